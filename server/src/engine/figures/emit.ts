// Turning what was read into a Figure: its value, unit and hedge, added to the scan's list.

import type { Figure, FigureKind } from '../types';
import { hedge } from './hedges';
import { scaled } from './numerals';
import type { Numeral, Scan } from './scan';

/** Emit a figure written with digits; returns where scanning resumes. */
export function emitNumeral(s: Scan, fig: Numeral, kind: FigureKind, high?: number): number {
  const f: Figure = {
    start: fig.start, end: fig.end, text: s.text.slice(fig.start, fig.end), value: scaled(fig.mantissa, fig.decimals, fig.scale), kind,
    scale: fig.scale, decimals: fig.decimals,
  };
  if (high === undefined) high = fig.high;
  if (high !== undefined) f.high = high === Math.round(high) ? high : Number(high.toPrecision(12));
  if (fig.fiscal) f.fiscal = true;
  const unit = kind === 'currency' ? fig.currency : fig.unit;
  if (unit) f.unit = unit;
  hedge(s, f);
  if (!f.hedge && fig.postHedge) {
    f.hedge = fig.postHedge[0];
    f.hedgeStart = fig.postHedge[1];
    f.hedgeText = s.text.slice(fig.postHedge[1], fig.postHedge[2]);
  }
  s.push(f);
  return fig.end;
}

/**
 * Emit a share written as a fraction, text[start, end): "two-thirds" (2/3), "one in ten" (1/10),
 * "1 in 4". Kind percent, value the percentage to two decimals, marked fraction (approximate).
 */
export function emitFraction(s: Scan, start: number, end: number, num: number, den: number, words: boolean): number {
  const f: Figure = {
    start, end, text: s.text.slice(start, end), value: Number(((100 * num) / den).toFixed(2)), kind: 'percent',
    unit: 'percent', scale: 1, decimals: 0, fraction: true,
  };
  if (words) f.words = true;
  hedge(s, f);
  s.push(f);
  return end;
}

/** Emit a figure written in words, text[start, end); returns end. */
export function emitWords(
  s: Scan, start: number, end: number, value: number, high: number | undefined, kind: FigureKind,
  unit: string | undefined, scale: number, vague?: boolean, decimals = 0,
): number {
  const f: Figure = {
    start, end, text: s.text.slice(start, end), value, kind, scale, decimals, words: true,
  };
  if (high !== undefined) f.high = high;
  if (unit) f.unit = unit;
  if (vague) f.vague = true;
  hedge(s, f);
  s.push(f);
  return end;
}
