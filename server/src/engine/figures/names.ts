// Numbers that are not figures: parts of names and identifiers ("Llama 3 70B", "GPT-4o", "H100",
// "Windows 11", "Channel 4", "Table 2", "No. 10"), quarter and half-year labels ("Q2", "H1"),
// footnotes, list markers and section numbers, and ratios ("1 in 4"). Each check returns where
// scanning resumes when the number is not a figure.

import type { Figure } from '../types';
import {
  atLineStart, atSentenceStart, isAlnum, isDigit, isHSpace, isLetter, isUpper, isWs, skipToken, wordAt, yearAhead,
} from './chars';
import type { Numeral, Scan } from './scan';
import {
  CAP_STOP, DOT_ABBREV, DURATION_WORDS, HYPHEN_PREFIXES, MONTHS, REF_WORDS, SCALE_WORDS, SENTENCE_OPENERS, SMALL, TENS,
} from './tables';

/**
 * A digit glued to what comes before it: "H100", "MP3", "GPT-4", "COVID-19", "#3", "v.2".
 * Returns where scanning resumes, or undefined when the digit may start a figure.
 */
export function gluedName(s: Scan, p: number): number | undefined {
  const text = s.text;
  const end = s.end;
  const b = text.charCodeAt(p - 1);
  // glued to letters: H100, MP3, G20, PS5, 4G (after), Q2 / H1 quarters
  if (isLetter(b) || isDigit(b) || b === 95) {
    const q = quarter(s, p);
    if (q !== undefined) return q;
    const e = skipToken(text, p, end);
    s.lastNameEnd = e;
    return e;
  }
  if (b === 45 /* - */ && p > 1 && isAlnum(text.charCodeAt(p - 2))) {
    // GPT-4, COVID-19, Llama-3 … but mid-2024, pre-2020
    let w = p - 2;
    while (w > 0 && isLetter(text.charCodeAt(w - 1))) w--;
    if (!HYPHEN_PREFIXES.has(text.slice(w, p - 1).toLowerCase())) {
      const e = skipToken(text, p, end);
      s.lastNameEnd = e;
      return e;
    }
  }
  if ((b === 39 || b === 0x2019) && shortDecade(s, p)) return p + 3;
  if (b === 35 /* # */ || b === 64 || b === 47 || b === 58 || b === 0x2116 /* № */ || b === 0xa7 /* § */ || b === 92 || b === 61 /* = */ || b === 39 || b === 0x2018 || b === 0x2019 || b === 38 /* & */) {
    return skipToken(text, p, end);
  }
  if (b === 46 /* . */ && p > 1 && isAlnum(text.charCodeAt(p - 2))) return skipToken(text, p, end);
  return undefined;
}

/**
 * "the '90s", "the ’60s": a decade written with two digits after an apostrophe (kind year, 1990–1999).
 * Pushed here since the digits follow a mark that otherwise makes them no figure. '20s is left
 * out: 1920s or 2020s cannot be told apart.
 */
function shortDecade(s: Scan, p: number): boolean {
  const text = s.text;
  if (p + 3 > s.end || !isDigit(text.charCodeAt(p)) || text.charCodeAt(p + 1) !== 48 || text.charCodeAt(p + 2) !== 115) return false;
  if (p + 3 < s.end && isAlnum(text.charCodeAt(p + 3))) return false;
  if (p >= 2 && isAlnum(text.charCodeAt(p - 2))) return false; // "rock'n'roll'60s"
  const d = text.charCodeAt(p) - 48;
  if (d === 2) return false;
  const year = d <= 1 ? 2000 + d * 10 : 1900 + d * 10;
  s.push({ start: p - 1, end: p + 3, text: text.slice(p - 1, p + 3), value: year, high: year + 9, kind: 'year', scale: 1, decimals: 0 });
  return true;
}

/** "Q2 2025" → quarter; "H1 2025" → the year only. Called when the digit is glued to a letter. */
function quarter(s: Scan, p: number): number | undefined {
  const text = s.text;
  const L = text.charCodeAt(p - 1);
  if (L !== 81 && L !== 72) return undefined; // Q / H
  if (p - 2 >= 0 && isAlnum(text.charCodeAt(p - 2))) return undefined;
  const d = text.charCodeAt(p) - 48;
  if (d < 1 || d > (L === 81 ? 4 : 2)) return undefined;
  if (p + 6 > s.end) return undefined;
  const sp = text.charCodeAt(p + 1);
  if (!(isHSpace(sp) || sp === 45)) return undefined;
  for (let k = p + 2; k < p + 6; k++) if (!isDigit(text.charCodeAt(k))) return undefined;
  if (p + 6 < s.end && isAlnum(text.charCodeAt(p + 6))) return undefined;
  const year = Number(text.slice(p + 2, p + 6));
  if (year < 1800 || year > 2199) return undefined;
  let f: Figure;
  if (L === 81) {
    f = {
      start: p - 1, end: p + 6, text: text.slice(p - 1, p + 6), value: year + (d - 1) / 4, kind: 'quarter',
      scale: 1, decimals: 0,
    };
  } else {
    f = { start: p + 2, end: p + 6, text: text.slice(p + 2, p + 6), value: year, kind: 'year', scale: 1, decimals: 0 };
  }
  s.push(f);
  return p + 6;
}

/** Context checks that apply to every numeral: footnotes, list markers, section numbers. 0 when none applies. */
export function markerCheck(s: Scan, n: Numeral): number {
  const text = s.text;
  const ns = n.numStart;
  const b = ns > 0 ? text.charCodeAt(ns - 1) : -1;
  const a = n.end < s.end ? text.charCodeAt(n.end) : -1;
  if (n.suffixed || n.currency) return 0;
  // footnotes [1] [^1] ^1
  if (b === 94 /* ^ */) return n.end;
  if (b === 91 /* [ */ && (a === 93 || a === 44)) return n.end;
  // …and the later numbers of a footnote list: "[2, 3]", "[2, 3, 7]"
  if ((a === 93 || a === 44) && inMarkerList(text, ns)) return n.end;
  // (1) enumerations
  if (b === 40 && a === 41 && n.intDigits <= 2 && n.decimals === 0) return n.end + 1;
  // list markers and section numbers at the start of a line
  if (n.start === ns && atLineStart(text, ns)) {
    if ((a === 46 || a === 41) && n.decimals === 0 && n.intDigits <= 3) {
      const a2 = n.end + 1 < s.end ? text.charCodeAt(n.end + 1) : 10;
      if (isWs(a2)) return n.end + 1;
    }
    if (n.decimals > 0 && a === 32 && n.end + 1 < s.end && isUpper(text.charCodeAt(n.end + 1))) return n.end;
    if (n.decimals > 0 && a === 46 && n.end + 1 < s.end && isWs(text.charCodeAt(n.end + 1))) return n.end + 1;
  }
  return 0;
}

/** Does a footnote list ("[2, 3") run from a "[" up to ns, through digits, commas and spaces only (a few characters back)? */
function inMarkerList(text: string, ns: number): boolean {
  for (let i = ns - 1, sawComma = false; i >= 0 && ns - i <= MARKER_LIST_REACH; i--) {
    const c = text.charCodeAt(i);
    if (c === 91 /* [ */) return sawComma;
    if (c === 44) sawComma = true;
    else if (!(c === 32 || (c >= 48 && c <= 57))) return false;
  }
  return false;
}

/** Characters read back from a number for the "[" of a footnote list. */
const MARKER_LIST_REACH = 24;

/** Is the bare number starting at ns part of a name ("Llama 3", "Windows 11", "Table 2", "No. 10")? 'day' after a month. */
export function nameContext(s: Scan, ns: number, year = false): 'name' | 'day' | undefined {
  const text = s.text;
  if (ns < 1) return undefined;
  if (!isHSpace(text.charCodeAt(ns - 1))) return undefined;
  const te = ns - 1;
  if (s.lastNameEnd === te) return 'name';
  let ts = te;
  while (ts > 0 && !isWs(text.charCodeAt(ts - 1))) ts--;
  if (ts === te) return undefined;
  // the token before, without leading punctuation
  let b = ts;
  while (b < te && !isAlnum(text.charCodeAt(b))) b++;
  if (b === te) return undefined;
  const last = text.charCodeAt(te - 1);
  if (last === 46 /* . */) return DOT_ABBREV.has(text.slice(b, te - 1).toLowerCase()) ? 'name' : undefined;
  if (!isAlnum(last)) return undefined;
  const tok = text.slice(b, te);
  if (tok.endsWith("'s") || tok.endsWith('’s')) return undefined;
  const lower = tok.toLowerCase();
  const dash = lower.lastIndexOf('-');
  if (MONTHS.has(dash < 0 ? lower : lower.slice(dash + 1)) && isUpper(text.charCodeAt(dash < 0 ? b : b + dash + 1))) return 'day';
  // reference words, lowercase or capitalised
  if (REF_WORDS.has(lower)) return 'name';
  if (!capitalisedWord(text, b, te)) return undefined;
  if (CAP_STOP.has(lower)) return undefined;
  if (atSentenceStart(text, b)) {
    // "Although 2005 …", "Clearly 300 …": sentence-initial adverbs and conjunctions are not names.
    // A year after a sentence-initial capitalised word is kept ("Euro 2004" mid-sentence is a name).
    if (year || lower.endsWith('ly') || SENTENCE_OPENERS.has(lower)) return undefined;
  }
  return 'name';
}

/** Has text[b, e) a capital before any character other than a letter, digit, "-", "&" or "'"? */
function capitalisedWord(text: string, b: number, e: number): boolean {
  for (let k = b; k < e; k++) {
    const ch = text.charCodeAt(k);
    if (isUpper(ch)) return true;
    if (!isLetter(ch) && ch !== 45 && ch !== 38 && ch !== 39 && !isDigit(ch)) return false;
  }
  return false;
}

/**
 * The second number of a ratio after "in" / "out of" ending at k: "1 in 4", "one in five",
 * "two out of three". Neither number is a figure: where scanning resumes, or undefined.
 */
export function ratioSecond(text: string, k: number, end: number): number | undefined {
  if (!(k + 1 < end && isHSpace(text.charCodeAt(k)))) return undefined;
  const c2 = text.charCodeAt(k + 1);
  if (isDigit(c2) && !yearAhead(text, k + 1, end)) return skipToken(text, k + 1, end);
  const w2 = wordAt(text, k + 1, end);
  if (w2 && (SMALL[w2.lower] || TENS[w2.lower] || w2.lower === 'hundred' || w2.lower === 'a')) return w2.end;
  return undefined;
}

/**
 * The denominator of a share after "in" / "out of" ending at k: "1 in 4", "one in ten", "seven out
 * of 10", "one in a hundred". Undefined when it is none, or when a unit of time follows ("5 in 10
 * minutes" is a rate, not a share).
 */
export function ratioShare(text: string, k: number, end: number): { den: number; end: number } | undefined {
  if (!(k + 1 < end && isHSpace(text.charCodeAt(k)))) return undefined;
  const i = k + 1;
  let den = 0;
  let e = i;
  if (isDigit(text.charCodeAt(i))) {
    if (yearAhead(text, i, end)) return undefined;
    while (e < end && (isDigit(text.charCodeAt(e)) || (text.charCodeAt(e) === 44 && e + 3 < end && isDigit(text.charCodeAt(e + 1))))) e++;
    if (e < end && (isAlnum(text.charCodeAt(e)) || (text.charCodeAt(e) === 46 && e + 1 < end && isDigit(text.charCodeAt(e + 1))))) return undefined;
    den = Number(text.slice(i, e).replace(/,/g, ''));
  } else {
    let w = wordAt(text, i, end);
    let scale = 1;
    if (w && w.lower === 'a' && w.end + 1 < end && isHSpace(text.charCodeAt(w.end))) {
      w = wordAt(text, w.end + 1, end);
      scale = 0; // "one in a hundred": only a scale word may follow the article
    }
    if (!w) return undefined;
    const small = SMALL[w.lower] ?? TENS[w.lower];
    den = scale === 0 ? (w.lower === 'hundred' ? 100 : SCALE_WORDS[w.lower] ?? 0) : small ?? 0;
    e = w.end;
  }
  if (!(den >= 2) || !Number.isFinite(den)) return undefined;
  if (e < end && text.charCodeAt(e) === 45) return undefined; // "1 in 10-year"
  if (e + 1 < end && isHSpace(text.charCodeAt(e))) {
    const nw = wordAt(text, e + 1, end);
    if (nw && (DURATION_WORDS[nw.lower] !== undefined || nw.lower === 'percent' || nw.lower === 'per')) return undefined;
  }
  return { den, end: e };
}
