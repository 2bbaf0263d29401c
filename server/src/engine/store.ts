// What the checker and the search ask of a source index, and nothing more. `Corpus` (corpus.ts)
// is the in-memory index built from the source files; a persisted index, or a database-backed
// store, can stand behind the same interface. Passages are named by a global id (`pid`): the
// position of the passage in the store, stable for the store's lifetime.
import type { Tokenizer, Token } from './text';
import type { Figure, FigureKind, Passage, Source } from './types';

export type KeyResolution =
  | { kind: 'found'; source: Source }
  | { kind: 'ambiguous'; candidates: Source[] }
  | { kind: 'unknown' };

export interface WeightedTerm {
  term: string;
  weight: number;
}

export interface Scored {
  /** Global passage id. */
  pid: number;
  score: number;
}

/** Which sources a ranking may return passages of: only some (the cited ones), all but some, or all (`{}`). */
export interface Scope {
  only?: readonly Source[];
  /** Source indexes to leave out. */
  except?: ReadonlySet<number>;
}

/**
 * A cache of data derived from a store by code built on it (the checker's context windows around
 * source figures, its normalised source texts…): made on first use, it lives and dies with the
 * store. The key object names the cache; its `create` makes the empty cache.
 */
export interface DerivedKey<T> {
  readonly name: string;
  create(store: PassageStore): T;
}

/** The cache `key` names in a store's `caches`, made on first use: how a store implements `derived`. */
export function derivedIn<T>(caches: Map<DerivedKey<unknown>, unknown>, key: DerivedKey<T>, store: PassageStore): T {
  let d = caches.get(key) as T | undefined;
  if (d === undefined) {
    d = key.create(store);
    caches.set(key, d);
  }
  return d;
}

/** A figure somewhere in the store, by its passage id. */
export interface FigureAt {
  pid: number;
  /** The figure (equal to its passage's, not always the same object: `passage(pid).figures[at]` is that). */
  figure: Figure;
  /** Its position in its passage's figures, when the store knows it. */
  at?: number;
}

export interface PassageStore {
  readonly sources: readonly Source[];
  readonly passageCount: number;
  readonly figureCount: number;
  /** The tokenizer the index was built with: note text must be tokenized with it to meet its terms. */
  readonly tokenizer: Tokenizer;

  // Citation keys
  /** A source's front-matter id, an alias, its file name, or a unique prefix of the file name. */
  resolveKey(key: string): KeyResolution;
  /** The shortest key that resolves to the source: its id, or the shortest unique file-name prefix. */
  shortKey(source: Source): string;
  /** The shortest unique prefix of the source's file name that ends at a natural boundary. */
  prefixKey(source: Source): string;

  // Passages
  passage(pid: number): Passage;
  /** A source's `index`th passage, undefined out of its range (made alone when its source is not made yet). */
  sourcePassage(source: number, index: number): Passage | undefined;
  pid(p: Passage): number;
  /** Tokens of a passage, with offsets into its source's text. */
  passageTokens(pid: number): readonly Token[];
  /** Term frequencies of a passage. */
  passageTerms(pid: number): ReadonlyMap<string, number>;

  // Term statistics
  /** BM25 inverse document frequency over passages (never negative). */
  idf(term: string): number;
  /** Does any passage contain the term? */
  has(term: string): boolean;
  /** Is the term a name here: present, and never written in lower case? */
  isName(term: string): boolean;
  /**
   * How the sources write a word (given in lower case, as written, not stemmed): 'name' when only
   * ever capitalised and at least once inside a sentence, 'word' when written in lower case,
   * 'opener' when only ever capitalised at a sentence's start, 'unseen' when never.
   */
  writtenAs(low: string): 'name' | 'word' | 'opener' | 'unseen';

  // Retrieval: BM25, best first, ties by passage id. Over many passages, terms common to more than
  // a few percent of them may be left out when the query has rarer terms to rank by.
  /**
   * Passages that hold a figure of a kind comparable with `kind` (figures.kindBit). With
   * `scope.only`, every such passage of those few sources, scored directly on every query term
   * (those that share no word with the query too, last): frames, not shared words, judge them.
   */
  figureCandidates(query: readonly WeightedTerm[], kind: FigureKind, scope: Scope, limit: number): Scored[];
  /**
   * Figures of a kind comparable with `kind` whose value lies in [lo, hi], wherever they are and
   * whatever words surround them, up to `limit`: the value index behind a right figure found in
   * the wrong source.
   */
  figuresBetween(kind: FigureKind, lo: number, hi: number, limit: number): FigureAt[];
  /** Passages for a quote's words (or any weighted terms). */
  passageCandidates(query: readonly WeightedTerm[], scope: Scope, limit: number): Scored[];
  /** Free-text search as the user types: the last word is also read as a prefix. */
  search(query: string, limit?: number, allowSource?: (source: number) => boolean): Scored[];
  /**
   * Passages (ids, in order) that may state a figure agreeing with one of these, for a search
   * whose query holds figures; the caller checks each. A store that cannot read every passage
   * answers from its value index; without this method every passage is read.
   */
  passagesStating?(figures: readonly Figure[]): number[];

  /** The cache `key` names, for this store. */
  derived<T>(key: DerivedKey<T>): T;
}
