// Oracles for code rewritten for bounded work: the figure scan as it was before its searches were
// bounded by `end` (candidate regexes and code searches running on through the whole text), and
// the quote normaliser as it was before typed arrays. The new code must give exactly what these
// gave, for any text and any range.
import { isDigit, isWs, atLineStartStrict } from '../../server/src/engine/figures/chars';
import { digitFigure } from '../../server/src/engine/figures/digits';
import { candidateScanners } from '../../server/src/engine/figures/extract';
import { wordFigure } from '../../server/src/engine/figures/numberWords';
import { Scan } from '../../server/src/engine/figures/scan';
import { CURRENCY_SYMBOL } from '../../server/src/engine/figures/tables';
import type { Figure } from '../../server/src/engine/types';

export function oldExtractFigures(text: string, start = 0, end = text.length): Figure[] {
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
      else if (c === 96) next = skipCode(text, p, end);
      else next = skipUrl(text, p, end);
    } else next = wordFigure(s, p, m[0]);
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

function skipCode(text: string, p: number, end: number): number {
  let i = p;
  while (i < end && text.charCodeAt(i) === 96) i++;
  const len = i - p;
  const fence = '`'.repeat(len);
  if (len >= 3 && atLineStartStrict(text, p)) return skipFence(text, i, end, fence);
  const para = text.indexOf('\n\n', i);
  const limit = para < 0 || para > end ? end : para;
  let k = i;
  for (;;) {
    const j = text.indexOf(fence, k);
    if (j < 0 || j >= limit) return i;
    let e = j;
    while (e < end && text.charCodeAt(e) === 96) e++;
    if (e - j === len) return e;
    k = e;
  }
}

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

/** The quote normaliser as it was (an array of one-character strings), an oracle for the typed-array one. */
export function oldNormalizeWithMap(s: string, from = 0, to = s.length): { text: string; map: Int32Array } {
  const out: string[] = [];
  const map: number[] = [];
  let space = false;
  for (let i = from; i < to; i++) {
    let ch = s[i];
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 160) {
      space = true;
      continue;
    }
    if (ch === '*' || ch === '_') continue;
    if (space && out.length) {
      out.push(' ');
      map.push(i - 1);
    }
    space = false;
    if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b || c === 0x60 || c === 0xb4 || c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0xab || c === 0xbb) ch = "'";
    else if (c >= 0x2010 && c <= 0x2015) ch = '-';
    else if (c === 0x2212) ch = '-';
    else if (c === 0x2026) {
      out.push('.', '.', '.');
      map.push(i, i, i);
      continue;
    } else ch = ch.toLowerCase();
    out.push(ch);
    map.push(i);
  }
  return { text: out.join(''), map: Int32Array.from(map) };
}
