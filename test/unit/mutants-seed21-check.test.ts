// The checker at edges seed 21 of the mutation sample found untested (scripts/mutate-sample.mjs
// --seed 21), with made-up sources and names. Each case fails with its seed-21 mutant applied and
// passes without it. The wrong-source search's prefilters (nameReach.ts, othersBound.ts) are asked
// directly: they decide which candidates the search frames.
import * as assert from 'node:assert/strict';
import { align } from '../../server/src/engine/check/alignment';
import { LemmaForms, NameReach } from '../../server/src/engine/check/nameReach';
import { OthersBound } from '../../server/src/engine/check/othersBound';
import { namesAnother } from '../../server/src/engine/check/verdict';
import { VERDICT_POLICY as V } from '../../server/src/engine/check/policy';
import { contradicts, type Judged, type RuleOptions } from '../../server/src/engine/check/rules';
import { extractFigures } from '../../server/src/engine/figures';
import type { ClaimFrame } from '../../server/src/engine/frames/frame';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import type { FrameSide } from '../../server/src/engine/frames/sourceFrames';
import { buildSource } from '../../server/src/engine/sources';
import { frameIn } from '../helpers/frameReads';
import { checkAgainst, verdictOf } from './check-helpers';

const lex = new Lexicon();

/** A side of a frame read alone: nothing it can refer to, no period inherited. */
function alone(frame: ClaimFrame): FrameSide {
  return { frame, referable: new Set(), inheritedPeriod: {} } as unknown as FrameSide;
}

describe('seed 21 survivors: check', () => {
  before(async () => {
    for (const _ of lex.loadSteps()) await Promise.resolve();
  });

  it('why a rank apposed to another name is kept apart names each word of that name, one by one (alignment.ts rivalNames, as frames-debug prints it)', () => {
    const note = frameIn(lex, "Talvik, Norland's fourth-largest bank, had a bad year.", 'fourth');
    const source = frameIn(lex, "Korvo Holdings, Norland's fourth-largest bank, had a bad year.", 'fourth');
    assert.equal(align(alone(note), alone(source), () => 1, lex).blocked, 'apposed talvik vs holdings korvo');
  });

  it('a figure its sources already contradict keeps that contradiction: a digit twin of it elsewhere does not replace it (verdict.ts loneTwin only for the unverified)', () => {
    const files = { 'k.txt': 'Vans\n\nKelby sold 5,000 vans in 2004.\n\nIn all, the Kelby vans sold came to 4,381 that year.\n' };
    const r = checkAgainst(files, '# Notes\n\nKelby sold 4,318 vans in 2004 [@k].\n');
    assert.equal(verdictOf(r, '4,318'), 'contradicted');
    assert.deepEqual(r.diagnostics.map((d) => d.message), ['The note says 4,318; source k says 5,000 (line 3).']);
  });

  it('a sentence of the note with a figure contradicted by another passage lends its other figures no support as a pair quoted together; one contradicted by the pair\'s own passage does (coQuoted.ts misquotedFrom)', () => {
    const files = {
      't.txt': 'Hale through again\n\nVeteran Oskar Hale is through at Wembury. It is the 12th time in 15 trips to the event that the 34-year-old has gone so far.\n',
      'bio.txt': 'Hale profile\n\nOskar Hale, aged 34, is the oldest man in the draw at Wembury.\n',
    };
    const rows: [string, string][] = [
      ['Oskar Hale reached the last eight for the 12th time in 15 visits [@t].', 'supported'],
      // (session 52: the age misquoted from the very sentence the pair is read in — the rest of it is that sentence's)
      ['Oskar Hale, aged 31, reached the last eight for the 12th time in 15 visits [@t].', 'supported'],
      ['Oskar Hale reached the last eight for the 12th time in 15 visits [@t; @bio].', 'supported'],
      ['Oskar Hale, aged 31, reached the last eight for the 12th time in 15 visits [@t; @bio].', 'unverified'],
    ];
    for (const [sentence, verdict] of rows) assert.equal(verdictOf(checkAgainst(files, `# Notes\n\n${sentence}\n`), '15'), verdict, sentence);
  });

  it('a change the source gives in another unit contradicts only when the words around the two meet as well as a contradiction\'s must (unitSlip.ts, VERDICT_POLICY.contradictScore)', () => {
    const files = { 'u.txt': 'Trade news\n\nAcme Corp said its users in Spain grew by 1.4 million last year.\n' };
    const rows: [string, string][] = [
      ['Users grew by 1.4% in March [@u].', 'contradicted'],
      // (the note's other words its own: floods, strikes, towns — and "rose" for "grew")
      ['Users rose by 1.4% in March amid floods, strikes, blackouts, closures and riots in coastal towns [@u].', 'unverified'],
    ];
    for (const [sentence, verdict] of rows) assert.equal(verdictOf(checkAgainst(files, `# Notes\n\n${sentence}\n`), '1.4%'), verdict, sentence);
  });

  it('a scoreline\'s sides are the names of its own sentence, up to a semicolon: the result the wrong way round stays unsupported, whoever is named after it (scorelines.ts sentenceEnd)', () => {
    const files = { 't.txt': 'Open results\n\nMara Vey beat Lena Quill 6-4 6-2 on Monday.\n' };
    const r = checkAgainst(files, '# Notes\n\nQuill beat Vey 6-4 6-2; Ostrom, Lind and Marsh went out early [@t].\n');
    assert.deepEqual(r.figures.map((x) => `${x.figure.text} ${x.verdict}`), ['6-4 unverified', '6-2 unverified']);
  });

  it('the note\'s very value dated "this year" where the note says "last year" keeps an undated other value from contradicting it (rules.ts statesPeriod, the relative period)', () => {
    const note = '# Notes\n\nKelby sold 4,318 vans last year [@k].\n';
    assert.equal(verdictOf(checkAgainst({ 'k.txt': 'Kelby vans\n\nKelby sold 4,650 vans.\n' }, note), '4,318'), 'contradicted');
    assert.equal(verdictOf(checkAgainst({ 'k.txt': 'Kelby vans\n\nKelby sold 4,318 vans this year.\n\nKelby sold 4,650 vans.\n' }, note), '4,318'), 'unverified');
  });

  it('a year of a named subject\'s event takes an ordinary figure\'s bar only when the source names all of the subject: "Ms Hutt" is not all of "Jane Hutt" (rules.ts namedDate)', () => {
    // (the words after the year the note's own, so the two align below the weak figures' firm bar)
    const files = { 'k.txt': 'Hutt elected\n\nMs Hutt was first elected in 2003.\n' };
    const tail = 'was first elected in 1999, ending decades of dominance by mining unions across the southern valleys [@k].';
    assert.equal(verdictOf(checkAgainst(files, `# Notes\n\nHutt ${tail}\n`), '1999'), 'contradicted');
    // (session 46: a weak figure whose value nothing in reach states meets the looser bar, the
    // ordinary one — so the subject met in part decides only where the firm bar holds: judged by hand)
    const year = (text: string) => extractFigures(`It was in ${text}.`)[0];
    const frame: ClaimFrame = { role: 'date', metric: ['elect'], counted: 0, subject: ['hutt'], names: ['hutt'], namesBefore: 1, context: new Map(), period: {} };
    const judgedAt = (subject: number): Judged<null> => ({
      figure: year('2003'), side: { frame, referable: new Set(), inheritedPeriod: {} }, ref: null, relation: 'disagree', noteSubject: ['jane', 'hutt'],
      alignment: { metric: 1, subject, subjectBefore: true, namesMissing: 0, namesMissingWide: 0, context: 0.22, structure: 0, structureFields: 0, score: (V.contradictScore + V.weakContradictScore) / 2 },
    });
    const o: RuleOptions = { tolerance: 0.02, exactAgree: (a, b) => a.value === b.value, comparable: () => true, idf: () => 1, lex };
    assert.equal(contradicts(year('1999'), judgedAt(1), o), true, 'all of the subject named: an ordinary bar');
    assert.equal(contradicts(year('1999'), judgedAt(0.5), o), false, 'part of it: the firm bar');
    assert.equal(contradicts(year('1999'), judgedAt(0.5), { ...o, weakUnstated: true }), true, 'part of it, the year stated nowhere in reach: the loose bar');
  });

  it('a source that breaks off after a later share\'s "of the", with no full stop, is read to its end without failing (slots.ts wholeOfShare)', () => {
    const files = { 'k.txt': 'Fleet\n\nVans took 30% of sales, while bikes took 12% of the' };
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nBikes took 12% of sales [@k].\n'), '12%'), 'supported');
  });

  it('a support whose stretch holds a word of its own ("van") gives way to the stretch the note\'s phrase names, though the note\'s sentence holds another value too (slots.ts byOwnTerms, mineOnly)', () => {
    const files = { 'k.txt': 'Kelby results\n\nKelby van sales rose 5% and export sales rose 7%, the company said.\n' };
    for (const sentence of ['Kelby export sales rose 5% [@k].', 'Kelby export sales rose 5% and its staff numbers rose 2% [@k].']) {
      const r = checkAgainst(files, `# Notes\n\n${sentence}\n`);
      assert.equal(verdictOf(r, '5%'), 'contradicted', sentence);
      assert.equal(r.diagnostics[0].message, 'The note says 5%; source k says 7% (line 3).', sentence);
    }
  });

  it('the wrong-source search reads a passage and its source\'s title apart: a passage ending "at Os" under the title "Lundahl news" leaves no trace of "Oslunda" (nameReach.ts mayReachAll)', () => {
    const source = buildSource(0, '/ws/sources/k.txt', 'Lundahl news\n\nThe vans were sold at Os\n');
    const passage = source.passages[source.passages.length - 1];
    const reach = (name: string) => new NameReach([name], undefined, new LemmaForms()).mayReachAll(source, passage);
    assert.equal(reach('lundahl'), true);
    assert.equal(reach('oslunda'), false);
  });

  describe('the bounds of the wrong-source search on a candidate, from its passage\'s words (othersBound.ts)', () => {
    /** The bounds for the figure `text` of a note's sentence. */
    const boundsFor = (sentence: string, text: string) => {
      const figure = extractFigures(sentence).find((f) => f.text === text)!;
      return new OthersBound({ figure, frame: frameIn(lex, sentence, text), tolerance: 0.02, idf: () => 1, lex, named: true, precise: false, namesAnother });
    };
    const everyWord = { has: () => true };

    it('a note that states no field (year, month, direction…) bounds the structure at ½, as structureMeet gives it; one that states a year, at 1', () => {
      // (metric 1 × 0.4, subject 1 × 0.15, context 1 × 0.3, structure × 0.15)
      const score = (sentence: string) => boundsFor(sentence, '300').bound(everyWord).score;
      assert.ok(Math.abs(score('Kelby sold 300 vans.') - 0.925) < 1e-6, `${score('Kelby sold 300 vans.')}`);
      assert.ok(Math.abs(score('Kelby sold 300 vans in 2004.') - 1) < 1e-6, `${score('Kelby sold 300 vans in 2004.')}`);
    });

    it('the note\'s very value the other way ("fell 12%" for "rose 12%") may decide by paraphrase when the metric may reach looseMetric, not below it', () => {
      const bounds = boundsFor('Kelby van sales rose 12% last year.', '12%');
      const other = extractFigures('Van sales fell 12%.')[0];
      const rows: [number, boolean][] = [
        [0.5, true],
        [0.3, false],
      ];
      for (const [metric, may] of rows) assert.equal(bounds.mayDecide(other, { has: () => false }, { metric, context: 0, score: 0.3 }, () => false), may, `metric ${metric}`);
    });

    it('an agreeing candidate whose bound is exactly the bar may reach it (decideOthers keeps the few only when every other stays below)', () => {
      const bounds = boundsFor('Kelby van sales rose 12% last year.', '12%');
      const same = extractFigures('Van sales rose 12%.')[0];
      assert.equal(bounds.mayReach(same, 0.8, { metric: 1, context: 1, score: 0.8 }), true);
      assert.equal(bounds.mayReach(same, 0.8, { metric: 1, context: 1, score: 0.79 }), false);
    });
  });
});
