// The source index: every passage of every source, an inverted index for BM25 retrieval, and
// citation-key resolution. The in-memory `PassageStore` (store.ts): the checker and the search
// reach it only through that interface.
//
// Why our own BM25 rather than MiniSearch: the checker ranks passages per figure with
// proximity-weighted query terms, restricted to the cited sources, using the same tokenizer and
// stemmer as the figure context, and the index is built in the same single pass that extracts
// figures. MiniSearch is measured beside it in `npm run bench` as a reference for indexing speed.
import { kindBit } from './figures';
import { BM25_B as B, BM25_K1 as K1, COMMON_TERM_MIN_DF, COMMON_TERM_RARITY, MAX_SCORED_SCOPE_PASSAGES } from './check/policy';
import { buildPostings, type Postings, WrittenForms } from './indexer';
import { PostingCursor } from './postingList';
import { KeyConflict, SourceKeys } from './keys';
import { withIndex } from './sources';
import type { DerivedKey, FigureAt, KeyResolution, PassageStore, Scope, Scored, WeightedTerm } from './store';
import { derivedIn } from './store';
import { Tokenizer, Token } from './text';
import type { FigureKind, Passage, Source } from './types';

export type { KeyResolution, Scored, WeightedTerm } from './store';

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
  /** All passages of all sources, in order; a passage's global id is its index here. */
  readonly passages: Passage[] = [];
  readonly tokenizer: Tokenizer;
  /** Global id of each source's first passage. */
  private readonly base: number[] = [];
  /**
   * Term → id. Postings in one flat array (compressed sparse rows): the postings of term `id` are
   * postings[offsets[id] … offsets[id + 1]) as pid, tf pairs in ascending pid order.
   */
  private readonly termIds: Map<string, number>;
  private readonly offsets: Int32Array;
  private readonly postings: Uint8Array;
  private readonly dfs: Int32Array;
  private readonly lengths: Uint32Array;
  /** Per passage, the OR of its figures' comparability bits (figures.kindBit). */
  private readonly kindMask: Uint8Array;
  private readonly avgdl: number;
  private sortedTerms: string[] | null = null;
  readonly figureCount: number;
  private readonly keys: SourceKeys;
  private readonly tfCache = new Map<number, Map<string, number>>();
  private readonly idfCache = new Map<string, number>();
  private acc: Float64Array | null = null;
  private readonly lowerCount: Int32Array;
  private readonly written: WrittenForms;
  /** Every figure's value, sorted, with its kind bit and place: built on first use. */
  private valueIndex: ValueIndex | null = null;
  private readonly tokenCache = new Map<number, Token[]>();
  private readonly derivedData = new Map<DerivedKey<unknown>, unknown>();

  /** What buildPostings made of the passages (kept between runs by persist/). */
  readonly postingsIndex: Postings;

  /**
   * `tokenizer`: the tokenizer with its caches, e.g. the one of the corpus this one replaces.
   * `postings`: what buildPostings makes of exactly these sources, kept from an earlier run, or a
   * function that makes it of the sources and passages (as numbered here), e.g. by updating the
   * postings of the corpus this one replaces (indexer.ts updatePostings).
   */
  constructor(sources: readonly Source[], tokenizer = new Tokenizer(), postings?: Postings | ((sources: readonly Source[], passages: readonly Passage[]) => Postings)) {
    sources = sources.map((s, i) => (s.index === i ? s : withIndex(s, i)));
    this.sources = sources;
    this.tokenizer = tokenizer;
    let figures = 0;
    for (const s of sources) {
      this.base.push(this.passages.length);
      for (const p of s.passages) {
        this.passages.push(p);
        figures += p.figures.length;
      }
    }
    this.figureCount = figures;
    const ix = (this.postingsIndex = typeof postings === 'function' ? postings(sources, this.passages) : (postings ?? buildPostings(sources, this.passages)));
    this.termIds = ix.termIds;
    this.offsets = ix.offsets;
    this.postings = ix.postings;
    this.dfs = ix.df;
    this.lengths = ix.lengths;
    this.kindMask = ix.kindMask;
    this.lowerCount = ix.lowerCount;
    this.written = ix.written;
    this.avgdl = ix.avgdl;
    this.keys = new SourceKeys(sources);
  }

  get passageCount(): number {
    return this.passages.length;
  }

  passage(pid: number): Passage {
    return this.passages[pid];
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
      const n = this.passages.length;
      v = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      if (this.idfCache.size > MAX_CACHED_IDF) this.idfCache.clear();
      this.idfCache.set(term, v);
    }
    return v;
  }

  /** Is the term a name in this corpus: present, and never written in lower case? */
  writtenAs(low: string): 'name' | 'word' | 'opener' | 'unseen' {
    if (this.written.lower.has(low)) return 'word';
    if (this.written.capitalisedInside.has(low)) return 'name';
    return this.has(this.tokenizer.termOf(low)) ? 'opener' : 'unseen';
  }

  figuresBetween(kind: FigureKind, lo: number, hi: number, limit: number): FigureAt[] {
    const ix = (this.valueIndex ??= buildValueIndex(this.passages));
    const bit = kindBit(kind);
    let a = 0;
    let b = ix.value.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if (ix.value[m] < lo) a = m + 1;
      else b = m;
    }
    const out: FigureAt[] = [];
    for (let i = a; i < ix.value.length && ix.value[i] <= hi && out.length < limit; i++) {
      if (ix.bit[i] & bit) out.push({ pid: ix.pid[i], figure: this.passages[ix.pid[i]].figures[ix.fig[i]], at: ix.fig[i] });
    }
    return out;
  }

  isName(term: string): boolean {
    const id = this.termIds.get(term);
    return id !== undefined && this.dfs[id] > 0 && this.lowerCount[id] === 0;
  }

  /** Number of passages containing the term. */
  private df(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.dfs[id];
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
      const p = this.passages[pid];
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
        for (let i = 0; i < src.passages.length; i++) if (mask[base + i] & bit) pids.push(base + i);
      }
      // a few articles: each passage scored directly; a book: the same scores through the postings
      if (pids.length <= MAX_SCORED_SCOPE_PASSAGES) return this.bm25Of(query, pids, limit, true);
      const only = new Set(scope.only.map((src) => src.index));
      return this.bm25Within(query, pids, (pid) => (mask[pid] & bit) !== 0 && only.has(this.passages[pid].source), limit);
    }
    const except = scope.except;
    return this.bm25(query, limit, (pid) => (mask[pid] & bit) !== 0 && (!except || !except.has(this.passages[pid].source)));
  }

  passageCandidates(query: readonly WeightedTerm[], scope: Scope, limit: number): Scored[] {
    const only = scope.only ? new Set(scope.only.map((s) => s.index)) : null;
    const except = scope.except;
    const allow =
      only || except
        ? (pid: number) => {
            const src = this.passages[pid].source;
            return (!only || only.has(src)) && (!except || !except.has(src));
          }
        : undefined;
    return this.bm25(query, limit, allow);
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
    out.sort((a, b) => b.score - a.score || a.pid - b.pid);
    return out.length > limit ? out.slice(0, limit) : out;
  }

  /**
   * What bm25Of(query, pids, limit, true) gives (the same scores, summed in the same order; the
   * passages that share no word last), through the postings of the query's terms instead of each
   * passage's words: for a scope of thousands of passages, scored again for every figure.
   */
  private bm25Within(query: readonly WeightedTerm[], pids: readonly number[], inScope: (pid: number) => boolean, limit: number): Scored[] {
    if (!this.acc || this.acc.length < this.passages.length) this.acc = new Float64Array(this.passages.length);
    const acc = this.acc;
    const hit: number[] = [];
    for (const { term, weight } of query) {
      const id = this.termIds.get(term);
      if (id === undefined) continue;
      const idf = this.idf(term);
      const c = new PostingCursor(this.postings, this.offsets[id], this.offsets[id + 1]);
      while (c.next()) {
        const pid = c.pid;
        if (!inScope(pid)) continue;
        const f = c.tf;
        const s = (idf * weight * (f * (K1 + 1))) / (f + K1 * (1 - B + (B * this.lengths[pid]) / this.avgdl));
        if (acc[pid] === 0) hit.push(pid);
        acc[pid] += s;
      }
    }
    const out: Scored[] = pids.map((pid) => ({ pid, score: acc[pid] }));
    for (const pid of hit) acc[pid] = 0;
    out.sort((a, b) => b.score - a.score || a.pid - b.pid);
    return out.length > limit ? out.slice(0, limit) : out;
  }

  /**
   * BM25 over passages for weighted query terms. `allow` restricts to some passages (cited
   * sources, passages with comparable figures). Returns the top `limit`, best first.
   */
  private bm25(query: readonly WeightedTerm[], limit: number, allow?: (pid: number) => boolean): Scored[] {
    // Terms in more than ~3% of all passages add little to any score but cost a long walk:
    // leave them out when the query has rarer terms to rank by.
    const common = Math.max(COMMON_TERM_MIN_DF, this.passages.length / COMMON_TERM_RARITY);
    const rare = query.filter((q) => this.df(q.term) <= common);
    if (rare.length > 0) query = rare;
    // Scores accumulate in a reusable array; `hit` lists the passages touched.
    if (!this.acc || this.acc.length < this.passages.length) this.acc = new Float64Array(this.passages.length);
    const acc = this.acc;
    const hit: number[] = [];
    for (const { term, weight } of query) {
      const id = this.termIds.get(term);
      if (id === undefined) continue;
      const idf = this.idf(term);
      const c = new PostingCursor(this.postings, this.offsets[id], this.offsets[id + 1]);
      while (c.next()) {
        const pid = c.pid;
        if (allow && !allow(pid)) continue;
        const f = c.tf;
        const dl = this.lengths[pid];
        const s = (idf * weight * (f * (K1 + 1))) / (f + K1 * (1 - B + (B * dl) / this.avgdl));
        if (acc[pid] === 0) hit.push(pid);
        acc[pid] += s;
      }
    }
    const out: Scored[] = hit.map((pid) => ({ pid, score: acc[pid] }));
    for (const pid of hit) acc[pid] = 0;
    out.sort((a, b) => b.score - a.score || a.pid - b.pid);
    return out.length > limit ? out.slice(0, limit) : out;
  }

  /** Terms of the dictionary that start with `prefix` (for search-as-you-type), most frequent first. */
  private expandPrefix(prefix: string, max = PREFIX_EXPANSIONS): string[] {
    if (!this.sortedTerms) this.sortedTerms = [...this.termIds.keys()].sort();
    const terms = this.sortedTerms;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    const df = (t: string) => this.dfs[this.termIds.get(t)!];
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
      const p = this.passages[pid];
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
    const allow = allowSource ? (pid: number) => allowSource(this.passages[pid].source) : undefined;
    const toks = this.tokenizer.tokenize(query);
    const terms: WeightedTerm[] = [];
    const raw = query.trimEnd();
    const endsInWord = /[A-Za-z0-9]$/.test(raw);
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
    return this.bm25(terms, limit, allow);
  }

  derived<T>(key: DerivedKey<T>): T {
    return derivedIn(this.derivedData, key, this);
  }
}

interface ValueIndex {
  value: Float64Array;
  bit: Uint8Array;
  pid: Int32Array;
  fig: Int32Array;
}

/** Every figure of the passages, sorted by value (one sort; a wrong-source lookup is then a binary search). */
function buildValueIndex(passages: readonly Passage[]): ValueIndex {
  // in columns, and an order of row numbers sorted (ties in passage order, as a stable sort): no
  // object per figure (at 100 MB, 350,000 of them were most of this index's cost)
  let n = 0;
  for (const p of passages) n += p.figures.length;
  const value = new Float64Array(n);
  const bit = new Uint8Array(n);
  const pid = new Int32Array(n);
  const fig = new Int32Array(n);
  let r = 0;
  for (let id = 0; id < passages.length; id++) {
    const figures = passages[id].figures;
    for (let fi = 0; fi < figures.length; fi++, r++) {
      value[r] = figures[fi].value;
      bit[r] = kindBit(figures[fi].kind);
      pid[r] = id;
      fig[r] = fi;
    }
  }
  // each row's place: the first place of its value in the values sorted (a numeric sort, no
  // comparator) plus the rows of that value before it; NaN, which has no place, sorts as before
  const sorted = value.slice().sort();
  if (Number.isNaN(sorted[n - 1])) return valueIndexByComparison(value, bit, pid, fig);
  const used = new Int32Array(n);
  const out: ValueIndex = { value: new Float64Array(n), bit: new Uint8Array(n), pid: new Int32Array(n), fig: new Int32Array(n) };
  for (let i = 0; i < n; i++) {
    const v = value[i];
    let a = 0;
    let b = n;
    while (a < b) {
      const m = (a + b) >> 1;
      if (sorted[m] < v) a = m + 1;
      else b = m;
    }
    const at = a + used[a]++;
    out.value[at] = v;
    out.bit[at] = bit[i];
    out.pid[at] = pid[i];
    out.fig[at] = fig[i];
  }
  return out;
}

function valueIndexByComparison(value: Float64Array, bit: Uint8Array, pid: Int32Array, fig: Int32Array): ValueIndex {
  const order = Array.from(value, (_, i) => i).sort((x, y) => value[x] - value[y]);
  return {
    value: Float64Array.from(order, (i) => value[i]),
    bit: Uint8Array.from(order, (i) => bit[i]),
    pid: Int32Array.from(order, (i) => pid[i]),
    fig: Int32Array.from(order, (i) => fig[i]),
  };
}
