// Which text each source file held when it was last read, by the file's stat: its size,
// modification time and identity (inode) then, the time of that stat, and the content key of the
// text read. A start finds a file whose stat is what it was, and was taken well after the file's
// last modification, to hold that text still, and restores its source from the record of that key
// (with the text the record keeps) without opening the file: as make, ccache and git do.
//
// What this accepts: a file rewritten with the same size, the same modification time and the same
// inode is taken as unchanged. Editors, git and copies all move the modification time; only a tool
// that sets it back on purpose (`touch -d`, `cp -p` over the file in place) can do this.
// `grounded check --no-cache` (or deleting the cache folder) reads and hashes every file again.
// A file modified within RACY_MS of the stat that recorded it ("racy", as git calls it: it could
// have changed again within the same timestamp after being read) is not trusted: it is read and
// hashed at the next start, and its entry recorded again.
import type { Blob } from './binary';
import { RACY_MS } from './policy';

/** A file's stat as the indexer sees it (workspace/fileSystem FileStat). */
export interface StatLike {
  size: number;
  mtimeMs: number;
  /** The file's identity on its device; absent where the file system has none (then nothing is trusted). */
  ino?: number;
}

export interface FileEntry {
  size: number;
  mtimeMs: number;
  ino: number;
  /** When the stat was taken (ms since the epoch, the clock file times are in). */
  statAt: number;
  /** The content key of the text read after that stat (sourceRecords contentKey). */
  key: string;
}

export interface FileTableMeta {
  /** What else decides a file's text (the indexer's settings: size limit, extraction bounds). */
  settings: string;
  paths: string[];
  keys: string[];
}

/** The entry of a file read now, if its stat can later vouch for it. */
export function entryOf(stat: StatLike, statAt: number, key: string): FileEntry | undefined {
  if (stat.ino === undefined) return undefined;
  return { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino, statAt, key };
}

/** Does the file still hold the text the entry names? (Same stat, and the entry is not racy.) */
export function unchanged(entry: FileEntry, stat: StatLike): boolean {
  return stat.ino !== undefined && stat.ino === entry.ino && stat.size === entry.size && stat.mtimeMs === entry.mtimeMs && entry.mtimeMs + RACY_MS <= entry.statAt;
}

export function sameEntry(a: FileEntry | undefined, b: FileEntry | undefined): boolean {
  return a === b || (!!a && !!b && a.key === b.key && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino && a.statAt === b.statAt);
}

export function encodeFileTable(entries: ReadonlyMap<string, FileEntry>, settings: string): Blob<FileTableMeta> {
  const n = entries.size;
  const paths: string[] = [];
  const keys: string[] = [];
  const size = new Float64Array(n);
  const mtime = new Float64Array(n);
  const ino = new Float64Array(n);
  const statAt = new Float64Array(n);
  let i = 0;
  for (const [p, e] of entries) {
    paths.push(p);
    keys.push(e.key);
    size[i] = e.size;
    mtime[i] = e.mtimeMs;
    ino[i] = e.ino;
    statAt[i] = e.statAt;
    i++;
  }
  return { meta: { settings, paths, keys }, arrays: { size, mtime, ino, statAt } };
}

/** The entries of a blob made with the same settings; undefined when it is not one (or of other settings). */
export function readFileTable(blob: Blob<FileTableMeta>, settings: string): Map<string, FileEntry> | { reject: string } | undefined {
  const { meta, arrays } = blob;
  if (!meta || !Array.isArray(meta.paths) || !Array.isArray(meta.keys)) return { reject: 'no file table' };
  if (meta.settings !== settings) return undefined;
  const n = meta.paths.length;
  const { size, mtime, ino, statAt } = arrays;
  for (const a of [size, mtime, ino, statAt]) if (!(a instanceof Float64Array) || a.length !== n) return { reject: 'file table columns are missing or of the wrong length' };
  if (meta.keys.length !== n) return { reject: 'file table columns are missing or of the wrong length' };
  const out = new Map<string, FileEntry>();
  for (let i = 0; i < n; i++) {
    const p = meta.paths[i];
    const key = meta.keys[i];
    if (typeof p !== 'string' || typeof key !== 'string') return { reject: 'bad file table entry' };
    out.set(p, { size: size[i], mtimeMs: mtime[i], ino: ino[i], statAt: statAt[i], key });
  }
  return out;
}
