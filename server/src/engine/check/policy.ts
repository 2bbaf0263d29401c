// Every threshold, weight and word list the checker judges by, named and explained in one place.
// Precision first: a false alarm costs more than a miss, so the gates for `contradicted` are
// stricter than those for `supported`. Change a value here and re-run the dev sets and AVeriTeC
// (scripts/eval/snapshot.sh): these were tuned on them.

// ---------------------------------------------------------------------------------------------
// Context around a figure (context.ts)

/** Content words taken on each side of a figure: its noun, unit and subject sit within a few words. */
export const WINDOW = 4;
/** A context word's weight falls as 1 / (1 + WINDOW_DECAY × its distance in words): nearer says more. */
export const WINDOW_DECAY = 0.3;
/** Passages before a source passage, in its paragraph, where its subject may be named ("Scale AI. Meta invested…"). */
export const LEADING_PASSAGES = 2;

/** Words that carry no meaning about what a figure measures: hedges, scale words, units already in the figure. */
export const FIGURE_WORDS: ReadonlySet<string> = new Set([
  'nearly', 'almost', 'approximately', 'roughly', 'around', 'close', 'exceed', 'least', 'less', 'fewer', 'than', 'million',
  'billion', 'trillion', 'thousand', 'hundred', 'bn', 'tn', 'percent', 'cent', 'dollar', 'pound', 'euro', 'end', 'by',
  'some', 'over', 'under', 'up', 'about', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen',
  'half', 'double', 'twice', 'tens', 'hundreds', 'thousands', 'millions', 'billions', 'trillions', 'times', 'according', 'say', 'said', 'says', 'report', 'reported', 'put', 'given', 'give', 'quot',
  'quote', 'stood', 'stand', 'reach', 'reached', 'still', 'already', 'now', 'instead', 'same',
]);

// ---------------------------------------------------------------------------------------------
// Frames: rate, period and role around a figure (frames.ts)

/** Characters on each side of a figure searched for a rate ("per year", "monthly"). */
export const RATE_REACH = 80;
/** Characters before a date searched for the preposition that gives it its role ("by", "since"). */
export const DATE_PREP_REACH = 60;
/** A date or period at most this many characters from a figure anchors it in time ("in 2018 … $91 billion"). */
export const PERIOD_REACH = 80;

// ---------------------------------------------------------------------------------------------
// Ranking: the index's BM25 (corpus.ts; a store standing in for it ranks with the same values)

/** BM25 term-frequency saturation: the usual value; a word's third mention adds little over its second. */
export const BM25_K1 = 1.2;
/** BM25 length normalisation: the usual value; long passages are discounted, but not fully. */
export const BM25_B = 0.75;
/**
 * Terms in more than one passage in COMMON_TERM_RARITY (~3%), and in at least COMMON_TERM_MIN_DF,
 * add little to any score but cost a long walk of their postings: a ranking over the whole corpus
 * leaves them out when the query has rarer terms to rank by.
 */
export const COMMON_TERM_MIN_DF = 50;
export const COMMON_TERM_RARITY = 30;

// ---------------------------------------------------------------------------------------------
// Retrieval (retrieval.ts)

/** Query words far from the figure still weigh at least this much: the sentence is one claim. */
export const QUERY_MIN_WEIGHT = 0.3;
/** A sentence word's query weight falls as 1 / (1 + QUERY_DECAY × its distance in words from the figure). */
export const QUERY_DECAY = 0.15;
/** Words no source uses weigh this share of their idf: often the note's own phrasing, not a missing fact. */
export const UNKNOWN_WORD_IDF = 0.5;
/** Passages ranked for each figure before alignment: enough to reach a figure stated in other words. */
export const FIGURE_CANDIDATE_PASSAGES = 40;
/** With at most this many sources in reach, a quote is looked for in every one of them (no ranking). */
export const QUOTE_SCAN_ALL_SOURCES = 16;
/** Passages ranked for a quote's words in a large corpus; their sources are searched for the quote. */
export const QUOTE_CANDIDATE_PASSAGES = 64;
/** Passages ranked for the closest match of a quote that is not found. */
export const CLOSEST_PASSAGES = 8;

// ---------------------------------------------------------------------------------------------
// Alignment scores (alignment.ts)

/** A context word shared with a source figure earns half its weight for being there at all, the rest for being as near. */
export const SHARED_WORD_FLOOR = 0.5;
/** A candidate's score: local alignment (the words around both figures) weighs more than sentence coverage. */
export const LOCAL_SHARE = 0.6;
export const GLOBAL_SHARE = 0.4;
/** Score when the note's figure has no context words: sentence coverage alone, discounted (it says less). */
export const GLOBAL_ONLY_SHARE = 0.8;

// ---------------------------------------------------------------------------------------------
// Verdicts (verdict.ts)

/** A figure whose value is easily matched by chance: a plain integer up to this (besides years, multipliers, words). */
export const WEAK_MAX_VALUE = 12;
/** A figure written with this many significant digits ("14.3", "350,001") is rarely matched by chance. */
export const DISTINCT_DIGITS = 3;

/** Support for an ordinary figure: some context shared and aligned, or most of the sentence covered. */
export const SUPPORT_MIN_LOCAL = 0.15;
export const SUPPORT_MIN_GLOBAL = 0.35;
/** Support for a weak figure (a year, a small number): more of both, since its value proves little. */
export const WEAK_SUPPORT_MIN_LOCAL = 0.2;
export const WEAK_SUPPORT_MIN_GLOBAL = 0.4;
/** Support for a distinctive figure: one shared word or a little of the sentence is enough. */
export const DISTINCT_SUPPORT_MIN_GLOBAL = 0.15;

/** Disagreeing candidates tried for a contradiction, best aligned first: the very best may be about another subject. */
export const CONTRA_CANDIDATES = 5;
/** A contradiction needs the figure's context to align at least this well, and the candidate to score this well. */
export const CONTRA_MIN_LOCAL = 0.25;
export const CONTRA_MIN_SCORE = 0.3;
/** …and at least this many shared context words (a weak figure always needs them)… */
export const CONTRA_MIN_SHARED = 2;
/** …or the head word (the noun the figure counts) shared, with local alignment at least this. */
export const CONTRA_HEAD_MIN_LOCAL = 0.35;
/** A date this close (in characters) to another figure anchors it: "In 2019, 900,000 passengers". */
export const DATE_ANCHOR_REACH = 50;

/** Support wins over a contradiction when it scores at least this share of the contradiction's score. */
export const SUPPORT_OVER_CONTRA = 0.5;
/** Evidence shown for a supported figure: the supports within this share of the best one's score… */
export const EVIDENCE_SCORE_SHARE = 0.7;
/** …at most this many. */
export const MAX_EVIDENCE = 3;

/** Two values of plausible size for one another: within this ratio (or a scale slip, million vs billion). */
export const PLAUSIBLE_RATIO = 20;
/** Two years (or quarters) within this many years of each other may be the same date misstated. */
export const YEAR_SLACK = 30;
/** A zero against another value is plausible only when both are small: their sum below this. */
export const ZERO_PLAUSIBLE_SUM = 10;

/** Right figure, wrong source: an agreeing figure outside the cited sources aligned at least this well… */
export const WRONG_SOURCE_MIN_LOCAL = 0.25;
export const WRONG_SOURCE_MIN_SCORE = 0.3;
/** …with at least this many shared context words. */
export const WRONG_SOURCE_MIN_SHARED = 1;

/** Relative tolerance for hedged figures (about, nearly, roughly) unless the options say otherwise. */
export const DEFAULT_HEDGE_TOLERANCE = 0.1;

// ---------------------------------------------------------------------------------------------
// Quotes (quotes.ts)

/** A one-word "quote" is usually a scare-quoted term, not a quotation: only longer ones are reported. */
export const QUOTE_MIN_WORDS = 2;
/** Offer the source's words as a fix only when the closest span is this similar (Dice): the same sentence, misquoted. */
export const MISQUOTE_MIN_SIMILARITY = 0.7;
/** The closest span may be this many words shorter or longer than the quote. */
export const SPAN_LENGTH_SLACK = 2;

// ---------------------------------------------------------------------------------------------
// Citations (citations.ts)

/** Sources listed (and offered as fixes) for an ambiguous key. */
export const MAX_AMBIGUOUS_LISTED = 5;
/** Keys suggested for an unknown one. */
export const MAX_KEY_SUGGESTIONS = 3;
/** A suggested key is within one edit per this many characters of the key written (at least one edit)… */
export const KEY_CHARS_PER_EDIT = 3;
/** …compared over the key's length, and at least this many characters of the candidate. */
export const KEY_MIN_COMPARED = 3;

// ---------------------------------------------------------------------------------------------
// Wording (findings.ts): how much of a passage or title fits in a message or a fix title.

export const CLOSEST_PASSAGE_CHARS = 200;
export const QUOTE_FIX_TITLE_CHARS = 60;
export const SOURCE_TITLE_CHARS = 40;
