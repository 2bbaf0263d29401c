// The scan: one pass with two global regexes that only find candidate starts (digits, currency
// symbols, backticks, URLs; number words), then cheap local parsing around each candidate
// (digits.ts, numberWords.ts). URLs and inline or fenced code (code.ts) are skipped whole.

import type { Figure } from '../types';
import { isDigit, isWs } from './chars';
import { joinMinutesAndSeconds } from './clock';
import { CodeSpans } from './code';
import { inheritCurrency } from './elliptic';
import { digitFigure } from './digits';
import { wordFigure } from './numberWords';
import { Scan } from './scan';
import { CURRENCY_SYMBOL } from './tables';

/**
 * The two candidate scanners, fresh for each scan (a global regex keeps its position in
 * lastIndex): one for digits, currency symbols, backticks and URLs, one for number words,
 * ordinals, fractions after "a", "year-long", and month names, capitalised only (first letter case-folded by hand: irregexp runs
 * that about twice as fast as the /i form). "first" is left out: it is a rank so rarely ("came
 * first") that its thousands of matches cost more than they find. Two simple regexes scan faster than one combined
 * alternation; both must stay literals: an alternative starting with "-" in the first one, or a
 * `new RegExp` per scan, were measured to cost 10–20% of extraction.
 */
export function candidateScanners(): [RegExp, RegExp] {
  return [
    /[0-9$£€¥`]|https?:\/\/|www\./g,
    /\b(?:[Aa] (?:hundred|thousand|million|billion|trillion|dozen|few|decade|year|month|week|day|third|quarter|fourth|fifth|sixth|seventh|ninth|tenth)|[Aa]n (?:eighth|hour)|[Oo]ne|[Tt](?:wo|hree|en|welve|hirteen|wenty|hirty|ens|housands|rillions|wice|ripl(?:e[sd]?|ing)|rebl(?:e[sd]?|ing)|hird|enth|welfth|hirteenth|wentieth|hirtieth|wofold|hreefold|enfold)|[Ff](?:irst|our|ive|ourteen|ifteen|orty|ifty|ourth|ifth|ourteenth|ifteenth|ortieth|iftieth|ourfold|ivefold)|[Ss](?:ix|even|ixteen|eventeen|ixty|eventy|everal|econd|ixth|eventh|ixteenth|eventeenth|ixtieth|eventieth|ixfold|evenfold)|[Ee](?:ight|leven|ighteen|ighty|ighth|leventh|ighteenth|ightieth|ightfold)|[Nn](?:ine|ineteen|inety|inth|ineteenth|inetieth|inefold)|[Hh](?:undreds|alf|undredth|undredfold)|[Mm]illions|[Bb]illions|[Dd](?:ozens|oubl(?:e[sd]?|ing))|[Qq]uadrupl(?:e[sd]?|ing)|(?:[Yy]ear|[Mm]onth|[Ww]eek|[Dd]ecade)-long|January|February|March|April|May|June|July|August|September|October|November|December)\b/g,
  ];
}

/**
 * How far past a candidate's start the candidate regexes can read: their longest match
 * ("quadrupling", "decade-long", "https://") and the \b after it, with room to spare. Matches that
 * start before `end` are the same in the text cut this far past `end` as in the whole text, and
 * a search that finds none stops there instead of running on to the end of the text.
 */
const CANDIDATE_REACH = 32;

/** All figures in text[start, end). Offsets in the results are absolute offsets into `text`. */
export function extractFigures(text: string, start = 0, end = text.length): Figure[] {
  if (start < 0) start = 0;
  if (end > text.length) end = text.length;
  const s = new Scan(text, start, end);
  const code = new CodeSpans(text, start, end);
  // the candidate searches read no further than `end` (and the reach of a match starting before it)
  const subject = end + CANDIDATE_REACH < text.length ? text.slice(0, end + CANDIDATE_REACH) : text;
  const [A, B] = candidateScanners();
  A.lastIndex = start;
  B.lastIndex = start;
  let a = A.exec(subject);
  let b = B.exec(subject);
  while (a !== null || b !== null) {
    const useA = a !== null && (b === null || a.index <= b.index);
    const m = useA ? a! : b!;
    const p = m.index;
    if (p >= end) break;
    let next: number;
    if (useA) {
      const c = text.charCodeAt(p);
      if (isDigit(c) || CURRENCY_SYMBOL[c] !== undefined) next = digitFigure(s, p);
      else if (c === 96 /* ` */) next = code.skip(p);
      else next = skipUrl(text, p, end);
    } else {
      next = wordFigure(s, p, m[0]);
    }
    if (next <= p) next = p + 1;
    if (a !== null && a.index < next) {
      A.lastIndex = next;
      a = A.exec(subject);
    }
    if (b !== null && b.index < next) {
      B.lastIndex = next;
      b = B.exec(subject);
    }
  }
  return inheritCurrency(text, joinMinutesAndSeconds(text, s.figures));
}

function skipUrl(text: string, p: number, end: number): number {
  let i = p;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isWs(c) || c === 41 || c === 62 || c === 93 || c === 34 || c === 60) break;
    i++;
  }
  return i;
}
