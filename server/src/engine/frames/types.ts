// What a claim frame says about a figure (frame.ts reads it): plain data.
import type { Figure } from '../types';
import type { Direction, Lexicon } from './lexicon';
import type { FrameToken } from './tokens';

export type Role = 'level' | 'change' | 'share' | 'rank' | 'age' | 'date' | 'duration' | 'multiple';

export interface Period {
  year?: number;
  month?: number;
  quarter?: number;
  half?: number;
  /** Day of the month ("on 20 May 2001", "19 November"). */
  day?: number;
  /** 'earlier': "a year earlier", "the previous year", "up 5% on last year" (a change's base); 'last': "rose 5% last year" (when it happened); 'this'; 'next'. */
  relative?: 'earlier' | 'last' | 'this' | 'next';
  /** "currently", "now" against "medium-term", "will": when the claim holds. */
  tense?: 'now' | 'future';
  /** A stretch of time the figure covers: "over the past two years" → '2year'. */
  span?: string;
  /**
   * A stretch stated by its ends ("between 2005 and 2008" → '4year', the years counted inclusively): how long a total
   * took, read only against a rate ("£86m a year"), never as a period that conflicts with a year.
   */
  stretch?: string;
  /** A plan, target or forecast ("aims to ship"), what happened ("were shipped"), or what would have happened ("could have sold"). */
  mode?: 'plan' | 'past' | 'hypothetical';
  /** "in the quarter": a quarter named before (which, the sentence does not say), a part of the year. */
  someQuarter?: boolean;
  /** The whole year ("full-year", "annual"): not a quarter, half or month of it. */
  annual?: boolean;
  /** The year is a deadline ("by 2006", "until 2010"): when the figure is reached, not the stretch of time it covers. */
  deadline?: boolean;
  /** The year is one of a list ("in 2001, 2002 and 2003"): the figure covers more than that year. */
  listed?: boolean;
  /**
   * A span of months stated by its ends ("between October and December", "October-to-December
   * sales") as "10-12": not the month it ends in. (An exact quarter is its quarter too.)
   */
  months?: string;
}

export interface ClaimFrame {
  role: Role;
  direction?: Direction;
  end?: 'from' | 'to';
  per?: string;
  /** For a date, the preposition that gives it its role ("by 2026", "in 2024", "since 1997", "with January 2004"). */
  prep?: string;
  /** A day of a month ("on 16 February"): a point in time, whose start ("from 22 January") is the day itself (check/alignment.ts DATE_ROLE). */
  calendarDay?: boolean;
  /** The month written right before a year ("in March 2004" → 3): the year's own month, a part of its date (check/alignment.ts monthsApart). */
  monthOfYear?: number;
  /** The day written with that month ("on 18 March 2003" → 18): with the month, the year's own date (check/alignment.ts monthsApart). */
  dayOfMonth?: number;
  /** The word set apart by "alone" before the figure ("Barclays alone is valued at …" → 'barclays'): the figure is that part's only. */
  alone?: string;
  /** A total gathered over time by the words of its clause ("amassed a fortune of $24m", "$4bn in total"): frame.ts totalNear. */
  total?: boolean;
  /** The figure is an addition to an amount said elsewhere ("a further £100m", "another 300 staff", "an extra 5%"): frame.ts addedBefore. */
  added?: boolean;
  /** The figure's verb says "also" ("GM is also recalling 19,924 cars"): maybe an addition, maybe not — a note's "another 19,924" is no misquote of it (check/alignment.ts). frame.ts alsoBefore. */
  also?: boolean;
  /** The verb the figure is the object of is negated ("did not give £500", "at no point paid $5m"): a denial, which states no value (frame.ts verbNegated). */
  denied?: boolean;
  /** For a date, the class of the event it dates ("Established in 1981" → 'origin': lexicon.ts DATE_EVENTS). */
  event?: string;
  /**
   * For a date, the lemma of the verb of its clause — the nearest before it, or the first after a
   * fronted date ("on 13 March Lord Goldsmith met …") — unless a light or saying verb
   * (lexicon.ts DATE_VERB_LIGHT): "met Lord Falconer on 17 March" → 'meet' (frames/event.ts dateVerb).
   */
  dateVerb?: string;
  /**
   * What a span of time is measured from or between, read after it: the preposition and the words
   * of its phrase ("three weeks after Documentary reached number one": after · documentary, reach,
   * number; "the four months before the poll": before · poll) — durations only (frames/anchor.ts).
   */
  anchor?: { prep: string; words: readonly string[] };
  /**
   * A span of time that ends now, "ago" right after it ("founded 40 years ago"): a date in
   * disguise, whose event and verb are read as a date's (frame.ts; rules.ts agoAlike).
   */
  ago?: boolean;
  /** Synonym classes of the metric phrase, head first. */
  metric: string[];
  /** How many of them come from the counted noun phrase after the figure ("monthly users"). */
  counted: number;
  /**
   * The noun (or curated word) right before the metric's head, read before the figure: which of the
   * head's kinds it is ("the jobless rate" → unemployment, "interest rates" → interest). Undefined
   * where there is none or the metric came otherwise (after the figure, copied from a neighbour).
   */
  qualifier?: string;
  /** Names in the figure's own clause that it is about (lower case). */
  subject: string[];
  /** Every name of the figure's sentence. */
  names: string[];
  /** A place named right after the figure by "in" ("£111,314 in Northern Ireland"): whose figure it is, whatever else the sentence names. */
  placeAfter?: string[];
  /** The names a "when" clause right after a point in time names ("in the 52nd minute when Schalk Burger was sin-binned"): whose moment it is, as much as the clause's subject's. */
  whenAfter?: string[];
  /** The names of a passive's agent right after the figure's verb ("Two motions were passed by the London Assembly", frame.ts agentAfter): who did it, as whenAfter. */
  agentAfter?: string[];
  /** The names of the main clause a fronted date dates ("In 1999 Labour removed …", fronted.ts frontedDateNames): whose date it is, as whenAfter. */
  frontedFor?: string[];
  /** The names of a place adverbial right before the figure ("released in the US on 9 November"): whose figure it is, as placeAfter. */
  placeBefore?: string[];
  /**
   * The name a rank or an age stands in apposition to ("Sumitomo, Japan's third-largest bank,",
   * "Kenteris, 31, and Thanou, 30"): whose rank or age it is, whatever else the sentence names.
   */
  apposedTo?: string[];
  /**
   * The names a year modifies, right after it and a determiner before it ("the 1985 Hillsborough
   * disaster"): what it dates is named there, whatever else the sentence names (frame.ts datedNamesAfter).
   */
  datedNames?: string[];
  /** …and the names of the series an ordinal places in, after it ("the 24th Brit awards", "the 12th annual MTV Europe awards"; frame.ts). */
  seriesNames?: string[];
  /** The name a relative clause holding the figure hangs on ("Shrek 2, which had seven nominations"): whose figure it is, whatever else the sentence names. */
  relativeOf?: string[];
  /** What a place in a ranking ranks by, the superlative after the ordinal ("third-largest" → large; "least visited" → least visit). */
  rankBy?: string;
  /** An ordinal whose noun a clause qualifies ("the first Potter film where you get lost", "the third MP to defect"): first among those, no place in the plain series. */
  qualified?: boolean;
  /** An age between commas after a name ("Sainsbury, 64, became…"): the age now, which its clause's year does not date. */
  ageNow?: boolean;
  /** A value its own words call superseded: "a previous estimate of 12%", "the original forecast of 3%" (frame.ts supersededAt). */
  superseded?: boolean;
  /** Names a verb of telling addresses before "that" ("told MPs that 80% …"): no one the figure is about, nor a name its source must give (frame.ts addresseesBefore). */
  addressed?: string[];
  /** Names the sentence opens with before saying the figure ("Colin High said Kaplan ranks …"): whose words they are, not a name a quotation of them must give (fronted.ts openingSpeakers). */
  speakers?: string[];
  /** The figure stands inside a quotation its sentence opens (fronted.ts quotedTokens): its speaker may be named only after it, or sentences away. */
  quoted?: boolean;
  /** A personal pronoun and its verb open the figure's clause (fronted.ts pronounSubjectAt): whom it is about is named before the sentence or in its main clause. */
  pronounSubject?: boolean;
  /** The figure's sentence opens with a personal pronoun saying it (fronted.ts pronounSpeakerAt: "He pointed out that …"): its speaker is named before. */
  pronounSpeaker?: boolean;
  /** Names inside a relative clause on the noun opening the figure's sentence (fronted.ts relativeClauseNames: "The activist who killed Fortuyn was jailed …"): which one, not whom the figure is about. */
  relativeNames?: string[];
  /** The rate is stated right after the figure ("£500m a year", "£500m-a-year"), not read from words near it. */
  perStated?: boolean;
  /** The rate is said in so many words later in the figure's clause ("launched each day of the show": role.ts explicitRateAfter): the note's claim, as a stated one is, where a source gives only a total (alignment.ts rateOnlyNote). */
  perSaid?: boolean;
  /**
   * A figure with no rate whose sentence states a rate of time elsewhere ("200 per week", "daily"):
   * it may be that rate's figure, read or not; a source figure without it is a total the sentence
   * says nothing of a rate about (alignment.ts shortRateOnlyNote).
   */
  rateNearby?: boolean;
  /** A figure with no rate whose sentence holds a date ("paid from December 2018"): a total that may be of a stretch the sentence names (alignment.ts shortRateOnlyNote). */
  datedNearby?: boolean;
  /** A "since" date whose clause is denied ("have failed to win … since 1970"): the last time it happened (check/alignment.ts lastSince). */
  sinceDenied?: boolean;
  /** For a span of time, what it is for, read at the word after "to" ("five days to recover" → recover). */
  purpose?: string;
  /** For a span after a superlative ("the highest audience in four years", "the least watched in 20 years"), which extreme it is the span of (SINCE_EXTREMES): 'high since' or 'low since'. */
  extreme?: string;
  /** Whoever a place is behind, named right after it ("came third behind Hayley Yelling and Justyna Bak"): which race or table it is a place in. */
  behind?: string[];
  /** A count of points that is a gap in a table ("four points behind Arsenal", "trail Chelsea by three points", "five points clear"): never a side's total of points (check/alignment.ts). */
  pointsGap?: boolean;
  /** A partner named by "with" after the measured noun before the verb ("the deficit with the EU fell to £1.9bn"): whose share of the whole it is. */
  partner?: string[];
  /** Names that lead a longer name, with its last word: "jane" → "hutt" for "Jane Hutt", which "Ms Hutt" names too. */
  leads?: ReadonlyMap<string, string>;
  /** Names of `leads` that own the run's last word past a possessive ("Manchester United's Brown"): no first name of it. */
  owners?: ReadonlySet<string>;
  /** Names after a title ("Ms Hutt", "Sir Elton"): a person named the way news names them after the first mention. */
  titled?: ReadonlySet<string>;
  /**
   * How many of `names` (listed in the order they are first named) stand before the figure in its
   * sentence, however far: names.slice(0, namesBefore). A count, not a list: a sentence of
   * thousands of figures and names would otherwise hold a list per figure.
   */
  namesBefore: number;
  /**
   * How many of those names are modifiers of a description opening the sentence ("The US tycoon,
   * who has been wooing the club …": fronted.ts descriptionNames) — a person or a firm named by
   * what they are, as a pronoun names them: whoever the story named before.
   */
  describedNames?: number;
  /** The parties the sentence opens with, joined by "and" ("Amicus and the TGWU could merge …"): each one's names (fronted.ts jointOpening). */
  joint?: string[][];
  /** Content words around the figure (synonym classes) with weights in (0, 1]. */
  context: Map<string, number>;
  period: Period;
}

/** A sentence as the frame readers take it. */
export interface FrameInput {
  text: string;
  tokens: FrameToken[];
  figures: readonly Figure[];
  lex: Lexicon;
  /**
   * The frames of the figures of the sentences before this text's (its paragraph's, nearest last),
   * for a value noun referring back ("In Singapore the figure is close to 5%"): the reader of the
   * passage or note sentence supplies them; none when the text stands alone.
   */
  before?: () => Iterable<[Figure, ClaimFrame]>;
}
