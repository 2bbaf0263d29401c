// The verdict rules (server/src/engine/check/rules.ts) one gate at a time: a judged candidate is
// built by hand — its alignment set to the policy's thresholds and just below them — so each test
// shows one gate deciding, whatever the frame readers would make of a sentence. The thresholds are
// read from VERDICT_POLICY: the tests hold when the policy is re-tuned.
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures';
import type { Alignment } from '../../server/src/engine/check/alignment';
import { VERDICT_POLICY as V } from '../../server/src/engine/check/policy';
import { contradicts, digitTwins, isWeak, Judged, plausible, RuleOptions, significantDigits, supports } from '../../server/src/engine/check/rules';
import type { ClaimFrame } from '../../server/src/engine/frames/frame';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import type { ValueRelation } from '../../server/src/engine/frames/bounds';
import type { Figure } from '../../server/src/engine/types';

/** The single figure of "It was TEXT then." */
function fig(text: string): Figure {
  const f = extractFigures(`It was ${text} then.`);
  assert.equal(f.length, 1, `one figure in ${JSON.stringify(text)}: ${JSON.stringify(f.map((x) => x.text))}`);
  return f[0];
}

/** An alignment where nothing meets: every gate starts closed. */
function aligned(over: Partial<Alignment> = {}): Alignment {
  return { metric: 0, subject: 0, structure: 0, structureFields: 0, subjectBefore: true, namesMissing: 0, namesMissingWide: 0, context: 0, score: 0, ...over };
}

function frame(over: Partial<ClaimFrame> = {}): ClaimFrame {
  return { role: 'level', metric: [], counted: 0, subject: [], names: [], namesBefore: 0, context: new Map(), period: {}, ...over };
}

interface JudgedParts {
  relation?: ValueRelation;
  alignment?: Partial<Alignment>;
  frame?: Partial<ClaimFrame>;
  noteSubject?: string[];
}

function judged(source: Figure, p: JudgedParts = {}): Judged<null> {
  return {
    figure: source,
    side: { frame: frame(p.frame), referable: new Set(), inheritedPeriod: {} },
    ref: null,
    relation: p.relation ?? 'agree',
    alignment: aligned(p.alignment),
    noteSubject: p.noteSubject ?? [],
  };
}

const lex = new Lexicon();
function options(over: Partial<RuleOptions> = {}): RuleOptions {
  return { tolerance: 0.1, exactAgree: (a, b) => a.value === b.value, comparable: () => true, idf: () => 1, lex, ...over };
}
/** Just below a threshold. */
const below = (x: number) => x - 1e-9;

describe('verdict rules, gate by gate (rules.ts)', () => {
  describe('isWeak: figures easily matched by chance', () => {
    it('a year and a multiplier are weak whatever their value', () => {
      assert.equal(isWeak(fig('2024')), true);
      assert.equal(isWeak({ ...fig('$14.3 billion'), kind: 'multiplier' }), true);
    });
    it('a whole count or number up to weakMaxValue is weak, one more is not', () => {
      assert.equal(isWeak({ ...fig('5'), value: V.weakMaxValue }), true);
      assert.equal(isWeak({ ...fig('5'), value: V.weakMaxValue + 1 }), false);
      assert.equal(isWeak({ ...fig('5'), value: -V.weakMaxValue }), true);
      assert.equal(isWeak({ ...fig('5'), value: -V.weakMaxValue - 1 }), false);
      assert.equal(isWeak({ ...fig('5'), kind: 'number' }), true);
    });
    it('not when written with decimals, with a scale, or of another kind', () => {
      assert.equal(isWeak(fig('5.0')), false);
      assert.equal(isWeak({ ...fig('5'), scale: 1e3 }), false);
      assert.equal(isWeak(fig('5%')), false);
      assert.equal(isWeak(fig('$5')), false);
    });
  });

  describe('significantDigits: as written, without leading or trailing zeros', () => {
    const rows: [string, number][] = [['$14.3 billion', 3], ['1,200', 2], ['1,205', 4], ['0.5', 1], ['0.050', 1], ['120', 2], ['4,610,849', 7], ['two million', 1]];
    for (const [text, n] of rows) it(`${text} → ${n}`, () => assert.equal(significantDigits(fig(text)), n));
  });

  describe('plausible: values of a size to be about the same thing', () => {
    const p = (a: Figure, b: Figure) => [plausible(a, b), plausible(b, a)];
    it('years and quarters: within yearSlack of each other, whichever side is the date', () => {
      const y = fig('2004');
      assert.deepEqual(p(y, { ...y, value: 2004 + V.yearSlack }), [true, true]);
      assert.deepEqual(p(y, { ...y, value: 2004 + V.yearSlack + 1 }), [false, false]);
      const count = { ...fig('5'), value: 2004 - V.yearSlack - 1 };
      assert.deepEqual(p(y, count), [false, false]);
      const q = fig('Q3 2004');
      assert.deepEqual(p(q, count), [false, false]);
      assert.deepEqual(p(q, { ...count, value: 2004 }), [true, true]);
    });
    it('zero: only beside a small value (the sum below zeroPlausibleSum)', () => {
      const zero = { ...fig('5'), value: 0 };
      assert.deepEqual(p(zero, { ...zero, value: below(V.zeroPlausibleSum) }), [true, true]);
      assert.deepEqual(p(zero, { ...zero, value: V.zeroPlausibleSum }), [false, false]);
      assert.deepEqual(p(zero, zero), [true, true]);
    });
    it('within plausibleRatio of each other, in either order and sign', () => {
      const one = { ...fig('5'), value: 1 };
      assert.deepEqual(p(one, { ...one, value: V.plausibleRatio }), [true, true]);
      assert.deepEqual(p(one, { ...one, value: V.plausibleRatio + 1 }), [false, false]);
      assert.deepEqual(p({ ...one, value: -1 }, { ...one, value: V.plausibleRatio }), [true, true]);
      assert.deepEqual(p({ ...one, value: -1 }, { ...one, value: -V.plausibleRatio - 1 }), [false, false]);
    });
    it('a scale slip (a power of 1,000 apart) is plausible, other powers of ten are not', () => {
      const one = { ...fig('5'), value: 2.1 };
      for (const [factor, want] of [[1e3, true], [1e6, true], [1e9, true], [1e2, false], [1e4, false], [1e5, false], [1000.5, false]] as const) {
        assert.deepEqual(p(one, { ...one, value: 2.1 * factor }), [want, want], `×${factor}`);
      }
    });
  });

  describe('digitTwins: the same digits misplaced, or the same number with another scale', () => {
    it('swapped digits and another scale are twins', () => {
      assert.equal(digitTwins(fig('$14.3 billion'), fig('$41.3 billion')), true);
      assert.equal(digitTwins(fig('$14.3 billion'), fig('$14.3 million')), true);
      assert.equal(digitTwins(fig('13.2 million'), fig('12.3 million')), true);
    });
    it('leading zeros do not count ("0.25" and "2.5", "0.0012" and "0.012"); zeros inside do ("1.05" and "1.5")', () => {
      assert.equal(digitTwins(fig('0.25'), fig('2.5')), true);
      assert.equal(digitTwins(fig('0.0012'), fig('0.012')), true);
      assert.equal(digitTwins(fig('1.05'), fig('1.5')), false);
    });
    it('not the same value, another unit, words, a single digit, other digits or another length', () => {
      assert.equal(digitTwins(fig('$14.3 billion'), fig('$14.3 billion')), false);
      assert.equal(digitTwins(fig('$14.3 billion'), fig('£41.3 billion')), false);
      assert.equal(digitTwins(fig('two million'), fig('2 billion')), false);
      assert.equal(digitTwins(fig('2 billion'), fig('two million')), false);
      assert.equal(digitTwins(fig('$4 billion'), fig('$4 million')), false);
      assert.equal(digitTwins(fig('$14.3 billion'), fig('$15.3 billion')), false);
      assert.equal(digitTwins(fig('$14.3 billion'), fig('$143.5 billion')), false);
    });
  });

  describe('supports', () => {
    const o = options();
    it('never a value that does not agree', () => {
      const f = fig('$14.3 billion');
      assert.equal(supports(f, judged(f, { relation: 'consistent', alignment: { metric: 1, score: 1, context: 1 } }), o), false);
      assert.equal(supports(f, judged(f, { relation: 'disagree', alignment: { metric: 1, score: 1, context: 1 } }), o), false);
    });

    describe('a precise value stated exactly, every name in reach', () => {
      let f: Figure;
      beforeEach(() => {
        f = fig('$14.3 billion');
      });
      it('with preciseContext of shared words, or the metric at metricModifierLevel, or names around the source figure', () => {
        assert.equal(supports(f, judged(f, { alignment: { context: V.preciseContext } }), o), true);
        assert.equal(supports(f, judged(f, { alignment: { context: below(V.preciseContext) } }), o), false);
        assert.equal(supports(f, judged(f, { alignment: { metric: V.metricModifierLevel } }), o), true);
        assert.equal(supports(f, judged(f, { alignment: { metric: below(V.metricModifierLevel) } }), o), false);
        assert.equal(supports(f, judged(f, { frame: { names: ['acme'] } }), o), true);
        assert.equal(supports(f, judged(f), o), false);
      });
      it('not when a name is out of reach, the value is not stated exactly, or it has fewer than preciseDigits digits', () => {
        assert.equal(supports(f, judged(f, { alignment: { context: 1, namesMissingWide: 1 } }), o), false);
        assert.equal(supports(f, judged(f, { alignment: { context: 1 } }), options({ exactAgree: () => false })), false);
        const short = fig('$14 billion');
        assert.equal(supports(short, judged(short, { alignment: { context: V.preciseContext } }), o), false);
      });
      it('not for a weak figure or a quarter, however many digits', () => {
        const year = fig('2024');
        assert.equal(supports(year, judged(year, { alignment: { context: V.preciseContext } }), o), false);
        const quarter = fig('Q3 2004');
        assert.equal(supports(quarter, judged(quarter, { alignment: { context: V.preciseContext } }), o), false);
      });
    });

    describe("a rounding of a precise figure in the source figure's own clause about the note's subject", () => {
      let note: Figure;
      beforeEach(() => {
        note = fig('£4.6m');
      });
      let source: Figure;
      beforeEach(() => {
        source = fig('£4,610,849');
      });
      const own = { noteSubject: ['acme'], frame: { subject: ['acme'] } };
      it('supports with nothing else aligned', () => {
        assert.equal(supports(note, judged(source, own), o), true);
      });
      it('the source figure needs preciseSourceDigits digits', () => {
        assert.equal(supports(note, judged(fig('£46,108'), own), o), true);
        assert.equal(supports(note, judged(fig('£4,611'), own), o), false);
      });
      it("every word of the note's subject in the source's, the note naming one, every name in reach", () => {
        assert.equal(supports(note, judged(source, { noteSubject: ['acme'], frame: { subject: [] } }), o), false);
        assert.equal(supports(note, judged(source, { noteSubject: [], frame: { subject: ['acme'] } }), o), false);
        assert.equal(supports(note, judged(source, { noteSubject: ['acme', 'beta'], frame: { subject: ['acme'] } }), o), false);
        assert.equal(supports(note, judged(source, { ...own, alignment: { namesMissingWide: 1 } }), o), false);
      });
      it('a position needs no digits; a weak figure never', () => {
        const seventh = { ...fig('7'), kind: 'ordinal' as const };
        assert.equal(supports(seventh, judged(seventh, own), o), true);
        const small = fig('7');
        assert.equal(supports(small, judged(fig('7'), own), o), false);
      });
    });

    describe('every explicit field alike, at least structureFieldsSupport of them', () => {
      let f: Figure;
      beforeEach(() => {
        f = fig('$14 billion');
      });
      it('supports with nothing else aligned but a metric that is no clear mismatch', () => {
        assert.equal(supports(f, judged(f, { alignment: { structure: 1, structureFields: V.structureFieldsSupport, metric: 0.01 } }), o), true);
      });
      it('not when the two metrics clearly differ ("China\'s economy" / "Chinese exports", both up 25% in 2004)', () => {
        assert.equal(supports(f, judged(f, { alignment: { structure: 1, structureFields: V.structureFieldsSupport, metric: 0 } }), o), false);
      });
      it('not with one field fewer, one field unlike, a name out of reach, or a weak figure', () => {
        assert.equal(supports(f, judged(f, { alignment: { structure: 1, structureFields: V.structureFieldsSupport - 1, metric: 0.01 } }), o), false);
        assert.equal(supports(f, judged(f, { alignment: { structure: below(1), structureFields: V.structureFieldsSupport, metric: 0.01 } }), o), false);
        assert.equal(supports(f, judged(f, { alignment: { structure: 1, structureFields: V.structureFieldsSupport, namesMissingWide: 1, metric: 0.01 } }), o), false);
        const small = fig('7');
        assert.equal(supports(small, judged(small, { alignment: { structure: 1, structureFields: V.structureFieldsSupport, metric: 0.01 } }), o), false);
      });
    });

    describe('a weak figure: its metric met with weakSupportScore, or weakSupportContext with weakSupportContextScore', () => {
      let f: Figure;
      beforeEach(() => {
        f = fig('7');
      });
      it('at the thresholds, and not just below any of them', () => {
        assert.equal(supports(f, judged(f, { alignment: { metric: V.metricMeets, score: V.weakSupportScore } }), o), true);
        assert.equal(supports(f, judged(f, { alignment: { metric: below(V.metricMeets), score: V.weakSupportScore } }), o), false);
        assert.equal(supports(f, judged(f, { alignment: { metric: V.metricMeets, score: below(V.weakSupportScore) } }), o), false);
        assert.equal(supports(f, judged(f, { alignment: { context: V.weakSupportContext, score: V.weakSupportContextScore } }), o), true);
        assert.equal(supports(f, judged(f, { alignment: { context: below(V.weakSupportContext), score: V.weakSupportContextScore } }), o), false);
        assert.equal(supports(f, judged(f, { alignment: { context: V.weakSupportContext, score: below(V.weakSupportContextScore) } }), o), false);
      });
      it('never by the looser rules of other figures', () => {
        assert.equal(supports(f, judged(f, { alignment: { score: V.supportScore, metric: V.looseMetric, context: V.looseContext } }), o), false);
      });
    });

    describe('any other figure: its metric met, or supportScore, or (loosely) no metric mismatch with shared words', () => {
      let f: Figure;
      beforeEach(() => {
        f = fig('$14 billion');
      });
      it('at the thresholds, and not just below them', () => {
        assert.equal(supports(f, judged(f, { alignment: { metric: V.metricMeets } }), o), true);
        assert.equal(supports(f, judged(f, { alignment: { score: V.supportScore } }), o), true);
        assert.equal(supports(f, judged(f, { alignment: { metric: below(V.looseMetric), score: below(V.supportScore) } }), o), false);
        assert.equal(supports(f, judged(f, { alignment: { metric: V.looseMetric, context: V.looseContext } }), o), true);
        assert.equal(supports(f, judged(f, { alignment: { metric: below(V.looseMetric), context: V.looseContext } }), o), false);
        assert.equal(supports(f, judged(f, { alignment: { metric: V.looseMetric, context: below(V.looseContext) } }), o), false);
      });
      it('the loose rule needs every name in reach', () => {
        assert.equal(supports(f, judged(f, { alignment: { metric: V.looseMetric, context: V.looseContext, namesMissingWide: 1 } }), o), false);
      });
    });
  });

  describe('contradicts', () => {
    const o = options();
    let note: Figure;
    beforeEach(() => {
      note = fig('$14 billion');
    });
    let other: Figure;
    beforeEach(() => {
      other = fig('$20 billion');
    });
    /** Every gate open: the metric met, the subject named before, a strong alignment. */
    const open: Partial<Alignment> = { metric: V.metricMeets, score: V.contradictScore };
    const c = (f: Figure, g: Figure, p: JudgedParts, opts = o) => contradicts(f, judged(g, { relation: 'disagree', ...p }), opts);

    it('only values that disagree', () => {
      assert.equal(c(note, other, { alignment: open }), true);
      assert.equal(contradicts(note, judged(other, { relation: 'consistent', alignment: open }), o), false);
      assert.equal(contradicts(note, judged(other, { relation: 'agree', alignment: open }), o), false);
    });
    it('never a vague figure, on either side', () => {
      assert.equal(c({ ...note, vague: true }, other, { alignment: open }), false);
      assert.equal(c(note, { ...other, vague: true }, { alignment: open }), false);
    });
    it('each gate closes it: metric, a name missing, the subject not before, a rate mismatch, the score', () => {
      assert.equal(c(note, other, { alignment: { ...open, metric: below(V.metricMeets) } }), false);
      assert.equal(c(note, other, { alignment: { ...open, namesMissing: 1 } }), false);
      assert.equal(c(note, other, { alignment: { ...open, subjectBefore: false } }), false);
      assert.equal(c(note, other, { alignment: { ...open, rateMismatch: true } }), false);
      assert.equal(c(note, other, { alignment: { ...open, score: below(V.contradictScore) } }), false);
    });
    it('a weak figure needs weakContradictScore', () => {
      const seven = fig('7');
      assert.equal(c(seven, fig('9'), { alignment: { ...open, score: V.weakContradictScore } }), true);
      assert.equal(c(seven, fig('9'), { alignment: { ...open, score: below(V.weakContradictScore) } }), false);
    });
    it('values of implausible size for each other never contradict', () => {
      assert.equal(c(fig('$1 billion'), fig('$50 billion'), { alignment: { ...open, score: 1 } }), false);
    });
    it("the checker's veto has the last word", () => {
      assert.equal(c(note, other, { alignment: open }, options({ veto: () => true })), false);
      assert.equal(c(note, other, { alignment: open }, options({ veto: () => false })), true);
    });

    describe("a misquote's fingerprint about the note's subject needs no metric and no score", () => {
      let f: Figure;
      beforeEach(() => {
        f = fig('$14.3 billion');
      });
      let twin: Figure;
      beforeEach(() => {
        twin = fig('$41.3 billion');
      });
      const own: JudgedParts = { noteSubject: ['acme'], frame: { subject: ['acme'] } };
      it('contradicts with nothing aligned', () => {
        assert.equal(c(f, twin, own), true);
      });
      it("not about a change, with a name missing, a rate mismatch, no subject or another subject, or vetoed", () => {
        assert.equal(c(f, twin, { ...own, frame: { subject: ['acme'], role: 'change' } }), false);
        assert.equal(c(f, twin, { ...own, alignment: { namesMissing: 1 } }), false);
        assert.equal(c(f, twin, { ...own, alignment: { rateMismatch: true } }), false);
        assert.equal(c(f, twin, { ...own, frame: { subject: [] } }), false);
        assert.equal(c(f, twin, { ...own, noteSubject: [] }), false);
        assert.equal(c(f, twin, { noteSubject: ['acme', 'beta'], frame: { subject: ['acme'] } }), false);
        assert.equal(c(f, twin, own, options({ veto: () => true })), false);
      });
      it('other digits take the ordinary gates', () => {
        assert.equal(c(f, fig('$15.3 billion'), own), false);
      });
      it("the subject named around the source figure counts only with the metric met, and only when the figure's clause has a subject", () => {
        const around = (metric: number, subject: string[]): JudgedParts => ({ noteSubject: ['acme'], frame: { subject, names: ['acme', ...subject] }, alignment: { metric, subjectBefore: true } });
        assert.equal(c(f, twin, around(V.metricMeets, ['beta'])), true);
        assert.equal(c(f, twin, around(below(V.metricMeets), ['beta'])), false);
        // no subject of its own: the ordinary gates, which a score of 0 closes
        assert.equal(c(f, twin, around(1, [])), false);
        // the metric met but the note's subject not named at all
        assert.equal(c(f, twin, { noteSubject: ['acme'], frame: { subject: ['beta'], names: ['beta'] }, alignment: { metric: 1 } }), false);
      });
    });

    describe('the same number per another unit of time: rateSlipScore is enough', () => {
      const slip = (over: Partial<Alignment>) => ({ alignment: { ...open, perScale: 7 / 30.44, score: V.rateSlipScore, ...over } });
      it('contradicts at rateSlipScore, below contradictScore', () => {
        assert.ok(V.rateSlipScore < V.contradictScore);
        assert.equal(c(note, fig('$14 billion'), slip({})), true);
      });
      it('not below it, not for another number, not without two units of time', () => {
        assert.equal(c(note, fig('$14 billion'), slip({ score: below(V.rateSlipScore) })), false);
        assert.equal(c(note, other, slip({})), false);
        assert.equal(c(note, fig('$14 billion'), slip({ perScale: undefined })), false);
      });
    });

    describe('a date: its month, its fields and dateContext stand in for a metric and for the weak gate', () => {
      let y: Figure;
      beforeEach(() => {
        y = fig('2004');
      });
      const dated = (over: Partial<Alignment>, period: ClaimFrame['period'] = { month: 5 }): JudgedParts => ({ frame: { period }, alignment: { structure: 1, context: V.dateContext, score: V.contradictScore, ...over } });
      it('contradicts without a metric, at contradictScore', () => {
        assert.equal(c(y, fig('2006'), dated({})), true);
      });
      it('not without the month, with a field unlike, with less context, or for a count', () => {
        assert.equal(c(y, fig('2006'), dated({}, {})), false);
        assert.equal(c(y, fig('2006'), dated({ structure: below(1) })), false);
        assert.equal(c(y, fig('2006'), dated({ context: below(V.dateContext) })), false);
        assert.equal(c(fig('7'), fig('9'), dated({})), false);
      });
    });

    describe("a person's age: the role and the person stand in for the score", () => {
      const age = (over: Partial<Alignment>): JudgedParts => ({ frame: { role: 'age' }, alignment: { metric: V.metricMeets, subject: 1, ...over } });
      it('contradicts with no score at all', () => {
        assert.equal(c(fig('34'), fig('35'), age({})), true);
      });
      it('not when the person is not the subject, a name is out of reach, or it is not an age', () => {
        assert.equal(c(fig('34'), fig('35'), age({ subject: below(1) })), false);
        assert.equal(c(fig('34'), fig('35'), age({ namesMissingWide: 1 })), false);
        assert.equal(c(fig('34'), fig('35'), { alignment: { metric: V.metricMeets, subject: 1 } }), false);
      });
    });
  });
});

describe('verdict rules: the survivors of seed 5 (rules.ts)', () => {
  const o = options();
  const open: Partial<Alignment> = { metric: V.metricMeets, score: V.contradictScore };
  const c = (f: Figure, g: Figure, p: JudgedParts) => contradicts(f, judged(g, { relation: 'disagree', ...p }), o);

  it('a ratio written in words is no digit slip of another ("one in 12" / "one in 21")', () => {
    assert.equal(digitTwins(fig('one in 12'), fig('one in 21')), false);
    assert.equal(digitTwins(fig('1 in 12'), fig('1 in 21')), true);
  });

  it('digit twins in the same words around them contradict from looseMetric on, not below', () => {
    const twin = (metric: number) => c(fig('$14.3 billion'), fig('$41.3 billion'), { alignment: { metric, context: V.twinContext } });
    assert.equal(twin(V.looseMetric), true);
    assert.equal(twin(below(V.looseMetric)), false);
  });

  it('the same change the other way contradicts from directionSlipScore on, not below', () => {
    assert.ok(V.directionSlipScore < V.contradictScore);
    const slip = (score: number) => c(fig('$14 billion'), fig('$20 billion'), { alignment: { ...open, opposite: true, score } });
    assert.equal(slip(V.directionSlipScore), true);
    assert.equal(slip(below(V.directionSlipScore)), false);
  });

  it("the year of an event of the note's named subject needs only contradictScore; a year without a subject the weak bar", () => {
    assert.ok(V.contradictScore < V.weakContradictScore);
    const dated = (noteSubject: string[]): JudgedParts => ({ frame: { role: 'date' }, noteSubject, alignment: { ...open, subject: 1, score: V.contradictScore } });
    assert.equal(c(fig('1997'), fig('1996'), dated(['shakur'])), true);
    assert.equal(c(fig('1997'), fig('1996'), dated([])), false);
    assert.equal(c(fig('1997'), fig('1996'), { ...dated(['shakur']), frame: { role: 'level' } }), false);
  });
});
