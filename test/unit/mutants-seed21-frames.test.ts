// The frame readings at edges seed 21 of the mutation sample found untested (StrykerJS, seed 21,
// engine/frames survivors), in made-up sentences. Each case fails with its seed-21 mutant applied
// and passes without it; the file and line in each title are those of the draw (commit 647e21b).
import * as assert from 'node:assert/strict';
import { sourcesFramed, withFramesSpy } from '../helpers/spyFrames';
import { checkNote } from '../../server/src/engine/check';
import { Corpus } from '../../server/src/engine/corpus';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { SourceFrames } from '../../server/src/engine/frames/sourceFrames';
import { CHECK_MEMO, emptyMemoData, type MemoData } from '../../server/src/engine/memo';
import { buildSource } from '../../server/src/engine/sources';
import { frameIn } from '../helpers/frameReads';
import { checkAgainst, verdictOf } from './check-helpers';

describe('seed 21 survivors: frames', () => {
  const lex = new Lexicon();

  it('a sentence\'s opening name is the subject of a later figure only when a comma follows it right away: "Minto Cars fell behind in March, wrote Zelda Marsh, …" (fronted.ts:59 openingSubject)', () => {
    for (const [sentence, figure] of [
      ['Minto Cars fell behind in March, wrote analyst Zelda Marsh, who expects Kelby to make $5m.', '$5m'],
      ['Minto Cars had a poor March, wrote Zelda Marsh, adding that Kelby sold 300 vans.', '300'],
    ]) {
      const subject = frameIn(lex, sentence, figure).subject;
      assert.ok(subject.includes('kelby'), sentence);
      assert.ok(!subject.includes('minto'), sentence);
    }
    // (set apart by an aside between commas, it is: "The Kelby Review, edited by Zelda Marsh, made $5m")
    assert.ok(frameIn(lex, 'The Kelby Review, edited by Zelda Marsh, made $5m.', '$5m').subject.includes('review'));
  });

  it('a place list carries its first item\'s metric only to an item of the same kind: "£192,000 in Leeds and 12% in York" (frame.ts:156 placeListed)', () => {
    for (const [sentence, figure] of [
      ['The average price was £192,000 in Leeds and 12% in York.', '12%'],
      ['Rents rose 5% in Leeds, and £300 in York.', '£300'],
    ]) assert.deepEqual(frameIn(lex, sentence, figure).metric, [], sentence);
    // (the same kind: the list's metric)
    assert.deepEqual(frameIn(lex, 'The average price was £192,000 in Leeds and £150,000 in York.', '£150,000').metric, frameIn(lex, 'The average price was £192,000 in Leeds and £150,000 in York.', '£192,000').metric);
  });

  it('a sum of money is read with the object of a four-word verb group after it: "$5m would have been spent on roads" (metric.ts:186 verbGroupEnd)', () => {
    assert.deepEqual(frameIn(lex, 'Kelby said $5m would have been spent on roads.', '$5m').metric, ['road']);
    assert.deepEqual(frameIn(lex, 'Kelby said $5m will have been spent on bridges.', '$5m').metric, ['bridge']);
    assert.deepEqual(frameIn(lex, 'Kelby said $5m had been spent on roads.', '$5m').metric, ['road']);
  });
  it('only a plain decimal number after "in" is a race time, not a percentage or a sum: "invested in 4.5% bonds" (metric.ts:545 raceTime)', () => {
    for (const [sentence, figure] of [
      ['Kelby invested in 4.5% bonds.', '4.5%'],
      ['Kelby sold its shares in 2.75% blocks.', '2.75%'],
    ]) assert.ok(!frameIn(lex, sentence, figure).metric.includes('time'), sentence);
    assert.equal(frameIn(lex, 'Minto finished second in 9.85.', '9.85').metric[0], 'time');
  });

  it('"the last quarter" is the fourth only when "of" a year follows: "in the last quarter after 2004 ended" names no quarter (period.ts:322)', () => {
    assert.equal(frameIn(lex, 'Kelby made $5m in the last quarter after 2004 ended.', '$5m').period.quarter, undefined);
    assert.equal(frameIn(lex, 'Kelby made $5m in the last quarter since 2004.', '$5m').period.quarter, undefined);
    assert.equal(frameIn(lex, 'Kelby made $5m in the last quarter of 2004.', '$5m').period.quarter, 4);
  });

  it('only a percentage before "of" is a share: "$5m of new funding", "300 of its staff" are levels (role.ts:191 roleOf)', () => {
    assert.equal(frameIn(lex, 'Kelby raised $5m of new funding.', '$5m').role, 'level');
    assert.equal(frameIn(lex, 'Kelby said 300 of its staff left.', '300').role, 'level');
    assert.equal(frameIn(lex, 'Kelby said 30% of its staff left.', '30%').role, 'share');
  });

  it('"a loss of" names the amount lost only for a sum of money: "a loss of 300 jobs" is a fall of 300 (role.ts:219 amountNamed)', () => {
    const jobs = frameIn(lex, 'Kelby saw a loss of 300 jobs.', '300');
    assert.equal(jobs.role, 'change');
    assert.equal(jobs.direction, 'down');
    assert.equal(frameIn(lex, 'Kelby reported a loss of £10m.', '£10m').role, 'level');
  });
  it('an em dash typed as three hyphens ("---", as Markdown and LaTeX write it) sets an aside apart as "--" and "—" do (tokens.ts:207 frameTokens)', () => {
    for (const dash of ['---', '--', '—']) {
      const sentence = `Kelby profits ${dash} a record for the firm ${dash} rose 5%.`;
      const fr = frameIn(lex, sentence, '5%');
      assert.equal(fr.metric[0], 'profit', sentence);
      assert.deepEqual(fr.subject, ['kelby'], sentence);
    }
    assert.deepEqual(frameIn(lex, "Kelby's staff --- its drivers and fitters --- numbered 300.", '300').subject, ['kelby']);
  });
});

describe('seed 21 survivors: source frames, their caches and the check memo (sourceFrames.ts)', () => {
  /** A corpus of `files`; the check memo enabled with `kept` (else none); the report of `note` as [value, verdict, source named], and the sources framed (framesOf) by the check. */
  function checkWith(files: Record<string, string>, note: string, kept?: (c: Corpus) => MemoData): { report: string; framed: string[]; memo: MemoData | undefined } {
    const corpus = new Corpus(Object.entries(files).map(([p, text], i) => buildSource(i, `/ws/sources/${p}`, text)));
    const memo = corpus.derived(CHECK_MEMO);
    memo.enable(corpus.passageCount, kept?.(corpus));
    const { value: report, sources } = sourcesFramed('framesOf', () => JSON.stringify(checkNote(note, corpus).figures.map((f) => [f.figure.value, f.verdict, f.wrongSource?.source.key ?? null])));
    return { report, framed: [...sources].map((i) => corpus.sources[i].key).sort(), memo: memo.changed };
  }

  it('a memo that kept a passage\'s frames only up to an earlier figure: a later figure is framed anew, the report a fresh check\'s (sourceFrames.ts:131 frameOf)', () => {
    const files = { 'kelby.txt': 'Kelby report\n\nKelby sold 4,200 vans in 2021, up 7.5% on the year before.\n' };
    // (a check of the first figure frames that figure only: the memo keeps one frame of three)
    const first = checkWith(files, 'Kelby sold 4,200 vans [@kelby].\n');
    assert.deepEqual([...first.memo!.frames.values()].map((f) => f.length), [1]);
    const note = 'Kelby van sales rose 7.5% in 2021 [@kelby].\n';
    assert.equal(checkWith(files, note, () => first.memo!).report, checkWith(files, note).report);
  });

  it('the wrong-source search reads the words of a passage whose kept frames stop before its figure, and frames none it can leave (sourceFrames.ts:155 frameAtHand)', () => {
    const files: Record<string, string> = {
      'college.txt': 'College review\n\nThe online college closed last year after enrolling only 700 students.\n',
      'near.txt': 'Harbour works\n\nThe repairs to the quay cost £38,217 in all.\n',
    };
    for (let k = 0; k < 4; k++) files[`noise${k}.txt`] = `Court news ${k}\n\nA judge fined the bakery £38,217 for late filing.\n`;
    const note = 'The repairs to the quay cost £38,217 in all [@college].\n';
    // (the memo keeps the fines' passages, none of their frames made yet)
    const kept = (c: Corpus) => {
      const m = emptyMemoData(c.passageCount);
      for (const s of c.sources) if (s.key.startsWith('noise')) for (const p of s.passages) if (p.figures.length) m.frames.set(c.pid(p), []);
      return m;
    };
    const fresh = checkWith(files, note);
    const memoized = checkWith(files, note, kept);
    assert.equal(memoized.report, fresh.report);
    assert.equal(JSON.parse(memoized.report)[0][2], 'near');
    assert.deepEqual(memoized.framed, ['near']);
    assert.deepEqual(fresh.framed, ['near']);
  });
  it('the period the sentences before a passage set is read once per passage, however often its figures are aligned again (sourceFrames.ts:337 inheritedPeriod)', () => {
    const text = 'Kelby report\n\nIn 2019 Kelby opened a depot in Leeds. It sold 300 vans there. It hired 40 drivers. It leased 12 trucks.\n';
    const corpus = new Corpus([buildSource(0, '/ws/sources/kelby.txt', text)]);
    const read: number[] = [];
    withFramesSpy('memoized', (a) => a[0] === 'periods' && read.push(a[1] as number), () => {
      const frames = new SourceFrames(corpus);
      const passages = corpus.sources[0].passages.filter((p) => p.figures.length);
      const years: (number | undefined)[] = [];
      // (every figure asked twice, the passages in turn: a side is made for each alignment)
      for (let round = 0; round < 2; round++) for (const p of passages) for (const f of p.figures) years.push(frames.side(p, f)!.inheritedPeriod.year);
      assert.deepEqual(years, [undefined, 2019, 2019, undefined, undefined, 2019, 2019, undefined]);
      assert.equal(read.length, passages.length, 'once per passage');
    });
  });
});

describe('seed 21 survivors: bounds at zero (bounds.ts)', () => {
  it('a hedged zero agrees with a zero: "rose about 0%" / "rose 0%" is supported (bounds.ts:146 overlap, the edges touching at 0)', () => {
    const src = { 'kelby.txt': 'Kelby prices\n\nKelby said its van prices rose 0% in March, the first flat month in years.\n' };
    for (const hedge of ['about', 'nearly']) assert.equal(verdictOf(checkAgainst(src, `Kelby van prices rose ${hedge} 0% in March [@kelby].\n`), '0%'), 'supported', hedge);
    assert.equal(verdictOf(checkAgainst(src, 'Kelby van prices rose 0% in March [@kelby].\n'), '0%'), 'supported');
  });
});
