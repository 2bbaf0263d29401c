// Agreement at its edges: exact boundaries of rounding and of the hedge tolerance (examples), and
// properties (fast-check) that example tables miss — reflexivity, symmetry where it should hold,
// monotonicity in the tolerance, rounding to the written precision, and the intervals hedges claim
// (server/src/engine/figures/agree.ts, server/src/engine/frames/bounds.ts).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractFigures, figuresAgree } from '../../server/src/engine/figures';
import { intervalOf, relateValues, writtenUnit, type ValueRelation } from '../../server/src/engine/frames/bounds';
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
    assert.equal(agree('about 95 million', '100 million', 0.05), true);
    assert.equal(agree('about 94 million', '100 million', 0.05), false);
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
            assert.ok(Math.abs(v - i.lo - (i.hi - v)) <= eps, 'centred');
            assert.ok(i.hi - v <= t * v + eps, `never wider than the tolerance: ${JSON.stringify(i)}`);
            assert.ok(i.hi - v >= Math.min(0.01 * v, t * v) - eps, 'at least 1% wide (unless the tolerance is less)');
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

  it('"about X" against a plain source value: agree inside X ± its width, disagree past width + the source’s rounding', () => {
    fc.assert(
      fc.property(parts([1]), fc.integer({ min: -300, max: 300 }), tolerance, (p, permille, t) => {
        const note = figure(p);
        const i = intervalOf(note, t);
        const w = i.hi - note.value;
        // a source written with two more digits than the note, `permille`/1000 of the note's value away
        const source = figure({ ...p, hedge: 0, decimals: p.decimals + 2, digits: Math.round(p.digits * 100 * (1 + permille / 1000)) });
        const s = intervalOf(source, t);
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
