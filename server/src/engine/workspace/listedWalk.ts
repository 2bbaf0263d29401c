// The walk of the source folders, or the one kept with the index cache's file table when every
// folder it read is as it was then (persist/folderListing.ts: one stat per folder instead of
// reading it and matching each entry against the globs); a walk made here stamps each folder it
// reads, so that the next start can keep it.
import { folderUnchanged, stampOf, type FolderListing, type FolderStamp } from '../persist/folderListing';
import type { Warning } from '../types';
import type { DirEntry, FileStat, FileSystem } from './fileSystem';
import { tryStat, tryStatNow } from './fileSystem';
import { findFiles, type SourceSet } from './globs';

/** The folders' files, the walk's warnings, and the listing to keep with the file table (undefined: none can be kept). */
export interface ListedFiles {
  files: string[];
  warnings: Warning[];
  listing?: FolderListing;
}

/** What decides a walk besides the folders' entries: the source sets and the excludes. */
export function listingKey(sets: readonly SourceSet[], exclude: readonly string[]): string {
  return JSON.stringify([sets.map((s) => [s.root, s.globs]), exclude]);
}

/** A folder's stat now (undefined: none), at once when the file system can. */
async function statOf(fs: FileSystem, dir: string): Promise<FileStat | undefined> {
  const st = tryStatNow(fs, dir);
  return st === 'ask' ? tryStat(fs, dir) : st;
}

/**
 * The files of `sets` (walkSources' order): the `kept` listing's when it was made for these sets
 * and excludes and every folder it read is unchanged (`folderUnchanged`, one stat each) — then
 * `kept` itself is the listing; else a walk, each folder stated just before it is read.
 */
export async function listSources(fs: FileSystem, sets: readonly SourceSet[], exclude: string[], kept?: FolderListing): Promise<ListedFiles> {
  const key = listingKey(sets, exclude);
  if (kept && kept.key === key && (await allUnchanged(fs, kept.folders))) return { files: kept.files as string[], warnings: [], listing: kept };
  const stamping = new StampingFileSystem(fs);
  const { files, warnings } = await walkSources(stamping, sets as SourceSet[], exclude);
  const folders = warnings.length === 0 ? stamping.stamps() : undefined;
  return folders ? { files, warnings, listing: { key, folders, files } } : { files, warnings };
}

/** The folders' files in the index's order (each set walked, duplicates once), and the walk's warnings. */
export async function walkSources(fs: FileSystem, sets: readonly SourceSet[], exclude: string[]): Promise<{ files: string[]; warnings: Warning[] }> {
  const warnings: Warning[] = [];
  const found: string[] = [];
  // (one folder's walk lists each file once, sorted: no set of its paths to make — 44,500 at 100 MB)
  if (sets.length === 1) return { files: await findFiles(fs, sets[0].root, sets[0].globs, exclude, warnings), warnings };
  for (const s of sets) for (const f of await findFiles(fs, s.root, s.globs, exclude, warnings)) found.push(f);
  return { files: [...new Set(found)], warnings };
}

async function allUnchanged(fs: FileSystem, folders: readonly FolderStamp[]): Promise<boolean> {
  for (const f of folders) if (!folderUnchanged(f, await statOf(fs, f.path))) return false;
  return true;
}

/**
 * A file system that stamps each folder read through it (persist/folderListing.ts stampOf: its stat
 * taken just before it is read) and notes what keeps a walk from being kept: a folder that cannot
 * be stated or read, or changed too lately (racy: no stamp), a symbolic link among its entries.
 */
class StampingFileSystem implements FileSystem {
  private readonly taken: FolderStamp[] = [];
  private spoilt = false;
  readonly readUpTo: FileSystem['readUpTo'];
  readonly statNow: FileSystem['statNow'];

  constructor(private readonly fs: FileSystem) {
    this.readUpTo = fs.readUpTo && ((p, max, into) => fs.readUpTo!(p, max, into));
    this.statNow = fs.statNow && ((p) => fs.statNow!(p));
  }

  async readDirectory(dir: string): Promise<DirEntry[]> {
    // (the time first, then the stat, then the entries: a change after the stat is a change after the time, which the racy rule allows for)
    const at = Date.now();
    const stamp = stampOf(dir, await statOf(this.fs, dir), at);
    let entries: DirEntry[];
    try {
      entries = await this.fs.readDirectory(dir);
    } catch (e) {
      this.spoilt = true;
      throw e;
    }
    if (!stamp || entries.some((e) => e.kind === 'symlink')) this.spoilt = true;
    else this.taken.push(stamp);
    return entries;
  }

  stat(path: string): Promise<FileStat> {
    return this.fs.stat(path);
  }

  readFile(path: string): Promise<Uint8Array> {
    return this.fs.readFile(path);
  }

  /** The stamps of the folders read, or undefined when the walk cannot be kept. */
  stamps(): FolderStamp[] | undefined {
    return this.spoilt ? undefined : this.taken;
  }
}
