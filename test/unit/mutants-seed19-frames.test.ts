// The frame readings at edges seed 19 of the mutation sample found untested (StrykerJS, seed 19,
// engine/frames survivors), in made-up sentences. Each case fails with its seed-19 mutant applied
// and passes without it; the file and line in each title are those of the draw (commit 44560f8).
import * as assert from 'node:assert/strict';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';

describe('seed 19 survivors: frames', () => {
  const lex = new Lexicon();

  it('an owner\'s list reads the previous item\'s noun only when it stands right after its figure (tokens.ts:68 fig, frame.ts ownerListed)', () => {
    // (a word or a name is no figure: before the mutant, any token read as the first figure)
    assert.deepEqual(frameIn(lex, "Kelby's 300 vans at Minto Hall depot, and Unison's 200.", '200').metric, []);
    assert.deepEqual(frameIn(lex, "Kelby's 300 vans, and Unison's 200.", '200').metric, ['van']);
  });

  it('a margin verb is looked for at most 16 tokens before "by" (role.ts:205 marginBy)', () => {
    const near = frameIn(lex, 'Kelby outsold the small handmade wooden toy trains of its older and larger northern rival Minto by 300 sets.', '300');
    assert.equal(near.role, 'change');
    assert.equal(near.direction, 'up');
    const far = frameIn(lex, 'Kelby outsold the small blue and green handmade wooden toy trains of its older and much larger northern rival Minto Toys by 300 sets.', '300');
    assert.equal(far.role, 'level');
    assert.equal(far.direction, undefined);
  });

  it('a change noun before a percentage is not read past a figure other than a date (role.ts:245 changeNounBefore)', () => {
    assert.equal(frameIn(lex, 'The growth in fees since 2004 was 5%.', '5%').role, 'change');
    assert.equal(frameIn(lex, 'The rise in fees to 300 was 5%.', '5%').role, 'level');
  });

  it('"by" a figure looks for its change verb only inside its own clause (role.ts:169)', () => {
    const fr = frameIn(lex, 'Prices fell in May, when the rents were set by 20 landlords.', '20');
    assert.equal(fr.role, 'level');
    assert.equal(fr.direction, undefined);
    assert.equal(frameIn(lex, 'Profits rose 3% as the plant was run by 40 staff.', '40').role, 'level');
  });

  it('a name whose word is a plan word makes no plan: "Minto Aim Trust holds 300 vans" (period.ts:68 modeOf)', () => {
    assert.equal(frameIn(lex, 'Minto Aim Trust holds 300 vans.', '300').period.mode, undefined);
    assert.equal(frameIn(lex, 'Shares in Target fell 5%.', '5%').period.mode, undefined);
  });

  it('a clause cut off after "that", no full stop, is read without failing (period.ts:102 modeOf)', () => {
    assert.deepEqual(frameIn(lex, 'Kelby sold 300 vans that', '300').metric.slice(0, 1), ['van']);
  });

  it('"from May until 2003" is a span, no deadline: a month between "from" and "until" (period.ts:175 spanFrom)', () => {
    assert.equal(frameIn(lex, 'Kelby ran 300 vans from May until 2003.', '300').period.mode, undefined);
    assert.equal(frameIn(lex, 'Kelby ran 300 vans until 2003.', '300').period.mode, 'plan');
  });

  it('"last year" after a figure and its noun is when, not a base, even with "from" further back (period.ts:17 isBaseYear)', () => {
    assert.equal(frameIn(lex, 'Kelby sales rose from 300 to 400 vans last year.', '400').period.relative, 'last');
    assert.equal(frameIn(lex, 'Kelby sold 400 vans since Minto left last year.', '400').period.relative, 'last');
    assert.equal(frameIn(lex, 'Kelby sold 400 vans, up on last year.', '400').period.relative, 'earlier');
  });

  it('"From 102 in 2003 … to 81": the year before "to" is the other end\'s, also when "from" opens the sentence (walk.ts:89)', () => {
    assert.equal(frameIn(lex, 'From 102 in 2003 the count fell to 81, Minto said in 2005.', '81').period.year, 2005);
  });

  const adjectiveSkips: [string, string, string[]][] = [
    // (only right before the figure: "a fine of $300" names what was paid)
    ['Kelby paid a fine of $300.', '$300', ['fine']],
    ['Kelby sold a new model for $300.', '$300', ['model', 'new']],
    // (only after "a" or "an": "the fine 5%" keeps its adjective)
    ['Kelby profit rose the fine 5%.', '5%', ['fine']],
    // ("a strong 0.7%" says how much: read past it to what grew)
    ['Output grew a strong 0.7%.', '0.7%', ['output']],
  ];
  for (const [s, fig, metric] of adjectiveSkips)
    it(`an adjective is read past only right before the figure and after "a"/"an": ${s} (metric.ts:292 phraseBefore)`, () => {
      assert.deepEqual(frameIn(lex, s, fig).metric, metric);
    });

  it('a margin\'s "by" takes no changed object from before a figure or a comma (metric.ts:247 changedObject)', () => {
    const a = frameIn(lex, 'Sales rose 3% as Kelby beat Minto by 5%.', '5%');
    assert.equal(a.role, 'change');
    assert.deepEqual(a.metric, ['revenue']);
    const b = frameIn(lex, 'Kelby grew sales, beating Minto by 5%.', '5%');
    assert.equal(b.role, 'change');
    assert.deepEqual(b.metric, []);
  });

  it('a rate glued to the figure opens its word: "a $40-a-year fee", not "a $40-cinema-day pass" (role.ts:349 perOf)', () => {
    assert.equal(frameIn(lex, 'Kelby charged a $40-a-year fee.', '$40').per, 'year');
    assert.equal(frameIn(lex, 'Kelby sold a $40-cinema-day pass.', '$40').per, undefined);
    assert.equal(frameIn(lex, 'Kelby sold a $40-super-week plan.', '$40').per, undefined);
  });

  const upDown: [string, string, 'up' | 'down'][] = [
    // ("up"/"down" right before a count, no verb before it: a change)
    ['Kelby vans were up 300 on the year.', '300', 'up'],
    ['Kelby vans were down 300 on the year.', '300', 'down'],
    // (a percentage after "went up": a change, the verb before "up" notwithstanding)
    ['Prices went up 5% in May.', '5%', 'up'],
    ['Kelby shares moved down 5%.', '5%', 'down'],
  ];
  for (const [s, fig, direction] of upDown)
    it(`a change right after its direction word: ${s} (role.ts:144 roleOf)`, () => {
      const fr = frameIn(lex, s, fig);
      assert.equal(fr.role, 'change');
      assert.equal(fr.direction, direction);
    });
});
