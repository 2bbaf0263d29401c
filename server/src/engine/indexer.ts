// The indexer's single pass over the passages: term ids, the inverted index (postings) for BM25,
// passage lengths, each passage's figure-kind mask, and which terms are ever written in lower
// case (the others are names). Corpus (corpus.ts) is built on what it returns.
import { kindBit } from './figures';
import { termOf } from './text';
import type { Passage, Source } from './types';

export interface Postings {
  /**
   * Term → id. Postings in one flat array (compressed sparse rows): the postings of term `id` are
   * postings[offsets[id] … offsets[id + 1]) as pid, tf pairs in ascending pid order.
   */
  termIds: Map<string, number>;
  offsets: Int32Array;
  postings: Int32Array;
  /** Terms per passage. */
  lengths: Uint32Array;
  /** Per passage, the OR of its figures' comparability bits (figures.kindBit). */
  kindMask: Uint8Array;
  /** Average passage length. */
  avgdl: number;
  /** Ids of terms seen written in lower case at least once. */
  lowerSeen: Set<number>;
  /** Words as written (lower-cased): those seen in lower case, and those seen capitalised inside a sentence. */
  written: WrittenForms;
}

/**
 * How the sources write their words, as raw forms (not stems: "Bates" is not "bat"): the lower-case
 * forms seen, and the forms seen capitalised after a sentence's first word (lower-cased). A word
 * only ever capitalised inside sentences is a name; one only ever capitalised at their start may
 * be an ordinary word opening them.
 */
export interface WrittenForms {
  lower: ReadonlySet<string>;
  capitalisedInside: ReadonlySet<string>;
}

/**
 * Index passages (global id = position in `passages`) of `sources`, with the tokenizer's terms
 * (text.ts termOf). Each raw word is turned into its term once, here, not through a Tokenizer's
 * cache: that cache is for the words of notes and of the passages a check reads, and would
 * otherwise keep every word of the corpus (megabytes that outlive the index build).
 */
export function buildPostings(sources: readonly Source[], passages: readonly Passage[]): Postings {
  const n = passages.length;
  const lengths = new Uint32Array(n);
  const kindMask = new Uint8Array(n);
  let total = 0;
  // One pass per passage: each raw word → term id through a hash table hashed while scanning
  // (no substring per word: a Map keyed by fresh substrings was half the indexing time), term
  // frequencies in a scratch counter indexed by term id (no Map per passage).
  const termIds = new Map<string, number>();
  const st = new ScanState(termIds);
  let pairs = new Int32Array(1 << 16);
  let nPairs = 0;
  const pairStart = new Int32Array(n + 1);
  for (let pid = 0; pid < n; pid++) {
    const p = passages[pid];
    let mask = 0;
    for (const f of p.figures) mask |= kindBit(f.kind);
    kindMask[pid] = mask;
    const len = st.scan(sources[p.source].text, p.start, p.end);
    lengths[pid] = len;
    total += len;
    pairStart[pid] = nPairs;
    const touched = st.touched;
    if (nPairs + 2 * touched.length > pairs.length) pairs = grow(pairs, Math.max(pairs.length * 2, nPairs + 2 * touched.length));
    for (const id of touched) {
      pairs[nPairs++] = id;
      pairs[nPairs++] = st.counts[id];
      st.df[id]++;
      st.counts[id] = 0;
    }
  }
  const nTerms = st.nTerms;
  const df = st.df;
  pairStart[n] = nPairs;
  // Lay the postings out term by term.
  const offsets = new Int32Array(nTerms + 1);
  for (let id = 0; id < nTerms; id++) offsets[id + 1] = offsets[id] + 2 * df[id];
  const postings = new Int32Array(offsets[nTerms]);
  const cursor = offsets.slice(0, nTerms);
  for (let pid = 0; pid < n; pid++) {
    for (let k = pairStart[pid]; k < pairStart[pid + 1]; k += 2) {
      const id = pairs[k];
      const at = cursor[id];
      postings[at] = pid;
      postings[at + 1] = pairs[k + 1];
      cursor[id] = at + 2;
    }
  }
  const avgdl = n ? total / n : 1;
  return { termIds, offsets, postings, lengths, kindMask, avgdl, lowerSeen: st.lowerSeen, written: st.writtenForms() };
}

/** The indexer's per-passage scan, kept small so the JIT optimises it on its own. */
class ScanState {
  counts = new Int32Array(1024);
  df = new Int32Array(1024);
  /** Terms seen written in lower case at least once (the others are names: "Weaviate", "Meta"). */
  readonly lowerSeen = new Set<number>();
  readonly touched: number[] = [];
  nTerms = 0;
  private readonly raw = new RawWords();
  /** Raw-word entries seen capitalised after a sentence's first word. */
  private readonly capitalisedInside = new Set<number>();
  constructor(private readonly termIds: Map<string, number>) {}

  /** Count the terms of text[start, end) into counts/touched; returns the number of terms. */
  scan(text: string, start: number, end: number): number {
    const touched = this.touched;
    touched.length = 0;
    let len = 0;
    let i = start;
    let first = true;
    const n = text.length;
    while (i < end) {
      let c = text.charCodeAt(i);
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      // the tokenizer's WORD: [A-Za-z0-9À-ɏ]+ (['’][A-Za-z]+)*
      let h = Math.imul(2166136261 ^ c, 16777619);
      let j = i + 1;
      for (;;) {
        while (j < n && isWordChar((c = text.charCodeAt(j)))) {
          h = Math.imul(h ^ c, 16777619);
          j++;
        }
        if ((c === 39 || c === 8217) && j + 1 < n && isAsciiLetter(text.charCodeAt(j + 1))) {
          h = Math.imul(h ^ c, 16777619);
          j++;
          while (j < n && isAsciiLetter((c = text.charCodeAt(j)))) {
            h = Math.imul(h ^ c, 16777619);
            j++;
          }
          continue;
        }
        break;
      }
      const slot = this.raw.find(text, i, j, h);
      const id = slot >= 0 ? this.raw.value[slot] : this.learn(text.slice(i, j), -1 - slot, h);
      // capitalised after the sentence's first word: a sign of a name (passages are sentences)
      const c0 = text.charCodeAt(i);
      if (!first && c0 >= 65 && c0 <= 90) this.capitalisedInside.add(slot >= 0 ? slot : this.raw.size - 1);
      first = false;
      i = j;
      if (id < 0) continue;
      len++;
      if (this.counts[id]++ === 0) touched.push(id);
    }
    return len;
  }

  /** The written forms of every raw word seen (see WrittenForms). */
  writtenForms(): WrittenForms {
    const lower = new Set<string>();
    const capitalisedInside = new Set<string>();
    this.raw.forEach((key, e) => {
      const c = key.charCodeAt(0);
      if (c >= 97 && c <= 122) lower.add(key);
      else if (this.capitalisedInside.has(e)) capitalisedInside.add(key.toLowerCase());
    });
    return { lower, capitalisedInside };
  }

  /** A raw word seen for the first time: its term id (new terms get one), -1 when not a term. */
  private learn(word: string, slot: number, h: number): number {
    const t = termOf(word);
    let id = -1;
    if (t !== '') {
      const known = this.termIds.get(t);
      if (known !== undefined) id = known;
      else {
        id = this.nTerms++;
        this.termIds.set(t, id);
        if (id >= this.counts.length) {
          this.counts = grow(this.counts, this.counts.length * 2);
          this.df = grow(this.df, this.df.length * 2);
        }
      }
    }
    if (id >= 0) {
      const c = word.charCodeAt(0);
      if (c >= 97 && c <= 122) this.lowerSeen.add(id);
    }
    this.raw.add(slot, word, h, id);
    return id;
  }
}

function grow(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Open-addressing table of raw words (as written) → term id (-1: not a term), keyed by an FNV
 * hash computed while scanning, so known words are found without creating a substring.
 */
class RawWords {
  private cap = 1 << 14;
  private slots = new Int32Array(this.cap).fill(-1);
  private hashes: number[] = [];
  readonly keys: string[] = [];
  readonly value: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  forEach(f: (key: string, entry: number) => void): void {
    this.keys.forEach(f);
  }

  /** Entry index of text[i, j) with hash h, or -1 - (the free slot where it would go). */
  find(text: string, i: number, j: number, h: number): number {
    const mask = this.cap - 1;
    const len = j - i;
    for (let k = h & mask; ; k = (k + 1) & mask) {
      const e = this.slots[k];
      if (e < 0) return -1 - k;
      if (this.hashes[e] !== h) continue;
      const key = this.keys[e];
      if (key.length !== len) continue;
      let q = 0;
      while (q < len && key.charCodeAt(q) === text.charCodeAt(i + q)) q++;
      if (q === len) return e;
    }
  }

  /** Add an entry in the free slot `slot` (from find); returns the entry index. */
  add(slot: number, key: string, h: number, value: number): number {
    const e = this.keys.length;
    this.keys.push(key);
    this.hashes.push(h);
    this.value.push(value);
    this.slots[slot] = e;
    if (this.keys.length * 2 > this.cap) this.grow();
    return e;
  }

  private grow(): void {
    this.cap *= 2;
    this.slots = new Int32Array(this.cap).fill(-1);
    const mask = this.cap - 1;
    for (let e = 0; e < this.keys.length; e++) {
      let k = this.hashes[e] & mask;
      while (this.slots[k] >= 0) k = (k + 1) & mask;
      this.slots[k] = e;
    }
  }
}
