// One markdown chunk → its layout: the prose blocks (paragraphs, headings) and what is not prose
// (code, front matter, HTML, link URLs, images), offsets relative to the chunk. unified +
// remark-parse give the tree, walked with an explicit stack (trees are as deep as the input nests).
// Plain prose skips remark; input that micromark handles in more than linear time is parsed
// with less of markdown (see chunks.ts for how it is found).
import { unified, type Plugin } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Parents, Root } from 'mdast';
import type { NoteBlock } from './types';
import { MAX_CHUNK_MARKERS, planChunk } from './chunks';

export interface LayoutBlock {
  start: number;
  end: number;
  kind: NoteBlock['kind'];
  inBlockquote: boolean;
}

/** What the note parser takes from one chunk's markdown, offsets relative to the chunk. */
export interface ChunkLayout {
  /** Prose blocks, in document order. */
  blocks: LayoutBlock[];
  /** Spans that are not prose: code, HTML, link brackets and URLs, images, breaks, over-deep nesting. */
  masks: [number, number][];
  /** Block quotes, each before those nested in it. */
  blockquotes: [number, number][];
  /** HTML, where `<!-- grounded-ignore -->` comments are looked for. */
  html: [number, number][];
  /** Its block-quote and list markers, when they are too many to parse (chunks.ts MAX_CHUNK_MARKERS): read as plain paragraphs. */
  overNested?: number;
}

/** A micromark extension switching the named constructs off. */
function withoutConstructs(names: readonly string[]): Plugin<[], Root> {
  return function () {
    const data = this.data();
    (data.micromarkExtensions ??= []).push({ disable: { null: [...names] } });
  };
}

// Emphasis is neither masked nor looked into, and micromark resolves `*a*a*a…` in quadratic time:
// it is switched off. Code, links, HTML and breaks bind tighter than emphasis, so nothing else moves.
const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(withoutConstructs(['attention']));

/** Every inline construct: for chunks with inline markup micromark is slow on, blocks are parsed but not the text in them. */
const INLINE_CONSTRUCTS = [
  'attention', 'autolink', 'characterEscape', 'characterReference', 'codeText',
  'hardBreakEscape', 'htmlText', 'labelEnd', 'labelStartImage', 'labelStartLink',
] as const;
const blocksOnly = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(withoutConstructs(INLINE_CONSTRUCTS));

/** How a chunk was parsed (for tests): without remark, with remark, blocks only, or as plain paragraphs. */
export type ChunkMode = 'fast' | 'markdown' | 'blocks' | 'plain';

/** The layout of one chunk; `fastPath` false sends plain prose through remark too. */
export function layoutChunk(chunk: string, fastPath = true): ChunkLayout & { mode: ChunkMode } {
  const fast = fastPath ? (plainParagraph(chunk) ?? plainList(chunk) ?? plainHeading(chunk) ?? plainFence(chunk)) : null;
  if (fast) return { ...fast, mode: 'fast' };
  const plan = planChunk(chunk);
  let layout: ChunkLayout;
  let mode: ChunkMode;
  if (plan.blockHostile) [layout, mode] = [plainLayout(plan.source), 'plain'];
  else if (plan.inlineHostile) [layout, mode] = [treeLayout(blocksOnly.parse(plan.source)), 'blocks'];
  else [layout, mode] = [treeLayout(markdown.parse(plan.source)), 'markdown'];
  for (const c of plan.cut) layout.masks.push(c);
  if (plan.markers > MAX_CHUNK_MARKERS) layout.overNested = plan.markers;
  return { ...layout, mode };
}

const span = (n: Nodes): [number, number] => [n.position?.start.offset ?? 0, n.position?.end.offset ?? 0];

interface Frame {
  node: Nodes;
  inQuote: boolean;
  inline: boolean;
}

function pushChildren(stack: Frame[], node: Parents, inQuote: boolean, inline: boolean): void {
  const kids = node.children as Nodes[];
  for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], inQuote, inline });
}

/** The layout of a remark tree, walked in document order with an explicit stack. */
export function treeLayout(root: Root): ChunkLayout {
  const out: ChunkLayout = { blocks: [], masks: [], blockquotes: [], html: [] };
  const stack: Frame[] = [];
  pushChildren(stack, root, false, false);
  for (let f = stack.pop(); f; f = stack.pop()) {
    if (f.inline) visitInline(f.node, out, stack);
    else visitBlock(f.node, f.inQuote, out, stack);
  }
  return out;
}

function visitBlock(node: Nodes, inQuote: boolean, out: ChunkLayout, stack: Frame[]): void {
  const [a, b] = span(node);
  switch (node.type) {
    case 'code':
    case 'yaml':
    case 'toml' as never:
    case 'definition':
    case 'thematicBreak':
      out.masks.push([a, b]);
      return;
    case 'html':
      out.masks.push([a, b]);
      out.html.push([a, b]);
      return;
    case 'paragraph':
    case 'heading':
    case 'tableCell':
      out.blocks.push({ start: a, end: b, kind: node.type === 'tableCell' ? 'tableCell' : node.type, inBlockquote: inQuote });
      pushChildren(stack, node, inQuote, true);
      return;
    case 'blockquote':
      out.blockquotes.push([a, b]);
      pushChildren(stack, node, true, false);
      return;
    default:
      if ('children' in node) pushChildren(stack, node as Parents, inQuote, false);
  }
}

function visitInline(node: Nodes, out: ChunkLayout, stack: Frame[]): void {
  const [a, b] = span(node);
  switch (node.type) {
    case 'inlineCode':
    case 'html':
    case 'footnoteReference':
    case 'image':
    case 'imageReference':
    case 'break':
      out.masks.push([a, b]);
      if (node.type === 'html') out.html.push([a, b]);
      return;
    case 'link': {
      // keep the label, mask the brackets and the URL
      const kids = node.children;
      if (kids.length === 0) return void out.masks.push([a, b]);
      const ka = span(kids[0] as Nodes)[0];
      const kb = span(kids[kids.length - 1] as Nodes)[1];
      if (ka === a) return void out.masks.push([a, b]); // autolink: the label is the URL
      out.masks.push([a, ka], [kb, b]);
      pushChildren(stack, node, false, true);
      return;
    }
    default:
      if ('children' in node) pushChildren(stack, node as Parents, false, true);
  }
}

/**
 * The layout of a chunk that is one paragraph of plain prose, without asking remark: no character
 * that starts markdown syntax (emphasis, code, HTML, links, escapes, entities, tables), no line
 * that starts a block (list, heading, quote, indented code, setext underline), nothing but
 * Pandoc citations in brackets. Such a chunk is always a single paragraph of text in CommonMark.
 */
export function plainParagraph(chunk: string): ChunkLayout | null {
  if (!plainProse(chunk) || !plainSpace(chunk)) return null;
  const lines = chunk.split('\n');
  const last = lastLine(lines);
  if (last < 0) return null;
  for (let i = 0; i <= last; i++) {
    const line = lines[i];
    if (line.trim() === '') return null; // a blank line inside: more than one block
    if (line.startsWith('    ')) return null;
    if (OPENS_BLOCK.test(line)) return null;
    if (line.endsWith('  ')) return null; // a hard break: let remark decide
  }
  const lead = chunk.length - chunk.trimStart().length;
  let end = 0;
  for (let i = 0; i <= last; i++) end += lines[i].length + (i < last ? 1 : 0);
  // the paragraph ends with its last line, spaces included (as in micromark, line break or not)
  return { blocks: [{ start: lead, end, kind: 'paragraph', inBlockquote: false }], masks: [], blockquotes: [], html: [] };
}

/** No character that starts markdown syntax but in Pandoc citations (plainParagraph). */
function plainProse(text: string): boolean {
  const withoutCites = text.replace(/\[-?@[^\[\]\n]*\](?![(\[:])/g, (m) => ' '.repeat(m.length));
  return !/[*_`<>\[\]\\&|~#]|!\[|\t/.test(withoutCites);
}

/** No white space JavaScript trims but markdown does not (no-break spaces…), nor a line ending but \n: else remark decides. */
function plainSpace(text: string): boolean {
  return !/[\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/.test(text);
}

/** The index of the last line that is not blank (-1: none). */
function lastLine(lines: readonly string[]): number {
  let last = lines.length - 1;
  while (last >= 0 && lines[last].trim() === '') last--;
  return last;
}

/** Text that opens a block of its own at the start of a line (a list item, a setext underline). */
const OPENS_BLOCK = /^ {0,3}(?:[-+=]|\d{1,9}[.)](?:\s|$))/;

const NO_MARKUP = { masks: [], blockquotes: [], html: [] };

/**
 * The layout of a chunk that is a tight bullet list of plain prose, without asking remark: every
 * line (to the last that is not blank) one item, `- ` and then text as plainParagraph takes it,
 * opening no block of its own ("- - x", "- 1. x"), with no white space at either end. Each item is
 * one paragraph in CommonMark, from after its marker to the end of its line (the bench's notes are
 * mostly such lists: remark took a quarter of a cold check for them).
 */
export function plainList(chunk: string): ChunkLayout | null {
  if (!chunk.startsWith('- ') || !plainProse(chunk) || !plainSpace(chunk)) return null;
  const lines = chunk.split('\n');
  const last = lastLine(lines);
  const blocks: LayoutBlock[] = [];
  for (let i = 0, at = 0; i <= last; at += lines[i].length + 1, i++) {
    const line = lines[i];
    if (!line.startsWith('- ') || line.length < 3 || isBlank(line.charCodeAt(2)) || isBlank(line.charCodeAt(line.length - 1)) || OPENS_BLOCK.test(line.slice(2))) return null;
    blocks.push({ start: at + 2, end: at + line.length, kind: 'paragraph', inBlockquote: false });
  }
  return { blocks, ...NO_MARKUP };
}

/**
 * The layout of a chunk that is one ATX heading of plain prose, without asking remark: `#` to
 * `######`, a space, then text as plainParagraph takes it (no closing `#`s), no white space at its
 * end; the heading is the whole line, its marker included, as remark places it.
 */
export function plainHeading(chunk: string): ChunkLayout | null {
  const marks = /^#{1,6} /.exec(chunk);
  if (!marks || !plainProse(chunk.slice(marks[0].length)) || !plainSpace(chunk)) return null;
  const lines = chunk.split('\n');
  const line = lines[0];
  if (lastLine(lines) !== 0 || isBlank(line.charCodeAt(marks[0].length)) || isBlank(line.charCodeAt(line.length - 1))) return null;
  return { blocks: [{ start: 0, end: line.length, kind: 'heading', inBlockquote: false }], ...NO_MARKUP };
}

/**
 * The layout of a chunk that is one fenced code block, without asking remark: an unindented fence
 * of backticks with an info string of no backtick, closed by the chunk's last line that is not
 * blank — an unindented fence of backticks alone, as long at least — and by no line before it
 * (`{0,3}` spaces, backticks, white space: what closes a fence). The block is masked whole.
 */
export function plainFence(chunk: string): ChunkLayout | null {
  const open = /^(`{3,})[^`\n]*\n/.exec(chunk);
  if (!open || !plainSpace(chunk)) return null;
  const lines = chunk.split('\n');
  const last = lastLine(lines);
  const closes = (line: string) => {
    const m = /^ {0,3}(`+)[ \t]*$/.exec(line);
    return !!m && m[1].length >= open[1].length;
  };
  if (last < 1 || !/^`+$/.test(lines[last]) || !closes(lines[last])) return null;
  let end = 0;
  for (let i = 1; i < last; i++) {
    if (closes(lines[i])) return null;
  }
  for (let i = 0; i <= last; i++) end += lines[i].length + (i < last ? 1 : 0);
  return { blocks: [], masks: [[0, end]], blockquotes: [], html: [] };
}

/** A space, a tab, or past the end of the text (NaN). */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || Number.isNaN(c);
}

/**
 * The layout of a chunk read as plain paragraphs, one per run of non-blank lines, each line's
 * leading block-quote, list and heading markers masked: for chunks whose block structure
 * micromark resolves in quadratic time.
 */
export function plainLayout(s: string): ChunkLayout {
  const out: ChunkLayout = { blocks: [], masks: [], blockquotes: [], html: [] };
  let run: LayoutBlock | null = null;
  for (let a = 0; a <= s.length; ) {
    let b = a;
    while (b < s.length && s.charCodeAt(b) !== 10 && s.charCodeAt(b) !== 13) b++;
    const p = markerPrefix(s, a, b);
    if (p > a) out.masks.push([a, p]);
    let e = b;
    while (e > p && (s.charCodeAt(e - 1) === 32 || s.charCodeAt(e - 1) === 9)) e--;
    if (e <= p) run = null;
    else if (run) run.end = e;
    else out.blocks.push((run = { start: p, end: e, kind: 'paragraph', inBlockquote: false }));
    a = s.charCodeAt(b) === 13 && s.charCodeAt(b + 1) === 10 ? b + 2 : b + 1;
  }
  return out;
}

/** End of the white space, '>' and list or heading markers at the start of the line s[a, b). */
function markerPrefix(s: string, a: number, b: number): number {
  let i = a;
  const spaceAt = (j: number) => j >= b || s.charCodeAt(j) === 32 || s.charCodeAt(j) === 9;
  while (i < b) {
    const c = s.charCodeAt(i);
    let j = i + 1;
    if (c === 32 || c === 9 || c === 62) {
      i = j;
      continue;
    }
    if (c === 45 || c === 43 || c === 42) {
      if (!spaceAt(j)) break;
    } else if (c >= 48 && c <= 57) {
      while (j < b && j - i < 9 && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
      if ((s.charCodeAt(j) !== 46 && s.charCodeAt(j) !== 41) || !spaceAt(j + 1)) break;
      j++;
    } else if (c === 35) {
      while (j < b && j - i < 6 && s.charCodeAt(j) === 35) j++;
      if (!spaceAt(j)) break;
    } else break;
    i = j;
  }
  return i;
}
