// Figure extraction at edges seed 14 of the mutation sample found untested
// (scripts/mutate-sample.mjs --seed 14, README "Tests"), in made-up sentences. Each case fails with
// its seed-14 mutant applied: the day 1 of a date is a day like any other, not a count of one; an
// ordinal before a word opening on "a" ("the 5th album") is a rank, as before any other lower-case
// word; a unit glued to a digit after it ("5km2", square kilometres) is no reading in km; a rising
// pair before a capitalised word ("lost 1-2 Chelsea") is a score, not dropped as a range; and a
// plain year has no short form of its own in messages (only a fiscal year or a decade has one);
// a short form past the largest scale word keeps its thousands separator ("$5,000 trillion").
// Session 19: a span of years and a money range in messages ("1998–2003", "$5–$7 million").
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures';
import { describeFigure } from '../../server/src/engine/figures/render';
import { describeFamily } from '../../server/src/engine/figures/renderFamilies';

const read = (s: string) => extractFigures(s).map((f) => [f.text, f.kind]);

describe('seed 14 survivors: figures', () => {
  it('"May 1, 2004": the 1 is the day of the date, no count of one (as the 2 of "May 2")', () => {
    assert.deepEqual(read('The shop opened on May 1, 2004.'), [['2004', 'year']]);
    assert.deepEqual(read('The shop opened on May 2, 2004.'), [['2004', 'year']]);
  });

  it('an ordinal before a lower-case word opening on "a" is a rank: "the 5th album", "the 20th anniversary"', () => {
    assert.deepEqual(read('She released the 5th album of her career.'), [['5th', 'ordinal']]);
    assert.deepEqual(read('It is the 20th anniversary of the band.'), [['20th', 'ordinal']]);
  });

  it('"5km2" is not 5 km: a unit with a digit glued after it is another unit', () => {
    assert.deepEqual(read('He ran 5km2 in the park.'), []);
    assert.deepEqual(extractFigures('He ran 5km in the park.').map((f) => [f.text, f.unit]), [['5km', 'km']]);
  });

  it('a rising pair before a capitalised word is a score: "Leeds lost 1-2 Chelsea", "won 2-3 Sunday"', () => {
    assert.deepEqual(read('Leeds lost 1-2 Chelsea in the cup.'), [['1-2', 'score']]);
    assert.deepEqual(read('Leeds won 2-3 Sunday.'), [['2-3', 'score']]);
  });

  it('a plain year has no short form in messages; a fiscal year and a decade have theirs', () => {
    const short = (s: string) => extractFigures(s).map((f) => describeFamily(f));
    assert.deepEqual(short('In 2004 sales fell.'), [undefined]);
    assert.deepEqual(short('In 2003/04 sales fell.'), ['2003/04']);
    assert.deepEqual(short('In the 1990s sales fell.'), ['1990s']);
  });

  it('a short form past the largest scale word keeps its thousands separator: "$5,000 trillion"', () => {
    assert.deepEqual(extractFigures('The debt hit $5,000 trillion.').map(describeFigure), ['$5,000 trillion']);
    assert.deepEqual(extractFigures('The debt hit $1,500bn.').map(describeFigure), ['$1.5 trillion']);
  });

  it('messages give a span of years with a dash, and a money range with its scale word once', () => {
    assert.deepEqual(extractFigures('The plant ran from 1998-2003.').map(describeFigure), ['1998–2003']);
    assert.deepEqual(extractFigures('Bids of $5m-$7m were made.').map(describeFigure), ['$5–$7 million']);
    assert.deepEqual(extractFigures('Bids of £5m-£7bn were made.').map(describeFigure), ['£5 million–£7 billion']);
  });
});
