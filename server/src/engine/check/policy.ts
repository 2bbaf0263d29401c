// Every threshold, weight and word list the checker judges by, named and explained in one place.
// Precision first: a false alarm costs more than a miss, so the gates for `contradicted` are
// stricter than those for `supported`. Change a value here and re-run the dev sets and AVeriTeC
// (scripts/eval/snapshot.sh): these were tuned on them.

// ---------------------------------------------------------------------------------------------
// The query for a note's figure (retrieval.ts)

/** Words that carry no meaning about what a figure measures: hedges, scale words, units already in the figure. */
export const FIGURE_WORDS: ReadonlySet<string> = new Set([
  'nearly', 'almost', 'approximately', 'roughly', 'around', 'close', 'exceed', 'least', 'less', 'fewer', 'than', 'million',
  'billion', 'trillion', 'thousand', 'hundred', 'bn', 'tn', 'percent', 'cent', 'dollar', 'pound', 'euro', 'end', 'by',
  'some', 'over', 'under', 'up', 'about', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen',
  'half', 'double', 'twice', 'tens', 'hundreds', 'thousands', 'millions', 'billions', 'trillions', 'times', 'according', 'say', 'said', 'says', 'report', 'reported', 'put', 'given', 'give', 'quot',
  'quote', 'stood', 'stand', 'reach', 'reached', 'still', 'already', 'now', 'instead', 'same',
]);

// ---------------------------------------------------------------------------------------------
// Bounded work (check.ts, run.ts): whatever a note holds, a check does a bounded amount of work per
// note, per sentence and per figure; what is left unchecked is said once (rule check-limit).

/**
 * Figures checked in one sentence. Real notes have one to three (the dev notes: at most 3); a
 * table-like sentence may hold a dozen or two. Past this, a sentence is a list of numbers that no
 * source states as one claim, and each further figure costs as much as a whole sentence.
 */
export const MAX_FIGURES_PER_SENTENCE = 32;
/**
 * Figures checked in one note: a check costs 2–4 ms a figure against 2,225 sources (more the first
 * time a source passage is read), so this is a check of about 5–10 s. The BBC dev note has 212.
 */
export const MAX_FIGURES_PER_NOTE = 2_000;
/** Quotes checked in one note: each may search every source's text for its words. */
export const MAX_QUOTES_PER_NOTE = 500;
/** Distinct unknown citation keys of one note given "did you mean" suggestions (each compares every source's keys). */
export const MAX_KEY_SUGGESTION_LOOKUPS = 100;
/**
 * Unknown keys whose suggestions a store keeps for later checks (a note re-checked at each edit asks
 * again for the same keys; each lookup compares every source's keys): emptied when this many.
 */
export const MAX_KEPT_KEY_SUGGESTIONS = 1000;
/**
 * Notes larger than this (characters) are not checked unless the options say otherwise: about
 * 600 pages; past it, parsing alone takes seconds and the note is a data dump, not notes.
 */
export const DEFAULT_MAX_NOTE_CHARS = 2_000_000;
/**
 * Source figures aligned with one note figure (from its candidate passages, best ranked first): the
 * cited sources' passages are all read, and one passage may be a list of thousands of figures. Each
 * alignment costs tens of microseconds, so this bounds a figure at a few milliseconds. The most any
 * figure of the BBC development set gets is 42, of AVeriTeC's 1,847 claims 65.
 */
export const MAX_CANDIDATE_FIGURES = 200;
/**
 * Candidate source figures framed or aligned between two steps of a check (engine/steps.ts): a figure
 * whose candidates span the corpus costs up to ~1 ms a candidate (a passage's frames read for the
 * first time), so a step stays near 10 ms and the language server's 30 ms slices (lsp/noteRuns.ts)
 * are not overrun; a step costs well under a microsecond, so the pauses add nothing measurable.
 */
export const CANDIDATES_PER_STEP = 16;
/** Figures of one passage searched for a value (vetoes, co-support): a passage may be a table. */
export const MAX_PASSAGE_FIGURES_SEARCHED = 1_000;
/**
 * A figure's query reads this many words of its sentence either side of it, and a quote's query its
 * first this-many words: a sentence of thousands of words would otherwise walk the postings of all
 * of them for each of its figures. Past ~16 words every word weighs QUERY_MIN_WEIGHT anyway; prose
 * sentences and quotes are far shorter.
 */
export const MAX_QUERY_WORDS = 64;

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

/**
 * Cited sources with more candidate passages than this (a book, not an article: a BBC article has
 * about 20) are scored for a figure through the postings of its query words, not passage by
 * passage: the same scores, without reading the words of every passage for every figure.
 */
export const MAX_SCORED_SCOPE_PASSAGES = 2_000;

/** Query words far from the figure still weigh at least this much: the sentence is one claim. */
export const QUERY_MIN_WEIGHT = 0.3;
/** A sentence word's query weight falls as 1 / (1 + QUERY_DECAY × its distance in words from the figure). */
export const QUERY_DECAY = 0.15;
/** Words no source uses weigh this share of their idf: often the note's own phrasing, not a missing fact. */
export const UNKNOWN_WORD_IDF = 0.5;
/** Passages ranked for each figure over all sources (an uncited sentence): enough to reach a figure stated in other words. */
export const FIGURE_CANDIDATE_PASSAGES = 40;
/** Passages of the cited sources read for each figure: all of them, but a very long source is capped (best ranked first). */
export const CITED_CANDIDATE_PASSAGES = 200;
/** With at most this many sources in reach, a quote is looked for in every one of them (no ranking). */
export const QUOTE_SCAN_ALL_SOURCES = 16;
/** Passages ranked for a quote's words in a large corpus; their sources are searched for the quote. */
export const QUOTE_CANDIDATE_PASSAGES = 64;
/** Passages ranked for the closest match of a quote that is not found. */
export const CLOSEST_PASSAGES = 8;

// ---------------------------------------------------------------------------------------------
// Match results (scorelines.ts)

export const SCORELINE_POLICY = {
  /** Players a scoreline must name, in the note and in the source, to be the same match: both sides. */
  minPlayers: 2,
  /** More names than this around a note's score: a list of results, not one match. */
  maxPlayers: 6,
  /** Names of the note's stretch the source's may lack ("in the final in Perth"). */
  playersMissing: 1,
  /** Cited passages with scores read at most, per note score (bounded work on a source of results tables). */
  maxPassages: 200,
  /** A scoreline found only by the story naming the players before it (scorelines.ts introducedLine) contradicts a note's with at least this many sets in their places alike: the misquote of one set. */
  introducedSetsAgreeing: 1,
  /** …and the players are sought this many passages back at most (a story's lead, its title). */
  introducedPassagesBack: 4,
  /** Passages whose scorelines are kept with the store, at most (past it the cache starts again). */
  maxCachedPassages: 100_000,
} as const;

// ---------------------------------------------------------------------------------------------
// Alignment of two claim frames (alignment.ts) and the verdict rules (verdict.ts)

export const ALIGN_POLICY = {
  /** Weight of a whole's or a part's word in a frame's context ("total sales", "its mail order division saw sales rise") that makes it one (alignment.ts sideWhole, sidePart). */
  wholePartNear: 0.5,
  /** Weight of "growth" in a level's context (its own phrase: "a 3.1% growth target") that makes it a rate of growth, comparable with a rise (alignment.ts growthRate). */
  growthNear: 0.8,
  /** Weight of a near word naming a start ("appointment", "joined") that makes a date in its clause a start (alignment.ts startedThen). */
  startEventWeight: 0.7,
  /**
   * …and the weight "last" needs against a denied "since" ("Norland last won the Shield in 1970" /
   * "have failed to win the Shield since 1970": 0.68): the denial says what the source's date is,
   * so the note's "last" may sit further from its date.
   */
  deniedSinceLastWeight: 0.5,
  /** A total over a stretch within this share of a rate's unit ("in the 12 months to June" for "a year") is a total per that unit. */
  sameStretch: 0.05,
  /** Metric, subject, context and structure shares of the alignment score: what is measured matters most. */
  metricWeight: 0.4,
  /** Opposite words ("inpatient"/"outpatient") count only this close to their figures: the figure's own phrase. */
  oppositeWeight: 0.5,
  subjectWeight: 0.15,
  contextWeight: 0.3,
  structureWeight: 0.15,
  /** When the note's sentence names nobody, subject alignment is neither good nor bad. */
  unknownSubject: 0.5,
  /** When a side has no metric phrase, metric alignment is unknown, not zero. */
  unknownMetric: 0.4,
  /** The same head, but a modifier of the note's phrase is nowhere near the source figure. */
  metricHeadOnly: 0.85,
  /** One phrase's head is a word of the other's ("annual profit" / "profit rise"). */
  metricOverlap: 0.8,
  /**
   * The surrounding words two figures counted per one unit of time must share before that "per"
   * stands for a metric (alignment.ts): every sort of rate is "a year", so alone it is no evidence —
   * "six weeks a year" of coaching against "a 52-week-a-year job" shares 0.07 of its words; "three
   * billion adaptors shipped every year" against "two billion are shipped every year" 0.30. (The
   * false supports it ends, "$1.1bn a year" pledged / "from $1.1bn per year" of past support and
   * "15,000 couples a year" / "15,000 sham marriages a year", share 0.14 and 0.10; one right
   * support, "money sent home … $1bn a year" / "remittances … $1bn a year", 0.12, is lost with them.)
   */
  perTimeContext: 0.2,
  /**
   * One answer or count negated and the other not ("would not miss search engines" / "would miss
   * search engines"; "14,000 of its voters were not registered" / "80,000 registered voters"): at most
   * this — below VERDICT_POLICY.looseMetric since session 24 (0.5 before), so no loose contradiction either.
   */
  metricNegated: 0.35,
  /** "people" against a noun for people ("spectators", "viewers"): the same count, said generally. */
  metricGeneric: 0.75,
  /** Metrics of related classes ("earned" / "took"): enough to support, never to contradict (below metricMeets). */
  metricRelated: 0.6,
  /** A name this long inside another is the same name glued or extended ("Warner" / "TimeWarner"). */
  gluedNameMin: 5,
  /** A name this long spelt a letter apart is the same name misspelt ("Follett" / "Follet"); shorter names differ so by chance ("Bush" / "Rush"). */
  misspeltNameMin: 5,
  /** Acronyms read as the names their initials spell ("WTO" for the World Trade Organisation): from 3 letters ("EU" is too easily spelled by chance) to 6. */
  acronymMin: 3,
  /** …but from 2 letters where it only keeps a source's name from counting as a rival ("GE" / "General Electric's 18% jump"). */
  rivalAcronymMin: 2,
  /** …and from 2 letters where an ampersand marks it an acronym ("J&J", "M&S"). */
  ampersandAcronymMin: 2,
  acronymMax: 6,
  /** …spelled by names among the first this many of the source's sentence (bounded work per alignment). */
  acronymNamesRead: 64,
  /** The phrases share only modifiers ("music sales" / "music giant EMI"): weak. */
  metricModifier: 0.5,
  /** A side without a metric phrase: the surrounding words' agreement stands in, discounted. */
  metricFromContext: 0.9,
  /** A note's metric found only among the source figure's surrounding words. */
  metricInContext: 0.7,
  /** …found through a word of the phrase other than its head. */
  metricOtherWord: 0.7,
} as const;

export const VERDICT_POLICY = {
  /** Metric alignment at which two frames measure the same thing (an overlap of their phrases). */
  metricMeets: 0.7,
  /** Alignment that supports a figure without a metric match (context and subject carry it). */
  supportScore: 0.4,
  /**
   * A day of a month stated exactly in a cited source supports at this subject alignment (0.5: the
   * source figure names no one else; rules.ts supports) whatever the words for the event.
   */
  daySupportSubject: 0.5,
  /** Support without a metric match: a metric at least this unclear (not a mismatch)… */
  looseMetric: 0.4,
  /** …and this much of the note's surrounding words in the source's. */
  looseContext: 0.3,
  /** A weak figure (year, small number) needs its metric matched and this much alignment to be supported… */
  weakSupportScore: 0.55,
  /** …or, without a metric match, surrounding words this close and this much alignment. */
  weakSupportContext: 0.5,
  weakSupportContextScore: 0.6,
  /**
   * A total given as a rate (rules.ts totalAsRate) without the note's subject named on both sides or
   * its metric met: a metric at least looseMetric and this much of the note's surrounding words in the
   * source's ("Parties take in about £68m a year in donations" / "almost £68m in reported donations to
   * political parties in 2001, 2002 and 2003": 0.50).
   */
  totalContext: 0.5,
  /** Alignment a contradiction needs (besides its metric matching and every name being referable). */
  contradictScore: 0.6,
  /** Context a contradiction needs when a name of the note is only in the source's lead (alignment namesFromLead). */
  leadContext: 0.5,
  /** …and a weak figure, more. */
  weakContradictScore: 0.7,
  /**
   * …or this much, where nothing in reach states the weak figure's very value with as much as
   * weakAgreeVeto alignment ("three new designs" / "the party's four new designs": a contradiction;
   * "one of three Van Gogh films" / "Two of Van Gogh's other films", beside "one of three of his
   * works": none). Measured on the development notes, session 46: 14 rows right, 2 false alarms
   * (both with the note's value stated in reach) before the veto, none after.
   */
  weakLooseScore: 0.6,
  /** The alignment of an agreeing candidate that keeps a weak figure to the firm bar (weakLooseScore). */
  weakAgreeVeto: 0.4,
  /**
   * Alignment the same digits misplaced need to contradict, with the metric met and every name of
   * the note somewhere in the source, whoever the source figure's clause names (a misquote's
   * fingerprint). 0.5 since session 11: a sentence that names nobody scores its subject 0.5 ("The
   * bank employs 67,200 people" / "… employs 76,200"); 0.5 to 0.55 moved nothing else on any set.
   */
  twinScore: 0.5,
  /** A zero added or dropped (rules.ts zeroSlip): the one value this many times the other. */
  zeroSlipRatio: 10,
  /** …contradicts with the metric met (metricMeets) at this alignment score: a round number's slip, so the bar of a digit twin's (twinScore) less a little. */
  zeroSlipScore: 0.45,
  /** …or this much of the note's surrounding words around the source's twin, its metric no clear mismatch (looseMetric). */
  twinContext: 0.45,
  /** Two times of a match in minutes, the same digits misplaced ("the try came after 35 minutes" / "Their fourth after 53 minutes"): the clock of a match, up to this many minutes (rules.ts contradicts)… */
  matchClockMinutes: 120,
  /** …compared at this much of the words around alike, every name of the note within reach. */
  matchClockContext: 0.3,
  /**
   * The words around a share of people the source's must share before it contradicts, the digits not
   * the same ones misplaced (rules.ts contradicts): a survey gives many shares of one group, each of
   * another answer ("11% of the bosses named terrorism" / "nearly 30% of bosses were gloomy" share 0.19).
   */
  shareAnswerContext: 0.3,
  /**
   * A contradiction whose metric is no clear mismatch (looseMetric) but read differently on the two
   * sides ("share" / "lines"), when this much of the note's surrounding words stand around the
   * source's figure: the same claim with its head read apart (bbc-3 +3, bbc-9 +1, bbc-10 +1, no cost).
   */
  paraphraseContext: 0.75,
  /**
   * A length whose metric is only its span's opener ("the next five years" / "the next two years")
   * contradicts only with this much of the note's surrounding words around the source's: the opener
   * alone is about 0.3 of a short sentence's context (session 29: a generated note's sentence about
   * unemployment, cited to an article on the economy, at 0.30; the same claims paraphrased at
   * 0.39–0.69).
   */
  spanOnlyContext: 0.35,
  /**
   * …or this much, with an explicit field alike (structure 1: the direction, the period, the end of
   * a change): bbc-8 +1 more. Without the field, 0.6 let a poll's "45% would vote against the
   * treaty" be contradicted by "Only 51% of those polled had made up their minds how to vote".
   */
  paraphraseFieldContext: 0.6,
  /** …or this much, about the note's own subject named in the source figure's clause. */
  paraphraseSubjectContext: 0.5,
  /**
   * Significant digits of a figure whose very digits at another scale ("£4.3m" / "£4.3bn")
   * contradict it with no metric or context to back them: with one ("$5m" / "$5bn") two
   * quantities of one story meet by chance.
   */
  scaleSlipDigits: 2,
  /** The same number per another unit of time ("each week" for "every month") needs only this much alignment to contradict. */
  rateSlipScore: 0.5,
  /** The same change the other way ("rose by about 2 points" / "down about 2 points") needs only this much alignment to contradict. */
  directionSlipScore: 0.5,
  /** The same value bounded the other way ("more than 22 years" / "nearly 22 years") needs only this much alignment to contradict. */
  hedgeSlipScore: 0.5,
  /**
   * Most ratio between two values under the same open bound for them to disagree ("more than 600%" /
   * "more than 800%": a misquote of the bound); farther apart, the note's bound is a weaker claim the
   * source bears out ("over 700,000 children" / "just over 2 million", an AVeriTeC SUPPORTED claim).
   */
  sameBoundRatio: 1.5,
  /** Passages of a source searched for the note's very odds before a contradiction of odds stands (verdict.ts vetoed: a price that moves may be quoted at any point of the story). */
  oddsPassagesRead: 200,
  /**
   * Significant digits of a note figure that its cited sources contradict by stating them once
   * misplaced, with no words in common (loneTwin.ts): "43,586" / "43,856" — with fewer, "82,000" /
   * "28,000" meet by chance among the round figures of an article, so the metrics must be no
   * clear mismatch (looseMetric). (With one there is nothing to misplace: digitTwins.)
   */
  loneTwinDigits: 3,
  /**
   * A lone twin's level is read as a change when a word of change is this near it in its context
   * (0.4: within a few words — "the biggest jump in broadband users, at 210%"; a share with no
   * such word, "holds a 15.2% share", stays a level apart from "sales rose 12.5%": loneTwin.ts
   * rolesSeenPast).
   */
  twinChangeNear: 0.4,
  /** A precise value stated exactly adds this share of its context agreement to its strength against a contradiction. */
  preciseBonus: 0.5,
  /** A support at least this fraction as well aligned as the best contradiction wins. */
  supportOverContra: 0.6,
  /**
   * The note's near words (at least this weight around its figure: its own clause) that decide
   * between a support and a contradiction that states more of them (rules.ts sharperContradiction).
   */
  nearWordWeight: 0.5,
  /**
   * …and the weight at which a candidate states one: less, since a source often tells its two like
   * figures apart a few words further on than the note does ("in seven cases, customers reported
   * sustaining a minor burn to the hand" for "in 23 cases customers suffered minor burns"). At 0.2 a
   * date's month in the next clause counted, and a right support was lost.
   */
  nearWordSourceWeight: 0.35,
  /** Supports shown as evidence: those at least this fraction as well aligned as the best. */
  evidenceRatio: 0.7,
  /** A value written with this many significant digits, found exactly, needs little else to be supported… */
  preciseDigits: 3,
  /** …some shared surrounding words, or a metric that meets at least in a modifier. */
  preciseContext: 0.15,
  /** A source figure this precise ("£4,610,849"), in a clause naming the note's subject, supports the note's rounding of it. */
  preciseSourceDigits: 5,
  /** A sum of money at least this large, stated exactly in its subject's clause, supports whatever the words for it (rules.ts sameSum). */
  ownSubjectMoney: 1000,
  /** …where the words around the two sums share at least this much (none shared: another sum of the subject's). */
  sameSumContext: 0.1,
  metricModifierLevel: 0.5,
  /** A date stated with the same month (and day) and preposition needs only this much context to contradict. */
  dateContext: 0.4,
  /** The same year with another month written before it ("in March 2003" / "began … in February 2003"), the measure met: the month is the misquote, at this much of the words around alike (rules.ts monthSlip). */
  monthSlipContext: 0.3,
  /** Name keys a note's year with no metric must give, every one within the source figure's reach, to be judged by its names alone (rules.ts namedYear). */
  namedYearNames: 4,
  /** A figure whose frame agrees with the source's on this many explicit fields (all of them) is supported. */
  structureFieldsSupport: 2,
  /** Contradiction candidates tried, best aligned first. */
  contraCandidates: 5,
  /** Two values within this ratio are plausibly the same quantity misquoted (beyond it: another quantity). */
  plausibleRatio: 20,
  /** …unless the words around both figures are this much the same and their metrics meet in full: the note's value is simply wrong. */
  sameWordsContext: 0.9,
  /** Two years this far apart or closer may be one date misquoted. */
  yearSlack: 30,
  /** A zero against another value is plausible only when both are small: their sum below this. */
  zeroPlausibleSum: 10,
  /** A plain whole number up to this (besides years and multipliers) is easily matched by chance: a weak figure. */
  weakMaxValue: 12,
  /** Supports shown as evidence, at most. */
  maxEvidence: 3,
  /** Disagreeing figures are read (for a contradiction) in this many best-ranked passages; agreeing ones in all. */
  disagreeingPassages: 40,
  /** …of which the best this many are read for values far off too (plausibleRatio): the note's own words may be there (sameWordsContext). */
  farOffPassages: 3,
  /** Co-support is sought among at most this many figures of one sentence (bounded work on a sentence full of figures). */
  coSupportSiblings: 24,
  /** A date this close (characters) to another figure anchors it: "In 2019, 900,000 passengers". */
  dateAnchorReach: 50,
  /**
   * The other figures of a note's sentence the vetoes and co-statements read: the nearest this many
   * on each side of the figure (every one in a sentence of up to twice as many). A sentence of
   * thousands of figures is a list whose far items are no other reading of this one, and reading
   * them all for every candidate of every checked figure made such a note's check quadratic (a
   * 1.64 MB sentence of scores: ~7 of its 11.8 s).
   */
  siblingsRead: 24,
  /**
   * How far a note's count may lie from a share of a source's whole ("two in five of the 635,173
   * reports": 254,069) and still be read as that part, worked out ("246,570 reports of identity
   * theft"), so the whole does not contradict it (verdict.ts vetoed): a quarter of the part either
   * way, as "two in five" is itself rounded.
   */
  partOfWholeSlack: 0.25,
  /** Characters read after a share for "the rest" given to another party (verdict.ts: complementary shares that swap holders). */
  restReach: 120,
} as const;

/** Counterparts (counterparts.ts): two figures side by side in a note against two side by side in a source. */
/** Period slips (periodSlips.ts): a figure dated by a contradicted year of its sentence, judged again with the source's year. */
export const PERIOD_SLIP_POLICY = {
  /** Sentences with more figures than this are lists and tables: no second reading (bounded work). */
  maxSiblings: 24,
  /** Characters around the source's figure searched for another value of its kind in its sentence ("310 in 2004 from 287"). */
  besideChars: 200,
  /** A year is a value's own deadline when at most this many words stand between them, the last "by" ("10 million homes by 2012")… */
  pairedYearWords: 3,
  /** …within this many characters (bounded work). */
  pairedYearChars: 40,
} as const;

/** conversions.ts: a sentence opening "In sterling" restates a sum of its paragraph (sumBefore). */
export const CONVERSION_POLICY = {
  /** Sentences read back for the sum the opener restates: the nearest that states one, no further. */
  sentencesBack: 3,
  /** The longest stretch read from a sentence's start to its sum for the opener, in characters (the opener itself is a few words). */
  openerChars: 120,
  /** Figures of a source read for the other places of a supported sum (conversions.ts sumPlaces): bounded work per sum, whatever the source's size. */
  sourceFiguresRead: 5000,
} as const;

export const RELATIVE_YEAR_POLICY = {
  /** "N years ago" read as a time back up to this many years ("a decade ago" is history, not a date slip). */
  maxYearsAgo: 20,
  /** Characters after the figure searched for its "ago". */
  agoChars: 8,
  /** Only a figure citing at most this many sources: the restating sentence must be one of few. */
  maxScopeSources: 3,
  /** A cited source of more passages is not read for times back (bounded work on a book-length source; each source read once a check). */
  maxPassages: 2000,
} as const;

export const SWAP_POLICY = {
  /** Function words at most between a value and the name right before it that holds it ("the Mostyn Open in 1989": one; swapped.ts nameBefore). */
  nameReach: 3,
} as const;

export const RESTATED_POLICY = {
  /** A note sentence with fewer terms (content words and names) than this restates nothing for sure. */
  minTerms: 4,
  /** The share of the note sentence's terms a source sentence must hold to be its restatement… */
  minCoverage: 0.75,
  /** …or this share, for a support only (a false alarm costs more than a missed support). */
  minSupportCoverage: 0.66,
  /** …ahead of every other sentence of the cited sources by this much. */
  minMargin: 0.25,
  /** Only a figure citing at most this many sources. */
  maxScopeSources: 3,
  /**
   * A note's name that a source sentence leaves to the sentences before it counts this much of a
   * name it holds (restated.ts): the sentence may be about another thing of theirs — "Only 51% of
   * those polled had made up their minds" after "The Ostpoll survey …" is no restatement of "In the
   * Ostpoll survey 45% would vote against the treaty" (three of its four terms, one of them a name
   * from before: 0.69 of it, under minCoverage).
   */
  priorNameWeight: 0.75,
  /** Content words (not names) the two sentences must share, at least (or all the note's, when it has fewer). */
  minWordsShared: 2,
  /** Values of one kind read in order, at most, on each side ("from 1985 to 1995" / "from 1985 to 1992"). */
  maxPairs: 3,
} as const;

export const COUNTERPART_POLICY = {
  /** At most this many words between two figures side by side ("$121.9m, compared with $165.8m"; "third place, with $12.5m"). */
  maxGapWords: 4,
  /** …and this many characters, bracketed conversions included. */
  maxGapChars: 60,
  /** Bracketed figures (conversions) skipped to reach the neighbour. */
  bracketedSkipped: 3,
  /** A note's figure apposed after its clause ("… 159 million camera phones to be sold worldwide this year, an increase of 110%"): words of the clause's rest, at most… */
  clauseWords: 10,
  /** …and characters between the two figures. */
  maxClauseChars: 120,
  /** Metric alignment below which two figures that both name what they measure are two quantities. */
  minMetric: 0.5,
  /** Sentences with more figures than this are lists and tables: no pairing (bounded work). */
  maxSiblings: 24,
} as const;

/**
 * Right figure, wrong source: figures outside the cited sources within this share of the note's
 * value are read from the value index (at most this many), and one is named only when aligned at
 * least this well.
 */
export const WRONG_SOURCE_SPAN = 0.02;
export const WRONG_SOURCE_LIMIT = 400;
export const WRONG_SOURCE_SCORE = 0.6;
/**
 * …and for a person's age, which has no words around it to meet ("Dean Goldfine, 39, is tipped to
 * succeed Gilbert" / "Goldfine, 39, has worked with Todd Martin"): the person's every name within its
 * reach and the age's own alignment say whose it is.
 */
export const WRONG_SOURCE_AGE_SCORE = 0.45;
/**
 * Right figure, wrong source, stated in several other sources (a story the corpus holds in several
 * articles): at most this many are named, best aligned first, each with its "Cite … instead" fix.
 */
export const WRONG_SOURCES_NAMED = 4;
/**
 * A note sentence that names nobody ("The chief executive collected a £44,914 bonus"): another
 * source's figure of its value is named only when written with VERDICT_POLICY.preciseDigits, its
 * metric met whole and aligned this well (measured: round values without names — "8%", "two years",
 * "4.2 million" — were found in unrelated articles as often as in the right one).
 */
export const WRONG_SOURCE_SCORE_UNNAMED = 0.7;
/**
 * How much better another source must align than a contradiction in the cited source to say the
 * note cited the wrong source: the cited source's own words come first ("world number two Roddick"
 * in the cited article outweighs "world number three Roddick" in another one).
 */
export const WRONG_SOURCE_OVER_CONTRA = 0.1;

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
/**
 * The closest span of a quote that is not found is sought among the first this-many words of a
 * passage and of the quote: a passage or a quote longer than a page is a list, not a sentence to
 * misquote, and the span search costs their product.
 */
export const MAX_SPAN_WORDS = 400;

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
/** Or: this share of the key's words (numbers count half) is in a source's id, aliases, file name or title. */
export const KEY_TOKEN_COVERAGE = 0.5;
/** Suggestions scoring this much below the best one are left out (the closest alone, unless others are as close). */
export const KEY_SUGGESTION_SPREAD = 0.05;
/** An unknown key longer than this gets no suggestion: no file name is as long, and its words would be compared with every source's. */
export const MAX_SUGGESTED_KEY_CHARS = 200;

// ---------------------------------------------------------------------------------------------
// Wording (findings.ts): how much of a passage or title fits in a message or a fix title.

export const CLOSEST_PASSAGE_CHARS = 200;
export const QUOTE_FIX_TITLE_CHARS = 60;
export const SOURCE_TITLE_CHARS = 40;

/** A value's own stretch of a source sentence that states several (slots.ts). */
export const SLOT_POLICY = {
  /** Words of the whole read after a share's "of" (slots.ts wholeOfShare: "13% of ID fraud cases"). */
  shareWholeWords: 4,
  /** Tokens after a list's last value read for its "respectively" ("12 and 11 players in the squad respectively"). */
  respectivelyReach: 8,
  /** Sentences stating more values of the note's kind than this are lists and tables: left alone. */
  maxValues: 6,
  /**
   * …except that a contradiction is still turned into the support its own sentence gives (a list of
   * up to this many values: "rose by 1.1% in 2000, by 2.3% in 2001, … and by 7.2% in 2006" states
   * the note's 7.2%): a rescue from a false alarm, never a new one. Bounded work still.
   */
  maxListValues: 24,
  /** …and sentences of more tokens than this (bounded work per support). */
  maxTokens: 160,
  /** A sentence is sought this many characters either side of the value at most (longer ones are past maxTokens anyway). */
  maxSentenceChars: 1200,
  /**
   * Ordinary words name another value's stretch as a phrase: two of the note's words at most this
   * many tokens apart, in order, in the note and in that stretch alone ("sales department";
   * "average price" / "average selling price"). Single words do not: a verb the stretches share
   * by ellipsis ("69% say they always vote, compared with 17% of…") is no value's own.
   */
  phraseReach: 2,
  /** Names at most between the comma and the verb of an attribution (", UK Coal said,"). */
  attributionNames: 4,
  /** Names at most read back from a value apposed to them ("Jeffrey Royer, 41,": slots.ts apposedTo). */
  apposedNames: 4,
  /** Tokens at most from "of" to the whole of a partitive ("94,000 of the 140,000"; "1.1m of the UK's 1.6m"). */
  partitiveReach: 5,
  /**
   * What a value counts is the head of the noun phrase after it, read past at most this many
   * adjectives ("three ancient laptops", "four antique mobile phones"): the adjective is how the
   * thing is described, the head what is counted (stretches.ts countedAt).
   */
  countedAdjectives: 3,
  /** Words of a partitive's noun phrase read for its head ("eight of the scene's biggest stars": stretches.ts partitiveHead). */
  partitiveWords: 4,
} as const;

/** Figures quoted together (coQuoted.ts). */
export const CO_QUOTED_POLICY = {
  /** A sentence with more figures than this is a list: its values meet in some passage by chance. */
  maxSiblings: 6,
  /** Places of a value read per figure (bounded work: a pair is sought among these only). */
  placesRead: 16,
} as const;

/** One result per match (matches.ts). */
export const MATCH_POLICY = {
  /**
   * Sets of a note's scoreline the ordinary rules judged one by one are one match with a source
   * scoreline of as many sets when each is judged against the set in its own place — and a set
   * left unverified only beside at least this many supported in place ("6-3 6-2 6-1" / "6-3 4-6
   * 6-1": two sets alike say it is the match; one, "6-4", may be another match's).
   */
  inPlaceForUnverified: 2,
} as const;
