// The index kept between runs, for one set of source folders: every source's record (what
// buildSource computed: passages, figures, metadata) keyed by the content of its text, and the
// postings of the corpus they last made. Files in a cache folder (binary.ts), each written to a
// temporary file and renamed into place, so two writers (two editor windows, an editor and the
// CLI) never leave half a file: the last rename wins and every file is whole.
//
//   <name>.sources.gidx          the base: the records of every source of the corpus first saved
//   <name>.sources.<id>.gidx     a delta: the records an update added (the sources it built);
//                                an update writes only these, never the base again
//   <name>.postings.gidx         the postings of one corpus, named by its signature
//   <name>.files.gidx            each source file's stat when it was read, and its text's key
//                                (fileTable.ts): a start restores an unchanged file unopened
//
// Records are keyed by content, so whatever files a folder holds, from whichever writer, every
// record read is right: loading reads the base and every delta. Deltas are folded into a new base
// when they hold as many records as the base's live ones (or there are too many of them;
// `policy.ts`), so writes stay in proportion to what changed. A file that cannot be read as one
// (corrupt, truncated, another version) is discarded with a log line and what it held built afresh.
import { createHash, randomBytes } from 'node:crypto';
import { close, closeSync, fstatSync, openSync, promises as fsp, readFileSync, readSync, utimesSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import * as path from 'node:path';
import type { Postings } from '../indexer';
import type { ValueIndex } from '../valueIndex';
import type { Source } from '../types';
import { decode, encodeChunks, headLength, type Blob } from './binary';
import { MAX_DELTA_FILES, MAX_DELTA_SHARE, MIN_FOLDED_RECORDS } from './policy';
import { corpusSignature, decodePostings, encodeCachedPostings, leaveListsInFile, type PostingsMeta } from './postingsBlob';
import { encodeRecords, readRecords, type ReadWhenAsked, type RecordSet, type RecordsMeta, type SourceRecord, type TextGuard } from './sourceRecords';
import { encodeFileTable, readFileTable, type FileEntry, type FileTableMeta, type StoredFileTable } from './fileTable';
import type { FolderListing } from './folderListing';

/**
 * The engine version files are made and read with. A build (scripts/build.mjs) defines
 * GROUNDED_ENGINE_HASH, a hash of server/src/engine's code: any change to the engine (passages,
 * figures, metadata, terms, postings) is then another version, with nothing to remember to bump.
 * Runs from source (tests under tsx) use DEV_ENGINE_VERSION. Files made by another version are never read.
 */
const DEV_ENGINE_VERSION = 17;
const BUILD_HASH = process.env.GROUNDED_ENGINE_HASH;
export const ENGINE_VERSION = BUILD_HASH ? Number.parseInt(BUILD_HASH.slice(0, 8), 16) >>> 0 || 1 : DEV_ENGINE_VERSION;

/** Where cache files live: a folder on disk, or memory in tests. */
export interface CacheStore {
  /** For log lines. */
  readonly where: string;
  read(name: string): Promise<Uint8Array | undefined>;
  /**
   * The same, read at once on this thread (a store may leave it out): for a few small files read
   * one after another, where each hop of an asynchronous read through the thread pool (one per 512
   * KB) waits for both threads to be scheduled again — on a busy machine, most of a short run's time.
   */
  readNow?(name: string): Uint8Array | undefined;
  /**
   * The file's bytes, read in two parts (a store may leave this out: then `read`): first as many as
   * `head` asks for (asked again with each part read, until it asks for no more than are read), the
   * rest meanwhile — `rest` settles once every byte is in `bytes` (or the read failed: the bytes
   * not read are zeros, which the owner's checks find). Both parts from one opening of the file.
   * With `rest` 'when asked' a store may leave the rest in the file instead (zeros in `bytes`, `rest`
   * settled) and give `readRest`, which reads the bytes under a view onto a part of it when asked.
   */
  readHead?(name: string, head: (bytes: Uint8Array, have: number) => number, rest?: 'read' | 'when asked'): Promise<{ bytes: Uint8Array; rest: Promise<void>; readRest?: ReadWhenAsked } | undefined>;
  /** Replace the file whole with these bytes, one piece after another (a reader sees the old file or the new one, never a mix). */
  write(name: string, pieces: readonly Uint8Array[]): Promise<void>;
  remove(name: string): Promise<void>;
  /** The names of the files that start with `prefix`. */
  list(prefix: string): Promise<string[]>;
  /** A file's size and when it was last written or used (`touch`), for pruning by age; a store may leave these out. */
  info?(name: string): Promise<{ size: number; used: number } | undefined>;
  /** Mark a file as used now. */
  touch?(name: string): void;
}

export class DiskCacheStore implements CacheStore {
  /**
   * The files whose rest `readHead` left to be read when asked: each stays open (a descriptor) while
   * its bytes are held — the records restored from them, whose reader holds this store too — and is
   * closed once they are collected.
   */
  private readonly leftOpen = new FinalizationRegistry<number>((fd) => close(fd, () => undefined));

  /** The writes left behind (`writeBehind`), one after another in the order asked. */
  private behind: Promise<void> = Promise.resolve();

  /**
   * `writeBehind`: a write answers at once and is made behind the caller, after those asked before
   * it (the bytes it was given must stay as they are until `written` settles); a read, removal or
   * listing (but `readNow`) waits for the writes asked before it. The CLI's index cache: a cold
   * check's records and postings (205 MB at 100 MB) are written while the note is checked.
   */
  constructor(
    readonly where: string,
    private readonly options: { writeBehind?: boolean } = {},
  ) {}

  /** Settles when every write asked so far is made (or failed: a cache that cannot be written is no cache). */
  written(): Promise<void> {
    return this.behind;
  }

  async read(name: string): Promise<Uint8Array | undefined> {
    if (this.options.writeBehind) await this.behind;
    try {
      return await fsp.readFile(path.join(this.where, name));
    } catch {
      return undefined;
    }
  }

  readNow(name: string): Uint8Array | undefined {
    try {
      return readFileSync(path.join(this.where, name));
    } catch {
      return undefined;
    }
  }

  async readHead(name: string, head: (bytes: Uint8Array, have: number) => number, rest: 'read' | 'when asked' = 'read'): Promise<{ bytes: Uint8Array; rest: Promise<void>; readRest?: ReadWhenAsked } | undefined> {
    if (this.options.writeBehind) await this.behind;
    let file: FileHandle;
    try {
      file = await fsp.open(path.join(this.where, name), 'r');
    } catch {
      return undefined;
    }
    let bytes: Buffer;
    let stat: { dev: number; ino: number; size: number };
    let have = 0;
    try {
      stat = await file.stat();
      bytes = rest === 'when asked' ? outsideTheHeap(stat.size) : Buffer.alloc(stat.size);
      for (let want = head(bytes, 0); want > have; want = head(bytes, have)) {
        const n = await readInto(file, bytes, have, want);
        if (n === 0) break; // (shorter than its size said: the checks below find it)
        have += n;
      }
    } catch {
      await file.close().catch(() => undefined);
      return undefined;
    }
    // (the rest left in the file, its pages in `bytes` untouched until read: at 100 MB a warm start
    // read 108 MB of texts, a third of a second of the system's time, for the 4,000 or so a check
    // reads; kept open as a descriptor of the same file, which no GC of a FileHandle closes)
    const fd = rest === 'when asked' ? openSame(path.join(this.where, name), stat) : undefined;
    if (fd !== undefined) {
      await file.close().catch(() => undefined);
      this.leftOpen.register(bytes.buffer, fd);
      return { bytes, rest: Promise.resolve(), readRest: (part) => this.readPart(fd, bytes, part) };
    }
    const read = (async () => {
      try {
        for (let n = -1; have < bytes.length && n !== 0; have += n) n = await readInto(file, bytes, have, bytes.length);
      } catch {
        // (the bytes not read stay zeros: their owner's digests fail on them)
      } finally {
        await file.close().catch(() => undefined);
      }
    })();
    return { bytes, rest: read };
  }

  /**
   * The file's bytes under `part` (a view onto `bytes`, which mirror the file: its place there is its
   * place in the file), read at once on this thread (a text a few kilobytes long, asked for by a
   * check that waits for it) into a buffer of their own — not into `bytes`, whose pages would each
   * be touched for the first time; zeros where they cannot be read.
   */
  private readPart(fd: number, bytes: Buffer, part: Uint8Array): Uint8Array {
    const into = Buffer.allocUnsafe(part.byteLength);
    let got = 0;
    if (part.buffer === bytes.buffer) {
      const at = part.byteOffset - bytes.byteOffset;
      try {
        for (let n = -1; got < into.length && n !== 0; got += n) n = readSync(fd, into, got, into.length - got, at + got);
      } catch {
        // (its owner's digests fail on the zeros)
      }
    }
    return into.fill(0, got);
  }

  write(name: string, pieces: readonly Uint8Array[]): Promise<void> {
    if (!this.options.writeBehind) return this.writeNow(name, pieces);
    this.behind = this.behind.then(() => this.writeNow(name, pieces));
    return Promise.resolve();
  }

  private async writeNow(name: string, pieces: readonly Uint8Array[]): Promise<void> {
    const target = path.join(this.where, name);
    const tmp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await fsp.mkdir(this.where, { recursive: true });
      const file = await fsp.open(tmp, 'w');
      try {
        let total = 0;
        for (const p of pieces) total += p.byteLength;
        const { bytesWritten } = await file.writev(pieces as Uint8Array[]);
        if (bytesWritten !== total) throw new Error(`short write (${bytesWritten} of ${total} bytes)`);
      } finally {
        await file.close();
      }
      await fsp.rename(tmp, target);
    } catch {
      // a cache that cannot be written is no cache: the index is built afresh next time
      await fsp.rm(tmp, { force: true }).catch(() => undefined);
    }
  }

  async remove(name: string): Promise<void> {
    if (this.options.writeBehind) await this.behind;
    await fsp.rm(path.join(this.where, name), { force: true }).catch(() => undefined);
  }

  async list(prefix: string): Promise<string[]> {
    if (this.options.writeBehind) await this.behind;
    try {
      return (await fsp.readdir(this.where)).filter((f) => f.startsWith(prefix) && !f.endsWith('.tmp'));
    } catch {
      return [];
    }
  }

  async info(name: string): Promise<{ size: number; used: number } | undefined> {
    if (this.options.writeBehind) await this.behind;
    try {
      const st = await fsp.stat(path.join(this.where, name));
      return { size: st.size, used: st.mtimeMs };
    } catch {
      return undefined;
    }
  }

  touch(name: string): void {
    const now = new Date();
    try {
      utimesSync(path.join(this.where, name), now, now);
    } catch {
      // (a file removed meanwhile: nothing to mark)
    }
  }
}

/**
 * Zeroed bytes that V8 does not count as its heap's external memory: a buffer over a
 * SharedArrayBuffer, for a file whose rest is left in the file (`readHead` 'when asked'). The bytes
 * mirror the whole file (a part's place there is its place in the file) though only the head is
 * ever written into them; the pages not written are never mapped. An ArrayBuffer's bytes count as
 * external memory all the same, and past V8's limit (64 MB) each new one makes it collect: the
 * records file's 161 MB and the postings' 41 MB at 100 MB of sources cost a warm check a scavenge
 * and a full mark-compact on external memory pressure, with a heap of 30 MB (session 51). A shared
 * buffer's memory may be another thread's too, so V8 leaves it out of that count. Nothing else
 * changes: the bytes are read and written on this thread only (a worker's job is made of buffers of
 * its own, workers/postingsJob.ts, transferred, which a shared buffer could not be).
 */
function outsideTheHeap(size: number): Buffer {
  return Buffer.from(new SharedArrayBuffer(size));
}

/** Reads bytes [from, to) of the file into `bytes` (as many as one read gives); how many. */
async function readInto(file: FileHandle, bytes: Buffer, from: number, to: number): Promise<number> {
  return (await file.read(bytes, from, to - from, from)).bytesRead;
}

/** A descriptor of the file at `file` when it is still the one `stat` describes (the same inode and size), else undefined. */
function openSame(file: string, stat: { dev: number; ino: number; size: number }): number | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const now = fstatSync(fd);
    if (now.dev === stat.dev && now.ino === stat.ino && now.size === stat.size) return fd;
  } catch {
    // (not the same file: its rest is read with the head's handle)
  }
  closeSync(fd);
  return undefined;
}

/**
 * A postings blob read but for the arrays set apart from its checksum (`read` reads what is under a
 * view onto them): its lists left in the file, each read when first asked (leaveListsInFile); any
 * other array set apart (none is written so) read now.
 */
function leaveApartInFile(blob: Blob<PostingsMeta>, read: ReadWhenAsked): void {
  for (const name of blob.apart ?? []) {
    const a = blob.arrays[name];
    if (!a) continue;
    const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    if (name === 'postings' && a instanceof Uint8Array) leaveListsInFile(a, read);
    else bytes.set(read(bytes));
  }
}

/** Cache files in memory (tests). */
export class MemoryCacheStore implements CacheStore {
  readonly where = 'memory';
  readonly files = new Map<string, Uint8Array>();
  /** When each file was last written or touched (a counter). */
  private readonly used = new Map<string, number>();
  private clock = 0;
  async read(name: string): Promise<Uint8Array | undefined> {
    return this.files.get(name);
  }
  async write(name: string, pieces: readonly Uint8Array[]): Promise<void> {
    this.files.set(name, Uint8Array.from(Buffer.concat(pieces)));
    this.used.set(name, ++this.clock);
  }
  async remove(name: string): Promise<void> {
    this.files.delete(name);
    this.used.delete(name);
  }
  async info(name: string): Promise<{ size: number; used: number } | undefined> {
    const f = this.files.get(name);
    return f && { size: f.length, used: this.used.get(name) ?? 0 };
  }
  touch(name: string): void {
    if (this.files.has(name)) this.used.set(name, ++this.clock);
  }
  async list(prefix: string): Promise<string[]> {
    return [...this.files.keys()].filter((f) => f.startsWith(prefix));
  }
}

export interface IndexCacheOptions {
  store: CacheStore;
  /** Where a discarded file is told (one line each). */
  log?: (message: string) => void;
  /** The engine version the files are made and read with (tests change it). */
  version?: number;
  /**
   * The file table as read a moment ago for these settings (`loadFileTable`: a probe of the folders
   * before a load, workspace/fingerprint.ts): the first load takes it instead of reading it again.
   */
  fileTable?: { settings: string; table: StoredFileTable | undefined };
  /**
   * The postings file's lists left in it, each part read when first asked (postingsBlob.ts
   * leaveListsInFile), by a store that can (CacheStore.readHead): for a reader that reads a few lists
   * (the CLI's check, whose index checks each list when first read); else the file is read whole.
   */
  postingsWhenAsked?: boolean;
}

/** A cache file's bytes, from a read already begun. */
type BytesOf = (name: string) => Promise<Uint8Array | undefined>;

/** The records of the base and of every delta, by content key (a record read from whichever file holds it). */
export class CachedRecords {
  constructor(private readonly files: readonly RecordSet[]) {}
  /** No record at all (a cache folder new or discarded). */
  get empty(): boolean {
    return this.files.every((f) => f.count === 0);
  }
  /** The record of `key`; `row`: where it is expected (the source's place in the corpus: the base's row when the base was written from a corpus in this order, RecordSet.get). */
  get(key: string, row?: number): SourceRecord | undefined {
    // the deltas (newest last) before the base: a key names the same content in any of them
    for (let i = this.files.length - 1; i >= 0; i--) {
      const r = this.files[i].get(key, row);
      if (r) return r;
    }
    return undefined;
  }
}

/** What a cache held when it was loaded. */
export interface CachedIndex {
  records: CachedRecords;
  postings?: Blob<PostingsMeta>;
  /** Each file's stat when it was read and the key of its text (fileTable.ts), when kept for these settings. */
  files?: StoredFileTable;
  /** Settles when the records' texts are read (until then no text may be read from them: `SourceIndex` waits before it uses the sources). */
  textsRead?: Promise<void>;
}

/** The cache files' name for a set of source folders and their globs. */
export function cacheName(sets: readonly { root: string; globs: readonly string[] }[]): string {
  const h = createHash('sha256').update(JSON.stringify(sets.map((s) => [s.root, s.globs]))).digest('base64url');
  return `index-${h.slice(0, 16)}`;
}

/** Which records a cache's files hold, as far as this process knows (what it loaded and wrote). */
interface Held {
  /** Content keys of the base's records (the base's own table when it was read). */
  base: Pick<ReadonlySet<string>, 'has' | 'size' | 'keys'>;
  /** Whether a base was read or written (else the next save writes one, whole). */
  hasBase: boolean;
  /** Delta file → the content keys of its records. */
  deltas: Map<string, string[]>;
}

export class IndexCache {
  private readonly version: number;
  private held: Held = { base: new Set(), hasBase: false, deltas: new Map() };
  constructor(
    private readonly options: IndexCacheOptions,
    readonly name: string,
  ) {
    this.version = options.version ?? ENGINE_VERSION;
  }

  private get sourcesFile(): string {
    return `${this.name}.sources.gidx`;
  }
  private get postingsFile(): string {
    return `${this.name}.postings.gidx`;
  }
  private get filesFile(): string {
    return `${this.name}.files.gidx`;
  }
  private get deltaPrefix(): string {
    return `${this.name}.sources.`;
  }

  /**
   * The records, postings and file table kept, whichever of them can be read (the file table only
   * when it was made with these `settings`, fileTable.ts); `guard` is told of each record whose
   * text fails its digest when read (sourceRecords.ts).
   */
  async load(settings = '', guard?: TextGuard): Promise<CachedIndex> {
    const files: RecordSet[] = [];
    const held: Held = { base: new Set(), hasBase: false, deltas: new Map() };
    // every file is read at once (the reads overlap each other and the checks of those read
    // first: at 100 MB, 200 MB read one after another were a third of a warm start)
    const { store } = this.options;
    const reading = new Map<string, Promise<Uint8Array | undefined>>();
    const read = (name: string) => {
      const r = store.read(name);
      r.catch(() => undefined); // (awaited below; not an unhandled rejection meanwhile)
      reading.set(name, r);
    };
    // a records file's texts (set apart, most of its bytes) are left in the file, each read when
    // first asked (`readRest`), by a store that can: most are never read in a run. A store that
    // cannot reads them while the rest is checked and the sources are restored (`textsRead`),
    // after the head `decode` checks (binary.ts headLength)
    const rests: Promise<void>[] = [];
    const readRests = new Map<string, ReadWhenAsked>();
    const readRecords = (name: string) => {
      if (!store.readHead) return read(name);
      const r = store.readHead(name, headLength, 'when asked').then((h) => {
        if (h?.readRest) readRests.set(name, h.readRest);
        else if (h) rests.push(h.rest);
        return h?.bytes;
      });
      r.catch(() => undefined);
      reading.set(name, r);
    };
    readRecords(this.sourcesFile);
    // (the postings' lists, set apart from the file's checksum, left in the file when asked to: each read when first asked)
    let listsLeft: ReadWhenAsked | undefined;
    if (this.options.postingsWhenAsked && store.readHead) {
      const r = store.readHead(this.postingsFile, headLength, 'when asked').then(async (h) => {
        if (h?.readRest) listsLeft = h.readRest;
        else await h?.rest;
        return h?.bytes;
      });
      r.catch(() => undefined);
      reading.set(this.postingsFile, r);
    } else read(this.postingsFile);
    const known = this.options.fileTable?.settings === settings ? this.options.fileTable : undefined;
    if (!known) read(this.filesFile);
    const bytesOf = (name: string) => reading.get(name)!;
    // the small files checked as soon as they are read, while the records (the most bytes) still are
    const postingsLoad = this.readBlob<PostingsMeta>(this.postingsFile, bytesOf).then((blob) => {
      if (blob && listsLeft) leaveApartInFile(blob, listsLeft);
      return blob;
    });
    const filesLoad = known ? Promise.resolve(known.table) : this.readFiles(settings, bytesOf);
    postingsLoad.catch(() => undefined); // (awaited below)
    filesLoad.catch(() => undefined);
    const deltas = (await store.list(this.deltaPrefix)).filter((f) => f !== this.sourcesFile && f.endsWith('.gidx')).sort();
    for (const name of deltas) readRecords(name);
    const base = await this.readRecordsFile(this.sourcesFile, guard, bytesOf, readRests);
    if (base) {
      held.hasBase = true;
      held.base = base;
      files.push(base);
    }
    for (const name of deltas) {
      const records = await this.readRecordsFile(name, guard, bytesOf, readRests);
      if (!records) continue;
      files.push(records);
      held.deltas.set(name, [...records.keys()]);
    }
    this.held = held;
    const loaded: CachedIndex = { records: new CachedRecords(files), postings: await postingsLoad, files: await filesLoad };
    if (rests.length > 0) loaded.textsRead = Promise.all(rests).then(() => undefined);
    return loaded;
  }

  /**
   * Some records' texts failed their digests: the next save writes one base of every record afresh
   * (the damaged file is replaced; a record cannot be removed from a file but by writing it again).
   */
  damaged(count: number): void {
    this.options.log?.(`index cache ${path.join(this.options.store.where, this.name)}: ${count} text${count === 1 ? '' : 's'} did not match ${count === 1 ? 'its digest' : 'their digests'}; the files were read again and the records are written afresh`);
    this.held.hasBase = false;
  }

  /** Keep each source file's stat and text key (made with `settings`), and the walk that found them when it can be kept (`listing`), replacing the table kept. */
  async saveFiles(entries: ReadonlyMap<string, FileEntry>, settings = '', listing?: FolderListing): Promise<void> {
    await this.options.store.write(this.filesFile, encodeChunks(encodeFileTable(entries, settings, listing), this.version));
  }

  /** The file table alone (made with these `settings`), or undefined: what a probe of the folders needs (workspace/fingerprint.ts). */
  loadFileTable(settings = ''): Promise<StoredFileTable | undefined> {
    const { store } = this.options;
    return this.readFiles(settings, store.readNow && (async (name) => store.readNow!(name)));
  }

  private async readFiles(settings: string, bytesOf?: BytesOf): Promise<StoredFileTable | undefined> {
    const blob = await this.readBlob<FileTableMeta>(this.filesFile, bytesOf);
    if (!blob) return undefined;
    const table = readFileTable(blob, settings);
    if (table && 'reject' in table) {
      await this.discard(this.filesFile, table.reject);
      return undefined;
    }
    if (table?.listingRejected) this.options.log?.(`index cache ${path.join(this.options.store.where, this.filesFile)}: its folder listing discarded (${table.listingRejected}); the folders are walked`);
    return table;
  }

  /**
   * Postings kept for exactly these sources (content keys in corpus order), if any; `lists` false:
   * each term's list not walked (decodePostings). `signature`: the keys' corpusSignature, when the
   * caller has it (it hashes every key: at 100 MB, 44,500).
   */
  postingsFor(cached: CachedIndex, keys: readonly string[], passages: number, lists = true, signature = corpusSignature(keys)): Postings | undefined {
    return cached.postings && decodePostings(cached.postings, signature, passages, lists);
  }

  /** The postings file holds lists that are not whole (written by a faulty engine) or not as written (a list's CRC-32: damage): removed, with a log line. */
  async discardPostings(): Promise<void> {
    await this.discard(this.postingsFile, 'posting lists that are not whole or not as written');
  }

  /**
   * Keep the records of the sources (content keys in the same order) that the cache does not hold
   * yet, in a delta of their own (or, the first time, the base of them all), and, when given, their
   * corpus's postings (and the value index of its passages, when given). Deltas are folded into a new base when they grew too large or too many.
   */
  async save(sources: readonly Source[], keys: readonly string[], postings?: Postings, values?: ValueIndex): Promise<void> {
    const held = this.held;
    const live = new Set(keys);
    let baseLive = 0;
    for (const k of held.base.keys()) if (live.has(k)) baseLive++;
    const inDeltas = new Set<string>();
    for (const ks of held.deltas.values()) for (const k of ks) if (live.has(k)) inDeltas.add(k);
    const fresh: number[] = [];
    keys.forEach((k, i) => {
      if (!held.base.has(k) && !inDeltas.has(k)) fresh.push(i);
    });
    // records outside the live part of the base: in deltas, or in the base for sources gone
    const stale = inDeltas.size + fresh.length + (held.base.size - baseLive);
    if (!held.hasBase || (stale > MIN_FOLDED_RECORDS && stale > baseLive * MAX_DELTA_SHARE)) {
      // the first save, or deltas and dead records grown too large: one base of every record
      await this.options.store.write(this.sourcesFile, encodeChunks(encodeRecords(sources, keys, true, true), this.version));
      for (const name of held.deltas.keys()) await this.options.store.remove(name);
      this.held = { base: live, hasBase: true, deltas: new Map() };
    } else if (fresh.length > 0 && held.deltas.size + 1 > MAX_DELTA_FILES) {
      // too many deltas: one delta of the live records they hold and the fresh ones
      const merged: number[] = [];
      keys.forEach((k, i) => {
        if (!held.base.has(k)) merged.push(i);
      });
      const name = await this.writeDelta(sources, keys, merged);
      for (const old of held.deltas.keys()) await this.options.store.remove(old);
      held.deltas = new Map([[name, merged.map((i) => keys[i])]]);
    } else if (fresh.length > 0) {
      const name = await this.writeDelta(sources, keys, fresh);
      held.deltas.set(name, fresh.map((i) => keys[i]));
    }
    if (postings) await this.savePostings(postings, keys, values);
  }

  /** Keep the postings of the corpus of these sources (content keys in corpus order), and the value index of its passages when given. */
  async savePostings(postings: Postings, keys: readonly string[], values?: ValueIndex): Promise<void> {
    await this.options.store.write(this.postingsFile, encodeChunks(encodeCachedPostings(postings, corpusSignature(keys), values), this.version));
  }

  /** A new delta of the records of sources[i] for i in `which`; returns its name. */
  private async writeDelta(sources: readonly Source[], keys: readonly string[], which: readonly number[]): Promise<string> {
    const name = `${this.deltaPrefix}${randomBytes(6).toString('hex')}.gidx`;
    await this.options.store.write(name, encodeChunks(encodeRecords(which.map((i) => sources[i]), which.map((i) => keys[i]), true, true), this.version));
    return name;
  }

  /** The records of a file, or undefined (missing, or discarded with a log line); their texts read when asked where the store left them in the file. */
  private async readRecordsFile(name: string, guard: TextGuard | undefined, bytesOf: BytesOf, readRests: ReadonlyMap<string, ReadWhenAsked>): Promise<RecordSet | undefined> {
    const blob = await this.readBlob<RecordsMeta>(name, bytesOf);
    if (!blob) return undefined;
    const r = readRecords(blob, guard, readRests.get(name));
    if ('reject' in r) {
      await this.discard(name, r.reject);
      return undefined;
    }
    return r;
  }
  /** The blob of a file, or undefined (missing, or discarded with a log line); its bytes from `bytesOf` when given (a read begun already). */
  private async readBlob<M>(name: string, bytesOf?: BytesOf): Promise<Blob<M> | undefined> {
    const bytes = await (bytesOf ? bytesOf(name) : this.options.store.read(name));
    if (!bytes) return undefined;
    const blob = decode<M>(bytes, this.version);
    if ('reject' in blob) {
      await this.discard(name, blob.reject);
      return undefined;
    }
    return blob;
  }

  private async discard(name: string, reason: string): Promise<void> {
    this.options.log?.(`index cache ${path.join(this.options.store.where, name)} discarded: ${reason}`);
    await this.options.store.remove(name);
  }
}
