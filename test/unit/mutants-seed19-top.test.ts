// Survivors of seed 19 of the mutation sample (StrykerJS, seed 19, issue 15) in the engine's top
// folder (corpus, indexer, lazyPassages, memo, search, sources, text). Each case fails with its
// seed-19 mutant applied and passes without it; the file:line each one kills (at 44560f8) is given
// in its name.
import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/engine/corpus';
import { emptyMemoData, isMemoData } from '../../server/src/engine/memo';
import { searchHits } from '../../server/src/engine/search';
import { buildSource } from '../../server/src/engine/sources';
import { sentenceSpans } from '../../server/src/engine/text';
import { builtAndLazy } from '../helpers/lazySources';

/** The sentences of a text, as strings. */
const sentences = (text: string) => sentenceSpans(text).map(([a, b]) => text.slice(a, b));

describe('seed 19 survivors: sentences', () => {
  it('a full stop followed by a closing quote or bracket still ends the sentence (text.ts:299)', () => {
    const cases: [string, string[]][] = [
      ['Mara said "we are done." Then the bell rang.', ['Mara said "we are done."', 'Then the bell rang.']],
      ["Mara said 'we are done.' Then the bell rang.", ["Mara said 'we are done.'", 'Then the bell rang.']],
      ['Mara said “we are done.” Then the bell rang.', ['Mara said “we are done.”', 'Then the bell rang.']],
      ['Mara said ‘we are done.’ Then the bell rang.', ['Mara said ‘we are done.’', 'Then the bell rang.']],
      ['The hall closed (for good.) Then the bell rang.', ['The hall closed (for good.)', 'Then the bell rang.']],
      ['The hall closed [for good.] Then the bell rang.', ['The hall closed [for good.]', 'Then the bell rang.']],
    ];
    for (const [text, want] of cases) assert.deepEqual(sentences(text), want, text);
  });

  it('a unit glued to any digit, 9 included, ends the sentence at its full stop (text.ts:315)', () => {
    for (const d of ['1', '5', '8', '9']) {
      const text = `The mast of Brinloch stood ${d}m. Then a gale took it down.`;
      assert.deepEqual(sentences(text), [`The mast of Brinloch stood ${d}m.`, 'Then a gale took it down.'], text);
    }
  });
});

describe('seed 19 survivors: sources', () => {
  it('a line ending in a space or a carriage return does not end its paragraph (sources.ts:103)', () => {
    for (const eol of [' \n', '\r\n', '\t\n']) {
      const text = `The ferry to Quellby runs twice daily.${eol}It stopped in the winter of the flood.${eol}\nA new paragraph starts here.\n`;
      const src = buildSource(0, 'ferry.md', text);
      const paras = src.passages.map((p) => p.paragraph);
      assert.deepEqual(paras, [0, 0, 1], JSON.stringify(eol));
    }
  });
});

describe('seed 19 survivors: search', () => {
  const corpus = () =>
    new Corpus([
      buildSource(0, '/ws/sources/tally.txt', 'Velmont\n\nThe old harbour counted 4,300 boats in one season.\n'),
      buildSource(1, '/ws/sources/busy.txt', 'Harbour boats\n\nThe harbour of Velmont was busy with boats, harbour boats and more boats each season.\n'),
      buildSource(2, '/ws/sources/farm.txt', 'Brask\n\nThe town of Brask grew barley.\n'),
    ]);

  it('a passage stating one of the figures a query asks for ranks above one that only repeats its words (search.ts:40)', () => {
    const hits = searchHits(corpus(), 'harbour boats season 4,300 9,100');
    assert.deepEqual(
      hits.map((h) => h.source.path),
      ['/ws/sources/tally.txt', '/ws/sources/busy.txt'],
    );
  });

  it('only the last word of a query is read as a prefix: an earlier cut-off word finds nothing by itself (corpus.ts:492)', () => {
    const c = corpus();
    const found = (q: string) => [...new Set(c.search(q, 10).map((s) => c.sources[c.passage(s.pid).source].path))];
    assert.deepEqual(found('harb barley'), ['/ws/sources/farm.txt']);
    // the same cut-off word typed last is a prefix, and finds the harbours
    assert.ok(found('barley harb').includes('/ws/sources/tally.txt'), JSON.stringify(found('barley harb')));
  });
});

describe('seed 19 survivors: memo', () => {
  it('a kept memo whose period for a passage is not an object (a bare year, a word) is refused, an object is taken (memo.ts:68)', () => {
    const withPeriod = (v: unknown) => {
      const m = emptyMemoData(4);
      (m.periods as Map<number, unknown>).set(2, v);
      return m;
    };
    assert.equal(isMemoData(withPeriod({ from: 2019, to: 2020 }), 4), true);
    for (const bad of [2019, 'last year', true, null, 0, '']) assert.equal(isMemoData(withPeriod(bad), 4), false, JSON.stringify(bad));
  });
});

describe('seed 19 survivors: lazy sources', () => {
  it('a source restored unopened, once its text, line starts and passages are read, keeps every field a spread or JSON copy sees (lazyPassages.ts:89)', () => {
    const list = [
      { path: '/ws/sources/mill.txt', text: 'Orrin Mill\n\nThe mill at Orrin ground 80 tonnes of rye in 2011.\n\nIt closed two years later.\n' },
      { path: '/ws/sources/dock.md', text: '---\ntitle: Dock notes\n---\n\nThe dock at Pellow took 12 ships a week.\n' },
    ];
    const { built, lazy: restored } = builtAndLazy(list);
    list.forEach((f, i) => {
      const lazy = restored[i];
      assert.equal(lazy.passages.length, built[i].passages.length);
      assert.equal(lazy.lineStarts.length, built[i].lineStarts.length);
      assert.equal(lazy.text, f.text);
      assert.deepEqual(Object.keys(lazy), Object.keys(built[i]), f.path);
      const copy = { ...lazy };
      assert.equal(copy.text, f.text);
      assert.deepEqual(copy.lineStarts, built[i].lineStarts);
      assert.equal(copy.passages.length, built[i].passages.length);
    });
  });
});

describe('seed 19 survivors: corpus layout', () => {
  it('a passage layout made for only the first of its sources is not adopted: the corpus counts and finds every source’s passages (corpus.ts:105)', () => {
    const sources = [
      buildSource(0, '/ws/sources/kiln.txt', 'Kiln\n\nThe kiln at Ashmere fired 300 pots a day.\n'),
      buildSource(1, '/ws/sources/loom.txt', 'Loom\n\nThe looms of Tarrow wove 40 bolts of wool.\n'),
    ];
    const whole = new Corpus(sources);
    const c = new Corpus(sources, undefined, undefined, undefined, Corpus.layOut(sources.slice(0, 1)));
    assert.equal(c.passageCount, whole.passageCount);
    assert.deepEqual(
      [...new Set(c.search('looms Tarrow', 5).map((s) => c.sources[c.passage(s.pid).source].path))],
      ['/ws/sources/loom.txt'],
    );
  });
});
