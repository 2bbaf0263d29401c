// Agreement: can two figures be compared, and do they state the same quantity? Used by the
// checks (note figure against source figure) and by search alike. Values are compared in a
// common base (days for durations) within the precision each figure is written to.

import type { Figure, FigureKind, Hedge } from '../types';
import { measureBase } from './measures';
import { DURATION_DAYS, table } from './tables';

/** Comparability groups: counts, plain numbers and model sizes compare with each other. */
function group(k: FigureKind): string {
  return k === 'count' || k === 'number' || k === 'size' ? 'n' : k;
}

/**
 * A bit per comparability group. Passages keep the OR of their figures' bits in a byte, so the
 * rarer groups (ordinal, score, date, measure) share the last bit: comparable() tells them apart.
 */
const GROUP_BITS: Readonly<Record<string, number>> = table({ n: 1, currency: 2, percent: 4, year: 8, quarter: 16, duration: 32, multiplier: 64 });

/** A bit per comparability group: passages keep the OR of their figures' bits, to skip cheaply. */
export function kindBit(k: FigureKind): number {
  return GROUP_BITS[group(k)] ?? 128;
}

/** Does a figure of this kind date something (a year, a day of a month, a quarter, a time of day)? */
export function isDateKind(kind: FigureKind): boolean {
  return kind === 'year' || kind === 'date' || kind === 'quarter' || kind === 'time';
}

/** Can these two figures be compared at all? */
export function comparable(a: Figure, b: Figure): boolean {
  if (group(a.kind) !== group(b.kind)) return false;
  switch (a.kind) {
    case 'currency':
      return !a.unit || !b.unit || a.unit === b.unit;
    case 'percent':
      return (a.unit ?? 'percent') === (b.unit ?? 'percent');
    case 'duration':
      return !!a.unit && !!b.unit && DURATION_DAYS[a.unit] !== undefined && DURATION_DAYS[b.unit] !== undefined;
    case 'measure': {
      // one family only: kbps with Mbps, m with km; never mph with km/h
      const x = measureBase(a.unit);
      const y = measureBase(b.unit);
      return !!x && !!y && x[0] === y[0];
    }
    default:
      return true;
  }
}

/** Multiplier that converts a figure's value into the common base of its kind (days for durations). */
function baseFactor(f: Figure): number {
  if (f.kind === 'duration' && f.unit) return DURATION_DAYS[f.unit] ?? 1;
  if (f.kind === 'measure') return measureBase(f.unit)?.[1] ?? 1;
  return 1;
}

/** Precision unit of a figure as written: "$14.3 billion" → 1e8, "350,000" → 1, "82.0" → 0.1. */
export function precisionUnit(f: Figure): number {
  return Math.pow(10, -f.decimals) * (f.scale || 1) * baseFactor(f);
}

/** How far a note that rounds the source to fewer digits may be from it (relative). */
const ROUNDING = 0.015;
/** However few digits a note writes, an unhedged figure is not a rounding of a value more than 10% away. */
const NOTE_ROUNDING = 0.1;
const EPS = 1e-9;
/**
 * From this many significant digits as written (trailing zeros not counted), "about X" is X to its
 * last digit, not the hedge tolerance: "about 13%" is 12.5% to 13.5% (a source's 12.4% is about
 * 12%), "about 12.1 trillion" what rounds to 12.1; "about 20%" or "about 30,000" (one digit) keep
 * the tolerance. frames/bounds.ts too.
 */
export const PRECISE_HEDGED_DIGITS = 2;
/**
 * Such a precise "about X" is also X with the source's lower digits dropped: up to this many units of
 * X's last digit above it ("about $165m" for $165.8m), still half a unit below it ("about 13%" is no
 * 12.4%; "about 12.1 trillion" no 12.011 trillion). frames/bounds.ts too.
 */
export const HEDGED_TRUNCATION = 1;

/** A figure in the common base: low end, high end (ranges), precision unit, hedge. */
interface Based {
  lo: number;
  hi: number | undefined;
  unit: number;
  hedge: Hedge | undefined;
}

function based(f: Figure): Based {
  const k = baseFactor(f);
  return { lo: f.value * k, hi: f.high !== undefined ? f.high * k : undefined, unit: precisionUnit(f), hedge: f.hedge };
}

/** Do a note's figure and a source's figure state the same quantity? */
export function figuresAgree(note: Figure, source: Figure, tolerance = 0.1): boolean {
  if (!comparable(note, source)) return false;
  const n = based(note);
  const s = based(source);
  if (note.vague || source.vague) return vagueAgree(note, source, n, s);
  // a score, a date, betting odds, a rank: the same numbers or not (no rounding, no hedge)
  if (note.kind === 'date') return datesAgree(note, source);
  if (note.kind === 'score' || note.kind === 'odds' || note.kind === 'time') return note.value === source.value && note.high === source.high;
  // a share written as a fraction is approximate: "a quarter" agrees with 24% to 26% and beyond
  if (note.fraction || source.fraction) return fractionAgree(n, s, tolerance);
  if (note.kind === 'year' || note.kind === 'quarter') {
    // exact, or ±1 year / ±1 quarter when hedged approx
    const slack = n.hedge === 'approx' || s.hedge === 'approx' ? (note.kind === 'year' ? 1 : 0.25) : 0;
    if (n.hi !== undefined || s.hi !== undefined) return withinSlack(n.lo, s.lo, slack) && withinSlack(n.hi ?? n.lo, s.hi ?? s.lo, slack);
    return withinSlack(n.lo, s.lo, slack);
  }
  if (n.hi !== undefined || s.hi !== undefined) return rangesAgree(n, s, tolerance);
  // "about 12.1 trillion", "about $1.36": a hedge on a figure written this precisely softens its
  // last digit, no more — the source's value rounds to it ("12.011 trillion" is about 12.0)
  // (either side: the one rule is symmetric for figures written alike)
  const hedged = n.hedge === 'approx' ? note : s.hedge === 'approx' ? source : undefined;
  if (hedged && (n.hedge === 'approx') !== (s.hedge === 'approx') && !hedged.words && writtenDigits(hedged) >= PRECISE_HEDGED_DIGITS) {
    const unit = Math.max(n.unit, s.unit);
    const [h, e] = hedged === note ? [n.lo, s.lo] : [s.lo, n.lo];
    return within(h, e, unit / 2 + EPS * Math.abs(s.lo)) || truncated(h, e, unit);
  }
  return pointsAgree(n, s, tolerance);
}

/**
 * Two dates without a year (value month × 100 + day), a note's `a` and a source's `b`: the same day
 * or days, the same month or quarter; a note's month named alone (day 0, "in October") agrees with
 * any day of that month too ("12 October", "24-26 October"). A source's month alone vouches for no
 * day of it, nor a month for a quarter or a quarter for a month (frames/bounds.ts: consistent).
 */
function datesAgree(a: Figure, b: Figure): boolean {
  const month = (v: number) => Math.floor(v / 100);
  if (a.value % 100 === 0 && a.high === undefined && b.value % 100 !== 0) return month(b.value) === month(a.value) && month(b.high ?? b.value) === month(a.value);
  return a.value === b.value && a.high === b.high;
}

/** Two years (or quarters) within a slack of each other. */
function withinSlack(a: number, b: number, slack: number): boolean {
  return Math.abs(a - b) <= slack + 1e-9;
}

/** Significant digits as written ("12.1" → 3, "2,000" → 1). */
export function writtenDigits(f: Figure): number {
  return f.text.replace(/[^0-9]/g, '').replace(/^0+/, '').replace(/0+$/, '').length;
}

/** A vague figure of the note ("tens of billions") agrees with a figure inside its range, or with the same wording; a vague source's amount vouches for no figure the note states. */
function vagueAgree(note: Figure, source: Figure, n: Based, s: Based): boolean {
  if (note.vague && source.vague) {
    if (normWording(note.text) === normWording(source.text)) return true;
    return within(n.lo, s.lo, 0) && within(n.hi ?? n.lo, s.hi ?? s.lo, 0);
  }
  // (a figure the note states against a source's vague amount, "about 25,000" against "tens of
  // thousands": the source never says it — only a vague note is vouched for by a figure inside its range)
  if (!note.vague) return false;
  return s.lo >= n.lo * (1 - EPS) && (s.hi ?? s.lo) <= (n.hi ?? n.lo) * (1 + EPS);
}

/**
 * A fraction ("two-thirds") against a percentage or another fraction: within the hedge tolerance
 * of the larger, and never less than 1.5 percentage points; a bound ("more than a third") as usual.
 */
function fractionAgree(n: Based, s: Based, tolerance: number): boolean {
  if (n.hi !== undefined || s.hi !== undefined) return rangesAgree({ ...n, hedge: n.hedge ?? 'approx' }, { ...s, hedge: s.hedge ?? 'approx' }, tolerance);
  if (n.hedge === 'over' || n.hedge === 'under') return pointsAgree(n, s, tolerance);
  const d = Math.abs(n.lo - s.lo);
  return d <= 1.5 + 1e-9 || relClose(n.lo, s.lo, tolerance);
}

/** At least one side is a range. */
function rangesAgree(n: Based, s: Based, tolerance: number): boolean {
  if (n.hi !== undefined && s.hi !== undefined) {
    if (withinPrecision(n.lo, n.unit, s.lo, s.unit) && withinPrecision(n.hi, n.unit, s.hi, s.unit)) return true;
    if (n.hedge === 'approx' || s.hedge === 'approx') {
      return relClose(n.lo, s.lo, tolerance) && relClose(n.hi, s.hi, tolerance);
    }
    return false;
  }
  if (n.hi !== undefined) {
    // note range, source point
    if (s.hedge === 'approx') return s.lo >= n.lo - n.unit / 2 && s.lo <= n.hi + n.unit / 2;
    return false;
  }
  // note point, source range
  if (n.hedge === 'over') return s.lo >= n.lo;
  if (n.hedge === 'under') return s.hi! <= n.lo;
  if (n.hedge === 'approx') return n.lo >= s.lo - s.unit / 2 && n.lo <= s.hi! + s.unit / 2;
  return false;
}

/** Two single values, with the note's hedge and rounding. */
function pointsAgree(n: Based, s: Based, tolerance: number): boolean {
  if (withinPrecision(n.lo, n.unit, s.lo, s.unit)) return true;
  if (n.hedge === 'approx' || s.hedge === 'approx') {
    if (relClose(n.lo, s.lo, tolerance)) return true;
  }
  // A note may truncate the source to fewer digits ("90 million" for 90.9 million, "92%" for
  // 92.5%): within 1.5% when the note is the less precise of the two, and toward zero — no
  // truncation of 67.4 gives 68, nor does rounding (withinPrecision above)
  if (n.unit > s.unit && s.lo !== 0 && Math.abs(n.lo - s.lo) / Math.abs(s.lo) <= ROUNDING && truncates(n.lo, s.lo)) return true;
  // "over N": the source is at least N (and, for a negative N, at least N·(1 − EPS)); "under N": at most N
  if (n.hedge === 'over' && s.hedge !== 'under') return s.lo >= Math.max(n.lo, n.lo * (1 - EPS));
  if (n.hedge === 'under' && s.hedge !== 'over' && s.lo <= n.lo) return true;
  return false;
}

/** Is a the value b cut short: the same sign, no further from zero? */
function truncates(a: number, b: number): boolean {
  return Math.sign(a) === Math.sign(b) && Math.abs(a) <= Math.abs(b) * (1 + EPS);
}

/** Is `exact` what "about `hedged`" says with its lower digits dropped (a positive value only; bounds.ts alike)? */
function truncated(hedged: number, exact: number, unit: number): boolean {
  return hedged > 0 && truncates(hedged, exact) && exact - hedged < HEDGED_TRUNCATION * unit * (1 - 1e-9);
}

function within(a: number, b: number, half: number): boolean {
  const d = Math.abs(a - b);
  const mag = Math.max(Math.abs(a), Math.abs(b));
  if (d <= mag * EPS) return true; // equal up to float noise
  return d < half * (1 - 1e-9);
}

/** Equal to within half the precision unit of either figure. */
/**
 * A note's value is the source's when it is the source's value rounded to the note's precision
 * (never more than NOTE_ROUNDING away: "£1bn" is not £885m), or the same value written with more
 * digits than the source gives — but only within ROUNDING ("$5.4m" is not the source's "$5m").
 */
function withinPrecision(nv: number, nu: number, sv: number, su: number): boolean {
  const rel = Math.abs(nv - sv);
  const mag = Math.abs(sv);
  if (within(nv, sv, nu / 2) && rel <= NOTE_ROUNDING * mag + EPS * mag) return true;
  return within(nv, sv, su / 2) && rel <= ROUNDING * mag + EPS * mag;
}

function relClose(a: number, b: number, tol: number): boolean {
  return Math.abs(a - b) <= tol * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
}

function normWording(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}
