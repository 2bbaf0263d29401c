// The texts of the index cache's records are set apart from the file's checksum (persist/binary.ts
// `apart`) and checked record by record against digests the checksum covers (sourceRecords.ts
// `rTextSum`): a start does not hash them; a text that fails is never returned (CorruptRecordError,
// the index's guard told), and the index reads that source's file again — when a read meets it, or
// when `SourceIndex.verify` sweeps the texts not read yet (the server after its first index; the CLI
// does not sweep: its check or search meets the damage, `repair` reads the file again and it runs
// again) — and writes the records afresh.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as v8 from 'node:v8';
import * as path from 'node:path';
import { decode, encode, headLength } from '../../server/src/engine/persist/binary';
import { CorruptRecordError, DiskCacheStore } from '../../server/src/engine/persist';
import { contentKey, encodeRecords, readRecords, recordText, restoreSource, type RecordSet } from '../../server/src/engine/persist/sourceRecords';
import { Corpus } from '../../server/src/engine/corpus';
import { buildSource } from '../../server/src/engine/sources';
import { folderSet, loadWorkspace, NodeFileSystem, SourceIndex } from '../../server/src/engine/workspace';
import { CACHE_FILES, CACHE_NOTE, cacheSettings, noteVerdicts, runCli, withCacheFolder } from '../helpers/cacheFixture';

const withFolder = (fn: (sources: string, cache: string) => Promise<void>) => withCacheFolder('cache-texts', (f) => fn(f.sources, f.cache));

/** Flip one byte of `needle`'s first occurrence in the records file (the base) of the cache folder. */
/** The records of two texts, a byte of the second one's text flipped after encoding; `told` fills with the keys its guard reports. */
function secondTextDamaged(texts: string[]): { keys: string[]; records: RecordSet; told: string[] } {
  const keys = texts.map((t) => contentKey(t));
  const blob = decode<never>(encode(encodeRecords(texts.map((t, i) => buildSource(i, `/w/${i}.txt`, t)), keys), 1), 1);
  assert.ok(!('reject' in blob));
  const text = blob.arrays.text as Uint8Array;
  text[text.length - 3] ^= 0x20; // a byte of the second record's text
  const told: string[] = [];
  const records = readRecords(blob as never, { corrupt: (k) => told.push(k) }) as RecordSet;
  return { keys, records, told };
}

function damageText(cache: string, needle: string): void {
  const name = fs.readdirSync(cache).find((f) => /\.sources\.gidx$/.test(f))!;
  const bytes = fs.readFileSync(path.join(cache, name));
  const at = bytes.indexOf(Buffer.from(needle, 'utf8'));
  assert.ok(at > 0, `the records file holds "${needle}"`);
  bytes[at] ^= 0x20;
  fs.writeFileSync(path.join(cache, name), bytes);
}

describe('the texts of the index cache, checked record by record', function () {
  this.timeout(60000);

  it('a blob sets arrays apart from its checksum: a byte changed there still decodes, one changed elsewhere or a moved boundary does not', () => {
    const blob = { meta: { n: 1 }, arrays: { text: Uint8Array.from([1, 2, 3, 4, 5]), sums: Int32Array.from([7, 8]) }, apart: ['text'] };
    const bytes = encode(blob, 3);
    const ok = decode<{ n: number }>(bytes, 3);
    assert.ok(!('reject' in ok));
    assert.deepEqual([...ok.arrays.text], [1, 2, 3, 4, 5]);
    assert.deepEqual(ok.apart, ['text']);
    // the text is laid out last, outside what the checksum covers
    const inText = Buffer.from(bytes);
    inText[inText.length - 8] ^= 0xff;
    const changed = decode<{ n: number }>(inText, 3);
    assert.ok(!('reject' in changed), 'a byte of an array set apart is its owner to check');
    assert.notDeepEqual([...changed.arrays.text], [1, 2, 3, 4, 5]);
    const inSums = Buffer.from(bytes);
    inSums[inSums.indexOf(7, 48 + inSums.readUInt32LE(16))] ^= 0x01;
    assert.match((decode(inSums, 3) as { reject: string }).reject, /checksum mismatch/);
    // the JSON block that says how far the checksum goes is covered by it: moving the boundary fails
    const json = Buffer.from(bytes);
    const text = json.toString('latin1');
    const m = /"checked":(\d+)/.exec(text)!;
    json.write(`"checked":${'0'.padStart(m[1].length, ' ')}`, m.index, 'latin1');
    assert.match((decode(json, 3) as { reject: string }).reject, /checksum mismatch/);
  });

  it('a record whose text fails its digest throws instead of returning it, and tells its guard once', () => {
    const texts = [CACHE_FILES['a.txt'], CACHE_FILES['c.txt']];
    const { keys, records, told } = secondTextDamaged(texts);
    assert.equal(recordText(records.get(keys[0])!), texts[0]);
    assert.throws(() => recordText(records.get(keys[1])!), CorruptRecordError);
    assert.deepEqual(told, [keys[1]]);
  });

  it('a figure’s text read from a damaged Latin-1 text’s bytes alone (Corpus.figuresBetween) throws as the whole text’s read does; its value and kind are read without it', () => {
    const texts = ['Alpha\n\nAlpha sold 350,000 units.', 'Beta\n\nBeta sold 350,000 units.'];
    const { keys, records, told } = secondTextDamaged(texts);
    const built = texts.map((t, i) => buildSource(i, `/w/${i}.txt`, t));
    const lazy = texts.map((t, i) => restoreSource(i, `/w/${i}.txt`, undefined, records.get(keys[i])!)!);
    const corpus = new Corpus(lazy, undefined, new Corpus(built).postingsIndex);
    // the figures found: their columns read, no text (no digest checked) until a text is asked for
    const found = corpus.figuresBetween('count', 300000, 400000, 10);
    assert.deepEqual(found.map((x) => [x.figure.value, x.figure.kind, x.figure.start]), [[350000, 'count', 18], [350000, 'count', 16]]);
    assert.deepEqual(told, []);
    // the first record's figure text is read from its bytes; the second's fails its digest, never returned
    assert.equal(found[0].figure.text, '350,000');
    assert.deepEqual(told, []);
    assert.throws(() => found[1].figure.text, CorruptRecordError);
    assert.deepEqual(told, [keys[1]]);
    // (once read, the text is the figure's own property, in buildSource's place)
    assert.deepEqual(Object.keys(found[0].figure), Object.keys(built[0].passages[1].figures[0]));
    assert.deepStrictEqual({ ...found[0].figure }, built[0].passages[1].figures[0]);
  });

  it('a records file is read head first (the header, the layout block, the arrays the checksum covers), its texts meanwhile', withFolder(async (sources, cache) => {
    const texts = Object.values(CACHE_FILES);
    const keys = texts.map((t) => contentKey(t));
    const bytes = encode(encodeRecords(texts.map((t, i) => buildSource(i, path.join(sources, `s${i}.txt`), t)), keys), 3);
    // what decode reads: every byte but the texts, laid out last
    const head = headLength(bytes, bytes.length);
    assert.ok(head < bytes.length && head >= bytes.length - Buffer.byteLength(texts.join(''), 'utf8') - 8, `${head} of ${bytes.length}`);
    assert.equal(bytes.indexOf(Buffer.from(texts[0].slice(0, 12), 'utf8')) >= head, true, 'the first text after the head');
    assert.equal(headLength(bytes, 0), 48, 'the header first');
    assert.equal(headLength(Buffer.from('not an index file at all, but long enough to hold a header'), 48), 58, 'a foreign file: all of it');
    const plain = encode({ meta: { n: 1 }, arrays: { a: Int32Array.from([1, 2]) } }, 3);
    assert.equal(headLength(plain, plain.length), plain.length, 'nothing set apart: all of it');
    // the disk store: the head parts asked for, then the rest; every byte in place once `rest` settles
    fs.mkdirSync(cache);
    fs.writeFileSync(path.join(cache, 'r.gidx'), bytes);
    const asked: number[] = [];
    const read = await new DiskCacheStore(cache).readHead('r.gidx', (b, have) => (asked.push(have), headLength(b, have)));
    assert.ok(read);
    assert.deepEqual(asked.slice(0, 2), [0, 48]);
    assert.equal(asked.at(-1), head, 'asked until the head was read');
    const decoded = decode<never>(read.bytes, 3);
    assert.ok(!('reject' in decoded), 'the head decodes before the rest is awaited');
    await read.rest;
    assert.deepEqual(Buffer.from(read.bytes), bytes);
    assert.equal(await new DiskCacheStore(cache).readHead('missing.gidx', headLength), undefined);
    // the rest left in the file, a part read when asked (the bytes under a view onto its place)
    const left = await new DiskCacheStore(cache).readHead('r.gidx', headLength, 'when asked');
    assert.ok(left && left.readRest);
    await left.rest;
    assert.deepEqual(Buffer.from(left.bytes.subarray(0, head)), bytes.subarray(0, head), 'the head read');
    assert.ok(left.bytes.subarray(head).every((b) => b === 0), 'the rest not read');
    const second = bytes.indexOf(Buffer.from(texts[1].slice(0, 12), 'utf8'));
    assert.equal(Buffer.from(left.readRest(left.bytes.subarray(second, second + 12))).toString('utf8'), texts[1].slice(0, 12));
    assert.deepEqual(Buffer.from(left.readRest(left.bytes.subarray(head))), bytes.subarray(head));
    assert.ok(left.bytes.subarray(head).every((b) => b === 0), 'read into buffers of their own');
    assert.deepEqual([...left.readRest(new Uint8Array(4))], [0, 0, 0, 0], 'a view onto other bytes: zeros');
  }));

  it('a file whose rest is left in it (readHead "when asked") is not counted as V8\'s external memory, which would make it collect; one read whole is (session 51)', withFolder(async (_sources, cache) => {
    // a head of a few bytes and a rest of 48 MB: V8's external memory grows by the rest read whole, not when left
    const size = 48 * 1024 * 1024;
    fs.mkdirSync(cache, { recursive: true });
    const file = path.join(cache, 'big.gidx');
    const fd = fs.openSync(file, 'w');
    fs.writeSync(fd, Buffer.from('GRNDIDX\0'), 0, 8, 0);
    fs.ftruncateSync(fd, size);
    fs.closeSync(fd);
    const external = () => v8.getHeapStatistics().external_memory;
    const store = new DiskCacheStore(cache);
    const before = external();
    const left = await store.readHead('big.gidx', () => 8, 'when asked');
    const grown = external() - before;
    assert.ok(left?.readRest, 'the rest left in the file');
    assert.equal(left.bytes.length, size, 'the bytes mirror the whole file');
    assert.deepEqual(Buffer.from(left.readRest(left.bytes.subarray(size - 4))), Buffer.alloc(4), 'a part of the rest read when asked');
    assert.ok(grown < size / 4, `external memory grew by ${grown} bytes with the rest left in the file`);
    const before2 = external();
    const whole = await store.readHead('big.gidx', () => 8);
    await whole?.rest;
    const grownWhole = external() - before2;
    assert.ok(grownWhole > size / 2, `read whole, the bytes are counted (the measure itself is sound): ${grownWhole}`);
  }));

  it('a text left in the records file is read from the file the index was loaded from, even once another has been renamed over it', withFolder(async (sources, cache) => {
    const log: string[] = [];
    const load = () => loadWorkspace(new NodeFileSystem(), [folderSet(sources)], { exclude: [], maxSourceSizeKB: 1024, cache: { store: new DiskCacheStore(cache), log: (m) => log.push(m) } });
    const first = await load();
    const verdicts = noteVerdicts(first);
    const second = await load();
    // (another writer's file in its place: written aside and renamed over it, as DiskCacheStore.write does)
    const name = fs.readdirSync(cache).find((f) => /\.sources\.gidx$/.test(f))!;
    const other = path.join(cache, `${name}.other`);
    fs.writeFileSync(other, Buffer.alloc(fs.statSync(path.join(cache, name)).size, 0x41));
    fs.renameSync(other, path.join(cache, name));
    assert.equal(noteVerdicts(second), verdicts);
    assert.equal(second.corpus.sources.find((s) => s.key === 'c')!.text, CACHE_FILES['c.txt']);
    assert.deepEqual(log, []);
  }));

  for (const [where, cut, reason] of [
    ['within its texts', (n: number) => n - 5, /array text out of bounds/],
    ['within its head', () => 100, /layout block out of bounds/],
  ] as const) {
    it(`a records file cut short ${where} is discarded with a log line when read head first, every source built again with the same verdicts`, withFolder(async (sources, cache) => {
      const first = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
      await first.update();
      await first.flush();
      const name = fs.readdirSync(cache).find((f) => /\.sources\.gidx$/.test(f))!;
      const file = path.join(cache, name);
      fs.truncateSync(file, cut(fs.statSync(file).size));
      const log: string[] = [];
      const ix = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache, log));
      const r = await ix.update({ trustCache: true });
      assert.deepEqual([r.built, r.unverified], [3, undefined], 'no record to trust: an ordinary start');
      assert.equal(log.length, 1, log.join('\n'));
      assert.match(log[0], /sources\.gidx discarded: /);
      assert.match(log[0], reason);
      assert.equal(noteVerdicts(ix), noteVerdicts(first));
    }));
  }

  it('a source whose cached text is damaged, then deleted, leaves the index: the update builds afresh instead of failing on its text (found by helper h24d)', withFolder(async (sources, cache) => {
    const first = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
    await first.update();
    await first.flush();
    damageText(cache, 'Beta hired');
    const ix = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache, []));
    await ix.update();
    fs.unlinkSync(path.join(sources, 'b.md'));
    await ix.update();
    assert.deepEqual(ix.corpus.sources.map((s) => s.key).sort(), ['a', 'c'], 'the deleted source is gone');
    fs.writeFileSync(path.join(sources, 'd.txt'), 'Delta\n\nDelta sold 75 boats.');
    await ix.update();
    assert.deepEqual(ix.corpus.sources.map((s) => s.key).sort(), ['a', 'c', 'd'], 'and the index goes on updating');
  }));

  it('a start does not check the texts; a damaged one read throws, and verify reads its file again and writes the records afresh', withFolder(async (sources, cache) => {
    const first = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
    await first.update();
    await first.flush();
    const fresh = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, undefined));
    await fresh.update();
    damageText(cache, 'Beta hired');
    const log: string[] = [];
    const ix = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache, log));
    const r = await ix.update();
    assert.deepEqual([r.read, r.built, r.postings], [0, 0, 'cached'], 'the records file is read and trusted but for its texts');
    assert.deepEqual(log, []);
    const beta = ix.corpus.sources.find((s) => s.key === 'b')!;
    assert.throws(() => beta.text, CorruptRecordError, 'never the damaged text');
    assert.equal(ix.corpus.sources.find((s) => s.key === 'a')!.text, CACHE_FILES['a.txt'], 'the others read');
    const v = await ix.verify();
    assert.ok(v, 'verify read the damaged source again');
    assert.deepEqual([v.read, v.built], [1, 1]);
    assert.equal(log.length, 1);
    assert.match(log[0], /1 text did not match its digest; the files were read again/);
    const again = ix.corpus.sources.find((s) => s.key === 'b')!;
    assert.equal(again.text, CACHE_FILES['b.md'].replace(/\n$/, '\n'));
    assert.deepStrictEqual(again, fresh.corpus.sources.find((s) => s.key === 'b'));
    assert.equal(noteVerdicts(ix), noteVerdicts(fresh));
    assert.equal(await ix.verify(), undefined, 'nothing left to read again');
    await ix.flush();
    // the records file was written again whole: the next start meets no damage
    const next = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache, log));
    assert.equal((await next.update()).read, 0);
    assert.equal(await next.verify(), undefined);
    assert.equal(log.length, 1);
    assert.equal(next.corpus.sources.find((s) => s.key === 'b')!.text, CACHE_FILES['b.md']);
  }));

  it('the CLI (loadWorkspace) does not sweep the texts: a damaged text is found when read, and repair reads its file again', withFolder(async (sources, cache) => {
    const log: string[] = [];
    const load = () => loadWorkspace(new NodeFileSystem(), [folderSet(sources)], { exclude: [], maxSourceSizeKB: 1024, cache: { store: new DiskCacheStore(cache), log: (m) => log.push(m) } });
    const first = await load();
    assert.match(noteVerdicts(first), /figure-mismatch/, 'the note has a verdict to compare');
    assert.equal(await first.repair(), undefined, 'nothing damaged: nothing to repair');
    damageText(cache, 'Gamma lost');
    const second = await load();
    assert.equal(log.length, 0, 'the damaged text is not read by the load');
    // the check reads it (the note cites c): it throws rather than answer from it
    assert.throws(() => noteVerdicts(second), CorruptRecordError);
    const repaired = await second.repair();
    assert.ok(repaired, 'the damaged file is read again');
    assert.equal(log.length, 1);
    assert.match(log[0], /did not match its digest/);
    assert.equal(repaired.corpus.sources.find((s) => s.key === 'c')!.text, CACHE_FILES['c.txt']);
    assert.equal(noteVerdicts(repaired), noteVerdicts(first));
    assert.equal(await repaired.repair(), undefined, 'nothing left to repair');
    // the records file was written again: the next load meets no damage
    const third = await load();
    assert.equal(noteVerdicts(third), noteVerdicts(first));
    assert.equal(log.length, 1);
  }));

  it('grounded check and grounded search meet a damaged text, read its file again and answer as over a sound cache', withFolder(async (sources, cache) => {
    const dir = path.dirname(sources);
    fs.writeFileSync(path.join(dir, 'note.md'), CACHE_NOTE);
    const run = (args: string[]) => runCli(dir, args);
    const check = ['check', '--sources', sources, '--cache', cache, '--format', 'json', 'note.md'];
    const search = ['search', '--sources', sources, '--cache', cache, 'Gamma lost value'];
    const sound = await run(check);
    const soundSearch = await run(search);
    assert.match(sound.stdout, /figure-mismatch/);
    assert.match(soundSearch.stdout, /Gamma lost 40%/);
    // (the note's kept result removed: the check runs, and meets the damaged text, instead of being replayed)
    const dropResults = () => {
      for (const f of fs.readdirSync(cache)) if (f.endsWith('.gres')) fs.rmSync(path.join(cache, f));
    };
    dropResults();
    damageText(cache, 'Gamma lost');
    const damaged = await run(check);
    assert.deepEqual([damaged.code, damaged.stdout], [sound.code, sound.stdout]);
    assert.match(damaged.stderr, /did not match its digest/);
    damageText(cache, 'Gamma lost');
    const damagedSearch = await run(search);
    assert.deepEqual([damagedSearch.code, damagedSearch.stdout], [soundSearch.code, soundSearch.stdout]);
    assert.match(damagedSearch.stderr, /did not match its digest/);
  }));
});
