// The verdict rules over aligned claim frames, in plain words:
//   1. a source figure whose frame cannot be compared with the note's (alignment.ts: another role,
//      the other end of a change, another period, a rival subject) says nothing; rates per two
//      units of time are compared in the note's unit and then only ever disagree; a change the
//      other way disagrees at the same size and says nothing at another;
//   2. values relate as the note reads them (relateForNote: a bound the note names is the source's
//      stated bound; the same bound words around the same digits misplaced disagree; else the
//      intervals of frames/bounds.ts); values that agree support the note when the metric meets,
//      the alignment is strong, the figure is precise and stated exactly, its explicit fields all
//      agree, it is the same person's age, or the source figure's own clause names the note's
//      subject and the value is no coincidence (a rounding of a precise figure, a position) — and a
//      part the note sets apart with "alone" only by a figure about that part and nothing else;
//   3. values whose consistent ranges are disjoint contradict it only when the metric meets, every
//      name of the note's sentence can be referred to by the source figure and its subject is named
//      before it, neither side is a rate the other is not, the values are of plausible size for
//      each other and the alignment is strong — or when the source states the same digits
//      misplaced or with another scale (a misquote's fingerprint) about the same subject, or in
//      words much alike with every name of the note somewhere in the source;
//   4. a support nearly as well aligned as the best contradiction wins (precision first) — unless
//      the contradiction names the note's subject and no support does: then it must align better;
//      or the contradiction aligns better and states more of the note's near words than every
//      support (sharperContradiction);
//   5. otherwise unverified — unless the cited sources, which never state the note's value, state
//      its digits misplaced once (verdict.ts asks loneTwin.ts) or its change in another unit
//      (unitSlip.ts): contradicted.
// Every threshold is in policy.ts (VERDICT_POLICY).
import { boundOf, relateValues, ValueRelation, withoutHedge } from '../frames/bounds';
import { SINCE_EXTREMES, SPAN_OPENERS, SURVEYED_GROUPS, VALUE_NOUNS, type Lexicon } from '../frames/lexicon';
import type { FrameSide } from '../frames/sourceFrames';
import type { Period } from '../frames/frame';
import { RACE_TIME_METRIC } from '../frames/metric';
import type { Figure } from '../types';
import { isDateKind } from '../figures/agree';
import { monthAlone } from '../figures/months';
import { drain, type Steps } from '../steps';
import { align, Alignment, noteView, type NoteView, periodsConflict, sharesName, yearAgainstRelative } from './alignment';
import { ALIGN_POLICY as A, CANDIDATES_PER_STEP, VERDICT_POLICY as V } from './policy';

export interface FrameCandidate<T> {
  figure: Figure;
  side: FrameSide;
  /** Whatever the caller needs back (passage, source). */
  ref: T;
}

export interface Judged<T> extends FrameCandidate<T> {
  relation: ValueRelation;
  alignment: Alignment;
  /** The note frame's subject (the rules compare it with this candidate's). */
  noteSubject: string[];
  /** The names of the note figure's sentence (a race time's runner may stand outside its subject). */
  noteNames?: readonly string[];
  /** What the note sets apart with "alone" ("Barclays alone"), if anything. */
  noteAlone?: string;
  /** Is a name of the note's subject named before its figure ("The Incredibles had … seven", not "… 817 points for England")? */
  noteSubjectBefore?: boolean;
  /** Does the note date its figure to a month ("in September 2004")? */
  noteMonth?: boolean;
  /** Does the note's frame name no metric ("Margaret Thatcher was grilled … on Nationwide in 1987")? */
  noteMetricless?: boolean;
  /** The parties the note's sentence opens with, joined by "and" ("Amicus and the TGWU"): ClaimFrame.joint. */
  noteParties?: readonly (readonly string[])[];
  /** The note's span of time ends now ("founded 40 years ago": ClaimFrame.ago), with its event and verb, if any. */
  noteAgo?: { event?: string; verb?: string };
}

export interface Decision<T> {
  verdict: 'supported' | 'contradicted' | 'unverified';
  supports: Judged<T>[];
  contradiction?: Judged<T>;
  /** Candidates of the note's very value, not set aside (unverified only: what coQuoted.ts reads). */
  agreeing?: Judged<T>[];
  /** Candidates that would support the note's value but for their date (unverified only: what periodSlips.ts reads). */
  datedOtherwise?: Judged<T>[];
}

export interface RuleOptions {
  tolerance: number;
  /** The one agreement rule for two plain figures (figuresAgree). */
  exactAgree: (a: Figure, b: Figure) => boolean;
  comparable: (a: Figure, b: Figure) => boolean;
  idf: (concept: string) => number;
  lex: Lexicon;
  /** The checker's own vetoes on a contradiction (values the sentence states, complementary shares…). */
  veto?: (c: Judged<unknown>) => boolean;
  /** Are two candidates' refs in one passage? (Without it, refs that are the same object.) */
  samePassage?: (a: unknown, b: unknown) => boolean;
  /** Does the candidate's passage state another figure of the note's sentence too (the sentence it was written from)? */
  coStated?: (c: Judged<unknown>) => boolean;
  /** …a figure of it no coincidence gives (not a year, not a small count)? */
  coStatedFirmly?: (c: Judged<unknown>) => boolean;
  /** …the same place in a ranking as an ordinal of the note's sentence ("came third" / "at number three")? */
  coStatedRank?: (c: Judged<unknown>) => boolean;
  /** Is the note's score the only one of its sentence, the candidate's a result told alone in its own (loneScore.ts)? */
  scoreAlone?: (c: Judged<unknown>) => boolean;
  /** Nothing in reach states the note's weak figure's value (decideSteps): its contradiction may meet VERDICT_POLICY.weakLooseScore. */
  weakUnstated?: boolean;
}

/** Two lengths in minutes ("after nine minutes", "on 75 minutes"): a moment of a match, which the player named in its clause says is the same moment. */
function matchMinutes(a: Figure, b: Figure): boolean {
  return a.kind === 'duration' && b.kind === 'duration' && a.unit === 'minute' && b.unit === 'minute';
}

/** Two measures in one unit of its own ("14Mbps", "3GHz", "7.96m"): a unit says what is measured, as a metric does. */
function unitMeasure(a: Figure, b: Figure): boolean {
  return a.kind === 'measure' && b.kind === 'measure' && a.unit !== undefined && a.unit === b.unit;
}

/**
 * The same sum of money, at least VERDICT_POLICY.ownSubjectMoney in one currency ("will spend $48m"
 * / "planned to invest $48m", "pays £100,000 a year" / "the £100,000-a-year job"): a sum of its
 * subject's that its clause names says which, as a metric does, with a few words around alike
 * (VERDICT_POLICY.sameSumContext: "Sea Story cost $80m to make" is no support for "Sea Story took
 * $80m in its opening week") — not the start or end of a change ("from $1.1bn per year to $4.6bn")
 * (session 47).
 */
function sameSum(a: Figure, b: Figure, exactAgree: RuleOptions['exactAgree']): boolean {
  return a.kind === 'currency' && b.kind === 'currency' && a.unit !== undefined && a.unit === b.unit && Math.abs(a.value) >= V.ownSubjectMoney && exactAgree(a, b);
}

/** The events of a date after a superlative and "since" ("the lowest since 2001": 'low since'). */
const SINCE_EVENTS: ReadonlySet<string> = new Set(Object.values(SINCE_EXTREMES));

/** Is the figure easily matched by chance (a year, a small whole number, a multiplier)? */
export function isWeak(f: Figure): boolean {
  if (f.kind === 'year' || f.kind === 'multiplier' || monthAlone(f)) return true;
  return f.scale === 1 && f.decimals === 0 && Math.abs(f.value) <= V.weakMaxValue && (f.kind === 'count' || f.kind === 'number');
}

/** Significant digits as written: a figure with three or more ("$17.7m", "14.3") rarely matches by chance. */
export function significantDigits(f: Figure): number {
  if (f.words) return 1;
  return f.text.replace(/[^0-9]/g, '').replace(/^0+/, '').replace(/0+$/, '').length;
}

/** Are the two values of plausible size for one another (within 20×, or a scale slip such as million vs billion)? */
export function plausible(a: Figure, b: Figure): boolean {
  if (a.kind === 'year' || a.kind === 'quarter' || b.kind === 'year' || b.kind === 'quarter') return Math.abs(a.value - b.value) <= V.yearSlack;
  const x = Math.abs(a.value);
  const y = Math.abs(b.value);
  if (x === 0 || y === 0) return x + y < V.zeroPlausibleSum;
  const ratio = Math.max(x, y) / Math.min(x, y);
  if (ratio <= V.plausibleRatio) return true;
  const l = Math.log10(ratio);
  return Math.abs(l - Math.round(l)) < 1e-6 && Math.round(l) % 3 === 0;
}

/** A figure's digits as written, leading zeros dropped. */
function digitsWritten(f: Figure): string {
  return f.text.replace(/[^0-9]/g, '').replace(/^0+/, '');
}

/**
 * The same digits misplaced ("$41.3 billion" for $14.3 billion, "13.2 million" for 12.3 million) or
 * the same number with another scale ("$2.1 million" for $2.1 billion): a misquote's fingerprint.
 */
export function digitTwins(a: Figure, b: Figure): boolean {
  if (a.words || b.words || a.value === b.value || a.unit !== b.unit) return false;
  const da = digitsWritten(a);
  const db = digitsWritten(b);
  if (da.length < 2 || da.length !== db.length) return false;
  if (da === db) return true;
  return [...da].sort().join('') === [...db].sort().join('');
}

/**
 * A zero added or dropped ("20,000 people" for 200,000, "2,000 extra students" for about 200): the
 * same significant digits, the one value ten times the other — a misquote's fingerprint, though a
 * round number's, so read only with the metric met and the words much alike (contradicts).
 */
export function zeroSlip(a: Figure, b: Figure): boolean {
  if (a.words || b.words || a.unit !== b.unit || a.value <= 0 || b.value <= 0) return false;
  const ratio = Math.max(a.value, b.value) / Math.min(a.value, b.value);
  if (Math.abs(ratio - V.zeroSlipRatio) > 1e-9) return false;
  const digits = (f: Figure) => f.text.replace(/[^0-9]/g, '').replace(/^0+/, '').replace(/0+$/, '');
  return digits(a).length > 0 && digits(a) === digits(b);
}

/**
 * The same written digits (two or more significant) at another scale word: "£4.3m" / "£4.3bn",
 * "$1.25 million" / "$1.25 billion" (not a bare number: "14 channels" is no slip of "14 million").
 */
export function scaleSlip(a: Figure, b: Figure): boolean {
  return digitTwins(a, b) && a.scale > 1 && b.scale > 1 && a.scale !== b.scale && significantDigits(a) >= V.scaleSlipDigits && significantDigits(b) === significantDigits(a) && a.text.replace(/[^0-9]/g, '') === b.text.replace(/[^0-9]/g, '');
}

/**
 * The source figure as the note's figure reads it: a note that names a bound ("put the floor at
 * $40", "the minimum wage will rise to £5.05") is compared with the bound the source's hedge states
 * ("well supported above $30": a floor of $30; "must be paid at least £5.05"), not with the values
 * that hedge allows.
 */
function asStatedBound(f: Figure, g: Figure, noteMetric: readonly string[], lex: Lexicon): Figure {
  if (!g.hedge || f.hedge || !noteMetric.some((w) => lex.boundNoun(w) === g.hedge)) return g;
  return withoutHedge(g);
}

/**
 * How a note's figure relates to a source's, as the note reads it: a bound the note names is the
 * source's stated bound (asStatedBound); the same open bound around other digits ("more than
 * 75%" / "more than 57%", "more than 600%" / "more than 800%") disagree — the bounds themselves
 * were misquoted; else the intervals of relateValues. The one relation of candidates and rules alike.
 */
export function relateForNote(f: Figure, g: Figure, tolerance: number, exactAgree: (a: Figure, b: Figure) => boolean, noteMetric: readonly string[], lex: Lexicon): ValueRelation {
  if (f.hedge !== undefined && f.hedge === g.hedge && digitTwins(f, g)) return 'disagree';
  // (…and so do the same open bound around other values near it: "climbed by more than 600%" /
  // "increased by more than 800%" — each writer states the bound they read, so another is a
  // misquote; far below it, a weaker claim the source bears out: VERDICT_POLICY.sameBoundRatio)
  if ((f.hedge === 'over' || f.hedge === 'under') && f.hedge === g.hedge && f.high === undefined && g.high === undefined && f.value > 0 && g.value > 0 && Math.max(f.value, g.value) / Math.min(f.value, g.value) <= V.sameBoundRatio && !exactAgree(withoutHedge(f), withoutHedge(g))) return 'disagree';
  return relateValues(f, asStatedBound(f, g, noteMetric, lex), tolerance, exactAgree);
}

/**
 * How the two values relate. Rates per different units of time are compared in the note's unit,
 * and only ever disagree: "10,000 a month" is not "10,000 each week", but a rate worked out from
 * another ("2,300 a week" from "10,000 a month") is the note's arithmetic, not the source's words.
 */
function relationOf(f: Figure, g: Figure, a: Alignment, o: RuleOptions, noteMetric: readonly string[], thresholds: boolean): ValueRelation {
  if (a.monthsApart) return 'disagree';
  // (two age bounds of a group, "where someone is over 75" / "where people are over 80": each is the
  // line that defines the group, one number each, compared as written)
  if (thresholds && f.hedge !== undefined && f.hedge === g.hedge) return o.exactAgree(withoutHedge(f), withoutHedge(g)) ? 'agree' : 'disagree';
  if (a.perScale === undefined) return relateForNote(f, g, o.tolerance, o.exactAgree, noteMetric, o.lex);
  // (per hour against per day, week or year: only the same value is compared — the unit is the slip)
  if (a.perSlipOnly) return f.value === g.value ? 'disagree' : 'consistent';
  const scaled: Figure = { ...g, value: g.value * a.perScale, high: g.high === undefined ? undefined : g.high * a.perScale };
  const r = relateValues(f, scaled, o.tolerance, () => false);
  return r === 'disagree' ? 'disagree' : 'consistent';
}

/**
 * How a candidate aligned (not blocked) relates to the note's figure as `judge` reads it: by value
 * (a rate per another unit scaled), and two changes the opposite way of the same size a
 * disagreement (a misquote of the direction) — of another size, nothing (undefined: dropped).
 * Reads of the alignment only its per-unit scale and direction, which the frames alone give.
 */
export function judgedRelation(note: { figure: Figure; side: FrameSide }, c: { figure: Figure; side: FrameSide }, alignment: Alignment, o: RuleOptions): ValueRelation | undefined {
  const thresholds = note.side.frame.role === 'age' && c.side.frame.role === 'age';
  const relation = relationOf(note.figure, c.figure, alignment, o, note.side.frame.metric, thresholds);
  if (!alignment.opposite) return relation;
  return relation === 'agree' ? 'disagree' : undefined;
}

/** Does a candidate speak for the note's subject in its own clause with the same metric (so those naming someone else say nothing: `judge`)? */
export function speaksForSubject(noteSubject: readonly string[], c: { side: FrameSide }, alignment: Pick<Alignment, 'metric'>): boolean {
  return alignment.metric >= V.metricMeets && c.side.frame.subject.some((x) => noteSubject.includes(x));
}

/**
 * Judged candidates by their alignment's score, highest first. Made once, not at each judgeSteps
 * call: V8 keeps a closure's optimized code only while a closure of it lives (alignment.ts NameSearch).
 */
function byScoreDown(a: { alignment: Alignment }, b: { alignment: Alignment }): number {
  return b.alignment.score - a.alignment.score;
}

/** Align the note figure with every comparable candidate; those that cannot be compared drop out. */
export function judge<T>(note: { figure: Figure; side: FrameSide }, cands: FrameCandidate<T>[], o: RuleOptions): Judged<T>[] {
  return drain(judgeSteps(note, cands, o));
}

/** `judge` in steps (engine/steps.ts): a step after every CANDIDATES_PER_STEP candidates aligned. */
export function* judgeSteps<T>(
  note: { figure: Figure; side: FrameSide },
  cands: FrameCandidate<T>[],
  o: RuleOptions,
  /** Filled, when given, with the candidates of the note's value that only their period keeps out. */
  otherPeriod?: Judged<T>[],
  /** …and with those its very value kept out only by the stretch of the year they cover (stretchOnly). */
  otherStretch?: Judged<T>[],
): Steps<Judged<T>[]> {
  const out: Judged<T>[] = [];
  // (what align reads of the note's side alone, and what the rules read of its frame, worked out
  // once for all the candidates)
  let view: NoteView | undefined;
  let facts: NoteFacts | undefined;
  for (let i = 0; i < cands.length; i++) {
    if (i > 0 && i % CANDIDATES_PER_STEP === 0) yield;
    const c = cands[i];
    if (!o.comparable(note.figure, c.figure)) continue;
    // a model size ("70B") is a parameter count, not a score or a count of things
    if ((note.figure.kind === 'size') !== (c.figure.kind === 'size')) continue;
    view ??= noteView(note.side, o.idf, o.lex);
    const alignment = align(note.side, c.side, o.idf, o.lex, false, view);
    if (alignment.blocked) {
      if (otherStretch && alignment.blocked.startsWith('period') && (stretchOnly(note.side.frame.period, c.side.frame.period) || monthOnly(note.side.frame.period, c.side.frame.period)) && o.exactAgree(note.figure, c.figure)) {
        const undated = align(note.side, c.side, o.idf, o.lex, true, view);
        if (!undated.blocked) otherStretch.push({ ...c, relation: 'agree', alignment: { ...undated, stretchSlip: true }, noteSubject: note.side.frame.subject, noteNames: note.side.frame.names });
      } else if (otherPeriod && alignment.blocked.startsWith('period') && datesOnly(note.side.frame.period, c.side.frame.period) && relateForNote(note.figure, c.figure, o.tolerance, o.exactAgree, note.side.frame.metric, o.lex) === 'agree') {
        const undated = align(note.side, c.side, o.idf, o.lex, true, view);
        if (!undated.blocked) otherPeriod.push({ ...c, relation: 'agree', alignment: undated, noteSubject: note.side.frame.subject, noteNames: note.side.frame.names });
      }
      continue;
    }
    const relation = judgedRelation(note, c, alignment, o);
    if (relation === undefined) continue;
    facts ??= noteFacts(note.side.frame);
    out.push(judged(c, relation, alignment, note.side.frame, facts));
  }
  out.sort(byScoreDown);
  // A figure whose own clause names the note's subject, with the same metric, speaks for that
  // subject; figures whose own clause names someone else then say nothing about it. (Only a value
  // that could be the note's speaks: "sin-binned for the second week in a row" says nothing of the
  // minute he was, "the 52nd minute", however well its words meet the note's.)
  const subj = note.side.frame.subject;
  if (subj.length && out.some((j) => speaksForSubject(subj, j, j.alignment) && plausible(note.figure, j.figure))) {
    return out.filter((j) => !j.side.frame.subject.length || j.side.frame.subject.some((x) => subj.includes(x)));
  }
  return out;
}

/** A note naming no metric and many names (VERDICT_POLICY.namedYearNames), every one in reach of a source date of the same subject: which event, by its names alone. */
function manyNamed(j: Judged<unknown>): boolean {
  return j.noteMetricless === true && (j.noteNames?.length ?? 0) >= V.namedYearNames && j.alignment.namesMissing === 0 && j.alignment.subject >= 1 && j.side.frame.role === 'date';
}

/**
 * A candidate judged: its own fields and what the rules read of the note's frame. Written out
 * rather than spread (`{ ...c, … }`): candidates come from many call sites, each its own object
 * shape, and a spread of so many shapes is V8's slow path, in the check's innermost loop.
 */
function judged<T>(c: FrameCandidate<T>, relation: ValueRelation, alignment: Alignment, n: { subject: string[]; names: readonly string[]; alone?: string; joint?: string[][] }, facts: NoteFacts): Judged<T> {
  return { figure: c.figure, side: c.side, ref: c.ref, relation, alignment, noteSubject: n.subject, noteNames: n.names, noteAlone: n.alone, noteSubjectBefore: facts.subjectBefore, noteMonth: facts.month, noteMetricless: facts.metricless, noteParties: n.joint, noteAgo: facts.ago };
}

/** What the rules read of the note's frame beyond its fields (Judged.noteSubjectBefore, noteMonth): once a judging call. */
interface NoteFacts {
  subjectBefore: boolean;
  month: boolean;
  metricless: boolean;
  ago?: { event?: string; verb?: string };
}

function noteFacts(n: { subject: string[]; names: readonly string[]; namesBefore: number; period: Period; metric: readonly string[]; ago?: boolean; event?: string; dateVerb?: string }): NoteFacts {
  const subjectBefore = n.subject.some((x) => {
    const i = n.names.indexOf(x);
    return i >= 0 && i < n.namesBefore;
  });
  return { subjectBefore, month: n.period.month !== undefined, metricless: n.metric.length === 0, ago: n.ago ? { event: n.event, verb: n.dateVerb } : undefined };
}

/**
 * The note's figure is a whole the parties its sentence opens with share ("Amicus and the TGWU could
 * merge into a union of two million members"); the source figure is one party's own, its sentence
 * naming the other parties beside it ("Amicus has 1.2 million members and the TGWU has 800,000"):
 * a part, no misquote of the whole.
 */
function partOfJoint(j: Judged<unknown>): boolean {
  const parties = j.noteParties;
  const theirs = j.side.frame.subject;
  if (!parties || !theirs.length) return false;
  const covered = parties.filter((p) => p.some((x) => theirs.includes(x)));
  if (covered.length === 0 || covered.length === parties.length) return false;
  return parties.every((p) => covered.includes(p) || p.some((x) => j.side.frame.names.includes(x)));
}

/** Is the candidate's own clause about `holder` alone: it is its subject, with no other name beside it but the note's? */
function aboutAlone(j: Judged<unknown>, holder: string): boolean {
  // (the source sets the same part apart: "the deficit for goods alone was £4.6bn" on both sides)
  if (j.side.frame.alone === holder) return true;
  const subj = j.side.frame.subject;
  const notes = j.noteNames ?? [];
  return subj.includes(holder) && subj.every((x) => x === holder || notes.includes(x));
}

/** The source figure's own clause names the note's part with others the note does not name: a whole the part is of. */
function wholeBeyond(j: Judged<unknown>, holder: string): boolean {
  const subj = j.side.frame.subject;
  const notes = j.noteNames ?? [];
  return subj.includes(holder) && subj.some((x) => x !== holder && !notes.includes(x));
}

/** A person's age ("Agassi, now 34"): small and with no words around, but the role and the person say what it is. */
function ageAlike(j: Judged<unknown>): boolean {
  return j.side.frame.role === 'age' && j.alignment.subject >= 1 && j.alignment.namesMissingWide === 0;
}

/**
 * A race time is whoever ran it: the same time is another runner's when the note names its runner
 * as the subject and the source's clause does not, or when the source's sentence names none of the
 * note's names ("… with Patrick van Balkom second in 21.58 secs" for "Ian Mackie … was third in 21.58").
 */
function anothersTime(j: Judged<unknown>): boolean {
  if (j.side.frame.metric[0] !== RACE_TIME_METRIC) return false;
  if (j.noteSubject.length > 0 && j.alignment.subject < 1) return true;
  const names = j.noteNames ?? [];
  return names.length > 0 && !names.some((x) => j.side.frame.names.includes(x) || j.side.frame.subject.includes(x));
}

/**
 * The source's figure is in a relative clause hanging on a name that is none of the note's subject,
 * in a sentence that names the note's subject elsewhere ("The Incredibles won 10 awards - but Shrek
 * 2, which had seven nominations, went home" for "The Incredibles … with seven nominations"):
 * someone else's figure beside the subject's own. Only for a subject the note names before its
 * figure: "He has scored 817 points for England" is about "he", whatever "for England" gives its
 * frame ("Wilkinson, who has scored 817 points … in England's 2003 … triumph" supports it).
 */
function anothersClause(j: Judged<unknown>): boolean {
  const of = j.side.frame.relativeOf;
  return !!of && j.noteSubjectBefore === true && !sharesName(of, j.noteSubject) && sharesName(j.side.frame.names, j.noteSubject);
}

export function supports(f: Figure, j: Judged<unknown>, o: Pick<RuleOptions, 'exactAgree' | 'scoreAlone'>): boolean {
  if (j.relation !== 'agree') return false;
  const a = j.alignment;
  if (anothersTime(j) || anothersClause(j)) return false;
  // a denial states no value ("did not give £500" / "gave £500")
  if (a.denied) return false;
  // a part the note sets apart ("Barclays alone is valued at £96bn") is supported only by a figure
  // whose own clause is about that part and nothing else ("a tie-up between Barclays and Wells
  // Fargo … valued at £96bn", "England and Wales rose by 17%" are wholes it is part of)
  if (j.noteAlone !== undefined && !aboutAlone(j, j.noteAlone)) return false;
  // a rate the note states right after its figure and the source does not ("a £500m-a-year plan" / "a £500m initiative"):
  // the note claims more than the source says (the other way round, "4 billion people every month"
  // still supports "4 billion people")
  if ((a.rateOnlyNote || shortRateOnly(f, a)) && !a.rateStretch) return false;
  // the same precise value where every name of the note's sentence is within reach
  const precise = !isWeak(f) && f.kind !== 'quarter' && significantDigits(f) >= V.preciseDigits && o.exactAgree(f, j.figure) && a.namesMissingWide === 0;
  // (…or the same day of the same month, a day no coincidence gives)
  const sameDay = f.kind === 'date' && j.figure.kind === 'date' && o.exactAgree(f, j.figure) && a.namesMissingWide === 0;
  // (…a day, that is: a month named alone, "in May", is of anything that month — no value a plan and what happened share by no chance)
  const dayNoChance = sameDay && !monthAlone(f) && !monthAlone(j.figure);
  // ("hit a record $671.7bn last year" / "$671.7bn in 2004": which year "last year" is needs the
  // article's date, so only the same precise value of the same metric says it is the same claim —
  // "sales in the week to 25 December were 3.4% up on a year earlier" / "in the week to 25 December
  // were 4.3% higher than in 2003": the day too)
  if (a.supportOnly === 'relative against a year') return (precise || dayNoChance) && a.metric >= V.metricMeets;
  // ("will pay $515m" / "have agreed to pay $515m": a plan and what happened are one claim only when
  // the same precise value of the same metric says so — "aims to ship 300" / "300 were shipped" is not;
  // "will count from the chart published on 17 April" / "in the chart published on 17 April" is)
  if (a.supportOnly === 'a plan against what happened') return (precise || dayNoChance) && a.metric >= V.metricMeets;
  if (precise && !a.metricClash && (a.context >= V.preciseContext || a.metric >= V.metricModifierLevel || j.side.frame.names.length > 0)) return true;
  // a value of many digits stated exactly in a cited source is the note's, whoever its sentence names
  // ("The FTC received 246,570 reports" / "the biggest slice of the 246,570 ID fraud cases reported"):
  // five significant digits and more meet by no chance
  // (not a date: "Q3 2004" or "12 March 2004" has its digits from the calendar)
  if (!isWeak(f) && !isDateKind(f.kind) && significantDigits(f) >= V.preciseSourceDigits && o.exactAgree(f, j.figure) && !a.metricClash && !a.opposite) return true;
  // about the note's subject in the source figure's own clause, a value no coincidence gives: a
  // rounding of a precise figure ("roughly £4.6m" / "£4,610,849"), a position ("in at number seven"),
  // a day of a month ("Firefox 1.0, released on 9 November"), or betting odds ("… in second place at 9/4")
  const ownSubject = subjectInClause(j) && a.namesMissingWide === 0;
  if (ownSubject && !isWeak(f) && (significantDigits(j.figure) >= V.preciseSourceDigits || f.kind === 'ordinal' || f.kind === 'date' || f.kind === 'odds' || unitMeasure(f, j.figure) || matchMinutes(f, j.figure) || (sameSum(f, j.figure, o.exactAgree) && !a.metricClash && a.context >= V.sameSumContext && j.side.frame.end === undefined))) return true;
  // a day of a month stated in a cited source about the note's subject or no one else, every name of
  // the note's sentence within reach and the two metrics no clash: "will be shown in the US on 19
  // May" / "will be broadcast in the US on 19 May", "expect a vote on 5 May" / "expecting an election
  // on 5 May" — a day no coincidence gives, where the words for the event differ (session 47)
  if (sameDay && a.subject >= V.daySupportSubject && !a.metricClash) return true;
  // a person's age: the role and the person say what it is ("Bell, 30," / "Duncan Bell, aged 30"), as for a contradiction
  if (ageAlike(j)) return true;
  // a match's score stated as it is in a cited source, every name of the note's sentence within the
  // story's reach, the source's clause naming no one the note does not, each score alone in its
  // sentence and the source's a result (loneScore.ts) ("Millwall lost the tie 3-0" / "Millwall, who
  // lost the match 3-0"): two numbers of one match meet by no chance in its story (a result the
  // other way is blocked before: alignment.ts opposites)
  if (sameScore(f, j, o)) return true;
  // a place behind the same rivals ("Pavey, 31, came third behind Hayley Yelling and Justyna Bak" /
  // "The 31-year-old was third behind Hayley Yelling and Justyna Bak"): who is ahead says which race
  if (behindAlike(f, j)) return true;
  // every explicit field alike, two or more of them (month and direction: "up 14% on last September")
  // (not when the two phrases say they measure different things: "China's economy grew by 25% in 2004" / "Chinese exports rise 25% in 2004")
  if (a.structure >= 1 && a.structureFields >= V.structureFieldsSupport && a.namesMissingWide === 0 && !isWeak(f) && a.metric > 0 && !a.metricClash) return true;
  // a year dated to its month alike, every name within reach, the words around much alike ("rose by
  // 100,000 in September 2004" / "In September 2004, the number … rose"): the month says which
  // moment, as it does for a contradiction (contradicts: dateAlike)
  if (f.kind === 'year' && j.noteMonth === true && j.side.frame.period.month !== undefined && a.structure >= 1 && a.context >= V.dateContext && a.namesMissingWide === 0 && !a.metricClash) return true;
  // a year the note gives with many names and no metric, every name in the source figure's reach
  // (as contradicts reads it: namedYear) — the names say which event
  if (f.kind === 'year' && manyNamed(j)) return true;
  if (isWeak(f)) return (a.metric >= V.metricMeets && a.score >= V.weakSupportScore) || (a.context >= V.weakSupportContext && a.score >= V.weakSupportContextScore);
  if (a.metric >= V.metricMeets || a.score >= V.supportScore) return true;
  // no clear metric mismatch, shared surrounding words, every name within reach: terse evidence
  return a.metric >= V.looseMetric && a.context >= V.looseContext && a.namesMissingWide === 0;
}

/** supports: a score of the note, exactly the source's, every name within reach, the source's clause naming no one else. */
function sameScore(f: Figure, j: Judged<unknown>, o: Pick<RuleOptions, 'exactAgree' | 'scoreAlone'>): boolean {
  const a = j.alignment;
  if (f.kind !== 'score' || j.figure.kind !== 'score' || !o.exactAgree(f, j.figure) || a.namesMissingWide > 0 || a.metricClash || a.opposite) return false;
  const named = j.noteNames ?? [];
  return j.side.frame.subject.every((x) => named.includes(x)) && o.scoreAlone?.(j) === true;
}

export function contradicts(f: Figure, j: Judged<unknown>, o: RuleOptions): boolean {
  if (j.relation !== 'disagree') return false;
  const a = j.alignment;
  if (f.vague || j.figure.vague) return false;
  // (a score on the way is no misquote of a result: "went down 18-17" / "went in at half-time with a 17-6 lead")
  if (f.kind === 'score' && j.figure.kind === 'score' && a.interimApart) return false;
  // a part the note sets apart ("bookings from Kent alone") is no misquote of a whole's figure whose
  // own clause names others beside it ("bookings from Kent and Sussex rose by 17%")
  if (j.noteAlone !== undefined && wholeBeyond(j, j.noteAlone)) return false;
  if (partOfJoint(j)) return false;
  // a place behind rivals the source figure's sentence never names is a place in another race
  // ("came third behind Hayley Yelling" / "Pavey, who came fifth in the 5,000m at the Athens Olympics")
  if (a.aheadNamed === 'unmet' || anothersClause(j)) return false;
  // ("has increased to 67 years currently" / "to 61.6 years in 2014"; "expect the rate to reach 3% by
  // the summer" / "the low of 1% reached … in 2001"; "The UK trade deficit narrowed to £3.1bn" / "the
  // UK's deficit with the EU fell to £1.9bn": alignment.ts supportOnly)
  // (…but the very digits at another scale in words much alike are a misquote whichever year "last
  // year" is: "2004 ticket sales were worth £1.08m" / "last year, with ticket sales worth … £1.08bn")
  if (a.supportOnly === 'relative against a year' && scaleSlip(f, j.figure) && a.metric >= V.metricMeets && a.namesMissingWide === 0 && a.context >= V.twinContext && !o.veto?.(j)) return true;
  if (a.supportOnly) return false;
  // ("expects the jobless rate to climb to 4%" / "interest rates will fall to 4%": another kind of
  // the one head, each named right before it — no misquote but in the same words around)
  if (a.otherKind === true && a.context < V.paraphraseContext) return false;
  // ("end youth unemployment within the next five years" / "the economy better balanced over the
  // next two years": a length whose measure is only the span's opener, "next" or "past", shares it
  // with any span ahead or behind — the words around must meet too)
  if (a.metric >= 1 && SPAN_OPENERS.has(j.side.frame.metric[0] ?? '') && a.context < V.spanOnlyContext) return false;
  // the same digits misplaced: a misquote's fingerprint (a note that leaves a rate's unit unsaid
  // still misquotes its digits: "£5.53" / "£5.35 an hour"); never the size of a change
  if (digitTwins(f, j.figure) && (!a.rateMismatch || a.rateUnsaid === true) && j.side.frame.role !== 'change' && !o.veto?.(j)) {
    // …in a sentence that names the note's subject, with a subject of its own ("24 donations
    // totalling £161,840 from Bearwood Corporate Services" / "Bearwood made 42 gifts")
    const subj = j.side.frame.subject;
    const named = (x: string) => subj.includes(x) || (a.metric >= V.metricMeets && j.side.frame.names.includes(x));
    if (a.namesMissing === 0 && subj.length > 0 && j.noteSubject.length && j.noteSubject.every(named)) return true;
    // …or whose subject the alignment meets in full, a person named by the surname alone ("Judy
    // Blume's books have sold more than 57 million copies" / "Sales of Blume's books have exceeded
    // 75 million"), every name within reach, the metric no clear mismatch
    if (a.namesMissingWide === 0 && subj.length > 0 && j.noteSubject.length && a.subject >= 1 && a.metric >= V.looseMetric) return true;
    // …or the same measure in words much alike, every name of the note somewhere in the source
    // ("the 347m euros analysts had pencilled in" / "analyst expectations of 374m euros")
    if (a.namesMissingWide === 0 && a.metric >= V.metricMeets && a.score >= V.twinScore) return true;
    // …or in the same words around it, with no clear metric mismatch ("Some 78% said politicians
    // fail to deliver what they promise" / "Some 87% said politicians did not keep the promises")
    if (a.namesMissingWide === 0 && a.metric >= V.looseMetric && a.context >= V.twinContext) return true;
    // …or the very digits at another scale ("savings of more than £4.3m" / "would save £4.3bn"):
    // a slip of the scale word that no other quantity shares by chance, every name of the note within reach
    if (scaleSlip(f, j.figure) && a.namesMissingWide === 0) return true;
    // …or two times of a match in minutes, every name of the note within reach ("Cockbain's try,
    // Wales's fourth, came after 35 minutes" / "Their fourth after 53 minutes … finished … from lock
    // Cockbain"): a clock time has no metric of its own, the digits and the names say which
    if (matchClock(f) && matchClock(j.figure) && a.namesMissingWide === 0 && a.context >= V.matchClockContext) return true;
  }
  // a share of people is a share of those who answered one thing: whom it counts is not what it
  // measures, the answer in the words around is ("Some 11% of the bosses named terrorism" / "nearly
  // 30% of bosses were gloomy")
  if (j.side.frame.role === 'share' && surveyed(j.side.frame.metric[0], o.lex) && a.context < V.shareAnswerContext) return false;
  // a zero added or dropped, the same measure in words much alike, every name of the note somewhere in the source
  if (zeroSlip(f, j.figure) && !a.rateMismatch && j.side.frame.role !== 'change' && a.namesMissingWide === 0 && a.metric >= V.metricMeets && a.score >= V.zeroSlipScore && !o.veto?.(j)) return true;
  // the note's very value, precise, reached the other way with every explicit field alike ("rose
  // to 52.7 in December" / "eased to 52.7 in December from 57.6"): a misquote of the direction,
  // whatever words the source puts around it
  if (a.opposite === true && o.exactAgree(f, j.figure) && significantDigits(f) >= V.preciseDigits && a.structure >= 1 && a.namesMissingWide === 0 && !o.veto?.(j)) return true;
  // a date has no metric of its own: its month, day and preposition, all alike, stand in for it
  const dateAlike = f.kind === 'year' && j.side.frame.period.month !== undefined && a.structure >= 1 && a.context >= V.dateContext;
  // (odds, like scorelines, have no metric of their own: the horse or the film they are quoted for stands in)
  // (…nor a place behind named rivals: who is ahead stands in for it)
  const scores = scoresAlike(f, j) || oddsAlike(f, j) || behindAlike(f, j);
  const age = ageAlike(j);
  // the same place in a ranking beside both figures, every name of the note within reach ("Million
  // Dollar Baby came third with $7.5m" / "… led the Oscar hopefuls with $11.8m, coming in at number
  // three"): the place says which figure it is, as a metric does — scored as if the metric met
  const ranked = f.kind !== 'ordinal' && !isWeak(f) && a.subject >= 1 && a.namesMissingWide === 0 && a.score + A.metricWeight * (1 - a.metric) >= V.contradictScore && o.coStatedRank?.(j) === true;
  // the same number per another unit of time ("10,000 phones go missing each week" / "10,000 … every
  // month"): a misquote's fingerprint, so a lower bar
  const rateSlip = a.perScale !== undefined && f.value === j.figure.value && a.score >= V.rateSlipScore;
  // …and so is the same change the other way ("rose by about 2 points" / "down about 2 points")
  const directionSlip = a.opposite === true && a.score >= V.directionSlipScore;
  // …and the same value with its sign flipped ("grew by 0.1%" / "a growth rate of -0.1%")
  const signSlip = f.value !== 0 && f.value === -j.figure.value && f.unit === j.figure.unit && a.score >= V.directionSlipScore;
  // …and the same value bounded the other way ("more than 22 years" / "nearly 22 years", "topped
  // $1bn" / "almost $1bn"): the hedge is the misquote
  const hedgeSlip = otherBound(f, j.figure) && a.score >= V.hedgeSlipScore;
  // a metric read differently on the two sides, in the same words around both figures ("BT's share
  // of voice calls has shrunk to 45.4%" / "the percentage of people using BT lines for voice calls has
  // shrunk to 55.4%"): the words say it is the same claim where the readings of its head part —
  // most of them, or enough of them with an explicit field alike (the direction, the period)
  // …or, about the note's own subject named in the source figure's clause, in fewer of the same
  // words ("interest in electric bikes among Belgian shoppers was 44%" / "Dutch, 44%, and Belgian,
  // 36%, shoppers were most interested in electric bikes")
  const subjectNamed = subjectInClause(j) && a.namesMissing === 0;
  // a year of the note's named subject in a sentence that names it, the words around both much alike
  // and what they date no clear mismatch (or unsaid: "… A Little Less Conversation, which was number
  // one in June 2002" / "the remix of A Little Less Conversation in June 2001"): the names say which event
  // (not a day of a month: one subject's days are of many events, "wrote to Lord Beck on 3 April" / "met Lord Beck on 9 April")
  const namedYear = (f.kind === 'year' || f.kind === 'date') && j.figure.kind === f.kind && j.side.frame.role === 'date' && !j.side.frame.calendarDay && a.subject >= 1 && a.namesMissingWide === 0 && (j.noteSubject.length > 0 || (j.noteNames?.length ?? 0) > 0) &&
    (((a.metric >= V.looseMetric || !j.side.frame.metric.length) && a.context >= V.dateContext) ||
      // (…or a note naming no metric and many names, every one of them in the source figure's own
      // reach: "Margaret Thatcher was grilled about the Belgrano on Nationwide in 1987" / "Margaret
      // Thatcher discomfort on Nationwide in 1983, when … the Belgrano")
      manyNamed(j));
  // two spans that end now of the note's named subject, every name met, neither naming another
  // event or verb than the other ("The Lyric was founded 40 years ago" / "The Lyric began 50 years
  // ago"; "the Treaty of Amsterdam, signed five years ago" / "With the Treaty of Amsterdam seven years
  // ago"): the names say which moment, as for a year (namedYear)
  const agoAlike = agoOfNamed(j);
  // the same year with another month written before it, the measure met, every name of the note
  // within reach ("She began working for the singer in March 2003" / "began to work for Mr Jackson in
  // February 2003"): the month is the misquote, as a day's is
  const monthSlip = a.monthsApart === true && f.value === j.figure.value && a.metric >= V.metricMeets && a.namesMissingWide === 0 && a.context >= V.monthSlipContext;
  // a year of a named thing and the date that thing came into being, every name met ("1977's
  // Wombling Free" / "Wombling Free dates from 1979"): the names say what both date
  const originDated = a.originDated === true && f.kind === 'year' && j.figure.kind === 'year' && a.namesMissingWide === 0;
  const paraphrase = a.metric >= V.looseMetric && (a.context >= V.paraphraseContext || (a.context >= V.paraphraseFieldContext && a.structure >= 1) || (subjectNamed && a.context >= V.paraphraseSubjectContext));
  if ((a.metric < V.metricMeets && !dateAlike && !paraphrase && !scores && !ranked && !namedYear && !agoAlike) || namesUnmet(a) || !a.subjectBefore || a.rateMismatch || (a.score < V.contradictScore && !age && !rateSlip && !directionSlip && !signSlip && !hedgeSlip && !scores && !dateAlike && !ranked && !namedYear && !agoAlike && !monthSlip && !originDated)) return false;
  // a year of an event of the note's named subject, the names all met ("Tupac Shakur was killed in
  // 1997" / "Tupac Shakur was shot dead in 1996"): the names say which event, so an ordinary figure's bar
  const namedDate = f.kind === 'year' && j.side.frame.role === 'date' && a.subject >= 1 && a.namesMissingWide === 0 && j.noteSubject.length > 0;
  // a multiple whose comparison meets in full ("three times as likely" / "four times more likely"):
  // the comparison says what is multiplied, as a metric does for an ordinary figure
  const multipleAlike = f.kind === 'multiplier' && a.metric >= 1;
  // the same extreme since another year ("the economy's best since 2001" / "the best year since
  // 2000"): the superlative and "since" say which date, as a metric does
  const sinceAlike = f.kind === 'year' && a.sameEvent !== undefined && SINCE_EVENTS.has(a.sameEvent);
  // a gap in points to the same rival, every name met ("three points adrift of Chelsea" / "five
  // points behind Chelsea"): whom it is measured to says which gap, as a metric does
  const gapAlike = f.kind !== 'ordinal' && a.aheadNamed === 'met' && a.metric >= V.metricMeets && a.namesMissingWide === 0;
  // (…nor a weak figure of a sentence written from the source figure's passage: it states another
  // figure of the note's sentence, one no coincidence gives — "to save between £190m and £265m a
  // year from 2010" / "which aims to save between £190m and £265m annually from 2009")
  // (asked last: it reads the passage's other figures)
  const writtenHere = () => a.score >= V.contradictScore && o.coStatedFirmly?.(j) === true;
  if (isWeak(f) && a.score < (o.weakUnstated ? V.weakLooseScore : V.weakContradictScore) && !dateAlike && !age && !namedDate && !namedYear && !agoAlike && !monthSlip && !originDated && !multipleAlike && !sinceAlike && !gapAlike && !writtenHere()) return false;
  // (a value far off is another quantity, unless every word around the two figures is the same,
  // what they measure meets in full and every field the note states is the source's too: "Every
  // day 2.4 billion messages are sent" / "Every day 78 million messages are sent" — not "Zedco sold
  // 9000 cars" for "Zedco sold 300 cars in 2020", whose year the source figure does not share)
  if (!plausible(f, j.figure) && !(a.metric >= 1 && a.context >= V.sameWordsContext && a.structure >= 1 && a.structureFields > 0)) return false;
  return !o.veto?.(j);
}

/**
 * Two spans of time that end now ("N ago"), of the note's named subject (every name met, the subject
 * in the source figure's reach), the note naming what happened (an event or a verb), the source
 * naming no other, and no clash of metrics: the names say which moment, as for a year
 * (contradicts: agoAlike).
 */
function agoOfNamed(j: Judged<unknown>): boolean {
  const n = j.noteAgo;
  const s = j.side.frame;
  if (!n || !s.ago) return false;
  const a = j.alignment;
  if (a.subject < 1 || a.namesMissingWide !== 0 || a.metricClash || !(j.noteSubject.length > 0 || (j.noteNames?.length ?? 0) > 0)) return false;
  const apart = (x: string | undefined, y: string | undefined) => x !== undefined && y !== undefined && x !== y;
  // (the note names what happened — an event or a verb — that the source names alike or not at all:
  // "took the seat two years ago" names nothing, "was lucky four years ago" no other moment's)
  return (n.event !== undefined || n.verb !== undefined) && !apart(n.event, s.event) && !apart(n.verb, s.dateVerb);
}

/** A time of a match: a duration in minutes no longer than a match ("on 57 minutes", "after 53 minutes"). */
function matchClock(f: Figure): boolean {
  return f.kind === 'duration' && f.unit === 'minute' && f.value <= V.matchClockMinutes && f.high === undefined;
}

/** The same value bounded the other way ("more than 22 years" / "nearly 22 years"): contradicts' hedgeSlip, decideSteps' boundMisread. */
function otherBound(f: Figure, g: Figure): boolean {
  return f.value === g.value && boundsOpposed(f, g);
}

/** One figure a lower bound ("more than X", "topped X"), the other at most its value ("nearly X", "up to X"). */
function boundsOpposed(f: Figure, g: Figure): boolean {
  const a = boundOf(f);
  const b = boundOf(g);
  const below = (x: string) => x === 'nearly' || x === 'atMost';
  return (a === 'atLeast' && below(b)) || (below(a) && b === 'atLeast');
}

/** Is a share's head a group a survey asks: people, or one of SURVEYED_GROUPS ("bosses", "firms")? */
function surveyed(head: string | undefined, lex: Lexicon): boolean {
  return head !== undefined && (SURVEYED_GROUPS.has(head) || lex.isHuman(head));
}

/** The note names a subject, and the source figure's own clause names every word of it (its frame's subject). */
function subjectInClause(j: Judged<unknown>): boolean {
  return j.noteSubject.length > 0 && j.noteSubject.every((x) => j.side.frame.subject.includes(x));
}

/**
 * Two quotes of betting odds for the note's subject, named in the source figure's own clause, every
 * name of the note within reach ("Harbour Light is second favourite at 11/4" / "… with Harbour Light
 * in second place at 9/4").
 */
function oddsAlike(f: Figure, j: Judged<unknown>): boolean {
  return f.kind === 'odds' && j.figure.kind === 'odds' && subjectInClause(j) && j.alignment.namesMissingWide === 0;
}

/** Two places behind the same named rivals, every name of the note within reach: who is ahead says which race or table, as a metric does. */
function behindAlike(f: Figure, j: Judged<unknown>): boolean {
  return f.kind === 'ordinal' && j.alignment.aheadNamed === 'met' && j.alignment.namesMissingWide === 0;
}

/**
 * Two scorelines of one match: a score has no metric of its own, the sides stand in for it — the
 * note's opponent (a name of its sentence beside its subject) named in the source's own sentence,
 * every name of the note within reach ("Munster lost 37-23 to Wasps" / "they went down 37-32 to
 * eventual winners Wasps").
 */
function scoresAlike(f: Figure, j: Judged<unknown>): boolean {
  if (f.kind !== 'score' || j.figure.kind !== 'score' || j.alignment.namesMissingWide > 0) return false;
  const opponents = (j.noteNames ?? []).filter((x) => !j.noteSubject.includes(x));
  return opponents.some((x) => j.side.frame.names.includes(x));
}

/**
 * Names of the note the source figure cannot refer to, but for the story's topic named in its lead
 * when the words around the two figures agree well enough to say they are the same claim.
 */
function namesUnmet(a: Alignment): boolean {
  const fromLead = a.namesFromLead !== undefined && a.context >= V.leadContext ? a.namesFromLead : 0;
  return a.namesMissing > fromLead;
}

/** decideSteps: the note names no one; `contra`'s own clause names a subject of its own; a candidate of the note's very value names no one, its metric at least VERDICT_POLICY.metricModifierLevel and no clash. */
function unnamedAgrees<T>(note: { figure: Figure; side: FrameSide }, contra: Judged<T>, judged: readonly Judged<T>[], o: RuleOptions): boolean {
  if (note.side.frame.names.length > 0) return false;
  if (!contra.side.frame.subject.some((x) => !o.lex.knows(x) && !o.lex.isPlace(x))) return false;
  return judged.some((j) => j.relation === 'agree' && j.side.frame.subject.length === 0 && o.exactAgree(note.figure, j.figure) && j.alignment.metric >= V.metricModifierLevel && !j.alignment.metricClash);
}

/** A candidate of the note's value measuring what the note does, about its subject, at least as well as the contradiction. */
function sameMeasure(j: Judged<unknown>, contra: Judged<unknown>): boolean {
  const a = j.alignment;
  return a.metric >= V.metricMeets && a.namesMissingWide === 0 && a.subject >= contra.alignment.subject;
}

/** Periods that differ in their dates only, not in what they are (a plan, what happened, now, the whole year). */
function datesOnly(a: Period, b: Period): boolean {
  const undated = (p: Period): Period => ({ tense: p.tense, mode: p.mode, annual: p.annual });
  return !periodsConflict(undated(a), undated(b));
}

/**
 * One period the whole year ("full-year", "annual"), the other a part of it ("in the quarter", "in
 * March", "the first half"), and nothing else of them in conflict: a stretch, not a date, apart.
 */
function stretchOnly(a: Period, b: Period): boolean {
  const part = (p: Period) => p.quarter !== undefined || p.someQuarter === true || p.half !== undefined || p.month !== undefined || p.months !== undefined;
  // (a side read as both, "$63.8bn in December, taking the annual total up 35%", says nothing of the kind)
  const whole = (p: Period) => p.annual === true && !part(p);
  if (!((whole(a) && part(b) && !b.annual) || (whole(b) && part(a) && !a.annual))) return false;
  const dated = (p: Period): Period => ({ year: p.year, relative: p.relative, tense: p.tense, mode: p.mode });
  return !periodsConflict(dated(a), dated(b));
}

/** Do the periods differ in their month alone, each naming one ("12.6% in February" / "12.6% in January"), their years alike or unsaid? */
function monthOnly(a: Period, b: Period): boolean {
  if (a.month === undefined || b.month === undefined || a.month === b.month || a.months !== undefined || b.months !== undefined) return false;
  const dated = (p: Period): Period => ({ year: p.year, tense: p.tense, mode: p.mode });
  return !periodsConflict(dated(a), dated(b));
}

/**
 * The note's very value, a precise one, that a cited source gives for another stretch of the year
 * (or another month of it: monthOnly),
 * measuring what the note measures about its subject: the whole year's where the source says a
 * quarter's, or the other way ("Boeing's full-year net profit was $186m" / "Net profit was $186m in
 * the quarter"). The digits are a misquote's fingerprint, as a rate slip's are; the stretch is the
 * mistake. Only when nothing of the cited sources supports or contradicts the note's figure.
 */
function stretchSlip<T>(f: Figure, otherStretch: Judged<T>[]): Judged<T> | undefined {
  if (isWeak(f) || significantDigits(f) < V.preciseDigits) return undefined;
  return otherStretch.find((j) => {
    const a = j.alignment;
    return a.metric >= V.metricMeets && a.namesMissingWide === 0 && a.subjectBefore && a.score >= V.contradictScore && !a.rateMismatch && !a.opposite && (j.noteSubject.length === 0 || a.subject >= 1);
  });
}

/**
 * The note's very value given as a rate of time ("made $24m a year") where a cited source, about the
 * note's subject or measuring what it measures, gives it as a total its own clause says was gathered
 * over time ("amassed a fortune of $24m"), reached by a deadline ("£3.7bn will be spent … by 2006")
 * or spread over a list of years ("almost £68m … in 2001, 2002 and 2003") — or, for a rate shorter
 * than a year, a figure whose sentence states no rate at all ("50,000 new products a day" / "About
 * 50,000 new products will be unveiled": align's shortRateOnlyNote):
 * the total is the disagreement — no rate. Only when nothing supports or contradicts the note's
 * figure, and not for a total over one stretch of the rate's unit (align's rateStretch).
 */
function totalAsRate<T>(note: { figure: Figure; side: FrameSide }, judged: Judged<T>[], o: RuleOptions): Judged<T> | undefined {
  const f = note.figure;
  if (isWeak(f) || note.side.frame.per === undefined) return undefined;
  return judged.find((j) => {
    const a = j.alignment;
    const sp = j.side.frame.period;
    // (a rate shorter than a year against a sentence stating none: any figure of it is a total)
    const short = shortRateOnly(f, a);
    const total = short || (note.side.frame.perStated === true && (j.side.frame.total === true || sp.deadline === true || sp.listed === true));
    // (about the same: the note's subject or names there, or what it measures)
    const same = ((note.side.frame.subject.length > 0 || note.side.frame.names.length > 0) && a.subject >= 1) || a.metric >= V.metricMeets || (a.metric >= V.looseMetric && a.context >= V.totalContext);
    return j.relation === 'agree' && total && (a.rateOnlyNote === true || short) && !a.rateStretch && !a.opposite && o.exactAgree(f, j.figure) &&
      a.namesMissingWide === 0 && same;
  });
}

/**
 * A count or an amount the note gives per day, week or month where the source's sentence states no
 * rate (align's shortRateOnlyNote) — not a share: "14% take a snap each month" is a share of people
 * doing a thing monthly, which "the figure is 14%" after a sentence saying so states.
 */
function shortRateOnly(f: Figure, a: Alignment): boolean {
  return a.shortRateOnlyNote === true && f.kind !== 'percent';
}

/** Does the source's period state the note's own (its year, month or relative period, where the note has one)? */
function statesPeriod(note: Period, src: Period): boolean {
  if (note.year === undefined && note.month === undefined && note.relative === undefined && note.quarter === undefined) return false;
  return (note.year === undefined || note.year === src.year) && (note.month === undefined || note.month === src.month) &&
    (note.relative === undefined || note.relative === src.relative) && (note.quarter === undefined || note.quarter === src.quarter);
}

/**
 * The note's near words (its figure's own clause) that a candidate states around its figure — not
 * the nouns of a value or a period ("a record", "a year"), which the frames' fields compare.
 */
function nearWordsIn(note: FrameSide, j: Judged<unknown>): Set<string> {
  const out = new Set<string>();
  for (const [w, weight] of note.frame.context) {
    if (weight >= V.nearWordWeight && !VALUE_NOUNS.has(w) && (j.side.frame.context.get(w) ?? 0) >= V.nearWordSourceWeight) out.add(w);
  }
  return out;
}

/**
 * A contradiction aligned better than every support, stating every near word of the note any
 * support states and more ("drinks sales rose 4%" / "Drinks sales were up 2%" against "underlying
 * sales were up by 4%"): the value is another quantity's, the contradiction the note's own —
 * unless the value is precise and stated exactly of a metric no clear mismatch, which no
 * coincidence gives (not "a $618m charge" for "the restructuring hit … was $618m"); a support shares
 * the contradiction's sentence, which says which value is which by its structure, not its words;
 * or a support's passage states another figure of the note's sentence, the sentence it was
 * written from; or a support's sentence names someone of the note's that the contradiction's does not.
 */
function sharperContradiction<T>(note: { figure: Figure; side: FrameSide }, contra: Judged<T>, sup: Judged<T>[], o: RuleOptions): boolean {
  if (!sup.length) return false;
  // (…of a metric met as well as the contradiction's: "PBS's 349 individual stations" is not "the
  // nation's 349 public television stations" when "its 170 individual stations" is the note's metric whole)
  if (significantDigits(note.figure) >= V.preciseDigits && sup.some((j) => o.exactAgree(note.figure, j.figure) && j.alignment.metric >= V.looseMetric && j.alignment.metric >= contra.alignment.metric)) return false;
  // ("has dropped from 25.1% … to 19%"; "64 … beds for adults younger than 55")
  const same = o.samePassage ?? ((a: unknown, b: unknown) => a === b);
  if (sup.some((j) => j.alignment.score >= contra.alignment.score || o.coStated?.(j) || same(j.ref, contra.ref))) return false;
  // (…nor where a support's own sentence names someone of the note's sentence whom the
  // contradiction's does not: names say which event more surely than words — "Newcastle must travel
  // to non-League Yeading in the third round" / "Newcastle United face a trip to … Yeading in the FA
  // Cup third round", not "non-League Yeading, who beat Slough in the second round")
  const names = note.side.frame.names;
  if (sup.some((j) => names.some((x) => sharesName([x], j.side.frame.names) && !sharesName([x], contra.side.frame.names)))) return false;
  const theirs = nearWordsIn(note.side, contra);
  return sup.every((j) => {
    const mine = nearWordsIn(note.side, j);
    return theirs.size > mine.size && [...mine].every((w) => theirs.has(w));
  });
}

/**
 * The contradiction is in the passage the note's sentence was written from: that passage also
 * states another figure of the sentence, one no coincidence gives, and no support's passage does,
 * and its metric meets the note's at least as well as every support's ("Total sales rose 17.8% to
 * 30.1bn rupees" / "Total sales were 30.1bn rupees, up 27%", not "Sales in the third quarter … rose
 * by 17.8% to 136,069 units").
 */
function writtenFrom<T>(contra: Judged<T>, sup: Judged<T>[], o: RuleOptions): boolean {
  if (!o.coStatedFirmly?.(contra)) return false;
  const same = o.samePassage ?? ((a: unknown, b: unknown) => a === b);
  return sup.every((j) => !same(j.ref, contra.ref) && !o.coStatedFirmly!(j) && j.alignment.metric <= contra.alignment.metric);
}

/**
 * The note's very value under the opposite bound ("payments of more than $984m" / "of nearly $984m"),
 * in words that meet as well as every support's, where each support only falls inside the note's
 * bound with another value ("save $1.1bn in costs"): the note misread the hedge of that value.
 */
function boundMisread<T>(f: Figure, contra: Judged<T>, sup: Judged<T>[]): boolean {
  if (!otherBound(f, contra.figure)) return false;
  return sup.every((j) => j.figure.value !== f.value && j.alignment.metric <= contra.alignment.metric && j.alignment.context < contra.alignment.context);
}

/**
 * Two subjects each with their own figure, both named by the note's sentence ("Halifax put January's
 * rise at 0.4%, while Nationwide reported 0.8%" / "Halifax said prices rose by 0.8% in January and
 * Nationwide reported a rise of 0.4%"): a support whose own subject is the note's other name, not
 * its subject, gives that other's figure — when the contradiction's subject is the note's own, the
 * note has swapped them. (A subject is what its frame reads before the figure; the sentence's other
 * names do not count, as every name of a paired sentence reaches every figure of it.)
 */
function pairedSwap<T>(note: FrameSide, sup: Judged<T>, contra: Judged<T>): boolean {
  const mine = note.frame.subject;
  const theirs = sup.side.frame.subject;
  if (!mine.length || !theirs.length) return false;
  return sharesName(mine, contra.side.frame.subject) && !sharesName(mine, theirs) && theirs.every((y) => sharesName([y], note.frame.names));
}

/**
 * Where the note names a subject: the judgment among `all` aligned exactly as well as `chosen`
 * (that `holds` too) whose frame's subject names one of the note's names nearest its figure (its
 * subject reads nearest first), else `chosen`. Reads at most V.contraCandidates judgments.
 */
function nearerTie<T>(names: readonly string[], chosen: Judged<T>, all: readonly Judged<T>[], holds: (j: Judged<T>) => boolean): Judged<T> {
  if (!names.length) return chosen;
  const rank = (j: Judged<T>) => {
    const i = j.side.frame.subject.findIndex((x) => sharesName([x], names));
    return i < 0 ? Infinity : i;
  };
  let best = chosen;
  for (const j of all) {
    if (j !== chosen && j.alignment.score === chosen.alignment.score && rank(j) < rank(best) && holds(j)) best = j;
  }
  return best;
}

/** Is the note's plain value one end of the source's range ("£35,000" / "between £25,000 and £35,000")? verdict.ts frames such a candidate. */
export function rangeEnd(f: Figure, g: Figure): boolean {
  return g.high !== undefined && f.high === undefined && f.hedge === undefined && !f.vague && !g.vague && f.kind === g.kind && (f.unit ?? '') === (g.unit ?? '') && (f.value === g.value || f.value === g.high);
}

export function decide<T>(note: { figure: Figure; side: FrameSide }, cands: FrameCandidate<T>[], o: RuleOptions): Decision<T> {
  return drain(decideSteps(note, cands, o));
}

/** `decide` in steps: the candidates are aligned a batch a step (judgeSteps), then the rules decide. */
export function* decideSteps<T>(note: { figure: Figure; side: FrameSide }, cands: FrameCandidate<T>[], o: RuleOptions): Steps<Decision<T>> {
  const otherPeriod: Judged<T>[] = [];
  const otherStretch: Judged<T>[] = [];
  const judged = yield* judgeSteps(note, cands, o, otherPeriod, otherStretch);
  // (a weak figure whose value nothing in reach states much like it may be contradicted on a looser bar)
  if (isWeak(note.figure) && !judged.some((j) => j.relation === 'agree' && j.alignment.score >= V.weakAgreeVeto)) o = { ...o, weakUnstated: true };
  const disagreeing = judged.filter((j) => j.relation !== 'agree').slice(0, V.contraCandidates);
  // (the note's very value reached the other way is the misquote itself, whatever else disagrees:
  // "rose to 52.7" / "eased to 52.7 from 57.6", not the "new orders" index that "rose to 67.4")
  let contra = disagreeing.find((j) => j.alignment.opposite === true && o.exactAgree(note.figure, j.figure) && contradicts(note.figure, j, o)) ?? disagreeing.find((j) => contradicts(note.figure, j, o));
  // (of a list's values aligned alike — "France take on Wales … on 26 February and Ireland in Dublin
  // on 12 March" for "face Ireland on 19 March" —, the one whose own subject names the note's first)
  if (contra) contra = nearerTie(note.side.frame.names, contra, disagreeing, (j) => contradicts(note.figure, j, o));
  // (the note's value an end of a range the cited words give as well aligned — "a salary of … £35,000"
  // / "a salary of between £25,000 and £35,000" —: no other figure's contradiction, the range says it
  // may be, and says no more)
  if (contra && judged.some((j) => j.relation === 'consistent' && rangeEnd(note.figure, j.figure) && j.alignment.score >= contra!.alignment.score)) contra = undefined;
  // the note's very value, the same measure of the same subject, dated otherwise: the note may have
  // its date wrong, or dated it "last year" where the source says 2004 — no sign the value is, so
  // no contradiction from another figure that does not state the note's period itself ("cut from
  // 155,000 to 110,000 staff by 2010" for "to 110,000 by 2012"; "released 310 films in 2003" / "287
  // [in 2003]" stays one)
  if (contra && otherPeriod.some((j) => sameMeasure(j, contra!) && (yearAgainstRelative(note.side.frame.period, j.side.frame.period) || !statesPeriod(note.side.frame.period, contra!.side.frame.period)))) contra = undefined;
  // a note sentence that names no one, its very value stated in a clause that names no one either,
  // the measure half met at least: a contradiction from a clause that names a subject of its own is
  // another's figure ("It took about £7m over three days" / "earned just $13.5 (£7m) over three days"
  // beside "The Incredibles … took $24.1m (£12.7m)") — not where the agreeing words meet less ("a
  // majority, 55%" / "more than half (55%)", against "the majority of people surveyed (52%)", said by
  // someone) (session 47)
  if (contra && unnamedAgrees(note, contra, judged, o)) contra = undefined;
  // a note that dates nothing "a year earlier" speaks of the passage's own period: the figure the
  // passage gives for the year before is the other end of its comparison, no support ("turnover
  // was $44.7bn, compared to $45.9bn a year ago" for "turnover in the fourth quarter was $45.9bn")
  const before = (j: Judged<T>) => j.side.frame.period.relative === 'earlier';
  const earlierOnly = !!contra && !before(contra) && note.side.frame.period.relative === undefined;
  const same = o.samePassage ?? ((a: unknown, b: unknown) => a === b);
  const sup = judged.filter((j) => supports(note.figure, j, o) && !(earlierOnly && before(j) && same(j.ref, contra!.ref)) && !(contra && pairedSwap(note.side, j, contra)));
  const best = sup[0];
  // a precise value stated exactly in a passage saying the same things outweighs a better-named rival
  const strength = (j: Judged<T>) =>
    j.alignment.score + (significantDigits(note.figure) >= V.preciseDigits && o.exactAgree(note.figure, j.figure) ? V.preciseBonus * j.alignment.context : 0);
  const bestStrength = sup.reduce((m, j) => Math.max(m, strength(j)), 0);
  // a support that names the note's subject less fully than a contradiction that names it outright
  // must align better outright, and without the exact value's bonus: the value may be another's
  // ("The top prize at each stop will be $15,000" / "[Istanbul:] a total of $50,000"; "the Mini
  // Convertible costs up to £15,690" / "the Cooper S, which costs up to £17,730")
  // (…unless a support states the note's period and the contradiction none: "gave the party £2.5m in
  // 2003" / "a £2.5m gift to the party in 2003", not the undated "£1m donation" that names the giver)
  const datedSupport = !!contra && !statesPeriod(note.side.frame.period, contra.side.frame.period) && note.side.frame.period.year !== undefined &&
    sup.some((j) => statesPeriod(note.side.frame.period, j.side.frame.period));
  const unnamed = !!contra && !datedSupport && note.side.frame.subject.length > 0 && contra.alignment.subject >= 1 && sup.every((j) => j.alignment.subject < 1);
  const strongest = unnamed ? sup.reduce((m, j) => Math.max(m, j.alignment.score), 0) : bestStrength;
  if (best && contra && (sharperContradiction(note, contra, sup, o) || writtenFrom(contra, sup, o) || boundMisread(note.figure, contra, sup))) return { verdict: 'contradicted', supports: sup, contradiction: contra };
  if (best && (!contra || strongest >= (unnamed ? 1 : V.supportOverContra) * contra.alignment.score)) {
    return { verdict: 'supported', supports: sup.filter((j) => j.alignment.score >= V.evidenceRatio * best.alignment.score).slice(0, V.maxEvidence) };
  }
  if (contra) return { verdict: 'contradicted', supports: sup, contradiction: contra };
  const slip = !otherPeriod.length && !judged.some((j) => j.relation === 'agree') ? stretchSlip(note.figure, otherStretch) : undefined;
  if (slip) return { verdict: 'contradicted', supports: [], contradiction: slip };
  const asRate = !otherPeriod.length ? totalAsRate(note, judged, o) : undefined;
  if (asRate) return { verdict: 'contradicted', supports: [], contradiction: { ...asRate, alignment: { ...asRate.alignment, totalAsRate: true } } };
  return { verdict: 'unverified', supports: [], agreeing: judged.filter((j) => j.relation === 'agree'), datedOtherwise: otherPeriod.filter((j) => supports(note.figure, j, o)) };
}
