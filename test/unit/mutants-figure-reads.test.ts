// Figure extraction and rendering at edges seed 5's sample left untested (scripts/mutate-sample.mjs
// --seed 5, README "Tests"): what each of these made-up sentences holds — text, kind, value or
// range, unit, start, hedge — read whole or from an offset to an end; and how a figure is described
// and a value written the way a note wrote its figure.
import * as assert from 'node:assert/strict';
import { describeFigure, formatLike } from '../../server/src/engine/figures/render';
import { only, read } from '../helpers/figureReads';


describe('figure reads: the survivors of seed 5', () => {
  const cases: [string, string, string[]][] = [
    ['"under" before a duration is how long it took, not a bound', 'The plant was finished in under 3 years.', ['3 years|duration|3|year|32|']],
    ['"about" before a duration is a hedge', 'The plant was finished in about 3 years.', ['3 years|duration|3|year|32|approx']],
    ['a capital after "&" makes the word before a number a name', 'Sales at the b&Q 2 store rose.', []],
    ['"1 in 10 percent" is no share', 'Only 1 in 10 percent of cases failed.', []],
    ['"twenty ten" is no sum of tens and ones', 'They sold twenty ten units.', ['twenty|count|20||10|', 'ten|count|10||17|']],
    ['"twenty-nine" is', 'They sold twenty-nine units.', ['twenty-nine|count|29||10|']],
    ['"two to two years" is no range', 'It took two to two years.', ['two|count|2||8|', 'two years|duration|2|year|15|']],
    ['"two to three years" is', 'It took two to three years.', ['two to three years|duration|2-3|year|8|']],
    ['"1 percentage point", singular, is a change in points', 'Rates rose 1 percentage point.', ['1 percentage point|percent|1|pp|11|']],
    ['a range of hours then minutes are two durations', 'A wait of 1-2 hours 30 minutes.', ['1-2 hours|duration|1-2|hour|10|', '30 minutes|duration|30|minute|20|']],
    ['a minus before a currency sign is not the sign of the amount', 'A loss of -$5 million.', ['$5 million|currency|5000000|USD|11|']],
    ['nor a minus sign before a pound sign', 'It fell \u2212\u00a320 in a day.', ['\u00a320|currency|20|GBP|9|']],
    ['a minus glued to a number is its sign', 'It fell by -5 units.', ['-5|count|-5||11|']],
    ['a pair above 20 by a name is a scoreline', 'Petra Quill 20-18 6-1', ['20-18|score|20-18||12|', '6-1|score|6-1||18|']],
    ['a small bare pair up to 10 at the end of a sentence is a score', 'The result was 2-10.', []],
    ['year-like amounts joined by "to" before a currency word are money, not years', 'It cost 1999 to 2001 dollars.', ['1999 to 2001 dollars|currency|1999-2001|USD|8|']],
    ['an en dash with spaces joins a range only after a space', 'It grew 4)\u2013 6 units', ['4|count|4||8|', '6|count|6||12|']],
  ];
  for (const [what, text, expected] of cases) it(`${what}: "${text}"`, () => assert.deepEqual(read(text), expected));

  it('read from an offset to an end, a figure takes nothing from outside them', () => {
    assert.deepEqual(read('x -5 units', 3), ['5|count|5||3|'], 'no sign from before the offset');
    assert.deepEqual(read('He is 30-year-olds', 0, 17), ['30|count|30||6|'], 'an age ends at the end, whatever follows it');
    assert.deepEqual(read('went to number 1s', 0, 16), ['number 1|ordinal|1||8|'], 'a chart rank ends at the end');
  });

  it('describes a change of one percentage point in the singular, a vague amount in its words', () => {
    assert.equal(describeFigure(only('Rates rose 1 percentage point.')), '1 percentage point');
    assert.equal(describeFigure(only('Rates rose 2 percentage points.')), '2 percentage points');
    assert.equal(describeFigure(only('It cost millions of dollars.')), 'millions of dollars');
    assert.equal(describeFigure(only('The deal was worth billions of dollars.')), 'billions of dollars');
  });

  it('writes a value like the note: a week in words, a time in parts to the note\'s decimals', () => {
    const week = only('It lasted one week.');
    assert.equal(formatLike(2, undefined, week), 'two weeks');
    assert.equal(formatLike(1, undefined, week), 'one week');
    assert.equal(formatLike(113.5, undefined, only('It took 1 minute 53.25 seconds.')), '1 minute 53.50 seconds');
    assert.equal(formatLike(2, undefined, only('Rates rose 1 percentage point.')), '2 percentage points');
  });
});
