// The corpus's inverted index (indexer.ts `Postings`) kept between runs, for exactly the sources it
// was built from in that order: `signature` names them, and a corpus whose sources differ in any
// way builds its postings afresh.
import { createHash } from 'node:crypto';
import type { Postings } from '../indexer';
import { crc32, type Blob } from './binary';
import { listWhole, postingsAllRead, postingsLeftInFile, readPostings } from '../postingList';
import type { ReadWhenAsked } from './sourceRecords';
import { LIST_READ_PART } from './policy';
import type { ValueIndex } from '../valueIndex';
import { CorruptRecordError } from './sourceRecords';
import { SortedTable, sortedOrder } from './sortedTable';

export interface PostingsMeta {
  signature: string;
  avgdl: number;
  /** Terms by id. */
  terms: string[];
  /** Written forms (indexer.ts WrittenForms), their counts in the arrays lowerCounts and capitalisedCounts. */
  lower: string[];
  capitalisedInside: string[];
}

/** The name of a corpus's sources, by their content keys in order. */
export function corpusSignature(keys: readonly string[]): string {
  // one update of the keys joined (the same digest as an update per key and newline: two calls a
  // key were 0.1 s of a start at 44,500 sources)
  return createHash('sha256').update(keys.length ? `${keys.join('\n')}\n` : '').digest('base64url');
}

/**
 * Per cached postings' bytes (the array `postings` a blob set apart from its file's checksum:
 * `encodeCachedPostings`), each term's list's CRC-32: checked with the list's sense (`listSound`)
 * wherever a cached list is checked — all at a load (`postingsWhole`), when first read
 * (`ListsWhenRead`), or in `SourceIndex.verify`'s sweep. Keyed by the bytes, so every Postings over
 * them (a copy of the object, the corpus's layers' base) is checked against the same sums.
 */
const LIST_SUMS = new WeakMap<Uint8Array, Uint32Array>();

/**
 * Is term `id`'s list of `p` whole (postingList.ts listWhole) and, when its bytes were kept apart
 * from their file's checksum, the bytes written (its CRC-32 the one kept for it)?
 */
export function listSound(p: Pick<Postings, 'postings' | 'offsets' | 'df'>, id: number, passages: number): boolean {
  const { postings, offsets } = p;
  const from = offsets[id];
  const to = offsets[id + 1];
  if (!listWhole(postings, from, to, p.df[id], passages)) return false;
  const sums = LIST_SUMS.get(postings);
  return !sums || crc32(postings.subarray(from, to)) === sums[id];
}

/**
 * The postings as the cache keeps them (`encodePostings`, and the value index when given): their
 * bytes — two thirds of the file at 100 MB — set apart from the file's checksum (binary.ts `apart`),
 * each term's list's CRC-32 in a column it covers (`listSums`), so that a load hashes only the lists
 * it reads (`listSound`; a warm check reads a few of 32,850 at 100 MB), not 27 MB at every start.
 */
export function encodeCachedPostings(p: Postings, signature: string, values?: ValueIndex): Blob<PostingsMeta> {
  const blob = encodePostings(p, signature, values);
  const { postings, offsets, df } = p;
  const sums = new Uint32Array(df.length);
  for (let id = 0; id < df.length; id++) sums[id] = crc32(postings.subarray(offsets[id], offsets[id + 1]));
  // (the order of each table's strings: a start looks them up through it, no Map made — sortedTable.ts)
  const { terms, lower, capitalisedInside } = blob.meta!;
  const orders = { termOrder: sortedOrder(terms), lowerOrder: sortedOrder(lower), capitalisedOrder: sortedOrder(capitalisedInside) };
  return { ...blob, arrays: { ...blob.arrays, listSums: sums, ...orders }, apart: ['postings'] };
}

/** The postings as a blob; with `values`, the value index of the same passages too (Corpus.wholeValueIndex). */
export function encodePostings(p: Postings, signature: string, values?: ValueIndex): Blob<PostingsMeta> {
  // (postings whose lists were left in the cache file are read whole first: leaveListsInFile)
  readPostings(p.postings);
  const terms = new Array<string>(p.termIds.size);
  for (const [t, id] of p.termIds) terms[id] = t;
  return {
    meta: { signature, avgdl: p.avgdl, terms, lower: [...p.written.lower.keys()], capitalisedInside: [...p.written.capitalisedInside.keys()] },
    arrays: {
      offsets: p.offsets,
      postings: p.postings,
      df: p.df,
      lengths: p.lengths,
      kindMask: p.kindMask,
      lowerCount: p.lowerCount,
      lowerCounts: Int32Array.from(p.written.lower.values()),
      capitalisedCounts: Int32Array.from(p.written.capitalisedInside.values()),
      ...(values && { valueOf: values.value, valueBit: values.bit, valuePid: values.pid, valueFig: values.fig }),
    },
  };
}

/**
 * The value index kept with the postings, when its arrays are whole: one row per figure, in
 * ascending order of value (a NaN after every number), each naming a passage of this corpus whose
 * figures hold its kind bit (`kindMask`). Else undefined: the corpus makes it again.
 */
function keptValues(arrays: Blob<PostingsMeta>['arrays'], passages: number, kindMask: Uint8Array): ValueIndex | undefined {
  const { valueOf: value, valueBit: bit, valuePid: pid, valueFig: fig } = arrays;
  if (!(value instanceof Float64Array) || !(bit instanceof Uint8Array) || !(pid instanceof Int32Array) || !(fig instanceof Int32Array)) return undefined;
  const m = value.length;
  if (bit.length !== m || pid.length !== m || fig.length !== m) return undefined;
  for (let i = 0; i < m; i++) {
    const p = pid[i];
    if (p < 0 || p >= passages || fig[i] < 0 || bit[i] === 0 || (kindMask[p] & bit[i]) === 0) return undefined;
    const v = value[i];
    if (i > 0 && v === v && !(value[i - 1] <= v)) return undefined;
  }
  return { value, bit, pid, fig };
}

/** Does every list of `p` end where the next starts, name passages below `passages` in ascending order and hold df postings — and match its kept CRC-32, when its bytes were set apart (`listSound`)? */
export function postingsWhole(p: Pick<Postings, 'postings' | 'offsets' | 'df'>, passages: number): boolean {
  const { df } = p;
  for (let id = 0; id < df.length; id++) if (!listSound(p, id, passages)) return false;
  return true;
}

/**
 * A postings file's lists (`postings`, a view onto the file's bytes as its store read them, the
 * lists' bytes still zeros there) left in the file, each part read into place the first time a
 * reader asks for bytes in it (postingList.ts `readPostings`: every reader does), `read` reading it
 * (CacheStore.readHead's `readRest`: zeros where the file cannot be read, which the lists' sums
 * then find). A warm check reads a few hundred of 32,850 lists at 100 MB: the 27 MB of the others
 * are never read. Parts of LIST_READ_PART bytes, each read once; runs of parts not read yet read together.
 */
export function leaveListsInFile(postings: Uint8Array, read: ReadWhenAsked): void {
  const n = postings.length;
  const parts = Math.ceil(n / LIST_READ_PART);
  const done = new Uint8Array(parts);
  let left = parts;
  postingsLeftInFile(postings, (from, to) => {
    const last = Math.min(parts, Math.ceil(to / LIST_READ_PART));
    for (let p = Math.floor(from / LIST_READ_PART); p < last; ) {
      if (done[p] === 1) {
        p++;
        continue;
      }
      let q = p + 1;
      while (q < last && done[q] === 0) q++;
      const a = p * LIST_READ_PART;
      postings.set(read(postings.subarray(a, Math.min(n, q * LIST_READ_PART))), a);
      done.fill(1, p, q);
      left -= q - p;
      p = q;
    }
    if (left === 0) postingsAllRead(postings);
  });
}

/**
 * A term's list of cached postings found not whole when first read (ListsWhenRead): what a damaged
 * text throws (a CorruptRecordError, its key empty), so that the CLI repairs and runs again
 * (cli/workspace.ts withRepairs) — the index then builds its postings afresh (SourceIndex.verify).
 */
export class CorruptPostingsError extends CorruptRecordError {
  constructor(readonly term: number) {
    super('', `index cache postings: the list of term ${term} is not whole or not as written`);
  }
}

/**
 * The lists of cached postings (decoded with `lists` false) checked one term at a time, each when
 * first read — a walk or its count (`df`) — instead of all at a load (listWhole over the whole
 * postings: ~0.13 s at 100 MB, of which a warm check reads a few lists). A list found not whole is
 * never read: `damaged` is told (the index builds the postings afresh at its next update) and
 * CorruptPostingsError thrown. Only for a reader that repairs and runs again on that error (the
 * CLI's check): what it reads is then what the whole check at a load would have let it read.
 */
export class ListsWhenRead {
  /** Per term, 1 once its list was found whole. */
  private readonly whole: Uint8Array;

  constructor(
    private readonly p: Pick<Postings, 'postings' | 'offsets' | 'df' | 'lengths'>,
    private readonly damaged: () => void,
  ) {
    this.whole = new Uint8Array(p.df.length);
  }

  /** Throws CorruptPostingsError unless term `id`'s list is whole (walked once, the first time asked). */
  check(id: number): void {
    if (this.whole[id] === 1) return;
    if (!listSound(this.p, id, this.p.lengths.length)) {
      this.damaged();
      throw new CorruptPostingsError(id);
    }
    this.whole[id] = 1;
  }
}

/**
 * The postings of a blob when they are of `signature` and whole (with the value index kept beside
 * them, when it is whole too: keptValues); undefined otherwise. With `lists`
 * false, each term's list is not walked (`postingsWhole`, which its user then runs: a start from the
 * cache checks them after the index answers, SourceIndex.verify).
 */
export function decodePostings(blob: Blob<PostingsMeta>, signature: string, passages: number, lists = true): Postings | undefined {
  const { meta, arrays } = blob;
  if (!meta || meta.signature !== signature || !Array.isArray(meta.terms) || !Array.isArray(meta.lower) || !Array.isArray(meta.capitalisedInside)) return undefined;
  const { offsets, postings, df, lengths, kindMask, lowerCount, lowerCounts, capitalisedCounts } = arrays;
  const nTerms = meta.terms.length;
  if (!(offsets instanceof Int32Array) || !(postings instanceof Uint8Array) || !(df instanceof Int32Array) || !(lengths instanceof Uint32Array) || !(kindMask instanceof Uint8Array) || !(lowerCount instanceof Int32Array)) return undefined;
  if (!(lowerCounts instanceof Int32Array) || !(capitalisedCounts instanceof Int32Array) || lowerCounts.length !== meta.lower.length || capitalisedCounts.length !== meta.capitalisedInside.length) return undefined;
  if (lowerCount.length !== nTerms || df.length !== nTerms) return undefined;
  if (offsets.length !== nTerms + 1 || offsets[0] !== 0 || offsets[nTerms] !== postings.length || lengths.length !== passages || kindMask.length !== passages) return undefined;
  // bytes set apart from the file's checksum: each list's CRC-32 kept (encodeCachedPostings), checked with its sense
  if (blob.apart?.includes('postings')) {
    const sums = arrays.listSums;
    if (!(sums instanceof Uint32Array) || sums.length !== nTerms) return undefined;
    LIST_SUMS.set(postings, sums);
  }
  // every list ends where the next starts, names passages of this corpus in ascending order, and
  // holds df postings (the checksum guards the bytes; this, the sense)
  if (lists && !postingsWhole({ postings, offsets, df }, passages)) return undefined;
  // (looked up through the orders kept with them, when they were: no Map of 67,000 strings made at 100 MB — sortedTable.ts)
  const { termOrder, lowerOrder, capitalisedOrder } = arrays;
  const kept = termOrder instanceof Int32Array && lowerOrder instanceof Int32Array && capitalisedOrder instanceof Int32Array;
  const termIds = kept ? new SortedTable(meta.terms, undefined, termOrder) : new Map(meta.terms.map((t, id) => [t, id]));
  const written = kept
    ? { lower: new SortedTable(meta.lower, lowerCounts, lowerOrder), capitalisedInside: new SortedTable(meta.capitalisedInside, capitalisedCounts, capitalisedOrder) }
    : { lower: new Map(meta.lower.map((w, i) => [w, lowerCounts[i]])), capitalisedInside: new Map(meta.capitalisedInside.map((w, i) => [w, capitalisedCounts[i]])) };
  const out: Postings = {
    termIds,
    offsets,
    postings,
    df,
    lengths,
    kindMask,
    avgdl: meta.avgdl,
    lowerCount,
    written,
  };
  // (not enumerable: what compares or copies postings sees the postings alone; a copy without it makes the index again)
  const values = keptValues(arrays, passages, kindMask);
  if (values) Object.defineProperty(out, 'values', { value: values, enumerable: false });
  return out;
}
