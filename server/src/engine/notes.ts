// Parsing a markdown note into what the checker looks at: prose blocks (paragraphs, headings,
// table cells), their sentences, citations, quotes and figures, with exact offsets.
// The mdast from unified + remark-parse gives block positions; code, front matter, HTML, link
// URLs and footnote markers are masked out (replaced by spaces, so offsets never move).
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root, Nodes, Parents } from 'mdast';
import { extractFigures } from './figures';
import { lineStarts, positionAt, sentenceSpans } from './text';
import type { Figure } from './types';

export interface NoteCitation {
  /** The key without '@'. */
  key: string;
  /** Span of "@key". */
  start: number;
  end: number;
  /** Span of the whole bracket "[@a, p. 3; @b]". */
  groupStart: number;
  groupEnd: number;
  /** Locator text after the key ("p. 3"), if any. */
  locator?: string;
}

export interface NoteSentence {
  start: number;
  end: number;
  /** Index of the block (paragraph, heading, cell) it belongs to. */
  block: number;
  citations: NoteCitation[];
}

export interface NoteQuote {
  /** The quoted words, without the quote marks. */
  text: string;
  /** Span of the quoted words (inside the marks). */
  start: number;
  end: number;
  sentence: number;
  /** True for a block quote followed by a citation. */
  block?: boolean;
}

export interface NoteFigure extends Figure {
  sentence: number;
}

export interface NoteBlock {
  start: number;
  end: number;
  kind: 'paragraph' | 'heading' | 'tableCell';
  citations: NoteCitation[];
  sentences: number[];
  inBlockquote: boolean;
}

export interface ParsedNote {
  text: string;
  /** Text with code, HTML and link URLs blanked out (same offsets as text). */
  masked: string;
  /** masked, with citation groups blanked too: what figures and their context words are read from. */
  figureText: string;
  lineStarts: number[];
  blocks: NoteBlock[];
  sentences: NoteSentence[];
  citations: NoteCitation[];
  quotes: NoteQuote[];
  figures: NoteFigure[];
  /** 0-based line → rules silenced on it ('*' for all), from `<!-- grounded-ignore [rules] -->` on the line before. */
  ignored: Map<number, Set<string>>;
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

// Markdown is parsed in top-level chunks, each cached by its text: after an edit only the chunk
// that changed is parsed again (remark/micromark runs at well under 1 MB/s, the rest of a check is
// faster). A chunk ends at a blank line followed by an unindented line, never inside a fenced code
// block or the front matter, so no construct is cut in two.
const chunkCache = new Map<string, Root>();
const CHUNK_CACHE_MAX = 4000;

let fastPath = true;
/** Tests compare the fast path with remark by turning it off. */
export function setPlainParagraphFastPath(on: boolean): void {
  fastPath = on;
  chunkCache.clear();
}

function parseChunk(chunk: string): Root {
  let tree = chunkCache.get(chunk);
  if (!tree) {
    tree = (fastPath && plainParagraph(chunk)) || (processor.parse(chunk) as Root);
    if (chunkCache.size >= CHUNK_CACHE_MAX) chunkCache.delete(chunkCache.keys().next().value as string);
    chunkCache.set(chunk, tree);
  }
  return tree;
}

/**
 * The tree of a chunk that is one paragraph of plain prose, without asking remark: no character
 * that starts markdown syntax (emphasis, code, HTML, links, escapes, entities, tables), no line
 * that starts a block (list, heading, quote, indented code, setext underline), nothing but
 * Pandoc citations in brackets. Such a chunk is always a single paragraph of text in CommonMark.
 */
function plainParagraph(chunk: string): Root | null {
  const withoutCites = chunk.replace(/\[-?@[^\[\]\n]*\](?![(\[:])/g, (m) => ' '.repeat(m.length));
  if (/[*_`<>\[\]\\&|~#]|!\[|\t/.test(withoutCites)) return null;
  const lines = chunk.split('\n');
  let last = lines.length - 1;
  while (last >= 0 && lines[last].trim() === '') last--;
  if (last < 0) return null;
  for (let i = 0; i <= last; i++) {
    const line = lines[i];
    if (line.trim() === '') return null; // a blank line inside: more than one block
    if (/^ {4}/.test(line)) return null;
    if (/^ {0,3}(?:[-+=]|\d{1,9}[.)](?:\s|$))/.test(line)) return null;
    if (/ {2,}$/.test(line) || /\r/.test(line)) return null; // hard breaks, CRLF: let remark decide
  }
  const lead = chunk.length - chunk.trimStart().length;
  let end = 0;
  for (let i = 0; i <= last; i++) end += lines[i].length + (i < last ? 1 : 0);
  const endTrim = chunk.slice(0, end).trimEnd().length;
  const pos = (offset: number) => {
    const before = chunk.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n'), offset };
  };
  const position = { start: pos(lead), end: pos(endTrim) };
  return {
    type: 'root',
    children: [{ type: 'paragraph', children: [{ type: 'text', value: chunk.slice(lead, endTrim), position }], position }],
    position: { start: pos(0), end: pos(chunk.length) },
  };
}

/** Forget cached parses (benchmarks measure a cold parse with it). */
export function clearParseCache(): void {
  chunkCache.clear();
}

/** Top-level chunks of a markdown text: [start, end) offsets covering it all. */
export function chunks(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const starts = lineStarts(text);
  let chunkStart = 0;
  let fence: string | null = null;
  let prevBlank = false;
  let line = 0;
  // front matter stays in the first chunk
  if (/^(?:---|\+\+\+)[ \t]*\r?$/.test(text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')))) {
    const close = /\n(?:---|\.\.\.|\+\+\+)[ \t]*(?:\r?\n|$)/.exec(text.slice(3));
    if (close) {
      const endFm = 3 + close.index + close[0].length;
      while (line < starts.length && starts[line] < endFm) line++;
    }
  }
  for (; line < starts.length; line++) {
    const a = starts[line];
    const b = line + 1 < starts.length ? starts[line + 1] : text.length;
    const content = text.slice(a, b).replace(/\r?\n$/, '');
    const blank = content.trim() === '';
    if (fence) {
      if (new RegExp('^ {0,3}' + fence[0] + '{' + fence.length + ',}\\s*$').test(content)) fence = null;
      prevBlank = false;
      continue;
    }
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(content);
    if (!blank && prevBlank && /^\S/.test(content) && a > chunkStart) {
      out.push({ start: chunkStart, end: a });
      chunkStart = a;
    }
    if (f) fence = f[1];
    prevBlank = blank;
  }
  out.push({ start: chunkStart, end: text.length });
  return out;
}

const CITE_GROUP = /\[([^\[\]\n]*@[^\[\]\n]*)\](?!\()/g;
const CITE_KEY = /(^|[\s;\[])-?@([A-Za-z0-9_][A-Za-z0-9_:.#$%&\-+?<>~/]*)/g;
const IGNORE = /<!--\s*grounded-ignore\b([^>]*?)-->/g;

export function parseNote(text: string): ParsedNote {
  const mask = new Uint8Array(text.length); // 1 = masked
  const blocks: NoteBlock[] = [];
  const blockquotes: { start: number; end: number; after?: number }[] = [];
  const ignored = new Map<number, Set<string>>();
  const starts = lineStarts(text);

  const maskRange = (a: number, b: number) => {
    for (let i = Math.max(0, a); i < Math.min(b, text.length); i++) mask[i] = 1;
  };
  let base = 0; // offset of the chunk being visited
  const off = (n: Nodes) => [base + (n.position?.start.offset ?? 0), base + (n.position?.end.offset ?? 0)] as const;

  const visitInline = (node: Nodes) => {
    const [a, b] = off(node);
    switch (node.type) {
      case 'inlineCode':
      case 'html':
      case 'footnoteReference':
      case 'image':
      case 'imageReference':
      case 'break':
        maskRange(a, b);
        if (node.type === 'html') noteIgnore(text.slice(a, b), positionAt(starts, b).line);
        return;
      case 'link': {
        // keep the label, mask the brackets and the URL
        const kids = node.children;
        if (kids.length === 0) return maskRange(a, b);
        const ka = off(kids[0] as Nodes)[0];
        const kb = off(kids[kids.length - 1] as Nodes)[1];
        if (ka === a) return maskRange(a, b); // autolink: the label is the URL
        maskRange(a, ka);
        maskRange(kb, b);
        for (const k of kids) visitInline(k);
        return;
      }
      default:
        if ('children' in node) for (const k of (node as Parents).children) visitInline(k as Nodes);
    }
  };

  const noteIgnore = (html: string, line: number) => {
    IGNORE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = IGNORE.exec(html)) !== null) {
      const rules = m[1].split(/[\s,]+/).filter(Boolean);
      const set = ignored.get(line + 1) ?? new Set<string>();
      if (rules.length === 0) set.add('*');
      for (const r of rules) set.add(r);
      ignored.set(line + 1, set);
    }
  };

  const visitBlock = (node: Nodes, inQuote: boolean) => {
    const [a, b] = off(node);
    switch (node.type) {
      case 'code':
      case 'yaml':
      case 'toml' as never:
      case 'definition':
      case 'thematicBreak':
        maskRange(a, b);
        return;
      case 'html':
        maskRange(a, b);
        noteIgnore(text.slice(a, b), positionAt(starts, b).line);
        return;
      case 'paragraph':
      case 'heading':
      case 'tableCell':
        blocks.push({
          start: a,
          end: b,
          kind: node.type === 'tableCell' ? 'tableCell' : node.type,
          citations: [],
          sentences: [],
          inBlockquote: inQuote,
        });
        for (const k of node.children) visitInline(k as Nodes);
        return;
      case 'blockquote':
        blockquotes.push({ start: a, end: b });
        for (const k of node.children) visitBlock(k as Nodes, true);
        return;
      default:
        if ('children' in node) for (const k of (node as Parents).children) visitBlock(k as Nodes, inQuote);
    }
  };
  for (const chunk of chunks(text)) {
    base = chunk.start;
    for (const k of parseChunk(text.slice(chunk.start, chunk.end)).children) visitBlock(k as Nodes, false);
  }

  // Block-quote markers at line starts inside quoted paragraphs ("> ") are not prose.
  for (const q of blockquotes) {
    for (let line = positionAt(starts, q.start).line; line < starts.length && starts[line] < q.end; line++) {
      let i = starts[line];
      while (i < q.end && (text[i] === ' ' || text[i] === '>' || text[i] === '\t')) mask[i++] = 1;
    }
  }

  const masked = blankOut(text, (i) => mask[i] === 1);

  // Citations, per block.
  const citations: NoteCitation[] = [];
  for (const blk of blocks) {
    CITE_GROUP.lastIndex = blk.start;
    let g: RegExpExecArray | null;
    while ((g = CITE_GROUP.exec(masked)) !== null && g.index < blk.end) {
      const inner = g[1];
      const innerStart = g.index + 1;
      CITE_KEY.lastIndex = 0;
      let k: RegExpExecArray | null;
      const found: { m: RegExpExecArray }[] = [];
      while ((k = CITE_KEY.exec(inner)) !== null) found.push({ m: k });
      found.forEach(({ m }, i) => {
        let key = m[2].replace(/[:.#$%&\-+?<>~/]+$/, '');
        const atStart = innerStart + m.index + m[1].length + (inner[m.index + m[1].length] === '-' ? 1 : 0);
        const keyEnd = atStart + 1 + key.length;
        const nextStart = i + 1 < found.length ? found[i + 1].m.index : inner.length;
        const locator = inner
          .slice(m.index + m[0].length - (m[2].length - key.length), nextStart)
          .replace(/^[\s,]+|[\s;]+$/g, '');
        if (key.length === 0) return;
        const c: NoteCitation = { key, start: atStart, end: keyEnd, groupStart: g!.index, groupEnd: g!.index + g![0].length, locator: locator || undefined };
        citations.push(c);
        blk.citations.push(c);
        key = '';
      });
    }
  }

  // A second mask without citation groups: locators ("p. 3") are not figures.
  const figureText = blankRanges(masked, citations.map((c) => [c.groupStart, c.groupEnd] as [number, number]));

  const sentences: NoteSentence[] = [];
  const quotes: NoteQuote[] = [];
  const figures: NoteFigure[] = [];
  blocks.forEach((blk, bi) => {
    const first = sentences.length;
    for (const [s, e] of sentenceSpans(masked, blk.start, blk.end, true)) {
      const si = sentences.length;
      const sent: NoteSentence = {
        start: s,
        end: e,
        block: bi,
        citations: blk.citations.filter((c) => c.start >= s && c.start < e),
      };
      sentences.push(sent);
      blk.sentences.push(si);
      for (const f of extractFigures(figureText, s, e)) figures.push({ ...f, sentence: si });
    }
    // Quotes may run across sentence ends: find them in the block, and give each the sentence it starts in.
    for (const q of findQuotes(masked, blk.start, blk.end)) {
      let si = first;
      while (si + 1 < sentences.length && sentences[si + 1].start <= q.start) si++;
      quotes.push({ ...q, text: q.text.replace(/\s+/g, ' '), sentence: si });
    }
  });

  // A block quote followed by a citation (in its last line or the next paragraph) is a quote too.
  for (const q of blockquotes) {
    const inner = blocks.filter((b) => b.start >= q.start && b.end <= q.end);
    if (inner.length === 0) continue;
    const last = inner[inner.length - 1];
    const nextBlock = blocks.find((b) => b.start >= q.end);
    const citeAfter =
      nextBlock && positionAt(starts, nextBlock.start).line <= positionAt(starts, q.end).line + 2 && /^\s*(?:[-–—]\s*)?\[[^\]]*@/.test(masked.slice(nextBlock.start, nextBlock.end))
        ? nextBlock
        : undefined;
    if (last.citations.length === 0 && !citeAfter) continue;
    const a = inner[0].start;
    let b = last.end;
    if (last.citations.length) b = Math.min(b, last.citations[0].groupStart);
    const quoteText = masked.slice(a, b).replace(/[\s\-–—]+$/, '').replace(/^["“]|["”]$/g, '');
    if (quoteText.split(/\s+/).length < 2) continue;
    const si = last.sentences[last.sentences.length - 1];
    // the citations of the following paragraph apply to the quote's last sentence
    if (citeAfter && si !== undefined) sentences[si].citations.push(...citeAfter.citations);
    quotes.push({ text: quoteText.trim().replace(/\s+/g, ' '), start: a, end: a + quoteText.trimEnd().length, sentence: si ?? 0, block: true });
  }

  return { text, masked, figureText, lineStarts: starts, blocks, sentences, citations, quotes, figures, ignored };
}

/** text with every character for which `masked(i)` holds replaced by a space (line breaks kept). */
function blankOut(text: string, masked: (i: number) => boolean): string {
  const ranges: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    if (!masked(i)) continue;
    const a = i;
    while (i < text.length && masked(i)) i++;
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

const QUOTE_PAIRS: [string, string][] = [
  ['"', '"'],
  ['\u201c', '\u201d'],
];

/**
 * Quoted spans in text[start, end): straight or curly double quotes, and curly single quotes
 * (‘…’, British style). A ’ followed by a letter is an apostrophe ("company’s"), not a closing mark.
 */
function findQuotes(text: string, start: number, end: number): Omit<NoteQuote, 'sentence'>[] {
  const out: Omit<NoteQuote, 'sentence'>[] = [];
  const push = (i: number, j: number) => {
    const inner = text.slice(i + 1, j);
    const trimmed = inner.trim();
    if (trimmed.length > 0 && !trimmed.includes('\n\n')) {
      const lead = inner.length - inner.trimStart().length;
      out.push({ text: trimmed, start: i + 1 + lead, end: i + 1 + lead + trimmed.length });
    }
  };
  for (const [open, close] of QUOTE_PAIRS) {
    let i = text.indexOf(open, start);
    while (i !== -1 && i < end) {
      const j = text.indexOf(close, i + 1);
      if (j === -1 || j >= end) break;
      push(i, j);
      i = text.indexOf(open, j + 1);
    }
  }
  let i = text.indexOf('\u2018', start);
  while (i !== -1 && i < end) {
    if (i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1])) {
      i = text.indexOf('\u2018', i + 1);
      continue;
    }
    let j = text.indexOf('\u2019', i + 1);
    while (j !== -1 && j < end && /[\p{L}\p{N}]/u.test(text[j + 1] ?? '')) j = text.indexOf('\u2019', j + 1);
    if (j === -1 || j >= end) break;
    if (!out.some((q) => q.start <= i && i < q.end)) push(i, j);
    i = text.indexOf('\u2018', j + 1);
  }
  return out.sort((a, b) => a.start - b.start);
}
