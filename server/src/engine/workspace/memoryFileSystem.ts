// A workspace held in memory: files written inline (tests, or any host without a disk). Folders
// exist implicitly, as the parents of the files (and of symbolic links). Each write gets a later
// modification time.
import * as path from 'node:path';
import type { DirEntry, FileStat, FileSystem } from './fileSystem';

/** Links followed from one path, at most (a loop of links would never end; the disk stops at 40). */
const MAX_LINK_HOPS = 8;

interface Entry {
  bytes: Uint8Array;
  mtimeMs: number;
}

function notFound(p: string, syscall: string): Error {
  return Object.assign(new Error(`ENOENT: no such file or directory, ${syscall} '${p}'`), { code: 'ENOENT' });
}

export class InMemoryFileSystem implements FileSystem {
  private readonly files = new Map<string, Entry>();
  /** Symbolic links: path → target (absolute). */
  private readonly links = new Map<string, string>();
  private clock = 0;

  /** `files`: absolute path → text (UTF-8) or bytes. */
  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [p, content] of Object.entries(files)) this.write(p, content);
  }

  write(p: string, content: string | Uint8Array): void {
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    this.files.set(path.resolve(p), { bytes, mtimeMs: ++this.clock });
  }

  /** A symbolic link at `p` to `target` (which need not exist). */
  symlink(p: string, target: string): void {
    this.links.set(path.resolve(p), path.resolve(target));
  }

  delete(p: string): boolean {
    return this.files.delete(path.resolve(p));
  }

  /** Every file's path, sorted. */
  paths(): string[] {
    return [...this.files.keys()].sort();
  }

  private isDirectory(dir: string): boolean {
    const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
    for (const p of this.files.keys()) if (p.startsWith(prefix)) return true;
    for (const p of this.links.keys()) if (p.startsWith(prefix)) return true;
    return false;
  }

  async readDirectory(dir: string): Promise<DirEntry[]> {
    const abs = path.resolve(dir);
    if (this.files.has(abs)) throw Object.assign(new Error(`ENOTDIR: not a directory, scandir '${dir}'`), { code: 'ENOTDIR' });
    const out = new Map<string, DirEntry>();
    const add = (p: string, kind: 'file' | 'symlink') => {
      const rel = path.relative(abs, p);
      if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return;
      const parts = rel.split(path.sep);
      out.set(parts[0], { name: parts[0], kind: parts.length > 1 ? 'directory' : kind });
    };
    for (const p of this.files.keys()) add(p, 'file');
    for (const p of this.links.keys()) add(p, 'symlink');
    if (out.size === 0 && !this.isDirectory(abs)) throw notFound(dir, 'scandir');
    return [...out.values()];
  }

  async stat(p: string): Promise<FileStat> {
    const abs = this.follow(path.resolve(p));
    const f = this.files.get(abs);
    if (f) return { kind: 'file', size: f.bytes.length, mtimeMs: f.mtimeMs };
    if (this.isDirectory(abs)) return { kind: 'directory', size: 0, mtimeMs: 0 };
    throw notFound(p, 'stat');
  }

  async readFile(p: string): Promise<Uint8Array> {
    const abs = this.follow(path.resolve(p));
    const f = this.files.get(abs);
    if (f) return f.bytes;
    if (this.isDirectory(abs)) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read`), { code: 'EISDIR' });
    throw notFound(p, 'open');
  }

  /** Where a path leads through symbolic links (MAX_LINK_HOPS at most: links may form a loop). */
  private follow(abs: string): string {
    for (let hops = 0; hops < MAX_LINK_HOPS && this.links.has(abs); hops++) abs = this.links.get(abs)!;
    return abs;
  }
}
