// Judging and deciding among a note figure's candidates (server/src/engine/check/rules.ts: judge,
// decide), on frames built by hand and aligned by the real align(): written against the survivors
// of a whole mutation run of rules.ts — which candidates are judged at all, in what order, the
// subject's own figures outranking others, a contradiction naming the subject against supports that
// do not, and which supports are shown as evidence.
import * as assert from 'node:assert/strict';
import { extractFigures, figuresAgree } from '../../server/src/engine/figures';
import { CANDIDATES_PER_STEP, VERDICT_POLICY as V } from '../../server/src/engine/check/policy';
import { decide, FrameCandidate, judge, judgeSteps, RuleOptions } from '../../server/src/engine/check/rules';
import type { ClaimFrame } from '../../server/src/engine/frames/frame';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import type { FrameSide } from '../../server/src/engine/frames/sourceFrames';
import type { Figure } from '../../server/src/engine/types';

/** The single figure of "It was TEXT then." */
function fig(text: string): Figure {
  const f = extractFigures(`It was ${text} then.`);
  assert.equal(f.length, 1, `one figure in ${JSON.stringify(text)}`);
  return f[0];
}

function side(over: Partial<ClaimFrame> = {}, referable: string[] = []): FrameSide {
  const frame: ClaimFrame = { role: 'level', metric: [], counted: 0, subject: [], names: [], namesBefore: 0, context: new Map(), period: {}, ...over };
  return { frame, referable: new Set(referable), inheritedPeriod: {} };
}

const lex = new Lexicon();
function options(over: Partial<RuleOptions> = {}): RuleOptions {
  return { tolerance: 0.1, exactAgree: (a, b) => figuresAgree(a, b, 0), comparable: () => true, idf: () => 1, lex, ...over };
}

/** A candidate figure, labelled by `ref`. */
const cand = (ref: string, figure: Figure, s: FrameSide): FrameCandidate<string> => ({ figure, side: s, ref });

const revenue = { metric: ['revenue'], counted: 1 };
const words = (...w: string[]) => new Map(w.map((x) => [x, 1]));

describe('judge and decide (rules.ts): the survivors of a mutation run', () => {
  // built in each test (work done when the file loads makes the mutants it reaches "hybrid": README "Tests")
  let note: { figure: Figure; side: FrameSide };
  beforeEach(() => {
    note = { figure: fig('$14.3 billion'), side: side({ ...revenue, context: words('quarterly', 'sales') }) };
  });

  describe('judge', () => {
    it('drops candidates that are not comparable, of another size kind, or blocked', () => {
      const f = fig('$14.3 billion');
      const o = options({ comparable: (_a, b) => b.value !== 7 });
      const js = judge(note, [
        cand('same', f, side(revenue)),
        cand('incomparable', { ...f, value: 7 }, side(revenue)),
        cand('size', { ...f, kind: 'size' }, side(revenue)),
        cand('blocked', f, side({ ...revenue, role: 'change' })),
      ], o);
      assert.deepEqual(js.map((j) => j.ref), ['same']);
    });
    it('a model size meets only a model size', () => {
      const size = { figure: { ...fig('$14.3 billion'), kind: 'size' as const }, side: note.side };
      const f = fig('$14.3 billion');
      assert.deepEqual(judge(size, [cand('count', f, side(revenue)), cand('size', { ...f, kind: 'size' }, side(revenue))], options()).map((j) => j.ref), ['size']);
    });
    it('a rate per another unit of time is compared in the note\'s unit, and only ever disagrees', () => {
      const weekly = { figure: fig('about 2,300'), side: side({ ...revenue, per: 'week' }) };
      const [j] = judge(weekly, [cand('monthly', fig('10,000'), side({ ...revenue, per: 'month' }))], options());
      assert.ok(j.alignment.perScale !== undefined && Math.abs(j.alignment.perScale - 7 / (365.25 / 12)) < 1e-9);
      assert.equal(j.relation, 'consistent', `10,000 a month is about 2,300 a week: ${j.relation} ${JSON.stringify(j.alignment)}`);
      const [k] = judge(weekly, [cand('monthly', fig('30,000'), side({ ...revenue, per: 'month' }))], options());
      assert.equal(k.relation, 'disagree');
    });
    it('without a subject in the note, candidates with subjects of their own are all kept', () => {
      const f = fig('$14.3 billion');
      assert.deepEqual(judge(note, [cand('globex', f, side({ ...revenue, subject: ['globex'] })), cand('nobody', f, side(revenue))], options()).map((j) => j.ref).sort(), ['globex', 'nobody']);
    });
    it('orders the candidates best aligned first', () => {
      const f = fig('$14.3 billion');
      const js = judge(note, [cand('bare', f, side(revenue)), cand('worded', f, side({ ...revenue, context: words('quarterly', 'sales') }))], options());
      assert.deepEqual(js.map((j) => j.ref), ['worded', 'bare']);
      assert.ok(js[0].alignment.score > js[1].alignment.score);
    });
    it("keeps, once one names the note's subject with the same metric, only the figures of that subject or of none", () => {
      const acme = { figure: fig('$14.3 billion'), side: side({ ...revenue, subject: ['acme'], names: ['acme'] }) };
      const f = fig('$14.3 billion');
      const cs = [cand('acme', f, side({ ...revenue, subject: ['acme'] }, ['acme'])), cand('globex', f, side({ ...revenue, subject: ['globex'] }, ['acme'])), cand('nobody', f, side(revenue, ['acme']))];
      assert.deepEqual(judge(acme, cs, options()).map((j) => j.ref).sort(), ['acme', 'nobody']);
      // without a candidate of the subject's own, all are kept
      assert.deepEqual(judge(acme, cs.slice(1), options()).map((j) => j.ref).sort(), ['globex', 'nobody']);
    });
    it(`yields after every ${CANDIDATES_PER_STEP} candidates, not before the first`, () => {
      const f = fig('$14.3 billion');
      const count = (n: number) => {
        const steps = judgeSteps(note, Array.from({ length: n }, (_, i) => cand(String(i), f, side(revenue))), options());
        let yields = 0;
        while (!steps.next().done) yields++;
        return yields;
      };
      assert.equal(count(1), 0);
      assert.equal(count(CANDIDATES_PER_STEP), 0);
      assert.equal(count(CANDIDATES_PER_STEP + 1), 1);
      assert.equal(count(2 * CANDIDATES_PER_STEP + 1), 2);
    });
  });

  describe('decide', () => {
    it('shows as evidence only the supports aligned nearly as well as the best', () => {
      const f = fig('$14.3 billion');
      const d = decide(note, [cand('weak', f, side(revenue)), cand('strong', f, side({ ...revenue, context: words('quarterly', 'sales') }))], options());
      assert.equal(d.verdict, 'supported');
      assert.deepEqual(d.supports.map((j) => j.ref), ['strong']);
    });
    it("a contradiction naming the note's subject beats supports that name nobody unless they align better outright", () => {
      const acme = { figure: fig('$14.3 billion'), side: side({ ...revenue, subject: ['acme'], names: ['acme'] }) };
      const contra = cand('contra', fig('$16.8 billion'), side({ ...revenue, subject: ['acme'], names: ['acme'], namesBefore: 1 }, ['acme']));
      const unnamed = cand('unnamed', fig('$14.3 billion'), side(revenue));
      const d = decide(acme, [contra, unnamed], options());
      assert.equal(d.verdict, 'contradicted');
      assert.equal(d.contradiction?.ref, 'contra');
      // a support that names the subject as well wins at the usual ratio
      const named = cand('named', fig('$14.3 billion'), side(revenue, ['acme']));
      assert.equal(decide(acme, [contra, named], options()).verdict, 'supported');
      // and so does one that names nobody, when the note's sentence names someone but not as its subject
      const mention = { figure: fig('$14.3 billion'), side: side({ ...revenue, names: ['acme'] }) };
      assert.equal(decide(mention, [contra, unnamed], options()).verdict, 'supported');
    });
    it('a support aligned at least supportOverContra as well as the contradiction wins', () => {
      const contra = cand('contra', fig('$16.8 billion'), side({ ...revenue, context: words('quarterly', 'sales') }));
      const plain = cand('plain', fig('$14.3 billion'), side(revenue));
      const [c, p] = judge(note, [contra, plain], options());
      assert.ok(p.alignment.score < c.alignment.score && p.alignment.score >= V.supportOverContra * c.alignment.score, `${p.alignment.score} against ${c.alignment.score}`);
      assert.equal(decide(note, [contra, plain], options()).verdict, 'supported');
    });
    it("a precise value found exactly adds preciseBonus of its context to its strength", () => {
      const contra = cand('contra', fig('$16.8 billion'), side({ ...revenue, context: words('quarterly', 'sales') }));
      const exact = cand('exact', fig('$14.3 billion'), side({ metric: ['tractor'], counted: 1, context: words('quarterly', 'sales') }));
      const [c, e] = judge(note, [contra, exact], options());
      assert.ok(e.alignment.score < V.supportOverContra * c.alignment.score, 'weaker than the contradiction without the bonus');
      assert.ok(e.alignment.score + V.preciseBonus * e.alignment.context >= V.supportOverContra * c.alignment.score, 'stronger with it');
      assert.equal(decide(note, [contra, exact], options()).verdict, 'supported');
      // the same, written with two significant digits: no bonus
      const round = { figure: fig('$14 billion'), side: note.side };
      assert.equal(decide(round, [cand('contra', fig('$17 billion'), contra.side), cand('exact', fig('$14 billion'), exact.side)], options()).verdict, 'contradicted');
    });
    it(`shows at most ${V.maxEvidence} supports`, () => {
      const f = fig('$14.3 billion');
      const d = decide(note, Array.from({ length: V.maxEvidence + 2 }, (_, i) => cand(String(i), f, side(revenue))), options());
      assert.equal(d.supports.length, V.maxEvidence);
    });
  });
});

describe('decide: the survivors of seed 5', () => {
  it("the year-before figure of the passage that contradicts is no support, by default the same passage being the same ref", () => {
    // "turnover was $44.7bn, compared to $45.9bn a year ago" for "turnover was $45.9bn"
    const note = { figure: fig('$45.9 billion'), side: side({ ...revenue, context: words('turnover') }) };
    const here = side({ ...revenue, context: words('turnover') });
    const before = side({ ...revenue, context: words('turnover'), period: { relative: 'earlier' } });
    const d = decide(note, [cand('p1', fig('$44.7 billion'), here), cand('p1', fig('$45.9 billion'), before)], options());
    assert.equal(d.verdict, 'contradicted');
    assert.deepEqual(d.supports.map((j) => j.ref), []);
    // in another passage it is
    const e = decide(note, [cand('p1', fig('$44.7 billion'), here), cand('p2', fig('$45.9 billion'), before)], options());
    assert.deepEqual(e.supports.map((j) => j.ref), ['p2']);
  });

  it("the note's value dated otherwise vetoes only a contradiction that does not state the note's own period (its month, and no quarter it lacks)", () => {
    const dated = (period: ClaimFrame['period']) => side({ ...revenue, context: words('turnover'), period });
    const verdict = (notePeriod: ClaimFrame['period'], contraPeriod: ClaimFrame['period'], otherPeriod: ClaimFrame['period']) =>
      decide({ figure: fig('$45.9 billion'), side: dated(notePeriod) }, [cand('contra', fig('$44.7 billion'), dated(contraPeriod)), cand('other', fig('$45.9 billion'), dated(otherPeriod))], options()).verdict;
    // the contradiction states the note's year and month: it stands
    assert.equal(verdict({ year: 2004, month: 5 }, { year: 2004, month: 5 }, { year: 2003, month: 5 }), 'contradicted');
    // …but a quarter of the note's year is another period, no contradiction at all (alignment.ts, session 11)
    assert.notEqual(verdict({ year: 2004 }, { year: 2004, quarter: 3 }, { year: 2003 }), 'contradicted');
    assert.equal(verdict({ year: 2004, quarter: 3 }, { year: 2004, quarter: 3 }, { year: 2003, quarter: 3 }), 'contradicted');
    // it states no period: vetoed
    assert.notEqual(verdict({ year: 2004 }, {}, { year: 2003 }), 'contradicted');
  });
});

