// What a figure claims as an interval of values, from its hedge and the precision it is written
// with — on both sides, note and source alike:
//   exact "140"          → the values that round to it, and (for the note) a little rounding slack
//   about / roughly X    → X ± one unit of its last written digit, kept within [1%, tolerance] of X;
//                          with three or more significant digits ("about 12.1 trillion"), what rounds to X
//   nearly / almost X    → at most X, and not much below it
//   more than / over X   → above X, and not wildly above (a tenfold gap is a scale slip, not "more than")
//   under / up to X      → at most X, and not wildly below
//   "up to" on both sides ("up to £9m" / "up to £4m") → one stated maximum: compared as written
//   "more than" on both sides → a note's bound above what the source's plausibly means, or above
//                          the source's bound by more than a rounding, is a misquote
//   "about" on both sides, to the same digit ("about 6%" / "about 5%") → compared as written
//   "as many as X", "as low as X" in the source → the extreme the value reaches: an exact X agrees
// Two intervals that overlap in their *core* agree; two whose *consistent* ranges are disjoint
// disagree; anything between is neither (a note of "2 million" against a source's "more than 800,000"
// is not contradicted, and not supported either).
import { HEDGED_TRUNCATION, PRECISE_HEDGED_DIGITS, writtenDigits } from '../figures/agree';
import type { Figure } from '../types';
import { BOUND_POLICY } from './policy';
import { table } from '../figures/tables';

export type Bound = 'exact' | 'approx' | 'nearly' | 'atMost' | 'atLeast' | 'range';

export interface Interval {
  bound: Bound;
  /** Values the figure is consistent with. */
  lo: number;
  hi: number;
  /** The values it most plausibly means. */
  coreLo: number;
  coreHi: number;
}

/**
 * Hedges that name the extreme a value reaches, not a line it stays beyond: "poverty could fall as
 * low as 15.3%", "as many as 500 jobs could go" state 15.3% and 500 as the value — a note's exact
 * "could drop to 15.3%" says the same. ("up to £9m", "more than 500" draw a line: an exact value at
 * it is consistent, no more.)
 */
const REACHED = /^as (?:many|much|high|low|few|little|long|large|big|great) as$/i;

const NEARLY = /^(?:nearly|almost|close to|just under|just shy of|approaching|nearing|the best part of|a little under|just below|not quite)$/i;

/** The kind of bound a figure's hedge words express. */
export function boundOf(f: Figure): Bound {
  if (f.high !== undefined) return 'range';
  if (!f.hedge) return 'exact';
  if (f.hedge === 'over') return 'atLeast';
  if (f.hedge === 'under') return 'atMost';
  // (the hedge's words read only for the hedges left: NEARLY is case-blind, its spaces single)
  if (NEARLY.test((f.hedgeText ?? '').replace(/\s+/g, ' '))) return 'nearly';
  return 'approx';
}

/** One unit of the last digit written: "350,000" → 10,000; "295.8m" → 100,000; "82.0" → 0.1. */
export function writtenUnit(f: Figure): number {
  if (f.words) return Math.abs(f.value) * BOUND_POLICY.wordFigureUnit;
  // (one pass over the text's digits and points, as `text.replace(/[^0-9.]/g, '').split('.')`
  // reads them: the digits before the first point, and those between it and the next)
  const text = f.text;
  let intDigits = 0;
  let trailing = 0;
  let frac = 0;
  let points = 0;
  for (let i = 0; i < text.length && points < 2; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) points++;
    else if (c < 48 || c > 57) continue;
    else if (points === 1) frac++;
    else {
      intDigits++;
      trailing = c === 48 ? trailing + 1 : 0;
    }
  }
  if (frac > 0) return Math.pow(10, -frac) * (f.scale || 1);
  return Math.pow(10, Math.min(trailing, Math.max(0, intDigits - 1))) * (f.scale || 1);
}

/** The interval a figure claims (values in the figure's own unit). */
export function intervalOf(f: Figure, tolerance: number): Interval {
  const v = f.value;
  const a = Math.abs(v);
  const unit = writtenUnit(f);
  const half = unit / 2;
  const P = BOUND_POLICY;
  switch (boundOf(f)) {
    case 'range': {
      const hi = f.high!;
      return { bound: 'range', lo: v - half, hi: hi + half, coreLo: v - half, coreHi: hi + half };
    }
    case 'approx': {
      // (a figure written with three or more significant digits softens its last digit only:
      // "about 12.1 trillion" is what rounds to 12.1, not 12.011)
      const precise = !f.words && writtenDigits(f) >= PRECISE_HEDGED_DIGITS;
      const w = Math.min(precise ? half : Math.max(unit, P.approxMinWidth * a), tolerance * a);
      // (and X with the lower digits dropped: "about $165m" holds $165.8m)
      const up = precise && v > 0 ? Math.max(w, Math.min(HEDGED_TRUNCATION * unit, tolerance * a)) : w;
      return { bound: 'approx', lo: v - w, hi: v + up, coreLo: v - w, coreHi: v + up };
    }
    case 'nearly':
      // just below X: never above it, and within twice the tolerance under it
      return { bound: 'nearly', lo: v - 2 * tolerance * a, hi: v, coreLo: v - tolerance * a, coreHi: v };
    case 'atMost':
      // (the core stops where the range does: past a tolerance of 40% it would reach below v / openFactor)
      return { bound: 'atMost', lo: v / P.openFactor, hi: v, coreLo: v > 0 ? Math.max(v / P.openFactor, v - 2 * tolerance * a) : v - 2 * tolerance * a, coreHi: v };
    case 'atLeast': {
      // (strictly above: at zero by a sliver of its written unit, "more than 0%" is no 0%)
      const lo = v + P.strictly * (a > 0 ? a : unit);
      // (at tolerance 0 the core is the bound itself: "more than X" still agrees with "more than X")
      return { bound: 'atLeast', lo, hi: v * P.openFactor, coreLo: lo, coreHi: Math.max(lo, v + 2 * tolerance * a) };
    }
    default: {
      // an exact figure may be a rounding, but never by more than ROUNDING of its value
      const slack = Math.min(half, P.exactRounding * a);
      return { bound: 'exact', lo: v - slack, hi: v + slack, coreLo: v - slack, coreHi: v + slack };
    }
  }
}

export type ValueRelation = 'agree' | 'consistent' | 'disagree';

/** A figure without its hedge: the number as written (a bound compared as the value it names). */
export function withoutHedge(f: Figure): Figure {
  return { ...f, hedge: undefined, hedgeText: undefined };
}

/** Kinds whose two numbers are a pair, not the ends of an interval: "37-23", odds "5-1", a date. */
const PAIR_KINDS: ReadonlySet<string> = new Set(['score', 'odds', 'date']);

/** A bound stated without a hedge's width: one value, or a range. */
function plainBound(b: Bound): boolean {
  return b === 'exact' || b === 'range';
}

/** An exact note value at the extreme a source's hedge says the value reaches (REACHED: "as low as 15.3%" / "15.3%")? */
function reachedAt(note: Figure, nb: Bound, source: Figure): boolean {
  return nb === 'exact' && REACHED.test((source.hedgeText ?? '').replace(/\s+/g, ' ')) && note.value === source.value && note.unit === source.unit;
}

/** A bound open on one side ("up to", "more than"). */
function openBound(b: Bound): boolean {
  return b === 'atMost' || b === 'atLeast';
}

/** Do [a1, a2] in units of `kn` and [b1, b2] in units of `ks` overlap (a relative sliver of slack)? */
function overlapScaled(a1: number, a2: number, b1: number, b2: number, kn: number, ks: number): boolean {
  return a1 * kn <= b2 * ks * (1 + 1e-9) && b1 * ks <= a2 * kn * (1 + 1e-9);
}

/**
 * How a note's figure relates to a source's figure of the same quantity. `exactAgree` is the
 * rounding rule for two exact figures (figuresAgree), which stays the one rule for those.
 */
export function relateValues(note: Figure, source: Figure, tolerance: number, exactAgree: (a: Figure, b: Figure) => boolean): ValueRelation {
  const nb = boundOf(note);
  const sb = boundOf(source);
  // vague figures ("tens of trillions"), and plain ones, by the one agreement rule
  if (note.vague || source.vague) return exactAgree(note, source) ? 'agree' : 'consistent';
  // a day of a month "around" a day names that day: its value is a calendar code (month × 100 + day),
  // no quantity a hedge widens by a share ("around 6 May" / "around 5 May" are two days)
  if (note.kind === 'date' && source.kind === 'date' && (nb === 'approx' || sb === 'approx') && (nb === 'approx' || nb === 'exact') && (sb === 'approx' || sb === 'exact')) {
    return exactAgree(withoutHedge(note), withoutHedge(source)) ? 'agree' : 'disagree';
  }
  // (a day and a month named alone: a note's month agrees with a day of it, "in April" / "on 17
  // April"; else consistent — a day is of one event, a month alone of any in it, "in February" /
  // "on 5 May" no contradiction, "17 April" / "in April" no support)
  // (…and a month against a quarter: the one holds or not the other, no misquote of it)
  if (note.kind === 'date' && source.kind === 'date' && ((note.value % 100 === 0) !== (source.value % 100 === 0) || (note.value % 100 === 0 && (note.high === undefined) !== (source.high === undefined)))) return exactAgree(note, source) ? 'agree' : 'consistent';
  // (two spans of days of a month, "24-26 June" / "24-27 June": the same days or other days — a date
  // is no quantity one span of which contains the other)
  if (note.kind === 'date' && source.kind === 'date' && nb === 'range' && sb === 'range') return exactAgree(note, source) ? 'agree' : 'disagree';
  const scale = commonScale(note, source);
  if ((plainBound(nb) && plainBound(sb)) || scale === undefined) {
    if (exactAgree(note, source)) return 'agree';
    // a point inside a range (or a range around a point) is consistent with it, no more
    // (the intervals read only then: most pairs of plain figures are two points)
    if (scale !== undefined && (nb === 'range') !== (sb === 'range')) {
      const n = intervalOf(note, tolerance);
      const s = intervalOf(source, tolerance);
      const r = nb === 'range' ? n : s;
      const p = nb === 'range' ? s : n;
      const [rs, ps] = nb === 'range' ? scale : [scale[1], scale[0]];
      if (p.hi * ps >= r.lo * rs && p.lo * ps <= r.hi * rs) return 'consistent';
    }
    // …and a range inside the other ("in his 20s" / "in his early 20s", "5-10 seats" / "6-8 seats"):
    // one is the other said less precisely
    if (scale !== undefined && nb === 'range' && sb === 'range' && !PAIR_KINDS.has(note.kind) && !PAIR_KINDS.has(source.kind)) {
      const n = intervalOf(note, tolerance);
      const s = intervalOf(source, tolerance);
      const [ns, ss] = scale;
      if ((n.lo * ns <= s.lo * ss && s.hi * ss <= n.hi * ns) || (s.lo * ss <= n.lo * ns && n.hi * ns <= s.hi * ss)) return 'consistent';
    }
    return 'disagree';
  }
  // "up to" on both sides ("makes up to £820,000" / "up to £560,000"): a stated maximum, one
  // number, misquoted or not — compared as written. (Not "more than" on both sides: a lower
  // bound is loosely true of more — "over 700,000 children" where the source has "just over 2 million".)
  if (nb === 'atMost' && sb === 'atMost') {
    return relateValues(withoutHedge(note), withoutHedge(source), tolerance, exactAgree) === 'agree' ? 'agree' : 'disagree';
  }
  // "about" on both sides, written to the same digit ("about 6%" / "about 5%", "about $1.36" /
  // "around $1.35"): each is already its own rounding, so another value is another number, not a
  // rounding of it — beyond the hedge tolerance, or at any distance when written with three or more
  // significant digits (within the tolerance, short figures are left to the intervals below: "about
  // 230" / "about 240" agree at 0.1, the user's setting)
  // (…and two small whole numbers in words, each "about" or "nearly" its own: "nearly seven decades
  // of hostility" / "nearly six decades of hostility" are two counts, not one rounded two ways)
  if (nb === sb && (nb === 'approx' || nb === 'nearly') && note.words && source.words && scale[0] === scale[1] && smallWhole(note) && smallWhole(source) && note.value !== source.value) {
    if (Math.abs(note.value - source.value) > tolerance * Math.abs(note.value) * (1 + 1e-9)) return 'disagree';
  }
  if (nb === 'approx' && sb === 'approx' && !note.words && !source.words && scale[0] === scale[1]) {
    const u = writtenUnit(note);
    const apart = Math.abs(note.value - source.value);
    const precise = Math.min(writtenDigits(note), writtenDigits(source)) >= BOUND_POLICY.preciseApproxDigits;
    if (Math.abs(u - writtenUnit(source)) <= 1e-9 * u && apart >= u * (1 - 1e-9) && (precise || apart > tolerance * Math.abs(note.value) * (1 + 1e-9))) return 'disagree';
    if (u < writtenUnit(source) * (1 - 1e-9) && apart >= u * (1 - 1e-9) && apart > BOUND_POLICY.inventedDigitShare * Math.abs(source.value) * (1 + 1e-9)) return 'disagree';
  }
  // a hedge on either side: the intervals decide
  const n = intervalOf(note, tolerance);
  const s = intervalOf(source, tolerance);
  const [kn, ks] = scale;
  // "more than" on both sides, the note's bound above all the source's plausibly means ("more than
  // £12m" / "over £4m", "at least 300 metres" / "at least 200 metres"): the note claims more than
  // the source, by a bound news writes close to the value — a misquote of the bound
  if (nb === 'atLeast' && sb === 'atLeast' && note.value * kn > s.coreHi * ks * (1 + 1e-9)) return 'disagree';
  // (…or above the source's bound by more than a rounding of either: "more than 550,000 complaints"
  // / "more than 542,000" — not "more than 12m" / "over 11.6m", the note's rounding to its own digit)
  if (nb === 'atLeast' && sb === 'atLeast' && !note.words && !source.words && note.value * kn > (source.value + Math.max(writtenUnit(source), writtenUnit(note) / 2)) * ks * (1 + 1e-9)) return 'disagree';
  // an open bound in the source ("budgets of up to £9m", "more than 500 staff") is consistent with
  // an exact note figure at its edge, but does not state it: "a budget of £9m" is not supported
  if (overlapScaled(n.coreLo, n.coreHi, s.coreLo, s.coreHi, kn, ks)) return openBound(sb) && nb !== sb && !reachedAt(note, nb, source) ? 'consistent' : 'agree';
  if (overlapScaled(n.lo, n.hi, s.lo, s.hi, kn, ks)) return 'consistent';
  return 'disagree';
}

/** A whole number up to BOUND_POLICY.smallWordValue, no scale ("six", "seven decades"): a count said in words is exact but for its hedge. */
function smallWhole(f: Figure): boolean {
  return Number.isInteger(f.value) && f.value > 0 && f.value <= BOUND_POLICY.smallWordValue && f.scale === 1 && f.high === undefined;
}

/** Days in a duration unit: "18 months" and "1.5 years" compare in days. */
const DAYS: Readonly<Record<string, number>> = table({ year: 365.25, month: 365.25 / 12, week: 7, day: 1, hour: 1 / 24, minute: 1 / 1440, second: 1 / 86400, decade: 3652.5 });

/** Factors that put two figures' values on one scale, or undefined when their units differ otherwise. */
function commonScale(a: Figure, b: Figure): [number, number] | undefined {
  if (a.kind === 'duration' && b.kind === 'duration') {
    const x = DAYS[a.unit ?? ''];
    const y = DAYS[b.unit ?? ''];
    return x !== undefined && y !== undefined ? [x, y] : undefined;
  }
  if ((a.unit ?? '') === (b.unit ?? '') || !a.unit || !b.unit) return [1, 1];
  return undefined;
}
