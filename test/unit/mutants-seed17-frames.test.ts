// The frame readings at edges seed 17 of the mutation sample found untested
// (scripts/mutate-sample.mjs --seed 17, docs/mutation-testing.md "Session 23"), in made-up
// sentences. Each case fails with its seed-17 mutant applied and passes without it.
import * as assert from 'node:assert/strict';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';

describe('seed 17 survivors: frames', () => {
  const lex = new Lexicon();
  it('a quarter is a date whatever follows it, as a year is (role.ts roleOf)', () => {
    assert.equal(frameIn(lex, 'Kelby sales of Q3 2004 rose.', 'Q3 2004').role, 'date');
    assert.equal(frameIn(lex, 'Kelby sales of 2004 rose.', '2004').role, 'date');
  });

  it('an owner\'s list item counts what the one before counts only right after that item\'s own figure and owner (frame.ts ownerListed)', () => {
    assert.deepEqual(frameIn(lex, "Unison's 800,000 workers, and Amicus' 20,000.", '20,000').metric, ['staff']);
    assert.deepEqual(frameIn(lex, "Unison has 800,000 workers, and Amicus' 20,000.", '20,000').metric, [], 'no owner before the first item');
    assert.deepEqual(frameIn(lex, "Unison's 800,000 workers live in big old towns, and Amicus' 20,000.", '20,000').metric, [], 'too many words after it');
  });

  it('a particle after a verb names nothing measured: "came back with 300 vans" (metric.ts)', () => {
    assert.deepEqual(frameIn(lex, 'Kelby came back with 300 vans.', '300').metric, ['van']);
  });

  it('a name right before the figure, nothing between, does not end what is measured (metric.ts)', () => {
    assert.deepEqual(frameIn(lex, 'Kelby paid Minto $300m for vans.', '$300m').metric, ['cost']);
    assert.ok(frameIn(lex, 'Van sales rose at Kelby 5% last year.', '5%').metric.includes('revenue'));
  });
});
