// Claim frames at edges seed 13 of the mutation sample found untested (scripts/mutate-sample.mjs
// --seed 13, README "Tests"), in made-up sentences. Each case fails with its seed-13 mutant applied:
// a name that is a nationality plus one letter ("Indiana") is not that nationality's country, and a
// year followed by "and" and a figure that is no year is not a list of years; a sentence opening on
// "Or" before its figure (no token two places back) is read, not thrown on; a share of a whole
// that is itself a figure ("12% of its 4,000 shops") measures what follows that figure; the nearer
// year answers "when", and a farther "the year before" or "last year" adds no relative period.
import * as assert from 'node:assert/strict';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';

describe('seed 13 survivors: frames', () => {
  it('"Indiana" is its own name: a nationality\'s key is found only after a trailing "s" is dropped', () => {
    const lex = new Lexicon();
    assert.deepEqual(frameIn(lex, 'Sales in Indiana rose 4% last year.', '4%').names, ['indiana']);
  });

  it('"in 2003 and 12% in 2004": the year is joined to a percentage, not listed with another year', () => {
    const lex = new Lexicon();
    assert.deepEqual(frameIn(lex, 'Sales rose 4% in 2003 and 12% in 2004.', '4%').period, { year: 2003 });
    assert.equal(frameIn(lex, 'Sales rose 4% in 2003 and 2004.', '4%').period.listed, true);
  });

  it('a sentence opening on "Or" and a figure is read like any other: "Or $4.3m was paid."', () => {
    const lex = new Lexicon();
    assert.deepEqual(frameIn(lex, 'Or $4.3m was paid.', '$4.3m').metric, []);
    assert.deepEqual(frameIn(lex, 'Or 5% of it.', '5%').metric, []);
  });

  it('a share of a whole written as a figure measures what follows the whole: "12% of its 4,000 shops" is shops', () => {
    const lex = new Lexicon();
    assert.deepEqual(frameIn(lex, 'About 12% of its 4,000 shops sold bread.', '12%').metric, ['shop']);
    assert.deepEqual(frameIn(lex, 'Nearly 30% of the 500 staff hired last year were women.', '30%').metric, ['staff']);
  });

  it('the nearer year answers "when": a farther "the year before" or "last year" adds no relative period', () => {
    const lex = new Lexicon();
    assert.deepEqual(frameIn(lex, 'Acme sold 12,500 cars in 2023, up 4.5% on the year before.', '12,500').period, { year: 2023 });
    assert.deepEqual(frameIn(lex, 'Acme sold 12,500 cars in 2023 and last year it sold fewer.', '12,500').period, { year: 2023 });
  });
});
