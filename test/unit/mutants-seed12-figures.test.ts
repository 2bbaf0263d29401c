// Figure extraction at edges seed 12 of the mutation sample found untested (scripts/mutate-sample.mjs
// --seed 12, README "Tests"), in made-up sentences: "percentage" without "points", a nation's
// dollar in the singular, a country prefix before a symbol other than "$", "or so" at the end of the
// region read, "over" after a possessive. Each case fails with its seed-12 mutant applied.
import * as assert from 'node:assert/strict';
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
});
