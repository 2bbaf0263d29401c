// A month named alone ("in October", "since March last year", "at the end of February",
// "mid-June"): a date figure of kind 'date' whose day is 0 (value month × 100), compared with
// other dates at the month (agree.ts). A month with a day ("5 May", "May 5") is read by the digit
// scan; one with a year ("October 2004") leaves the year the figure. A quarter named alone ("in
// the third quarter", "third-quarter profits") is the span of its three months (value 700, high
// 900); one with its year ("the fourth quarter of 2004") is that year's quarter, kind 'quarter', as
// "Q4 2004" is, the year a figure of its own after it.

import { isDigit, isHSpace, isUpper, nextWord, prevWord, yearAhead } from './chars';
import { emitWords } from './emit';
import { MONTH_BEFORE, MONTH_INDEX, MONTH_LINKS, MONTH_NAMES, PART_OF_MONTH, QUARTER_BEFORE } from './familyTables';
import type { Scan } from './scan';
import type { Figure } from '../types';

/** Months by their full names only ("May", not "Mar"): abbreviations stand alone too rarely to read. */
function fullMonth(lower: string): number {
  const m = MONTH_INDEX[lower];
  return m !== undefined && MONTH_NAMES[m].length === lower.length ? m : 0;
}

/** Does a day or a year follow the month ("May 5", "October 2004", "October, 2004")? */
function numberFollows(text: string, e: number, end: number): boolean {
  let q = e;
  if (q < end && text.charCodeAt(q) === 44) q++;
  if (q >= end || !isHSpace(text.charCodeAt(q))) return false;
  return q + 1 < end && isDigit(text.charCodeAt(q + 1));
}

/** Is the month at p dated by what comes before it: a word of MONTH_BEFORE, "mid-", or another month and a link? */
function datedBefore(text: string, p: number, lo: number): boolean {
  if (p >= 4 && text.charCodeAt(p - 1) === 45) return text.slice(p - 4, p - 1).toLowerCase() === 'mid';
  const pw = prevWord(text, p, lo);
  if (!pw) return false;
  if (pw.lower === 'of') {
    const part = prevWord(text, pw.start, lo);
    return !!part && PART_OF_MONTH.has(part.lower);
  }
  if (MONTH_LINKS.has(pw.lower)) {
    const first = prevWord(text, pw.start, lo);
    return !!first && fullMonth(first.lower) > 0 && isUpper(text.charCodeAt(first.start));
  }
  return MONTH_BEFORE.has(pw.lower);
}

/** A capitalised month name at p, `matched`: a date figure when it stands alone and is dated; returns where scanning resumes. */
export function monthWord(s: Scan, p: number, matched: string): number {
  const text = s.text;
  const e = p + matched.length;
  const month = fullMonth(matched.toLowerCase());
  if (!month || !isUpper(text.charCodeAt(p))) return e;
  if (e < s.end && (text.charCodeAt(e) === 45 || isDigit(text.charCodeAt(e)))) return e;
  if (numberFollows(text, e, s.end) || !datedBefore(text, p, 0)) return e;
  return emitWords(s, p, e, month * 100, undefined, 'date', undefined, 1);
}

/**
 * "the third quarter", "its fourth quarter", "third-quarter profits": the ordinal of value `value`
 * at p, its word "quarter" ending at `qEnd` (`hyphened`: "third-quarter"), a date spanning the
 * quarter's months — or, with a year after it, that year's quarter (datedQuarter); undefined (no
 * figure) for another ordinal, or after no determiner (QUARTER_BEFORE).
 */
export function quarterWord(s: Scan, p: number, qEnd: number, value: number, hyphened: boolean): number | undefined {
  if (value < 1 || value > 4) return undefined;
  const text = s.text;
  if (!hyphened) {
    const pw = prevWord(text, p, 0);
    if (!pw || !QUARTER_BEFORE.has(pw.lower)) return undefined;
  }
  const of = nextWord(text, qEnd, s.end);
  const yearAt = of?.lower === 'of' ? of.end : qEnd;
  if (numberFollows(text, yearAt, s.end)) return datedQuarter(s, p, qEnd, yearAt, value);
  const first = (value - 1) * 3 + 1;
  return emitWords(s, p, qEnd, first * 100, (first + 2) * 100, 'date', undefined, 1);
}

/**
 * "the fourth quarter of 2004", "third quarter 2003": the quarter of that year, as "Q4 2004" is
 * (kind 'quarter', value year + (quarter − 1) / 4), written p to qEnd ("fourth quarter"); the year
 * after `at` stays a figure of its own, read next. Undefined when no year of four digits follows.
 */
function datedQuarter(s: Scan, p: number, qEnd: number, at: number, value: number): number | undefined {
  const text = s.text;
  // (the years a year figure is, chars.ts yearAhead; not "2004%" nor "2004bn")
  if (!yearAhead(text, at + 1, s.end) || (at + 5 < s.end && /[A-Za-z%]/.test(text[at + 5]))) return undefined;
  emitWords(s, p, qEnd, Number(text.slice(at + 1, at + 5)) + (value - 1) / 4, undefined, 'quarter', undefined, 1);
  return qEnd;
}

/**
 * Is this figure a month or a quarter named in words (a date of day 0, or a quarter of a year
 * written "the fourth quarter of 2004": monthWord, quarterWord)? A word to every other figure's
 * frame, weak as a year is, no day.
 */
export function monthAlone(f: Figure): boolean {
  return (f.kind === 'date' && f.value % 100 === 0 && f.words === true) || (f.kind === 'quarter' && f.words === true);
}
