// Aligning a note figure's claim frame with a source figure's, field by field, with a score that
// explains itself: first what rules a comparison out (another role, the other end of a change,
// another per-unit, another period, a rival subject), then how well the metric, the subject, the
// surrounding words and the explicit fields meet.
import type { ClaimFrame, Period } from '../frames/frame';
import { CLOSED_NAME_KINDS, COURTESY_TITLES, SHORT_RATE_UNITS, INTERIM_SCORE_METRICS, DATED_ORIGINS, FOREIGN_WORDS, LIMIT_WORDS, GROWTH_CONCEPT, PART_WORDS, WHOLE_WORDS, RECORD_EVENT, type Lexicon, type NameKind, PERSON_TITLES, RANK_SYNONYMS, START_EVENTS, TAKEN_STATES } from '../frames/lexicon';
import type { FrameSide } from '../frames/sourceFrames';
import { ALIGN_POLICY } from './policy';
import { NEGATED_ANSWER } from '../frames/metric';
import { table } from '../figures/tables';


export interface Alignment {
  /** Why the two cannot be compared at all (role, end, per, period, subject), if so. */
  blocked?: string;
  metric: number;
  subject: number;
  /** Explicit fields both frames state alike (period, end of a change, per-unit, direction). */
  structure: number;
  /** How many explicit fields the note's frame has (for `structure`). */
  structureFields: number;
  /**
   * The note's subject is named before the source figure (its clause, the sentences before, the
   * title) — not merely later in its sentence ("…82.0 on the MMLU test, close to rivals such as
   * Claude Sonnet" says nothing of Claude Sonnet's score). True when the note names no subject.
   */
  subjectBefore: boolean;
  /** One side counts per unit of time and the other does not: no contradiction between them. */
  rateMismatch?: boolean;
  /** The note's very value given for another stretch of the year (rules.ts stretchSlip): the stretch, not the value, is the disagreement. */
  stretchSlip?: boolean;
  /** The note's very value as a rate where the source says it is a total gathered over time (rules.ts totalAsRate): the rate is the disagreement. */
  totalAsRate?: boolean;
  /** …and the side without one is the note's, which left the unit unsaid ("the adult rate will reach £5.53" / "£5.35 an hour"). */
  rateUnsaid?: boolean;
  /** The note states a rate right after its figure ("£500m a year") and the source none: the note claims more than the source says. */
  rateOnlyNote?: boolean;
  /** One side a score on the way ("a 17-6 lead"), the other not: for two scores, another moment of the match (rules.ts). */
  interimApart?: boolean;
  /** Two spans from two events, one before and one after (anchorsApart): another measure, whatever words the sentences share (restated.ts). */
  anchorsApart?: boolean;
  /** A rate shorter than a year the note reads from its words, where the source's sentence states no rate: rateOnlyNote for a count or an amount (rules.ts shortRateOnly). */
  shortRateOnlyNote?: boolean;
  /** The note's rate against a source total over one unit of it ("annual loss" / "losses last year"): the same quantity. */
  rateStretch?: boolean;
  /**
   * Why the pair is alike enough to support but never to contradict, if it is: one side says
   * "currently" and the other names a year (yearAgainstNow); one is a plan with no date and the other
   * a record dated by a year (planAgainstYear); one is dated "last year", "this year" and the other
   * by a year (yearAgainstRelative: rules.ts supports only a precise value stated exactly then);
   * the source's figure is a partner's part ("the deficit
   * with the EU", "its non-EU shortfall") that the note does not name (partnerPart).
   */
  supportOnly?: 'now against a year' | 'relative against a year' | 'undated plan against a year' | "a partner's part" | 'an addition against a whole' | 'a plan against what happened' | 'an age the paragraph may give another';
  /**
   * The note's place is behind someone it names ("came third behind Hayley Yelling", frame
   * `behind`): 'met' when the source figure's sentence names every one of them, 'unmet' when it names
   * none — another race or table (rules.ts: no contradiction from it; a place behind the same
   * rivals supports).
   */
  aheadNamed?: 'met' | 'unmet';
  /**
   * Both count per a unit of time, different ones ("10,000 each week" / "10,000 a month"): the
   * factor that puts the source's value in the note's unit (7 / 30.44 for month → week).
   */
  perScale?: number;
  /**
   * …one of the units an hour ("30,000 copies a day" / "30,000 copies an hour"): how many hours a
   * day counts (a shift, a working day, all 24) is not said, so the two are compared only for the
   * same value, the misquote's fingerprint — never converted.
   */
  perSlipOnly?: boolean;
  /**
   * The two changes go opposite ways ("rose by about 2 points" / "down about 2 points"): the same
   * size the other way is a misquote (rules.ts), any other size says nothing.
   */
  opposite?: boolean;
  /**
   * What the two measure are each a word of a curated synonym class (lexicon.ts SYNONYM_CLASSES) and
   * the classes differ, unrelated, neither naming the other's ("sales" / "shares", "staff" / "users"):
   * the same digits of another quantity, which a precise value's or the fields' support must not
   * take for the note's (rules.ts supports).
   */
  metricClash?: boolean;
  /**
   * The same head, each side naming another kind of it right before it ("the jobless rate" /
   * "interest rates": qualifiersApart): no contradiction but in the same words around — a support
   * stands ("house prices" / "property prices" in 2005).
   */
  otherKind?: boolean;
  /** Two years, each with its own month written before it, the months apart ("in March 2004" / "in May 2004"): two dates apart, whatever the years (rules.ts relationOf). */
  monthsApart?: boolean;
  /** A year of a named thing on one side, the date that thing came into being on the other ("1977's Wombling Free" / "Wombling Free dates from 1979": originOfDated) — the names say what both date (rules.ts). */
  originDated?: boolean;
  /** One side's figure is denied and the other's not ("did not give £500" / "gave £500"): it supports nothing (rules.ts). */
  denied?: boolean;
  /** Both dates are of one event's kind (frame `event`: "founded in", "the best since"). */
  sameEvent?: string;
  /** Names of the note's sentence that the source figure cannot refer to (strictly / widely). */
  namesMissing: number;
  namesMissingWide: number;
  /**
   * How many of the strictly missing names the source's lead names, with no one else in view of the
   * source figure (its sentence before it, or the sentences before in its paragraph): the story's
   * topic, unrepeated ("Nintendo's new handheld console, the DS, …" / "…the US price of $149").
   */
  namesFromLead?: number;
  context: number;
  score: number;
}

const A = ALIGN_POLICY;

/**
 * What `align` reads of the note's side alone, worked out once for all the candidates one note
 * figure is aligned with (judgeSteps aligns each note figure with ~10, the wrong-source search with
 * more) rather than again for each pair: its context words with their weights by rarity and the sum
 * of those, which of its names are places or of a closed kind, the opposite words of its context,
 * and each name's other forms a source may write it in. Nothing of any source frame is in it, so
 * what align reads from it is what it would work out itself. Made by the caller for one note side,
 * one `idf` and one Lexicon (align makes its own when given none, or one of another side, `idf` or
 * Lexicon), and dropped with that call: no cache to bound.
 */
export interface NoteView {
  readonly side: FrameSide;
  readonly idf: (concept: string) => number;
  readonly lex: Lexicon;
  /** The note's context concepts in the frame's order, with their weights and idf. */
  readonly ctxConcepts: readonly string[];
  readonly ctxWeights: readonly number[];
  readonly ctxIdfs: readonly number[];
  /** Σ weight × idf over them, summed in that order (contextMeet's denominator). */
  readonly ctxDen: number;
  /** The note subject's places (rivalNames: when the note places its figure nowhere else). */
  readonly subjectPlaces: readonly string[];
  /** Is every name of the note's subject a place (rivalNames)? */
  readonly subjectAllPlaces: boolean;
  /** Its subject's places, or its names' when it has no subject (placesApart). */
  readonly apartPlaces: readonly string[];
  /** Its names of each closed kind that it names any of, in CLOSED_NAME_KINDS' order (rivalNames). */
  readonly closed: readonly (readonly [NameKind, readonly string[]])[];
  /** Its names (and subject) that are places (opposed: the note's home). */
  readonly places: ReadonlySet<string>;
  /** Its context's opposite words, keyed by pair and side (opposed). */
  readonly oppositeSides: ReadonlyMap<string, string>;
  /** Does its context hold a word of FOREIGN_WORDS (opposed)? */
  readonly foreignNear: boolean;
  /** For each of the note's names (n.names, in order): its plural in -es where it takes one, and its parts when hyphened (reaches). */
  readonly namesEs: readonly (string | undefined)[];
  readonly namesParts: readonly (string[] | undefined)[];
}

/** The view of `note` that align reads (NoteView), for `idf` and `lex`. */
export function noteView(note: FrameSide, idf: (concept: string) => number, lex: Lexicon): NoteView {
  const n = note.frame;
  const ctxConcepts: string[] = [];
  const ctxWeights: number[] = [];
  const ctxIdfs: number[] = [];
  let ctxDen = 0;
  for (const [c, w] of n.context) {
    const i = idf(c);
    ctxConcepts.push(c);
    ctxWeights.push(w);
    ctxIdfs.push(i);
    ctxDen += w * i;
  }
  // (each name's kind asked of the lexicon once; loops, not closures made at each call: see NameSearch)
  const kinds = new Map<string, NameKind>();
  const closed: [NameKind, string[]][] = [];
  for (const kind of CLOSED_NAME_KINDS) {
    const mine: string[] = [];
    for (const x of n.names) if (kindIn(kinds, lex, x) === kind) mine.push(x);
    if (mine.length) closed.push([kind, mine]);
  }
  const places = new Set<string>();
  for (const x of n.subject) if (kindIn(kinds, lex, x) === 'place') places.add(x);
  for (const x of n.names) if (kindIn(kinds, lex, x) === 'place') places.add(x);
  // (every place of the subject and the names is in `places`)
  const subjectPlaces = within(n.subject, places);
  const oppositeSides = new Map<string, string>();
  for (const [c, w] of n.context) {
    if (w < A.oppositeWeight) continue;
    const o = lex.oppositeOf(c);
    if (o) oppositeSides.set(`${o[0]}:${o[1]}`, c);
  }
  return {
    side: note,
    idf,
    lex,
    ctxConcepts,
    ctxWeights,
    ctxIdfs,
    ctxDen,
    subjectPlaces,
    subjectAllPlaces: subjectPlaces.length === n.subject.length,
    apartPlaces: within(n.subject.length ? n.subject : n.names, places),
    closed,
    places,
    oppositeSides,
    foreignNear: FOREIGN_WORDS.some((w) => n.context.has(w)),
    namesEs: n.names.map((x) => (PLURAL_ES.test(x) ? x + 'es' : undefined)),
    namesParts: n.names.map((x) => (x.includes('-') ? x.split('-') : undefined)),
  };
}

/** x's name kind (Lexicon.nameKind), asked once a name of `kinds`. */
function kindIn(kinds: Map<string, NameKind>, lex: Lexicon, x: string): NameKind {
  let k = kinds.get(x);
  if (k === undefined) kinds.set(x, (k = lex.nameKind(x)));
  return k;
}

/** The words of xs in `set`, in xs' order. */
function within(xs: readonly string[], set: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const x of xs) if (set.has(x)) out.push(x);
  return out;
}

/** The view given, if it is of these three; else one made for them. */
function viewFor(note: FrameSide, idf: (concept: string) => number, lex: Lexicon, view: NoteView | undefined): NoteView {
  return view && view.side === note && view.idf === idf && view.lex === lex ? view : noteView(note, idf, lex);
}

/** "last year" and "a year earlier" name one period (a change's base was dropped from its frame). */
const sameRelative = (r: NonNullable<Period['relative']>) => (r === 'last' ? 'earlier' : r);

/** Do two periods rule out one claim? `relative`: an explicit year against "last year" counts too (yearAgainstRelative). */
export function periodsConflict(a: Period, b: Period, relative = true): boolean {
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return true;
  if (a.month !== undefined && b.month !== undefined && a.month !== b.month) return true;
  // a span of months against another, or against a month alone ("between October and December" / "in December")
  if (a.months !== undefined && b.months !== undefined && a.months !== b.months) return true;
  if ((a.months !== undefined && b.month !== undefined && b.months === undefined) || (b.months !== undefined && a.month !== undefined && a.months === undefined)) return true;
  if (a.day !== undefined && b.day !== undefined && a.month === b.month && a.day !== b.day) return true;
  if (a.quarter !== undefined && b.quarter !== undefined && a.quarter !== b.quarter) return true;
  if (a.half !== undefined && b.half !== undefined && a.half !== b.half) return true;
  // a half against a quarter: never the same stretch ("in the first half of 2005" / "in the third quarter of 2005")
  if ((a.half !== undefined && quarterly(b)) || (b.half !== undefined && quarterly(a))) return true;
  if (a.relative !== undefined && b.relative !== undefined && sameRelative(a.relative) !== sameRelative(b.relative)) return true;
  // what has happened is no figure of next year's ("Council tax bills have risen by 70%" / "keep next
  // year's council tax rises below 5%" — but "has earmarked 100 trillion won for … next year" is a
  // past deed for next year, as "has earmarked … for the first six months of 2005" is)
  if ((a.mode === 'past' && b.relative === 'next' && b.mode !== 'past') || (b.mode === 'past' && a.relative === 'next' && a.mode !== 'past')) return true;
  if (a.tense !== undefined && b.tense !== undefined && a.tense !== b.tense) return true;
  // a target against what happened ("aims to ship three million" / "200,000 were shipped"), or
  // against what holds now ("currently 62%" / "75% by 2006")
  if (a.mode !== undefined && b.mode !== undefined && a.mode !== b.mode) return true;
  // what would have happened is no figure of what did, nor of a plan
  if ((a.mode === 'hypothetical') !== (b.mode === 'hypothetical')) return true;
  // (a "current target" is both, and meets another)
  if ((nowOnly(a) && planOnly(b)) || (nowOnly(b) && planOnly(a))) return true;
  // the whole year against a part of it ("full-year profit" / "fourth-quarter profit"; not an annual
  // rate measured in a month against another: "annual inflation … since June 2002" / "the lowest
  // annual rate since June 2001")
  if ((a.annual && !b.annual && part(b)) || (b.annual && !a.annual && part(a))) return true;
  // …and a year named alone against a quarter or half of it ("rose 5% in 2020" / "in the first half
  // of 2020"; not a month, which often dates the statement rather than the figure)
  if (a.year !== undefined && a.year === b.year && ((yearOnlyOf(a) && halfOrQuarter(b)) || (yearOnlyOf(b) && halfOrQuarter(a)))) return true;
  // "over the past two years" covers a stretch, not a year (two stretches alike, each by its end
  // year, are compared by those years above: "in the 12 months to 30 September 2004" / "in the year
  // to September 2004")
  if ((a.span !== undefined && ((b.year !== undefined && b.span === undefined) || (b.span !== undefined && b.span !== a.span))) || (b.span !== undefined && a.span === undefined && a.year !== undefined)) return true;
  // an explicit year against "this/last year" cannot be told apart without the article's date
  if (relative && yearAgainstRelative(a, b)) return true;
  return false;
}

// (periodsConflict's tests of one period, written once rather than made again on each call: it is
// asked of every candidate pair)
/** A quarter, named or not ("in the quarter"). */
function quarterly(p: Period): boolean {
  return p.quarter !== undefined || p.someQuarter === true;
}
/** What holds now, not a plan. */
function nowOnly(p: Period): boolean {
  return p.tense === 'now' && p.mode !== 'plan';
}
/** A plan, not what holds now. */
function planOnly(p: Period): boolean {
  return p.mode === 'plan' && p.tense !== 'now';
}
/** A part of a year: a quarter, a half or a month. */
function part(p: Period): boolean {
  return p.quarter !== undefined || p.someQuarter === true || p.half !== undefined || p.month !== undefined;
}
/** A year named alone, no part of it. */
function yearOnlyOf(p: Period): boolean {
  return p.year !== undefined && !part(p);
}
/** A quarter or a half named. */
function halfOrQuarter(p: Period): boolean {
  return p.quarter !== undefined || p.half !== undefined;
}

/** An explicit year against "last year" or "this year" (either way round): which is which needs the article's date. */
export function yearAgainstRelative(a: Period, b: Period): boolean {
  return (a.year !== undefined && b.relative !== undefined && b.year === undefined) || (b.year !== undefined && a.relative !== undefined && a.year === undefined);
}

/**
 * An explicit year against "currently" (either way round): whether the year is now needs the
 * article's date — enough to support ("currently 62%" / "62% in 2004"), never to contradict ("has
 * increased to 67 years currently" / "to 61.6 years in 2014").
 */
export function yearAgainstNow(a: Period, b: Period): boolean {
  const now = (p: Period) => p.year === undefined && p.tense === 'now';
  return (a.year !== undefined && now(b)) || (b.year !== undefined && now(a));
}

/** Does a frame's own phrase say it is a whole ("total", "overall", "combined": WHOLE_WORDS)? */
function sideWhole(fr: ClaimFrame): boolean {
  return WHOLE_WORDS.some((w) => fr.metric.includes(w) || (fr.context.get(w) ?? 0) >= A.wholePartNear);
}

/** …or a part of a business ("division", "subsidiary": PART_WORDS)? */
function sidePart(fr: ClaimFrame): boolean {
  return PART_WORDS.some((w) => fr.metric.includes(w) || (fr.context.get(w) ?? 0) >= A.wholePartNear);
}

/** A plan or forecast against what happened (either way round): "will pay" / "paid", "aims to ship" / "were shipped". */
export function planAgainstPast(a: Period, b: Period): boolean {
  return (a.mode === 'plan' && b.mode === 'past') || (a.mode === 'past' && b.mode === 'plan');
}

/** A plan against what happened whose periods are otherwise alike (support-only: ownFields). */
function plannedAlike(a: Period, b: Period): boolean {
  return !periodsConflict({ ...a, mode: undefined }, { ...b, mode: undefined }, false);
}

/**
 * A plan or forecast that names no year against a figure that is none, dated by a year (either way
 * round): "expect the rate to reach 3% by the summer" / "the low of 1% reached … in 2001" — when
 * the plan falls is unsaid, and what happened in a year is no forecast's outcome.
 */
export function planAgainstYear(a: Period, b: Period): boolean {
  const undatedPlan = (p: Period) => p.mode === 'plan' && p.year === undefined && p.quarter === undefined && p.month === undefined;
  return (undatedPlan(a) && b.year !== undefined && b.mode !== 'plan') || (undatedPlan(b) && a.year !== undefined && a.mode !== 'plan');
}

/**
 * What a date's preposition makes of it: a deadline ("by 2026"), a point ("in 2024"), a start
 * ("since 1997"), a span's ends ("between 1999 and 2003"), its end ("ran until 9 January" / "ran
 * from 3 to 9 January", "a deal to 2008"), or a comparison base ("than in 2003").
 */
const DATE_ROLE: Readonly<Record<string, string>> = table({
  by: 'deadline', before: 'deadline', in: 'point', on: 'point', during: 'point', of: 'point', for: 'point',
  since: 'start', from: 'start', after: 'start', between: 'span', and: 'span', until: 'end', to: 'end', through: 'end', with: 'base', than: 'base',
});

/**
 * The role of a date's preposition (DATE_ROLE); a day of a month's start is that day ("available
 * from 22 January" / "goes on sale on 12 January": what starts on a day happens on it), where a
 * year's is not ("in force from 2005" / "introduced in 2003").
 */
function dateRole(fr: ClaimFrame): string | undefined {
  const role = DATE_ROLE[fr.prep!];
  return fr.calendarDay && role === 'start' && fr.prep !== 'after' ? 'point' : role;
}

/**
 * A start against the point of the event that started it: "has been chief executive since 1997" /
 * "Mike Smith's appointment as chief executive in 1999" — the date in a clause that names a start
 * (START_EVENTS, in its metric or its near words) is when the state began, as "since" says.
 */
function startedThen(a: ClaimFrame, b: ClaimFrame): boolean {
  if (DATE_ROLE[a.prep!] !== 'start' || DATE_ROLE[b.prep!] !== 'point') return false;
  if (b.metric.some((m) => START_EVENTS.has(m)) || [...b.context].some(([w, weight]) => weight >= A.startEventWeight && START_EVENTS.has(w))) return true;
  // ("took charge in 2000" / "in charge since 2002": what is taken then is held since)
  return (b.context.get('take') ?? 0) >= A.startEventWeight && b.metric.some((m) => TAKEN_STATES.has(m));
}

/**
 * The last time against the first since: "a Grand Slam, which they last won in 1948" (or "their only
 * previous Grand Slam came in 1948") / "a first Grand Slam since 1948" — the point of the last such
 * event is the start of the wait for the next.
 */
function lastSince(a: ClaimFrame, b: ClaimFrame): boolean {
  if (DATE_ROLE[a.prep!] !== 'start' || DATE_ROLE[b.prep!] !== 'point') return false;
  const near = (fr: ClaimFrame, w: string, weight: number = A.startEventWeight) => fr.metric.includes(w) || (fr.context.get(w) ?? 0) >= weight;
  if (near(a, 'first')) return near(b, 'last') || near(b, 'previous');
  // (…and "have failed to win since 1970" is "last won in 1970", as "the first since 1970" is)
  return a.sinceDenied === true && near(b, 'last', A.deniedSinceLastWeight);
}

/** Do two superlatives rank by one measure (the same, or RANK_SYNONYMS)? */
function sameRanking(a: string, b: string): boolean {
  return a === b || RANK_SYNONYMS.some((c) => c.includes(a) && c.includes(b));
}

/** Days in each unit a rate of time is counted per: rates in two of them are one quantity, converted. */
const TIME_SPAN_DAYS: Readonly<Record<string, number>> = table({ hour: 1 / 24, day: 1, week: 7, month: 365.25 / 12, quarter: 365.25 / 4, year: 365.25 });

/**
 * The stretch of time a total covers, in days, when its own period says so: a span ("over the past
 * two years", "between 2005 and 2008"), a month, quarter or half of a year, or a year alone ("in 2004"). Undefined for a
 * day, a relative period or none: a point in time, or a stretch not said.
 */
function stretchDays(p: Period): number | undefined {
  const span = p.span ?? p.stretch;
  if (span !== undefined) {
    const m = /^(\d+(?:\.\d+)?)(hour|day|week|month|quarter|year)s?$/.exec(span);
    return m ? Number(m[1]) * TIME_SPAN_DAYS[m[2]] : undefined;
  }
  // ("by 2006", "in 2001, 2002 and 2003": no stretch the sentence says)
  // (a month of no year said, "in March", may be any March: no stretch either)
  if (p.day !== undefined || p.deadline || p.listed || (p.year === undefined && p.relative === undefined)) return undefined;
  // (a month, a quarter or a half of a year named by a relative word is one too: "in May last year")
  if (p.month !== undefined) return TIME_SPAN_DAYS.month;
  if (p.quarter !== undefined) return TIME_SPAN_DAYS.quarter;
  if (p.half !== undefined) return TIME_SPAN_DAYS.year / 2;
  // (a relative year, "last year", is the rate's own stretch: align's rateStretch)
  if (p.relative !== undefined) return undefined;
  return TIME_SPAN_DAYS.year;
}

/** Does the frame measure a score on the way ("a 17-6 lead", "a 15-6 deficit") rather than a result? */
function interimScore(fr: ClaimFrame, lex: Lexicon): boolean {
  return fr.metric.some((m) => INTERIM_SCORE_METRICS.has(m) || INTERIM_SCORE_METRICS.has(lex.concept(m)));
}

/**
 * Two spans measured from two events, each named, one before and one after ("three weeks before the
 * band's tour" / "five weeks after their single"): never one measure (not "on 75 minutes after Martyn
 * parried" / "after 23 minutes before … Martyn parried", whose events share words).
 */
function anchorsApart(n: ClaimFrame, s: ClaimFrame): boolean {
  return !!n.anchor && !!s.anchor && n.anchor.prep !== s.anchor.prep && !n.anchor.words.some((w) => s.anchor!.words.includes(w));
}


/** Units of a rate of time or per head: present on one side only, the two are not one quantity. */
const TIME_RATES = new Set(['year', 'month', 'week', 'day', 'hour', 'quarter', 'capita']);

/** One name however inflected, glued or misspelt: "Blair" and "the Blairs'", "Warner" and "TimeWarner", "Follett" and "Follet". */
function sameName(a: string, b: string): boolean {
  if (a === b || a + 's' === b || b + 's' === a || pluralEs(a, b) || pluralEs(b, a)) return true;
  const short = a.length < b.length ? a : b;
  const long = a.length < b.length ? b : a;
  return (short.length >= A.gluedNameMin && (long.startsWith(short) || long.endsWith(short))) || spellingSlip(a, b);
}

/** Do two lists of names share one (sameName)? */
export function sharesName(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => sameName(x, y)));
}

/** Endings whose plural takes -es. */
const PLURAL_ES = /(?:x|s|z|ch|sh)$/;

/** b is a's plural in -es ("Xbox" / "Xboxes"; "Porsche" / "Porsches" is the -s rule's). */
function pluralEs(a: string, b: string): boolean {
  return b.length === a.length + 2 && b.endsWith('es') && b.startsWith(a) && PLURAL_ES.test(a);
}

/**
 * One name spelt two ways, a letter apart ("Follett" / "Follet", "Adere" / "Adera", "Elena" /
 * "Elene"): news copy misspells names and notes correct them. Both at least A.misspeltNameMin
 * letters, the first letter the same, one letter changed, added or dropped (linear in the names).
 */
export function spellingSlip(a: string, b: string): boolean {
  if (a.length < A.misspeltNameMin || b.length < A.misspeltNameMin || a[0] !== b[0] || Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // the rest after one change: the same (substituted), or one side's rest a letter on (added / dropped),
  // or two letters swapped ("DaimlerChrylser")
  const swapped = a.length === b.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || swapped;
}

/** A name the source can refer to: itself, its plural in -es ("Xboxes" for the Xbox), or each part of a compound ("UK-US" where "UK and US" are named). */
function reaches(referable: ReadonlySet<string>, name: string): boolean {
  return referable.has(name) || (PLURAL_ES.test(name) && referable.has(name + 'es')) || (name.includes('-') && name.split('-').every((p) => p.length > 0 && referable.has(p)));
}

/** `reaches` for the note's name at `i` of n.names, its forms read from the view. */
function reachesName(referable: ReadonlySet<string>, v: NoteView, name: string, i: number): boolean {
  if (referable.has(name)) return true;
  const es = v.namesEs[i];
  if (es !== undefined && referable.has(es)) return true;
  const parts = v.namesParts[i];
  return parts !== undefined && parts.every((p) => p.length > 0 && referable.has(p));
}

/**
 * Someone else of the same kind of name (lexicon.ts nameKind), so the source figure says nothing of
 * the note's: the reason, or undefined.
 *  - subjects: the source figure's own clause names a subject the note's does not, of the note
 *    subject's kind (places rival places; any other name any other — "Ocean's Twelve took $5.4m"
 *    says nothing of Fat Albert), through any of its names ("the Commerce Department … the US's
 *    deficit with China" rivals Japan), and its sentence names none of the note's subjects;
 *  - closed kinds (parties): the note's sentence names one, the source's sentence names only others
 *    of that kind, wherever in the sentence ("the Liberal Democrats' largest donor … gave £250,000"
 *    is no gift to Labour).
 */
function rivalNames(n: ClaimFrame, s: ClaimFrame, lex: Lexicon, v: NoteView): string | undefined {
  // a place named right after the source figure by "in" is whose figure it is, in a list too
  // ("£116,542 in Scotland, and £111,314 in Northern Ireland" gives Scotland no £111,314)
  // (the note's own figure placed so says where it is: "topped the UK chart and reached 21 in the US")
  const nPlaces = n.placeAfter ?? n.placeBefore ?? v.subjectPlaces;
  // …and so is one named right before it ("released in the US on 9 November, with a UK release two days later")
  const sPlace = s.placeAfter ?? s.placeBefore;
  if (nPlaces.length && sPlace && !nPlaces.some((x) => sPlace.some((y) => sameName(x, y)) || spelledOut(sPlace, x))) return `place ${nPlaces.join(' ')} vs ${sPlace.join(' ')}`;
  // a rank or an age apposed to a name is that name's, whatever else its sentence names ("Sumitomo,
  // Japan's third-largest bank, … an offer for UFJ" gives UFJ no rank)
  const holders = n.apposedTo ?? n.subject;
  if (s.apposedTo && holders.length && !holders.some((x) => s.apposedTo!.some((y) => sameName(x, y)) || spelledOut(s.apposedTo!, x))) return `apposed ${holders.join(' ')} vs ${s.apposedTo.join(' ')}`;
  // (a year of one named thing on both sides dates that thing, whoever each clause is about: datedAlike)
  if (n.subject.length && s.subject.length && !datedAlike(n, s)) {
    const place = v.subjectAllPlaces;
    const rivals = s.subject.some((y) => (lex.nameKind(y) === 'place') === place);
    // (an acronym either way: the note's "WTO" for the source's "World Trade Organisation", the
    // source's "PTC" for the note's "Parents Television Council")
    const spelled = s.subject.some((y) => spelledOut(n.names, y, n.names.length, A.rivalAcronymMin));
    // (a note's place named only after the figure — and not as its place, "7% in the US" — is another
    // claim of its sentence when the figure's own subject is another place: "Europeans online rose by
    // 12%, …, with the biggest rise in France")
    if (rivals && !spelled && !n.subject.some((x) => s.subject.some((y) => sameName(x, y)) || inSentence(s, place, x) || spelledOut(s.names, x, s.names.length, A.rivalAcronymMin))) return `subject ${n.subject.join(' ')} vs ${s.subject.join(' ')}`;
  }
  // a partner named by "with" on both sides, another on each, neither named in the other's sentence
  // ("came from trade with China" / "accounted for by its trade with the US")
  if (n.partner && s.partner && !n.partner.some((x) => s.names.some((y) => sameName(x, y))) && !s.partner.some((y) => n.names.some((x) => sameName(x, y)))) return `partner ${n.partner.join(' ')} vs ${s.partner.join(' ')}`;
  const apart = placesApart(n, s, lex, v);
  if (apart) return apart;
  // one name's last word led by other words ("the Royal Ballet" / "the English National Ballet")
  const other = otherLead(n, s) ?? otherLead(s, n);
  if (other) return `name ${other}`;
  for (const [kind, mine] of v.closed) {
    const theirs = s.names.filter((x) => lex.nameKind(x) === kind);
    if (theirs.length && !theirs.some((x) => mine.includes(x))) return `${kind} ${mine.join(' ')} vs ${theirs.join(' ')}`;
  }
  return undefined;
}

/** Two years of one named thing: a name each modifies alike ("the 1985 Hillsborough disaster" / "the 1989 Hillsborough disaster"). */
function datedAlike(n: ClaimFrame, s: ClaimFrame): boolean {
  return (!!n.datedNames && !!s.datedNames?.some((y) => n.datedNames!.some((x) => sameName(x, y)))) || originDatedEither(n, s);
}

/** originOfDated, either side the year of the name. */
function originDatedEither(n: ClaimFrame, s: ClaimFrame): boolean {
  return originOfDated(n, s) || originOfDated(s, n);
}

/**
 * A year of a named thing on one side ("1977's Wombling Free") and, on the other, the date that
 * thing came into being, the thing its clause's subject ("Wombling Free dates from 1979", "was
 * released in 1979"): both date the thing itself (DATED_ORIGINS), whatever else each clause says.
 */
function originOfDated(a: ClaimFrame, b: ClaimFrame): boolean {
  return !!a.datedNames && b.role === 'date' && b.event !== undefined && DATED_ORIGINS.has(b.event) && b.subject.length > 0 && a.datedNames.every((y) => b.subject.some((x) => sameName(x, y)));
}

/** The period without its month when two dates compare their months as values (ownFields monthsApart), else itself. */
function unmonthed(p: Period, monthsApart: boolean | undefined): Period {
  return monthsApart ? { ...p, month: undefined, day: undefined } : p;
}

/** Does the source's sentence name x — a place, only before its figure or as the place right after it (rivalNames)? */
function inSentence(s: ClaimFrame, place: boolean, x: string): boolean {
  return place ? namedBefore(s, x) || (s.placeAfter !== undefined && sameAsOne(x, s.placeAfter)) : sameAsOne(x, s.names);
}

/** Is x the same name as one of ys (sameName)? A loop, not a closure made at each call (see NameSearch). */
function sameAsOne(x: string, ys: readonly string[]): boolean {
  for (const y of ys) if (sameName(x, y)) return true;
  return false;
}

/**
 * Places against places: the source figure's own clause is about places only ("In Thailand, tourism
 * accounts for about 6%", "In India, where more than 2,000 people…") and the note's is about
 * another — a place of its subject beside other names ("In Singapore the tourism share of GDP"), or,
 * when it names no subject, a place its sentence names ("…are feared dead in Thailand") — and
 * neither sentence names the other's place: the same words of another country say nothing of the
 * note's. The reason, or undefined.
 */
function placesApart(n: ClaimFrame, s: ClaimFrame, lex: Lexicon, v: NoteView): string | undefined {
  const mine = v.apartPlaces;
  if (!mine.length) return undefined;
  // (only a subject of places: a place word inside an institution's name is no place of its own —
  // "the Department of Health and Social Care")
  const theirs = s.subject;
  if (!theirs.length || !theirs.every((y) => lex.nameKind(y) === 'place')) return undefined;
  const named = (x: string, names: readonly string[]) => names.some((y) => sameName(x, y)) || spelledOut(names, x, names.length, A.rivalAcronymMin);
  if (mine.some((x) => named(x, s.names)) || theirs.some((y) => named(y, n.names))) return undefined;
  return `place ${mine.join(' ')} vs ${theirs.join(' ')}`;
}

/**
 * A name of a's subject ending in a word b's subject names too, led in a by words b does not name,
 * while b leads that word by words a does not name: two institutions sharing a last word ("royal
 * ballet" / "english national ballet").
 */
function otherLead(a: ClaimFrame, b: ClaimFrame): string | undefined {
  if (!a.leads || !b.leads) return undefined;
  // (not people: "Gordon Brown" is "Mr Brown")
  const person = (lead: string, last: string) => PERSON_TITLES.has(lead) || !!a.titled?.has(last) || !!b.titled?.has(last);
  for (const [lead, last] of a.leads) {
    if (!a.subject.includes(last) || !b.subject.includes(last) || b.names.includes(lead) || person(lead, last) || a.owners?.has(lead)) continue;
    // (an owner is no lead: "Manchester United's Brown" is Brown)
    for (const [lead2, last2] of b.leads) if (last2 === last && !a.names.includes(lead2) && !person(lead2, last2) && !b.owners?.has(lead2)) return `${lead} ${last} vs ${lead2} ${last2}`;
  }
  return undefined;
}

/** Do consecutive names of a sentence (its first `upTo`) spell the acronym x with their initials ("world trade organisation" → wto)? */
function spelledOut(names: readonly string[], x: string, upTo = names.length, min: number = A.acronymMin): boolean {
  // (among a sentence's first names only: a list of thousands is no place for an expansion, and a
  // note's names each scanning it would be quadratic)
  upTo = Math.min(upTo, A.acronymNamesRead);
  // (an ampersand marks an acronym however short, its letters the initials: "J&J" for Johnson &
  // Johnson, "M&S" for Marks & Spencer)
  const amp = x.includes('&');
  const letters = amp ? x.replace(/&/g, '') : x;
  if (letters.length < (amp ? A.ampersandAcronymMin : min) || letters.length > A.acronymMax || upTo < letters.length) return false;
  for (let i = 0; i + letters.length <= upTo; i++) {
    let k = 0;
    while (k < letters.length && names[i + k][0] === letters[k]) k++;
    if (k === letters.length) return true;
  }
  return false;
}

/**
 * Does the source figure have no one in view but the note's names? Those its sentence names before
 * it; and, unless one of them is a name of the note other than a place (who the sentence is about),
 * those of the sentences before it in its paragraph ("Kimo's machine is smaller. … the US price of $149").
 */
function noRivalInView(n: ClaimFrame, s: ClaimFrame, src: FrameSide, noteWords: ReadonlySet<string>, lex: Lexicon): boolean {
  const mine = (x: string) => noteWords.has(x) || n.names.some((y) => sameName(x, y));
  const own = s.names.slice(0, s.namesBefore);
  const settled = own.some((x) => mine(x) && lex.nameKind(x) !== 'place');
  return own.every(mine) && (settled || [...(src.paragraphNames ?? [])].every(mine));
}

/**
 * Does one of `names` give x by the first word of a name the source writes in full elsewhere ("Sir
 * Edward Heath" … "Sir Edward" for Heath; "Daiwa Securities" … "Daiwa")? Never by a person's title
 * or a place's first word ("Sir", "New").
 */
function firstWordNamed(x: string, names: readonly string[], src: FrameSide, lex: Lexicon): boolean {
  const firsts = src.fullNames?.get(x);
  return firsts !== undefined && names.some((y) => firsts.has(y) && !PERSON_TITLES.has(y) && lex.nameKind(y) !== 'place');
}

/**
 * Does the paragraph before the source figure's sentence name in full a person who is none of the
 * note's names ("Maria Mutola" for a note of "Paula Radcliffe")? A full name: a surname the source
 * writes after a first word that is neither a title nor a place, both in the paragraph.
 */
function otherPersonBefore(n: ClaimFrame, src: FrameSide, lex: Lexicon): boolean {
  const names = src.paragraphNames;
  const full = src.fullNames;
  if (!names?.size || !full) return false;
  for (const x of names) {
    const firsts = full.get(x);
    if (firsts === undefined || n.names.some((y) => sameName(x, y)) || lex.nameKind(x) === 'place') continue;
    for (const y of firsts) if (names.has(y) && !PERSON_TITLES.has(y) && lex.nameKind(y) !== 'place' && !n.names.some((z) => sameName(y, z))) return true;
  }
  return false;
}

/** Does the frame's sentence name x before its figure? */
function namedBefore(s: ClaimFrame, x: string): boolean {
  for (let i = 0; i < s.namesBefore; i++) if (sameName(x, s.names[i])) return true;
  return false;
}

/** The year of a period, and nothing else of it. */
function yearOnly(p: Period): Period {
  return p.year === undefined ? {} : { year: p.year };
}

function hasPeriod(p: Period): boolean {
  return p.year !== undefined || p.month !== undefined || p.months !== undefined || p.quarter !== undefined || p.relative !== undefined;
}

/**
 * Do a period and one merged with its context conflict? A year against "last year" here is no
 * conflict but marks the pair support-only (`out.supportOnly`): it may support a precise value, no more.
 */
function contextConflict(a: Period, b: Period, out: Alignment): boolean {
  // (a plan against what happened is left to ownFields: support-only)
  if (planAgainstPast(a, b) ? !plannedAlike(a, b) : periodsConflict(a, b, false)) return true;
  if (yearAgainstRelative(a, b)) out.supportOnly ??= 'relative against a year';
  return false;
}

function merged(own: Period, inherited: Period): Period {
  return {
    year: own.year ?? (own.relative === undefined ? inherited.year : undefined),
    month: own.month ?? (own.year === undefined ? inherited.month : undefined),
    quarter: own.quarter ?? inherited.quarter,
    half: own.half,
    months: own.months,
    span: own.span,
    relative: own.relative ?? (own.year === undefined ? inherited.relative : undefined),
    tense: own.tense,
    annual: own.annual,
    mode: own.mode,
  };
}

/** Both frames a level (an amount; not a share or a change, whose rate over a stretch is often an average, nor a date, age or rank). */
function rolesOfAmount(a: ClaimFrame, b: ClaimFrame): boolean {
  return a.role === 'level' && b.role === 'level';
}

function rolesMeet(a: ClaimFrame, b: ClaimFrame): boolean {
  const r = (x: ClaimFrame) => (x.role === 'share' ? 'level' : x.role);
  return r(a) === r(b) || growthRate(a, b) || growthRate(b, a);
}

/**
 * A rise against a level that measures growth ("US growth of 4.4%" / "its 4.4% growth forecast for
 * the US", "grew 3.1%" / "a 3.1% growth target"): a rate of growth is a level of the growth, the
 * same value either way — the level a rate of growth slowed or rose to too ("growth slowed to 11.5%
 * from 16%" / "growth … was 11.5% in 2004, down from 17%"). Not a fall, nor an end of a change,
 * nor a level whose "growth" is farther than its own phrase (growthNear; "growth" is a change word,
 * never in a metric).
 */
function growthRate(change: ClaimFrame, level: ClaimFrame): boolean {
  return change.role === 'change' && change.direction !== 'down' && change.end === undefined && level.role === 'level' && (level.end === undefined || level.end === 'to') && (level.context.get(GROWTH_CONCEPT) ?? 0) >= A.growthNear;
}

/** The alignment `out`, blocked for `why` (marked in place: it is the call's own, made fresh). */
function blockedBy(out: Alignment, why: string): Alignment {
  out.blocked = why;
  return out;
}

/**
 * What `align` reads to tell whether the source reaches the note's names, for one pair of frames:
 * the sets of words it seeks them in, each read when first needed, and which names the source's
 * sentence spells out. An object literal passed to the functions below rather than closures made
 * in `align`: V8 keeps a closure's optimized code only while a closure of it lives, so a full
 * collection between checks (the bench's, or any after a check's objects are gone) dropped it and
 * every check compiled `align`'s closures again (`node --trace-opt`); the functions below are made
 * once, and the literal's shape is held by `align`'s own feedback, alive with it.
 */
interface NameSearch {
  readonly n: ClaimFrame;
  readonly s: ClaimFrame;
  readonly src: FrameSide;
  readonly lex: Lexicon;
  readonly v: NoteView;
  /** The source's `ownReferable`, read before anything else of its context (see `align`). */
  readonly own: ReadonlySet<string> | undefined;
  /** The strict and the wide set of words, once read (`strictOf`, `wideOf`). */
  strictSet: ReadonlySet<string> | undefined;
  wideSet: ReadonlySet<string> | undefined;
  /** spelledOut or spellingSlip of the note's name at i among the source sentence's names (`speltAt`), once worked out. */
  readonly spelt: (boolean | undefined)[];
}

function strictOf(r: NameSearch): ReadonlySet<string> {
  return (r.strictSet ??= r.src.referable);
}

function wideOf(r: NameSearch): ReadonlySet<string> {
  return (r.wideSet ??= r.src.referableWide ?? strictOf(r));
}

/** Does the strict set (or the wide one) reach the note's name x at i of n.names? */
function inSet(r: NameSearch, wide: boolean, x: string, i: number): boolean {
  if (wide) return reachesName(wideOf(r), r.v, x, i);
  return (r.own !== undefined && reachesName(r.own, r.v, x, i)) || reachesName(strictOf(r), r.v, x, i);
}

/** `inSet` for a word that is none of the note's names. */
function inSetPlain(r: NameSearch, wide: boolean, x: string): boolean {
  if (wide) return reaches(wideOf(r), x);
  return (r.own !== undefined && reaches(r.own, x)) || reaches(strictOf(r), x);
}

/** A person's first name need not be repeated: "Jane Hutt" is the source's "Ms Hutt" — the surname the note's name x leads, when the source's sentence titles it. */
function titledHead(r: NameSearch, x: string): string | undefined {
  const h = r.n.leads?.get(x);
  return h !== undefined && r.s.titled?.has(h) ? h : undefined;
}

/**
 * …nor where the source's sentence names the person by the surname alone, as news copy does after
 * the first mention, the story having named them in full ("Jerzy Dudek made a double save" / "… a
 * fantastic double save from Dudek") (…or named in full only paragraphs before, beyond reach:
 * "Chris Tomlinson" … "Olympian Tomlinson").
 */
function bySurname(r: NameSearch, x: string, i: number): boolean {
  const { n, s, src } = r;
  const h = n.leads?.get(x);
  if (h === undefined) return false;
  if (!(src.fullNames?.get(h)?.has(x) ?? false)) return s.names.includes(h) && reachesName(wideOf(r), r.v, x, i);
  // (…the surname itself within reach where the sentence gives the person as a pronoun: "French
  // actress Audrey Tautou …" … "Tautou will play …" / "She also starred … in 2002")
  return s.names.includes(h) || (s.pronounSubject === true && reachesName(strictOf(r), r.v, h, -1));
}

/**
 * An acronym is the name its initials spell in the source's sentence: "WTO", "the World Trade
 * Organisation"; or the name a letter apart (spellingSlip). Of the source's sentence alone, so
 * worked out once a name (`spelt`), whichever set of words it is sought in.
 */
function speltAt(r: NameSearch, x: string, i: number): boolean {
  const s = r.s;
  return (r.spelt[i] ??= spelledOut(s.names, x) || s.names.some((y) => spellingSlip(x, y)));
}

/**
 * Is the note's name x (at i of n.names) missing from the strict set of words (or the wide one)?
 * Not where the set reaches it, nor its titled surname (`titledHead`), nor where the source's
 * sentence gives it by its surname (`bySurname`), spells it (`speltAt`), or — a person or a firm —
 * gives it by the first word of a name it writes in full elsewhere: "Sir Edward Heath" … "Sir
 * Edward called the Liberal leader back" is the note's "Heath"; "Daiwa Securities" … "Daiwa added
 * 5.3%" the note's "Daiwa Securities" (never by a person's title or a place's first word: "Sir",
 * "New"; firstWordNamed).
 */
function missingName(r: NameSearch, wide: boolean, x: string, i: number): boolean {
  if (inSet(r, wide, x, i)) return false;
  // (a title of courtesy before a surname of the note's is no name of its own: the surname is sought)
  if (COURTESY_TITLES.has(x) && r.n.leads?.get(x) !== undefined) return false;
  const h = titledHead(r, x);
  return !(h !== undefined && inSetPlain(r, wide, h)) && !bySurname(r, x, i) && !speltAt(r, x, i) && !firstWordNamed(x, r.s.names, r.src, r.lex);
}

/**
 * Whom the note's speaker told, "told MPs that", is no name the source must give; nor the speaker,
 * where the source quotes the words: "Colin High said Kaplan ranks among the top 10" / "\"Kaplan is
 * in the top 20 in the world …\"", the speaker named sentences away (…nor the speaker the source's
 * sentence gives as a pronoun, named before it: "Sundar Katwala noted that it was 25 years since …"
 * / "… Katwala said … He pointed out that it was 30 years since …").
 */
function addressed(n: ClaimFrame, s: ClaimFrame, src: FrameSide, x: string): boolean {
  return (n.addressed?.includes(x) ?? false) || quotedSpeaker(n, s, x) || pronounSpeaker(n, s, src, x);
}

/** Align a note's frame with a source's. `idf` weighs context words by rarity. */
export function align(note: FrameSide, src: FrameSide, idf: (concept: string) => number, lex: Lexicon, ignorePeriod = false, view?: NoteView): Alignment {
  const n = note.frame;
  const s = src.frame;
  const out: Alignment = { metric: 0, subject: 0, subjectBefore: true, namesMissing: 0, namesMissingWide: 0, context: 0, structure: 0, structureFields: 0, score: 0 };
  const own = ownFields(n, s, out, ignorePeriod);
  if (own) return blockedBy(out, own);
  const ages = n.role === 'age' && s.role === 'age';
  // (two dates each with its own month compare the months as their values: ownFields monthsApart)
  const np = unmonthed(ages ? yearOnly(n.period) : n.period, out.monthsApart);
  const sp = unmonthed(ages ? yearOnly(s.period) : s.period, out.monthsApart);
  // a period set by the sentences before counts only against a period the other side states itself
  // (read only when the note's frame states a period: the context is the costly part of a side)
  const dated = !ignorePeriod && !(ages && (n.ageNow === true || s.ageNow === true));
  if (dated && hasPeriod(np) && contextConflict(np, merged(sp, ages ? yearOnly(src.inheritedPeriod) : src.inheritedPeriod), out)) return blockedBy(out, 'period (context)');
  if (dated && hasPeriod(sp) && contextConflict(merged(np, ages ? yearOnly(note.inheritedPeriod) : note.inheritedPeriod), sp, out)) return blockedBy(out, 'period (context)');
  const v = viewFor(note, idf, lex, view);
  const apart = namesApart(n, s, lex, v);
  if (apart) return blockedBy(out, apart);
  // a part the source sets apart ("The deficit for goods alone was £4.6bn") that the note's words do
  // not name is another quantity than the note's whole ("the UK trade deficit")
  if (s.alone !== undefined && !n.metric.includes(s.alone) && !n.context.has(s.alone) && !n.names.includes(s.alone)) return blockedBy(out, `alone ${s.alone}`);
  measureOwn(n, s, out, v);
  // (the source's context is read only when the note names someone)
  if (n.names.length) {
    // (the strict set — the sentences before in the paragraph too, each tokenized — is read only for
    // a name the words of the figure's own sentence and its title do not reach (`ownReferable`, when
    // at hand: all of them in the strict set); the wide set — earlier paragraphs' words too — only
    // for a name the strict one does not reach: it holds every word of the strict one, so a name the
    // strict one reaches it reaches too)
    const r: NameSearch = { n, s, src, lex, v, own: src.ownReferable, strictSet: undefined, wideSet: undefined, spelt: [] };
    const names = n.names;
    const missingStrict: boolean[] = [];
    let namesMissing = 0;
    // (whom the note's speaker told is no name the source must give: `addressed`)
    // (…nor the name of the series an ordinal places in, which the story gives within the wide reach:
    // "the 24th Brit awards" / "the 25th award ceremony", after paragraphs about the Brits)
    // (…nor whoever the note has report it, no subject of its own, where the story names them: "PC Pro
    // found that 16% of readers …" / "17% of readers have switched", PC Pro named paragraphs before)
    const reporter = (x: string) => (n.speakers?.includes(x) ?? false) && !n.subject.includes(x);
    for (let i = 0; i < names.length; i++) if ((missingStrict[i] = !addressed(n, s, src, names[i]) && missingName(r, false, names[i], i) && !((n.seriesNames?.includes(names[i]) || reporter(names[i])) && !missingName(r, true, names[i], i)))) namesMissing++;
    out.namesMissing = namesMissing;
    if (out.namesMissing && src.leadNames) {
      const lead = src.leadNames;
      let fromLead = 0;
      for (let i = 0; i < names.length; i++) if (missingStrict[i] && reaches(lead, names[i])) fromLead++;
      if (fromLead === out.namesMissing && noRivalInView(n, s, src, note.referable, lex)) out.namesFromLead = fromLead;
    }
    let namesMissingWide = 0;
    // (a name missing from the wide set is missing from the strict one: only those are sought there)
    for (let i = 0; i < names.length; i++) if (missingStrict[i] && (wideOf(r) === strictOf(r) || missingName(r, true, names[i], i))) namesMissingWide++;
    out.namesMissingWide = namesMissingWide;
    // an age apposed to one person on both sides is that person's, whatever else the sentences name
    // ("Thanou, 31, was later cleared by the Greek federation" / "Kenteris, 31, and Thanou, 30")
    if (n.role === 'age' && s.role === 'age' && n.apposedTo && s.apposedTo?.some((y) => n.apposedTo!.some((x) => sameName(x, y)))) {
      out.namesMissing = 0;
      out.namesMissingWide = 0;
    }
    // …and so is a year of one named thing on both sides ("the 1985 Hillsborough disaster" / "the
    // 1989 Hillsborough disaster"): the names it modifies say what it dates
    if (datedAlike(n, s)) {
      out.namesMissing = 0;
      out.namesMissingWide = 0;
    }
    const said = n.subject.length ? n.subject : n.names;
    const unsaid = s.quoted === true && n.speakers ? said.filter((x) => !quotedSpeaker(n, s, x)) : said;
    const subject = unsaid.length ? unsaid : said;
    let met = 0;
    for (const x of subject) {
      const i = names.indexOf(x);
      if (i >= 0 ? inSet(r, false, x, i) || inSet(r, true, x, i) || speltAt(r, x, i) : inSetPlain(r, false, x) || inSetPlain(r, true, x) || spelledOut(s.names, x) || s.names.some((y) => spellingSlip(x, y))) met++;
    }
    // (a year of one named thing on both sides: that thing is what it is of, datedAlike)
    out.subject = datedAlike(n, s) ? 1 : met / subject.length;
  } else out.subject = A.unknownSubject;
  // (the sentences before count only when the source figure's own sentence names nobody before it:
  // "The game sold…" after "GTA: San Andreas…", but not "The Aviator … took $9.4m" after the Fockers)
  // (a place right after the figure is whose figure it is: "released on 11 November in the UK";
  // and a moment's "when" clause names whose moment it is: "in the 52nd minute when Burger was sin-binned";
  // and so does the main clause a fronted date dates: "in October 2003, the couple had a son - John";
  // and a passive's agent: "Two motions were passed by the London Assembly")
  // (…and a quotation's speaker is named where the source's copy names them: after it, or sentences away)
  out.subjectBefore =
    !n.subject.length ||
    // (…and a year of one named thing on both sides is that thing's, whoever each clause is about)
    datedAlike(n, s) ||
    (s.quoted === true && n.speakers !== undefined && n.subject.every((x) => quotedSpeaker(n, s, x))) ||
    // (…and the holder apposed to the source figure is the note's subject: "three-time women's
    // short-course champion Edith Masai" for "Edith Masai, a four-time short-course champion")
    (s.apposedTo !== undefined && n.subject.some((x) => s.apposedTo!.some((y) => sameName(x, y)))) ||
    (s.pronounSpeaker === true && n.subject.every((x) => pronounSpeaker(n, s, src, x))) ||
    // (names of a relative clause on the note's opening noun say which one, wherever the source
    // names them: "The activist who killed Fortuyn was jailed for 15 years" / "An activist was
    // sentenced to 18 years … for killing Fortuyn")
    (n.relativeNames !== undefined && n.subject.every((x) => n.relativeNames!.includes(x) && s.names.some((y) => sameName(x, y)))) ||
    // (a pronoun opening the source figure's clause stands for someone named before the sentence or
    // in its main clause: "Since she presented children's TV shows … in the 1980s, Arnold has …")
    (s.pronounSubject === true && n.subject.some((x) => s.names.some((y) => sameName(x, y)) || (src.priorNames?.has(x) ?? false))) ||
    // (…by the first word of its full name too: "Real are believed to still want £7m" after "Real Madrid striker …")
    // (…and a sentence naming nobody before the figure, or only in a description of a person or a
    // firm opening it, is about whoever the story named before: "The US tycoon, who has been wooing
    // the club for the last 12 months" is the Glazer named before)
    n.subject.some((x) => namedBefore(s, x) || firstWordNamed(x, s.names.slice(0, s.namesBefore), src, lex) || (s.placeAfter?.some((y) => sameName(x, y)) ?? false) || (s.whenAfter?.some((y) => sameName(x, y)) ?? false) || (s.agentAfter?.some((y) => sameName(x, y)) ?? false) || (s.frontedFor?.some((y) => sameName(x, y)) ?? false) || spelledOut(s.names, x, s.namesBefore) || s.subject.some((y) => sameName(x, y)) || s.metric.includes(x) || ((s.namesBefore === 0 || s.namesBefore === s.describedNames) && (src.priorNames?.has(x) ?? false)));
  // (the note figure's own holder, apposed to it and not its sentence's subject, is whose it is: the
  // source's figure must name that holder as its own — "Nadal beat the third seed, Mikhail Youzhny" /
  // "fourth seed Mikhail Youzhny lost", not "Youzhny beat the third seed, Nadal")
  const holder = n.apposedTo !== undefined && !n.apposedTo.some((x) => n.subject.includes(x)) ? n.apposedTo : undefined;
  if (holder) out.subjectBefore = holder.every((x) => (s.apposedTo?.some((y) => sameName(x, y)) ?? false) || s.subject.some((y) => sameName(x, y)) || s.metric.includes(x));
  // two ages, neither of anything named as its metric, the note's person named before the source's
  // ("Prince Harry, 21, …" / "… Prince Harry … The prince, 20, apologised"): that person's age
  if (ages && !n.metric.length && !s.metric.length && n.subject.length && out.subject === 1 && out.subjectBefore) out.metric = Math.max(out.metric, A.metricOverlap);
  // …but an age whose sentence names no one, after a paragraph naming another person in full, may be
  // that person's ("… Paula Radcliffe, dropped out … she overhauled rival Maria Mutola … Just five days
  // later, the 34-year-old made it double gold", Kelly Holmes's): it may support, never contradict
  if (ages && n.names.length && !s.names.length && s.apposedTo === undefined && s.pronounSubject !== true && otherPersonBefore(n, src, lex)) out.supportOnly ??= 'an age the paragraph may give another';
  [out.structure, out.structureFields] = structureMeet(n, s);
  out.score = scoreOf(out);
  return out;
}

/**
 * The best `align` could give the two frames, from their own fields alone — nothing of the source's
 * context read (the sentences before its figure, its lead, its title): undefined when those fields
 * already rule the comparison out; else the alignment with every name of the note taken as within
 * reach (`namesMissingWide` 0, `subject` at its most) and the score that gives. Every field `align`
 * reads from the frames alone is as `align` makes it, so no alignment of the pair scores higher.
 */
export function alignmentBound(note: FrameSide, src: FrameSide, idf: (concept: string) => number, lex: Lexicon, view?: NoteView): Alignment | undefined {
  const n = note.frame;
  const s = src.frame;
  const out: Alignment = { metric: 0, subject: 0, subjectBefore: true, namesMissing: 0, namesMissingWide: 0, context: 0, structure: 0, structureFields: 0, score: 0 };
  if (ownFields(n, s, out, false)) return undefined;
  const v = viewFor(note, idf, lex, view);
  if (namesApart(n, s, lex, v)) return undefined;
  measureOwn(n, s, out, v);
  out.subject = n.names.length ? 1 : A.unknownSubject;
  [out.structure, out.structureFields] = structureMeet(n, s);
  out.score = scoreOf(out);
  return out;
}

function scoreOf(a: Alignment): number {
  return A.metricWeight * a.metric + A.subjectWeight * a.subject + A.contextWeight * a.context + A.structureWeight * a.structure;
}

/**
 * The checks of `align` on the two frames' own fields before the context's period (role, end of a
 * change, per-unit, date preposition, period), filling `out` as they go: why they rule the pair out, if they do.
 */
function ownFields(n: ClaimFrame, s: ClaimFrame, out: Alignment, ignorePeriod: boolean): string | undefined {
  if (!rolesMeet(n, s)) return `role ${n.role} vs ${s.role}`;
  // (the span of one extreme is none of the other's: "the least watched in 20 years" / "the highest audience in four years")
  if (n.extreme && s.extreme && n.extreme !== s.extreme) return `extreme ${n.extreme} vs ${s.extreme}`;
  // (a gap in points in a table is no side's total of points: "five points behind Arsenal" / "on 31 points")
  if (!n.pointsGap !== !s.pointsGap && (n.pointsGap ? s : n).counted > 0 && (n.pointsGap ? s : n).metric[0] === (n.pointsGap ? n : s).metric[0]) return 'points gap vs total';
  // two rankings by two measures ("third-largest" / "third-smallest"; "most visited" / "least visited")
  if (n.rankBy && s.rankBy && !sameRanking(n.rankBy, s.rankBy)) return `rank by ${n.rankBy} vs ${s.rankBy}`;
  // (first among those a clause picks out is no place in the plain series: "the third Potter film" /
  // "the first Potter film where you get so lost")
  if (!n.qualified !== !s.qualified) return 'qualified ordinal';
  if (n.end && s.end && n.end !== s.end) return `${n.end} vs ${s.end}`;
  // ("could rise as high as 12%" / "a previous estimate of 12%": the old value is no reading of a note that does not call it old)
  if (!n.superseded !== !s.superseded) return 'superseded';
  if (n.per && s.per && n.per !== s.per) {
    const scale = TIME_SPAN_DAYS[n.per] && TIME_SPAN_DAYS[s.per] ? TIME_SPAN_DAYS[n.per] / TIME_SPAN_DAYS[s.per] : undefined;
    if (!scale) return `per ${n.per} vs ${s.per}`;
    out.perScale = scale;
    if (n.per === 'hour' || s.per === 'hour') out.perSlipOnly = true;
  }
  // a rate of time against a total over another stretch of time ("18 million a month" / "In 2004 it
  // detected 18 million"): the total, as a rate, is the same value per another unit of time
  if (n.per && TIME_SPAN_DAYS[n.per] && !s.per && rolesOfAmount(n, s)) {
    const days = stretchDays(s.period);
    if (days !== undefined && Math.abs(days / TIME_SPAN_DAYS[n.per] - 1) > A.sameStretch) {
      out.perScale = TIME_SPAN_DAYS[n.per] / days;
      if (n.per === 'hour') out.perSlipOnly = true;
    }
    // ("an annual loss of £12m" / "losses last year of £12m": a total over one unit of the rate)
    else if (days !== undefined || (n.per === 'year' && (s.period.annual === true || (s.period.relative !== undefined && s.period.month === undefined && s.period.quarter === undefined)))) out.rateStretch = true;
  }
  // a rate of time against a total ("400,000 a year" / "two million between 2014 and 2019"): not
  // one quantity, so never a contradiction (but "4 billion people every month" still supports "4 billion people")
  if (n.per !== s.per && out.perScale === undefined && (TIME_RATES.has(n.per ?? '') || TIME_RATES.has(s.per ?? ''))) {
    out.rateMismatch = true;
    if (n.per === undefined) out.rateUnsaid = true;
    else if ((n.perStated || n.perSaid) && !s.per) out.rateOnlyNote = true;
    // (…and a rate of a unit shorter than a year wherever the note reads it, against a figure whose
    // sentence states no rate at all: "50,000 new products a day" / "About 50,000 new products will
    // be unveiled" — a year's rate may be a year's total, as "sells 400,000 vans a year" / "sold
    // 400,000 vans" is)
    // (not against a total of a month or a quarter, of any year: "sold 40,000 scooters in May" is
    // one month's, which the rate may generalise)
    // (nor against a total in a sentence that dates something: "17,731,402 grants were paid from
    // December 2018" is a stretch's, whose length the sentence only half says)
    if (n.per !== undefined && SHORT_RATE_UNITS.has(n.per) && !s.per && !s.rateNearby && !s.datedNearby && s.period.month === undefined && s.period.quarter === undefined && s.period.half === undefined) out.shortRateOnlyNote = true;
  }
  if (n.direction && s.direction && n.direction !== s.direction) out.opposite = true;
  // (a record's date, whatever preposition: "goes back to 1999", "from 1998", "set in 1995")
  const records = n.event === RECORD_EVENT && s.event === RECORD_EVENT;
  if (n.role === 'date' && n.prep && s.prep && dateRole(n) !== dateRole(s) && !records && !datedAlike(n, s) && !startedThen(n, s) && !startedThen(s, n) && !lastSince(n, s) && !lastSince(s, n)) return `date ${n.prep} vs ${s.prep}`;
  // two dates of two events, each named ("joined the firm in 1990" / "left the firm in 2009"): when
  // one happened says nothing of when the other did
  // (not a year of one named thing on both sides — "held by 1994's Lion King" / "held by 1995's Lion
  // King": the year is of the name, whatever the clause around it did: datedAlike)
  if ((n.role === 'date' || (n.ago && s.ago)) && n.event !== undefined && s.event !== undefined && n.event !== s.event && !datedAlike(n, s)) return `event ${n.event} vs ${s.event}`;
  // a person's age holds for a year: the months and plans of the sentence around it are another claim's
  // ("Wilkinson, 25, will captain England in the November Tests" / "The 25-year-old … retired in August")
  const ages = n.role === 'age' && s.role === 'age';
  const np = ages ? yearOnly(n.period) : n.period;
  const sp = ages ? yearOnly(s.period) : s.period;
  // (an age apposed to a name is the age now: "Sainsbury, 64, became a life peer in 1997" / "Lord Sainsbury, 64, … in 2003")
  const ageNow = ages && (n.ageNow === true || s.ageNow === true);
  // (an explicit year against "last year", "this year" is no conflict of the figure's own period:
  // which year is which needs the article's date, so it may support a precise value, no more — rules.ts)
  // (a plan against what happened, the periods otherwise alike: "will pay $515m" / "have agreed to pay
  // $515m" — the same precise value of the same measure may support it, never contradict it)
  const planned = planAgainstPast(np, sp) && plannedAlike(np, sp);
  // (two years each with its own month, "in March 2004" / "in May 2004": the months are part of the
  // two dates compared, not periods apart — rules.ts relationOf)
  // (…and so do two days of one month, each written with its year: "on 18 March 2003" / "on 17 March 2003")
  const daysApart = n.monthOfYear !== undefined && n.monthOfYear === s.monthOfYear && n.dayOfMonth !== undefined && s.dayOfMonth !== undefined && n.dayOfMonth !== s.dayOfMonth;
  const monthsApart = (n.monthOfYear !== undefined && s.monthOfYear !== undefined && n.monthOfYear !== s.monthOfYear) || daysApart;
  if (monthsApart) out.monthsApart = true;
  if (!ignorePeriod && !ageNow && !planned && periodsConflict(unmonthed(np, monthsApart), unmonthed(sp, monthsApart), false)) return 'period';
  out.supportOnly = planned ? 'a plan against what happened' : yearAgainstNow(np, sp) ? 'now against a year' : yearAgainstRelative(np, sp) ? 'relative against a year' : planAgainstYear(np, sp) ? 'undated plan against a year' : partnerPart(n, s) ? "a partner's part" : undefined;
  // ("is putting a further £100m into Mini production" / "had invested some £280m": an addition is no
  // misquote of the whole it adds to — nor supported by it: "took options on another 100 planes" /
  // "taken delivery of about 100 new planes"; the other way round, the same value a source gives as
  // an addition may support a note that leaves the word out, never contradict it)
  // (…but a source's "also" may say an addition: "GM is also recalling 19,924" / "another 19,924")
  if (n.added === true && s.added !== true && s.also !== true) return 'an addition against a whole';
  // a whole against a part ("total sales across the shops and mail order" / "its mail order division
  // saw sales rise 13.4%"): another quantity — unless a side names both ("overall sales across both its
  // retail and mail order divisions", "five subsidiaries … pay a total of $515m")
  if ((wholeOnly(n) && partOnly(s)) || (wholeOnly(s) && partOnly(n))) return 'a whole against a part';
  if (s.added === true && n.added !== true) out.supportOnly ??= 'an addition against a whole';
  return undefined;
}

/** Does the frame name a whole and no part of it (ownFields)? */
function wholeOnly(fr: ClaimFrame): boolean {
  return sideWhole(fr) && !sidePart(fr);
}

/** Does the frame name a part and not the whole (ownFields)? */
function partOnly(fr: ClaimFrame): boolean {
  return sidePart(fr) && !sideWhole(fr);
}

/**
 * Is the source's figure a partner's part of a whole that the note does not name: a partner named
 * by "with" ("the deficit with the EU fell to £1.9bn", frame `partner`) other than the note's, or
 * the part outside one ("its non-EU shortfall")?
 */
function partnerPart(n: ClaimFrame, s: ClaimFrame): boolean {
  if (s.partner && !n.partner?.some((x) => s.partner!.includes(x))) return true;
  return s.metric.some((m) => m.startsWith('non-') && !n.metric.includes(m));
}

/** A rival name or an opposite word between the two frames: why they are two quantities, if so. */
function namesApart(n: ClaimFrame, s: ClaimFrame, lex: Lexicon, v: NoteView): string | undefined {
  const rival = rivalNames(n, s, lex, v);
  if (rival) return rival;
  const opposite = opposed(n, s, lex, v);
  return opposite ? `opposite ${opposite}` : undefined;
}

/** The surrounding words and the metric of the two frames (their own fields only). */
function measureOwn(n: ClaimFrame, s: ClaimFrame, out: Alignment, v: NoteView): void {
  const lex = v.lex;
  out.context = contextMeet(v, s);
  out.metric = metricMeet(n, s, out.context, lex);
  // a loss against a profit is one measure the opposite way, as a fall against a rise: the same
  // value a misquote of which it was, any other value nothing (rules.ts judgedRelation)
  // (not when either names both: "lose 30bn baht of earnings" is a loss of earnings)
  if (opposedHeads(n, s, lex)) out.opposite = true;
  // (a poll's negated answer is another answer: "would not really miss" / "would really miss")
  if (n.metric.includes(NEGATED_ANSWER) !== s.metric.includes(NEGATED_ANSWER)) out.metric = Math.min(out.metric, A.metricNegated);
  // (two measures each of a curated class, and other classes: "sales fell 14.87%" / "shares sank 14.87%")
  if (metricsClash(n.metric, s.metric, lex)) out.metricClash = true;
  if (n.metric[0] !== undefined && n.metric[0] === s.metric[0] && qualifiersApart(n, s, lex)) out.otherKind = true;
  if (limitApart(n, s)) out.otherKind = true;
  // (a lag between two events is no stretch of the claim's own: "sentenced one day after an online
  // campaign" / "jailed for 14 years")
  if (n.role === 'duration' && s.role === 'duration' && (n.anchor?.prep === 'after') !== (s.anchor?.prep === 'after')) out.metric = Math.min(out.metric, A.metricNegated);
  if (anchorsApart(n, s)) out.anchorsApart = true;
  if (interimScore(n, lex) !== interimScore(s, lex)) out.interimApart = true;
  // (a denial is no statement of its value: "did not give £500" / "gave £500")
  if (!n.denied !== !s.denied) {
    out.metric = Math.min(out.metric, A.metricNegated);
    out.denied = true;
  }
  if (n.behind) {
    const named = (x: string) => s.names.some((y) => sameName(x, y));
    if (n.behind.every(named)) out.aheadNamed = 'met';
    else if (!n.behind.some(named)) out.aheadNamed = 'unmet';
  }
  // neither names a metric ("Weaviate rose 11.4%"): the same subject doing the same thing is the claim
  if (!n.metric.length && !s.metric.length && n.subject.some((x) => s.subject.some((y) => sameName(x, y))) && rolesMeet(n, s)) out.metric = Math.max(out.metric, A.metricOverlap);
  // the same unit counted per ("an ounce", "a share") is evidence of the same metric — a unit of
  // time, which rates of every sort share, only with words around it in common (perTimeContext)
  if (n.per && n.per === s.per && (TIME_SPAN_DAYS[n.per] === undefined || out.context >= A.perTimeContext)) out.metric = Math.max(out.metric, A.metricOverlap);
  // two spans of time for the same thing to do ("five days to recover" / "only six days to recover";
  // "with 18 minutes left" / "with eight minutes remaining"): what they measure, in full
  if (n.purpose !== undefined && n.purpose === s.purpose) out.metric = 1;
  // the last time and the first since ("which they last won in 1948" / "a first Grand Slam since
  // 1948"): one date, whatever the verbs
  if (n.role === 'date' && s.role === 'date' && n.prep && s.prep && (lastSince(n, s) || lastSince(s, n))) out.metric = 1;
  // a year of a named thing and the date that thing came into being ("1977's Wombling Free" /
  // "Wombling Free dates from 1979"): the thing is what both date
  if (n.role === 'date' && s.role === 'date' && originDatedEither(n, s)) {
    out.metric = 1;
    out.originDated = true;
  }
  // two dates of one event, whatever verbs name it ("Established in 1981" / "first handed out in 1991"): a date's metric
  if (n.event !== undefined && n.event === s.event) {
    out.metric = 1;
    out.sameEvent = n.event;
  }
  // two days of the same thing, named as a name on one side and in plain words on the other ("the
  // general election is widely expected on 5 May" / "a General Election widely expected to be held on
  // 5 May"): what the note's day is of is the source's subject, its metric the event's verb
  if (n.calendarDay && s.calendarDay && n.metric[0] !== undefined && s.subject.includes(n.metric[0])) out.metric = Math.max(out.metric, A.metricOverlap);
  // two dates of the same verb ("Lord Goldsmith met … on 17 March" / "on 13 March Lord Goldsmith
  // met …"): the verb is what a date is of, whatever noun the sentences name besides
  if (n.dateVerb !== undefined && n.dateVerb === s.dateVerb) out.metric = Math.max(out.metric, A.metricOverlap);
  // two spans of time measured from the same thing ("three weeks after Documentary reached number
  // one" / "five weeks after The Game's debut, Documentary, went to number one"): a duration's metric
  if (n.anchor && s.anchor && n.anchor.prep === s.anchor.prep && n.anchor.words.some((w) => s.anchor!.words.includes(w))) out.metric = 1;
}

/**
 * 1 when the metric heads meet; less when a head is in the other phrase, when only modifiers
 * meet, or when a word of one phrase is among the other's surrounding words. When one side has
 * no metric phrase, its surrounding words are all there is to go by.
 */
function metricMeet(n: ClaimFrame, s: ClaimFrame, context: number, lex: Lexicon): number {
  if (!n.metric.length || !s.metric.length) {
    const head = n.metric[0] ?? s.metric[0];
    if (head === undefined) return Math.max(A.unknownMetric, context);
    const other = n.metric.length ? s : n;
    return Math.max(A.unknownMetric * 0.5, (other.context.get(head) ?? 0) * A.metricInContext, context * A.metricFromContext);
  }
  // "non-US chart" against "US chart": the same head, opposite things
  if (negated(n.metric, s.metric) || negated(s.metric, n.metric)) return 0;
  // ("a loss of $12.5m" against "profits of $12.5m": measureOwn reads them as opposite)
  if (opposedHeads(n, s, lex)) return 0;
  if (n.metric[0] === s.metric[0]) {
    // the same head: the same phrase meets fully; a note's modifier the source lacks ("monthly
    // users" against "users") leaves room for another candidate to meet better
    const missing = n.metric.slice(1, n.counted).filter((m) => !s.metric.includes(m) && !s.context.has(m)).length;
    return missing ? A.metricHeadOnly : 1;
  }
  if (generic(n.metric[0], s.metric[0], lex) || generic(s.metric[0], n.metric[0], lex)) return A.metricGeneric;
  if (s.metric.includes(n.metric[0]) || n.metric.includes(s.metric[0])) return A.metricOverlap;
  if (lex.related(n.metric[0], s.metric[0])) return A.metricRelated;
  // (a name shared by the two phrases is whom they are about, not what they measure: "China's economy" / "Chinese exports")
  if (n.metric.some((m) => s.metric.includes(m) && !n.names.includes(m) && !s.names.includes(m))) return A.metricModifier;
  let inCtx = Math.max(s.context.get(n.metric[0]) ?? 0, n.context.get(s.metric[0]) ?? 0);
  for (const m of n.metric) inCtx = Math.max(inCtx, (s.context.get(m) ?? 0) * A.metricOtherWord);
  for (const m of s.metric) inCtx = Math.max(inCtx, (n.context.get(m) ?? 0) * A.metricOtherWord);
  return inCtx * A.metricInContext;
}

/** Is `x` a speaker the note's sentence opens with, the source's sentence opening with a pronoun saying it, `x` named before it — in its paragraph or the ones before (frames' `speakers`, `pronounSpeaker`)? */
function pronounSpeaker(n: ClaimFrame, s: ClaimFrame, src: { priorNames?: ReadonlySet<string>; referableWide?: ReadonlySet<string> }, x: string): boolean {
  if (s.pronounSpeaker !== true || n.speakers === undefined || !n.speakers.includes(x)) return false;
  // (a first name by the surname it leads: "Jose Leibovich said" / "Mr Leibovich said … he said")
  const head = n.leads?.get(x);
  return namedEarlier(src, x) || (head !== undefined && n.speakers.includes(head) && namedEarlier(src, head));
}

/** Is y named in the source before the figure's sentence, or anywhere within the wide reach (pronounSpeaker)? */
function namedEarlier(src: { priorNames?: ReadonlySet<string>; referableWide?: ReadonlySet<string> }, y: string): boolean {
  return (src.priorNames?.has(y) ?? false) || (src.referableWide?.has(y) ?? false);
}

/** Is `x` a speaker the note's sentence opens with, the source figure inside a quotation (frames' `speakers`, `quoted`)? */
function quotedSpeaker(n: ClaimFrame, s: ClaimFrame, x: string): boolean {
  return s.quoted === true && n.speakers !== undefined && n.speakers.includes(x);
}

/** A word of `a` that is the negation of one of `b` ("non-US" / "US"). */
function negated(a: readonly string[], b: readonly string[]): boolean {
  return a.some((w) => w.startsWith('non-') && b.includes(w.slice(4)));
}

/** Do the two frames name different kinds of their one head, each right before it, neither word among the other side's (ClaimFrame.qualifier)? */
function qualifiersApart(n: ClaimFrame, s: ClaimFrame, lex: Lexicon): boolean {
  const a = n.qualifier;
  const b = s.qualifier;
  if (a === undefined || b === undefined || a === b || lex.related(a, b)) return false;
  return !s.metric.includes(a) && !s.context.has(a) && !n.metric.includes(b) && !n.context.has(b);
}

/** One frame's metric names a limit (LIMIT_WORDS: "maximum fine") and the other's words name none: a limit and an amount. */
function limitApart(n: ClaimFrame, s: ClaimFrame): boolean {
  const ln = limited(n);
  const ls = limited(s);
  return ln !== ls && !(ln ? limitNear(s) : limitNear(n));
}

/** The frame's metric names a limit (LIMIT_WORDS). */
function limited(fr: ClaimFrame): boolean {
  for (const w of fr.metric) if (LIMIT_WORDS.has(w)) return true;
  return false;
}

/** The frame's words near its figure name a limit. */
function limitNear(fr: ClaimFrame): boolean {
  for (const w of LIMIT_WORDS) if (fr.context.has(w)) return true;
  return false;
}

/** "people" (or "person") against a word for people. */
function generic(a: string, b: string, lex: Lexicon): boolean {
  return (a === 'people' || a === 'person') && lex.isHuman(b);
}

/** Share of the note frame's explicit fields that the source frame states alike; ½ when it has none. */
function structureMeet(n: ClaimFrame, s: ClaimFrame): [number, number] {
  let have = 0;
  let same = 0;
  const field = (a: unknown, b: unknown) => {
    if (a === undefined) return;
    have++;
    if (a === b) same++;
  };
  field(n.period.year, s.period.year);
  field(n.period.month, s.period.month);
  field(n.period.months, s.period.months);
  field(n.period.day, s.period.day);
  // (a day's preposition by its role: "on 20 March" is "from 20 March", dateRole)
  if (n.role === 'date') field(n.calendarDay && s.calendarDay && n.prep && s.prep ? dateRole(n) : n.prep, n.calendarDay && s.calendarDay && n.prep && s.prep ? dateRole(s) : s.prep);
  field(n.period.quarter, s.period.quarter);
  field(n.period.relative && sameRelative(n.period.relative), s.period.relative && sameRelative(s.period.relative));
  field(n.end, s.end);
  field(n.per, s.per);
  // (two changes the opposite way are read for a misquote of the direction: it is not held against them here)
  if (!(n.direction && s.direction && n.direction !== s.direction)) field(n.direction, s.direction);
  return [have ? same / have : 0.5, have];
}

/**
 * A word near the note's figure whose opposite is near the source's, and not itself ("outpatient"
 * against "inpatient", "set up" against "abolish"): two quantities. Returns the pair, if so.
 */
function opposed(n: ClaimFrame, s: ClaimFrame, lex: Lexicon, v: NoteView): string | undefined {
  const sides = (fr: ClaimFrame) => {
    const out = new Map<string, string>();
    for (const [c, w] of fr.context) {
      if (w < A.oppositeWeight) continue;
      const o = lex.oppositeOf(c);
      if (o) out.set(`${o[0]}:${o[1]}`, c);
    }
    return out;
  };
  // a country's own ("Japanese films took…") against the foreign share of its own market, named in
  // the source's sentence ("…of Japan's box office, with foreign films taking the remaining 62.5%")
  // (not the gap between the two sides, both in the source's words: "the gap between US exports and imports")
  // (with no subject of its own the note's place stands for it: "Japanese films took 62.5% of Japan's
  // box office", where the country is also what the share is of)
  if (!v.foreignNear) {
    const homeOf = (xs: readonly string[]) => xs.find((x) => v.places.has(x) && s.names.includes(x));
    const home = homeOf(n.subject) ?? (n.subject.length === 0 ? homeOf(n.names) : undefined);
    let foreign: string | undefined;
    // (a loop, not a closure made at each call: see NameSearch)
    if (home !== undefined) for (const w of FOREIGN_WORDS) if ((s.context.get(w) ?? 0) >= A.oppositeWeight && !bothSides(s, lex, w)) { foreign = w; break; }
    if (foreign !== undefined) return `${home} vs ${foreign}`;
  }
  const a = v.oppositeSides;
  if (!a.size) return undefined;
  const b = sides(s);
  for (const [key, word] of a) {
    const [pair, side] = key.split(':');
    const other = b.get(`${pair}:${1 - Number(side)}`);
    if (other !== undefined && !b.has(key)) return `${word} vs ${other}`;
  }
  return undefined;
}

/** Does the frame's context hold, near its figure, both sides of w's opposite (opposed)? */
function bothSides(s: ClaimFrame, lex: Lexicon, w: string): boolean {
  const o = lex.oppositeOf(w);
  if (!o) return false;
  for (const [c, cw] of s.context) {
    const oc = cw >= A.oppositeWeight ? lex.oppositeOf(c) : undefined;
    if (oc && oc[0] === o[0] && oc[1] !== o[1]) return true;
  }
  return false;
}

/** The two metric heads each other's opposite (lexicon OPPOSED_METRICS), neither phrase naming both ("lose 30bn baht of earnings"). */
function opposedHeads(n: ClaimFrame, s: ClaimFrame, lex: Lexicon): boolean {
  const both = (m: readonly string[]) => m.some((w) => lex.opposedMetrics(w, m[0]));
  return n.metric.length > 0 && s.metric.length > 0 && lex.opposedMetrics(n.metric[0], s.metric[0]) && !both(n.metric) && !both(s.metric);
}

/**
 * Do two frames hold, near their figures (A.oppositeWeight), the two sides of one of the lexicon's
 * opposites (won / lost, imports / exports), neither holding both? A support that rests on a value
 * alone, not on an alignment (verdict.ts coSupport), is not given across them: "have won
 * nine of their 14 matches" / "have lost nine of their 14 matches".
 */
export function oppositeSides(n: ClaimFrame, s: ClaimFrame, lex: Lexicon): boolean {
  // the sides of each pair a frame's words hold: near its figure, and anywhere in its sentence
  const sides = (context: ReadonlyMap<string, number>, near: boolean) => {
    const out = new Map<number, Set<number>>();
    for (const [c, w] of context) {
      const o = !near || w >= A.oppositeWeight ? lex.oppositeOf(c) : undefined;
      if (!o) continue;
      const set = out.get(o[0]);
      if (set) set.add(o[1]);
      else out.set(o[0], new Set([o[1]]));
    }
    return out;
  };
  const theirs = sides(s.context, true);
  const theirsAll = sides(s.context, false);
  const mineAll = sides(n.context, false);
  // (one side near each, and neither sentence holding the other's: "women … than men" on both sides is no opposite)
  for (const [pair, ks] of sides(n.context, true)) {
    const os = theirs.get(pair);
    if (ks.size !== 1 || os?.size !== 1) continue;
    const [k] = ks;
    const [o] = os;
    if (o !== k && !theirsAll.get(pair)!.has(k) && !mineAll.get(pair)!.has(o)) return true;
  }
  return false;
}

/** The note's context words the source's shares, weighed by rarity at the lesser weight, over all the note's (the view's sums, in the note's order). */
function contextMeet(v: NoteView, s: ClaimFrame): number {
  let num = 0;
  const { ctxConcepts, ctxWeights, ctxIdfs } = v;
  for (let k = 0; k < ctxConcepts.length; k++) {
    const sw = s.context.get(ctxConcepts[k]);
    if (sw !== undefined) num += Math.min(ctxWeights[k], sw) * ctxIdfs[k];
  }
  return v.ctxDen ? num / v.ctxDen : 0;
}

/** Do two metrics' heads name two different curated measures (Alignment.metricClash)? */
function metricsClash(n: readonly string[], s: readonly string[], lex: Lexicon): boolean {
  const a = n[0];
  const b = s[0];
  if (a === undefined || b === undefined || a === b) return false;
  if (lex.lemmasOf(a).length < 2 || lex.lemmasOf(b).length < 2) return false;
  return !lex.related(a, b) && !lex.related(b, a) && !n.includes(b) && !s.includes(a);
}
