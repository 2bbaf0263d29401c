// The index cache's file layout, owned here (no database: see persist/README in ARCHITECTURE.md
// "Persisted index"): a header, one JSON block for the small things and the layout, then typed
// arrays, each 8-byte aligned so that reading maps them onto the file's bytes without a copy.
//
//   "GRNDIDX\0"  magic (8 bytes)
//   u32          layout version (LAYOUT_VERSION) · u32 engine version (what made the data)
//   u32          JSON length in bytes · u32 reserved (0)
//   u32          CRC-32 of the other bytes it covers: the header's other fields and what follows
//   20 bytes     reserved (zeros; where layout 2 kept SHA-1: the header keeps its size)
//   JSON         { meta, arrays: [[name, type, byteOffset, length]…], apart, checked } (offsets from the data start)
//   padding      to 8 bytes
//   data         the arrays; those named in `apart` last
//
// The checksum covers the header, the JSON block and the data up to `checked` (bytes from the data
// start): every array but those the blob sets apart (`Blob.apart`), whose bytes its owner guards
// otherwise and checks when it reads them (a records file's texts: one digest per record in a
// column the checksum covers, sourceRecords.ts), so that a start does not hash bytes it may never
// read (at 100 MB of sources, the texts were half of the 200 MB a warm start hashed; the postings'
// lists, each with its CRC-32 in a covered column, postingsBlob.ts encodeCachedPostings, 27 MB more).
//
// The checksum is CRC-32 (zlib's polynomial, `crc32`), against damage — a truncated, torn or
// changed file — not forgery, which no checksum kept beside the data stops. Layout 2 kept SHA-1
// here: at 100 MB of sources a warm start hashed 109 MB of covered bytes, 85 ms of SHA-1 on one
// thread against 36 ms of zlib's CRC-32 (session 38).
//
// `decode` never trusts the file: wrong magic, version, checksum, JSON or array bounds each give
// a reason, never an exception or a half-read index. (A JSON block edited to set more apart is
// still covered by the checksum, so it fails it.)
import * as zlib from 'node:zlib';

const MAGIC = Buffer.from('GRNDIDX\0', 'latin1');
/** Bump when this layout changes (the header, the JSON block's shape). */
export const LAYOUT_VERSION = 3;
const HEADER = 8 + 4 + 4 + 4 + 4 + 4 + 20;
const DIGEST_AT = 24;
/** The checksum's bytes. */
const DIGEST = 4;

/** CRC-32 (as zlib's, the IEEE polynomial) of `bytes`, continuing from `crc` (the CRC-32 of the bytes before them). */
export const crc32: (bytes: Uint8Array, crc?: number) => number = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32 ?? crc32Table;

/** The table of the byte-at-a-time CRC-32 (never written after it is made). */
const CRC_TABLE = makeTable();

function makeTable(): Int32Array {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
}

/** CRC-32 in JavaScript, for a runtime without `zlib.crc32` (Node before 20.15, 22.2): the same values, slower. Linear in the bytes. */
export function crc32Table(bytes: Uint8Array, crc = 0): number {
  const t = CRC_TABLE;
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = t[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

export type TypedArray = Int32Array | Uint32Array | Float64Array | Uint8Array;
type ArrayType = 'i32' | 'u32' | 'f64' | 'u8';

export interface Blob<M> {
  meta: M;
  arrays: Record<string, TypedArray>;
  /** Arrays outside the file's checksum (laid out after the others): their owner checks their bytes when it reads them. */
  apart?: readonly string[];
  /**
   * Byte arrays given as the views they are made of, in order (a name not in `arrays`): written one
   * after another, never joined into one (`encodeChunks`; a records file's texts, most of its bytes,
   * are views on the buffers their records came in), read back as one array like any other.
   */
  pieces?: Record<string, readonly Uint8Array[]>;
}

function typeOf(a: TypedArray): ArrayType {
  if (a instanceof Int32Array) return 'i32';
  if (a instanceof Uint32Array) return 'u32';
  if (a instanceof Float64Array) return 'f64';
  return 'u8';
}

const align8 = (n: number) => (n + 7) & ~7;

/** The file's bytes for `blob`, made by engine version `engine`. */
export function encode<M>(blob: Blob<M>, engine: number): Buffer {
  return Buffer.concat(encodeChunks(blob, engine));
}

const ZEROS = new Uint8Array(8);

/**
 * The same bytes as `encode`, in pieces: the header and layout block, then each array's own bytes
 * (no copy) and its padding. Written one after another (`CacheStore.write`), they make the file
 * without an output buffer the size of the file (at 100 MB of sources, allocating and filling one
 * was a fifth of writing the cache).
 */
export function encodeChunks<M>(blob: Blob<M>, engine: number): Uint8Array[] {
  const layout: [string, ArrayType, number, number][] = [];
  const pieces = blob.pieces ?? {};
  const given = [...Object.keys(blob.arrays).filter((name) => blob.arrays[name] !== undefined), ...Object.keys(pieces)];
  const apart = (blob.apart ?? []).filter((name) => given.includes(name));
  const names = [...given.filter((name) => !apart.includes(name)), ...apart];
  let at = 0;
  let checked = -1;
  for (const name of names) {
    if (checked < 0 && apart.includes(name)) checked = at;
    const a = blob.arrays[name];
    let bytes = 0;
    if (a) layout.push([name, typeOf(a), at, a.length]);
    else {
      for (const p of pieces[name]) bytes += p.byteLength;
      layout.push([name, 'u8', at, bytes]);
    }
    at = align8(at + (a ? a.byteLength : bytes));
  }
  if (checked < 0) checked = at;
  const json = Buffer.from(asciiJson({ meta: blob.meta, arrays: layout, apart, checked }), 'latin1');
  const dataStart = align8(HEADER + json.length);
  const head = Buffer.alloc(dataStart);
  MAGIC.copy(head, 0);
  head.writeUInt32LE(LAYOUT_VERSION, 8);
  head.writeUInt32LE(engine, 12);
  head.writeUInt32LE(json.length, 16);
  json.copy(head, HEADER);
  let digest = crc32(head.subarray(DIGEST_AT + DIGEST), crc32(head.subarray(0, DIGEST_AT)));
  const chunks: Uint8Array[] = [head];
  for (const [name, , offset, length] of layout) {
    const a = blob.arrays[name];
    const parts = a ? [new Uint8Array(a.buffer, a.byteOffset, a.byteLength)] : pieces[name];
    const byteLength = a ? a.byteLength : length;
    const pad = align8(byteLength) - byteLength;
    for (const c of pad ? [...parts, ZEROS.subarray(0, pad)] : parts) {
      if (c.length === 0) continue;
      chunks.push(c);
      if (offset < checked) digest = crc32(c, digest);
    }
  }
  head.writeUInt32LE(digest, DIGEST_AT);
  return chunks;
}

/**
 * `value` as JSON written in ASCII alone, every other character escaped (`\uXXXX`;
 * a character past U+FFFF as its two UTF-16 halves, as JSON has it): the same value parsed back. A
 * start decodes the block with `toString('utf8')` and parses it; text that is all ASCII makes a
 * one-byte string, where one character past it made the whole block a two-byte string, slower to
 * make and to parse (the records file's 7 MB block at 100 MB holds some 1,500 such characters,
 * in titles: 15 → 11 ms of every warm start). Files written before read as they did.
 */
export function asciiJson(value: unknown): string {
  const json = JSON.stringify(value);
  return NON_ASCII.test(json) ? json.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}
/** A character past ASCII (no flag: `test` keeps no state). */
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * How many of a file's first bytes `decode` reads (the header, the JSON block and the arrays the
 * checksum covers: all but those set apart), once `have` bytes of it are read: more than `have`
 * while the header or the JSON block is not whole yet. A file this cannot make sense of asks for
 * all of it (`decode` then says why it is not one).
 */
export function headLength(bytes: Uint8Array, have: number): number {
  const all = bytes.length;
  if (have < HEADER) return Math.min(HEADER, all);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!buf.subarray(0, 8).equals(MAGIC)) return all;
  const jsonEnd = HEADER + buf.readUInt32LE(16);
  if (jsonEnd > all) return all;
  if (have < jsonEnd) return jsonEnd;
  // the block ends with its `checked` (encodeChunks writes it last): read from its tail, not parsed
  // (at 44,500 records the block is megabytes); a file whose tail says otherwise fails its checksum
  const tail = /"checked":(\d{1,15})\}$/.exec(buf.toString('latin1', Math.max(HEADER, jsonEnd - 32), jsonEnd));
  const checked = tail ? Number(tail[1]) : undefined;
  const end = checked === undefined ? all : align8(jsonEnd) + checked;
  return Math.min(end, all);
}

/** The blob in `bytes`, or why it cannot be used. */
export function decode<M>(bytes: Uint8Array, engine: number): Blob<M> | { reject: string } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < HEADER || !buf.subarray(0, 8).equals(MAGIC)) return { reject: 'not a Grounded index file' };
  if (buf.readUInt32LE(8) !== LAYOUT_VERSION) return { reject: `layout version ${buf.readUInt32LE(8)}, not ${LAYOUT_VERSION}` };
  if (buf.readUInt32LE(12) !== engine) return { reject: `made by engine version ${buf.readUInt32LE(12)}, not ${engine}` };
  const jsonLength = buf.readUInt32LE(16);
  if (HEADER + jsonLength > buf.length) return { reject: 'layout block out of bounds' };
  const dataStart = align8(HEADER + jsonLength);
  // the JSON is read before the checksum is checked only to know how far the checksum goes (it covers the JSON)
  let parsed: { meta: M; arrays: [string, ArrayType, number, number][]; apart?: unknown; checked?: unknown };
  try {
    parsed = JSON.parse(buf.toString('utf8', HEADER, HEADER + jsonLength));
  } catch {
    return { reject: 'checksum mismatch (truncated or changed)' };
  }
  const checked = parsed && typeof parsed === 'object' ? parsed.checked : undefined;
  if (typeof checked !== 'number' || !Number.isInteger(checked) || checked < 0 || dataStart + checked > buf.length) return { reject: 'checksum mismatch (truncated or changed)' };
  const digest = crc32(buf.subarray(DIGEST_AT + DIGEST, dataStart + checked), crc32(buf.subarray(0, DIGEST_AT)));
  if (digest !== buf.readUInt32LE(DIGEST_AT)) return { reject: 'checksum mismatch (truncated or changed)' };
  if (!Array.isArray(parsed.arrays)) return { reject: 'layout block has no arrays' };
  const apart = Array.isArray(parsed.apart) ? parsed.apart.filter((a): a is string => typeof a === 'string') : [];
  const arrays: Record<string, TypedArray> = {};
  for (const entry of parsed.arrays) {
    if (!Array.isArray(entry) || entry.length !== 4) return { reject: 'bad array entry' };
    const [name, type, off, length] = entry;
    const width = type === 'f64' ? 8 : type === 'u8' ? 1 : type === 'i32' || type === 'u32' ? 4 : 0;
    if (!width || !Number.isInteger(off) || !Number.isInteger(length) || off < 0 || length < 0 || off % 8) return { reject: `bad array ${String(name)}` };
    const start = dataStart + off;
    if (start + length * width > buf.length) return { reject: `array ${name} out of bounds` };
    // an array the checksum covers lies within what it covers
    if (!apart.includes(name) && off + length * width > checked) return { reject: `array ${name} out of the checked bytes` };
    // a view on the file's bytes when they are aligned for the type, else a copy
    const aligned = (buf.byteOffset + start) % width === 0;
    const src = aligned ? buf.buffer : buf.buffer.slice(buf.byteOffset + start, buf.byteOffset + start + length * width);
    const base = aligned ? buf.byteOffset + start : 0;
    arrays[name] =
      type === 'i32' ? new Int32Array(src, base, length) : type === 'u32' ? new Uint32Array(src, base, length) : type === 'f64' ? new Float64Array(src, base, length) : new Uint8Array(src, base, length);
  }
  return apart.length ? { meta: parsed.meta, arrays, apart } : { meta: parsed.meta, arrays };
}
