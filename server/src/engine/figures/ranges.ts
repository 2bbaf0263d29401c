// Ranges: a numeral extended to "12-18 months", "12–18", "12 to 18 months", "between 12 and 18",
// "$5-10bn", "20%-30%", "1.5 million to 2 million", "2004-05" (a fiscal year). Pairs that are not
// ranges are told apart here too: scores ("a 3-1 win", "won 22-6": kind score), phone numbers
// ("555-1234"), formations ("4-4-2"), changes ("rose from 5 to 10", "rose 8% to 9%").

import { isDigit, isHSpace, isLetter, isUpper, nextWord, prevWord, skipToken, yearAhead } from './chars';
import { CHANGE_NOUNS, ODDS_WORDS, RANGE_VERBS, SPORT_WORDS } from './familyTables';
import { nameContext } from './names';
import { numeral } from './numerals';
import type { Numeral, Scan } from './scan';
import { CHANGE_WORDS, CURRENCY_SYMBOL, LEAD_AFTER, SCORE_FOLLOW, table } from './tables';

type Joiner = 'dash' | 'to' | 'and';

/**
 * Try to extend a numeral into a range.
 * Returns undefined (no range), a number (reject both, resume there), or the merged figure.
 */
export function range(s: Scan, n1: Numeral): { merged: Numeral; high: number } | number | undefined {
  const text = s.text;
  const end = s.end;
  const j = joiner(s, n1);
  if (!j) return undefined;
  const { sep, q } = j;
  const r2 = numeral(s, q, false, true);
  if (typeof r2 === 'number') {
    // the second half is an identifier or an age ("15 to 24-year-olds"): so is the first
    return r2 > q ? r2 : undefined;
  }
  const n2 = r2;
  // "24-26 June", "9-15 January": days of a month, one date spanning them (value and high month × 100
  // + day); a first number that is no earlier day of the month is no part of it, neither is read
  if (n2.kind === 'date') {
    const month = Math.floor(n2.mantissa / 100);
    const day = n1.mantissa;
    if (sep !== 'dash' || n1.decimals !== 0 || n1.hasSep || n1.suffixed || n1.currency || !(day >= 1 && day < n2.mantissa - month * 100)) return n2.end;
    return { merged: { ...n2, start: n1.start, numStart: n1.numStart, mantissa: month * 100 + day }, high: n2.mantissa };
  }
  // "4-4-2", "1-2-3"
  if (sep === 'dash' && n2.end + 1 < end && (text.charCodeAt(n2.end) === 45 || text.charCodeAt(n2.end) === 0x2013) && isDigit(text.charCodeAt(n2.end + 1))) {
    return skipToken(text, n2.end, end);
  }
  if (n2.currency && n1.currency && n2.currency !== n1.currency) return undefined;
  if (n2.prefixCurrency && !n1.currency) return undefined;
  if (sep === 'dash' && !n1.suffixed && !n1.currency && isYearLike(n1) && !n2.suffixed && n2.decimals === 0) return yearRange(n1, n2);
  if (n2.intDigits === 2 && text.charCodeAt(n2.numStart) === 48) return sep === 'dash' ? n2.end : undefined;
  // phone "555-1234"
  if (sep === 'dash' && !n1.suffixed && !n2.suffixed && n1.intDigits >= 3 && n2.intDigits >= 4 && !n1.hasSep && !n2.hasSep) {
    return skipToken(text, n2.end, end);
  }
  if (sep === 'dash') {
    const sc = score(s, n1, n2);
    if (sc !== undefined) return sc;
  }
  const m = merge(n1, n2);
  if (!m) return undefined;
  const { merged, low, high } = m;
  if (!(high > low)) {
    // scores "3-0", "2-1": neither number is a figure
    if (sep === 'dash') return n2.end;
    return undefined;
  }
  if (sep === 'dash' && !merged.suffixed && !merged.currency && high <= 10 && n1.decimals === 0 && n2.decimals === 0) {
    // "4-6 6-3", "(7-5)", "won 2-3": scores. A small bare pair must be followed by a plain noun.
    const w = nextWord(text, n2.end, end);
    if (!w || text.charCodeAt(w.start) < 97 || SCORE_FOLLOW.has(w.lower)) return n2.end;
  }
  // a bare hyphenated pair with no unit, e.g. "50-100", stays a count range
  return { merged, high };
}

/** What joins n1 to a second number, and where that number starts; undefined when nothing does. */
function joiner(s: Scan, n1: Numeral): { sep: Joiner; q: number } | undefined {
  const text = s.text;
  const end = s.end;
  const i = n1.end;
  if (i >= end) return undefined;
  const c = text.charCodeAt(i);
  let sep: Joiner | undefined;
  let q = -1;
  if ((c === 45 || c === 0x2013) && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (isDigit(d) || (n1.currency && CURRENCY_SYMBOL[d] !== undefined)) {
      sep = 'dash';
      q = i + 1;
    }
  } else if (isHSpace(c) && i + 3 < end) {
    const c1 = text.charCodeAt(i + 1);
    if (c1 === 0x2013 && isHSpace(text.charCodeAt(i + 2))) {
      sep = 'dash';
      q = i + 3;
    } else if (c1 === 116 && text.startsWith('to ', i + 1)) {
      sep = 'to';
      q = i + 4;
    } else if (c1 === 97 && text.startsWith('and ', i + 1)) {
      sep = 'and';
      q = i + 5;
    }
  }
  if (!sep || q >= end) return undefined;
  const d = text.charCodeAt(q);
  if (!(isDigit(d) || CURRENCY_SYMBOL[d] !== undefined)) return undefined;
  if (sep === 'dash') return { sep, q };
  // "from 36,185 in 2003 to 28,041": a year and a count are never a range
  if (!n1.suffixed && !n1.currency && isYearLike(n1) !== isYearLikeAt(text, q, end)) return undefined;
  const pw = prevWord(text, n1.start, 0);
  if (sep === 'and' && (!pw || pw.lower !== 'between')) return undefined;
  if (sep === 'to') {
    if (pw && CHANGE_WORDS.has(pw.lower)) return undefined;
    // "rose 0.3% to 2.1%" is a change: a unit on the left side makes a "to" range only with no
    // change word before it ("an estimated 1.5 million to 2 million", "rates of 8% to 9%")
    if (n1.suffixed && (n1.kind !== undefined && n1.kind !== 'percent' || changeBefore(text, n1.start))) return undefined;
  }
  return { sep, q };
}

/** Year ranges "2004-05", "2019-2020": the high end in full, or where to resume when it is no year. */
function yearRange(n1: Numeral, n2: Numeral): { merged: Numeral; high: number } | number {
  let hi = n2.mantissa;
  if (n2.intDigits === 2) hi = Math.floor(n1.mantissa / 100) * 100 + hi;
  else if (n2.intDigits === 1) hi = Math.floor(n1.mantissa / 10) * 10 + hi;
  else if (n2.intDigits !== 4) return n2.end;
  if (hi <= n1.mantissa || hi - n1.mantissa > 50) return n2.end;
  const merged: Numeral = { ...n1, end: n2.end, kind: 'year' };
  // "2003-04": a fiscal or season year (two digits, the next year); "2003-05", "2003-2004" are spans
  if (n2.intDigits === 2 && hi === n1.mantissa + 1) merged.fiscal = true;
  return { merged, high: hi };
}

/** One numeral for both ends; undefined when a suffixed low end and the high end differ in unit. */
function merge(n1: Numeral, n2: Numeral): { merged: Numeral; low: number; high: number } | undefined {
  if (n1.suffixed) {
    // both must carry the same kind of suffix: "20%-30%", "5m-10m"
    if (!n2.suffixed || n1.kind !== n2.kind || n1.unit !== n2.unit) return undefined;
    const low = n1.mantissa * n1.scale;
    const merged: Numeral = {
      ...n1, end: n2.end, currency: n1.currency ?? n2.currency, decimals: Math.max(n1.decimals, n2.decimals),
      scale: Math.min(n1.scale, n2.scale),
    };
    if (merged.scale !== n1.scale) merged.mantissa = low / merged.scale;
    return { merged, low, high: n2.mantissa * n2.scale };
  }
  // a bare low end takes the high end's unit and scale: "$5-10bn", "12-18 months"
  const merged: Numeral = {
    ...n1, end: n2.end, scale: n2.scale, kind: n2.kind, unit: n2.unit, currency: n1.currency ?? n2.currency,
    decimals: Math.max(n1.decimals, n2.decimals), suffixed: n2.suffixed, hasSep: n1.hasSep || n2.hasSep,
  };
  return { merged, low: n1.mantissa * n2.scale, high: n2.mantissa * n2.scale };
}

/** A bare 4-digit number 1800–2199. */
function isYearLike(n: Numeral): boolean {
  return n.intDigits === 4 && !n.hasSep && n.decimals === 0 && n.scale === 1 && n.mantissa >= 1800 && n.mantissa <= 2199;
}

/** A year starts at i (and is not the integer part of "2019.5" or "2019,300"). */
function isYearLikeAt(text: string, i: number, end: number): boolean {
  return yearAhead(text, i, end) && !(i + 5 < end && (text.charCodeAt(i + 4) === 46 || text.charCodeAt(i + 4) === 44) && isDigit(text.charCodeAt(i + 5)));
}

/** A whole number that may be one side of a score: no unit, sign, separator or decimals, at most 3 digits. */
function scoreSide(n: Numeral): boolean {
  return !n.suffixed && !n.currency && n.decimals === 0 && !n.hasSep && n.intDigits <= 3 && n.start === n.numStart;
}

/**
 * A hyphenated pair that is a match score: "a 5-0 win", "won 3-1", "drew 1-1", "22-6 at half-time".
 * A pair whose second number is not above the first and both small ("2-1", "1-1") is a score
 * anywhere but in a name or betting odds ("the 5-1 favourite"); any other pair needs a sports
 * word near it, and when it reads as a range ("won 5-10 seats") a noun after it keeps it one.
 */
function score(s: Scan, n1: Numeral, n2: Numeral): { merged: Numeral; high: number } | number | undefined {
  if (!scoreSide(n1) || !scoreSide(n2)) return undefined;
  const a = n1.mantissa;
  const b = n2.mantissa;
  // a rising pair before a plain noun is a range whatever is near ("won 5-10 seats"): decided
  // before the words around are read
  const w = nextWord(s.text, n2.end, s.end);
  if (b > a && w && s.text.charCodeAt(w.start) >= 97 && !SCORE_FOLLOW.has(w.lower)) return undefined;
  const near = wordsNear(s.text, n1.start, n2.end, s.end);
  // (odds are quoted one pair at a time: a pair beside another set is a scoreline — "the favourite
  // … went down 7-6 (7-4) 6-3")
  if (near & ODDS && !SET_AHEAD.test(s.text.slice(n2.end, Math.min(s.end, n2.end + 12))) && !SET_BEHIND.test(s.text.slice(Math.max(0, n1.start - 12), n1.start))) return odds(n1, n2);
  const sport = (near & SPORT) !== 0;
  if (b > a) {
    // (a set lost, between two others, is a set whatever is near: "Mantilla, 6-4 3-6 7-6"; read
    // only for a rising pair with no sports word near, not for every score)
    // (…or a headline's result, whichever side scored more: "Clyde 0-5 Celtic")
    // (…or a set lost that opens a result after the winner's name: "Nadal 6-7 (6/8) 6-2 …")
    const opensResult = nameContext(s, n1.numStart) === 'name' && SET_AHEAD.test(s.text.slice(n2.end, Math.min(s.end, n2.end + 24)));
    if (!sport && !betweenSets(s, n1, n2) && !headlineResult(s, n1, n2) && !opensResult) return undefined;
  } else if (!sport) {
    if (a > 20) return undefined;
    // "Petra Quill 6-2 6-1": a pair before another set is a scoreline, whatever name stands before it;
    // so is a pair between two names, as a match report's headline gives it ("Dundee Utd 4-1 Aberdeen")
    // — and so is a side's lead after its name ("put Ireland 17-6 up", "left Harwick 3-1 down")
    if (nameContext(s, n1.numStart) === 'name' && !SET_AHEAD.test(s.text.slice(n2.end, Math.min(s.end, n2.end + 12))) && !(w && (isUpper(s.text.charCodeAt(w.start)) || LEAD_AFTER.has(w.lower)))) return n2.end;
    // "Kenzie at 5-2": betting odds, as bookmakers quote a housemate or a horse
    const pw = prevWord(s.text, n1.start, 0);
    if (pw && pw.lower === 'at') return odds(n1, n2);
  }
  return { merged: { ...n1, end: n2.end, kind: 'score', suffixed: true }, high: b };
}

/**
 * A line that is one match's result as a report's headline gives it, and nothing else: the sides'
 * names (each word capitalised) on either side of the pair — "Clyde 0-5 Celtic", "Dundee Utd 4-1
 * Aberdeen". Read within HEADLINE_RESULT_CHARS of the pair on each side.
 */
function headlineResult(s: Scan, n1: Numeral, n2: Numeral): boolean {
  const names = (from: number, to: number): boolean => {
    const words = s.text.slice(from, to).trim().split(/\s+/);
    return words.length > 0 && words.length <= HEADLINE_SIDE_WORDS && words.every((w) => isUpper(w.charCodeAt(0)) && /^[\p{L}.'’&-]+$/u.test(w));
  };
  // (the line's ends sought within HEADLINE_RESULT_CHARS only: a long line is no headline, and a
  // text of one long line with many pairs stays linear)
  let before = n1.start;
  while (before > 0 && n1.start - before <= HEADLINE_RESULT_CHARS && s.text.charCodeAt(before - 1) !== 10) before--;
  let after = n2.end;
  while (after < s.text.length && after - n2.end <= HEADLINE_RESULT_CHARS && s.text.charCodeAt(after) !== 10) after++;
  if (n1.start - before > HEADLINE_RESULT_CHARS || after - n2.end > HEADLINE_RESULT_CHARS) return false;
  return isHSpace(s.text.charCodeAt(n1.start - 1)) && isHSpace(s.text.charCodeAt(n2.end)) && names(before, n1.start) && names(n2.end, after);
}

/** How far (characters) a headline result's side may reach from the score, and in how many words: "Dundee Utd 4-1 Aberdeen". */
const HEADLINE_RESULT_CHARS = 40;
const HEADLINE_SIDE_WORDS = 4;

/** Betting odds "5-1", "7-2": kind odds, the first number its value and the second its high end. */
function odds(n1: Numeral, n2: Numeral): { merged: Numeral; high: number } {
  return { merged: { ...n1, end: n2.end, kind: 'odds', suffixed: true }, high: n2.mantissa };
}

/** Odds written with a slash ("at 9/4", "an 11/4 shot"): an odds word near the pair (ODDS_WORDS), or "at" before it with one in its sentence. */
export function oddsNear(s: Scan, start: number, end: number): boolean {
  return (wordsNear(s.text, start, end, s.end) & ODDS) !== 0;
}

/** Another set right before the pair and another right after it ("6-4 3-6 7-6"). */
function betweenSets(s: Scan, n1: Numeral, n2: Numeral): boolean {
  const ahead = s.text.slice(n2.end, Math.min(s.end, n2.end + 24));
  // (or the first of three: "beat Gaston Ruiz 5-7 6-1 6-4")
  return (SET_AHEAD.test(ahead) && SET_BEHIND.test(s.text.slice(Math.max(0, n1.start - 12), n1.start))) || TWO_SETS_AHEAD.test(ahead);
}

const ODDS = 1;
const SPORT = 2;
/** Another set right after a pair: "6-2 6-1", "7-6 (7-4)" — past the pair's tie-break written with a slash, "6-7 (6/8) 6-2". */
const SET_AHEAD = /^(?: \(\d{1,2}\/\d{1,2}\))?,? \(?\d{1,2}[-\u2013]\d{1,2}\b/;
/** Two more sets right after a pair: "5-7 6-1 6-4", "4-6, 6-3, 7-5", "6-7 (6/8) 6-2 7-6 (8/6)". */
const TWO_SETS_AHEAD = /^(?: \(\d{1,2}\/\d{1,2}\))?,? \(?\d{1,2}[-\u2013]\d{1,2}\)?(?: \(\d{1,2}\/\d{1,2}\))?,? \(?\d{1,2}[-\u2013]\d{1,2}\b/;
/** Another set right before a pair: "7-6 (7-4)", "(7-4) 6-3". */
const SET_BEHIND = /\b\d{1,2}[-\u2013]\d{1,2}\)?,? \(?$/;
/** Words near a pair and what they make of it: betting odds (ODDS) or a match (SPORT). */
const SCORE_CONTEXT: Readonly<Record<string, number>> = table(Object.fromEntries([
  ...[...SPORT_WORDS].map((w): [string, number] => [w, SPORT]), ...[...ODDS_WORDS].map((w): [string, number] => [w, ODDS]),
]));

/**
 * The SCORE_CONTEXT flags of the words within 40 characters before `a` and 25 after `b`, not
 * across a sentence end.
 */
function wordsNear(text: string, a: number, b: number, end: number): number {
  let lo = Math.max(0, a - 40);
  for (let k = a - 1; k >= lo; k--) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 33 || c === 63 || c === 10) {
      lo = k + 1;
      break;
    }
  }
  let flags = contextFlags(text, lo, a);
  let hi = Math.min(end, b + 25);
  for (let k = b; k < hi; k++) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 33 || c === 63 || c === 10) {
      hi = k;
      break;
    }
  }
  flags |= contextFlags(text, b, hi);
  return flags;
}

/** OR of the SCORE_CONTEXT flags of the words in text[lo, hi). */
function contextFlags(text: string, lo: number, hi: number): number {
  let flags = 0;
  let k = lo;
  while (k < hi) {
    if (!isLetter(text.charCodeAt(k))) {
      k++;
      continue;
    }
    const st = k;
    while (k < hi && isLetter(text.charCodeAt(k))) k++;
    if (k - st < 3) continue; // no context word is shorter than "won"
    let w = text.slice(st, k);
    if (isUpper(text.charCodeAt(st))) w = w.toLowerCase();
    flags |= SCORE_CONTEXT[w] ?? 0;
  }
  return flags;
}

/** A change word among the three words before position i: "rose 8% to 9%", "a rise of 1.5m to 2m". */
function changeBefore(text: string, i: number): boolean {
  let k = i;
  for (let n = 0; n < 3; n++) {
    while (k > 0 && (isHSpace(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === 44)) k--;
    const e = k;
    while (k > 0 && isLetter(text.charCodeAt(k - 1))) k--;
    if (k === e) return false;
    const w = text.slice(k, e).toLowerCase();
    if (CHANGE_WORDS.has(w) || CHANGE_NOUNS.has(w)) return true;
    if ((w.endsWith('ed') || w.endsWith('ing')) && !RANGE_VERBS.has(w)) return true;
  }
  return false;
}
