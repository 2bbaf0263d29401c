// A currency left unsaid on the second figure of a comparison: "1.33bn rupees against 847.2m a
// year before", "fell from £3.1bn to 2.9bn", "$4.2m, compared with 3.9m". Writers name the
// currency once; the figure after it, a bare number with a scale, is in the same currency. Read as
// a plain count it could be compared with nothing, so a misquoted second figure passed unseen.
import type { Figure } from '../types';

/**
 * What may stand between the two figures: a word of comparison or of a change's ends, after an
 * optional comma ("up from", "down from", "compared with", "against", "versus", "to", "than").
 */
const JOINED = /^,?\s+(?:(?:up|down)\s+)?(?:against|versus|vs\.?|from|to|than|compared\s+(?:with|to))\s+$/i;

/**
 * Words that may follow the second figure: it ends there, or its period or the clause goes on. Any
 * other word may be what it counts ("$5bn to 3 million people"): left alone.
 */
const AFTER = new Set(['a', 'an', 'the', 'in', 'last', 'this', 'that', 'earlier', 'before', 'ago', 'previously', 'for', 'on', 'at', 'by', 'during', 'over', 'when', 'while', 'with', 'and', 'from', 'year', 'years']);

/** How far before the figure closing a bracket its opening is looked for: a bracket of conversions is short ("(£53m; $100m)"). */
const BRACKET_REACH = 80;

/** The smallest scale a bare second figure must carry ("847.2m", "2.9bn", "3.9 million"): a plain number may count anything. */
const MIN_SCALE = 1e6;

/** Figures with a currency their comparison left unsaid given it (in place; the same array). */
export function inheritCurrency(text: string, figures: Figure[]): Figure[] {
  for (let i = 1; i < figures.length; i++) {
    const f = figures[i];
    if (f.kind !== 'count' || f.unit !== undefined || f.scale < MIN_SCALE || f.words || f.high !== undefined) continue;
    const from = f.hedgeStart ?? f.start;
    const [g, gEnd] = beforeBracket(text, figures, i, from);
    if (g.kind !== 'currency' || g.unit === undefined) continue;
    if (from <= gEnd || from - gEnd > 20 || !JOINED.test(text.slice(gEnd, from))) continue;
    const next = /^\s*([A-Za-z]+)/.exec(text.slice(f.end, f.end + 24));
    if (next && !AFTER.has(next[1].toLowerCase())) continue;
    f.kind = 'currency';
    f.unit = g.unit;
  }
  return figures;
}

/**
 * The figure the i-th one's comparison starts from, and where the words between begin: the figure
 * right before it, or — when that one closes a bracket of conversions ("77m euros (£53m; $100m), up
 * from 38m") — the figure right before the bracket, the words counted from the bracket's end.
 */
function beforeBracket(text: string, figures: readonly Figure[], i: number, from: number): [Figure, number] {
  const g = figures[i - 1];
  const close = /^\s*\)/.exec(text.slice(g.end, Math.min(from, g.end + 4)));
  if (!close) return [g, g.end];
  // (the bracket's opening within BRACKET_REACH characters: a scan back as far as the text goes
  // would make a text of many closing brackets quadratic)
  let open = g.start;
  const stop = Math.max(0, g.start - BRACKET_REACH);
  while (open >= stop && text.charCodeAt(open) !== 40) open--;
  if (open < stop || text.indexOf(')', open) < g.end) return [g, g.end];
  let j = i - 1;
  while (j >= 0 && figures[j].start > open) j--;
  if (j < 0 || !/^\s?$/.test(text.slice(figures[j].end, open))) return [g, g.end];
  return [figures[j], g.end + close[0].length];
}
