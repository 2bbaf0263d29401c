// Figure extraction: numbers, amounts, percentages, years, durations, ranges and hedges
// in English prose (markdown notes and plain-text source articles).
//
// Why this is hand-written and not a general NLP number parser:
//   general-purpose parsers were measured at 0.03–0.1 MB/s (compromise ≈ 0.03 MB/s,
//   recognizers-text ≈ 0.1 MB/s); both split "350, 000" into 350 and 0, and both misread
//   model names such as "Llama 3 70B". The extractor alone must run at ≥ 30 MB/s (the whole
//   indexer must reach 10 MB/s including extraction). So: one pass with a global regex that
//   only finds candidate starts (digits, currency symbols, number words, URLs, backticks),
//   then cheap local parsing on char codes around each candidate. No backtracking-prone
//   regexes over the text, no Intl.Segmenter, no per-character regex.
//
// Design rule: precision over recall. The product tells a user "your note says 250,000 but
// the source says 350,000"; a false alarm costs trust. Anything that looks like part of a
// name or an identifier (Llama 3, GPT-4, H100, Windows 11, Section 3.2, COVID-19, 5G …),
// a list/footnote/section marker, a version, a time, a date fragment, a phone number, an
// ordinal, a fraction, or sits in a URL or in inline code, is not a figure.

import type { Figure, FigureKind, Hedge } from './types';

// ---------------------------------------------------------------------------------------
// Word tables

const SMALL: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};
const PLURAL_SCALES: Record<string, number> = {
  thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
};
const CURRENCY_WORDS: Record<string, string> = {
  dollars: 'USD', dollar: 'USD', euros: 'EUR', euro: 'EUR', yen: 'JPY', pounds: 'GBP', pound: 'GBP',
  sterling: 'GBP', usd: 'USD', gbp: 'GBP', eur: 'EUR', jpy: 'JPY',
  // other currencies: a figure in roubles must never be compared with one in dollars
  reais: 'BRL', real: 'BRL', roubles: 'RUB', rubles: 'RUB', rouble: 'RUB', ruble: 'RUB', rupees: 'INR',
  rupee: 'INR', rupiah: 'IDR', yuan: 'CNY', renminbi: 'CNY', francs: 'FRANC', franc: 'FRANC',
  naira: 'NGN', pesos: 'PESO', peso: 'PESO', rand: 'ZAR', won: 'KRW', krona: 'SEK', kronor: 'SEK',
  krone: 'KRONE', kroner: 'KRONE', ringgit: 'MYR', baht: 'THB', shekels: 'ILS', shekel: 'ILS',
  lira: 'LIRA', lire: 'LIRA', dinars: 'DINAR', dinar: 'DINAR', dirhams: 'AED', dirham: 'AED',
  zloty: 'PLN', forints: 'HUF', forint: 'HUF', riyals: 'SAR', riyal: 'SAR', cedis: 'GHS', shillings: 'SHILLING',
  bolivars: 'VEB', hryvnia: 'UAH', tenge: 'KZT', pence: 'GBX', cents: 'CENT',
};
/** Currency words that are also ordinary words: only after a scale ("600 million pounds", "5bn won"). */
const CURRENCY_NEEDS_SCALE = new Set(['pounds', 'pound', 'sterling', 'won', 'real', 'rand', 'franc', 'peso', 'krone', 'lira', 'pence', 'cents']);
/** "7.4bn Australian dollars" */
const DOLLAR_NATIONS: Record<string, string> = {
  us: 'USD', american: 'USD', australian: 'AUD', canadian: 'CAD', singapore: 'SGD', taiwan: 'TWD',
  taiwanese: 'TWD', zimbabwe: 'ZWD', zimbabwean: 'ZWD', hk: 'HKD', jamaican: 'JMD',
};
const DURATION_WORDS: Record<string, string> = {
  year: 'year', years: 'year', month: 'month', months: 'month', week: 'week', weeks: 'week',
  day: 'day', days: 'day', hour: 'hour', hours: 'hour', minute: 'minute', minutes: 'minute',
  decade: 'decade', decades: 'decade',
};
/** Length of a duration unit in days (months are exactly a twelfth of a year). */
const DURATION_DAYS: Record<string, number> = {
  year: 365.25, month: 365.25 / 12, week: 7, day: 1, hour: 1 / 24, minute: 1 / 1440, decade: 3652.5,
};
const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec',
]);
/** Capitalised words that may precede a number without making it part of a name. */
const CAP_STOP = new Set([
  'in', 'by', 'on', 'at', 'for', 'from', 'of', 'to', 'since', 'until', 'till', 'about', 'nearly',
  'over', 'around', 'some', 'only', 'just', 'almost', 'approximately', 'roughly', 'more', 'less',
  'up', 'under', 'with', 'and', 'but', 'or', 'the', 'a', 'an', 'its', 'their', 'our', 'his', 'her',
  'my', 'your', 'than', 'between', 'after', 'before', 'during', 'each', 'every', 'all', 'another',
  'yet', 'so', 'if', 'when', 'while', 'where', 'as', 'then', 'now', 'also', 'here', 'there', 'these',
  'those', 'this', 'that', 'last', 'next', 'first', 'top', 'exactly', 'perhaps', 'maybe', 'within',
  'across', 'through', 'per', 'against', 'among', 'above', 'below', 'beyond', 'circa', 'estimated',
  'least', 'most', 'fewer', 'still', 'even', 'already', 'another', 'spring', 'summer', 'autumn',
  'winter', 'fall', 'christmas', 'easter', 'mid', 'late', 'early', 'towards', 'toward', 'into',
  'via', 'like', 'unlike', 'what', 'which', 'who', 'whose', 'why', 'how', 'both', 'either',
  'neither', 'no', 'not', 'nor', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had',
  'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'we', 'they', 'he', 'she', 'it',
  'i', 'you', 'almost', 'around', 'upwards', 'average', 'total', 'another', 'barely', 'nearly',
]);
/** Capitalised sentence openers that are not names. */
const SENTENCE_OPENERS = new Set([
  'although', 'though', 'because', 'however', 'whereas', 'unless', 'once', 'whether', 'despite',
  'indeed', 'meanwhile', 'overall', 'altogether', 'instead', 'otherwise', 'thus', 'hence', 'therefore',
  'today', 'yesterday', 'tomorrow', 'currently', 'previously', 'nearly', 'about', 'roughly', 'only',
  'another', 'including', 'excluding', 'plus', 'minus', 'totalling', 'some', 'perhaps', 'last', 'this',
]);
/** Lowercase reference words: "see table 2", "page 5", "version 3", "round 3". */
const REF_WORDS = new Set([
  'page', 'pages', 'chapter', 'section', 'table', 'figure', 'fig', 'article', 'paragraph', 'clause',
  'rule', 'line', 'item', 'step', 'level', 'version', 'model', 'series', 'episode', 'season',
  'number', 'no', 'nos', 'vol', 'volume', 'issue', 'part', 'appendix', 'exhibit', 'route', 'room',
  'gate', 'platform', 'track', 'lane', 'grade', 'class', 'stage', 'phase', 'tier', 'round', 'game',
  'match', 'block', 'row', 'column', 'slide', 'note', 'footnote', 'verse', 'act', 'scene', 'unit',
  'floor', 'building', 'ward', 'district', 'zone', 'category', 'type', 'generation', 'gen', 'option',
  'question', 'exercise', 'lemma', 'theorem', 'equation', 'eq', 'ref', 'sec', 'art', 'ch', 'pp',
  'p', 'nr', 'channel', 'radio', 'apollo', 'formula',
]);
/** Abbreviations followed by a period that still introduce an identifier: "No. 10", "p. 5". */
const DOT_ABBREV = new Set([
  'no', 'nos', 'vol', 'p', 'pp', 'fig', 'sec', 'art', 'ch', 'ref', 'nr', 'ex', 'eq', 'op', 'para',
]);
/** Words after "100m" meaning metres, not millions. */
const METRE_FOLLOW = new Set([
  'hurdles', 'champion', 'champions', 'championship', 'title', 'titles', 'gold', 'silver', 'bronze',
  'record', 'records', 'final', 'finals', 'race', 'races', 'runner', 'runners', 'sprint', 'sprinter',
  'freestyle', 'butterfly', 'backstroke', 'breaststroke', 'medley', 'relay', 'heat', 'heats', 'event',
  'indoor', 'outdoor', 'world', 'victory', 'win', 'crown', 'specialist', 'star', 'medal', 'medallist',
  'semi', 'semifinal', 'dash', 'personal', 'season', 'run', 'swim', 'steeplechase', 'high', 'long',
  'deep', 'tall', 'wide', 'away', 'long-', 'metres', 'meters', 'indoors', 'outdoors', 'hurdler', 'hurdlers',
  'sprinters', 'swimmers', 'runners-up', 'times', 'time', 'mark', 'bests', 'best', 'rankings', 'podium',
]);
/** Words after "N times" that make it a multiplier ("three times as many", "2.5 times higher"). */
const TIMES_FOLLOW = new Set([
  'as', 'more', 'the', 'higher', 'larger', 'bigger', 'greater', 'faster', 'smaller', 'less',
  'fewer', 'lower', 'cheaper', 'that', 'what', 'its', 'their', 'over', 'longer', 'slower',
  'stronger', 'richer', 'better', 'worse', 'costlier', 'pricier', 'heavier', 'his', 'her', 'our',
]);
const POSSESSIVE_FOLLOW = new Set([
  'of', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'all', 'that', 'those',
  'these', 'what', 'this',
]);
const MULT_WORDS: Record<string, number> = {
  double: 2, doubled: 2, doubling: 2, doubles: 2, twice: 2, triple: 3, tripled: 3, tripling: 3,
  triples: 3, treble: 3, trebled: 3, trebling: 3, quadruple: 4, quadrupled: 4, quadrupling: 4,
};
/** Words before "N to M" that make it a change rather than a range ("rose from 5 to 10"). */
const CHANGE_WORDS = new Set([
  'from', 'rose', 'fell', 'increased', 'decreased', 'grew', 'jumped', 'climbed', 'dropped',
  'slipped', 'rising', 'falling', 'up', 'down', 'cut', 'raised', 'lowered', 'slid', 'gained',
  'lost', 'went', 'moved', 'surged', 'soared', 'plunged', 'tumbled', 'by', 'beat', 'won', 'lead',
  'led', 'trail', 'trailed',
]);
const DISTANCES = new Set([50, 60, 100, 110, 200, 400, 800, 1000, 1200, 1500, 1600, 3000, 5000, 10000]);
const TIME_ZONES = new Set(['GMT', 'BST', 'CET', 'CEST', 'EST', 'EDT', 'PST', 'PDT', 'UTC', 'ET', 'PT', 'CST', 'CDT', 'IST', 'JST', 'AEST', 'hrs', 'HRS']);
const FRACTION_WORDS = new Set([
  'half', 'halves', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'sixth', 'sixths',
  'seventh', 'sevenths', 'eighth', 'eighths', 'ninth', 'ninths', 'tenth', 'tenths',
]);
const SCORE_FOLLOW = new Set([
  'in', 'at', 'to', 'and', 'or', 'win', 'wins', 'victory', 'defeat', 'loss', 'lead', 'draw', 'scoreline',
  'with', 'after', 'on', 'for', 'against', 'over', 'the', 'a', 'but', 'as', 'home', 'away', 'aggregate',
  'thrashing', 'triumph', 'success', 'reverse', 'setback', 'margin', 'before', 'when', 'while', 'by',
  'down', 'up', 'lead', 'deficit', 'scoreline', 'result', 'finish', 'hammering', 'drubbing',
]);
const ENTITY_CURRENCY: [string, string][] = [
  ['&#163;', 'GBP'], ['&pound;', 'GBP'], ['&#8364;', 'EUR'], ['&euro;', 'EUR'], ['&#36;', 'USD'],
  ['&dollar;', 'USD'], ['&#165;', 'JPY'], ['&yen;', 'JPY'],
];
/** Verbs that make a following "over" a particle, not a hedge ("handed over $5m"). */
const OVER_PARTICLE = new Set([
  'handed', 'hand', 'hands', 'handing', 'took', 'take', 'takes', 'taking', 'taken', 'turned', 'turn',
  'turns', 'turning', 'signed', 'sign', 'signs', 'passed', 'pass', 'passing', 'won', 'win', 'wins',
  'fought', 'argued', 'row', 'dispute', 'battle', 'talks', 'paid', 'pays', 'pay', 'paying',
]);
const HYPHEN_COUNT_WORDS = new Set(['strong', 'man', 'member', 'seat', 'person', 'odd', 'plus']);

const HEDGES_3: Record<string, Hedge> = {
  'in excess of': 'over', 'no more than': 'under', 'no fewer than': 'over', 'no less than': 'over',
  'just shy of': 'under', 'a little over': 'over', 'a little under': 'under', 'not more than': 'under',
  'a little more than': 'over', 'in the region of': 'approx', 'the region of': 'approx',
  'as many as': 'under', 'as much as': 'under', 'as high as': 'under', 'as few as': 'over', 'as little as': 'over',
  'as low as': 'over', 'the best part of': 'approx',
};
const HEDGES_2: Record<string, Hedge> = {
  'close to': 'approx', 'more than': 'over', 'at least': 'over', 'less than': 'under',
  'fewer than': 'under', 'at most': 'under', 'up to': 'under', 'upwards of': 'over', 'upward of': 'over',
  'greater than': 'over', 'just over': 'over', 'just under': 'under', 'well over': 'over',
  'well above': 'over', 'just below': 'under', 'just above': 'over', 'an estimated': 'approx',
  'north of': 'over', 'well under': 'under', 'well below': 'under',
};
const HEDGES_1: Record<string, Hedge> = {
  nearly: 'approx', almost: 'approx', about: 'approx', approximately: 'approx', roughly: 'approx',
  around: 'approx', some: 'approx', circa: 'approx', approx: 'approx', estimated: 'approx',
  over: 'over', exceeding: 'over', exceeds: 'over', exceeded: 'over', exceed: 'over', above: 'over',
  under: 'under', below: 'under', approaching: 'approx', nearing: 'approx', topping: 'over', surpassing: 'over',
};

// ---------------------------------------------------------------------------------------
// Char helpers (char codes)

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isAsciiLetter(c: number): boolean {
  const l = c | 32;
  return l >= 97 && l <= 122;
}
function isLetter(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}
function isAlnum(c: number): boolean {
  return isDigit(c) || isLetter(c);
}
/** Horizontal whitespace allowed between a number and its unit word. */
function isHSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
}
function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009;
}
const pow10 = (d: number) => Math.pow(10, d);

/** End of the ASCII-letter run starting at i. */
function letterRun(text: string, i: number, end: number): number {
  while (i < end && isAsciiLetter(text.charCodeAt(i))) i++;
  return i;
}

/** Skip an identifier-like token starting at/around i; returns where scanning resumes. */
function skipToken(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isAlnum(c) || c === 95 || c === 64) {
      i++;
      continue;
    }
    // punctuation inside a token only when followed by an alnum ("1.2.3", "10:30", "12/05/2024", "4-4-2")
    if ((c === 46 || c === 45 || c === 47 || c === 58 || c === 44 || c === 0x2013) && i + 1 < end && isAlnum(text.charCodeAt(i + 1))) {
      i += 2;
      continue;
    }
    break;
  }
  return i;
}

interface Word {
  start: number;
  end: number;
  lower: string;
}

/** The word (letters, maybe a trailing '.') right before position i, separated by exactly one space. */
function prevWord(text: string, i: number, lo: number): Word | undefined {
  if (i - 1 < lo || !isHSpace(text.charCodeAt(i - 1))) return undefined;
  const e = i - 1;
  let s = e;
  while (s > lo && isLetter(text.charCodeAt(s - 1))) s--;
  if (s === e) return undefined;
  return { start: s, end: e, lower: text.slice(s, e).toLowerCase() };
}

/** The word right after position i separated by one horizontal space. */
function nextWord(text: string, i: number, end: number): Word | undefined {
  if (i >= end || !isHSpace(text.charCodeAt(i))) return undefined;
  const s = i + 1;
  const e = letterRun(text, s, end);
  if (e === s) return undefined;
  return { start: s, end: e, lower: text.slice(s, e).toLowerCase() };
}

function wordAt(text: string, s: number, end: number): Word | undefined {
  const e = letterRun(text, s, end);
  if (e === s) return undefined;
  return { start: s, end: e, lower: text.slice(s, e).toLowerCase() };
}

/** Is position i at the start of a line, ignoring spaces and markdown list/quote/heading marks? */
function atLineStart(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0) {
    const c = text.charCodeAt(j);
    if (c === 10 || c === 13) return true;
    if (c === 32 || c === 9 || c === 62 /* > */ || c === 35 /* # */ || c === 42 /* * */ || c === 43 /* + */ || c === 45 /* - */ || c === 0x2022 /* • */) {
      j--;
      continue;
    }
    return false;
  }
  return true;
}

/** Is position i at the start of a sentence (for capitalised number words)? */
function atSentenceStart(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isWs(text.charCodeAt(j))) {
    if (text.charCodeAt(j) === 10) return true;
    j--;
  }
  if (j < 0) return true;
  const c = text.charCodeAt(j);
  return !(isAlnum(c) || c === 44 /* , */ || c === 38 /* & */ || c === 45);
}

// ---------------------------------------------------------------------------------------
// Numerals

interface Numeral {
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
  timesWord?: boolean;
  /** A hedge written after the number: "80-odd" → ['approx', start, end]. */
  postHedge?: [Hedge, number, number];
}

const CURRENCY_SYMBOL: Record<number, string> = { 36: 'USD', 0xa3: 'GBP', 0x20ac: 'EUR', 0xa5: 'JPY' };
const DOLLAR_PREFIX: Record<string, string> = {
  US: 'USD', A: 'AUD', AU: 'AUD', C: 'CAD', CA: 'CAD', HK: 'HKD', NZ: 'NZD', S: 'SGD',
};

class Extractor {
  figures: Figure[] = [];
  /** End of the last token recognised as a name part / identifier (for "Llama 3 70B"-style chains). */
  lastNameEnd = -10;
  constructor(readonly text: string, readonly lo: number, readonly end: number) {}

  /**
   * Parse a numeral at p (a digit, a sign, or a currency symbol).
   * Returns the numeral, or a number: the position to resume scanning after a rejected token.
   */
  numeral(p: number, allowSign: boolean, inRange = false): Numeral | number {
    const text = this.text;
    const end = this.end;
    let start = p;
    let q = p;
    let currency: string | undefined;
    let c = text.charCodeAt(q);
    const sym = CURRENCY_SYMBOL[c];
    if (sym !== undefined) {
      currency = sym;
      // letters before the symbol: US$, A$, HK$ …
      let s = q;
      while (s > 0 && isAsciiLetter(text.charCodeAt(s - 1)) && q - s < 3) s--;
      if (s < q) {
        if (s > 0 && isAlnum(text.charCodeAt(s - 1))) return q + 1;
        const pre = text.slice(s, q);
        const code = c === 36 ? DOLLAR_PREFIX[pre] : undefined;
        if (!code) return q + 1;
        currency = code;
        start = s;
      } else if (q > 0 && isDigit(text.charCodeAt(q - 1))) {
        return q + 1;
      }
      q++;
      if (q < end && isHSpace(text.charCodeAt(q)) && q + 1 < end && isDigit(text.charCodeAt(q + 1))) q++;
      if (q >= end || !isDigit(text.charCodeAt(q))) return q;
      c = text.charCodeAt(q);
    }
    let sign = 1;
    if (!currency && allowSign && p > 0) {
      const b = text.charCodeAt(p - 1);
      if ((b === 43 || b === 45 || b === 0x2212) && (p - 1 === 0 || isWs(text.charCodeAt(p - 2)) || text.charCodeAt(p - 2) === 40)) {
        // a markdown bullet "- 3" has a space; "-3" glued is a sign
        if (p - 1 >= this.lo && !atLineStartStrict(text, p - 1)) {
          sign = b === 43 ? 1 : -1;
          start = p - 1;
        } else if (b === 0x2212 || b === 43) {
          sign = b === 43 ? 1 : -1;
          start = p - 1;
        }
      }
    }
    const numStart = q;
    // leading zeros: phone numbers, ids ("007", "0800 …")
    let i = q;
    while (i < end && isDigit(text.charCodeAt(i))) i++;
    const firstGroup = i - q;
    if (firstGroup > 1 && c === 48 && !(inRange && firstGroup === 2)) return skipToken(text, i, end);
    let intStr = text.slice(q, i);
    let hasSep = false;
    if (firstGroup <= 3) {
      // "1,234,567"
      while (i + 3 < end + 0 && text.charCodeAt(i) === 44 && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3)) && !(i + 4 < end && isDigit(text.charCodeAt(i + 4)))) {
        intStr += text.slice(i + 1, i + 4);
        i += 4;
        hasSep = true;
      }
      // "350, 000": only right after a lone 1–3 digit group
      if (!hasSep && i + 4 < end + 0 && text.charCodeAt(i) === 44 && text.charCodeAt(i + 1) === 32 &&
        isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3)) && isDigit(text.charCodeAt(i + 4)) &&
        !(i + 5 < end && isDigit(text.charCodeAt(i + 5))) && !this.listContext(q, i + 5)) {
        intStr += text.slice(i + 2, i + 5);
        i += 5;
        hasSep = true;
      }
      // "350 000" with a no-break / thin space
      while (i + 3 < end && (text.charCodeAt(i) === 0xa0 || text.charCodeAt(i) === 0x202f || text.charCodeAt(i) === 0x2009) &&
        isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3)) && !(i + 4 < end && isDigit(text.charCodeAt(i + 4)))) {
        intStr += text.slice(i + 1, i + 4);
        i += 4;
        hasSep = true;
      }
    }
    // "1,2" / "2019,300": comma-joined digits that are not thousands groups
    if (i + 1 < end && text.charCodeAt(i) === 44 && isDigit(text.charCodeAt(i + 1))) return skipToken(text, i, end);
    let decimals = 0;
    let mant = Number(intStr);
    if (i + 1 < end && text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
      let k = i + 1;
      while (k < end && isDigit(text.charCodeAt(k))) k++;
      decimals = k - i - 1;
      // version numbers / IPs "1.2.3"
      if (k + 1 < end && text.charCodeAt(k) === 46 && isDigit(text.charCodeAt(k + 1))) return skipToken(text, k, end);
      mant = Number(intStr + text.slice(i, k));
      i = k;
    }
    const num: Numeral = {
      start, numStart, end: i, mantissa: sign * mant, decimals, scale: 1, intDigits: intStr.length,
      hasSep, currency, prefixCurrency: !!currency, suffixed: false,
    };
    const r = this.suffix(num);
    if (r !== 0) return r;
    return num;
  }

  /** "1, 2, 300": a ", ddd" join is refused when the numbers around look like a list. */
  listContext(q: number, after: number): boolean {
    const text = this.text;
    // followed by ", <digit>" → list
    if (after + 2 < this.end && text.charCodeAt(after) === 44 && text.charCodeAt(after + 1) === 32 && isDigit(text.charCodeAt(after + 2))) return true;
    // preceded by "<digit>, " → list
    if (q >= 3 && text.charCodeAt(q - 1) === 32 && text.charCodeAt(q - 2) === 44 && isDigit(text.charCodeAt(q - 3))) return true;
    return false;
  }

  /** Read glued and spaced suffixes after a numeral. Returns 0 when fine, else a resume position (reject). */
  suffix(n: Numeral): number {
    const text = this.text;
    const end = this.end;
    let i = n.end;
    const c = i < end ? text.charCodeAt(i) : -1;
    if (c === 37 /* % */) {
      n.kind = 'percent';
      n.unit = 'percent';
      n.end = i + 1;
      n.suffixed = true;
      return this.afterNumeralCheck(n);
    }
    if (c >= 0 && isAsciiLetter(c)) {
      const e = letterRun(text, i, end);
      const after = e < end ? text.charCodeAt(e) : -1;
      if (after >= 0 && (isDigit(after) || isLetter(after) || after === 95)) return skipToken(text, e, end);
      const s = text.slice(i, e);
      const cur = !!n.currency;
      let scale = 0;
      switch (s) {
        case 'k':
          scale = 1e3;
          break;
        case 'K':
          if (cur) scale = 1e3;
          break;
        case 'm':
        case 'mn':
          scale = 1e6;
          break;
        case 'M':
          if (cur) scale = 1e6;
          else {
            const w = nextWord(text, e, end);
            if (w && (w.lower === 'parameters' || w.lower === 'params' || w.lower === 'tokens')) {
              n.kind = 'size';
              n.unit = 'M';
              scale = 1e6;
            }
          }
          break;
        case 'bn':
        case 'b':
          if (s === 'bn' || cur) scale = 1e9;
          break;
        case 'tn':
        case 'trn':
          scale = 1e12;
          break;
        case 'B':
          scale = 1e9;
          if (!cur) {
            n.kind = 'size';
            n.unit = 'B';
          }
          break;
        case 'T':
          scale = 1e12;
          if (!cur) {
            n.kind = 'size';
            n.unit = 'T';
          }
          break;
        case 'x':
          if (!cur && n.mantissa > 0) {
            n.kind = 'multiplier';
            n.end = e;
            n.suffixed = true;
            return this.afterNumeralCheck(n);
          }
          break;
        case 'pc':
          if (!cur) {
            n.kind = 'percent';
            n.unit = 'percent';
            n.end = e;
            n.suffixed = true;
            return this.afterNumeralCheck(n);
          }
          break;
      }
      if (!scale) return skipToken(text, e, end);
      // "100m-long": metres
      if (s === 'm' && !cur && after === 45 /* - */) return skipToken(text, e, end);
      n.scale = scale;
      n.end = e;
      n.suffixed = true;
      // "77m euros", "40m rupees"
      if (!cur) {
        const ca = this.currencyAfter(e, true);
        if (ca) {
          n.currency = ca.unit;
          n.end = ca.end;
          n.kind = undefined;
          n.unit = undefined;
        }
      }
      if (n.kind === undefined && !n.currency && s === 'm' && this.metres(n, e)) return e;
      return this.afterNumeralCheck(n);
    }
    if (c === 0xd7 /* × */ && !n.currency && !(i + 1 < end && isAlnum(text.charCodeAt(i + 1)))) {
      n.kind = 'multiplier';
      n.end = i + 1;
      n.suffixed = true;
      return this.afterNumeralCheck(n);
    }
    // glued punctuation that makes a token something else
    if (c === 58 /* : */ || c === 47 /* / */) {
      if (i + 1 < end && isDigit(text.charCodeAt(i + 1))) return skipToken(text, i, end);
    }
    if (c === 0xb0 /* ° */ || c === 0x2032 || c === 0x2033 || c === 64 /* @ */ || c === 95 || c === 0xb2 || c === 0xb3) return skipToken(text, i + 1, end);
    if (c === 46 /* . */ && i + 1 < end && isAsciiLetter(text.charCodeAt(i + 1))) return skipToken(text, i, end);
    if ((c === 39 || c === 0x2019) && i + 1 < end && (text.charCodeAt(i + 1) | 32) === 115 /* 's */) {
      // "1990's" is a decade
      if (n.intDigits === 4 && text.charCodeAt(i - 1) === 48) return i + 2;
    }
    if (c === 45 /* - */ && i + 1 < end && isAsciiLetter(text.charCodeAt(i + 1))) {
      const w = wordAt(text, i + 1, end);
      if (!w) return skipToken(text, i, end);
      const wc = w.end < end ? text.charCodeAt(w.end) : -1;
      const unit = DURATION_WORDS[w.lower];
      // "31-year-old": an age, not a figure we check
      if (unit && wc === 45 && text.startsWith('old', w.end + 1)) return skipToken(text, w.end, end);
      if (unit && !n.currency && n.decimals === 0) {
        n.kind = 'duration';
        n.unit = unit;
        n.end = w.end;
        n.suffixed = true;
        return this.afterNumeralCheck(n);
      }
      if (w.lower === 'fold' && !n.currency) {
        n.kind = 'multiplier';
        n.end = w.end;
        n.suffixed = true;
        return this.afterNumeralCheck(n);
      }
      if (HYPHEN_COUNT_WORDS.has(w.lower) && wc !== 45) {
        if (w.lower === 'odd' || w.lower === 'plus') {
          // "80-odd resorts", "50-plus": a hedge written after the number
          n.postHedge = [w.lower === 'odd' ? 'approx' : 'over', i, w.end];
        }
        return this.afterNumeralCheck(n);
      }
      // "£100,000-a-year job", "$4.17-a-share"
      if (w.lower === 'a' && wc === 45) return this.afterNumeralCheck(n);
      // "a 10,000-vote majority", "£5m-deal": grouped digits or money stay figures
      if (n.hasSep || n.currency) return this.afterNumeralCheck(n);
      if (SCALE_WORDS[w.lower] && n.currency) {
        n.scale = SCALE_WORDS[w.lower];
        n.end = w.end;
        n.suffixed = true;
        return this.afterNumeralCheck(n);
      }
      return skipToken(text, i, end);
    }
    // spaced suffix words
    const w = nextWord(text, i, end);
    if (w) {
      const lw = w.lower;
      const sw = SCALE_WORDS[lw];
      if (sw) {
        n.scale = sw;
        n.end = w.end;
        n.suffixed = true;
        if (!n.currency) {
          const ca = this.currencyAfter(w.end, true);
          if (ca) {
            n.currency = ca.unit;
            n.end = ca.end;
          }
        }
        return this.afterNumeralCheck(n);
      }
      if (n.currency) return this.afterNumeralCheck(n);
      if (lw === 'percent' || (lw === 'per' && text.startsWith(' cent', w.end) && !(w.end + 5 < end && isLetter(text.charCodeAt(w.end + 5))))) {
        n.kind = 'percent';
        n.unit = 'percent';
        n.end = lw === 'percent' ? w.end : w.end + 5;
        n.suffixed = true;
        return this.afterNumeralCheck(n);
      }
      if (lw === 'percentage') {
        const w2 = nextWord(text, w.end, end);
        if (w2 && (w2.lower === 'points' || w2.lower === 'point')) {
          n.kind = 'percent';
          n.unit = 'pp';
          n.end = w2.end;
          n.suffixed = true;
          return this.afterNumeralCheck(n);
        }
      }
      const ca = this.currencyAfter(i, false);
      if (ca) {
        n.currency = ca.unit;
        n.end = ca.end;
        return this.afterNumeralCheck(n);
      }
      if (TIME_ZONES.has(text.slice(w.start, w.end))) return w.end; // "1830 GMT"
      if (FRACTION_WORDS.has(lw) && n.mantissa <= 20 && text.charCodeAt(w.start) >= 97) return w.end; // "2 thirds"
      if (lw === 'o' && text.startsWith("'clock", w.end)) return w.end + 6;
      const du = DURATION_WORDS[lw];
      if (du) {
        n.kind = 'duration';
        n.unit = du;
        n.end = w.end;
        n.suffixed = true;
        return this.afterNumeralCheck(n);
      }
      if (lw === 'times') {
        const w2 = nextWord(text, w.end, end);
        if (w2 && TIMES_FOLLOW.has(w2.lower) && n.mantissa > 0) {
          n.kind = 'multiplier';
          n.end = w.end;
          n.suffixed = true;
          n.timesWord = true;
          return this.afterNumeralCheck(n);
        }
      }
      if ((lw === 'am' || lw === 'pm' || lw === 'a' || lw === 'p') && (lw.length === 2 || (w.end < end && text.charCodeAt(w.end) === 46))) {
        if (lw.length === 2 || text.startsWith('.m', w.end)) return w.end;
      }
      if (MONTHS.has(lw) && n.decimals === 0 && !n.hasSep && n.mantissa >= 1 && n.mantissa <= 31 && isUpper(text.charCodeAt(w.start))) {
        return w.start; // "7 September": a day of the month
      }
    }
    return this.afterNumeralCheck(n);
  }

  /** A currency word right after position i: "dollars", "euros", "Australian dollars", "rupees". */
  currencyAfter(i: number, scaled: boolean): { unit: string; end: number } | undefined {
    const w = nextWord(this.text, i, this.end);
    if (!w) return undefined;
    const cw = CURRENCY_WORDS[w.lower];
    if (cw) {
      if (!scaled && CURRENCY_NEEDS_SCALE.has(w.lower)) return undefined;
      if (cw === 'GBP' && w.lower === 'pounds' && this.text.startsWith(' sterling', w.end)) return { unit: cw, end: w.end + 9 };
      return { unit: cw, end: w.end };
    }
    let nation = DOLLAR_NATIONS[w.lower];
    let w2 = nextWord(this.text, w.end, this.end);
    if (!nation && w2 && ((w.lower === 'hong' && w2.lower === 'kong') || (w.lower === 'new' && w2.lower === 'zealand'))) {
      nation = w.lower === 'hong' ? 'HKD' : 'NZD';
      w2 = nextWord(this.text, w2.end, this.end);
    }
    if (nation && w2 && (w2.lower === 'dollars' || w2.lower === 'dollar')) return { unit: nation, end: w2.end };
    return undefined;
  }

  /** "60m", "16.76m", "the final 400m": metres, not millions (a bare "m" with no currency). */
  metres(n: Numeral, e: number): boolean {
    const text = this.text;
    const w = nextWord(text, e, this.end);
    if (w && METRE_FOLLOW.has(w.lower)) return true;
    if (n.decimals === 2 && Math.abs(n.mantissa) < 100) return true;
    if (n.decimals === 0 && DISTANCES.has(n.mantissa)) {
      const pt = n.start >= 3 ? text.slice(n.start - 3, n.start) : '';
      if (pt === "'s " || pt === '’s ') return true; // "the women's 800m"
      // "100m users" stays millions; "the 400m", "400m to 200m", "(for 100m)" are distances
      if (!w || !w.lower.endsWith('s') || text.charCodeAt(w.start) < 97) return true;
    }
    return false;
  }

  /** Context checks that apply to every numeral: footnotes, list markers, section numbers. */
  afterNumeralCheck(n: Numeral): number {
    const text = this.text;
    const ns = n.numStart;
    const b = ns > 0 ? text.charCodeAt(ns - 1) : -1;
    const a = n.end < this.end ? text.charCodeAt(n.end) : -1;
    if (!n.suffixed && !n.currency) {
      // footnotes [1] [^1] ^1
      if (b === 94 /* ^ */) return n.end;
      if (b === 91 /* [ */ && (a === 93 || a === 44)) return n.end;
      // (1) enumerations
      if (b === 40 && a === 41 && n.intDigits <= 2 && n.decimals === 0) return n.end + 1;
      // list markers and section numbers at the start of a line
      if (n.start === ns && atLineStart(text, ns)) {
        if ((a === 46 || a === 41) && n.decimals === 0 && n.intDigits <= 3) {
          const a2 = n.end + 1 < this.end ? text.charCodeAt(n.end + 1) : 10;
          if (isWs(a2)) return n.end + 1;
        }
        if (n.decimals > 0 && a === 32 && n.end + 1 < this.end && isUpper(text.charCodeAt(n.end + 1))) return n.end;
        if (n.decimals > 0 && a === 46 && n.end + 1 < this.end && isWs(text.charCodeAt(n.end + 1))) return n.end + 1;
      }
    }
    return 0;
  }

  /** Is the bare number starting at ns part of a name ("Llama 3", "Windows 11", "Table 2", "No. 10")? 'day' after a month. */
  nameContext(ns: number, year = false): 'name' | 'day' | undefined {
    const text = this.text;
    if (ns < 1) return undefined;
    const sp = text.charCodeAt(ns - 1);
    if (!isHSpace(sp)) return undefined;
    const te = ns - 1;
    if (this.lastNameEnd === te) return 'name';
    let ts = te;
    while (ts > 0 && !isWs(text.charCodeAt(ts - 1))) ts--;
    if (ts === te) return undefined;
    let s = ts;
    let e = te;
    // strip leading punctuation
    while (s < e && !isAlnum(text.charCodeAt(s))) s++;
    if (s === e) return undefined;
    const last = text.charCodeAt(e - 1);
    if (last === 46 /* . */) {
      const w = text.slice(s, e - 1).toLowerCase();
      if (DOT_ABBREV.has(w)) return 'name';
      return undefined;
    }
    if (!isAlnum(last)) return undefined;
    const tok = text.slice(s, e);
    if (tok.endsWith("'s") || tok.endsWith('’s')) return undefined;
    const lower = tok.toLowerCase();
    const dash = lower.lastIndexOf('-');
    if (MONTHS.has(dash < 0 ? lower : lower.slice(dash + 1)) && isUpper(text.charCodeAt(dash < 0 ? s : s + dash + 1))) return 'day';
    if (REF_WORDS.has(lower) && isAlnum(text.charCodeAt(s))) {
      // lowercase reference words, or capitalised ones
      return 'name';
    }
    let hasUpper = false;
    for (let k = s; k < e; k++) {
      const ch = text.charCodeAt(k);
      if (isUpper(ch)) {
        hasUpper = true;
        break;
      }
      if (!isLetter(ch) && ch !== 45 && ch !== 38 && ch !== 39 && !isDigit(ch)) return undefined;
    }
    if (!hasUpper) return undefined;
    if (CAP_STOP.has(lower)) return undefined;
    if (atSentenceStart(text, s)) {
      // "Although 2005 …", "Clearly 300 …": sentence-initial adverbs and conjunctions are not names.
      // A year after a sentence-initial capitalised word is kept ("Euro 2004" mid-sentence is a name).
      if (year || lower.endsWith('ly') || SENTENCE_OPENERS.has(lower)) return undefined;
    }
    return 'name';
  }

  // -------------------------------------------------------------------------------------
  // Digit-started figures

  digitFigure(p: number): number {
    const text = this.text;
    const end = this.end;
    const c = text.charCodeAt(p);
    const isSym = CURRENCY_SYMBOL[c] !== undefined;
    if (!isSym && p > 0) {
      const b = text.charCodeAt(p - 1);
      // glued to letters: H100, MP3, G20, PS5, 4G (after), Q2 / H1 quarters
      if (isLetter(b) || isDigit(b) || b === 95) {
        const q = this.quarter(p);
        if (q !== undefined) return q;
        const e = skipToken(text, p, end);
        this.lastNameEnd = e;
        return e;
      }
      if (b === 45 /* - */ && p > 1 && isAlnum(text.charCodeAt(p - 2))) {
        // GPT-4, COVID-19, Llama-3 … but mid-2024, pre-2020
        let s = p - 2;
        while (s > 0 && isLetter(text.charCodeAt(s - 1))) s--;
        const w = text.slice(s, p - 1).toLowerCase();
        if (!(w === 'mid' || w === 'pre' || w === 'post' || w === 'late' || w === 'early' || w === 'end' || w === 'near')) {
          const e = skipToken(text, p, end);
          this.lastNameEnd = e;
          return e;
        }
      }
      if (b === 35 /* # */ || b === 64 || b === 47 || b === 58 || b === 0x2116 /* № */ || b === 0xa7 /* § */ || b === 92 || b === 61 /* = */ || b === 39 || b === 0x2018 || b === 0x2019 || b === 38 /* & */) {
        return skipToken(text, p, end);
      }
      if (b === 46 /* . */ && p > 1 && isAlnum(text.charCodeAt(p - 2))) return skipToken(text, p, end);
      if (b === 59 /* ; */) {
        // HTML entities: "&#163;1.8m", "&pound;5", "&euro;2bn"
        const ent = ENTITY_CURRENCY.find(([e]) => text.startsWith(e, p - e.length));
        if (ent) {
          const r = this.numeral(p, false);
          if (typeof r === 'number') return r;
          if (!r.currency) {
            r.currency = ent[1];
            r.prefixCurrency = true;
            r.start = p - ent[0].length;
          }
          return this.finishNumeral(r);
        }
      }
    }
    const r = this.numeral(p, true);
    if (typeof r === 'number') return r;
    return this.finishNumeral(r);
  }

  /** "Q2 2025" → quarter; "H1 2025" → the year only. Called when the digit is glued to a letter. */
  quarter(p: number): number | undefined {
    const text = this.text;
    const L = text.charCodeAt(p - 1);
    if (L !== 81 && L !== 72) return undefined; // Q / H
    if (p - 2 >= 0 && isAlnum(text.charCodeAt(p - 2))) return undefined;
    const d = text.charCodeAt(p) - 48;
    if (d < 1 || d > (L === 81 ? 4 : 2)) return undefined;
    if (p + 6 > this.end) return undefined;
    const sp = text.charCodeAt(p + 1);
    if (!(isHSpace(sp) || sp === 45)) return undefined;
    for (let k = p + 2; k < p + 6; k++) if (!isDigit(text.charCodeAt(k))) return undefined;
    if (p + 6 < this.end && isAlnum(text.charCodeAt(p + 6))) return undefined;
    const year = Number(text.slice(p + 2, p + 6));
    if (year < 1800 || year > 2199) return undefined;
    if (L === 81) {
      this.push({
        start: p - 1, end: p + 6, text: text.slice(p - 1, p + 6), value: year + (d - 1) / 4, kind: 'quarter',
        scale: 1, decimals: 0,
      });
    } else {
      this.push({ start: p + 2, end: p + 6, text: text.slice(p + 2, p + 6), value: year, kind: 'year', scale: 1, decimals: 0 });
    }
    return p + 6;
  }

  finishNumeral(n: Numeral): number {
    const text = this.text;
    const end = this.end;
    // ranges
    const range = this.range(n);
    if (typeof range === 'number') return range;
    let high: number | undefined;
    let fig = n;
    if (range) {
      fig = range.merged;
      high = range.high;
    }
    // classify
    let kind: FigureKind;
    if (fig.currency) kind = 'currency';
    else if (fig.kind) kind = fig.kind;
    else if (fig.scale === 1 && fig.decimals === 0 && !fig.hasSep && fig.intDigits === 4 && fig.start === fig.numStart &&
      fig.mantissa >= 1800 && fig.mantissa <= 2199) kind = 'year';
    else if (fig.decimals > 0 && fig.scale === 1) kind = 'number';
    else kind = 'count';
    const bare = (kind === 'count' || kind === 'number') && fig.scale === 1 && !fig.suffixed && !range;
    if (range && (kind === 'count' || kind === 'number') && !fig.suffixed && fig.scale === 1) {
      // "Boeing 737-800", "Italy 17-28 Ireland", "the 9-11 Commission": a bare pair next to a name
      if (this.nameContext(fig.numStart) === 'name') {
        this.lastNameEnd = fig.end;
        return fig.end;
      }
      if (fig.end + 1 < end && isHSpace(text.charCodeAt(fig.end)) && isUpper(text.charCodeAt(fig.end + 1))) return fig.end;
      // tennis: "6-1 3-1 0-30", "serving at 5-6 down"
      if (fig.mantissa === 0) return fig.end;
      if (fig.numStart > 1 && isHSpace(text.charCodeAt(fig.numStart - 1)) && isDigit(text.charCodeAt(fig.numStart - 2))) return fig.end;
    }
    if ((bare && !fig.hasSep) || (kind === 'year' && !range)) {
      const ctx = this.nameContext(fig.numStart, kind === 'year');
      if (ctx === 'name') {
        this.lastNameEnd = fig.end;
        return fig.end;
      }
      if (ctx === 'day' && kind !== 'year') {
        if (fig.decimals === 0 && fig.mantissa >= 1 && fig.mantissa <= 31) return fig.end;
      }
      if (bare) {
        // times "at 10 am" handled in suffix; ratios "1 in 4", "one in five"
        const w = nextWord(text, fig.end, end);
        if (w && (w.lower === 'in' || w.lower === 'out') && fig.decimals === 0) {
          let k = w.end;
          if (w.lower === 'out') {
            if (!text.startsWith(' of ', k)) return this.emit(fig, kind, high);
            k += 3;
          }
          if (k + 1 < end && isHSpace(text.charCodeAt(k))) {
            const c2 = text.charCodeAt(k + 1);
            if (isDigit(c2) && !yearAhead(text, k + 1, end)) return skipToken(text, k + 1, end);
            const w2 = wordAt(text, k + 1, end);
            if (w2 && (SMALL[w2.lower] || TENS[w2.lower] || w2.lower === 'hundred' || w2.lower === 'a')) return w2.end;
          }
        }
        // phone-like digit groups "020 7946 0000"
        if (fig.decimals === 0 && !fig.hasSep && fig.end + 4 < end && isHSpace(text.charCodeAt(fig.end)) && isDigit(text.charCodeAt(fig.end + 1))) {
          let k = fig.end + 1;
          while (k < end && isDigit(text.charCodeAt(k))) k++;
          if (k - fig.end - 1 >= 3 && fig.intDigits >= 3 && kind !== 'year') return skipToken(text, k, end);
        }
      }
    }
    return this.emit(fig, kind, high);
  }

  emit(fig: Numeral, kind: FigureKind, high?: number): number {
    const f: Figure = {
      start: fig.start, end: fig.end, text: this.text.slice(fig.start, fig.end), value: scaled(fig.mantissa, fig.decimals, fig.scale), kind,
      scale: fig.scale, decimals: fig.decimals,
    };
    if (high !== undefined) f.high = high === Math.round(high) ? high : Number(high.toPrecision(12));
    const unit = kind === 'currency' ? fig.currency : fig.unit;
    if (unit) f.unit = unit;
    this.hedge(f);
    if (!f.hedge && fig.postHedge) {
      f.hedge = fig.postHedge[0];
      f.hedgeStart = fig.postHedge[1];
      f.hedgeText = this.text.slice(fig.postHedge[1], fig.postHedge[2]);
    }
    this.push(f);
    return fig.end;
  }

  push(f: Figure): void {
    if (f.start >= this.lo && f.end <= this.end) this.figures.push(f);
  }

  /**
   * Try to extend a numeral into a range: "12-18 months", "12–18", "12 to 18 months",
   * "between 12 and 18 months", "$5-10bn", "20%-30%", "2004-05".
   * Returns undefined (no range), a number (reject both, resume there), or the merged figure.
   */
  range(n1: Numeral): { merged: Numeral; high: number } | number | undefined {
    const text = this.text;
    const end = this.end;
    let i = n1.end;
    if (i >= end) return undefined;
    const c = text.charCodeAt(i);
    let sep: 'dash' | 'to' | 'and' | undefined;
    let q = -1;
    if ((c === 45 || c === 0x2013) && i + 1 < end) {
      const d = text.charCodeAt(i + 1);
      if (isDigit(d) || (n1.currency && CURRENCY_SYMBOL[d] !== undefined)) {
        sep = 'dash';
        q = i + 1;
      }
    } else if (isHSpace(c) && i + 3 < end) {
      const c1 = text.charCodeAt(i + 1);
      if (c1 === 0x2013 && isHSpace(text.charCodeAt(i + 2))) {
        sep = 'dash';
        q = i + 3;
      } else if (c1 === 116 && text.startsWith('to ', i + 1)) {
        sep = 'to';
        q = i + 4;
      } else if (c1 === 97 && text.startsWith('and ', i + 1)) {
        sep = 'and';
        q = i + 5;
      }
    }
    if (!sep || q >= end) return undefined;
    const d = text.charCodeAt(q);
    if (!(isDigit(d) || CURRENCY_SYMBOL[d] !== undefined)) return undefined;
    if ((sep === 'and' || sep === 'to') && !n1.suffixed && !n1.currency && isYearLike(n1) !== isYearLikeAt(text, q, end)) {
      // "from 36,185 in 2003 to 28,041": a year and a count are never a range
      return undefined;
    }
    if (sep === 'and' || sep === 'to') {
      const pw = prevWord(text, n1.start, 0);
      if (sep === 'and' && (!pw || pw.lower !== 'between')) return undefined;
      if (sep === 'to') {
        if (pw && CHANGE_WORDS.has(pw.lower)) return undefined;
        // "rose 0.3% to 2.1%": only a bare left side makes a "to" range
        if (n1.suffixed) return undefined;
      }
    }
    const r2 = this.numeral(q, false, true);
    if (typeof r2 === 'number') {
      // the second half is an identifier or an age ("15 to 24-year-olds"): so is the first
      return r2 > q ? r2 : undefined;
    }
    const n2 = r2;
    // "4-4-2", "1-2-3"
    if (sep === 'dash' && n2.end + 1 < end && (text.charCodeAt(n2.end) === 45 || text.charCodeAt(n2.end) === 0x2013) && isDigit(text.charCodeAt(n2.end + 1))) {
      return skipToken(text, n2.end, end);
    }
    if (n2.currency && n1.currency && n2.currency !== n1.currency) return undefined;
    if (n2.prefixCurrency && !n1.currency) return undefined;
    // year ranges 2004-05, 2019-2020
    if (sep === 'dash' && !n1.suffixed && !n1.currency && n1.intDigits === 4 && n1.decimals === 0 && !n1.hasSep &&
      n1.mantissa >= 1800 && n1.mantissa <= 2199 && !n2.suffixed && n2.decimals === 0) {
      let hi = n2.mantissa;
      if (n2.intDigits === 2) hi = Math.floor(n1.mantissa / 100) * 100 + hi;
      else if (n2.intDigits === 1) hi = Math.floor(n1.mantissa / 10) * 10 + hi;
      else if (n2.intDigits !== 4) return sep === 'dash' ? n2.end : undefined;
      if (hi <= n1.mantissa || hi - n1.mantissa > 50) return sep === 'dash' ? n2.end : undefined;
      const merged: Numeral = { ...n1, end: n2.end, kind: 'year' };
      return { merged, high: hi };
    }
    if (n2.intDigits === 2 && text.charCodeAt(n2.numStart) === 48) return sep === 'dash' ? n2.end : undefined;
    // phone "555-1234"
    if (sep === 'dash' && !n1.suffixed && !n2.suffixed && n1.intDigits >= 3 && n2.intDigits >= 4 && !n1.hasSep && !n2.hasSep) {
      return skipToken(text, n2.end, end);
    }
    let merged: Numeral;
    let low: number;
    let high: number;
    if (n1.suffixed) {
      // both must carry the same kind of suffix: "20%-30%", "5m-10m"
      if (!n2.suffixed || n1.kind !== n2.kind || n1.unit !== n2.unit) return undefined;
      low = n1.mantissa * n1.scale;
      high = n2.mantissa * n2.scale;
      merged = { ...n1, end: n2.end, currency: n1.currency ?? n2.currency, decimals: Math.max(n1.decimals, n2.decimals), scale: n1.scale === n2.scale ? n1.scale : Math.min(n1.scale, n2.scale) };
      if (merged.scale !== n1.scale) merged.mantissa = low / merged.scale;
    } else {
      low = n1.mantissa * n2.scale;
      high = n2.mantissa * n2.scale;
      merged = {
        ...n1, end: n2.end, scale: n2.scale, kind: n2.kind, unit: n2.unit, currency: n1.currency ?? n2.currency,
        decimals: Math.max(n1.decimals, n2.decimals), suffixed: n2.suffixed, hasSep: n1.hasSep || n2.hasSep,
      };
    }
    if (!(high > low)) {
      // scores "3-0", "2-1": neither number is a figure
      if (sep === 'dash') return n2.end;
      return undefined;
    }
    if (sep === 'dash' && !merged.suffixed && !merged.currency && high <= 10 && n1.decimals === 0 && n2.decimals === 0) {
      // "4-6 6-3", "(7-5)", "won 2-3": scores. A small bare pair must be followed by a plain noun.
      const w = nextWord(text, n2.end, end);
      if (!w || text.charCodeAt(w.start) < 97 || SCORE_FOLLOW.has(w.lower)) return n2.end;
    }
    // a bare hyphenated pair with no unit, e.g. "50-100", stays a count range
    return { merged, high };
  }

  // -------------------------------------------------------------------------------------
  // Word-started figures

  wordFigure(p: number, matched: string): number {
    const text = this.text;
    const end = this.end;
    const lower = matched.toLowerCase();
    const first = text.charCodeAt(p);
    const capital = isUpper(first);
    if (p > 0) {
      const b = text.charCodeAt(p - 1);
      if (b === 45 || isDigit(b) || b === 95) return p + matched.length;
    }
    if (capital && !atSentenceStart(text, p)) {
      // "the Big Four", "Formula One", "Channel Five" are names; "listed One hundred and eighty-one
      // deaths" is a number: a capitalised number word counts when a scale word follows it.
      const nw = nextWord(text, p + matched.length, end);
      const scaled = !!nw && (nw.lower === 'hundred' || nw.lower === 'thousand' || SCALE_WORDS[nw.lower] !== undefined);
      if (!scaled) return p + matched.length;
    }
    // multipliers
    const mult = MULT_WORDS[lower];
    if (mult !== undefined) return this.multiplierWord(p, lower, mult);
    if (lower === 'half') return this.halfWord(p);
    // vague quantities
    if (lower === 'tens' || lower === 'hundreds' || lower === 'thousands' || lower === 'millions' ||
      lower === 'billions' || lower === 'trillions' || lower === 'dozens') return this.vague(p, lower);
    if (lower === 'several' || lower === 'a few') return this.several(p, lower);
    if (lower === 'dozen') return p + 5;
    // "a hundred", "a billion", "a dozen"
    let i: number;
    let v: number;
    let scale = 1;
    let isOne = false;
    if (lower.startsWith('a ')) {
      const w = lower.slice(2);
      if (w === 'dozen') v = 12;
      else if (w === 'hundred') v = 100;
      else {
        v = SCALE_WORDS[w];
        scale = v;
      }
      i = p + matched.length;
    } else {
      const parsed = this.wordNumber(p, end);
      if (!parsed) return p + matched.length;
      v = parsed.value;
      i = parsed.end;
      isOne = lower === 'one' && parsed.value === 1;
    }
    // hundred / scale words / dozen after the number
    let w = nextWord(text, i, end);
    let sawScale = lower.startsWith('a ') && lower !== 'a dozen';
    if (w && w.lower === 'dozen' && !lower.startsWith('a ')) {
      v *= 12;
      i = w.end;
      w = nextWord(text, i, end);
      sawScale = true;
    }
    if (w && w.lower === 'hundred' && v < 100) {
      v *= 100;
      i = w.end;
      sawScale = true;
      w = nextWord(text, i, end);
      if (w && w.lower === 'and') {
        const after = w.end + 1;
        if (after < end && isHSpace(text.charCodeAt(w.end))) {
          const sub = this.wordNumber(after, end);
          if (sub && sub.value < 100) {
            v += sub.value;
            i = sub.end;
          }
        }
        w = nextWord(text, i, end);
      }
    }
    if (w && SCALE_WORDS[w.lower] && v < 1000) {
      scale = SCALE_WORDS[w.lower];
      v *= scale;
      i = w.end;
      sawScale = true;
      w = nextWord(text, i, end);
    }
    if (!sawScale && w && (w.lower === 'in' || w.lower === 'out')) {
      // "one in five", "two out of three": ratios, neither number is a figure
      const k = w.lower === 'out' && text.startsWith(' of', w.end) ? w.end + 3 : w.end;
      if (k + 1 < end && isHSpace(text.charCodeAt(k))) {
        const c2 = text.charCodeAt(k + 1);
        const w2 = wordAt(text, k + 1, end);
        if (isDigit(c2) && !yearAhead(text, k + 1, end)) return skipToken(text, k + 1, end);
        if (w2 && (SMALL[w2.lower] || TENS[w2.lower] || w2.lower === 'hundred' || w2.lower === 'a')) return w2.end;
      }
    }
    if (!sawScale) {
      // "number three", "Channel five", "top ten" is fine
      const pw = prevWord(text, p, 0);
      if (pw && REF_WORDS.has(pw.lower)) return i;
    }
    if (isOne && !sawScale) {
      // "one" alone is never a figure, except "one year" / "one month"
      if (!(w && DURATION_WORDS[w.lower] && !w.lower.endsWith('s') && w.lower !== 'day')) return i; // "one day" is an idiom
    }
    // hyphenated adjective "two-year", "three-fold"; anything else ("two-thirds", "five-star") is not a figure
    if (i < end && text.charCodeAt(i) === 45) {
      const hw = wordAt(text, i + 1, end);
      if (hw && DURATION_WORDS[hw.lower] && hw.end < end && text.charCodeAt(hw.end) === 45 && text.startsWith('old', hw.end + 1)) {
        return skipToken(text, hw.end, end);
      }
      if (hw && DURATION_WORDS[hw.lower] && scale === 1) {
        return this.emitWords(p, hw.end, v, undefined, 'duration', DURATION_WORDS[hw.lower], scale);
      }
      if (hw && hw.lower === 'fold') return this.emitWords(p, hw.end, v, undefined, 'multiplier', undefined, 1);
      return skipToken(text, i, end);
    }
    // range "two to three years", "two-to-three"
    let high: number | undefined;
    if (w && w.lower === 'to' && scale === 1 && !sawScale) {
      const pw = prevWord(text, p, 0);
      if (!(pw && CHANGE_WORDS.has(pw.lower)) && w.end + 1 < end && isHSpace(text.charCodeAt(w.end))) {
        const sub = this.wordNumber(w.end + 1, end);
        if (sub && sub.value > v) {
          const w2 = nextWord(text, sub.end, end);
          if (w2 && DURATION_WORDS[w2.lower]) {
            high = sub.value;
            i = sub.end;
            w = w2;
          }
        }
      }
    }
    if (w) {
      const ca = this.currencyAfter(i, scale > 1);
      if (ca) return this.emitWords(p, ca.end, v, high, 'currency', ca.unit, scale);
      if (FRACTION_WORDS.has(w.lower)) return w.end; // "two thirds"
      if (w.lower === 'o' && text.startsWith("'clock", w.end)) return w.end + 6;
      if (w.lower === 'percent') return this.emitWords(p, w.end, v, high, 'percent', 'percent', scale);
      if (w.lower === 'per' && text.startsWith(' cent', w.end)) return this.emitWords(p, w.end + 5, v, high, 'percent', 'percent', scale);
      if (w.lower === 'percentage') {
        const w2 = nextWord(text, w.end, end);
        if (w2 && (w2.lower === 'points' || w2.lower === 'point')) return this.emitWords(p, w2.end, v, high, 'percent', 'pp', scale);
      }
      const du = DURATION_WORDS[w.lower];
      if (du && scale === 1) return this.emitWords(p, w.end, v, high, 'duration', du, scale);
      if (w.lower === 'times') {
        const w2 = nextWord(text, w.end, end);
        if (w2 && TIMES_FOLLOW.has(w2.lower)) return this.emitWords(p, w.end, v, undefined, 'multiplier', undefined, 1);
      }
    }
    if (high !== undefined) return i;
    return this.emitWords(p, i, v, undefined, 'count', undefined, scale);
  }

  /** "twenty-five", "seven", "ninety nine" → value and end. */
  wordNumber(p: number, end: number): { value: number; end: number } | undefined {
    const text = this.text;
    const w = wordAt(text, p, end);
    if (!w) return undefined;
    if (p > 0 && isLetter(text.charCodeAt(p - 1))) return undefined;
    const sm = SMALL[w.lower];
    if (sm !== undefined) return { value: sm, end: w.end };
    const t = TENS[w.lower];
    if (t === undefined) return undefined;
    if (w.end + 1 < end) {
      const sep = text.charCodeAt(w.end);
      if (sep === 45 || isHSpace(sep)) {
        const u = wordAt(text, w.end + 1, end);
        if (u && SMALL[u.lower] !== undefined && SMALL[u.lower] < 10) return { value: t + SMALL[u.lower], end: u.end };
      }
    }
    return { value: t, end: w.end };
  }

  emitWords(start: number, end: number, value: number, high: number | undefined, kind: FigureKind, unit: string | undefined, scale: number, vague?: boolean, decimals = 0): number {
    const f: Figure = {
      start, end, text: this.text.slice(start, end), value, kind, scale, decimals, words: true,
    };
    if (high !== undefined) f.high = high;
    if (unit) f.unit = unit;
    if (vague) f.vague = true;
    this.hedge(f);
    this.push(f);
    return end;
  }

  multiplierWord(p: number, lower: string, mult: number): number {
    const text = this.text;
    const e = p + lower.length;
    if (e < this.end && text.charCodeAt(e) === 45) return skipToken(text, e, this.end); // "double-digit"
    const w = nextWord(text, e, this.end);
    const pw = prevWord(text, p, 0);
    if (lower === 'twice') {
      if (!w || !['as', 'the', 'that', 'what', 'its', 'their', 'his', 'her', 'our'].includes(w.lower)) return e;
    } else if (lower === 'double' || lower === 'triple' || lower === 'treble' || lower === 'quadruple' ||
      lower === 'doubles' || lower === 'triples') {
      if (pw && (pw.lower === 'a' || pw.lower === 'the')) return e;
      if (!w || !['the', 'its', 'their', 'his', 'her', 'our', 'that', 'what', 'in', 'to', 'by', 'from', 'this'].includes(w.lower)) return e;
    }
    return this.emitWords(p, e, mult, undefined, 'multiplier', undefined, 1);
  }

  halfWord(p: number): number {
    const text = this.text;
    const e = p + 4;
    if (e < this.end && text.charCodeAt(e) === 45) return skipToken(text, e, this.end); // half-time
    const pw = prevWord(text, p, 0);
    if (pw && ['first', 'second', 'latter', 'former', 'other', 'a', 'and', 'one', 'the', 'this', 'last', 'next'].includes(pw.lower)) return e;
    const w = nextWord(text, e, this.end);
    if (!w || !POSSESSIVE_FOLLOW.has(w.lower)) return e;
    if (w.lower === 'a') {
      // "half a million" (count 500,000), "half a dozen" (6)
      const w2 = nextWord(text, w.end, this.end);
      if (w2 && (SCALE_WORDS[w2.lower] || w2.lower === 'dozen')) {
        const sc = SCALE_WORDS[w2.lower] ?? 12;
        const ca = this.currencyAfter(w2.end, true);
        // written precision: "half a million" is 0.5 million, to a tenth of the scale
        if (ca) return this.emitWords(p, ca.end, sc / 2, undefined, 'currency', ca.unit, sc, false, 1);
        if (w2.lower === 'dozen') return this.emitWords(p, w2.end, 6, undefined, 'count', undefined, 1);
        return this.emitWords(p, w2.end, sc / 2, undefined, 'count', undefined, sc, false, 1);
      }
      return e;
    }
    return this.emitWords(p, e, 0.5, undefined, 'multiplier', undefined, 1);
  }

  /** "tens of trillions", "hundreds of millions of dollars", "thousands of", "dozens of". */
  vague(p: number, lower: string): number {
    const text = this.text;
    const end = this.end;
    let i = p + lower.length;
    if (!text.startsWith(' of ', i)) return i;
    let low: number;
    let high: number;
    let scale: number;
    const head = lower === 'tens' ? 10 : lower === 'hundreds' ? 100 : 0;
    const w = wordAt(text, i + 4, end);
    const ps = w ? PLURAL_SCALES[w.lower] : undefined;
    if (head && ps) {
      low = head * ps;
      high = (head * 10 - 1) * ps;
      scale = ps;
      i = w!.end;
    } else if (lower === 'tens') {
      return i;
    } else if (lower === 'hundreds') {
      low = 100;
      high = 999;
      scale = 1;
    } else if (lower === 'dozens') {
      low = 24;
      high = 144;
      scale = 1;
    } else {
      const s = PLURAL_SCALES[lower];
      low = s;
      high = s === 1e3 ? 9999 : 999 * s;
      scale = s;
    }
    let kind: FigureKind = 'count';
    let unit: string | undefined;
    if (text.startsWith(' of ', i)) {
      const cw = wordAt(text, i + 4, end);
      if (cw && (cw.lower === 'dollars' || cw.lower === 'pounds' || cw.lower === 'euros' || cw.lower === 'yen')) {
        kind = 'currency';
        unit = CURRENCY_WORDS[cw.lower];
        i = cw.end;
      }
    }
    return this.emitWords(p, i, low, high, kind, unit, scale, true);
  }

  /** "several million", "a few hundred thousand". */
  several(p: number, lower: string): number {
    const text = this.text;
    const end = this.end;
    let i = p + lower.length;
    let w = nextWord(text, i, end);
    if (!w) return i;
    let s: number | undefined = w.lower === 'hundred' ? 100 : w.lower === 'dozen' ? 12 : SCALE_WORDS[w.lower];
    if (!s) return i;
    i = w.end;
    w = nextWord(text, i, end);
    if (w && SCALE_WORDS[w.lower] && s <= 100) {
      s *= SCALE_WORDS[w.lower];
      i = w.end;
      w = nextWord(text, i, end);
    }
    let kind: FigureKind = 'count';
    let unit: string | undefined;
    const ca = w && s >= 1e3 ? this.currencyAfter(i, true) : undefined;
    if (ca) {
      kind = 'currency';
      unit = ca.unit;
      i = ca.end;
    }
    return this.emitWords(p, i, 2 * s, 9 * s, kind, unit, s, true);
  }

  // -------------------------------------------------------------------------------------
  // Hedges

  hedge(f: Figure): void {
    const text = this.text;
    let i = f.start;
    // "between 12 and 18": "between" is not a hedge
    if (i > this.lo && text.charCodeAt(i - 1) === 126 /* ~ */) {
      f.hedge = 'approx';
      f.hedgeText = '~';
      f.hedgeStart = i - 1;
      return;
    }
    if (i > this.lo + 1 && text.charCodeAt(i - 2) === 126 && isHSpace(text.charCodeAt(i - 1))) {
      f.hedge = 'approx';
      f.hedgeText = '~';
      f.hedgeStart = i - 2;
      return;
    }
    // "60 or so": the only hedge written after the figure (besides "80-odd")
    if (text.startsWith(' or so', f.end) && !(f.end + 6 < this.end && isLetter(text.charCodeAt(f.end + 6))) && f.kind !== 'year') {
      f.hedge = 'approx';
      f.hedgeText = 'or so';
      f.hedgeStart = f.end + 1;
      return;
    }
    const w0 = prevWord(text, i, this.lo);
    if (!w0) return;
    if (this.hedgeFrom(f, w0)) return;
    // allow an article between hedge and figure: "around the $5bn mark", "almost a" (not "a billion")
    if (w0.lower === 'a' || w0.lower === 'an' || w0.lower === 'of') {
      const w1 = prevWord(text, w0.start, this.lo);
      if (w1) this.hedgeFrom(f, w1);
    }
  }

  /** Match hedge phrases that end with word `last` (the word nearest the figure). */
  hedgeFrom(f: Figure, last: Word): boolean {
    if (!HEDGE_LAST.has(last.lower)) return false;
    const text = this.text;
    let phrase = last.lower;
    let first = last;
    let found: Hedge | undefined = HEDGES_1[phrase];
    let foundFirst = last;
    let foundPhrase = phrase;
    for (let len = 2; len <= 4; len++) {
      const w = prevWord(text, first.start, this.lo);
      if (!w) break;
      phrase = w.lower + ' ' + phrase;
      first = w;
      const h = len === 2 ? HEDGES_2[phrase] : HEDGES_3[phrase];
      if (h) {
        found = h;
        foundFirst = w;
        foundPhrase = phrase;
      }
    }
    if (!found) return false;
    if (!hedgeAllowed(found, foundPhrase, f.kind)) return false;
    if (foundPhrase === 'over' || foundPhrase === 'under') {
      const pw = prevWord(text, last.start, this.lo);
      if (pw && OVER_PARTICLE.has(pw.lower)) return false;
    }
    f.hedge = found;
    f.hedgeStart = foundFirst.start;
    f.hedgeText = text.slice(foundFirst.start, last.end);
    return true;
  }
}

/** Last words of all hedge phrases: a cheap filter before building phrases. */
const HEDGE_LAST = new Set(
  [...Object.keys(HEDGES_1), ...Object.keys(HEDGES_2), ...Object.keys(HEDGES_3)].map((k) => k.slice(k.lastIndexOf(' ') + 1)),
);

function hedgeAllowed(h: Hedge, phrase: string, kind: FigureKind): boolean {
  if (kind === 'year' || kind === 'quarter') return h === 'approx' && phrase !== 'some';
  if (kind === 'duration') {
    return !(phrase === 'over' || phrase === 'under' || phrase === 'above' || phrase === 'below');
  }
  return true;
}

function isYearLike(n: Numeral): boolean {
  return n.intDigits === 4 && !n.hasSep && n.decimals === 0 && n.scale === 1 && n.mantissa >= 1800 && n.mantissa <= 2199;
}
function isYearLikeAt(text: string, i: number, end: number): boolean {
  return yearAhead(text, i, end) && !(i + 5 < end && (text.charCodeAt(i + 4) === 46 || text.charCodeAt(i + 4) === 44) && isDigit(text.charCodeAt(i + 5)));
}

/** Does a 4-digit year (1800–2199) start at i? */
function yearAhead(text: string, i: number, end: number): boolean {
  if (i + 4 > end) return false;
  for (let k = i; k < i + 4; k++) if (!isDigit(text.charCodeAt(k))) return false;
  if (i + 4 < end && isDigit(text.charCodeAt(i + 4))) return false;
  const y = Number(text.slice(i, i + 4));
  return y >= 1800 && y <= 2199;
}

function atLineStartStrict(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
  return j < 0 || text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13;
}

/** mantissa × scale without binary noise: 14.3 × 1e9 = 14300000000, not 14299999999.999998. */
function scaled(mantissa: number, decimals: number, scale: number): number {
  if (scale === 1) return mantissa;
  if (decimals === 0) return mantissa * scale;
  const p = pow10(decimals);
  const v = (Math.round(mantissa * p) * scale) / p;
  return Number.isInteger(v) ? v : Number(v.toPrecision(15));
}

// ---------------------------------------------------------------------------------------
// The scan

// Two candidate scanners, merged in order: one for digits, currency symbols, backticks and URLs,
// one for number words (first letter case-folded by hand: irregexp runs that about twice as fast
// as the /i form). Two simple regexes scan faster than one combined alternation.
const CANDIDATE_SYMBOL = /[0-9$£€¥`]|https?:\/\/|www\./g;
const CANDIDATE_WORD =
  /\b(?:[Aa] (?:hundred|thousand|million|billion|trillion|dozen|few)|[Oo]ne|[Tt](?:wo|hree|en|welve|hirteen|wenty|hirty|ens|housands|rillions|wice|ripl(?:e[sd]?|ing)|rebl(?:e[sd]?|ing))|[Ff](?:our|ive|ourteen|ifteen|orty|ifty)|[Ss](?:ix|even|ixteen|eventeen|ixty|eventy|everal)|[Ee](?:ight|leven|ighteen|ighty)|[Nn](?:ine|ineteen|inety)|[Hh](?:undreds|alf)|[Mm]illions|[Bb]illions|[Dd](?:ozens|oubl(?:e[sd]?|ing))|[Qq]uadrupl(?:e[sd]?|ing))\b/g;

/** All figures in text[start, end). Offsets in the results are absolute offsets into `text`. */
export function extractFigures(text: string, start = 0, end = text.length): Figure[] {
  if (start < 0) start = 0;
  if (end > text.length) end = text.length;
  const x = new Extractor(text, start, end);
  // module-level regexes: extractFigures never re-enters itself
  const A = CANDIDATE_SYMBOL;
  const B = CANDIDATE_WORD;
  A.lastIndex = start;
  B.lastIndex = start;
  let a = A.exec(text);
  let b = B.exec(text);
  while (a !== null || b !== null) {
    const useA = a !== null && (b === null || a.index <= b.index);
    const m = useA ? a! : b!;
    const p = m.index;
    if (p >= end) break;
    let next: number;
    if (useA) {
      const c = text.charCodeAt(p);
      if (isDigit(c) || CURRENCY_SYMBOL[c] !== undefined) next = x.digitFigure(p);
      else if (c === 96 /* ` */) next = skipCode(text, p, end);
      else next = skipUrl(text, p, end);
    } else {
      next = x.wordFigure(p, m[0]);
    }
    if (next <= p) next = p + 1;
    if (a !== null && a.index < next) {
      A.lastIndex = next;
      a = A.exec(text);
    }
    if (b !== null && b.index < next) {
      B.lastIndex = next;
      b = B.exec(text);
    }
  }
  return x.figures;
}

function skipUrl(text: string, p: number, end: number): number {
  let i = p;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isWs(c) || c === 41 || c === 62 || c === 93 || c === 34 || c === 60) break;
    i++;
  }
  return i;
}

/** Skip an inline code span or a fenced code block starting at a backtick. */
function skipCode(text: string, p: number, end: number): number {
  let i = p;
  while (i < end && text.charCodeAt(i) === 96) i++;
  const len = i - p;
  const fence = '`'.repeat(len);
  if (len >= 3 && atLineStartStrict(text, p)) {
    // fenced block: closing fence at the start of a line
    let k = i;
    for (;;) {
      const nl = text.indexOf('\n', k);
      if (nl < 0 || nl >= end) return end;
      let j = nl + 1;
      while (j < end && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
      if (text.startsWith(fence, j)) {
        const close = text.indexOf('\n', j);
        return close < 0 ? end : close;
      }
      k = nl + 1;
    }
  }
  // inline: the next run of exactly `len` backticks, within the paragraph
  const para = text.indexOf('\n\n', i);
  const limit = para < 0 || para > end ? end : para;
  let k = i;
  for (;;) {
    const j = text.indexOf(fence, k);
    if (j < 0 || j >= limit) return i; // unmatched: literal backticks
    let e = j;
    while (e < end && text.charCodeAt(e) === 96) e++;
    if (e - j === len) return e;
    k = e;
  }
}

// ---------------------------------------------------------------------------------------
// Comparison

function group(k: FigureKind): string {
  return k === 'count' || k === 'number' || k === 'size' ? 'n' : k;
}

const GROUP_BITS: Record<string, number> = { n: 1, currency: 2, percent: 4, year: 8, quarter: 16, duration: 32, multiplier: 64 };

/** A bit per comparability group: passages keep the OR of their figures' bits, to skip cheaply. */
export function kindBit(k: FigureKind): number {
  return GROUP_BITS[group(k)] ?? 128;
}

/** Can these two figures be compared at all? */
export function comparable(a: Figure, b: Figure): boolean {
  if (group(a.kind) !== group(b.kind)) return false;
  switch (a.kind) {
    case 'currency':
      return !a.unit || !b.unit || a.unit === b.unit;
    case 'percent':
      return (a.unit ?? 'percent') === (b.unit ?? 'percent');
    case 'duration':
      return !!a.unit && !!b.unit && DURATION_DAYS[a.unit] !== undefined && DURATION_DAYS[b.unit] !== undefined;
    default:
      return true;
  }
}

/** Multiplier that converts a figure's value into the common base of its kind (days for durations). */
function baseFactor(f: Figure): number {
  return f.kind === 'duration' && f.unit ? DURATION_DAYS[f.unit] ?? 1 : 1;
}

/** How far a note that rounds the source to fewer digits may be from it (relative). */
const ROUNDING = 0.015;

/** Precision unit of a figure as written: "$14.3 billion" → 1e8, "350,000" → 1, "82.0" → 0.1. */
export function precisionUnit(f: Figure): number {
  return pow10(-f.decimals) * (f.scale || 1) * baseFactor(f);
}

const EPS = 1e-9;

function within(a: number, b: number, half: number): boolean {
  const d = Math.abs(a - b);
  const mag = Math.max(Math.abs(a), Math.abs(b));
  if (d <= mag * EPS) return true; // equal up to float noise
  return d < half * (1 - 1e-9);
}

function pointAgree(nv: number, nu: number, sv: number, su: number): boolean {
  return within(nv, sv, nu / 2) || within(nv, sv, su / 2);
}

/** Do a note's figure and a source's figure state the same quantity? */
export function figuresAgree(note: Figure, source: Figure, tolerance = 0.1): boolean {
  if (!comparable(note, source)) return false;
  const nf = baseFactor(note);
  const sf = baseFactor(source);
  const nLo = note.value * nf;
  const sLo = source.value * sf;
  const nHi = note.high !== undefined ? note.high * nf : undefined;
  const sHi = source.high !== undefined ? source.high * sf : undefined;
  const nu = precisionUnit(note);
  const su = precisionUnit(source);

  // vague figures
  if (note.vague || source.vague) {
    if (note.vague && source.vague) {
      if (normWording(note.text) === normWording(source.text)) return true;
      return within(nLo, sLo, 0) && within(nHi ?? nLo, sHi ?? sLo, 0);
    }
    const v = note.vague ? { lo: nLo, hi: nHi ?? nLo } : { lo: sLo, hi: sHi ?? sLo };
    const o = note.vague ? { lo: sLo, hi: sHi ?? sLo } : { lo: nLo, hi: nHi ?? nLo };
    return o.lo >= v.lo * (1 - EPS) && o.hi <= v.hi * (1 + EPS);
  }

  // years and quarters: exact, or ±1 year / ±1 quarter when hedged approx
  if (note.kind === 'year' || note.kind === 'quarter') {
    const slack = note.hedge === 'approx' || source.hedge === 'approx' ? (note.kind === 'year' ? 1 : 0.25) : 0;
    const ok = (a: number, b: number) => Math.abs(a - b) <= slack + 1e-9;
    if (nHi !== undefined || sHi !== undefined) return ok(nLo, sLo) && ok(nHi ?? nLo, sHi ?? sLo);
    return ok(nLo, sLo);
  }

  // ranges
  if (nHi !== undefined || sHi !== undefined) {
    if (nHi !== undefined && sHi !== undefined) {
      if (pointAgree(nLo, nu, sLo, su) && pointAgree(nHi, nu, sHi, su)) return true;
      if (note.hedge === 'approx' || source.hedge === 'approx') {
        return relClose(nLo, sLo, tolerance) && relClose(nHi, sHi, tolerance);
      }
      return false;
    }
    if (nHi !== undefined) {
      // note range, source point
      if (source.hedge === 'approx') return sLo >= nLo - nu / 2 && sLo <= nHi + nu / 2;
      return false;
    }
    // note point, source range
    if (note.hedge === 'over') return sLo >= nLo - nu / 2 * 0;
    if (note.hedge === 'under') return sHi! <= nLo + nu / 2 * 0;
    if (note.hedge === 'approx') return nLo >= sLo - su / 2 && nLo <= sHi! + su / 2;
    return false;
  }

  if (pointAgree(nLo, nu, sLo, su)) return true;
  if (note.hedge === 'approx' || source.hedge === 'approx') {
    if (relClose(nLo, sLo, tolerance)) return true;
  }
  // A note may round or truncate the source to fewer digits ("90 million" for 90.9 million,
  // "92%" for 92.5%): within 1.5% when the note is the less precise of the two.
  if (nu > su && sLo !== 0 && Math.abs(nLo - sLo) / Math.abs(sLo) <= ROUNDING) return true;
  if (note.hedge === 'over' && source.hedge !== 'under' && sLo >= nLo * (1 - EPS) - (nLo < 0 ? 0 : 0)) return sLo >= nLo;
  if (note.hedge === 'under' && source.hedge !== 'over' && sLo <= nLo) return true;
  return false;
}

function relClose(a: number, b: number, tol: number): boolean {
  return Math.abs(a - b) <= tol * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
}

function normWording(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------
// Rendering

const CURRENCY_PREFIX: Record<string, string> = {
  USD: '$', GBP: '£', EUR: '€', JPY: '¥', AUD: 'A$', CAD: 'C$', HKD: 'HK$', NZD: 'NZ$', SGD: 'S$',
};
const SCALE_NAMES: [number, string][] = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million'], [1e3, 'thousand']];
const UNIT_NAMES: Record<string, [string, string]> = {
  year: ['year', 'years'], month: ['month', 'months'], week: ['week', 'weeks'], day: ['day', 'days'],
  hour: ['hour', 'hours'], minute: ['minute', 'minutes'], decade: ['decade', 'decades'],
};

/** Fewest decimals (≥ min, ≤ 6) that write m exactly. */
function exactDecimals(m: number, min: number): number {
  for (let d = Math.max(0, min); d <= 6; d++) {
    const r = Number(m.toFixed(d));
    if (Math.abs(r - m) <= Math.abs(m) * 1e-10 + 1e-12) return d;
  }
  return 6;
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

function renderMantissa(m: number, decimals: number, sep: string): string {
  const fixed = m.toFixed(decimals);
  const dot = fixed.indexOf('.');
  const ip = dot < 0 ? fixed : fixed.slice(0, dot);
  const fp = dot < 0 ? '' : fixed.slice(dot);
  return groupThousands(ip, sep) + fp;
}

const WORD_ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const WORD_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

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

interface Style {
  prefix: string; // "$", "US$ ", "~"
  sign: boolean; // explicit '+'
  sep: string; // thousands separator as written ('' when none seen)
  sepSeen: boolean;
  decimals: number;
  scaleForm: 'word' | 'suffix' | 'none';
  scaleToken: string; // " billion", "bn", "m", "B"
  scaleValue: number;
  tail: string; // "%", " months", " dollars"
  rangeSep: string; // "-", " to ", " and "
  words: boolean;
}

const SUFFIX_FAMILIES: Record<string, [number, string][]> = {
  lower: [[1e12, 'tn'], [1e9, 'bn'], [1e6, 'm'], [1e3, 'k']],
  upper: [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']],
};

const NUM_RE = /([+\-−]?)(\d{1,3}(?:, ?\d{3})+|\d+)(?:\.(\d+))?/g;
const SCALE_TOKEN_RE = /^(\s?)(thousand|million|billion|trillion|bn|tn|trn|mn|m|k|K|B|T|M)(?![A-Za-z])/;

function styleOf(like: Figure): Style | undefined {
  const t = like.text;
  NUM_RE.lastIndex = 0;
  const m1 = NUM_RE.exec(t);
  if (!m1) return undefined;
  const prefix = t.slice(0, m1.index);
  const intPart = m1[2];
  const sepMatch = /,( ?)/.exec(intPart);
  let afterNum = m1.index + m1[0].length;
  let scaleForm: Style['scaleForm'] = 'none';
  let scaleToken = '';
  let scaleValue = 1;
  let rangeSep = '';
  // range: second number
  const m2 = NUM_RE.exec(t);
  let rest = t.slice(afterNum);
  if (m2 && like.high !== undefined) {
    rangeSep = t.slice(afterNum, m2.index + m2[1].length); // a '-' before the high end is the joiner, not a sign
    afterNum = m2.index + m2[0].length;
    rest = t.slice(afterNum);
    // the separator may include a suffix written on both ends ("20%-30%"); keep only the joiner
  }
  const sm = SCALE_TOKEN_RE.exec(rest);
  if (sm && like.scale > 1) {
    scaleToken = sm[0];
    scaleValue = like.scale;
    scaleForm = sm[2].length > 2 ? 'word' : 'suffix';
    rest = rest.slice(sm[0].length);
  }
  return {
    prefix: m1[1] === '+' ? prefix : prefix,
    sign: m1[1] === '+',
    sep: sepMatch ? ',' + sepMatch[1] : '',
    sepSeen: !!sepMatch,
    decimals: like.decimals,
    scaleForm,
    scaleToken,
    scaleValue,
    tail: rest,
    rangeSep,
    words: !!like.words,
  };
}

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

/** Write `value` (and `high` for a range) the way `like` is written. For durations `value` is in like's unit. */
export function formatLike(value: number, high: number | undefined, like: Figure): string {
  if (like.kind === 'quarter') {
    const y = Math.floor(value + 1e-9);
    const q = Math.round((value - y) * 4) + 1;
    return like.text.replace(/\d+(\s*|-)\d{4}/, `${q}$1${y}`);
  }
  if (like.kind === 'year') {
    const y = String(Math.round(value));
    if (high !== undefined) {
      const m = /^(\d{4})(\s*[-–]\s*|\s+to\s+)(\d+)$/.exec(like.text);
      const h = String(Math.round(high));
      if (m) return y + m[2] + (m[3].length === 2 ? h.slice(2) : h);
      return `${y}–${h}`;
    }
    return y;
  }
  if (like.kind === 'multiplier' && like.words) {
    const lw = like.text.toLowerCase();
    if (value === 0.5) return 'half';
    if (value === 2) return lw.startsWith('twice') ? 'twice' : lw.startsWith('doubl') ? like.text : 'double';
    if (value === 3 && /^tr/.test(lw)) return like.text;
    const w = toWords(value);
    return w ? `${w} times` : `${fmtNum(value, 0, '')}x`;
  }
  if (like.vague) return describeNumber(value, like) + (high !== undefined ? '–' + describeNumber(high, like) : '');
  if (like.words) {
    // words for the mantissa when it is a whole number below 1000
    const scale = like.scale > 1 ? pickWordScale(value, like.scale) : 1;
    const scaleWord = scale > 1 ? ' ' + SCALE_NAMES.find(([s]) => s === scale)![1] : '';
    const tail = wordTail(like);
    const one = (x: number) => {
      const mm = x / scale;
      const w = toWords(Math.round(mm * 1e9) / 1e9);
      if (w) return w;
      return fmtNum(mm, exactDecimals(mm, 0), ',');
    };
    if (high !== undefined) {
      const unitTail = tail ? ' ' + pluralise(tail, high) : '';
      return `${one(value)} to ${one(high)}${scaleWord}${unitTail}`;
    }
    const unitTail = tail ? ' ' + pluralise(tail, value) : '';
    return `${one(value)}${scaleWord}${unitTail}`;
  }
  const st = styleOf(like);
  if (!st) return describeFigure({ ...like, value, high });
  // one scale for both ends of a range, chosen from the high end
  const { scale: sc, token: tok } = pickScale(high ?? value, st);
  const sep = st.sepSeen ? st.sep : ',';
  const render = (x: number): string => {
    const m = x / sc;
    const keep = Math.abs(Number(m.toFixed(st.decimals)) - m) <= Math.abs(m) * 1e-10 + 1e-12;
    const d = keep ? st.decimals : exactDecimals(m, 0);
    const s = renderMantissa(m, d, Math.abs(m) >= 1000 ? sep : '');
    return st.sign && x > 0 ? '+' + s : s;
  };
  let tail = st.tail;
  if (like.kind === 'duration' && like.unit && UNIT_NAMES[like.unit]) {
    tail = tail.replace(/\b(year|month|week|day|hour|minute|decade)s?\b/i, (w) => {
      const names = UNIT_NAMES[like.unit!];
      const plural = (high ?? value) !== 1;
      if (w.includes('-') || like.text.includes('-' + w)) return w;
      const out = plural ? names[1] : names[0];
      return w[0] === w[0].toUpperCase() ? out[0].toUpperCase() + out.slice(1) : out;
    });
  }
  if (high !== undefined) {
    let joiner = st.rangeSep;
    if (!joiner) joiner = '–';
    // a joiner that repeats the suffix ("%-") or the prefix ("-$") is kept as written
    return st.prefix + render(value) + joiner + render(high) + tok + tail;
  }
  return st.prefix + render(value) + tok + tail;
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
  for (const [sing, plur] of Object.values(UNIT_NAMES)) {
    if (lower === sing || lower === plur) return v === 1 ? sing : plur;
  }
  return tail;
}

function fmtNum(v: number, decimals: number, sep: string): string {
  return renderMantissa(v, decimals, sep);
}

/** A number in the short human form: "350,000", "2.5 million", "2 trillion". */
function describeNumber(v: number, f: Figure): string {
  const abs = Math.abs(v);
  if (abs >= 1e6 && (f.scale >= 1e6 || abs >= 1e12)) {
    for (const [s, name] of SCALE_NAMES) {
      if (abs >= s) {
        const m = v / s;
        const d = exactDecimals(m, s === f.scale ? f.decimals : 0);
        return `${fmtNum(m, Math.min(d, 3), ',')} ${name}`;
      }
    }
  }
  const d = exactDecimals(v, f.scale === 1 ? f.decimals : 0);
  return fmtNum(v, Math.min(d, 6), ',');
}

/** Short human form for messages: "350,000", "$14.3 billion", "25.6%", "12–18 months", "2 trillion". */
export function describeFigure(f: Figure): string {
  const hi = f.high;
  switch (f.kind) {
    case 'year':
      return hi !== undefined ? `${f.value}–${hi}` : String(f.value);
    case 'quarter': {
      const y = Math.floor(f.value + 1e-9);
      return `Q${Math.round((f.value - y) * 4) + 1} ${y}`;
    }
    case 'percent': {
      const one = (v: number) => fmtNum(v, exactDecimals(v, f.decimals), '');
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
      const one = (v: number) => fmtNum(v, exactDecimals(v, f.decimals), ',');
      if (hi !== undefined) return `${one(f.value)}–${one(hi)} ${names[1]}`;
      return `${one(f.value)} ${f.value === 1 ? names[0] : names[1]}`;
    }
    case 'size': {
      const m = f.value / f.scale;
      return `${fmtNum(m, exactDecimals(m, f.decimals), '')}${f.unit ?? ''}`;
    }
    case 'multiplier':
      return `${fmtNum(f.value, exactDecimals(f.value, f.decimals), '')}x`;
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

function sameScaleWord(a: number, b: number): boolean {
  const sc = (v: number) => {
    const abs = Math.abs(v);
    for (const [s] of SCALE_NAMES) if (abs >= s && s >= 1e6) return s;
    return 1;
  };
  return sc(a) === sc(b) && sc(a) > 1;
}

/** formatLike with unit conversion: write the source figure's quantity in the note figure's style. */
export function formatFigureLike(source: Figure, like: Figure): string {
  if (source.kind === 'duration' && like.kind === 'duration' && source.unit && like.unit && source.unit !== like.unit) {
    const f = (DURATION_DAYS[source.unit] ?? 1) / (DURATION_DAYS[like.unit] ?? 1);
    const conv = (v: number) => Number((v * f).toPrecision(10));
    return formatLike(conv(source.value), source.high !== undefined ? conv(source.high) : undefined, like);
  }
  return formatLike(source.value, source.high, like);
}
