// Rendering figures for messages and quick fixes: a source's value written the way the note
// writes its figure (formatLike, formatFigureLike: same currency sign, separators, decimals,
// scale word or suffix, words or digits), and a short human form (describeFigure).

import type { Figure } from '../types';
import {
  convertMeasure, describeFamily, formatDate, formatDecade, formatFraction, formatOrdinal, formatScore, isDecadeFigure,
} from './renderFamilies';
import { COUNTED_WORDS, DURATION_DAYS, SCALE_WORDS, SMALL, TENS, table } from './tables';

const CURRENCY_PREFIX: Readonly<Record<string, string>> = table({
  USD: '$', GBP: '£', EUR: '€', JPY: '¥', AUD: 'A$', CAD: 'C$', HKD: 'HK$', NZD: 'NZ$', SGD: 'S$',
});
/** Scale words, largest first: [[1e12, 'trillion'], … [1e3, 'thousand']]. */
const SCALE_NAMES: [number, string][] = Object.entries(SCALE_WORDS).map(([w, v]): [number, string] => [v, w]).reverse();
/** Duration units, singular and plural: month → ['month', 'months']. */
const UNIT_NAMES: Readonly<Record<string, [string, string]>> = table(Object.fromEntries(Object.keys(DURATION_DAYS).map((u) => [u, [u, u + 's']])));
/** The other words after a number that agree with it, singular and plural: "one dollar", "1 percentage point". */
const COUNTED_NAMES: readonly [string, string][] = COUNTED_WORDS.map((w) => [w, w + 's']);
const SUFFIX_FAMILIES: Record<string, [number, string][]> = {
  lower: [[1e12, 'tn'], [1e9, 'bn'], [1e6, 'm'], [1e3, 'k']],
  upper: [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']],
};
const WORD_ONES = ['', ...Object.keys(SMALL)];
const WORD_TENS = ['', '', ...Object.keys(TENS)];

/** Write `value` (and `high` for a range) the way `like` is written. For durations `value` is in like's unit. */
export function formatLike(value: number, high: number | undefined, like: Figure): string {
  if (like.kind === 'quarter') {
    const y = Math.floor(value + 1e-9);
    const q = Math.round((value - y) * 4) + 1;
    return like.text.replace(/\d+(\s*|-)\d{4}/, `${q}$1${y}`);
  }
  if (like.kind === 'year') return isDecadeFigure(like) ? formatDecade(value, like) : formatYear(value, high, like);
  if (like.kind === 'ordinal') return formatOrdinal(value, like);
  if (like.kind === 'score' || like.kind === 'odds') return formatScore(value, high, like);
  if (like.kind === 'date') return formatDate(value, like);
  if (like.clock && high === undefined) return formatClock(value, like);
  if (like.joined && high === undefined) return formatJoined(value, like);
  if (like.fraction && high === undefined) return formatFraction(value, like);
  if (like.kind === 'multiplier' && like.words) return formatMultiplierWords(value, like);
  if (like.vague) return describeNumber(value, like) + (high !== undefined ? '–' + describeNumber(high, like) : '');
  if (like.words) return formatWords(value, high, like);
  return formatDigits(value, high, like);
}

/** Seconds written on a clock's face as `like` is ("1:47.97", "2:08:30"), to its decimals (at least the value's own). */
function formatClock(seconds: number, like: Figure): string {
  const hours = like.text.split(':').length > 2;
  const whole = Math.floor(seconds + 1e-9);
  const frac = seconds - whole;
  const decimals = Math.max(like.decimals, frac > 1e-9 ? Math.min(3, String(Number(frac.toFixed(3))).length - 2) : 0);
  const sec = (whole % 60) + frac;
  const two = (n: number) => String(n).padStart(2, '0');
  const secText = decimals ? sec.toFixed(decimals).padStart(decimals + 3, '0') : two(whole % 60);
  const mins = Math.floor(whole / 60);
  return hours ? `${Math.floor(mins / 60)}:${two(mins % 60)}:${secText}` : `${mins}:${secText}`;
}

/** A number of a time written in parts: digits, or a word from SMALL ("one minute 53 secs"). */
const TIME_PART = /\d+(?:\.\d+)?|[A-Za-z]+/g;
/** Unit words of a time's parts, singular and plural. */
const PART_UNITS: Readonly<Record<string, [string, string]>> = table({
  hour: ['hour', 'hours'], hours: ['hour', 'hours'], hr: ['hr', 'hrs'], hrs: ['hr', 'hrs'],
  minute: ['minute', 'minutes'], minutes: ['minute', 'minutes'], min: ['min', 'mins'], mins: ['min', 'mins'],
  second: ['second', 'seconds'], seconds: ['second', 'seconds'], sec: ['sec', 'secs'], secs: ['sec', 'secs'],
});

/**
 * A time written in parts as `like` is ("one minute 53 secs" → "one minute 47.97 secs"): each part
 * rewritten in place, a number word kept a word when the new part is a small whole number, each
 * unit word singular or plural as its new number asks.
 */
function formatJoined(value: number, like: Figure): string {
  const numbers: { at: number; len: number; word: boolean }[] = [];
  for (const m of like.text.matchAll(TIME_PART)) {
    const word = !/^\d/.test(m[0]);
    if (!word || SMALL[m[0].toLowerCase()] !== undefined) numbers.push({ at: m.index!, len: m[0].length, word });
  }
  // the parts, largest first: two for minutes and seconds (or hours and minutes), three for all
  // (in the last part's unit: seconds for "1 minute 53 secs", minutes for "2 hours 18 minutes")
  const sizes = numbers.length === 3 ? [3600, 60, 1] : [60, 1];
  if (numbers.length !== sizes.length) return formatDigits(value, undefined, like);
  // (to the note's decimals, or the value's own when it has more: a fix never rounds the source away)
  const frac = value - Math.floor(value + 1e-9);
  const decimals = Math.max(like.decimals, frac > 1e-9 ? Math.min(3, String(Number(frac.toFixed(3))).length - 2) : 0);
  let rest = value;
  const parts = sizes.map((size, i) => {
    if (i === sizes.length - 1) return Number(rest.toFixed(decimals));
    const whole = Math.floor((rest + 1e-9) / size);
    rest -= whole * size;
    return whole;
  });
  let out = '';
  let from = 0;
  numbers.forEach((n, i) => {
    const v = parts[i];
    const written = n.word && Number.isInteger(v) && v > 0 && v < WORD_ONES.length ? WORD_ONES[v] : i === parts.length - 1 && decimals ? v.toFixed(decimals) : String(v);
    out += like.text.slice(from, n.at) + written;
    from = n.at + n.len;
    // the unit word after it, singular for one
    const after = /^(\s*)([A-Za-z]+)/.exec(like.text.slice(from));
    const unit = after ? PART_UNITS[after[2].toLowerCase()] : undefined;
    if (after && unit) {
      out += after[1] + (v === 1 ? unit[0] : unit[1]);
      from += after[0].length;
    }
  });
  return out + like.text.slice(from);
}

/** formatLike with unit conversion: write the source figure's quantity in the note figure's style. */
export function formatFigureLike(source: Figure, like: Figure): string {
  if (source.kind === 'duration' && like.kind === 'duration' && source.unit && like.unit && source.unit !== like.unit) {
    const f = (DURATION_DAYS[source.unit] ?? 1) / (DURATION_DAYS[like.unit] ?? 1);
    const conv = (v: number) => Number((v * f).toPrecision(10));
    return formatLike(conv(source.value), source.high !== undefined ? conv(source.high) : undefined, like);
  }
  if (source.kind === 'measure' && like.kind === 'measure') {
    const conv = (v: number) => convertMeasure(v, source.unit, like.unit);
    return formatLike(conv(source.value), source.high !== undefined ? conv(source.high) : undefined, like);
  }
  return formatLike(source.value, source.high, like);
}

/** "2024"; a range keeps the note's form: "2019-20", "2019 to 2020". */
function formatYear(value: number, high: number | undefined, like: Figure): string {
  const y = String(Math.round(value));
  if (high === undefined) return y;
  const m = /^(\d{4})(\s*[-–/]\s*|\s+to\s+)(\d+)$/.exec(like.text);
  const h = String(Math.round(high));
  if (m) return y + m[2] + (m[3].length === 2 ? h.slice(2) : h);
  return `${y}–${h}`;
}

/** "twice", "doubled", "three times", "half". */
function formatMultiplierWords(value: number, like: Figure): string {
  const lw = like.text.toLowerCase();
  if (value === 0.5) return 'half';
  if (value === 2) return lw.startsWith('twice') ? 'twice' : lw.startsWith('doubl') ? like.text : 'double';
  if (value === 3 && /^tr/.test(lw)) return like.text;
  const w = toWords(value);
  return w ? `${w} times` : `${renderMantissa(value, 0, '')}x`;
}

/** Words for the mantissa when it is a whole number below 1000: "two million dollars", "three to five years". */
function formatWords(value: number, high: number | undefined, like: Figure): string {
  const scale = like.scale > 1 ? pickWordScale(value, like.scale) : 1;
  const scaleWord = scale > 1 ? ' ' + SCALE_NAMES.find(([s]) => s === scale)![1] : '';
  const tail = wordTail(like);
  const one = (x: number) => {
    const mm = x / scale;
    const w = toWords(Math.round(mm * 1e9) / 1e9);
    if (w) return w;
    return renderMantissa(mm, exactDecimals(mm, 0), ',');
  };
  if (high !== undefined) {
    const unitTail = tail ? ' ' + pluralise(tail, high) : '';
    return `${one(value)} to ${one(high)}${scaleWord}${unitTail}`;
  }
  const unitTail = tail ? ' ' + pluralise(tail, value) : '';
  return `${one(value)}${scaleWord}${unitTail}`;
}

/** Digits in the note's style: "$14.3bn", "350,000", "12–18 months", "+2.5%". */
function formatDigits(value: number, high: number | undefined, like: Figure): string {
  const st = styleOf(like);
  if (!st) return describeFigure({ ...like, value, high });
  // one scale for both ends of a range, chosen from the high end
  const { scale: sc, token: tok } = pickScale(high ?? value, st);
  const sep = st.sep || ',';
  const render = (x: number): string => {
    const m = x / sc;
    const keep = Math.abs(Number(m.toFixed(st.decimals)) - m) <= Math.abs(m) * 1e-10 + 1e-12;
    const d = keep ? st.decimals : exactDecimals(m, 0);
    const s = renderMantissa(m, d, Math.abs(m) >= 1000 ? sep : '');
    return st.sign && x > 0 ? '+' + s : s;
  };
  let tail = st.tail;
  if (like.kind === 'duration' && like.unit && UNIT_NAMES[like.unit]) tail = durationTail(tail, like, (high ?? value) !== 1);
  else tail = countedTail(tail, (high ?? value) !== 1);
  // a range keeps its joiner as written ("-", " to ", "%-" when the suffix is repeated)
  if (high !== undefined) return st.prefix + render(value) + (st.rangeSep || '–') + render(high) + tok + tail;
  return st.prefix + render(value) + tok + tail;
}

/** The unit word after a duration, in the number the new value needs; "12-month" keeps its form. */
function durationTail(tail: string, like: Figure, plural: boolean): string {
  return tail.replace(/\b(year|month|week|day|hour|minute|decade)s?\b/i, (w) => {
    if (like.text.includes('-' + w)) return w;
    const names = UNIT_NAMES[like.unit!];
    const out = plural ? names[1] : names[0];
    return w[0] === w[0].toUpperCase() ? out[0].toUpperCase() + out.slice(1) : out;
  });
}

/** A currency or "percentage point(s)" after the number, in the number the new value needs: "1 percentage point". */
function countedTail(tail: string, plural: boolean): string {
  for (const [sing, plur] of COUNTED_NAMES) {
    if (tail === ' ' + sing || tail === ' ' + plur) return ' ' + (plural ? plur : sing);
  }
  return tail;
}

interface Style {
  prefix: string; // "$", "US$ ", "~"
  sign: boolean; // explicit '+'
  sep: string; // thousands separator as written ('' when none seen)
  decimals: number;
  scaleForm: 'word' | 'suffix' | 'none';
  scaleToken: string; // " billion", "bn", "m", "B"
  scaleValue: number;
  tail: string; // "%", " months", " dollars"
  rangeSep: string; // "-", " to ", " and "
}

/** How `like` is written with digits, or undefined when it has none. */
function styleOf(like: Figure): Style | undefined {
  const t = like.text;
  const numRe = /([+\-−]?)(\d{1,3}(?:, ?\d{3})+|\d+)(?:\.(\d+))?/g; // fresh per call: exec moves lastIndex
  const m1 = numRe.exec(t);
  if (!m1) return undefined;
  const sepMatch = /,( ?)/.exec(m1[2]);
  let afterNum = m1.index + m1[0].length;
  let rangeSep = '';
  // range: second number
  const m2 = numRe.exec(t);
  if (m2 && like.high !== undefined) {
    rangeSep = t.slice(afterNum, m2.index + m2[1].length); // a '-' before the high end is the joiner, not a sign
    afterNum = m2.index + m2[0].length;
  }
  let rest = t.slice(afterNum);
  let scaleForm: Style['scaleForm'] = 'none';
  let scaleToken = '';
  let scaleValue = 1;
  const sm = /^(\s?)(thousand|million|billion|trillion|bn|tn|trn|mn|m|k|K|B|T|M)(?![A-Za-z])/.exec(rest);
  if (sm && like.scale > 1) {
    scaleToken = sm[0];
    scaleValue = like.scale;
    scaleForm = sm[2].length > 2 ? 'word' : 'suffix';
    rest = rest.slice(sm[0].length);
  }
  return {
    prefix: t.slice(0, m1.index),
    sign: m1[1] === '+',
    sep: sepMatch ? ',' + sepMatch[1] : '',
    decimals: like.decimals,
    scaleForm,
    scaleToken,
    scaleValue,
    tail: rest,
    rangeSep,
  };
}

/** The scale and its token for `value` in the note's scale form: "bn" stays a suffix, "million" a word. */
function pickScale(value: number, st: Style): { scale: number; token: string } {
  if (st.scaleForm === 'none') return { scale: 1, token: '' };
  const abs = Math.abs(value);
  const m = abs / st.scaleValue;
  if (m >= 1 && m < 1000) return { scale: st.scaleValue, token: st.scaleToken };
  const space = st.scaleToken.startsWith(' ') ? ' ' : '';
  if (st.scaleForm === 'word') {
    for (const [s, name] of SCALE_NAMES) {
      if (abs >= s && s >= 1e6) return { scale: s, token: space + name };
    }
    if (abs >= 1e3 && st.scaleValue === 1e3) return { scale: 1e3, token: space + 'thousand' };
    return { scale: 1, token: '' };
  }
  const fam = /^[A-Z]$/.test(st.scaleToken.trim()) ? SUFFIX_FAMILIES.upper : SUFFIX_FAMILIES.lower;
  for (const [s, name] of fam) {
    if (abs >= s) return { scale: s, token: space + name };
  }
  return { scale: 1, token: '' };
}

function pickWordScale(value: number, likeScale: number): number {
  const abs = Math.abs(value);
  const m = abs / likeScale;
  if (m >= 1 && m < 1000) return likeScale;
  for (const [s] of SCALE_NAMES) if (abs >= s) return s;
  return 1;
}

/** The unit/currency/percent words after a words figure ("years", "dollars", "per cent"). */
function wordTail(like: Figure): string {
  const m = /\b(years?|months?|weeks?|days?|hours?|minutes?|decades?|dollars?|euros?|pounds?|yen|sterling|percent|per cent|percentage points?)$/i.exec(like.text);
  return m ? m[1] : '';
}

function pluralise(tail: string, v: number): string {
  const lower = tail.toLowerCase();
  for (const [sing, plur] of [...Object.values(UNIT_NAMES), ...COUNTED_NAMES]) {
    if (lower === sing || lower === plur) return v === 1 ? sing : plur;
  }
  return tail;
}

/** Short human form for messages: "350,000", "$14.3 billion", "25.6%", "12–18 months", "2 trillion". */
export function describeFigure(f: Figure): string {
  const family = describeFamily(f);
  if (family !== undefined) return family;
  const hi = f.high;
  switch (f.kind) {
    case 'year':
      return hi !== undefined ? `${f.value}–${hi}` : String(f.value);
    case 'quarter': {
      const y = Math.floor(f.value + 1e-9);
      return `Q${Math.round((f.value - y) * 4) + 1} ${y}`;
    }
    case 'percent': {
      const one = (v: number) => renderMantissa(v, exactDecimals(v, f.decimals), '');
      const body = hi !== undefined ? `${one(f.value)}–${one(hi)}` : one(f.value);
      return f.unit === 'pp' ? `${body} percentage point${hi === undefined && f.value === 1 ? '' : 's'}` : `${body}%`;
    }
    case 'currency': {
      const pre = f.unit ? CURRENCY_PREFIX[f.unit] ?? f.unit + ' ' : '';
      if (f.vague) return f.text;
      const body = hi !== undefined ? `${describeNumber(f.value, f).replace(/ \w+$/, (s) => (sameScaleWord(f.value, hi) ? '' : s))}–${pre}${describeNumber(hi, f)}` : describeNumber(f.value, f);
      return pre + body;
    }
    case 'duration': {
      const names = (f.unit && UNIT_NAMES[f.unit]) || [f.unit ?? '', f.unit ?? ''];
      const one = (v: number) => renderMantissa(v, exactDecimals(v, f.decimals), ',');
      if (hi !== undefined) return `${one(f.value)}–${one(hi)} ${names[1]}`;
      return `${one(f.value)} ${f.value === 1 ? names[0] : names[1]}`;
    }
    case 'size': {
      const m = f.value / f.scale;
      return `${renderMantissa(m, exactDecimals(m, f.decimals), '')}${f.unit ?? ''}`;
    }
    case 'multiplier':
      return `${renderMantissa(f.value, exactDecimals(f.value, f.decimals), '')}x`;
    default: {
      if (f.vague) return f.text;
      if (hi !== undefined) {
        const lo = describeNumber(f.value, f);
        const h = describeNumber(hi, f);
        return sameScaleWord(f.value, hi) ? `${lo.replace(/ [a-z]+$/, '')}–${h}` : `${lo}–${h}`;
      }
      return describeNumber(f.value, f);
    }
  }
}

/** A number in the short human form: "350,000", "2.5 million", "2 trillion". */
function describeNumber(v: number, f: Figure): string {
  const abs = Math.abs(v);
  if (abs >= 1e6 && (f.scale >= 1e6 || abs >= 1e12)) {
    for (const [s, name] of SCALE_NAMES) {
      if (abs >= s) {
        const m = v / s;
        const d = exactDecimals(m, s === f.scale ? f.decimals : 0);
        return `${renderMantissa(m, Math.min(d, 3), ',')} ${name}`;
      }
    }
  }
  const d = exactDecimals(v, f.scale === 1 ? f.decimals : 0);
  return renderMantissa(v, Math.min(d, 6), ',');
}

/** Would both ends of a range take the same scale word ("2–3 million")? */
function sameScaleWord(a: number, b: number): boolean {
  const sc = (v: number) => {
    const abs = Math.abs(v);
    for (const [s] of SCALE_NAMES) if (abs >= s && s >= 1e6) return s;
    return 1;
  };
  return sc(a) === sc(b) && sc(a) > 1;
}

/** Fewest decimals (≥ min, ≤ 6) that write m exactly. */
function exactDecimals(m: number, min: number): number {
  for (let d = Math.max(0, min); d <= 6; d++) {
    const r = Number(m.toFixed(d));
    if (Math.abs(r - m) <= Math.abs(m) * 1e-10 + 1e-12) return d;
  }
  return 6;
}

/** m with `decimals` decimals and its integer part grouped by `sep` ('' for none). */
function renderMantissa(m: number, decimals: number, sep: string): string {
  const fixed = m.toFixed(decimals);
  const dot = fixed.indexOf('.');
  const ip = dot < 0 ? fixed : fixed.slice(0, dot);
  const fp = dot < 0 ? '' : fixed.slice(dot);
  return groupThousands(ip, sep) + fp;
}

function groupThousands(intPart: string, sep: string): string {
  const neg = intPart.startsWith('-');
  let s = neg ? intPart.slice(1) : intPart;
  if (sep && s.length > 3) {
    const parts: string[] = [];
    while (s.length > 3) {
      parts.unshift(s.slice(-3));
      s = s.slice(0, -3);
    }
    parts.unshift(s);
    s = parts.join(sep);
  }
  return (neg ? '-' : '') + s;
}

/** Integer 1..999 in words, or undefined. */
function toWords(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 999) return undefined;
  const h = Math.floor(n / 100);
  const r = n % 100;
  const parts: string[] = [];
  if (h) parts.push(WORD_ONES[h] + ' hundred');
  if (r) {
    const t = r < 20 ? WORD_ONES[r] : WORD_TENS[Math.floor(r / 10)] + (r % 10 ? '-' + WORD_ONES[r % 10] : '');
    parts.push(h ? 'and ' + t : t);
  }
  return parts.join(' ');
}
