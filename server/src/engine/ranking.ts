// BM25 over varint postings (postingList.ts) into a score per passage, and the best few of the
// passages touched: the kernel behind Corpus's rankings. No object per posting and no callback per
// posting — a ranking over the whole corpus walks hundreds of thousands of postings for each note
// figure — and no sort of every passage touched: the best `limit` are kept in a heap of that size.
// The scores are the very sums a walk in term order gives (one term's share added per passage and
// term, in the query's order), and the order is the one a full sort gives (score descending, then
// passage id), so rankings are unchanged whichever way they are made.
import type { Scored } from './store';
import { readPostings } from './postingList';

/** Which passages a walk scores: those holding a figure of a kind bit (0: any), of sources not excluded, that `allow` admits. */
export interface PassageFilter {
  /** Kind bits (figures.kindBit) a passage's figures must share (kindMask), or 0. */
  bit: number;
  kindMask: Uint8Array;
  /** Per source, 1 when its passages are left out; null when none is. */
  excluded: Uint8Array | null;
  sourceOfPid: Int32Array;
  allow?: (pid: number) => boolean;
}

/** One term's contribution to each passage: BM25 with k1 and b, the term's idf and query weight, over lengths and their mean. */
export interface TermScoring {
  idf: number;
  weight: number;
  k1: number;
  b: number;
  lengths: Uint32Array;
  avgdl: number;
}

/**
 * Scores accumulated per passage and the passages touched, in buffers kept between rankings (a
 * ranking leaves every score at 0 again: `take`).
 */
export class ScoreBoard {
  readonly acc: Float64Array;
  private hits: Int32Array;
  private n = 0;

  constructor(passages: number) {
    this.acc = new Float64Array(passages);
    this.hits = new Int32Array(Math.min(passages, 1024));
  }

  /**
   * Add one term's scores from its postings, bytes[from, to), to the passages `filter` admits;
   * `toNow` maps each posting's passage id to its id now (-1: gone), or null when they are the same.
   */
  addList(bytes: Uint8Array, from: number, to: number, toNow: Int32Array | null, t: TermScoring, filter: PassageFilter): void {
    readPostings(bytes, from, to);
    const acc = this.acc;
    const { idf, weight, k1, b, lengths, avgdl } = t;
    const { bit, kindMask, excluded, sourceOfPid, allow } = filter;
    let at = from;
    let raw = -1;
    // (the postings' varints — postingList.ts's format, as PostingCursor.next reads them — are decoded
    // inline: this is the loop every ranking of a check spends its time in, and it keeps no cursor
    // object or call per posting; a change of the format changes both readers, and ranking.test.ts
    // reads here postings that PostingWriter wrote)
    while (at < to) {
      let x = bytes[at++];
      let v = x & 0x7f;
      for (let shift = 7; x >= 0x80; shift += 7) {
        x = bytes[at++];
        v |= (x & 0x7f) << shift;
      }
      raw += v;
      x = bytes[at++];
      let f = x & 0x7f;
      for (let shift = 7; x >= 0x80; shift += 7) {
        x = bytes[at++];
        f |= (x & 0x7f) << shift;
      }
      const pid = toNow === null ? raw : toNow[raw];
      if (pid < 0) continue;
      if (bit !== 0 && (kindMask[pid] & bit) === 0) continue;
      if (excluded !== null && excluded[sourceOfPid[pid]] === 1) continue;
      if (allow !== undefined && !allow(pid)) continue;
      // (the expression Corpus has always summed: the same operations in the same order, the same bits)
      const dl = lengths[pid];
      const s = (idf * weight * (f * (k1 + 1))) / (f + k1 * (1 - b + (b * dl) / avgdl));
      if (acc[pid] === 0) this.touch(pid);
      acc[pid] += s;
    }
  }

  /**
   * addList for the passages of ids in some ranges only — [ranges[2i], ranges[2i + 1]), ascending
   * and apart —, its postings read from the skip (`skipsOf`) nearest before each range instead of
   * from the list's start: the same shares added to those passages in the same order, the postings
   * of others not read. For a list whose ids are the passages' (no toNow). A figure cited to a
   * source of thousands of passages (a book, 5 MB files) is ranked through its words' postings:
   * each walked whole for every such figure was as long as the corpus, not as the source (issue 13).
   */
  addListIn(bytes: Uint8Array, from: number, to: number, skips: Int32Array | null, ranges: Int32Array, t: TermScoring, filter: PassageFilter): void {
    const acc = this.acc;
    const { idf, weight, k1, b, lengths, avgdl } = t;
    const { bit, kindMask, excluded, sourceOfPid, allow } = filter;
    let at = from;
    let raw = -1;
    for (let r = 0; r < ranges.length && at < to; r += 2) {
      const lo = ranges[r];
      const hi = ranges[r + 1];
      if (skips !== null && raw < lo - 1) {
        // the last skip whose posting before it is below the range: every posting before it is too
        let a = 0;
        let z = skips.length / 2 - 1;
        while (a < z) {
          const mid = (a + z + 1) >> 1;
          if (skips[2 * mid + 1] < lo) a = mid;
          else z = mid - 1;
        }
        if (skips[2 * a] > at) (at = skips[2 * a]), (raw = skips[2 * a + 1]);
      }
      while (at < to) {
        const was = at;
        let x = bytes[at++];
        let v = x & 0x7f;
        for (let shift = 7; x >= 0x80; shift += 7) {
          x = bytes[at++];
          v |= (x & 0x7f) << shift;
        }
        const pid = raw + v;
        if (pid >= hi) {
          // the next range's, perhaps: read again from here
          at = was;
          break;
        }
        raw = pid;
        x = bytes[at++];
        let f = x & 0x7f;
        for (let shift = 7; x >= 0x80; shift += 7) {
          x = bytes[at++];
          f |= (x & 0x7f) << shift;
        }
        if (pid < lo) continue;
        if (bit !== 0 && (kindMask[pid] & bit) === 0) continue;
        if (excluded !== null && excluded[sourceOfPid[pid]] === 1) continue;
        if (allow !== undefined && !allow(pid)) continue;
        const dl = lengths[pid];
        const s = (idf * weight * (f * (k1 + 1))) / (f + k1 * (1 - b + (b * dl) / avgdl));
        if (acc[pid] === 0) this.touch(pid);
        acc[pid] += s;
      }
    }
  }

  private touch(pid: number): void {
    if (this.n === this.hits.length) {
      const grown = new Int32Array(Math.min(this.acc.length, this.hits.length * 2));
      grown.set(this.hits);
      this.hits = grown;
    }
    this.hits[this.n++] = pid;
  }

  /** The best `limit` passages touched, best first (ties: lower id first); every score back to 0. */
  take(limit: number): Scored[] {
    const out = topScored(this.hits, this.n, this.acc, limit);
    for (let i = 0; i < this.n; i++) this.acc[this.hits[i]] = 0;
    this.n = 0;
    return out;
  }
}

/** A skip every this many postings of a list (`skipsOf`). */
export const SKIP_EVERY = 64;

/**
 * Where a list's every SKIP_EVERY-th posting starts: pairs of its byte offset and the id of the
 * posting before it (-1 before the first), for ScoreBoard.addListIn. One walk of the list.
 */
export function skipsOf(bytes: Uint8Array, from: number, to: number): Int32Array {
  const out: number[] = [];
  let at = from;
  let raw = -1;
  for (let k = 0; at < to; k++) {
    if (k % SKIP_EVERY === 0) out.push(at, raw);
    let x = bytes[at++];
    let v = x & 0x7f;
    for (let shift = 7; x >= 0x80; shift += 7) {
      x = bytes[at++];
      v |= (x & 0x7f) << shift;
    }
    raw += v;
    do x = bytes[at++];
    while (x >= 0x80);
  }
  return Int32Array.from(out);
}

/** Does passage a rank after passage b (a lower score, or the same score and a higher id)? */
function after(acc: Float64Array, a: number, b: number): boolean {
  return acc[a] < acc[b] || (acc[a] === acc[b] && a > b);
}

/**
 * The best `limit` of hits[0, n) by acc, best first, ties by id: what sorting them all by
 * (score descending, id ascending) and keeping the first `limit` gives, through a heap of `limit`
 * whose root is the worst kept (n log limit, not n log n).
 */
export function topScored(hits: Int32Array, n: number, acc: Float64Array, limit: number): Scored[] {
  const k = Math.max(0, Math.min(limit, n));
  const heap = new Int32Array(k);
  let size = 0;
  for (let i = 0; i < n; i++) {
    const pid = hits[i];
    if (size < k) {
      // sift up: a parent that ranks after its child goes down
      let c = size++;
      while (c > 0) {
        const p = (c - 1) >> 1;
        if (!after(acc, pid, heap[p])) break;
        heap[c] = heap[p];
        c = p;
      }
      heap[c] = pid;
    } else if (k > 0 && after(acc, heap[0], pid)) {
      // the worst kept gives way: sift the newcomer down from the root
      let c = 0;
      for (;;) {
        const l = 2 * c + 1;
        if (l >= k) break;
        const r = l + 1;
        const w = r < k && after(acc, heap[r], heap[l]) ? r : l;
        if (!after(acc, heap[w], pid)) break;
        heap[c] = heap[w];
        c = w;
      }
      heap[c] = pid;
    }
  }
  const out: Scored[] = new Array(size);
  for (let i = 0; i < size; i++) out[i] = { pid: heap[i], score: acc[heap[i]] };
  out.sort(byScore);
  return out;
}

/**
 * Scored passages by score, highest first, then by passage id. Made once, not at each sort: V8
 * keeps a closure's optimized code only while a closure of it lives, so a full collection between
 * checks dropped it and each check compiled it again (check/alignment.ts NameSearch).
 */
export function byScore(a: Scored, b: Scored): number {
  return b.score - a.score || a.pid - b.pid;
}
