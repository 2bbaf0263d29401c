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
import { decodeListing, encodeListing, type FolderListing, type ListingMeta } from './folderListing';
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
  /** The walk of the folders the files were found by, when one can be kept (folderListing.ts). */
  listing?: ListingMeta;
}

/** The entry of a file read now, if its stat can later vouch for it. */
export function entryOf(stat: StatLike, statAt: number, key: string): FileEntry | undefined {
  if (stat.ino === undefined) return undefined;
  return { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino, statAt, key };
}

/** Does the file still hold the text the entry names? (Same stat, and the entry is not racy; `StoredFileTable.keyIfUnchanged` reads the same from its columns.) */
export function unchanged(entry: FileEntry, stat: StatLike): boolean {
  return stat.ino !== undefined && stat.ino === entry.ino && stat.size === entry.size && stat.mtimeMs === entry.mtimeMs && entry.mtimeMs + RACY_MS <= entry.statAt;
}

export function sameEntry(a: FileEntry | undefined, b: FileEntry | undefined): boolean {
  return a === b || (!!a && !!b && a.key === b.key && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino && a.statAt === b.statAt);
}

export function encodeFileTable(entries: ReadonlyMap<string, FileEntry>, settings: string, listing?: FolderListing): Blob<FileTableMeta> {
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
  if (!listing) return { meta: { settings, paths, keys }, arrays: { size, mtime, ino, statAt } };
  const l = encodeListing(listing, paths);
  return { meta: { settings, paths, keys, listing: l.meta }, arrays: { size, mtime, ino, statAt, ...l.arrays } };
}

/** A file table's columns, by row. */
interface FileTableColumns {
  size: Float64Array;
  mtime: Float64Array;
  ino: Float64Array;
  statAt: Float64Array;
}

/**
 * A file table read from the cache: its entries kept in the file's columns, each made when asked
 * (`get`, iteration), by path as a Map of them would be (a later duplicate path wins). A start from
 * the cache reads only each path's content key (`keyOf`): at 44,500 files, an object per entry
 * was a tenth of it.
 */
/**
 * A file table: each path's entry, whose `get` may be told the row the path is expected at — the
 * place of the file in the walk, which is the table's order when the files did not change
 * (StoredFileTable then makes no map of its paths; a Map ignores the row).
 */
export interface FileTable extends ReadonlyMap<string, FileEntry> {
  get(path: string, row?: number): FileEntry | undefined;
}

export class StoredFileTable implements FileTable {
  /** Path → its row (made on first use: a probe that meets the paths in the table's order never needs it). */
  private byPath: Map<string, number> | undefined;
  constructor(
    private readonly keysByRow: readonly string[],
    private readonly columns: FileTableColumns,
    private readonly paths: readonly string[],
    /** The walk kept with the table (folderListing.ts), if any. */
    readonly listing?: FolderListing,
    /** Why the listing kept with the table was not taken (it is then none), if it was not. */
    readonly listingRejected?: string,
  ) {}

  private get at(): Map<string, number> {
    if (!this.byPath) {
      this.byPath = new Map();
      for (let i = 0; i < this.paths.length; i++) this.byPath.set(this.paths[i], i);
    }
    return this.byPath;
  }

  /**
   * The content key of the text `path` held, when its `stat` still vouches for it (`unchanged`);
   * else undefined. `row` is where the path is expected (the files in the order the table was
   * written in: looked up by path only when it is not there).
   */
  keyIfUnchanged(path: string, stat: StatLike, row: number): string | undefined {
    const i = this.rowOf(path, row);
    if (i === undefined) return undefined;
    const c = this.columns;
    const ok = stat.ino !== undefined && stat.ino === c.ino[i] && stat.size === c.size[i] && stat.mtimeMs === c.mtime[i] && c.mtime[i] + RACY_MS <= c.statAt[i];
    return ok ? this.keysByRow[i] : undefined;
  }

  /**
   * The row of `path`: `row` when the path is there, else the one the map of paths gives (undefined:
   * not in the table). (The paths are unique — the table is written from a Map of them — so the row
   * a path is found at is the map's.)
   */
  private rowOf(path: string, row: number | undefined): number | undefined {
    return row !== undefined && this.paths[row] === path ? row : this.at.get(path);
  }

  /** Is `path` the one at `row`? (No map of paths made.) */
  isAt(path: string, row: number): boolean {
    return this.paths[row] === path;
  }

  /** How many rows the table has (its paths, unique when it was written by `encodeFileTable`; `size` counts the distinct ones). */
  get rows(): number {
    return this.paths.length;
  }
  get size(): number {
    return this.at.size;
  }
  /** Does the table hold `path`? (`row`: where it is expected, FileTable.get.) */
  has(path: string, row?: number): boolean {
    return this.rowOf(path, row) !== undefined;
  }
  get(path: string, row?: number): FileEntry | undefined {
    const i = this.rowOf(path, row);
    return i === undefined ? undefined : this.entry(i);
  }
  /** The content key of the text the file held when it was read (no entry made). */
  keyOf(path: string): string | undefined {
    const i = this.at.get(path);
    return i === undefined ? undefined : this.keysByRow[i];
  }
  keys(): IterableIterator<string> {
    return this.at.keys();
  }
  *values(): IterableIterator<FileEntry> {
    for (const i of this.at.values()) yield this.entry(i);
  }
  *entries(): IterableIterator<[string, FileEntry]> {
    for (const [p, i] of this.at) yield [p, this.entry(i)];
  }
  [Symbol.iterator](): IterableIterator<[string, FileEntry]> {
    return this.entries();
  }
  forEach(visit: (entry: FileEntry, path: string, table: ReadonlyMap<string, FileEntry>) => void): void {
    for (const [p, i] of this.at) visit(this.entry(i), p, this);
  }

  private entry(i: number): FileEntry {
    const c = this.columns;
    return { size: c.size[i], mtimeMs: c.mtime[i], ino: c.ino[i], statAt: c.statAt[i], key: this.keysByRow[i] };
  }
}

/** The entries of a blob made with the same settings; undefined when it is not one (or of other settings). */
export function readFileTable(blob: Blob<FileTableMeta>, settings: string): StoredFileTable | { reject: string } | undefined {
  const { meta, arrays } = blob;
  if (!meta || !Array.isArray(meta.paths) || !Array.isArray(meta.keys)) return { reject: 'no file table' };
  if (meta.settings !== settings) return undefined;
  const n = meta.paths.length;
  const { size, mtime, ino, statAt } = arrays;
  for (const a of [size, mtime, ino, statAt]) if (!(a instanceof Float64Array) || a.length !== n) return { reject: 'file table columns are missing or of the wrong length' };
  if (meta.keys.length !== n) return { reject: 'file table columns are missing or of the wrong length' };
  for (let i = 0; i < n; i++) if (typeof meta.paths[i] !== 'string' || typeof meta.keys[i] !== 'string') return { reject: 'bad file table entry' };
  const columns = { size, mtime, ino, statAt } as FileTableColumns;
  if (meta.listing === undefined) return new StoredFileTable(meta.keys, columns, meta.paths);
  const listing = decodeListing(meta.listing, arrays, meta.paths);
  return 'reject' in listing ? new StoredFileTable(meta.keys, columns, meta.paths, undefined, listing.reject) : new StoredFileTable(meta.keys, columns, meta.paths, listing);
}
