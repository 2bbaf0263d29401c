// Search Sources (server/src/engine/search.ts): written against the mutants of
// scripts/mutate-sample.mjs that survived — at most `limit` hits, and passages scored alike in
// the order of the sources.
import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/engine/corpus';
import { searchHits } from '../../server/src/engine/search';
import { buildSource } from '../../server/src/engine/sources';

// Built in each test, not when the file loads: work done at load makes every mutant it reaches "hybrid", which Stryker runs in a fresh test process (README "Tests").
const corpus = () => new Corpus(['alpha', 'beta', 'gamma', 'delta'].map((name, i) => buildSource(i, `/ws/sources/${name}.txt`, `${name}\n\nThe stadium holds 350,000 people.\n`)));

describe('search: the mutants that survived the sample', () => {
  it('passages that score alike come in the order of the sources', () => {
    const hits = searchHits(corpus(), '350,000', 10);
    assert.deepEqual(hits.map((h) => h.source.path), ['alpha', 'beta', 'gamma', 'delta'].map((n) => `/ws/sources/${n}.txt`));
    assert.equal(new Set(hits.map((h) => h.score)).size, 1, 'scored alike');
  });
  it('at most `limit` hits, the first of them', () => {
    assert.deepEqual(searchHits(corpus(), '350,000', 2).map((h) => h.source.path), ['/ws/sources/alpha.txt', '/ws/sources/beta.txt']);
  });
});
