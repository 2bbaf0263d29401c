// The disk, for the CLI and the language server: the only module that reads files with node:fs.
//
// The calls are synchronous inside async methods on purpose: sources and notes are read one small
// file at a time and the indexer yields between slices, while a thread-pool round trip per file
// (fs.promises) costs several times the read itself (2,226 BBC articles: 40–100 ms with sync
// calls, 350–900 ms awaiting fs.promises one file after another).
import * as fs from 'node:fs';
import type { DirEntry, EntryKind, FileStat, FileSystem, ReadUpTo } from './fileSystem';

function kindOf(e: { isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }): EntryKind {
  return e.isFile() ? 'file' : e.isDirectory() ? 'directory' : e.isSymbolicLink() ? 'symlink' : 'other';
}

function statOf(path: string): FileStat {
  const st = fs.statSync(path);
  return { kind: kindOf(st), size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, ctimeMs: st.ctimeMs };
}

export class NodeFileSystem implements FileSystem {
  async readDirectory(dir: string): Promise<DirEntry[]> {
    return fs.readdirSync(dir, { withFileTypes: true }).map((e) => ({ name: e.name, kind: kindOf(e) }));
  }

  async stat(path: string): Promise<FileStat> {
    return statOf(path);
  }

  /** `stat` at once (a subclass that overrides `stat` overrides this too: the index and the probe call it instead). */
  statNow(path: string): FileStat {
    return statOf(path);
  }

  async readFile(path: string): Promise<Uint8Array> {
    return fs.readFileSync(path);
  }

  async readUpTo(path: string, maxBytes: number, into?: (size: number) => Uint8Array): Promise<ReadUpTo> {
    const fd = fs.openSync(path, 'r');
    try {
      const st = fs.fstatSync(fd);
      const size = st.size;
      const stat: FileStat = { kind: kindOf(st), size, mtimeMs: st.mtimeMs, ino: st.ino, ctimeMs: st.ctimeMs };
      if (size > maxBytes) return { stat };
      const buf = into ? into(size) : Buffer.allocUnsafeSlow(size);
      let n = 0;
      while (n < size) {
        const r = fs.readSync(fd, buf, n, size - n, n);
        if (r === 0) break;
        n += r;
      }
      return { stat, bytes: n < size ? buf.subarray(0, n) : buf };
    } finally {
      fs.closeSync(fd);
    }
  }
}
