// What `grounded check` and `grounded search` share: the settings (validated, or exit 2), the
// sources, the notes given on the command line, and a progress line on terminals.
import * as os from 'node:os';
import * as path from 'node:path';
import { DiskExtractCache } from '../engine/formats';
import { DiskCacheStore } from '../engine/persist';
import { defaultCacheDir } from './cacheDir';
import { findFiles, folderSet, formatProblem, loadConfig, loadWorkspace, tryStat, type FileSystem, type GroundedConfig, type IndexOptions, type KnownFingerprint, type LoadedWorkspace, type SourceSet } from '../engine/workspace';
import type { DecodeOptions } from '../engine/formats';
import type { IndexCacheOptions } from '../engine/persist';
import type { Warning } from '../engine/types';
import { CorruptRecordError } from '../engine/persist';
import type { Corpus } from '../engine/corpus';
import { UsageError, type Args } from './args';
import { postgres, type SnapshotStore } from '../engine/stores';
import { PathSet, type PathsAsked } from './pathSet';

/** The settings are wrong: the problems were printed, exit status 2. */
export class ConfigError extends Error {}

/** A shared store opened for the CLI: a store that cannot be reached is the user's configuration to fix (exit 2). */
export async function openCliStore(url: string): Promise<SnapshotStore> {
  const pg = await postgres();
  try {
    return await pg.openPostgresStore(url);
  } catch (e) {
    if (e instanceof pg.StoreError) throw new ConfigError(e.message);
    throw e;
  }
}

export interface Io {
  cwd: string;
  out(s: string): void;
  /** Bytes for stdout (a large report, written without making a string of it first); without it, `out` of their text. */
  outBytes?(b: Uint8Array): void;
  err(s: string): void;
  /** Is stderr a terminal (progress lines are for people, never for pipes and CI logs)? */
  tty: boolean;
  /** Colour the text report (stdout is a terminal and NO_COLOR is not set). */
  color: boolean;
  /** The environment (XDG_CACHE_HOME…); default: the process's. */
  env?: Record<string, string | undefined>;
}

/** The cache folder of a run: --cache DIR, none with --no-cache, else the user's cache folder. */
export function cacheDirOf(args: Args, io: Io): string | undefined {
  if (args.noCache) return undefined;
  if (args.cache !== undefined) return path.resolve(io.cwd, args.cache);
  return defaultCacheDir(io.env ?? process.env, os.homedir(), process.platform);
}

/** A path for people and reports: relative to the working directory, like other linters. */
export function rel(io: Io, p: string): string {
  return path.relative(io.cwd, p) || '.';
}

export interface Loaded {
  config: GroundedConfig;
  /** The folder the settings' relative paths are relative to. */
  root: string;
  sets: SourceSet[];
  corpus: Corpus;
  /** Source files found (read or skipped). */
  sourceFiles: PathsAsked;
  /** The globs a source matches, for messages. */
  describe: string;
  /** The index's warnings (skipped files, sources without metadata, key conflicts). */
  warnings: readonly Warning[];
  /** The corpus's fingerprint (engine/workspace/fingerprint.ts); `known` (the probe's) taken when made of the same files and keys. */
  fingerprint(known?: KnownFingerprint): string;
  /** After a read met a damaged text of the cache (CorruptRecordError): the sources with its file read again, or undefined (nothing to repair). */
  repair(): Promise<Loaded | undefined>;
}

/** The settings and the source folders they (or --sources) name; any problem with the settings: print them all, exit 2. */
export async function loadSettings(fs: FileSystem, args: Args, io: Io): Promise<{ config: GroundedConfig; root: string; sets: SourceSet[]; describe: string }> {
  const root = args.config ? path.dirname(path.resolve(io.cwd, args.config)) : io.cwd;
  const loaded = await loadConfig(fs, root, args.config && path.resolve(io.cwd, args.config));
  if (loaded.problems.length) {
    for (const p of loaded.problems) io.err(formatProblem(p, rel(io, p.file)) + '\n');
    const n = loaded.problems.length;
    throw new ConfigError(`${rel(io, loaded.file!)} has ${n} problem${n === 1 ? '' : 's'}: fix ${n === 1 ? 'it' : 'them'} and run again`);
  }
  for (const dir of args.sources) {
    if ((await tryStat(fs, path.resolve(io.cwd, dir)))?.kind !== 'directory') throw new UsageError(`--sources ${dir}: no such folder`);
  }
  const config = loaded.config;
  const sets = args.sources.length ? args.sources.map((d) => folderSet(path.resolve(io.cwd, d))) : [{ root, globs: config.sources }];
  const describe = sets.map((s) => `${s.globs.join(', ')} under ${rel(io, s.root)}`).join('; ');
  return { config, root, sets, describe };
}

/** The settings a run read, and the source folders they name (loadSettings). */
export type Settings = Awaited<ReturnType<typeof loadSettings>>;

/** How the CLI indexes sources with a cache folder: the extraction cache and the index cache there (none without one). */
export function cacheConfig(cacheDir: string | undefined, io: Io): { decode?: DecodeOptions; cache?: IndexCacheOptions } {
  if (!cacheDir) return {};
  return { decode: { cache: new DiskExtractCache(cacheDir) }, cache: { store: new DiskCacheStore(cacheDir), log: (m: string) => io.err(`grounded: ${m}\n`), postingsWhenAsked: true } };
}

/**
 * Read the settings (any problem: print them all, exit 2; or take those given), then index the
 * sources (none: exit 2) and print the index's warnings (unless `print` is false).
 */
export async function loadSources(fs: FileSystem, args: Args, io: Io, given?: { settings?: Settings; print?: boolean; fileTable?: IndexCacheOptions['fileTable']; walked?: IndexOptions['walked']; store?: DiskCacheStore }): Promise<Loaded> {
  const { config, root, sets, describe } = given?.settings ?? (await loadSettings(fs, args, io));
  const p = progress(io);
  const cached = cacheConfig(cacheDirOf(args, io), io);
  if (cached.cache && given?.fileTable) cached.cache.fileTable = given.fileTable;
  // (the index cache's files through the caller's store: one that writes behind, waited for before the run exits)
  if (cached.cache && given?.store) cached.cache.store = given.store;
  const ws = await loadWorkspace(fs, sets, { ...config, ...cached, walked: given?.walked }, p.report);
  p.clear();
  if (given?.print !== false) for (const w of ws.warnings) io.err(`${rel(io, w.path)}: warning: ${w.message}\n`);
  if (ws.corpus.sources.length === 0) {
    throw new UsageError(`no source files found (looked for ${describe}); pass --sources DIR or set "sources" in grounded.json`);
  }
  const loaded = (w: LoadedWorkspace): Loaded => ({
    config,
    root,
    sets,
    corpus: w.corpus,
    sourceFiles: new PathSet(w.files),
    describe,
    warnings: w.warnings,
    fingerprint: (known) => w.fingerprint(known),
    repair: async () => {
      const again = await w.repair();
      return again && loaded(again);
    },
  });
  return loaded(ws);
}

/**
 * `run` on the loaded sources; when it meets a damaged text of the index cache (each text is
 * checked against its digest when first read: engine/workspace loadWorkspace), run again on the
 * sources repaired — as often as a repair reads some file again.
 */
export async function withRepairs<T>(loaded: Loaded, run: (loaded: Loaded) => Promise<T>): Promise<T> {
  for (;;) {
    try {
      return await run(loaded);
    } catch (e) {
      if (!(e instanceof CorruptRecordError)) throw e;
      const repaired = await loaded.repair();
      if (!repaired) throw e;
      loaded = repaired;
    }
  }
}

/** "Indexing 1200/2225 sources…" on a terminal, cleared when done. */
function progress(io: Io): { report: (done: number, total: number) => void; clear(): void } {
  let shown = false;
  return {
    report: (done, total) => {
      if (!io.tty || total < 400) return;
      io.err(`\rIndexing ${done}/${total} sources…`);
      shown = true;
    },
    clear: () => {
      if (shown) io.err('\r\x1b[K');
    },
  };
}

const NOTE_GLOB = '**/*.{md,markdown}';

/**
 * The notes named on the command line: files as given, folders searched for markdown. Sources are
 * not notes: inside folders they are left out quietly, given by name they are skipped with a warning.
 */
export async function collectNotes(fs: FileSystem, paths: string[], loaded: Pick<Loaded, 'sourceFiles' | 'config' | 'describe'>, io: Io): Promise<string[]> {
  const out = new Set<string>();
  for (const p of paths) {
    const abs = path.resolve(io.cwd, p);
    const st = await tryStat(fs, abs);
    if (!st) throw new UsageError(`${p}: no such file or folder`);
    if (st.kind === 'directory') {
      for (const f of await findFiles(fs, abs, [NOTE_GLOB], loaded.config.exclude)) if (!loaded.sourceFiles.has(f)) out.add(f);
    } else if (loaded.sourceFiles.has(abs)) {
      io.err(`${rel(io, abs)}: warning: this is a source (matched by ${loaded.describe}), not a note; skipped\n`);
    } else out.add(abs);
  }
  return [...out];
}

/** The repository the working directory is in (the nearest folder with a .git), else the working directory. */
export async function repositoryRoot(fs: FileSystem, cwd: string): Promise<string> {
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    if (await tryStat(fs, path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return cwd;
  }
}
