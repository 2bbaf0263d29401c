// The result cache of `grounded check`, as `eslint --cache` and `tsc --incremental` keep theirs: each
// note's outcome (outcome.ts) kept in the cache folder under a key made of everything its check
// depends on — the note's text, the corpus's fingerprint (engine/workspace/fingerprint.ts: every
// source file and the content key of its text), the check's options (rules, tolerance, note size
// limit, bibliography) and the build that made it (RESULT_VERSION). A later run whose key is the
// same replays the outcome instead of checking; any difference is another key, so a full check.
// With it, per corpus fingerprint, what a report says of the corpus besides the notes (the sources'
// keys and titles, the index's warnings), so that a run whose notes all hit loads no index at all.
//
//   <index name>.check.<key>.gres     one note's outcome (key: 32 hex digits of its SHA-256)
//   <index name>.corpus.<fp>.gres     a corpus's summary (fp: 32 hex digits of its fingerprint): its
//                                     sources' keys and titles as JSON text (byte columns), its warnings
//   <index name>.memo.<fp>.gres       what the checks of a corpus derived from it alone (engine/memo.ts:
//                                     source passages' frames and context, rankings), for a note
//                                     that is checked again against it (one line edited): its
//                                     structured clone (node:v8 serialize) in one byte array
//   <index name>.judg.<key>.gres      one note's figure judgments as its last check made them
//                                     (keptJudgments.ts; key: its path, the corpus fingerprint, the
//                                     options and the build), for its next check after an edit: the
//                                     figures of unchanged blocks keep them (engine/check/reuse.ts)
//
// Each file is a blob of persist/binary.ts (magic, version, CRC-32 checksum) whose meta holds the
// whole key it was made for: a file that is corrupt, of another build or of another key is
// discarded with a log line and never trusted. Files are written whole (a temporary file renamed
// into place, persist/indexCache.ts DiskCacheStore), so two runs writing at once each leave a whole
// file. Bounded: past MAX_NOTE_RESULTS files or MAX_NOTE_RESULT_BYTES (and MAX_CORPUS_SUMMARIES),
// the least recently used are removed.
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { isMemoData, type MemoData } from '../engine/memo';
import { MAX_MEMOS } from '../engine/persist/policy';
import type { CheckOptions } from '../engine/check';
import { crc32, decode, encodeChunks, headLength, type Blob } from '../engine/persist/binary';
import { ENGINE_VERSION, type CacheStore } from '../engine/persist';
import type { Warning } from '../engine/types';
import type { NoteOutcome } from './outcome';
import type { JudgmentData } from './keptJudgments';

/** At most this many notes' outcomes are kept per source folders (a folder of notes, checked as it changes). */
export const MAX_NOTE_RESULTS = 512;
/** And at most this many bytes of them (an outcome quotes its evidence: about 1.4 KB a figure checked). */
export const MAX_NOTE_RESULT_BYTES = 64 * 1024 * 1024;
/** Corpus summaries kept per source folders: the current corpus and a few before (a branch switched back). */
export const MAX_CORPUS_SUMMARIES = 4;

/**
 * The build that makes outcomes. A build (scripts/build.mjs) defines GROUNDED_RESULTS_HASH, a hash of
 * server/src and package-lock.json: any change to the checker, the reports' data or a dependency
 * (the lexicon's packages) is another version. Runs from source (tests under tsx) use DEV_RESULT_VERSION.
 */
const DEV_RESULT_VERSION = 1;
const BUILD_HASH = process.env.GROUNDED_RESULTS_HASH;
export const RESULT_VERSION = BUILD_HASH ? Number.parseInt(BUILD_HASH.slice(0, 8), 16) >>> 0 || 1 : DEV_RESULT_VERSION;

/** What a report says of the corpus besides its notes: its sources' keys and titles (JSON texts, in order) and the index's warnings. */
export interface CorpusSummary {
  count: number;
  keyJson(i: number): string | Uint8Array;
  titleJson(i: number): string | Uint8Array;
  warnings: Warning[];
  /** The JSON report's list of the sources as last written (report.ts SourceRows.listing), for a run in that folder. */
  listing?(cwd: string): Uint8Array | undefined;
}

/** The JSON report's list of a corpus's sources as written for a run in `cwd` (formatJson's `made`). */
export interface Listing {
  cwd: string;
  bytes: Uint8Array;
}

interface NoteMeta {
  key: string;
  outcome: NoteOutcome;
}

interface JudgmentsMeta {
  key: string;
}

interface MemoMeta {
  fingerprint: string;
  passages: number;
}

interface CorpusMeta {
  fingerprint: string;
  count: number;
  warnings: Warning[];
  /** The folder the kept listing's paths are relative to (the array `listing`), when one is kept. */
  listingCwd?: string;
}

export interface ResultCacheOptions {
  store: CacheStore;
  /** The index cache's name for the source folders (persist cacheName): the files are named after it. */
  name: string;
  /** Where a discarded file is told (one line each). */
  log?: (message: string) => void;
  /** The build version the files are made and read with (tests change it). */
  version?: number;
}

/** The options of a check as a string: two checks with the same string judge a note alike. */
export function optionsDigest(options: CheckOptions): string {
  const rules = Object.entries(options.rules ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([options.hedgeTolerance ?? null, rules, options.maxNoteChars ?? null, options.bibliography?.entries ?? null]);
}

export class ResultCache {
  private readonly version: number;
  /** Something was written since the last prune. */
  private wrote = false;
  constructor(private readonly options: ResultCacheOptions) {
    this.version = options.version ?? RESULT_VERSION;
  }

  /** The key of a note's outcome: its text, checked with these options against the corpus of this fingerprint. */
  noteKey(fingerprint: string, text: string, options: CheckOptions): string {
    return createHash('sha256').update(`grounded check\n${this.version}\n${ENGINE_VERSION}\n${fingerprint}\n${optionsDigest(options)}\n`).update(text).digest('hex');
  }

  /** The key of a note's kept judgments: the note's path, checked with these options against the corpus of this fingerprint. */
  judgmentsKey(fingerprint: string, notePath: string, options: CheckOptions): string {
    return createHash('sha256').update(`grounded judgments\n${this.version}\n${ENGINE_VERSION}\n${fingerprint}\n${optionsDigest(options)}\n`).update(notePath).digest('hex');
  }

  private judgmentsFile(key: string): string {
    return `${this.options.name}.judg.${key.slice(0, 32)}.gres`;
  }

  /** The judgments kept for this key (plain data, keptJudgments.ts decodes them over the corpus), or undefined (none, or discarded). */
  async judgments(key: string): Promise<unknown> {
    const name = this.judgmentsFile(key);
    let data: unknown;
    const blob = await this.read<JudgmentsMeta>(name, (m, arrays) => {
      if (m.key !== key || !(arrays.data instanceof Uint8Array)) return false;
      try {
        data = v8.deserialize(arrays.data);
      } catch {
        return false;
      }
      return true;
    });
    if (!blob) return undefined;
    this.options.store.touch?.(name);
    return data;
  }

  /** Keep a note's judgments under this key (in place of those kept before: the note's last check is what its next one compares with). */
  async saveJudgments(key: string, judgments: JudgmentData): Promise<void> {
    let data: Buffer;
    try {
      data = v8.serialize(judgments);
    } catch (e) {
      this.options.log?.(`result cache: the note's judgments not kept: ${(e as Error).message}`);
      return;
    }
    const meta: JudgmentsMeta = { key };
    await this.options.store.write(this.judgmentsFile(key), encodeChunks({ meta, arrays: { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) } }, this.version));
    this.wrote = true;
  }

  private noteFile(key: string): string {
    return `${this.options.name}.check.${key.slice(0, 32)}.gres`;
  }
  private corpusFile(fingerprint: string): string {
    return `${this.options.name}.corpus.${fingerprint.slice(0, 32)}.gres`;
  }

  /** The outcome kept for this key, or undefined (none, or discarded). */
  async note(key: string): Promise<NoteOutcome | undefined> {
    const name = this.noteFile(key);
    const blob = await this.read<NoteMeta>(name, (m) => m.key === key && isOutcome(m.outcome));
    if (!blob) return undefined;
    this.options.store.touch?.(name);
    return blob.meta.outcome;
  }

  async saveNote(key: string, outcome: NoteOutcome): Promise<void> {
    await this.write(this.noteFile(key), { key, outcome });
    this.wrote = true;
  }

  /**
   * The summary kept for this corpus fingerprint, or undefined. Its keys and titles (set apart from
   * the file's checksum, each column with its CRC-32 in an array the checksum covers: saveCorpus)
   * are left in the file by a store that can (CacheStore.readHead) when the summary keeps the JSON
   * report's list of sources for `cwd` — a report from there writes that list and reads neither
   * (report.ts formatJsonPieces), nor does the run keep the summary again (cli/check.ts) — and each
   * is read and checked when first asked; else they are read and checked now, and a summary whose
   * columns fail their sums is discarded as a file that fails its checksum is.
   */
  async corpus(fingerprint: string, cwd?: string): Promise<CorpusSummary | undefined> {
    const name = this.corpusFile(fingerprint);
    const { store } = this.options;
    let left: ((part: Uint8Array) => Uint8Array) | undefined;
    const head = store.readHead
      ? async () => {
          const h = await store.readHead!(name, headLength, 'when asked');
          if (h?.readRest) left = h.readRest;
          else await h?.rest;
          return h?.bytes;
        }
      : undefined;
    const blob = await this.read<CorpusMeta>(name, (m, arrays) => m.fingerprint === fingerprint && isSummary(m, arrays), head);
    if (!blob) return undefined;
    const { keys, keyEnds, titles, titleEnds, keySum, titleSum, listing } = blob.arrays as unknown as SummaryArrays;
    const { listingCwd } = blob.meta;
    // a column is sound once its bytes — read now when they were left in the file — are those written (its CRC-32)
    const sound = (bytes: Uint8Array, sum: Uint32Array) => {
      if (left && blob.apart?.length) bytes.set(left(bytes));
      return crc32(bytes) === sum[0];
    };
    const checked = new Set<Uint8Array>();
    const column = (bytes: Uint8Array, sum: Uint32Array, what: string) => {
      if (!checked.has(bytes)) {
        if (!sound(bytes, sum)) throw new Error(`result cache ${path.join(store.where, name)}: the corpus summary's ${what} are not as written`);
        checked.add(bytes);
      }
      return bytes;
    };
    if (!(listing && cwd !== undefined && cwd === listingCwd)) {
      if (!sound(keys, keySum) || !sound(titles, titleSum)) {
        await this.discard(name, 'checksum mismatch (truncated or changed)');
        return undefined;
      }
      checked.add(keys).add(titles);
    }
    store.touch?.(name);
    const slice = (bytes: Uint8Array, ends: Uint32Array, i: number) => bytes.subarray(i === 0 ? 0 : ends[i - 1], ends[i]);
    return {
      count: blob.meta.count,
      keyJson: (i) => slice(column(keys, keySum, 'keys'), keyEnds, i),
      titleJson: (i) => slice(column(titles, titleSum, 'titles'), titleEnds, i),
      warnings: blob.meta.warnings,
      listing: (at) => (listing && at === listingCwd ? listing : undefined),
    };
  }

  /** Keep the summary of this corpus (and, when given, the JSON report's list of its sources as written for a run in its folder). */
  async saveCorpus(fingerprint: string, summary: CorpusSummary, listing?: Listing): Promise<void> {
    // each column written into one buffer of its size (a Buffer per row was 40,000 of them at 20,000 sources)
    const column = (json: (i: number) => string | Uint8Array) => {
      const ends = new Uint32Array(summary.count);
      let at = 0;
      for (let i = 0; i < summary.count; i++) {
        const x = json(i);
        ends[i] = at += typeof x === 'string' ? Buffer.byteLength(x, 'utf8') : x.length;
      }
      const bytes = Buffer.allocUnsafeSlow(at);
      at = 0;
      for (let i = 0; i < summary.count; i++) {
        const x = json(i);
        at += typeof x === 'string' ? bytes.write(x, at, 'utf8') : (bytes.set(x, at), x.length);
      }
      return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), ends };
    };
    const k = column(summary.keyJson);
    const t = column(summary.titleJson);
    const meta: CorpusMeta = { fingerprint, count: summary.count, warnings: summary.warnings, ...(listing && { listingCwd: listing.cwd }) };
    // (the keys and titles set apart from the checksum, each with its own CRC-32: a run that lists the sources from the kept list reads neither, corpus())
    const arrays = { keys: k.bytes, keyEnds: k.ends, titles: t.bytes, titleEnds: t.ends, keySum: Uint32Array.of(crc32(k.bytes)), titleSum: Uint32Array.of(crc32(t.bytes)), ...(listing && { listing: listing.bytes }) };
    await this.options.store.write(this.corpusFile(fingerprint), encodeChunks({ meta, arrays, apart: ['keys', 'titles'] }, this.version));
    this.wrote = true;
  }

  private memoFile(fingerprint: string): string {
    return `${this.options.name}.memo.${fingerprint.slice(0, 32)}.gres`;
  }

  /** The memo kept for this corpus fingerprint (a corpus of `passages` passages), or undefined (none, or discarded). */
  async memo(fingerprint: string, passages: number): Promise<MemoData | undefined> {
    const name = this.memoFile(fingerprint);
    let data: unknown;
    const blob = await this.read<MemoMeta>(name, (m, arrays) => {
      if (m.fingerprint !== fingerprint || m.passages !== passages || !(arrays.data instanceof Uint8Array)) return false;
      try {
        data = v8.deserialize(arrays.data);
      } catch {
        return false;
      }
      return isMemoData(data, passages);
    });
    if (!blob) return undefined;
    this.options.store.touch?.(name);
    return data as MemoData;
  }

  async saveMemo(fingerprint: string, memo: MemoData): Promise<void> {
    const meta: MemoMeta = { fingerprint, passages: memo.passages };
    let data: Buffer;
    try {
      data = v8.serialize(memo);
    } catch (e) {
      // (plain data by construction; were it not, the run's reports stand and the next check goes without)
      this.options.log?.(`result cache: the check memo not kept: ${(e as Error).message}`);
      return;
    }
    await this.options.store.write(this.memoFile(fingerprint), encodeChunks({ meta, arrays: { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) } }, this.version));
    this.wrote = true;
  }

  /** After a run's saves: the least recently used files removed past the bounds (once a run, not per file). */
  async prune(): Promise<void> {
    if (!this.wrote) return;
    this.wrote = false;
    await this.pruneFiles(`${this.options.name}.check.`, MAX_NOTE_RESULTS, MAX_NOTE_RESULT_BYTES);
    await this.pruneFiles(`${this.options.name}.judg.`, MAX_NOTE_RESULTS, MAX_NOTE_RESULT_BYTES);
    await this.pruneFiles(`${this.options.name}.corpus.`, MAX_CORPUS_SUMMARIES, Infinity);
    await this.pruneFiles(`${this.options.name}.memo.`, MAX_MEMOS, Infinity);
  }

  private async write(name: string, meta: NoteMeta): Promise<void> {
    await this.options.store.write(name, encodeChunks({ meta, arrays: {} }, this.version));
  }

  /** A file's blob when it is whole, of this version and passes `fits`; else undefined (a file there that does not is discarded with a log line). */
  private async read<M>(name: string, fits: (meta: M, arrays: Blob<M>['arrays']) => boolean, head?: () => Promise<Uint8Array | undefined>): Promise<Blob<M> | undefined> {
    const { store } = this.options;
    // (`head`: the file's bytes with what is set apart from its checksum perhaps left in the file)
    const bytes = head ? await head() : store.readNow ? store.readNow(name) : await store.read(name);
    if (!bytes) return undefined;
    const blob = decode<M>(bytes, this.version);
    const reason = 'reject' in blob ? blob.reject : blob.meta && typeof blob.meta === 'object' && fits(blob.meta, blob.arrays) ? undefined : 'not the entry of this key';
    if (reason === undefined) return blob as Blob<M>;
    await this.discard(name, reason);
    return undefined;
  }

  /** A file that cannot be used removed, with a log line. */
  private async discard(name: string, reason: string): Promise<void> {
    this.options.log?.(`result cache ${path.join(this.options.store.where, name)} discarded: ${reason}`);
    await this.options.store.remove(name);
  }

  /** Remove the least recently used files of `prefix` until at most `count` files and `bytes` bytes are left. */
  private async pruneFiles(prefix: string, count: number, bytes: number): Promise<void> {
    const { store } = this.options;
    if (!store.info) return;
    const names = await store.list(prefix);
    const files: { name: string; size: number; used: number }[] = [];
    for (const name of names) {
      const i = await store.info(name);
      if (i) files.push({ name, ...i });
    }
    let total = files.reduce((n, f) => n + f.size, 0);
    if (files.length <= count && total <= bytes) return;
    files.sort((a, b) => a.used - b.used || (a.name < b.name ? -1 : 1));
    for (let i = 0, left = files.length; i < files.length && (left > count || total > bytes); i++, left--) {
      await store.remove(files[i].name);
      total -= files[i].size;
    }
  }
}

function isOutcome(o: unknown): o is NoteOutcome {
  const x = o as NoteOutcome;
  return !!x && typeof x === 'object' && Array.isArray(x.figures) && Array.isArray(x.quotes) && Array.isArray(x.citations) && Array.isArray(x.diagnostics);
}

interface SummaryArrays {
  keys: Uint8Array;
  keyEnds: Uint32Array;
  titles: Uint8Array;
  titleEnds: Uint32Array;
  /** The CRC-32 of `keys` and of `titles` (one each): those columns are set apart from the file's checksum. */
  keySum: Uint32Array;
  titleSum: Uint32Array;
  listing?: Uint8Array;
}

/** Columns of `count` rows whose ends rise within their bytes. */
function isSummary(m: CorpusMeta, arrays: Blob<CorpusMeta>['arrays']): boolean {
  const a = arrays as Partial<SummaryArrays>;
  if (!Number.isInteger(m.count) || m.count < 0 || !Array.isArray(m.warnings)) return false;
  const column = (bytes: unknown, ends: unknown) => {
    if (!(bytes instanceof Uint8Array) || !(ends instanceof Uint32Array) || ends.length !== m.count) return false;
    for (let i = 0, last = 0; i < ends.length; last = ends[i++]) if (ends[i] < last) return false;
    return m.count === 0 || ends[m.count - 1] <= bytes.length;
  };
  // (a listing kept with the folder it was written for, or neither)
  const listed = m.listingCwd === undefined ? a.listing === undefined : typeof m.listingCwd === 'string' && a.listing instanceof Uint8Array;
  const sum = (x: unknown) => x instanceof Uint32Array && x.length === 1;
  return column(a.keys, a.keyEnds) && column(a.titles, a.titleEnds) && sum(a.keySum) && sum(a.titleSum) && listed;
}
