// Multipliers and vague amounts written in words: "doubled", "twice as many", "half of",
// "half a million", "tens of billions", "hundreds of millions of dollars", "several million",
// "a few hundred thousand". A vague amount is a range (value … high) marked vague.

import type { FigureKind } from '../types';
import { nextWord, prevWord, skipToken, wordAt } from './chars';
import { emitFraction, emitWords } from './emit';
import type { Scan } from './scan';
import {
  CURRENCY_WORDS, HALF_NOT_AFTER, HALF_POSSESSIVES, MULT_ADJECTIVES, MULT_ADJECTIVE_FOLLOW, PLURAL_SCALES, POSSESSIVE_FOLLOW, SCALE_WORDS, TWICE_FOLLOW, VAGUE_CURRENCIES,
} from './tables';
import { currencyAfter } from './units';
import { boundedFraction, halfShare, hedgedBefore, pointFraction } from './wordFamilies';

/** Words before "doubles" / "triples" that make them the name of an event ("singles and doubles", "mixed doubles"), not a verb. */
const PLURAL_EVENT_BEFORE: ReadonlySet<string> = new Set(['and', 'mixed', 'singles', 'or']);

/** "doubled", "twice as", "triple the"; "double-digit", "a double room" and "twice a week" are not figures. */
export function multiplierWord(s: Scan, p: number, lower: string, mult: number): number {
  const text = s.text;
  const e = p + lower.length;
  if (e < s.end && text.charCodeAt(e) === 45) return skipToken(text, e, s.end); // "double-digit"
  const w = nextWord(text, e, s.end);
  const pw = prevWord(text, p, 0);
  if (lower === 'twice') {
    if (!w || !TWICE_FOLLOW.has(w.lower)) return e;
  } else if (MULT_ADJECTIVES.has(lower)) {
    if (pw && (pw.lower === 'a' || pw.lower === 'the')) return e;
    // ("won the singles and doubles in Acapulco", "the mixed doubles": the event, a noun)
    if (pw && PLURAL_EVENT_BEFORE.has(pw.lower) && (lower === 'doubles' || lower === 'triples')) return e;
    if (!w || !MULT_ADJECTIVE_FOLLOW.has(w.lower)) return e;
  }
  return emitWords(s, p, e, mult, undefined, 'multiplier', undefined, 1);
}

/** "half of", "half the" (a multiplier 0.5), "half a million" (500,000), "half a dozen" (6). */
export function halfWord(s: Scan, p: number): number {
  const text = s.text;
  const e = p + 4;
  // ("by half a point", "a half-point cut": half a percentage point)
  const pt = pointFraction(s, p, e, 0.5);
  if (pt !== undefined) return pt;
  if (e < s.end && text.charCodeAt(e) === 45) return skipToken(text, e, s.end); // half-time
  const pw = prevWord(text, p, 0);
  const w = nextWord(text, e, s.end);
  // "half of the staff", "a half of all": a share (50%), after "and" too (not "one and a half of");
  // "half the price", "half as many" stay what they were
  if (w && w.lower === 'of' && (!pw || !HALF_NOT_AFTER.has(pw.lower) || pw.lower === 'and' || (pw.lower === 'a' && !andBefore(text, pw.start)))) {
    const share = halfShare(s, p, e);
    if (share !== undefined) return share;
    // (…whatever whole follows, after a hedge: "more than half of private housing wealth", "about
    // half of Britain", "nearly half of that money")
    if (hedgedBefore(s, p)) return emitFraction(s, p, e, 1, 2, true);
  }
  // "lost half their value", "half its staff": a share of what the possessive owns, as "half of their value"
  if (w && HALF_POSSESSIVES.has(w.lower) && (!pw || !HALF_NOT_AFTER.has(pw.lower))) return emitFraction(s, p, e, 1, 2, true);
  if (pw && HALF_NOT_AFTER.has(pw.lower)) return e;
  // ("more than half would trust", "cut by half in 2004": a bound share closing its phrase)
  if (w && boundedFraction(s, p, w.lower)) return emitFraction(s, p, e, 1, 2, true);
  if (!w || !POSSESSIVE_FOLLOW.has(w.lower)) return e;
  if (w.lower !== 'a') return emitWords(s, p, e, 0.5, undefined, 'multiplier', undefined, 1);
  const w2 = nextWord(text, w.end, s.end);
  if (!(w2 && (SCALE_WORDS[w2.lower] || w2.lower === 'dozen'))) return e;
  const sc = SCALE_WORDS[w2.lower] ?? 12;
  const ca = currencyAfter(s, w2.end, true);
  // written precision: "half a million" is 0.5 million, to a tenth of the scale
  if (ca) return emitWords(s, p, ca.end, sc / 2, undefined, 'currency', ca.unit, sc, false, 1);
  if (w2.lower === 'dozen') return emitWords(s, p, w2.end, 6, undefined, 'count', undefined, 1);
  return emitWords(s, p, w2.end, sc / 2, undefined, 'count', undefined, sc, false, 1);
}

/** "tens of trillions", "hundreds of millions of dollars", "thousands of", "dozens of". */
export function vague(s: Scan, p: number, lower: string): number {
  const text = s.text;
  let i = p + lower.length;
  if (!text.startsWith(' of ', i)) return i;
  let low: number;
  let high: number;
  let scale: number;
  const head = lower === 'tens' ? 10 : lower === 'hundreds' ? 100 : 0;
  const w = wordAt(text, i + 4, s.end);
  const ps = w ? PLURAL_SCALES[w.lower] : undefined;
  if (head && ps) {
    low = head * ps;
    high = (head * 10 - 1) * ps;
    scale = ps;
    i = w!.end;
  } else if (lower === 'tens') {
    return i;
  } else if (lower === 'hundreds') {
    low = 100;
    high = 999;
    scale = 1;
  } else if (lower === 'dozens') {
    low = 24;
    high = 144;
    scale = 1;
  } else {
    const sc = PLURAL_SCALES[lower];
    low = sc;
    high = sc === 1e3 ? 9999 : 999 * sc;
    scale = sc;
  }
  let kind: FigureKind = 'count';
  let unit: string | undefined;
  if (text.startsWith(' of ', i)) {
    const cw = wordAt(text, i + 4, s.end);
    if (cw && VAGUE_CURRENCIES.has(cw.lower)) {
      kind = 'currency';
      unit = CURRENCY_WORDS[cw.lower];
      i = cw.end;
    }
  }
  return emitWords(s, p, i, low, high, kind, unit, scale, true);
}

/** "several million", "a few hundred thousand": two to nine of the scale. */
export function several(s: Scan, p: number, lower: string): number {
  const text = s.text;
  let i = p + lower.length;
  let w = nextWord(text, i, s.end);
  if (!w) return i;
  let sc: number | undefined = w.lower === 'hundred' ? 100 : w.lower === 'dozen' ? 12 : SCALE_WORDS[w.lower];
  if (!sc) return i;
  i = w.end;
  w = nextWord(text, i, s.end);
  if (w && SCALE_WORDS[w.lower] && sc <= 100) {
    sc *= SCALE_WORDS[w.lower];
    i = w.end;
    w = nextWord(text, i, s.end);
  }
  let kind: FigureKind = 'count';
  let unit: string | undefined;
  const ca = w && sc >= 1e3 ? currencyAfter(s, i, true) : undefined;
  if (ca) {
    kind = 'currency';
    unit = ca.unit;
    i = ca.end;
  }
  return emitWords(s, p, i, 2 * sc, 9 * sc, kind, unit, sc, true);
}

/** Is the word before position i "and" ("one and a half")? */
function andBefore(text: string, i: number): boolean {
  const w = prevWord(text, i, 0);
  return !!w && w.lower === 'and';
}
