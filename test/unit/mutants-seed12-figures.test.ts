// Figure extraction at edges seed 12 of the mutation sample found untested (scripts/mutate-sample.mjs
// --seed 12, README "Tests"), in made-up sentences: "percentage" without "points", a nation's
// dollar in the singular, a country prefix before a symbol other than "$", "or so" at the end of the
// region read, "over" after a possessive; a fix's text: a source's span of years written for a note's
// single year, a score in the note's joiner when its second side has two digits. Each case fails with
// its seed-12 mutant applied; "three quarters" a share only before "of"; "one in 1,000" cut by the
// region's end inside its thousands group; a set after a pair near "favourite" makes it a score; an
// odds word on the line before is not near.
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures';
import { formatLike } from '../../server/src/engine/figures/render';
import { formatScore } from '../../server/src/engine/figures/renderFamilies';
import type { Figure } from '../../server/src/engine/types';
import { read } from '../helpers/figureReads';

describe('seed 12 survivors: figures', () => {
  it('"percentage" makes percentage points only before "point(s)": "a 5 percentage rise" is a plain number', () => {
    assert.deepEqual(read('It was a 5 percentage rise.'), ['5|count|5||9|']);
  });

  it('a nation\'s dollar in the singular is its currency: "a 5 Australian dollar note"', () => {
    assert.deepEqual(read('He paid with a 5 Australian dollar note.'), ['5 Australian dollar|currency|5|AUD|15|']);
  });

  it('a country prefix names a dollar only before "$": "HK£5" is no Hong Kong amount', () => {
    assert.deepEqual(read('The fee was HK£5 a day.'), ['5|count|5||15|']);
  });

  it('"or so" ending the region read is a hedge, whatever letters follow outside it', () => {
    const text = 'They sold 60 or sold out.';
    assert.deepEqual(read(text, 0, text.indexOf('ld out')), ['60|count|60||10|approx']);
  });

  it('"over" after a possessive is still a hedge (only "past" there is an adjective)', () => {
    assert.deepEqual(read("The firm's over 300 staff went on strike."), ['300|count|300||16|over']);
  });

  it('a source\'s span of years, written for a note\'s single year, is "2004–2005"', () => {
    const year = extractFigures('It opened in 2004.').find((f) => f.kind === 'year');
    assert.ok(year);
    assert.equal(formatLike(2004, 2005, year), '2004–2005');
  });

  it('a score keeps the note\'s joiner when a side has two digits: "10 – 12"', () => {
    assert.equal(formatScore(3, 1, { text: '10 – 12' } as Figure), '3 – 1');
  });

  it('"three quarters" is a share only before "of" and its whole', () => {
    assert.deepEqual(read('Three quarters of the staff left.'), ['Three quarters|percent|75|percent|0|']);
    assert.deepEqual(read('Three quarters within the year were poor.'), []);
  });

  it('"one in 1,000" cut by the end of the region read inside its thousands group is no share', () => {
    const text = 'One in 1,000 people voted.';
    assert.deepEqual(read(text), ['One in 1,000|percent|0.1|percent|0|']);
    assert.deepEqual(read(text, 0, text.indexOf('0 people')), []);
  });

  it('a pair near an odds word, with a set right after it, is a score: "The favourite lost 6-4, 6-3"', () => {
    assert.deepEqual(read('The favourite lost 6-4, 6-3 in Paris.'), ['6-4|score|6-4||19|', '6-3|score|6-3||24|']);
  });

  it('an odds word on the line before a score is not near it: a line break ends what is read around a pair', () => {
    assert.deepEqual(read('Bookies\nAcme Town lost 5-2 at home.'), ['5-2|score|5-2||23|']);
  });
});
