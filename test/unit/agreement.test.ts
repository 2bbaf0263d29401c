// Agreement at its edges: exact boundaries of rounding and of the hedge tolerance (examples), and
// properties (fast-check) that example tables miss — reflexivity, symmetry where it should hold,
// monotonicity in the tolerance, rounding to the written precision, and the intervals hedges claim
// (server/src/engine/figures/agree.ts, server/src/engine/frames/bounds.ts).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractFigures, figuresAgree } from '../../server/src/engine/figures';
import { HEDGED_TRUNCATION, PRECISE_HEDGED_DIGITS, writtenDigits } from '../../server/src/engine/figures/agree';
import { boundOf, intervalOf, relateValues, writtenUnit, type ValueRelation } from '../../server/src/engine/frames/bounds';
import type { Figure, Hedge } from '../../server/src/engine/types';

const SEED = { seed: 15_2026 }; // fixed: a failure replays, and fast-check prints the counterexample

/** The single figure of `s` (fails when there is not exactly one). */
function one(s: string): Figure {
  const f = extractFigures(s);
  assert.equal(f.length, 1, `expected one figure in ${JSON.stringify(s)}, got ${JSON.stringify(f.map((x) => x.text))}`);
  return f[0];
}
const agree = (a: string, b: string, tolerance?: number) => figuresAgree(one(a), one(b), tolerance);
const relate = (a: Figure, b: Figure, t = 0.1): ValueRelation => relateValues(a, b, t, (x, y) => figuresAgree(x, y, t));

// ---------------------------------------------------------------------------------------
// Figures as the extractor reads them, built from their parts (a count such as "about 12.5 million").

const SCALES: [string, number][] = [['', 1], [' million', 1e6], [' billion', 1e9]];
const HEDGES: [string, Hedge | undefined][] = [['', undefined], ['about ', 'approx'], ['nearly ', 'approx'], ['more than ', 'over'], ['up to ', 'under']];

interface Parts {
  /** The mantissa in units of its last written digit: 1234 with 1 decimal is "123.4". */
  digits: number;
  decimals: number;
  scale: number;
  hedge: number;
}

/** The text a count is written as: "123.4 million" (no thousands separators). */
function written(p: Parts): string {
  return (p.digits / 10 ** p.decimals).toFixed(p.decimals) + SCALES[p.scale][0];
}

/** The figure with these parts, as extractFigures reads it (checked in a test below). */
function figure(p: Parts): Figure {
  const [hedgeText, hedge] = HEDGES[p.hedge];
  const text = written(p);
  const mantissa = Number((p.digits / 10 ** p.decimals).toFixed(p.decimals));
  const value = Number((mantissa * SCALES[p.scale][1]).toPrecision(12));
  return {
    start: hedgeText.length, end: hedgeText.length + text.length, text, value, kind: p.decimals > 0 && p.scale === 0 ? 'number' : 'count', scale: SCALES[p.scale][1], decimals: p.decimals,
    ...(hedge ? { hedge, hedgeText: hedgeText.trim(), hedgeStart: 0 } : {}),
  };
}

const parts = (hedges: number[] = [0, 1, 2, 3, 4]) =>
  fc.record({
    digits: fc.integer({ min: 10, max: 99_999 }),
    decimals: fc.integer({ min: 0, max: 2 }),
    scale: fc.integer({ min: 0, max: SCALES.length - 1 }),
    hedge: fc.constantFrom(...hedges),
  });
const tolerance = fc.constantFrom(0, 0.01, 0.05, 0.1, 0.2, 0.5);
const RANK: Record<ValueRelation, number> = { disagree: 0, consistent: 1, agree: 2 };

// ---------------------------------------------------------------------------------------

describe('agreement: exact boundaries', () => {
  it('two figures written to the same precision agree only when equal: 81.0 is not 82.0 (1.2% apart), 82.0 is 82.0', () => {
    assert.equal(agree('81.0', '82.0'), false);
    assert.equal(agree('82.0', '81.0'), false);
    assert.equal(agree('$81.0 billion', '$82.0 billion'), false);
    assert.equal(agree('82.0', '82.0'), true);
  });
  it('a note less precise than its source may round it by up to 1.5%, inclusive: 197 for 200.0 agrees, 196 does not', () => {
    assert.equal(agree('197', '200.0'), true, '3/200 = 1.5%, the boundary itself');
    assert.equal(agree('196', '200.0'), false, '2%');
    // a note MORE precise than its source is held to the same 1.5%
    assert.equal(agree('200.0', '197'), false, 'the source "197" does not round to 200.0');
  });
  it('a note may round to its own precision within 10%, inclusive at the half unit only below it: 4 billion is 4.4 billion, not 4.5 billion', () => {
    assert.equal(agree('4 billion', '4.4 billion'), true);
    assert.equal(agree('4 billion', '4.5 billion'), false, 'half a unit away rounds up, to 5 billion');
    assert.equal(agree('4 billion', '3.5 billion'), false, '3.5 rounds to 4, but 0.5/3.5 = 14% > 10%');
    assert.equal(agree('40 billion', '39.6 billion'), true);
  });
  it('"about X" agrees within the hedge tolerance of the larger value, the boundary included', () => {
    // 10 of 100 million is exactly the 10% tolerance (no float noise at this size)
    assert.equal(agree('about 90 million', '100 million'), true);
    assert.equal(agree('100 million', 'about 90 million'), true);
    assert.equal(agree('about 89 million', '100 million'), false);
    assert.equal(agree('about 90 million', '100 million', 0.09), false);
    assert.equal(agree('about 200 million', '210 million', 0.05), true);
    assert.equal(agree('about 200 million', '211 million', 0.05), false);
  });
  it('"about X" written with two significant digits is what rounds to X, whatever the tolerance', () => {
    assert.equal(agree('about 95 million', '95.4 million'), true);
    assert.equal(agree('about 95 million', '94.5 million'), true);
    assert.equal(agree('about 95 million', '94.4 million'), false);
    assert.equal(agree('about 95 million', '100 million', 0.5), false);
  });
  it('with no hedge the tolerance does not apply, whatever it is', () => {
    assert.equal(agree('90 million', '100 million', 0.5), false);
    assert.equal(agree('95 million', '100 million', 0.5), false);
  });
  it('"around" a year allows one year exactly, not two; a plain year none', () => {
    assert.equal(agree('around 2025', '2026'), true);
    assert.equal(agree('around 2025', '2024'), true);
    assert.equal(agree('around 2025', '2027'), false);
    assert.equal(agree('2025', '2026'), false);
  });
  it('"more than X" agrees with X and above; "up to X" with X and below', () => {
    assert.equal(agree('more than 300', '301'), true);
    assert.equal(agree('more than 300', '299'), false);
    assert.equal(agree('up to 300', '300'), true);
    assert.equal(agree('up to 300', '299'), true);
    assert.equal(agree('up to 300', '301'), false);
  });
  it('intervals: "about 90 million" reaches exactly 81 to 99 million at 10%; a source just past either end disagrees', () => {
    const i = intervalOf(one('about 90 million'), 0.1);
    assert.deepEqual([i.lo, i.hi], [81e6, 99e6]);
    assert.equal(relate(one('about 90 million'), one('99 million')), 'agree');
    assert.equal(relate(one('about 90 million'), one('81 million')), 'agree');
    assert.equal(relate(one('about 90 million'), one('103 million')), 'disagree');
    assert.equal(relate(one('about 90 million'), one('77 million')), 'disagree');
  });
});

/** A figure built by hand, for the shapes the extractor does not write (a currency without a unit, a hedged date). */
function made(f: Partial<Figure> & Pick<Figure, 'value' | 'kind'>): Figure {
  return { start: 0, end: 1, text: String(f.value), scale: 1, decimals: 0, ...f };
}
const agreeF = (a: Figure, b: Figure, tolerance?: number) => figuresAgree(a, b, tolerance);

describe('agreement: each kind and shape (server/src/engine/figures/agree.ts)', () => {
  it('currencies compare only in the same currency, or when one names none', () => {
    assert.equal(agree('It cost $5 million.', 'It cost $5 million.'), true);
    assert.equal(agree('It cost $5 million.', 'It cost £5 million.'), false);
    const bare = made({ value: 5e6, kind: 'currency', scale: 1e6 });
    assert.equal(agreeF(bare, one('It cost £5 million.')), true);
    assert.equal(agreeF(one('It cost £5 million.'), bare), true);
  });
  it('percentages do not compare with percentage points; a percentage without a unit is a percent', () => {
    assert.equal(agree('It rose 5%.', 'It rose 5 percentage points.'), false);
    assert.equal(agree('It rose 5 percentage points.', 'It rose 5 percentage points.'), true);
    const bare = made({ value: 5, kind: 'percent' });
    assert.equal(agreeF(bare, one('It rose 5%.')), true);
    assert.equal(agreeF(one('It rose 5%.'), bare), true);
    assert.equal(agreeF(bare, one('It rose 5 percentage points.')), false);
  });
  it('durations compare in days, and only in units with a length', () => {
    assert.equal(agree('It took 3 months.', 'It took 13 weeks.'), true);
    assert.equal(agree('It took 3 months.', 'It took 100 days.'), true, 'a month is a unit of about 30 days: 91 days ± 15');
    assert.equal(agree('It took 3 months.', 'It took 110 days.'), false);
    const odd = (unit?: string) => made({ value: 3, kind: 'duration', ...(unit ? { unit } : {}) });
    assert.equal(agreeF(odd('aeon'), odd('aeon')), false, 'a unit of no known length');
    assert.equal(agreeF(odd('aeon'), one('It took 3 days.')), false);
    assert.equal(agreeF(one('It took 3 days.'), odd('aeon')), false);
    assert.equal(agreeF(odd(), odd()), false, 'no unit');
  });
  it('measures compare within one family, each written to its own precision in the base unit', () => {
    assert.equal(agree('a 5km run', 'a 5,400m run'), true, '5km is a kilometre’s precision: 4.5 to 5.5 km');
    assert.equal(agree('a 5km run', 'a 5,600m run'), false);
    assert.equal(agree('a 5,000m run', 'a 5.4km run'), false, '5,000m is precise to the metre');
    assert.equal(agree('a 2 to 3km walk', 'a 2,000 to 3,000m walk'), true);
    assert.equal(agree('a 2 to 3km walk', 'a 2,000 to 4,000m walk'), false);
    assert.equal(agree('at 60mph', 'at 60km/h'), false, 'another family');
  });
  it('scores and dates are the same numbers or not: no rounding, no hedge', () => {
    assert.equal(agree('a 5-0 win', 'a 5-0 win'), true);
    assert.equal(agree('a 5-0 win', 'a 5-1 win'), false);
    assert.equal(agree('a 5-1 win', 'a 5-0 win'), false);
    const date = (value: number, hedge?: Hedge) => made({ value, kind: 'date', ...(hedge ? { hedge } : {}) });
    assert.equal(agreeF(date(227, 'approx'), date(230)), false, '"about 27 February" is not 2 March');
    assert.equal(agreeF(date(227), date(227)), true);
    const score = (value: number, high: number, hedge?: Hedge) => made({ value, high, kind: 'score', ...(hedge ? { hedge } : {}) });
    assert.equal(agreeF(score(10, 20, 'approx'), score(10, 21)), false);
    assert.equal(agreeF(score(10, 20, 'approx'), score(11, 20)), false);
  });
  it('years: "around" on either side allows one year; a quarter "around" one quarter; ranges end to end', () => {
    assert.equal(agree('in 2026', 'around 2025'), true, 'the source’s "around"');
    assert.equal(agree('in 2027', 'around 2025'), false);
    const quarter = (value: number, hedge?: Hedge) => made({ value, kind: 'quarter', ...(hedge ? { hedge } : {}) });
    assert.equal(agreeF(quarter(2025.25, 'approx'), quarter(2025.5)), true);
    assert.equal(agreeF(quarter(2025.25, 'approx'), quarter(2025.75)), false, 'two quarters away');
    assert.equal(agreeF(quarter(2025.25), quarter(2025.5)), false);
    assert.equal(agree('In 2003/04.', 'In 2003/04.'), true);
    assert.equal(agree('In 2003/04.', 'In 2003.'), false, 'a fiscal year is not its first year');
    assert.equal(agree('In 2003.', 'In 2003/04.'), false);
    assert.equal(agree('In the 1960s.', 'In 1960.'), false);
    assert.equal(agree('between 2003 and 2005', 'In 2003/04.'), false);
    const years = (value: number, high: number, hedge?: Hedge) => made({ value, high, kind: 'year', ...(hedge ? { hedge } : {}) });
    assert.equal(agreeF(years(2003, 2005, 'approx'), years(2004, 2006)), true);
    assert.equal(agreeF(years(2003, 2005, 'approx'), years(2004, 2007)), false);
    assert.equal(agreeF(years(2003, 2005, 'approx'), years(2001, 2005)), false);
  });
  it('ranges: a hedged point inside a range, to half a unit past its ends; two ranges end to end', () => {
    assert.equal(agree('about 15 million', 'between 10 and 20 million'), true);
    assert.equal(agree('15 million', 'between 10 and 20 million'), false, 'a plain point is not a range');
    assert.equal(agree('about 20.5 million', 'between 10 and 20 million'), true, 'half a unit past the end, inclusive');
    assert.equal(agree('about 20.6 million', 'between 10 and 20 million'), false);
    assert.equal(agree('about 9.5 million', 'between 10 and 20 million'), true);
    assert.equal(agree('about 9.4 million', 'between 10 and 20 million'), false);
    assert.equal(agree('between 10 and 20 million', 'about 20.5 million'), true);
    assert.equal(agree('between 10 and 20 million', 'about 20.6 million'), false);
    assert.equal(agree('between 10 and 20 million', 'about 9.5 million'), true);
    assert.equal(agree('between 10 and 20 million', 'about 9.4 million'), false);
    assert.equal(agree('between 10 and 20 million', '15 million'), false);
    assert.equal(agree('more than 10 million', 'between 10 and 20 million'), true, 'all of the range is at least 10 million');
    assert.equal(agree('more than 12 million', 'between 10 and 20 million'), false);
    assert.equal(agree('up to 20 million', 'between 10 and 20 million'), true);
    assert.equal(agree('up to 19 million', 'between 10 and 20 million'), false);
    assert.equal(agree('between 10 and 20 million', 'between 10 and 20 million'), true);
    assert.equal(agree('between 10 and 20 million', 'between 11 and 21 million'), false, 'plain ranges: end to end');
    assert.equal(agree('about 10 to 20 million', 'between 11 and 21 million'), true, '"about": each end within the tolerance');
    assert.equal(agree('about 10 to 20 million', 'between 12 and 21 million'), false);
    assert.equal(agree('about 10 to 20 million', 'between 11 and 23 million'), false);
    assert.equal(agree('between 10 and 20 million', 'about 11 to 21 million'), true, 'the source’s "about" too');
  });
  it('fractions: within 1.5 percentage points inclusive, or the tolerance; a bound as a bound; against a range as "about"', () => {
    assert.equal(agree('two-thirds of voters', '66% of voters', 0.01), true);
    assert.equal(agree('two-thirds of voters', '65% of voters', 0.01), false, '1.67 points and 2.5%');
    assert.equal(agree('two-thirds of voters', '65% of voters', 0.05), true);
    const half = made({ value: 50, kind: 'percent', unit: 'percent', fraction: true });
    assert.equal(agreeF(half, one('48.5% of voters'), 0.01), true, '1.5 points exactly');
    assert.equal(agreeF(half, one('48.4% of voters'), 0.01), false);
    assert.equal(agree('more than a third of voters', '40% of voters'), true);
    assert.equal(agree('more than a third of voters', '30% of voters'), false);
    assert.equal(agree('less than a third of voters', '25% of voters'), true);
    assert.equal(agree('less than a third of voters', '35% of voters'), false);
    assert.equal(agree('a third of voters', 'between 20% and 35% of voters'), true);
    assert.equal(agree('a third of voters', 'between 20% and 30% of voters'), false);
    assert.equal(agree('between 20% and 35% of voters', 'a third of voters'), true, 'a range against a fraction: the fraction is "about"');
    assert.equal(agree('between 20% and 30% of voters', 'a third of voters'), false);
  });
  it('points: the tolerance only with "about" on either side; open bounds against open bounds', () => {
    assert.equal(agree('9', '10'), false);
    assert.equal(agree('about 9', '10'), true, '1 of 10: the 10% boundary exactly');
    assert.equal(agree('9', 'about 10'), true);
    assert.equal(agree('about 8', '10'), false);
    assert.equal(agree('10', '10.5'), false, 'half a unit is not within the precision, and 4.8% is no rounding');
    assert.equal(agree('more than 100', 'up to 150'), false, '"up to 150" may be less than 100');
    assert.equal(agree('up to 100', 'more than 50'), false, '"more than 50" may be more than 100');
    assert.equal(agree('more than 100', 'more than 150'), true);
    assert.equal(agree('up to 100', 'up to 50'), true);
  });
  it('vague amounts: a figure inside the range, ends included; two vague amounts by wording or the same range', () => {
    assert.equal(agree('tens of billions', '50 billion'), true);
    assert.equal(agree('tens of billions', '10 billion'), true);
    assert.equal(agree('tens of billions', '99 billion'), true);
    assert.equal(agree('tens of billions', '9 billion'), false);
    assert.equal(agree('tens of billions', '100 billion'), false);
    assert.equal(agree('50 billion', 'tens of billions'), false, 'a figure the note states is never the source\'s vague amount: consistent at most (relateValues)');
    assert.equal(agree('tens of billions', 'hundreds of millions'), false);
    assert.equal(agree('several million people', 'millions of people'), false, 'nested, not the same range');
    assert.equal(agree('millions of people', 'several million people'), false);
    const vague = (value: number, high: number, text: string) => made({ value, high, kind: 'count', vague: true, words: true, text });
    assert.equal(agreeF(vague(1e6, 5e6, 'a few million'), vague(1e6, 9e6, 'millions and millions')), false, 'the same low end is not the same range');
    const same = { ...one('tens of billions'), text: 'tens of billions, give or take' };
    assert.equal(agreeF(same, one('tens of billions')), true, 'other words, the same range');
    assert.equal(agreeF(one('tens of billions'), same), true);
  });
});

describe('intervals and relations (server/src/engine/frames/bounds.ts)', () => {
  const rel = (a: string, b: string) => relate(one(a), one(b));
  it('one unit of the last written digit: words a tenth of the value, decimals by their places, integers by their trailing zeros', () => {
    assert.equal(writtenUnit(one('two million people')), 200_000);
    assert.equal(writtenUnit(one('2.5 million people')), 100_000);
    assert.equal(writtenUnit(one('82.0 points')), 0.1);
    assert.equal(writtenUnit(one('350,000 people')), 10_000);
    assert.equal(writtenUnit(one('1,000 people')), 1_000);
    assert.equal(writtenUnit(one('1,001 people')), 1);
    assert.equal(writtenUnit(made({ value: 0, kind: 'count', text: '0' })), 1, 'a zero is precise to its digit');
    assert.equal(writtenUnit(made({ value: 0.5, kind: 'number', text: '0.5', scale: 0 })), 0.1, 'no scale counts as 1');
  });
  it('the unit is read from the text as its digits and points with the rest dropped, split at its points (a scan, not a rewrite)', () => {
    // (the reading writtenUnit replaced: the digits before the first point, and those between it and the next)
    const byRewrite = (text: string, scale: number) => {
      const [intPart, frac = ''] = text.replace(/[^0-9.]/g, '').split('.');
      if (frac.length > 0) return Math.pow(10, -frac.length) * (scale || 1);
      const trailing = /0*$/.exec(intPart)?.[0].length ?? 0;
      return Math.pow(10, Math.min(trailing, Math.max(0, intPart.length - 1))) * (scale || 1);
    };
    const text = fc.array(fc.constantFrom('0', '0', '1', '5', '9', '.', ',', ' ', '$', 'm', '%', '-', '\u00a0', '٣'), { maxLength: 12 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(0, 1, 1000, 1e6), (t, scale) => {
        assert.equal(writtenUnit(made({ value: 1, kind: 'number', text: t, scale })), byRewrite(t, scale), JSON.stringify(t));
      }),
      { ...SEED, numRuns: 3000 },
    );
  });
  it('the bound a hedge states, read whatever its case and spacing', () => {
    const hedged = (hedgeText: string) => made({ value: 10, kind: 'count', hedge: 'approx', hedgeText });
    assert.equal(boundOf(hedged('Close  To')), 'nearly');
    assert.equal(boundOf(hedged('close to')), 'nearly');
    assert.equal(boundOf(hedged('about')), 'approx');
    assert.equal(boundOf(made({ value: 10, kind: 'count', hedge: 'approx' })), 'approx');
  });
  it('a range reaches half a unit past each end; "up to X" reaches twice the tolerance below X in its core, even below zero', () => {
    const r = intervalOf(one('It took 12 to 18 months'), 0.1);
    assert.deepEqual([r.lo, r.hi, r.coreLo, r.coreHi], [11.5, 18.5, 11.5, 18.5]);
    const u = intervalOf(one('up to 300'), 0.1);
    assert.deepEqual([u.lo, u.hi, u.coreLo, u.coreHi], [60, 300, 240, 300]);
    assert.equal(intervalOf(one('up to 300'), 0.5).coreLo, 60, 'the core stops where the range does');
    const neg = intervalOf(made({ value: -10, kind: 'number', hedge: 'under', hedgeText: 'up to' }), 0.1);
    assert.deepEqual([neg.coreLo, neg.coreHi], [-12, -10]);
  });
  it('a point inside a range is consistent with it, not more, in either order and across duration units', () => {
    assert.equal(rel('It took 12 to 18 months', 'It took 15 months'), 'consistent');
    assert.equal(rel('It took 15 months', 'It took 12 to 18 months'), 'consistent');
    assert.equal(rel('It took 12 to 18 months', 'It took 1.5 years'), 'consistent');
    assert.equal(rel('It took 12 to 18 months', 'It took 3 years'), 'disagree');
    assert.equal(rel('It took 1 year', 'It took 12 to 18 months'), 'consistent');
    assert.equal(rel('It took 3 years', 'It took 12 to 18 months'), 'disagree');
    assert.equal(rel('It took 12 to 18 months', 'It took 20 months'), 'disagree');
    assert.equal(rel('It took 5 months', 'It took 12 to 18 months'), 'disagree', 'below the range');
    assert.equal(rel('It took 3 months', 'It took 1 to 2 years'), 'disagree');
    assert.equal(rel('It took 18 months', 'It took 1 to 2 years'), 'consistent');
  });
  it('hedged durations compare in days', () => {
    assert.equal(rel('It took about 18 months', 'It took about 1.5 years'), 'agree');
    assert.equal(rel('It took about 18 months', 'It took 1.5 years'), 'agree');
    assert.equal(rel('It took about 18 months', 'It took about 3 years'), 'disagree');
    assert.equal(rel('It took about 3 years', 'It took about 18 months'), 'disagree');
    assert.equal(rel('It took nearly 2 years', 'It took 18 months'), 'disagree');
    assert.equal(rel('It took nearly 2 years', 'It took 23 months'), 'agree');
  });
  it('a vague amount is judged by the one agreement rule: a figure outside it is consistent, not contradicted', () => {
    assert.equal(rel('tens of billions', '50 billion'), 'agree');
    assert.equal(rel('tens of billions', '5 billion'), 'consistent');
    assert.equal(rel('5 billion', 'tens of billions'), 'consistent');
  });
  it('currencies: a hedged figure in another currency disagrees; one without a currency is read in the other’s', () => {
    assert.equal(rel('about $5 million', '£5 million'), 'disagree');
    const bare = (hedge: Hedge, hedgeText: string) => made({ value: 5e6, kind: 'currency', scale: 1e6, text: '5 million', hedge, hedgeText });
    assert.equal(relate(bare('over', 'more than'), one('£8 million')), 'consistent', 'the intervals decide, not the open bound alone');
    assert.equal(relate(one('£8 million'), bare('over', 'more than')), 'consistent');
    assert.equal(rel('more than £5 million', '£8 million'), 'consistent');
  });
});

describe('agreement: properties (fast-check)', () => {
  it('the figures built here are what the extractor reads', () => {
    fc.assert(
      fc.property(parts(), (p) => {
        const [hedgeText] = HEDGES[p.hedge];
        const got = one(`${hedgeText}${written(p)}`);
        const want = figure(p);
        assert.deepEqual(
          { text: got.text, value: got.value, kind: got.kind, scale: got.scale, decimals: got.decimals, hedge: got.hedge },
          { text: want.text, value: want.value, kind: want.kind, scale: want.scale, decimals: want.decimals, hedge: want.hedge },
        );
      }),
      { ...SEED, numRuns: 300 },
    );
  });

  it('every figure agrees with itself, by figuresAgree and by its interval', () => {
    fc.assert(
      fc.property(parts(), tolerance, (p, t) => {
        const f = figure(p);
        return figuresAgree(f, f, t) && relate(f, f, t) === 'agree';
      }),
      { ...SEED, numRuns: 500 },
    );
  });

  it('symmetric for figures written to the same precision, plain or "about" (the note/source asymmetry is only in rounding and open bounds)', () => {
    fc.assert(
      fc.property(parts([0, 1]), fc.integer({ min: -3_000, max: 3_000 }), fc.constantFrom(0, 1), tolerance, (p, delta, otherHedge, t) => {
        const q = { ...p, digits: Math.max(1, p.digits + delta), hedge: otherHedge };
        const a = figure(p);
        const b = figure(q);
        return figuresAgree(a, b, t) === figuresAgree(b, a, t);
      }),
      { ...SEED, numRuns: 1000 },
    );
  });

  it('two plain figures written to the same precision agree exactly when they are equal', () => {
    fc.assert(
      fc.property(parts([0]), fc.integer({ min: -50, max: 50 }), tolerance, (p, delta, t) => {
        const q = { ...p, digits: p.digits + delta };
        return figuresAgree(figure(p), figure(q), t) === (delta === 0);
      }),
      { ...SEED, numRuns: 1000 },
    );
  });

  it('a wider tolerance never turns agreement into disagreement (figuresAgree and intervals)', () => {
    fc.assert(
      fc.property(parts(), parts(), tolerance, tolerance, (p, q, t1, t2) => {
        const [lo, hi] = t1 <= t2 ? [t1, t2] : [t2, t1];
        // the same scale, so that the two are often close
        const a = figure(p);
        const b = figure({ ...q, scale: p.scale, digits: q.digits % 2 ? p.digits * 10 ** (q.decimals - p.decimals) + (q.digits % 7) - 3 : q.digits });
        if (b.value <= 0) return true;
        if (figuresAgree(a, b, lo) && !figuresAgree(a, b, hi)) return false;
        return RANK[relate(a, b, lo)] <= RANK[relate(a, b, hi)];
      }),
      { ...SEED, numRuns: 2000 },
    );
  });

  it('rounding: a plain note agrees with every source value that rounds to it at the note’s precision (within 10%), and with no value 1.5% past that', () => {
    fc.assert(
      fc.property(parts([0]), fc.integer({ min: -4, max: 4 }), fc.integer({ min: 6, max: 40 }), (p, off, far) => {
        const note = figure(p);
        // the source: one more decimal digit, `off` tenths of the note's unit away (|off| < 5: rounds to the note)
        const source = figure({ ...p, decimals: p.decimals + 1, digits: p.digits * 10 + off });
        const within10 = Math.abs(note.value - source.value) <= 0.1 * source.value;
        if (within10 && !figuresAgree(note, source)) return false;
        // `far` tenths away: rounds to another value; past 1.5% of the source it must disagree
        const other = figure({ ...p, decimals: p.decimals + 1, digits: p.digits * 10 + far });
        const past = Math.abs(note.value - other.value) > 0.015 * other.value;
        return !past || !figuresAgree(note, other);
      }),
      { ...SEED, numRuns: 1000 },
    );
  });

  it('hedge intervals: the core lies inside the consistent range; "about" is centred and never wider than the tolerance; "nearly" and "up to" end at X; "more than" starts above X', () => {
    fc.assert(
      fc.property(parts(), tolerance, (p, t) => {
        const f = figure(p);
        const i = intervalOf(f, t);
        const v = f.value;
        const eps = 1e-9 * v;
        assert.ok(i.lo <= i.coreLo + eps && i.coreLo <= i.coreHi + eps && i.coreHi <= i.hi + eps, `core inside: ${JSON.stringify(i)}`);
        switch (i.bound) {
          case 'exact':
            assert.ok(i.lo < v + eps && i.hi > v - eps && Math.abs(v - i.lo - (i.hi - v)) <= eps);
            assert.ok(i.hi - v <= 0.015 * v + eps && i.hi - v <= writtenUnit(f) / 2 + eps, 'a rounding: at most half a unit, at most 1.5%');
            break;
          case 'approx':
            assert.ok(i.hi - v <= t * v + eps && v - i.lo <= t * v + eps, `never wider than the tolerance: ${JSON.stringify(i)}`);
            // written with two or more significant digits: what rounds to X (half a unit of the last
            // digit below it) or X with lower digits dropped (a whole unit above it); else centred and
            // at least 1% wide (unless the tolerance is less)
            if (writtenDigits(f) >= PRECISE_HEDGED_DIGITS && v > 0) {
              assert.ok(Math.abs(v - i.lo - Math.min(writtenUnit(f) / 2, t * v)) <= eps, 'half a unit below');
              assert.ok(Math.abs(i.hi - v - Math.max(v - i.lo, Math.min(HEDGED_TRUNCATION * writtenUnit(f), t * v))) <= eps, 'a unit above');
            } else {
              assert.ok(Math.abs(v - i.lo - (i.hi - v)) <= eps, 'centred');
              assert.ok(i.hi - v >= Math.min(0.01 * v, t * v) - eps, 'at least 1% wide (unless the tolerance is less)');
            }
            break;
          case 'nearly':
          case 'atMost':
            assert.equal(i.hi, v);
            assert.equal(i.coreHi, v);
            assert.ok(i.lo < v || t === 0);
            break;
          case 'atLeast':
            assert.ok(i.lo > v && i.coreLo > v, 'strictly above X');
            assert.ok(i.hi >= i.coreHi);
            break;
          default:
            assert.fail(`unexpected bound ${i.bound}`);
        }
      }),
      { ...SEED, numRuns: 1000 },
    );
  });

  it('"about X" against a plain source value: agree inside X\'s interval, disagree past it and the source’s rounding', () => {
    fc.assert(
      fc.property(parts([1]), fc.integer({ min: -300, max: 300 }), tolerance, (p, permille, t) => {
        const note = figure(p);
        const i = intervalOf(note, t);
        // a source written with two more digits than the note, `permille`/1000 of the note's value away
        const source = figure({ ...p, hedge: 0, decimals: p.decimals + 2, digits: Math.round(p.digits * 100 * (1 + permille / 1000)) });
        const s = intervalOf(source, t);
        // the width on the source's side of X (above and below differ for a precisely written X)
        const w = source.value >= note.value ? i.hi - note.value : note.value - i.lo;
        const d = Math.abs(source.value - note.value);
        const r = relate(note, source, t);
        if (d <= w * (1 - 1e-9)) return r === 'agree';
        if (d > w + (s.hi - source.value) + 1e-9 * note.value) return r === 'disagree';
        return true;
      }),
      { ...SEED, numRuns: 1000 },
    );
  });

  it('"more than X" never agrees with a value below X; "up to X" and "nearly X" never with one above X', () => {
    fc.assert(
      fc.property(parts([3, 4, 2]), fc.integer({ min: 1, max: 500 }), tolerance, (p, permille, t) => {
        const note = figure(p);
        const above = note.hedge === 'over' ? -1 : 1; // the side the bound excludes
        const digits = Math.round(p.digits * 100 * (1 + (above * permille) / 1000));
        const source = figure({ ...p, hedge: 0, decimals: p.decimals + 2, digits });
        return relate(note, source, t) !== 'agree';
      }),
      { ...SEED, numRuns: 1000 },
    );
  });
});
