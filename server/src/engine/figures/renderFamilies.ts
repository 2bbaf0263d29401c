// Rendering the figure families that are not amounts, in the note's own format: a rank ("19th",
// "sixth", "number one"), a score ("2-1"), a date ("27 February", "May 1st"), a decade ("1960s",
// "the '90s"), a fiscal year ("2003/04"), a share written as a fraction ("two-thirds", "a quarter",
// "one in ten"). Measures render as digits with their unit (render.ts), converted within a family.

import type { Figure } from '../types';
import { MONTH_NAMES, ORDINAL_WORDS } from './familyTables';
import { measureBase } from './measures';
import { ordinalSuffix } from './ranks';
import { SMALL, TENS } from './tables';

/** Ordinal words by value: 6 → "sixth" (frozen once built). */
const ORDINAL_BY_VALUE: readonly string[] = Object.freeze(byValue(Object.entries(ORDINAL_WORDS)));
/** Number words by value: 6 → "six", 20 → "twenty". */
const SMALL_BY_VALUE: readonly string[] = Object.freeze(byValue([...Object.entries(SMALL), ...Object.entries(TENS)]));

function byValue(entries: [string, number][]): string[] {
  const out: string[] = [];
  for (const [w, v] of entries) out[v] = w;
  return out;
}

/** The ordinal word for 1–100 ("sixth", "twenty-first"), or undefined. */
function ordinalWordOf(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 100) return undefined;
  if (ORDINAL_BY_VALUE[n]) return ORDINAL_BY_VALUE[n];
  const t = Math.floor(n / 10) * 10;
  return SMALL_BY_VALUE[t] && ORDINAL_BY_VALUE[n - t] ? `${SMALL_BY_VALUE[t]}-${ORDINAL_BY_VALUE[n - t]}` : undefined;
}

/** "two" for 2, "twenty-five" for 25 (1–99), or undefined. */
function cardinalWordOf(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 99) return undefined;
  if (SMALL_BY_VALUE[n]) return SMALL_BY_VALUE[n];
  const t = Math.floor(n / 10) * 10;
  return `${SMALL_BY_VALUE[t]}-${SMALL_BY_VALUE[n - t]}`;
}

function capitalLike(word: string, like: string): string {
  const c = like.charCodeAt(0);
  return c >= 65 && c <= 90 ? word[0].toUpperCase() + word.slice(1) : word;
}

/** Digits with their ordinal suffix, grouped like the note's ("2,838th"). */
function ordinalDigits(n: number, grouped: boolean): string {
  const body = grouped ? n.toLocaleString('en-US', { maximumFractionDigits: 0 }) : String(n);
  return body + ordinalSuffix(n);
}

/** A rank written the way the note writes its own: "19th", "sixth", "number one", "number 8". */
export function formatOrdinal(value: number, like: Figure): string {
  const t = like.text;
  if (/^number /i.test(t)) {
    const w = like.words ? cardinalWordOf(value) : undefined;
    return t.slice(0, 7) + (w ?? String(value));
  }
  if (like.words) {
    const w = ordinalWordOf(value);
    if (w) return capitalLike(w, t);
  }
  return ordinalDigits(value, t.includes(','));
}

/** A score with the note's joiner: "3-1", "3–1", "3 - 1". */
export function formatScore(value: number, high: number | undefined, like: Figure): string {
  const m = /^\d+(\s*[-–/]\s*)\d+$/.exec(like.text);
  return `${value}${m ? m[1] : '-'}${high ?? ''}`;
}

/** A time of day in the note's form: "8am", "10.30 pm", "6 p.m.", "1830 GMT" (value minutes after midnight). */
export function formatTime(value: number, like: Figure): string {
  const h = Math.floor(value / 60);
  const m = value % 60;
  const two = (x: number) => String(x).padStart(2, '0');
  if (like.unit !== 'am' && like.unit !== 'pm') return `${two(h)}${two(m)}${like.text.replace(/^\d+/, '')}`;
  const dotted = /p\.m\.|a\.m\./i.test(like.text);
  const mark = h >= 12 ? (dotted ? 'p.m.' : 'pm') : dotted ? 'a.m.' : 'am';
  const space = /\d\s+[ap]/i.test(like.text) ? ' ' : '';
  return `${((h + 11) % 12) + 1}${m ? '.' + two(m) : ''}${space}${mark}`;
}

/** A quarter of the year in words ("fourth quarter", or "third-quarter" when `like` is written so), by its number. */
export function quarterWords(q: number, like?: Figure): string {
  return `${ORDINAL_BY_VALUE[q] ?? ''}${like?.text.includes('-') ? '-' : ' '}quarter`;
}

/** The quarter a date spanning its three months is, by its first month's date (700 → 3). */
function quarterOfDate(value: number): number {
  return Math.floor((Math.floor(value / 100) - 1) / 3) + 1;
}

/** A date in the note's order and form: "27 February", "February 27", "1st of May", "May 1st", "27 Feb". */
export function formatDate(value: number, like: Figure): string {
  const day = value % 100;
  const month = MONTH_NAMES[Math.floor(value / 100)] ?? '';
  const t = like.text;
  // (a month or a quarter named alone, "in October", "the third quarter": day 0 — a day the source gives is said with it)
  if (like.value % 100 === 0 && like.high !== undefined && day === 0) return quarterWords(quarterOfDate(value), like);
  if (like.value % 100 === 0) return day === 0 ? month : `${day} ${month}`;
  const short = /^[A-Za-z]{3,4}\.?\s|\s[A-Za-z]{3,4}\.?$/.test(t) && !/\b(?:May|June|July)\b/.test(t);
  const name = short ? (t.includes('Sept') ? 'Sept' : month.slice(0, 3)) : month;
  const d = /\d(?:st|nd|rd|th)/.test(t) ? day + ordinalSuffix(day) : String(day);
  if (/^\d/.test(t)) return t.includes(' of ') ? `${d} of ${name}` : `${d} ${name}`;
  return `${name} ${d}`;
}

/** A decade in the note's form: "1970s", "1970's", "'70s". */
export function formatDecade(value: number, like: Figure): string {
  const t = like.text;
  const apo = t[0] === "'" || t[0] === '’' ? t[0] : '';
  if (apo) return `${apo}${String(value % 100).padStart(2, '0')}s`;
  return t.includes("'") || t.includes('’') ? `${value}${t.includes('’') ? '’' : "'"}s` : `${value}s`;
}

/** Is this year figure a decade ("1960s", "the '90s"), or a century written as one ("the 1800s")? */
export function isDecadeFigure(f: Figure): boolean {
  return f.kind === 'year' && (f.high === f.value + 9 || f.high === f.value + 99) && /s$/.test(f.text);
}

/**
 * Fractions a writer names rather than writing the percentage: halves, thirds and quarters, and
 * one fifth to one tenth ("40%" stays "40%", not "two fifths").
 */
const NAMED_FRACTIONS: readonly (readonly [number, number])[] = [[1, 2], [1, 3], [2, 3], [1, 4], [3, 4], [1, 5], [1, 6], [1, 7], [1, 8], [1, 9], [1, 10]];

/** How near a percentage is to a named fraction to be written as it (66.67% is two-thirds; 66.7% is not). */
export const NAMED_FRACTION_SLACK = 0.01;

/** A percentage with every decimal it has (up to six: 12.345 → "12.345%", never rounded to "12.35%"). */
function percentDigits(value: number): string {
  return String(Number(value.toFixed(6)));
}

/**
 * A share in the note's fraction style when the value is a named fraction ("two-thirds", "a
 * quarter", "one in ten"), else as a percentage ("40%", "12.345%"); a range as percentages ("60–70%":
 * no fraction names one).
 */
export function formatFraction(value: number, high: number | undefined, like: Figure): string {
  if (high !== undefined) return `${percentDigits(value)}–${percentDigits(high)}%`;
  const f = NAMED_FRACTIONS.find(([k, d]) => Math.abs((100 * k) / d - value) < NAMED_FRACTION_SLACK);
  const t = like.text;
  if (!f) return `${percentDigits(value)}%`;
  const [k, d] = f;
  if (/\b(?:in|out of)\b/.test(t)) {
    const ratio = / out of /.test(t) ? 'out of' : 'in';
    return capitalLike(`${cardinalWordOf(k)} ${ratio} ${cardinalWordOf(d)}`, t);
  }
  if (d === 2) return capitalLike('half', t);
  const ord = d === 4 ? 'quarter' : ORDINAL_BY_VALUE[d];
  if (k === 1) return capitalLike(/^(?:one|One)\b/.test(t) ? `one ${ord}` : `a ${ord}`, t);
  return capitalLike(`${cardinalWordOf(k)}${t.includes('-') ? '-' : ' '}${ord}s`, t);
}

/** A measure's value converted into the unit of `like` when both are of one family (512kbps → 0.512Mbps). */
export function convertMeasure(value: number, from: string | undefined, to: string | undefined): number {
  const a = measureBase(from);
  const b = measureBase(to);
  if (!a || !b || a[0] !== b[0] || a[1] === b[1]) return value;
  return Number(((value * a[1]) / b[1]).toPrecision(10));
}

/** Short human forms for messages: "19th", "2-1", "27 February", "1960s", "2003/04", "two-thirds (66.67%)", "9.2Mbps". */
export function describeFamily(f: Figure): string | undefined {
  switch (f.kind) {
    case 'ordinal':
      return ordinalDigits(f.value, f.value >= 10000);
    case 'score':
      return `${f.value}-${f.high ?? ''}`;
    case 'odds':
      return `${f.value}/${f.high ?? ''}`;
    case 'time':
      return formatTime(f.value, f);
    case 'date':
      if (f.value % 100 === 0 && f.high !== undefined) return quarterWords(quarterOfDate(f.value));
      return f.value % 100 === 0 ? MONTH_NAMES[Math.floor(f.value / 100)] ?? '' : `${f.value % 100} ${MONTH_NAMES[Math.floor(f.value / 100)] ?? ''}`;
    case 'measure':
      return `${Number(f.value.toPrecision(12))}${f.unit ?? ''}`;
    case 'year':
      if (isDecadeFigure(f)) return `${f.value}s`;
      if (f.fiscal && f.high !== undefined) return `${f.value}/${String(f.high).slice(2)}`;
      return undefined;
    case 'percent':
      return f.fraction ? `${f.text} (${Number(f.value.toFixed(2))}%)` : undefined;
    default:
      return undefined;
  }
}
