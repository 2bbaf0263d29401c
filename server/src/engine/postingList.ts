// The byte layout of a term's postings (indexer.ts `Postings`): passage after passage in ascending
// order, each as two unsigned LEB128 varints — the gap from the previous passage id (the first
// from -1, so never 0) and the term's frequency there. Most gaps of frequent terms and most
// frequencies take one byte: about a quarter of the memory of (id, tf) pairs of 32-bit integers.

/** Bytes a varint of `v` (0 ≤ v < 2^31) takes. */
export function varLen(v: number): number {
  return v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5;
}

/** Write the varint of `v` at `at`; returns the offset after it. */
export function putVar(bytes: Uint8Array, at: number, v: number): number {
  while (v >= 0x80) {
    bytes[at++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  bytes[at++] = v;
  return at;
}

/**
 * Posting bytes still in their file (an index cache's postings, read when asked:
 * persist/postingsBlob.ts `leaveListsInFile`): by the bytes, what reads a part of them into place.
 * Every reader of posting bytes here (`PostingCursor`, `listWhole`, ranking.ts `addList`) and the
 * postings' encoding ask for the part they read first (`readPostings`), so no reader ever meets
 * bytes not read yet. Keyed by the bytes, as postingsBlob.ts keeps their lists' sums.
 */
const LEFT_IN_FILE = new WeakMap<Uint8Array, (from: number, to: number) => void>();

/** `bytes` are left in their file: `read(from, to)` reads bytes[from, to) into place (each part once). */
export function postingsLeftInFile(bytes: Uint8Array, read: (from: number, to: number) => void): void {
  LEFT_IN_FILE.set(bytes, read);
}

/** Every byte of `bytes` is read: nothing is left in the file. */
export function postingsAllRead(bytes: Uint8Array): void {
  LEFT_IN_FILE.delete(bytes);
}

/** Make bytes[from, to) of posting bytes readable: read into place when they were left in their file, else nothing to do. */
export function readPostings(bytes: Uint8Array, from = 0, to = bytes.length): void {
  if (from >= to) return;
  const read = LEFT_IN_FILE.get(bytes);
  if (read !== undefined) read(from, to);
}

/** Walks one term's postings, bytes[from, to): `while (c.next()) use(c.pid, c.tf)`. */
export class PostingCursor {
  pid = -1;
  tf = 0;
  constructor(
    private readonly bytes: Uint8Array,
    private at: number,
    private readonly stop: number,
  ) {
    readPostings(bytes, at, stop);
  }

  next(): boolean {
    if (this.at >= this.stop) return false;
    const b = this.bytes;
    let at = this.at;
    let x = b[at++];
    let v = x & 0x7f;
    for (let shift = 7; x >= 0x80; shift += 7) {
      x = b[at++];
      v |= (x & 0x7f) << shift;
    }
    this.pid += v;
    x = b[at++];
    v = x & 0x7f;
    for (let shift = 7; x >= 0x80; shift += 7) {
      x = b[at++];
      v |= (x & 0x7f) << shift;
    }
    this.tf = v;
    this.at = at;
    return true;
  }

  /** Where the cursor is (the offset of the next posting). */
  get offset(): number {
    return this.at;
  }
}

/** Postings written term after term into a buffer that grows as needed. */
export class PostingWriter {
  private bytes: Uint8Array;
  private at = 0;
  private last = -1;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(Math.max(64, capacity));
  }

  /** Where the next term's postings start; its passages are numbered afresh from here. */
  startTerm(): number {
    this.last = -1;
    return this.at;
  }

  /** The next posting of the current term (pid above the previous one). */
  add(pid: number, tf: number): void {
    if (this.at + 10 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.at = putVar(this.bytes, this.at, pid - this.last);
    this.at = putVar(this.bytes, this.at, tf);
    this.last = pid;
  }

  /** The bytes written (a copy of exactly that length). */
  finish(): Uint8Array {
    return this.bytes.slice(0, this.at);
  }
}

/**
 * Is one term's list, bytes[from, to), whole: passages below `passages` in ascending order, each
 * with a frequency, `df` of them, ending exactly at `to`? (What a cached or transferred list must
 * be before it is trusted; the checksum or the transfer guards the bytes, this the sense.)
 */
export function listWhole(bytes: Uint8Array, from: number, to: number, df: number, passages: number): boolean {
  if (to < from) return false;
  const c = new PostingCursor(bytes, from, to);
  let n = 0;
  let last = -1;
  while (c.next()) {
    if (c.pid <= last || c.pid >= passages || c.tf <= 0) return false;
    last = c.pid;
    n++;
  }
  return n === df && c.offset === to;
}
