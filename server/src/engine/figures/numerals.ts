// The numeral scanner: a number written with digits, with its currency prefix or sign, thousands
// groups ("1,234,567", "350, 000", "350 000" with a thin space) and decimals. Its unit or scale
// is read next (units.ts). Anything shaped like an identifier (phone numbers, "007", versions
// "1.2.3", "2019,300") is rejected by returning the position to resume scanning at.

import { atLineStartStrict, isAlnum, isAsciiLetter, isDigit, isHSpace, isWs, skipToken } from './chars';
import type { Numeral, Scan } from './scan';
import { CURRENCY_SYMBOL, DOLLAR_PREFIX } from './tables';
import { suffix } from './units';

/**
 * Parse a numeral at p (a digit, a sign, or a currency symbol).
 * Returns the numeral, or a number: the position to resume scanning after a rejected token.
 */
export function numeral(s: Scan, p: number, allowSign: boolean, inRange = false): Numeral | number {
  let start = p;
  let q = p;
  let currency: string | undefined;
  if (CURRENCY_SYMBOL[s.text.charCodeAt(p)] !== undefined) {
    const pre = currencyPrefix(s, p);
    if (typeof pre === 'number') return pre;
    ({ currency, start, q } = pre);
  }
  let sign = 1;
  if (!currency && allowSign) {
    const b = signBefore(s, p);
    if (b !== 0) {
      sign = b;
      start = p - 1;
    }
  }
  const num: Numeral = {
    start, numStart: q, end: q, mantissa: 0, decimals: 0, scale: 1, intDigits: 0,
    hasSep: false, currency, prefixCurrency: !!currency, suffixed: false,
  };
  const intStr = integerPart(s, num, inRange);
  if (typeof intStr === 'number') return intStr;
  const r = fractionPart(s, num, intStr, sign);
  if (r !== 0) return r;
  const r2 = suffix(s, num);
  if (r2 !== 0) return r2;
  return num;
}

/** "$5", "US$ 5", "HK$5": the currency, where the figure starts and its first digit; or a resume position. */
function currencyPrefix(s: Scan, q: number): { currency: string; start: number; q: number } | number {
  const text = s.text;
  const c = text.charCodeAt(q);
  let currency = CURRENCY_SYMBOL[c];
  let start = q;
  // letters before the symbol: US$, A$, HK$ …
  let b = q;
  while (b > 0 && isAsciiLetter(text.charCodeAt(b - 1)) && q - b < 3) b--;
  if (b < q) {
    if (b > 0 && isAlnum(text.charCodeAt(b - 1))) return q + 1;
    const code = c === 36 ? DOLLAR_PREFIX[text.slice(b, q)] : undefined;
    if (!code) return q + 1;
    currency = code;
    start = b;
  } else if (q > 0 && isDigit(text.charCodeAt(q - 1))) {
    return q + 1;
  }
  q++;
  if (q < s.end && isHSpace(text.charCodeAt(q)) && q + 1 < s.end && isDigit(text.charCodeAt(q + 1))) q++;
  if (q >= s.end || !isDigit(text.charCodeAt(q))) return q;
  return { currency, start, q };
}

/** A sign glued before the digit at p: 1, -1, or 0 when none ("- 3" is a markdown bullet, not a sign). */
function signBefore(s: Scan, p: number): number {
  const text = s.text;
  if (p <= 0) return 0;
  const b = text.charCodeAt(p - 1);
  if (!((b === 43 || b === 45 || b === 0x2212) && (p - 1 === 0 || isWs(text.charCodeAt(p - 2)) || text.charCodeAt(p - 2) === 40))) return 0;
  // a hyphen at the start of a line is a list bullet; "+" and "−" are signs anywhere
  if ((p - 1 >= s.lo && !atLineStartStrict(text, p - 1)) || b === 0x2212 || b === 43) return b === 43 ? 1 : -1;
  return 0;
}

/**
 * The integer digits at num.numStart with their thousands groups; sets end, hasSep, intDigits.
 * Returns the digits without separators, or a resume position (leading zeros, comma-joined ids).
 */
function integerPart(s: Scan, num: Numeral, inRange: boolean): string | number {
  const text = s.text;
  const end = s.end;
  const q = num.numStart;
  let i = q;
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  const firstGroup = i - q;
  // leading zeros: phone numbers, ids ("007", "0800 …"); "2004-05" keeps its "05"
  if (firstGroup > 1 && text.charCodeAt(q) === 48 && !(inRange && firstGroup === 2)) return skipToken(text, i, end);
  let intStr = text.slice(q, i);
  let hasSep = false;
  if (firstGroup <= 3) {
    // "1,234,567"
    while (i + 3 < end && text.charCodeAt(i) === 44 && threeDigits(text, i + 1, end)) {
      intStr += text.slice(i + 1, i + 4);
      i += 4;
      hasSep = true;
    }
    // "350, 000": only right after a lone 1–3 digit group
    if (!hasSep && i + 4 < end && text.charCodeAt(i) === 44 && text.charCodeAt(i + 1) === 32 &&
      threeDigits(text, i + 2, end) && !listContext(s, q, i + 5)) {
      intStr += text.slice(i + 2, i + 5);
      i += 5;
      hasSep = true;
    }
    // "350 000" with a no-break / thin space
    while (i + 3 < end && (text.charCodeAt(i) === 0xa0 || text.charCodeAt(i) === 0x202f || text.charCodeAt(i) === 0x2009) &&
      threeDigits(text, i + 1, end)) {
      intStr += text.slice(i + 1, i + 4);
      i += 4;
      hasSep = true;
    }
  }
  // "1,2" / "2019,300": comma-joined digits that are not thousands groups (but for the sets of a
  // scoreline written without spaces: "lost 1-6,4-6")
  if (i + 1 < end && text.charCodeAt(i) === 44 && isDigit(text.charCodeAt(i + 1)) && !setsJoined(text, q, i, end)) return skipToken(text, i, end);
  num.end = i;
  num.hasSep = hasSep;
  num.intDigits = intStr.length;
  return intStr;
}

/**
 * A set's second number [q, i) joined by a comma to the next set: "1-6,4-6", "6-4,6-3,6-2" — one or
 * two digits each side of a hyphen on both sides of the comma.
 */
function setsJoined(text: string, q: number, i: number, end: number): boolean {
  const short = (a: number, b: number) => b - a >= 1 && b - a <= 2;
  if (!short(q, i) || text.charCodeAt(q - 1) !== 45 || !isDigit(text.charCodeAt(q - 2))) return false;
  let j = i + 1;
  while (j < end && isDigit(text.charCodeAt(j))) j++;
  if (!short(i + 1, j) || text.charCodeAt(j) !== 45) return false;
  let k = j + 1;
  while (k < end && isDigit(text.charCodeAt(k))) k++;
  return short(j + 1, k);
}

/** Exactly three digits at i (a thousands group), not followed by a fourth. */
function threeDigits(text: string, i: number, end: number): boolean {
  return isDigit(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) &&
    !(i + 3 < end && isDigit(text.charCodeAt(i + 3)));
}

/** "1, 2, 300": a ", ddd" join is refused when the numbers around look like a list. */
function listContext(s: Scan, q: number, after: number): boolean {
  const text = s.text;
  // followed by ", <digit>" → list
  if (after + 2 < s.end && text.charCodeAt(after) === 44 && text.charCodeAt(after + 1) === 32 && isDigit(text.charCodeAt(after + 2))) return true;
  // preceded by "<digit>, " → list
  if (q >= 3 && text.charCodeAt(q - 1) === 32 && text.charCodeAt(q - 2) === 44 && isDigit(text.charCodeAt(q - 3))) return true;
  return false;
}

/** Decimals after the integer part; sets mantissa, decimals and end. 0, or a resume position ("1.2.3"). */
function fractionPart(s: Scan, num: Numeral, intStr: string, sign: number): number {
  const text = s.text;
  const end = s.end;
  let i = num.end;
  let mant = Number(intStr);
  if (i + 1 < end && text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
    let k = i + 1;
    while (k < end && isDigit(text.charCodeAt(k))) k++;
    num.decimals = k - i - 1;
    // version numbers / IPs "1.2.3"
    if (k + 1 < end && text.charCodeAt(k) === 46 && isDigit(text.charCodeAt(k + 1))) return skipToken(text, k, end);
    mant = Number(intStr + text.slice(i, k));
    i = k;
  }
  num.end = i;
  num.mantissa = sign * mant;
  return 0;
}

/** mantissa × scale without binary noise: 14.3 × 1e9 = 14300000000, not 14299999999.999998. */
export function scaled(mantissa: number, decimals: number, scale: number): number {
  if (scale === 1) return mantissa;
  if (decimals === 0) return mantissa * scale;
  const p = Math.pow(10, decimals);
  const v = (Math.round(mantissa * p) * scale) / p;
  return Number.isInteger(v) ? v : Number(v.toPrecision(15));
}
