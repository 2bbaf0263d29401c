// Figure extraction at edges seed 8 of the mutation sample found untested
// (scripts/mutate-sample.mjs --seed 8, README "Tests"), in made-up sentences: a year-like mantissa
// with a scale, a fiscal year written with a separator or a currency sign, a quarter whose year is
// not four digits, "O levels", "times" with nothing after it, a range's decimals, a rank past 31
// written with a comma, "×" at a read's end, the unit of "percent", dollars of two-word nations,
// a name and number after an opening bracket and quote, and significant digits after leading zeros.
// Each case fails with its seed-8 mutant applied.
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures';
import { writtenDigits } from '../../server/src/engine/figures/agree';
import { describeFigure, formatLike } from '../../server/src/engine/figures/render';
import { only, read } from '../helpers/figureReads';

describe('seed 8 survivors: figures', () => {
  it('reads each sentence as a reader would (text|kind|value[-high]|unit|start|hedge)', () => {
    const cases: [string, string[]][] = [
      // a four-digit mantissa 1800–2199 is a year only unscaled
      ['Revenue was 1990 million people.', ['1990 million|count|1990000000||12|']],
      ['They sold 2000m units.', ['2000m|count|2000000000||10|']],
      // a fiscal year is four plain digits: not with a group separator or a currency sign
      ['In 2003/04 sales rose.', ['2003/04|year|2003-2004||3|']],
      ['In 1,999/2000 sales rose.', []],
      ['In $2003/04 sales rose.', []],
      // a quarter's year is four digits
      ['In Q3 2020 sales rose.', ['Q3 2020|quarter|2020.5||3|']],
      ['In Q3 20a0 sales rose.', []],
      // "O levels" are no o'clock: the count stays
      ['She passed five O levels in 1990.', ['five|count|5||11|', '1990|year|1990||28|']],
      // "times" is a multiplier only before "as", "over" and the like
      ['He called five times.', ['five|count|5||10|']],
      ['He called five times as often.', ['five times|multiplier|5||10|']],
      // "the 1,000th": past 31 with its comma, no day of a month
      ['the 1,000th of its kind came.', ['1,000th|ordinal|1000||4|']],
      // the dollars of Hong Kong and New Zealand, both words
      ['It cost 500 Hong Kong dollars.', ['500 Hong Kong dollars|currency|500|HKD|8|']],
      ['It cost 500 New Zealand dollars.', ['500 New Zealand dollars|currency|500|NZD|8|']],
      ['It cost 500 Hong Xong dollars.', ['500|count|500||8|']],
      ['It cost 500 New Kong dollars.', ['500|count|500||8|']],
      ['It cost 500 Big Kong dollars.', ['500|count|500||8|']],
      // a name and its number after an opening bracket and quote: no figure
      ['("Apollo 11 flew.', []],
      // "percent" and "per cent" written out: the unit is "percent"
      ['Costs rose 5 percent.', ['5 percent|percent|5|percent|11|']],
      ['Costs rose 5 per cent.', ['5 per cent|percent|5|percent|11|']],
    ];
    for (const [text, want] of cases) assert.deepEqual(read(text), want, text);
  });

  it('"×" ends a multiplier when the read ends after it, whatever the text goes on with', () => {
    const text = 'Costs rose 3×y over.';
    assert.deepEqual(read(text, 0, 13), ['3×|multiplier|3||11|']);
    assert.deepEqual(read('Costs rose 3× over.'), ['3×|multiplier|3||11|']);
  });

  it('a range keeps the more precise of its two ends: the other is written with as many decimals', () => {
    const cases: [string, string, string][] = [
      ['Between 1.5-2 million people came.', '1.5–2.0 million', '3.0'],
      ['Between 1.25 and 2 million people came.', '1.25–2.00 million', '3.00'],
      ['Between 1.5 and 2 percent came.', '1.5–2.0%', '3.0 percent'],
    ];
    for (const [text, described, fix] of cases) {
      const f = extractFigures(text)[0];
      assert.equal(describeFigure(f), described, text);
      assert.equal(formatLike(3, undefined, f), fix, text);
    }
  });

  it('significant digits as written leave out every leading zero', () => {
    assert.equal(writtenDigits(only('Spending was 0.005 of output.')), 1);
    assert.equal(writtenDigits(only('Spending was 0.0120 of output.')), 2);
    assert.equal(writtenDigits(only('Spending was 12.1 of output.')), 3);
  });
});
