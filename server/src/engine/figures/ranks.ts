// Ranks and dates around a numeral written with digits: is "19th" a rank ("finished 19th", "the
// 70th minute") or part of a date ("May 1st", "the 21st")? Is "27 February" a date with no year
// ("on 27 February", kept) or the day of a dated year ("27 February 2001", where the year is the
// figure)? Is "number 8" a chart position or an address ("number 10 Downing Street")? These are
// decisions only: the caller sets the numeral's kind and emits it.

import { isAsciiLetter, isDigit, isHSpace, isLetter, isUpper, nextWord, prevWord, wordAt, yearAhead } from './chars';
import { CURRENCY_SYMBOL, DURATION_WORDS, SMALL } from './tables';
import type { Word } from './chars';
import type { Figure } from '../types';

/** Words between a move's two places ("from 113th in the rankings to 11th"), and characters read each way (rankSpan). */
const RANK_SPAN_WORDS = 4;
const RANK_SPAN_CHARS = 80;
import { CHART_BEFORE, CHART_FOLLOW, CHART_MOVES, LISTED_RANK_AFTER, LISTED_RANK_REACH, MONTH_INDEX, PLACE_MOVES, NAMED_CENTURY, ORDINAL_ADJECTIVES, ORDINAL_WORDS, ORDINAL_ELLIPSIS_AFTER, NAMED_SERIES_AFTER, ORDINAL_PARTS, ORDINAL_SERIES_ADJECTIVES, ORDINAL_SERIES_NOUNS, ORDINAL_STOP_AFTER, ORDINAL_TIMES, PLACE_BEHIND, LIVING_MEMORY, SERIES_SPAN_NOUNS, SERIES_SPAN_THIS, PLACE_VALUE_HEDGE_WORDS, POSSESSIVES, RANK_BEFORE, RANK_COPULAS, RANK_IN_VERBS, RANK_MOVES, RANK_TITLES, SERIES_AFTER, TABLE_ADVERBS, TABLE_WORDS } from './familyTables';

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

/** Is the word before an ordinal a possessive: "his", "their", or a name's "'s" ("Jennifer Lopez's third husband")? */
export function possessiveWord(text: string, pw: Word | undefined): boolean {
  if (!pw) return false;
  if (POSSESSIVES.has(pw.lower)) return true;
  const q = pw.start > 0 ? text.charCodeAt(pw.start - 1) : 0;
  // (a plural's possessive, its apostrophe after the s: "the Tigers' second try") (session 47)
  const a = text.charCodeAt(pw.end);
  if (pw.lower.length > 1 && pw.lower.endsWith('s') && (a === 39 || a === 0x2019) && text.charCodeAt(pw.end + 1) === 32) return true;
  return pw.lower === 's' && (q === 39 || q === 0x2019) && pw.start > 1 && isLetter(text.charCodeAt(pw.start - 2));
}

/** The plural that owns what follows its apostrophe, p the start of that ("the Tigers' second try"): prevWord stops at the apostrophe. */
export function pluralPossessor(text: string, p: number): Word | undefined {
  const a = text.charCodeAt(p - 2);
  if (p < 4 || !isHSpace(text.charCodeAt(p - 1)) || (a !== 39 && a !== 0x2019) || text.charCodeAt(p - 3) !== 115) return undefined;
  const e = p - 2;
  let s = e;
  while (s > 0 && isLetter(text.charCodeAt(s - 1))) s--;
  return e - s > 1 ? { start: s, end: e, lower: text.slice(s, e).toLowerCase() } : undefined;
}

/**
 * Does a determiner or a possessive own the ordinal at `start`, over one hyphenated adjective ("a
 * record-breaking 10th Budget", "his long-awaited third album")? `pw` is the word right before it.
 */
export function ownedOver(text: string, pw: Word | undefined, owners: ReadonlySet<string>): boolean {
  if (!pw) return false;
  if (owners.has(pw.lower) || possessiveWord(text, pw)) return true;
  // (over an adjective of a record: "a record third title", "their historic fifth win")
  if (ORDINAL_ADJECTIVES.has(pw.lower)) {
    const before = prevWord(text, pw.start, 0);
    return !!before && (owners.has(before.lower) || possessiveWord(text, before));
  }
  if (pw.start < 2 || text.charCodeAt(pw.start - 1) !== 45 || !isLetter(text.charCodeAt(pw.start - 2))) return false;
  let s = pw.start - 1;
  while (s > 0 && isLetter(text.charCodeAt(s - 1))) s--;
  if (text.charCodeAt(s) < 97) return false; // a lower-case compound only: not "Anglo-French"
  const before = prevWord(text, s, 0);
  // (over an adjective "the" owns it too: "the record-breaking 10th Budget")
  return !!before && (owners.has(before.lower) || before.lower === 'the' || before.lower === 'a' || possessiveWord(text, before));
}

/**
 * A place in a table after a verb of being: "Liverpool are fourth in the Premiership", "is 3rd in
 * the table" (RANK_COPULAS, then "in the" and a table's word or a capitalised name); or behind
 * whoever is ahead: "was third behind Hayley Yelling" (PLACE_BEHIND, then a capitalised name or "the").
 */
export function tablePlace(text: string, pw: Word | undefined, e: number, end: number): boolean {
  // (an adverb between: "the Reds are currently fifth in the Premiership table")
  const verb = pw && TABLE_ADVERBS.has(pw.lower) ? prevWord(text, pw.start, 0) : pw;
  if (!verb || !RANK_COPULAS.has(verb.lower)) return false;
  const w1 = nextWord(text, e, end);
  if (w1 && PLACE_BEHIND.has(w1.lower)) {
    const ahead = nextWord(text, w1.end, end);
    return !!ahead && (isUpper(text.charCodeAt(ahead.start)) || ahead.lower === 'the');
  }
  // ("Sir Elton John was fourth with almost $42.7m": a place in a ranking given with its value)
  if (w1 && w1.lower === 'with') return valueAhead(text, w1.end, end);
  if (!w1 || w1.lower !== 'in') return false;
  const w2 = nextWord(text, w1.end, end);
  // ("was third in London in 2002": a place in a race named by where it was run; not a month's)
  if (w2 && isUpper(text.charCodeAt(w2.start)) && MONTH_INDEX[w2.lower] === undefined) return true;
  if (!w2 || w2.lower !== 'the') return false;
  const w3 = nextWord(text, w2.end, end);
  return !!w3 && (isUpper(text.charCodeAt(w3.start)) || TABLE_WORDS.has(w3.lower));
}

/** Does a value (a digit or a currency sign) follow position i, past spaces and at most three words of a hedge (PLACE_VALUE_HEDGE_WORDS)? */
function valueAhead(text: string, i: number, end: number): boolean {
  let at = i;
  for (let k = 0; k <= 3; k++) {
    while (at < end && isHSpace(text.charCodeAt(at))) at++;
    const c = text.charCodeAt(at);
    if (isDigit(c) || CURRENCY_SYMBOL[c] !== undefined) return true;
    const w = wordAt(text, at, end);
    if (!w || !PLACE_VALUE_HEDGE_WORDS.has(w.lower)) return false;
    at = w.end;
  }
  return false;
}

/**
 * A capitalised name between an ordinal and a noun of its series ("a third Sydney title", "her
 * fifth Grand Slam title"): up to two capitalised words, then ORDINAL_SERIES_NOUNS. When a
 * possessive owns the ordinal (`owned`), the name may be the series itself, its phrase ending there
 * or going on with NAMED_SERIES_AFTER: "his second Oscar.", "his third Grammy of his career".
 */
export function namedSeries(text: string, e: number, end: number, owned = false): boolean {
  let at = e;
  for (let k = 0; k < 3; k++) {
    const w = nextWord(text, at, end);
    if (k > 0 && owned && (!w || PHRASE_STOPS.has(text[at] ?? '.'))) return true;
    if (!w) return false;
    if (!isUpper(text.charCodeAt(w.start))) return k > 0 && (ORDINAL_SERIES_NOUNS.has(w.lower) || (owned && NAMED_SERIES_AFTER.has(w.lower)));
    // (the series' own capitalised noun ends the name: "the 77th Academy Awards", "the 14th Adam Smith Lecture", "the third Grammy")
    if (ORDINAL_SERIES_NOUNS.has(w.lower)) return true;
    at = w.end;
  }
  return false;
}

/**
 * The lower-case noun of a series after an ordinal's adjective ("the second annual conference"),
 * one more noun allowed between ("the first annual delegate conference"): ORDINAL_SERIES_ADJECTIVES,
 * then ORDINAL_SERIES_NOUNS.
 */
export function seriesOverAdjective(text: string, e: number, end: number): boolean {
  const adj = nextWord(text, e, end);
  if (!adj || !ORDINAL_SERIES_ADJECTIVES.has(adj.lower)) return false;
  let at = adj.end;
  for (let k = 0; k < 2; k++) {
    const w = nextWord(text, at, end);
    if (!w || w.start !== at + 1 || isUpper(text.charCodeAt(w.start)) || ORDINAL_STOP_AFTER.has(w.lower)) return false;
    if (ORDINAL_SERIES_NOUNS.has(w.lower)) return true;
    at = w.end;
  }
  return false;
}

/**
 * "the third Conservative MP to defect", "the first Indian woman to reach": an ordinal, up to three
 * words naming who or what (none a stop, a part or "time"), then "to" and a lower-case verb — the
 * ordinal is a place in the series of those who did it.
 */
export function rankedToDo(text: string, e: number, end: number): boolean {
  let at = e;
  for (let k = 0; k < 4; k++) {
    const w = nextWord(text, at, end);
    if (!w || w.start !== at + 1) return false;
    if (w.lower === 'to') {
      if (k === 0) return false;
      const v = nextWord(text, w.end, end);
      // ("the third British woman to be named …": "be" is a verb here, though a stop after a day)
      return !!v && v.start === w.end + 1 && !isUpper(text.charCodeAt(v.start)) && (v.lower === 'be' || !ORDINAL_STOP_AFTER.has(v.lower));
    }
    if (ORDINAL_STOP_AFTER.has(w.lower) || ORDINAL_PARTS.has(w.lower) || w.lower === ORDINAL_TIMES || w.lower === 'times') return false;
    at = w.end;
  }
  return false;
}

/** The word after the one ending at `at`, past a possessive "'s" glued to it ("the company's history"). */
function nextPastPossessive(text: string, at: number, end: number): Word | undefined {
  const c = text.charCodeAt(at);
  if ((c === 39 || c === 0x2019) && text.charCodeAt(at + 1) === 115) at += 2;
  return nextWord(text, at, end);
}

/**
 * "the third restructuring in the company's history", "the third of her career", "the second
 * Election Court in living memory", "the third big search firm this week", "a third number one in
 * three weeks": after the ordinal (ending at e), a noun phrase of up to three words (none empty for
 * "of … career") and a span the series is counted over (familyTables SERIES_SPAN_*) — a place in
 * that series. Reads at most a dozen words.
 */
export function seriesSpanAfter(text: string, e: number, end: number): boolean {
  let at = e;
  for (let k = 0; k <= 3; k++) {
    const w = nextWord(text, at, end);
    if (!w) return false;
    if (w.lower === 'this') {
      const u = nextWord(text, w.end, end);
      return k > 0 && !!u && SERIES_SPAN_THIS.has(u.lower);
    }
    if (w.lower === 'in' || w.lower === 'of') {
      // ("of her career", "in the company's history", "in its history")
      let q = w.end;
      for (let m = 0; m < 5; m++) {
        const x = nextPastPossessive(text, q, end);
        if (!x) return false;
        if (SERIES_SPAN_NOUNS.has(x.lower)) return true;
        if (w.lower === 'in' && m === 0 && x.lower === LIVING_MEMORY[0]) return k > 0 && nextWord(text, x.end, end)?.lower === LIVING_MEMORY[1];
        // ("in three weeks", "in 12 months": a span counted in units of time)
        if (w.lower === 'in' && m === 0 && k > 0 && (SMALL[x.lower] !== undefined || x.lower === 'a')) {
          const u = nextWord(text, x.end, end);
          return !!u && DURATION_WORDS[u.lower] !== undefined;
        }
        q = x.end;
      }
      return false;
    }
    if (k === 3 || ORDINAL_STOP_AFTER.has(w.lower) || ORDINAL_PARTS.has(w.lower) || w.lower === ORDINAL_TIMES || w.lower === 'times') return false;
    at = w.end;
  }
  return false;
}

/** Characters right after a word that end its phrase. */
const PHRASE_STOPS: ReadonlySet<string> = new Set(['.', ',', ';', ':', '[', ')']);

/**
 * An ordinal whose phrase ends right after it, its noun left out: owned by a possessive ("was New
 * Zealand's sixth.", "Bill Conti's 17th as musical director") or after a verb of being ("the camera
 * is 82nd."). Its phrase ends at a stop, a bracket or a citation, or at ORDINAL_ELLIPSIS_AFTER.
 */
export function ellipticRank(text: string, pw: Word | undefined, e: number, end: number): boolean {
  if (!pw || !(possessiveWord(text, pw) || RANK_COPULAS.has(pw.lower))) return false;
  let i = e;
  while (i < end && isHSpace(text.charCodeAt(i))) i++;
  const c = i < end ? text[i] : '.';
  if (c === '.' || c === ',' || c === ';' || c === ':' || c === '[' || c === ')') return true;
  const nw = nextWord(text, e, end);
  return !!nw && nw.start === i && possessiveWord(text, pw) && ORDINAL_ELLIPSIS_AFTER.has(nw.lower);
}

/**
 * An ordinal in a list of places after another place of the sentence, its verb left out ("with
 * Keane second and Franz Ferdinand third", "came in ninth and Usher's Caught Up in eighth",
 * "Franz Ferdinand came 15th and the Eurythmics 38th"): the figure before it (`figures`, the scan's
 * so far) a place in a ranking at most LISTED_RANK_REACH characters back, only words between them —
 * "and" or a comma among them — the word before the ordinal a name's (or "in" after one), and the
 * ordinal's phrase ending right after it.
 */
export function listedRank(figures: readonly Figure[], text: string, start: number, e: number, end: number): boolean {
  const g = figures[figures.length - 1];
  if (!g || g.kind !== 'ordinal' || start - g.end > LISTED_RANK_REACH || start < g.end) return false;
  const between = text.slice(g.end, start);
  if (/[.;:!?()\d]/.test(between) || !/,|\band\b/.test(between)) return false;
  let pw = prevWord(text, start, 0);
  if (pw && (pw.lower === 'in' || pw.lower === 'at')) pw = prevWord(text, pw.start, 0);
  if (!pw || !isUpper(text.charCodeAt(pw.start))) return false;
  let i = e;
  while (i < end && isHSpace(text.charCodeAt(i))) i++;
  if (i >= end || /[.,;:[)]/.test(text[i])) return true;
  const nw = nextWord(text, e, end);
  return !!nw && nw.start === i && LISTED_RANK_AFTER.has(nw.lower);
}

/** Is the word before an ordinal "at" or "to" right after a table's word: "entered the chart at seventh", "slipped from the top of the singles chart to fourth" (TABLE_WORDS)? */
export function tableAt(text: string, pw: Word | undefined): boolean {
  if (pw?.lower !== 'at' && pw?.lower !== 'to') return false;
  const table = prevWord(text, pw.start, 0);
  return !!table && TABLE_WORDS.has(table.lower);
}

/** Is the word before an ordinal "in" after a verb of arriving: "came in third", "finished in 10th" (RANK_IN_VERBS)? */
export function rankIn(text: string, pw: Word | undefined): boolean {
  if (pw?.lower !== 'in') return false;
  const verb = prevWord(text, pw.start, 0);
  return !!verb && RANK_IN_VERBS.has(verb.lower);
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
  if (rankSpan(text, start, e, end, pw)) return true;
  if (rankIn(text, pw) || tableAt(text, pw)) return true;
  if (tablePlace(text, pw, e, end)) return true;
  if (ellipticRank(text, pw, e, end)) return true;
  const nw0 = nextWord(text, e, end);
  const capitalAfter = !!nw0 && text.charCodeAt(nw0.start) < 97;
  // "slipped to 19th", "moved up to 18th from 23rd": a move in a table, to a rank and from one
  // (not "moved to 21st May": a capitalised word after it is a date's or a name's)
  if (!capitalAfter && pw?.lower === 'to') {
    const p2 = prevWord(text, pw.start, 0);
    // ("climbed 32 places to 6th": the places moved)
    if (p2 && (RANK_MOVES.has(p2.lower) || PLACE_MOVES.has(p2.lower))) return true;
  }
  if (!capitalAfter && pw?.lower === 'from' && RANK_BEFORE_FROM.test(text.slice(Math.max(0, pw.start - 8), pw.start))) return true;
  if (e + 1 < end && text.charCodeAt(e) === 45 && isAsciiLetter(text.charCodeAt(e + 1))) {
    return text.charCodeAt(e + 1) >= 97; // "19th-century"; "4th-Generation" stays a name
  }
  const nw = nextWord(text, e, end);
  if (!nw) return false;
  // "his 19th UK number one", "a record-breaking 10th Budget": a capitalised word after a
  // possessive or "a"; "the 1st Battalion" is a name
  if (text.charCodeAt(nw.start) < 97) return ownedOver(text, pw, INDEFINITE_OWNERS) || (pw?.lower === 'the' && nw.lower !== NAMED_CENTURY && namedSeries(text, e, end));
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

/** Words that own an ordinal before a capitalised noun: a possessive, or "a" ("a 10th Budget": one of a series, where "the 1st Battalion" is a name). */
const INDEFINITE_OWNERS: ReadonlySet<string> = new Set(['a', ...POSSESSIVES]);

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

/** An ordinal written in digits or in a word ("11th", "fourth"), whole: the pattern of rankSpan's other end. */
const ORDINAL_TOKEN = `(?:\\d+(?:st|nd|rd|th)|${Object.keys(ORDINAL_WORDS).join('|')})`;
/** "from <ordinal> [a few words] to <ordinal>" read forward from the first's end; "between <ordinal> and <ordinal>". */
const NOT_A_MONTH = `(?!\\s+(?:${['january','february','march','april','may','june','july','august','september','october','november','december'].join('|')})\\b)`;
const SPAN_AFTER_FROM = new RegExp(`^(?:\\s+[A-Za-z']+){0,${RANK_SPAN_WORDS}}?\\s+to\\s+${ORDINAL_TOKEN}\\b${NOT_A_MONTH}`, 'i');
const SPAN_AFTER_BETWEEN = new RegExp(`^\\s+and\\s+${ORDINAL_TOKEN}\\b${NOT_A_MONTH}`, 'i');
/** …and back from the second's start: "from <ordinal> [a few words] to", "between <ordinal> and". */
const SPAN_BEFORE = new RegExp(`\\b(?:from\\s+${ORDINAL_TOKEN}\\b(?:\\s+[A-Za-z']+){0,${RANK_SPAN_WORDS}}?\\s+to|between\\s+${ORDINAL_TOKEN}\\s+and)\\s+$`, 'i');

/**
 * Is the ordinal at [start, e) one end of a move between two places ("fallen from fourth to 11th",
 * "lifted him from 113th in the rankings to 11th", "stuck between eighth and 12th place")? Both ends
 * are places, whatever noun follows either. Reads at most RANK_SPAN_CHARS characters each way.
 */
export function rankSpan(text: string, start: number, e: number, end: number, pw: Word | undefined): boolean {
  if (pw?.lower === 'from') return SPAN_AFTER_FROM.test(text.slice(e, Math.min(end, e + RANK_SPAN_CHARS)));
  if (pw?.lower === 'between') return SPAN_AFTER_BETWEEN.test(text.slice(e, Math.min(end, e + RANK_SPAN_CHARS)));
  if (pw?.lower === 'to' || pw?.lower === 'and') return SPAN_BEFORE.test(text.slice(Math.max(0, start - RANK_SPAN_CHARS), start));
  return false;
}
