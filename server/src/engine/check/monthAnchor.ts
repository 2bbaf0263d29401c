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
  // (figures are in text order: only those within reach of `at` are read — a passage of thousands
  // of figures costs a search and the few around it)
  let lo = 0;
  let hi = figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figures[mid].start < at.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && at.start - figures[i].end <= V.dateAnchorReach; i--) {
    const g = figures[i];
    if (g !== at && !isDateKind(g.kind) && g.end <= at.start) return g;
  }
  for (let i = lo; i < figures.length && figures[i].start - at.end <= V.dateAnchorReach; i++) {
    const g = figures[i];
    if (g !== at && !isDateKind(g.kind) && g.start >= at.end) return g;
  }
  return undefined;
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
