// A corpus's fingerprint: a digest of everything that decides the sources an index of some folders
// makes — the engine version, the settings that decide a file's text, every file the folders'
// walk finds (in order) with the content key of its text, and the walk's own warnings. Two indexes
// with the same fingerprint have the same sources in the same order (and the same warnings), so a
// note's check against one is its check against the other (the CLI's result cache, cli/resultCache.ts).
//
// `probeFingerprint` finds it without building anything: the index cache's file table read
// (persist/fileTable.ts), the folders walked (or the walk kept with the table taken when every folder
// is as it was, persist/folderListing.ts), each file stated — when every file's stat vouches for the text
// its table entry names (the rule a start from the cache trusts, `unchanged`), that entry's key is
// the key the index would find. Any file without such an entry (new, changed, racy, skipped as too
// large or unreadable) leaves the fingerprint unknown: only an index can say what that file makes.
import { createHash } from 'node:crypto';
import { cacheName, ENGINE_VERSION, IndexCache, type IndexCacheOptions } from '../persist';
import type { StoredFileTable } from '../persist/fileTable';
import type { Warning } from '../types';
import type { DecodeOptions } from '../formats';
import type { DirEntry, FileStat, FileSystem, ReadUpTo } from './fileSystem';
import { tryStat, tryStatNow } from './fileSystem';
import type { SourceSet } from './globs';
import { listSources } from './listedWalk';
import type { FolderListing } from '../persist/folderListing';
import { FINGERPRINT_LINES_PER_UPDATE } from './policy';

export { walkSources } from './listedWalk';

/** The settings that decide a file's text besides its bytes (the file table is kept for these). */
export function fileSettingsOf(settings: { maxSourceSizeKB: number; decode?: DecodeOptions }): string {
  return JSON.stringify([settings.maxSourceSizeKB, settings.decode?.limits ?? null]);
}

/**
 * The fingerprint of the files `files` (in walk order), each with the content key of its source
 * (undefined: no source). A file's line is `${path}\0${key}\n`; the lines are hashed a run of
 * FINGERPRINT_LINES_PER_UPDATE at a time, joined (the same bytes, so the same digest, as an update
 * per file: at 44,500 files, one update each was 30–70 ms of a warm check, which computes it twice).
 */
export function corpusFingerprint(fileSettings: string, files: readonly string[], keyOf: (i: number) => string | undefined, walkWarnings: readonly Warning[], version = ENGINE_VERSION): string {
  const h = createHash('sha256');
  h.update(`grounded corpus\n${version}\n${fileSettings}\n${JSON.stringify(walkWarnings.map((w) => [w.path, w.message]))}\n`);
  for (let from = 0; from < files.length; from += FINGERPRINT_LINES_PER_UPDATE) {
    let lines = '';
    for (let i = from, to = Math.min(files.length, from + FINGERPRINT_LINES_PER_UPDATE); i < to; i++) lines += `${files[i]}\0${keyOf(i) ?? ''}\n`;
    h.update(lines);
  }
  return h.digest('hex');
}

export interface Probe {
  /** The source files the walk found, in order. */
  files: string[];
  walkWarnings: Warning[];
  /** The walk to keep with the file table (the one kept there, when it still held), if it can be kept (persist/folderListing.ts). */
  listing?: FolderListing;
  /** The index cache's file table as read (for an index made next: IndexCacheOptions.fileTable). */
  fileTable: { settings: string; table: StoredFileTable | undefined };
  /** The corpus's fingerprint, when the file table vouches for every file; else undefined. */
  fingerprint?: string;
  /** That fingerprint with what it was made of, for the index made next to take instead of hashing its own again when its files and keys are these (SourceIndex.fingerprint). */
  known?: KnownFingerprint;
}

/** A fingerprint and what it was made of (corpusFingerprint's arguments): the files, each one's key, the walk's warnings, the file settings, the engine version. */
export interface KnownFingerprint {
  fingerprint: string;
  fileSettings: string;
  files: readonly string[];
  keys: readonly (string | undefined)[];
  walkWarnings: readonly Warning[];
  version: number | undefined;
}

/** Is `known` the fingerprint of these arguments of corpusFingerprint — each the same, so the same digest? */
export function isKnownFingerprint(known: KnownFingerprint, fileSettings: string, files: readonly string[], keyOf: (i: number) => string | undefined, walkWarnings: readonly Warning[], version: number | undefined): boolean {
  if (known.fileSettings !== fileSettings || known.version !== version || known.files.length !== files.length || known.walkWarnings.length !== walkWarnings.length) return false;
  for (let i = 0; i < walkWarnings.length; i++) if (known.walkWarnings[i].path !== walkWarnings[i].path || known.walkWarnings[i].message !== walkWarnings[i].message) return false;
  const { files: knownFiles, keys } = known;
  for (let i = 0; i < files.length; i++) if (files[i] !== knownFiles[i] || keyOf(i) !== keys[i]) return false;
  return true;
}

/**
 * The fingerprint of the index `SourceIndex` would make of these folders with this cache, found
 * from the walk, the cache's file table and one stat per file; what it read is kept by `fs` (a
 * `ProbedFileSystem`) for an index made next.
 */
export async function probeFingerprint(
  fs: FileSystem,
  settings: { sets: SourceSet[]; exclude: string[]; maxSourceSizeKB: number; decode?: DecodeOptions },
  cache: IndexCacheOptions,
): Promise<Probe> {
  const fileSettings = fileSettingsOf(settings);
  const table = await new IndexCache(cache, cacheName(settings.sets)).loadFileTable(fileSettings);
  // (the walk kept with the table, when every folder it read is as it was: persist/folderListing.ts)
  const { files, warnings, listing } = await listSources(fs, settings.sets, settings.exclude, table?.listing);
  const probe: Probe = { files, walkWarnings: warnings, listing, fileTable: { settings: fileSettings, table } };
  if (!table || files.length === 0) return probe;
  const keys: string[] = [];
  for (let i = 0; i < files.length; i++) {
    // (each file looked for at its row first: in the table's order, no map of the table's paths is made)
    let stat = table.has(files[i], i) ? tryStatNow(fs, files[i]) : undefined;
    if (stat === 'ask') stat = await tryStat(fs, files[i]);
    const key = stat && table.keyIfUnchanged(files[i], stat, i);
    if (!key) return probe;
    keys.push(key);
  }
  const fingerprint = corpusFingerprint(fileSettings, files, (i) => keys[i], warnings, cache.version);
  return { ...probe, fingerprint, known: { fingerprint, fileSettings, files, keys, walkWarnings: warnings, version: cache.version } };
}

/**
 * A file system that keeps the folder listings and stats read through it until `release`, so that
 * an index made right after a probe walks and states from them instead of again (a stat taken a
 * moment before is what the index would have taken then). Reads always go to the file system.
 *
 * The index states the walk's files in the walk's order, as the probe did: a stat is answered from
 * the probe's next one when it is of that path (`next`), and a Map of the paths stated is made only
 * when a path is asked out of that order (at 100 MB, the Map of 44,500 paths and its lookups were
 * 25–30 ms of a warm check).
 */
export class ProbedFileSystem implements FileSystem {
  private dirs = new Map<string, DirEntry[]>();
  /** The stats taken, in order. */
  private taken: { paths: string[]; stats: FileStat[] } | undefined = { paths: [], stats: [] };
  /** Probing (stats are taken, not answered), until `probed`. */
  private probing = true;
  /** The place in `taken` of the stat the index is expected to ask next. */
  private next = 0;
  /** The stats taken by path, made when a path is asked out of the probe's order. */
  private stats: Map<string, FileStat> | undefined;
  readonly readUpTo?: (path: string, maxBytes: number, into?: (size: number) => Uint8Array) => Promise<ReadUpTo>;
  readonly statNow?: (path: string) => FileStat;

  constructor(private readonly fs: FileSystem) {
    if (fs.readUpTo) this.readUpTo = (p, max, into) => fs.readUpTo!(p, max, into);
    // (at once, as `stat`, when the file system can)
    if (fs.statNow) this.statNow = (p) => this.kept(p) ?? this.took(p, fs.statNow!(p));
  }

  async readDirectory(dir: string): Promise<DirEntry[]> {
    const kept = this.dirs.get(dir);
    if (kept) return kept;
    const entries = await this.fs.readDirectory(dir);
    this.dirs.set(dir, entries);
    return entries;
  }

  async stat(path: string): Promise<FileStat> {
    return this.kept(path) ?? this.took(path, await this.fs.stat(path));
  }

  /** The stat the probe took of `path`, once it is done (still probing, or released: none). */
  private kept(path: string): FileStat | undefined {
    const t = this.taken;
    if (this.probing || !t) return undefined;
    const i = this.next;
    if (i < t.paths.length && t.paths[i] === path) {
      this.next = i + 1;
      return t.stats[i];
    }
    if (!this.stats) {
      this.stats = new Map();
      for (let k = 0; k < t.paths.length; k++) this.stats.set(t.paths[k], t.stats[k]);
    }
    return this.stats.get(path);
  }

  /** A stat just taken: kept while probing (a file's: a folder's, the walk's stamp, is none the index asks for). */
  private took(path: string, st: FileStat): FileStat {
    if (this.probing && this.taken && st.kind === 'file') {
      this.taken.paths.push(path);
      this.taken.stats.push(st);
    }
    return st;
  }

  /** The probe is done: from now on a stat it took is answered from what it took. */
  probed(): void {
    this.probing = false;
  }

  readFile(path: string): Promise<Uint8Array> {
    return this.fs.readFile(path);
  }

  /** From now on every call goes to the file system. */
  release(): void {
    this.probing = false;
    this.taken = undefined;
    this.dirs = new Map();
    this.stats = undefined;
  }
}
