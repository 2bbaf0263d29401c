// A records file of the index cache is looked up by content key at the row the record is expected
// at first (persist/sourceRecords.ts RecordSet.get): the base is written from the corpus in order,
// so a warm start from an unchanged folder finds source i's record at row i and makes no map of the
// 44,500 keys. A key elsewhere, or absent, is answered as by the map; a key written twice (two files
// of one text) gives a record of that text either way.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decode, encode } from '../../server/src/engine/persist/binary';
import { contentKey, encodeRecords, readRecords, restoreSource, type RecordSet } from '../../server/src/engine/persist/sourceRecords';
import { buildSource } from '../../server/src/engine/sources';
import { NodeFileSystem, SourceIndex } from '../../server/src/engine/workspace';
import { CACHE_FILES, cacheSettings, noteVerdicts, withCacheFolder } from '../helpers/cacheFixture';

/** Has the set made its map of keys? (The private field, read for the test.) */
const mapped = (set: RecordSet) => (set as unknown as { byKey?: Map<string, number> }).byKey !== undefined;

function setOf(texts: string[]): { set: RecordSet; keys: string[] } {
  const keys = texts.map((t) => contentKey(t));
  const blob = decode<never>(encode(encodeRecords(texts.map((t, i) => buildSource(i, `/w/${i}.txt`, t)), keys), 1), 1);
  assert.ok(!('reject' in blob));
  const set = readRecords(blob as never) as RecordSet;
  return { set, keys };
}

describe('records looked for at their rows', () => {
  const texts = ['Acme sold 350,000 units in 2024.', 'Beta hired nearly 2,000 people.', 'Gamma lost 40% of its value.'];

  it('each key at its row: its record, no map of keys made; the count without one either', () => {
    const { set, keys } = setOf(texts);
    assert.equal(set.count, 3);
    keys.forEach((k, i) => assert.deepEqual(set.get(k, i), { set, i }));
    assert.equal(mapped(set), false);
  });

  it('a key at another row, absent, or a row out of range: answered as without a row', () => {
    const { set, keys } = setOf(texts);
    assert.deepEqual(set.get(keys[2], 0), { set, i: 2 });
    assert.equal(mapped(set), true);
    assert.equal(set.get('no such key', 1), undefined);
    assert.deepEqual(set.get(keys[1], 99), { set, i: 1 });
    assert.deepEqual(set.get(keys[0], -1), { set, i: 0 });
    assert.deepEqual(set.get(keys[0]), { set, i: 0 });
  });

  it('a key written twice (two files of one text): the record at either row restores the same source', () => {
    const { set, keys } = setOf([texts[0], texts[1], texts[0]]);
    assert.equal(keys[0], keys[2]);
    const at0 = restoreSource(5, '/w/x.txt', undefined, set.get(keys[0], 0)!)!;
    const at2 = restoreSource(5, '/w/x.txt', undefined, set.get(keys[0], 2)!)!;
    const byMap = restoreSource(5, '/w/x.txt', undefined, set.get(keys[0])!)!;
    assert.deepEqual({ ...at0, passages: at0.passages, text: at0.text }, { ...at2, passages: at2.passages, text: at2.text });
    assert.deepEqual({ ...at0, passages: at0.passages, text: at0.text }, { ...byMap, passages: byMap.passages, text: byMap.text });
  });

  it(
    'a warm start from an unchanged folder makes no map of the base\'s keys; a file removed shifts the rows and every record is still found',
    withCacheFolder('records-at-rows', async ({ sources, cache }) => {
      const first = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
      await first.update();
      await first.flush();
      const baseOf = (ix: SourceIndex) => (ix as unknown as { cache: { held: { base: RecordSet } } }).cache.held.base;
      const again = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
      const r = await again.update();
      assert.deepEqual([r.read, r.unopened, r.built], [0, Object.keys(CACHE_FILES).length, 0]);
      assert.equal(mapped(baseOf(again)), false, 'every record at its row');
      assert.equal(noteVerdicts(again), noteVerdicts(first));
      // a.txt removed: b.md and c.txt are sources 0 and 1, records 1 and 2 of the base
      fs.rmSync(path.join(sources, 'a.txt'));
      const third = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
      const r3 = await third.update();
      assert.deepEqual([r3.read, r3.unopened, r3.built], [0, 2, 0]);
      assert.deepEqual(r3.corpus.sources.map((s) => path.basename(s.path)), ['b.md', 'c.txt']);
      assert.equal(mapped(baseOf(third)), true, 'found by key');
      // the same sources as a fresh index of the folder
      const fresh = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, undefined));
      await fresh.update();
      assert.deepEqual(
        r3.corpus.sources.map((s) => [s.path, s.key, s.meta, s.text, s.passages.length]),
        fresh.corpus.sources.map((s) => [s.path, s.key, s.meta, s.text, s.passages.length]),
      );
    }),
  );
});
