// Times written on a clock's face: a race time "1:47.97" (minutes, seconds and hundredths) or
// "2:08:30" (hours, minutes, seconds) is a duration in seconds, and so is "31:41" (no clock shows
// 31). A bare "10:30" is left alone: a time of day, a ratio or a score as often as a duration.
import { isAlnum } from './chars';
import { hedge } from './hedges';
import type { Scan } from './scan';
import type { Figure } from '../types';
import { table } from './tables';

/** minutes:seconds(.fraction) or hours:minutes:seconds(.fraction), seconds and minutes below 60. */
const CLOCK = /^(\d{1,2}):([0-5]\d)(?::([0-5]\d))?(?:\.(\d{1,3}))?/;

/** "31:41" can be no time of day (nor, at this size, a ratio read as one): minutes and seconds. */
const MINUTES_NO_CLOCK_SHOWS = 25;

/** The clock time at p, pushed as a figure; where scanning resumes, or undefined when there is none. */
export function clockDuration(s: Scan, p: number): number | undefined {
  const text = s.text;
  // (a colon one or two digits in, else no clock: most digits are turned away here, cheaply)
  if (text.charCodeAt(p + 1) !== 58 && text.charCodeAt(p + 2) !== 58) return undefined;
  if (p > 0 && (isAlnum(text.charCodeAt(p - 1)) || text.charCodeAt(p - 1) === 58 /* : */)) return undefined;
  const m = CLOCK.exec(text.slice(p, Math.min(s.end, p + 16)));
  if (!m) return undefined;
  const [whole, a, b, c, frac] = m;
  // a duration needs three parts, a fraction of a second, or minutes no clock shows ("in 31:41"):
  // "10:30" alone may be a time of day
  // (nor a split that sums to a hundred: "a 60:40 split", "a 50:50 chance")
  if (c === undefined && frac === undefined && (Number(a) < MINUTES_NO_CLOCK_SHOWS || Number(a) + Number(b) === 100)) return undefined;
  const end = p + whole.length;
  const after = end < s.end ? text.charCodeAt(end) : -1;
  if (after >= 0 && (isAlnum(after) || after === 58 || (after === 46 && end + 1 < s.end && isAlnum(text.charCodeAt(end + 1))))) return undefined;
  const parts = c === undefined ? [0, Number(a), Number(b)] : [Number(a), Number(b), Number(c)];
  const seconds = parts[0] * 3600 + parts[1] * 60 + parts[2] + (frac ? Number(`0.${frac}`) : 0);
  const f: Figure = { start: p, end, text: whole, value: Math.round(seconds * 1000) / 1000, kind: 'duration', unit: 'second', scale: 1, decimals: frac?.length ?? 0, clock: true };
  hedge(s, f);
  s.push(f);
  return end;
}

/** What may stand between the minutes and the seconds of one time: "two minutes, 35.39 seconds", "one minute and 53 seconds". */
const JOINER = /^(?:,? (?:and )?| )$/;
/** The seconds word after a plain number that closes such a time. */
const SECONDS_WORD = /^ ?(?:seconds|second|secs|sec)\b/i;

/** Seconds in each larger unit a time is written in before its smaller parts. */
const UNIT_SECONDS: Readonly<Record<string, number>> = table({ minute: 60, hour: 3600 });

/**
 * "one minute 53 seconds", "two hours 18 minutes 15 seconds": hours, minutes and a number of seconds
 * written in a row are one time (in seconds once seconds are named, else in minutes) — the figure a
 * race time "1:53" or "2:18:15" is checked against. Linear in the figures.
 */
export function joinMinutesAndSeconds(text: string, figures: Figure[]): Figure[] {
  let out: Figure[] | undefined;
  for (let i = 0; i < figures.length; i++) {
    const b = figures[i];
    const a = out ? out[out.length - 1] : figures[i - 1];
    // (only a duration in hours or minutes opens a time in parts: the slice and test are for those)
    const per = a && a.kind === 'duration' && a.unit ? UNIT_SECONDS[a.unit] : undefined;
    const joined = per && JOINER.test(text.slice(a.end, b.start)) ? join(text, a, b, per) : undefined;
    if (joined) {
      out ??= figures.slice(0, i);
      out[out.length - 1] = joined;
    } else out?.push(b);
  }
  return out ?? figures;
}

/** a (a duration of `per` seconds a unit) and b as one time, when b is the next smaller part of a ("two hours" + "18 minutes", "18 minutes" + "15 seconds"). */
function join(text: string, a: Figure, b: Figure, per: number): Figure | undefined {
  if (a.high !== undefined || b.high !== undefined || b.hedge || a.clock) return undefined;
  let value: number;
  let unit: string;
  let end = b.end;
  if (a.unit === 'hour' && b.kind === 'duration' && b.unit === 'minute') {
    value = a.value * 60 + b.value;
    unit = 'minute';
  } else {
    const secs = (b.kind === 'number' || b.kind === 'count') && !b.unit && b.scale === 1 ? SECONDS_WORD.exec(text.slice(b.end, b.end + 9)) : null;
    if (!secs) return undefined;
    end = b.end + secs[0].length;
    value = a.value * per + b.value;
    unit = 'second';
  }
  const f: Figure = { ...a, end, text: text.slice(a.start, end), value: Math.round(value * 1000) / 1000, unit, decimals: b.decimals, joined: true };
  if (!(a.words && b.words)) delete f.words;
  return f;
}
