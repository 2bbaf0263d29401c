// Figures that start with a digit or a currency symbol: the numeral (numerals.ts) with its unit
// (units.ts), extended to a range (ranges.ts), classified (year, currency, percent, count …),
// checked against the names and ratios that are not figures (names.ts), then emitted (emit.ts).

import type { FigureKind } from '../types';
import { isDigit, isHSpace, isUpper, nextWord, prevWord, skipToken } from './chars';
import { clockDuration } from './clock';
import { emitFraction, emitNumeral } from './emit';
import { gluedName, nameContext, ratioSecond, ratioShare } from './names';
import { numeral } from './numerals';
import { range } from './ranges';
import { chartRank } from './ranks';
import type { Numeral, Scan } from './scan';
import { monthThenDay } from './suffixKinds';
import { CURRENCY_SYMBOL, ENTITY_CURRENCY, shareDenominator } from './tables';
import { GAP_JOINERS, GAPPED_NAME_WORDS, IRREGULAR_PLURALS, ORDINAL_STOP_AFTER, PLURAL_NOUN_AFTER_DAY } from './familyTables';

/** The figure starting at p (a digit or a currency symbol); returns where scanning resumes. */
export function digitFigure(s: Scan, p: number): number {
  if (CURRENCY_SYMBOL[s.text.charCodeAt(p)] === undefined && p > 0) {
    const skip = gluedName(s, p);
    if (skip !== undefined) return skip;
    if (s.text.charCodeAt(p - 1) === 59 /* ; */) {
      const r = entityCurrency(s, p);
      if (r !== undefined) return r;
    }
  }
  const clock = clockDuration(s, p);
  if (clock !== undefined) return clock;
  const r = numeral(s, p, true);
  if (typeof r === 'number') return r;
  return finishNumeral(s, r);
}

/** HTML entities before the digits: "&#163;1.8m", "&pound;5", "&euro;2bn". */
function entityCurrency(s: Scan, p: number): number | undefined {
  const ent = ENTITY_CURRENCY.find(([e]) => s.text.startsWith(e, p - e.length));
  if (!ent) return undefined;
  const r = numeral(s, p, false);
  if (typeof r === 'number') return r;
  if (!r.currency) {
    r.currency = ent[1];
    r.prefixCurrency = true;
    r.start = p - ent[0].length;
  }
  return finishNumeral(s, r);
}

/** Range, kind, and the checks for numbers that are not figures; then emit. Returns where scanning resumes. */
function finishNumeral(s: Scan, n: Numeral): number {
  const rg = range(s, n);
  if (typeof rg === 'number') return rg;
  const fig = rg ? rg.merged : n;
  const high = rg?.high;
  const kind = classify(fig);
  const plain = (kind === 'count' || kind === 'number') && fig.scale === 1 && !fig.suffixed;
  if (rg && plain) {
    const skip = bareRangeNotFigure(s, fig);
    if (skip !== undefined) return skip;
  }
  const bare = plain && !rg;
  if ((bare && !fig.hasSep) || (kind === 'year' && !rg)) {
    const skip = bareNotFigure(s, fig, kind, bare);
    if (skip !== undefined) return skip;
  }
  return emitNumeral(s, fig, kind, high);
}

/** Currency, else the unit's kind; a bare 4-digit 1800–2199 is a year, a decimal a number, the rest a count. */
function classify(fig: Numeral): FigureKind {
  if (fig.currency) return 'currency';
  if (fig.kind) return fig.kind;
  if (fig.scale === 1 && fig.decimals === 0 && !fig.hasSep && fig.intDigits === 4 && fig.start === fig.numStart &&
    fig.mantissa >= 1800 && fig.mantissa <= 2199) return 'year';
  if (fig.decimals > 0 && fig.scale === 1) return 'number';
  return 'count';
}

/** A bare pair with no unit: "Boeing 737-800", "Italy 17-28 Ireland", "the 9-11 Commission", tennis "6-1 3-1". */
function bareRangeNotFigure(s: Scan, fig: Numeral): number | undefined {
  const text = s.text;
  if (nameContext(s, fig.numStart) === 'name') {
    s.lastNameEnd = fig.end;
    return fig.end;
  }
  if (fig.end + 1 < s.end && isHSpace(text.charCodeAt(fig.end)) && isUpper(text.charCodeAt(fig.end + 1))) return fig.end;
  // tennis: "6-1 3-1 0-30", "serving at 5-6 down"
  if (fig.mantissa === 0) return fig.end;
  if (fig.numStart > 1 && isHSpace(text.charCodeAt(fig.numStart - 1)) && isDigit(text.charCodeAt(fig.numStart - 2))) return fig.end;
  return undefined;
}

/**
 * Is the bare number `fig`, right after a name, the second count of a gapped pair: the name opens
 * after a joiner ("and", "while", "but"), at most GAPPED_NAME_WORDS capitalised words before the
 * number, the number ends its clause, and the figure before the joiner, in the same sentence, is a
 * plain count ("supply 12 players and Munster 11.")?
 */
function gappedCount(s: Scan, fig: Numeral): boolean {
  const text = s.text;
  // (its clause ends there, a note's citation between: "and Munster 11 [@sport_379].")
  let q = fig.end;
  while (q < s.end && isHSpace(text.charCodeAt(q))) q++;
  const after = text.charCodeAt(q);
  // (not a comma: "but Shrek 2, which had seven nominations" is the film)
  if (!(q >= s.end || after === 46 || after === 59 || (q > fig.end && after === 91))) return false;
  let at = fig.numStart;
  let joiner: { start: number; lower: string } | undefined;
  for (let n = 0; n <= GAPPED_NAME_WORDS; n++) {
    const w = prevWord(text, at, 0);
    if (!w) return false;
    if (GAP_JOINERS.has(w.lower)) {
      joiner = w;
      break;
    }
    if (!isUpper(text.charCodeAt(w.start))) return false;
    at = w.start;
  }
  if (!joiner || at === fig.numStart) return false;
  const before = s.figures[s.figures.length - 1];
  if (!before || before.kind !== 'count' || before.end > joiner.start || /[.!?]/.test(text.slice(before.end, joiner.start))) return false;
  return true;
}

/** A bare number or a year: part of a name, a day of the month, a ratio ("1 in 4"), a phone number. */
function bareNotFigure(s: Scan, fig: Numeral, kind: FigureKind, bare: boolean): number | undefined {
  const text = s.text;
  const end = s.end;
  const ctx = nameContext(s, fig.numStart, kind === 'year');
  if (ctx === 'name') {
    // "number 8 in the chart": a rank; "number 10 Downing Street" a name
    const pw = bare && fig.decimals === 0 && fig.mantissa >= 1 ? prevWord(text, fig.start, 0) : undefined;
    if (pw && chartRank(text, pw.start, fig.end, end)) {
      fig.start = pw.start;
      return emitNumeral(s, fig, 'ordinal');
    }
    // ("Leinster supply 12 players and Munster 11.", "Gray was 43 and Robert Alcorn 37": a count
    // gapped after the next name of a pair, not that name's number)
    if (bare && gappedCount(s, fig)) return emitNumeral(s, fig, 'count');
    s.lastNameEnd = fig.end;
    return fig.end;
  }
  if (ctx === 'day' && kind !== 'year' && fig.decimals === 0 && fig.mantissa >= 1 && fig.mantissa <= 31) {
    if (monthThenDay(s, fig)) return emitNumeral(s, fig, 'date');
    // (a count of the plural noun after it: "In January 25 members of a ring were jailed")
    const nw = nextWord(text, fig.end, end);
    const plural = nw !== undefined && nw.lower === text.slice(nw.start, nw.end) && (PLURAL_NOUN_AFTER_DAY.test(nw.lower) || IRREGULAR_PLURALS.has(nw.lower)) && !ORDINAL_STOP_AFTER.has(nw.lower);
    if (!bare || !plural) return fig.end;
  }
  if (!bare) return undefined;
  // (times "at 10 am" are handled with the units)
  const w = nextWord(text, fig.end, end);
  if (w && (w.lower === 'in' || w.lower === 'out') && fig.decimals === 0) {
    let k = w.end;
    if (w.lower === 'out') {
      if (!text.startsWith(' of ', k)) return undefined;
      k += 3;
    }
    // "1 in 4", "7 out of 10": a share; other ratios are no figure
    const share = ratioShare(text, k, end);
    // ("13 out of 659": a share of no denominator one counts shares in is two counts, read as they come)
    if (share && w.lower === 'out' && !shareDenominator(share.den)) return undefined;
    if (share && fig.mantissa >= 1 && fig.mantissa < share.den) return emitFraction(s, fig.start, share.end, fig.mantissa, share.den, false);
    const r = ratioSecond(text, k, end);
    if (r !== undefined) return r;
  }
  // phone-like digit groups "020 7946 0000"
  if (fig.decimals === 0 && !fig.hasSep && fig.end + 4 <= end && isHSpace(text.charCodeAt(fig.end)) && isDigit(text.charCodeAt(fig.end + 1))) {
    let k = fig.end + 1;
    while (k < end && isDigit(text.charCodeAt(k))) k++;
    if (k - fig.end - 1 >= 3 && fig.intDigits >= 3 && kind !== 'year') return skipToken(text, k, end);
  }
  return undefined;
}
