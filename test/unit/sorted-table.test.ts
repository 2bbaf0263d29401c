// The postings' terms and written forms as the index cache keeps them (persist/sortedTable.ts): each
// table's strings with the order that sorts them, so that a start from the cache looks a string up by
// a binary search, no Map of every string made. A table answers as the Map of its strings in their
// order would — whatever the kept order (one that does not sort them is not trusted: a Map answers).
import * as assert from 'node:assert/strict';
import { decode, encode } from '../../server/src/engine/persist/binary';
import { ENGINE_VERSION } from '../../server/src/engine/persist';
import { decodePostings, encodeCachedPostings, encodePostings, type PostingsMeta } from '../../server/src/engine/persist/postingsBlob';
import { SortedTable, sortedOrder } from '../../server/src/engine/persist/sortedTable';
import { Corpus } from '../../server/src/engine/corpus';
import { buildSource } from '../../server/src/engine/sources';

/** Every answer of `t` is the Map's `m`: each key and some that are not keys, the size, the entries in order, forEach. */
function sameAsMap(t: ReadonlyMap<string, number>, m: ReadonlyMap<string, number>, probes: readonly string[]): void {
  for (const k of [...m.keys(), ...probes]) {
    assert.equal(t.get(k), m.get(k), `get ${JSON.stringify(k)}`);
    assert.equal(t.has(k), m.has(k), `has ${JSON.stringify(k)}`);
  }
  assert.equal(t.size, m.size);
  assert.deepEqual([...t], [...m]);
  assert.deepEqual([...t.entries()], [...m.entries()]);
  assert.deepEqual([...t.keys()], [...m.keys()]);
  assert.deepEqual([...t.values()], [...m.values()]);
  const seen: [string, number][] = [];
  t.forEach((v, k, map) => {
    assert.equal(map, t);
    seen.push([k, v]);
  });
  assert.deepEqual(seen, [...m]);
}

const PROBES = ['', 'a', 'zz', 'Zeta', 'ab', 'b', 'é', '\u{1F600}', '12', 'zeta '];

describe('sorted tables (the cached postings looked up without a Map)', () => {
  it('the order sorts the strings as `<` does (UTF-16 code units); the table answers as the Map of the strings in their order', () => {
    const keys = ['zeta', 'alpha', 'Zeta', 'é', 'e', '\u{1F600}', '\uFFFF', '10', '9', 'alp', 'alpha2'];
    const order = sortedOrder(keys);
    for (let j = 1; j < order.length; j++) assert.ok(keys[order[j - 1]] < keys[order[j]], `${keys[order[j - 1]]} < ${keys[order[j]]}`);
    assert.deepEqual([...order].sort((a, b) => a - b), keys.map((_, i) => i), 'a permutation of the places');
    const ids = new SortedTable(keys, undefined, order);
    assert.equal(ids.ordered, true);
    sameAsMap(ids, new Map(keys.map((k, i) => [k, i])), PROBES);
    const counts = Int32Array.from(keys, (_, i) => 100 + i * 3);
    sameAsMap(new SortedTable(keys, counts, order), new Map(keys.map((k, i) => [k, counts[i]])), PROBES);
    sameAsMap(new SortedTable([], undefined, sortedOrder([])), new Map(), PROBES);
  });

  it('an order that does not sort the strings — out of order, short, out of range, a place twice, or strings kept twice — is not trusted: the Map of the strings answers', () => {
    const keys = ['delta', 'alpha', 'charlie', 'bravo', 'echo'];
    const good = sortedOrder(keys);
    const swapped = Int32Array.from(good);
    [swapped[1], swapped[2]] = [swapped[2], swapped[1]];
    const bad = [swapped, good.subarray(1), Int32Array.from(good, (i, j) => (j === 0 ? 99 : i)), Int32Array.from(good, (i, j) => (j === 1 ? good[0] : i)), Int32Array.from(good, (i, j) => (j === 0 ? -1 : i))];
    for (const order of bad) {
      const t = new SortedTable(keys, undefined, order);
      sameAsMap(t, new Map(keys.map((k, i) => [k, i])), PROBES);
      assert.equal(t.ordered, false, `${[...order]}`);
    }
    // a string kept twice: the Map's answer (its last place; first in the order of iteration)
    const twice = ['b', 'a', 'b', 'c'];
    const t = new SortedTable(twice, undefined, Int32Array.from([1, 0, 2, 3]));
    sameAsMap(t, new Map(twice.map((k, i) => [k, i])), PROBES);
    assert.equal(t.ordered, false);
    assert.equal(t.get('b'), 2);
    assert.equal(t.size, 3);
  });

  it('cached postings keep each table’s order, and a start reads them as tables (no Map made) that answer as the postings built', () => {
    const corpus = new Corpus([
      buildSource(0, '/w/a.txt', 'Acme sold 350,000 units in Paris.\n\nAcme hired 200 people. The Board met.'),
      buildSource(1, '/w/b.txt', 'Beta sold 12 units. beta is lower here; Zürich and zürich, Émile and émile.'),
    ]);
    const built = corpus.postingsIndex;
    const passages = corpus.passageCount;
    const blob = decode<PostingsMeta>(encode(encodeCachedPostings(built, 'sig'), ENGINE_VERSION), ENGINE_VERSION);
    assert.ok(!('reject' in blob));
    for (const [order, strings] of [
      ['termOrder', blob.meta.terms],
      ['lowerOrder', blob.meta.lower],
      ['capitalisedOrder', blob.meta.capitalisedInside],
    ] as const) {
      const o: unknown = blob.arrays[order];
      assert.ok(o instanceof Int32Array, order);
      assert.deepEqual([...o].map((i) => strings[i]), [...strings].sort(), order);
    }
    const read = decodePostings(blob as never, 'sig', passages)!;
    for (const t of [read.termIds, read.written.lower, read.written.capitalisedInside]) {
      assert.ok(t instanceof SortedTable, 'a sorted table, not a Map');
      assert.equal((t as SortedTable).ordered, true);
    }
    const probes = [...PROBES, 'acme', 'Acme', 'zurich', 'board', 'units'];
    sameAsMap(read.termIds, built.termIds, probes);
    sameAsMap(read.written.lower, built.written.lower, probes);
    sameAsMap(read.written.capitalisedInside, built.written.capitalisedInside, probes);
  });

  it('postings kept without the orders (an older cache file, or postings between threads) are read into Maps that answer the same', () => {
    const corpus = new Corpus([buildSource(0, '/w/a.txt', 'Acme sold 350,000 units.\n\nAcme hired 200 people in Lyon.')]);
    const built = corpus.postingsIndex;
    const blob = decode<PostingsMeta>(encode(encodePostings(built, 'sig'), ENGINE_VERSION), ENGINE_VERSION);
    assert.ok(!('reject' in blob));
    assert.equal(blob.arrays.termOrder, undefined);
    const read = decodePostings(blob as never, 'sig', corpus.passageCount)!;
    assert.ok(read.termIds instanceof Map);
    assert.ok(read.written.lower instanceof Map);
    sameAsMap(read.termIds, built.termIds, PROBES);
    sameAsMap(read.written.lower, built.written.lower, PROBES);
    sameAsMap(read.written.capitalisedInside, built.written.capitalisedInside, PROBES);
  });
});
