// The frame readings, caches and memo checks at edges seed 22 of the mutation sample found untested
// (StrykerJS, seed 22, engine/frames, keys and memo survivors, helper d), in made-up sentences. Each
// case fails with its seed-22 mutant applied and passes without it; the file and line in each title
// are those of the draw (commit aca2daa).
import * as assert from 'node:assert/strict';
import { checkNote } from '../../server/src/engine/check';
import { Corpus } from '../../server/src/engine/corpus';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { SourceFrames } from '../../server/src/engine/frames/sourceFrames';
import { CHECK_MEMO, emptyMemoData, isMemoData } from '../../server/src/engine/memo';
import { buildSource } from '../../server/src/engine/sources';
import { frameIn } from '../helpers/frameReads';

describe('seed 22 survivors: frames', () => {
  const lex = new Lexicon();

  it('a two-letter word near a figure is part of its context: "paid £300 for an ox" (walk.ts:146 collect)', () => {
    for (const [sentence, figure, word] of [
      ['Kelby paid £300 for an ox.', '£300', 'ox'],
      ['Kelby treated 300 ox in 2020.', '300', 'ox'],
      ['The firm gave 300 go karts to schools.', '300', 'go'],
    ]) assert.ok(frameIn(lex, sentence, figure).context.has(word), `${sentence}: ${[...frameIn(lex, sentence, figure).context.keys()].join(' ')}`);
  });

  it('"goal" is an aim when "of" or "is" follows it, not when it was scored: "a goal of 300 members" is a plan (period.ts:137 scoredGoal)', () => {
    for (const sentence of ['The club has a goal of 300 members.', 'The goal is 300 members.']) assert.equal(frameIn(lex, sentence, '300').period.mode, 'plan', sentence);
  });

  it('a relative clause "which were …" after the counted noun dates the figure within eight words, not nine (period.ts:117 modeOf)', () => {
    // ("which" eight tokens after the figure: read; nine: out of reach)
    assert.equal(frameIn(lex, 'Kelby owns 300 old red vans for the local farmers which were built in Leeds.', '300').period.mode, 'past');
    assert.equal(frameIn(lex, 'Kelby owns 300 small old red vans for the local farmers which were built in Leeds.', '300').period.mode, undefined);
  });

  it('after a ranking\'s "least", what it ranks is read on: "the third least popular town" measures towns (metric.ts:129 phraseAfter)', () => {
    assert.deepEqual(frameIn(lex, 'Minto is the third least popular town.', 'third').metric, ['town', 'popular']);
    assert.deepEqual(frameIn(lex, 'Kelby is the second least costly van maker.', 'second').metric, ['maker', 'van', 'costly']);
    // (as after "most")
    assert.deepEqual(frameIn(lex, 'Kelby is the third most popular van maker.', 'third').metric, ['maker', 'van', 'popular']);
  });

  it('a poll\'s share "of the surveyed" reads past "the" to what was answered: "34% of the polled said they had bought vans" (metric.ts:218 answeredObject)', () => {
    for (const sentence of ['Only 34% of the surveyed said they had bought vans.', 'Only 34% of the polled said they had bought vans.', 'Only 34% of those surveyed said they had bought vans.']) {
      assert.deepEqual(frameIn(lex, sentence, '34%').metric, ['van'], sentence);
    }
  });

  it('a place list carries its first item\'s metric only when the item follows the first item\'s place: not past another place between (frame.ts:163 placeListed)', () => {
    for (const sentence of ['The average price was £192,000 in Leeds and in York, £150,000 in Hull.', 'The average price was £192,000 in Leeds, as in York, and £150,000 in Hull.']) {
      assert.deepEqual(frameIn(lex, sentence, '£150,000').metric, [], sentence);
    }
    const listed = 'The average price was £192,000 in Leeds and £150,000 in Hull.';
    assert.deepEqual(frameIn(lex, listed, '£150,000').metric, frameIn(lex, listed, '£192,000').metric);
  });

  it('a gapped change measures what its antecedent change measures, not a date between, and keeps a noun of its own (frame.ts:252 gapped)', () => {
    // ("7% in May" shares "rose" with "5%": sales, not the vote the date between names)
    assert.deepEqual(frameIn(lex, 'Kelby sales rose 5% in the 3 March vote and 7% in May.', '7%').metric, ['revenue', 'kelby']);
    // (its own noun stays: "and profits 7%", "and car sales 7%")
    assert.deepEqual(frameIn(lex, 'Kelby sales rose 5% and profits 7%.', '7%').metric, ['profit']);
    assert.deepEqual(frameIn(lex, 'Van sales rose 5% in 2003 and car sales 7% in 2004.', '7%').metric, ['revenue', 'car']);
  });

  it('a sentence opening with "With" and a place, or ending on "with", is framed (no token read before the first or after the last) (frame.ts:473 partnerBefore, frame.ts:493 partnerAfter)', () => {
    const opening = frameIn(lex, 'With France booming exports rose 5%.', '5%');
    assert.equal(opening.role, 'change');
    assert.equal(opening.direction, 'up');
    assert.ok(opening.metric.includes('export'), opening.metric.join(' '));
    for (const sentence of ['Kelby kept 300 vans to trade with', 'Kelby kept 300 spare vans to tinker with']) {
      assert.ok(frameIn(lex, sentence, '300').metric.includes('van'), sentence);
    }
  });
});

describe('seed 22 survivors: source frames and the check memo', () => {
  it('the frame of a passage\'s first figure kept by the memo is at hand without reading the passage (sourceFrames.ts:155 frameAtHand)', () => {
    const text = 'Kelby report\n\nKelby sold 4,200 vans in 2021, up 7.5% on the year before.\n';
    const corpusOf = () => new Corpus([buildSource(0, '/ws/sources/kelby.txt', text)]);
    // (a first check keeps the passage's frames)
    const first = corpusOf();
    const memo = first.derived(CHECK_MEMO);
    memo.enable(first.passageCount);
    checkNote('Kelby sold 4,200 vans in 2021, up 7.5% on the year before [@kelby].\n', first);
    const kept = memo.changed;
    assert.ok(kept);
    // (a later check of the same corpus, the memo kept)
    const again = corpusOf();
    again.derived(CHECK_MEMO).enable(again.passageCount, kept);
    const frames = new SourceFrames(again);
    const p = again.sources[0].passages.find((x) => x.figures.length)!;
    const n = [...kept.frames.values()][0].length;
    assert.ok(n >= 1);
    for (let i = 0; i < n; i++) assert.equal(frames.frameAtHand(p, p.figures[i]), true, `figure ${i} (${p.figures[i].text})`);
    assert.equal(frames.frameAtHand(p, p.figures[0], 0), true);
    // (not a figure of that passage)
    const other = new Corpus([buildSource(0, '/ws/sources/other.txt', 'Other\n\nMinto hired 40 drivers.\n')]).sources[0].passages.find((x) => x.figures.length)!;
    assert.equal(frames.frameAtHand(p, other.figures[0]), false);
  });

  it('a kept memo that is null, or keeps a null frame, is refused without an error (memo.ts:52, memo.ts:59 isMemoData)', () => {
    assert.equal(isMemoData(null, 4), false);
    assert.equal(isMemoData(undefined, 4), false);
    const withFrames = (list: unknown[]) => {
      const m = emptyMemoData(4);
      (m.frames as Map<number, unknown>).set(1, list);
      return m;
    };
    for (const bad of [[null], [undefined], ['level'], [0]]) assert.equal(isMemoData(withFrames(bad), 4), false, JSON.stringify(bad));
    assert.equal(isMemoData(withFrames([{ role: 'level', metric: ['van'] }]), 4), true);
  });
});
