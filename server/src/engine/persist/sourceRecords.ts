// What indexing computes of one source file, kept between runs: its metadata, passages and figures,
// in columns (typed arrays and a string table) rather than objects, so that thousands of sources
// load in one read, and its text (UTF-8, all of a file's texts in one column), so that a source
// whose file is unchanged by its stat (fileTable.ts) is restored without opening the file. A record
// holds nothing of the file's path or place in the corpus: it is keyed by the content (contentKey)
// and turned back into the very Source `buildSource` makes (`restoreSource`) given the file's path
// and index (and its text, read or the record's).
//
// The texts are the bulk of a records file and most are never read in a session, so the file's
// checksum leaves them out (binary.ts `apart`): each record keeps a digest of its text's bytes
// (`rTextSum`, covered by the checksum) and its text is checked against it when first read
// (`RecordRows.readText`) or when the index sweeps the texts after it is ready (`verifyUnreadText`,
// SourceIndex.verify). A text that fails is never returned: the reader tells the file's guard
// (`TextGuard`: the index then reads that source's file again) and throws `CorruptRecordError`.
import * as crypto from 'node:crypto';
import type { ExtractedText } from '../formats/types';
import { figureCountOf, lazySource, passageCountOf, unmadeRows, unreadText, type LazyFields, type PassageRows, type PassageTable, type TextReader } from '../lazyPassages';
import { SourcePassage, type PassageBody } from '../passage';
import { fileKey, sourceMeta } from '../sources';
import type { Figure, FigureKind, Hedge, Passage, Source } from '../types';
import { crc32, type Blob } from './binary';

/**
 * The key of a source's text (and of its extraction's metadata and pages, when extracted). `utf8`,
 * when given, is the text's UTF-8 (the file's bytes it was decoded from: sources.ts decodeSource):
 * hashed as they are, the same key, without encoding the text again.
 */
export function contentKey(text: string, extracted?: ExtractedText, utf8?: Uint8Array): string {
  if (utf8 && !extracted) return sha256Key(utf8);
  const data = extracted ? `${text}\0${JSON.stringify([extracted.format, extracted.meta, extracted.pages ?? null, extracted.problem ?? null])}` : text;
  return sha256Key(data);
}

/**
 * The first 32 characters of SHA-256 in base64url (its first 24 bytes, a multiple of 3: the same
 * characters), made as a string of their own — a slice of the whole digest's 43 would keep those
 * too, 48 bytes more for each source the index holds. `crypto.hash` where the runtime has it (Node
 * 20.12 on; one call, several times faster than a Hash object per file, which was a tenth of a warm
 * start on 20,000 small files).
 */
function sha256Key(data: string | Uint8Array): string {
  const oneShot = (crypto as { hash?: (algorithm: string, data: string | Uint8Array, encoding: 'buffer') => Buffer }).hash;
  const digest = oneShot ? oneShot('sha256', data, 'buffer') : crypto.createHash('sha256').update(data).digest();
  return digest.toString('base64url', 0, 24);
}

/**
 * A digest of a text's bytes as kept: their CRC-32, as the file's checksum (binary.ts) — a check
 * against damage, not against forgery, which the file's checksum is not either. (Layout 2 kept 32
 * bits of SHA-1: the texts a warm check reads at 100 MB, some 5,000, hashed in about 25 ms.)
 */
export function textSum(bytes: Uint8Array): number {
  return crc32(bytes);
}

/** A record's text that does not match its digest (the cache file was damaged after it was written). */
export class CorruptRecordError extends Error {
  constructor(
    readonly key: string,
    message = `index cache record ${key}: its text does not match its digest`,
  ) {
    super(message);
  }
}

/**
 * The bytes of a file under a view onto its bytes as read (a records file's texts, left in the file
 * by its store: CacheStore.readHead), read from the file at once into a buffer of their own (zeros
 * where they cannot be read).
 */
export type ReadWhenAsked = (part: Uint8Array) => Uint8Array;

/** Told of each record whose text fails its digest (the index reads that source's file again). */
export interface TextGuard {
  corrupt(key: string): void;
}

/** One source's record, without its columns (which are in the blob's arrays). */
export interface RecordHead {
  key: string;
  /** The title as read (front matter, extraction or first line), before the file-name fallback. */
  title?: string;
  url?: string;
  author?: string;
  date?: string;
  id?: string;
  aliases: string[];
  bodyStart: number;
  format?: Source['format'];
  pages?: number[];
  problem?: string;
  passages: number;
  figures: number;
  /** Bytes of the text (UTF-8) in the `text` column. */
  textBytes: number;
  /** The text's length in UTF-16 code units (what a passage's offsets are checked against before the text is read). */
  chars: number;
  /** The text is not kept (it has lone surrogates, which UTF-8 cannot hold): the file is read. */
  noText?: boolean;
  /** The text is kept as Latin-1 (every character below U+0100: one byte each, read back by a copy). */
  latin1?: boolean;
  /** The digest of the text's bytes (`textSum`), checked when they are read. */
  textSum: number;
}

/** The fields of a record few sources have, by record number in `RecordsMeta.more`. */
type RecordMore = Pick<RecordHead, 'url' | 'author' | 'date' | 'id' | 'format' | 'pages' | 'problem'> & { aliases?: string[] };

/**
 * The JSON part of a records file: per record its content key and title, the rarer fields of the
 * few that have them, and the figures' strings. The rest of a record's head is in the columns
 * `rPassages`, `rFigures`, `rTextBytes`, `rChars`, `rBodyStart` and `rFlags` (no object per record:
 * at 44,500 sources, a JSON object each was a fifth of a warm start's garbage collection).
 */
export interface RecordsMeta {
  keys: string[];
  titles: (string | null)[];
  more: Record<string, RecordMore>;
  strings: string[];
}

/**
 * A source's record, read from a blob: the records file and its number there (its head and where its
 * rows start are read from the file's columns when asked: a start restores 44,500 records, and an
 * object of each one's head and places was garbage as soon as its source was made).
 */
export interface SourceRecord {
  readonly set: RecordSet;
  readonly i: number;
}

const KINDS: FigureKind[] = ['count', 'currency', 'percent', 'year', 'quarter', 'duration', 'size', 'multiplier', 'number', 'ordinal', 'score', 'date', 'measure', 'odds', 'time'];
const KIND_CODE = new Map(KINDS.map((k, i) => [k, i]));
const HEDGES: (Hedge | undefined)[] = [undefined, 'approx', 'over', 'under'];
const WORDS = 1;
const VAGUE = 2;
const FRACTION = 4;
const FISCAL = 8;
const HAS_HIGH = 16;

/**
 * The records of `sources` (with their content keys, in the same order) as one blob; without their
 * texts when `texts` is false (`compactSources`: the sources keep their own). A source whose passages
 * (or text) are not made yet has its rows (or text bytes) copied from the record it was restored
 * from, nothing made. `textPieces` (a blob to write, not to read: the cache's records files): the
 * texts column given as pieces (`Blob.pieces`) — a text not read yet as a view on its record's
 * bytes, consecutive ones as one view, never copied (a cold 100 MB index: 108 MB of texts, each
 * copied into a new buffer of them all before it was written) — and the texts written from
 * strings in one buffer of their own.
 */
export function encodeRecords(sources: readonly Source[], keys: readonly string[], texts = true, textPieces = false): Blob<RecordsMeta> {
  let nP = 0;
  let nF = 0;
  for (const s of sources) {
    nP += passageCountOf(s);
    nF += figureCountOf(s);
  }
  const pStart = new Int32Array(nP);
  const pEnd = new Int32Array(nP);
  const pParagraph = new Int32Array(nP);
  const pFigures = new Int32Array(nP);
  const fStart = new Int32Array(nF);
  const fEnd = new Int32Array(nF);
  const fValue = new Float64Array(nF);
  const fHigh = new Float64Array(nF);
  const fScale = new Float64Array(nF);
  const fDecimals = new Int32Array(nF);
  const fKind = new Uint8Array(nF);
  const fFlags = new Uint8Array(nF);
  const fHedge = new Uint8Array(nF);
  const fHedgeStart = new Int32Array(nF);
  const fUnit = new Int32Array(nF);
  const fHedgeText = new Int32Array(nF);
  let textBytes = 0;
  // a text not read yet is copied from its record's bytes, else written from the string
  const readers = sources.map((s) => unreadText(s));
  const unread = readers.map((r) => (texts && r instanceof RecordRows && r.keepsText ? r : undefined));
  // a source's text: the string a lazy one was made with, read without settling its accessor (each
  // a defineProperty: the save of a cold index reads every source's), else the source's own
  const textOf = (i: number): string => {
    const r = readers[i];
    return typeof r === 'string' ? r : sources[i].text;
  };
  // a text with lone surrogates (extracted from a broken PDF, say) would not read back the same
  const kept = sources.map((_, i) => texts && (unread[i] !== undefined || wellFormed(textOf(i))));
  const latin1 = sources.map((_, i) => kept[i] && (unread[i] ? unread[i]!.latin1 : !WIDE.test(textOf(i))));
  const byteLengths = sources.map((_, i) => (!kept[i] ? 0 : unread[i] ? unread[i]!.textBytes : latin1[i] ? textOf(i).length : Buffer.byteLength(textOf(i), 'utf8')));
  let stringBytes = 0;
  for (let i = 0; i < sources.length; i++) {
    textBytes += byteLengths[i];
    if (!unread[i]) stringBytes += byteLengths[i];
  }
  // the texts column: one buffer; or, as pieces, the views of texts not read yet and one buffer of
  // the texts written from strings
  const text = Buffer.allocUnsafe(textPieces ? stringBytes : textBytes);
  const pieces: Uint8Array[] = [];
  const piece = (bytes: Uint8Array) => {
    if (bytes.byteLength === 0) return;
    const last = pieces[pieces.length - 1];
    if (last && last.buffer === bytes.buffer && last.byteOffset + last.byteLength === bytes.byteOffset) pieces[pieces.length - 1] = new Uint8Array(last.buffer, last.byteOffset, last.byteLength + bytes.byteLength);
    else pieces.push(bytes);
  };
  const strings: string[] = [];
  const stringIds = new Map<string, number>();
  const sid = (s: string | undefined) => {
    if (s === undefined) return -1;
    let id = stringIds.get(s);
    if (id === undefined) {
      id = strings.length;
      strings.push(s);
      stringIds.set(s, id);
    }
    return id;
  };
  const n = sources.length;
  const rPassages = new Int32Array(n);
  const rFigures = new Int32Array(n);
  const rTextBytes = new Int32Array(n);
  const rChars = new Int32Array(n);
  const rBodyStart = new Int32Array(n);
  const rFlags = new Uint8Array(n);
  const rTextSum = new Uint32Array(n);
  const titles: (string | null)[] = [];
  const more: Record<string, RecordMore> = {};
  const out: Columns = { pStart, pEnd, pParagraph, pFigures, fStart, fEnd, fValue, fHigh, fScale, fDecimals, fKind, fFlags, fHedge, fHedgeStart, fUnit, fHedgeText };
  let ip = 0;
  let jf = 0;
  let at = 0;
  // the rows of sources restored from consecutive records of one set (a piece compacted, a records
  // file) copied a run at a time: each column once per run, not once per source
  let copiedTo = -1;
  sources.forEach((s, i) => {
    const u = unread[i];
    // a text copied keeps its digest (checked when read from the new file: damage is not laundered)
    if (u) {
      rTextSum[i] = u.textSum;
      if (textPieces) piece(u.textView());
      else at += u.copyText(text, at);
    } else if (kept[i]) {
      const from = at;
      at += text.write(textOf(i), at, latin1[i] ? 'latin1' : 'utf8');
      rTextSum[i] = textSum(text.subarray(from, at));
      if (textPieces) piece(text.subarray(from, at));
    }
    let figures = 0;
    const rows = unmadeRows(s);
    if (rows instanceof RecordRows) {
      if (i > copiedTo) {
        let j = i + 1;
        for (let prev = rows; j < n; j++) {
          const r = unmadeRows(sources[j]);
          if (!(r instanceof RecordRows) || !r.follows(prev)) break;
          prev = r;
        }
        rows.copyRows(out, ip, jf, sid, j - i);
        copiedTo = j - 1;
      }
      ip += rows.passages;
      jf += rows.figures;
      figures = rows.figures;
    } else
      for (const p of s.passages) {
        pStart[ip] = p.start;
        pEnd[ip] = p.end;
        pParagraph[ip] = p.paragraph;
        pFigures[ip] = p.figures.length;
        ip++;
        for (const f of p.figures) {
          fStart[jf] = f.start;
          fEnd[jf] = f.end;
          fValue[jf] = f.value;
          fHigh[jf] = f.high ?? 0;
          fScale[jf] = f.scale;
          fDecimals[jf] = f.decimals;
          fKind[jf] = KIND_CODE.get(f.kind)!;
          fFlags[jf] = (f.words ? WORDS : 0) | (f.vague ? VAGUE : 0) | (f.fraction ? FRACTION : 0) | (f.fiscal ? FISCAL : 0) | (f.high !== undefined ? HAS_HIGH : 0);
          fHedge[jf] = f.hedge ? HEDGES.indexOf(f.hedge) : 0;
          fHedgeStart[jf] = f.hedgeStart ?? -1;
          fUnit[jf] = sid(f.unit);
          fHedgeText[jf] = sid(f.hedgeText);
          jf++;
          figures++;
        }
      }
    // the title as read: buildSource falls back to the file name only when there is none
    const title = s.meta.title === s.key ? undefined : s.meta.title;
    titles.push(title ?? null);
    rPassages[i] = passageCountOf(s);
    rFigures[i] = figures;
    rTextBytes[i] = byteLengths[i];
    const reader = readers[i];
    rChars[i] = reader instanceof RecordRows ? reader.chars : textOf(i).length;
    rBodyStart[i] = s.bodyStart;
    rFlags[i] = !kept[i] ? NO_TEXT : latin1[i] ? LATIN1 : 0;
    const m = moreOf(s);
    if (m) more[i] = m;
  });
  const columns = { rPassages, rFigures, rTextBytes, rChars, rBodyStart, rFlags, rTextSum, ...out };
  if (textPieces)
    return {
      meta: { keys: [...keys], titles, more, strings },
      arrays: columns,
      pieces: { text: pieces },
      apart: ['text'],
    };
  return {
    meta: { keys: [...keys], titles, more, strings },
    arrays: { ...columns, text: new Uint8Array(text.buffer, text.byteOffset, text.byteLength) },
    // the texts are checked record by record when read, not with the file (binary.ts)
    apart: ['text'],
  };
}

/** The rarer fields of a source's record (RecordsMeta.more), in this order; undefined when it has none (most sources: no object made). */
function moreOf(s: Source): RecordMore | undefined {
  const { url, author, date, id, aliases } = s.meta;
  if (url === undefined && author === undefined && date === undefined && id === undefined && aliases.length === 0 && !s.format && !s.pages && !s.problem) return undefined;
  const m: RecordMore = {};
  if (url !== undefined) m.url = url;
  if (author !== undefined) m.author = author;
  if (date !== undefined) m.date = date;
  if (id !== undefined) m.id = id;
  if (aliases.length > 0) m.aliases = aliases;
  if (s.format) m.format = s.format;
  if (s.pages) m.pages = s.pages;
  if (s.problem) m.problem = s.problem;
  return m;
}

/** The passage and figure columns a records file holds (those copied as they are, and the two of string ids). */
interface Columns {
  pStart: Int32Array;
  pEnd: Int32Array;
  pParagraph: Int32Array;
  pFigures: Int32Array;
  fStart: Int32Array;
  fEnd: Int32Array;
  fValue: Float64Array;
  fHigh: Float64Array;
  fScale: Float64Array;
  fDecimals: Int32Array;
  fKind: Uint8Array;
  fFlags: Uint8Array;
  fHedge: Uint8Array;
  fHedgeStart: Int32Array;
  fUnit: Int32Array;
  fHedgeText: Int32Array;
}
const PASSAGE_COLUMNS = ['pStart', 'pEnd', 'pParagraph', 'pFigures'] as const;
const FIGURE_COLUMNS = ['fStart', 'fEnd', 'fValue', 'fHigh', 'fScale', 'fDecimals', 'fKind', 'fFlags', 'fHedge', 'fHedgeStart'] as const;

const COLUMNS = ['pStart', 'pEnd', 'pParagraph', 'pFigures', 'fStart', 'fEnd', 'fValue', 'fHigh', 'fScale', 'fDecimals', 'fKind', 'fFlags', 'fHedge', 'fHedgeStart', 'fUnit', 'fHedgeText'];
const RECORD_COLUMNS = ['rPassages', 'rFigures', 'rTextBytes', 'rChars', 'rBodyStart', 'rFlags', 'rTextSum'];
/** rFlags: the text is not kept; it is kept as Latin-1. */
const NO_TEXT = 1;
const LATIN1 = 2;

/**
 * The records of one file by content key; a record's head and place in the columns are made when
 * it is asked for (`get`), so that reading a file makes one map entry per record and no object.
 */
export class RecordSet implements PassageTable {
  /**
   * Content key → record number, made when first asked (a records file of the cache is looked up by
   * key; the sets compactSources makes are read by number only, and a Map of 500 keys is 14 KB).
   */
  private byKey: Map<string, number> | undefined = undefined;
  /** Per record, where its rows start in the passage and figure columns and its text in `text` (the same bytes as `textBuffer`). */
  readonly firstPassage: Int32Array;
  readonly firstFigure: Int32Array;
  readonly firstText: Float64Array;
  readonly textBuffer: Buffer;
  /** Per record, 0: its text's digest not checked yet; 1: it matched; -1: it did not. */
  readonly textStates: Int8Array;
  /**
   * Per passage row, how many figures the rows before it have (the running sum of `pFigures`, one
   * more entry than rows): where a passage's figures start, for `RecordRows.figure` and `makeOne`.
   * Made on first use, once for the whole set (a check asks a figure or a passage of thousands of
   * records — an array per record, each kept in a map, cost more than the one pass) and kept as
   * long as the set, whose columns it follows: 4 bytes a passage beside theirs.
   */
  private figureStarts: Int32Array | undefined = undefined;

  constructor(
    readonly meta: RecordsMeta,
    readonly columns: Blob<RecordsMeta>['arrays'],
    /** Told when a record's text fails its digest. */
    readonly guard?: TextGuard,
    /**
     * Reads the texts where the store left them in the file (`columns.text` zeros), each time one is
     * asked for (a few kilobytes: read, checked against its digest and decoded once by the source
     * that keeps it); undefined when they were read with the rest of the file.
     */
    private readonly leftInFile?: ReadWhenAsked,
  ) {
    const n = meta.keys.length;
    this.firstPassage = new Int32Array(n);
    this.firstFigure = new Int32Array(n);
    this.firstText = new Float64Array(n);
    this.textStates = new Int8Array(n);
    const text = columns.text;
    this.textBuffer = Buffer.from(text.buffer, text.byteOffset, text.byteLength);
  }

  /** The bytes [from, to) of record i's text (all of them by default), read from the file when they were left there. */
  textBytes(i: number, from = 0, to = this.columns.rTextBytes[i]): Buffer {
    const bytes = this.textBuffer.subarray(this.firstText[i] + from, this.firstText[i] + to);
    if (!this.leftInFile) return bytes;
    const read = this.leftInFile(bytes);
    return Buffer.from(read.buffer, read.byteOffset, read.byteLength);
  }

  /** How many figures the passage rows before row `ip` have, in the whole set (see figureStarts). */
  figuresBefore(ip: number): number {
    let starts = this.figureStarts;
    if (!starts) {
      const pFigures = this.columns.pFigures;
      starts = this.figureStarts = new Int32Array(pFigures.length + 1);
      for (let p = 0; p < pFigures.length; p++) starts[p + 1] = starts[p] + pFigures[p];
    }
    return starts[ip];
  }

  /** Lays out the records (false when they and the columns disagree). */
  layOut(): boolean {
    const { keys } = this.meta;
    const c = this.columns;
    let p = 0;
    let f = 0;
    let t = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (typeof key !== 'string' || c.rPassages[i] < 0 || c.rFigures[i] < 0 || c.rTextBytes[i] < 0 || c.rChars[i] < 0) return false;
      this.firstPassage[i] = p;
      this.firstFigure[i] = f;
      this.firstText[i] = t;
      p += c.rPassages[i];
      f += c.rFigures[i];
      t += c.rTextBytes[i];
    }
    return p === c.pStart.length && f === c.fStart.length && t === c.text.length;
  }

  private get at(): Map<string, number> {
    if (!this.byKey) {
      const { keys } = this.meta;
      this.byKey = new Map();
      for (let i = 0; i < keys.length; i++) this.byKey.set(keys[i], i);
    }
    return this.byKey;
  }

  get size(): number {
    return this.at.size;
  }
  /** How many records the set holds (its keys, a key twice when two sources had one text; no map made). */
  get count(): number {
    return this.meta.keys.length;
  }
  has(key: string): boolean {
    return this.at.has(key);
  }
  keys(): IterableIterator<string> {
    return this.at.keys();
  }

  /**
   * The record of `key`, if this file holds it: looked for at `row` first — where it is when the set
   * was written from a corpus in the order of the one restored now (a warm start from an unchanged
   * folder: the base's record i is source i), with no map of the keys made — else by key. (Records
   * of one key are of one text, so any of them is its record.)
   */
  get(key: string, row?: number): SourceRecord | undefined {
    if (row !== undefined && this.meta.keys[row] === key) return { set: this, i: row };
    const i = this.at.get(key);
    return i === undefined ? undefined : { set: this, i };
  }

  /** The ith record (in the order the set was written). */
  record(i: number): SourceRecord {
    return { set: this, i };
  }

  rowsOf(i: number): RecordRows {
    return new RecordRows(this, i);
  }
  passageCount(i: number): number {
    return this.columns.rPassages[i];
  }
  figureCount(i: number): number {
    return this.columns.rFigures[i];
  }
}

/** The records of a blob by content key, or why the blob is not one of records; `guard` is told of texts that fail their digests. */
export function readRecords(blob: Blob<RecordsMeta>, guard?: TextGuard, readText?: ReadWhenAsked): RecordSet | { reject: string } {
  const { meta, arrays } = blob;
  if (!meta || !Array.isArray(meta.keys) || !Array.isArray(meta.titles) || !Array.isArray(meta.strings) || !meta.more || typeof meta.more !== 'object') return { reject: 'no source records' };
  for (const c of [...COLUMNS, ...RECORD_COLUMNS]) if (!arrays[c]) return { reject: `column ${c} is missing` };
  const nP = arrays.pStart.length;
  const nF = arrays.fStart.length;
  const nR = meta.keys.length;
  for (const c of COLUMNS) if (arrays[c].length !== (c[0] === 'p' ? nP : nF)) return { reject: `column ${c} has the wrong length` };
  for (const c of RECORD_COLUMNS) if (arrays[c].length !== nR) return { reject: `column ${c} has the wrong length` };
  if (meta.titles.length !== nR) return { reject: 'titles and records disagree' };
  if (!(arrays.text instanceof Uint8Array)) return { reject: 'column text is missing' };
  if (!(arrays.rTextSum instanceof Uint32Array)) return { reject: 'column rTextSum is missing' };
  // views on the file's bytes, kept by the sources restored from them (their passages and texts
  // are made from these on first use: lazyPassages.ts)
  const set = new RecordSet(meta, arrays, guard, readText);
  if (!set.layOut()) return { reject: 'records and columns disagree' };
  return set;
}

const wellFormed = (text: string) => (text as string & { isWellFormed(): boolean }).isWellFormed();
/** A character Latin-1 cannot hold. */
const WIDE = /[^\u0000-\u00ff]/;

/** The text a record holds (its source's, as read), if it holds it; throws CorruptRecordError when it fails its digest. */
export function recordText(r: SourceRecord): string | undefined {
  if (r.set.columns.rFlags[r.i] & NO_TEXT) return undefined;
  return r.set.rowsOf(r.i).readText();
}

/**
 * Does the text a source was restored with, not read yet, match its record's digest? Undefined when
 * there is nothing to check (its text read, or given). A text that fails is told to its guard.
 */
export function verifyUnreadText(source: Source): boolean | undefined {
  const reader = unreadText(source);
  if (!(reader instanceof RecordRows) || !reader.keepsText) return undefined;
  return reader.verifyText();
}

/**
 * The Source that buildSource(index, path, text, …) makes, from its record; undefined when the
 * record does not fit the text (its offsets out of bounds, a kind unknown), to be built afresh. Its
 * passages and figures are made from the record's columns when first asked (lazyPassages.ts); and
 * without `text` (a file not opened), its text from the record's bytes, when first asked — undefined
 * when the record does not keep it.
 */
export function restoreSource(index: number, path: string, text: string | undefined, r: SourceRecord): Source | undefined {
  const { set, i } = r;
  const c = set.columns;
  if (text === undefined && c.rFlags[i] & NO_TEXT) return undefined;
  if (!fits(r, text === undefined ? c.rChars[i] : text.length)) return undefined;
  const key = fileKey(path);
  const title = set.meta.titles[i];
  const more: RecordMore | undefined = set.meta.more[i];
  const aliases = more?.aliases;
  const fields: LazyFields = {
    index,
    path,
    key,
    meta: sourceMeta((typeof title === 'string' && title) || key, more?.url, more?.author, more?.date, more?.id, Array.isArray(aliases) && aliases.length > 0 ? aliases : NO_ALIASES),
    text: '',
    bodyStart: c.rBodyStart[i],
  };
  if (more?.format) fields.format = more.format;
  if (more?.pages) fields.pages = more.pages;
  if (more?.problem) fields.problem = more.problem;
  fields.text = text ?? set.rowsOf(i);
  return lazySource(fields, set, i);
}

/**
 * The same sources with their passages and figures in columns (one blob for them all, texts left
 * out: each keeps its own string), made again from them when first asked (lazyPassages.ts): what a
 * start restores from the cache, for sources built in the run — a `SourcePassage` and a figure
 * object each cost more than their rows (ARCHITECTURE.md, "In memory").
 */
export function compactSources(sources: readonly Source[], keys: readonly string[]): Source[] {
  const set = readRecords(encodeRecords(sources, keys, false));
  if ('reject' in set) return sources.slice(); // (never: the blob was just made; the sources as they are)
  return sources.map((s, i) => (unmadeRows(s) ? s : (restoreSource(s.index, s.path, s.text, set.record(i)) ?? s)));
}

/** Do the record's passages and figures lie within a text of `n` characters, each figure of a known kind? */
function fits(r: SourceRecord, n: number): boolean {
  const { set, i } = r;
  const c = set.columns;
  // the columns in locals: this runs over every row of every record a start restores (at 100 MB,
  // 880,000 passages and their figures; read through the columns object, a tenth of the start)
  const pStart = c.pStart;
  const pEnd = c.pEnd;
  const pFigures = c.pFigures;
  const fStart = c.fStart;
  const fEnd = c.fEnd;
  const fKind = c.fKind;
  const firstFigure = set.firstFigure[i];
  let jf = firstFigure;
  for (let ip = set.firstPassage[i], stop = ip + c.rPassages[i]; ip < stop; ip++) {
    const start = pStart[ip];
    const end = pEnd[ip];
    if (!(start >= 0 && start <= end && end <= n)) return false;
    for (let q = pFigures[ip]; q > 0; q--, jf++) {
      const fs = fStart[jf];
      const fe = fEnd[jf];
      if (!(fs >= 0 && fs <= fe && fe <= n) || fKind[jf] >= KINDS.length) return false;
    }
  }
  return jf === firstFigure + c.rFigures[i];
}

/**
 * A record's passages and figures, read from its columns (already checked by `fits`), and its text,
 * read from the record's bytes: made when asked (`RecordSet.rowsOf`), its state in the set (a source
 * unmade keeps the set and its number; one whose text is not read yet keeps one of these as its reader).
 */
class RecordRows implements PassageRows, TextReader {
  constructor(
    /** The records file and the record's number there: the rest is read from its columns when asked. */
    private readonly set: RecordSet,
    private readonly i: number,
  ) {}

  get passages(): number {
    return this.set.columns.rPassages[this.i];
  }
  get figures(): number {
    return this.set.columns.rFigures[this.i];
  }

  private get firstPassage(): number {
    return this.set.firstPassage[this.i];
  }
  private get firstFigure(): number {
    return this.set.firstFigure[this.i];
  }
  private get columns(): RecordSet['columns'] {
    return this.set.columns;
  }
  private get strings(): readonly string[] {
    return this.set.meta.strings;
  }
  get textBytes(): number {
    return this.set.columns.rTextBytes[this.i];
  }
  get latin1(): boolean {
    return (this.set.columns.rFlags[this.i] & LATIN1) !== 0;
  }
  get chars(): number {
    return this.set.columns.rChars[this.i];
  }
  /** The record keeps the text (else the source was restored with the file's). */
  get keepsText(): boolean {
    return (this.set.columns.rFlags[this.i] & NO_TEXT) === 0;
  }
  get textSum(): number {
    return this.set.columns.rTextSum[this.i];
  }

  /** Do the text's bytes (read here unless given) match their digest? (Checked once; a mismatch is told to the guard.) */
  verifyText(bytes?: Buffer): boolean {
    const states = this.set.textStates;
    if (states[this.i] === 0) {
      states[this.i] = textSum(bytes ?? this.set.textBytes(this.i)) === this.textSum ? 1 : -1;
      if (states[this.i] < 0) this.set.guard?.corrupt(this.set.meta.keys[this.i]);
    }
    return states[this.i] > 0;
  }

  /** Copies the record's text bytes into `to` at `at`; how many. */
  copyText(to: Buffer, at: number): number {
    return this.set.textBytes(this.i).copy(to, at);
  }

  /** The record's text bytes, as a view (not checked: copied as they are, with their digest). */
  textView(): Buffer {
    return this.set.textBytes(this.i);
  }

  /** Is this the record after `prev`'s in the same set (their rows side by side in its columns)? */
  follows(prev: RecordRows): boolean {
    return this.set === prev.set && this.i === prev.i + 1;
  }

  /**
   * Copies the rows of this record and the `records - 1` after it in its set into the columns `to`
   * from passage `ip` and figure `jf`, their strings numbered by `sid`.
   */
  copyRows(to: Columns, ip: number, jf: number, sid: (s: string | undefined) => number, records = 1): void {
    const c = this.columns as unknown as Columns;
    const p0 = this.firstPassage;
    const f0 = this.firstFigure;
    let passages = 0;
    let figures = 0;
    for (let r = this.i; r < this.i + records; r++) {
      passages += this.set.columns.rPassages[r];
      figures += this.set.columns.rFigures[r];
    }
    for (const name of PASSAGE_COLUMNS) to[name].set(c[name].subarray(p0, p0 + passages), ip);
    for (const name of FIGURE_COLUMNS) to[name].set(c[name].subarray(f0, f0 + figures), jf);
    const str = (id: number) => (id >= 0 && id < this.strings.length ? this.strings[id] : undefined);
    for (let k = 0; k < figures; k++) {
      to.fUnit[jf + k] = sid(str(c.fUnit[f0 + k]));
      to.fHedgeText[jf + k] = sid(str(c.fHedgeText[f0 + k]));
    }
  }

  /** The record's text (restoreSource never makes rows read for a record without one); throws CorruptRecordError when it fails its digest. */
  readText(): string {
    // (its bytes read once, checked, then decoded: from the file, when the texts were left there)
    const bytes = this.set.textBytes(this.i);
    if (!this.verifyText(bytes)) throw new CorruptRecordError(this.set.meta.keys[this.i]);
    return bytes.toString(this.latin1 ? 'latin1' : 'utf8');
  }

  make(body: PassageBody, made?: (k: number) => Passage | undefined): Passage[] {
    const passages = new Array<Passage>(this.passages);
    let jf = this.firstFigure;
    for (let k = 0; k < this.passages; k++) {
      const nf = this.columns.pFigures[this.firstPassage + k];
      passages[k] = made?.(k) ?? this.passageOf(body, k, jf);
      jf += nf;
    }
    return passages;
  }

  makeOne(body: PassageBody, k: number): Passage {
    return this.passageOf(body, k, this.firstFigureOf(k));
  }

  /** The kth passage, its figures from row `jf` of the figure columns. */
  private passageOf(body: PassageBody, k: number, jf: number): Passage {
    const c = this.columns;
    const ip = this.firstPassage + k;
    let figures: Figure[] = NO_FIGURES;
    const nf = c.pFigures[ip];
    if (nf > 0) {
      figures = new Array<Figure>(nf);
      for (let q = 0; q < nf; q++, jf++) figures[q] = this.figureOf(jf, body.text.slice(c.fStart[jf], c.fEnd[jf]));
    }
    return new SourcePassage(body, k, c.pStart[ip], c.pEnd[ip], c.pParagraph[ip], figures);
  }

  /** The row of the kth passage's first figure in the figure columns: the record's first, and the figures of its passages before the kth. */
  private firstFigureOf(k: number): number {
    const ip = this.firstPassage;
    return this.firstFigure + this.set.figuresBefore(ip + k) - this.set.figuresBefore(ip);
  }

  figure(passage: number, figure: number, slice: (start: number, end: number) => string): Figure {
    const jf = this.firstFigureOf(passage) + figure;
    // its text read when first asked: most figures a range of values finds are found not to agree on
    // their value and hedge alone (figuresAgree reads a source figure's text only for a hedged precise
    // value or two vague ones), and a text slice checks the whole text's digest first
    return this.figureOf(jf, { slice, start: this.columns.fStart[jf], end: this.columns.fEnd[jf] });
  }

  /**
   * The text's characters [start, end) from the record's bytes, the rest not decoded: a Latin-1
   * text's bytes are its characters (undefined for UTF-8, whose offsets need the text before them).
   * Checked against the digest first, as readText checks the whole.
   */
  readSlice(start: number, end: number): string | undefined {
    if (!this.latin1) return undefined;
    if (!this.verifyText()) throw new CorruptRecordError(this.set.meta.keys[this.i]);
    return this.set.textBytes(this.i, start, end).toString('latin1');
  }

  /** The figure of row `jf` of the figure columns, as buildSource makes it (the same fields in the same order); `text` its own. */
  private figureOf(jf: number, text: string | UnreadText): Figure {
    const { columns: c, strings } = this;
    const str = (id: number) => (id >= 0 && id < strings.length ? strings[id] : undefined);
    const fs = c.fStart[jf];
    const fe = c.fEnd[jf];
    const value = c.fValue[jf];
    const kind = KINDS[c.fKind[jf]];
    const f: Figure =
      typeof text === 'string' ? { start: fs, end: fe, text, value, kind, scale: c.fScale[jf], decimals: c.fDecimals[jf] } : withUnreadText(fs, fe, text, value, kind, c.fScale[jf], c.fDecimals[jf]);
    const flags = c.fFlags[jf];
    if (flags & HAS_HIGH) f.high = c.fHigh[jf];
    if (flags & FISCAL) f.fiscal = true;
    const unit = str(c.fUnit[jf]);
    if (unit !== undefined) f.unit = unit;
    if (flags & WORDS) f.words = true;
    if (flags & VAGUE) f.vague = true;
    if (flags & FRACTION) f.fraction = true;
    const hedge = HEDGES[c.fHedge[jf]];
    if (hedge) f.hedge = hedge;
    if (c.fHedgeStart[jf] >= 0) f.hedgeStart = c.fHedgeStart[jf];
    const hedgeText = str(c.fHedgeText[jf]);
    if (hedgeText !== undefined) f.hedgeText = hedgeText;
    return f;
  }

  eachFigure(visit: (passage: number, figure: number, value: number, kind: FigureKind) => void, from = 0, to = this.passages): void {
    const c = this.columns;
    let jf = this.firstFigure;
    for (let k = 0; k < from; k++) jf += c.pFigures[this.firstPassage + k];
    for (let k = from, stop = Math.min(to, this.passages); k < stop; k++) {
      const nf = c.pFigures[this.firstPassage + k];
      for (let q = 0; q < nf; q++, jf++) visit(k, q, c.fValue[jf], KINDS[c.fKind[jf]]);
    }
  }
}

/** A figure's text not read yet (`RecordRows.figure`): its place, and what reads the source's characters there. */
interface UnreadText {
  slice: (start: number, end: number) => string;
  start: number;
  end: number;
}

/** Where a figure whose text is not read yet keeps what reads it (not enumerable: a copy or a comparison never sees it). */
const UNREAD_TEXT = Symbol('unread figure text');

// The accessors of every such figure's `text`, shared (one function each, not closures per figure:
// the figures keep one hidden class in fast mode — a data property turned into an accessor would put
// each in dictionary mode, and every rule that reads them would read them slowly), read once: the
// text is then a plain property in its place.
function readFigureText(this: Figure & { [UNREAD_TEXT]: UnreadText }): string {
  const t = this[UNREAD_TEXT];
  return settleFigureText(this, t.slice(t.start, t.end));
}
function settleFigureText(f: Figure, value: string): string {
  Object.defineProperty(f, 'text', { value, writable: true, enumerable: true, configurable: true });
  return value;
}
const UNREAD_TEXT_ACCESSOR = {
  get: readFigureText,
  set(this: Figure, value: string) {
    settleFigureText(this, value);
  },
  enumerable: true,
  configurable: true,
} satisfies PropertyDescriptor;

/** A figure's first fields in buildSource's order, its text an accessor that reads it when first asked. */
function withUnreadText(start: number, end: number, text: UnreadText, value: number, kind: FigureKind, scale: number, decimals: number): Figure {
  const f = { start, end } as Figure;
  Object.defineProperty(f, 'text', UNREAD_TEXT_ACCESSOR);
  Object.defineProperty(f, UNREAD_TEXT, { value: text });
  f.value = value;
  f.kind = kind;
  f.scale = scale;
  f.decimals = decimals;
  return f;
}

/** Shared by every source without aliases, as in buildSource: never mutated. */
const NO_ALIASES: string[] = Object.freeze([]) as unknown as string[];

/** Shared by every passage without figures, as in buildSource: never mutated. */
const NO_FIGURES: Figure[] = Object.freeze([]) as unknown as Figure[];
