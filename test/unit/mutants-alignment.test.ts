// Aligning a note's claim frame with a source's (server/src/engine/check/alignment.ts), field by
// field, on frames built by hand: written against the mutants of scripts/mutate-sample.mjs that
// survived (a day, a quarter or a part of the year that no longer conflicts, an inherited year
// dropped, a note's modifier the source lacks, "people" against a word for people).
import * as assert from 'node:assert/strict';
import { align, periodsConflict } from '../../server/src/engine/check/alignment';
import { ALIGN_POLICY as A } from '../../server/src/engine/check/policy';
import type { ClaimFrame, Period } from '../../server/src/engine/frames/frame';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import type { FrameSide } from '../../server/src/engine/frames/sourceFrames';

function frame(over: Partial<ClaimFrame> = {}): ClaimFrame {
  return { role: 'level', metric: [], counted: 0, subject: [], names: [], namesBefore: 0, context: new Map(), period: {}, ...over };
}
function side(over: Partial<ClaimFrame> = {}, inheritedPeriod: Period = {}): FrameSide {
  return { frame: frame(over), referable: new Set(), inheritedPeriod };
}
const lex = new Lexicon();
const aligned = (n: FrameSide, s: FrameSide) => align(n, s, () => 1, lex);

describe('alignment of two claim frames (alignment.ts)', () => {
  describe('periodsConflict', () => {
    it('two days of one month conflict; the same day, or days of two months unknown, do not', () => {
      assert.equal(periodsConflict({ month: 3, day: 1 }, { month: 3, day: 2 }), true);
      assert.equal(periodsConflict({ month: 3, day: 1 }, { month: 3, day: 1 }), false);
      assert.equal(periodsConflict({ day: 1 }, { month: 3 }), false);
    });
    it('a quarter conflicts only with another quarter, not with a period that states none', () => {
      assert.equal(periodsConflict({ quarter: 2 }, { quarter: 3 }), true);
      assert.equal(periodsConflict({ quarter: 2 }, {}), false);
      assert.equal(periodsConflict({}, { quarter: 2 }), false);
      assert.equal(periodsConflict({ quarter: 2 }, { quarter: 2 }), false);
    });
    it('a target conflicts with what happened', () => {
      assert.equal(periodsConflict({ mode: 'plan' }, { mode: 'past' }), true);
      assert.equal(periodsConflict({ mode: 'plan' }, {}), false);
    });
    it('the whole year conflicts with each part of it: a quarter, a half, a month (either side)', () => {
      for (const part of [{ quarter: 4 }, { half: 1 as const }, { month: 6 }] as Period[]) {
        assert.equal(periodsConflict({ annual: true }, part), true, JSON.stringify(part));
        assert.equal(periodsConflict(part, { annual: true }), true, JSON.stringify(part));
      }
      assert.equal(periodsConflict({ annual: true }, { year: 2004 }), false);
    });
    it('a year named alone conflicts with a quarter or half of that year, not with a month of it (a month often dates the statement)', () => {
      for (const part of [{ year: 2004, quarter: 3 }, { year: 2004, half: 1 as const }] as Period[]) {
        assert.equal(periodsConflict({ year: 2004 }, part), true, JSON.stringify(part));
        assert.equal(periodsConflict(part, { year: 2004 }), true, JSON.stringify(part));
      }
      assert.equal(periodsConflict({ year: 2004 }, { year: 2004, month: 6 }), false);
      assert.equal(periodsConflict({ year: 2004, half: 1 }, { year: 2004, half: 1 }), false);
      assert.equal(periodsConflict({ quarter: 3 }, { year: 2004 }), false); // (a quarter of no year said)
    });
  });

  describe('align: what blocks a comparison', () => {
    it('another end of a change blocks it, and says which two', () => {
      const a = aligned(side({ end: 'from' }), side({ end: 'to' }));
      assert.ok(a.blocked?.includes('from') && a.blocked.includes('to'), a.blocked);
    });
    it("two dates' prepositions of different kinds block only dates", () => {
      assert.equal(aligned(side({ role: 'date', prep: 'by' }), side({ role: 'date', prep: 'in' })).blocked, 'date by vs in');
      assert.equal(aligned(side({ role: 'level', prep: 'by' }), side({ role: 'level', prep: 'in' })).blocked, undefined);
    });
    it("the year of the source's sentences before counts against a year the note states", () => {
      const note = side({ period: { year: 2004 } });
      assert.equal(aligned(note, side({}, { year: 2005 })).blocked, 'period (context)');
      assert.equal(aligned(note, side({}, { year: 2004 })).blocked, undefined);
      // a relative period of the source's own ("last year") keeps the inherited year out
      assert.equal(aligned(side({ period: { relative: 'last' } }), side({ period: { relative: 'last' } }, { year: 2005 })).blocked, undefined);
    });
    it('directions are opposite only when both sides state one, and differently', () => {
      assert.equal(aligned(side({ direction: 'up' }), side({ direction: 'down' })).opposite, true);
      assert.equal(aligned(side({ direction: 'up' }), side({ direction: 'up' })).opposite, undefined);
      assert.equal(aligned(side({ direction: 'up' }), side()).opposite, undefined);
      assert.equal(aligned(side(), side({ direction: 'down' })).opposite, undefined);
    });
    it("a party blocks only against the note's own party: a source naming a party says nothing against a note that names none", () => {
      assert.match(aligned(side({ names: ['labour'] }), side({ names: ['conservatives'] })).blocked ?? '', /party/);
      assert.equal(aligned(side(), side({ names: ['labour'] })).blocked, undefined);
    });
    it('subjects rival when of one kind: places against a place; a note naming a non-place too rivals only by its place (placesApart)', () => {
      assert.equal(lex.isPlace('france') && lex.isPlace('germany') && !lex.isPlace('globex'), true);
      assert.match(aligned(side({ subject: ['france'] }), side({ subject: ['germany'] })).blocked ?? '', /subject/);
      assert.match(aligned(side({ subject: ['france', 'globex'] }), side({ subject: ['germany'] })).blocked ?? '', /place france vs germany/);
      // (unless the source's sentence names the note's place, or the source's subject is not places only)
      assert.equal(aligned(side({ subject: ['france', 'globex'] }), side({ subject: ['germany'], names: ['germany', 'france'] })).blocked, undefined);
      assert.doesNotMatch(aligned(side({ subject: ['france', 'globex'] }), side({ subject: ['germany', 'initech'] })).blocked ?? '', /^place/);
    });
    it('a place the source names rivals no subject when the note names none', () => {
      assert.equal(aligned(side({ subject: [] }), side({ subject: ['france'] })).blocked, undefined);
      assert.match(aligned(side({ subject: ['germany'] }), side({ subject: ['france'] })).blocked ?? '', /subject/);
    });
  });

  describe('align: how well the metric and the fields meet', () => {
    it("a note's modifier that the source lacks leaves the head's score; the same phrase meets fully", () => {
      assert.equal(aligned(side({ metric: ['users', 'monthly'], counted: 2 }), side({ metric: ['users'] })).metric, A.metricHeadOnly);
      assert.equal(aligned(side({ metric: ['users', 'monthly'], counted: 2 }), side({ metric: ['users', 'monthly'] })).metric, 1);
      // (a modifier among the source's surrounding words counts as stated)
      assert.equal(aligned(side({ metric: ['users', 'monthly'], counted: 2 }), side({ metric: ['users'], context: new Map([['monthly', 1]]) })).metric, 1);
    });
    it('"non-US chart" against "US chart" is no metric match; a "non-" word alone changes nothing', () => {
      assert.equal(aligned(side({ metric: ['chart', 'non-us'], counted: 2 }), side({ metric: ['chart', 'us'] })).metric, 0);
      assert.ok(aligned(side({ metric: ['chart', 'non-eu'], counted: 1 }), side({ metric: ['chart'] })).metric >= A.metricHeadOnly);
    });
    it('"people" or "person" meets a word for people, either side', () => {
      assert.equal(lex.isHuman('voters') || lex.isHuman('voter'), true);
      const human = lex.isHuman('voters') ? 'voters' : 'voter';
      for (const generic of ['people', 'person']) {
        assert.equal(aligned(side({ metric: [generic] }), side({ metric: [human] })).metric, A.metricGeneric, generic);
        assert.equal(aligned(side({ metric: [human] }), side({ metric: [generic] })).metric, A.metricGeneric, generic);
      }
    });
    it("structure: a note's field the source does not state is no match", () => {
      const a = aligned(side({ period: { year: 2004 } }), side());
      assert.equal(a.structureFields, 1);
      assert.equal(a.structure, 0);
      const b = aligned(side({ period: { year: 2004 } }), side({ period: { year: 2004 } }));
      assert.equal(b.structure, 1);
    });
  });

  describe('the survivors of seed 5', () => {
    it('two months conflict, with or without a year; one month against none does not', () => {
      assert.equal(periodsConflict({ month: 3 }, { month: 4 }), true);
      assert.equal(periodsConflict({ year: 2004, month: 3 }, { year: 2004, month: 4 }), true);
      assert.equal(periodsConflict({ month: 3 }, {}), false);
    });
    it("a month of the sentences before is inherited only by a period without a year of its own", () => {
      // the note states a year: the month before it is another period's
      assert.equal(aligned(side({ period: { year: 2005 } }, { month: 3 }), side({ period: { year: 2005, month: 4 } })).blocked, undefined);
      assert.equal(aligned(side({ period: {} }, { month: 3 }), side({ period: { month: 4 } })).blocked, 'period (context)');
    });
    it("a note's month alone is a period that the source's context can contradict", () => {
      assert.equal(aligned(side({ period: { month: 3 } }), side({}, { month: 4 })).blocked, 'period (context)');
      assert.equal(aligned(side({ period: { month: 3 } }), side({}, { month: 3 })).blocked, undefined);
    });
    it('a rate per year against a total of a month with no year, or of one day, is no rate slip: not one quantity', () => {
      for (const period of [{ month: 3 }, { year: 2004, month: 3, day: 5 }] as Period[]) {
        const a = aligned(side({ per: 'year' }), side({ period }));
        assert.deepEqual([a.perScale, a.rateMismatch], [undefined, true], JSON.stringify(period));
      }
      const slip = aligned(side({ per: 'year' }), side({ period: { year: 2004, month: 3 } }));
      assert.ok(slip.perScale !== undefined && slip.perScale > 10, 'a month of a year is: twelve of them');
    });
    it("a modifier both metrics share meets as a modifier; one that is a name of either side does not", () => {
      assert.equal(aligned(side({ metric: ['sales', 'online'] }), side({ metric: ['traffic', 'online'] })).metric, A.metricModifier);
      assert.notEqual(aligned(side({ metric: ['economy', 'china'], names: ['china'] }), side({ metric: ['export', 'china'] })).metric, A.metricModifier);
    });
  });
});
