// Ranks and dates around a numeral written with digits: is "19th" a rank ("finished 19th", "the
// 70th minute") or part of a date ("May 1st", "the 21st")? Is "27 February" a date with no year
// ("on 27 February", kept) or the day of a dated year ("27 February 2001", where the year is the
// figure)? Is "number 8" a chart position or an address ("number 10 Downing Street")? These are
// decisions only: the caller sets the numeral's kind and emits it.

import { isAsciiLetter, isHSpace, isLetter, isUpper, nextWord, prevWord, yearAhead } from './chars';
import type { Word } from './chars';
import { CHART_BEFORE, CHART_FOLLOW, CHART_MOVES, MONTH_INDEX, ORDINAL_STOP_AFTER, POSSESSIVES, RANK_BEFORE, RANK_MOVES, RANK_TITLES, SERIES_AFTER } from './familyTables';

/** The ordinal suffix a whole number takes: 1 → "st", 12 → "th", 22 → "nd". */
export function ordinalSuffix(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return 'th';
  return n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
}

/** A capitalised month name as a word: its number, else 0 ("may" in lower case is a verb). */
export function monthOf(text: string, w: Word | undefined): number {
  if (!w || !isUpper(text.charCodeAt(w.start))) return 0;
  return MONTH_INDEX[w.lower] ?? 0;
}

/** Does a year follow position i ("27 February 2001", "May 1st, 2001")? Then the year is the figure. */
export function yearFollows(text: string, i: number, end: number): boolean {
  let k = i;
  if (k < end && text.charCodeAt(k) === 44 /* , */) k++;
  return k + 1 < end && isHSpace(text.charCodeAt(k)) && yearAhead(text, k + 1, end);
}

/** The month after a day ("1st May", "1st of May", "27 February"): its number and end, or undefined. */
export function monthAfter(text: string, i: number, end: number): { month: number; end: number } | undefined {
  let w = nextWord(text, i, end);
  if (w && w.lower === 'of' && text.charCodeAt(w.start) === 111) w = nextWord(text, w.end, end);
  const month = monthOf(text, w);
  return month ? { month, end: w!.end } : undefined;
}

/**
 * Is the digit ordinal text[start, e) ("19th") a rank? After a rank verb ("finished 19th") always;
 * otherwise when a lower-case word follows that is not a date's or a list's ("the 70th minute",
 * "the 20th century", "the 19th-century novel"). "the 21st and the 3rd", "on the 1st." and "the
 * 1st Battalion" are not.
 */
export function ordinalIsRank(text: string, start: number, e: number, end: number): boolean {
  const pw = prevWord(text, start, 0);
  if (pw && RANK_BEFORE.has(pw.lower)) return true;
  const nw0 = nextWord(text, e, end);
  const capitalAfter = !!nw0 && text.charCodeAt(nw0.start) < 97;
  // "slipped to 19th", "moved up to 18th from 23rd": a move in a table, to a rank and from one
  // (not "moved to 21st May": a capitalised word after it is a date's or a name's)
  if (!capitalAfter && pw?.lower === 'to') {
    const p2 = prevWord(text, pw.start, 0);
    if (p2 && RANK_MOVES.has(p2.lower)) return true;
  }
  if (!capitalAfter && pw?.lower === 'from' && RANK_BEFORE_FROM.test(text.slice(Math.max(0, pw.start - 8), pw.start))) return true;
  if (e + 1 < end && text.charCodeAt(e) === 45 && isAsciiLetter(text.charCodeAt(e + 1))) {
    return text.charCodeAt(e + 1) >= 97; // "19th-century"; "4th-Generation" stays a name
  }
  const nw = nextWord(text, e, end);
  if (!nw) return false;
  // "his 19th UK number one": a capitalised word after a possessive; "the 1st Battalion" is a name
  if (text.charCodeAt(nw.start) < 97) return !!pw && POSSESSIVES.has(pw.lower);
  // past 31 it cannot be a day of a month: "the 999th in chart history" is a rank
  if (pw?.lower === 'the' && parseInt(text.slice(start, e).replace(/[^0-9]/g, ''), 10) > 31) return true;
  return !ORDINAL_STOP_AFTER.has(nw.lower) || seriesAfter(text, e, end);
}

/** Do the words after position e say a place in a run ("in a row", "in succession")? */
export function seriesAfter(text: string, e: number, end: number): boolean {
  outer: for (const words of SERIES_AFTER) {
    let at = e;
    for (const w of words) {
      const nw = nextWord(text, at, end);
      if (!nw || nw.lower !== w) continue outer;
      at = nw.end;
    }
    return true;
  }
  return false;
}

/** A digit ordinal right before "from" ("to 18th from 23rd"): the rank moved from is a rank too. */
const RANK_BEFORE_FROM = /\d(?:st|nd|rd|th)\s+$/;


/**
 * "number one single", "number 8 in the chart", "went to number one": a chart position, given
 * where the word "number" starts and where the number after it ends. "number 10 Downing Street",
 * "the number 10 bus", "Number 10" and "a number of" are not.
 */
export function chartRank(text: string, numberStart: number, numEnd: number, end: number): boolean {
  if (!text.startsWith('number', numberStart)) return false; // lower case only
  if (numEnd < end && isLetter(text.charCodeAt(numEnd))) return false;
  const nw = nextWord(text, numEnd, end);
  if (nw && text.charCodeAt(nw.start) >= 97 && CHART_FOLLOW.has(nw.lower)) return true;
  const pw = prevWord(text, numberStart, 0);
  if (pw && RANK_TITLES.has(pw.lower)) return true;
  if (!pw || !CHART_BEFORE.has(pw.lower)) return false;
  // "moves to number 18 from 32", "fell to number 16 following …": a move in a table
  if (pw.lower === 'to') {
    const p2 = prevWord(text, pw.start, 0);
    if (p2 && CHART_MOVES.has(p2.lower)) return true;
  }
  // "went to number one." / "entered at number 8, …": nothing after but punctuation
  return !nw;
}
