// A month named alone ("in October", "since March last year", "at the end of February",
// "mid-June"): a date figure of kind 'date' whose day is 0 (value month × 100), compared with
// other dates at the month (agree.ts). A month with a day ("5 May", "May 5") is read by the digit
// scan; one with a year ("October 2004") leaves the year the figure.

import { isDigit, isHSpace, isUpper, prevWord } from './chars';
import { emitWords } from './emit';
import { MONTH_BEFORE, MONTH_INDEX, MONTH_LINKS, MONTH_NAMES, PART_OF_MONTH } from './familyTables';
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

/** Is this figure a month named alone (a date of day 0, read by monthWord)? */
export function monthAlone(f: Figure): boolean {
  return f.kind === 'date' && f.value % 100 === 0 && f.words === true;
}
