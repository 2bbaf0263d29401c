// A note is parsed as markdown in top-level chunks, and each chunk is first looked over in one
// linear pass for the input the markdown parser (micromark) handles in more than linear time or
// with recursion per nesting level: lines nested too deep, long runs of setext underlines,
// paragraphs dense with brackets and other inline markup. What is found decides how the chunk is
// parsed (see markdown.ts); no real note comes near the limits, so real notes parse as before.
import { lineStarts } from '../text';

/**
 * Block quotes and list items nested deeper than this on a line: the rest of the line is blanked
 * before markdown parsing (and masked in the note). micromark's cost per line grows with the square
 * of the nesting and the tree it builds is as deep as the nesting; no real note nests 100 deep.
 */
export const MAX_NESTING = 100;

/** Brackets open at once in a paragraph beyond which links and images are not parsed (nested images cost micromark a cube). */
export const MAX_BRACKET_NESTING = 32;

/** Brackets in one run of non-blank lines beyond which links are not parsed (micromark merges text runs in quadratic time). */
export const MAX_RUN_BRACKETS = 4000;

/**
 * Inline markup ('[', ']', '!', '&', '\', '<') in one run of non-blank lines beyond which, when it
 * is also over a quarter of the run, links, code and HTML in it are not parsed: micromark spends
 * several microseconds on each such character, ten times its cost for prose.
 */
export const MAX_DENSE_MARKUP = 64;

/** Setext underlines (or `---` after text) in one chunk beyond which it is read as plain paragraphs (micromark resolves each against all before it). */
export const MAX_UNDERLINES = 32;

/**
 * Block-quote and list markers in one chunk, all its lines' together, beyond which it is read as
 * plain paragraphs (and the note told so: check/limits.ts overNested). micromark keeps about 2 KB
 * of events for each container marker until the chunk's tree is made (measured: a chunk of 200,000
 * markers, 500 KB of lines 50 deep, 0.5 GB), so a 2 MB note of such lines took 2.5 GB and 19 s;
 * 50,000 markers hold about 100 MB. A real chunk (a block quote or a list with no blank line
 * before an unindented line) holds a few hundred; an e-mail thread quoted three deep, 2,000 lines,
 * 6,000. Plain lists of prose take the fast path (markdown.ts plainList), never counted.
 */
export const MAX_CHUNK_MARKERS = 50_000;

/** Top-level chunks of a markdown text: [start, end) offsets covering it all. */
export function chunks(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const starts = lineStarts(text);
  let chunkStart = 0;
  let fenceClose: RegExp | null = null;
  let prevBlank = false;
  let line = 0;
  // A chunk ends at a blank line followed by an unindented line, never inside a fenced code block
  // or the front matter, so no construct is cut in two. Front matter stays in the first chunk.
  const firstEnd = text.indexOf('\n');
  if (/^(?:---|\+\+\+)[ \t]*\r?$/.test(text.slice(0, firstEnd === -1 ? text.length : firstEnd))) {
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
    if (fenceClose) {
      if (fenceClose.test(content)) fenceClose = null;
      prevBlank = false;
      continue;
    }
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(content);
    if (!blank && prevBlank && /^\S/.test(content) && a > chunkStart) {
      out.push({ start: chunkStart, end: a });
      chunkStart = a;
    }
    if (f) fenceClose = new RegExp('^ {0,3}' + f[1][0] + '{' + f[1].length + ',}\\s*$');
    prevBlank = blank;
  }
  out.push({ start: chunkStart, end: text.length });
  return out;
}

export interface ChunkPlan {
  /** The chunk as the markdown parser gets it: the over-deep part of each line blanked. */
  source: string;
  /** Chunk-relative spans blanked in `source` (masked in the note). */
  cut: [number, number][];
  /** Block structure micromark resolves in quadratic time: read the chunk as plain paragraphs. */
  blockHostile: boolean;
  /** Inline markup micromark is slow on: parse the blocks, not the text in them (`source` has that markup quieted). */
  inlineHostile: boolean;
  /** Block-quote and list markers of all its lines (over MAX_CHUNK_MARKERS: `blockHostile`). */
  markers: number;
}

const isBlankChar = (c: number) => c === 32 || c === 9;

/** What one run of non-blank lines holds, for the inline limits above. */
interface Run {
  length: number;
  brackets: number;
  depth: number;
  markup: number;
  deep: boolean;
}

const newRun = (): Run => ({ length: 0, brackets: 0, depth: 0, markup: 0, deep: false });

/** Is the run more than micromark parses in linear time, or at a sane cost per character? */
const tooMuchMarkup = (r: Run) => r.deep || r.brackets > MAX_RUN_BRACKETS || (r.markup > MAX_DENSE_MARKUP && 4 * r.markup > r.length);

/** Counts the inline markup of s[i, end) into the run. */
function countMarkup(s: string, i: number, end: number, run: Run): void {
  run.length += end - i;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 91 /* [ */) {
      run.brackets++;
      run.markup++;
      if (++run.depth > MAX_BRACKET_NESTING) run.deep = true;
    } else if (c === 93 /* ] */) {
      run.brackets++;
      run.markup++;
      if (run.depth > 0) run.depth--;
    } else if (c === 92 /* \ */) {
      run.markup++;
      i++; // an escaped character is text
    } else if (c === 33 || c === 38 || c === 60) run.markup++; // ! & <
  }
}

/** Looks a chunk over in one pass (see the constants above). */
export function planChunk(chunk: string): ChunkPlan {
  const cut: [number, number][] = [];
  let underlines = 0;
  let run = newRun();
  let inlineHostile = false;
  let prevBlank = true;
  let markers = 0;
  for (let a = 0; a <= chunk.length; ) {
    // lines end at \n, \r or \r\n, as in micromark
    let b = a;
    while (b < chunk.length && chunk.charCodeAt(b) !== 10 && chunk.charCodeAt(b) !== 13) b++;
    const prefix = containerPrefix(chunk, a, b);
    const { content, cutAt } = prefix;
    markers += prefix.markers;
    if (cutAt >= 0 && cutAt < b) cut.push([cutAt, b]);
    const end = cutAt >= 0 ? cutAt : b;
    let i = content;
    while (i < end && isBlankChar(chunk.charCodeAt(i))) i++;
    const blank = i >= end;
    if (blank) {
      inlineHostile ||= tooMuchMarkup(run);
      run = newRun();
    } else {
      if (!prevBlank && isUnderline(chunk, i, end)) underlines++;
      countMarkup(chunk, i, end, run);
    }
    prevBlank = blank;
    a = chunk.charCodeAt(b) === 13 && chunk.charCodeAt(b + 1) === 10 ? b + 2 : b + 1;
  }
  inlineHostile ||= tooMuchMarkup(run);
  let source = cut.length ? blankSpans(chunk, cut) : chunk;
  if (inlineHostile) source = quietMarkup(source);
  return { source, cut, blockHostile: underlines > MAX_UNDERLINES || markers > MAX_CHUNK_MARKERS, inlineHostile, markers };
}

/**
 * s with the inline markup that cannot matter to block structure replaced by 'x', for a chunk
 * parsed without inline constructs (micromark would still stop at each character). Kept: what
 * opens a line's content ('[' of a definition, '<' of HTML, '*' or '_' of a rule), a ']' before
 * ':' or closing "]]>", the backticks of a fence line and "</" ending a script, pre, style or
 * textarea block.
 */
function quietMarkup(s: string): string {
  let codes: Uint16Array | null = null;
  for (let a = 0; a <= s.length; ) {
    let b = a;
    while (b < s.length && s.charCodeAt(b) !== 10 && s.charCodeAt(b) !== 13) b++;
    const content = containerPrefix(s, a, b).content;
    const first = s.charCodeAt(content);
    for (let i = content; i < b; i++) {
      if (isInlineMarkup(s, i, i === content, first)) {
        codes ??= charCodes(s);
        codes[i] = 120; // x
      }
    }
    a = s.charCodeAt(b) === 13 && s.charCodeAt(b + 1) === 10 ? b + 2 : b + 1;
  }
  return codes ? fromCharCodes(codes) : s;
}

/** Is s[i] inline markup that quietMarkup replaces? `first` is the first character of the line's content. */
function isInlineMarkup(s: string, i: number, atContent: boolean, first: number): boolean {
  switch (s.charCodeAt(i)) {
    case 33: // !
    case 38: // &
    case 92: // \
      return true;
    case 91: // [
      return !atContent;
    case 93: // ]
      return !isKeptClose(s, i);
    case 60: // <
      return !atContent && !/^<\/(?:script|pre|style|textarea)/i.test(s.slice(i, i + 10));
    case 96: // `
      return first !== 96;
    case 42: // *
    case 95: // _
      return first !== 42 && first !== 95;
    default:
      return false;
  }
}

function isKeptClose(s: string, i: number): boolean {
  const n = s.charCodeAt(i + 1);
  return n === 58 || n === 62 || (n === 93 && s.charCodeAt(i + 2) === 62);
}

function charCodes(s: string): Uint16Array {
  const codes = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) codes[i] = s.charCodeAt(i);
  return codes;
}

function fromCharCodes(codes: Uint16Array): string {
  const parts: string[] = [];
  for (let i = 0; i < codes.length; i += 8192) parts.push(String.fromCharCode(...codes.subarray(i, i + 8192)));
  return parts.join('');
}

/**
 * The container prefix of the line [a, b): block-quote markers, list markers and indentation.
 * `content` is where it ends; `cutAt` where the nesting it implies first exceeds MAX_NESTING
 * (-1 if it never does). The nesting is over-estimated: each marker is a level, and so is every
 * two columns of indentation beyond the white space a marker takes (one column after '>', up to
 * four after a list marker), which only matters near the limit. `markers`: the markers before
 * `content`.
 */
function containerPrefix(s: string, a: number, b: number): { content: number; cutAt: number; markers: number } {
  let markers = 0;
  let columns = 0;
  let free = 0; // columns of white space that belong to the marker before them
  let i = a;
  while (i < b) {
    const c = s.charCodeAt(i);
    let next = i + 1;
    let takes = 0; // a marker: the columns of white space after it that are its own
    if (c === 32 || c === 9) {
      const w = c === 9 ? 4 : 1;
      const own = Math.min(free, w);
      free -= own;
      columns += w - own;
    } else if (c === 62 /* > */) takes = 1;
    else if ((c === 45 || c === 43 || c === 42) && (next >= b || isSpaceOrTab(s.charCodeAt(next)))) takes = 4;
    else if (c >= 48 && c <= 57) {
      while (next < b && next - i < 10 && isDigit(s.charCodeAt(next))) next++;
      const d = s.charCodeAt(next);
      if (next - i > 9 || (d !== 46 && d !== 41) || !(next + 1 >= b || isSpaceOrTab(s.charCodeAt(next + 1)))) break;
      next++;
      takes = 4;
    } else break;
    if (takes) {
      if (markers + 1 + (columns >> 1) > MAX_NESTING) return { content: i, cutAt: i, markers };
      markers++;
      free = takes;
    } else if (markers + (columns >> 1) > MAX_NESTING) return { content: i, cutAt: i, markers };
    i = next;
  }
  return { content: i, cutAt: -1, markers };
}

/** A setext underline (or a thematic break of dashes) at s[i, end): `===` or `---`, then blanks. */
function isUnderline(s: string, i: number, end: number): boolean {
  const c = s.charCodeAt(i);
  if (c !== 61 && c !== 45) return false;
  let j = i;
  while (j < end && s.charCodeAt(j) === c) j++;
  while (j < end && isBlankChar(s.charCodeAt(j))) j++;
  return j >= end;
}

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** s with the given sorted, disjoint spans replaced by spaces (they hold no line breaks). */
function blankSpans(s: string, spans: [number, number][]): string {
  const parts: string[] = [];
  let at = 0;
  for (const [a, b] of spans) {
    parts.push(s.slice(at, a), ' '.repeat(b - a));
    at = b;
  }
  parts.push(s.slice(at));
  return parts.join('');
}
