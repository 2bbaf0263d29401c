// Custom LSP requests and notifications shared by the server and the VS Code client.
// Plain JSON shapes only: the client imports this file for types and method names.

export interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export const SearchRequest = 'grounded/search';
export interface SearchParams {
  query: string;
  /** Maximum number of results (default 20). */
  limit?: number;
  /** Workspace folder URI to search in; all folders when omitted. */
  folder?: string;
  /**
   * URI of the note the search is for (the active markdown editor): its folder's passages come
   * first, and only they can be cited from it (`citable`).
   */
  note?: string;
}
export interface SearchHit {
  /** URI of the source file. */
  uri: string;
  /** Citation key that resolves to this source (shortest unique form). */
  key: string;
  title: string;
  /** File name relative to the workspace folder, for display. */
  file: string;
  /** Range of the passage in the source file (0-based LSP positions). */
  range: LspRange;
  /** The matched words to select when the hit is opened (within `range`). */
  selection: LspRange;
  /** URI of the workspace folder whose source this is. */
  folder: string;
  /** False when the note of the search (`SearchParams.note`) cannot cite this source: it is another folder's. */
  citable: boolean;
  /** The passage text (one sentence). */
  snippet: string;
  /** [start, end) offsets within snippet of words that matched the query, for highlighting. */
  highlights: [number, number][];
  /** [start, end) within snippet: the matched words `selection` selects (the tightest run of matches). */
  focus: [number, number];
  score: number;
}
export interface SearchResult {
  hits: SearchHit[];
}

export const StatusRequest = 'grounded/status';
export interface StatusResult {
  indexing: boolean;
  sources: number;
  passages: number;
  figures: number;
  /** Files skipped with a warning (binary, unreadable...). */
  skipped: number;
  /** ISO time of the last finished index, or null. */
  lastIndexed: string | null;
  /** Milliseconds the last index took. */
  lastIndexMs: number | null;
  folders: { uri: string; sources: number; figures: number; /** the source globs, relative to the folder */ globs: string[] }[];
  /** While indexing: files read of all found (every folder together). */
  progress?: { done: number; total: number };
  /**
   * Restricted mode (an untrusted workspace): the workspace settings that are ignored because they
   * would change which files are read, by name ("sources"); empty when none of them is set.
   */
  restricted?: { ignored: string[] };
  /**
   * The shared source stores of folders with a `grounded.store` setting (named without password):
   * connecting, ready, or down with the reason (the status bar shows an error).
   */
  stores?: { folder: string; store: string; state: 'connecting' | 'ready' | 'down'; error?: string }[];
}

/** Server → client notification whenever the status changes (indexing starts or finishes). */
export const StatusNotification = 'grounded/statusChanged';

export const ReindexRequest = 'grounded/reindex';

export const SourcesRequest = 'grounded/sources';
export interface SourceInfo {
  uri: string;
  key: string;
  title: string;
  file: string;
  author?: string;
  date?: string;
  url?: string;
}
export interface SourcesResult {
  sources: SourceInfo[];
}

/**
 * The text of a `grounded-extracted:` document: what Grounded extracted from a web page, PDF or Word
 * file (a header, then the text its passages' ranges refer to). Null when no indexed source has
 * that path.
 */
export const SourceTextRequest = 'grounded/sourceText';
export interface SourceTextParams {
  uri: string;
}
export interface SourceTextResult {
  text: string;
  /** The original file, to open in its own viewer. */
  file: string;
}

/** Ask the server to check every note in the workspace and publish diagnostics. Returns counts. */
export const CheckAllRequest = 'grounded/checkAll';
export interface CheckAllResult {
  notes: number;
  problems: number;
}

/**
 * The note lines that use a source (or, with the position in a passage, that passage), once per line,
 * with how: what Find All References lists, plus the verdict (the client's "Show Uses of This Source").
 */
export const UsesRequest = 'grounded/uses';
export interface UsesParams {
  /** The source file. */
  textDocument: { uri: string };
  /** On the title line: the whole file; in a passage: that passage. */
  position: { line: number; character: number };
}
/** How a note line uses the source, the most telling way when several: a contradiction first. */
export type UseVerdict = 'contradicted' | 'wrong-source' | 'supported' | 'quoted' | 'cited';
export interface SourceUse {
  /** The note. */
  uri: string;
  /** The figure, quote or citation on the note line. */
  range: LspRange;
  verdict: UseVerdict;
  /** Its text in the note. */
  text: string;
}
export interface UsesResult {
  uses: SourceUse[];
}
