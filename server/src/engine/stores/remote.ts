// What a database-backed source base answers, asynchronously: the catalog of its sources, whole
// sources, term and word statistics, and the three rankings the checker asks for (BM25 postings,
// the value index). `SnapshotStore` (snapshot.ts) turns these answers into the synchronous
// `PassageStore` the checker reads; a database (postgres/) implements this interface. Stored
// sources are the engine's own `Source`s, written once by the loader and read back unchanged, so a
// database store and the embedded index give the checker the same passages and figures.
import type { Passage, Source, SourceMeta } from '../types';

/** One source of the base as listed in its catalog: enough to resolve keys and number passages. */
export interface CatalogEntry {
  /** The database's id of the source (stable while the source is unchanged). */
  id: number;
  path: string;
  key: string;
  meta: SourceMeta;
  /** Number of passages. */
  passages: number;
  /** Number of figures. */
  figures: number;
  /** Sum of its passages' lengths in terms (BM25's average length is over the whole base). */
  terms: number;
}

/** A source as stored: its text, and what the indexer read from it (`doc`). */
export interface StoredSource {
  id: number;
  text: string;
  doc: SourceDoc;
}

/** The parts of a Source other than its text, index, path, key and metadata; with per-passage index data. */
export interface SourceDoc {
  bodyStart: number;
  format?: Source['format'];
  pages?: number[];
  problem?: string;
  /** Passages without their source index (given when read back). */
  passages: Omit<Passage, 'source'>[];
  /** Per passage, its length in terms (as the indexer counts them). */
  lengths: number[];
  /** Per passage, the OR of its figures' comparability bits. */
  kinds: number[];
}

export interface TermStat {
  /** Passages that hold the term. */
  df: number;
  /** Is the term ever written in lower case (else it is a name)? */
  lower: boolean;
}

export interface WordStat {
  /** The word is written in lower case somewhere (as written: raw form). */
  lower: boolean;
  /** The word is written capitalised after a sentence's first word somewhere (lower-cased form). */
  capitalisedInside: boolean;
}

/** One posting of a term: the passage (source id, index in the source), its term frequency and length. */
export interface PostingRow {
  term: string;
  source: number;
  index: number;
  tf: number;
  /** The passage's length in terms. */
  len: number;
}

/** A figure of the value index: its passage and its position there. */
export interface FigureRow {
  source: number;
  index: number;
  fig: number;
}

/** Postings of some terms under a filter. */
export interface PostingAsk {
  terms: readonly string[];
  filter: PostingFilter;
}

/** A value-index lookup: figures of these kind bits with a value in [lo, hi], at most `limit`. */
export interface FigureLookup {
  kinds: number;
  lo: number;
  hi: number;
  limit: number;
}

/** Which postings a ranking reads: of passages with a figure of these kind bits (0: any), in or out of some sources (database ids). */
export interface PostingFilter {
  kinds: number;
  only?: number[];
  except?: number[];
}

export interface RemoteBase {
  /** Changes whenever the base does (a load committed): caches of an older generation are dropped. */
  generation(): Promise<string>;
  /** Every source, in any order. */
  catalog(): Promise<CatalogEntry[]>;
  sources(ids: readonly number[]): Promise<StoredSource[]>;
  termStats(terms: readonly string[]): Promise<Map<string, TermStat>>;
  wordStats(words: readonly string[]): Promise<Map<string, WordStat>>;
  /** For each ask, the postings of its terms under its filter (one round trip for all of a pass's asks). */
  postings(asks: readonly PostingAsk[]): Promise<PostingRow[][]>;
  /**
   * The terms starting with `prefix` held by some passage, most frequent first (then in code-unit
   * order), up to `limit`, with their statistics: search's last word, as the embedded index expands it.
   */
  termsWithPrefix(prefix: string, limit: number): Promise<{ term: string; stat: TermStat }[]>;
  /**
   * For each lookup, the figures with a value in [lo, hi] and one of the kind bits, by value, then
   * by passage in the catalog's order (source path, passage, figure), up to `limit` (one round
   * trip for all of a pass's lookups).
   */
  figuresBetween(lookups: readonly FigureLookup[]): Promise<FigureRow[][]>;
  close(): Promise<void>;
}

/** The order of the catalog: by path, as the embedded index orders the files of one folder. */
export function catalogOrder(a: CatalogEntry, b: CatalogEntry): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
