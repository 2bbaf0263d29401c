// Claim frames at edges seed 7 of the mutation sample found untested (scripts/mutate-sample.mjs
// --seed 7, README "Tests"): the frame of one figure of a made-up sentence — what it measures, its
// role and direction, its period — with a sentence's first word, an aside in brackets, a phrase of
// names before the figure, a conversion that is none, a name or a clause running to the end of
// the text without a stop. Each case fails with its seed-7 mutant applied.
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { FRAME_POLICY } from '../../server/src/engine/frames/policy';
import { frameTokens, sentenceNames } from '../../server/src/engine/frames/tokens';
import { frameIn } from '../helpers/frameReads';

const lex = new Lexicon();
const ordinary = (low: string) => lex.knows(low) && lex.ordinaryOpener(low);

describe('seed 7 survivors: claim frames', () => {
  it('a participle opening the sentence says the figure happened, even as its first token (period.ts)', () => {
    assert.equal(frameIn(lex, 'Founded with 300 staff', '300').period.mode, 'past');
    assert.equal(frameIn(lex, 'Founded in 1990 with 300 staff, Acme grew.', '1990').period.mode, 'past');
  });

  it('a text that ends without a stop is read to its end, not thrown on: a fronted clause, a name, a percentage after a noun', () => {
    const fronted = frameIn(lex, 'Founded with 300 staff', '300');
    assert.deepEqual([fronted.role, fronted.metric], ['level', ['staff', 'found']]);
    const named = frameIn(lex, 'Sales rose 5% at Acme Corp', '5%');
    assert.deepEqual([named.role, named.direction, named.subject], ['change', 'up', ['acme', 'corp']]);
    // a percentage right after a noun that opens the sentence: nothing two words before it
    assert.deepEqual(frameIn(lex, 'Inflation 5% in May.', '5%').metric, ['inflation']);
    assert.equal(frameIn(lex, 'Turnout 60% in 2020.', '60%').period.year, 2020);
  });

  it('"down" before a count after "are" or "was" makes it a fall, whatever its kind (role.ts)', () => {
    for (const [s, fig] of [['Costs are down 300 on last year.', '300'], ['Profits were down £300 on 2019.', '£300'], ['Attendance was down 300 on 2019.', '300']]) {
      const f = frameIn(lex, s, fig);
      assert.deepEqual([f.role, f.direction], ['change', 'down'], s);
    }
  });

  it('words in brackets are an aside: what the figure measures is read around them, not in them (clauses.ts)', () => {
    assert.deepEqual(frameIn(lex, 'Sales (of cars) rose 5% in 2020.', '5%').metric, []);
    assert.deepEqual(frameIn(lex, 'Revenue rose 5% (in 2020) at Acme.', '2020').subject, []);
    assert.deepEqual(frameIn(lex, 'Acme) sold 300 cars in 2020.', '300').metric, ['car', 'cost']);
  });

  it('a second figure after ", or" in the same currency is no conversion of the first: it has its own frame (frame.ts)', () => {
    const s = 'The cost was put at £1.8m, or £4.3m in 2020 for the full scheme.';
    assert.deepEqual(frameIn(lex, s, '£1.8m').metric, ['cost']);
    // (its own frame: its own year — a conversion's copy would carry the first's period; what it measures it shares, frame.ts gapped)
    assert.deepEqual(frameIn(lex, s, '£4.3m').period, { year: 2020 });
    const conversion = 'The cost was put at £1.8m, or $2.4m in 2020 for the full scheme.';
    assert.deepEqual(frameIn(lex, conversion, '$2.4m').metric, ['cost'], 'another currency: the same frame');
  });

  it(`the phrase before a figure holds at most ${FRAME_POLICY.metricWords} words; names in it do not count (metric.ts)`, () => {
    assert.equal(FRAME_POLICY.metricWords, 3);
    assert.deepEqual(frameIn(lex, 'The big old red brick mill building sold 300 cars.', '300').metric, ['car', 'mill', 'brick', 'red', 'cost']);
    assert.deepEqual(frameIn(lex, 'Big old Acme Leeds Bradford Halifax mill sold 300 cars.', '300').metric, ['car', 'mill', 'halifax', 'bradford', 'leeds', 'acme', 'old', 'big', 'cost']);
  });

  it("a name's first word leads to the first name the sentence gives it, not a later one (tokens.ts)", () => {
    const s = 'Beta Ltd sold 300 cars to Acme Corp and Acme Ltd.';
    const figures = extractFigures(s);
    const tokens = frameTokens(s, 0, s.length, figures, lex, ordinary);
    assert.deepEqual([...sentenceNames(tokens).leads], [['acme', 'corp']]);
  });

  it(`a deadline makes a figure a target only within ${FRAME_POLICY.modeReach} tokens after it (period.ts)`, () => {
    assert.equal(FRAME_POLICY.modeReach, 8);
    assert.equal(frameIn(lex, 'Acme hired 300 people for its new offices by 2030.', '300').period.mode, 'plan');
    assert.equal(frameIn(lex, 'Acme hired 300 people for its many new offices all over the north of England by 2030.', '300').period.mode, 'past');
  });
});
