// Figure extraction and rendering at edges seed 15 of the mutation sample found untested
// (scripts/mutate-sample.mjs --seed 15, README "Tests"), in made-up sentences. Each case fails with
// its seed-15 mutant applied: "out" makes a share only with "of" after it ("5 out of 12", not "sent
// 5 out to 12 stores"); "kilowatt-hour" and "kilowatt hour" are energy as "kilowatt hours" is, not
// power; a rank the note writes "number one" gets a source's value past ninety-nine in digits.
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
});
