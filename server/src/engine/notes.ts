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
  /** Text with code, HTML, link URLs and citations blanked out: what figures are read from. */
  masked: string;
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

const CITE_GROUP = /\[([^\[\]\n]*@[^\[\]\n]*)\](?!\()/g;
const CITE_KEY = /(^|[\s;\[])-?@([A-Za-z0-9_][A-Za-z0-9_:.#$%&\-+?<>~/]*)/g;
const IGNORE = /<!--\s*grounded-ignore\b([^>]*?)-->/g;

export function parseNote(text: string): ParsedNote {
  const tree = processor.parse(text) as Root;
  const mask = new Uint8Array(text.length); // 1 = masked
  const blocks: NoteBlock[] = [];
  const blockquotes: { start: number; end: number; after?: number }[] = [];
  const ignored = new Map<number, Set<string>>();
  const starts = lineStarts(text);

  const maskRange = (a: number, b: number) => {
    for (let i = Math.max(0, a); i < Math.min(b, text.length); i++) mask[i] = 1;
  };
  const off = (n: Nodes) => [n.position?.start.offset ?? 0, n.position?.end.offset ?? 0] as const;

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
        const ka = kids[0].position?.start.offset ?? a;
        const kb = kids[kids.length - 1].position?.end.offset ?? b;
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
  for (const k of tree.children) visitBlock(k as Nodes, false);

  // Block-quote markers at line starts inside quoted paragraphs ("> ") are not prose.
  for (const q of blockquotes) {
    for (let line = positionAt(starts, q.start).line; line < starts.length && starts[line] < q.end; line++) {
      let i = starts[line];
      while (i < q.end && (text[i] === ' ' || text[i] === '>' || text[i] === '\t')) mask[i++] = 1;
    }
  }

  let masked = '';
  {
    const parts: string[] = [];
    let runStart = 0;
    for (let i = 0; i <= text.length; i++) {
      const m = i < text.length ? mask[i] : 2;
      if (m !== 0 || i === text.length) {
        if (i > runStart) parts.push(text.slice(runStart, i));
        if (i < text.length) parts.push(text[i] === '\n' ? '\n' : text[i] === '\r' ? '\r' : ' ');
        runStart = i + 1;
      }
    }
    masked = parts.join('');
  }

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
  const chars = masked.split('');
  for (const c of citations) for (let i = c.groupStart; i < c.groupEnd; i++) if (chars[i] !== '\n') chars[i] = ' ';
  const figureText = chars.join('');

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

  return { text, masked, lineStarts: starts, blocks, sentences, citations, quotes, figures, ignored };
}

const QUOTE_PAIRS: [string, string][] = [
  ['"', '"'],
  ['\u201c', '\u201d'],
];

/** Double-quoted spans in text[start, end): straight or curly quotes. */
function findQuotes(text: string, start: number, end: number): Omit<NoteQuote, 'sentence'>[] {
  const out: Omit<NoteQuote, 'sentence'>[] = [];
  for (const [open, close] of QUOTE_PAIRS) {
    let i = text.indexOf(open, start);
    while (i !== -1 && i < end) {
      const j = text.indexOf(close, i + 1);
      if (j === -1 || j >= end) break;
      const inner = text.slice(i + 1, j);
      const trimmed = inner.trim();
      if (trimmed.length > 0 && !trimmed.includes('\n\n')) {
        const lead = inner.length - inner.trimStart().length;
        out.push({ text: trimmed, start: i + 1 + lead, end: i + 1 + lead + trimmed.length });
      }
      i = text.indexOf(open, j + 1);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
