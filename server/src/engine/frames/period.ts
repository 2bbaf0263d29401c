// When a figure holds: year, month and day, quarter, half, relative periods ("a year earlier"),
// spans ("over the past two years"), plan or past, and a date's preposition (its role).
import type { Figure } from '../types';
import { DASHES, DETERMINERS, isBoundary, type Parens } from './clauses';
import { ACHIEVED_VERBS, COMING_WORDS, MATCH_BREAK_WORDS, TITLE_HOLDERS, EARLIER_WORDS, EPISTEMIC_MODALS, FUTURE_WORDS, HYPOTHETICAL_MODALS, MONTH_SPAN_JOINERS, MONTHS, monthSpanWord, yearPartOrdinal, NOW_WORDS, ORDINAL_WORDS, PAST_ABILITY_MARKERS, PLAN_BEFORE_TO, PLAN_VERBS_ONLY, PLAN_WORDS, SOUGHT_SUM_VERB, TIME_CLAUSE_OPENERS, FIGURE_DATING_PREPS } from './lexicon';
import { FRAME_POLICY as P } from './policy';
import type { FrameToken } from './tokens';
import type { FrameInput, Period } from './types';

/** Words that make the year after them the base of a comparison: "than in 2003", "on 2003", "compared with 2003". */
const BASE_MARKERS = new Set(['than', 'on', 'from', 'since', 'compared', 'versus', 'vs', 'over']);

export function isBaseYear(tokens: FrameToken[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
    const t = tokens[j];
    if (BASE_MARKERS.has(t.low)) return true;
    if (t.kind === 'fig' || t.kind === 'punct' || !(t.func || t.verb || t.lemma === 'do')) return false;
  }
  return false;
}

/**
 * Is the year at token i the date of another figure's starting value — "from $3.8bn in 2003", the
 * figure before it not the one at k, only function words between?
 */
export function yearOfAnothersStart(tokens: FrameToken[], i: number, k: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const t = tokens[j];
    if (t.kind === 'fig') return j !== k && tokens[j - 1]?.low === 'from';
    if (!t.func) return false;
  }
  return false;
}

/** Prepositions that make a year the time of a clause ("in 2004 Apple sold", "by 2008"). */
const YEAR_PREPS = new Set(['in', 'on', 'during', 'by', 'since', 'for', 'until', 'till', 'from', 'of', 'to', 'between', 'after', 'before', 'than', 'through', 'throughout']);

/**
 * A year that names an event or a title rather than dating the clause: written before a name with
 * no preposition ("1998 French Open champion Moya", "the 2004 Athens Olympics"), or in the
 * possessive after the figure ("… $9.4bn, beating 2002's all-time high"). It dates that name, not
 * the other figures of its sentence. (A possessive year before the figure dates what the figure
 * measures: "That took 2004's total to 2.2 million" — `after` false.)
 */
export function isEventYear(tokens: FrameToken[], i: number, after = true): boolean {
  // (the possessive is one function word "'s" after the year: tokens.ts)
  if (tokens[i + 1]?.low === "'s") return after;
  const before = tokens[i - 1];
  // ("in 1991 and 1995 Olympics": a year joined to another by "and" shares its preposition)
  const joined = before?.low === 'and' && tokens[i - 2]?.kind === 'fig';
  // ("In August 2004 Chinese authorities shut…": a month and its preposition make the year a date
  // of the clause, not of the name after it)
  const monthDated = before !== undefined && MONTHS[before.low] !== undefined && YEAR_PREPS.has(tokens[i - 2]?.low ?? '');
  return tokens[i + 1]?.kind === 'name' && !YEAR_PREPS.has(before?.low ?? '') && !joined && !monthDated;
}

/** A past participle at j, or after an adverb there ("have sold", "have been", "have easily won"). */
function participle(tokens: readonly FrameToken[], j: number): boolean {
  const t = tokens[j]?.kind === 'word' && tokens[j].low.endsWith('ly') ? tokens[j + 1] : tokens[j];
  return !!t && t.kind === 'word' && (!!t.verb || t.low === 'been');
}

/**
 * "due to" naming a cause, not a schedule: followed by anything but a bare verb ("Due to increased
 * demand, Kelby shipped 300 vans", "due to the strike"; not "is due to open", "due to be" — "be",
 * which WordNet's tables leave out, is a verb here).
 */
function dueToCause(input: FrameInput, i: number): boolean {
  const { tokens, lex } = input;
  if (tokens[i].low !== 'due' || tokens[i + 1]?.low !== 'to') return false;
  const t = tokens[i + 2];
  if (!t || t.kind !== 'word') return true;
  if (t.low === 'be') return false;
  if (t.low !== t.lemma) return true;
  return !lex.canBeVerb(t.low);
}

/** A plan word's past participle at i between a determiner and a noun ("the proposed expansion", "its planned merger"): it plans that thing. */
function adjectivalPlanAt(input: FrameInput, i: number): boolean {
  const { tokens, lex } = input;
  const t = tokens[i];
  const next = tokens[i + 1];
  return t.low.endsWith('ed') && (PLAN_WORDS.has(t.lemma) || PLAN_WORDS.has(t.low)) && DETERMINERS.has(tokens[i - 1]?.low ?? '') && next?.kind === 'word' && !next.func && lex.canBeNominal(next.lemma);
}

/** Words before an -ed participle that make it no past tense: an infinitive, a passive of "be" that its own auxiliary dates, a present passive. */
const PRESENT_PASSIVE_BEFORE: ReadonlySet<string> = new Set(['to', 'be', 'being', 'is', 'are', 'am']);

/**
 * Does a clause opened by "if" with "were" in it end before the modal at i, in its sentence — a
 * condition contrary to fact ("If ethnic minorities were represented …, there would be 42")? Not an
 * open one: "If convicted he could be jailed for up to 12 years", "If Fox decided to go with
 * Blu-ray too, it would mean …" are what may be, and a note may tell them without the "if".
 */
function conditionalBefore(tokens: readonly FrameToken[], i: number): boolean {
  let comma = false;
  let were = false;
  for (let j = i - 1; j >= 0 && j >= i - P.conditionalReach; j--) {
    const t = tokens[j];
    if (t.kind === 'punct') {
      if (t.low === ',') comma = true;
      else if (t.low === '.' || t.low === '!' || t.low === '?' || isBoundary(t) === 'hard') return false;
      continue;
    }
    if (comma && t.low === 'were') were = true;
    if (t.low === 'if') return comma && were && (j === 0 || tokens[j - 1].kind === 'punct');
  }
  return false;
}

/**
 * Plan or past: a plan word in the figure's clause before it ("Sony aims to ship", "is expected
 * to reach", "will fall") makes it a plan; else a governing verb in the past tense ("were shipped",
 * "sold") makes it what happened. Neither: unknown.
 */
export function modeOf(input: FrameInput, k: number, parens?: Parens): 'plan' | 'past' | 'hypothetical' | undefined {
  const { tokens, lex } = input;
  let past = false;
  for (let i = k - 1, steps = 0; i >= 0 && steps < P.modeReach; i--, steps++) {
    const t = tokens[i];
    // ("the current target for inpatients - seeing a consultant to having an operation - is six
    // months": an aside between dashes before the figure is read past)
    const aside = parens?.at(i, -1);
    if (aside && DASHES.has(tokens[aside[0]].low)) {
      i = aside[0];
      continue;
    }
    // (the other value of an alternation is no clause of its own: "would collect five or six awards")
    if (t.kind === 'fig' && steps > 0 && tokens[i + 1]?.low === 'or' && i + 2 === k) continue;
    // (nor is a year dating the figure before it: "expects the economy to grow 7% in 2005" — the
    // year is the forecast's, as the 7% is)
    if (t.kind === 'fig' && i + 2 === k && FIGURE_DATING_PREPS.has(tokens[i + 1]?.low ?? '') && input.figures[tokens[k].fig!]?.kind === 'year') continue;
    if (isBoundary(t) === 'hard' || (t.kind === 'fig' && steps > 0)) break;
    if (t.kind !== 'word') continue;
    // (a past clause of time is what happened: "promised to reduce unemployment when he was elected two years ago")
    if (past && TIME_CLAUSE_OPENERS.has(t.low)) break;
    // (…as is one whose figure's noun is the subject of a past verb: "could face action after three
    // fans were arrested" — the modal is the main clause's, not the arrests')
    if (TIME_CLAUSE_OPENERS.has(t.low) && pastSubject(tokens, k)) {
      past = true;
      break;
    }
    // "could have sold a million tickets": what would have happened, which never did ("would have
    // annual sales of $32bn" is what a merged firm would own: "have" then no participle)
    if (HYPOTHETICAL_MODALS.has(t.low) && tokens[i + 1]?.low === 'have' && participle(tokens, i + 2)) return 'hypothetical';
    if (EPISTEMIC_MODALS.has(t.low) && tokens[i + 1]?.low === 'have' && participle(tokens, i + 2)) return 'past';
    // "If ethnic minorities were represented … in proportion to their numbers, there would be 42
    // ethnic minority MPs": the main clause of a condition is what would be, not what is
    if (HYPOTHETICAL_MODALS.has(t.low) && conditionalBefore(tokens, i)) return 'hypothetical';
    // ("In May the club signed…": a capitalised "May" is the month, as periodWord reads it, not the modal)
    // ("Ministers met the target of 750,000": a plan noun reached is what happened)
    if (!t.verb && achievedBefore(tokens, i) && (PLAN_WORDS.has(t.lemma) || PLAN_WORDS.has(t.low))) {
      past = true;
      continue;
    }
    // (…and a capitalised plan word after another capitalised word is part of a name: "The Will Trust gave 300 grants")
    const inName = t.cap === true && (t.low === 'may' || tokens[i - 1]?.cap === true);
    // ("opened consultations on the proposed expansion in September 2004": a plan's participle
    // between a determiner and its noun plans that thing, not the clause — unless the figure is
    // that thing's own: "the planned cut of 500 jobs")
    if (adjectivalPlanAt(input, i) && !(k === i + 2 || (k === i + 3 && tokens[i + 2].low === 'of'))) continue;
    // ("is seeking $18m in damages": a sum sought right after "seek" is a claim made, not a plan — as
    // "has filed a claim for $18m" is) (session 47)
    if (t.lemma === SOUGHT_SUM_VERB && i + 1 === k && input.figures[tokens[k].fig!]?.kind === 'currency') continue;
    if ((PLAN_WORDS.has(t.lemma) || PLAN_WORDS.has(t.low)) && !inName && !(PLAN_VERBS_ONLY.has(t.lemma) && !t.verb) && !dueToCause(input, i) && !pastAbility(tokens, i) && !scoredGoal(tokens, i)) return 'plan';
    if (PLAN_BEFORE_TO.has(t.low) && tokens[i + 1]?.low === 'to' && tokens[i + 2]?.kind === 'word') return 'plan';
    // (a participle after "be" is a passive whose tense its auxiliary tells: "will be established";
    // after "is" or "are" a present one: "the forecasts are based on predictions of 1.5% growth")
    if (!past && t.verb && /ed$/.test(t.low) && !t.low.endsWith('eed') && lex.isInflectedVerb(t.low)) past = !PRESENT_PASSIVE_BEFORE.has(tokens[i - 1]?.low ?? '');
    if (!past && (t.low === 'was' || t.low === 'were')) past = true;
    // "have fallen", "has risen", "had grown": a perfect tense tells what happened
    // (past an adverb between them: "had already won", "has also risen")
    const aux = PERFECT_ADVERBS.has(tokens[i - 1]?.low ?? '') ? tokens[i - 2] : tokens[i - 1];
    if (!past && PERFECT_AUXILIARIES.has(aux?.low ?? '') && (t.verb || lex.pastForm(t.low))) past = true;
  }
  // "raising the threshold to £150,000 would prevent…": a figure the subject of a modal is a proposal
  if (FORWARD_MODALS.has(tokens[k + 1]?.low ?? '')) return 'plan';
  // "75% of pupils by 2006": a figure with a deadline is a target
  for (let i = k + 1, steps = 0; i < tokens.length && steps < P.modeReach; i++, steps++) {
    const t = tokens[i];
    if (isBoundary(t) === 'hard') break;
    if (t.kind === 'fig') {
      const g = input.figures[t.fig!];
      if ((g.kind === 'year' || g.kind === 'quarter') && DEADLINES.has(datePrep(tokens, i) ?? '')) return 'plan';
      break;
    }
  }
  // "the 200,000 PSPs which were shipped": a relative clause after the counted noun
  for (let i = k + 1, steps = 0; !past && i < tokens.length && steps < P.modeReach; i++, steps++) {
    const t = tokens[i];
    if (isBoundary(t) || t.kind === 'fig') break;
    if ((t.low === 'which' || t.low === 'that') && (tokens[i + 1]?.low === 'were' || tokens[i + 1]?.low === 'was')) past = true;
  }
  // "nearly 160,000 people were settling": the figure's noun the subject of a past verb right after it
  if (!past && pastSubject(tokens, k)) past = true;
  return past ? 'past' : undefined;
}

/** Is the figure at k, with its counted noun, the subject of "was"/"were" right after ("160,000 people were settling", "5,000 jobs were lost")? */
function pastSubject(tokens: readonly FrameToken[], k: number): boolean {
  for (let i = k + 1; i <= k + 1 + P.pastSubjectNounWords && i < tokens.length; i++) {
    const t = tokens[i];
    if (t.low === 'were' || t.low === 'was') return i > k + 1;
    if (t.kind !== 'word' || t.func || t.verb) return false;
  }
  return false;
}

/** Is the word at i a noun reached by the verb before it, past a determiner ("met the target", "hit its goal")? */
function achievedBefore(tokens: readonly FrameToken[], i: number): boolean {
  let j = i - 1;
  if (DETERMINERS.has(tokens[j]?.low ?? '')) j--;
  return ACHIEVED_VERBS.has(tokens[j]?.low ?? '');
}

/** Words after "goal" that make it an aim ("a goal of 3%", "the goal is to", "goal for 2006"). */
const AIM_AFTER_GOAL = new Set(['of', 'is', 'was', 'to', 'for', 'remains']);

/** A goal scored, not aimed at: "an own goal in the 79th minute", "his goal came after 20 minutes". */
function scoredGoal(tokens: readonly FrameToken[], i: number): boolean {
  return tokens[i].lemma === 'goal' && !AIM_AFTER_GOAL.has(tokens[i + 1]?.low ?? '');
}

/** Modals right after a figure that make its clause a proposal or a forecast ("… to £150,000 would prevent"). */
const FORWARD_MODALS = new Set(['would', 'will', 'could', 'should', 'might']);

/** Auxiliaries of the perfect tenses ("have fallen", "had grown"). */
const PERFECT_AUXILIARIES = new Set(['have', 'has', 'had']);
/** Adverbs that may stand between a perfect's auxiliary and its participle ("had already won", "have also fallen"). */
const PERFECT_ADVERBS: ReadonlySet<string> = new Set(['already', 'also', 'now', 'just', 'recently', 'previously', 'since', 'ever', 'once', 'still']);

/** "could do nothing", "could not", "could only": a past ability, not a possibility. */
function pastAbility(tokens: readonly FrameToken[], i: number): boolean {
  if (tokens[i].low !== 'could') return false;
  for (let j = i + 1; j <= i + 2 && j < tokens.length; j++) if (PAST_ABILITY_MARKERS.has(tokens[j].low)) return true;
  return false;
}

/** "a current target of 18 months", "the current rate": the figure holds now (not "the current account", "its current remit"). */
const CURRENT_NOUNS = new Set(['target', 'rate', 'level', 'figure', 'total', 'price', 'value', 'forecast', 'estimate', 'limit', 'record', 'average']);

/** Prepositions that make a date a deadline ("by 2006", "by the end of 2024"). */
const DEADLINES = new Set(['by', 'until']);

/** Prepositions that give a date its role. */
const DATE_PREPS = new Set(['by', 'in', 'since', 'until', 'till', 'before', 'after', 'from', 'to', 'through', 'during', 'between', 'and', 'for', 'of', 'with', 'on', 'than']);
/** Words between a date's preposition and the date ("by the end of 2024", "in early May 2003"). */
const DATE_FILLERS = new Set(['the', 'end', 'start', 'beginning', 'middle', 'close', 'first', 'second', 'third', 'fourth', 'half', 'early', 'late', 'mid', 'of', 'summer', 'spring', 'autumn', 'winter', 'year', 'quarter', 'month', 'fiscal', 'financial', 'calendar', 'course']);

/**
 * Verbs that date an event by where it comes from: "the charge stemmed from April 2004", "the record
 * dates from 1996" — when it happened, not the start of a stretch ("from 1996" after another verb).
 */
const ORIGIN_VERBS = new Set(['stem', 'date', 'originate']);

/** Is the preposition at i an event's origin ("stemmed from", "dates from", "dates back to", "goes back to")? */
function originOf(tokens: FrameToken[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return false;
  if (tokens[i].low === 'from') return ORIGIN_VERBS.has(prev.lemma);
  return tokens[i].low === 'to' && prev.low === 'back' && !!tokens[i - 2] && (ORIGIN_VERBS.has(tokens[i - 2].lemma) || tokens[i - 2].lemma === 'go');
}

export function datePrep(tokens: FrameToken[], k: number): string | undefined {
  const i = datePrepAt(tokens, k);
  if (i === undefined) return undefined;
  const low = tokens[i].low;
  if (originOf(tokens, i)) return 'in';
  // ("from 1983 until 1992": the end of a span, as "to 1992" is, not a deadline)
  if ((low === 'until' || low === 'till') && spanFrom(tokens, i)) return 'to';
  // ("up from 6% in 1994": the date of a change's starting value is where it came from, not when the claim holds)
  if (startValueDatePrep(tokens, i)) return 'from';
  // ("the gig has been rescheduled for 15 June": the new date, as "moved to 15 June", "put back until
  // May" give it)
  if (low === 'for' && movedDate(tokens, i)) return 'to';
  return low === 'till' ? 'until' : low;
}

/** Verbs that set an event on another date right before "for" ("rescheduled for 15 June"); …and with a particle ("put back for May"). */
const MOVED_DATE_VERBS: ReadonlySet<string> = new Set(['move', 'postpone', 'reschedule', 'delay', 'switch', 'shift']);
const MOVED_DATE_PHRASAL: ReadonlySet<string> = new Set(['move', 'bring', 'put', 'push']);

/** Is the preposition at i the new date's, after a verb of MOVED_DATE_VERBS or a phrasal one of MOVED_DATE_PHRASAL? */
function movedDate(tokens: readonly FrameToken[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return false;
  if (MOVED_DATE_VERBS.has(prev.lemma)) return true;
  return (prev.low === 'back' || prev.low === 'forward') && MOVED_DATE_PHRASAL.has(tokens[i - 2]?.lemma ?? '');
}

/**
 * Is the preposition at i the one of a change's starting value's own date — right after that value,
 * "from" before it ("up from 6% in 1994", "to £3.1bn in November from £3.6bn in October")? The date
 * is where the change came from (datePrep 'from'), and the value's own (walk.ts).
 */
export function startValueDatePrep(tokens: readonly FrameToken[], i: number): boolean {
  return START_DATE_PREPS.has(tokens[i]?.low ?? '') && tokens[i - 1]?.kind === 'fig' && tokens[i - 2]?.low === 'from';
}

/** Prepositions of a starting value's own date (startValueDatePrep). */
const START_DATE_PREPS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during']);

/** Does "from" and a date stand right before the preposition at i ("from 1983 until", "from May 2001 till")? */
function spanFrom(tokens: readonly FrameToken[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const t = tokens[j];
    if (t.low === 'from') return j < i - 1;
    if (t.kind !== 'fig' && MONTHS[t.low] === undefined) return false;
  }
  return false;
}

/** Is the date at k dated by where an event comes from ("stemmed from April 2004"): a point, neither a start nor an end? */
export function datedByOrigin(tokens: FrameToken[], k: number): boolean {
  const i = datePrepAt(tokens, k);
  return i !== undefined && originOf(tokens, i);
}

/** The index of the preposition before the date at k, over fillers ("by the end of 2024"), if any. */
function datePrepAt(tokens: FrameToken[], k: number): number | undefined {
  for (let i = k - 1; i >= Math.max(0, k - 6); i--) {
    const t = tokens[i];
    if (MONTHS[t.low] !== undefined || t.kind === 'punct' && t.low === ',') continue;
    if (t.kind === 'fig') continue;
    if (DATE_PREPS.has(t.low) && !(t.low === 'of' && DATE_FILLERS.has(tokens[i - 1]?.low ?? ''))) return i;
    if (!DATE_FILLERS.has(t.low) && !/^\d{1,2}(?:st|nd|rd|th)?$/.test(t.low)) return undefined;
  }
  return undefined;
}

/** Words after "in the N years" that make it the stretch up to a moment ("in the four years since it closed", "in the two years to March"). */
const SPAN_END_WORDS: ReadonlySet<string> = new Set(['since', 'to', 'until', 'till', 'after', 'following', 'before']);

/** A year or quarter figure next to this one anchors it in time. */
export function notePeriodFigure(period: Period, g: Figure, tokens: FrameToken[], i: number, figures: readonly Figure[], afterFigure = false): void {
  if (g.kind === 'duration') {
    // "the last three months of 2004", "the three months to September": a calendar quarter
    const q = threeMonthsQuarter(g, tokens, i, figures);
    if (q !== undefined) {
      if (period.quarter === undefined) period.quarter = q;
      return;
    }
    // "over the past two years", "in the last six months", "over the coming 12 months": the stretch the figure covers
    const before = [tokens[i - 1]?.low, tokens[i - 2]?.low];
    if (period.span === undefined && before.some((w) => w === 'past' || w === 'last' || w === 'next' || w === 'previous' || (w !== undefined && COMING_WORDS.has(w)))) period.span = `${g.value}${g.unit ?? ''}`;
    // (…and "cost £28.7m … in the four years since it closed", "in the two years to March": a stretch
    // up to a moment, after the figure it dates — not one before it: "in the 50 years since that
    // first edition, when the record was 426m per minute" dates the record to the first edition)
    else if (afterFigure && period.span === undefined && before[0] === 'the' && before[1] === 'in' && SPAN_END_WORDS.has(tokens[i + 1]?.low ?? '')) period.span = `${g.value}${g.unit ?? ''}`;
    // (…and a span written as an adjective of the figure's noun, before it: "pushed the 10 month
    // deficit to $500.5bn", "its nine-month profit of £2m" — the total over that stretch)
    else if (!afterFigure && period.span === undefined && ATTRIBUTIVE_SPAN.test(g.text) && tokens[i + 1]?.kind === 'word' && !tokens[i + 1].func && !tokens[i + 1].verb) period.span = `${g.value}${g.unit ?? ''}`;
    return;
  }
  // "between 2005 and 2008", "the 1990s": a stretch of years, counted inclusively (not "2005-06", a financial year)
  if (g.kind === 'year' && g.high !== undefined && g.high - g.value >= 2 && period.stretch === undefined && period.year === undefined) {
    period.stretch = `${g.high - g.value + 1}year`;
    return;
  }
  if (g.kind === 'year' && period.year === undefined && g.high === undefined) {
    period.year = g.value;
    const m = tokens[i - 1];
    if (m && MONTHS[m.low] !== undefined && period.month === undefined && !monthSpanAt(tokens, i - 1)) period.month = MONTHS[m.low];
    if (DEADLINES.has(datePrep(tokens, i) ?? '')) period.deadline = true;
    if (yearListed(tokens, i, figures)) period.listed = true;
  } else if (g.kind === 'quarter' && period.quarter === undefined) {
    period.quarter = Math.round((g.value % 1) * 4) + 1;
    if (period.year === undefined) period.year = Math.floor(g.value);
  }
}

/** A span written as an adjective, its unit singular: "10 month", "nine-month", "12-week". */
const ATTRIBUTIVE_SPAN = /[\s-](?:hour|day|week|month|year)$/i;

/**
 * Three months named as a calendar quarter: "the last (final) three months of 2004" (the fourth),
 * "the first three months of 2005" (the first), "the three months to September" (the quarter that
 * month ends: March, June, September or December). The year, if any, is read as ever. Undefined
 * for any other span ("the past three months").
 */
function threeMonthsQuarter(g: Figure, tokens: readonly FrameToken[], i: number, figures: readonly Figure[]): number | undefined {
  if (g.value !== 3 || g.unit !== 'month') return undefined;
  const prev = tokens[i - 1]?.low;
  const next = tokens[i + 1]?.low;
  const yearAt = (j: number) => tokens[j]?.kind === 'fig' && figures[tokens[j].fig!]?.kind === 'year';
  if (next === 'of' && yearAt(i + 2)) {
    if (prev === 'last' || prev === 'final') return 4;
    if (prev === 'first') return 1;
  }
  if (next === 'to' && tokens[i - 1]?.low === 'the') {
    const m = MONTHS[tokens[i + 2]?.low ?? ''];
    if (m !== undefined && m % 3 === 0) return m / 3;
  }
  return undefined;
}

/** Is the year at i one of a list of years ("in 2001, 2002 and 2003", "in 2003 and 2004")? */
function yearListed(tokens: FrameToken[], i: number, figures: readonly Figure[]): boolean {
  const joined = (j: number) => tokens[j]?.low === ',' || tokens[j]?.low === 'and' || tokens[j]?.low === 'or';
  const yearAt = (j: number) => tokens[j]?.kind === 'fig' && figures[tokens[j].fig!]?.kind === 'year';
  return (joined(i - 1) && yearAt(i - 2)) || (joined(i + 1) && yearAt(i + 2));
}

/**
 * The span of months the month at i is an end of, [first, last]: "between October and December",
 * "from January to March", "October-to-December" (one token); undefined for a month alone.
 */
export function monthSpanAt(tokens: readonly FrameToken[], i: number): [number, number] | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.low.includes('-')) return monthSpanWord(t.low);
  const m = MONTHS[t.low];
  if (m === undefined) return undefined;
  const joins = (j: number) => MONTH_SPAN_JOINERS.has(tokens[j]?.low ?? '') || (tokens[j]?.low === 'and' && tokens[j - 2]?.low === 'between');
  const month = (j: number) => (tokens[j] ? MONTHS[tokens[j].low] : undefined);
  const after = month(i + 2);
  if (after !== undefined && joins(i + 1)) return [m, after];
  const before = month(i - 2);
  if (before !== undefined && joins(i - 1)) return [before, m];
  return undefined;
}

/** Prepositions before "the quarter" that date a figure by it ("in the quarter", "for the quarter"). */
const QUARTER_PREPS = new Set(['in', 'for', 'during', 'over']);

/** Words after "the year" that name its end: "the year to March", "the year ending June". */
const YEAR_END_WORDS = new Set(['to', 'ending', 'ended', 'through', 'until']);

/** The span of a year named by its end month (notePeriodFigure writes "the 12 months to …" so). */
const YEAR_BY_END_SPAN = '12month';

/**
 * "year" at i followed by its end month: "the year to September", "the year ending June", "the
 * fiscal year that ended in September" (a relative pronoun and "in" read past).
 */
function yearEndMonth(tokens: readonly FrameToken[], i: number): boolean {
  let j = i + 1;
  if (tokens[j]?.low === 'that' || tokens[j]?.low === 'which') j++;
  if (!YEAR_END_WORDS.has(tokens[j]?.low ?? '')) return false;
  j++;
  if (tokens[j]?.low === 'in') j++;
  return MONTHS[tokens[j]?.low ?? ''] !== undefined;
}

/**
 * The words periodWord reads a period from, besides month names and hyphened words ("third-quarter",
 * "full-year", "long-term"): every test it makes is of one of these as the word itself, so a word of
 * none of them gives no period, whatever the words around it.
 */
const PERIOD_WORDS: ReadonlySet<string> = new Set([
  'quarter', 'quarterly', 'half', 'current', 'annual', 'annually', 'year', 'whole', 'term', ...NOW_WORDS, ...FUTURE_WORDS, ...MATCH_BREAK_WORDS,
  // (and every word `MONTHS[low]` finds: its months, and — MONTHS being a plain object — the names
  // of Object.prototype's members, "constructor"; a set asks faster than an object's keys)
  ...Object.keys(MONTHS), ...Object.getOwnPropertyNames(Object.prototype),
]);

/**
 * Could the token give periodWord a period? False for all but a few words: the walk around each
 * figure asks every word it meets, and most are none of these.
 */
export function mayNamePeriod(t: FrameToken): boolean {
  return (t.kind === 'word' || t.kind === 'name') && (PERIOD_WORDS.has(t.low) || t.low.includes('-'));
}

/** The day written right before or after the month name at token i ("18 March", "March 18th"), if any. */
export function dayNextTo(tokens: readonly FrameToken[], i: number): number | undefined {
  const d = [tokens[i - 1], tokens[i + 1]].find((x) => x && x.kind === 'word' && DAY_OF_MONTH.test(x.low) && parseInt(x.low, 10) <= 31);
  return d ? parseInt(d.low, 10) : undefined;
}
const DAY_OF_MONTH = /^\d{1,2}(?:st|nd|rd|th)?$/;

/**
 * Period words: "third quarter", "first half", "last year", "a year earlier", month names (none for a
 * token mayNamePeriod refuses); `afterFigure`: the word follows the figure it dates.
 */
export function periodWord(period: Period, tokens: FrameToken[], i: number, figures: readonly Figure[], afterFigure = false): void {
  const t = tokens[i];
  if (t.kind !== 'word' && t.kind !== 'name') return;
  const low = t.low.includes('-') ? t.low.slice(t.low.lastIndexOf('-') + 1) : t.low;
  const lead = t.low.includes('-') ? t.low.slice(0, t.low.indexOf('-')) : undefined;
  if (lead && ORDINAL_WORDS[lead] > 0 && low === 'quarter' && period.quarter === undefined) period.quarter = ORDINAL_WORDS[lead];
  if (lead && ORDINAL_WORDS[lead] > 0 && low === 'half' && period.half === undefined) period.half = ORDINAL_WORDS[lead];
  const span = monthSpanAt(tokens, i);
  if (span) {
    if (period.months === undefined) period.months = `${span[0]}-${span[1]}`;
    // (three months that make a calendar quarter are that quarter: "between October and December")
    if (span[1] - span[0] === 2 && span[0] % 3 === 1 && period.quarter === undefined) period.quarter = span[1] / 3;
  } else if (MONTHS[low] !== undefined && period.month === undefined && !(low === 'may' && !t.cap)) {
    period.month = MONTHS[low];
    const d = dayNextTo(tokens, i);
    if (d !== undefined) period.day = d;
  }
  const prev = tokens[i - 1];
  // ("the fourth quarter": the ordinal before it may have been read as a figure of its own)
  const prevFig = prev?.kind === 'fig' ? figures[prev.fig!] : undefined;
  // ("the final quarter", and "the last quarter of 2004", are the fourth)
  const ofYear = tokens[i + 1]?.low === 'of' && tokens[i + 2]?.kind === 'fig' && figures[tokens[i + 2].fig!]?.kind === 'year';
  const prevOrd = prevFig ? (prevFig.kind === 'ordinal' && prevFig.value >= 1 && prevFig.value <= 4 ? prevFig.value : undefined) : prev ? yearPartOrdinal(prev.low === 'last' && ofYear ? 'final' : prev.low, low) ?? ORDINAL_WORDS[prev.low] : undefined;
  if ((low === 'quarter' || low === 'quarterly') && prevOrd && prevOrd > 0 && period.quarter === undefined) period.quarter = prevOrd;
  // "net profit was $186m in the quarter": a quarter the passage named before, a part of the year all the same
  if (low === 'quarter' && t.low === 'quarter' && prev?.low === 'the' && QUARTER_PREPS.has(tokens[i - 2]?.low ?? '') && period.quarter === undefined) period.someQuarter = true;
  // ("Quarterly sales rose 4.5%": a quarter's sales, which quarter unsaid — not a year's)
  if (t.low === 'quarterly' && !prevOrd && tokens[i + 1]?.kind === 'word' && !tokens[i + 1].func && period.quarter === undefined) period.someQuarter = true;
  if (low === 'half' && prevOrd && prevOrd > 0 && period.half === undefined) period.half = prevOrd;
  // ("kicked six penalties after the break", "before half-time": a match's second or first half)
  if (MATCH_BREAK_WORDS.has(t.low) && period.half === undefined) {
    const at = prev?.low === 'the' ? i - 2 : i - 1;
    const side = tokens[at]?.low;
    if (side === 'after') period.half = 2;
    else if (side === 'before') period.half = 1;
  }
  // "currently", "a current target of 18 months"
  if (period.tense === undefined && (NOW_WORDS.has(t.low) || (t.low === 'current' && CURRENT_NOUNS.has(tokens[i + 1]?.lemma ?? '')))) period.tense = 'now';
  // "for the full year", "annual profit", "full-year": the whole year, not a quarter of it
  // …and "profit for the year" (but "for the year to March" is a year by its end month, as the source will say)
  const forTheYear = low === 'year' && prev?.low === 'the' && tokens[i - 2]?.low === 'for' && !YEAR_END_WORDS.has(tokens[i + 1]?.low ?? '');
  // …and "for the whole of 2004"
  const wholeYear = low === 'whole' && tokens[i + 1]?.low === 'of' && tokens[i + 2]?.kind === 'fig' && figures[tokens[i + 2].fig!]?.kind === 'year';
  if (period.annual === undefined && (t.low === 'full-year' || t.low === 'annual' || t.low === 'annually' || (low === 'year' && prev?.low === 'full') || forTheYear || wholeYear)) period.annual = true;
  if (period.tense === undefined && (FUTURE_WORDS.has(t.low) || (t.low === 'term' && (prev?.low === 'medium' || prev?.low === 'long')))) period.tense = 'future';
  // "the year to September 2004", "the fiscal year that ended in September 2004": twelve months by
  // their end, as "the 12 months to 30 September 2004" are — after the figure they date (not "32.5
  // million in the year ending June 2004, compared to 23.5 million in June 2003", of the 23.5 million)
  if (afterFigure && low === 'year' && t.low === 'year' && period.span === undefined && yearEndMonth(tokens, i)) period.span = YEAR_BY_END_SPAN;
  if (low === 'year' && period.relative === undefined && !titleOfYear(tokens, i)) {
    const next = tokens[i + 1];
    // "rose 5% last year": when it happened ('last'); "up 5% on last year", "a year earlier": a base ('earlier')
    if (prev && prev.low === 'last' && !isBaseYear(tokens, i - 1)) period.relative = 'last';
    else if (prev && (prev.low === 'last' || prev.low === 'previous' || prev.low === 'prior')) period.relative = 'earlier';
    else if (next && EARLIER_WORDS.has(next.low)) period.relative = 'earlier';
    else if (prev && prev.low === 'this') period.relative = 'this';
    else if (prev && (prev.low === 'next' || (COMING_WORDS.has(prev.low) && tokens[i - 2]?.low === 'the'))) period.relative = 'next';
  }
}


/**
 * "Last year's winner, Graham Norton, fell to number 16": a year in the possessive before a title
 * (TITLE_HOLDERS), or before a name, says whose title it was or which thing, not when the clause's
 * figure holds.
 */
function titleOfYear(tokens: readonly FrameToken[], i: number): boolean {
  // (the possessive is in the word's span: "year's" is the token "year" over six characters)
  const t = tokens[i];
  const holder = tokens[i + 1];
  // (…or a named thing of that year, whatever it did later: "Last year's Pompeii drew 10 million
  // viewers in October 2003")
  return t.end - t.start === t.low.length + 2 && !!holder && ((holder.kind === 'word' && TITLE_HOLDERS.has(holder.lemma)) || holder.kind === 'name');
}

/** "from $639m year-earlier": a compound right after the figure makes that figure (only) the earlier one. */
export function earlierCompoundAfter(tokens: readonly FrameToken[], k: number): boolean {
  const t = tokens[k + 1];
  return !!t && t.kind === 'word' && t.low.includes('-') && EARLIER_WORDS.has(t.low);
}

/**
 * "rose to 310 in 2004 from 287 the previous year", "against $375m a year before": a phrase for
 * the year before right after the figure dates that figure (only) a year before its clause.
 */
export function yearBeforeAfter(tokens: readonly FrameToken[], k: number): boolean {
  const [a, b, c] = [tokens[k + 1], tokens[k + 2], tokens[k + 3]];
  if (!a || !b || !c || (a.low !== 'the' && a.low !== 'a')) return false;
  if ((b.low === 'previous' || b.low === 'prior') && c.low === 'year') return true;
  return b.low === 'year' && YEAR_BEFORE_WORDS.has(c.low);
}

/** Words after "a year" / "the year" that make it the year before ("a year earlier", "the year before"). */
const YEAR_BEFORE_WORDS = new Set(['earlier', 'before', 'ago', 'previously']);
