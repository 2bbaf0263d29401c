// An extraction job: a run of consecutive source files of a corpus, as bytes, made into what the
// index keeps of them — each file's source as a record (persist/sourceRecords.ts: passages, figures
// and text in columns, keyed by content) and the scan of their passages for the postings
// (indexer.ts `scanSegment`) — as plain data that can cross to a worker thread and back. The
// index restores each source from its record (as a start restores it from the cache) and joins the
// runs' scans in order (`mergeSegments`): the same sources and postings as one thread building
// them file after file (`test/unit/parallel-extract.test.ts`). Only text files (`formats`
// `sourceFormat` 'text') are sent: web pages, PDFs and Word files are extracted on the index's
// thread, with its extraction cache.
import type { Blob } from '../persist/binary';
import { contentKey } from '../persist/sourceRecords';
import { encodeRecords, type RecordsMeta } from '../persist/sourceRecords';
import { PostingsBuild, SegmentScanner, type ScannedSegment } from '../indexer';
import { buildSource, decodeSource } from '../sources';
import type { Source } from '../types';

/** The files of a run: their paths and bytes (one buffer, each file's bytes ending at `ends[k]`). */
export interface ExtractRequest {
  paths: string[];
  ends: Int32Array;
  bytes: Uint8Array;
}

/** What became of each file of a run. */
export interface ExtractReply {
  /**
   * Per file: its content key (its record's in `records`), or null when it has no source — then
   * `skips` says why (a warning's message), or is null when the file must be read on the index's
   * thread (a text its record cannot keep, with lone surrogates).
   */
  keys: (string | null)[];
  skips: (string | null)[];
  /** The records of the files with a source, in file order (texts included). */
  records: Blob<RecordsMeta>;
  /**
   * The scan of those sources' passages, in the same order; absent when they were scanned into the
   * corpus's own build of the postings instead (a run on the index's thread: `InProcessExtraction`).
   */
  scan?: ScannedSegment;
  /**
   * The texts of the records' sources, in their order, when the records leave them out (a run on
   * the index's own thread: its sources are restored with the strings they were built from).
   */
  texts?: string[];
}

/**
 * Make a run's sources, records and scan (on whichever thread runs it; a `SegmentScanner` is that
 * thread's, kept between its runs), or scan its passages into `postings`, the build of the postings
 * of the corpus whose next passages they are (on the index's own thread, workers/workerExtraction.ts
 * `InProcessExtraction`): no scan in the reply then, and the records without their texts, which
 * come as the strings the sources were built from.
 */
export function runExtract(req: ExtractRequest, scanner: SegmentScanner | PostingsBuild): ExtractReply {
  const keys: (string | null)[] = [];
  const skips: (string | null)[] = [];
  const sources: Source[] = [];
  const sourceKeys: string[] = [];
  for (let k = 0; k < req.paths.length; k++) {
    const p = req.paths[k];
    const d = decodeSource(req.bytes.subarray(k ? req.ends[k - 1] : 0, req.ends[k]));
    if ('skip' in d) {
      keys.push(null);
      skips.push(`skipped: ${d.skip}`);
      continue;
    }
    let src: Source;
    try {
      src = buildSource(sources.length, p, d.text);
    } catch (e) {
      keys.push(null);
      skips.push(`skipped: could not be indexed (${(e as Error).message})`);
      continue;
    }
    if (!(d.text as string & { isWellFormed(): boolean }).isWellFormed()) {
      // its record would not keep its text: the index's thread reads this file itself (decodeSource
      // replaces lone surrogates, so no text file comes here today; a guard, since the index
      // restores each source from its record's text)
      keys.push(null);
      skips.push(null);
      continue;
    }
    const key = contentKey(d.text, undefined, d.utf8);
    keys.push(key);
    skips.push(null);
    sources.push(src);
    sourceKeys.push(key);
  }
  const own = scanner instanceof PostingsBuild;
  const records = encodeRecords(sources, sourceKeys, !own);
  // (a small text buffer may be a view on Node's shared pool: its own copy, to be transferred)
  const text = records.arrays.text;
  if (text.byteOffset !== 0 || text.byteLength !== text.buffer.byteLength) records.arrays.text = text.slice();
  const passages = sources.flatMap((s) => s.passages);
  if (own) {
    scanner.add(sources, passages);
    return { keys, skips, records, texts: sources.map((s) => s.text) };
  }
  return { keys, skips, records, scan: scanner.scan(sources, passages) };
}

/** The buffers of a reply, to transfer. */
export function replyBuffers(r: ExtractReply): ArrayBuffer[] {
  const s = r.scan;
  const arrays = [...Object.values(r.records.arrays), ...(s ? [s.lists, s.listRows, s.lengths, s.kindMask, s.lowerCount, s.rawMet, s.rawOccurrences, s.rawCapitalised] : [])];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}
