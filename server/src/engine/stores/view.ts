// The synchronous PassageStore of one check pass over a remote base (catalog.ts): it answers from
// what has been fetched, computing exactly what the embedded index (corpus.ts) computes — the same
// BM25 (k1, b, the base's passage count and average length, each term's document frequency, the
// same pruning of common terms, ties by passage id) — and records everything it lacks as a miss.
// A pass with misses is thrown away; the pass that has none gives the embedded index's answers.
import { kindBit } from '../figures';
import { PREFIX_EXPANSIONS, PREFIX_WEIGHT } from '../corpus';
import { BM25_B as B, BM25_K1 as K1, COMMON_TERM_MIN_DF, COMMON_TERM_RARITY } from '../check/policy';
import type { DerivedKey, FigureAt, KeyResolution, PassageStore, Scope, Scored, WeightedTerm } from '../store';
import { derivedIn } from '../store';
import type { Token, Tokenizer } from '../text';
import type { Figure, FigureKind, Passage, Source } from '../types';
import type { Catalog, LazySource, Misses, Posting } from './catalog';
import type { PostingFilter } from './remote';

/**
 * A search's figures ("350,000") are looked for in the value index within this factor of their
 * value, which holds every figure they could agree with (agreement allows a tenth, hedges and
 * ranges a little more; a vague figure such as "tens of billions" spans a factor of ten)…
 */
export const SEARCH_FIGURE_SPAN = 10;
/** …and at most this many figures a query figure (the nearest values first is not promised: by value). */
export const SEARCH_FIGURE_ROWS = 2_000;

/** The key of a posting filter (kind bits, only, except: database ids). */
export function filterKey(f: PostingFilter): string {
  return `${f.kinds}|${f.only ? [...f.only].sort((a, b) => a - b).join(',') : '*'}|${f.except ? [...f.except].sort((a, b) => a - b).join(',') : ''}`;
}

export function parseFilterKey(key: string): PostingFilter {
  const [kinds, only, except] = key.split('|');
  const ids = (s: string) => (s ? s.split(',').map(Number) : []);
  return { kinds: Number(kinds), ...(only !== '*' ? { only: ids(only) } : {}), ...(except ? { except: ids(except) } : {}) };
}

export class SnapshotView implements PassageStore {
  private readonly derivedData = new Map<DerivedKey<unknown>, unknown>();

  constructor(
    private readonly cat: Catalog,
    private readonly misses: Misses,
    readonly tokenizer: Tokenizer,
  ) {}

  get sources(): readonly Source[] {
    return this.cat.sources;
  }
  get passageCount(): number {
    return this.cat.passageCount;
  }
  get figureCount(): number {
    return this.cat.figureCount;
  }

  resolveKey(key: string): KeyResolution {
    return this.cat.keys.resolve(key);
  }
  shortKey(source: Source): string {
    return this.cat.keys.shortKey(source);
  }
  prefixKey(source: Source): string {
    return this.cat.keys.prefixKey(source);
  }

  passage(pid: number): Passage {
    const ord = this.cat.sourceOfPid(pid);
    const index = pid - this.cat.base[ord];
    return this.cat.sources[ord].passages[index] ?? { source: ord, index, start: 0, end: 0, paragraph: 0, line: 0, text: '', figures: [] };
  }

  sourcePassage(source: number, index: number): Passage | undefined {
    return this.cat.sources[source]?.passages[index];
  }

  pid(p: Passage): number {
    return this.cat.base[p.source] + p.index;
  }

  passageTokens(pid: number): readonly Token[] {
    const hit = this.cat.tokens.get(pid);
    if (hit) return hit;
    const p = this.passage(pid);
    const src = this.cat.sources[p.source];
    const toks = this.tokenizer.tokenize(src.text, p.start, p.end);
    if (src.loaded) this.cat.tokens.set(pid, toks); // a fetched source's words never change
    return toks;
  }

  passageTerms(pid: number): ReadonlyMap<string, number> {
    const hit = this.cat.terms.get(pid);
    if (hit) return hit;
    const p = this.passage(pid);
    const src = this.cat.sources[p.source];
    const tf = new Map<string, number>();
    for (const t of this.tokenizer.terms(src.text, p.start, p.end, [])) tf.set(t, (tf.get(t) ?? 0) + 1);
    if (src.loaded) this.cat.terms.set(pid, tf);
    return tf;
  }

  /** A term's document frequency; undefined (a miss) when not fetched. */
  private df(term: string): number | undefined {
    const s = this.cat.termStats.get(term);
    if (!s) this.misses.terms.add(term);
    return s?.df;
  }

  idf(term: string): number {
    const df = this.df(term) ?? 0;
    const n = this.cat.passageCount;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  has(term: string): boolean {
    return (this.df(term) ?? 0) > 0;
  }

  isName(term: string): boolean {
    const s = this.cat.termStats.get(term);
    if (!s) this.misses.terms.add(term);
    return !!s && s.df > 0 && !s.lower;
  }

  writtenAs(low: string): 'name' | 'word' | 'opener' | 'unseen' {
    const w = this.cat.wordStats.get(low);
    if (!w) this.misses.words.add(low);
    if (w?.lower) return 'word';
    if (w?.capitalisedInside) return 'name';
    return this.has(this.tokenizer.termOf(low)) ? 'opener' : 'unseen';
  }

  figureCandidates(query: readonly WeightedTerm[], kind: FigureKind, scope: Scope, limit: number): Scored[] {
    const bit = kindBit(kind);
    if (scope.only) {
      // every passage of the cited sources with a comparable figure, scored directly (corpus.ts
      // scores a large scope through its postings: the same sums in the same order)
      const pids: number[] = [];
      const lens = new Map<number, number>();
      for (const src of scope.only) {
        const s = this.cat.sources[src.index] as LazySource;
        const kinds = s.kinds;
        const base = this.cat.base[src.index];
        for (let i = 0; i < kinds.length; i++) {
          if (kinds[i] & bit) {
            pids.push(base + i);
            lens.set(base + i, s.lengths[i]);
          }
        }
      }
      return this.bm25Of(query, pids, lens, limit);
    }
    return this.bm25(query, limit, { kinds: bit, except: this.ids(scope.except) });
  }

  passageCandidates(query: readonly WeightedTerm[], scope: Scope, limit: number): Scored[] {
    return this.bm25(query, limit, { kinds: 0, only: scope.only?.map((s) => this.cat.ids[s.index]), except: this.ids(scope.except) });
  }

  /** corpus.ts search: the last word expanded to the base's most frequent terms with its prefix. */
  search(query: string, limit = 20, allowSource?: (source: number) => boolean): Scored[] {
    const toks = this.tokenizer.tokenize(query);
    const terms: WeightedTerm[] = [];
    const raw = query.trimEnd();
    const endsInWord = /[\p{L}\p{N}]$/u.test(raw);
    let known = true;
    toks.forEach((t, i) => {
      const last = i === toks.length - 1 && endsInWord && t.end === raw.length;
      if (!last) return void terms.push({ term: t.term, weight: 1 });
      const expanded = this.expandPrefix(raw.slice(t.start, t.end).toLowerCase());
      if (!expanded) return void (known = false);
      if (!expanded.includes(t.term) && this.has(t.term)) expanded.unshift(t.term);
      for (const e of expanded) terms.push({ term: e, weight: e === t.term ? 1 : PREFIX_WEIGHT });
    });
    if (!known) return [];
    const allow = allowSource ? (pid: number) => allowSource(this.cat.sourceOfPid(pid)) : undefined;
    return this.bm25(terms, limit, { kinds: 0 }, allow);
  }

  /** The base's terms with this prefix (a copy), or undefined (a miss) when not fetched. */
  private expandPrefix(prefix: string): string[] | undefined {
    const got = this.cat.prefixes.get(`${prefix}\0${PREFIX_EXPANSIONS}`);
    if (!got) this.misses.prefixes.set(prefix, PREFIX_EXPANSIONS);
    return got && [...got];
  }

  /**
   * Passages with a figure of a comparable kind within a factor SEARCH_FIGURE_SPAN of one of these
   * (the value index; at most SEARCH_FIGURE_ROWS a figure): the search checks each for agreement.
   */
  passagesStating(figures: readonly Figure[]): number[] {
    const pids = new Set<number>();
    for (const f of figures) {
      const ends = [f.value, f.high ?? f.value].map(Math.abs);
      const lo = Math.min(...ends) / SEARCH_FIGURE_SPAN;
      const hi = Math.max(...ends) * SEARCH_FIGURE_SPAN;
      const hits = f.value < 0 ? this.figuresBetween(f.kind, -hi, -lo, SEARCH_FIGURE_ROWS) : this.figuresBetween(f.kind, lo, hi, SEARCH_FIGURE_ROWS);
      for (const h of hits) pids.add(h.pid);
    }
    return [...pids].sort((a, b) => a - b);
  }

  figuresBetween(kind: FigureKind, lo: number, hi: number, limit: number): FigureAt[] {
    const kinds = kindBit(kind);
    const key = `${kinds}|${lo}|${hi}|${limit}`;
    const rows = this.cat.figures.get(key);
    if (!rows) {
      this.misses.figures.set(key, { kinds, lo, hi, limit });
      return [];
    }
    const out: FigureAt[] = [];
    for (const { pid, at } of rows) {
      const figure = this.passage(pid).figures[at];
      if (figure) out.push({ pid, figure, at });
    }
    return out;
  }

  derived<T>(key: DerivedKey<T>): T {
    return derivedIn(this.derivedData, key, this);
  }

  private ids(except: ReadonlySet<number> | undefined): number[] | undefined {
    return except && except.size ? [...except].map((i) => this.cat.ids[i]) : undefined;
  }

  /** corpus.ts bm25Of with keepUnmatched: the given passages, each scored on every query term. */
  private bm25Of(query: readonly WeightedTerm[], pids: readonly number[], lens: ReadonlyMap<number, number>, limit: number): Scored[] {
    const idf = query.map((q) => this.idf(q.term));
    const out: Scored[] = [];
    for (const pid of pids) {
      const tf = this.passageTerms(pid);
      const dl = lens.get(pid)!;
      let score = 0;
      for (let i = 0; i < query.length; i++) {
        const f = tf.get(query[i].term);
        if (f) score += (idf[i] * query[i].weight * (f * (K1 + 1))) / (f + K1 * (1 - B + (B * dl) / this.cat.avgdl));
      }
      out.push({ pid, score });
    }
    out.sort((a, b) => b.score - a.score || a.pid - b.pid);
    return out.length > limit ? out.slice(0, limit) : out;
  }

  /** corpus.ts bm25 over the base's postings, read through the filter. */
  private bm25(query: readonly WeightedTerm[], limit: number, filter: PostingFilter, allow?: (pid: number) => boolean): Scored[] {
    let known = true;
    for (const q of query) if (this.df(q.term) === undefined) known = false;
    if (!known) return [];
    const common = Math.max(COMMON_TERM_MIN_DF, this.cat.passageCount / COMMON_TERM_RARITY);
    const rare = query.filter((q) => this.df(q.term)! <= common);
    if (rare.length > 0) query = rare;
    const fk = filterKey(filter);
    const lists = new Map<string, readonly Posting[]>();
    for (const { term } of query) {
      if (this.df(term) === 0 || lists.has(term)) continue;
      const list = this.cat.postings.get(`${term}\0${fk}`);
      if (list) lists.set(term, list);
      else {
        let ask = this.misses.postings.get(fk);
        if (!ask) this.misses.postings.set(fk, (ask = { filterKey: fk, terms: new Set() }));
        ask.terms.add(term);
      }
    }
    if (this.misses.postings.has(fk)) return [];
    const acc = new Map<number, number>();
    for (const { term, weight } of query) {
      const list = lists.get(term);
      if (!list) continue;
      const idf = this.idf(term);
      for (const { pid, tf: f, len: dl } of list) {
        if (allow && !allow(pid)) continue;
        const s = (idf * weight * (f * (K1 + 1))) / (f + K1 * (1 - B + (B * dl) / this.cat.avgdl));
        acc.set(pid, (acc.get(pid) ?? 0) + s);
      }
    }
    const out: Scored[] = [...acc].map(([pid, score]) => ({ pid, score }));
    out.sort((a, b) => b.score - a.score || a.pid - b.pid);
    return out.length > limit ? out.slice(0, limit) : out;
  }
}
