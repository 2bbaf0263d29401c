// The source index: every passage of every source, an inverted index for BM25 retrieval, and
// citation-key resolution. The in-memory `PassageStore` (store.ts): the checker and the search
// reach it only through that interface.
//
// Why our own BM25 rather than MiniSearch: the checker ranks passages per figure with
// proximity-weighted query terms, restricted to the cited sources, using the same tokenizer and
// stemmer as the figure context, and the index is built in the same single pass that extracts
// figures. MiniSearch is measured beside it in `npm run bench` as a reference for indexing speed.
import { kindBit } from './figures';
import { drain, type Steps } from './steps';
import { lowerBound, valueIndexOfFigures, valueIndexSteps, type ValueIndex } from './valueIndex';
import { figureCountOf, passageCountOf, passageOf, textSlice, unmadeRows } from './lazyPassages';
import { BM25_B as B, BM25_K1 as K1, COMMON_TERM_MIN_DF, COMMON_TERM_RARITY, MAX_SCORED_SCOPE_PASSAGES } from './check/policy';
import { buildPostings, type Postings } from './indexer';
import { byScore, ScoreBoard, skipsOf, type PassageFilter, type TermScoring } from './ranking';
import { flatten, layersOf, termIdOf, termsOf, writtenCount, type LayeredPostings } from './postingLayers';
import { KeyConflict, SourceKeys } from './keys';
import { withIndex } from './sources';
import type { DerivedKey, FigureAt, KeyResolution, PassageStore, Scope, Scored, WeightedTerm } from './store';
import { derivedIn } from './store';
import { Tokenizer, Token } from './text';
import type { Figure, FigureKind, Passage, Source } from './types';

export type { KeyResolution, Scored, WeightedTerm } from './store';

/** A posting list shorter than this (bytes) is read whole by a scoped ranking: no skips kept for it. */
const SKIP_MIN_BYTES = 1024;

/** Past these many entries a passage cache starts afresh (bounds memory; values stay the same). */
const MAX_CACHED_TF = 50_000;
const MAX_CACHED_TOKENS = 20_000;
const MAX_CACHED_IDF = 100_000;
/** Search as you type: how many dictionary completions of the last word, and what they weigh. */
export const PREFIX_EXPANSIONS = 30;
export const PREFIX_WEIGHT = 0.7;

export class Corpus implements PassageStore {
  /**
   * The sources, each with its index here: a source given with another index (it was in another
   * corpus) is copied, never changed, so corpora share no mutable state and a check still running
   * on the corpus this one replaces keeps its own numbering.
   */
  readonly sources: readonly Source[];
  readonly tokenizer: Tokenizer;
  /** Global id of each source's first passage (a passage's global id is its place in the sources' order). */
  private readonly base: Int32Array;
  /** Per passage (global id), its source's index: a source's passages are made only when asked (lazyPassages.ts). */
  private readonly sourceOfPid: Int32Array;
  private readonly nPassages: number;
  /** All passages in order, made on first use (`passages`). */
  private list: Passage[] | undefined;
  /** Per source, its number of figures. */
  private readonly sourceFigures: Int32Array;
  /**
   * The search index (postingLayers.ts): postings made whole (the base, read through `toNow`, its
   * passages' ids now) and those of the passages that came since (the delta), the counts per term
   * and the lengths and figure kinds per passage as they are now.
   */
  readonly layers: LayeredPostings;
  /**
   * The layers' `toNow`, or null when it maps every base passage to itself (the postings made whole for these
   * very sources: a build, a cache load): the rankings and the value index then read the base's ids
   * as they are, without a read of `toNow` per posting (a random read of 4 bytes in 3.7 MB at
   * 100 MB, for each of the ~2 million postings a 300-line note's rankings walk).
   */
  private readonly baseToNow: Int32Array | null;
  private readonly basePostings: Uint8Array;
  private readonly baseOffsets: Int32Array;
  private readonly nBaseTerms: number;
  private readonly deltaOffsets: Int32Array;
  private readonly deltaPostings: Uint8Array;
  private readonly dfs: Int32Array;
  private readonly lengths: Uint32Array;
  /** Per passage, the OR of its figures' comparability bits (figures.kindBit). */
  private readonly kindMask: Uint8Array;
  private readonly avgdl: number;
  private sortedTerms: string[] | null = null;
  readonly figureCount: number;
  private readonly keys: SourceKeys;
  private readonly tfCache = new Map<number, Map<string, number>>();
  /** Skips of the long posting lists a scoped ranking has read (key: term id × 2, + 1 for the delta's list). */
  private readonly skipCache = new Map<number, Int32Array>();
  private readonly idfCache = new Map<string, number>();
  /** Scores per passage while a ranking is made (ranking.ts), kept for the next. */
  private board: ScoreBoard | null = null;
  private readonly lowerCount: Int32Array;
  /**
   * Every figure's value, sorted, with its kind bit and place: of the base's passages (numbered as
   * the base, shared with the corpora over the same base; made on first use), and of the delta's
   * (numbered now, made on first use: a few).
   */
  private baseValues: { index: ValueIndex | null; steps?: Steps<ValueIndex> } = { index: null };
  private deltaValues: ValueIndex | null = null;
  private readonly tokenCache = new Map<number, Token[]>();
  private readonly derivedData = new Map<DerivedKey<unknown>, unknown>();

  private flat: Postings | undefined;
  /** Checks a base term's list before its first read (postings from the cache checked when read: ListCheck), or undefined. */
  private readonly lists: ListCheck | undefined;

  /**
   * `tokenizer`: the tokenizer with its caches, e.g. the one of the corpus this one replaces.
   * `postings`: what buildPostings makes of exactly these sources, kept from an earlier run, or
   * layers updated from the previous corpus's (postingLayers.ts updateLayers), or a function that
   * makes it of the sources and passages (as numbered here). `prev`: the corpus this one replaces,
   * whose key tables, and value index of the base, this one shares when they still hold.
   */
  constructor(
    sources: readonly Source[],
    tokenizer = new Tokenizer(),
    postings?: Postings | LayeredPostings | ((sources: readonly Source[], passages: readonly Passage[]) => Postings),
    prev?: Corpus,
    layout?: PassageLayout,
    /** For postings made whole (not layers) whose lists were not checked: each base term's list checked when first read. */
    lists?: ListCheck,
  ) {
    sources = sources.map((s, i) => (s.index === i ? s : withIndex(s, i)));
    this.sources = sources;
    this.tokenizer = tokenizer;
    const lay = layout && layout.sources.length === sources.length && layout.sources.every((s, i) => s === sources[i]) ? layout : Corpus.layOut(sources, prev);
    this.base = lay.base;
    this.nPassages = lay.passageCount;
    this.sourceOfPid = lay.sourceOfPid;
    this.sourceFigures = lay.sourceFigures;
    this.figureCount = lay.figureCount;
    const made = typeof postings === 'function' ? postings(sources, this.passages) : (postings ?? buildPostings(sources, this.passages));
    const l = (this.layers = 'base' in made ? made : layersOf(made, sources));
    if (!('base' in made)) this.flat = made;
    this.lists = 'base' in made ? undefined : lists;
    // (postings made whole are laid over here with toNow the identity: layersOf)
    this.baseToNow = 'base' in made && !isIdentity(l.toNow) ? l.toNow : null;
    this.basePostings = l.base.postings;
    this.baseOffsets = l.base.offsets;
    this.nBaseTerms = l.base.offsets.length - 1;
    this.deltaOffsets = l.offsets;
    this.deltaPostings = l.postings;
    this.dfs = l.df;
    this.lengths = l.lengths;
    this.kindMask = l.kindMask;
    this.lowerCount = l.lowerCount;
    this.avgdl = l.avgdl;
    this.keys = new SourceKeys(sources, prev?.keys);
    // the base's figures by value hold as long as the base does (read through toNow, as its postings)
    if (prev && prev.layers.base === l.base) this.baseValues = prev.baseValues;
    // …and those kept with the postings in the cache, made of exactly these sources, are theirs (one row per figure)
    else if (l.base.values && l.baseSources === sources && l.base.values.value.length === this.figureCount) this.baseValues = { index: l.base.values };
  }

  /**
   * All passages of all sources, in order (a passage's global id is its index here): every source's
   * passages made. For a build or an update; a check asks `passage(pid)`, which makes its source's only.
   */
  get passages(): Passage[] {
    if (!this.list) {
      const list: Passage[] = new Array(this.nPassages);
      let k = 0;
      for (const s of this.sources) for (const p of s.passages) list[k++] = p;
      this.list = list;
    }
    return this.list;
  }

  /**
   * What buildPostings makes of these passages (kept between runs by persist/): the layers made
   * whole, on first use (an update of the base: it costs about what a build costs).
   */
  get postingsIndex(): Postings {
    return (this.flat ??= flatten(this.layers, this.sources, this.passages));
  }

  private termId(term: string): number | undefined {
    return termIdOf(this.layers, term);
  }

  /**
   * Where each source's passages start among all passages (numbered: each source at its index),
   * the source of each passage, and the figures' counts: from the counts alone, no passage made
   * (lazyPassages.ts); the runs of sources the previous corpus `prev` holds at the same places copy
   * its figure counts, so a save costs its source, not every passage.
   */
  static layOut(sources: readonly Source[], prev?: Corpus): PassageLayout {
    const n = sources.length;
    const base = new Int32Array(n);
    const sourceFigures = new Int32Array(n);
    let count = 0;
    let figureCount = 0;
    for (let i = 0; i < n; i++) {
      const s = sources[i];
      base[i] = count;
      count += passageCountOf(s);
      sourceFigures[i] = prev && i < prev.sources.length && prev.sources[i] === s ? prev.sourceFigures[i] : figureCountOf(s);
      figureCount += sourceFigures[i];
    }
    const sourceOfPid = new Int32Array(count);
    for (let i = 0; i < n; i++) sourceOfPid.fill(i, base[i], i + 1 < n ? base[i + 1] : count);
    return { sources, passageCount: count, base, sourceOfPid, sourceFigures, figureCount };
  }

  /**
   * Make the base's value index a step at a time (the server runs these between requests after an
   * index); a figure asked for before they end finishes them at once. Once per base: the corpora
   * over the same base share it.
   */
  *valueIndexSteps(): Steps<ValueIndex> {
    const b = this.baseValues;
    const l = this.layers;
    b.steps ??= sourcesValueIndexSteps(l.baseSources);
    while (!b.index) {
      const r = b.steps.next();
      if (r.done) b.index = r.value;
      else yield;
    }
    return b.index;
  }

  /**
   * The value index of the passages as numbered now, in steps, to keep with `postingsIndex`: the
   * base's, when the corpus is its base alone (made of these very sources: the same numbering, no
   * delta); else undefined (the postings are kept without one, and the next start makes it).
   */
  *keptValueIndexSteps(): Steps<ValueIndex | undefined> {
    if (this.layers.baseSources !== this.sources) return undefined;
    return yield* this.valueIndexSteps();
  }

  get passageCount(): number {
    return this.nPassages;
  }

  passage(pid: number): Passage {
    if (this.list) return this.list[pid];
    const s = this.sourceOfPid[pid];
    // (of a source not made yet, that passage alone: lazyPassages.ts passageOf)
    return passageOf(this.sources[s], pid - this.base[s])!;
  }

  sourcePassage(source: number, index: number): Passage | undefined {
    const s = this.sources[source];
    return s && passageOf(s, index);
  }

  /** The index of a passage's source, by its global id (no passage made). */
  sourceOf(pid: number): number {
    return this.sourceOfPid[pid];
  }

  /** Global id of a source's first passage. */
  firstPid(source: number): number {
    return this.base[source];
  }

  /** Global passage id of a source's passage. */
  pid(p: Passage): number {
    return this.base[p.source] + p.index;
  }

  /** BM25 inverse document frequency over passages (never negative). */
  idf(term: string): number {
    let v = this.idfCache.get(term);
    if (v === undefined) {
      const df = this.df(term);
      const n = this.nPassages;
      v = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      if (this.idfCache.size > MAX_CACHED_IDF) this.idfCache.clear();
      this.idfCache.set(term, v);
    }
    return v;
  }

  /** Is the term a name in this corpus: present, and never written in lower case? */
  writtenAs(low: string): 'name' | 'word' | 'opener' | 'unseen' {
    if (writtenCount(this.layers, true, low) > 0) return 'word';
    if (writtenCount(this.layers, false, low) > 0) return 'name';
    return this.has(this.tokenizer.termOf(low)) ? 'opener' : 'unseen';
  }

  figuresBetween(kind: FigureKind, lo: number, hi: number, limit: number): FigureAt[] {
    const l = this.layers;
    const base = this.baseValues.index ?? drain(this.valueIndexSteps());
    const delta = (this.deltaValues ??= drain(valueIndexSteps(l.addedPids.length, (k) => this.passage(l.addedPids[k]), (k) => l.addedPids[k])));
    const toNow = this.baseToNow;
    const now = (k: number) => (toNow === null ? base.pid[k] : toNow[base.pid[k]]);
    const bit = kindBit(kind);
    // both in order of value, then passage (toNow keeps the base's order), merged as one index is;
    // the rows of another kind (most of a range: every figure of the value is in it) are passed
    // over in each before the merge compares them — the same rows come out in the same order, as
    // both are sorted — reading only their kind bits, never their passages
    let i = lowerBound(base.value, lo);
    let j = lowerBound(delta.value, lo);
    const out: FigureAt[] = [];
    while (out.length < limit) {
      while (i < base.value.length && base.value[i] <= hi && ((base.bit[i] & bit) === 0 || now(i) < 0)) i++;
      while (j < delta.value.length && delta.value[j] <= hi && (delta.bit[j] & bit) === 0) j++;
      const inBase = i < base.value.length && base.value[i] <= hi;
      const inDelta = j < delta.value.length && delta.value[j] <= hi;
      if (!inBase && !inDelta) break;
      const fromBase = inBase && (!inDelta || base.value[i] < delta.value[j] || (base.value[i] === delta.value[j] && now(i) < delta.pid[j]));
      const pid = fromBase ? now(i) : delta.pid[j];
      const at = fromBase ? base.fig[i++] : delta.fig[j++];
      out.push({ pid, figure: this.figureAt(pid, at), at });
    }
    return out;
  }



  /**
   * The `at`th figure of a passage: of a source whose passages are not made, a copy read from its
   * rows (most figures a range of values finds are then found not to agree: their sources stay unmade).
   */
  private figureAt(pid: number, at: number): Figure {
    const src = this.sourceOfPid[pid];
    const s = this.sources[src];
    const rows = unmadeRows(s);
    return rows ? rows.figure(pid - this.base[src], at, (a, b) => textSlice(s, a, b)) : this.passage(pid).figures[at];
  }

  isName(term: string): boolean {
    const id = this.termId(term);
    return id !== undefined && this.dfOf(id) > 0 && this.lowerCount[id] === 0;
  }

  /** Number of passages containing the term. */
  private df(term: string): number {
    const id = this.termId(term);
    return id === undefined ? 0 : this.dfOf(id);
  }

  /** A term's count of passages (its list checked first, when the lists are checked when read). */
  private dfOf(id: number): number {
    if (this.lists !== undefined && id < this.nBaseTerms) this.lists.check(id);
    return this.dfs[id];
  }

  /** Does the corpus contain this term at all? (An update may leave a term with no postings.) */
  has(term: string): boolean {
    return this.df(term) > 0;
  }

  /** Term frequencies of one passage (cached: the checker scores the same passages again and again). */
  passageTerms(pid: number): Map<string, number> {
    let tf = this.tfCache.get(pid);
    if (!tf) {
      tf = new Map();
      const p = this.passage(pid);
      for (const t of this.tokenizer.terms(this.sources[p.source].text, p.start, p.end, [])) tf.set(t, (tf.get(t) ?? 0) + 1);
      if (this.tfCache.size > MAX_CACHED_TF) this.tfCache.clear();
      this.tfCache.set(pid, tf);
    }
    return tf;
  }

  figureCandidates(query: readonly WeightedTerm[], kind: FigureKind, scope: Scope, limit: number): Scored[] {
    // Passages that hold a figure of a comparable kind (a bit test), then BM25 among them: over the
    // cited sources' passages directly, or over the posting lists for the whole corpus.
    const bit = kindBit(kind);
    const mask = this.kindMask;
    if (scope.only) {
      const pids: number[] = [];
      for (const src of scope.only) {
        const base = this.base[src.index];
        for (let i = 0, n = passageCountOf(src); i < n; i++) if (mask[base + i] & bit) pids.push(base + i);
      }
      // a few articles: each passage scored directly; a book: the same scores through the postings
      if (pids.length <= MAX_SCORED_SCOPE_PASSAGES) return this.bm25Of(query, pids, limit, true);
      const only = new Set(scope.only.map((src) => src.index));
      return this.bm25Within(query, pids, (pid) => (mask[pid] & bit) !== 0 && only.has(this.sourceOfPid[pid]), limit, this.rangesOf(scope.only));
    }
    return this.bm25(query, limit, this.filter(bit, scope.except));
  }

  /** Passages holding a figure of a kind bit (0: any), of sources not in `except`, that `allow` admits. */
  private filter(bit: number, except?: ReadonlySet<number>, allow?: (pid: number) => boolean): PassageFilter {
    let excluded: Uint8Array | null = null;
    if (except && except.size) {
      excluded = new Uint8Array(this.sources.length);
      for (const s of except) if (s >= 0 && s < excluded.length) excluded[s] = 1;
    }
    return { bit, kindMask: this.kindMask, excluded, sourceOfPid: this.sourceOfPid, allow };
  }

  /** How one query term scores passages (BM25 with the corpus's lengths). */
  private scoring(term: string, weight: number): TermScoring {
    return { idf: this.idf(term), weight, k1: K1, b: B, lengths: this.lengths, avgdl: this.avgdl };
  }

  /** Add one term's scores now (the base's postings read through toNow, then the delta's) to the board. */
  private scoreTerm(board: ScoreBoard, id: number, t: TermScoring, filter: PassageFilter): void {
    if (id < this.nBaseTerms) {
      this.lists?.check(id);
      board.addList(this.basePostings, this.baseOffsets[id], this.baseOffsets[id + 1], this.baseToNow, t, filter);
    }
    board.addList(this.deltaPostings, this.deltaOffsets[id], this.deltaOffsets[id + 1], null, t, filter);
  }

  /** scoreTerm for the passages of some ranges of ids only (ScoreBoard.addListIn; the base's ids the passages'). */
  private scoreTermIn(board: ScoreBoard, id: number, t: TermScoring, filter: PassageFilter, ranges: Int32Array): void {
    if (id < this.nBaseTerms) {
      this.lists?.check(id);
      board.addListIn(this.basePostings, this.baseOffsets[id], this.baseOffsets[id + 1], this.skips(2 * id, this.basePostings, this.baseOffsets), ranges, t, filter);
    }
    board.addListIn(this.deltaPostings, this.deltaOffsets[id], this.deltaOffsets[id + 1], this.skips(2 * id + 1, this.deltaPostings, this.deltaOffsets), ranges, t, filter);
  }

  /** A long list's skips (ranking.ts skipsOf), made when first asked and kept; none for a short one. */
  private skips(key: number, bytes: Uint8Array, offsets: Int32Array): Int32Array | null {
    const id = key >> 1;
    const from = offsets[id];
    const to = offsets[id + 1];
    if (to - from < SKIP_MIN_BYTES) return null;
    let s = this.skipCache.get(key);
    if (!s) this.skipCache.set(key, (s = skipsOf(bytes, from, to)));
    return s;
  }

  /** The ranges of passage ids of some sources, ascending and apart, as pairs [from, to). */
  private rangesOf(sources: readonly Source[]): Int32Array {
    const r = sources.map((src) => [this.base[src.index], this.base[src.index] + passageCountOf(src)]).filter(([a, b]) => b > a);
    r.sort((x, y) => x[0] - y[0]);
    const out: number[] = [];
    for (const [a, b] of r) {
      if (out.length && a <= out[out.length - 1]) out[out.length - 1] = Math.max(out[out.length - 1], b);
      else out.push(a, b);
    }
    return Int32Array.from(out);
  }

  private scoreBoard(): ScoreBoard {
    if (!this.board || this.board.acc.length < this.nPassages) this.board = new ScoreBoard(this.nPassages);
    return this.board;
  }

  passageCandidates(query: readonly WeightedTerm[], scope: Scope, limit: number): Scored[] {
    const only = scope.only ? new Set(scope.only.map((s) => s.index)) : null;
    return this.bm25(query, limit, this.filter(0, scope.except, only ? (pid) => only.has(this.sourceOfPid[pid]) : undefined));
  }

  /** BM25 of the given passages only (a citation's few passages): no posting lists walked. */
  private bm25Of(query: readonly WeightedTerm[], pids: Iterable<number>, limit: number, keepUnmatched = false): Scored[] {
    const idf = query.map((q) => this.idf(q.term));
    const out: Scored[] = [];
    for (const pid of pids) {
      const tf = this.passageTerms(pid);
      const dl = this.lengths[pid];
      let score = 0;
      for (let i = 0; i < query.length; i++) {
        const f = tf.get(query[i].term);
        if (f) score += (idf[i] * query[i].weight * (f * (K1 + 1))) / (f + K1 * (1 - B + (B * dl) / this.avgdl));
      }
      if (score > 0 || keepUnmatched) out.push({ pid, score });
    }
    out.sort(byScore);
    return out.length > limit ? out.slice(0, limit) : out;
  }

  /**
   * What bm25Of(query, pids, limit, true) gives (the same scores, summed in the same order; the
   * passages that share no word last), through the postings of the query's terms instead of each
   * passage's words: for a scope of thousands of passages, scored again for every figure.
   */
  private bm25Within(query: readonly WeightedTerm[], pids: readonly number[], inScope: (pid: number) => boolean, limit: number, ranges?: Int32Array): Scored[] {
    const board = this.scoreBoard();
    const filter = this.filter(0, undefined, inScope);
    for (const { term, weight } of query) {
      const id = this.termId(term);
      if (id === undefined) continue;
      // (the scope's sources' ranges of passages only, where the base's ids are the passages': a
      // list read from its skip before each range, not whole)
      if (ranges && this.baseToNow === null) this.scoreTermIn(board, id, this.scoring(term, weight), filter, ranges);
      else this.scoreTerm(board, id, this.scoring(term, weight), filter);
    }
    const acc = board.acc;
    const out: Scored[] = pids.map((pid) => ({ pid, score: acc[pid] }));
    board.take(0);
    out.sort(byScore);
    return out.length > limit ? out.slice(0, limit) : out;
  }

  /**
   * BM25 over passages for weighted query terms. `allow` restricts to some passages (cited
   * sources, passages with comparable figures). Returns the top `limit`, best first.
   */
  private bm25(query: readonly WeightedTerm[], limit: number, filter: PassageFilter): Scored[] {
    // Terms in more than ~3% of all passages add little to any score but cost a long walk:
    // leave them out when the query has rarer terms to rank by.
    const common = Math.max(COMMON_TERM_MIN_DF, this.nPassages / COMMON_TERM_RARITY);
    const rare = query.filter((q) => this.df(q.term) <= common);
    if (rare.length > 0) query = rare;
    // Scores accumulate on a board kept between rankings, term after term; the best `limit` are taken.
    const board = this.scoreBoard();
    for (const { term, weight } of query) {
      const id = this.termId(term);
      if (id !== undefined) this.scoreTerm(board, id, this.scoring(term, weight), filter);
    }
    return board.take(limit);
  }

  /** Terms of the dictionary that start with `prefix` (for search-as-you-type), most frequent first. */
  private expandPrefix(prefix: string, max = PREFIX_EXPANSIONS): string[] {
    if (!this.sortedTerms) this.sortedTerms = [...termsOf(this.layers)].sort();
    const terms = this.sortedTerms;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    const df = (t: string) => this.dfOf(this.termId(t)!);
    for (let i = lo; i < terms.length && terms[i].startsWith(prefix); i++) if (df(terms[i]) > 0) out.push(terms[i]);
    out.sort((a, b) => df(b) - df(a));
    return out.slice(0, max);
  }

  /**
   * Resolve a citation key: a source's front-matter `id`, an alias, its file name without
   * extension, or a unique prefix of that file name (`001` → `001_aeacedd3284d0a2c`).
   */
  resolveKey(key: string): KeyResolution {
    return this.keys.resolve(key);
  }

  /** Keys that name more than one source (an id or alias equal to another source's key…). */
  keyConflicts(): KeyConflict[] {
    return this.keys.conflicts();
  }

  /** Tokens of one passage, with offsets (cached). */
  passageTokens(pid: number): Token[] {
    let toks = this.tokenCache.get(pid);
    if (!toks) {
      const p = this.passage(pid);
      toks = this.tokenizer.tokenize(this.sources[p.source].text, p.start, p.end);
      if (this.tokenCache.size > MAX_CACHED_TOKENS) this.tokenCache.clear();
      this.tokenCache.set(pid, toks);
    }
    return toks;
  }

  /** The shortest key that resolves to this source: its id, or the shortest unique file-name prefix. */
  shortKey(source: Source): string {
    return this.keys.shortKey(source);
  }

  /** The shortest unique prefix of the source's file name that ends at a natural boundary (cached). */
  prefixKey(source: Source): string {
    return this.keys.prefixKey(source);
  }

  /** Search passages for free text (the search palette): BM25 with the last word as a prefix. */
  search(query: string, limit = 20, allowSource?: (source: number) => boolean): Scored[] {
    const allow = allowSource ? (pid: number) => allowSource(this.sourceOfPid[pid]) : undefined;
    const toks = this.tokenizer.tokenize(query);
    const terms: WeightedTerm[] = [];
    const raw = query.trimEnd();
    const endsInWord = /[\p{L}\p{N}]$/u.test(raw);
    toks.forEach((t: Token, i) => {
      const last = i === toks.length - 1 && endsInWord && t.end === raw.length;
      if (last) {
        const prefix = raw.slice(t.start, t.end).toLowerCase();
        const expanded = this.expandPrefix(prefix);
        if (!expanded.includes(t.term) && this.has(t.term)) expanded.unshift(t.term);
        for (const e of expanded) terms.push({ term: e, weight: e === t.term ? 1 : PREFIX_WEIGHT });
      } else terms.push({ term: t.term, weight: 1 });
    });
    // Numbers in the query ("350,000") match the passages that state them.
    return this.bm25(terms, limit, this.filter(0, undefined, allow));
  }

  derived<T>(key: DerivedKey<T>): T {
    return derivedIn(this.derivedData, key, this);
  }
}

/**
 * What checks a term's posting list before it is first read (persist/postingsBlob.ts ListsWhenRead:
 * postings from the cache whose lists were not walked at the load); `check` throws when the list is
 * not whole.
 */
export interface ListCheck {
  check(id: number): void;
}

/** Where a corpus's passages are (Corpus.layOut). */
export interface PassageLayout {
  /** The sources laid out (numbered: each at its index). */
  sources: readonly Source[];
  passageCount: number;
  base: Int32Array;
  sourceOfPid: Int32Array;
  sourceFigures: Int32Array;
  figureCount: number;
}

/**
 * The value index of the base's sources (their passages numbered in order): the figures of a source
 * whose passages are not made read from its rows, never made (lazyPassages.ts).
 */
/** Passages of one source read between two steps of its value index. */
const VALUE_INDEX_PIECE = 4096;

function sourcesValueIndexSteps(sources: readonly Source[]): Steps<ValueIndex> {
  return valueIndexOfFigures((visit) => {
    let first = 0;
    return (function* () {
      for (const s of sources) {
        const rows = unmadeRows(s);
        const n = passageCountOf(s);
        const at = first;
        // a long source (a book) in pieces: a step is a few thousand passages wherever they are
        for (let from = 0; from < n; from += VALUE_INDEX_PIECE) {
          const to = Math.min(n, from + VALUE_INDEX_PIECE);
          if (rows) rows.eachFigure((k, fi, value, kind) => visit(at + k, fi, value, kind), from, to);
          else for (let k = from; k < to; k++) s.passages[k].figures.forEach((f, fi) => visit(at + k, fi, f.value, f.kind));
          yield to - from;
        }
        first += n;
      }
    })();
  });
}

/** Does `map` send every index to itself? */
function isIdentity(map: Int32Array): boolean {
  for (let i = 0; i < map.length; i++) if (map[i] !== i) return false;
  return true;
}
