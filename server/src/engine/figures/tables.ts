// Word tables for figure extraction. Each table says why it exists; the scanner looks words up
// lowercased. Tables are Sets and prototype-free objects (see `table`), built once and frozen.

import type { Hedge } from '../types';

/**
 * A frozen lookup table with no prototype. The scanner looks up words taken from the text, and
 * a plain object literal would answer "constructor", "toString" or "__proto__" with
 * Object.prototype's members ("5 constructor" once became a figure of value NaN).
 */
export function table<V>(entries: Record<string, V>): Readonly<Record<string, V>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}

// ---------------------------------------------------------------------------------------
// Numbers and scales

/** Number words below twenty: "seven", "fifteen". */
export const SMALL: Readonly<Record<string, number>> = table({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});
/** Tens that combine with SMALL: "twenty-five", "ninety nine". */
export const TENS: Readonly<Record<string, number>> = table({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
/** Scale words after a number: "2.5 million", "a billion". */
export const SCALE_WORDS: Readonly<Record<string, number>> = table({
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
});
/** Plural scales that make a vague amount: "millions of", "tens of billions". */
export const PLURAL_SCALES: Readonly<Record<string, number>> = table(Object.fromEntries(
  Object.entries(SCALE_WORDS).map(([w, v]) => [w + 's', v]),
));
/** Vague amounts, read only before "of": "tens of billions", "dozens of". */
export const VAGUE_WORDS = new Set(['tens', 'hundreds', 'thousands', 'millions', 'billions', 'trillions', 'dozens']);
/** Multiplier words and their factor: "doubled", "twice", "trebling". */
export const MULT_WORDS: Readonly<Record<string, number>> = table({
  double: 2, doubled: 2, doubling: 2, doubles: 2, twice: 2, triple: 3, tripled: 3, tripling: 3,
  triples: 3, treble: 3, trebled: 3, trebling: 3, quadruple: 4, quadrupled: 4, quadrupling: 4,
  // "a fourfold rise", "grew tenfold"
  twofold: 2, threefold: 3, fourfold: 4, fivefold: 5, sixfold: 6, sevenfold: 7, eightfold: 8, ninefold: 9,
  tenfold: 10, hundredfold: 100,
});
/** Multiplier words that are also adjectives ("a double room"): a figure only before an object. */
export const MULT_ADJECTIVES = new Set(['double', 'triple', 'treble', 'quadruple', 'doubles', 'triples']);
/** The objects that make "double" a multiplier: "double the price", "tripled in size". */
export const MULT_ADJECTIVE_FOLLOW = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'that', 'what', 'in', 'to', 'by', 'from', 'this']);
/** What makes "twice" a multiplier ("twice as many", "twice the size"), not "twice a week". */
export const TWICE_FOLLOW = new Set(['as', 'the', 'that', 'what', 'its', 'their', 'his', 'her', 'our']);
/** Words after "N times" that make it a multiplier ("three times as many", "2.5 times higher"). */
export const TIMES_FOLLOW = new Set([
  'as', 'more', 'the', 'higher', 'larger', 'bigger', 'greater', 'faster', 'smaller', 'less',
  'fewer', 'lower', 'cheaper', 'that', 'what', 'its', 'their', 'over', 'longer', 'slower',
  'stronger', 'richer', 'better', 'worse', 'costlier', 'pricier', 'heavier', 'his', 'her', 'our',
]);
/** "half of", "half the": a multiplier 0.5; "half a million" is 500,000. */
export const POSSESSIVE_FOLLOW = new Set([
  'of', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'all', 'that', 'those',
  'these', 'what', 'this',
]);
/** Words before "half" that make it a part, not a multiplier: "the first half", "one and a half". */
export const HALF_NOT_AFTER = new Set(['first', 'second', 'latter', 'former', 'other', 'a', 'and', 'one', 'the', 'this', 'last', 'next']);
/** Possessives after "half" that make it a share of what they own: "lost half their value", "half its staff". */
export const HALF_POSSESSIVES: ReadonlySet<string> = new Set(['their', 'its', 'his', 'her', 'our', 'your', 'my']);
/** Fractions are not figures we check: "two thirds", "2 fifths". */
export const FRACTION_WORDS = new Set([
  'half', 'halves', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'sixth', 'sixths',
  'seventh', 'sevenths', 'eighth', 'eighths', 'ninth', 'ninths', 'tenth', 'tenths',
]);
/** Words after "N-" that count nothing: "a 2-for-1 offer", "a 3-and-out", "the 4-all draw", "a 1-nil win". */
/** Endings of a word after "N-" that say a kind or a likeness, not a thing counted: "1970s-style", "3-based", "a 747-type". */
export const COMPOUND_KIND_SUFFIX = /(?:style|like|type|wide|based|era|esque|ish)$/;
/** …of COMPOUND_NOT_COUNTED, those a number word before the hyphen still counts: "a three-time champion" has won three times (numberWords.ts countedCompound). */
export const WORD_COMPOUND_COUNTED: ReadonlySet<string> = new Set(['time']);
/** Words after a number word's hyphen that grade rather than count: "a five-star hotel" (numberWords.ts countedCompound). */
export const WORD_COMPOUND_NOT_COUNTED: ReadonlySet<string> = new Set(['star']);
export const COMPOUND_NOT_COUNTED = new Set(['for', 'and', 'the', 'all', 'nil', 'love', 'off', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'way', 'time', 'times', 'per', 'not', 'out']);
/** Units of size after a four-digit number that could be a year: "a 2048-bit key", "a 1920-pixel screen". */
export const COMPOUND_SIZE_UNITS = new Set(['bit', 'byte', 'pixel', 'megapixel', 'page', 'word', 'seat', 'metre', 'meter', 'mile', 'yard', 'foot', 'acre', 'tonne', 'ton', 'litre', 'liter']);
/** Hyphenated words after a number that keep it a count: "a 20-strong team", "80-odd", "50-plus". */
export const HYPHEN_COUNT_WORDS = new Set(['strong', 'man', 'member', 'seat', 'person', 'odd', 'plus']);

// ---------------------------------------------------------------------------------------
// Currencies

/** Currency symbols (by char code) before a number: "$5", "£600m". */
export const CURRENCY_SYMBOL: Readonly<Record<number, string>> = table({ 36: 'USD', 0xa3: 'GBP', 0x20ac: 'EUR', 0xa5: 'JPY' });
/** Letters glued before "$": "US$", "A$", "HK$". */
export const DOLLAR_PREFIX: Readonly<Record<string, string>> = table({
  US: 'USD', A: 'AUD', AU: 'AUD', C: 'CAD', CA: 'CAD', HK: 'HKD', NZ: 'NZD', S: 'SGD',
});
/** HTML entities for currency symbols left in scraped articles: "&#163;1.8m", "&pound;5". */
export const ENTITY_CURRENCY: [string, string][] = [
  ['&#163;', 'GBP'], ['&pound;', 'GBP'], ['&#8364;', 'EUR'], ['&euro;', 'EUR'], ['&#36;', 'USD'],
  ['&dollar;', 'USD'], ['&#165;', 'JPY'], ['&yen;', 'JPY'],
];
/** Currency words after a number. Every currency has its own code: roubles never compare with dollars. */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = table({
  dollars: 'USD', dollar: 'USD', euros: 'EUR', euro: 'EUR', yen: 'JPY', pounds: 'GBP', pound: 'GBP',
  sterling: 'GBP', usd: 'USD', gbp: 'GBP', eur: 'EUR', jpy: 'JPY',
  reais: 'BRL', real: 'BRL', roubles: 'RUB', rubles: 'RUB', rouble: 'RUB', ruble: 'RUB', rupees: 'INR',
  rupee: 'INR', rupiah: 'IDR', yuan: 'CNY', renminbi: 'CNY', francs: 'FRANC', franc: 'FRANC',
  naira: 'NGN', pesos: 'PESO', peso: 'PESO', rand: 'ZAR', won: 'KRW', krona: 'SEK', kronor: 'SEK',
  krone: 'KRONE', kroner: 'KRONE', ringgit: 'MYR', baht: 'THB', shekels: 'ILS', shekel: 'ILS',
  lira: 'LIRA', lire: 'LIRA', dinars: 'DINAR', dinar: 'DINAR', dirhams: 'AED', dirham: 'AED',
  zloty: 'PLN', forints: 'HUF', forint: 'HUF', riyals: 'SAR', riyal: 'SAR', cedis: 'GHS', shillings: 'SHILLING',
  bolivars: 'VEB', hryvnia: 'UAH', tenge: 'KZT', pence: 'GBX', cents: 'CENT',
});
/** Currency words that are also ordinary words: only after a scale ("600 million pounds", "5bn won"). */
export const CURRENCY_NEEDS_SCALE = new Set(['pounds', 'pound', 'sterling', 'won', 'real', 'rand', 'franc', 'peso', 'krone', 'lira']);
/** Nations before "dollars": "7.4bn Australian dollars". */
export const DOLLAR_NATIONS: Readonly<Record<string, string>> = table({
  us: 'USD', american: 'USD', australian: 'AUD', canadian: 'CAD', singapore: 'SGD', taiwan: 'TWD',
  taiwanese: 'TWD', zimbabwe: 'ZWD', zimbabwean: 'ZWD', hk: 'HKD', jamaican: 'JMD',
});
/** Currencies a vague amount may name: "hundreds of millions of dollars". */
export const VAGUE_CURRENCIES = new Set(['dollars', 'pounds', 'euros', 'yen']);

// ---------------------------------------------------------------------------------------
// Durations, dates and times

/** Length of a duration unit in days (months are exactly a twelfth of a year). Its keys are the units. */
export const DURATION_DAYS: Readonly<Record<string, number>> = table({
  year: 365.25, month: 365.25 / 12, week: 7, day: 1, hour: 1 / 24, minute: 1 / 1440, second: 1 / 86400, decade: 3652.5,
});
/**
 * Duration words, singular and plural, to their unit: "months" → month; "mins", "hrs". Not seconds:
 * a number of seconds stays a plain number ("44.93 seconds" is the note's bare "44.93"); seconds
 * are a duration's unit only after minutes or on a clock's face (clock.ts).
 */
export const DURATION_WORDS: Readonly<Record<string, string>> = table({
  ...Object.fromEntries(Object.keys(DURATION_DAYS).filter((u) => u !== 'second').flatMap((u) => [[u, u], [u + 's', u]])),
  mins: 'minute', hrs: 'hour',
});
/** Words between a number and its duration word that say the time ran unbroken ("961 consecutive minutes", "five straight years"): still a duration. */
export const RUN_WORDS: ReadonlySet<string> = new Set(['consecutive', 'straight', 'successive']);
/** Words after a number, besides the durations, that agree with it in a fix's text ("one dollar", "2 dollars", "1 percentage point"). */
export const COUNTED_WORDS: readonly string[] = ['dollar', 'euro', 'pound', 'percentage point'];
/** Month names: "7 September" is a day of the month, "May 5" too. */
export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec',
]);
/** After a number they make it a clock time: "1830 GMT". */
export const TIME_ZONES = new Set(['GMT', 'BST', 'CET', 'CEST', 'EST', 'EDT', 'PST', 'PDT', 'UTC', 'ET', 'PT', 'CST', 'CDT', 'IST', 'JST', 'AEST', 'hrs', 'HRS']);

// ---------------------------------------------------------------------------------------
// Names and references: the words around a number that make it part of a name

/**
 * Capitalised words that may precede a number without making it part of a name. ("No" is not
 * here: as a reference word it makes a name first.)
 */
export const CAP_STOP = new Set([
  'in', 'by', 'on', 'at', 'for', 'from', 'of', 'to', 'since', 'until', 'till', 'about', 'nearly',
  'over', 'around', 'some', 'only', 'just', 'almost', 'approximately', 'roughly', 'more', 'less',
  'up', 'under', 'with', 'and', 'but', 'or', 'the', 'a', 'an', 'its', 'their', 'our', 'his', 'her',
  'my', 'your', 'than', 'between', 'after', 'before', 'during', 'each', 'every', 'all', 'another',
  'yet', 'so', 'if', 'when', 'while', 'where', 'as', 'then', 'now', 'also', 'here', 'there', 'these',
  'those', 'this', 'that', 'last', 'next', 'first', 'top', 'exactly', 'perhaps', 'maybe', 'within',
  'across', 'through', 'per', 'against', 'among', 'above', 'below', 'beyond', 'circa', 'estimated',
  'least', 'most', 'fewer', 'still', 'even', 'already', 'spring', 'summer', 'autumn',
  'winter', 'fall', 'christmas', 'easter', 'mid', 'late', 'early', 'towards', 'toward', 'into',
  'via', 'like', 'unlike', 'what', 'which', 'who', 'whose', 'why', 'how', 'both', 'either',
  'neither', 'not', 'nor', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had',
  'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'we', 'they', 'he', 'she', 'it',
  'i', 'you', 'upwards', 'average', 'total', 'barely',
]);
/**
 * Sentence openers that are not names ("Although 2005 …"). Words in CAP_STOP and words ending in
 * -ly never get this far, so they are not repeated here.
 */
export const SENTENCE_OPENERS = new Set([
  'although', 'though', 'because', 'however', 'whereas', 'unless', 'once', 'whether', 'despite',
  'indeed', 'meanwhile', 'overall', 'altogether', 'instead', 'otherwise', 'thus', 'hence', 'therefore',
  'today', 'yesterday', 'tomorrow', 'including', 'excluding', 'plus', 'minus', 'totalling',
]);
/** Reference words: "see table 2", "page 5", "version 3", "Channel 4" name a thing, not an amount. */
export const REF_WORDS = new Set([
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
export const DOT_ABBREV = new Set([
  'no', 'nos', 'vol', 'p', 'pp', 'fig', 'sec', 'art', 'ch', 'ref', 'nr', 'ex', 'eq', 'op', 'para',
]);
/** Prefixes before a hyphen that keep the number a figure: "mid-2024", "pre-2020" (unlike "GPT-4"). */
export const HYPHEN_PREFIXES = new Set(['mid', 'pre', 'post', 'late', 'early', 'end', 'near']);

// ---------------------------------------------------------------------------------------
// Metres, ranges and scores

/** Words after "100m" meaning metres, not millions. (Only letter runs are looked up.) */
export const METRE_FOLLOW = new Set([
  'hurdles', 'champion', 'champions', 'championship', 'title', 'titles', 'gold', 'silver', 'bronze',
  'record', 'records', 'final', 'finals', 'race', 'races', 'runner', 'runners', 'sprint', 'sprinter',
  'freestyle', 'butterfly', 'backstroke', 'breaststroke', 'medley', 'relay', 'heat', 'heats', 'event',
  'indoor', 'outdoor', 'world', 'victory', 'win', 'crown', 'specialist', 'star', 'medal', 'medallist',
  'semi', 'semifinal', 'dash', 'personal', 'season', 'run', 'swim', 'steeplechase', 'high', 'long',
  'deep', 'tall', 'wide', 'away', 'metres', 'meters', 'indoors', 'outdoors', 'hurdler', 'hurdlers',
  'sprinters', 'swimmers', 'times', 'time', 'mark', 'bests', 'best', 'rankings', 'podium',
]);
/** Race distances: a bare "400m" with no currency is a distance ("the 400m", "(for 100m)"). */
/**
 * Denominators a share is told in ("seven out of 10", "three out of four", "nine out of 100"): up to
 * SHARE_DENOMINATOR_MAX, or a round hundred or thousand. "13 out of 659" is two counts — the MPs of
 * a minority and all MPs — as "13 of the 659 MPs" is (`shareDenominator`).
 */
export const SHARE_DENOMINATOR_MAX = 20;
export const SHARE_ROUND_DENOMINATORS: ReadonlySet<number> = new Set([100, 1000]);

/** Is `den` a denominator a share is told in (SHARE_DENOMINATOR_MAX, SHARE_ROUND_DENOMINATORS)? */
export function shareDenominator(den: number): boolean {
  return den <= SHARE_DENOMINATOR_MAX || SHARE_ROUND_DENOMINATORS.has(den);
}

/** Units after "a third of a", "a quarter of an": a fraction of a unit, no share ("a third of a mile", "half of a point"; wordFamilies.ts shareOf). */
export const FRACTION_UNIT_WORDS: ReadonlySet<string> = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'century', 'point', 'percentage', 'mile', 'metre', 'meter', 'kilometre', 'kilometer', 'inch', 'foot', 'yard', 'pound', 'penny', 'cent', 'dollar', 'euro', 'degree', 'goal', 'length', 'lap', 'litre', 'tonne', 'ton', 'gallon', 'barrel', 'acre', 'mph']);

export const DISTANCES = new Set([50, 60, 100, 110, 200, 400, 800, 1000, 1200, 1500, 1600, 3000, 5000, 10000]);
/** Words before "N to M" that make it a change rather than a range ("rose from 5 to 10"). */
export const CHANGE_WORDS = new Set([
  'from', 'rose', 'fell', 'increased', 'decreased', 'grew', 'jumped', 'climbed', 'dropped',
  'slipped', 'rising', 'falling', 'up', 'down', 'cut', 'raised', 'lowered', 'slid', 'gained',
  'lost', 'went', 'moved', 'surged', 'soared', 'plunged', 'tumbled', 'by', 'beat', 'won', 'lead',
  'led', 'trail', 'trailed',
  // (a price's move to its level: "adding $1.89 to $48.62", "shed 32 cents to $49.74")
  'adding', 'added', 'shed', 'shedding', 'losing', 'gaining', 'eased', 'dipped', 'slumped', 'declined', 'advanced', 'retreated',
]);
/** Words after a pair that make it a side's lead, after the side's name: "put Ireland 17-6 up" (ranges.ts score). */
export const LEAD_AFTER = new Set(['up', 'down', 'ahead', 'behind', 'clear']);
/** Words after a small pair "3-1" that make it a score, not a range: "a 3-1 win", "2-0 in". */
export const SCORE_FOLLOW = new Set([
  'in', 'at', 'to', 'and', 'or', 'win', 'wins', 'victory', 'defeat', 'loss', 'lead', 'draw', 'scoreline',
  'with', 'after', 'on', 'for', 'against', 'over', 'the', 'a', 'but', 'as', 'home', 'away', 'aggregate',
  'thrashing', 'triumph', 'success', 'reverse', 'setback', 'margin', 'before', 'when', 'while', 'by',
  'down', 'up', 'deficit', 'result', 'finish', 'hammering', 'drubbing',
]);

// ---------------------------------------------------------------------------------------
// Hedges

/**
 * Hedge phrases before a figure (one to four words) and what they make of it. "between" is not
 * a hedge: "between 12 and 18" is a range.
 */
export const HEDGES: Readonly<Record<string, Hedge>> = table({
  nearly: 'approx', almost: 'approx', about: 'approx', approximately: 'approx', roughly: 'approx',
  around: 'approx', some: 'approx', circa: 'approx', approx: 'approx', estimated: 'approx',
  over: 'over', exceeding: 'over', exceeds: 'over', exceeded: 'over', exceed: 'over', above: 'over',
  under: 'under', below: 'under', approaching: 'approx', nearing: 'approx', topping: 'over', surpassing: 'over',
  topped: 'over', tops: 'over', surpassed: 'over', surpasses: 'over',
  'close to': 'approx', 'more than': 'over', 'at least': 'over', 'less than': 'under',
  'fewer than': 'under', 'at most': 'under', 'up to': 'under', 'upwards of': 'over', 'upward of': 'over',
  'greater than': 'over', 'just over': 'over', 'just under': 'under', 'well over': 'over',
  'well above': 'over', 'just below': 'under', 'just above': 'over', 'an estimated': 'approx',
  'north of': 'over', 'well under': 'under', 'well below': 'under',
  'in excess of': 'over', 'no more than': 'under', 'no fewer than': 'over', 'no less than': 'over',
  'just shy of': 'under', 'a little over': 'over', 'a little under': 'under', 'not more than': 'under',
  'a little more than': 'over', 'not less than': 'over', 'not fewer than': 'over',
  'not over': 'under', 'not above': 'under', 'not exceed': 'under', 'not exceeding': 'under', 'never exceeded': 'under',
  'not under': 'over', 'not below': 'over', 'in the region of': 'approx', 'the region of': 'approx',
  'as many as': 'under', 'as much as': 'under', 'as high as': 'under', 'as few as': 'over', 'as little as': 'over',
  // (a stated maximum of a length or size: "it could be as long as 10 years before …", "as large as 40%")
  'as long as': 'under', 'as large as': 'under', 'as big as': 'under', 'as great as': 'under',
  'as low as': 'over', 'the best part of': 'approx', beyond: 'over', past: 'over',
});
/** Last words of all hedge phrases: a cheap filter before building phrases. */
export const HEDGE_LAST = new Set(Object.keys(HEDGES).map((k) => k.slice(k.lastIndexOf(' ') + 1)));
/** Every tail of a hedge phrase ("than", "more than", "no more than"): a phrase read backwards stops when it is none. */
export const HEDGE_TAILS = new Set(Object.keys(HEDGES).flatMap((k) => k.split(' ').map((_, i, ws) => ws.slice(i).join(' '))));
/** Words before "past" that make it an adjective ("his past 50 matches"), not a bound ("its total past 3.3 million"). */
export const PAST_ADJECTIVE_AFTER = new Set(['the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'a']);
/**
 * Verbs of movement whose "up" is a particle, so that "up to" says where something went, not a
 * bound: "went up to 2.25%", "pushed rates up to 2.25%" (the verb right before "up", or before its
 * object). Not "costs up to £15,690", "earn up to": those bound the figure.
 */
export const UP_PARTICLE_VERBS = new Set([
  'went', 'go', 'goes', 'going', 'gone', 'moved', 'move', 'moves', 'shot', 'crept', 'edged', 'pushed', 'push', 'pushes',
  'pushing', 'drove', 'drive', 'drives', 'driven', 'driving', 'nudged', 'ratcheted', 'forced', 'sent', 'send', 'sends', 'put', 'puts',
]);

/**
 * Verbs that move an object "up to" a level ("brings the order book up to 225", "took the total up
 * to 310"): with the object between them and "up", the "up to" is where it went, not a bound
 * (hedges.ts movedObject; right before "up", "raise up to £5m", it stays a bound).
 */
export const UP_MOVING_VERBS: ReadonlySet<string> = new Set([
  'bring', 'brings', 'brought', 'bringing', 'take', 'takes', 'took', 'taking', 'taken', 'raise', 'raises', 'raised', 'raising',
  'lift', 'lifts', 'lifted', 'lifting', 'boost', 'boosts', 'boosted', 'boosting', 'push', 'pushes', 'pushed', 'pushing',
  'drive', 'drives', 'drove', 'driving', 'driven', 'put', 'puts', 'putting', 'send', 'sends', 'sent', 'sending',
]);
/**
 * Words right before "up to" that keep it a bound after a verb of UP_MOVING_VERBS: a preposition
 * ("put projectors into up to 250 screens", "push for rises of up to 72%") or the verb's own
 * particle ("brings in up to 4% more": earns). Only an object's last word lets "up" be the particle.
 */
export const UP_BOUND_AFTER: ReadonlySet<string> = new Set(['in', 'into', 'of', 'for', 'on', 'onto', 'with', 'by', 'at', 'from', 'to', 'across', 'among', 'between', 'than', 'and', 'or', 'about', 'out', 'back', 'forward', 'home', 'over', 'under', 'through', 'within', 'per', 'each', 'every']);
/** Characters read back from "up to" for a verb of UP_MOVING_VERBS (about six words). */
export const UP_MOVING_REACH = 48;

/** Verbs that make a following "over" a particle, not a hedge ("handed over $5m"). */
export const OVER_PARTICLE = new Set([
  'handed', 'hand', 'hands', 'handing', 'took', 'take', 'takes', 'taking', 'taken', 'turned', 'turn',
  'turns', 'turning', 'signed', 'sign', 'signs', 'passed', 'pass', 'passing', 'won', 'win', 'wins',
  'fought', 'argued', 'row', 'dispute', 'battle', 'talks', 'paid', 'pays', 'pay', 'paying',
  // (a kick that goes over the bar: "slotted over four penalties", "knocked over three conversions")
  'slotted', 'slot', 'slots', 'slotting', 'kicked', 'kick', 'kicks', 'kicking', 'knocked', 'knock', 'popped',
]);
