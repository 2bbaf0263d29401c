// Figures written in words: "seven", "twenty-five", "one hundred and eighty-one", "a billion",
// "two to three years", "three-fold", "five million dollars", "ten per cent". Multipliers,
// "half" and vague amounts ("tens of billions", "several million") are in vagueWords.ts.
// "one" alone is never a figure, and neither are names ("Formula One"), ratios ("one in five"),
// or adjectives ("five-star"). Ranks, shares written as fractions ("two-thirds", "one in ten")
// and "year-long" are read by wordFamilies.ts.

import { atSentenceStart, isDigit, isHSpace, isLetter, isUpper, nextWord, prevWord, skipToken, wordAt } from './chars';
import type { Word } from './chars';
import { emitWords } from './emit';
import { FRACTION_DENOMINATOR, GAP_STANDING_WORDS, MONTH_INDEX, ORDINAL_WORDS, WIN_REWARD, WIN_REWARD_BEFORE } from './familyTables';
import { monthWord } from './months';
import { ratioSecond } from './names';
import type { Scan } from './scan';
import {
  CHANGE_WORDS, COMPOUND_KIND_SUFFIX, COMPOUND_NOT_COUNTED, DURATION_WORDS, MULT_WORDS, REF_WORDS, SCALE_WORDS, SMALL, TENS, TIMES_FOLLOW, VAGUE_WORDS, WORD_COMPOUND_COUNTED, WORD_COMPOUND_NOT_COUNTED,
} from './tables';
import { centAfter, currencyAfter, isAge, runDuration } from './units';
import { halfWord, multiplierWord, several, vague } from './vagueWords';
import { A_SPANS, aFraction, aSpan, fractionAfter, longDuration, numberRank, ordinalAt, ordinalWord, placeRank, ratioWords } from './wordFamilies';

/** A number in words as read so far. `next` is always the word after `end`. */
interface Reading {
  value: number;
  end: number;
  next: Word | undefined;
  scale: number;
  sawScale: boolean;
}

/** The figure starting with the number word `matched` at p; returns where scanning resumes. */
export function wordFigure(s: Scan, p: number, matched: string): number {
  const text = s.text;
  const lower = matched.toLowerCase();
  const after = p + matched.length;
  // (a month named alone, "in October", "mid-March": months.ts)
  if (MONTH_INDEX[lower] !== undefined) return monthWord(s, p, matched);
  if (p > 0) {
    const b = text.charCodeAt(p - 1);
    if (b === 45 || isDigit(b) || b === 95) return after;
  }
  if (isUpper(text.charCodeAt(p)) && !atSentenceStart(text, p)) {
    // "the Big Four", "Formula One", "Channel Five" are names; "listed One hundred and eighty-one
    // deaths" is a number: a capitalised number word counts when a scale word follows it.
    const nw = nextWord(text, after, s.end);
    const scaled = !!nw && (nw.lower === 'hundred' || nw.lower === 'thousand' || SCALE_WORDS[nw.lower] !== undefined);
    // (…or "of" follows, a part of a whole, no capitalised word before it to make it a name's:
    // "In short, Five of the eight critics", not "the Big Four of the industry")
    const pw = prevWord(text, p, s.lo);
    const partOf = nw?.lower === 'of' && !(pw && isUpper(text.charCodeAt(pw.start)));
    if (!scaled && !partOf) return after;
  }
  if (lower.endsWith('-long')) return longDuration(s, p + lower.indexOf('-'));
  if (A_SPANS.has(lower)) return aSpan(s, p, lower);
  if (lower.startsWith('a') && FRACTION_DENOMINATOR[lower.slice(lower.indexOf(' ') + 1)]) return aFraction(s, p, lower);
  if (ORDINAL_WORDS[lower] !== undefined) return ordinalAt(s, p, lower);
  const mult = MULT_WORDS[lower];
  if (mult !== undefined) return multiplierWord(s, p, lower, mult);
  if (lower === 'half') return halfWord(s, p);
  if (VAGUE_WORDS.has(lower)) return vague(s, p, lower);
  if (lower === 'several' || lower === 'a few') return several(s, p, lower);
  return countWords(s, p, matched, lower);
}

/** A count, amount, percentage or duration in words. */
function countWords(s: Scan, p: number, matched: string, lower: string): number {
  const r = leadingNumber(s, p, matched, lower);
  if (!r) return p + matched.length;
  scaleWords(s, r, lower);
  if (r.next && r.scale === 1 && !r.sawScale) {
    // "two thirds", "one fifth of"
    const share = fractionAfter(s, p, r.value, r.next, false);
    if (share !== undefined) return share;
  }
  const skip = notACount(s, p, r, lower === 'one');
  if (skip !== undefined) return skip;
  if (r.end < s.end && s.text.charCodeAt(r.end) === 45) return hyphenAdjective(s, p, r);
  const high = wordRange(s, p, r);
  if (r.next) {
    const unit = unitAfterWords(s, p, r, high);
    if (unit !== undefined) return unit;
  }
  // a range is only kept with its unit ("two to three years")
  if (high !== undefined) return r.end;
  return emitWords(s, p, r.end, r.value, undefined, 'count', undefined, r.scale);
}

/** "a hundred", "a billion", "a dozen", or a number word: "seven", "twenty-five". */
function leadingNumber(s: Scan, p: number, matched: string, lower: string): Reading | undefined {
  if (lower.startsWith('a ')) {
    const w = lower.slice(2);
    let value: number;
    let scale = 1;
    if (w === 'dozen') value = 12;
    else if (w === 'hundred') value = 100;
    else {
      value = SCALE_WORDS[w];
      scale = value;
    }
    const end = p + matched.length;
    return { value, end, next: nextWord(s.text, end, s.end), scale, sawScale: lower !== 'a dozen' };
  }
  const parsed = wordNumber(s, p);
  if (!parsed) return undefined;
  return { value: parsed.value, end: parsed.end, next: nextWord(s.text, parsed.end, s.end), scale: 1, sawScale: false };
}

/** "twenty-five", "seven", "ninety nine" → value and end. */
function wordNumber(s: Scan, p: number): { value: number; end: number } | undefined {
  const text = s.text;
  const end = s.end;
  const w = wordAt(text, p, end);
  if (!w) return undefined;
  if (p > 0 && isLetter(text.charCodeAt(p - 1))) return undefined;
  const sm = SMALL[w.lower];
  if (sm !== undefined) return { value: sm, end: w.end };
  const t = TENS[w.lower];
  if (t === undefined) return undefined;
  if (w.end + 1 < end) {
    const sep = text.charCodeAt(w.end);
    if (sep === 45 || isHSpace(sep)) {
      const u = wordAt(text, w.end + 1, end);
      if (u && SMALL[u.lower] !== undefined && SMALL[u.lower] < 10) return { value: t + SMALL[u.lower], end: u.end };
    }
  }
  return { value: t, end: w.end };
}

function advance(s: Scan, r: Reading, end: number): void {
  r.end = end;
  r.next = nextWord(s.text, end, s.end);
}

/** "dozen", "hundred (and …)", "million" after the number. */
function scaleWords(s: Scan, r: Reading, lower: string): void {
  if (r.next && r.next.lower === 'dozen' && !lower.startsWith('a ')) {
    r.value *= 12;
    advance(s, r, r.next.end);
    r.sawScale = true;
  }
  if (r.next && r.next.lower === 'hundred' && r.value < 100) {
    r.value *= 100;
    advance(s, r, r.next.end);
    r.sawScale = true;
    const and = r.next; // read after advance(): r.next is no longer "hundred"
    if (and && and.lower === 'and') {
      // "one hundred and eighty-one"
      if (and.end + 1 < s.end && isHSpace(s.text.charCodeAt(and.end))) {
        const sub = wordNumber(s, and.end + 1);
        if (sub && sub.value < 100) {
          r.value += sub.value;
          r.end = sub.end;
        }
      }
      r.next = nextWord(s.text, r.end, s.end);
    }
  }
  const sw = r.next ? SCALE_WORDS[r.next.lower] : undefined;
  if (sw && r.value < 1000) {
    r.scale = sw;
    r.value *= sw;
    advance(s, r, r.next!.end);
    r.sawScale = true;
  }
}

/** A ratio ("one in five"), a reference ("number three", "Channel five") or a lone "one": where to resume. */
function notACount(s: Scan, p: number, r: Reading, isOne: boolean): number | undefined {
  if (r.sawScale) return undefined;
  const text = s.text;
  const w = r.next;
  if (w && (w.lower === 'in' || w.lower === 'out')) {
    // "one in five", "two out of three": ratios, neither number is a figure
    const k = w.lower === 'out' && text.startsWith(' of', w.end) ? w.end + 3 : w.end;
    const share = ratioWords(s, p, r.value, k);
    if (share !== undefined) return share;
    const skip = ratioSecond(text, k, s.end);
    if (skip !== undefined) return skip;
  }
  // "number three", "Channel five"; "top ten" is fine; "number one single" is a rank
  const pw = prevWord(text, p, 0);
  if (pw && REF_WORDS.has(pw.lower)) return numberRank(s, p, r.end, r.value) ?? r.end;
  const place = placeRank(s, p, r.end, r.value);
  if (place !== undefined) return place;
  // "winning and the three points", "get all three points": a win's reward, no tally of a side's
  if (winReward(s, pw, r)) return r.end;
  // "one" alone is never a figure, except "one year" / "one month" ("one day" is an idiom — but for a
  // lag, "one day after the ban began") and a percentage ("one per cent", "one percentage point")
  if (isOne && !(w && ((DURATION_WORDS[w.lower] && !w.lower.endsWith('s') && (w.lower !== 'day' || dayLag(s, w))) || onePercent(s, w))) && !oneFraction(s, r) && !oneSpan(s, r)) return r.end;
  return undefined;
}

/** "the three points" / "all three points", no gap word after ("three points clear"): the points a league gives a win (WIN_REWARD). */
function winReward(s: Scan, pw: Word | undefined, r: Reading): boolean {
  if (!pw || !WIN_REWARD_BEFORE.has(pw.lower) || r.value !== WIN_REWARD.value || r.next?.lower !== WIN_REWARD.unit) return false;
  const after = nextWord(s.text, r.next.end, s.end);
  return !(after && (GAP_STANDING_WORDS.has(after.lower) || after.lower === 'from'));
}

/** "day" at w followed by a word of a lag: "one day after the ban began", "one day later". */
function dayLag(s: Scan, w: { end: number }): boolean {
  const next = nextWord(s.text, w.end, s.end);
  return !!next && DAY_LAG_WORDS.has(next.lower);
}

/** Words after "one day" that make it a lag between two events, not the idiom ("one day he will"). */
const DAY_LAG_WORDS: ReadonlySet<string> = new Set(['after', 'before', 'later', 'earlier']);

/** "a one-year contract", "a one-month ban": a span of time after "one" and a hyphen (not "one-day", an idiom and a cricket match's kind, as spaced). */
function oneSpan(s: Scan, r: Reading): boolean {
  if (!(r.end < s.end && s.text.charCodeAt(r.end) === 45)) return false;
  const w = wordAt(s.text, r.end + 1, s.end);
  return !!w && DURATION_WORDS[w.lower] !== undefined && !w.lower.endsWith('s') && w.lower !== 'day';
}

/** "one-third", "one-fifth": a fraction word after "one" and a hyphen ("one third" is read before). */
function oneFraction(s: Scan, r: Reading): boolean {
  if (!(r.end < s.end && s.text.charCodeAt(r.end) === 45)) return false;
  const w = wordAt(s.text, r.end + 1, s.end);
  return !!w && FRACTION_DENOMINATOR[w.lower] !== undefined;
}

/** "percent", "per cent" or "percentage point" after "one". */
function onePercent(s: Scan, w: Word): boolean {
  if (w.lower === 'percent') return true;
  if (w.lower === 'per') return centAfter(s, w.end);
  return w.lower === 'percentage' && nextWord(s.text, w.end, s.end)?.lower === 'point';
}

/** Hyphenated adjective "two-year", "three-fold", "three-judge"; "two-thirds" is a share, "twenty-first" an ordinal. */
function hyphenAdjective(s: Scan, p: number, r: Reading): number {
  const text = s.text;
  const end = s.end;
  const hw = wordAt(text, r.end + 1, end);
  const unit = hw ? DURATION_WORDS[hw.lower] : undefined;
  // "five-year-old": a person's age, the number alone (as "31-year-old")
  if (unit && hw!.end < end && text.charCodeAt(hw!.end) === 45 && text.startsWith('old', hw!.end + 1)) {
    if (isAge(text, unit, hw!.end, end) && r.scale === 1 && !r.sawScale) return emitWords(s, p, r.end, r.value, undefined, 'number', undefined, 1);
    return skipToken(text, hw!.end, end);
  }
  if (unit && r.scale === 1) return emitWords(s, p, hw!.end, r.value, undefined, 'duration', unit, r.scale);
  if (hw && hw.lower === 'fold') return emitWords(s, p, hw.end, r.value, undefined, 'multiplier', undefined, 1);
  if (hw && r.scale === 1 && !r.sawScale) {
    // "two-thirds", "one-fifth"
    const share = fractionAfter(s, p, r.value, hw, true);
    if (share !== undefined) return share;
    // "twenty-first", "thirty-second"
    const ord = ORDINAL_WORDS[hw.lower];
    if (ord !== undefined && ord < 10 && r.value >= 20 && r.value < 100 && r.value % 10 === 0) return ordinalWord(s, p, hw.end, r.value + ord, false);
    // "a three-judge panel", "a four-Test series", "a three-time champion": a count of the noun
    // after the hyphen, as "a 3-judge panel" is (units.ts compoundNoun)
    // (not a name's words, each capitalised: "Four-Kings has eight players")
    if (r.value >= 2 && !(isUpper(text.charCodeAt(p)) && isUpper(text.charCodeAt(hw.start))) && countedCompound(text, hw, end)) return emitWords(s, p, hw.end, r.value, undefined, 'count', undefined, 1);
  }
  return skipToken(text, r.end, end);
}

/**
 * Is the word after a number word's hyphen a noun it counts: a word of letters (a capital only
 * first: "Test"), nothing glued after it, none of COMPOUND_NOT_COUNTED but "time" (a three-time
 * champion has won three times: WORD_COMPOUND_COUNTED), nor of WORD_COMPOUND_NOT_COUNTED ("a
 * five-star hotel", a grade), no ordinal ("a five-second pause", "twenty-tenth"), no participle or
 * suffix of kind ("two-led", "a five-style"), no figure word ("twenty-five" is read before)?
 */
function countedCompound(text: string, w: Word, end: number): boolean {
  const after = w.end < end ? text.charCodeAt(w.end) : -1;
  if (after === 45 || isDigit(after) || isLetter(after)) return false;
  const low = w.lower;
  if (low.length < 3 || !/^[a-z]+$/.test(low) || text.slice(w.start + 1, w.end) !== low.slice(1)) return false;
  if ((COMPOUND_NOT_COUNTED.has(low) && !WORD_COMPOUND_COUNTED.has(low)) || WORD_COMPOUND_NOT_COUNTED.has(low) || ORDINAL_WORDS[low] !== undefined) return false;
  if (COMPOUND_KIND_SUFFIX.test(low) || (low.length > 4 && /(?:ed|ing)$/.test(low) && !low.endsWith('eed'))) return false;
  return true;
}

/** "two to three years": the high end (moving r past it), only before a duration word. */
function wordRange(s: Scan, p: number, r: Reading): number | undefined {
  const text = s.text;
  const w = r.next;
  if (!(w && w.lower === 'to' && r.scale === 1 && !r.sawScale)) return undefined;
  const pw = prevWord(text, p, 0);
  if (pw && CHANGE_WORDS.has(pw.lower)) return undefined;
  if (!(w.end + 1 < s.end && isHSpace(text.charCodeAt(w.end)))) return undefined;
  const sub = wordNumber(s, w.end + 1);
  if (!(sub && sub.value > r.value)) return undefined;
  const w2 = nextWord(text, sub.end, s.end);
  if (!(w2 && DURATION_WORDS[w2.lower])) return undefined;
  r.end = sub.end;
  r.next = w2;
  return sub.value;
}

/** The unit word after the number: currency, percent, duration, "times as"; or a fraction / o'clock (no figure). */
function unitAfterWords(s: Scan, p: number, r: Reading, high: number | undefined): number | undefined {
  const text = s.text;
  const w = r.next!;
  const ca = currencyAfter(s, r.end, r.scale > 1);
  if (ca) return emitWords(s, p, ca.end, r.value, high, 'currency', ca.unit, r.scale);
  if (FRACTION_DENOMINATOR[w.lower]) return w.end; // "two thirds" that is no share ("five thirds")
  if (w.lower === 'o' && text.startsWith("'clock", w.end)) return w.end + 6;
  if (w.lower === 'percent') return emitWords(s, p, w.end, r.value, high, 'percent', 'percent', r.scale);
  if (w.lower === 'per' && centAfter(s, w.end)) return emitWords(s, p, w.end + 5, r.value, high, 'percent', 'percent', r.scale);
  if (w.lower === 'percentage') {
    const w2 = nextWord(text, w.end, s.end);
    if (w2 && (w2.lower === 'points' || w2.lower === 'point')) return emitWords(s, p, w2.end, r.value, high, 'percent', 'pp', r.scale);
  }
  const du = DURATION_WORDS[w.lower];
  if (du && r.scale === 1) return emitWords(s, p, w.end, r.value, high, 'duration', du, r.scale);
  const run = r.scale === 1 ? runDuration(text, w, s.end) : undefined;
  if (run) return emitWords(s, p, run.end, r.value, high, 'duration', run.unit, r.scale);
  if (w.lower === 'times') {
    const w2 = nextWord(text, w.end, s.end);
    if (w2 && TIMES_FOLLOW.has(w2.lower)) return emitWords(s, p, w.end, r.value, undefined, 'multiplier', undefined, 1);
  }
  return undefined;
}
