// The search index in layers, so that a saved source costs what its own words cost, not what the
// corpus costs. A base (`Postings` made whole: a build, a cache load, a worker's merge) is never
// changed; over it, after each small change of the sources:
// - `toNow`: each base passage's id in the current numbering (-1: its source changed or left), so
//   the base's lists are read through it instead of being renumbered;
// - a delta: the postings of the passages that came since the base, numbered now (small);
// - the per-term counts (df, lower-case occurrences), per-passage lengths and figure kinds, and the
//   written forms' counts as they are now (copied arrays, or small maps of differences).
// A passage is in the base or in the delta, never both, and lists are only ever summed over, so
// every BM25 score, document frequency and name test equals a full build's (test/unit/
// index-layers.test.ts). Past a share of the corpus changed since the base (workspace/policy.ts
// MERGE_AHEAD_SHARE, in the background; LAYERED_MAX_SHARE, at once) the layers are merged: the
// base's update is made whole on the worker (`sinceBase`: the change from the base, which the
// worker keeps).
import { kindBit } from './figures';
import { grow, keptColumns, ScanState, updatePostings, type Postings, type TermIdTable } from './indexer';
import { passageCountOf } from './lazyPassages';
import { PostingCursor, PostingWriter } from './postingList';
import type { Steps } from './steps';
import type { Passage, Source } from './types';

export interface LayeredPostings {
  /** Postings made whole, numbered as their passages were then. Never changed. */
  base: Postings;
  /** The sources `base` was made of (their passages, in order, are its passages). */
  baseSources: readonly Source[];
  /** Per base passage, its id now; -1 when its source changed or left. */
  toNow: Int32Array;
  /** Terms met since the base, with ids from the base's count of terms on. */
  extraTerms: ReadonlyMap<string, number>;
  nTerms: number;
  /** The passages that came since the base: their postings, numbered now, per term id (nTerms + 1 offsets; postingList.ts). */
  offsets: Int32Array;
  postings: Uint8Array;
  /** Per term id, as now: the passages holding it, its occurrences written in lower case. */
  df: Int32Array;
  lowerCount: Int32Array;
  /** Per passage now: its number of terms, its figures' comparability bits. */
  lengths: Uint32Array;
  kindMask: Uint8Array;
  totalLength: number;
  avgdl: number;
  /** What to add to the base's written forms (counts may be negative; see indexer.ts WrittenForms). */
  writtenDelta: { lower: ReadonlyMap<string, number>; capitalisedInside: ReadonlyMap<string, number> };
  /**
   * The base's passages gone and the delta's passages (a source saved again and again counts once):
   * past a share of the corpus, the layers are merged.
   */
  changed: number;
  /** The ids now of the passages in the delta (those not in the base), ascending. */
  addedPids: Int32Array;
}

/** Passages scanned between two steps. */
const SCAN_STEP_PASSAGES = 64;

/** Postings made whole, as layers with nothing over them (`sources`: those they were made of, numbered as in their corpus). */
export function layersOf(base: Postings, sources: readonly Source[]): LayeredPostings {
  const n = base.lengths.length;
  const nTerms = base.offsets.length - 1;
  const toNow = new Int32Array(n);
  const total = identityAndTotal(base.lengths, toNow);
  return {
    base,
    baseSources: sources,
    toNow,
    extraTerms: new Map(),
    nTerms,
    offsets: new Int32Array(nTerms + 1),
    postings: new Uint8Array(0),
    df: base.df,
    lowerCount: base.lowerCount,
    lengths: base.lengths,
    kindMask: base.kindMask,
    totalLength: total,
    avgdl: base.avgdl,
    writtenDelta: { lower: new Map(), capitalisedInside: new Map() },
    changed: 0,
    addedPids: new Int32Array(0),
  };
}

/**
 * Fills `toNow` with the identity and sums `lengths` (each passage's length), in a function of its
 * own over the two arrays alone: the loop runs once per start over every passage (938,678 at 100
 * MB), so it runs as V8 compiles it while it runs (on-stack replacement). Inside `layersOf`, whose
 * code after the loop reads the postings object, that compilation was abandoned again and again
 * ("maps became deprecated during optimization") in a warm `grounded check` whose bundle came from
 * the code cache, and the loop ran interpreted: 70–120 ms, here 5 ms (session 38).
 */
function identityAndTotal(lengths: Uint32Array, toNow: Int32Array): number {
  let total = 0;
  for (let pid = 0; pid < lengths.length; pid++) {
    toNow[pid] = pid;
    total += lengths[pid];
  }
  return total;
}

/** A term's id in the layers (undefined: never met). */
export function termIdOf(l: LayeredPostings, term: string): number | undefined {
  return l.base.termIds.get(term) ?? l.extraTerms.get(term);
}

/** Every term ever met (some may have no passage left: df 0). */
export function* termsOf(l: LayeredPostings): Generator<string> {
  yield* l.base.termIds.keys();
  yield* l.extraTerms.keys();
}

/** How often a form is written now (lower case, or capitalised inside sentences). */
export function writtenCount(l: LayeredPostings, lower: boolean, form: string): number {
  const base = lower ? l.base.written.lower : l.base.written.capitalisedInside;
  const delta = lower ? l.writtenDelta.lower : l.writtenDelta.capitalisedInside;
  return (base.get(form) ?? 0) + (delta.get(form) ?? 0);
}

/** Per passage of the previous layers' numbering, its id in the next (composed). */
function compose(toNow: Int32Array, oldToNew: Int32Array): Int32Array {
  const out = new Int32Array(toNow.length);
  for (let b = 0; b < toNow.length; b++) {
    const t = toNow[b];
    out[b] = t >= 0 ? oldToNew[t] : -1;
  }
  return out;
}

/**
 * The layers after a change of some sources, in steps (a step per SCAN_STEP_PASSAGES passages
 * scanned): `removed` (passages of `prevSources`, the previous corpus) are scanned to take their
 * words' counts away, the `added` ranges of the new corpus's passages are scanned into the delta,
 * and every other passage keeps its postings, read through the composed numbering (`oldToNew`: the
 * new id of each previous passage, -1 for those removed). `prev` is not changed.
 */
export function* updateLayers(
  prev: LayeredPostings,
  prevSources: readonly Source[],
  removed: readonly Passage[],
  sources: readonly Source[],
  n: number,
  passage: (pid: number) => Passage,
  added: readonly [number, number][],
  oldToNew: Int32Array,
): Steps<LayeredPostings> {
  const baseIds = prev.base.termIds;
  const extra = new Map(prev.extraTerms);
  const table: TermIdTable = { get: (t) => baseIds.get(t) ?? extra.get(t), set: (t, id) => extra.set(t, id) };
  let df = new Int32Array(prev.nTerms + 1024);
  df.set(prev.df.subarray(0, prev.nTerms));
  const lowerCount = new Int32Array(prev.nTerms + 1024);
  lowerCount.set(prev.lowerCount.subarray(0, prev.nTerms));
  const written = { lower: new Map(prev.writtenDelta.lower), capitalisedInside: new Map(prev.writtenDelta.capitalisedInside) };
  const addForm = (lower: boolean, form: string, by: number) => {
    const m = lower ? written.lower : written.capitalisedInside;
    const v = (m.get(form) ?? 0) + by;
    if (v !== 0) m.set(form, v);
    else m.delete(form);
  };
  let total = prev.totalLength;
  // the words of the passages that left, taken away
  const gone = new ScanState(table, lowerCount, prev.nTerms, -1);
  for (let k = 0; k < removed.length; k++) {
    const p = removed[k];
    total -= gone.scan(prevSources[p.source].text, p.start, p.end);
    for (const id of gone.touched) {
      df[id]--;
      gone.counts[id] = 0;
    }
    if (k % SCAN_STEP_PASSAGES === SCAN_STEP_PASSAGES - 1) yield;
  }
  gone.writtenForms((lower, form, by) => addForm(lower, form, -by));
  // the passages kept: their lengths and kinds under their new ids
  const { lengths, kindMask } = keptColumns(prev, oldToNew, n);
  yield;
  // the passages that came: (term, passage, tf) triples, passage after passage
  const st = new ScanState(table, gone.lowerCount, gone.nTerms);
  let fresh = new Int32Array(1 << 12);
  let nFresh = 0;
  let nAdded = 0;
  for (const [from, to] of added) {
    for (let pid = from; pid < to; pid++) {
      const p = passage(pid);
      let mask = 0;
      for (const f of p.figures) mask |= kindBit(f.kind);
      kindMask[pid] = mask;
      const len = st.scan(sources[p.source].text, p.start, p.end);
      lengths[pid] = len;
      total += len;
      if (nFresh + 3 * st.touched.length > fresh.length) fresh = grow(fresh, Math.max(fresh.length * 2, nFresh + 3 * st.touched.length));
      for (const id of st.touched) {
        if (id >= df.length) df = grow(df, Math.max(df.length * 2, id + 1));
        df[id]++;
        fresh[nFresh++] = id;
        fresh[nFresh++] = pid;
        fresh[nFresh++] = st.counts[id];
        st.counts[id] = 0;
      }
      if (++nAdded % SCAN_STEP_PASSAGES === 0) yield;
    }
  }
  st.writtenForms(addForm);
  const nTerms = st.nTerms;
  // the new delta: the previous delta's postings renumbered, merged with the fresh ones, term by term
  const freshAt = new Int32Array(nTerms + 1);
  for (let k = 0; k < nFresh; k += 3) freshAt[fresh[k] + 1]++;
  for (let id = 0; id < nTerms; id++) freshAt[id + 1] += freshAt[id];
  const order = new Int32Array(nFresh / 3);
  const fill = freshAt.slice(0, nTerms);
  for (let k = 0; k < nFresh; k += 3) order[fill[fresh[k]]++] = k; // by term, passages ascending within
  yield;
  const offsets = new Int32Array(nTerms + 1);
  const out = new PostingWriter(prev.postings.length + 2 * nFresh);
  for (let id = 0; id < nTerms; id++) {
    offsets[id] = out.startTerm();
    let j = freshAt[id];
    const jStop = freshAt[id + 1];
    if (id < prev.nTerms && prev.offsets[id] < prev.offsets[id + 1]) {
      const c = new PostingCursor(prev.postings, prev.offsets[id], prev.offsets[id + 1]);
      while (c.next()) {
        const pid = oldToNew[c.pid];
        if (pid < 0) continue;
        for (; j < jStop && fresh[order[j] + 1] < pid; j++) out.add(fresh[order[j] + 1], fresh[order[j] + 2]);
        out.add(pid, c.tf);
      }
    }
    for (; j < jStop; j++) out.add(fresh[order[j] + 1], fresh[order[j] + 2]);
  }
  const postings = out.finish();
  offsets[nTerms] = postings.length;
  yield;
  const toNow = compose(prev.toNow, oldToNew);
  let baseGone = 0;
  for (let b = 0; b < toNow.length; b++) if (toNow[b] < 0) baseGone++;
  // the delta's passages: the previous ones renumbered, and those that came (both ascending)
  const addedPids = new Int32Array(prev.addedPids.length + nAdded);
  let nPids = 0;
  let r = 0;
  let next = added.length ? added[0][0] : -1;
  const takeAdded = (upTo: number) => {
    while (next >= 0 && next < upTo) {
      addedPids[nPids++] = next++;
      if (next >= added[r][1]) next = ++r < added.length ? added[r][0] : -1;
    }
  };
  for (const old of prev.addedPids) {
    const pid = oldToNew[old];
    if (pid < 0) continue;
    takeAdded(pid);
    addedPids[nPids++] = pid;
  }
  takeAdded(Number.POSITIVE_INFINITY);
  return {
    base: prev.base,
    baseSources: prev.baseSources,
    toNow,
    extraTerms: extra,
    nTerms,
    offsets,
    postings,
    df: df.slice(0, nTerms),
    lowerCount: st.lowerCount.slice(0, nTerms),
    lengths,
    kindMask,
    totalLength: total,
    avgdl: n ? total / n : 1,
    writtenDelta: written,
    changed: baseGone + nPids,
    addedPids: addedPids.slice(0, nPids),
  };
}

/** What the change from the base to `toNow` (base passage → id now) is, as updatePostings takes it, for `n` passages now. */
export function sinceBase(l: LayeredPostings, toNow: Int32Array, n: number): { removed: Passage[]; added: [number, number][] } {
  const removed: Passage[] = [];
  const covered = new Uint8Array(n);
  let b = 0;
  for (const s of l.baseSources) {
    // a source's passages are made (lazyPassages.ts) only when one of them left
    const count = passageCountOf(s);
    for (let k = 0; k < count; k++, b++) {
      if (toNow[b] < 0) removed.push(s.passages[k]);
      else covered[toNow[b]] = 1;
    }
  }
  const added: [number, number][] = [];
  for (let pid = 0; pid < n; pid++) {
    if (covered[pid]) continue;
    const from = pid;
    while (pid + 1 < n && !covered[pid + 1]) pid++;
    added.push([from, pid + 1]);
  }
  return { removed, added };
}

/** The base's update to a further change `oldToNew` of the sources (previous layers' passage → new id): what the worker makes whole. */
export function baseUpdate(l: LayeredPostings, oldToNew: Int32Array, n: number) {
  const toNow = compose(l.toNow, oldToNew);
  return { prev: l.base, prevSources: l.baseSources, ...sinceBase(l, toNow, n), oldToNew: toNow };
}

/** The layers made whole (what a full build of these sources makes): the base itself when nothing changed. */
export function flatten(l: LayeredPostings, sources: readonly Source[], passages: readonly Passage[]): Postings {
  if (l.changed === 0) return l.base;
  const { removed, added } = sinceBase(l, l.toNow, passages.length);
  return updatePostings(l.base, l.baseSources, removed, sources, passages, added, l.toNow);
}
