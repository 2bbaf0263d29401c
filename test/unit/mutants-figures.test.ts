// Figure extraction and rendering (server/src/engine/figures): written against the mutants of
// scripts/mutate-sample.mjs that survived — markers and code that hide a number, decades and
// fiscal years, hedges on a duration, vague amounts of money, ranks, and the way a fix writes the
// source's value in the note's style.
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures';
import { atLineStartStrict, isUpper, skipToken, yearAhead } from '../../server/src/engine/figures/chars';
import { describeFigure, formatFigureLike } from '../../server/src/engine/figures/render';
import type { Figure } from '../../server/src/engine/types';

/** "text|kind|value[-high]" of every figure of `text`. */
const figures = (text: string) => extractFigures(text).map((f) => `${f.text}|${f.kind}|${f.value}${f.high !== undefined ? '-' + f.high : ''}`);

/** The single figure of "It was TEXT then." */
function fig(text: string): Figure {
  const f = extractFigures(`It was ${text} then.`);
  assert.equal(f.length, 1, `one figure in ${JSON.stringify(text)}: ${JSON.stringify(f.map((x) => x.text))}`);
  return f[0];
}

describe('figures: the mutants that survived the sample', () => {
  describe('numbers that are not figures', () => {
    it('an issue "#12" or a handle "@12" is a name, not a count', () => {
      assert.deepEqual(figures('Issue #12 was closed after 3 days.'), ['3 days|duration|3']);
      assert.deepEqual(figures('Mail @12 now, 4 people.'), ['4|count|4']);
    });
    it('inline code, of one or two backticks, hides its numbers and nothing after it', () => {
      assert.deepEqual(figures('Run `cmd 5` then 6 times.'), ['6|count|6']);
      assert.deepEqual(figures('Run ``cmd 5`` then 6 times.'), ['6|count|6']);
    });
    it('a fenced block hides its numbers across a blank line, and closes on a tab-indented fence', () => {
      assert.deepEqual(figures('```\na 5\n\nb 6\n```\nIt was 7 then.'), ['7|count|7']);
      assert.deepEqual(figures('```\na 5\n\t```\nIt was 7 then.'), ['7|count|7']);
    });
    it('"0 times" is no multiplier; "2 times" is', () => {
      assert.deepEqual(figures('It was 0 times more likely.'), ['0|count|0']);
      assert.deepEqual(figures('It was 2 times more likely.'), ['2 times|multiplier|2']);
    });
  });

  describe('years', () => {
    it('a decade ends in 0: "1960s" is one, "1965s" nothing', () => {
      assert.deepEqual(figures('In the 1960s it grew.'), ['1960s|year|1960-1969']);
      assert.deepEqual(figures('In the 1965s it grew.'), []);
    });
    it('a fiscal year "2003/04" starts in 1800–2199; "1700/01" is none', () => {
      assert.deepEqual(figures('In 2003/04 it grew by 5%.'), ['2003/04|year|2003-2004', '5%|percent|5']);
      assert.deepEqual(figures('In 1700/01 it grew by 5%.'), ['5%|percent|5']);
    });
  });

  describe('words around a figure', () => {
    it('a duration takes "around" as a hedge, but "over" and "below" name a period, not a bound', () => {
      assert.equal(extractFigures('It took around 3 years.')[0].hedge, 'approx');
      assert.equal(extractFigures('It took below 3 years.')[0].hedge, undefined);
      assert.equal(extractFigures('It took over 3 years.')[0].hedge, undefined);
    });
    it('"thousands of pounds" is money', () => {
      assert.deepEqual(figures('It cost thousands of pounds.'), ['thousands of pounds|currency|1000-9999']);
      assert.equal(extractFigures('It cost thousands of pounds.')[0].unit, 'GBP');
    });
    it('"several thousand pounds" is money; "a few hundred pounds" is left a count', () => {
      assert.deepEqual(figures('It cost several thousand pounds.'), ['several thousand pounds|currency|2000-9000']);
      assert.deepEqual(figures('It cost a few hundred pounds.'), ['a few hundred|count|200-900']);
    });
    it('"number 1 in the chart" is a rank', () => {
      assert.deepEqual(figures('The song was number 1 in the chart.'), ['number 1|ordinal|1']);
    });
    it('"1 in 4" is a share, its denominator read whole ("1,000"), and not when a letter or decimals follow it', () => {
      assert.deepEqual(figures('One in 4 adults in the survey smoke.'), ['One in 4|percent|25']);
      assert.deepEqual(figures('1 in 1,000 people in the town voted.'), ['1 in 1,000|percent|0.1']);
      assert.deepEqual(figures('It was 1 in 4.5 in the end.'), []);
      assert.deepEqual(figures('About 1 in 4x of them.'), []);
    });
    it('"two thirds of the voters" is a share', () => {
      assert.deepEqual(figures('Two thirds of the voters came.'), ['Two thirds|percent|66.67']);
    });
    it('a bare pair above 10 is a range, not a score', () => {
      assert.deepEqual(figures('It was 12-15, the report said.'), ['12-15|count|12-15']);
      assert.deepEqual(figures('They won 6-3 in the final.'), ['6-3|score|6-3']);
    });
  });

  describe("a fix writes the source's value in the note's style", () => {
    it('one year is singular where the note wrote years', () => {
      assert.equal(formatFigureLike(fig('1 year'), fig('3 years')), '1 year');
    });
    it("the note's plus sign is kept", () => {
      assert.equal(formatFigureLike(fig('7%'), fig('+5%')), '+7%');
    });
    it("in words up to 999, as the note wrote its number", () => {
      assert.equal(formatFigureLike(fig('999'), fig('two hundred')), 'nine hundred and ninety-nine');
    });
    it("zero keeps the note's decimals", () => {
      assert.equal(formatFigureLike(fig('0%'), fig('1.5%')), '0.0%');
    });
    it('an ordinal past a thousand has no comma unless the note wrote one', () => {
      const ord = (t: string) => extractFigures(`He came ${t} in the race.`)[0];
      assert.equal(formatFigureLike(ord('1234th'), ord('5th')), '1234th');
    });
    it('half a million is described in digits', () => {
      assert.equal(describeFigure(fig('0.5 million')), '500,000');
    });
  });

  describe('character helpers (chars.ts)', () => {
    it('isUpper: Latin-1 capitals, not the multiplication sign', () => {
      assert.equal(isUpper('É'.charCodeAt(0)), true);
      assert.equal(isUpper('×'.charCodeAt(0)), false);
      assert.equal(isUpper('é'.charCodeAt(0)), false);
    });
    it('skipToken: a token runs through letters, digits, "_" and "@"', () => {
      const t = '#ab_12@x y';
      assert.equal(skipToken(t, 1, t.length), t.indexOf(' '));
    });
    it('atLineStartStrict: spaces and tabs before, then a line break or the start', () => {
      assert.equal(atLineStartStrict('x\n\t\t```', 4), true);
      assert.equal(atLineStartStrict('x\n  ```', 4), true);
      assert.equal(atLineStartStrict('x a```', 3), false);
    });
    it('yearAhead: four digits, no fifth', () => {
      assert.equal(yearAhead('2004 x', 0, 6), true);
      assert.equal(yearAhead('abcd x', 0, 6), false);
      assert.equal(yearAhead('20045', 0, 5), false);
      assert.equal(yearAhead('2e03 x', 0, 6), false, 'a number in the 1800-2199 range, but not four digits');
    });
  });
});
