// The scan: one pass with two global regexes that only find candidate starts (digits, currency
// symbols, backticks, URLs; number words), then cheap local parsing around each candidate
// (digits.ts, numberWords.ts). URLs and inline or fenced code are skipped whole.

import type { Figure } from '../types';
import { atLineStartStrict, isDigit, isWs } from './chars';
import { digitFigure } from './digits';
import { wordFigure } from './numberWords';
import { Scan } from './scan';
import { CURRENCY_SYMBOL } from './tables';

/**
 * The two candidate scanners, fresh for each scan (a global regex keeps its position in
 * lastIndex): one for digits, currency symbols, backticks and URLs, one for number words,
 * ordinals, fractions after "a", and "year-long" (first letter case-folded by hand: irregexp runs
 * that about twice as fast as the /i form). "first" is left out: it is a rank so rarely ("came
 * first") that its thousands of matches cost more than they find. Two simple regexes scan faster than one combined
 * alternation; both must stay literals: an alternative starting with "-" in the first one, or a
 * `new RegExp` per scan, were measured to cost 10–20% of extraction.
 */
function candidateScanners(): [RegExp, RegExp] {
  return [
    /[0-9$£€¥`]|https?:\/\/|www\./g,
    /\b(?:[Aa] (?:hundred|thousand|million|billion|trillion|dozen|few|third|quarter|fourth|fifth|sixth|seventh|ninth|tenth)|[Aa]n eighth|[Oo]ne|[Tt](?:wo|hree|en|welve|hirteen|wenty|hirty|ens|housands|rillions|wice|ripl(?:e[sd]?|ing)|rebl(?:e[sd]?|ing)|hird|enth|welfth|hirteenth|wentieth|hirtieth|wofold|hreefold|enfold)|[Ff](?:our|ive|ourteen|ifteen|orty|ifty|ourth|ifth|ourteenth|ifteenth|ortieth|iftieth|ourfold|ivefold)|[Ss](?:ix|even|ixteen|eventeen|ixty|eventy|everal|econd|ixth|eventh|ixteenth|eventeenth|ixtieth|eventieth|ixfold|evenfold)|[Ee](?:ight|leven|ighteen|ighty|ighth|leventh|ighteenth|ightieth|ightfold)|[Nn](?:ine|ineteen|inety|inth|ineteenth|inetieth|inefold)|[Hh](?:undreds|alf|undredth|undredfold)|[Mm]illions|[Bb]illions|[Dd](?:ozens|oubl(?:e[sd]?|ing))|[Qq]uadrupl(?:e[sd]?|ing)|(?:[Yy]ear|[Mm]onth|[Ww]eek|[Dd]ecade)-long)\b/g,
  ];
}

/** All figures in text[start, end). Offsets in the results are absolute offsets into `text`. */
export function extractFigures(text: string, start = 0, end = text.length): Figure[] {
  if (start < 0) start = 0;
  if (end > text.length) end = text.length;
  const s = new Scan(text, start, end);
  const [A, B] = candidateScanners();
  A.lastIndex = start;
  B.lastIndex = start;
  let a = A.exec(text);
  let b = B.exec(text);
  while (a !== null || b !== null) {
    const useA = a !== null && (b === null || a.index <= b.index);
    const m = useA ? a! : b!;
    const p = m.index;
    if (p >= end) break;
    let next: number;
    if (useA) {
      const c = text.charCodeAt(p);
      if (isDigit(c) || CURRENCY_SYMBOL[c] !== undefined) next = digitFigure(s, p);
      else if (c === 96 /* ` */) next = skipCode(text, p, end);
      else next = skipUrl(text, p, end);
    } else {
      next = wordFigure(s, p, m[0]);
    }
    if (next <= p) next = p + 1;
    if (a !== null && a.index < next) {
      A.lastIndex = next;
      a = A.exec(text);
    }
    if (b !== null && b.index < next) {
      B.lastIndex = next;
      b = B.exec(text);
    }
  }
  return s.figures;
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

/** Skip an inline code span or a fenced code block starting at a backtick. */
function skipCode(text: string, p: number, end: number): number {
  let i = p;
  while (i < end && text.charCodeAt(i) === 96) i++;
  const len = i - p;
  const fence = '`'.repeat(len);
  if (len >= 3 && atLineStartStrict(text, p)) return skipFence(text, i, end, fence);
  // inline: the next run of exactly `len` backticks, within the paragraph
  const para = text.indexOf('\n\n', i);
  const limit = para < 0 || para > end ? end : para;
  let k = i;
  for (;;) {
    const j = text.indexOf(fence, k);
    if (j < 0 || j >= limit) return i; // unmatched: literal backticks
    let e = j;
    while (e < end && text.charCodeAt(e) === 96) e++;
    if (e - j === len) return e;
    k = e;
  }
}

/** A fenced block: up to the end of the line with the closing fence (at the start of a line). */
function skipFence(text: string, i: number, end: number, fence: string): number {
  let k = i;
  for (;;) {
    const nl = text.indexOf('\n', k);
    if (nl < 0 || nl >= end) return end;
    let j = nl + 1;
    while (j < end && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
    if (text.startsWith(fence, j)) {
      const close = text.indexOf('\n', j);
      return close < 0 ? end : close;
    }
    k = nl + 1;
  }
}
