// Text utilities shared by the source indexer and the note checker: word tokens, a light stemmer,
// stop words, sentence spans, and offset → line/column.
//
// Sentences are split with a small rule-based splitter rather than Intl.Segmenter: the segmenter
// runs at a few MB/s and exhausts memory on multi-megabyte strings in Node 20, while indexing
// must reach 10 MB/s. The rules cover what sources and notes contain: terminal punctuation
// followed by space and an upper-case letter, digit, quote or bracket, with abbreviations,
// initials and decimals kept whole.
import { table } from './figures/tables';

export interface Token {
  /** Lower-cased, stemmed form used for retrieval. */
  term: string;
  start: number;
  end: number;
}

const STOP = new Set(
  (
    'a an and are as at be been being but by can could did do does for from had has have he her his how i if in into is it its ' +
    'itself me more most my no nor not of on or our ours she so some such than that the their them then there these they this ' +
    'those through to too very was we were what when where which while who whom why will with would you your yours also just ' +
    'only own same other each both any all about above after again against before below between during further here once out ' +
    'over under until up down off s t don should now may might must shall per via yet since whether either neither upon onto ' +
    'among amid within without across around toward towards like one'
  ).split(' '),
);

// Irregular past forms common in news writing, so "grew" meets "growing" and "sold" meets "sells".
const IRREGULAR: Readonly<Record<string, string>> = table({
  grew: 'grow', grown: 'grow', rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall', sold: 'sell', bought: 'buy',
  paid: 'pay', spent: 'spend', made: 'make', took: 'take', taken: 'take', gave: 'give', given: 'give', held: 'hold',
  won: 'win', lost: 'lose', built: 'build', brought: 'bring', began: 'begin', begun: 'begin', ran: 'run', saw: 'see',
  seen: 'see', went: 'go', gone: 'go', got: 'get', left: 'leave', kept: 'keep', hit: 'hit', cut: 'cut', led: 'lead',
  said: 'say', told: 'tell', thought: 'think', found: 'find', became: 'become', struck: 'strike', sought: 'seek',
  shed: 'shed', sank: 'sink', sunk: 'sink', shrank: 'shrink', shrunk: 'shrink', drew: 'draw', drawn: 'draw',
});

/**
 * A light English stemmer (in the spirit of Harman's S-stemmer plus a few verb endings), enough
 * to make "GPUs" meet "GPU", "users" meet "user", "exceeding" meet "exceeds". Uncached: a
 * `Tokenizer` caches the terms it leads to. Every ending is read by character codes and the stem
 * cut once (no substring, regex or `endsWith` per rule: an index learns each of tens of thousands
 * of words once, and the chain of slices was most of it); the rules, in order:
 *   "'s" off; then "ies" → "y" (more than 4 letters), "sses" → "ss", "ches"/"shes"/"xes"/"zzes" →
 *   "es" off, or a final "s" off (not after "s", "u" or "i"); then "ing" off (more than 5 letters)
 *   or "ed" off (more than 4, not "eed"), each with a doubled final consonant undoubled (not l, s,
 *   z); then a final "e" off (more than 3). Words of 3 letters or fewer are kept.
 */
export function stem(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular !== undefined && irregular !== word) return stem(irregular);
  return stemRules(word);
}

/** The stemmer's rules (`stem`, without its irregular forms). */
export function stemRules(word: string): string {
  if (word.length <= 3) return word;
  let n = word.length;
  if (word.charCodeAt(n - 2) === 39 /* ' */ && word.charCodeAt(n - 1) === 115 /* s */) n -= 2;
  if (n > 4 && word.charCodeAt(n - 3) === 105 /* i */ && word.charCodeAt(n - 2) === 101 /* e */ && word.charCodeAt(n - 1) === 115 /* s */) {
    // (a stem ending in "y": no rule after this one applies)
    return word.slice(0, n - 3) + 'y';
  }
  if (n >= 4 && word.charCodeAt(n - 4) === 115 && word.charCodeAt(n - 3) === 115 && word.charCodeAt(n - 2) === 101 && word.charCodeAt(n - 1) === 115) n -= 2; // sses
  else if (n >= 2 && word.charCodeAt(n - 2) === 101 && word.charCodeAt(n - 1) === 115 && esAfterSibilant(word, n)) n -= 2;
  else if (n >= 1 && word.charCodeAt(n - 1) === 115) {
    const b = word.charCodeAt(n - 2);
    if (b !== 115 && b !== 117 /* u */ && b !== 105 /* i */) n -= 1;
  }
  if (n > 5 && word.charCodeAt(n - 3) === 105 && word.charCodeAt(n - 2) === 110 /* n */ && word.charCodeAt(n - 1) === 103 /* g */) n = undoubled(word, n - 3);
  else if (n > 4 && word.charCodeAt(n - 2) === 101 && word.charCodeAt(n - 1) === 100 /* d */ && word.charCodeAt(n - 3) !== 101) n = undoubled(word, n - 2);
  if (n > 3 && word.charCodeAt(n - 1) === 101) n -= 1;
  return n === word.length ? word : word.slice(0, n);
}

/** Does word[0, n) end in "ches", "shes", "xes" or "zzes"? */
function esAfterSibilant(word: string, n: number): boolean {
  const c = word.charCodeAt(n - 3);
  if (c === 120 /* x */) return true;
  const b = word.charCodeAt(n - 4);
  return (c === 104 /* h */ && (b === 99 /* c */ || b === 115 /* s */)) || (c === 122 /* z */ && b === 122);
}

/** The length of word[0, n) with a doubled final letter made single (not l, s or z), when more than 3 letters. */
function undoubled(word: string, n: number): number {
  const c = word.charCodeAt(n - 1);
  return n > 3 && c === word.charCodeAt(n - 2) && c !== 108 /* l */ && c !== 115 && c !== 122 ? n - 1 : n;
}

/**
 * A word: letters and digits, with inner apostrophes (shared by the tokenizer and the indexer).
 * A fresh regex per scan: a `g` regex carries its position in `lastIndex`.
 */
function wordRegex(): RegExp {
  return /[A-Za-z0-9\u00C0-\u024F]+(?:['\u2019][A-Za-z]+)*/g;
}

/**
 * Raw word → index term ('' for words that are not terms), uncached: lower-cased, stemmed, stop
 * words and pure digit runs dropped. A `Tokenizer` caches it.
 */
export function termOf(raw: string): string {
  const c = raw.charCodeAt(0);
  const isDigit = c >= 48 && c <= 57;
  if (isDigit && allDigits(raw)) return '';
  // Acronym plurals ("GPUs", "LLMs", "H100s") lose their s before lower-casing.
  let low = (raw.length > 2 && raw.charCodeAt(raw.length - 1) === 115 && acronymPlural(raw) ? raw.slice(0, -1) : raw).toLowerCase();
  if (low.includes('\u2019')) low = low.replace(/\u2019/g, "'");
  if ((low.length >= 2 || isDigit) && !STOP.has(low)) {
    const st = stem(low);
    if (!STOP.has(st)) return st;
  }
  return '';
}

/** Is the word all ASCII digits (/^\d+$/, by character codes)? */
export function allDigits(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return w.length > 0;
}

/** Capitals and digits, then a final "s" (/^[A-Z0-9]+s$/, by character codes): "GPUs", "H100s". */
export function acronymPlural(w: string): boolean {
  const n = w.length - 1;
  if (n < 1 || w.charCodeAt(n) !== 115) return false;
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/**
 * Content-word tokens of text[start, end): lower-cased, stemmed, stop words and pure punctuation
 * dropped. Numbers are kept as terms only when glued to letters (H100, 70b, gpt-4o's "4o"): pure
 * digit runs are figures, not words. `termFor` maps a raw word to its term (a Tokenizer's cached
 * `termOf`; uncached by default).
 */
export function tokenize(text: string, start = 0, end = text.length, termFor: (raw: string) => string = termOf): Token[] {
  const out: Token[] = [];
  const re = wordRegex();
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const s = m.index;
    if (s >= end) break;
    const raw = m[0];
    const term = termFor(raw);
    if (term === '') continue;
    out.push({ term, start: s, end: Math.min(s + raw.length, end) });
  }
  return out;
}

/** Index terms of text[start, end), without offsets (the indexer's fast path). */
export function terms(text: string, start: number, end: number, out: string[], termFor: (raw: string) => string = termOf): string[] {
  const re = wordRegex();
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m.index >= end) break;
    const term = termFor(m[0]);
    if (term !== '') out.push(term);
  }
  return out;
}

/** Past this many entries the term cache starts afresh (bounds memory on huge corpora; terms stay the same). */
const MAX_CACHED_TERMS = 500_000;

/**
 * The tokenizer of one corpus with its cache of raw word → term. Words recur constantly, so
 * caching the lower-casing, stop-word checks and stemming makes tokenizing mostly a regex and a
 * lookup (a separate stem cache would add nothing: a word is stemmed only on a term-cache miss).
 * A corpus owns one and may hand it on to the corpus that replaces it; the cache lives and dies
 * with it.
 */
export class Tokenizer {
  private readonly termCache = new Map<string, string>();
  /** A bound method, to pass as `termFor` without a closure per call. */
  readonly termOf = (raw: string): string => {
    const hit = this.termCache.get(raw);
    if (hit !== undefined) return hit;
    const term = termOf(raw);
    if (this.termCache.size > MAX_CACHED_TERMS) this.termCache.clear();
    this.termCache.set(raw, term);
    return term;
  };

  tokenize(text: string, start = 0, end = text.length): Token[] {
    return tokenize(text, start, end, this.termOf);
  }

  terms(text: string, start: number, end: number, out: string[]): string[] {
    return terms(text, start, end, out, this.termOf);
  }
}

/**
 * The text with each lone carriage return — a line end of old Mac files, not followed by a line
 * feed — made a line feed. The same length, so every offset into it is an offset into the text as
 * the user's file holds it, and its lines are the lines an editor, the LSP and SARIF count (each of
 * \r, \n and \r\n ends a line). A note's and a source's text go through this where they enter the
 * engine (`NoteParser.parseSteps`, `unparsedNote`, `buildSource`, `noteBibliography`), so that
 * every splitter after them — lines, paragraphs, sentences, front matter, markdown chunks — reads
 * only \n (and \r\n). The text itself when it has no lone \r (no copy).
 */
export function lineFeeds(text: string): string {
  let i = text.indexOf('\r');
  while (i !== -1 && text.charCodeAt(i + 1) === 10) i = text.indexOf('\r', i + 2);
  return i === -1 ? text : text.replace(/\r(?!\n)/g, '\n');
}

/** Starts of lines (offsets just after each \n, and 0). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i !== -1) {
    starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return starts;
}

/** 0-based line and character of an offset, by binary search over line starts. */
export function positionAt(starts: number[], offset: number): { line: number; character: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}

export function offsetAt(starts: number[], textLength: number, line: number, character: number): number {
  if (line < 0) return 0;
  if (line >= starts.length) return textLength;
  return Math.min(starts[line] + Math.max(0, character), line + 1 < starts.length ? starts[line + 1] : textLength);
}

// Abbreviations after which a period does not end a sentence.
const ABBREV = new Set(
  'mr mrs ms dr prof sr jr st vs etc inc ltd co corp no nos fig figs eq p pp vol ed eds gen gov sen rep u.s e.g i.e approx est dept univ jan feb mar apr jun jul aug sep sept oct nov dec mt'.split(
    ' ',
  ),
);

/**
 * Sentence spans in text[start, end). A sentence never crosses a blank line. A single line break
 * ends a sentence when the line before ends with terminal punctuation or a colon, is short
 * (a heading or label), or the next line starts a list item, heading or quote; otherwise it is a
 * soft wrap inside the sentence. With `softWrap` (markdown paragraphs, whose structure the
 * parser already gave), only terminal punctuation or a block start ends a sentence at a break.
 */
export function sentenceSpans(text: string, start = 0, end = text.length, softWrap = false): [number, number][] {
  const spans: [number, number][] = [];
  let s = start;
  // skip leading white space
  const push = (a: number, b: number) => {
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) spans.push([a, b]);
  };
  let lineStart = start;
  // only a line break or a sentence's terminator can end a sentence: the search jumps from one to
  // the next (natively, reading no further than `end`) instead of reading every character here
  const subject = end < text.length ? text.slice(0, end) : text;
  const breaks = /[\n.!?\u2026]/g;
  for (let i = start; i < end; i++) {
    breaks.lastIndex = i;
    if (!breaks.test(subject)) break;
    i = breaks.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      const next = nextLineKind(text, i + 1, end);
      // the line just ended, trimmed, by offsets (no substring)
      let la = lineStart;
      let lb = i;
      while (la < lb && isSpace(text.charCodeAt(la))) la++;
      while (lb > la && isSpace(text.charCodeAt(lb - 1))) lb--;
      const len = lb - la;
      const last = len ? text.charCodeAt(lb - 1) : 0;
      const hardBreak = softWrap
        ? next !== NEXT_TEXT || last === 46 || last === 33 || last === 63
        : next !== NEXT_TEXT ||
          len === 0 ||
          last === 46 /* . */ ||
          last === 33 ||
          last === 63 ||
          last === 58 /* : */ ||
          len < 60 ||
          /^(?:[-*+•]|\d+[.)]|#{1,6}\s|>)/.test(text.slice(la, Math.min(lb, la + 12)));
      if (hardBreak) {
        push(s, i);
        s = i + 1;
      }
      lineStart = i + 1;
      continue;
    }
    if (c === 46 || c === 33 || c === 63 || c === 8230 /* … */) {
      // Consume closing punctuation and quotes after the terminator.
      let j = i + 1;
      while (j < end && isCloser(text.charCodeAt(j))) j++;
      if (j >= end) continue;
      const after = text.charCodeAt(j);
      if (!isSpace(after)) continue;
      let k = j;
      while (k < end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
      if (k >= end) continue;
      const n = text.charCodeAt(k);
      if (n === 10 || n === 13) continue; // the newline rule decides
      if (!isSentenceOpener(n)) continue;
      if (c === 46 && isAbbreviation(text, i, start)) continue;
      push(s, j);
      s = j;
      i = j - 1;
    }
  }
  push(s, end);
  return spans;
}

const NEXT_TEXT = 0;
const NEXT_BLANK = 1;
const NEXT_BLOCK = 2;

/** What the next line is: blank (or the end), the start of a block (list, heading, quote, table), or text. */
function nextLineKind(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 13)) i++;
  if (i >= end || text.charCodeAt(i) === 10) return NEXT_BLANK;
  const c = text.charCodeAt(i);
  // list markers, headings, block quotes, bullets, table rows
  if (c === 45 || c === 42 || c === 43 || c === 35 || c === 62 || c === 8226 || c === 124) {
    const n = text.charCodeAt(i + 1);
    if (c === 35 || c === 62 || c === 8226 || c === 124 || n === 32) return NEXT_BLOCK;
  }
  if (c >= 48 && c <= 57) {
    let j = i;
    while (j < end && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    const d = text.charCodeAt(j);
    if ((d === 46 || d === 41) && text.charCodeAt(j + 1) === 32) return NEXT_BLOCK;
  }
  return NEXT_TEXT;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
}

function isCloser(c: number): boolean {
  // quotes and closing brackets that may follow a terminator: " ' ” ’ ) ]
  return c === 34 || c === 39 || c === 8221 || c === 8217 || c === 41 || c === 93;
}

function isSentenceOpener(c: number): boolean {
  if (c >= 65 && c <= 90) return true; // A-Z
  if (c >= 48 && c <= 57) return true; // digits
  if (c >= 0xc0 && c <= 0xde) return true; // Latin-1 capitals
  // quotes, brackets, bullets, markdown emphasis/citation openers, currency
  return c === 34 || c === 8220 || c === 8216 || c === 39 || c === 40 || c === 91 || c === 42 || c === 95 || c === 8226 || c === 36 || c === 163 || c === 8364;
}

function isLetterOrDot(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAbbreviation(text: string, dot: number, floor: number): boolean {
  // word before the dot
  let a = dot;
  // (character codes, not a regex per character: [A-Za-z.])
  while (a > floor && isLetterOrDot(text.charCodeAt(a - 1))) a--;
  const w = text.slice(a, dot).toLowerCase();
  // a unit glued to a number ends the sentence: "came in at 5.45m. The title…", "£5m. Profits fell."
  if (a > floor && isAsciiDigit(text.charCodeAt(a - 1))) return false;
  if (w.length === 1) return true; // initials: "J. Smith", "p. 3"
  if (ABBREV.has(w)) return true;
  if (w.includes('.')) return true; // "U.S." "e.g."
  return false;
}
