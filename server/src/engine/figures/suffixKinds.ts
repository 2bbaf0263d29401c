// Suffixes that make a numeral something other than an amount: a rank ("19th", "the 70th
// minute"), a date with no year ("27 February", "May 1st"), a decade ("1960s", "1990's"), a
// fiscal year ("2003/04"), pence ("7p") or a physical measure ("9.2Mbps", "61km/h", "38 mph", "508m tall").
// Each sets the numeral's kind and unit and returns 0, or returns where scanning resumes (the
// number is no figure), like the other steps of units.ts.

import type { FigureKind } from '../types';
import { isAlnum, isDigit, isHSpace, isLower, isUpper, nextWord, prevWord, skipToken, wordAt } from './chars';
import type { Word } from './chars';
import {
  CENTURIES_BEFORE, DECADE_OWNERS, DECADE_PARTS, YEAR_DECADE_PARTS, MAX_PENCE, MEASURE_COMPARATIVES, MONTH_INDEX, ORDINAL_STOP_AFTER, SPACED_MEASURES_LOWER, SPEED_ONLY_WORDS, SPELLED_MEASURES, SPELLED_SPEEDS,
  SPELLED_WATT_HOURS, VIDEO_LINES,
} from './familyTables';
import { measureAt } from './measures';
import { oddsNear } from './ranges';
import { markerCheck } from './names';
import { listedRank, monthAfter, monthOf, ordinalIsRank, ordinalSuffix, yearFollows } from './ranks';
import type { Numeral, Scan } from './scan';

/** The numeral carries its own unit up to `end`. */
export function withUnit(s: Scan, n: Numeral, kind: FigureKind, unit: string | undefined, end: number): number {
  n.kind = kind;
  if (unit !== undefined) n.unit = unit;
  n.end = end;
  n.suffixed = true;
  return markerCheck(s, n);
}

/** Letters glued after the digits that make a rank, a decade or a measure: "19th", "1960s", "3GHz", "61km/h". */
export function gluedKind(s: Scan, n: Numeral, w: string, ws: number, e: number): number | undefined {
  if (w === 's') {
    // "her early 20s", "the mid-70s": a decade of someone's life (an age, or a share of one)
    if (!isDecade(n)) return lifeDecade(s, n, e);
    n.high = decadeHigh(n.mantissa);
    decadePart(s, n);
    return withUnit(s, n, 'year', undefined, e);
  }
  if (w === 'st' || w === 'nd' || w === 'rd' || w === 'th') {
    if (n.decimals > 0 || n.mantissa < 1 || ordinalSuffix(n.mantissa) !== w) return undefined;
    return digitOrdinal(s, n, e);
  }
  // "7p", "548p": pence — not a video's lines ("720p", "1080p")
  if (w === 'p') {
    if (VIDEO_LINES.has(n.mantissa) || n.mantissa >= MAX_PENCE || n.currency) return undefined;
    n.currency = 'GBX';
    return withUnit(s, n, 'currency', 'GBX', e);
  }
  // "7.23secs": seconds, a plain number as "7.23 seconds" is (a race time's seconds are written bare
  // too); the figure is the digits, so a fix leaves the unit as written
  if ((w === 'secs' || w === 'sec') && !n.currency) {
    n.suffixed = true;
    return markerCheck(s, n);
  }
  const m = measureAt(s.text, ws, e, s.end, false);
  if (!m) return undefined;
  if (m.unit === 'C' && !(Math.abs(n.mantissa) <= 60 && n.decimals <= 1)) return undefined; // "30C", not "3000C"
  return measure(s, n, m.unit, m.end);
}

/** A measure with its unit up to `end`; a difference ("50m taller", "3cm short of") is not read. */
export function measure(s: Scan, n: Numeral, unit: string, end: number): number {
  const w = nextWord(s.text, end, s.end);
  if (w && MEASURE_COMPARATIVES.has(w.lower)) return w.end;
  return withUnit(s, n, 'measure', unit, end);
}

/** The last year of "the 1960s" (1969), or of a century written so, "the 1800s" (1899; see CENTURIES_BEFORE). */
export function decadeHigh(year: number): number {
  return year + (year % 100 === 0 && year < CENTURIES_BEFORE ? 99 : 9);
}

/** A 4-digit year ending in 0 with nothing before it: "1960" of "1960s", "1990" of "1990's". */
export function isDecade(n: Numeral): boolean {
  return n.intDigits === 4 && !n.hasSep && n.decimals === 0 && n.start === n.numStart && n.mantissa % 10 === 0 &&
    n.mantissa >= 1500 && n.mantissa <= 2190;
}

/**
 * A decade of a life or of a scale, "20s" to "90s": after "early", "mid" or "late" (hyphen or
 * space: "the mid-70s", "her early 20s" — the first four, the middle three, the last three years
 * of it) or a possessive ("in his 30s": all ten). A count of years with a high end, the figure's
 * text taking the word before it. "the 80s" alone is a decade of years nobody can tell from its
 * century: no figure. Undefined when none applies (the caller rejects the numeral).
 */
function lifeDecade(s: Scan, n: Numeral, e: number): number | undefined {
  if (n.intDigits !== 2 || n.hasSep || n.decimals !== 0 || n.start !== n.numStart || n.mantissa % 10 !== 0 || n.mantissa < 20) return undefined;
  const { word: pw, glued } = decadeWordBefore(s.text, n);
  if (!pw) return undefined;
  const part = DECADE_PARTS[pw.lower];
  if (part === undefined && (glued || !DECADE_OWNERS.has(pw.lower))) return undefined;
  const [lo, hi] = part ?? [0, 9];
  if (part !== undefined) n.start = pw.start;
  n.high = n.mantissa + hi;
  n.mantissa += lo;
  return withUnit(s, n, 'count', undefined, e);
}

/**
 * "the late 1980s", "the mid-1990s", "the early 2000s": a part of a calendar decade (not of a
 * century, "the early 1800s"), the years YEAR_DECADE_PARTS gives it; the figure's text takes the
 * word. Without one, all ten years.
 */
function decadePart(s: Scan, n: Numeral): void {
  if (n.high !== n.mantissa + 9) return;
  const pw = decadeWordBefore(s.text, n).word;
  const part = pw ? YEAR_DECADE_PARTS[pw.lower] : undefined;
  if (part === undefined) return;
  n.start = pw!.start;
  n.high = n.mantissa + part[1];
  n.mantissa += part[0];
}

/** The word before a decade's digits, joined by a hyphen ("mid-70s", `glued`) or a space ("the late 1980s"). */
function decadeWordBefore(text: string, n: Numeral): { word: Word | undefined; glued: boolean } {
  const glued = n.numStart > 0 && text.charCodeAt(n.numStart - 1) === 45;
  return { word: glued ? wordEndingAt(text, n.numStart - 1) : prevWord(text, n.numStart, 0), glued };
}

/** The word that ends right at position i ("mid" before "-70s"), or undefined. */
function wordEndingAt(text: string, i: number): Word | undefined {
  let k = i;
  while (k > 0 && isLower(text.charCodeAt(k - 1))) k--;
  return k < i ? { start: k, end: i, lower: text.slice(k, i) } : undefined;
}

/** "19th": a date after or before a month ("1st May", "May 1st"), a rank, or nothing ("on the 21st"). */
function digitOrdinal(s: Scan, n: Numeral, e: number): number {
  const text = s.text;
  if (n.mantissa <= 31 && !n.hasSep) {
    const after = monthAfter(text, e, s.end);
    if (after) return dayMonth(s, n, after.month, n.start, after.end, e);
    const pw = prevWord(text, n.start, 0);
    const m = monthOf(text, pw);
    if (m) return dayMonth(s, n, m, pw!.start, e, e);
  }
  if (!ordinalIsRank(text, n.start, e, s.end) && !listedRank(s.figures, text, n.start, e, s.end)) return e;
  return withUnit(s, n, 'ordinal', undefined, e);
}

/**
 * A day and its month, text[start, end): a date figure (value month × 100 + day) when no year
 * follows; with a year ("27 February 2001") the year is the figure, and scanning resumes at `resume`.
 */
export function dayMonth(s: Scan, n: Numeral, month: number, start: number, end: number, resume: number): number {
  if (yearFollows(s.text, end, s.end)) return resume;
  n.start = start;
  n.mantissa = month * 100 + n.mantissa;
  return withUnit(s, n, 'date', undefined, end);
}

/** "27 February" (a capitalised month after the day, no year after it): a date, or the day of a dated year. */
export function dayThenMonth(s: Scan, n: Numeral, w: Word): number | undefined {
  const month = MONTH_INDEX[w.lower];
  if (!month || n.decimals > 0 || n.hasSep || n.mantissa < 1 || n.mantissa > 31) return undefined;
  if (!isUpper(s.text.charCodeAt(w.start))) return undefined;
  return dayMonth(s, n, month, n.start, w.end, w.start);
}

/**
 * "May 5" (a month, then the bare day): true when it is a date, with no year after it and nothing
 * that reads as the number's noun ("In May 10 people died" stays unread); the numeral then
 * spans the month and has kind 'date'. False leaves it a day of a dated year, skipped as before.
 */
export function monthThenDay(s: Scan, n: Numeral): boolean {
  const text = s.text;
  const pw = prevWord(text, n.start, 0);
  const month = monthOf(text, pw);
  if (!month || yearFollows(text, n.end, s.end)) return false;
  const nw = nextWord(text, n.end, s.end);
  if (nw && isLower(text.charCodeAt(nw.start)) && !ORDINAL_STOP_AFTER.has(nw.lower)) return false;
  n.start = pw!.start;
  n.mantissa = month * 100 + n.mantissa;
  n.kind = 'date';
  n.suffixed = true;
  return true;
}

/**
 * "9/4", "11/4": betting odds when an odds word is near ("second favourite at 9/4", "an 11/4
 * shot") or after "at" the first is the larger ("in second place at 9/4"): a bare whole number of
 * at most 3 digits, a slash, another of at most 3; else undefined.
 */
export function oddsSlash(s: Scan, n: Numeral, i: number): number | undefined {
  const text = s.text;
  if (n.suffixed || n.currency || n.hasSep || n.decimals !== 0 || n.intDigits > 3 || n.start !== n.numStart) return undefined;
  let k = i + 1;
  while (k < s.end && isDigit(text.charCodeAt(k))) k++;
  if (k - i - 1 < 1 || k - i - 1 > 3) return undefined;
  if (k < s.end && (text.charCodeAt(k) === 47 || isAlnum(text.charCodeAt(k)))) return undefined; // "9/4/2005", "9/4b"
  const high = Number(text.slice(i + 1, k));
  // ("at 9/4", as bookmakers quote a horse: a falling pair only — "at 3/4 of capacity" is a fraction)
  const at = prevWord(text, n.start, 0)?.lower === 'at' && n.mantissa > high;
  if (!at && !oddsNear(s, n.start, k)) return undefined;
  n.high = high;
  return withUnit(s, n, 'odds', undefined, k);
}

/** "2003/04", "1999/2000": a fiscal or season year when the second year is the next one; else undefined. */
export function fiscalSlash(s: Scan, n: Numeral, i: number): number | undefined {
  const text = s.text;
  if (!(n.intDigits === 4 && !n.hasSep && n.decimals === 0 && n.start === n.numStart && n.mantissa >= 1800 && n.mantissa <= 2199)) return undefined;
  let k = i + 1;
  while (k < s.end && isDigit(text.charCodeAt(k))) k++;
  const len = k - i - 1;
  if (len !== 2 && len !== 4) return undefined;
  if (k < s.end && (text.charCodeAt(k) === 47 || isAlnum(text.charCodeAt(k)))) return undefined; // "2003/04/05", "2003/04b"
  const second = Number(text.slice(i + 1, k));
  const hi = len === 4 ? second : Math.floor((n.mantissa + 1) / 100) * 100 + second;
  if (hi !== n.mantissa + 1) return undefined;
  n.high = hi;
  n.fiscal = true;
  return withUnit(s, n, 'year', undefined, k);
}

/** A unit after one space: "38 mph", "100 km", "2 GB"; undefined when the word is no unit. */
export function spacedMeasure(s: Scan, n: Numeral, w: Word): number | undefined {
  if (!SPACED_MEASURES_LOWER.has(w.lower)) return undefined; // most words: no slice, no lookup
  const m = measureAt(s.text, w.start, w.end, s.end, true);
  if (!m) return undefined;
  return measure(s, n, m.unit, m.end);
}

/**
 * A unit spelled out after one space: "12 kilometres" (km), "96 gigawatt-hours" or "96 gigawatt
 * hours" (GWh), "70 miles per hour" (mph); undefined when the word is none.
 */
export function spelledMeasure(s: Scan, n: Numeral, w: Word): number | undefined {
  const unit = SPELLED_MEASURES[w.lower];
  if (unit === undefined && !SPEED_ONLY_WORDS.has(w.lower)) return undefined;
  const text = s.text;
  const energy = unit === undefined ? undefined : SPELLED_WATT_HOURS[unit];
  if (energy && w.end < s.end && (text.charCodeAt(w.end) === 45 /* - */ || isHSpace(text.charCodeAt(w.end)))) {
    const h = wordAt(text, w.end + 1, s.end);
    if (h && (h.lower === 'hour' || h.lower === 'hours')) return measure(s, n, energy, h.end);
  }
  const per = nextWord(text, w.end, s.end);
  if (per?.lower === 'per') {
    const what = nextWord(text, per.end, s.end);
    const speed = what && SPELLED_SPEEDS[`${unit ?? w.lower}|${what.lower}`];
    if (speed) return measure(s, n, speed, what.end);
  }
  return unit === undefined ? undefined : measure(s, n, unit, w.end);
}

/** "100m-long", "a 300m-high tower": metres before a hyphenated size word; other "100m-…" are identifiers. */
export function metreHyphen(s: Scan, n: Numeral, e: number, sizeWords: ReadonlySet<string>): number {
  const text = s.text;
  let k = e + 1;
  while (k < s.end && isLower(text.charCodeAt(k))) k++;
  if (k > e + 1 && sizeWords.has(text.slice(e + 1, k)) && !(k < s.end && isDigit(text.charCodeAt(k)))) {
    n.scale = 1;
    return measure(s, n, 'm', e);
  }
  return skipToken(text, e, s.end);
}
