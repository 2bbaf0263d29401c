// Claim frames at edges seed 12 of the mutation sample found untested (scripts/mutate-sample.mjs
// --seed 12, README "Tests"), in made-up sentences: "the whole year 2004" is no whole year, "went up
// to 1990 levels" is no return, a year after "and" that follows no year, a count after the change's
// noun, a nationality's plural, "could be sold" (no "have": a plan, not what would have happened),
// a rate glued to its figure only in a unit of time
// or the like ("£5-a-day", not "£5-a-bag"), the words after a figure before a closing bracket, a
// change noun's object with a determiner, an ordinal after "under" that is no age. Each case fails
// with its seed-12 mutant applied.
import * as assert from 'node:assert/strict';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';

describe('seed 12 survivors: frames', () => {
  let lex: Lexicon;
  beforeEach(() => {
    lex = new Lexicon();
  });

  it('"the whole year 2004" is not "the whole of 2004": no whole year is said', () => {
    assert.deepEqual(frameIn(lex, 'Sales for the whole year 2004 rose 5%.', '5%').period, { year: 2004 });
    assert.deepEqual(frameIn(lex, 'Profits for the whole of 2004 rose 5% to $3bn.', '5%').period, { year: 2004, annual: true });
  });

  it('"went up to 1990 levels" is a rise to a level, not a return to a date', () => {
    const f = frameIn(lex, 'Prices went up to 1990 levels at $40.', '1990');
    assert.equal(f.prep, 'to');
    assert.equal(f.direction, 'up');
  });

  it('a year after "and" shares no preposition unless a figure stands before the "and"', () => {
    assert.deepEqual(frameIn(lex, 'Sales of beer and 2004 Olympics tickets rose 5%.', '5%').period, {});
  });

  it('a count after a change\'s noun ("a 19% rise in 40 shops") is not what the change measures; a year there is skipped', () => {
    const f = frameIn(lex, 'Acme saw a 19% rise in 40 shops.', '19%');
    assert.equal(f.metric.includes('shop'), false);
    assert.equal(f.counted, 0);
    assert.equal(frameIn(lex, 'Acme saw a 19% surge in 2004 sales.', '19%').metric.includes('revenue'), true);
  });

  it('a nationality\'s plural is its country: "Germans" is germany', () => {
    assert.deepEqual(frameIn(lex, 'About 80% of Germans own a car.', '80%').names, ['germany']);
  });

  it('"could be sold" is a plan; only "could have" + participle is what would have happened', () => {
    assert.equal(frameIn(lex, 'Acme could be sold for $5m in 2005.', '$5m').period.mode, 'plan');
    assert.equal(frameIn(lex, 'Acme could have made $5m more in 2004.', '$5m').period.mode, 'hypothetical');
  });

  it('a rate glued to its figure counts per a rate unit only: "£5-a-day", not "£5-a-bag"', () => {
    assert.equal(frameIn(lex, 'Shops add a £5-a-day charge.', '£5').per, 'day');
    assert.equal(frameIn(lex, 'Shops add a £5-a-bag charge.', '£5').per, undefined);
  });

  it('the words after a figure are its noun phrase even when a closing bracket follows them', () => {
    const f = frameIn(lex, '(Acme sold 500 new cars) in 2004.', '500');
    assert.equal(f.metric.includes('car'), true, f.metric.join(' '));
    assert.equal(f.counted, 2);
  });

  it('a change noun\'s object may hold a determiner: "Growth in the retail sales was 5%" is a change', () => {
    assert.equal(frameIn(lex, 'Growth in the retail sales was 5% in May.', '5%').role, 'change');
    assert.equal(frameIn(lex, 'The rise in the sales was 5%.', '5%').role, 'change');
  });

  it('a bound of a group of people is an age only for a bare number: "under 16" is, "under 20th place" is not', () => {
    assert.equal(frameIn(lex, 'Children under 16 pay $5.', '16').role, 'age');
    assert.equal(frameIn(lex, 'Players under 20th place were paid $5.', '20th').role, 'level');
  });
});
