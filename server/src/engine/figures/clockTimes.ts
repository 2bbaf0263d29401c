// A time of day: "8am", "10.30pm", "6 p.m.", "1830 GMT" — kind 'time', value the minutes after
// midnight, compared exactly (agree.ts). Before session 50 such numbers were skipped as no figure;
// a time a story gives for a vote, a deadline or a broadcast is a figure a note can misquote.

import type { Numeral, Scan } from './scan';
import { withUnit } from './suffixKinds';

/** Minutes in an hour, hours in a day and on a 12-hour clock face. */
const MINUTES = 60;
const DAY_HOURS = 24;
const CLOCK_HOURS = 12;

/**
 * The numeral `n` as a time of day ending at `end`: `mark` 'am' or 'pm' after an hour of the
 * 12-hour clock, its minutes as two decimals ("10.30pm"); 'zone' after four digits of the 24-hour
 * clock ("1830 GMT", "0800 BST"). Undefined when the digits are no such time.
 */
export function clockTime(s: Scan, n: Numeral, mark: 'am' | 'pm' | 'zone', end: number): number | undefined {
  if (n.currency || n.hasSep || n.scale !== 1 || n.mantissa < 0 || n.start !== n.numStart) return undefined;
  let hour: number;
  let minute: number;
  if (mark === 'zone') {
    if (n.decimals !== 0 || (n.intDigits !== 4 && n.intDigits !== 3)) return undefined;
    hour = Math.floor(n.mantissa / 100);
    minute = n.mantissa % 100;
    if (hour > DAY_HOURS || (hour === DAY_HOURS && minute > 0)) return undefined;
  } else {
    if (n.decimals !== 0 && n.decimals !== 2) return undefined;
    // (the numeral's mantissa is the number as written: 8.3 with two decimals for "8.30")
    hour = Math.floor(n.mantissa);
    minute = Math.round((n.mantissa - hour) * 100);
    if (hour < 1 || hour > CLOCK_HOURS) return undefined;
    hour = (hour % CLOCK_HOURS) + (mark === 'pm' ? CLOCK_HOURS : 0);
  }
  if (minute >= MINUTES) return undefined;
  n.mantissa = hour * MINUTES + minute;
  n.decimals = 0;
  return withUnit(s, n, 'time', mark === 'zone' ? undefined : mark, end);
}
