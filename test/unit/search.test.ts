// Free-text search over passages (engine/search.ts): what counts as a hit (enough of the query,
// MIN_COVERAGE), the last word as a prefix, figures of the query, and the focus a hit opens on.
import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/engine/corpus';
import { MIN_COVERAGE, searchHits } from '../../server/src/engine/search';
import { buildSource } from '../../server/src/engine/sources';

const FILES = {
  'chips.txt':
    'Chip plans\n\nBy the end of the year the company expects to hold roughly 350,000 H100 GPUs from NVIDIA, a long way from its first clusters.\n\nThe company also builds its own accelerator chips for ranking and recommendation.\n',
  'harbor.txt': 'Harbor review\n\nThe port of Kellmouth handled 41,300 containers in 2021, a record for the town.\n',
};

// Built in each test, not when the file loads: work done at load makes every mutant it reaches "hybrid", which Stryker runs in a fresh test process (README "Tests").
const corpus = () => new Corpus(Object.entries(FILES).map(([p, text], i) => buildSource(i, `/ws/sources/${p}`, text)));
const focusText = (q: string) => {
  const h = searchHits(corpus(), q)[0];
  return h.passage.text.slice(h.focus[0], h.focus[1]);
};

describe('engine: search', () => {
  it('a hit holds enough of the query: an unrelated query with one common word finds nothing', () => {
    assert.ok(MIN_COVERAGE > 0.5 && MIN_COVERAGE <= 1);
    assert.deepEqual(searchHits(corpus(), 'weather forecast company'), []);
    assert.deepEqual(searchHits(corpus(), 'zebra migration'), []);
    assert.ok(searchHits(corpus(), 'company GPUs').length > 0);
  });

  it('the last word, being typed, is a prefix from three letters; shorter, only a whole word', () => {
    assert.equal(searchHits(corpus(), 'Kellmouth contai')[0]?.source.path, '/ws/sources/harbor.txt');
    assert.deepEqual(searchHits(corpus(), 'Kellmouth co').map((h) => h.source.path), [], '"co" is no prefix: one of two words is not enough');
  });

  it('a last word ending in an accented letter is a prefix too: "café" finds the caféteria', () => {
    const c = new Corpus([buildSource(0, '/ws/sources/hall.txt', 'Orrin hall\n\nThe caféteria of Orrin hall sold bread.\n'), buildSource(1, '/ws/sources/mill.txt', 'Orrin mill\n\nThe mill ground rye.\n')]);
    assert.deepEqual(searchHits(c, 'café').map((h) => h.source.path), ['/ws/sources/hall.txt']);
    assert.deepEqual(searchHits(c, 'Orrin café').map((h) => h.source.path), ['/ws/sources/hall.txt']);
    assert.deepEqual(searchHits(c, 'café.').map((h) => h.source.path), [], 'after a full stop the word is whole');
  });

  it('a figure of the query finds the passage that states it, in any format', () => {
    const hits = searchHits(corpus(), '41300 containers');
    assert.equal(hits[0].source.path, '/ws/sources/harbor.txt');
    assert.ok(hits[0].highlights.some(([a, b]) => hits[0].passage.text.slice(a, b) === '41,300'));
  });

  it('the focus is the run of matched words, not the whole passage', () => {
    assert.equal(focusText('350,000 H100 GPUs'), '350,000 H100 GPUs');
    assert.equal(focusText('Kellmouth containers'), 'Kellmouth handled 41,300 containers');
  });
});
