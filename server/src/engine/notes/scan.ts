// Hand-written scanners for the note's inline pieces: citation groups and keys, quotes,
// `grounded-ignore` comments, and white-space trimming. Each visits every character a bounded
// number of times (the regular expressions they replace backtracked on long runs).
import type { NoteQuote } from './types';

/** JavaScript's \s (white space and line terminators). */
export function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** s without the trailing characters for which `drop` holds. */
export function trimEndWhere(s: string, drop: (c: number) => boolean): string {
  let e = s.length;
  while (e > 0 && drop(s.charCodeAt(e - 1))) e--;
  return e === s.length ? s : s.slice(0, e);
}

/** s without the leading characters for which `drop` holds. */
export function trimStartWhere(s: string, drop: (c: number) => boolean): string {
  let a = 0;
  while (a < s.length && drop(s.charCodeAt(a))) a++;
  return a === 0 ? s : s.slice(a);
}

/** Does s contain white space (the same as s.split(/\s+/).length > 1)? */
export function hasSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isSpace(s.charCodeAt(i))) return true;
  return false;
}

export interface CiteGroup {
  /** Offset of '['. */
  start: number;
  /** Offset after ']'. */
  end: number;
}

/**
 * Citation groups whose '[' lies in text[from, to): a '[', then text with no bracket or line
 * break holding an '@', then ']' not followed by '(' (the same as
 * /\[([^\[\]\n]*@[^\[\]\n]*)\](?!\()/g, scanned once).
 */
export function citationGroups(text: string, from: number, to: number): CiteGroup[] {
  const out: CiteGroup[] = [];
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) !== 91) continue;
    let j = i + 1;
    let at = false;
    for (; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (c === 91 || c === 93 || c === 10) break;
      if (c === 64) at = true;
    }
    if (j < text.length && text.charCodeAt(j) === 93 && at && text.charCodeAt(j + 1) !== 40) out.push({ start: i, end: j + 1 });
    // the next '[' is no earlier than j: a group ends there, or the scan stopped at it
    i = text.charCodeAt(j) === 91 ? j - 1 : j;
  }
  return out;
}

const CITE_KEY = /(^|[\s;\[])-?@([A-Za-z0-9_][A-Za-z0-9_:.#$%&\-+?<>~/]*)/g;
const KEY_TRAILER = new Set(':.#$%&-+?<>~/'.split('').map((c) => c.charCodeAt(0)));

export interface CiteKey {
  key: string;
  /** Offsets in the group's inner text (between the brackets). */
  at: number;
  keyEnd: number;
  locator?: string;
}

/** The keys of a citation group's inner text "@a, p. 3; -@b", with their locators. */
export function citationKeys(inner: string): CiteKey[] {
  const found = [...inner.matchAll(CITE_KEY)];
  const out: CiteKey[] = [];
  found.forEach((m, i) => {
    // a key's trailing punctuation is the sentence's, not the key's
    const key = trimEndWhere(m[2], (c) => KEY_TRAILER.has(c));
    const at = m.index! + m[1].length + (inner[m.index! + m[1].length] === '-' ? 1 : 0);
    const nextStart = i + 1 < found.length ? found[i + 1].index! : inner.length;
    const rawLocator = inner.slice(m.index! + m[0].length - (m[2].length - key.length), nextStart);
    const locator = trimEndWhere(trimStartWhere(rawLocator, (c) => c === 44 || isSpace(c)), (c) => c === 59 || isSpace(c));
    if (key.length > 0) out.push({ key, at, keyEnd: at + 1 + key.length, locator: locator || undefined });
  });
  return out;
}

/**
 * Rule lists of the `<!-- grounded-ignore [rules] -->` comments in html (the same as
 * /<!--\s*grounded-ignore\b([^>]*?)-->/g): each the text between the keyword and '-->'.
 */
export function ignoreComments(html: string): string[] {
  const out: string[] = [];
  const KEYWORD = 'grounded-ignore';
  let gt = -2; // the first '>' at or after the keyword's end, found once per stretch
  for (let i = html.indexOf('<!--'); i !== -1; i = html.indexOf('<!--', i + 1)) {
    let p = i + 4;
    while (p < html.length && isSpace(html.charCodeAt(p))) p++;
    if (!html.startsWith(KEYWORD, p)) continue;
    p += KEYWORD.length;
    if (p < html.length && /\w/.test(html[p])) continue;
    if (gt < p && gt !== -1) gt = html.indexOf('>', p);
    if (gt === -1) break;
    if (gt - 2 >= p && html.charCodeAt(gt - 1) === 45 && html.charCodeAt(gt - 2) === 45) {
      out.push(html.slice(p, gt - 2));
      i = gt;
    }
  }
  return out;
}

/** Offsets of c in text[from, to), in order, for a char c. */
function nextIndex(text: string, c: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === c) return i;
  return -1;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const QUOTE_PAIRS: [number, number][] = [
  [0x22, 0x22], // "…"
  [0x201c, 0x201d], // “…”
];

/**
 * Quoted spans in text[start, end): straight or curly double quotes, and curly single quotes
 * (‘…’, British style). A ’ followed by a letter is an apostrophe ("company’s"), not a closing mark.
 * Every search stays inside [start, end).
 */
export function findQuotes(text: string, start: number, end: number): Omit<NoteQuote, 'sentence'>[] {
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
    for (let i = nextIndex(text, open, start, end); i !== -1; i = nextIndex(text, open, i + 1, end)) {
      const j = nextIndex(text, close, i + 1, end);
      if (j === -1) break;
      push(i, j);
      i = j;
    }
  }
  // A ‘ inside a double-quoted span opens nothing: the spans so far, by start, with the furthest end.
  const doubles = out.map((q) => [q.start, q.end]).sort((x, y) => x[0] - y[0]);
  let d = 0;
  let furthest = -1;
  const letterAt = (k: number) => k >= 0 && k < text.length && LETTER_OR_DIGIT.test(text[k]);
  for (let i = nextIndex(text, 0x2018, start, end); i !== -1; i = nextIndex(text, 0x2018, i + 1, end)) {
    if (letterAt(i - 1)) continue;
    let j = nextIndex(text, 0x2019, i + 1, end);
    while (j !== -1 && letterAt(j + 1)) j = nextIndex(text, 0x2019, j + 1, end);
    if (j === -1) break;
    for (; d < doubles.length && doubles[d][0] <= i; d++) furthest = Math.max(furthest, doubles[d][1]);
    if (furthest <= i) push(i, j);
    i = j;
  }
  return out.sort((a, b) => a.start - b.start);
}
