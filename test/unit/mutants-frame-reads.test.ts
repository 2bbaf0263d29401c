// Claim frames at edges seed 5's sample left untested (scripts/mutate-sample.mjs --seed 5, README
// "Tests"): the frame of one figure of a made-up sentence — what it measures, its role, period and
// mode, and how far the words around it reach it. Written against surviving mutants.
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';

const lex = new Lexicon();

describe('frame reads: the survivors of seed 5', () => {
  it('what a figure measures', () => {
    const cases: [string, string, string][] = [
      ['a change "of" a noun: the noun', 'Acme posted a 5% rise of revenue.', 'revenue'],
      ['a change "in" a noun: the noun', 'Acme posted a 5% rise in revenue.', 'revenue'],
      ['a time on a clock after "the time of"', 'The time of 2:08:30 was a record.', 'time'],
      ['an idiom only when its last word is the idiom\'s ("went on tour" is no release)', 'The album went on tour 5 times in 2004.', 'tour'],
      ['"put on shows" is no release either', 'The band put on shows 5 times in 2004.', 'show'],
    ];
    for (const [what, sentence, metric] of cases) {
      const figure = extractFigures(sentence)[0].text;
      assert.equal(frameIn(lex, sentence, figure).metric[0], metric, what);
    }
  });

  it('a phrase read leftwards stops at another figure: no empty word taken from it', () => {
    assert.deepEqual(frameIn(lex, 'Acme sold 350,000 units in 2024.', '2024').metric, ['copy']);
  });

  it('the claim of a figure after "and" and function words is its own: nothing of the other figure\'s clause', () => {
    assert.deepEqual(frameIn(lex, '63% backed the plan and only 61% agreed.', '61%').metric, []);
    assert.deepEqual(frameIn(lex, '63% backed the plan and the 61% that voted agreed.', '61%').metric, []);
  });

  it('a sentence that opens with "of" before a time is read, not thrown on', () => {
    assert.equal(frameIn(lex, 'of 9.58 seconds was his best time.', '9.58').metric[0], 'second');
    assert.equal(frameIn(lex, 'of 2:08:30 was the time.', '2:08:30').role, 'duration');
  });

  it('a count after a degree adverb is a level; a percentage there is a change', () => {
    assert.equal(frameIn(lex, 'Sales rose just 5 units.', '5').role, 'level');
    assert.equal(frameIn(lex, 'Sales rose sharply 5 points.', '5').role, 'level');
    assert.equal(frameIn(lex, 'Sales rose just 0.3% in May.', '0.3%').role, 'change');
  });

  it('a year with a deadline after a share makes it a target; a relative clause says it happened only within reach', () => {
    assert.equal(frameIn(lex, '75% of pupils by 2006.', '75%').period.mode, 'plan');
    assert.equal(frameIn(lex, '75% of pupils will pass the test by 2006.', '75%').period.mode, 'plan');
    assert.equal(frameIn(lex, 'the 200,000 PSPs which were shipped.', '200,000').period.mode, 'past');
    assert.equal(frameIn(lex, 'the 200,000 PSPs that the firm in the north of the big country sold which were shipped.', '200,000').period.mode, undefined);
  });

  it('a square bracket is a hard boundary: a word past it weighs less than the same word without it', () => {
    const weight = (s: string) => frameIn(lex, s, '5%').context.get('cost') ?? 0;
    assert.ok(weight('Sales rose 5% [in May] and costs 3%.') < weight('Sales rose 5% in May and costs 3%.'));
    assert.ok(weight('Sales rose 5% in May] and costs 3%.') < weight('Sales rose 5% in May and costs 3%.'), 'a closing one alone');
    assert.ok(weight('Sales rose 5% [in May and costs 3%.') < weight('Sales rose 5%, in May and costs 3%.'), 'an opening one alone, more than a comma');
  });

  it('the words after "to" reach the figure a change started from as after any other word', () => {
    const ctx = (s: string) => [...frameIn(lex, s, '102').context];
    assert.deepEqual(ctx('from 102 in 2003 to 81 last year.'), ctx('from 102 in 2003 until 81 last year.'));
  });
});
