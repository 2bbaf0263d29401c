// The engine's top level and notes at edges seed 16 of the mutation sample found untested
// (scripts/mutate-sample.mjs --seed 16, docs/mutation-testing.md "Session 22"), in made-up texts.
// Each case fails with its seed-16 mutant applied and passes without it.
import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/engine/corpus';
import { CheckMemo } from '../../server/src/engine/memo';
import { planChunk } from '../../server/src/engine/notes/chunks';
import { searchHits } from '../../server/src/engine/search';
import { buildSource } from '../../server/src/engine/sources';

const passages = (text: string) => {
  const s = buildSource(0, '/s/shops.txt', text);
  return s.passages.map((p) => text.slice(p.start, p.end));
};

describe('seed 16 survivors: text, keys, search, the memo and notes', () => {
  it('a sentence may open on the digit 9, as on any other digit (text.ts isSentenceOpener)', () => {
    assert.deepEqual(passages('Shops\n\nSales fell in May. 9 shops closed in June.\n'), ['Shops', 'Sales fell in May.', '9 shops closed in June.']);
    assert.deepEqual(passages('Shops\n\nSales fell in May. 8 shops closed in June.\n'), ['Shops', 'Sales fell in May.', '8 shops closed in June.']);
  });

  it('a lower-case "z." is an initial, as "y." is: no sentence ends there (text.ts isAbbreviation)', () => {
    assert.deepEqual(passages('Shops\n\nThe report by z. Kelby said sales rose.\n'), ['Shops', 'The report by z. Kelby said sales rose.']);
    assert.deepEqual(passages('Shops\n\nThe report by y. Kelby said sales rose.\n'), ['Shops', 'The report by y. Kelby said sales rose.']);
  });

  it("a source's short key is never another source's key (keys.ts prefixKey)", () => {
    const c = new Corpus([buildSource(0, '/s/kelby.txt', 'Kelby\n\nA firm.\n'), buildSource(1, '/s/kelby-vans-2004.txt', 'Vans\n\nVans sold.\n'), buildSource(2, '/s/minto-shops.txt', 'Shops\n\nShops shut.\n')]);
    assert.deepEqual(c.sources.map((s) => c.shortKey(s)), ['kelby', 'kelby-vans', 'minto']);
  });

  it('a word typed thrice in a search is asked for once: "vans vans vans tractors" finds what "vans tractors" finds', () => {
    const c = new Corpus([buildSource(0, '/s/kelby.txt', 'Kelby\n\nKelby sold vans in the north.\n\nMinto sold vans and tractors.\n')]);
    const found = (q: string) => searchHits(c, q).map((h) => h.passage.start);
    assert.equal(found('vans tractors').length, 1);
    assert.deepEqual(found('vans vans vans tractors'), found('vans tractors'));
  });

  it('a memo just enabled has nothing to save until something is added', () => {
    const memo = new CheckMemo();
    memo.enable(4);
    assert.equal(memo.changed, undefined);
    memo.put('periods', 1, { year: 2004 });
    const saved = memo.changed;
    assert.ok(saved);
    memo.enable(4, saved); // (the next run, from what was saved)
    assert.equal(memo.changed, undefined);
  });

  it('in a paragraph dense with markup, "]" is quietened unless it closes "]:" or "]]>" (chunks.ts)', () => {
    const text = `Kelby ${'!'.repeat(80)} sold a]b> vans]]> and [x]: more`;
    const { source, inlineHostile } = planChunk(text);
    assert.equal(inlineHostile, true);
    assert.equal(source, `Kelby ${'x'.repeat(80)} sold axb> vans]]> and xx]: more`);
  });
});
