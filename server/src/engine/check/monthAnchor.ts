// A month named alone that dates a value of its sentence ("the index rose to 52.7 in December",
// "cost £180,226 in November, a shade below …"): it says when that value held, so the source's
// month is comparable only where it dates the same value. A month the source gives another
// value ("rose to 58.6 last month from 57.8 in November", "fell to £180,226, from £180,444 in
// October") is the other value's date, no word on the note's.

import { isDateKind } from '../figures';
import type { Figure } from '../types';
import { VERDICT_POLICY as V } from './policy';

/**
 * The value a date at `at` dates among `figures` (in text order): the nearest one before it that
 * dates nothing itself, within V.dateAnchorReach characters, else the nearest such after it.
 */
export function datedValue(figures: readonly Figure[], at: Figure): Figure | undefined {
  let before: Figure | undefined;
  let after: Figure | undefined;
  for (const g of figures) {
    if (g === at || isDateKind(g.kind)) continue;
    if (g.end <= at.start && at.start - g.end <= V.dateAnchorReach) before = g;
    else if (g.start >= at.end && g.start - at.end <= V.dateAnchorReach && after === undefined) after = g;
  }
  return before ?? after;
}

/**
 * Does the note's month `f` date a value (among its sentence's `siblings`) that the source's
 * month `c` does not: no value beside the source's month, or one that disagrees with the note's?
 */
export function monthDatesOther(f: Figure, siblings: readonly Figure[], c: Figure, passageFigures: readonly Figure[], agree: (a: Figure, b: Figure) => boolean): boolean {
  const mine = datedValue([...siblings, f].sort((a, b) => a.start - b.start), f);
  if (!mine) return false;
  const theirs = datedValue(passageFigures, c);
  return !theirs || !agree(mine, theirs);
}
