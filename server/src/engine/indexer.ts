// The indexer's single pass over the passages: term ids, the inverted index (postings) for BM25,
// passage lengths, each passage's figure-kind mask, and which terms are ever written in lower
// case (the others are names). Corpus (corpus.ts) is built on what it returns.
import { kindBit } from './figures';
import { PostingCursor, PostingWriter, putVar, varLen } from './postingList';
import { termOf } from './text';
import type { Passage, Source } from './types';
import type { ValueIndex } from './valueIndex';

export interface Postings {
  /**
   * Term → id. Postings in one flat byte array (compressed sparse rows): the postings of term `id`
   * are postings[offsets[id] … offsets[id + 1]), passage gaps and frequencies as varints in
   * ascending passage order (postingList.ts; read with a PostingCursor). After an update
   * (updatePostings) a term may have no postings left (df 0): it is then absent from the corpus.
   */
  termIds: ReadonlyMap<string, number>;
  offsets: Int32Array;
  postings: Uint8Array;
  /** Per term id, the passages that hold it (its number of postings). */
  df: Int32Array;
  /** Terms per passage. */
  lengths: Uint32Array;
  /** Per passage, the OR of its figures' comparability bits (figures.kindBit). */
  kindMask: Uint8Array;
  /** Average passage length. */
  avgdl: number;
  /** Per term id, its occurrences written in lower case: a term never so written is a name ("Weaviate", "Meta"). */
  lowerCount: Int32Array;
  /** Words as written (lower-cased), with their number of occurrences. */
  written: WrittenForms;
  /**
   * The value index of these passages (valueIndex.ts), when it came with them from the cache: what
   * a wrong-source lookup searches, not gathered and sorted again at every start. Not enumerable
   * (persist/postingsBlob.ts): the postings compare and copy as the postings alone.
   */
  readonly values?: ValueIndex;
}

/**
 * How the sources write their words, as raw forms (not stems: "Bates" is not "bat"): the lower-case
 * forms seen, and the forms seen capitalised after a sentence's first word (lower-cased), each with
 * its number of occurrences (never 0: a form no longer seen is left out). A word only ever
 * capitalised inside sentences is a name; one only ever capitalised at their start may be an
 * ordinary word opening them.
 */
export interface WrittenForms {
  lower: ReadonlyMap<string, number>;
  capitalisedInside: ReadonlyMap<string, number>;
}

/**
 * Index passages (global id = position in `passages`) of `sources`, with the tokenizer's terms
 * (text.ts termOf). Each raw word is turned into its term once, here, not through a Tokenizer's
 * cache: that cache is for the words of notes and of the passages a check reads, and would
 * otherwise keep every word of the corpus (megabytes that outlive the index build).
 */
export function buildPostings(sources: readonly Source[], passages: readonly Passage[]): Postings {
  const n = passages.length;
  const termIds = new Map<string, number>();
  const expected = expectedRawWords(passages);
  const st = new ScanState(termIds, new Int32Array(expected), 0, 1, expected);
  return scannedPostings(termIds, st, scanPassages(st, sources, passages, 0, n), n);
}

/** The postings of `n` passages scanned by `st` into `termIds` (their pairs, lengths and kinds in `added`, df the scan's). */
function scannedPostings(termIds: Map<string, number>, st: ScanState, added: Scanned, n: number): Postings {
  const written = { lower: new Map<string, number>(), capitalisedInside: new Map<string, number>() };
  st.addWrittenForms(written, 1);
  const nTerms = st.nTerms;
  const { offsets, postings } = layOut(added, nTerms, n);
  const df = added.df.slice(0, nTerms);
  let total = 0;
  for (let pid = 0; pid < n; pid++) total += added.lengths[pid];
  return { termIds, offsets, postings, df, lengths: added.lengths, kindMask: added.kindMask, avgdl: n ? total / n : 1, lowerCount: st.lowerCount.slice(0, nTerms), written };
}

/**
 * A corpus's postings scanned a piece at a time, each piece the passages that follow the last (a
 * first index's runs made on the index's own thread, workspace/indexer.ts): one scan across the
 * pieces, so `finish` gives what `buildPostings` makes of all the passages at once — no run's scan
 * of its own to join (`SegmentMerger`), and no source held whole until the end.
 */
export class PostingsBuild {
  private readonly termIds = new Map<string, number>();
  /** Made at the first piece, sized for the whole (SCAN_POLICY; grown past it). */
  private st: ScanState | undefined;
  private pairs = new Int32Array(1 << 16);
  private nPairs = 0;
  private pairStart = new Int32Array(1024);
  private lengths = new Uint32Array(1024);
  private kindMask = new Uint8Array(1024);
  private n = 0;

  /**
   * `sources`: about how many sources the passages will come from, all pieces together: the scan's
   * tables are sized at the first piece for that many sources like its own (a scan whose tables
   * grow is compiled again after each growth; SCAN_POLICY).
   */
  constructor(private readonly sources: number) {}

  /** The passages scanned so far. */
  get passages(): number {
    return this.n;
  }

  /** Scan the passages that follow those scanned so far (each `p.source` an index in `sources`). */
  add(sources: readonly Source[], passages: readonly Passage[]): void {
    const k = passages.length;
    if (!this.st) {
      const expected = expectedRawWords(passages, Math.max(1, this.sources / Math.max(1, sources.length)));
      this.st = new ScanState(this.termIds, new Int32Array(expected), 0, 1, expected);
    }
    const s = scanPassages(this.st, sources, passages, 0, k);
    const used = s.pairStart[k];
    if (this.nPairs + used > this.pairs.length) this.pairs = grow(this.pairs, Math.max(this.pairs.length * 2, this.nPairs + used));
    this.pairs.set(s.pairs.subarray(0, used), this.nPairs);
    if (this.n + k + 1 > this.pairStart.length) {
      const size = Math.max(this.pairStart.length * 2, this.n + k + 1);
      this.pairStart = grow(this.pairStart, size);
      const lengths = new Uint32Array(size);
      lengths.set(this.lengths);
      this.lengths = lengths;
      const kindMask = new Uint8Array(size);
      kindMask.set(this.kindMask);
      this.kindMask = kindMask;
    }
    for (let q = 0; q < k; q++) this.pairStart[this.n + q] = this.nPairs + s.pairStart[q];
    this.lengths.set(s.lengths, this.n);
    this.kindMask.set(s.kindMask, this.n);
    this.n += k;
    this.nPairs += used;
    this.pairStart[this.n] = this.nPairs;
  }

  /** The postings of every passage added (once). */
  finish(): Postings {
    const n = this.n;
    const st = (this.st ??= new ScanState(this.termIds, new Int32Array(SCAN_POLICY.minExpectedRawWords), 0));
    const added: Scanned = { pairs: this.pairs, pairStart: this.pairStart, lengths: this.lengths.slice(0, n), kindMask: this.kindMask.slice(0, n), df: st.df };
    return scannedPostings(this.termIds, st, added, n);
  }
}

/** Bounds of the indexer's scan. */
export const SCAN_POLICY = {
  /**
   * The raw words (distinct words as written) a scan is sized for at its start, per square root of
   * the characters of its passages: a vocabulary grows about as the root of a text's length (bbc-news,
   * 5.0 M characters: about 35,500 raw words, 15.8 a root character; the 100 MB scale corpus, made of
   * fewer words, 5.3). Its tables (the raw words, their characters and counts, the terms' counts)
   * are then grown seldom or never: grown from 1,024 entries they doubled five or six times in a
   * build of bbc-news, each a copy and a branch that, first taken after the scan was optimized,
   * deoptimized it (V8 compiled the scan again at every build: `node --trace-deopt`). Memory: the
   * tables a build of that size grows to anyway.
   */
  rawWordsPerRootChar: 18,
  /** …at least (a few short passages) and at most (a scan of gigabytes grows its tables as it goes). */
  minExpectedRawWords: 1024,
  maxExpectedRawWords: 1 << 20,
};

/** The raw words a scan of `passages` is sized for (SCAN_POLICY), or of `times` as many passages like them. */
function expectedRawWords(passages: readonly Passage[], times = 1): number {
  let chars = 0;
  for (const p of passages) chars += p.end - p.start;
  chars *= times;
  const { rawWordsPerRootChar, minExpectedRawWords, maxExpectedRawWords } = SCAN_POLICY;
  return Math.min(maxExpectedRawWords, Math.max(minExpectedRawWords, Math.ceil(rawWordsPerRootChar * Math.sqrt(chars))));
}

/**
 * The scan of one run of consecutive passages by a `SegmentScanner`: what a worker thread sends back
 * for the sources it extracted (workers/extractJob.ts), so that the postings of a corpus are scanned
 * on several threads at once and `mergeSegments` joins the runs, in order, into what `buildPostings`
 * makes of them all. A scanner numbers terms and raw words in the order it first meets them, over
 * all its runs: a run gives the terms and raw words it met first, and its own counts.
 *
 * The run's postings come laid out term by term, as the corpus's lists are (`postingList.ts`), each
 * term's passages of the run numbered from the run's first: a list is its first passage's frequency,
 * then the gap and frequency of each passage after it — the corpus's list of that term in this run
 * but for its first gap, which only the join knows (it depends on the term's last passage in the
 * runs before). So the join places each run's list with one varint and a copy of its bytes, not a
 * varint pair per posting written at random into the whole corpus's postings.
 */
export interface ScannedSegment {
  /** The scanner (its numbering of terms and raw words). */
  scanner: number;
  /** The terms this run met first, by the scanner's ids from `firstTerm` on. */
  newTerms: string[];
  firstTerm: number;
  /** The run's lists, one after another, in `listRows`' order (see above). */
  lists: Uint8Array;
  /**
   * Per list, `LIST_ROW` integers: the scanner's term id, where the list ends in `lists` (it starts
   * where the one before ends), the run's passages (from 0) of its first and its last posting, and
   * its postings. In the order of the scanner's term ids.
   */
  listRows: Int32Array;
  lengths: Uint32Array;
  kindMask: Uint8Array;
  /** Per scanner term id, this run's occurrences written in lower case. */
  lowerCount: Int32Array;
  /** The raw words this run met first (the scanner's entries from `firstRaw` on). */
  newRawWords: string[];
  firstRaw: number;
  /** The raw words this run met, by the scanner's entry, in the order it met them first (an entry met in an earlier run of the scanner may come first in the corpus here). */
  rawMet: Int32Array;
  /** Per entry of `rawMet`, this run's occurrences, and those capitalised inside sentences. */
  rawOccurrences: Int32Array;
  rawCapitalised: Int32Array;
}

/** Integers per list in `ScannedSegment.listRows`: term, end, first passage, last passage, postings. */
export const LIST_ROW = 5;

/** Scans runs of passages one after another, keeping its numbering of terms and raw words (and their terms: a word is stemmed once) between them. */
export class SegmentScanner {
  /** Its terms by id, listed as they are numbered (a run's new terms are a slice: the table is never walked). */
  private readonly terms: string[] = [];
  private readonly st = new ScanState(listedTermIds(this.terms), new Int32Array(1024), 0);
  /** Per term id, while a run's lists are laid out: where its list is written, its first and its last passage in the run. */
  private at = new Int32Array(1024);
  private first = new Int32Array(1024);
  private last = new Int32Array(1024);
  /** Where a run's lists are written before they are packed (grown as needed). */
  private spread = new Uint8Array(1 << 16);
  constructor(readonly id: number) {}

  scan(sources: readonly Source[], passages: readonly Passage[]): ScannedSegment {
    const st = this.st;
    const firstTerm = st.nTerms;
    const firstRaw = st.rawSize;
    st.lowerCount.fill(0);
    st.startRun();
    const s = scanPassages(st, sources, passages, 0, passages.length);
    const { lists, listRows } = this.laidOut(s, passages.length); // (and the run's df set to 0 again)
    const met = st.endRun();
    return {
      scanner: this.id,
      newTerms: this.terms.slice(firstTerm, st.nTerms),
      firstTerm,
      lists,
      listRows,
      lengths: s.lengths,
      kindMask: s.kindMask,
      lowerCount: st.lowerCount.slice(0, st.nTerms),
      newRawWords: st.rawWords(firstRaw),
      firstRaw,
      rawMet: met.entries,
      rawOccurrences: met.occurrences,
      rawCapitalised: met.capitalised,
    };
  }

  /**
   * A run's (term, tf) pairs, passage after passage, laid out term by term (ScannedSegment `lists`),
   * in the order of the scanner's term ids: each term's list written in one pass over the pairs into
   * room for its postings at their largest (`VAR_PAIR_MAX` bytes each: the run's df says how many),
   * then packed. Sets the scan's df (each term's postings in the run) to 0 again.
   */
  private laidOut(s: Scanned, n: number): { lists: Uint8Array; listRows: Int32Array } {
    const st = this.st;
    const nTerms = st.nTerms;
    if (nTerms > this.at.length) {
      const size = Math.max(this.at.length * 2, nTerms);
      this.at = grow(this.at, size);
      this.first = grow(this.first, size);
      this.last = grow(this.last, size);
    }
    const { at, first, last } = this;
    const df = st.df;
    let nLists = 0;
    let room = 0;
    for (let t = 0; t < nTerms; t++) {
      if (df[t] === 0) continue;
      nLists++;
      at[t] = room;
      room += VAR_PAIR_MAX * df[t];
      last[t] = -1;
    }
    if (room > this.spread.length) this.spread = new Uint8Array(Math.max(room, 2 * this.spread.length));
    const spread = this.spread;
    const { pairs, pairStart } = s;
    // each term's first passage of the run as its tf alone, each later one as its gap and tf
    for (let q = 0; q < n; q++) {
      for (let k = pairStart[q]; k < pairStart[q + 1]; k += 2) {
        const t = pairs[k];
        const l = last[t];
        if (l < 0) {
          first[t] = q;
          at[t] = putVar(spread, at[t], pairs[k + 1]);
        } else at[t] = putVar(spread, putVar(spread, at[t], q - l), pairs[k + 1]);
        last[t] = q;
      }
    }
    // packed, with each list's row
    let total = 0;
    room = 0;
    for (let t = 0; t < nTerms; t++) {
      if (df[t] === 0) continue;
      total += at[t] - room;
      room += VAR_PAIR_MAX * df[t];
    }
    const lists = new Uint8Array(total);
    const listRows = new Int32Array(LIST_ROW * nLists);
    let out = 0;
    room = 0;
    for (let t = 0, r = 0; t < nTerms; t++) {
      const count = df[t];
      if (count === 0) continue;
      const end = at[t];
      for (let k = room; k < end; k++) lists[out++] = spread[k];
      room += VAR_PAIR_MAX * count;
      listRows[r] = t;
      listRows[r + 1] = out;
      listRows[r + 2] = first[t];
      listRows[r + 3] = last[t];
      listRows[r + 4] = count;
      r += LIST_ROW;
      df[t] = 0;
    }
    return { lists, listRows };
  }
}

/** The most bytes a posting's gap and tf take as varints (5 each: any value below 2^31). */
const VAR_PAIR_MAX = 10;

/** A table of term ids that also lists each term at its id as it is given one (`terms[id]`). */
function listedTermIds(terms: string[]): TermIdTable {
  const ids = new Map<string, number>();
  return {
    get: (term) => ids.get(term),
    set: (term, id) => {
      ids.set(term, id);
      terms[id] = term;
    },
  };
}

/**
 * The postings of runs scanned apart (`SegmentScanner`), in passage order: exactly `buildPostings`
 * of all their passages (see `SegmentMerger`).
 */
export function mergeSegments(segments: readonly ScannedSegment[]): Postings {
  const m = new SegmentMerger();
  for (const g of segments) m.add(g);
  return m.finish();
}

/**
 * Joins runs scanned apart, added in passage order (as they arrive: the index adds each run while
 * it waits for the next), into exactly `buildPostings` of all their passages: term ids are given in
 * the order terms first appear, run after run (so each run's terms not met before, in the order it
 * met them); counts are sums; written forms are visited in the order raw words first appear, with
 * their totals, as one scan visits them. Each run comes with its lists laid out term by term
 * (`ScannedSegment`): adding a run gives each of its lists its corpus term, its first gap (from the
 * term's last passage in the runs before) and its place's size — a few integers per list, not per
 * posting —, and `finish` writes each list where it goes, its first gap then a copy of its bytes.
 * A run's `listRows` are rewritten in place (the run is the merger's).
 */
export class SegmentMerger {
  private readonly termIds = new Map<string, number>();
  private lowerCount = new Int32Array(1024);
  /** What `finish` reads of each run added (the rest of a run is let go once added). */
  private readonly runs: Pick<ScannedSegment, 'lists' | 'listRows' | 'lengths' | 'kindMask'>[] = [];
  private n = 0;
  /** Per term id: the passages that hold it, the bytes of its list, its last passage so far (-1: none). */
  private df = new Int32Array(1024);
  private listBytes = new Int32Array(1024);
  private last: Int32Array = new Int32Array(1024).fill(-1);
  // raw words: their totals in the order they first appear in the corpus
  private readonly rawAt = new Map<string, number>();
  private readonly rawWords: string[] = [];
  private rawOccurrences = new Int32Array(1024);
  private rawCapitalised = new Int32Array(1024);
  /** Per scanner: its term ids and raw entries → the corpus's (-1: not met yet). */
  private readonly scanners = new Map<number, { terms: Int32Array; raw: Int32Array }>();

  /** The passages added so far. */
  get passages(): number {
    return this.n;
  }

  add(g: ScannedSegment): void {
    const termIds = this.termIds;
    let sc = this.scanners.get(g.scanner);
    if (!sc) this.scanners.set(g.scanner, (sc = { terms: new Int32Array(1024).fill(-1), raw: new Int32Array(1024).fill(-1) }));
    if (g.firstTerm + g.newTerms.length > sc.terms.length) sc.terms = grown(sc.terms, g.firstTerm + g.newTerms.length);
    if (g.firstRaw + g.newRawWords.length > sc.raw.length) sc.raw = grown(sc.raw, g.firstRaw + g.newRawWords.length);
    const local = sc.terms;
    for (let l = 0; l < g.newTerms.length; l++) {
      const t = g.newTerms[l];
      let id = termIds.get(t);
      if (id === undefined) termIds.set(t, (id = termIds.size));
      local[g.firstTerm + l] = id;
    }
    if (termIds.size > this.lowerCount.length) {
      const size = Math.max(this.lowerCount.length * 2, termIds.size);
      this.lowerCount = grow(this.lowerCount, size);
      this.df = grow(this.df, size);
      this.listBytes = grow(this.listBytes, size);
      this.last = grown(this.last, size);
    }
    // each list's corpus term and first gap (in place of the scanner's term and the list's first
    // passage), and the bytes it takes where it goes (passage ids follow the runs before)
    const rows = g.listRows;
    const { df, listBytes, last } = this;
    const base = this.n;
    for (let r = 0, from = 0; r < rows.length; r += LIST_ROW) {
      const id = (rows[r] = local[rows[r]]);
      const gap = (rows[r + 2] = base + rows[r + 2] - last[id]);
      listBytes[id] += varLen(gap) + rows[r + 1] - from;
      from = rows[r + 1];
      last[id] = base + rows[r + 3];
      df[id] += rows[r + 4];
    }
    const lowerCount = this.lowerCount;
    for (let l = 0; l < g.lowerCount.length; l++) if (g.lowerCount[l] !== 0) lowerCount[local[l]] += g.lowerCount[l];
    const raw = sc.raw;
    for (let r = 0; r < g.rawMet.length; r++) {
      const entry = g.rawMet[r];
      let e = raw[entry];
      if (e < 0) {
        const word = g.newRawWords[entry - g.firstRaw];
        e = this.rawAt.get(word) ?? -1;
        if (e < 0) {
          this.rawAt.set(word, (e = this.rawWords.push(word) - 1));
          if (e >= this.rawOccurrences.length) {
            this.rawOccurrences = grow(this.rawOccurrences, this.rawOccurrences.length * 2);
            this.rawCapitalised = grow(this.rawCapitalised, this.rawCapitalised.length * 2);
          }
        }
        raw[entry] = e;
      }
      this.rawOccurrences[e] += g.rawOccurrences[r];
      this.rawCapitalised[e] += g.rawCapitalised[r];
    }
    this.runs.push({ lists: g.lists, listRows: rows, lengths: g.lengths, kindMask: g.kindMask });
    this.n = base + g.lengths.length;
  }

  /** The postings of every run added (once: the runs are let go). */
  finish(): Postings {
    const { termIds, n } = this;
    const nTerms = termIds.size;
    const lengths = new Uint32Array(n);
    const kindMask = new Uint8Array(n);
    // each run's lists where their terms' lists go, run after run: the first gap, then the list's bytes
    const offsets = new Int32Array(nTerms + 1);
    for (let id = 0; id < nTerms; id++) offsets[id + 1] = offsets[id] + this.listBytes[id];
    const postings = new Uint8Array(offsets[nTerms]);
    const cursor = offsets.slice(0, nTerms);
    let pid = 0;
    for (const g of this.runs) {
      const { lists, listRows: rows } = g;
      lengths.set(g.lengths, pid);
      kindMask.set(g.kindMask, pid);
      pid += g.lengths.length;
      for (let r = 0, from = 0; r < rows.length; r += LIST_ROW) {
        const id = rows[r];
        const to = rows[r + 1];
        let at = putVar(postings, cursor[id], rows[r + 2]);
        if (to - from > LONG_LIST) {
          postings.set(lists.subarray(from, to), at);
          at += to - from;
        } else for (let k = from; k < to; k++) postings[at++] = lists[k];
        cursor[id] = at;
        from = to;
      }
    }
    this.runs.length = 0;
    const written = { lower: new Map<string, number>(), capitalisedInside: new Map<string, number>() };
    visitWrittenForms(this.rawWords, this.rawOccurrences, this.rawCapitalised, (lower, key, count) => {
      const m = lower ? written.lower : written.capitalisedInside;
      m.set(key, (m.get(key) ?? 0) + count);
    });
    let total = 0;
    for (let k = 0; k < n; k++) total += lengths[k];
    return { termIds, offsets, postings, df: this.df.slice(0, nTerms), lengths, kindMask, avgdl: n ? total / n : 1, lowerCount: this.lowerCount.slice(0, nTerms), written };
  }
}

/** Past these many bytes a run's list is copied by `set` (a view made), shorter ones byte by byte. */
const LONG_LIST = 64;

/** A copy of `a` at least `size` long, the new entries -1. */
function grown(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(Math.max(size, a.length * 2)).fill(-1);
  b.set(a);
  return b;
}

/** Each written form of raw words (see WrittenForms) with its occurrences: lower case, or capitalised inside sentences (lower-cased). */
function visitWrittenForms(words: readonly string[], occurrences: Int32Array, capitalised: Int32Array, visit: (lower: boolean, key: string, n: number) => void): void {
  words.forEach((key, e) => {
    const c = key.charCodeAt(0);
    if (c >= 97 && c <= 122) {
      if (occurrences[e] > 0) visit(true, key, occurrences[e]);
    } else if (capitalised[e] > 0) visit(false, key.toLowerCase(), capitalised[e]);
  });
}

/** What a scan of passages gives: per passage its terms and their frequencies, its length and figure kinds. */
interface Scanned {
  /** term id, tf pairs, passage after passage. */
  pairs: Int32Array;
  /** Where each passage's pairs start (one more entry: the end). */
  pairStart: Int32Array;
  lengths: Uint32Array;
  kindMask: Uint8Array;
  /** Per term id, the passages scanned that hold it. */
  df: Int32Array;
}

/** Scan `passages[from, to)` (their global ids from 0 on). */
function scanPassages(st: ScanState, sources: readonly Source[], passages: readonly Passage[], from: number, to: number): Scanned {
  const n = to - from;
  const lengths = new Uint32Array(n);
  const kindMask = new Uint8Array(n);
  // One pass per passage: each raw word → term id through a hash table hashed while scanning
  // (no substring per word: a Map keyed by fresh substrings was half the indexing time), term
  // frequencies in a scratch counter indexed by term id (no Map per passage).
  let pairs = new Int32Array(1 << 16);
  let nPairs = 0;
  const pairStart = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) {
    const p = passages[from + k];
    let mask = 0;
    for (const f of p.figures) mask |= kindBit(f.kind);
    kindMask[k] = mask;
    lengths[k] = st.scan(sources[p.source].text, p.start, p.end);
    pairStart[k] = nPairs;
    const touched = st.touched;
    if (nPairs + 2 * touched.length > pairs.length) pairs = grow(pairs, Math.max(pairs.length * 2, nPairs + 2 * touched.length));
    for (const id of touched) {
      pairs[nPairs++] = id;
      pairs[nPairs++] = st.counts[id];
      st.df[id]++;
      st.counts[id] = 0;
    }
  }
  pairStart[n] = nPairs;
  return { pairs, pairStart, lengths, kindMask, df: st.df };
}

/** Lay scanned pairs out term by term (their passages numbered from 0), as varints (postingList.ts). */
function layOut(s: Scanned, nTerms: number, n: number): { offsets: Int32Array; postings: Uint8Array } {
  // the bytes of each term's list first (gaps depend on the previous passage of the term), then the lists
  const last = new Int32Array(nTerms).fill(-1);
  const offsets = new Int32Array(nTerms + 1);
  for (let pid = 0; pid < n; pid++) {
    for (let k = s.pairStart[pid]; k < s.pairStart[pid + 1]; k += 2) {
      const id = s.pairs[k];
      offsets[id + 1] += varLen(pid - last[id]) + varLen(s.pairs[k + 1]);
      last[id] = pid;
    }
  }
  for (let id = 0; id < nTerms; id++) offsets[id + 1] += offsets[id];
  const postings = new Uint8Array(offsets[nTerms]);
  const cursor = offsets.slice(0, nTerms);
  last.fill(-1);
  for (let pid = 0; pid < n; pid++) {
    for (let k = s.pairStart[pid]; k < s.pairStart[pid + 1]; k += 2) {
      const id = s.pairs[k];
      cursor[id] = putVar(postings, putVar(postings, cursor[id], pid - last[id]), s.pairs[k + 1]);
      last[id] = pid;
    }
  }
  return { offsets, postings };
}

/**
 * What a change of some sources makes of the previous postings, without scanning the others again:
 * the passages of the sources that left (`removed`, of the previous corpus) are scanned once more
 * to take their words' counts away, those of the sources that came (`added`: ranges of the new
 * corpus's passages) are scanned and merged in, and every other passage keeps its postings under
 * its new id (`oldToNew`: the new id of each previous passage, -1 for those removed; ascending for
 * the others). `prev` is not changed: the previous corpus may still be answering.
 */
/** The lengths and figure kinds of the passages kept, under their new ids (oldToNew; -1: gone), in columns of n. */
export function keptColumns(prev: Pick<Postings, 'lengths' | 'kindMask'>, oldToNew: Int32Array, n: number): { lengths: Uint32Array; kindMask: Uint8Array } {
  const lengths = new Uint32Array(n);
  const kindMask = new Uint8Array(n);
  for (let old = 0; old < oldToNew.length; old++) {
    const pid = oldToNew[old];
    if (pid < 0) continue;
    lengths[pid] = prev.lengths[old];
    kindMask[pid] = prev.kindMask[old];
  }
  return { lengths, kindMask };
}

export function updatePostings(
  prev: Postings,
  prevSources: readonly Source[],
  removed: readonly Passage[],
  sources: readonly Source[],
  passages: readonly Passage[],
  added: readonly [number, number][],
  oldToNew: Int32Array,
): Postings {
  const n = passages.length;
  const termIds = new Map(prev.termIds);
  const nOld = prev.offsets.length - 1;
  const lowerCount = new Int32Array(Math.max(1024, nOld * 2));
  lowerCount.set(prev.lowerCount);
  const written = { lower: new Map(prev.written.lower), capitalisedInside: new Map(prev.written.capitalisedInside) };
  // take the words of the sources that left away from the counts
  const gone = new ScanState(termIds, lowerCount, nOld, -1);
  for (const p of removed) {
    gone.scan(prevSources[p.source].text, p.start, p.end);
    for (const id of gone.touched) gone.counts[id] = 0;
  }
  gone.addWrittenForms(written, -1);
  // scan the passages that came, range after range, in passage order
  const st = new ScanState(termIds, gone.lowerCount, gone.nTerms);
  const scans: { from: number; s: Scanned }[] = [];
  for (const [from, to] of added) {
    st.df = new Int32Array(st.counts.length);
    scans.push({ from, s: scanPassages(st, sources, passages, from, to) });
  }
  st.addWrittenForms(written, 1);
  const nTerms = st.nTerms;
  // new document frequencies: counted as the postings are merged
  const df = new Int32Array(nTerms);
  const { lengths, kindMask } = keptColumns(prev, oldToNew, n);
  let nFresh = 0;
  for (const { from, s } of scans) {
    s.lengths.forEach((len, k) => (lengths[from + k] = len));
    s.kindMask.forEach((m, k) => (kindMask[from + k] = m));
    nFresh += s.pairStart[s.pairStart.length - 1];
  }
  // the new pairs, laid out by term and then by passage (ranges in passage order)
  const fresh = new Int32Array(nFresh + 2);
  const freshCount = new Int32Array(nTerms + 1);
  for (const { s } of scans) for (let k = 0; k < s.pairStart[s.pairStart.length - 1]; k += 2) freshCount[s.pairs[k] + 1] += 2;
  for (let id = 0; id < nTerms; id++) freshCount[id + 1] += freshCount[id];
  const freshAt = freshCount.slice(0, nTerms);
  for (const { from, s } of scans) {
    for (let k = 0; k + 1 < s.pairStart.length; k++) {
      for (let q = s.pairStart[k]; q < s.pairStart[k + 1]; q += 2) {
        const at = freshAt[s.pairs[q]];
        fresh[at] = from + k;
        fresh[at + 1] = s.pairs[q + 1];
        freshAt[s.pairs[q]] = at + 2;
      }
    }
  }
  // merge, term by term, the old postings (renumbered) and the new, both in ascending passage order
  const offsets = new Int32Array(nTerms + 1);
  const out = new PostingWriter(prev.postings.length + 2 * nFresh);
  for (let id = 0; id < nTerms; id++) {
    offsets[id] = out.startTerm();
    const c = new PostingCursor(prev.postings, id < nOld ? prev.offsets[id] : 0, id < nOld ? prev.offsets[id + 1] : 0);
    let a = nextKept(c, oldToNew);
    let j = freshCount[id];
    const jStop = freshCount[id + 1];
    for (;;) {
      const b = j < jStop ? fresh[j] : -1;
      if (a < 0 && b < 0) break;
      if (b < 0 || (a >= 0 && a < b)) {
        out.add(a, c.tf);
        a = nextKept(c, oldToNew);
      } else {
        out.add(b, fresh[j + 1]);
        j += 2;
      }
      df[id]++;
    }
  }
  const postings = out.finish();
  offsets[nTerms] = postings.length;
  let total = 0;
  for (let pid = 0; pid < n; pid++) total += lengths[pid];
  return { termIds, offsets, postings, df, lengths, kindMask, avgdl: n ? total / n : 1, lowerCount: st.lowerCount.slice(0, nTerms), written };
}

/** The new id of the cursor's next passage that stays (its tf in c.tf), or -1 when none is left. */
function nextKept(c: PostingCursor, oldToNew: Int32Array): number {
  while (c.next()) {
    const pid = oldToNew[c.pid];
    if (pid >= 0) return pid;
  }
  return -1;
}

/** Term → id, as a scan reads and extends it (a Map; or a base map with the terms added since, postingLayers.ts). */
export interface TermIdTable {
  get(term: string): number | undefined;
  set(term: string, id: number): unknown;
}

/** The indexer's per-passage scan, kept small so the JIT optimises it on its own. */
export class ScanState {
  counts: Int32Array;
  df: Int32Array;
  readonly touched: number[] = [];
  private readonly raw: RawWords;
  /** Per raw-word entry: its occurrences, and those capitalised after a sentence's first word. */
  private occurrences: Int32Array;
  private capitalisedInside: Int32Array;
  /** In a run (startRun), the raw entries it met, in the order it met them. */
  private met: number[] | undefined = undefined;
  /**
   * `termIds` (added to), `lowerCount` (per term id, counted by `sign`; grown when full, see the
   * field), `nTerms` the ids given so far; the tables sized for `expected` raw words (grown past them).
   */
  constructor(
    readonly termIds: TermIdTable,
    public lowerCount: Int32Array,
    public nTerms: number,
    private readonly sign = 1,
    expected = SCAN_POLICY.minExpectedRawWords,
  ) {
    this.counts = new Int32Array(Math.max(1024, lowerCount.length));
    this.df = new Int32Array(this.counts.length);
    this.raw = new RawWords(expected);
    this.occurrences = new Int32Array(Math.max(1024, expected));
    this.capitalisedInside = new Int32Array(this.occurrences.length);
  }

  /** Count the terms of text[start, end) into counts/touched; returns the number of terms. */
  scan(text: string, start: number, end: number): number {
    const touched = this.touched;
    touched.length = 0;
    let len = 0;
    let i = start;
    let first = true;
    const n = text.length;
    const cls = CHAR_CLASS;
    while (i < end) {
      let c = text.charCodeAt(i);
      if ((cls[c] & WORD_BIT) === 0) {
        i++;
        continue;
      }
      // the tokenizer's WORD (text.ts wordRegex): [A-Za-z0-9À-ɏ]+ (['’][A-Za-z]+)* — after an
      // apostrophe's letters only another apostrophe goes on ("o'neillé" is "o'neill" and "é")
      let h = Math.imul(2166136261 ^ c, 16777619);
      let j = i + 1;
      while (j < n && (cls[(c = text.charCodeAt(j))] & WORD_BIT) !== 0) {
        h = Math.imul(h ^ c, 16777619);
        j++;
      }
      while ((c === 39 || c === 8217) && j + 1 < n && (cls[text.charCodeAt(j + 1)] & ASCII_LETTER_BIT) !== 0) {
        h = Math.imul(h ^ c, 16777619);
        j++;
        while (j < n && (cls[(c = text.charCodeAt(j))] & ASCII_LETTER_BIT) !== 0) {
          h = Math.imul(h ^ c, 16777619);
          j++;
        }
      }
      const found = this.raw.find(text, i, j, h);
      const e = found >= 0 ? found : this.learn(text.slice(i, j), -1 - found, h);
      const id = this.raw.value(e);
      if (this.occurrences[e]++ === 0 && this.met) this.met.push(e);
      // capitalised after the sentence's first word: a sign of a name (passages are sentences)
      const c0 = text.charCodeAt(i);
      if (!first && c0 >= 65 && c0 <= 90) this.capitalisedInside[e]++;
      first = false;
      i = j;
      if (id < 0) continue;
      if (c0 >= 97 && c0 <= 122) this.lowerCount[id] += this.sign;
      len++;
      if (this.counts[id]++ === 0) touched.push(id);
    }
    return len;
  }

  /** Add (sign 1) or take away (-1) the written forms of every raw word scanned (see WrittenForms). */
  addWrittenForms(w: { lower: Map<string, number>; capitalisedInside: Map<string, number> }, sign: number): void {
    const add = (m: Map<string, number>, k: string, by: number) => {
      const v = (m.get(k) ?? 0) + sign * by;
      if (v > 0) m.set(k, v);
      else m.delete(k);
    };
    this.writtenForms((lower, key, n) => add(lower ? w.lower : w.capitalisedInside, key, n));
  }

  /** Each written form scanned (see WrittenForms) with its occurrences: lower case (`lower`), or capitalised inside sentences. */
  writtenForms(visit: (lower: boolean, key: string, n: number) => void): void {
    visitWrittenForms(this.raw.keys, this.occurrences, this.capitalisedInside, visit);
  }

  get rawSize(): number {
    return this.raw.size;
  }

  /** The raw words from entry `from` on. */
  rawWords(from: number): string[] {
    return this.raw.keys.slice(from);
  }

  /** Begin a run (SegmentScanner): raw counts from zero, the entries met listed. */
  startRun(): void {
    this.occurrences.fill(0);
    this.capitalisedInside.fill(0);
    this.met = [];
  }

  /** End a run: the entries it met, in the order it met them, with its counts. */
  endRun(): { entries: Int32Array; occurrences: Int32Array; capitalised: Int32Array } {
    const entries = Int32Array.from(this.met ?? []);
    this.met = undefined;
    const occurrences = new Int32Array(entries.length);
    const capitalised = new Int32Array(entries.length);
    entries.forEach((e, k) => {
      occurrences[k] = this.occurrences[e];
      capitalised[k] = this.capitalisedInside[e];
    });
    return { entries, occurrences, capitalised };
  }

  /** A raw word seen for the first time: its entry (its term id, -1 when not a term; new terms get one). */
  private learn(word: string, slot: number, h: number): number {
    const t = termOf(word);
    let id = -1;
    if (t !== '') {
      const known = this.termIds.get(t);
      if (known !== undefined) id = known;
      else {
        id = this.nTerms++;
        this.termIds.set(t, id);
      }
      if (id >= this.counts.length) {
        const size = Math.max(this.counts.length * 2, id + 1);
        this.counts = grow(this.counts, size);
        this.df = grow(this.df, size);
      }
      if (id >= this.lowerCount.length) this.lowerCount = grow(this.lowerCount, Math.max(this.lowerCount.length * 2, id + 1));
    }
    const e = this.raw.add(slot, word, h, id);
    if (e >= this.occurrences.length) {
      this.occurrences = grow(this.occurrences, this.occurrences.length * 2);
      this.capitalisedInside = grow(this.capitalisedInside, this.capitalisedInside.length * 2);
    }
    return e;
  }
}

export function grow(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/** A character of the tokenizer's WORD ([A-Za-z0-9À-ɏ]): the rule `CHAR_CLASS` is made from. */
export function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

/** An ASCII letter ([A-Za-z]): the rule `CHAR_CLASS` is made from. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** `CHAR_CLASS` bits: a WORD character (isWordChar), an ASCII letter (isAsciiLetter). */
export const WORD_BIT = 1;
export const ASCII_LETTER_BIT = 2;

/**
 * Per UTF-16 code unit, its `WORD_BIT` and `ASCII_LETTER_BIT`, made once from the two rules above
 * and never written after: the scan's per-character test is one load instead of four range tests,
 * whose mispredicted branches were a third of the tokenizer's time (session 32: 21 → 15 ns a
 * character over the 100 MB corpus's texts). 64 KiB.
 */
export const CHAR_CLASS: Uint8Array = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < t.length; c++) t[c] = (isWordChar(c) ? WORD_BIT : 0) | (isAsciiLetter(c) ? ASCII_LETTER_BIT : 0);
  return t;
})();

/** The characters of a raw word on average, about (bbc-news: 7.1): what `RawWords` sizes its characters for. */
const RAW_WORD_CHARS = 8;

/**
 * Open-addressing table of raw words (as written) → term id (-1: not a term), keyed by an FNV
 * hash computed while scanning, so known words are found without creating a substring. Laid out
 * for a probe's few memory reads (the scan of 100 MB looks up some 17 million words): each slot
 * holds its entry and that entry's hash side by side, and the words' characters lie one after
 * another in one array (`chars`), an entry's start, length and value side by side (`entries`) —
 * no string, no array of objects read on the way (`keys` are for the words' listing only).
 */
class RawWords {
  private cap: number;
  /** Per slot: [entry (-1: free), its hash]. */
  private slots: Int32Array;
  /** Per entry: [start in `chars`, length, value]. */
  private entries: Int32Array;
  private chars: Uint16Array;
  private nChars = 0;
  readonly keys: string[] = [];

  /** Sized for `expected` words (of `RAW_WORD_CHARS` characters on average) before it grows. */
  constructor(expected: number) {
    let cap = 1 << 14;
    while (cap < 2 * expected) cap *= 2;
    this.cap = cap;
    this.slots = new Int32Array(2 * cap).fill(-1);
    this.entries = new Int32Array(3 * Math.max(1024, expected));
    this.chars = new Uint16Array(Math.max(1 << 14, RAW_WORD_CHARS * expected));
  }

  get size(): number {
    return this.keys.length;
  }

  /** The value of entry `e`. */
  value(e: number): number {
    return this.entries[3 * e + 2];
  }

  /** Entry index of text[i, j) with hash h, or -1 - (the free slot where it would go). */
  find(text: string, i: number, j: number, h: number): number {
    const mask = this.cap - 1;
    const len = j - i;
    const slots = this.slots;
    for (let k = h & mask; ; k = (k + 1) & mask) {
      const e = slots[2 * k];
      if (e < 0) return -1 - k;
      if (slots[2 * k + 1] !== h || this.entries[3 * e + 1] !== len) continue;
      const chars = this.chars;
      const at = this.entries[3 * e] - i;
      let q = i;
      while (q < j && chars[at + q] === text.charCodeAt(q)) q++;
      if (q === j) return e;
    }
  }

  /** Add an entry in the free slot `slot` (from find); returns the entry index. */
  add(slot: number, key: string, h: number, value: number): number {
    const e = this.keys.length;
    this.keys.push(key);
    if (3 * e + 3 > this.entries.length) this.entries = grow(this.entries, this.entries.length * 2);
    if (this.nChars + key.length > this.chars.length) {
      const chars = new Uint16Array(Math.max(this.chars.length * 2, this.nChars + key.length));
      chars.set(this.chars);
      this.chars = chars;
    }
    for (let q = 0; q < key.length; q++) this.chars[this.nChars + q] = key.charCodeAt(q);
    this.entries[3 * e] = this.nChars;
    this.entries[3 * e + 1] = key.length;
    this.entries[3 * e + 2] = value;
    this.nChars += key.length;
    this.slots[2 * slot] = e;
    this.slots[2 * slot + 1] = h;
    if (this.keys.length * 2 > this.cap) this.grow();
    return e;
  }

  private grow(): void {
    const old = this.slots;
    this.cap *= 2;
    const slots = (this.slots = new Int32Array(2 * this.cap).fill(-1));
    const mask = this.cap - 1;
    for (let s = 0; s < old.length; s += 2) {
      if (old[s] < 0) continue;
      let k = old[s + 1] & mask;
      while (slots[2 * k] >= 0) k = (k + 1) & mask;
      slots[2 * k] = old[s];
      slots[2 * k + 1] = old[s + 1];
    }
  }
}
