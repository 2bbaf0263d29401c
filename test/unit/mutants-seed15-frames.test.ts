// Claim frames at edges seed 15 of the mutation sample found untested (scripts/mutate-sample.mjs
// --seed 15, README "Tests"), in made-up sentences. Each case fails with its seed-15 mutant applied:
// a trade partner exactly `partnerReach` tokens before the figure is still read; a month that dates
// the statement is not the period of a figure a stretch ahead already dates ("over the coming 12
// months, the bank said in May"); a change with a direction of its own keeps it after "and", not
// taking the direction of the change before ("Sales rose 5% and exports down 7%"); "over the
// previous 12 months" is a stretch as "over the past 12 months" is; years joined by "or" are a list;
// "the 4th quarter" is quarter 4.
// Session 21 (lines as at 1258048): only a comma opens a short apposition (clauses.ts 63); a figure
// inside a hyphened word has no token, and an empty frame (frame.ts 71); a change with no metric
// takes the one before it only past dates and spans (frame.ts 126); only "up" or "down" is a
// phrasal verb's particle (role.ts 121); a word opening on a digit is no acronym (tokens.ts 106);
// "from" before a word is no other end of a change (walk.ts 85).
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

  it('only a comma opens a short apposition: after a colon, "the Ostra van, which sold 300 units" names what sold them', () => {
    const lex = new Lexicon();
    assert.deepEqual(frameIn(lex, 'Kelby named its best seller: the Ostra van, which sold 300 units.', '300').subject, ['ostra']);
    assert.deepEqual(frameIn(lex, 'One model led: the Ostra, with sales of 300 units.', '300').subject, ['ostra']);
  });

  it('a figure inside a hyphened word ("mid-2004") is a token of its own since session 41: framed by its sentence\'s words, as the sentence\'s other figures are', () => {
    const lex = new Lexicon();
    const s = 'Sales rose 5% from mid-2004 levels to 300 units.';
    assert.deepEqual([frameIn(lex, s, '2004').role, frameIn(lex, s, '2004').metric], ['date', ['revenue']]);
    assert.equal(frameIn(lex, s, '5%').direction, 'up');
    assert.deepEqual(frameIn(lex, 'Sales hit mid-2004 highs.', '2004').metric, ['revenue']);
  });

  it('a change with no metric takes the one before it only past dates and spans: "Kelby cut 12, a fall of 10%" is no fall of the sales before', () => {
    const lex = new Lexicon();
    assert.deepEqual(frameIn(lex, 'Sales reached $5m, and Kelby cut 12, a fall of 10%.', '10%').metric, []);
  });

  it('only "up" or "down" after a phrasal verb is its particle: "made gains of 300 units", "showed growth of £5m" are rises', () => {
    const lex = new Lexicon();
    for (const [s, f] of [['Kelby made gains of 300 units last year.', '300'], ['Kelby showed growth of £5m.', '£5m']]) {
      const fr = frameIn(lex, s, f);
      assert.deepEqual([fr.role, fr.direction], ['change', 'up'], s);
    }
  });

  it('a word that opens on a digit is no acronym, whatever its capitals: "4WD cars" name nobody', () => {
    const lex = new Lexicon();
    const fr = frameIn(lex, 'Sales of 4WD cars rose 5%.', '5%');
    assert.deepEqual([fr.subject, fr.names, fr.metric.includes('4wd')], [[], [], true]);
    assert.deepEqual(frameIn(lex, 'Kelby sold 300 4WD cars.', '300').names, ['kelby']);
  });

  it('"from" before a word is no other end of a change: "rose 5% thanks to orders from abroad in May" is dated May', () => {
    const lex = new Lexicon();
    for (const s of ['Sales rose 5% thanks to orders from abroad in May.', 'Sales rose 5%, led by buyers from Leeds, in May.']) {
      assert.equal(frameIn(lex, s, '5%').period.month, 5, s);
    }
  });
});
