// The frame readings at edges seed 17 of the mutation sample found untested
// (scripts/mutate-sample.mjs --seed 17, docs/mutation-testing.md "Session 23"), in made-up
// sentences. Each case fails with its seed-17 mutant applied and passes without it.
import * as assert from 'node:assert/strict';
import { checkNote } from '../../server/src/engine/check';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { CHECK_MEMO, type MemoData } from '../../server/src/engine/memo';
import { buildCorpus } from '../../server/src/engine/workspace';
import { frameIn } from '../helpers/frameReads';
import { checkAgainst, verdictOf } from './check-helpers';

describe('seed 17 survivors: frames', () => {
  const lex = new Lexicon();
  it('a quarter is a date whatever follows it, as a year is (role.ts roleOf)', () => {
    assert.equal(frameIn(lex, 'Kelby sales of Q3 2004 rose.', 'Q3 2004').role, 'date');
    assert.equal(frameIn(lex, 'Kelby sales of 2004 rose.', '2004').role, 'date');
  });

  it('an owner\'s list item counts what the one before counts only right after that item\'s own figure and owner (frame.ts ownerListed)', () => {
    assert.deepEqual(frameIn(lex, "Unison's 800,000 workers, and Amicus' 20,000.", '20,000').metric, ['staff']);
    // (a comma alone between the items: after "and", a level with no metric of its own shares the first's anyway — frame.ts gapped)
    assert.deepEqual(frameIn(lex, "Unison has 800,000 workers, Amicus' 20,000.", '20,000').metric, [], 'no owner before the first item');
    assert.deepEqual(frameIn(lex, "Unison's 800,000 workers live in big old towns, and Amicus' 20,000.", '20,000').metric, [], 'too many words after it');
  });

  it('a particle after a verb names nothing measured: "came back with 300 vans" (metric.ts)', () => {
    assert.deepEqual(frameIn(lex, 'Kelby came back with 300 vans.', '300').metric, ['van']);
  });

  it('a name right before the figure, nothing between, does not end what is measured (metric.ts)', () => {
    assert.deepEqual(frameIn(lex, 'Kelby paid Minto $300m for vans.', '$300m').metric, ['cost']);
    assert.ok(frameIn(lex, 'Van sales rose at Kelby 5% last year.', '5%').metric.includes('revenue'));
  });

  it('"off" after a cut opens what the cut is of: "cut 70% off the cost of vans" (metric.ts)', () => {
    assert.deepEqual(frameIn(lex, 'Kelby cut 70% off the cost of vans.', '70%').metric, ['cost']);
  });

  it('"back" before a preposition is an origin only before "to" or "from": "dates back to 1990", not "went back by 2004" (period.ts originOf)', () => {
    assert.equal(frameIn(lex, 'The feud dates back to 1990.', '1990').prep, 'in');
    assert.equal(frameIn(lex, 'Kelby went back by 2004.', '2004').prep, 'by');
    assert.equal(frameIn(lex, 'The feud goes back before 1990.', '1990').prep, 'before');
  });

  it('a half of the year is an ordinal half: "second-half" is 2, "last-half" none (period.ts periodWord)', () => {
    assert.equal(frameIn(lex, 'Kelby made $3m in its second-half results.', '$3m').period.half, 2);
    assert.deepEqual(frameIn(lex, 'Kelby made $3m in its last-half results.', '$3m').period, {});
  });

  it('three months make a quarter only when they start one: October to December, not February to April (period.ts periodWord)', () => {
    const q4 = frameIn(lex, 'Kelby sold 300 vans between October and December 2004.', '300').period;
    assert.equal(q4.quarter, 4);
    const off = frameIn(lex, 'Kelby sold 300 vans between February and April 2004.', '300').period;
    assert.equal(off.months, '2-4');
    assert.equal(off.quarter, undefined);
  });

  it('only "the previous year" or "the prior year" after a figure dates it a year back; "the same year", "the next year" do not (period.ts yearBeforeAfter)', () => {
    assert.deepEqual(frameIn(lex, 'Kelby sold 300 vans in 2004, up from 250 the same year.', '250').period, { year: 2004 });
    assert.equal(frameIn(lex, 'Kelby sold 310 vans in 2004 and 287 the next year.', '287').period.relative, 'next');
  });

  it('a capitalised possessive opening the sentence is a name, though the word is English too: "Apple\'s sales" (tokens.ts)', () => {
    for (const [s, name] of [["Apple's sales rose 5%.", 'apple'], ["Bell's profit rose 5%.", 'bell']]) assert.deepEqual(frameIn(lex, s, '5%').names, [name], s);
  });

  it('a change word before "from" is no change of the figure after it: "fell from a peak of 300 pence" is a level (role.ts)', () => {
    assert.equal(frameIn(lex, 'Kelby shares fell from a peak of 300 pence.', '300 pence').role, 'level');
    assert.equal(frameIn(lex, 'Prices rose from an average of 4%.', '4%').role, 'level');
    assert.equal(frameIn(lex, 'Prices rose by an average of 4%.', '4%').role, 'change');
  });
});

describe('seed 17 survivors: a kept memo with more frames than its passage has figures (sourceFrames.ts keptFrames)', () => {
  const source = 'Kelby report\n\nKelby sold 12,500 vans in 2023, up 4.5% on the year before.\n';
  const note = '# Kelby\n\nKelby sold 15,500 vans in 2023 [@kelby].\n';
  /** Check the note on a fresh corpus whose memo is enabled with `kept`: the verdicts, and what the memo then holds. */
  function checkWith(kept?: MemoData): { verdicts: string[]; memo: MemoData | undefined } {
    const c = buildCorpus([{ path: '/s/kelby.txt', text: source }]).corpus;
    const memo = c.derived(CHECK_MEMO);
    memo.enable(c.passageCount, kept);
    return { verdicts: checkNote(note, c).figures.map((f) => f.verdict), memo: memo.changed };
  }
  it('is not answered from: its frames are not that passage\'s, and the check reads the passage afresh', () => {
    const fresh = checkWith();
    assert.deepEqual(fresh.verdicts, ['contradicted', 'supported']);
    const m = fresh.memo!;
    assert.ok(m.frames.size > 0);
    // every kept frame made a rank of something else, and one frame too many for its passage
    for (const frames of m.frames.values()) {
      for (const f of frames) Object.assign(f, { metric: ['zz-not-a-metric'], role: 'rank' });
      frames.push(...frames, ...frames, ...frames);
    }
    assert.deepEqual(checkWith(m).verdicts, fresh.verdicts);
  });
});

describe('seed 17 survivors: the names of a paragraph before the figure\'s sentence, not of that sentence (sourceFrames.ts paragraphNames)', () => {
  it('a rival named after the source figure, in its own sentence, does not stop the lead\'s name from standing for the note\'s', () => {
    const filler = 'The shops expect long queues. Many buyers have waited a year. The old model sold well. Critics liked its screen.';
    const files = { 'k.txt': `A smaller games machine\n\nKimo has launched a smaller games machine.\n\n${filler} The US price of the machine is $149, half what Minto charges for its own.\n` };
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nThe US price of the Kimo machine is $179 [@k].\n'), '$179'), 'contradicted');
  });
});

