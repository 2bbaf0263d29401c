// A cold index's write and read without copies (session 42, helper h42t): the records file's texts
// are written as the views they are made of (binary.ts `Blob.pieces`, sourceRecords.ts
// `encodeRecords(…, textPieces)`) — the same bytes as joining them first — and a first index reads
// its files straight into the buffer of the run it hands over (`FileSystem.readUpTo`'s `into`).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { decode, encode, encodeChunks } from '../../server/src/engine/persist/binary';
import { contentKey, encodeRecords, readRecords, restoreSource, type RecordSet } from '../../server/src/engine/persist/sourceRecords';
import { buildSource } from '../../server/src/engine/sources';
import { folderSet, NodeFileSystem, SourceIndex } from '../../server/src/engine/workspace';
import { DEFAULT_PACING } from '../../server/src/engine/workspace/indexer';
import { IN_PROCESS_RUN_BYTES, IN_PROCESS_RUN_FILES } from '../../server/src/engine/workspace/policy';
import { IN_PROCESS_POSTINGS } from '../../server/src/engine/workers/postingsJob';
import type { Source } from '../../server/src/engine/types';

const joined = (chunks: Uint8Array[]) => Buffer.concat(chunks);

/** Sources restored from one records file of `texts` (their texts not read yet: their keys are the texts', not read from them). */
function restored(texts: string[], from: number): Source[] {
  const keys = texts.map((t) => contentKey(t));
  // (a file of its own, as read from the disk: not a slice of Node's shared pool, where two small files may lie side by side)
  const blob = decode<never>(Uint8Array.from(encode(encodeRecords(texts.map((t, i) => buildSource(i, `/w/${from + i}.txt`, t)), keys), 1)), 1);
  assert.ok(!('reject' in blob));
  const records = readRecords(blob as never) as RecordSet;
  return texts.map((t, i) => restoreSource(from + i, `/w/${from + i}.txt`, undefined, records.get(keys[i])!)!);
}

describe('a cold index written and read without copies', () => {
  it('an array given in pieces is written as the same bytes as the array joined, checked or set apart, and read back whole', () => {
    const parts = [Uint8Array.from([1, 2, 3]), new Uint8Array(0), Uint8Array.from([4, 5, 6, 7, 8, 9])];
    const sums = Int32Array.from([7, 8, 9]);
    for (const apart of [['text'], []]) {
      const whole = { meta: { n: 1 }, arrays: { sums, text: Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9]) }, apart };
      const inPieces = { meta: { n: 1 }, arrays: { sums }, pieces: { text: parts }, apart };
      const bytes = joined(encodeChunks(inPieces, 4));
      assert.deepEqual(bytes, encode(whole, 4));
      const back = decode<{ n: number }>(bytes, 4);
      assert.ok(!('reject' in back));
      assert.deepEqual([...back.arrays.text], [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    }
  });

  it('records with their texts in pieces: the same file as with the texts copied, consecutive records of one file one piece, the texts from strings one piece', () => {
    // (texts of a few kilobytes: small buffers are slices of Node's shared pool, where two may lie side by side and join)
    const long = (t: string) => `${t}\n\n${'Then 3 more words, and more.\n\n'.repeat(200)}`;
    const first = restored(['Sales rose 12% in 2004, the firm said.', 'A second text of 7 words here.', 'Une troisième, à 3 € près.'].map(long), 0);
    const second = restored(['Another file: 40 workers.', 'And its last text, 9 days.'].map(long), 3);
    const built = ['Built from a string: 5 pence.', 'Ünïcödé text, 2 times — “quoted”.'].map((t, i) => buildSource(5 + i, `/w/${5 + i}.txt`, long(t)));
    const sources = [...first, ...second, ...built];
    const texts = ['Sales rose 12% in 2004, the firm said.', 'A second text of 7 words here.', 'Une troisième, à 3 € près.', 'Another file: 40 workers.', 'And its last text, 9 days.'].map(long);
    const keys = [...texts.map((t) => contentKey(t)), ...built.map((s) => contentKey(s.text))];
    const inPieces = encodeRecords(sources, keys, true, true);
    assert.equal(inPieces.arrays.text, undefined);
    // the first file's three texts, the second's two, the strings' two: three views
    assert.equal(inPieces.pieces!.text.length, 3);
    assert.deepEqual(joined(encodeChunks(inPieces, 2)), joined(encodeChunks(encodeRecords(sources, keys), 2)));
    // and read back, every text as it was
    const back = decode<never>(joined(encodeChunks(inPieces, 2)), 2);
    assert.ok(!('reject' in back));
    const records = readRecords(back as never) as RecordSet;
    sources.forEach((s, i) => assert.equal(restoreSource(i, s.path, undefined, records.get(keys[i])!)!.text, i < 5 ? texts[i] : s.text));
  });

  it('readUpTo reads into the room it is given (a view at its start), asks for none past the limit, and without it reads into a buffer of its own', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cold-pieces-'));
    try {
      const file = path.join(dir, 'a.txt');
      fs.writeFileSync(file, 'twelve bytes');
      const disk = new NodeFileSystem();
      const room = new Uint8Array(64);
      const asked: number[] = [];
      const r = await disk.readUpTo(file, 100, (size) => (asked.push(size), room.subarray(10, 10 + size)));
      assert.deepEqual(asked, [12]);
      assert.equal(r.bytes!.buffer, room.buffer);
      assert.equal(r.bytes!.byteOffset, 10);
      assert.equal(Buffer.from(room.subarray(10, 22)).toString(), 'twelve bytes');
      const over = await disk.readUpTo(file, 11, (size) => (asked.push(size), room));
      assert.equal(over.bytes, undefined);
      assert.deepEqual(asked, [12]);
      const own = await disk.readUpTo(file, 100);
      assert.notEqual(own.bytes!.buffer, room.buffer);
      assert.equal(Buffer.from(own.bytes!).toString(), 'twelve bytes');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a first index in runs from the disk, its files read into each run\'s buffer (one larger than the buffer, an empty one, a binary one): the serial index', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cold-runs-'));
    try {
      const sources = path.join(dir, 'sources');
      fs.mkdirSync(sources);
      const n = IN_PROCESS_RUN_FILES * 2 + 11;
      for (let i = 0; i < n; i++) fs.writeFileSync(path.join(sources, `f${String(i).padStart(4, '0')}.txt`), `File ${i}\n\nAcme sold ${i * 7} units in ${1990 + (i % 30)}, up ${i % 17}% — café Zürich.\n`);
      // larger than a run's buffer (its bytes and room past them): the buffer grows
      fs.writeFileSync(path.join(sources, 'f0100-big.txt'), `Big\n\n${'Acme sold 5 units. '.repeat(Math.ceil((IN_PROCESS_RUN_BYTES + 200 * 1024) / 19))}`);
      fs.writeFileSync(path.join(sources, 'f0200-empty.txt'), '');
      fs.writeFileSync(path.join(sources, 'f0300-binary.txt'), Buffer.from([0, 1, 2, 0, 0, 9]));
      const settings = { sets: [folderSet(sources)], exclude: [], maxSourceSizeKB: 2048 };
      const inRuns = new SourceIndex(new NodeFileSystem(), { ...settings, inProcessMinFiles: 1 }, DEFAULT_PACING, IN_PROCESS_POSTINGS);
      const serial = new SourceIndex(new NodeFileSystem(), { ...settings, inProcessMinFiles: Number.POSITIVE_INFINITY }, DEFAULT_PACING, IN_PROCESS_POSTINGS);
      const runs = await inRuns.update();
      const one = await serial.update();
      assert.deepEqual(runs.warnings, one.warnings);
      assert.equal(runs.built, one.built);
      assert.equal(inRuns.corpus.sources.length, n + 2);
      assert.deepEqual(
        inRuns.corpus.sources.map((s) => [s.path, s.text]),
        serial.corpus.sources.map((s) => [s.path, s.text]),
      );
      assert.deepStrictEqual(inRuns.corpus.postingsIndex, serial.corpus.postingsIndex);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
