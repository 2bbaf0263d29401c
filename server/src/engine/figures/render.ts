// Rendering figures for messages and quick fixes: a source's value written the way the note
// writes its figure (formatLike, formatFigureLike: same currency sign, separators, decimals,
// scale word or suffix, words or digits), and a short human form (describeFigure).

import type { Figure } from '../types';
import {
  convertMeasure, describeFamily, formatDate, formatDecade, formatFraction, formatOrdinal, formatScore, formatTime, isDecadeFigure, quarterWords,
} from './renderFamilies';
import { COUNTED_WORDS, DURATION_DAYS, MULT_WORDS, SCALE_WORDS, SMALL, TENS, table } from './tables';

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
    // ("the fourth quarter of 2004": the words, its year a figure of its own)
    if (like.words) return quarterWords(q, like);
    return like.text.replace(/\d+(\s*|-)\d{4}/, `${q}$1${y}`);
  }
  if (like.kind === 'time') return formatTime(value, like);
  if (like.kind === 'year') return isDecadeFigure(like) ? formatDecade(value, like) : formatYear(value, high, like);
  if (like.kind === 'ordinal') return formatOrdinal(value, like);
  if (like.kind === 'score' || like.kind === 'odds') return formatScore(value, high, like);
  if (like.kind === 'date') return formatDate(value, like);
  // (a range in a time's style: both ends in it — "2:05:00–2:10:00", "two hours 5 minutes to two hours 10 minutes")
  if (like.clock) return formatClock(value, high, like);
  if (like.joined) return high === undefined ? formatJoined(value, like, timeDecimals(value, like)) : joinedRange(value, high, like);
  if (like.fraction) return formatFraction(value, high, like);
  if (like.kind === 'multiplier' && like.words) return formatMultiplierWords(value, high, like);
  if (like.vague) return describeNumber(value, like, EXACT_DECIMALS) + (high !== undefined ? '–' + describeNumber(high, like, EXACT_DECIMALS) : '');
  if (like.words) return formatWords(value, high, like);
  return formatDigits(value, high, like);
}

/** Most decimals of a second a time is written with (a clock shows thousandths at most). */
export const TIME_DECIMALS = 3;

/** A time's decimals: the note's, or the value's own when it has more (a fix never rounds the source away), up to TIME_DECIMALS. */
function timeDecimals(seconds: number, like: Figure): number {
  return Math.max(like.decimals, Math.min(TIME_DECIMALS, exactDecimals(seconds, 0)));
}

/**
 * Seconds written on a clock's face as `like` is ("1:47.97", "2:08:30"), to its decimals (at least
 * the value's own, up to TIME_DECIMALS); a range as two clocks ("2:05:00–2:10:00"). Rounded first,
 * then split, so 119.9996 is "2:00.000", never "1:60.000"; an hour or more takes the hours' form
 * ("1:47.97" style cannot show 120 minutes).
 */
function formatClock(seconds: number, high: number | undefined, like: Figure): string {
  const decimals = Math.max(timeDecimals(seconds, like), high !== undefined ? timeDecimals(high, like) : 0);
  const one = (x: number): string => {
    const per = 10 ** decimals;
    const units = Math.round(x * per);
    const whole = Math.floor(units / per);
    const two = (n: number) => String(n).padStart(2, '0');
    const secText = two(whole % 60) + (decimals ? '.' + String(units - whole * per).padStart(decimals, '0') : '');
    const mins = Math.floor(whole / 60);
    return like.text.split(':').length > 2 || mins >= 60 ? `${Math.floor(mins / 60)}:${two(mins % 60)}:${secText}` : `${mins}:${secText}`;
  };
  return high === undefined ? one(seconds) : `${one(seconds)}–${one(high)}`;
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
function formatJoined(value: number, like: Figure, decimals: number): string {
  const numbers: { at: number; len: number; word: boolean }[] = [];
  for (const m of like.text.matchAll(TIME_PART)) {
    const word = !/^\d/.test(m[0]);
    if (!word || SMALL[m[0].toLowerCase()] !== undefined) numbers.push({ at: m.index!, len: m[0].length, word });
  }
  // the parts, largest first: two for minutes and seconds (or hours and minutes), three for all
  // (in the last part's unit: seconds for "1 minute 53 secs", minutes for "2 hours 18 minutes")
  const sizes = numbers.length === 3 ? [3600, 60, 1] : [60, 1];
  if (numbers.length !== sizes.length) return formatDigits(value, undefined, like);
  // (rounded to its decimals first, then split: 59.99999 seconds at three decimals are "one minute 0.000 seconds", never "60.000 seconds")
  let rest = Number(value.toFixed(decimals));
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

/** A time written in parts, as a range: both ends in the note's parts ("two hours 5 minutes to two hours 10 minutes"). */
function joinedRange(value: number, high: number, like: Figure): string {
  const decimals = Math.max(timeDecimals(value, like), timeDecimals(high, like));
  return `${formatJoined(value, like, decimals)} to ${formatJoined(high, like, decimals)}`;
}

/** The source figure's quantity in the note figure's unit: [value, high] (durations and measures converted). */
export function valuesLike(source: Figure, like: Figure): [number, number | undefined] {
  let conv: ((v: number) => number) | undefined;
  if (source.kind === 'duration' && like.kind === 'duration' && source.unit && like.unit && source.unit !== like.unit) {
    const f = (DURATION_DAYS[source.unit] ?? 1) / (DURATION_DAYS[like.unit] ?? 1);
    conv = (v: number) => Number((v * f).toPrecision(10));
  } else if (source.kind === 'measure' && like.kind === 'measure') {
    conv = (v: number) => convertMeasure(v, source.unit, like.unit);
  }
  if (!conv) return [source.value, source.high];
  return [conv(source.value), source.high !== undefined ? conv(source.high) : undefined];
}

/** formatLike with unit conversion: write the source figure's quantity in the note figure's style. */
export function formatFigureLike(source: Figure, like: Figure): string {
  const [value, high] = valuesLike(source, like);
  return formatLike(value, high, like);
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

/** The verbs and adjectives of a multiple, by value (the stems of MULT_WORDS' "doubled", "tripled", "trebling", "quadruple"): a new value keeps the note's ending. */
const MULTIPLE_STEMS: Readonly<Record<number, readonly string[]>> = Object.freeze({ 2: ['doubl'], 3: ['tripl', 'trebl'], 4: ['quadrupl'] });
/** "twofold" … "tenfold", "hundredfold" by value, from MULT_WORDS. */
const FOLD_WORDS: readonly string[] = Object.freeze(Object.entries(MULT_WORDS).reduce<string[]>((out, [w, v]) => {
  if (w.endsWith('fold')) out[v] = w;
  return out;
}, []));

/**
 * A multiple in the note's words: "doubled" → "tripled", "twice" → "three times", "threefold" →
 * "fourfold" or "2.5-fold", "three times" → "2.5 times" — never rounded to another multiple (2.5 is
 * "2.5 times", not "3x"); a range "two to three times".
 */
function formatMultiplierWords(value: number, high: number | undefined, like: Figure): string {
  const t = like.text;
  const lw = t.toLowerCase();
  // (in words up to 999 of a scale — "five million times" — else in digits: "2.5 times", "1,500 times")
  const times = (raw: number) => {
    // (rounded first, so that a value a hair under a scale reads as the scale: 999,999.9999999 "one million")
    const x = roundOff(raw);
    const scaled = SCALE_NAMES.find(([sc]) => x >= sc && toWords(roundOff(x / sc)));
    return toWords(x) ?? (scaled ? `${toWords(roundOff(x / scaled[0]))} ${scaled[1]}` : renderMantissa(x, exactDecimals(x, 0), ','));
  };
  if (high !== undefined) return capitalLike(`${times(value)} to ${times(high)} times`, t);
  const verb = /^(doubl|tripl|trebl|quadrupl)(e|ed|es|ing)\b/.exec(lw);
  const stems = MULTIPLE_STEMS[value];
  if (verb && stems) return capitalLike((stems.includes(verb[1]) ? verb[1] : stems[0]) + verb[2], t);
  if (/fold$/.test(lw)) return capitalLike(FOLD_WORDS[value] ?? `${renderMantissa(value, exactDecimals(value, 0), ',')}-fold`, t);
  if (value === 2 && lw === 'twice') return t;
  if (value === 0.5) return capitalLike('half', t);
  return capitalLike(`${times(value)} times`, t);
}

/** `word` with a capital when `like` starts with one ("Tripled" → "Doubled"). */
function capitalLike(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** Words for the mantissa when it is a whole number below 1000: "two million dollars", "three to five years". */
function formatWords(value: number, high: number | undefined, like: Figure): string {
  // (the scale of the value as written, rounded first: 999,999.9999999 is "one million", never "1,000 thousand")
  const scale = like.scale > 1 ? pickWordScale(roundOff(high ?? value), like.scale) : 1;
  const scaleWord = scale > 1 ? ' ' + SCALE_NAMES.find(([s]) => s === scale)![1] : '';
  const tail = wordTail(like);
  const word = (x: number) => toWords(roundOff(x / scale));
  const digits = (x: number) => renderMantissa(x / scale, exactDecimals(x / scale, 0), ',');
  const one = (x: number) => word(x) ?? digits(x);
  if (high !== undefined) {
    const unitTail = tail ? ' ' + pluralise(tail, high) : '';
    // (both ends in words, or both in digits: "2.5 to 3 million", not "2.5 to three million")
    const both = word(value) !== undefined && word(high) !== undefined;
    return `${both ? one(value) : digits(value)} to ${both ? one(high) : digits(high)}${scaleWord}${unitTail}`;
  }
  const unitTail = tail ? ' ' + pluralise(tail, value) : '';
  return `${one(value)}${scaleWord}${unitTail}`;
}

/** Digits in the note's style: "$14.3bn", "350,000", "12–18 months", "+2.5%". */
function formatDigits(value: number, high: number | undefined, like: Figure): string {
  const st = styleOf(like);
  if (!st) return describeFigure({ ...like, value, high });
  // one scale for both ends of a range, chosen from the high end as it will be written (rounded
  // first: $999.9999999999m at no decimals is "$1bn", not "$1000m")
  const first = pickScale(high ?? value, st);
  const { scale: sc, token: tok } = pickScale(shownMantissa((high ?? value) / first.scale, st.decimals) * first.scale, st);
  const sep = st.sep || ',';
  const render = (x: number): string => {
    const m = x / sc;
    const s = renderMantissa(m, shownDecimals(m, st.decimals), sep);
    return st.sign && x > 0 ? '+' + s : s;
  };
  let tail = st.tail;
  if (like.kind === 'duration' && like.unit && UNIT_NAMES[like.unit]) tail = durationTail(tail, like, (high ?? value) !== 1);
  else tail = countedTail(tail, (high ?? value) !== 1);
  // a range keeps its joiner as written ("-", " to ", "%-" when the suffix is repeated)
  if (high !== undefined) return st.prefix + render(value) + (st.rangeSep || '–') + render(high) + tok + tail;
  return st.prefix + render(value) + tok + tail;
}

/** The note's decimals when they write m exactly (82 → "82.0"), else the fewest that do (a fix never rounds the source away). */
function shownDecimals(m: number, decimals: number): number {
  return Math.abs(Number(m.toFixed(decimals)) - m) <= Math.abs(m) * 1e-10 + 1e-12 ? decimals : exactDecimals(m, 0);
}

/** m as written with shownDecimals. */
function shownMantissa(m: number, decimals: number): number {
  return Number(m.toFixed(shownDecimals(m, decimals)));
}

/** x without the float noise of a conversion (12 significant digits): 999999.9999999 → 1000000. */
function roundOff(x: number): number {
  return Number(x.toPrecision(12));
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
  const sm = /^(\s?)(thousand|million|billion|trillion|bn|tn|trn|mn|m|b|k|K|B|T|M)(?![A-Za-z])/.exec(rest);
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

/** Decimals a message shows at most under a scale word ("1.235 million"); a fix's text shows them all (EXACT_DECIMALS). */
const MESSAGE_SCALE_DECIMALS = 3;
/** Decimals exactDecimals writes at most: a fix's text keeps every one the value has. */
export const EXACT_DECIMALS = 6;

/** A number in the short human form: "350,000", "2.5 million", "2 trillion" (under a scale word, up to `scaleDecimals` decimals). */
function describeNumber(v: number, f: Figure, scaleDecimals = MESSAGE_SCALE_DECIMALS): string {
  const r = roundOff(v);
  const abs = Math.abs(r);
  if (abs >= 1e6 && (f.scale >= 1e6 || abs >= 1e12)) {
    for (const [s, name] of SCALE_NAMES) {
      if (abs >= s) {
        const m = r / s;
        const d = exactDecimals(m, s === f.scale ? f.decimals : 0);
        return `${renderMantissa(m, Math.min(d, scaleDecimals), ',')} ${name}`;
      }
    }
  }
  const d = exactDecimals(v, f.scale === 1 ? f.decimals : 0);
  return renderMantissa(v, Math.min(d, EXACT_DECIMALS), ',');
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

/** Fewest decimals (≥ min, ≤ EXACT_DECIMALS) that write m exactly. */
export function exactDecimals(m: number, min: number): number {
  for (let d = Math.max(0, min); d <= EXACT_DECIMALS; d++) {
    const r = Number(m.toFixed(d));
    if (Math.abs(r - m) <= Math.abs(m) * 1e-10 + 1e-12) return d;
  }
  return EXACT_DECIMALS;
}

/** m with `decimals` decimals and its integer part grouped by `sep` ('' for none): rounded first, then grouped ("1,000.0" for 999.99999). */
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
