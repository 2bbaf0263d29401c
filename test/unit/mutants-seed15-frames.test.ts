// Claim frames at edges seed 15 of the mutation sample found untested (scripts/mutate-sample.mjs
// --seed 15, README "Tests"), in made-up sentences. Each case fails with its seed-15 mutant applied:
// a trade partner exactly `partnerReach` tokens before the figure is still read; a month that dates
// the statement is not the period of a figure a stretch ahead already dates ("over the coming 12
// months, the bank said in May"); a change with a direction of its own keeps it after "and", not
// taking the direction of the change before ("Sales rose 5% and exports down 7%"); "over the
// previous 12 months" is a stretch as "over the past 12 months" is; years joined by "or" are a list;
// "the 4th quarter" is quarter 4.
import * as assert from 'node:assert/strict';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';

describe('seed 15 survivors: frames', () => {
  it('a trade partner exactly as far back as the reach allows is read: "Trade with China rose by a very healthy 30%"', () => {
    const lex = new Lexicon();
    assert.deepEqual(frameIn(lex, 'Trade with China rose by a very healthy 30%.', '30%').partner, ['china']);
    assert.deepEqual(frameIn(lex, 'Trade with China rose by a healthy 30%.', '30%').partner, ['china']);
  });

  it('a stretch ahead dates the figure: the month the statement was made is not its period', () => {
    const lex = new Lexicon();
    for (const s of ['Prices will rise 3% over the coming 12 months, the bank said in May.', 'The bank said in May that prices would rise 3% over the coming 12 months.']) {
      const { period } = frameIn(lex, s, '3%');
      assert.deepEqual([period.span, period.month], ['12month', undefined], s);
    }
  });

  it('a change after "and" with a direction of its own keeps it: "Sales rose 5% and exports down 7%" is a fall', () => {
    const lex = new Lexicon();
    assert.equal(frameIn(lex, 'Sales rose 5% and exports down 7%.', '7%').direction, 'down');
    assert.equal(frameIn(lex, 'Sales rose 5% and down 7%.', '7%').direction, 'down');
    assert.equal(frameIn(lex, 'Sales rose 5% and profits 7%.', '7%').direction, 'up');
  });

  it('"over the previous 12 months" is a stretch the figure covers, as "over the past 12 months" is', () => {
    const lex = new Lexicon();
    assert.equal(frameIn(lex, 'Sales rose 5% over the previous 12 months.', '5%').period.span, '12month');
    assert.equal(frameIn(lex, 'Sales rose 5% over the past 12 months.', '5%').period.span, '12month');
  });

  it('years joined by "or" are a list, as years joined by "and" are: "in 2003 or 2004"', () => {
    const lex = new Lexicon();
    assert.equal(frameIn(lex, 'Sales peaked at 5,000 in 2003 or 2004.', '5,000').period.listed, true);
    assert.equal(frameIn(lex, 'Sales peaked at 5,000 in 2003 and 2004.', '5,000').period.listed, true);
  });

  it('"the 4th quarter" written with a digit is quarter 4', () => {
    const lex = new Lexicon();
    assert.equal(frameIn(lex, 'Profits rose 5% in the 4th quarter.', '5%').period.quarter, 4);
  });
});
