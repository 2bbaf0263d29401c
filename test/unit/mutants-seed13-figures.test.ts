// Figure extraction at edges seed 13 of the mutation sample found untested (scripts/mutate-sample.mjs
// --seed 13, README "Tests"), in made-up sentences. Each case fails with its seed-13 mutant applied:
// a glued scale at the very end of the region read, "400-a-week", "a.m" cut by the region's end, a
// currency symbol at the region's end, "a third of an hour", "one in 5 per day", and a fix's text
// reaching a scale exactly ("one billion", not "1,000 million"); a figure starting before the
// region read ("US$5m" read from its "$") is not reported; a year glued to a day and month by "-"
// or "/" does not take the day's place as "a year that follows" does.
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures';
import { formatLike } from '../../server/src/engine/figures/render';
import { read } from '../helpers/figureReads';

describe('seed 13 survivors: figures', () => {
  it('a glued scale ending exactly at the region read is a scale, whatever letter follows outside it: "5bn"', () => {
    const text = 'Sales hit 5bnz';
    assert.deepEqual(read(text, 0, text.indexOf('z')), ['5bn|count|5000000000||10|']);
  });

  it('"400-a-week" keeps its number though it has no separator or currency', () => {
    assert.deepEqual(read('Pay is 400-a-week.'), ['400|count|400||7|']);
  });

  it('"10 a" cut by the region\'s end before ".m" is no time of day: the number stays', () => {
    const text = 'It starts at 10 a.m. sharp';
    assert.deepEqual(read(text, 0, text.indexOf('.m')), ['10|count|10||13|']);
  });

  it('a currency symbol at the region\'s end, its digits outside it, is no figure', () => {
    const text = 'It cost $5 then.';
    assert.deepEqual(read(text, 0, text.indexOf('5')), []);
  });

  it('"a third of an hour", "two thirds of an hour": a time, no share', () => {
    assert.deepEqual(read('It took a third of an hour.'), []);
    assert.deepEqual(read('It took two thirds of an hour.'), []);
  });

  it('"one in 5 per day" is a rate, no share', () => {
    assert.deepEqual(read('One in 5 per day fell ill.'), []);
  });

  it('a fix\'s value exactly at a scale takes that scale\'s word: "one billion dollars", not "1,000 million"', () => {
    const like = extractFigures('It earned five million dollars.')[0];
    assert.equal(like.text, 'five million dollars');
    assert.equal(formatLike(1e9, undefined, like), 'one billion dollars');
  });

  it('a figure that starts before the region read is not reported: "US$5m" read from its "$" or its "S"', () => {
    const text = 'It cost US$5m in all.';
    assert.deepEqual(read(text), ['US$5m|currency|5000000|USD|8|']);
    assert.deepEqual(read(text, text.indexOf('$')), []);
    assert.deepEqual(read(text, text.indexOf('S$')), []);
  });

  it('a day and month keep their date when a year is glued on by "-" or "/"; after a space the year is the figure', () => {
    assert.deepEqual(read('It shut on 7 September-2004.'), ['7 September|date|907||11|']);
    assert.deepEqual(read('It shut on May 1st/2004.'), ['May 1st|date|501||11|']);
    assert.deepEqual(read('It shut on 7 September 2004.'), ['2004|year|2004||23|']);
  });
});
