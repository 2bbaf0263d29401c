// The retrieval layer: the only code of the checker that talks to the index, and only through the
// PassageStore interface (../store.ts). It answers what the checker asks: which source a key
// names, which passages may state a figure or hold a quote, what words a passage has, how telling
// a word is, and it keeps the checker's per-store caches with the store.
import type { DerivedKey, KeyResolution, PassageStore, Scope, Scored, WeightedTerm } from '../store';
import { CHECK_MEMO, reachKey, rankingKey, statingKey, type CheckMemo } from '../memo';
import { SourceFrames } from '../frames/sourceFrames';
import { figuresAgree } from '../figures';
import type { Token } from '../text';
import type { Figure, FigureKind, Passage, Source } from '../types';
import {
  CITED_CANDIDATE_PASSAGES,
  CLOSEST_PASSAGES,
  FIGURE_CANDIDATE_PASSAGES,
  FIGURE_WORDS,
  MAX_QUERY_WORDS,
  QUERY_DECAY,
  QUERY_MIN_WEIGHT,
  QUOTE_CANDIDATE_PASSAGES,
  QUOTE_SCAN_ALL_SOURCES,
  UNKNOWN_WORD_IDF,
} from './policy';

/** Where to look: only some sources (the cited ones), all but some, or everywhere (null). */
export type Where = { only: Source[] } | { except: Set<number> } | null;

/** A passage that may state a figure. */
export interface FigurePassage {
  pid: number;
  passage: Passage;
}

/**
 * The functions a check hands its rules — a term's weight, the one agreement rule at a tolerance —
 * made once per store rather than once a check: V8 keeps a function's optimized code only while a
 * function object made from it lives, so one made for each check is compiled again after every
 * full collection (a language server idle between checks, the bench's cold checks).
 */
class CheckFunctions {
  readonly termWeight: (term: string) => number;
  private readonly agreeing = new Map<number, (a: Figure, b: Figure) => boolean>();

  constructor(store: PassageStore) {
    const memo = store.derived(CHECK_MEMO);
    this.termWeight = (term) => {
      // (the one the memo keeps, engine/memo.ts: a weight reads the term's count of passages,
      // which over a cached index walks and checks the term's whole list when first read — at
      // 100 MB, 590 lists and 9 MB of the cache file for the 300-line note's words, whose
      // rankings the memo keeps)
      const kept = memo.get('weights', term) as number | undefined;
      if (kept !== undefined) return kept;
      const idf = store.idf(term);
      const weight = store.has(term) ? idf : idf * UNKNOWN_WORD_IDF;
      memo.put('weights', term, weight);
      return weight;
    };
  }

  agreeAt(tolerance: number): (a: Figure, b: Figure) => boolean {
    let f = this.agreeing.get(tolerance);
    if (!f) this.agreeing.set(tolerance, (f = (a, b) => figuresAgree(a, b, tolerance)));
    return f;
  }
}
const CHECK_FUNCTIONS: DerivedKey<CheckFunctions> = { name: 'check functions', create: (store) => new CheckFunctions(store) };

/** The store's claim frames: one SourceFrames per store. */
const SOURCE_FRAMES: DerivedKey<SourceFrames> = { name: 'claim frames', create: (store) => new SourceFrames(store) };

export class Retrieval {
  constructor(private readonly store: PassageStore) {}

  get sources(): readonly Source[] {
    return this.store.sources;
  }

  resolveKey(key: string): KeyResolution {
    return this.store.resolveKey(key);
  }

  shortKey(source: Source): string {
    return this.store.shortKey(source);
  }

  prefixKey(source: Source): string {
    return this.store.prefixKey(source);
  }

  sourceOf(p: Passage): Source {
    return this.store.sources[p.source];
  }

  /** A passage's id in the store. */
  pidOf(p: Passage): number {
    return this.store.pid(p);
  }

  /** Tokens of any text (a note's sentence, a title, a quote), by the index's own tokenizer. */
  tokenize(text: string, start = 0, end = text.length): Token[] {
    return this.store.tokenizer.tokenize(text, start, end);
  }

  passageTokens(p: Passage): readonly Token[] {
    return this.store.passageTokens(this.store.pid(p));
  }

  /** Does any source use the term? */
  has(term: string): boolean {
    return this.store.has(term);
  }

  /** Do the sources write the term only capitalised (a name)? */
  isName(term: string): boolean {
    return this.store.isName(term);
  }

  /** How telling a word is: its idf, discounted for words no source uses (often the note's own phrasing). */
  termWeight(term: string): number {
    return this.store.derived(CHECK_FUNCTIONS).termWeight(term);
  }

  /** termWeight as one function for the store's lifetime (CheckFunctions). */
  get weigh(): (term: string) => number {
    return this.store.derived(CHECK_FUNCTIONS).termWeight;
  }

  /** figuresAgree at a tolerance, as one function for the store's lifetime (CheckFunctions). */
  agreeAt(tolerance: number): (a: Figure, b: Figure) => boolean {
    return this.store.derived(CHECK_FUNCTIONS).agreeAt(tolerance);
  }

  /** Passages in reach that hold a figure comparable in kind, best ranked for the query first. */
  figurePassages(query: readonly WeightedTerm[], kind: FigureKind, where: Where): FigurePassage[] {
    const scope: Scope = where ?? {};
    const limit = where && 'only' in where ? CITED_CANDIDATE_PASSAGES : FIGURE_CANDIDATE_PASSAGES;
    const top = this.ranked(() => rankingKey('figures', query, scope, limit, kind), () => this.store.figureCandidates(query, kind, scope, limit));
    return top.map(({ pid }) => ({ pid, passage: this.store.passage(pid) }));
  }

  /**
   * Sources that may hold a quote: in a large corpus, only those whose passages rank for the quote's
   * words (a verbatim quote ranks its own passage first); all of them when the quote has no content
   * words or the set is small.
   */
  quoteSources(quote: string, pool: Source[] | null, except?: Set<number>): readonly Source[] {
    const all = pool ?? this.store.sources;
    const left = () => (except ? all.filter((s) => !except.has(s.index)) : all);
    // (the sources left are listed only when they may be the answer: `except` leaves out no more
    // than its size, so past the bound with all of it left out they are not few — and a quote not
    // found in its cited sources makes no list of the whole corpus but the one its words rank)
    if (all.length - (except?.size ?? 0) <= QUOTE_SCAN_ALL_SOURCES) {
      const list = left();
      if (list.length <= QUOTE_SCAN_ALL_SOURCES) return list;
    }
    const qterms = this.tokenize(quote).slice(0, MAX_QUERY_WORDS);
    if (qterms.length === 0) return left();
    const scope: Scope = pool ? { only: pool, except } : { except };
    const query = equallyWeighted(qterms);
    const top = this.ranked(() => rankingKey('passages', query, scope, QUOTE_CANDIDATE_PASSAGES), () => this.store.passageCandidates(query, scope, QUOTE_CANDIDATE_PASSAGES));
    return [...new Set(top.map((t) => this.store.sources[this.store.passage(t.pid).source]))];
  }

  /** Passages of the scope (or of all sources) that share the most telling words with a quote. */
  closestPassages(quote: string, scope: Source[] | null): Passage[] {
    const qtoks = this.tokenize(quote).slice(0, MAX_QUERY_WORDS);
    if (qtoks.length === 0) return [];
    const query = equallyWeighted(qtoks);
    const where: Scope = scope ? { only: scope } : {};
    const top = this.ranked(() => rankingKey('passages', query, where, CLOSEST_PASSAGES), () => this.store.passageCandidates(query, where, CLOSEST_PASSAGES));
    return top.map(({ pid }) => this.store.passage(pid));
  }

  /**
   * A ranking of the store's: the one the memo keeps for the same arguments (engine/memo.ts), or
   * made (and kept there). Its key is made only when the memo is enabled (the language server's
   * store, and any check without a cache folder, never reads it).
   */
  private ranked(keyOf: () => string, rank: () => Scored[]): readonly Scored[] {
    const memo = this.store.derived(CHECK_MEMO);
    if (!memo.enabled) return rank();
    const key = keyOf();
    const kept = memo.get('rankings', key) as readonly Scored[] | undefined;
    if (kept) return kept;
    const top = rank();
    memo.put('rankings', key, top);
    return top;
  }

  /** A cache of the checker's that lives as long as the store (see DerivedKey). */
  cache<T>(key: DerivedKey<T>): T {
    return this.store.derived(key);
  }

  /** The claim frames of the store's passages (read lazily, kept with the store). */
  get frames(): SourceFrames {
    return this.store.derived(SOURCE_FRAMES);
  }

  /**
   * Figures outside the given sources whose value is within `span` of the note figure's and that
   * state it (the one agreement rule at `tolerance`): from the value index, whatever words surround
   * them. The places found are a function of the corpus and the figure alone, kept by the check memo
   * when it is enabled (engine/memo.ts `stating`): a search made again reads no row of the value
   * index and makes no figure of those that do not agree.
   */
  figuresStating(f: Figure, except: ReadonlySet<number>, span: number, limit: number, tolerance: number): { pid: number; passage: Passage; figure: Figure; at?: number }[] {
    const memo = this.store.derived(CHECK_MEMO);
    const key = memo.enabled ? statingKey(f, span, limit, tolerance) : undefined;
    const kept = key === undefined ? undefined : (memo.get('stating', key) as readonly number[] | undefined);
    if (kept) {
      const out = this.placesKept(kept, except);
      if (out) return out;
    }
    const lo = Math.min(f.value * (1 - span), f.value * (1 + span));
    const hi = Math.max(f.value * (1 - span), f.value * (1 + span));
    const out: { pid: number; passage: Passage; figure: Figure; at?: number }[] = [];
    // (the places that agree, every set-aside source's too, as the memo keeps them: undefined once one has no place to keep)
    let places: number[] | undefined = key === undefined ? undefined : [];
    for (const { pid, figure, at } of this.store.figuresBetween(f.kind, lo, hi, limit)) {
      // agreement first: the passage (its source's passages made) only of a figure that agrees
      if (!figuresAgree(f, figure, tolerance)) continue;
      if (at === undefined) places = undefined;
      else places?.push(pid, at);
      const passage = this.store.passage(pid);
      if (!except.has(passage.source)) out.push({ pid, passage, figure: (at !== undefined ? passage.figures[at] : undefined) ?? figure, at });
    }
    if (key !== undefined && places) memo.put('stating', key, places);
    return out;
  }

  /**
   * Which passages have every name of `names` within their reach, as far as the check memo kept it
   * (engine/memo.ts `reach`) — undefined when the memo is not enabled: each answer a function of the
   * corpus and the names alone (nameReach.ts `mayReachAll`), looked at once for a corpus.
   */
  reachKept(names: readonly string[], leads: ReadonlyMap<string, string> | undefined): ReachKept | undefined {
    const memo = this.store.derived(CHECK_MEMO);
    if (!memo.enabled) return undefined;
    const key = reachKey(names, leads);
    return new ReachKept(memo, key, memo.get('reach', key) as readonly number[] | undefined);
  }

  /** The places a memo kept, as `figuresStating` finds them; undefined when one is not a figure of its passage (then they are found afresh). */
  private placesKept(kept: readonly number[], except: ReadonlySet<number>): { pid: number; passage: Passage; figure: Figure; at?: number }[] | undefined {
    const out: { pid: number; passage: Passage; figure: Figure; at?: number }[] = [];
    for (let i = 0; i + 1 < kept.length; i += 2) {
      const pid = kept[i];
      const at = kept[i + 1];
      const passage = this.store.passage(pid);
      const figure = passage.figures[at];
      if (!figure) return undefined;
      if (!except.has(passage.source)) out.push({ pid, passage, figure, at });
    }
    return out;
  }
}

/** A search's answers of which passages have its names within their reach: those the memo kept, and those found now (kept when the search is done). */
export class ReachKept {
  private readonly known = new Map<number, boolean>();
  private readonly found: number[] = [];

  constructor(
    private readonly memo: CheckMemo,
    private readonly key: string,
    private readonly kept: readonly number[] = [],
  ) {
    for (const x of kept) this.known.set(Math.floor(x / 2), x % 2 === 1);
  }

  /** The answer kept for passage `pid`, if any. */
  get(pid: number): boolean | undefined {
    return this.known.get(pid);
  }

  /** An answer found now. */
  add(pid: number, reached: boolean): void {
    this.known.set(pid, reached);
    this.found.push(pid * 2 + (reached ? 1 : 0));
  }

  /** Keep what was found now with what was kept (nothing new: nothing written). */
  keep(): void {
    if (this.found.length) this.memo.put('reach', this.key, [...this.kept, ...this.found]);
  }
}

function equallyWeighted(toks: readonly Token[]): WeightedTerm[] {
  return toks.map((t) => ({ term: t.term, weight: 1 }));
}

/**
 * The query for a note's figure: the sentence's words weighted by their closeness to the figure,
 * within MAX_QUERY_WORDS either side of it. Figure words (hedges, scale words) and the figure's own
 * words are left out.
 */
export function figureQuery(toks: readonly Token[], f: Figure): WeightedTerm[] {
  // the first token after the figure (binary search: tokens are in order)
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start >= f.end) hi = mid;
    else lo = mid + 1;
  }
  const anchor = lo;
  const qmap = new Map<string, number>();
  for (let i = Math.max(0, anchor - MAX_QUERY_WORDS), stop = Math.min(toks.length, anchor + MAX_QUERY_WORDS); i < stop; i++) {
    const t = toks[i];
    if ((t.start >= f.start && t.end <= f.end) || FIGURE_WORDS.has(t.term)) continue;
    const d = i < anchor ? anchor - i - 1 : i - anchor;
    const w = Math.max(QUERY_MIN_WEIGHT, 1 / (1 + QUERY_DECAY * d));
    qmap.set(t.term, Math.max(qmap.get(t.term) ?? 0, w));
  }
  return [...qmap].map(([term, weight]) => ({ term, weight }));
}
