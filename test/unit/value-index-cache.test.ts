// The value index kept with the postings in the cache (persist/postingsBlob.ts): a start from the
// cache answers a wrong-source lookup from the index it reads, the very one a build makes; a kept
// index that is not whole is dropped (the postings kept) and made again; a corpus changed since its
// base keeps its postings without one.
import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/engine/corpus';
import { decode, encode } from '../../server/src/engine/persist/binary';
import { MemoryCacheStore } from '../../server/src/engine/persist';
import { decodePostings, encodePostings, type PostingsMeta } from '../../server/src/engine/persist/postingsBlob';
import { buildSource } from '../../server/src/engine/sources';
import { drain } from '../../server/src/engine/steps';
import type { ValueIndex } from '../../server/src/engine/valueIndex';
import { folderSet, InMemoryFileSystem, SourceIndex } from '../../server/src/engine/workspace';
import type { FigureKind } from '../../server/src/engine/types';

const FILES: Record<string, string> = {};
for (let i = 0; i < 30; i++) {
  FILES[`/w/sources/r${String(i).padStart(2, '0')}.txt`] =
    `Report ${i}\n\nSales rose ${(i % 7) + 2}.5% to $${10 + (i % 4)}.${i % 10}m in 200${i % 6}. Some ${100 + i * 3} staff left, and ${(i % 5) * 10}% of ${i + 2} stores shut.\n\nProfit was £${i % 3}.25bn.\n`;
}

/** The figures every range below finds, in order: what a wrong-source lookup reads. */
function lookups(c: Corpus): unknown[] {
  const out: unknown[] = [];
  const ranges: [FigureKind, number, number, number][] = [
    ['percent', 2, 9, 400],
    ['percent', 4.5, 4.5, 3],
    ['currency', 10e6, 14e6, 400],
    ['count', 100, 150, 5],
    ['year', 2000, 2005, 400],
    ['currency', 0, 3e9, 400],
  ];
  for (const [kind, lo, hi, limit] of ranges) out.push(c.figuresBetween(kind, lo, hi, limit).map((x) => [x.pid, x.at, x.figure.value, x.figure.text]));
  return out;
}

function settings(store: MemoryCacheStore) {
  return { sets: [folderSet('/w/sources')], exclude: [], maxSourceSizeKB: 1024, cache: { store } };
}

const made = (c: Corpus) => (c as unknown as { baseValues: { index: ValueIndex | null } }).baseValues.index;

describe('the value index kept with the postings', () => {
  it('a first index keeps it; a second start reads it (no figure gathered or sorted) and finds what the first finds', async () => {
    const store = new MemoryCacheStore();
    const first = new SourceIndex(new InMemoryFileSystem(FILES), settings(store));
    await first.update();
    await first.flush();
    const built = made(first.corpus);
    assert.ok(built && built.value.length === first.corpus.figureCount && built.value.length > 100, 'made to be kept');
    const second = new SourceIndex(new InMemoryFileSystem(FILES), settings(store));
    const r = await second.update();
    assert.equal(r.postings, 'cached');
    const kept = second.corpus.layers.base.values;
    assert.ok(kept, 'read with the postings');
    assert.equal(made(second.corpus), kept, 'the corpus answers from the one it read');
    assert.deepStrictEqual({ ...kept }, { ...built });
    assert.deepStrictEqual(lookups(second.corpus), lookups(first.corpus));
    assert.ok((lookups(first.corpus)[0] as unknown[]).length > 5, 'the lookups find figures');
  });

  describe('a kept index that is not whole is dropped, the postings kept, and the corpus makes its own', () => {
    const sources = Object.entries(FILES).map(([p, text], i) => buildSource(i, p, text));
    const fresh = new Corpus(sources);
    const values = drain(fresh.valueIndexSteps());
    const passages = fresh.passageCount;
    const cases: [string, (v: ValueIndex) => ValueIndex][] = [
      ['values out of order', (v) => ({ ...v, value: v.value.slice().reverse() })],
      ['a passage past the corpus', (v) => ({ ...v, pid: v.pid.map((p, i) => (i === 3 ? passages : p)) })],
      ['a kind no figure of its passage has', (v) => ({ ...v, bit: v.bit.map((b, i) => (i === 0 ? 64 : b)) })],
      ['a negative figure', (v) => ({ ...v, fig: v.fig.map((f, i) => (i === 1 ? -1 : f)) })],
      ['columns of different lengths', (v) => ({ ...v, fig: v.fig.slice(1) })],
    ];
    for (const [what, spoil] of cases) {
      it(what, () => {
        const blob = decode<PostingsMeta>(encode(encodePostings(fresh.postingsIndex, 'sig', spoil(values)), 1), 1);
        assert.ok(!('reject' in blob));
        const postings = decodePostings(blob, 'sig', passages);
        assert.ok(postings, 'the postings are kept');
        assert.equal(postings.values, undefined);
        const c = new Corpus(sources, undefined, postings);
        assert.equal(made(c), null, 'made on first use');
        assert.deepStrictEqual(lookups(c), lookups(fresh));
      });
    }
    it('(whole, it is read back as written)', () => {
      const blob = decode<PostingsMeta>(encode(encodePostings(fresh.postingsIndex, 'sig', values), 1), 1);
      assert.ok(!('reject' in blob));
      const postings = decodePostings(blob, 'sig', passages);
      assert.deepStrictEqual({ ...postings?.values }, { ...values });
      // (one row per figure: an index of another corpus's figures with these postings is not taken)
      const fewer = new Corpus(sources.slice(0, -1).concat(buildSource(29, '/w/sources/x.txt', 'X\n\nNo figure here.\n')), undefined, postings);
      assert.equal(made(fewer), null);
    });
  });

  it('a corpus layered over its base (a source changed since) keeps its postings without one', () => {
    const sources = Object.entries(FILES).map(([p, text], i) => buildSource(i, p, text));
    const base = new Corpus(sources);
    assert.ok(drain(base.keptValueIndexSteps()), 'a corpus that is its base keeps its value index');
    const layered = new Corpus(base.sources, base.tokenizer, base.layers, base);
    assert.equal(drain(layered.keptValueIndexSteps()), undefined);
  });
});
