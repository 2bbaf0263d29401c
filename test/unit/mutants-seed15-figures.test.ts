// Figure extraction and rendering at edges seed 15 of the mutation sample found untested
// (scripts/mutate-sample.mjs --seed 15, README "Tests"), in made-up sentences. Each case fails with
// its seed-15 mutant applied: "out" makes a share only with "of" after it ("5 out of 12", not "sent
// 5 out to 12 stores"); "kilowatt-hour" and "kilowatt hour" are energy as "kilowatt hours" is, not
// power; a rank the note writes "number one" gets a source's value past ninety-nine in digits.
// Session 21: a pair whose high end is no higher is no range, "$10-5bn" (ranges.ts 142); a region's
// figures do not depend on the text past its end (suffixKinds.ts 157).
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures';
import { formatOrdinal } from '../../server/src/engine/figures/renderFamilies';

const read = (s: string) => extractFigures(s).map((f) => [f.text, f.kind, f.value]);

describe('seed 15 survivors: figures', () => {
  it('"out" makes a share only before "of": "sent 5 out to 12 stores" is two counts, "5 out of 12 stores" a share', () => {
    assert.deepEqual(read('Acme sent 5 out to 12 stores.'), [['5', 'count', 5], ['12', 'count', 12]]);
    assert.deepEqual(read('Acme sent 5 out of 12 stores.').map(([t, k]) => [t, k]), [['5 out of 12', 'percent']]);
  });

  it('a kilowatt-hour, singular, is energy as kilowatt hours are: "a 60 kilowatt-hour battery"', () => {
    const units = (s: string) => extractFigures(s).map((f) => [f.text, f.unit]);
    assert.deepEqual(units('It has a 60 kilowatt-hour battery.'), [['60 kilowatt-hour', 'kWh']]);
    assert.deepEqual(units('The battery holds 60 kilowatt hour of charge.'), [['60 kilowatt hour', 'kWh']]);
    assert.deepEqual(units('The battery holds 60 kilowatt hours.'), [['60 kilowatt hours', 'kWh']]);
  });

  it('a rank written "number one" takes a value past ninety-nine in digits, one below in words', () => {
    const [like] = extractFigures('Kelby is world number one.');
    assert.equal(formatOrdinal(120, like), 'number 120');
    assert.equal(formatOrdinal(100, like), 'number 100');
    assert.equal(formatOrdinal(12, like), 'number twelve');
  });

  it('a pair whose high end is no higher, with a scale word after it, is no range: "$10-5bn", "$5-5bn" (while "$5-10bn" is)', () => {
    assert.deepEqual(read('Costs were put at $10-5bn.'), []);
    assert.deepEqual(read('Costs were put at $5-5bn.'), []);
    assert.deepEqual(read('Costs were put at $5-10bn.'), [['$5-10bn', 'currency', 5e9]]);
  });

  it('a region\'s figures do not depend on the text past its end: "2003/04" ending a region is a fiscal year, whatever follows', () => {
    const fiscal = (text: string, end: number) => extractFigures(text, 0, end).map((f) => [f.text, f.kind, f.value, f.high]);
    assert.deepEqual(fiscal('Budget for 2003/04x', 18), [['2003/04', 'year', 2003, 2004]]);
    assert.deepEqual(fiscal('Budget for 2003/04/05', 18), [['2003/04', 'year', 2003, 2004]]);
    assert.deepEqual(fiscal('Budget for 2003/04/05', 21), []);
  });
});
