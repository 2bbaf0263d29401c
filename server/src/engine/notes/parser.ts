// Parsing a markdown note into what the checker looks at: prose blocks (paragraphs, headings,
// table cells), their sentences, citations, quotes and figures, with exact offsets.
// Markdown gives block positions (markdown.ts); code, front matter, HTML, link URLs and footnote
// markers are masked out (replaced by spaces, so offsets never move). Every step is linear in
// the note's length: scanners stay inside their block, sweeps replace nested searches.
import { extractFigures } from '../figures';
import { lineFeeds, lineStarts, positionAt, sentenceSpans } from '../text';
import { drain, type Steps } from '../steps';
import { chunks } from './chunks';
import { layoutChunk, type ChunkLayout } from './markdown';
import { citationGroups, citationKeys, findQuotes, hasSpace, ignoreComments, isSpace, trimEndWhere } from './scan';
import type { NoteBlock, NoteCitation, NoteFigure, NoteQuote, NoteSentence, OverNested, ParsedNote } from './types';

export interface NoteParserOptions {
  /** Parse chunks that are one paragraph of plain prose without remark (default true); tests turn it off to compare. */
  plainFastPath?: boolean;
  /** Parsed chunks kept for later parses (default 4000). */
  cacheSize?: number;
}

/**
 * Parses notes. Markdown is parsed in top-level chunks (a chunk ends at a blank line followed by
 * an unindented line, never inside a fenced code block or the front matter), each kept by its
 * text: after an edit only the chunks that changed are parsed again (remark runs at well under
 * 1 MB/s, the rest of a check is faster). Whoever checks a note again and again (the language
 * server) keeps one parser; `parseNote(text)` parses with a fresh one.
 */
export class NoteParser {
  private readonly cache = new Map<string, ChunkLayout>();
  private readonly fastPath: boolean;
  private readonly cacheSize: number;

  constructor(options: NoteParserOptions = {}) {
    this.fastPath = options.plainFastPath ?? true;
    this.cacheSize = options.cacheSize ?? 4000;
  }

  parse(text: string): ParsedNote {
    return drain(this.parseSteps(text));
  }

  /** The same, in steps: one after each chunk laid out and each block read (see engine/steps.ts). */
  parseSteps(text: string): Steps<ParsedNote> {
    // a lone \r ends a line like \n (text.ts lineFeeds: the same offsets)
    return assemble(lineFeeds(text), (chunk) => this.layout(chunk));
  }

  /** Forget the parsed chunks. */
  clearCache(): void {
    this.cache.clear();
  }

  private layout(chunk: string): ChunkLayout {
    let layout = this.cache.get(chunk);
    if (!layout) {
      layout = layoutChunk(chunk, this.fastPath);
      if (this.cacheSize <= 0) return layout;
      if (this.cache.size >= this.cacheSize) this.cache.delete(this.cache.keys().next().value as string);
      this.cache.set(chunk, layout);
    }
    return layout;
  }
}

/** Parses a note; pass a parser to reuse its parsed chunks (see NoteParser). */
export function parseNote(text: string, parser: NoteParser = new NoteParser()): ParsedNote {
  return parser.parse(text);
}

interface Structure {
  mask: Uint8Array;
  blocks: NoteBlock[];
  blockquotes: { start: number; end: number }[];
  ignored: Map<number, Set<string>>;
  overNested: OverNested[];
}

function* assemble(text: string, layoutOf: (chunk: string) => ChunkLayout): Steps<ParsedNote> {
  const starts = lineStarts(text);
  const { mask, blocks, blockquotes, ignored, overNested } = yield* structure(text, starts, layoutOf);
  // each pass over the whole note is a step of its own (a note of megabytes: tens of milliseconds each)
  maskQuoteMarkers(text, starts, mask, blockquotes);
  yield;
  const masked = blankOut(text, mask);
  yield;
  const citations = findCitations(masked, blocks);
  yield;
  // A second mask without citation groups: locators ("p. 3") are not figures.
  const figureText = blankRanges(masked, citations.map((c) => [c.groupStart, c.groupEnd] as [number, number]));
  yield;
  const { sentences, quotes, figures } = yield* readBlocks(masked, figureText, blocks);
  quoteBlockquotes(masked, starts, blocks, blockquotes, sentences, quotes);
  const note: ParsedNote = { text, masked, figureText, lineStarts: starts, blocks, sentences, citations, quotes, figures, ignored };
  if (overNested.length) note.overNested = overNested;
  return note;
}

/** Blocks, masks, block quotes and ignore comments of every chunk, in note offsets. */
function* structure(text: string, starts: number[], layoutOf: (chunk: string) => ChunkLayout): Steps<Structure> {
  const mask = new Uint8Array(text.length); // 1 = masked
  const blocks: NoteBlock[] = [];
  const blockquotes: { start: number; end: number }[] = [];
  const ignored = new Map<number, Set<string>>();
  const overNested: OverNested[] = [];
  for (const chunk of chunks(text)) {
    const base = chunk.start;
    const layout = layoutOf(text.slice(chunk.start, chunk.end));
    if (layout.overNested !== undefined) overNested.push({ start: chunk.start, end: chunk.end, markers: layout.overNested });
    for (const [a, b] of layout.masks) mask.fill(1, Math.max(0, base + a), Math.min(base + b, text.length));
    for (const blk of layout.blocks) {
      blocks.push({ start: base + blk.start, end: base + blk.end, kind: blk.kind, citations: [], sentences: [], inBlockquote: blk.inBlockquote });
    }
    for (const [a, b] of layout.blockquotes) blockquotes.push({ start: base + a, end: base + b });
    for (const [a, b] of layout.html) {
      const line = positionAt(starts, base + b).line;
      for (const comment of ignoreComments(text.slice(base + a, base + b))) {
        const rules = comment.split(/[\s,]+/).filter(Boolean);
        const set = ignored.get(line + 1) ?? new Set<string>();
        if (rules.length === 0) set.add('*');
        for (const r of rules) set.add(r);
        ignored.set(line + 1, set);
      }
    }
    yield;
  }
  return { mask, blocks, blockquotes, ignored, overNested };
}

/** Block-quote markers at line starts inside quoted paragraphs ("> ") are not prose. */
function maskQuoteMarkers(text: string, starts: number[], mask: Uint8Array, blockquotes: { start: number; end: number }[]): void {
  // Quotes come outer first; one nested in the last one masked adds nothing, so each line is seen once.
  let outer: { start: number; end: number } | null = null;
  for (const q of blockquotes) {
    if (outer && q.start >= outer.start && q.end <= outer.end) continue;
    outer = q;
    for (let line = positionAt(starts, q.start).line; line < starts.length && starts[line] < q.end; line++) {
      let i = starts[line];
      while (i < q.end && (text[i] === ' ' || text[i] === '>' || text[i] === '\t')) mask[i++] = 1;
    }
  }
}

/** Citations of each block, in order (each block's list too). */
function findCitations(masked: string, blocks: NoteBlock[]): NoteCitation[] {
  const citations: NoteCitation[] = [];
  for (const blk of blocks) {
    for (const g of citationGroups(masked, blk.start, blk.end)) {
      const innerStart = g.start + 1;
      for (const k of citationKeys(masked.slice(innerStart, g.end - 1))) {
        const c: NoteCitation = { key: k.key, start: innerStart + k.at, end: innerStart + k.keyEnd, groupStart: g.start, groupEnd: g.end, locator: k.locator };
        citations.push(c);
        blk.citations.push(c);
      }
    }
  }
  return citations;
}

/** Sentences, figures and quotes of every block. */
function* readBlocks(masked: string, figureText: string, blocks: NoteBlock[]): Steps<{ sentences: NoteSentence[]; quotes: NoteQuote[]; figures: NoteFigure[] }> {
  const sentences: NoteSentence[] = [];
  const quotes: NoteQuote[] = [];
  const figures: NoteFigure[] = [];
  for (let bi = 0; bi < blocks.length; bi++) {
    const blk = blocks[bi];
    const first = sentences.length;
    let ci = 0; // citations and sentences are both in order: one sweep gives each sentence its citations
    for (const [s, e] of sentenceSpans(masked, blk.start, blk.end, true)) {
      const si = sentences.length;
      while (ci < blk.citations.length && blk.citations[ci].start < s) ci++;
      const cites: NoteCitation[] = [];
      for (let k = ci; k < blk.citations.length && blk.citations[k].start < e; k++) cites.push(blk.citations[k]);
      sentences.push({ start: s, end: e, block: bi, citations: cites });
      blk.sentences.push(si);
      // the text ends at the sentence: extractFigures's searches stop there instead of running on through the note
      for (const f of extractFigures(figureText.slice(0, e), s, e)) figures.push({ ...f, sentence: si });
    }
    // Quotes may run across sentence ends: find them in the block, and give each the sentence it starts in.
    let si = first;
    for (const q of findQuotes(masked, blk.start, blk.end)) {
      while (si + 1 < sentences.length && sentences[si + 1].start <= q.start) si++;
      quotes.push({ ...q, text: q.text.replace(/\s+/g, ' '), sentence: si });
    }
    yield;
  }
  return { sentences, quotes, figures };
}

/** Index of the first block starting at or after `offset` (blocks are in order and do not overlap). */
function firstBlockFrom(blocks: NoteBlock[], offset: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does masked[a, b) open with a citation bracket: "[…@", maybe after a dash ("— [@a]")? */
function opensWithCitation(masked: string, a: number, b: number): boolean {
  let i = a;
  while (i < b && isSpace(masked.charCodeAt(i))) i++;
  const c = masked.charCodeAt(i);
  if (i < b && (c === 45 || c === 0x2013 || c === 0x2014)) {
    i++;
    while (i < b && isSpace(masked.charCodeAt(i))) i++;
  }
  if (i >= b || masked.charCodeAt(i) !== 91) return false;
  for (i++; i < b && masked.charCodeAt(i) !== 93; i++) if (masked.charCodeAt(i) === 64) return true;
  return false;
}

const isQuoteTrailer = (c: number) => isSpace(c) || c === 45 || c === 0x2013 || c === 0x2014;

/** A block quote followed by a citation (in its last line or the next paragraph) is a quote too. */
function quoteBlockquotes(
  masked: string,
  starts: number[],
  blocks: NoteBlock[],
  blockquotes: { start: number; end: number }[],
  sentences: NoteSentence[],
  quotes: NoteQuote[],
): void {
  const opens = new Map<number, boolean>(); // nested quotes share the next block: test it once
  for (const q of blockquotes) {
    // the blocks inside the quote: from the first starting in it to the last ending in it
    const next = firstBlockFrom(blocks, q.end);
    let lo = firstBlockFrom(blocks, q.start);
    let hi = next;
    while (lo < hi && blocks[lo].end > q.end) lo++;
    while (hi > lo && blocks[hi - 1].end > q.end) hi--;
    if (lo >= hi) continue;
    const last = blocks[hi - 1];
    const nextBlock = blocks[next];
    let citeAfter: NoteBlock | undefined;
    if (nextBlock && positionAt(starts, nextBlock.start).line <= positionAt(starts, q.end).line + 2) {
      if (!opens.has(next)) opens.set(next, opensWithCitation(masked, nextBlock.start, nextBlock.end));
      if (opens.get(next)) citeAfter = nextBlock;
    }
    if (last.citations.length === 0 && !citeAfter) continue;
    const a = blocks[lo].start;
    let b = last.end;
    if (last.citations.length) b = Math.min(b, last.citations[0].groupStart);
    const raw = trimEndWhere(masked.slice(a, b), isQuoteTrailer);
    const [x, y] = withoutQuoteMarks(raw);
    const quoteText = raw.slice(x, y);
    if (!hasSpace(quoteText)) continue; // a single word
    const si = last.sentences[last.sentences.length - 1];
    // the citations of the following paragraph apply to the quote's last sentence
    if (citeAfter && si !== undefined) for (const c of citeAfter.citations) sentences[si].citations.push(c);
    const lead = quoteText.length - quoteText.trimStart().length;
    quotes.push({ text: quoteText.trim().replace(/\s+/g, ' '), start: a + x + lead, end: a + x + quoteText.trimEnd().length, sentence: si ?? 0, block: true });
  }
}

/** The span [a, e) of s inside one opening '"' or '“' and one closing '"' or '”' (each if there). */
function withoutQuoteMarks(s: string): [number, number] {
  let a = 0;
  let e = s.length;
  if (e > 0 && (s[0] === '"' || s[0] === '\u201c')) a = 1;
  if (e > a && (s[e - 1] === '"' || s[e - 1] === '\u201d')) e--;
  return [a, e];
}

/** text with every masked character replaced by a space (line breaks kept). */
function blankOut(text: string, mask: Uint8Array): string {
  const ranges: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    if (mask[i] !== 1) continue;
    const a = i;
    while (i < text.length && mask[i] === 1) i++;
    ranges.push([a, i]);
  }
  return blankRanges(text, ranges);
}

/** text with the given (sorted or not) ranges replaced by spaces, line breaks kept: offsets never move. */
export function blankRanges(text: string, ranges: [number, number][]): string {
  if (ranges.length === 0) return text;
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [a0, b] of sorted) {
    const a = Math.max(a0, at);
    if (b <= a) continue;
    parts.push(text.slice(at, a));
    parts.push(text.slice(a, b).replace(/[^\r\n]/g, ' '));
    at = b;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
