// The walk of the source folders kept with the file table (fileTable.ts): the files it found, in
// order, and each folder it read with that folder's stat just before it was read — modification
// and change times, inode — and when that stat was taken. A start finds a folder whose stat is what
// it was, and was taken well after the folder last changed, to hold the same entries still: adding,
// deleting or renaming an entry moves its folder's modification time, a change of its permissions
// its change time, replacing it its inode. When every folder the walk read is so, the walk's files
// are the kept ones, with no folder read and no glob matched (at 100 MB, 44,500 entries: 60–135 ms).
//
// The racy rule is the file table's: a folder changed within RACY_MS of the stat that recorded it
// could change again within the same timestamp, so its listing is not trusted (a walk that met such
// a folder keeps none: a later walk stamps it again, once it has settled, and keeps that). A walk that met a symbolic link, a folder it could not read, or any warning keeps no
// listing (a link's target can change with no folder changing): such folders are walked each time.
import { RACY_MS } from './policy';

/** A folder's stat as the walk sees it (workspace/fileSystem FileStat). */
export interface FolderStatLike {
  kind: string;
  mtimeMs: number;
  ctimeMs?: number;
  ino?: number;
}

/** A folder the walk read: its stat just before, and when that stat was taken. */
export interface FolderStamp {
  path: string;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  statAt: number;
}

/** A walk of some source folders: what decided it (`key`: the sets and excludes), the folders it read and the files it found. */
export interface FolderListing {
  key: string;
  folders: readonly FolderStamp[];
  files: readonly string[];
}

/** The stamp of a folder stated at `statAt`, if its stat can later vouch for its entries (it has an inode and a change time, and is not racy). */
export function stampOf(path: string, stat: FolderStatLike | undefined, statAt: number): FolderStamp | undefined {
  if (!stat || stat.kind !== 'directory' || stat.ino === undefined || stat.ctimeMs === undefined) return undefined;
  const stamp = { path, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino, statAt };
  return settled(stamp) ? stamp : undefined;
}

/** Was the stamp taken at least RACY_MS after the folder last changed? (Else it could change again within the same timestamp.) */
function settled(stamp: FolderStamp): boolean {
  return Math.max(stamp.mtimeMs, stamp.ctimeMs) + RACY_MS <= stamp.statAt;
}

/** Does the folder still hold the entries its stamp was taken with? (The same stat, and the stamp not racy.) */
export function folderUnchanged(stamp: FolderStamp, stat: FolderStatLike | undefined): boolean {
  return (
    !!stat &&
    stat.kind === 'directory' &&
    stat.ino === stamp.ino &&
    stat.mtimeMs === stamp.mtimeMs &&
    stat.ctimeMs === stamp.ctimeMs &&
    settled(stamp)
  );
}

/** A listing's part of the file table's JSON block (its numbers are the blob's arrays `listingArrays`). */
export interface ListingMeta {
  key: string;
  folders: string[];
  /** The files the table has no row of (`listed` < 0 points here). */
  extra: string[];
}

/** A listing's columns: each folder's stamp, and each file as a row of the table's paths (≥ 0) or -1 - its place in `extra`. */
export interface ListingArrays {
  dirMtime: Float64Array;
  dirCtime: Float64Array;
  dirIno: Float64Array;
  dirStatAt: Float64Array;
  listed: Int32Array;
}

/** The listing as the file table keeps it, its files as rows of `paths` (the table's, in order) where they are there. */
export function encodeListing(listing: FolderListing, paths: readonly string[]): { meta: ListingMeta; arrays: ListingArrays } {
  const n = listing.folders.length;
  const arrays: ListingArrays = { dirMtime: new Float64Array(n), dirCtime: new Float64Array(n), dirIno: new Float64Array(n), dirStatAt: new Float64Array(n), listed: new Int32Array(listing.files.length) };
  listing.folders.forEach((f, i) => {
    arrays.dirMtime[i] = f.mtimeMs;
    arrays.dirCtime[i] = f.ctimeMs;
    arrays.dirIno[i] = f.ino;
    arrays.dirStatAt[i] = f.statAt;
  });
  const extra: string[] = [];
  // (the files are the table's paths in order when every file made a source: met in step, no map made)
  let row = 0;
  let byPath: Map<string, number> | undefined;
  listing.files.forEach((p, i) => {
    if (row < paths.length && paths[row] === p) {
      arrays.listed[i] = row++;
      return;
    }
    if (!byPath) byPath = new Map(paths.map((q, k) => [q, k]));
    const at = byPath.get(p);
    if (at !== undefined) arrays.listed[i] = at;
    else {
      arrays.listed[i] = -1 - extra.length;
      extra.push(p);
    }
  });
  return { meta: { key: listing.key, folders: listing.folders.map((f) => f.path), extra }, arrays };
}

/** The listing a file table keeps (its paths `paths`), or why it cannot be one. */
export function decodeListing(meta: unknown, arrays: Partial<Record<string, unknown>>, paths: readonly string[]): FolderListing | { reject: string } {
  const m = meta as Partial<ListingMeta> | undefined;
  if (!m || typeof m.key !== 'string' || !isStrings(m.folders) || !isStrings(m.extra)) return { reject: 'a folder listing of the wrong shape' };
  const { dirMtime, dirCtime, dirIno, dirStatAt, listed } = arrays;
  const n = m.folders.length;
  for (const a of [dirMtime, dirCtime, dirIno, dirStatAt]) if (!(a instanceof Float64Array) || a.length !== n) return { reject: 'folder listing columns are missing or of the wrong length' };
  if (!(listed instanceof Int32Array)) return { reject: 'folder listing files are missing' };
  const files: string[] = [];
  for (let i = 0; i < listed.length; i++) {
    const r = listed[i];
    const p = r >= 0 ? paths[r] : m.extra[-1 - r];
    if (p === undefined) return { reject: 'a folder listing file out of bounds' };
    files.push(p);
  }
  const [mt, ct, ino, at] = [dirMtime, dirCtime, dirIno, dirStatAt] as Float64Array[];
  const folders = m.folders.map((path, i) => ({ path, mtimeMs: mt[i], ctimeMs: ct[i], ino: ino[i], statAt: at[i] }));
  return { key: m.key, folders, files };
}

function isStrings(a: unknown): a is string[] {
  return Array.isArray(a) && a.every((s) => typeof s === 'string');
}
