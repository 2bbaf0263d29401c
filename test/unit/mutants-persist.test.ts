// The index cache's own formats, read by what a start relies on (engine/persist): a cache file that
// is not whole, of another version or of another layout is refused with its reason, never half
// read; every array type reads back with its values, wherever the file's bytes lie in memory; a file
// table refuses columns that do not match its paths; an entry vouches for a file only with the
// same stat, taken at least RACY_MS after its last change; and postings are used only for the
// corpus they were made for. Written against surviving mutants (README "Tests").
import * as assert from 'node:assert/strict';
import { crc32, decode, encode, encodeChunks, LAYOUT_VERSION, type Blob } from '../../server/src/engine/persist/binary';
import { encodeFileTable, entryOf, readFileTable, sameEntry, unchanged, type FileEntry, type StoredFileTable } from '../../server/src/engine/persist/fileTable';
import { RACY_MS } from '../../server/src/engine/persist/policy';
import { corpusSignature, decodePostings, encodePostings, type PostingsMeta } from '../../server/src/engine/persist/postingsBlob';
import { buildPostings, type Postings } from '../../server/src/engine/indexer';
import { listWhole, PostingCursor, varLen } from '../../server/src/engine/postingList';
import { fromReply, makePostings, replyOf, type PostingsJob } from '../../server/src/engine/workers/postingsJob';
import { buildCorpus } from '../../server/src/engine/workspace';

/** The header's fields: magic, layout version, engine version, JSON length, reserved, CRC-32, reserved. */
const HEADER = 48;
const DIGEST_AT = 24;

/**
 * A cache file written by hand, as binary.ts lays it out: `json` as the layout block (any text, so
 * that a malformed one can be written), `data` after it, the checksum made over both (so that only
 * the field under test is wrong): over the data bytes up to the block's `checked`, or all of them
 * when the block names no whole reach.
 */
function file(json: string, data: Uint8Array = new Uint8Array(0), o: { layout?: number; engine?: number; jsonLength?: number } = {}): Uint8Array {
  const j = Buffer.from(json, 'utf8');
  const dataStart = (HEADER + j.length + 7) & ~7;
  const out = Buffer.alloc(dataStart + data.length);
  Buffer.from('GRNDIDX\0', 'latin1').copy(out, 0);
  out.writeUInt32LE(o.layout ?? LAYOUT_VERSION, 8);
  out.writeUInt32LE(o.engine ?? 1, 12);
  out.writeUInt32LE(o.jsonLength ?? j.length, 16);
  j.copy(out, HEADER);
  Buffer.from(data).copy(out, dataStart);
  out.writeUInt32LE(crc32(out.subarray(DIGEST_AT + 4, dataStart + checkedOf(json, data.length)), crc32(out.subarray(0, DIGEST_AT))), DIGEST_AT);
  return out;
}

/** A layout block whose checksum covers the first `checked` data bytes (binary.ts layout 2). */
function checkedOf(json: string, all: number): number {
  try {
    const c = (JSON.parse(json) as { checked?: unknown } | null)?.checked;
    return typeof c === 'number' && Number.isInteger(c) && c >= 0 && c <= all ? c : all;
  } catch {
    return all;
  }
}

const layout = (arrays: unknown[], checked = 16, apart: string[] = []) => JSON.stringify({ meta: { m: 1 }, arrays, apart, checked });
const reason = (r: unknown) => (r && typeof r === 'object' && 'reject' in r ? (r as { reject: string }).reject : 'read');

describe('persist: the cache file layout refuses what is not whole (binary.ts)', () => {
  const blob: Blob<{ name: string }> = {
    meta: { name: 'café ✓' },
    arrays: {
      a: Int32Array.from([-5, 0, 2147483647]),
      b: Uint32Array.from([4294967295, 1]),
      c: Float64Array.from([0.1, -2.5e300, Number.NaN]),
      d: Uint8Array.from([255, 0, 7]),
      e: new Uint8Array(0),
    },
  };

  it('every array type reads back with its values, its type and its length', () => {
    const back = decode<{ name: string }>(encode(blob, 9), 9);
    assert.ok(!('reject' in back), reason(back));
    assert.deepEqual(back.meta, blob.meta);
    for (const [name, a] of Object.entries(blob.arrays)) {
      assert.equal(back.arrays[name].constructor, a.constructor, name);
      assert.deepEqual(Array.from(back.arrays[name]), Array.from(a), name);
    }
  });

  it('the file in pieces is the file whole, each array starting on 8 bytes', () => {
    const whole = encode(blob, 3);
    assert.deepEqual(Buffer.concat(encodeChunks(blob, 3)), whole);
    const json = JSON.parse(whole.toString('utf8', HEADER, HEADER + whole.readUInt32LE(16)));
    assert.deepEqual(json.arrays.map((e: unknown[]) => [e[0], e[1], e[2], e[3]]), [
      ['a', 'i32', 0, 3],
      ['b', 'u32', 16, 2],
      ['c', 'f64', 24, 3],
      ['d', 'u8', 48, 3],
      ['e', 'u8', 56, 0],
    ]);
    assert.equal(whole.length % 8, 0);
  });

  it('bytes lying anywhere in memory read back the same (a copy where they are not aligned for the type)', () => {
    const bytes = encode(blob, 1);
    for (const shift of [1, 2, 3, 4, 5, 8]) {
      const holder = new Uint8Array(bytes.length + shift);
      holder.set(bytes, shift);
      const back = decode<{ name: string }>(holder.subarray(shift), 1);
      assert.ok(!('reject' in back), `shift ${shift}: ${reason(back)}`);
      for (const [name, a] of Object.entries(blob.arrays)) assert.deepEqual(Array.from(back.arrays[name]), Array.from(a), `shift ${shift}, ${name}`);
    }
  });

  const data16 = new Uint8Array(16).fill(1);
  const cases: [string, Uint8Array, number, string][] = [
    ['an empty file', new Uint8Array(0), 1, 'not a Grounded index file'],
    ['the magic alone', Buffer.from('GRNDIDX\0', 'latin1'), 1, 'not a Grounded index file'],
    ['a header one byte short', file(layout([])).subarray(0, HEADER - 1), 1, 'not a Grounded index file'],
    ['another magic', Buffer.concat([Buffer.from('GRNDIDY\0'), Buffer.from(file(layout([]))).subarray(8)]), 1, 'not a Grounded index file'],
    ['another layout version', file(layout([]), undefined, { layout: LAYOUT_VERSION + 1 }), 1, `layout version ${LAYOUT_VERSION + 1}, not ${LAYOUT_VERSION}`],
    ['another engine version', file(layout([]), undefined, { engine: 4 }), 5, 'made by engine version 4, not 5'],
    ['a JSON length past the end', file(layout([]), undefined, { jsonLength: 1000 }), 1, 'layout block out of bounds'],
    // the checksum's reach is read from the layout block, so a block without a whole reach is a checksum failure
    ['a layout block that is not JSON', file('{"meta": 1, "arr'), 1, 'checksum mismatch (truncated or changed)'],
    ['a layout block that is null', file('null'), 1, 'checksum mismatch (truncated or changed)'],
    ['a layout block without a checked length', file('{"meta": {}, "arrays": []}'), 1, 'checksum mismatch (truncated or changed)'],
    ['a negative checked length', file('{"meta": {}, "arrays": [], "checked": -8}'), 1, 'checksum mismatch (truncated or changed)'],
    ['a fractional checked length', file('{"meta": {}, "arrays": [], "checked": 0.5}'), 1, 'checksum mismatch (truncated or changed)'],
    ['a checked length past the end', file(layout([], 17), data16), 1, 'checksum mismatch (truncated or changed)'],
    ['a layout block without arrays', file('{"meta": {}, "checked": 0}'), 1, 'layout block has no arrays'],
    ['arrays that are an object', file('{"meta": {}, "arrays": {"a": 1}, "checked": 0}'), 1, 'layout block has no arrays'],
    ['an array entry of three fields', file(layout([['a', 'u8', 0]]), data16), 1, 'bad array entry'],
    ['an array entry that is not a list', file(layout(['a']), data16), 1, 'bad array entry'],
    ['an unknown type', file(layout([['a', 'i16', 0, 2]]), data16), 1, 'bad array a'],
    ['an offset not on 8 bytes', file(layout([['a', 'u8', 4, 2]]), data16), 1, 'bad array a'],
    ['a negative offset', file(layout([['a', 'u8', -8, 2]]), data16), 1, 'bad array a'],
    ['a fractional offset', file(layout([['a', 'u8', 0.5, 2]]), data16), 1, 'bad array a'],
    ['a negative length', file(layout([['a', 'u8', 0, -1]]), data16), 1, 'bad array a'],
    ['a fractional length', file(layout([['a', 'u8', 0, 1.5]]), data16), 1, 'bad array a'],
    ['u8 one past the end', file(layout([['a', 'u8', 8, 9]]), data16), 1, 'array a out of bounds'],
    ['i32 one past the end', file(layout([['a', 'i32', 8, 3]]), data16), 1, 'array a out of bounds'],
    ['u32 one past the end', file(layout([['a', 'u32', 0, 5]]), data16), 1, 'array a out of bounds'],
    ['f64 one past the end', file(layout([['a', 'f64', 8, 2]]), data16), 1, 'array a out of bounds'],
    ['u8 up to the end', file(layout([['a', 'u8', 8, 8]]), data16), 1, 'read'],
    ['i32 up to the end', file(layout([['a', 'i32', 8, 2]]), data16), 1, 'read'],
    ['f64 up to the end', file(layout([['a', 'f64', 8, 1]]), data16), 1, 'read'],
    ['a checked array past the checked bytes', file(layout([['a', 'u8', 8, 8]], 8), data16), 1, 'array a out of the checked bytes'],
    ['an array set apart past the checked bytes', file(layout([['a', 'u8', 8, 8]], 8, ['a']), data16), 1, 'read'],
  ];
  for (const [what, bytes, engine, expected] of cases) {
    it(`${what}: ${expected}`, () => assert.equal(reason(decode(bytes, engine)), expected));
  }

  it('a changed byte anywhere after the checksum field is refused, and the reserved fields (layout 3: the header is covered too)', () => {
    const bytes = encode(blob, 1);
    for (const at of [DIGEST_AT + 4, DIGEST_AT + 20, HEADER, HEADER + 5, bytes.length - 1]) {
      const changed = Uint8Array.from(bytes);
      changed[at] ^= 0x20;
      assert.equal(reason(decode(changed, 1)), 'checksum mismatch (truncated or changed)', `byte ${at}`);
    }
    const reserved = Uint8Array.from(bytes);
    reserved[20] = 9;
    assert.equal(reason(decode(reserved, 1)), 'checksum mismatch (truncated or changed)', 'the reserved field is checked');
  });

  it('the arrays read are views on the file when aligned (no copy), a copy when not', () => {
    const bytes = encode({ meta: {}, arrays: { a: Int32Array.from([1, 2, 3]) } }, 1);
    const aligned = new Uint8Array(bytes.length + 8);
    aligned.set(bytes, 8);
    const onFile = decode<object>(aligned.subarray(8), 1) as Blob<object>;
    assert.equal(onFile.arrays.a.buffer, aligned.buffer, 'a view');
    const odd = new Uint8Array(bytes.length + 1);
    odd.set(bytes, 1);
    const copied = decode<object>(odd.subarray(1), 1) as Blob<object>;
    assert.notEqual(copied.arrays.a.buffer, odd.buffer, 'a copy');
    assert.deepEqual(Array.from(copied.arrays.a), [1, 2, 3]);
  });
});

describe('persist: the file table (fileTable.ts)', () => {
  const entry: FileEntry = { size: 10, mtimeMs: 5000, ino: 77, statAt: 5000 + RACY_MS, key: 'k1' };

  it('an entry is made only for a stat with an inode, holding every field', () => {
    assert.equal(entryOf({ size: 3, mtimeMs: 4 }, 9, 'k'), undefined);
    assert.deepEqual(entryOf({ size: 3, mtimeMs: 4, ino: 0 }, 9, 'k'), { size: 3, mtimeMs: 4, ino: 0, statAt: 9, key: 'k' });
  });

  it('a stat taken exactly RACY_MS after the change vouches; one a millisecond sooner does not', () => {
    const same = { size: 10, mtimeMs: 5000, ino: 77 };
    assert.equal(unchanged(entry, same), true);
    assert.equal(unchanged({ ...entry, statAt: 5000 + RACY_MS - 1 }, same), false);
    assert.equal(unchanged({ ...entry, statAt: 5000 + RACY_MS + 1 }, same), true);
    assert.equal(unchanged({ ...entry, ino: 0 }, { ...same, ino: 0 }), true, 'inode 0 is an inode');
  });

  const other: [string, Partial<FileEntry>][] = [['key', { key: 'k2' }], ['size', { size: 11 }], ['mtimeMs', { mtimeMs: 5001 }], ['ino', { ino: 78 }], ['statAt', { statAt: 1 }]];
  it('two entries are the same only when every field is', () => {
    assert.equal(sameEntry(entry, { ...entry }), true);
    assert.equal(sameEntry(undefined, undefined), true);
    assert.equal(sameEntry(entry, undefined), false);
    assert.equal(sameEntry(undefined, entry), false);
    for (const [field, change] of other) assert.equal(sameEntry(entry, { ...entry, ...change }), false, field);
  });

  it('a table refuses columns missing, of another type or length, and entries that are not strings', () => {
    const entries = new Map([['/w/a.txt', entry], ['/w/b.txt', { ...entry, key: 'k2', ino: 78 }]]);
    const good = encodeFileTable(entries, 's');
    assert.deepEqual(new Map(readFileTable(good, 's') as StoredFileTable), entries);
    const bad = (meta: object, arrays: object) => readFileTable({ meta: { ...good.meta, ...meta }, arrays: { ...good.arrays, ...arrays } } as never, 's');
    const wrongLength = { reject: 'file table columns are missing or of the wrong length' };
    assert.deepEqual(bad({ paths: undefined }, {}), { reject: 'no file table' });
    assert.deepEqual(bad({ keys: 'k1' }, {}), { reject: 'no file table' });
    assert.deepEqual(readFileTable({ meta: undefined, arrays: {} } as never, 's'), { reject: 'no file table' });
    for (const column of ['size', 'mtime', 'ino', 'statAt']) {
      assert.deepEqual(bad({}, { [column]: undefined }), wrongLength, `${column} missing`);
      assert.deepEqual(bad({}, { [column]: new Float64Array(1) }), wrongLength, `${column} short`);
      assert.deepEqual(bad({}, { [column]: new Int32Array(2) }), wrongLength, `${column} of integers`);
    }
    assert.deepEqual(bad({ keys: ['k1'] }, {}), wrongLength, 'a key short');
    assert.deepEqual(bad({ keys: ['k1', 2] }, {}), { reject: 'bad file table entry' });
    assert.deepEqual(bad({ paths: ['/w/a.txt', null] }, {}), { reject: 'bad file table entry' });
    assert.equal(bad({ settings: 't' }, {}), undefined, 'other settings: no table, no complaint');
    // a path written twice: the later row, as a Map of the entries would hold
    const twice = bad({ paths: ['/w/a.txt', '/w/a.txt'] }, {}) as StoredFileTable;
    assert.deepEqual([twice.size, twice.keyOf('/w/a.txt'), twice.get('/w/a.txt')], [1, 'k2', entries.get('/w/b.txt')]);
  });
});

/** A small corpus's postings, made here. */
function samplePostings(): { postings: Postings; passages: number } {
  const files = [
    { path: '/w/s/a.txt', text: 'Kellmouth Port\n\nThe port of Kellmouth handled 1,200 containers in 2021, up 4% on the year before.\n\nRevenue reached £3.5m, the Harbour Board said.' },
    { path: '/w/s/b.txt', text: 'Brannock\n\nAbout 40 families of Brannock work on the boats. Brannock Boats grew by 2 in the third quarter.' },
  ];
  const c = buildCorpus(files).corpus;
  return { postings: buildPostings(c.sources, c.passages), passages: c.passages.length };
}

type Tamper = (b: Blob<PostingsMeta>) => void;
/** Each way a postings blob may not fit its corpus; any one of them makes it unusable. */
const BAD_POSTINGS: [string, Tamper][] = [
  ['terms not a list', (b) => void (b.meta.terms = {} as never)],
  ['lower forms not a list', (b) => void (b.meta.lower = 'x' as never)],
  ['capitalised forms not a list', (b) => void (b.meta.capitalisedInside = undefined as never)],
  ['offsets of another type', (b) => void (b.arrays.offsets = Uint32Array.from(b.arrays.offsets))],
  ['postings of another type', (b) => void (b.arrays.postings = Int32Array.from(b.arrays.postings))],
  ['df of another type', (b) => void (b.arrays.df = Uint32Array.from(b.arrays.df))],
  ['lengths of another type', (b) => void (b.arrays.lengths = Int32Array.from(b.arrays.lengths))],
  ['kind masks of another type', (b) => void (b.arrays.kindMask = Int32Array.from(b.arrays.kindMask))],
  ['lower-case counts of another type', (b) => void (b.arrays.lowerCount = Uint32Array.from(b.arrays.lowerCount))],
  ['form counts of another type', (b) => void (b.arrays.lowerCounts = Float64Array.from(b.arrays.lowerCounts))],
  ['capitalised counts of another type', (b) => void (b.arrays.capitalisedCounts = Uint8Array.from(b.arrays.capitalisedCounts))],
  ['a form count missing', (b) => void (b.arrays.lowerCounts = b.arrays.lowerCounts.subarray(1))],
  ['a capitalised count too many', (b) => void (b.arrays.capitalisedCounts = Int32Array.from([...b.arrays.capitalisedCounts, 1]))],
  ['a lower-case count missing', (b) => void (b.arrays.lowerCount = b.arrays.lowerCount.subarray(1))],
  ['a df missing', (b) => void (b.arrays.df = b.arrays.df.subarray(1))],
  ['an offset missing', (b) => void (b.arrays.offsets = b.arrays.offsets.subarray(1))],
  ['offsets not starting at 0', (b) => void (b.arrays.offsets = Int32Array.from(b.arrays.offsets, (x, i) => (i === 0 ? 1 : x)))],
  ['offsets not ending at the postings end', (b) => void (b.arrays.postings = Uint8Array.from([...b.arrays.postings, 1]))],
  ['a passage length missing', (b) => void (b.arrays.lengths = b.arrays.lengths.subarray(1))],
  ['a kind mask too many', (b) => void (b.arrays.kindMask = Uint8Array.from([...b.arrays.kindMask, 0]))],
  ['an offset too many (the last one repeated)', (b) => void (b.arrays.offsets = Int32Array.from([...b.arrays.offsets, b.arrays.postings.length]))],
  ['a df too many', (b) => void (b.arrays.df = Int32Array.from([...b.arrays.df, 1]))],
  ['a df one too high', (b) => void (b.arrays.df = Int32Array.from(b.arrays.df, (x, i) => (i === 3 ? x + 1 : x)))],
];

describe('persist: postings are used only whole and for their corpus (postingsBlob.ts; the worker reply, postingsJob.ts)', () => {
  const { postings, passages } = samplePostings();
  const copy = (b: Blob<PostingsMeta>): Blob<PostingsMeta> => ({ meta: structuredClone(b.meta), arrays: Object.fromEntries(Object.entries(b.arrays).map(([k, a]) => [k, a.slice()])) });

  function assertSamePostings(a: Postings | undefined, b: Postings): void {
    assert.ok(a, 'read back');
    assert.deepEqual([...a.termIds], [...b.termIds]);
    for (const k of ['offsets', 'postings', 'df', 'lengths', 'kindMask', 'lowerCount'] as const) assert.deepEqual(Array.from(a[k]), Array.from(b[k]), k);
    assert.equal(a.avgdl, b.avgdl);
    assert.deepEqual([...a.written.lower], [...b.written.lower]);
    assert.deepEqual([...a.written.capitalisedInside], [...b.written.capitalisedInside]);
  }

  it('a corpus is named by its sources in order: another order or another source is another name', () => {
    assert.equal(corpusSignature(['a', 'b']), corpusSignature(['a', 'b']));
    assert.notEqual(corpusSignature(['a', 'b']), corpusSignature(['b', 'a']));
    assert.notEqual(corpusSignature(['ab']), corpusSignature(['a', 'b']));
    assert.notEqual(corpusSignature([]), corpusSignature(['']));
  });

  it('postings read back whole for their corpus, and not for another corpus or another number of passages', () => {
    const blob = encodePostings(postings, 'sig');
    assert.ok(postings.written.lower.size > 0 && postings.written.capitalisedInside.size > 0, 'the corpus writes words both ways');
    assertSamePostings(decodePostings(copy(blob), 'sig', passages), postings);
    assert.equal(decodePostings(copy(blob), 'other', passages), undefined);
    assert.equal(decodePostings(copy(blob), 'sig', passages + 1), undefined);
    assert.equal(decodePostings(copy(blob), 'sig', passages - 1), undefined, 'a posting names a passage past the corpus');
    assert.equal(decodePostings({ meta: undefined, arrays: blob.arrays } as never, 'sig', passages), undefined);
  });

  for (const [what, tamper] of BAD_POSTINGS) {
    it(`${what}: not read from the cache, nor from the worker`, async () => {
      const blob = copy(encodePostings(postings, 'sig'));
      tamper(blob);
      assert.equal(decodePostings(blob, 'sig', passages), undefined, 'from the cache');
      const { reply } = replyOf(postings, undefined);
      assert.ok('blob' in reply);
      tamper(reply.blob);
      const job = { sources: [], passages: new Array(passages) };
      assert.equal(await fromReply(reply, job), undefined, 'from the worker');
    });
  }

  it("the worker's reply reads back whole, and not when it is signed for the cache or for other passages", async () => {
    const { reply } = replyOf(postings, undefined);
    assert.ok('blob' in reply);
    assertSamePostings(await fromReply(structuredClone(reply), { sources: [], passages: new Array(passages) }), postings);
    assert.equal(await fromReply(structuredClone(reply), { sources: [], passages: new Array(passages + 1) }), undefined);
    assert.equal(await fromReply({ blob: { meta: undefined, arrays: {} } } as never, { sources: [], passages: new Array(passages) }), undefined, 'no meta: refused, not thrown');
    assert.equal(await fromReply({ blob: undefined } as never, { sources: [], passages: new Array(passages) }), undefined, 'no blob');
    const cached = { blob: encodePostings(postings, 'sig') };
    assert.equal(await fromReply(cached, { sources: [], passages: new Array(passages) }), undefined, 'another signature');
  });
});

describe("workers: an update's reply is used only when it fits the postings it updates (postingsJob.ts fromReply)", () => {
  const A = { path: '/w/s/a.txt', text: 'Kellmouth Port\n\nThe port of Kellmouth handled 1,200 containers in 2021, up 4% on the year before.' };
  const B = { path: '/w/s/b.txt', text: 'Brannock\n\nAbout 40 families of Brannock work on the boats.' };
  const B2 = { path: '/w/s/b.txt', text: 'Brannock Quay\n\nSome 45 Tarnish families now fish from Brannock Quay, the survey found.' };

  /** The update of a corpus of a and b into one of a and a changed b: the job, and the postings made here. */
  function updateJob(): { job: PostingsJob; made: ReturnType<typeof makePostings> } {
    const before = buildCorpus([A, B]).corpus;
    const after = buildCorpus([A, B2]).corpus;
    const prev = buildPostings(before.sources, before.passages);
    const oldToNew = Int32Array.from(before.passages, (p, i) => (p.source === 0 ? i : -1));
    const firstB = after.passages.findIndex((p) => p.source === 1);
    const job: PostingsJob = {
      sources: after.sources,
      passages: after.passages,
      update: { prev, prevSources: before.sources, removed: before.passages.filter((p) => p.source === 1), added: [[firstB, after.passages.length]], oldToNew },
    };
    return { job, made: makePostings(job) };
  }

  it('a delta applied to the previous postings is the update made here: new terms after the old, forms added and removed', async () => {
    const { job, made } = updateJob();
    const { reply } = replyOf(made, job.update!.prev);
    assert.ok('delta' in reply);
    assert.ok(reply.delta.newTerms.length > 0 && reply.delta.lower.some(([, n]) => n === 0), 'the change adds terms and removes a form');
    const back = await fromReply(reply, job);
    assert.ok(back);
    assert.deepEqual([...back.termIds].sort(), [...made.termIds].sort());
    assert.deepEqual([...back.written.lower].sort(), [...made.written.lower].sort());
    assert.deepEqual([...back.written.capitalisedInside].sort(), [...made.written.capitalisedInside].sort());
    assert.equal(back.avgdl, made.avgdl);
    assert.equal(await fromReply(reply, { ...job, update: undefined }), undefined, 'a delta for a build');
  });

  type DeltaTamper = (d: Extract<ReturnType<typeof replyOf>['reply'], { delta: unknown }>['delta']) => void;
  const cases: [string, DeltaTamper][] = [
    ['new terms not a list', (d) => void (d.newTerms = 'x' as never)],
    ['lower forms not a list', (d) => void (d.lower = {} as never)],
    ['capitalised forms not a list', (d) => void (d.capitalisedInside = undefined as never)],
    ['no arrays', (d) => void (d.arrays = undefined as never)],
    ['offsets of another type', (d) => void (d.arrays.offsets = Uint32Array.from(d.arrays.offsets) as never)],
    ['postings of another type', (d) => void (d.arrays.postings = Int32Array.from(d.arrays.postings) as never)],
    ['df of another type', (d) => void (d.arrays.df = Uint32Array.from(d.arrays.df) as never)],
    ['lengths of another type', (d) => void (d.arrays.lengths = Int32Array.from(d.arrays.lengths) as never)],
    ['kind masks of another type', (d) => void (d.arrays.kindMask = Int32Array.from(d.arrays.kindMask) as never)],
    ['lower-case counts of another type', (d) => void (d.arrays.lowerCount = Uint32Array.from(d.arrays.lowerCount) as never)],
    ['a passage length missing', (d) => void (d.arrays.lengths = d.arrays.lengths.subarray(1))],
    ['a kind mask missing', (d) => void (d.arrays.kindMask = d.arrays.kindMask.subarray(1))],
    ['a lower-case count missing', (d) => void (d.arrays.lowerCount = d.arrays.lowerCount.subarray(1))],
    ['a new term missing', (d) => void d.newTerms.pop()],
    ['a new term that is an old one', (d) => void (d.newTerms[0] = 'kellmouth')],
    ['a df one too high', (d) => void (d.arrays.df = Int32Array.from(d.arrays.df, (x, i) => (i === 0 ? x + 1 : x)))],
  ];
  for (const [what, tamper] of cases) {
    it(`${what}: not used`, async () => {
      const { job, made } = updateJob();
      const { reply } = replyOf(made, job.update!.prev);
      assert.ok('delta' in reply);
      tamper(reply.delta);
      assert.equal(await fromReply(reply, job), undefined);
    });
  }
});

describe('postings: passage gaps and frequencies of every width (postingList.ts, indexer.ts)', () => {
  it('a term in passages 0, 130, 20,130 and 20,131 reads back those passages, and the list is whole', () => {
    // one source of 20,132 one-word passages: gaps of 1, 130 (two bytes) and 20,000 (three bytes)
    const words = Array.from({ length: 20132 }, (_, i) => ([0, 130, 20130, 20131].includes(i) ? 'kellmouth' : 'tarn'));
    const text = words.join('\n');
    const passages = [] as { source: number; index: number; start: number; end: number; figures: never[] }[];
    let at = 0;
    words.forEach((w, i) => {
      passages.push({ source: 0, index: i, start: at, end: at + w.length, figures: [] });
      at += w.length + 1;
    });
    const built = buildPostings([{ text } as never], passages as never);
    const id = built.termIds.get('kellmouth')!;
    const c = new PostingCursor(built.postings, built.offsets[id], built.offsets[id + 1]);
    const read: number[] = [];
    while (c.next()) read.push(c.pid);
    assert.deepEqual(read, [0, 130, 20130, 20131]);
    assert.equal(built.df[id], 4);
    assert.equal(built.offsets[built.offsets.length - 1], built.postings.length, 'the lists end where the postings do');
    const tarn = built.termIds.get('tarn')!;
    assert.ok(listWhole(built.postings, built.offsets[tarn], built.offsets[tarn + 1], 20128, passages.length));
    assert.deepEqual([0x7f, 0x80, 0x3fff, 0x4000, 0x1fffff, 0x200000, 0xfffffff, 0x10000000].map(varLen), [1, 2, 2, 3, 3, 4, 4, 5]);
  });
});
