// The file system as the engine sees it: list a folder, stat a file, read its bytes. Everything the
// engine reads (sources, notes on disk, grounded.json / .vscode/settings.json) goes through this
// interface, so the CLI and the language server read the same way and tests can run on an
// in-memory workspace (memoryFileSystem.ts) instead of the disk (nodeFileSystem.ts).
// Paths are absolute, in the platform's form (as node:path builds them).

export type EntryKind = 'file' | 'directory' | 'symlink' | 'other';

export interface DirEntry {
  name: string;
  /** 'symlink' for symbolic links, 'other' for sockets, devices…: never followed while searching for files. */
  kind: EntryKind;
}

export interface FileStat {
  kind: EntryKind;
  /** Bytes. */
  size: number;
  /** Modification time in milliseconds. */
  mtimeMs: number;
  /**
   * The file's identity on its device (the inode), where the file system has one: with it, the
   * index cache trusts an unchanged stat instead of reading the file (persist/fileTable.ts).
   */
  ino?: number;
  /**
   * When the entry's own metadata last changed (permissions, links, renames), in milliseconds, where
   * the file system keeps it: with it and the inode, a folder's stat vouches for its listing
   * (persist/folderListing.ts).
   */
  ctimeMs?: number;
}

/** A file's stat and, when it holds at most the bytes asked for, its bytes (FileSystem.readUpTo). */
export interface ReadUpTo {
  stat: FileStat;
  bytes?: Uint8Array;
}

/**
 * The read-only operations the engine needs. Failures reject with an Error whose `code` is the
 * Node-style error code (ENOENT, EACCES, EISDIR…) when there is one.
 */
export interface FileSystem {
  /** The entries of a folder, in no particular order. */
  readDirectory(dir: string): Promise<DirEntry[]>;
  /** Follows symbolic links. */
  stat(path: string): Promise<FileStat>;
  readFile(path: string): Promise<Uint8Array>;
  /**
   * The file's stat (taken before the read) and its bytes when it holds at most `maxBytes`, in one
   * open (no separate stat: for thousands of small sources it was a fifth of the calls). Optional:
   * without it the indexer stats, then reads. `into`, when given, is asked for the room to read
   * them into once their size is known (a view of that many bytes; the bytes answered are then a
   * view at its start): a first index reads its files one after another into the buffer of the run
   * it hands to an extractor, instead of a buffer per file copied there (a file system may ignore
   * it: the caller copies bytes that are not where it said).
   */
  readUpTo?(path: string, maxBytes: number, into?: (size: number) => Uint8Array): Promise<ReadUpTo>;
  /**
   * `stat` answered at once (throws where `stat` rejects), where the file system can without a
   * thread (the disk's calls are synchronous already): a warm check states every source — 44,500 at
   * 100 MB — and a promise awaited per file cost as much again as the calls. Optional: without it,
   * `stat`.
   */
  statNow?(path: string): FileStat;
}

/** The error code of a failed file-system call, else the error itself as text. */
export function errorCode(e: unknown): string {
  return (e as { code?: string })?.code ?? String(e);
}

/**
 * A file's stat, or undefined when it does not exist or cannot be read — at once when the file
 * system can (`statNow`), else 'ask' (then `tryStat`).
 */
export function tryStatNow(fs: FileSystem, path: string): FileStat | undefined | 'ask' {
  if (!fs.statNow) return 'ask';
  try {
    return fs.statNow(path);
  } catch {
    return undefined;
  }
}

/** A file's stat, or undefined when it does not exist or cannot be read. */
export async function tryStat(fs: FileSystem, path: string): Promise<FileStat | undefined> {
  try {
    return await fs.stat(path);
  } catch {
    return undefined;
  }
}

/**
 * A note's text: UTF-8, invalid bytes replaced and a byte-order mark kept (as Node's
 * readFileSync(path, 'utf8') does, so offsets are the same as the editor's).
 */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

export async function readText(fs: FileSystem, path: string): Promise<string> {
  return decodeText(await fs.readFile(path));
}
