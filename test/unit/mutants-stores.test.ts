// A remote base's catalog as a check sees it (engine/stores): sources in path order whatever the
// database's ids, passages numbered across them (sources without passages included), the base's
// statistics, a posting filter that survives its key, a pass's misses, and a source read before it
// was fetched: a miss inside a pass, an error outside one. Written against surviving mutants
// (README "Tests").
import * as assert from 'node:assert/strict';
import { Catalog, Misses } from '../../server/src/engine/stores/catalog';
import { catalogOrder, type CatalogEntry } from '../../server/src/engine/stores/remote';
import { filterKey, parseFilterKey } from '../../server/src/engine/stores/view';

const entry = (id: number, path: string, passages: number, figures = 0, terms = 0): CatalogEntry => ({ id, path, key: path.replace(/^.*\/|\.\w+$/g, ''), meta: { title: path, aliases: [] }, passages, figures, terms });

describe('stores: the catalog of a remote base (catalog.ts)', () => {
  // ids in another order than the paths; b holds no passages
  const cat = new Catalog('g1', [entry(30, '/s/c.txt', 2, 1, 8), entry(10, '/s/a.txt', 3, 4, 30), entry(20, '/s/b.txt', 0, 0, 0), entry(40, '/s/d.txt', 1, 2, 2)]);

  it('lists the sources by path, each with its position, and numbers their passages one after another', () => {
    assert.deepEqual(cat.sources.map((s) => [s.index, s.path, s.key]), [[0, '/s/a.txt', 'a'], [1, '/s/b.txt', 'b'], [2, '/s/c.txt', 'c'], [3, '/s/d.txt', 'd']]);
    assert.deepEqual(cat.ids, [10, 20, 30, 40]);
    assert.deepEqual(cat.base, [0, 3, 3, 5, 6]);
    assert.deepEqual([cat.passageCount, cat.figureCount, cat.avgdl], [6, 7, 40 / 6]);
    assert.deepEqual([10, 20, 30, 40, 50].map((id) => cat.ordOf(id)), [0, 1, 2, 3, undefined]);
  });

  it('orders entries by path, byte by byte', () => {
    const [a, b, B] = [entry(1, '/s/a.txt', 1), entry(2, '/s/b.txt', 1), entry(3, '/s/B.txt', 1)];
    assert.deepEqual([catalogOrder(a, b), catalogOrder(b, a), catalogOrder(a, { ...a, id: 9 }), catalogOrder(B, a)], [-1, 1, 0, -1]);
  });

  it('finds the source of each passage, skipping a source without passages', () => {
    assert.deepEqual([0, 1, 2, 3, 4, 5].map((pid) => cat.sourceOfPid(pid)), [0, 0, 0, 2, 2, 3]);
    const one = new Catalog('g', [entry(1, '/s/a.txt', 2)]);
    assert.deepEqual([0, 1].map((pid) => one.sourceOfPid(pid)), [0, 0]);
  });

  it('an empty base has no passages and an average length of 1 (no division by zero)', () => {
    const empty = new Catalog('g', []);
    assert.deepEqual([empty.passageCount, empty.figureCount, empty.avgdl, empty.sources.length], [0, 0, 1, 0]);
  });

  it('a source not fetched: outside a pass its text is an error, inside a pass a miss and an empty text', () => {
    const c = new Catalog('g', [entry(1, '/s/a.txt', 2)]);
    const s = c.sources[0];
    assert.equal(s.loaded, false);
    assert.throws(() => s.text, /the source \/s\/a.txt was not fetched from the store/);
    c.recorder = new Misses();
    assert.deepEqual([s.text, s.passages, s.lineStarts, s.bodyStart, s.lengths, s.kinds, s.pages, s.problem, s.format], ['', [], [0], 0, [], [], undefined, undefined, undefined]);
    assert.deepEqual([...c.recorder.sources], [0]);
    s.load('Title\n\nSales rose.\n', { bodyStart: 7, format: 'pdf', pages: [0], problem: 'p', passages: [{ index: 0, start: 7, end: 18, paragraph: 0, line: 2, text: 'Sales rose.', figures: [] }], lengths: [2], kinds: [0] });
    c.recorder = null;
    assert.equal(s.loaded, true);
    assert.deepEqual([s.text, s.lineStarts, s.bodyStart, s.format, s.pages, s.problem, s.lengths, s.kinds], ['Title\n\nSales rose.\n', [0, 6, 7, 19], 7, 'pdf', [0], 'p', [2], [0]]);
    assert.equal(s.passages[0].source, 0, 'a passage names its source');
  });

  it('a pass lacked nothing only when every kind of miss is empty', () => {
    const fills: ((m: Misses) => void)[] = [
      (m) => m.sources.add(1),
      (m) => m.terms.add('t'),
      (m) => m.words.add('w'),
      (m) => m.postings.set('k', { filterKey: 'k', terms: new Set() }),
      (m) => m.figures.set('k', { kinds: 1, lo: 0, hi: 1, limit: 1 }),
      (m) => m.prefixes.set('p', 3),
    ];
    assert.equal(new Misses().empty, true);
    fills.forEach((fill, i) => {
      const m = new Misses();
      fill(m);
      assert.equal(m.empty, false, `miss ${i}`);
    });
  });
});

describe('stores: a posting filter as a key (view.ts)', () => {
  const cases: [string, Parameters<typeof filterKey>[0], string][] = [
    ['any passage', { kinds: 0 }, '0|*|'],
    ['some kinds, some sources, ids sorted by number', { kinds: 5, only: [10, 9, 100] }, '5|9,10,100|'],
    ['all but some sources', { kinds: 2, except: [30, 4] }, '2|*|4,30'],
    ['only no source', { kinds: 1, only: [] }, '1||'],
    ['both', { kinds: 3, only: [2], except: [1] }, '3|2|1'],
  ];
  for (const [what, filter, key] of cases) {
    it(`${what}: "${key}", and back`, () => {
      assert.equal(filterKey(filter), key);
      const back = parseFilterKey(key);
      const sorted = (a?: number[]) => a && [...a].sort((x, y) => x - y);
      assert.deepEqual(back, { kinds: filter.kinds, ...(filter.only ? { only: sorted(filter.only) } : {}), ...(filter.except?.length ? { except: sorted(filter.except) } : {}) });
    });
  }
  it('the filter given is not reordered', () => {
    const only = [3, 1, 2];
    filterKey({ kinds: 0, only });
    assert.deepEqual(only, [3, 1, 2]);
  });
});
