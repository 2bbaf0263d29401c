// Figure extraction, description and writing, and block quotes in notes, at the edges seed 6 of
// the mutation sample found untested (scripts/mutate-sample.mjs --seed 6, README "Tests"): what
// each made-up sentence holds — text, kind, value or range, unit, start, hedge — read whole or to an
// end; how a figure is described and a value written the way the note wrote it; a block quote
// closed by a hyphen before its citation. Each case fails with its seed-6 mutant applied.
import * as assert from 'node:assert/strict';
import { describeFigure, formatLike } from '../../server/src/engine/figures/render';
import { only, read } from '../helpers/figureReads';
import { parseNote } from '../../server/src/engine/notes';


describe('seed 6 survivors: figures and block quotes', () => {
  const cases: [string, string, string[]][] = [
    ['"number 0" in a chart is no rank (ranks start at 1)', 'It rose to number 0 in the chart.', []],
    ['"number 8.5" in a chart is no rank either', 'It rose to number 8.5 in the chart.', []],
    ['a number right after a name glued to digits belongs to the name', 'Nvidia sold the H100 80 units to them.', []],
    ['"1 in 1" is no share', 'Only 1 in 1 homes had power.', []],
    ['"three in two" is no share (more than the whole)', 'Only three in two came.', []],
    ['"two in three" and "one in two" are', 'Only two in three came; one in two left.', ['two in three|percent|66.67|percent|5|', 'one in two|percent|50|percent|24|']],
    ['the fourth quarter is a quarter', 'Sales rose in Q4 2025.', ['Q4 2025|quarter|2025.75||14|']],
    ['the second half is its year', 'Sales rose in H2 2024.', ['2024|year|2024||17|']],
    ['a quarter of 2199, the last year read, is a quarter', 'Sales rose in Q3 2199.', ['Q3 2199|quarter|2199.5||14|']],
    ['a quarter of 2200 is not', 'Sales rose in Q3 2200.', []],
    ['"two dozen" is 24', 'They sold two dozen eggs.', ['two dozen|count|24||10|']],
    ['"two hundred to three hundred" is no "two hundred and three"', 'Some two hundred to three hundred came.', ['two hundred|count|200||5|approx', 'three hundred|count|300||20|']],
    ['nor is "one hundred or ninety"', 'one hundred or ninety people came', ['one hundred|count|100||0|', 'ninety|count|90||15|']],
    ['"a five-second pause" is no ordinal "seventh"', 'a five-second pause', []],
    ['a plus sign at the start of a line is the figure\'s', '+5% in May', ['+5%|percent|5|percent|0|', 'May|date|500||7|']],
    ['a change word before a comma makes "8% to 9%" a change, not a range', 'Prices rose, 8% to 9%.', ['8%|percent|8|percent|13|', '9%|percent|9|percent|19|']],
    ['without a change word it is a range', 'Prices, 8% to 9%.', ['8% to 9%|percent|8-9|percent|8|']],
    ['a clock time with "am" is a time of day, no count (session 50)', 'The shop opens at 9 am daily.', ['9 am|time|540|am|18|']],
    ['"pounds sterling" is one currency', 'It cost 5 million pounds sterling.', ['5 million pounds sterling|currency|5000000|GBP|8|']],
    ['"the second place" is a rank', 'She took the second place.', ['second|ordinal|2||13|']],
    ['"in the first place" is an idiom', 'She finished in the first place.', []],
    ['"a third" at a clause\'s end is a share', 'They cut it by a third.', ['a third|percent|33.33|percent|15|']],
    ['"a third" before a closing bracket is not', 'They cut it by a third)', []],
    ['a web address hides its numbers', 'The file at https://data.example.org/2021/table-45.csv lists 300 rows.', ['300|count|300||61|']],
    ['and all of them, up to a space', 'See https://example.org/a,2021,45%,$300 or https://example.org/(2021)/45 today.', []],
    ['"New Zealand dollars" and "Hong Kong dollars" are currencies', 'It cost 5 million New Zealand dollars, or 9 million Hong Kong dollars.', ['5 million New Zealand dollars|currency|5000000|NZD|8|', '9 million Hong Kong dollars|currency|9000000|HKD|42|']],
  ];
  for (const [what, text, expected] of cases) it(`${what}: "${text}"`, () => assert.deepEqual(read(text), expected));

  it('read to an end, a number takes no digit group from past it', () => {
    assert.deepEqual(read('It cost 1,234 pounds', 0, 12), []);
    assert.deepEqual(read('It cost 1,234 pounds', 0, 13), ['1,234|count|1234||8|']);
    assert.deepEqual(read('It cost 1,234,567 pounds', 0, 13), ['1,234|count|1234||8|']);
    assert.deepEqual(read('It cost 1,234,567 pounds', 0, 17), ['1,234,567|count|1234567||8|']);
  });

  it('describes a range of percentage points in the plural, and a range of counts at two scales by both', () => {
    assert.equal(describeFigure(only('Rates rose 1-2 percentage points.')), '1–2 percentage points');
    assert.equal(describeFigure(only('Rates rose 1 percentage point.')), '1 percentage point');
    assert.equal(describeFigure(only('They hired 5 million-20 million people.')), '5–20 million');
    assert.match(describeFigure(only('They hired 0.5-2 million people.')), /^500,000–2(\.0)? million$/);
  });

  it('writes a span of years the way the note wrote it, spaces around the dash included', () => {
    const y = only('In 2019 – 20 sales rose.');
    assert.equal(y.kind, 'year');
    assert.equal(formatLike(2021, 2022, y), '2021 – 22');
    assert.equal(formatLike(2021, 2022, only('In 2019-20 sales rose.')), '2021-22');
  });

  it('a block quote closed by a hyphen before its citation: the quote without the hyphen', () => {
    const Q = 'The ferry will stop running in the winter months';
    const quotes = (t: string) => parseNote(t).quotes.filter((q) => q.block).map((q) => [q.text, q.start, q.end]);
    for (const sep of ['-', '--', '\u2013', '\u2014']) assert.deepEqual(quotes(`> ${Q} ${sep} [@port]\n`), [[Q, 2, 2 + Q.length]], sep);
    assert.deepEqual(quotes(`> "${Q}" - [@port]\n`), [[Q, 3, 3 + Q.length]], 'in quote marks');
  });
});
