// Units and scales written after a numeral: "%", "bn", "m", "70B", "3x", "-fold", "-year",
// "million", "per cent", "percentage points", "dollars", "Australian dollars", "months",
// "times as many". Also the suffixes that make a number something else: "100m" metres, "1830
// GMT", "10 am", "31-year-old". Ranks, dates, decades, fiscal years and measures ("19th", "7
// September", "1990s", "2003/04", "3GHz") are read by suffixKinds.ts. Each step sets the
// numeral's unit and returns 0, or returns where to resume scanning (not a figure).

import { isAlnum, isAsciiLetter, isDigit, isLetter, isLower, letterRun, nextWord, skipToken, wordAt } from './chars';
import type { Word } from './chars';
import { FRACTION_DENOMINATOR, METRE_HYPHEN, METRE_MEASURE_FOLLOW } from './familyTables';
import { markerCheck } from './names';
import type { Numeral, Scan } from './scan';
import { clockTime } from './clockTimes';
import { dayThenMonth, decadeHigh, fiscalSlash, gluedKind, isDecade, measure, metreHyphen, oddsSlash, spacedMeasure, spelledMeasure, withUnit } from './suffixKinds';
import {
  COMPOUND_KIND_SUFFIX, COMPOUND_NOT_COUNTED, COMPOUND_SIZE_UNITS, CURRENCY_NEEDS_SCALE, CURRENCY_WORDS, DISTANCES, DOLLAR_NATIONS, DURATION_WORDS, HYPHEN_COUNT_WORDS, METRE_FOLLOW, RUN_WORDS,
  SCALE_WORDS, TIMES_FOLLOW, TIME_ZONES,
} from './tables';

/** Read glued and spaced suffixes after a numeral. Returns 0 when fine, else a resume position (reject). */
export function suffix(s: Scan, n: Numeral): number {
  const i = n.end;
  const c = i < s.end ? s.text.charCodeAt(i) : -1;
  if (c === 37 /* % */) return withUnit(s, n, 'percent', 'percent', i + 1);
  if (c >= 0 && isAsciiLetter(c)) return gluedSuffix(s, n, i);
  const mark = gluedMark(s, n, i, c);
  if (mark !== undefined) return mark;
  if (c === 45 /* - */ && i + 1 < s.end && isAsciiLetter(s.text.charCodeAt(i + 1))) return hyphenSuffix(s, n, i);
  return spacedSuffix(s, n, i);
}

/** Letters glued to the digits: "5bn", "$5m", "70B", "3x", "10pc", "19th", "3GHz"; anything else makes an identifier ("4G", "5G"). */
function gluedSuffix(s: Scan, n: Numeral, i: number): number {
  const text = s.text;
  const end = s.end;
  const e = letterRun(text, i, end);
  const after = e < end ? text.charCodeAt(e) : -1;
  if (after >= 0 && (isDigit(after) || isLetter(after) || after === 95)) return skipToken(text, e, end);
  const w = text.slice(i, e);
  const cur = !!n.currency;
  if (w === 'x' && !cur && n.mantissa > 0) return withUnit(s, n, 'multiplier', undefined, e);
  if (w === 'pc' && !cur) return withUnit(s, n, 'percent', 'percent', e);
  // ("8am", "10.30pm": a time of day)
  if ((w === 'am' || w === 'pm') && !cur) return clockTime(s, n, w, e) ?? skipToken(text, e, end);
  if (!cur) {
    const k = gluedKind(s, n, w, i, e);
    if (k !== undefined) return k;
  }
  const scale = gluedScale(s, n, w, e);
  if (!scale) return skipToken(text, e, end);
  // "100m-long": metres; any other "100m-…" is an identifier
  if (w === 'm' && !cur && after === 45 /* - */) return metreHyphen(s, n, e, METRE_HYPHEN);
  n.scale = scale;
  n.end = e;
  n.suffixed = true;
  // "77m euros", "40m rupees"
  if (!cur) {
    const ca = currencyAfter(s, e, true);
    if (ca) {
      n.currency = ca.unit;
      n.end = ca.end;
      n.kind = undefined;
      n.unit = undefined;
    }
  }
  if (n.kind === undefined && !n.currency && w === 'm' && metres(s, n, e)) {
    n.scale = 1;
    return measure(s, n, 'm', e);
  }
  return markerCheck(s, n);
}

/**
 * The scale of a glued suffix, 0 when it is none. Capitals without a currency are model and
 * token sizes ("70B", "2T", "500M parameters"); "K" and "b" count only after a currency.
 */
function gluedScale(s: Scan, n: Numeral, w: string, e: number): number {
  const cur = !!n.currency;
  switch (w) {
    case 'k':
      return 1e3;
    case 'K':
      return cur ? 1e3 : 0;
    case 'm':
    case 'mn':
      return 1e6;
    case 'M': {
      if (cur) return 1e6;
      const nw = nextWord(s.text, e, s.end);
      if (nw && (nw.lower === 'parameters' || nw.lower === 'params' || nw.lower === 'tokens')) {
        n.kind = 'size';
        n.unit = 'M';
        return 1e6;
      }
      // "a 300M-user service": millions of a counted noun
      const t = s.text;
      return e + 1 < s.end && t.charCodeAt(e) === 45 && isLower(t.charCodeAt(e + 1)) ? 1e6 : 0;
    }
    case 'bn':
      return 1e9;
    case 'b':
      return cur ? 1e9 : 0;
    case 'tn':
    case 'trn':
      return 1e12;
    case 'B':
    case 'T':
      if (!cur) {
        n.kind = 'size';
        n.unit = w;
      }
      return w === 'B' ? 1e9 : 1e12;
    default:
      return 0;
  }
}

/** Glued signs and punctuation: "3×" is a multiplier; "10:30", "1/2", "30°", "1990's" are not figures. */
function gluedMark(s: Scan, n: Numeral, i: number, c: number): number | undefined {
  const text = s.text;
  const end = s.end;
  if (c === 0xd7 /* × */ && !n.currency && !(i + 1 < end && isAlnum(text.charCodeAt(i + 1)))) return withUnit(s, n, 'multiplier', undefined, i + 1);
  if (c === 58 /* : */ || c === 47 /* / */) {
    if (i + 1 < end && isDigit(text.charCodeAt(i + 1))) return (c === 47 ? (fiscalSlash(s, n, i) ?? oddsSlash(s, n, i)) : undefined) ?? skipToken(text, i, end);
  }
  if (c === 0xb0 /* ° */ || c === 0x2032 || c === 0x2033 || c === 64 /* @ */ || c === 95 || c === 0xb2 || c === 0xb3) return skipToken(text, i + 1, end);
  if (c === 46 /* . */ && i + 1 < end && isAsciiLetter(text.charCodeAt(i + 1))) return skipToken(text, i, end);
  if ((c === 39 || c === 0x2019) && i + 1 < end && (text.charCodeAt(i + 1) | 32) === 115 /* 's */) {
    // "1990's" is a decade ("1800's" a century)
    if (isDecade(n) && !(i + 2 < end && isAlnum(text.charCodeAt(i + 2)))) {
      n.high = decadeHigh(n.mantissa);
      return withUnit(s, n, 'year', undefined, i + 2);
    }
    if (n.intDigits === 4 && text.charCodeAt(i - 1) === 48) return i + 2; // "the 7610's functions": a model name
  }
  return undefined;
}

/** Is "-year-old" (unit year, "old" after the hyphen at `at`) a person's age, not "-year-olds"? */
export function isAge(text: string, unit: string, at: number, end: number): boolean {
  const after = at + 4;
  return unit === 'year' && !(after < end && isAsciiLetter(text.charCodeAt(after)));
}

/** A hyphenated word after the number: "12-month", "3-fold", "80-odd", "£5m-deal"; "31-year-old" is an age. */
function hyphenSuffix(s: Scan, n: Numeral, i: number): number {
  const text = s.text;
  const end = s.end;
  const w = wordAt(text, i + 1, end)!; // the caller saw a letter after the hyphen
  const wc = w.end < end ? text.charCodeAt(w.end) : -1;
  const unit = DURATION_WORDS[w.lower];
  // "31-year-old": a person's age, the bare number (frames/role.ts reads it as an age); "15 to
  // 24-year-olds" (a group) and "a six-month-old" are no figures
  if (unit && wc === 45 && text.startsWith('old', w.end + 1)) {
    if (isAge(text, unit, w.end, end) && !n.currency && n.decimals === 0 && !n.hasSep) return markerCheck(s, n);
    return skipToken(text, w.end, end);
  }
  if (unit && !n.currency && n.decimals === 0) return withUnit(s, n, 'duration', unit, w.end);
  if (w.lower === 'fold' && !n.currency) return withUnit(s, n, 'multiplier', undefined, w.end);
  if (HYPHEN_COUNT_WORDS.has(w.lower) && wc !== 45) {
    if (w.lower === 'odd' || w.lower === 'plus') {
      // "80-odd resorts", "50-plus": a hedge written after the number
      n.postHedge = [w.lower === 'odd' ? 'approx' : 'over', i, w.end];
    }
    return markerCheck(s, n);
  }
  // "£100,000-a-year job", "$4.17-a-share"
  if (w.lower === 'a' && wc === 45) return markerCheck(s, n);
  // "a 10,000-vote majority", "£5m-deal": grouped digits or money stay figures
  if (n.hasSep || n.currency) return markerCheck(s, n);
  // "a 10-game unbeaten run", "a 25-yard free-kick", "a 2048-bit key": a count of the noun after
  // the hyphen, which the figure's text keeps (frames read it as what is counted)
  // (a unit of measure is a measure, as spaced: "a 100-metre race" is "100 metre")
  if (compoundNoun(text, n, w, wc)) return spacedMeasure(s, n, w) ?? spelledMeasure(s, n, w) ?? withUnit(s, n, 'count', undefined, w.end);
  return skipToken(text, i, end);
}


/**
 * Is "N-word" a count of that word: a whole number of digits, a lower-case noun after the hyphen
 * and nothing glued after it? Not a participle or a suffix of kind ("a 3-based", "G8-led", "a
 * 1970s-style"), not a word of COMPOUND_NOT_COUNTED ("a 2-for-1 offer", "a 24-hour" is a duration
 * already), and a number that could be a year only before a unit of size ("a 2048-bit key", not
 * "the 2004-era rules").
 */
function compoundNoun(text: string, n: Numeral, w: Word, after: number): boolean {
  if (n.decimals !== 0 || n.scale !== 1 || n.mantissa < 1) return false;
  if (after === 45 || (after >= 48 && after <= 57) || isAsciiLetter(after)) return false;
  if (text.charCodeAt(w.start) < 97 || w.lower.length < 3 || COMPOUND_NOT_COUNTED.has(w.lower) || COMPOUND_KIND_SUFFIX.test(w.lower)) return false;
  if (w.lower.length > 4 && /(?:ed|ing)$/.test(w.lower) && !w.lower.endsWith('eed')) return false; // "G8-led", "a 3-seeded" (not "a 5-speed")
  if (n.intDigits === 4 && n.mantissa >= 1800 && n.mantissa <= 2199 && !COMPOUND_SIZE_UNITS.has(w.lower)) return false;
  return true;
}

/** The word after a space: a scale ("2.5 million dollars"), a unit ("25 per cent", "3 years"), or a sign of no figure. */
function spacedSuffix(s: Scan, n: Numeral, i: number): number {
  const w = nextWord(s.text, i, s.end);
  if (!w) return markerCheck(s, n);
  const sw = SCALE_WORDS[w.lower];
  if (sw) {
    n.scale = sw;
    n.end = w.end;
    n.suffixed = true;
    if (!n.currency) {
      const ca = currencyAfter(s, w.end, true);
      if (ca) {
        n.currency = ca.unit;
        n.end = ca.end;
      }
    }
    return markerCheck(s, n);
  }
  const abbreviated = spacedScaleAbbreviation(s, n, w);
  if (abbreviated !== undefined) return abbreviated;
  if (n.currency) return markerCheck(s, n);
  return percentWord(s, n, w) ?? currencyWord(s, n, i) ?? durationOrTimes(s, n, w) ?? spacedMeasure(s, n, w) ?? spelledMeasure(s, n, w) ??
    notAFigureWord(s, n, w) ?? markerCheck(s, n);
}

/**
 * "£35 bn", "$2.5 mn", "16.4 bn rupees": a scale abbreviation apart from a sum's digits, read as
 * gluedScale reads it glued ("£35bn"), in lower case only and only after a currency or before a
 * currency word — a bare "5 m" is five metres, "70 B" no scale, "$5 M&A" no sum of millions.
 */
function spacedScaleAbbreviation(s: Scan, n: Numeral, w: Word): number | undefined {
  if (s.text.slice(w.start, w.end) !== w.lower || (w.end < s.end && s.text.charCodeAt(w.end) === 38 /* & */)) return undefined;
  const ca = n.currency ? undefined : currencyAfter(s, w.end, true);
  if (!n.currency && !ca) return undefined;
  const scale = gluedScale(s, n, w.lower, w.end);
  if (!scale) return undefined;
  n.scale = scale;
  n.end = ca ? ca.end : w.end;
  n.suffixed = true;
  if (ca) n.currency = ca.unit;
  return markerCheck(s, n);
}

/** "25 percent", "25 per cent", "2 percentage points". */
function percentWord(s: Scan, n: Numeral, w: Word): number | undefined {
  const text = s.text;
  const lw = w.lower;
  if (lw === 'percent' || (lw === 'per' && centAfter(s, w.end))) {
    return withUnit(s, n, 'percent', 'percent', lw === 'percent' ? w.end : w.end + 5);
  }
  if (lw === 'percentage') {
    const w2 = nextWord(text, w.end, s.end);
    if (w2 && (w2.lower === 'points' || w2.lower === 'point')) return withUnit(s, n, 'percent', 'pp', w2.end);
  }
  return undefined;
}

/** "40 rupees", "5 Australian dollars" (currency words that are also ordinary words need a scale). */
function currencyWord(s: Scan, n: Numeral, i: number): number | undefined {
  const ca = currencyAfter(s, i, false);
  if (!ca) return undefined;
  n.currency = ca.unit;
  n.end = ca.end;
  return markerCheck(s, n);
}

/** "3 years", "961 consecutive minutes", "2.5 times higher". */
function durationOrTimes(s: Scan, n: Numeral, w: Word): number | undefined {
  const du = DURATION_WORDS[w.lower];
  // ("the 41 year-old": an age written with a space, the bare number as "41-year-old" is)
  const wc = w.end < s.end ? s.text.charCodeAt(w.end) : -1;
  if (du && wc === 45 && s.text.startsWith('old', w.end + 1) && isAge(s.text, du, w.end, s.end) && !n.currency && n.decimals === 0 && !n.hasSep) return markerCheck(s, n);
  // ("I'm only 30 years old": an age, the bare number as "30-year-old" is — not "30 years older")
  if (du === 'year' && w.lower === 'years' && nextWord(s.text, w.end, s.end)?.lower === 'old' && !n.currency && n.decimals === 0 && !n.hasSep) return markerCheck(s, n);
  if (du) return withUnit(s, n, 'duration', du, w.end);
  const run = runDuration(s.text, w, s.end);
  if (run) return withUnit(s, n, 'duration', run.unit, run.end);
  if (w.lower === 'times') {
    const w2 = nextWord(s.text, w.end, s.end);
    if (w2 && TIMES_FOLLOW.has(w2.lower) && n.mantissa > 0) return withUnit(s, n, 'multiplier', undefined, w.end);
  }
  return undefined;
}

/** A duration word after a word of unbroken time ("consecutive minutes", "straight years"): its unit and end. */
export function runDuration(text: string, w: Word, end: number): { unit: string; end: number } | undefined {
  if (!RUN_WORDS.has(w.lower)) return undefined;
  const w2 = nextWord(text, w.end, end);
  const unit = w2 ? DURATION_WORDS[w2.lower] : undefined;
  return unit ? { unit, end: w2!.end } : undefined;
}

/** Words that make the number a clock time, a fraction or a day of the month: where to resume, or undefined. */
function notAFigureWord(s: Scan, n: Numeral, w: Word): number | undefined {
  const text = s.text;
  const lw = w.lower;
  if (TIME_ZONES.has(text.slice(w.start, w.end))) return clockTime(s, n, 'zone', w.end) ?? w.end; // "1830 GMT"
  // "2 thirds" (not "15 half-time", "a 3 quarter-final": a fraction word opening a compound)
  if (FRACTION_DENOMINATOR[lw] && n.mantissa <= 20 && text.charCodeAt(w.start) >= 97 && text.charCodeAt(w.end) !== 45) return w.end;
  if (lw === 'o' && text.startsWith("'clock", w.end)) return w.end + 6;
  if (lw === 'cent' && text.charCodeAt(w.start) === 67) return w.end; // "50 Cent", a name
  // "10 am", "10 p.m."
  if (lw === 'am' || lw === 'pm') return clockTime(s, n, lw, w.end) ?? w.end;
  if ((lw === 'a' || lw === 'p') && w.end < s.end && text.startsWith('.m', w.end)) return clockTime(s, n, lw === 'a' ? 'am' : 'pm', w.end + 2 + (text.charCodeAt(w.end + 2) === 46 ? 1 : 0)) ?? w.end;
  // "7 September": a date with no year, or the day of "7 September 2001" (whose year is the figure)
  return dayThenMonth(s, n, w);
}

/** " cent" as a whole word at i, after "per": "25 per cent", not "one per century". */
export function centAfter(s: Scan, i: number): boolean {
  return s.text.startsWith(' cent', i) && !(i + 5 < s.end && isLetter(s.text.charCodeAt(i + 5)));
}

/** A currency word right after position i: "dollars", "euros", "Australian dollars", "rupees". */
export function currencyAfter(s: Scan, i: number, scaled: boolean): { unit: string; end: number } | undefined {
  const text = s.text;
  const w = nextWord(text, i, s.end);
  if (!w) return undefined;
  const cw = CURRENCY_WORDS[w.lower];
  if (cw) {
    if (!scaled && CURRENCY_NEEDS_SCALE.has(w.lower)) return undefined;
    if (cw === 'GBP' && w.lower === 'pounds' && text.startsWith(' sterling', w.end)) return { unit: cw, end: w.end + 9 };
    return { unit: cw, end: w.end };
  }
  let nation = DOLLAR_NATIONS[w.lower];
  let w2 = nextWord(text, w.end, s.end);
  if (!nation && w2 && ((w.lower === 'hong' && w2.lower === 'kong') || (w.lower === 'new' && w2.lower === 'zealand'))) {
    nation = w.lower === 'hong' ? 'HKD' : 'NZD';
    w2 = nextWord(text, w2.end, s.end);
  }
  if (nation && w2 && (w2.lower === 'dollars' || w2.lower === 'dollar')) return { unit: nation, end: w2.end };
  return undefined;
}

/** "60m", "16.76m", "the final 400m": metres, not millions (a bare "m" with no currency). */
function metres(s: Scan, n: Numeral, e: number): boolean {
  const text = s.text;
  const w = nextWord(text, e, s.end);
  if (w && (METRE_FOLLOW.has(w.lower) || METRE_MEASURE_FOLLOW.has(w.lower))) {
    if (w.lower !== 'per') return true;
    // "71m per second": a speed; "45m per year" is millions
    const u = nextWord(text, w.end, s.end);
    return !!u && (u.lower === 'second' || u.lower === 'minute' || u.lower === 'hour');
  }
  if (n.decimals === 2 && Math.abs(n.mantissa) < 100) return true;
  if (n.decimals === 0 && DISTANCES.has(n.mantissa)) {
    const pt = n.start >= 3 ? text.slice(n.start - 3, n.start) : '';
    if (pt === "'s " || pt === '’s ') return true; // "the women's 800m"
    // "100m users" stays millions; "the 400m", "400m to 200m", "(for 100m)" are distances
    if (!w || !w.lower.endsWith('s') || text.charCodeAt(w.start) < 97) return true;
  }
  return false;
}
