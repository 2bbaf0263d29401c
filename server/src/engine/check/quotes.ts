// Quotes: found verbatim (modulo case, quote style, dashes, white space and emphasis, with "…"
// for left-out words) in a cited source, found in another source, or not found, with the closest
// passage and, for a clear misquote, the source's exact words.
import type { NoteQuote } from '../notes';
import type { DerivedKey } from '../store';
import type { Passage, Source } from '../types';
import { MAX_SPAN_WORDS, MISQUOTE_MIN_SIMILARITY, SPAN_LENGTH_SLACK } from './policy';
import type { QuoteResult } from './report';
import type { Retrieval } from './retrieval';
import type { CheckRun } from './run';

export interface NormText {
  text: string;
  /** map[i] = offset in the original of normalised char i. */
  map: Int32Array;
}

/** Quote marks, all read as one mark: "modulo quote style", and nested quotes switch style. */
function isQuoteMark(c: number): boolean {
  return c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b || c === 0x60 || c === 0xb4 || c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0xab || c === 0xbb;
}

/**
 * Normalise (case, quotes, dashes, white space, emphasis marks) keeping a map back to offsets.
 * Written into typed arrays (a source of megabytes is normalised for its first quote: an array of
 * one-character strings took seconds and half a gigabyte).
 */
export function normalizeWithMap(s: string, from = 0, to = s.length): NormText {
  let codes = new Uint16Array(Math.max(0, to - from) + 16);
  let map = new Int32Array(codes.length);
  let n = 0;
  let space = false;
  for (let i = from; i < to; i++) {
    let c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 160) {
      space = true;
      continue;
    }
    if (c === 42 /* * */ || c === 95 /* _ */) continue;
    // room for a space and three dots (or a lower case of several code units)
    if (n + 8 > codes.length) [codes, map] = [grown(codes), grown(map)];
    if (space && n) {
      codes[n] = 32;
      map[n++] = i - 1;
    }
    space = false;
    if (c < 128) {
      if (c >= 65 && c <= 90) c += 32;
      else if (c === 0x60 || c === 0x22) c = 39;
    } else if (isQuoteMark(c)) c = 39;
    else if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) c = 45;
    else if (c === 0x2026) {
      for (let k = 0; k < 3; k++) (codes[n] = 46), (map[n++] = i);
      continue;
    } else {
      const low = String.fromCharCode(c).toLowerCase();
      for (let k = 0; k < low.length - 1; k++) (codes[n] = low.charCodeAt(k)), (map[n++] = i);
      c = low.charCodeAt(low.length - 1);
    }
    codes[n] = c;
    map[n++] = i;
  }
  const parts: string[] = [];
  for (let i = 0; i < n; i += 8192) parts.push(String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 8192)) as unknown as number[]));
  return { text: parts.join(''), map: map.slice(0, n) };
}

function grown<T extends Uint16Array | Int32Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

/**
 * A normalised text kept with its map back to the original as runs (see `compactNormText`): where
 * map[i] - i changes, from which normalised position on (`at`) and to what (`shift`).
 */
export interface CompactNormText {
  text: string;
  at: Int32Array;
  shift: Int32Array;
}

/**
 * The map of a NormText as runs of one shift each. Normalising moves a character's offset only at
 * a run of white space, an emphasis mark, an ellipsis or a lower case of several code units: a
 * few runs a paragraph, where the map kept 4 bytes a character — 4.6 MiB of the language server's
 * heap at the end of `npm run bench`, most of it these maps (docs/performance.md, Session 21).
 */
export function compactNormText(n: NormText): CompactNormText {
  const at: number[] = [];
  const shift: number[] = [];
  for (let i = 0; i < n.map.length; i++) {
    const d = n.map[i] - i;
    if (shift.length === 0 || shift[shift.length - 1] !== d) at.push(i), shift.push(d);
  }
  return { text: n.text, at: Int32Array.from(at), shift: Int32Array.from(shift) };
}

/** The original offset of normalised position i (i < text.length): what NormText.map[i] holds. */
export function originalOffset(n: CompactNormText, i: number): number {
  let lo = 0;
  let hi = n.at.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (n.at[mid] <= i) lo = mid;
    else hi = mid - 1;
  }
  return i + n.shift[lo];
}

/**
 * Where the plain text stops: a character that is not printable ASCII nor the space (white space
 * other than the space, an emphasis mark, a control character, any character past ASCII), or two
 * spaces. One space between kept characters is itself.
 */
const NOT_PLAIN = /[^ -)+-^`-\u007f]| {2}/g;

/** White space or an emphasis mark: what normalizeWithMap leaves out (the first as one space before the next kept character). */
const isGap = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 42 || c === 95;

/** What normalizeWithMap writes for a character past ASCII other than U+00A0 (each code unit mapped to the character). */
function wide(c: number): string {
  if (isQuoteMark(c)) return "'";
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) return '-';
  if (c === 0x2026) return '...';
  return String.fromCharCode(c).toLowerCase();
}

/**
 * compactNormText(normalizeWithMap(s, from)) — the same text and runs — made without a map of 4
 * bytes a character and a loop over each: the plain stretches between what normalising changes
 * (gaps of white space and emphasis marks but one space, characters past ASCII) are copied in lower
 * case, and the runs change only at those, so only they are visited. A quote is looked for in the
 * whole text of every source its words' best passages are in (`quoteSources`): with files of 5 MB
 * those are most of the bench's 20x5MB corpus, normalised a character at a time in seconds of its
 * cold check (issue 13).
 */
export function normalizeCompact(s: string, from = 0): CompactNormText {
  let lead = from;
  while (lead < s.length && isGap(s.charCodeAt(lead))) lead++;
  let end = s.length;
  while (end > lead && isGap(s.charCodeAt(end - 1))) end--;
  if (end <= lead) return { text: '', at: new Int32Array(0), shift: new Int32Array(0) };
  // the shift (original offset − normalised position) from normalised position p on
  const at: number[] = [0];
  const shift: number[] = [lead];
  const set = (p: number, d: number) => {
    const last = at.length - 1;
    if (at[last] === p) {
      if (last > 0 && shift[last - 1] === d) at.pop(), shift.pop();
      else shift[last] = d;
    } else if (shift[last] !== d) at.push(p), shift.push(d);
  };
  const pieces: string[] = [];
  let done = lead; // the original before this is written
  let d = lead; // the shift of the plain text from `done` on
  NOT_PLAIN.lastIndex = lead;
  for (let m = NOT_PLAIN.exec(s); m && m.index < end; m = NOT_PLAIN.exec(s)) {
    const i = m.index;
    const c = s.charCodeAt(i);
    if (isGap(c)) {
      // a gap (never at either end, its kept characters around it): a space before it is its own
      const g0 = i > done && s.charCodeAt(i - 1) === 32 ? i - 1 : i;
      let g1 = i + 1;
      while (isGap(s.charCodeAt(g1))) g1++;
      let space = false;
      for (let k = g0; k < g1 && !space; k++) space = s.charCodeAt(k) !== 42 && s.charCodeAt(k) !== 95;
      pieces.push(s.slice(done, g0).toLowerCase());
      const p = g0 - d;
      if (space) {
        // one space, mapped to the character before the next kept one
        pieces.push(' ');
        d = g1 - 1 - p;
      } else d = g1 - p;
      set(p, d);
      done = g1;
      NOT_PLAIN.lastIndex = g1;
    } else if (c >= 128) {
      pieces.push(s.slice(done, i).toLowerCase());
      const w = wide(c);
      pieces.push(w);
      // each code unit written maps to the character: the shift falls by one after the first
      const p = i - d;
      for (let k = 1; k < w.length; k++) set(p + k, d - k);
      d -= w.length - 1;
      done = i + 1;
    }
    // (a control character: written as it is)
  }
  pieces.push(s.slice(done, end).toLowerCase());
  return { text: pieces.join('').replace(/[`"]/g, "'"), at: Int32Array.from(at), shift: Int32Array.from(shift) };
}

/** Per store: each source's body, normalised (quotes are looked for in every source, note after note). */
const NORMALIZED_SOURCES: DerivedKey<Map<Source, CompactNormText>> = { name: 'check: normalised source texts', create: () => new Map() };

function normalizedSource(index: Retrieval, src: Source): CompactNormText {
  const cache = index.cache(NORMALIZED_SOURCES);
  let n = cache.get(src);
  if (!n) {
    n = normalizeCompact(src.text, src.bodyStart);
    cache.set(src, n);
  }
  return n;
}

function quoteParts(q: string): string[] {
  return q
    .split(/\s*(?:\[\s*(?:\.\.\.|…)\s*\]|\.\.\.|…)\s*/)
    .map((p) => normalizeWithMap(p).text.replace(/^[\s.,;:!?'"-]+|[\s.,;:!?'"-]+$/g, ''))
    .filter((p) => p.length > 0);
}

function findQuoteIn(index: Retrieval, src: Source, parts: string[]): { start: number; end: number } | null {
  if (parts.length === 0) return null;
  const n = normalizedSource(index, src);
  let from = 0;
  let first = -1;
  let lastEnd = -1;
  for (const part of parts) {
    const i = n.text.indexOf(part, from);
    if (i === -1) return null;
    if (first === -1) first = i;
    lastEnd = i + part.length;
    from = lastEnd;
  }
  return { start: originalOffset(n, first), end: originalOffset(n, lastEnd - 1) + 1 };
}

function passageAt(src: Source, offset: number): Passage | undefined {
  let lo = 0;
  let hi = src.passages.length - 1;
  let best: Passage | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (src.passages[mid].start <= offset) {
      best = src.passages[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Is the quote in the cited sources (or any, without a citation), elsewhere, or what is closest? */
export function judgeQuote(run: CheckRun, q: NoteQuote, scope: Source[] | null): QuoteResult {
  const { index } = run;
  const parts = quoteParts(q.text);
  for (const src of index.quoteSources(q.text, scope)) {
    const at = findQuoteIn(index, src, parts);
    if (at) {
      const p = passageAt(src, at.start) ?? src.passages[0];
      return { quote: q, verdict: 'found', evidence: [{ source: src, passage: p, start: at.start, end: at.end, score: 1 }], scope };
    }
  }
  const result: QuoteResult = { quote: q, verdict: 'not-found', evidence: [], scope };
  if (scope) {
    const inSet = new Set(scope.map((s) => s.index));
    for (const src of index.quoteSources(q.text, null, inSet)) {
      const at = findQuoteIn(index, src, parts);
      if (at) {
        const p = passageAt(src, at.start) ?? src.passages[0];
        result.foundElsewhere = { source: src, passage: p, start: at.start, end: at.end, score: 1 };
        return result;
      }
    }
  }
  closestMatch(index, q, scope, result);
  return result;
}

/** The closest passage within scope, and the span of it that best matches the quote, word by word. */
function closestMatch(index: Retrieval, q: NoteQuote, scope: Source[] | null, result: QuoteResult): void {
  const passages = index.closestPassages(q.text, scope);
  if (passages.length === 0) return;
  const qwords = words(q.text, 0, q.text.length, MAX_SPAN_WORDS).map((w) => w.norm);
  let best: { passage: Passage; sim: number; start: number; end: number } | null = null;
  for (const p of passages) {
    const span = bestSpan(qwords, words(index.sourceOf(p).text, p.start, p.end, MAX_SPAN_WORDS));
    if (span && (!best || span.sim > best.sim)) best = { passage: p, ...span };
  }
  if (best) {
    const p = best.passage;
    const src = index.sourceOf(p);
    result.evidence.push({ source: src, passage: p, start: best.start, end: best.end, score: best.sim });
    // Offer the source's exact words only when they are clearly the same sentence, misquoted.
    if (best.sim >= MISQUOTE_MIN_SIMILARITY) result.suggestion = src.text.slice(best.start, best.end).replace(/\s+/g, ' ').replace(/["“”]/g, (m) => (m === '"' ? "'" : m === '“' ? '‘' : '’'));
  }
}

interface Word {
  norm: string;
  start: number;
  end: number;
}

/** The first `max` words of text[from, to) with their spans, normalised (lower case, punctuation stripped). */
function words(text: string, from: number, to: number, max: number): Word[] {
  const out: Word[] = [];
  const re = /\S+/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while (out.length < max && (m = re.exec(text)) !== null && m.index < to) {
    let a = m.index;
    let b = Math.min(m.index + m[0].length, to);
    while (a < b && !/[\p{L}\p{N}]/u.test(text[a])) a++;
    while (b > a && !/[\p{L}\p{N}]/u.test(text[b - 1])) b--;
    if (b > a) out.push({ norm: normalizeWithMap(text, a, b).text, start: a, end: b });
  }
  return out;
}

/** The run of passage words most like the quote's words (Dice over word multisets). */
function bestSpan(qwords: string[], pwords: Word[]): { sim: number; start: number; end: number } | null {
  const n = qwords.length;
  if (n === 0 || pwords.length === 0) return null;
  const qcount = new Map<string, number>();
  for (const w of qwords) qcount.set(w, (qcount.get(w) ?? 0) + 1);
  let best: { sim: number; start: number; end: number } | null = null;
  const minLen = Math.max(1, n - SPAN_LENGTH_SLACK);
  const maxLen = n + SPAN_LENGTH_SLACK;
  for (let i = 0; i < pwords.length; i++) {
    if (!qcount.has(pwords[i].norm)) continue;
    const have = new Map<string, number>();
    let inter = 0;
    for (let j = i; j < Math.min(pwords.length, i + maxLen); j++) {
      const w = pwords[j].norm;
      const c = (have.get(w) ?? 0) + 1;
      have.set(w, c);
      if (c <= (qcount.get(w) ?? 0)) inter++;
      if (j - i + 1 < minLen) continue;
      const sim = (2 * inter) / (n + j - i + 1);
      if (!best || sim > best.sim + 1e-9) best = { sim, start: pwords[i].start, end: pwords[j].end };
    }
  }
  return best;
}
