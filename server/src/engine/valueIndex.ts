// Every figure of some passages sorted by value, with its kind bit and place: what a wrong-source
// lookup (Corpus.figuresBetween) binary-searches. Made in steps (engine/steps.ts): the figures
// gathered a few thousand passages a step, then sorted by a stable radix sort of the values'
// bits, 16 bits a pass, each pass a few steps — no comparison sort of every figure in one piece
// (a third of a second at 424,000 figures). Ties keep the order the figures were gathered in:
// passage, then figure. A value that is no number (NaN) sorts after every other: no range holds it.
import { kindBit } from './figures';
import type { Steps } from './steps';
import type { FigureKind, Passage } from './types';

export interface ValueIndex {
  value: Float64Array;
  bit: Uint8Array;
  pid: Int32Array;
  fig: Int32Array;
}

/** Passages gathered, and rows sorted, between two steps. */
const PASSAGES_PER_STEP = 4096;
const ROWS_PER_STEP = 32768;

/** The first index of a sorted array whose value is at least `lo`. */
export function lowerBound(values: Float64Array, lo: number): number {
  let a = 0;
  let b = values.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (values[m] < lo) a = m + 1;
    else b = m;
  }
  return a;
}

/** The value index of `n` passages (`at(k)`, whose id is `id(k)`, ascending), in steps. */
export function valueIndexSteps(n: number, at: (k: number) => Passage, id: (k: number) => number = (k) => k): Steps<ValueIndex> {
  return valueIndexOfFigures((visit) =>
    (function* () {
      for (let k = 0; k < n; k++) {
        const figures = at(k).figures;
        const pid = id(k);
        for (let fi = 0; fi < figures.length; fi++) visit(pid, fi, figures[fi].value, figures[fi].kind);
        yield 1;
      }
    })(),
  );
}

/** Visits each figure: its passage's id, its index there, value and kind. */
export type FigureVisit = (pid: number, fig: number, value: number, kind: FigureKind) => void;

/**
 * The value index of the figures `feed` visits (passages ascending, then figures), in steps: `feed`
 * gives an iterator that visits some passages' figures per `next()` and yields how many passages
 * that was.
 */
export function* valueIndexOfFigures(feed: (visit: FigureVisit) => Iterator<number>): Steps<ValueIndex> {
  let cap = 1024;
  let rows = { value: new Float64Array(cap), bit: new Uint8Array(cap), pid: new Int32Array(cap), fig: new Int32Array(cap) };
  let m = 0;
  const visit: FigureVisit = (pid, fig, v, kind) => {
    if (m === cap) {
      cap *= 2;
      const grown = { value: new Float64Array(cap), bit: new Uint8Array(cap), pid: new Int32Array(cap), fig: new Int32Array(cap) };
      grown.value.set(rows.value);
      grown.bit.set(rows.bit);
      grown.pid.set(rows.pid);
      grown.fig.set(rows.fig);
      rows = grown;
    }
    rows.value[m] = v === v ? v + 0 : NaN; // -0 as 0, as a comparison sees it; any NaN as the one that sorts last
    rows.bit[m] = kindBit(kind);
    rows.pid[m] = pid;
    rows.fig[m] = fig;
    m++;
  };
  const it = feed(visit);
  let passages = 0;
  for (let r = it.next(); !r.done; r = it.next()) {
    passages += r.value;
    if (passages >= PASSAGES_PER_STEP) {
      passages = 0;
      yield;
    }
  }
  const order = yield* radixOrder(rows.value.subarray(0, m));
  const out: ValueIndex = { value: new Float64Array(m), bit: new Uint8Array(m), pid: new Int32Array(m), fig: new Int32Array(m) };
  for (let from = 0; from < m; from += ROWS_PER_STEP) {
    const to = Math.min(m, from + ROWS_PER_STEP);
    reorder(rows, order, out, from, to);
    if (to - from === ROWS_PER_STEP) yield;
  }
  return out;
}

// The loops of a step are plain functions, the generators only call them and yield between: a loop
// inside a generator is not optimized while it runs (no on-stack replacement there), and a cold
// index makes its value index once — at 20,000 small files the generators' loops ran some ten
// times slower than these.

/** out[i] = rows[order[i]] for i in [from, to). */
function reorder(rows: ValueIndex, order: Int32Array, out: ValueIndex, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const r = order[i];
    out.value[i] = rows.value[r];
    out.bit[i] = rows.bit[r];
    out.pid[i] = rows.pid[r];
    out.fig[i] = rows.fig[r];
  }
}

/** Each value's IEEE bits made order-preserving (negative values' bits flipped, positive ones' sign set), rows [from, to). */
function orderedBits(bits: Uint32Array, lo: Uint32Array, hi: Uint32Array, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const h = bits[2 * i + 1];
    const negative = h >>> 31 === 1;
    hi[i] = negative ? ~h >>> 0 : (h | 0x80000000) >>> 0;
    lo[i] = negative ? ~bits[2 * i] >>> 0 : bits[2 * i];
  }
}

/** [0, 1, …, m - 1]. */
function identity(m: number): Int32Array<ArrayBuffer> {
  const order = new Int32Array(m);
  for (let i = 0; i < m; i++) order[i] = i;
  return order;
}

/** Counts the 16-bit digits at `shift` of word[from, to) (into count[digit + 1]). */
function countDigits(word: Uint32Array, shift: number, count: Int32Array, from: number, to: number): void {
  for (let i = from; i < to; i++) count[((word[i] >>> shift) & 0xffff) + 1]++;
}

/** Each entry the sum of those up to it. */
function runningSum(count: Int32Array): void {
  for (let d = 1; d < count.length; d++) count[d] += count[d - 1];
}

/** Places the rows order[from, to) by their digit at `shift` (count[digit]: where its next row goes). */
function scatter(word: Uint32Array, shift: number, count: Int32Array, order: Int32Array, next: Int32Array, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const r = order[i];
    next[count[(word[r] >>> shift) & 0xffff]++] = r;
  }
}

/**
 * The order that sorts `values` ascending, stable: a least-significant-digit radix sort of each
 * value's IEEE bits made order-preserving (`orderedBits`). A pass whose digit is the same in every
 * row leaves the order as it is (the low words of most figures' values: whole numbers): skipped.
 */
function* radixOrder(values: Float64Array): Steps<Int32Array> {
  const m = values.length;
  const bits = new Uint32Array(values.buffer, values.byteOffset, 2 * m); // little-endian: low word first
  const lo = new Uint32Array(m);
  const hi = new Uint32Array(m);
  for (let from = 0; from < m; from += ROWS_PER_STEP) {
    const to = Math.min(m, from + ROWS_PER_STEP);
    orderedBits(bits, lo, hi, from, to);
    if (to - from === ROWS_PER_STEP) yield;
  }
  let order = identity(m);
  yield;
  let next = new Int32Array(m);
  const count = new Int32Array(65537);
  for (const [word, shift] of [
    [lo, 0],
    [lo, 16],
    [hi, 0],
    [hi, 16],
  ] as const) {
    count.fill(0);
    for (let from = 0; from < m; from += ROWS_PER_STEP) {
      const to = Math.min(m, from + ROWS_PER_STEP);
      countDigits(word, shift, count, from, to);
      if (to - from === ROWS_PER_STEP) yield;
    }
    // every row has the first row's digit: the pass would keep the order
    if (m > 0 && count[((word[0] >>> shift) & 0xffff) + 1] === m) continue;
    runningSum(count);
    yield;
    for (let from = 0; from < m; from += ROWS_PER_STEP) {
      const to = Math.min(m, from + ROWS_PER_STEP);
      scatter(word, shift, count, order, next, from, to);
      if (to - from === ROWS_PER_STEP) yield;
    }
    [order, next] = [next, order];
  }
  return order;
}
