// The index kept between runs, for one set of source folders: every source's record (what
// buildSource computed: passages, figures, metadata) keyed by the content of its text, and the
// postings of the corpus they last made. Two files in a cache folder, `<name>.sources.gidx` and
// `<name>.postings.gidx` (binary.ts), each written to a temporary file and renamed into place, so
// two writers (two editor windows, an editor and the CLI) never leave half a file: the last
// rename wins and either file is whole. A file that cannot be read as one (corrupt, truncated,
// another version) is discarded with a log line and the index built afresh.
import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { Postings } from '../indexer';
import type { Source } from '../types';
import { decode, encode, type Blob } from './binary';
import { corpusSignature, decodePostings, encodePostings, type PostingsMeta } from './postingsBlob';
import { encodeRecords, readRecords, type RecordsMeta, type SourceRecord } from './sourceRecords';

/**
 * The engine version files are made and read with. A build (scripts/build.mjs) defines
 * GROUNDED_ENGINE_HASH, a hash of server/src/engine's code: any change to the engine (passages,
 * figures, metadata, terms, postings) is then another version, with nothing to remember to bump.
 * Runs from source (tests under tsx) use DEV_ENGINE_VERSION. Files made by another version are never read.
 */
const DEV_ENGINE_VERSION = 2;
const BUILD_HASH = process.env.GROUNDED_ENGINE_HASH;
export const ENGINE_VERSION = BUILD_HASH ? Number.parseInt(BUILD_HASH.slice(0, 8), 16) >>> 0 || 1 : DEV_ENGINE_VERSION;

/** Where cache files live: a folder on disk, or memory in tests. */
export interface CacheStore {
  /** For log lines. */
  readonly where: string;
  read(name: string): Promise<Uint8Array | undefined>;
  /** Replace the file whole (a reader sees the old file or the new one, never a mix). */
  write(name: string, bytes: Uint8Array): Promise<void>;
  remove(name: string): Promise<void>;
}

export class DiskCacheStore implements CacheStore {
  constructor(readonly where: string) {}

  async read(name: string): Promise<Uint8Array | undefined> {
    try {
      return await fsp.readFile(path.join(this.where, name));
    } catch {
      return undefined;
    }
  }

  async write(name: string, bytes: Uint8Array): Promise<void> {
    const target = path.join(this.where, name);
    const tmp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await fsp.mkdir(this.where, { recursive: true });
      await fsp.writeFile(tmp, bytes);
      await fsp.rename(tmp, target);
    } catch {
      // a cache that cannot be written is no cache: the index is built afresh next time
      await fsp.rm(tmp, { force: true }).catch(() => undefined);
    }
  }

  async remove(name: string): Promise<void> {
    await fsp.rm(path.join(this.where, name), { force: true }).catch(() => undefined);
  }
}

/** Cache files in memory (tests). */
export class MemoryCacheStore implements CacheStore {
  readonly where = 'memory';
  readonly files = new Map<string, Uint8Array>();
  async read(name: string): Promise<Uint8Array | undefined> {
    return this.files.get(name);
  }
  async write(name: string, bytes: Uint8Array): Promise<void> {
    this.files.set(name, Uint8Array.from(bytes));
  }
  async remove(name: string): Promise<void> {
    this.files.delete(name);
  }
}

export interface IndexCacheOptions {
  store: CacheStore;
  /** Where a discarded file is told (one line each). */
  log?: (message: string) => void;
  /** The engine version the files are made and read with (tests change it). */
  version?: number;
}

/** What a cache held when it was loaded. */
export interface CachedIndex {
  records: Map<string, SourceRecord>;
  postings?: Blob<PostingsMeta>;
}

/** The cache files' name for a set of source folders and their globs. */
export function cacheName(sets: readonly { root: string; globs: readonly string[] }[]): string {
  const h = createHash('sha256').update(JSON.stringify(sets.map((s) => [s.root, s.globs]))).digest('base64url');
  return `index-${h.slice(0, 16)}`;
}

export class IndexCache {
  private readonly version: number;
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

  /** The records and postings kept, whichever of them can be read. */
  async load(): Promise<CachedIndex> {
    const records = await this.readBlob<RecordsMeta>(this.sourcesFile);
    let byKey = new Map<string, SourceRecord>();
    if (records) {
      const r = readRecords(records);
      if ('reject' in r) await this.discard(this.sourcesFile, r.reject);
      else byKey = r;
    }
    const postings = await this.readBlob<PostingsMeta>(this.postingsFile);
    return { records: byKey, postings };
  }

  /** Postings kept for exactly these sources (content keys in corpus order), if any. */
  postingsFor(cached: CachedIndex, keys: readonly string[], passages: number): Postings | undefined {
    return cached.postings && decodePostings(cached.postings, corpusSignature(keys), passages);
  }

  /** Keep the sources' records (content keys in the same order) and, when given, their corpus's postings. */
  async save(sources: readonly Source[], keys: readonly string[], postings?: Postings): Promise<void> {
    await this.options.store.write(this.sourcesFile, encode(encodeRecords(sources, keys), this.version));
    if (postings) await this.options.store.write(this.postingsFile, encode(encodePostings(postings, corpusSignature(keys)), this.version));
  }

  private async readBlob<M>(name: string): Promise<Blob<M> | undefined> {
    const bytes = await this.options.store.read(name);
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
