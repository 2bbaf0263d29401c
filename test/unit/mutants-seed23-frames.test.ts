// The frame readings seed 23 of the mutation sample found untested (StrykerJS, seed 23, engine/frames
// survivors, helper f), in made-up sentences. Each case fails with its seed-23 mutant applied and passes
// without it; the file and line in each title are those of the draw (commit 212563e).
import * as assert from 'node:assert/strict';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';

describe('seed 23 survivors: frames', () => {
  const lex = new Lexicon();

  it('"between 2005 and 2006" is two years, not a stretch: only three years or more make one (period.ts:231 notePeriodFigure)', () => {
    assert.equal(frameIn(lex, 'Kelby sold 300 vans between 2005 and 2006.', '300').period.stretch, undefined);
    assert.equal(frameIn(lex, 'Kelby sold 300 vans between 2005 and 2007.', '300').period.stretch, '3year');
  });

  it('"the previous year" is a base year, as "the prior year" (period.ts:342 periodWord)', () => {
    for (const sentence of ['Kelby sold 300 vans in the previous year.', 'Kelby sold 300 vans in the prior year.']) {
      assert.equal(frameIn(lex, sentence, '300').period.relative, 'earlier', sentence);
    }
  });

  it('"its first third-quarter profit" is of the third quarter: the hyphened quarter is not overwritten by the ordinal before it (period.ts:325 periodWord)', () => {
    assert.equal(frameIn(lex, 'Kelby made its first third-quarter profit of £5m.', '£5m').period.quarter, 3);
  });

  it('a word is an adjective when WordNet files it only under adj.all ("mere", "whopping") (lexicon.ts:927 canBeAdjective)', () => {
    for (const word of ['mere', 'strong', 'whopping']) assert.equal(lex.canBeAdjective(word), true, word);
    assert.equal(lex.canBeAdjective('range'), false);
  });

  it('a word is a verb only by a verb sense: not "weak", "mere", "strong" (lexicon.ts:975 canBeVerb)', () => {
    for (const word of ['weak', 'mere', 'strong', 'whopping']) assert.equal(lex.canBeVerb(word), false, word);
    for (const word of ['range', 'open']) assert.equal(lex.canBeVerb(word), true, word);
  });

  it('after "of the", a participle before the noun is not what a share counts: "40% of the used vans" counts vans (metric.ts:141 phraseAfter)', () => {
    for (const [sentence, metric] of [
      ['Kelby sold 40% of the used vans.', ['van', 'cost']],
      ['Kelby sold 40% of the leased vans.', ['van', 'cost']],
      ['Kelby owns 40% of rented homes.', ['home', 'own', 'kelby']],
    ] as const) {
      const fr = frameIn(lex, sentence, '40%');
      assert.deepEqual(fr.metric, metric, sentence);
      assert.equal(fr.counted, 0, sentence);
    }
  });

  it('"took place" counts two of the words read back for a metric: a name past it ends the phrase (metric.ts:280 phraseBefore)', () => {
    assert.deepEqual(frameIn(lex, 'Sales of vans by Marlow took place at 300 sites.', '300').metric, ['site', 'revenue']);
  });
});
