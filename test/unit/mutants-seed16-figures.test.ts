// The figure readings at edges seed 16 of the mutation sample found untested
// (scripts/mutate-sample.mjs --seed 16, docs/mutation-testing.md "Session 22"). Each case fails with
// its seed-16 mutant applied and passes without it.
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures';

const read = (s: string) => extractFigures(s).map((f) => `${f.text}|${f.kind}|${f.value}${f.high !== undefined ? `-${f.high}` : ''}|${f.unit ?? ''}|${f.words ? 'words' : ''}`);

describe('seed 16 survivors: figures', () => {
  it('a time joined from a part in words and a part in digits is not written in words; both parts in words, it is (clock.ts join)', () => {
    assert.deepEqual(read('She ran it in two hours and 18 minutes.'), ['two hours and 18 minutes|duration|138|minute|']);
    assert.deepEqual(read('She ran it in two hours and eighteen minutes.'), ['two hours and eighteen minutes|duration|138|minute|words']);
  });

  it('a possessive with a curly apostrophe leaves the number after it a figure, as a straight one does (names.ts)', () => {
    assert.deepEqual(read('Kelby’s 300 vans and Minto\'s 200 vans'), ['300|count|300||', '200|count|200||']);
    assert.deepEqual(read('Minto’s 40 shops'), ['40|count|40||']);
  });

  it('"to" glued to the next word by a comma is no range of number words (numberWords.ts wordRange)', () => {
    assert.deepEqual(read('between five to,six days'), ['five|count|5||words', 'six days|duration|6|day|words']);
    assert.deepEqual(read('between five to six days'), ['five to six days|duration|5-6|day|words']);
  });

  it('"a dozen to twenty days" is a range of durations ("a dozen" is no scale word)', () => {
    assert.deepEqual(read('The strike lasted a dozen to twenty days.'), ['a dozen to twenty days|duration|12-20|day|words']);
  });
});
