// Currency conversions written beside a sum: "$6bn (£3.12bn)", "$10bn, or about £5.83bn", "3,000 euros, about £2,060",
// "3 trillion yen ($29bn)", "$4m is equal to about £2.31m". The second figure restates the first in another currency; a reader
// (and a checker) compares it with the source's own conversion of the same sum, not with whatever
// else the source says in that currency. Read from the text between the two figures only, so it
// is linear and the same for notes and sources.
import type { Figure } from '../types';

/** What may stand between a sum and its conversion: an opening bracket, ", or", or "(is) equal/equivalent to" (the conversion's own hedge is part of it); or a semicolon inside one bracket (BRACKETED_SECOND). */
const CONVERSION_GAP = /^\s*(?:\(|,?\s*or|,?\s*(?:(?:is|was|are|were)\s+)?(?:equal|equivalent)\s+to)\s*$/;
/** …and what closes a bracketed conversion: its bracket, or a semicolon before another currency's. */
const BRACKET_CLOSE = /^\s*[);]/;
/** A semicolon between two sums of one bracket ("($50.4m; £26m)")… */
const BRACKETED_SECOND = /^\s*;\s*$/;
/** …the first of which opens the bracket. */
const BRACKET_OPEN = /\(\s*$/;
/** …or a bare comma, when the conversion is hedged: "fined 3,000 euros, about £2,060". */
const HEDGED_GAP = /^\s*,\s*$/;
/** The longest gap read (characters): a few spaces, a bracket, ", or ", " is equivalent to ". */
const MAX_GAP = 20;

/** Is b the sum a restated in another currency, right after it in `text`? */
export function isConversion(text: string, a: Figure, b: Figure): boolean {
  if (a.kind !== 'currency' || b.kind !== 'currency' || !a.unit || !b.unit || a.unit === b.unit) return false;
  const from = a.end;
  const to = b.hedgeStart ?? b.start;
  if (to < from || to - from > MAX_GAP) return false;
  const gap = text.slice(from, to);
  // (two conversions of one sum in one bracket: "417m yuan ($50.4m; £26m)" — the pound sum restates the dollar one too)
  if (BRACKETED_SECOND.test(gap)) return BRACKET_OPEN.test(text.slice(Math.max(0, (a.hedgeStart ?? a.start) - MAX_GAP), a.hedgeStart ?? a.start)) && BRACKET_CLOSE.test(text.slice(b.end, b.end + MAX_GAP));
  if (b.hedgeStart !== undefined && HEDGED_GAP.test(gap)) return true;
  if (!CONVERSION_GAP.test(gap)) return false;
  return !gap.includes('(') || BRACKET_CLOSE.test(text.slice(b.end, b.end + MAX_GAP));
}

/**
 * The figure of `figures` (in text order) that restates `a` in the currency `unit`, right after it —
 * or after a conversion of it ("70m euros ($91m; £49m)": the pound sum restates the euros too).
 */
export function conversionOf(text: string, figures: readonly Figure[], a: Figure, unit: string, limit = figures.length): Figure | undefined {
  const n = Math.min(figures.length, limit);
  let last = a;
  for (let i = 0; i < n; i++) {
    const b = figures[i];
    if (b.start <= last.end || !isConversion(text, last, b)) continue;
    if (b.unit === unit) return b;
    last = b;
  }
  return undefined;
}
