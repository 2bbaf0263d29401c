// Word tables for the figure families that are not amounts: ranks, scores, dates without a year,
// physical measures and fractions. Like tables.ts: built once, frozen, looked up lowercased
// unless a table says otherwise.

import { table } from './tables';

// ---------------------------------------------------------------------------------------
// Dates

/** Month names and their abbreviations to the month's number: "27 February" → 2, "Sept 3" → 9. */
export const MONTH_INDEX: Readonly<Record<string, number>> = table({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8,
  sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
});
/**
 * Words before a month named alone that make it a date ("in October", "since March last year",
 * "last April", "at the end of February", "from February"): without one, a capitalised month
 * name may be a name ("Theresa May", "the March Hare") and is no figure. "of" only after a word
 * of PART_OF_MONTH ("the end of February"); "and", "to", "or" only after another month ("between
 * March and May").
 */
export const MONTH_BEFORE: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'by', 'last', 'next', 'this', 'early', 'late', 'from', 'during', 'between',
  'before', 'after', 'through', 'throughout', 'mid', 'of',
]);
/** Parts of a month that "of" joins to it: "the end of February", "the middle of June". */
export const PART_OF_MONTH: ReadonlySet<string> = new Set(['end', 'start', 'beginning', 'middle', 'rest', 'course', 'part']);
/** Words before an ordinal and "quarter" that make it a quarter of the year named alone: "in the third quarter", "its fourth quarter". */
export const QUARTER_BEFORE: ReadonlySet<string> = new Set(['the', 'its', 'their', 'this', 'last', 'next', 'his', 'her', 'our']);
/** Words that join a second month to a first: "between March and May", "from June to August". */
export const MONTH_LINKS: ReadonlySet<string> = new Set(['and', 'to', 'or']);
/** Full month names by number, for rendering a date the way a note writes it. */
export const MONTH_NAMES = [
  '', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December',
];

// ---------------------------------------------------------------------------------------
// Ordinals and ranks

/** Ordinal words and their number: "sixth" → 6, "twentieth" → 20 (compounds "twenty-first" add up). */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = table({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40,
  fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
});
/**
 * Ordinal words that are mostly something else ("first" an adverb, "second" a unit of time, "third"
 * a fraction or "third party"): a rank only after a rank verb ("finished third") or before "place".
 */
export const WEAK_ORDINALS = new Set(['first', 'second', 'third']);
/**
 * Words after "first" that make it the opening stretch of something, no place in a series: "in its
 * first three days", "the first weekend", "for the first time", "the first half" (session 45: "first"
 * scanned at last; "took £788,439 in its first three days" had become a rival of "has taken £4.4m").
 */
export const FIRST_STRETCH_WORDS: ReadonlySet<string> = new Set(['weekend', 'weekends', 'time', 'times', 'half', 'quarter', 'night', 'nights', 'stage', 'phase', 'step', 'steps', 'instance', 'thing', 'things']);
/** Superlatives after an ordinal that make it a rank, "second" and "third" too: "the third most digitally savvy nation", "the second largest". */
export const ORDINAL_SUPERLATIVES = new Set(['most', 'least', 'largest', 'biggest', 'highest', 'best', 'worst', 'lowest', 'busiest', 'richest', 'smallest', 'fastest', 'oldest', 'strongest']);
/**
 * Words after an ordinal with nothing it ranks after it, that end its phrase ("Bill Conti's 17th as
 * musical director"): with a possessive before it, a place in its series all the same.
 */
export const ORDINAL_ELLIPSIS_AFTER: ReadonlySet<string> = new Set(['as']);
/** Words after an ordinal that make it a place in a run, "second" and "third" too: "a third consecutive title", "his second straight win". */
export const ORDINAL_RUN_WORDS = new Set(['consecutive', 'successive', 'straight']);
/** Stages of a competition after an ordinal, "second" and "third" too: "reached the third round". */
export const ORDINAL_STAGE_NOUNS = new Set(['round']);
/**
 * Possessives before an ordinal: they let a capitalised word follow a digit one ("his 19th UK
 * number one"), and make "second" or "third" before a noun a place in someone's own series ("her
 * third competitive outing").
 */
export const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Nouns after an ordinal that name a part or a period, not a place in a series: "their second half", "in the fourth quarter", "the fifth set". */
export const ORDINAL_PARTS = new Set(['half', 'halves', 'quarter', 'quarters', 'hand', 'party', 'parties', 'innings', 'period', 'leg', 'set', 'string']);
/** Words right before an ordinal that make it a rank: "finished 19th", "ranked 31st", "came second". */
export const RANK_BEFORE = new Set([
  'finished', 'finish', 'finishes', 'finishing', 'came', 'come', 'comes', 'coming', 'ranked', 'rank',
  'ranks', 'ranking', 'placed', 'lies', 'lying', 'lay', 'sits', 'sitting', 'sat', 'ended', 'end', 'ends',
  'climbed', 'slipped', 'dropped', 'slumped', 'rated', 'seeded', 'positioned', 'qualified', 'qualify',
  'sit', 'lie', 'stand', 'stands', 'standing', 'stood',
  // (a film's or a record's first chart: "Hostage opened third with $9.8m", "debuted fifth")
  'opened', 'debuted',
]);
/**
 * Rank verbs that take "in" before the place: "came in third", "finished in fourth", "ended in
 * 10th" (a place in a race or a chart as "came third" is). Not "lies in second" nor "placed in
 * second" (a gear, a group): the verbs of arriving only.
 */
export const RANK_IN_VERBS = new Set(['came', 'come', 'comes', 'coming', 'finished', 'finish', 'finishes', 'finishing', 'ended', 'end', 'ends', 'ending']);
/**
 * Verbs of being before an ordinal and "in the" a table names: "Liverpool are fourth in the
 * Premiership", "the side is 3rd in the table" — a place in it, as "lies fourth" is. Not "it was
 * the third in line" (no "in the" table) nor "she was second in command".
 */
export const RANK_COPULAS = new Set(['is', 'are', 'was', 'were', 'remain', 'remains', 'remained', 'stay', 'stays', 'stayed']);
/**
 * Words of a hedge between "with" and the value a place in a ranking is given with ("was fourth with
 * almost $42.7m", "second with more than 30"): ranks.ts tablePlace reads past them to the value.
 */
export const PLACE_VALUE_HEDGE_WORDS = new Set(['more', 'less', 'fewer', 'than', 'almost', 'nearly', 'about', 'around', 'over', 'under', 'just', 'some', 'roughly', 'approximately', 'at', 'least', 'up', 'to']);
/** Adverbs between such a verb and the ordinal: "are currently fifth", "is still third", "are joint fourth". */
export const TABLE_ADVERBS = new Set(['currently', 'now', 'still', 'already', 'presently', 'joint', 'again', 'back']);
/**
 * Words after such a verb and the ordinal that place it in a race or a table by who is ahead:
 * "was third behind Hayley Yelling", "are second behind Chelsea" (then a capitalised name or
 * "the"). Not "second to none" nor "was second in command" (no one ahead named).
 */
export const PLACE_BEHIND = new Set(['behind']);
/** Words after "N points" that name whom the gap is to: "three points behind Chelsea", "five points adrift of Arsenal" (frames: whom a gap is measured to). */
export const GAP_BEHIND: ReadonlySet<string> = new Set(['behind', 'adrift']);
/**
 * The points a football league gives a win, said with "the" or "all" before them ("winning and the
 * three points", "an opportunity to get the three points"): the reward of one match, never a side's
 * tally, so no figure (numberWords.ts winReward) — unless a gap word follows ("three points clear").
 */
export const WIN_REWARD = { value: 3, unit: 'points' } as const;
export const WIN_REWARD_BEFORE: ReadonlySet<string> = new Set(['the', 'all']);

/** …and words after "N points" that make it a gap in a table where a side stands, whatever the verb: "fell 13 points behind", "moved five points clear" (frames/role.ts: a level, not a change). */
export const GAP_STANDING_WORDS: ReadonlySet<string> = new Set([...GAP_BEHIND, 'clear', 'ahead']);
/** …words after "N points" that say a gap too, though no standing of one side: "six points between Barcelona and us", "five points off the top" (frames/role.ts pointsGap). */
export const GAP_WORDS_AFTER: ReadonlySet<string> = new Set([...GAP_STANDING_WORDS, 'between', 'off']);
/** …and words right before "N points" that do: "to within six points of leaders Barcelona". */
export const GAP_WORDS_BEFORE: ReadonlySet<string> = new Set(['within']);
/** Lower-case words after "in the" that name a table (a capitalised name counts too: "in the Premiership"). */
export const TABLE_WORDS = new Set(['table', 'league', 'standings', 'chart', 'charts', 'rankings', 'ranking', 'division', 'group', 'pool', 'conference', 'world']);
/**
 * Adjectives between a determiner and an ordinal that say the place in the series is a record's: "a
 * record third title", "their historic fifth win" (ranks.ts ownedOver); or one to come: "a possible
 * third term", "a potential fourth title" (session 47).
 */
export const ORDINAL_ADJECTIVES = new Set(['record', 'historic', 'unprecedented', 'possible', 'potential']);
/**
 * Nouns after "second" or "third" (and the other ordinals after a capitalised name) that make the
 * ordinal a place in someone's series — how many of them there have been: "the third nomination of
 * her career", "for a second week", "a third Sydney title", "his 10th Budget", "their third
 * meeting". Not "a second study", "a third party" (another one; the parts of ORDINAL_PARTS).
 */
export const ORDINAL_SERIES_NOUNS = new Set([
  'title', 'titles', 'week', 'term', 'nomination', 'win', 'victory', 'defeat', 'album', 'husband', 'wife',
  'marriage', 'season', 'budget', 'year', 'month', 'successive', 'attempt', 'goal', 'crown', 'championship', 'trophy', 'medal',
  'meeting', 'show',
  // a side's scores in a match, counted as they come: "with a third penalty after 51 minutes",
  // "their second try" (session 47)
  'penalty', 'try',
  // numbered events and works, "the" owning the ordinal as well as a possessive: "the 22nd Bond
  // film", "the 24th Brit awards ceremony", "the 77th Academy Awards", "the 14th Adam Smith
  // Lecture", "the third Grammy of his career" (session 45)
  'film', 'movie', 'awards', 'ceremony', 'lecture', 'conference', 'festival', 'edition', 'anniversary', 'grammy', 'contest', 'resolution',
  // a product in its line: "the third version of its desktop search software", "a second-generation
  // console" (session 48)
  'version', 'generation', 'instalment',
]);
/** A capitalised word after "the Nth" that makes a name of it, never a place in a series: "the 20th Century Fox film studio" (ranks.ts ordinalIsRank). */
export const NAMED_CENTURY = 'century';
/**
 * Adjectives between an ordinal and the noun of its series: "the second annual conference", "the
 * sixth and final Star Wars movie" (after "and": ORDINAL_LAST_WORDS).
 */
export const ORDINAL_SERIES_ADJECTIVES: ReadonlySet<string> = new Set(['annual', ...ORDINAL_RUN_WORDS]);
/** Words after "Nth and" that make the ordinal the last of its series: "the sixth and final Star Wars movie". */
export const ORDINAL_LAST_WORDS: ReadonlySet<string> = new Set(['final', 'last']);
/** Words after a possessive's ordinal and a name that leave the name the series: "his second Oscar for …", "her third Grammy of her career" (ranks.ts namedSeries). */
export const NAMED_SERIES_AFTER: ReadonlySet<string> = new Set(['of', 'for', 'in', 'at', 'since', 'with', 'and', 'on']);
/**
 * "time" after "for the second" or "for a third" counts a series too: "won the award for the third
 * time" (session 33). Not "it was the second time this year" (session 14: mostly said in passing),
 * nor "for the first time", which says only that something is new.
 */
export const ORDINAL_TIMES = 'time';
/** Words after an ordinal's "time" that date the series: "the first time since 1925", "the second time in 30 years" (wordFamilies.ts timeSinceOrIn). */
export const TIME_SPAN_OPENERS: ReadonlySet<string> = new Set(['since', 'in']);
/** Parts of a decade of life before "20s"…"90s" and the years they cover: "early 20s" 20–23, "mid-70s" 74–76, "late 20s" 27–29 (suffixKinds.ts lifeDecade). */
export const DECADE_PARTS: Readonly<Record<string, readonly [number, number]>> = table({ early: [0, 3], mid: [4, 6], late: [7, 9] });
/**
 * Parts of a calendar decade and the years they cover: "the early 1980s" 1980–1984, "the mid-1990s"
 * 1993–1997, "the late 1980s" 1986–1989 (suffixKinds.ts decadePart) — wider than a life's
 * (DECADE_PARTS): "the late 1990s" is said of 1996 as often as of 1998, and only years outside
 * the part are read as another.
 */
export const YEAR_DECADE_PARTS: Readonly<Record<string, readonly [number, number]>> = table({ early: [0, 4], mid: [3, 7], late: [6, 9] });
/** Possessives that make "30s" a decade of someone's life: "in his 30s". */
export const DECADE_OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'your', 'our']);
/** Verbs of moving in a table before "to" and an ordinal: "slipped to third", "rose to fifth in the chart". */
export const RANK_MOVES = new Set([
  'climbed', 'slipped', 'dropped', 'slumped', 'rose', 'risen', 'fell', 'fallen', 'moved', 'jumped', 'slid', 'went',
  'returned', 'tumbled', 'plunged', 'sank', 'leapt', 'leaped', 'shot', 'crashed', 'up', 'down',
  'moves', 'rises', 'falls', 'climbs', 'slips', 'drops', 'jumps', 'slides',
]);
/**
 * Verbs of moving in a table before "to number N" with words after it ("moves to number 18 from
 * 32", "fell to number 16 following …"); not "went", "returned": "went to number 8 today" may be
 * anywhere.
 */
export const CHART_MOVES = new Set([
  'moved', 'moves', 'rose', 'rises', 'risen', 'fell', 'falls', 'fallen', 'slipped', 'slips', 'climbed', 'climbs',
  'dropped', 'drops', 'slid', 'slides', 'jumped', 'jumps', 'tumbled', 'tumbles', 'sank', 'sinks', 'plunged', 'plunges',
]);
/** Nouns before "to" and a number that make the number a position: "dropped one place to five". */
export const PLACE_MOVES = new Set(['place', 'places', 'spot', 'spots']);
/** How far back (characters) a place in a ranking may stand for a later ordinal to be the next item of its list (ranks.ts listedRank). */
export const LISTED_RANK_REACH = 60;
/** Words that may follow an ordinal ending an item of a list of places: "… third and Usher fourth", "… second, while …". */
export const LISTED_RANK_AFTER: ReadonlySet<string> = new Set(['and', 'while', 'with', 'behind', 'ahead']);
/** Nouns after a weak ordinal that make it a rank: "third place", "second position". */
export const RANK_NOUNS = new Set(['place', 'position', 'spot', 'seed', 'seeds', 'placed', 'ranked']);
/**
 * Words after a digit ordinal that leave it a date or a list ("on the 21st and the 3rd", "the 5th
 * of …"): with none of a rank verb before it, such an ordinal is not read.
 */
export const ORDINAL_STOP_AFTER = new Set([
  'and', 'or', 'of', 'to', 'in', 'on', 'at', 'the', 'a', 'an', 'for', 'with', 'by', 'from', 'is', 'was',
  'were', 'are', 'as', 'but', 'that', 'which', 'when', 'after', 'before', 'since', 'until', 'this',
  'it', 'he', 'she', 'they', 'we', 'there', 'if', 'so', 'than', 'then', 'will', 'would', 'has', 'had',
  'have', 'be', 'been',
]);
/**
 * A number right after a month that counts the plural noun after it ("In January 25 members of a
 * ring were jailed") is no day of that month: the noun is lower case, plural in -s (or one of
 * IRREGULAR_PLURALS), and not one of
 * ORDINAL_STOP_AFTER ("this", "was", "has": a day followed by its sentence).
 */
export const PLURAL_NOUN_AFTER_DAY = /^[a-z]{2,}[^su']s$/;
/** Words that open the second half of a gapped pair ("12 players and Munster 11": digits.ts gappedCount). */
export const GAP_JOINERS: ReadonlySet<string> = new Set(['and', 'while', 'but', 'whereas']);
/** Capitalised words a gapped pair's second name may run to ("Robert James Alcorn 37"). */
export const GAPPED_NAME_WORDS = 4;
/** Plurals without -s that count people after a month's number as well ("In May 40 people …"). */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(['people', 'men', 'women', 'children']);
/**
 * What closes "the Nth thing" as a place in a series it names the span of (ranks.ts seriesSpanAfter):
 * "the third restructuring in the company's history", "the third of her career", "the second
 * Election Court in living memory", "the third big search firm this week", "a third number one in
 * three weeks". The nouns after "in"/"of" and a possessive; the units after "this".
 */
export const SERIES_SPAN_NOUNS: ReadonlySet<string> = new Set(['history', 'career']);
export const SERIES_SPAN_THIS: ReadonlySet<string> = new Set(['year', 'season', 'week', 'month', 'century', 'decade']);
/** Words after "in" that make "in living memory" a series' span. */
export const LIVING_MEMORY: readonly string[] = ['living', 'memory'];
/** Words after an ordinal that make it a place in a run: "her ninth in a row", "the 9th in succession". */
export const SERIES_AFTER: readonly (readonly string[])[] = [['in', 'a', 'row'], ['in', 'succession']];
/** Words after "number N" that make it a chart or table position ("number one single", "number 8 in the chart"). */
export const CHART_FOLLOW = new Set([
  'single', 'singles', 'album', 'albums', 'hit', 'hits', 'spot', 'position', 'slot', 'seed', 'ranking',
  'ranked', 'chart', 'charts', 'in', 'on', 'for', 'with', 'seller', 'bestseller', 'selling',
  // (when the place was held: "coming in at number three during its first weekend", "at number two behind …")
  'during', 'behind',
]);
/** Words right before "number N" that make it a rank ("went to number one", "entered at number 8"). */
export const CHART_BEFORE = new Set(['to', 'at', 'reached', 'hit', 'peaked', 'debuted', 'straight', 'remained', 'stayed', 'became']);
/** Words before "number N" that make it a rank whatever follows: "world number two Roddick". */
export const RANK_TITLES = new Set(['world']);

// ---------------------------------------------------------------------------------------
// Scores

/**
 * Words near a hyphenated pair ("a 5-0 win", "won 3-1", "the derby ended 1-1") that make it a
 * match score rather than a range. Looked up among the four words before it and the two after.
 */
export const SPORT_WORDS = new Set([
  'win', 'wins', 'won', 'winning', 'winner', 'draw', 'drew', 'drawn', 'lead', 'leads', 'led', 'leading',
  'trailed', 'trailing', 'trail', 'beat', 'beats', 'beaten', 'beating', 'score', 'scored', 'scores',
  'scoreline', 'victory', 'victories', 'defeat', 'defeats', 'defeated', 'loss', 'lost', 'lose', 'losing',
  'derby', 'thrashing', 'thrashed', 'triumph', 'aggregate', 'halftime', 'half', 'match', 'game',
  'final', 'semifinal', 'hammered', 'hammering', 'drubbing', 'thumped', 'edged', 'overcame', 'ended',
  'finished', 'comeback', 'goals', 'goal', 'penalties', 'shootout', 'replay', 'tie', 'fixture',
  'cup', 'league', 'leg', 'sets', 'set', 'rugby', 'football', 'hat', 'break', 'interval', 'ahead', 'behind',
  'down',
]);

/**
 * Words that say the player named first won the match the scoreline tells ("Mauresmo routed
 * Zvonareva 6-1 6-0", "a 7-5 6-1 victory over Carlsen"); after "was"/"were" they say the opposite.
 */
export const WIN_WORDS = new Set([
  'beat', 'beats', 'beating', 'defeated', 'defeats', 'defeating', 'routed', 'thrashed', 'crushed', 'edged', 'overcame',
  'past', 'winner', 'won', 'wins', 'victory', 'eliminated', 'knocked', 'downed', 'outclassed', 'swept', 'hammered',
  'thumped', 'trounced', 'dispatched', 'ousted', 'upset', 'stunned', 'overpowered', 'whitewashed', 'demolished',
]);
/** Words that say the player named first lost it ("Sharapova, who lost 6-2 6-2 to Kuznetsova"). */
export const LOSS_WORDS = new Set(['lost', 'lose', 'loses', 'losing', 'beaten', 'loss', 'fell', 'succumbed', 'bowed', 'crashed', 'runner']);
/** Auxiliaries that make a win word passive: "was beaten by", "were knocked out by". */
export const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be']);

/** Words around "5-1" that make it betting odds, not a score: "the 5-1 favourite", "odds of 7-2", "Ladbrokes priced Bez at 4/9". */
export const ODDS_WORDS = new Set(['odds', 'favourite', 'favourites', 'favorite', 'favorites', 'shot', 'outsider', 'bet', 'bookmakers', 'bookies', 'bookmaker', 'priced', 'betting', 'punters', 'punter', 'wager']);
/**
 * Words before "1.5 million to 2 million" or "8% to 9%" that make it a change ("rose 8% to 9%",
 * "a rise from …"), not a range. Past forms in -ed and -ing forms count as well, except those in
 * RANGE_VERBS ("an estimated 1.5 million to 2 million" is a range).
 */
export const CHANGE_NOUNS = new Set([
  'rise', 'rises', 'fall', 'falls', 'increase', 'increases', 'decrease', 'decreases', 'drop', 'drops', 'cut',
  'cuts', 'growth', 'jump', 'jumps', 'gain', 'gains', 'decline', 'declines', 'slump', 'reduction', 'change',
  'raise', 'raises', 'lift', 'hike', 'boost', 'climb', 'fell', 'rose', 'grew', 'went', 'from', 'by', 'up',
  'down', 'saw', 'sees', 'see', 'take', 'takes', 'took', 'move', 'moves', 'shift', 'swing', 'lost', 'won',
]);
/** Verbs in -ed that introduce a range rather than a change: "an estimated 1.5 million to 2 million". */
export const RANGE_VERBS = new Set(['estimated', 'expected', 'projected', 'predicted', 'forecasted', 'believed', 'thought', 'priced', 'valued']);

// ---------------------------------------------------------------------------------------
// Measures

/**
 * Units written right after the digits ("9.2Mbps", "38mph", "61km/h") or after one space ("38
 * mph"), case-sensitive as written, to [normalised unit, family, factor to the family's base].
 * Units of one family convert ("512kbps" vs "0.5Mbps"); mph and km/h are kept apart on purpose
 * (a note converting speeds rounds, and a false alarm costs more than a missed one).
 */
export const MEASURE_UNITS: Readonly<Record<string, readonly [string, string, number]>> = table({
  bps: ['bps', 'bps', 1], kbps: ['kbps', 'bps', 1e3], Kbps: ['kbps', 'bps', 1e3], Mbps: ['Mbps', 'bps', 1e6],
  Mbit: ['Mbps', 'bps', 1e6], Gbps: ['Gbps', 'bps', 1e9], Hz: ['Hz', 'Hz', 1], kHz: ['kHz', 'Hz', 1e3],
  MHz: ['MHz', 'Hz', 1e6], GHz: ['GHz', 'Hz', 1e9], mph: ['mph', 'mph', 1], kph: ['km/h', 'km/h', 1],
  'km/h': ['km/h', 'km/h', 1], 'm/s': ['m/s', 'm/s', 1], km: ['km', 'm', 1e3], m: ['m', 'm', 1],
  cm: ['cm', 'm', 1e-2], mm: ['mm', 'm', 1e-3], kg: ['kg', 'g', 1e3], g: ['g', 'g', 1], mg: ['mg', 'g', 1e-3],
  kW: ['kW', 'W', 1e3], MW: ['MW', 'W', 1e6], GW: ['GW', 'W', 1e9], kWh: ['kWh', 'Wh', 1e3],
  MWh: ['MWh', 'Wh', 1e6], GWh: ['GWh', 'Wh', 1e9], KB: ['KB', 'B', 1e3], MB: ['MB', 'B', 1e6],
  GB: ['GB', 'B', 1e9], TB: ['TB', 'B', 1e12], C: ['C', 'C', 1], ft: ['ft', 'ft', 1], TW: ['TW', 'W', 1e12],
  TWh: ['TWh', 'Wh', 1e12],
  // (pounds of weight, a family of their own as mph is: "gained 25lb" against "11kg" is a conversion a note rounds)
  lb: ['lb', 'lb', 1], lbs: ['lb', 'lb', 1],
});
/** Units read after one space too ("38 mph", "100 km"): those that are never ordinary words. */
export const SPACED_MEASURES = new Set([
  'kbps', 'Kbps', 'Mbps', 'Gbps', 'kHz', 'MHz', 'GHz', 'mph', 'kph', 'km/h', 'm/s', 'km', 'kg', 'kW', 'MW',
  'GW', 'TW', 'kWh', 'MWh', 'GWh', 'TWh', 'KB', 'MB', 'GB', 'TB', 'lb', 'lbs',
]);
/**
 * Units spelled out after one space, lower-cased, to their MEASURE_UNITS key: "12 kilometres" is
 * "12 km", "40 kilograms" "40 kg", "3 gigahertz" "3 GHz" (a figure is written either way, and the
 * two must agree). Not "meters": as often the devices ("300 meters were fitted"). The energy and speed forms of two or three words are in SPELLED_WATT_HOURS and
 * SPELLED_SPEEDS.
 */
export const SPELLED_MEASURES: Readonly<Record<string, string>> = table({
  kilowatt: 'kW', kilowatts: 'kW', megawatt: 'MW', megawatts: 'MW', gigawatt: 'GW', gigawatts: 'GW',
  terawatt: 'TW', terawatts: 'TW', kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km',
  metre: 'm', metres: 'm', centimetre: 'cm', centimetres: 'cm', centimeter: 'cm',
  centimeters: 'cm', millimetre: 'mm', millimetres: 'mm', millimeter: 'mm', millimeters: 'mm', kilogram: 'kg',
  kilograms: 'kg', kilogramme: 'kg', kilogrammes: 'kg', gram: 'g', grams: 'g', gramme: 'g', grammes: 'g',
  milligram: 'mg', milligrams: 'mg', kilobyte: 'KB', kilobytes: 'KB', megabyte: 'MB', megabytes: 'MB',
  gigabyte: 'GB', gigabytes: 'GB', terabyte: 'TB', terabytes: 'TB', hertz: 'Hz', kilohertz: 'kHz',
  megahertz: 'MHz', gigahertz: 'GHz',
});
/** A power followed by "-hours" or " hours" is energy: "96 gigawatt-hours" is "96 GWh". */
export const SPELLED_WATT_HOURS: Readonly<Record<string, string>> = table({ kW: 'kWh', MW: 'MWh', GW: 'GWh', TW: 'TWh' });
/** Speeds spelled out, "<unit> per <hour|second>" (the unit as written, or its key) to the speed's key: "70 miles per hour" is "70 mph". */
export const SPELLED_SPEEDS: Readonly<Record<string, string>> = table({
  'mile|hour': 'mph', 'miles|hour': 'mph', 'km|hour': 'km/h', 'm|second': 'm/s', 'kilobits|second': 'kbps',
  'megabits|second': 'Mbps', 'gigabits|second': 'Gbps',
});
/** The first words of SPELLED_SPEEDS that are not spelled units themselves. */
export const SPEED_ONLY_WORDS = new Set(['mile', 'miles', 'kilobits', 'megabits', 'gigabits']);
/** SPACED_MEASURES lower-cased: a cheap first test on the word after a number. */
export const SPACED_MEASURES_LOWER = new Set([...SPACED_MEASURES].map((u) => u.toLowerCase().replace(/\/.*$/, '')));
/** Words after a bare "508m" that make it metres (a height, a length, a speed, a kick), not millions. */
export const METRE_MEASURE_FOLLOW = new Set([
  'tall', 'high', 'long', 'deep', 'wide', 'per', 'penalty', 'kick', 'kicks', 'drop', 'tower', 'towers',
  'track', 'yards', 'metres', 'meters', 'above', 'below', 'underground', 'underwater', 'span', 'dive',
  'fall', 'jump', 'putt', 'free', 'conversion', 'skyscraper', 'building', 'wall', 'cliff', 'mast',
]);
/**
 * Comparatives after a measure make it a difference, not the quantity itself ("50m taller than
 * the towers", "10mph faster"): such a measure is not read.
 */
export const MEASURE_COMPARATIVES = new Set([
  'taller', 'higher', 'longer', 'deeper', 'wider', 'faster', 'slower', 'quicker', 'heavier', 'lighter',
  'shorter', 'bigger', 'smaller', 'further', 'farther', 'more', 'less', 'lower', 'closer', 'warmer', 'colder',
  'hotter', 'cooler', 'short', 'adrift', 'clear', 'behind', 'ahead', 'off',
]);
/** Words after "100m-" that make it metres: "a 100m-long tunnel", "a 300m-high tower". */
export const METRE_HYPHEN = new Set(['long', 'high', 'tall', 'deep', 'wide']);

// ---------------------------------------------------------------------------------------
// Fractions

/** Fraction words to their denominator: "two-thirds" → 3, "a quarter" → 4, "one fifth" → 5. */
export const FRACTION_DENOMINATOR: Readonly<Record<string, number>> = table({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5,
  fifths: 5, sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9,
  tenth: 10, tenths: 10,
});
/**
 * Words after a bound fraction with no "of" that close its noun phrase, so that the fraction is a
 * share of what the sentence speaks of ("more than half would trust", "nearly a third said", "by
 * a quarter on 2003", "by half in 2004"): verbs of a clause and prepositions, never a noun ("half
 * an hour", "a third party", "a quarter century").
 */
export const FRACTION_CLAUSE_FOLLOW = new Set([
  'would', 'will', 'could', 'should', 'may', 'might', 'were', 'was', 'are', 'is', 'have', 'has', 'had', 'did', 'do',
  'said', 'say', 'says', 'think', 'thought', 'believe', 'believed', 'agreed', 'agree', 'voted', 'want', 'wanted', 'expect', 'expected',
  'on', 'in', 'since', 'from', 'to', 'compared', 'against',
]);
/** Most words read past a capitalised one after "of" to the plural noun of a share's whole ("half of UK net users": wordFamilies.ts wholeAfter). */
export const WHOLE_QUALIFIER_WORDS = 2;
/** Words ending in "s" that are no plural noun: a verb or a function word ("half of Europe is", "half of Ireland says"): wholeAfter reads no share past them. */
export const NOT_PLURAL_NOUNS: ReadonlySet<string> = new Set(['is', 'was', 'has', 'does', 'this', 'its', 'his', 'hers', 'thus', 'says', 'goes', 'plans', 'wants', 'needs', 'thinks', 'believes', 'lives', 'uses', 'gets', 'makes']);
/** What may follow "half of" for it to be a share of a whole ("half of the staff", "half of all"). */
export const HALF_SHARE_FOLLOW = new Set(['the', 'all', 'its', 'their', 'his', 'her', 'our', 'your', 'these', 'those', 'them', 'us']);

/** Video resolutions written as lines with a glued "p" ("720p", "1080p"): not pence. */
export const VIDEO_LINES: ReadonlySet<number> = new Set([240, 360, 480, 576, 720, 1080, 1440, 2160, 4320]);
/**
 * "The 1500s" to "the 1900s" are centuries (1500–1599), as writers mean them ("printing spread in the
 * 1500s"); from 2000 on, "the 2000s" is the decade 2000–2009 (as "the 2010s" is), the common reading
 * in news. Other decades ("the 1960s") are ten years.
 */
export const CENTURIES_BEFORE = 2000;
/** A glued "p" after this many or more is no price in pence (a share price of 548p is; "20000p" is not written). */
export const MAX_PENCE = 10000;
