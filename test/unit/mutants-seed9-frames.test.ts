// Claim frames at edges seed 9 of the mutation sample found untested (scripts/mutate-sample.mjs
// --seed 9, README "Tests"), in made-up sentences: an age "now" between commas, the words a figure
// counts, how far back a plan word is read, a change "an impressive 2.9%", a headline's verb after a
// name, "the rise of" a noun, and nouns that name only people though they are adjectives too.
// Each case fails with its seed-9 mutant applied.
import * as assert from 'node:assert/strict';
import { FRAME_POLICY } from '../../server/src/engine/frames/policy';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';

describe('seed 9 survivors: frames', () => {
  let lex: Lexicon;
  beforeEach(() => {
    lex = new Lexicon();
  });

  it('an age between commas after a name, also "now 64", is the age now, not in the year of the clause', () => {
    for (const s of ['Sainsbury, 64, became a life peer in 1997.', 'Sainsbury, now 64, became a life peer in 1997.']) {
      const f = frameIn(lex, s, '64');
      assert.equal(f.role, 'age', s);
      assert.equal(f.ageNow, true, s);
    }
    assert.equal(frameIn(lex, 'Sainsbury, aged 64, became a life peer in 1997.', '64').ageNow, undefined);
  });

  it('a figure counts the words of its noun phrase, up to its noun', () => {
    const f = frameIn(lex, 'It sold 300 big red shiny new fast cars yesterday.', '300');
    assert.equal(f.counted, 3);
    assert.ok(!f.metric.includes('yesterday') && !f.metric.includes('car'), f.metric.join(' '));
  });

  it(`a plan word is read up to ${FRAME_POLICY.modeReach} words before the figure, not one more`, () => {
    assert.equal(FRAME_POLICY.modeReach, 8);
    assert.equal(frameIn(lex, 'Acme plans to open a shop in York with 300 staff.', '300').period.mode, 'plan');
    assert.equal(frameIn(lex, 'Acme plans to open a new shop in York with 300 staff.', '300').period.mode, undefined);
  });

  it('a verb of change, "a" or "an", an adjective, then a percentage: a change', () => {
    for (const s of ['Sales rose an impressive 2.9% in 2020.', 'Sales rose a strong 2.9% in 2020.']) {
      const f = frameIn(lex, s, '2.9%');
      assert.equal(f.role, 'change', s);
      assert.equal(f.direction, 'up', s);
    }
  });

  it('a headline’s verb after its subject’s name makes a change; the same word after a common noun is a noun', () => {
    assert.equal(frameIn(lex, 'Zedco cuts 2,500 jobs.', '2,500').role, 'change');
    assert.equal(frameIn(lex, 'Tax cuts 2,500 jobs.', '2,500').role, 'level');
    assert.equal(frameIn(lex, 'The firm saw a gain 300 jobs.', '300').role, 'level');
  });

  it('"the rise of" a noun, like "the rise in" one, is a change', () => {
    for (const s of ['The rise of sales was 5%.', 'The rise in sales was 5%.', 'A rise of UK retail sales was 5%.']) {
      const f = frameIn(lex, s, '5%');
      assert.equal(f.role, 'change', s);
      assert.equal(f.direction, 'up', s);
    }
  });

  it('a noun that names only people is human though it is an adjective too ("criminal", "liberal")', () => {
    for (const w of ['criminal', 'liberal', 'conservative', 'veteran', 'teenager']) assert.equal(lex.isHuman(w), true, w);
    for (const w of ['rich', 'poor', 'blind']) assert.equal(lex.isHuman(w), false, w);
  });
});
