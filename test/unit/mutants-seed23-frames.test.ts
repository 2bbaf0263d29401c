// The frame readings seed 23 of the mutation sample found untested (StrykerJS, seed 23, engine/frames
// survivors, helper f), in made-up sentences. Each case fails with its seed-23 mutant applied and passes
// without it; the file and line in each title are those of the draw (commit 212563e).
import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/engine/corpus';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { SourceFrames } from '../../server/src/engine/frames/sourceFrames';
import { buildSource } from '../../server/src/engine/sources';
import { frameIn } from '../helpers/frameReads';
import { withFramesSpy } from '../helpers/spyFrames';

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
      // ("owns" is read as its class, to own / an owner / a holder: lexicon.ts)
      ['Kelby owns 40% of rented homes.', ['home', 'owner', 'kelby']],
    ] as const) {
      const fr = frameIn(lex, sentence, '40%');
      assert.deepEqual(fr.metric, metric, sentence);
      assert.equal(fr.counted, 0, sentence);
    }
  });

  it('"took place" counts two of the words read back for a metric: a name past it ends the phrase (metric.ts:280 phraseBefore)', () => {
    assert.deepEqual(frameIn(lex, 'Sales of vans by Marlow took place at 300 sites.', '300').metric, ['site', 'revenue']);
  });
  it('a verb that opens a clause ends the phrase read back for a metric: "Kelby found rents fell 5%" measures rents, not Kelby (metric.ts:422 phraseBefore)', () => {
    for (const [sentence, metric] of [
      ['Kelby found rents fell 5%.', ['rent']],
      ['Kelby expects rents to fall 5%.', ['rent']],
      ['Kelby believes van rents fell 5%.', ['rent', 'van']],
    ] as const) assert.deepEqual(frameIn(lex, sentence, '5%').metric, metric, sentence);
  });

  it('"the gap between A and B" is read back over ten tokens at most, the tenth included (metric.ts:488 gapBetween)', () => {
    // ("between" ten tokens before the phrase's start: the gap is the deficit; eleven: out of reach)
    assert.deepEqual(frameIn(lex, 'The gap between exports and old small red cheap fast new tidy imports hit £5m.', '£5m').metric, ['deficit', 'import', 'tidy', 'new']);
    assert.deepEqual(frameIn(lex, 'The gap between exports and old small red cheap fast new tidy dull imports hit £5m.', '£5m').metric, ['import', 'dull', 'tidy']);
  });

  it('"in 1998 when Marlow joined" names who the when-clause holds, not a name past its comma or a figure (frame.ts:498 whenAfter)', () => {
    for (const sentence of ['Kelby left in 1998 when Marlow joined, and Tarn stayed.', 'Kelby left in 1998 when Marlow joined; Tarn stayed.', 'Kelby left in 1998 when Marlow paid £5m to Tarn.']) {
      assert.deepEqual(frameIn(lex, sentence, '1998').whenAfter, ['marlow'], sentence);
    }
  });

  it('a sentence opening with a dash ("- Kelby sold 300 vans") is read: a dash with nothing before it joins no earlier one (tokens.ts:216 frameTokens)', () => {
    for (const sentence of ['- Kelby sold 300 vans in Leeds.', '-- Kelby sold 300 vans in Leeds.']) {
      assert.deepEqual(frameIn(lex, sentence, '300').metric, ['van', 'cost'], sentence);
    }
  });

  it('the words a source passage makes referable are made once per passage, however the asks alternate (sourceFrames.ts:257 makeReferable)', () => {
    const text = 'Kelby report\n\nKelby sold 300 vans in Leeds.\n\nMarlow hired 40 drivers in York.\n';
    const corpus = new Corpus([buildSource(0, '/ws/sources/kelby.txt', text)]);
    const frames = new SourceFrames(corpus);
    const passages = corpus.sources[0].passages.filter((p) => p.figures.length);
    assert.equal(passages.length, 2);
    let titles = 0;
    const sets: ReadonlySet<string>[] = [];
    withFramesSpy('title', () => titles++, () => {
      for (let round = 0; round < 2; round++) for (const p of passages) sets.push(frames.side(p, p.figures[0])!.referable);
    });
    assert.equal(titles, 2, 'once per passage');
    assert.equal(sets[0], sets[2]);
    assert.ok(sets[0].has('leeds') && !sets[0].has('york'));
  });
});
