// The frame readings at edges seed 16 of the mutation sample found untested
// (scripts/mutate-sample.mjs --seed 16, docs/mutation-testing.md "Session 22"). Each case fails with
// its seed-16 mutant applied and passes without it.
import * as assert from 'node:assert/strict';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';

describe('seed 16 survivors: frames', () => {
  it('a square bracket closes a clause as a round one does: "Kelby said [sales] rose 5%" names no metric', () => {
    const lex = new Lexicon();
    for (const s of ['Kelby said [sales] rose 5%.', 'Kelby said (sales) rose 5%.']) assert.deepEqual(frameIn(lex, s, '5%').metric, [], s);
  });

  it('a part of the year after the figure with no "in" before it does not end the metric: "$300m third quarter profit"', () => {
    const lex = new Lexicon();
    const f = frameIn(lex, 'Kelby made $300m third quarter profit.', '$300m');
    assert.ok(f.metric.includes('profit'), f.metric.join(' '));
    assert.equal(f.period.quarter, 3);
  });

  it('"the gap between" measures the gap only between two things joined by "and"', () => {
    const lex = new Lexicon();
    assert.ok(frameIn(lex, 'The gap between exports and imports hit $300m.', '$300m').metric.includes('deficit'));
    assert.ok(!frameIn(lex, 'The gap between Kelby exports hit $300m.', '$300m').metric.includes('deficit'));
  });

  it('"in" after a figure opens what it measures only for money: "$300m in bonds", not "300 in stock"', () => {
    const lex = new Lexicon();
    // (its head: the sum raised adds 'raise' after it — session 40)
    assert.equal(frameIn(lex, 'Kelby raised $300m in bonds.', '$300m').metric[0], 'bond');
    assert.deepEqual(frameIn(lex, 'Kelby had 300 in stock.', '300').metric, []);
  });

  it('"of" before a year is its preposition unless a filler word stands before it: "the class of 2004", "by the end of 2004"', () => {
    const lex = new Lexicon();
    assert.equal(frameIn(lex, 'The class of 2004 won.', '2004').prep, 'of');
    assert.equal(frameIn(lex, 'Kelby was founded by the end of 2004.', '2004').prep, 'by');
  });

  it('a month written before a year dates the figure, even "may" in lower case', () => {
    const lex = new Lexicon();
    assert.deepEqual(frameIn(lex, 'Kelby sold 300 vans in may 2004.', '300').period, { year: 2004, month: 5 });
    assert.deepEqual(frameIn(lex, 'Kelby sold 300 vans in 2004, it may be said.', '300').period, { year: 2004 });
  });

  it('a name two words before a number at the end of a sentence makes no age of it: "Kelby sold 30."', () => {
    const lex = new Lexicon();
    assert.equal(frameIn(lex, 'Kelby sold 30.', '30').role, 'level');
    assert.equal(frameIn(lex, 'Harlan Kelby scored 24.', '24').role, 'level');
    assert.equal(frameIn(lex, 'Harlan Kelby was 24 when he won.', '24').role, 'age');
  });

  it('a closing quote after a year is no possessive: "‘the good year, 2004’." still dates the figure', () => {
    const lex = new Lexicon();
    assert.equal(frameIn(lex, 'Sales rose 5% in what Kelby called ‘the good year, 2004’.', '5%').period.year, 2004);
    assert.equal(frameIn(lex, 'Kelby called it ‘the year of 2004’, and sales rose 5%.', '5%').period.year, 2004);
  });

  it('a function word after "to" is no verb: "rose to a record 300 vans" measures vans and sales, not "a"', () => {
    const lex = new Lexicon();
    assert.deepEqual(frameIn(lex, 'Sales rose to a record 300 vans.', '300').metric, ['van', 'revenue']);
  });

  it('a year of the figure\'s clause stands against a "currently" of another: "Kelby, currently the leader, made $300m in 2004"', () => {
    const lex = new Lexicon();
    assert.deepEqual(frameIn(lex, 'Kelby, currently the leader, made $300m in 2004.', '$300m').period, { year: 2004 });
    assert.deepEqual(frameIn(lex, 'Kelby sold 300 vans in 2004, and is currently the biggest seller.', '300').period, { year: 2004 });
  });
});
