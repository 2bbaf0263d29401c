// Hedges: the words that make a figure approximate or a bound ("nearly 300", "more than $5bn",
// "up to 18 months", "~40%", "60 or so"). A hedge is read before the figure, with one article
// allowed in between ("around the $5bn mark"); "or so" and "80-odd" are the hedges written after.

import type { Figure, FigureKind, Hedge } from '../types';
import { isHSpace, isLetter, prevWord } from './chars';
import type { Word } from './chars';
import type { Scan } from './scan';
import { HEDGES, HEDGE_LAST, HEDGE_TAILS, OVER_PARTICLE, PAST_ADJECTIVE_AFTER, UP_MOVING_VERBS, UP_MOVING_REACH, UP_PARTICLE_VERBS, UP_BOUND_AFTER } from './tables';

/** Set f.hedge, f.hedgeStart and f.hedgeText from the words around f, when it is hedged. */
export function hedge(s: Scan, f: Figure): void {
  const text = s.text;
  const i = f.start;
  if (i > s.lo && text.charCodeAt(i - 1) === 126 /* ~ */) {
    f.hedge = 'approx';
    f.hedgeText = '~';
    f.hedgeStart = i - 1;
    return;
  }
  if (i > s.lo + 1 && text.charCodeAt(i - 2) === 126 && isHSpace(text.charCodeAt(i - 1))) {
    f.hedge = 'approx';
    f.hedgeText = '~';
    f.hedgeStart = i - 2;
    return;
  }
  // "60 or so": the only hedge word written after the figure (besides "80-odd")
  if (text.startsWith(' or so', f.end) && !(f.end + 6 < s.end && isLetter(text.charCodeAt(f.end + 6))) && f.kind !== 'year') {
    f.hedge = 'approx';
    f.hedgeText = 'or so';
    f.hedgeStart = f.end + 1;
    return;
  }
  const w0 = prevWord(text, i, s.lo);
  if (!w0) return;
  if (hedgeFrom(s, f, w0)) return;
  // allow an article between hedge and figure: "almost a 40% share", "nearly an 8% rise" (not "a
  // billion", which the figure includes). Not "of": "some of 300 applicants" is a part, not about 300.
  if (w0.lower === 'a' || w0.lower === 'an') {
    const w1 = prevWord(text, w0.start, s.lo);
    if (w1) hedgeFrom(s, f, w1);
  }
}

/** Match hedge phrases (up to four words) that end with word `last`, the word nearest the figure. */
function hedgeFrom(s: Scan, f: Figure, last: Word): boolean {
  if (!HEDGE_LAST.has(last.lower)) return false;
  const text = s.text;
  let phrase = last.lower;
  let first = last;
  let found: Hedge | undefined = HEDGES[phrase];
  let foundFirst = last;
  let foundPhrase = phrase;
  // the longest phrase wins: "no more than" over "more than"
  for (let len = 2; len <= 4; len++) {
    const w = prevWord(text, first.start, s.lo);
    if (!w) break;
    phrase = w.lower + ' ' + phrase;
    if (!HEDGE_TAILS.has(phrase)) break; // no hedge phrase ends with these words
    first = w;
    const h = HEDGES[phrase];
    if (h) {
      found = h;
      foundFirst = w;
      foundPhrase = phrase;
    }
  }
  if (!found) return false;
  if (!hedgeAllowed(found, foundPhrase, f.kind)) return false;
  if (foundPhrase === 'over' || foundPhrase === 'under') {
    const pw = prevWord(text, last.start, s.lo);
    if (pw && OVER_PARTICLE.has(pw.lower)) return false;
  }
  if (foundPhrase === 'up to') {
    const w1 = prevWord(text, foundFirst.start, s.lo);
    const w2 = w1 && prevWord(text, w1.start, s.lo);
    if ((w1 && UP_PARTICLE_VERBS.has(w1.lower)) || (w2 && UP_PARTICLE_VERBS.has(w2.lower))) return false;
    if (movedObject(text, foundFirst.start, s.lo)) return false;
  }
  if (foundPhrase === 'past') {
    const pw = prevWord(text, last.start, s.lo);
    // (after a possessive too: "the firm's past 3 results", read as "firm" "s")
    if (pw && (PAST_ADJECTIVE_AFTER.has(pw.lower) || pw.lower === 's' || /['\u2019]s$/.test(pw.lower))) return false;
  }
  f.hedge = found;
  f.hedgeStart = foundFirst.start;
  f.hedgeText = text.slice(foundFirst.start, last.end);
  return true;
}

/**
 * Years and quarters take only approximate hedges; a duration "over 3 years" is a period, not a
 * bound; a place in a ranking "over" or "under" is a preposition ("a victory over second seed
 * David Nalbandian", "under fifth-placed Leeds"), no bound.
 */
function hedgeAllowed(h: Hedge, phrase: string, kind: FigureKind): boolean {
  if (kind === 'year' || kind === 'quarter') return h === 'approx' && phrase !== 'some';
  if (kind === 'ordinal' && (phrase === 'over' || phrase === 'under')) return false;
  // (a time of day is a moment: "about 8am" names it, no quantity a hedge widens — and "by 8pm" no bound)
  if (kind === 'time') return false;
  if (kind === 'duration') {
    return !(phrase === 'over' || phrase === 'under' || phrase === 'above' || phrase === 'below' || phrase === 'past');
  }
  return true;
}

/**
 * Is the "up" at `upStart` the particle of a verb that moves an object ("brings the Ryanair/Boeing
 * order book up to 225", "took the total up to 310")? A verb of UP_MOVING_VERBS within
 * UP_MOVING_REACH characters before it, in the same clause, with an object right before "up" (a
 * word not of UP_BOUND_AFTER): right before "up" the verb's "up to" is the bound it always was
 * ("raise up to £5m").
 */
function movedObject(text: string, upStart: number, lo: number): boolean {
  const from = Math.max(lo, upStart - UP_MOVING_REACH);
  const before = text.slice(from, upStart);
  const cut = Math.max(...[...'.,;:!?()'].map((c) => before.lastIndexOf(c)));
  const words = before.slice(cut + 1).toLowerCase().match(/[a-z]+/g) ?? [];
  // (not after a preposition or the verb's own particle: "into up to 250 screens", "brings in up to 4% more")
  if (!words.length || UP_BOUND_AFTER.has(words[words.length - 1])) return false;
  return words.slice(0, -1).some((w) => UP_MOVING_VERBS.has(w));
}
