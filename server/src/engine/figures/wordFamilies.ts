// Figure families written in words that are not amounts: ranks ("sixth", "the fourth Premiership
// player", "finished third", "twenty-first", "number one single"), shares written as fractions
// ("two-thirds", "a quarter of", "one in ten", "half of the"), and compound durations ("year-long").

import { isAsciiLetter, isDigit, isUpper, nextWord, prevWord, skipToken, wordAt } from './chars';
import { emitFraction, emitWords } from './emit';
import {
  FRACTION_DENOMINATOR, HALF_SHARE_FOLLOW, ORDINAL_RUN_WORDS, ORDINAL_TIMES, ORDINAL_STAGE_NOUNS, ORDINAL_STOP_AFTER, ORDINAL_SUPERLATIVES, ORDINAL_WORDS, PLACE_MOVES, POSSESSIVES, RANK_BEFORE, RANK_MOVES, RANK_NOUNS,
  FIRST_STRETCH_WORDS, FRACTION_CLAUSE_FOLLOW, TIME_SPAN_OPENERS, NOT_PLURAL_NOUNS, ORDINAL_LAST_WORDS, ORDINAL_PARTS, ORDINAL_SERIES_NOUNS, WEAK_ORDINALS, WHOLE_QUALIFIER_WORDS,
} from './familyTables';
import { quarterWord } from './months';
import { ratioShare } from './names';
import { chartRank, ellipticRank, listedRank, namedSeries, ownedOver, pluralPossessor, possessiveWord, rankedToDo, rankIn, rankSpan, seriesAfter, seriesSpanAfter, seriesOverAdjective, tableAt, tablePlace } from './ranks';
import type { Scan } from './scan';
import type { Figure } from '../types';
import { DURATION_WORDS, FRACTION_UNIT_WORDS, HEDGES, REF_WORDS, SCALE_WORDS, SMALL } from './tables';

/**
 * "time" then "since" or "in" and a span ("for the first time since 1925", "the first time in four
 * years", "only the second time in 30 years"): a place in a series the sentence dates, a claim of its
 * own — "first" too (session 47). Not "for the first time" alone, which any story says.
 */
function timeSinceOrIn(text: string, nw: { lower: string; end: number }, end: number): boolean {
  if (nw.lower !== ORDINAL_TIMES) return false;
  const w = nextWord(text, nw.end, end);
  if (!w || !TIME_SPAN_OPENERS.has(w.lower)) return false;
  if (w.lower === 'since') return true;
  let q = w.end;
  while (q < end && text.charCodeAt(q) === 32) q++;
  if (isDigit(text.charCodeAt(q))) return true;
  const n = nextWord(text, w.end, end);
  return !!n && n.start === q && (SMALL[n.lower] !== undefined || n.lower === 'a' || n.lower === 'decades');
}

/** Determiners before an ordinal that let a capitalised noun follow it: "the fourth Premiership player", "a fifth Grand Slam", "any possible third term". */
const ORDINAL_DETERMINERS = new Set(['the', 'a', 'any', ...POSSESSIVES]);
/** Nouns that make an ordinal an idiom, not a rank: "sixth sense", "sixth form", "seventh heaven", "fifth column". */
const ORDINAL_IDIOMS = new Set(['sense', 'form', 'former', 'formers', 'heaven', 'column', 'estate', 'amendment', 'cousin', 'cousins', 'hand', 'gear']);
/** Words after "sixth-" that keep it a rank: "sixth-placed", "the fourth-largest", "a second-round tie", "third-choice striker". */
const ORDINAL_HYPHEN = new Set(['placed', 'ranked', 'seeded', 'round', 'choice', ...ORDINAL_SUPERLATIVES]);

/**
 * An ordinal word at p ending at e with value `value`: a rank after a rank verb ("finished
 * sixth"), before a noun ("the sixth title", "the fourth Premiership player") or a rank noun
 * ("third place"); "first", "second" and "third" only with a rank verb or a rank noun. Returns
 * where scanning resumes.
 */
export function ordinalWord(s: Scan, p: number, e: number, value: number, weak: boolean): number {
  const text = s.text;
  const end = s.end;
  if (e < end && text.charCodeAt(e) === 45) {
    const hw = wordAt(text, e + 1, end);
    if (hw && ORDINAL_HYPHEN.has(hw.lower)) return emitWords(s, p, e, value, undefined, 'ordinal', undefined, 1);
    // ("third-quarter profits": a quarter of the year named alone, months.ts)
    if (hw?.lower === 'quarter') return quarterWord(s, p, hw.end, value, true) ?? skipToken(text, e, end);
    return skipToken(text, e, end);
  }
  const pw = prevWord(text, p, 0) ?? pluralPossessor(text, p);
  // ("in the third quarter", "its first quarter": a quarter of the year named alone, months.ts)
  const qw = nextWord(text, e, end);
  if (qw?.lower === 'quarter') {
    const q = quarterWord(s, p, qw.end, value, false);
    if (q !== undefined) return q;
  }
  if (value === 1 && firstOfStretch(text, e, end) && !firstTimeDated(text, e, end)) return e;
  const pw2 = pw && pw.lower === 'to' ? prevWord(text, pw.start, 0) : undefined;
  // (past "home" after the verb: "came home second", "finished home third")
  const pwHome = pw && pw.lower === 'home' ? prevWord(text, pw.start, 0) : undefined;
  // ("came in third"; not "came in second half": a part, ORDINAL_PARTS, after such an "in")
  const viaIn = rankIn(text, pw) || tableAt(text, pw);
  // ("climbed 32 places to sixth": the places moved; "with Keane second and Franz Ferdinand third": a list of places)
  const rankVerb = !!pw && (RANK_BEFORE.has(pw.lower) || viaIn || (!!pwHome && RANK_BEFORE.has(pwHome.lower)) || (!!pw2 && (RANK_MOVES.has(pw2.lower) || PLACE_MOVES.has(pw2.lower))) || tablePlace(text, pw, e, end) || ellipticRank(text, pw, e, end) || rankSpan(text, p, e, end, pw) || listedRank(s.figures, text, p, e, end));
  const nw = nextWord(text, e, end);
  // ("the third restructuring in the company's history", "the third of her career": a place in the series the span names)
  if (nw && ownedOver(text, pw, ORDINAL_DETERMINERS) && seriesSpanAfter(text, e, end)) return emitWords(s, p, e, value, undefined, 'ordinal', undefined, 1);
  if (nw && (nw.lower === 'of' || ORDINAL_IDIOMS.has(nw.lower) || ((!rankVerb || viaIn) && ORDINAL_PARTS.has(nw.lower)))) return e; // "the fifth of November", "sixth sense", "the fourth quarter"
  if (seriesAfter(text, e, end)) return emitWords(s, p, e, value, undefined, 'ordinal', undefined, 1); // "her ninth in a row"
  // ("the sixth and final Star Wars movie": the last of its series)
  // (a noun after it: not "the team's sixth and last.")
  const last = nw && nw.lower === 'and' ? nextWord(text, nw.end, end) : undefined;
  const lastNoun = last && ORDINAL_LAST_WORDS.has(last.lower) ? nextWord(text, last.end, end) : undefined;
  if (lastNoun && lastNoun.start === last!.end + 1) return emitWords(s, p, e, value, undefined, 'ordinal', undefined, 1);
  // ("the second annual conference", "the third Conservative MP to defect")
  if (nw && ownedOver(text, pw, ORDINAL_DETERMINERS) && (seriesOverAdjective(text, e, end) || rankedToDo(text, e, end))) return emitWords(s, p, e, value, undefined, 'ordinal', undefined, 1);
  if (weak) {
    // (a rank noun, superlative or run after it, or a possessive before a noun of a series: "third
    // place", "the third most", "a third consecutive", "her third competitive outing", "Lopez's
    // third husband"; a determiner before a noun that counts a series, or a name and one: "the
    // third nomination", "for a second week", "a third Sydney title")
    const ranked = !!nw && (RANK_NOUNS.has(nw.lower) || ORDINAL_SUPERLATIVES.has(nw.lower) || ORDINAL_RUN_WORDS.has(nw.lower) || ORDINAL_STAGE_NOUNS.has(nw.lower));
    const owned = !!nw && possessiveWord(text, pw) && !isUpper(text.charCodeAt(nw.start)) && !ORDINAL_STOP_AFTER.has(nw.lower) && !ORDINAL_PARTS.has(nw.lower);
    const series = !!nw && ownedOver(text, pw, ORDINAL_DETERMINERS) && (ORDINAL_SERIES_NOUNS.has(nw.lower) || ((value > 1 && nw.lower === ORDINAL_TIMES && !!pw && prevWord(text, pw.start, 0)?.lower === 'for') || timeSinceOrIn(text, nw, end)) || namedSeries(text, e, end, possessiveWord(text, pw)));
    if (!(rankVerb || ranked || owned || series)) return e;
    if (!rankVerb && value === 1 && pw && pw.lower === 'the' && nw!.lower === 'place') return e; // "in the first place"
  } else if (!rankVerb) {
    if (!nw) return e;
    if (isUpper(text.charCodeAt(nw.start))) {
      if (!ownedOver(text, pw, ORDINAL_DETERMINERS)) return e;
    } else if (ORDINAL_STOP_AFTER.has(nw.lower)) {
      return e;
    }
  }
  return emitWords(s, p, e, value, undefined, 'ordinal', undefined, 1);
}

/** Is "first" ending at e the opening stretch of something: a number, a unit of time or one of FIRST_STRETCH_WORDS after it ("its first three days", "the first week")? */
function firstOfStretch(text: string, e: number, end: number): boolean {
  let nw = nextWord(text, e, end);
  // (past an approximate hedge: "in its first roughly three days")
  if (nw && HEDGES[nw.lower] === 'approx') nw = nextWord(text, nw.end, end);
  if (!nw) return false;
  return isDigit(text.charCodeAt(nw.start)) || SMALL[nw.lower] !== undefined || DURATION_WORDS[nw.lower] !== undefined || FIRST_STRETCH_WORDS.has(nw.lower);
}

/** "first time since 1925", "first time in four years": a first the sentence dates (timeSinceOrIn), no opening stretch. */
function firstTimeDated(text: string, e: number, end: number): boolean {
  const nw = nextWord(text, e, end);
  return !!nw && timeSinceOrIn(text, nw, end);
}

/** An ordinal word matched by the scan ("sixth", "first"): see ordinalWord. */
export function ordinalAt(s: Scan, p: number, lower: string): number {
  return ordinalWord(s, p, p + lower.length, ORDINAL_WORDS[lower], WEAK_ORDINALS.has(lower));
}

/** After a fraction word: "of a point", "a percentage point", "-point", " point" (what "a quarter" or "half" then measures). */
const POINT_AFTER = /^(?: of)? a (?:percentage )?point\b|^[ -](?:percentage[ -])?point\b/;

/**
 * A fraction of a percentage point, text[p, e) the fraction ("a quarter", "half"): "raised rates
 * by a quarter of a point", "half a percentage point", "a half-point cut", "a quarter point" — a
 * change in percentage points (unit pp, as "0.25 percentage points"). Returns where scanning
 * resumes, or undefined when no point follows.
 */
export function pointFraction(s: Scan, p: number, e: number, value: number): number | undefined {
  const m = POINT_AFTER.exec(s.text.slice(e, Math.min(s.end, e + 32)));
  if (!m) return undefined;
  return emitWords(s, p, e + m[0].length, value, undefined, 'percent', 'pp', 1, false, 2);
}

/**
 * "a third", "a quarter", "a fifth": a share before "of" or at the end of a clause ("cut by a
 * third."); "a fifth consecutive title" is a rank; "a quarter century", "a third term" are neither.
 */
export function aFraction(s: Scan, p: number, lower: string): number {
  const text = s.text;
  const art = lower.indexOf(' ') + 1; // "a third", "an eighth"
  const word = lower.slice(art);
  const e = p + lower.length;
  // ("by a quarter of a point", "a quarter-point rise": a fraction of a percentage point)
  // (a quarter only: "a third of a point" is no rate anyone quotes — a share of a game's point, if anything)
  const pt = word === 'quarter' ? pointFraction(s, p, e, 0.25) : undefined;
  if (pt !== undefined) return pt;
  if (e < s.end && text.charCodeAt(e) === 45) return skipToken(text, e, s.end); // "a third-party"
  const nw = nextWord(text, e, s.end);
  if (!nw) {
    // (a cited note's citation is blanked out: "by a quarter [@key]." ends at the full stop after the spaces)
    let k = e;
    while (k < s.end && text.charCodeAt(k) === 32) k++;
    const c = k < s.end ? text.charCodeAt(k) : 46;
    // the clause ends: "by a third.", "a quarter, …"; not "a fifth)" or "a third's"
    if (c === 46 || c === 44 || c === 59 || c === 58 || c === 10 || c === 33 || c === 63) return emitFraction(s, p, e, 1, FRACTION_DENOMINATOR[word], true);
    return e;
  }
  if (nw.lower === 'of') return shareOf(s, p, e, 1, FRACTION_DENOMINATOR[word]);
  const ord = ORDINAL_WORDS[word];
  if (ord !== undefined && !WEAK_ORDINALS.has(word)) return ordinalWord(s, p + art, e, ord, false);
  // ("a third consecutive title", "a second straight win", "a third Sydney title": a place in a run or a series;
  // "in a third place position": a rank — session 47)
  if (ord !== undefined && (ORDINAL_RUN_WORDS.has(nw.lower) || ORDINAL_SERIES_NOUNS.has(nw.lower) || RANK_NOUNS.has(nw.lower) || namedSeries(text, e, s.end))) return ordinalWord(s, p + art, e, ord, true);
  // ("nearly a third said so", "down by nearly a third on 2003": a bound share closing its phrase)
  if (boundedFraction(s, p, nw.lower)) return emitFraction(s, p, e, 1, FRACTION_DENOMINATOR[word], true);
  return e;
}

/**
 * A fraction word at p with no "of" after it is a share when a hedge or a change's "by" bounds it
 * and what follows closes its noun phrase ("more than half would", "nearly a third said", "by a
 * quarter on 2003"): not "half an hour", "a third party", "a quarter century" (FRACTION_CLAUSE_FOLLOW).
 */
export function boundedFraction(s: Scan, p: number, next: string): boolean {
  if (!FRACTION_CLAUSE_FOLLOW.has(next)) return false;
  return prevWord(s.text, p, s.lo)?.lower === 'by' || hedgedBefore(s, p);
}

/** A hedge right before the word at p ("more than", "nearly", "about"; not "some", a determiner too). */
export function hedgedBefore(s: Scan, p: number): boolean {
  const w1 = prevWord(s.text, p, s.lo);
  if (!w1) return false;
  if (HEDGES[w1.lower] !== undefined && w1.lower !== 'some') return true;
  const w0 = prevWord(s.text, w1.start, s.lo);
  return !!w0 && HEDGES[`${w0.lower} ${w1.lower}`] !== undefined;
}

/**
 * A number word followed by a fraction word, text[p, …): "two thirds", "one fifth", "three
 * quarters of" (a plural quarter needs "of": "in three quarters" are periods). The numerator must
 * be below the denominator. Returns where scanning resumes, or undefined when it is no share.
 */
export function fractionAfter(s: Scan, p: number, num: number, fw: { start: number; end: number; lower: string }, hyphen: boolean): number | undefined {
  const den = FRACTION_DENOMINATOR[fw.lower];
  if (!den || num < 1 || num >= den) return undefined;
  const text = s.text;
  if (fw.end < s.end && text.charCodeAt(fw.end) === 45) return undefined; // "two-thirds-majority"?
  // "two-thirds", not "a three-quarter" (a rugby position, "three-quarter length")
  if (num >= 2 && !fw.lower.endsWith('s')) return undefined;
  const nw = nextWord(text, fw.end, s.end);
  if (!hyphen && fw.lower.startsWith('quarter') && !quartersShare(text, nw, s.end)) return undefined;
  if (nw && nw.lower === 'of') return shareOf(s, p, fw.end, num, den);
  return emitFraction(s, p, fw.end, num, den, true);
}

/**
 * "three quarters of men", "three quarters of the staff" are shares; "three quarters of
 * contraction", "in three quarters" are periods. A plural "quarters" needs "of" and then a
 * determiner or a plural noun.
 */
function quartersShare(text: string, of: { end: number; lower: string } | undefined, end: number): boolean {
  if (!of || of.lower !== 'of') return false;
  return wholeAfter(text, of.end, end);
}

/**
 * After "of" ending at i: a determiner ("the", "all", "its") or a plural noun ("voters"), the whole a
 * share is of — past a capitalised word or two that say whose ("half of UK net users", "a third of
 * British adults").
 */
function wholeAfter(text: string, i: number, end: number): boolean {
  const plural = (x: { lower: string }) => x.lower.endsWith('s') && !x.lower.endsWith('ss');
  let w = nextWord(text, i, end);
  if (!w) return false;
  if (HALF_SHARE_FOLLOW.has(w.lower) || plural(w)) return true;
  const capital = (x: { lower: string; start: number }) => text[x.start] !== x.lower[0];
  if (!capital(w)) return false;
  for (let n = 0; n < WHOLE_QUALIFIER_WORDS && w; n++) {
    w = nextWord(text, w.end, end);
    if (!w || NOT_PLURAL_NOUNS.has(w.lower)) return false;
    if (plural(w)) return true;
  }
  return false;
}

/**
 * A fraction before "of", text[p, e): a share ("a third of staff"), or a part of a unit ("a quarter
 * of a point", "two-thirds of a second": no figure), or of a scale ("a quarter of a million":
 * a count of 250,000 written to a tenth of its scale).
 */
function shareOf(s: Scan, p: number, e: number, num: number, den: number): number {
  const text = s.text;
  if (!(text.startsWith(' of a ', e) || text.startsWith(' of an ', e))) return emitFraction(s, p, e, num, den, true);
  const art = text.charCodeAt(e + 5) === 110 ? e + 7 : e + 6;
  const w = wordAt(text, art, s.end);
  const sc = w ? SCALE_WORDS[w.lower] : undefined;
  // ("about a third of a normal working day's": a share of one whole — not a share of a unit, "a
  // third of a second", "a quarter of a mile", nor of a game's point)
  if (w && !sc && !DURATION_WORDS[w.lower] && !FRACTION_UNIT_WORDS.has(w.lower)) return emitFraction(s, p, e, num, den, true);
  if (!w || !sc) return w ? w.end : e;
  return emitWords(s, p, w.end, Number(((sc * num) / den).toPrecision(12)), undefined, 'count', undefined, sc, false, 2);
}

/** "one in ten", "two out of three" after a number word ending at k (after "in" / "out of"): a share, or undefined. */
export function ratioWords(s: Scan, p: number, num: number, k: number): number | undefined {
  const pw = prevWord(s.text, p, 0);
  if (pw && REF_WORDS.has(pw.lower)) return undefined; // "beyond round four in eight attempts"
  const share = ratioShare(s.text, k, s.end);
  if (!share || num < 1 || num >= share.den) return undefined;
  return emitFraction(s, p, share.end, num, share.den, true);
}

/** "number one single", "went to number one": a chart rank spanning "number …"; undefined when not one. */
export function numberRank(s: Scan, p: number, numEnd: number, value: number): number | undefined {
  const pw = prevWord(s.text, p, 0);
  if (!pw || pw.lower !== 'number' || !chartRank(s.text, pw.start, numEnd, s.end)) return undefined;
  return emitWords(s, pw.start, numEnd, value, undefined, 'ordinal', undefined, 1);
}

/** "dropped one place to five", "up two spots to seven": the number is a position; undefined when not one. */
export function placeRank(s: Scan, p: number, numEnd: number, value: number): number | undefined {
  const to = prevWord(s.text, p, 0);
  if (!to || to.lower !== 'to') return undefined;
  const place = prevWord(s.text, to.start, 0);
  if (!place || !PLACE_MOVES.has(place.lower)) return undefined;
  return emitWords(s, p, numEnd, value, undefined, 'ordinal', undefined, 1);
}

/** "half of the staff", "half of all adults", "half of voters": a share of 50%; undefined when "half" is something else. */
export function halfShare(s: Scan, p: number, e: number): number | undefined {
  if (!s.text.startsWith(' of ', e) || !wholeAfter(s.text, e + 3, s.end)) return undefined;
  return emitFraction(s, p, e, 1, 2, true);
}

/** "a decade", "a year", "a month", "a week", "a day", "an hour": a span of one unit (aSpan). */
export const A_SPANS: ReadonlySet<string> = new Set(['a decade', 'a year', 'a month', 'a week', 'a day', 'an hour']);

/**
 * "a decade" (ten years), and "a year", "a month", "a week", "a day", "an hour" after a hedge ("in
 * just over a year", "less than a month", "nearly a week", "around an hour"; alone "a year" is a
 * rate, "£140 a year", or a lead-in, "a year later"). A decade is as round as the word — about ten years unless a hedge says otherwise
 * ("within a decade", "more than a decade") — and read in years, so that it meets "five years" or
 * "12 years" at their own precision (a decade's own would make "five years" half of it, a
 * rounding). Not "a decade-long" (longDuration reads "decade-long"). Returns where scanning resumes.
 */
export function aSpan(s: Scan, p: number, lower: string): number {
  const end = p + lower.length;
  if (s.text.charCodeAt(end) === 45) return p + 2;
  const unit = lower.slice(lower.indexOf(' ') + 1);
  const decade = unit === 'decade';
  const n = s.figures.length;
  emitWords(s, p, end, decade ? 10 : 1, undefined, 'duration', DURATION_WORDS[decade ? 'year' : unit], 1);
  const f = s.figures.length > n ? s.figures[n] : undefined;
  if (f && !f.hedge && decade) f.hedge = 'approx';
  // (a year of comparison is no span: "£5.4bn more than a year earlier", "4.3% more than a year ago")
  else if (f && !decade && (!f.hedge || comparedWith(s, f, end))) s.figures.pop();
  return end;
}

/** Words after "a year" that make it a point in time compared with: "more than a year earlier". */
const COMPARED_AFTER = new Set(['earlier', 'before', 'later', 'previously', 'after']);

/** Is the hedged span `f` a point compared with — "more than a year earlier", or right after another figure ("4.3% more than a year ago")? */
function comparedWith(s: Scan, f: Figure, end: number): boolean {
  const next = nextWord(s.text, end, s.end);
  if (next && COMPARED_AFTER.has(next.lower)) return true;
  const prior = s.figures.length > 1 ? s.figures[s.figures.length - 2] : undefined;
  return !!prior && f.hedgeStart !== undefined && /^\s*$/.test(s.text.slice(prior.end, f.hedgeStart));
}

/** Units that make "-long" a duration of one: "a year-long inquiry", "a decade-long war", "a week-long tour". */
const LONG_UNITS = new Set(['year', 'month', 'week', 'decade', 'day']);

/** "-long" at p after a unit word: a duration of one unit ("year-long"); returns where scanning resumes. */
export function longDuration(s: Scan, p: number): number {
  const text = s.text;
  let b = p;
  while (b > s.lo && isAsciiLetter(text.charCodeAt(b - 1))) b--;
  const unit = text.slice(b, p).toLowerCase();
  if (!LONG_UNITS.has(unit) || (b > 0 && (text.charCodeAt(b - 1) === 45 || isDigit(text.charCodeAt(b - 1))))) return p + 5;
  // "three month-long": the unit already belongs to "three month"
  const last = s.figures.length ? s.figures[s.figures.length - 1] : undefined;
  if (last && last.end > b) return p + 5;
  return emitWords(s, b, p + 5, 1, undefined, 'duration', DURATION_WORDS[unit], 1);
}
