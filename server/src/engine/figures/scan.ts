// The state one extraction shares across its steps: the text, the bounds being scanned, the
// figures found so far, and where the last name ended. Every step module takes a Scan; nothing
// else is kept between calls.

import type { Figure, FigureKind, Hedge } from '../types';

export class Scan {
  readonly figures: Figure[] = [];
  /** End of the last token recognised as a name part / identifier (for "Llama 3 70B"-style chains). */
  lastNameEnd = -10;
  constructor(readonly text: string, readonly lo: number, readonly end: number) {}

  /** Keep a figure when it lies inside the bounds (context before `lo` may be read, never reported). */
  push(f: Figure): void {
    if (f.start >= this.lo && f.end <= this.end) this.figures.push(f);
  }
}

/** A number written with digits, as read so far (before it becomes a Figure). */
export interface Numeral {
  start: number; // first char (currency prefix or sign included)
  numStart: number; // first digit
  end: number;
  mantissa: number; // signed
  decimals: number;
  scale: number;
  intDigits: number;
  hasSep: boolean;
  currency?: string;
  prefixCurrency: boolean;
  kind?: FigureKind;
  unit?: string;
  /** Has its own unit/scale suffix (%, m, bn, million, months …). */
  suffixed: boolean;
  /** A hedge written after the number: "80-odd" → ['approx', start, end]. */
  postHedge?: [Hedge, number, number];
  /** High end read with the unit itself: a decade ("1960s" → 1969), a fiscal year ("2003/04" → 2004). */
  high?: number;
  /** A fiscal or season year ("2003/04", "2003-04"). */
  fiscal?: boolean;
}
