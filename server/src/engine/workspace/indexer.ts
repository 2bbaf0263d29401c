// The source index of a workspace, for the CLI and the language server alike: find the source
// files (globs, excludes), read and decode them (size limit; binary, non-UTF-8 and unreadable files
// are skipped with a warning), build their Sources and the Corpus. Re-indexing can be incremental:
// only the changed paths are read again, every other file keeps its earlier result, its warnings
// included, so each skipped file is reported once. Reading yields between slices (with a progress
// report) so that a server stays responsive, and the previous corpus answers until the new one is
// complete; the search index itself is made by a PostingsMaker (here, or on the server's worker
// thread: workers/). A file whose text is unchanged (by content, wherever it moved) keeps its source; with
// a cache (persist/), what indexing computed is kept between runs too: a start on an unchanged
// corpus stats the files, restores their sources (texts included) without opening them
// (persist/fileTable.ts) and loads the postings instead of rebuilding them.
import { Corpus, type ListCheck, type PassageLayout } from '../corpus';
import { passageCountOf } from '../lazyPassages';
import { keyRole } from '../keys';
import type { Tokenizer } from '../text';
import { buildSource, withIndex } from '../sources';
import { SegmentMerger, type Postings } from '../indexer';
import { IN_PROCESS_POSTINGS, type PostingsMaker } from '../workers/postingsJob';
import { corpusPostings, mergeAhead, type MergeAhead, type NewPassages, type SourceChange } from '../workers/corpusPostings';
import type { LayeredPostings } from '../postingLayers';
import type { Steps } from '../steps';
import { COMPACT_BATCH_PASSAGES, COMPACT_BATCH_SOURCES, EXTRACT_RUN_BYTES, EXTRACT_RUN_FILES, IN_PROCESS_EXTRACT_MIN_FILES, IN_PROCESS_RUN_BYTES, IN_PROCESS_RUN_FILES, MAX_UPDATED_SHARE, PARALLEL_EXTRACT_MIN_BYTES, PARALLEL_EXTRACT_MIN_FILES, PARALLEL_SIZE_SAMPLE } from './policy';
import { InProcessExtraction, WorkerExtraction, type SourceExtractor } from '../workers/workerExtraction';
import type { ExtractReply } from '../workers/extractJob';
import { decodeSourceFile, sourceFormat, type DecodeOptions, type ExtractedText } from '../formats';
import type { Passage, Source, Warning } from '../types';
import { cacheName, compactSources, contentKey, corpusSignature, CorruptRecordError, IndexCache, listSound, ListsWhenRead, type CachedIndex, type IndexCacheOptions, restoreSource, type TextGuard, verifyUnreadText } from '../persist';
import { readRecords, type RecordSet } from '../persist/sourceRecords';
import { entryOf, sameEntry, StoredFileTable, unchanged, type FileEntry, type FileTable } from '../persist/fileTable';
import { DEFAULT_CONFIG } from './config';
import { errorCode, tryStat, tryStatNow, type FileStat, type FileSystem } from './fileSystem';
import type { SourceSet } from './globs';
import { corpusFingerprint, fileSettingsOf, isKnownFingerprint, type KnownFingerprint } from './fingerprint';
import { listSources, walkSources } from './listedWalk';
import type { FolderListing } from '../persist/folderListing';

export interface IndexSettings {
  /** The folders to search and the globs that select sources in each. */
  sets: SourceSet[];
  exclude: string[];
  maxSourceSizeKB: number;
  /** How web pages, PDFs and Word files are read (bounds; engine/formats). */
  decode?: DecodeOptions;
  /** Where the index is kept between runs (persist/); none: built afresh each start. */
  cache?: IndexCacheOptions;
  /** A first index of at least this many files builds its sources on the extractor's threads (default PARALLEL_EXTRACT_MIN_FILES). */
  parallelMinFiles?: number;
  /** …or of fewer files holding, by an estimate from a sample of their sizes, at least this many bytes (default PARALLEL_EXTRACT_MIN_BYTES). */
  parallelMinBytes?: number;
  /** A first index of at least this many files not built on the extractor's threads builds them in runs on the index's own thread (default IN_PROCESS_EXTRACT_MIN_FILES). */
  inProcessMinFiles?: number;
  /**
   * Postings taken from the cache have each term's list checked when the corpus first reads it, not
   * all at the load (persist ListsWhenRead): a list found not whole throws CorruptPostingsError, and
   * the next `verify` builds the postings afresh. Only for a caller that repairs and runs again on a
   * CorruptRecordError (the CLI: loadWorkspace); a start that trusts the cache is checked by `verify`.
   */
  listsWhenRead?: boolean;
}

export interface IndexProgress {
  /** The files were found; reading starts. */
  begin?(total: number): void;
  /** `done` of `total` files handled; called at each yield. */
  report?(done: number, total: number): void;
}

export interface IndexOptions {
  /**
   * Read only these paths again (and files never seen before); every other file keeps its earlier
   * source or warnings. Omitted: read every file.
   */
  changed?: ReadonlySet<string>;
  /**
   * `changed` is all a file watcher reported, creations and deletions included (the language
   * server): when every path in it is a file found before and still there, the folders are not
   * walked again for new files.
   */
  watched?: boolean;
  progress?: IndexProgress;
  /**
   * The first update of an index with a cache (the editor's start): take the files the cache's file
   * table lists as they were when it was written — no walk, no stat, no file opened — when every one
   * has its record and the postings are those of exactly these sources; the index then answers at
   * once, and `verify()` walks the folders and stats the files afterwards (a file changed meanwhile
   * is read then, and answered from its new text from then on). Otherwise a start as any other.
   */
  trustCache?: boolean;
  /**
   * Where this update may build a first index's sources (the server's worker threads, made for the
   * update and stopped after it); default: the extractor the index was made with, if any.
   */
  extractor?: SourceExtractor;
  /**
   * The folders' files and the walk's warnings, as `walkSources` found them a moment ago (a probe
   * of the folders before a first update, workspace/fingerprint.ts): taken instead of walking again.
   */
  walked?: { files: string[]; warnings: Warning[]; listing?: FolderListing };
}

export interface IndexResult {
  corpus: Corpus;
  /** Every warning of the index (skipped files, sources indexed without their metadata). */
  warnings: Warning[];
  /** The warnings this update added (not in the previous index). */
  newWarnings: Warning[];
  /** Every file the globs selected, sorted per source set (skipped ones included). */
  files: string[];
  /** Files read by this update. */
  read: number;
  /** Files this update did not open: their stat showed them unchanged since the cache's record of them (persist/fileTable.ts). */
  unopened: number;
  /** Of those, the files whose sources were built afresh (neither known nor in the cache). */
  built: number;
  /** How the postings were made: loaded from the cache, updated from the previous corpus's, or built. */
  postings: 'cached' | 'updated' | 'built';
  /** The index is the cache's as it was left (`trustCache`): `verify()` is still to look at the files. */
  unverified?: boolean;
  ms: number;
}

/** How many files (whichever bound comes first) an extractor is handed at a time (policy.ts). */
interface RunBounds {
  files: number;
  bytes: number;
}
const WORKER_RUNS: RunBounds = { files: EXTRACT_RUN_FILES, bytes: EXTRACT_RUN_BYTES };
const IN_PROCESS_RUNS: RunBounds = { files: IN_PROCESS_RUN_FILES, bytes: IN_PROCESS_RUN_BYTES };
/** A run's buffer holds its bounds' bytes and this many more (the file that reaches the bound is read into it too; a larger one grows it). */
const RUN_ROOM = 64 * 1024;

/** When to yield: after `sliceMs` of work, through `yield()`. */
export interface Pacing {
  sliceMs: number;
  now(): number;
  yield(): Promise<void>;
}

export const DEFAULT_PACING: Pacing = {
  sliceMs: 30,
  now: () => performance.now(),
  yield: () => new Promise((resolve) => setImmediate(resolve)),
};

export interface SourceFile {
  path: string;
  text: string;
  /** The page, PDF or Word file's metadata and pages, when the text was extracted from one (engine/formats). */
  extracted?: ExtractedText;
  /** The file's bytes, when the text is exactly their UTF-8 (a text file without a byte-order mark): its content key is hashed from them. */
  utf8?: Uint8Array;
}

/** One file's result: its source, or none, and the warnings it gave. */
interface FileResult {
  source?: Source;
  /** The content key of the source's text (persist/sourceRecords contentKey). */
  key?: string;
  warnings: Warning[];
}

/** The stat a file was read after, and when it was taken (for the file table, persist/fileTable.ts). */
interface StatTaken {
  stat?: FileStat;
  at?: number;
}

/** Read and decode one source file; undefined when it is skipped (with the reason in warnings). */
async function readSourceFile(fs: FileSystem, p: string, maxSizeKB: number, warnings: Warning[], decode?: DecodeOptions, taken?: StatTaken): Promise<SourceFile | undefined> {
  const bytes = await readSourceBytes(fs, p, maxSizeKB, warnings, taken);
  if (!bytes) return undefined;
  const d = await decodeSourceFile(p, bytes, decode);
  if ('skip' in d) {
    warnings.push({ path: p, message: `skipped: ${d.skip}` });
    return undefined;
  }
  return { path: p, ...d };
}

/** Read one source file's bytes (into the room `into` gives, when the file system can: FileSystem.readUpTo); undefined when it is skipped (with the reason in warnings). */
async function readSourceBytes(fs: FileSystem, p: string, maxSizeKB: number, warnings: Warning[], taken?: StatTaken, into?: (size: number) => Uint8Array): Promise<Uint8Array | undefined> {
  try {
    const max = maxSizeKB * 1024;
    const at = Date.now();
    let stat: FileStat;
    let read: Uint8Array | undefined;
    if (fs.readUpTo) ({ stat, bytes: read } = await fs.readUpTo(p, max, into));
    else {
      stat = await fs.stat(p);
      read = stat.size > max ? undefined : await fs.readFile(p);
    }
    if (!read) {
      warnings.push({ path: p, message: `skipped: ${(stat.size / 1024).toFixed(0)} KB is larger than the ${maxSizeKB} KB limit (grounded.maxSourceSizeKB)` });
      return undefined;
    }
    if (taken) {
      taken.stat = stat;
      taken.at = at;
    }
    return read;
  } catch (e) {
    warnings.push({ path: p, message: `skipped: cannot read (${errorCode(e)})` });
    return undefined;
  }
}

/** Build one source; a file that fails to parse is skipped with a warning. */
function indexSourceText(index: number, file: SourceFile, warnings: Warning[]): Source | undefined {
  try {
    const src = buildSource(index, file.path, file.text, file.extracted);
    if (src.problem) warnings.push({ path: file.path, message: src.problem });
    return src;
  } catch (e) {
    warnings.push({ path: file.path, message: `skipped: could not be indexed (${(e as Error).message})` });
    return undefined;
  }
}

/** Read source files, skipping (with a warning) binary, non-UTF-8, unreadable or oversized ones. */
/**
 * The bytes of a list of files, estimated from the sizes of up to PARALLEL_SIZE_SAMPLE of them spread
 * over it (a file over the size limit, skipped, or one that cannot be stated counted as none) times their
 * number: whether a first index of few but large files goes to the extractor's threads (policy.ts
 * PARALLEL_EXTRACT_MIN_BYTES). It decides where the sources are built, never what they are.
 */
export async function estimatedBytes(fs: FileSystem, paths: readonly string[], maxSizeKB: number): Promise<number> {
  const n = paths.length;
  if (n === 0) return 0;
  const k = Math.min(n, PARALLEL_SIZE_SAMPLE);
  let sum = 0;
  for (let j = 0; j < k; j++) {
    const p = paths[Math.floor((j * n) / k)];
    let stat = tryStatNow(fs, p);
    if (stat === 'ask') stat = await tryStat(fs, p);
    if (stat?.kind === 'file' && stat.size <= maxSizeKB * 1024) sum += stat.size;
  }
  return (sum / k) * n;
}

export async function readSources(fs: FileSystem, paths: string[], maxSizeKB = DEFAULT_CONFIG.maxSourceSizeKB): Promise<{ files: SourceFile[]; warnings: Warning[] }> {
  const files: SourceFile[] = [];
  const warnings: Warning[] = [];
  for (const p of paths) {
    const file = await readSourceFile(fs, p, maxSizeKB, warnings);
    // (without the bytes its content key would hash: these files are kept)
    if (file) files.push(file.utf8 ? { path: file.path, text: file.text } : file);
  }
  return { files, warnings };
}

/** Build sources and the corpus from file texts (no reading); a file that fails to parse is skipped with a warning. */
export function buildCorpus(files: SourceFile[], warnings: Warning[] = [], tokenizer?: Tokenizer): { corpus: Corpus; warnings: Warning[] } {
  const sources: Source[] = [];
  for (const f of files) {
    const src = indexSourceText(sources.length, f, warnings);
    if (src) sources.push(src);
  }
  const corpus = new Corpus(sources, tokenizer);
  warnings.push(...keyConflictWarnings(corpus));
  return { corpus, warnings };
}

/**
 * A warning for each key that names more than one source (an id or alias equal to another
 * source's key or file-name prefix, two files of one name), naming the files: citations with it
 * are reported as ambiguous.
 */
export function keyConflictWarnings(corpus: Corpus): Warning[] {
  return corpus.keyConflicts().map(({ key, sources }) => {
    const [first, ...others] = sources;
    const list = others.map((s) => `the ${keyRole(s, key)} of ${s.path}`).join(', ');
    return { path: first.path, message: `citation key "${key}" is the ${keyRole(first, key)} of ${first.path} and also ${list}: [@${key}] is ambiguous (give one of them another id)` };
  });
}

const key = (w: Warning) => `${w.path}\n${w.message}`;

function dedupe(ws: Warning[]): Warning[] {
  const seen = new Set<string>();
  return ws.filter((w) => !seen.has(key(w)) && !!seen.add(key(w)));
}

/**
 * The files' sources in file order, each numbered by its place, and their passages in that order
 * (a passage's global id is its place there). A source whose place changed is copied (never
 * renumbered in place: the previous corpus, which a check may still be reading, keeps it as it was).
 */
function numbered(results: Map<string, FileResult>, prev: Corpus): { sources: Source[]; passages: NewPassages; layout: PassageLayout } {
  const sources: Source[] = [];
  // (forEach, here and over the results below: an iterator's entry and result objects for each of 44,500 files were some 11 MB of a warm start's garbage)
  results.forEach((r) => {
    if (!r.source) return;
    const s = r.source.index === sources.length ? r.source : withIndex(r.source, sources.length);
    sources.push(s);
  });
  // where each source's passages start (Corpus.layOut): no passage made
  const layout = Corpus.layOut(sources, prev);
  let list: Passage[] | undefined;
  const passages: NewPassages = {
    count: layout.passageCount,
    // one passage makes its source's only (a layered update reads those that came)
    at: (pid) => {
      const s = layout.sourceOfPid[pid];
      return sources[s].passages[pid - layout.base[s]];
    },
    // all of them when a job for the maker asks (a cached index never does)
    all: () => {
      if (!list) {
        list = new Array<Passage>(layout.passageCount);
        let k = 0;
        for (const s of sources) for (const p of s.passages) list[k++] = p;
      }
      return list;
    },
  };
  return { sources, passages, layout };
}

/** The corpus of numbered sources; the results then hold the copies, so that they are not copied again next time. */
function corpusOf(results: Map<string, FileResult>, sources: Source[], tokenizer: Tokenizer, postings: Postings | LayeredPostings | undefined, prev: Corpus, layout: PassageLayout, lists?: ListCheck): Corpus {
  const corpus = new Corpus(sources, tokenizer, postings, prev, layout, lists);
  let i = 0;
  // (a value set again for a key the walk has passed: forEach goes on in the same order, as for-of does)
  results.forEach((r, p) => {
    if (!r.source) return;
    const s = corpus.sources[i++];
    if (s !== r.source) results.set(p, { source: s, key: r.key, warnings: r.warnings });
  });
  return corpus;
}

/**
 * How the postings of the previous corpus become those of the next, when few sources changed: the
 * new id of each previous passage (-1: its source changed or left), the passages that left, and
 * the ranges of new passages to scan. Undefined when a full build is the better way: no previous
 * corpus, most passages changed, or the sources that stay changed their order.
 */
function* updateOf(prev: Corpus, prevResults: Map<string, FileResult>, next: Map<string, FileResult>, samePaths: boolean): Steps<SourceChange | undefined> {
  if (prev.passageCount === 0) return undefined;
  const oldToNew = new Int32Array(prev.passageCount).fill(-1);
  const added: [number, number][] = [];
  let base = 0;
  let lastOld = -1;
  let changed = 0;
  const kept = new Uint8Array(prev.sources.length);
  // the same paths in the same order (no walk): the previous results read alongside, not looked up
  const alongside = samePaths && prevResults.size === next.size ? prevResults.values() : undefined;
  let files = 0;
  for (const [p, r] of next) {
    if ((++files & 2047) === 0) yield; // a step every 2,048 files (44,000 files were 30-70 ms in one piece)
    let before = alongside?.next().value;
    if (!alongside || (before?.source && before.source.path !== p)) before = prevResults.get(p);
    if (!r.source) continue;
    const n = passageCountOf(r.source);
    const old = before?.source && before.key === r.key ? prev.sources[before.source.index] : undefined;
    if (old && old.path === p && passageCountOf(old) === n) {
      kept[old.index] = 1;
      if (n > 0) {
        const oldBase = prev.firstPid(old.index);
        if (oldBase < lastOld) return undefined; // reordered: build afresh
        lastOld = oldBase;
        for (let k = 0; k < n; k++) oldToNew[oldBase + k] = base + k;
      }
    } else if (n > 0) {
      added.push([base, base + n]);
      changed += n;
    }
    base += n;
  }
  const removed: Passage[] = [];
  for (const s of prev.sources) {
    if (kept[s.index]) continue;
    // (a removed source restored from a cache record whose text is damaged cannot list its
    // passages: the index is built afresh from the sources that are left, never from that text)
    let passages: readonly Passage[];
    try {
      passages = s.passages;
    } catch (e) {
      if (e instanceof CorruptRecordError) return undefined;
      throw e;
    }
    for (const p of passages) removed.push(p);
  }
  changed += removed.length;
  if (changed > MAX_UPDATED_SHARE * Math.max(base, prev.passageCount)) return undefined;
  return { prevSources: prev.sources, removed, added, oldToNew };
}

/** The content keys of the results' sources, in corpus order. */
function sourceKeys(results: Map<string, FileResult>): string[] {
  const keys: string[] = [];
  results.forEach((r) => {
    if (r.source) keys.push(r.key!);
  });
  return keys;
}

export class SourceIndex {
  private _corpus = new Corpus([]);
  private results = new Map<string, FileResult>();
  private _warnings: Warning[] = [];
  private _files: string[] = [];
  /** The layers of the current corpus being made whole ahead of the next change (workers/corpusPostings.ts). */
  private merging: MergeAhead | undefined;
  /** The warnings of the last walk of the folders (links not followed, folders not read). */
  private walkWarnings: Warning[] = [];
  private _indexing = false;
  private _generation = 0;
  private _lastIndexed: Date | null = null;
  private _lastIndexMs: number | null = null;
  /** Updates run one after another. */
  private queue: Promise<unknown> = Promise.resolve();
  /** The corpus signature (persist/postingsBlob) of what the cache holds (or will, once saved), when known. */
  private cachedSignature: string | undefined;
  /** The cache writes under way, one after another. */
  private saving: Promise<void> = Promise.resolve();
  /** The cache of the current settings (it knows which records its files hold), made on first use. */
  private cache: IndexCache | undefined;
  /**
   * Postings an update made by updating the previous corpus's, not yet in the cache: written by
   * `flush` (an update writes only what changed; the postings are of the whole corpus).
   */
  private unsavedPostings: { keys: string[]; signature: string; corpus: Corpus } | undefined;
  /** The corpus signature of the postings the cache holds (or will, once saved), when known. */
  private postingsSignature: string | undefined;
  /** Each source file's stat when it was read, and its text's key (persist/fileTable.ts). */
  private fileTable: FileTable = new Map<string, FileEntry>();
  /** The file table the cache holds, as far as known (written when it differs, at flush). */
  private savedFileTable: FileTable | undefined;
  /** The last walk of the folders, to keep with the file table when it can be kept (persist/folderListing.ts). */
  private listing: FolderListing | undefined;
  /** The walk the cache's file table keeps, as far as known (the table is written again when `listing` is another). */
  private savedListing: FolderListing | undefined;
  /**
   * Content keys of cached records whose text failed its digest when read (persist/sourceRecords.ts):
   * the next update reads their files again instead of trusting their records or their stats.
   */
  private readonly damaged = new Set<string>();
  private readonly guard: TextGuard = { corrupt: (key) => this.damaged.add(key) };
  /** The corpus is the cache's as it was left (`trustCache`): the files are still to be walked and stated (`verify`). */
  private unverified = false;
  /** Sources were restored from the cache with their texts unread: `verify` checks those texts (once). */
  private sweepDue = false;
  /** Postings a start took from the cache without walking their lists (`trustCache`): `verify` walks them. */
  private listsUnchecked: Postings | undefined;
  /** The next update builds the postings afresh (the cached ones were not whole). */
  private rebuildPostings = false;
  /** A list of the cached postings was found not whole when read (`listsWhenRead`): `verify` discards them for a build. */
  private listsDamaged = false;

  constructor(
    private readonly fs: FileSystem,
    private settings: IndexSettings,
    private readonly pacing: Pacing = DEFAULT_PACING,
    /** Where the search index is made (workers/: a worker thread in the server); here by default. */
    private readonly postingsMaker: PostingsMaker = IN_PROCESS_POSTINGS,
    /**
     * Where the sources of a first index with nothing to reuse are built (and their passages
     * scanned for the postings): worker threads (workers/workerExtraction.ts); none: here, one file
     * after another.
     */
    private readonly extractor?: SourceExtractor,
  ) {}

  /** The latest complete corpus (the previous one while an update runs). */
  get corpus(): Corpus {
    return this._corpus;
  }
  /** Skipped files and sources indexed without their metadata, in file order. */
  get warnings(): readonly Warning[] {
    return this._warnings;
  }
  get files(): readonly string[] {
    return this._files;
  }
  get indexing(): boolean {
    return this._indexing;
  }
  /** Bumped whenever the corpus is replaced. */
  get generation(): number {
    return this._generation;
  }
  get lastIndexed(): Date | null {
    return this._lastIndexed;
  }
  get lastIndexMs(): number | null {
    return this._lastIndexMs;
  }

  /**
   * Settles when the index of the last update is written to the cache (if there is one): the
   * records of the sources updates built (written as they come, `saved`) and the corpus's postings.
   */
  flush(): Promise<void> {
    const pending = this.unsavedPostings;
    const cache = this.cache;
    if (pending && cache) {
      this.unsavedPostings = undefined;
      this.postingsSignature = pending.signature;
      // (with the value index of its passages, made a slice at a time if it is not yet: a start from the cache need not sort every figure again)
      this.saving = this.saving.then(() => this.inSlices(pending.corpus.keptValueIndexSteps()).then((values) => cache.savePostings(pending.corpus.postingsIndex, pending.keys, values)).catch(() => undefined));
    }
    this.saveFileTable();
    return this.saving;
  }

  /** Write the file table when it differs from the one the cache holds. */
  private saveFileTable(): void {
    const cache = this.cache;
    const table = this.fileTable;
    const listing = this.listing;
    if (!cache || (table === this.savedFileTable && listing === this.savedListing)) return;
    // (a walk stamped afresh — the kept one did not hold, or was racy — is written with the table, even the same table)
    const same = sameTable(table, this.savedFileTable) && listing === this.savedListing;
    this.savedFileTable = table; // compared once
    this.savedListing = listing;
    if (same) return;
    const settings = this.fileSettings();
    this.saving = this.saving.then(() => cache.saveFiles(table, settings, listing).catch(() => undefined));
  }

  /** What else decides a file's text besides its bytes: the file table is kept for these. */
  private fileSettings(): string {
    return fileSettingsOf(this.settings);
  }

  /**
   * The fingerprint of the current corpus (fingerprint.ts): its files in order, their texts' keys, the
   * walk's warnings. `known`: one made before of the same arguments, when they are (the CLI's probe:
   * every file's key compared, not hashed again with its path — at 100 MB, 3.8 MB of SHA-256 and the
   * lines made for it).
   */
  fingerprint(known?: KnownFingerprint): string {
    const files = this._files;
    const keyOf = (i: number) => {
      const r = this.results.get(files[i]);
      return r?.source ? r.key : undefined;
    };
    const settings = this.fileSettings();
    const version = this.settings.cache?.version;
    if (known && isKnownFingerprint(known, settings, files, keyOf, this.walkWarnings, version)) return known.fingerprint;
    return corpusFingerprint(settings, files, keyOf, this.walkWarnings, version);
  }

  /**
   * What a start from the cache left unchecked, in slices: the texts of the sources restored and not
   * read yet, against their records' digests (a start reads the texts it needs only, each checked
   * when read); after a start that trusted the cache (`trustCache`), the postings' lists and every
   * file's stat (`verifyFiles`). Then an update reads again the files that changed and those whose
   * texts failed (the cache's records written afresh), or builds the postings afresh when their
   * lists were not whole. The update's result, or undefined when everything held. `texts: false`
   * leaves the texts not read yet unswept: each is checked when first read, and a read that fails
   * tells the index, whose next `verify` reads that file again (the CLI: `loadWorkspace`'s `repair`).
   */
  async verify(options: { texts?: boolean } = {}): Promise<IndexResult | undefined> {
    const { now, sliceMs } = this.pacing;
    // only a start from the cache restores texts unread (an update after it keeps or builds sources)
    const sources = this.sweepDue && options.texts !== false ? this._corpus.sources : [];
    this.sweepDue = false;
    let since = now();
    for (let i = 0; i < sources.length; i++) {
      verifyUnreadText(sources[i]);
      if ((i & 255) === 255 && now() - since > sliceMs) {
        await this.pacing.yield();
        since = now();
      }
    }
    // the cached postings' lists, walked a slice at a time: their sense, and their bytes against each list's CRC-32 (postingsBlob.ts listSound)
    const lists = this.listsUnchecked;
    this.listsUnchecked = undefined;
    if (lists) {
      const passages = lists.lengths.length;
      for (let id = 0; id < lists.df.length; id++) {
        if (!listSound(lists, id, passages)) {
          this.rebuildPostings = true;
          await this.cache?.discardPostings();
          break;
        }
        if ((id & 1023) === 1023 && now() - since > sliceMs) {
          await this.pacing.yield();
          since = now();
        }
      }
    }
    // a list of the cached postings read and found not whole (listsWhenRead)
    if (this.listsDamaged) {
      this.listsDamaged = false;
      this.rebuildPostings = true;
      await this.cache?.discardPostings();
    }
    if (this.unverified) {
      this.unverified = false;
      const r = await this.verifyFiles();
      if (r || !this.rebuildPostings) return r;
    }
    const changed = new Set<string>();
    if (this.damaged.size > 0) for (const [p, r] of this.results) if (r.key !== undefined && this.damaged.has(r.key)) changed.add(p);
    if (changed.size === 0) this.damaged.clear(); // (sources no longer indexed)
    // the files of damaged texts read again; with postings not whole, every other file kept and the postings built afresh
    return changed.size === 0 && !this.rebuildPostings ? undefined : this.update({ changed, watched: true });
  }

  /**
   * After a start that trusted the cache: walk the folders and stat every file, a slice at a time;
   * read again (an update of those paths) the files whose stat is not the one the table recorded,
   * and those whose text failed its digest; a file created or deleted (or a link or folder the walk
   * warns of) makes a full update. Undefined when every file was as the cache left it.
   */
  private async verifyFiles(): Promise<IndexResult | undefined> {
    const { now, sliceMs } = this.pacing;
    const { sets, exclude } = this.settings;
    const { files: paths, warnings: walkWarnings } = await walkSources(this.fs, sets, exclude);
    if (walkWarnings.length > 0 || paths.length !== this._files.length || paths.some((p, i) => p !== this._files[i])) return this.update();
    const changed = new Set<string>();
    let since = now();
    for (const p of paths) {
      const entry = this.fileTable.get(p);
      const stat = await tryStat(this.fs, p);
      if (!entry || !stat || !unchanged(entry, stat) || this.damaged.has(entry.key)) changed.add(p);
      if (now() - since > sliceMs) {
        await this.pacing.yield();
        since = now();
      }
    }
    return changed.size === 0 ? undefined : this.update({ changed, watched: true });
  }

  /** Settles when the writes updates have scheduled so far are done (the records of what they built; postings they built). */
  saved(): Promise<void> {
    return this.saving;
  }

  /** The indexed source of a file, if it is one. */
  source(path: string): Source | undefined {
    return this.results.get(path)?.source;
  }

  /** Was this file found by the last update (indexed or skipped)? */
  has(path: string): boolean {
    return this.results.has(path);
  }

  /** New globs, excludes or size limit, used from the next update on. */
  configure(settings: IndexSettings): void {
    this.settings = settings;
    this.cache = undefined;
    this.unsavedPostings = undefined;
    this.cachedSignature = this.postingsSignature = undefined;
    this.fileTable = new Map();
    this.savedFileTable = undefined;
    this.listing = this.savedListing = undefined;
  }

  /**
   * Are the changed paths all files the last walk found, each still there (a save, not a creation,
   * deletion or rename)? Then the folders need not be walked again (a walk costs every file's path
   * matched against the globs: 0.1 s at 44,000 files).
   */
  private async onlyKnownFilesChanged(changed: ReadonlySet<string>): Promise<boolean> {
    if (!this.results.size || changed.size > MAX_KNOWN_CHANGED) return false;
    for (const p of changed) {
      if (!this.results.has(p)) return false;
      try {
        if ((await this.fs.stat(p)).kind !== 'file') return false;
      } catch {
        return false;
      }
    }
    return true;
  }

  /** Run steps a slice at a time (the pacing's), letting others go between slices. */
  private async inSlices<T>(steps: Steps<T>): Promise<T> {
    const { now, sliceMs } = this.pacing;
    let since = now();
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (now() - since > sliceMs) {
        await this.pacing.yield();
        since = now();
      }
    }
  }

  /**
   * `sources` (with their content keys) with those built in this run (`built`) in columns
   * (compactSources), in pieces; the others stay the very objects they were (a report kept across a
   * save names its sources by identity: `ServerState.keepUnaffected`).
   */
  private async compacted(sources: readonly Source[], keys: readonly string[], built: ReadonlySet<Source>, breathe: () => Promise<void>): Promise<Source[]> {
    const out = sources.slice();
    const todo: number[] = [];
    sources.forEach((s, i) => {
      if (built.has(s)) todo.push(i);
    });
    for (let from = 0; from < todo.length; ) {
      let to = from;
      for (let n = 0; to < todo.length && n < COMPACT_BATCH_PASSAGES && to - from < COMPACT_BATCH_SOURCES; to++) n += passageCountOf(sources[todo[to]]);
      const batch = todo.slice(from, to);
      const made = compactSources(
        batch.map((i) => sources[i]),
        batch.map((i) => keys[i]),
      );
      batch.forEach((i, k) => (out[i] = made[k]));
      from = to;
      await breathe();
    }
    return out;
  }

  /**
   * A first index's files, read here one after another and handed to the extractor in runs of
   * consecutive files (each run's bytes in one buffer, at most `bounds`), built there while the next
   * are read (on this thread: as each run is complete); then,
   * in file order, each file's source restored from its run's record (its passages and text in the
   * record's columns until asked, as a start from the cache restores it). A file of another format
   * (a page, a PDF), a run whose worker failed and a text its record cannot keep are read and built
   * here. The runs' scans joined, when every source came from a run (else the postings are built
   * as without an extractor, from the sources).
   */
  private async extractInRuns(
    extractor: SourceExtractor,
    paths: readonly string[],
    next: Map<string, FileResult>,
    table: Map<string, FileEntry> | undefined,
    builtNow: Set<Source>,
    progress: IndexProgress | undefined,
    bounds: RunBounds,
  ): Promise<{ read: number; built: number; scans?: { readonly passages: number; finish(): Postings } }> {
    const { now, sliceMs } = this.pacing;
    const { maxSourceSizeKB, decode } = this.settings;
    interface Slot {
      path: string;
      warnings: Warning[];
      taken: StatTaken;
      /** Its run and place there, when it went to the extractor. */
      run?: number;
      at?: number;
      /** Another format: read and built here, in its turn. */
      here?: boolean;
    }
    const slots: Slot[] = [];
    const runs: Promise<ExtractReply | undefined>[] = [];
    // each run's scan joined as it arrives, in order, while the next files are read
    const scans = new SegmentMerger();
    let whole = true;
    let joined = Promise.resolve();
    // the run being filled: its files read one after another into one buffer (grown when a file
    // does not fit), handed over as it is — no buffer per file, no copy into the run's
    const room = bounds.bytes + RUN_ROOM;
    let open = { paths: [] as string[], ends: [] as number[], buf: Buffer.allocUnsafeSlow(room), size: 0 };
    const fit = (size: number) => {
      if (open.size + size <= open.buf.length) return;
      const grown = Buffer.allocUnsafeSlow(Math.max(open.buf.length * 2, open.size + size));
      grown.set(open.buf.subarray(0, open.size));
      open.buf = grown;
    };
    const into = (size: number) => {
      fit(size);
      return open.buf.subarray(open.size, open.size + size);
    };
    // progress: the files whose sources are made — a run's when it comes back, a file built here
    // (another format, a failed run's) when built, a file skipped when read — never more than that
    let made = 0;
    let shown = 0;
    const cameBack: boolean[] = [];
    const tell = () => {
      if (made > shown && now() - lastTold > sliceMs) {
        shown = made;
        lastTold = now();
        progress?.report?.(made, paths.length);
      }
    };
    let lastTold = now();
    const send = () => {
      if (open.paths.length === 0) return;
      const ends = Int32Array.from(open.ends);
      const bytes = new Uint8Array(open.buf.buffer, open.buf.byteOffset, open.size);
      const files = open.paths.length;
      const k = runs.length;
      const run = extractor.extract({ paths: open.paths, ends, bytes }).then(
        (r) => {
          cameBack[k] = true;
          made += files;
          tell();
          return r;
        },
        () => undefined,
      );
      runs.push(run);
      joined = joined.then(async () => {
        const r = await run;
        if (!r) whole = false;
        else if (whole && r.scan) scans.add(r.scan);
        else if (!r.scan && !extractor.postings) whole = false; // (never: a reply without a scan is scanned into the extractor's postings)
        replies[k] = r;
        const set = r && readRecords(r.records);
        sets[k] = set && !('reject' in set) ? set : undefined;
        back[k] = true;
        restoreBack();
      });
      open = { paths: [], ends: [], buf: Buffer.allocUnsafeSlow(room), size: 0 };
    };
    // the sources of the runs back so far made here in file order while the workers build the next
    // (this thread waits for them otherwise): every slot before `settled` is read; `done` slots are
    // made (their results in `next`); a slot that needs more than its run's record (another format,
    // a failed run, a text its record cannot keep) stops this, and the loop after the runs makes it
    const replies: (ExtractReply | undefined)[] = [];
    const sets: (RecordSet | undefined)[] = [];
    const back: boolean[] = [];
    let settled = 0;
    let done = 0;
    let stalled = false;
    let built = 0;
    let nSources = 0;
    /** The slot's source from its run's record (or the run's skip): false when it needs the slow path. */
    const fromRun = (slot: Slot): boolean => {
      const { path: p, warnings } = slot;
      const reply = slot.run !== undefined ? replies[slot.run] : undefined;
      const set = slot.run !== undefined ? sets[slot.run] : undefined;
      const key = reply && set ? reply.keys[slot.at!] : null;
      const skip = reply && set ? reply.skips[slot.at!] : null;
      let source: Source | undefined;
      if (key) {
        const record = set!.get(key);
        // (with the text it was built from, when the run kept it apart from its records)
        source = record && restoreSource(nSources, p, reply!.texts?.[record.i], record);
        if (source) {
          built++;
          if (source.problem) warnings.push({ path: p, message: source.problem });
        }
      } else if (skip) warnings.push({ path: p, message: skip });
      if (!source && !skip && (slot.here || slot.run !== undefined)) return false;
      const e = table && source && slot.taken.stat && entryOf(slot.taken.stat, slot.taken.at!, key!);
      if (e) table!.set(p, e);
      if (source) nSources++;
      next.set(p, { source, key: source ? key! : undefined, warnings: warnings.length ? warnings : NO_WARNINGS });
      return true;
    };
    const restoreBack = () => {
      try {
        while (!stalled && done < settled) {
          const slot = slots[done];
          if (slot.here || (slot.run !== undefined && !back[slot.run]) || !fromRun(slot)) {
            if (slot.here || (slot.run !== undefined && back[slot.run])) stalled = true;
            return;
          }
          done++;
        }
      } catch {
        stalled = true; // (made again by the loop after the runs, which meets the same failure)
      }
    };
    let lastYield = now();
    for (let i = 0; i < paths.length; i++) {
      const slot: Slot = { path: paths[i], warnings: [], taken: {} };
      slots.push(slot);
      if (sourceFormat(slot.path) === 'text') {
        const bytes = await readSourceBytes(this.fs, slot.path, maxSourceSizeKB, slot.warnings, slot.taken, into);
        if (!bytes) made++;
        else {
          slot.run = runs.length;
          slot.at = open.paths.length;
          // (bytes read elsewhere than asked — a file system without `into` — copied in)
          if (bytes.buffer !== open.buf.buffer || bytes.byteOffset !== open.buf.byteOffset + open.size) into(bytes.length).set(bytes);
          open.paths.push(slot.path);
          open.size += bytes.length;
          open.ends.push(open.size);
          if (open.paths.length >= bounds.files || open.size >= bounds.bytes) send();
        }
      } else {
        slot.here = true;
        send(); // (a run holds consecutive files)
      }
      settled = i + 1;
      if (now() - lastYield > sliceMs) {
        tell();
        await this.pacing.yield();
        lastYield = now();
      }
    }
    send();
    await Promise.all(runs);
    await joined;
    let regular = true;
    // the slots not made as their runs came back, in file order
    for (let d = done; d < slots.length; d++) {
      const slot = slots[d];
      if (!fromRun(slot)) {
        // another format, a run that failed, a text its record cannot keep: read and built here
        const { path: p, warnings } = slot;
        let source: Source | undefined;
        let ck: string | undefined;
        regular = false;
        slot.taken = {};
        const file = await readSourceFile(this.fs, p, maxSourceSizeKB, warnings, decode, slot.taken);
        if (file) {
          ck = contentKey(file.text, file.extracted, file.utf8);
          source = indexSourceText(nSources, file, warnings);
          if (source) builtNow.add(source);
          built++;
        }
        if (slot.here || !cameBack[slot.run!]) {
          made++;
          tell();
        }
        const e = table && source && slot.taken.stat && entryOf(slot.taken.stat, slot.taken.at!, ck!);
        if (e) table!.set(p, e);
        if (source) nSources++;
        next.set(p, { source, key: ck, warnings: warnings.length ? warnings : NO_WARNINGS });
      }
      if (now() - lastYield > sliceMs) {
        await this.pacing.yield();
        lastYield = now();
      }
    }
    if (made > shown) progress?.report?.(Math.min(made, paths.length), paths.length);
    // (an extractor that scans the runs itself: its postings, when every run came back)
    return { read: paths.length, built, scans: regular && whole ? (extractor.postings ?? scans) : undefined };
  }

  /** Find, read and index the sources (after any update already running). */
  update(options: IndexOptions = {}): Promise<IndexResult> {
    const run = this.queue.then(
      () => this.run(options),
      () => this.run(options),
    );
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run({ changed, watched, progress, trustCache, extractor = this.extractor, walked: given }: IndexOptions): Promise<IndexResult> {
    const { now, sliceMs } = this.pacing;
    const t0 = now();
    this._indexing = true;
    try {
      const { sets, exclude, maxSourceSizeKB } = this.settings;
      // the cache is read once, when nothing is indexed yet; later the sources in memory serve
      const cache = this.settings.cache && (this.cache ??= new IndexCache(this.settings.cache, cacheName(sets)));
      const cached: CachedIndex | undefined = cache && this.results.size === 0 ? await cache.load(this.fileSettings(), this.guard) : undefined;
      // the editor's start: the cache as it was left, when it holds all of it (verify() looks at the files after)
      const trusted = trustCache && !changed && cache && cached?.files ? await trustedStart(cache, cached, cached.files, this.pacing) : undefined;
      let paths: string[];
      // links not followed and folders not read: warnings of this run (the walk finds them each time)
      let walkWarnings: Warning[] = [];
      const walked = !(changed && watched && (await this.onlyKnownFilesChanged(changed)));
      // (the walk the cache's table keeps: taken when its folders are as they were, else one stamped afresh to keep)
      const keptListing = cached?.files?.listing;
      if (cached) this.savedListing = keptListing;
      if (trusted) {
        paths = [...trusted.next.keys()];
        this.listing = keptListing;
      } else if (!walked) {
        // files saved, none created or deleted: the list of files is the last walk's
        paths = this._files as string[];
        walkWarnings = this.walkWarnings;
      } else if (given && !changed) {
        paths = given.files;
        walkWarnings = given.warnings;
        this.listing = given.listing;
      } else if (cache) {
        ({ files: paths, warnings: walkWarnings, listing: this.listing } = await listSources(this.fs, sets, exclude, keptListing));
      } else {
        ({ files: paths, warnings: walkWarnings } = await walkSources(this.fs, sets, exclude));
      }
      this.walkWarnings = walkWarnings;
      const before = new Set(this._warnings.map(key));
      const next = trusted?.next ?? new Map<string, FileResult>();
      // records whose text failed its digest: their files are read again, their sources not kept
      const damaged = new Set(this.damaged);
      if (cached?.files) this.fileTable = this.savedFileTable = cached.files;
      const table = this.fileTable;
      const nextTable = new Map<string, FileEntry>(); // (a start that trusted the cache keeps its table)
      // a start from a stored table whose files are its rows, in order and unchanged, keeps that
      // table: the next one is not made (at 100 MB, a Map of 44,500 paths and the comparison that
      // found it the stored one again) until a file is not its row's — then the rows kept so far
      // go into it first (`keepEntry`)
      const stored = !changed && !trusted && table instanceof StoredFileTable ? table : undefined;
      let keptRows = stored ? 0 : -1;
      const keptIntoNext = () => {
        for (let k = 0; k < keptRows; k++) nextTable.set(paths[k], stored!.get(paths[k], k)!);
        keptRows = -1;
      };
      const keepEntry = (p: string, e: FileEntry) => {
        if (keptRows >= 0) keptIntoNext();
        nextTable.set(p, e);
      };
      // the sources known by content (a file moved keeps its source); after a save of known files
      // (no walk), those of the saved files only: no map of every source per save
      const known = new Map<string, Source>();
      for (const r of walked ? this.results.values() : [...changed!].map((p) => this.results.get(p)!)) if (r.source && !damaged.has(r.key!)) known.set(r.key!, r.source);
      let read = 0;
      let unopened = 0;
      let built = 0;
      const builtNow = new Set<Source>();
      progress?.begin?.(paths.length);
      let lastYield = now();
      let nSources = 0; // a new source is built at its index in the new corpus
      if (trusted) unopened = next.size;
      // a first index with nothing to reuse: the files read here, their sources built in runs — on
      // the extractor's threads, or with fewer files (or no extractor) on this one (policy.ts)
      const first = !trusted && !changed && known.size === 0 && (!cached || cached.records.empty);
      const threaded = first && !!extractor && (paths.length >= (this.settings.parallelMinFiles ?? PARALLEL_EXTRACT_MIN_FILES) || (await estimatedBytes(this.fs, paths, maxSourceSizeKB)) >= (this.settings.parallelMinBytes ?? PARALLEL_EXTRACT_MIN_BYTES));
      const inRuns = threaded || (first && paths.length >= (this.settings.inProcessMinFiles ?? IN_PROCESS_EXTRACT_MIN_FILES));
      let scans: { readonly passages: number; finish(): Postings } | undefined;
      if (inRuns) {
        const [runs, bounds] = threaded ? [extractor!, WORKER_RUNS] : [new InProcessExtraction(paths.length), IN_PROCESS_RUNS];
        const r = await this.extractInRuns(runs, paths, next, cache ? nextTable : undefined, builtNow, progress, bounds);
        read = r.read;
        built = r.built;
        scans = r.scans;
        lastYield = now();
      }
      for (let i = 0; i < (trusted || inRuns ? 0 : paths.length); i++) {
        const p = paths[i];
        const old = this.results.get(p);
        const entry = table.get(p, i);
        if (old && changed && !changed.has(p) && !damaged.has(old.key!)) {
          next.set(p, old);
          if (entry) nextTable.set(p, entry);
          if (old.source) nSources++;
          // a file kept costs little, but 44,000 of them are more than a slice
          if ((i & 1023) === 1023 && now() - lastYield > sliceMs) {
            await this.pacing.yield();
            lastYield = now();
          }
          continue;
        }
        const warnings: Warning[] = [];
        let source: Source | undefined;
        let ck: string | undefined;
        // a file its stat vouches for is not opened: its source is the one in memory or the cache's record
        if (entry && !changed?.has(p) && !damaged.has(entry.key)) {
          let stat = tryStatNow(this.fs, p);
          if (stat === 'ask') stat = await tryStat(this.fs, p);
          if (stat && unchanged(entry, stat)) {
            source = reuse(known.get(entry.key), nSources, p) ?? restoredUnopened(cached, entry.key, nSources, p);
            if (source) {
              ck = entry.key;
              unopened++;
              if (keptRows === i && stored!.isAt(p, i)) keptRows++;
              else keepEntry(p, entry);
              if (source.problem) warnings.push({ path: p, message: source.problem });
            }
          }
        }
        if (!source) {
          read++;
          const taken: StatTaken = {};
          const file = await readSourceFile(this.fs, p, maxSourceSizeKB, warnings, this.settings.decode, taken);
          if (file) {
            ck = contentKey(file.text, file.extracted, file.utf8);
            source = reuse(known.get(ck), nSources, p) ?? restored(cached, ck, nSources, file);
            if (source?.problem) warnings.push({ path: p, message: source.problem });
            if (!source) {
              source = indexSourceText(nSources, file, warnings);
              if (source) builtNow.add(source);
              built++;
            }
            // the table is kept for a cache only (it lets the next start restore the file unopened)
            const e = cache && source && taken.stat && entryOf(taken.stat, taken.at!, ck);
            if (e) keepEntry(p, e);
          }
        }
        if (source) nSources++;
        next.set(p, { source, key: ck, warnings: warnings.length ? warnings : NO_WARNINGS });
        if (now() - lastYield > sliceMs) {
          progress?.report?.(i + 1, paths.length);
          await this.pacing.yield();
          lastYield = now();
        }
      }
      // the records' texts, read meanwhile, before any source is used
      await cached?.textsRead;
      // each of the steps below is linear in the sources (or passages): others go first between them
      const breathe = async () => {
        if (now() - lastYield <= sliceMs) return;
        await this.pacing.yield();
        lastYield = now();
      };
      await breathe();
      const keys = sourceKeys(next);
      const signature = cache ? corpusSignature(keys) : ''; // (hashes every key: only for a cache)
      let passages = 0;
      next.forEach((r) => {
        if (r.source) passages += passageCountOf(r.source);
      });
      // postings found not whole (verify): built afresh, neither cached nor updated from them
      const rebuild = this.rebuildPostings;
      this.rebuildPostings = false;
      // (lists checked when read: by the corpus, each before its first read — else all of them here)
      const whenRead = !!this.settings.listsWhenRead && !trusted;
      const fromCache = rebuild ? undefined : (trusted?.postings ?? (cached && cache?.postingsFor(cached, keys, passages, !whenRead, signature)));
      const lists = whenRead && fromCache ? new ListsWhenRead(fromCache, () => (this.listsDamaged = true)) : undefined;
      await breathe();
      const update = fromCache || rebuild || scans ? undefined : await this.inSlices(updateOf(this._corpus, this.results, next, !walked));
      await breathe();
      const job = numbered(next, this._corpus);
      await breathe();
      // made elsewhere (a worker thread, in the server) or here in slices; the previous corpus answers meanwhile
      // the current corpus's layers, or the same made whole ahead of this change, when that is done
      const merged = this.merging?.of === this._corpus.layers ? this.merging.layers : undefined;
      const prevLayers = update && (merged ?? this._corpus.layers);
      // the scans of the extractor's runs, joined (each run's passages, in order: those of the corpus)
      const joined = !fromCache && scans && scans.passages === job.passages.count ? scans.finish() : undefined;
      const postings = fromCache ?? joined ?? (await corpusPostings(this.postingsMaker, job.sources, job.passages, prevLayers, update, (steps) => this.inSlices(steps)));
      await breathe();
      // after a build, the sources built in this run in columns, as a start restores them (not after
      // an update: a save builds a few, and the sources it keeps are those of the last corpus)
      const sources = !fromCache && !update && built > 0 ? await this.compacted(job.sources, keys, builtNow, breathe) : job.sources;
      // the previous corpus's tokenizer carries its warm term cache over to the new one
      const corpus = corpusOf(next, sources, this._corpus.tokenizer, postings, this._corpus, job.layout, postings === fromCache ? lists : undefined);
      await breathe();
      const conflicts = keyConflictWarnings(corpus);
      await breathe();
      this._corpus = corpus;
      if (!this.merging || this.merging.settled) this.merging = 'base' in postings ? mergeAhead(this.postingsMaker, corpus.sources, { count: corpus.passageCount, at: (pid) => corpus.passage(pid), all: () => corpus.passages }, postings) : undefined;
      const how = fromCache ? 'cached' : update ? 'updated' : 'built';
      this.results = next;
      // (every file its row, and every row a file: the stored table is the next one)
      const keptStored = keptRows >= 0 && keptRows === paths.length && keptRows === stored!.rows;
      if (keptRows >= 0 && !keptStored) keptIntoNext();
      this.fileTable = trusted ? table : keptStored ? stored! : nextTable;
      // a start that trusted the cache is verified by verify(); an update of every file verifies it too
      if (trusted) {
        this.unverified = true;
        this.listsUnchecked = trusted.postings;
      }
      else if (!changed) this.unverified = false;
      if (cached && !inRuns) this.sweepDue = true; // (an index made in runs restores no source from the cache)
      if (fromCache) this.cachedSignature = this.postingsSignature = signature;
      // (also when the postings were the cache's but sources were built: a records file discarded
      // while the postings file was whole is written again, not rebuilt at every start)
      // a damaged records file is written again whole (the sources read again replace its records)
      if (cache && damaged.size > 0) cache.damaged(damaged.size);
      for (const k of damaged) this.damaged.delete(k);
      if (cache && (signature !== this.cachedSignature || built > 0 || damaged.size > 0 || rebuild)) {
        // written after this update has answered (the next one does not wait for it); saves run in
        // order. Only the records of new sources are written; the postings when they were built
        // (a build costs more than the write), else at flush.
        this.cachedSignature = signature;
        const { sources } = corpus;
        const ix = how === 'built' ? corpus.postingsIndex : undefined; // (a layered corpus is made whole only at flush)
        if (how === 'built') this.postingsSignature = signature;
        // (postings built are kept with the value index of their passages, made a slice at a time)
        this.saving = this.saving
          .then(() => this.pacing.yield())
          .then(async () => cache.save(sources, keys, ix, ix && (await this.inSlices(corpus.keptValueIndexSteps()))))
          .catch(() => undefined);
      }
      // the file table is written with the first index (a server may never reach flush), else at flush
      if (cached) this.saveFileTable();
      this.unsavedPostings = cache && signature !== this.postingsSignature ? { keys, signature, corpus } : undefined;
      this._warnings = dedupe([...walkWarnings, ...[...next.values()].flatMap((r) => r.warnings), ...conflicts]);
      this._files = paths;
      this._generation++;
      this._lastIndexed = new Date();
      this._lastIndexMs = Math.round(now() - t0);
      const warnings = [...this._warnings];
      const result: IndexResult = { corpus: this._corpus, warnings, newWarnings: warnings.filter((w) => !before.has(key(w))), files: paths, read, unopened, built, postings: how, ms: this._lastIndexMs };
      if (trusted) result.unverified = true;
      return result;
    } finally {
      this._indexing = false;
    }
  }
}

/** Past this many changed paths, the folders are walked again rather than each path looked at. */
const MAX_KNOWN_CHANGED = 64;

/** The warnings of a file that gave none (most): shared, never added to. */
const NO_WARNINGS: Warning[] = Object.freeze([]) as unknown as Warning[];

/** A source known by its content (at another place, maybe): itself, or a copy at `index`. */
function reuse(source: Source | undefined, index: number, path: string): Source | undefined {
  if (!source || source.path !== path) return undefined; // moved: its key and title may differ, restored below
  return source.index === index ? source : withIndex(source, index);
}

/** The source a cached record makes of the file, if the cache has one for its content. */
function restored(cached: CachedIndex | undefined, key: string, index: number, file: SourceFile): Source | undefined {
  const record = cached?.records.get(key, index);
  return record && restoreSource(index, file.path, file.text, record);
}

/**
 * The results of every file the cache's file table lists, each restored from its record unopened,
 * and the cached postings of exactly those sources; undefined when any has no record (or one that
 * does not fit) or the postings are not theirs (then the start is as any other). In slices.
 */
async function trustedStart(cache: IndexCache, cached: CachedIndex, table: StoredFileTable, pacing: Pacing): Promise<{ next: Map<string, FileResult>; postings: Postings } | undefined> {
  const next = new Map<string, FileResult>();
  const keys: string[] = [];
  let passages = 0;
  let since = pacing.now();
  for (const p of table.keys()) {
    const key = table.keyOf(p)!; // (the content key only: no entry made)
    const source = restoredUnopened(cached, key, keys.length, p);
    if (!source) return undefined;
    keys.push(key);
    passages += passageCountOf(source);
    next.set(p, { source, key, warnings: source.problem ? [{ path: p, message: source.problem }] : NO_WARNINGS });
    if ((keys.length & 255) === 0 && pacing.now() - since > pacing.sliceMs) {
      await pacing.yield();
      since = pacing.now();
    }
  }
  const postings = cache.postingsFor(cached, keys, passages, false); // (lists walked by verify)
  return postings && { next, postings };
}

/** The source a cached record makes of a file not opened (its stat unchanged): with the text the record keeps. */
function restoredUnopened(cached: CachedIndex | undefined, key: string, index: number, path: string): Source | undefined {
  // (looked for at its place first: a warm start from an unchanged folder makes no map of 44,500 keys)
  const record = cached?.records.get(key, index);
  return record && restoreSource(index, path, undefined, record);
}

/** Do two file tables hold the same entries? */
function sameTable(a: ReadonlyMap<string, FileEntry>, b: FileTable | undefined): boolean {
  if (a === b) return true;
  if (!b) return a.size === 0; // none kept, none to keep
  // (a stored table's rows, its paths counted without a map of them: when every path of `a` is
  // found, those are a.size distinct paths, so a table of a.size rows holds no other)
  if (a.size !== (b instanceof StoredFileTable ? b.rows : b.size)) return false;
  let row = 0;
  for (const [p, e] of a) if (!sameEntry(e, b.get(p, row++))) return false;
  return true;
}

/** The CLI's index: its corpus, the warnings of its files, the files. */
export interface LoadedWorkspace {
  corpus: Corpus;
  warnings: Warning[];
  files: string[];
  /** The corpus's fingerprint (fingerprint.ts): what a note's check against it depends on; `known` taken when made of the same files and keys (SourceIndex.fingerprint). */
  fingerprint(known?: KnownFingerprint): string;
  /**
   * After a read met a text of the cache that failed its digest (CorruptRecordError): the files of
   * the damaged texts read again (the records written afresh) and the index that gives, to check
   * again with; undefined when no text was found damaged since (nothing to repair).
   */
  repair(): Promise<LoadedWorkspace | undefined>;
}

/**
 * Everything the CLI needs: the source files of some source sets and their corpus. The texts a
 * start restores from the cache are not swept first (at 100 MB, hashing 44,500 texts cost 0.25 s of
 * a warm check that reads some 5,000 of them): each is checked against its digest when first read,
 * and a read that fails throws CorruptRecordError — the caller then asks `repair` and runs again
 * (the CLI's `withRepairs`, cli/workspace.ts), so no result rests on a damaged text.
 */
export async function loadWorkspace(
  fs: FileSystem,
  sets: SourceSet[],
  config: { exclude: string[]; maxSourceSizeKB: number; decode?: DecodeOptions; cache?: IndexCacheOptions; extractor?: SourceExtractor; walked?: IndexOptions['walked'] },
  onProgress?: (done: number, total: number) => void,
): Promise<LoadedWorkspace> {
  // many files to build: on worker threads, one per core (started only then; stopped once indexed)
  const workers = config.extractor ? undefined : new WorkerExtraction();
  const index = new SourceIndex(fs, { sets, exclude: config.exclude, maxSourceSizeKB: config.maxSourceSizeKB, decode: config.decode, cache: config.cache, listsWhenRead: true }, DEFAULT_PACING, IN_PROCESS_POSTINGS, config.extractor ?? workers);
  let first: IndexResult;
  try {
    first = await index.update({ progress: onProgress && { begin: (total) => onProgress(0, total), report: onProgress }, walked: config.walked });
  } finally {
    workers?.dispose();
  }
  const loaded = async (r: IndexResult): Promise<LoadedWorkspace> => {
    await index.flush();
    return { corpus: r.corpus, warnings: r.warnings, files: r.files, fingerprint: (known) => index.fingerprint(known), repair: async () => {
      // (the files whose texts failed when read, read again: verify's update of the damaged keys)
      const again = await index.verify({ texts: false });
      return again && loaded(again);
    } };
  };
  // (texts not swept: each checked when read — a damaged one throws, and `repair` reads its file again)
  return loaded((await index.verify({ texts: false })) ?? first);
}
