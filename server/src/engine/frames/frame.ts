// The claim frame of a figure: what the figure is about, read once from its sentence (and, for
// the subject and period, from the sentences before it), the same way in notes and sources.
//
//   subject  the names the figure is about ("Lenovo", "Phil Tufnell"), else those of the sentences before
//   metric   the counted noun or measured quantity, as synonym classes ("revenue" for sales/turnover)
//   role     level, change, share, rank, age, date, duration, multiple
//   end      "from" or "to" in a change from one level to another
//   per      the unit a rate is counted per ("a barrel", "a share", "per second")
//   period   year, month, quarter, half, or a relative period ("a year earlier", "last year", "this year")
//   value    an interval (bounds.ts)
//
// One stage a file: clauses.ts (boundaries, asides) → role.ts (level, change, share…) →
// walk.ts (the weighted words around) → metric.ts (what is measured) → period.ts (when) → this file (the subject, the words around, the
// frame); bounds.ts turns the figure's hedge into an interval.
//
// Reading is positional and local: the phrase right after the figure ("13.2 million people"), the
// phrase before it past linking verbs ("profit climbed 26%"), "X% of Y", "a Y of X", and the words
// around it weighted by distance, with commas, dashes, brackets and other figures lowering the weight
// of what lies beyond them. Every loop is bounded by the sentence.
import { durationAnchor } from './anchor';
import { dateEvent, dateVerb } from './event';
import type { Figure } from '../types';
import { isDateKind } from '../figures/agree';
import { isConversion } from '../figures/conversions';
import { monthAlone } from '../figures/months';
import { GAP_BEHIND, ORDINAL_SERIES_ADJECTIVES, PLACE_BEHIND } from '../figures/familyTables';
import { countBefore, DETERMINERS, isBoundary, Parens, parentheticals, placeEndingAt } from './clauses';
import { closingSpeaker, descriptionNames, openingFinders, frontedAsideNames, frontedDateNames, frontedSubject, jointOpening, openingSpeakers, openingSubject, pronounSpeakerAt, pronounSubjectAt, quotedTokens, relativeClauseNames, sentenceStarts } from './fronted';
import { FRAME_POLICY } from './policy';
import { metricOf, type MetricCompound } from './metric';
import { datePrep, dayNextTo, datedByOrigin, earlierCompoundAfter, modeOf, yearBeforeAfter } from './period';
import { baseRole, directionNear, endOf, explicitRateAfter, marginBy, perOf, pointsGap, trailedBy, rateSentences, reachedBound, SENTENCE_DATED, SENTENCE_RATED, roleOf, timeRateOf } from './role';
import { type FrameToken, sentenceNames } from './tokens';
import { VENUE_WORDS, ALTERNATIVE_GUESSES, FRONTED_PLACE_PREPS, MAIN_CLAUSE_VERBS, MONTHS, QUALIFIER_OPENERS, TIMES_TITLE, ADDRESS_COMPLEMENTS, ALONE_WORDS, COMPANY_CONCEPT, ARTICLES, INCREMENT_ADJECTIVES, INCREMENT_DETERMINERS, ANAPHORIC_COPULAS, ANAPHORIC_DETERMINERS, ANAPHORIC_VALUE_NOUNS, APPOSITION_BLOCKERS, BE_GROUP_WORDS, VERB_GROUP_WORDS, CUMULATIVE_AFTER, CUMULATIVE_WORDS, NEGATED_ANSWER, NEGATED_BE, NEGATED_MODALS, DO_FORMS, MODALS, ANSWER_ADVERBS, NEGATIONS, NEGATING_NOUNS, SINCE_DENIALS, TIME_LEFT_PURPOSE, TIME_LEFT_WORDS, NEGATION_CLAUSE_OPENERS, NEGATION_PASSABLE, NEGATION_QUANTIFIERS, ATTRIBUTION_VERBS, COMPARISON_OPENERS, RELATIVE_OPENERS, FIGURE_DATING_PREPS, FINDING_VERBS, GAP_LIST_PREPS, GAP_OPENERS, LIST_SEPARATORS, PERIOD_LIST_JOINERS, MOMENT_NOUNS, PLACED_PREPS, RANK_QUANTIFIERS, SUPERSEDED_NOUNS, SUPERSEDED_WORDS, ADDRESS_VERBS, GIVING_VERBS, PERSON_ROLES, REPORTING_BODY_HEADS, ELLIPTICAL_EACH, ELLIPTICAL_OF, LEVEL_FROM_MARKS, LEVEL_FROM_WORDS, SINCE_EXTREMES } from './lexicon';
import type { ClaimFrame, FrameInput, Period } from './types';
import { type Anchor, type Landmarks, walkAround } from './walk';

export type { ClaimFrame, FrameInput, Period, Role } from './types';

const P = FRAME_POLICY;

/** Figures that say when or how long: a change's end reads its metric past those that measure nothing. */
const TIME_KINDS: ReadonlySet<string> = new Set(['duration', 'date', 'quarter']);

/** Frames of every figure of a sentence (index-aligned with `figures`). */
export function sentenceFrames(input: FrameInput): ClaimFrame[] {
  const framer = new SentenceFramer(input);
  for (let fi = 0; fi < input.figures.length; fi++) framer.frameAt(fi);
  return framer.frames;
}

/**
 * The frames of a sentence's figures, read in order as far as asked (`frameAt`): a figure's frame
 * reads only the frames before it (a conversion in brackets, a change's metric, a date's figure),
 * so the frame of one figure of a passage of many costs its own and those before it, and is the
 * very frame `sentenceFrames` makes (a source passage's candidates are often one of its figures).
 */
export class SentenceFramer {
  readonly frames: ClaimFrame[] = [];
  private readonly tokens: readonly FrameToken[];
  private readonly figures: FrameInput['figures'];
  private readonly parens: Parens;
  private readonly figTok: number[];
  private readonly names: string[];
  private readonly firstNamedAt: number[];
  private readonly leads: Map<string, string>;
  private readonly owners: Set<string>;
  private readonly titled: Set<string>;
  private readonly at: Landmarks;

  constructor(private readonly input: FrameInput) {
    const { tokens, figures, text } = input;
    this.tokens = tokens;
    this.figures = figures;
    const parens = (this.parens = new Parens(parentheticals(tokens, text)));
    const figTok = (this.figTok = new Array<number>(figures.length).fill(-1));
    tokens.forEach((t, i) => {
      if (t.fig !== undefined) figTok[t.fig] = i;
    });
    const { names, firstNamedAt, leads, owners, titled } = sentenceNames(tokens);
    this.names = names;
    this.firstNamedAt = firstNamedAt;
    this.leads = leads;
    this.owners = owners;
    this.titled = titled;
    this.at = { parens, names, firstFrom: tokens.findIndex((t) => t.low === 'from'), sentenceStarts: sentenceStarts(tokens), quoted: quotedTokens(tokens), rated: rateSentences(tokens, figures) };
  }

  /** The frame of figure `i` (and of every figure before it, made first). */
  frameAt(i: number): ClaimFrame {
    while (this.frames.length <= i) this.next();
    return this.frames[i];
  }

  /** Make the frame of the next figure. */
  private next(): void {
    const { input, tokens, figures, parens, figTok, names, firstNamedAt, leads, owners, titled, at, frames } = this;
    const fi = frames.length;
    const k = figTok[fi];
    if (k < 0) {
      frames.push(emptyFrame(figures[fi], names));
      return;
    }
    // A conversion in brackets ("£138m ($259.8m)") says what the figure before it says.
    const paren = parens.around(k);
    // (not a set's tie-break after its set: "7-6 (7-5)" — metric.ts)
    // (…each of a list of them: "14bn euros ($19bn; £10bn)")
    if (paren && paren[0] > 0 && tokens[paren[0] - 1].kind === 'fig' && conversionList(tokens, paren) && !(figures[fi].kind === 'score' && figures[tokens[paren[0] - 1].fig!]?.kind === 'score')) {
      const prev = frames[tokens[paren[0] - 1].fig!];
      if (prev) {
        frames.push({ ...prev, role: roleOf(input, fi, k, prev.direction) ?? prev.role });
        return;
      }
    }
    // …and so does one after ", or" in another currency ("an estimate of £1.8m, or $4.3m")
    const before = tokens[k - 3];
    if (tokens[k - 1]?.low === 'or' && tokens[k - 2]?.low === ',' && before?.kind === 'fig' && frames[before.fig!] && isConversion(input.text, figures[before.fig!], figures[fi])) {
      frames.push({ ...frames[before.fig!] });
      return;
    }
    // …and so does a second guess at the same value after ", maybe" ("a price of about 300 pence,
    // maybe 305"): the one quantity, put higher or lower
    const guessed = tokens[k - 3];
    if (ALTERNATIVE_GUESSES.has(tokens[k - 1]?.low ?? '') && tokens[k - 2]?.low === ',' && guessed?.kind === 'fig' && frames[guessed.fig!] && (figures[guessed.fig!].kind === figures[fi].kind || figures[fi].unit === undefined)) {
      frames.push({ ...frames[guessed.fig!] });
      return;
    }
    // …and a percentage after ", or" restates a change in money or points as a share of the level
    // it started from ("were up 56 pence, or 7.6%, at 797p"; "fell by $2.10, or 3%"; without the
    // comma after a sum only: "rose by £106m or 47.3%", never "5 or 6%"): the same change
    const restated = restatedChange(tokens, k, figures, fi);
    if (restated !== undefined && frames[restated]?.role === 'change') {
      frames.push({ ...frames[restated] });
      return;
    }
    const fr = buildFrame(input, fi, k, paren, at, countBefore(firstNamedAt, k));
    // (a month or quarter named in words is the date it names, no period of itself: "the third
    // quarter" reads Q3 from its own words, which would set it apart from "the second quarter")
    if (monthAlone(figures[fi])) {
      if (figures[fi].kind === 'quarter' || figures[fi].high !== undefined) delete fr.period.quarter;
      else delete fr.period.month;
    }
    gapped(input, fi, k, fr, frames, 'change');
    placeListed(input, fi, k, fr, frames);
    periodListed(input, fi, k, fr, frames);
    valueAnaphor(input, fi, k, fr, frames, at.sentenceStarts, figTok);
    ownerListed(input, fi, k, fr, frames);
    elliptical(input, fi, k, fr, frames, at.sentenceStarts, figTok);
    // (a level after the lists by place and by owner have had their say)
    gapped(input, fi, k, fr, frames, 'level');
    if (leads.size) fr.leads = leads;
    if (owners.size) fr.owners = owners;
    if (titled.size) fr.titled = titled;
    // ", a rise of 15%", "up from $393.9m": a change, or one end of it, with no metric of its own
    // measures what the figure before it measures
    // (past the dates and spans between: "to $1.13bn for the three months to December, from $639m")
    // …and so does the other side of a comparison ("made $121.9m, against $156.8m a year earlier")
    if (!fr.metric.length && (fr.role === 'change' || fr.end || comparisonBase(tokens, k))) {
      let g = fi - 1;
      // (a year too, whatever event it dates: "from 25.1% in the third quarter of 2018 to 19%")
      // (and a month named alone, whatever it reads: "£5.2bn in March, up from £3.8bn")
      for (let skipped = 0; g >= 0 && skipped < P.timeFiguresSkipped && ((TIME_KINDS.has(figures[g].kind) && !frames[g].metric.length) || figures[g].kind === 'year' || monthAlone(figures[g])); skipped++) g--;
      if (g >= 0 && frames[g].metric.length && figures[g].kind !== 'year') {
        fr.metric = frames[g].metric;
        fr.counted = frames[g].counted;
      }
    }
    // a date right after the figure it dates ("to 150,000 by 2008") is that figure's date: a
    // yearly target's deadline is read with its rate and what it measures
    const dated = tokens[k - 2];
    if (fr.role === 'date' && dated?.kind === 'fig' && FIGURE_DATING_PREPS.has(tokens[k - 1]?.low ?? '') && frames[dated.fig!]) {
      const g = frames[dated.fig!];
      if (!fr.per && g.per) fr.per = g.per;
      if (!fr.metric.length && g.metric.length) fr.metric = g.metric;
    }
    frames.push(fr);
  }
}

/**
 * The figure before figure fi that states a value: a month named alone between ("£5.2bn in March,
 * after £8.3bn in February") dates the one before it and is no item of a list of values. -1 when none.
 */
function valueBefore(figures: readonly Figure[], fi: number): number {
  let g = fi - 1;
  while (g >= 0 && monthAlone(figures[g])) g--;
  return g;
}

/** The figure a percentage right after "or" restates as a change ("up 56 pence, or 7.6%"), if any: its index. */
function restatedChange(tokens: readonly FrameToken[], k: number, figures: readonly Figure[], fi: number): number | undefined {
  if (figures[fi].kind !== 'percent' || tokens[k - 1]?.low !== 'or' || tokens[k + 1]?.low === 'of') return undefined;
  const comma = tokens[k - 2]?.low === ',';
  const before = tokens[comma ? k - 3 : k - 2];
  if (before?.kind !== 'fig') return undefined;
  const g = figures[before.fig!];
  return g && g.kind !== 'percent' && (comma || g.kind === 'currency') ? before.fig : undefined;
}

/**
 * A figure with no metric of its own placed by "in", right after another of its kind placed the
 * same way ("the average price was £192,713 in England; £139,544 in Wales; £116,542 in Scotland,
 * and £111,314 in Northern Ireland"; "compared with 12.1% in Germany, 10.4% in Spain and 9.7% in
 * France"): an item of a list by place, measuring what the list's first item measures.
 */
function placeListed(input: FrameInput, fi: number, k: number, fr: ClaimFrame, frames: readonly ClaimFrame[]): void {
  const { tokens, figures } = input;
  const pi = valueBefore(figures, fi);
  if (fr.metric.length || pi < 0) return;
  // (…and the place before each item: "it was just over 66,000, in Wales just over 59,000 and in Scotland 53,000")
  const before = placeEndingAt(input, k - 1);
  if (before && !fr.placeAfter) {
    const prev = frames[pi];
    const i = backOverSeparators(tokens, before.start - 1);
    if (i < before.start - 1 && tokens[i]?.fig === pi && prev?.metric.length && figures[pi].kind === figures[fi].kind) {
      fr.metric = prev.metric;
      fr.counted = prev.counted;
    }
    return;
  }
  if (!fr.placeAfter) return;
  const prev = frames[pi];
  if (!prev?.placeAfter || !prev.metric.length || figures[pi].kind !== figures[fi].kind) return;
  // back over the separators, then the previous item's place adverbial (clauses.ts
  // placeEndingAt), right after its figure
  const i = backOverSeparators(tokens, k - 1);
  if (i === k - 1) return;
  const place = placeEndingAt(input, i);
  if (!place || tokens[place.start - 1]?.fig !== pi) return;
  fr.metric = prev.metric;
  fr.counted = prev.counted;
}

/**
 * A figure with no metric of its own set after another of its kind by "after" or "against", each
 * dated ("Mortgage lending grew by £7.1bn in December, after £4.6bn in November"; "rose 0.5% in May,
 * against 0.3% in April"): the same measure for another period — what the first measures, and how.
 */
function periodListed(input: FrameInput, fi: number, k: number, fr: ClaimFrame, frames: readonly ClaimFrame[]): void {
  const { tokens, figures } = input;
  const pi = valueBefore(figures, fi);
  if (fr.metric.length || pi < 0 || !PERIOD_LIST_JOINERS.has(tokens[k - 1]?.low ?? '') || tokens[k - 2]?.low !== ',') return;
  const prev = frames[pi];
  if (!prev?.metric.length || figures[pi].kind !== figures[fi].kind) return;
  const dated = (f: ClaimFrame) => f.period.month !== undefined || f.period.year !== undefined || f.period.quarter !== undefined;
  if (!dated(prev) || !dated(fr)) return;
  // (the first figure's token, then its date, then the comma: nothing else between)
  let i = k - 3;
  while (i >= 0 && tokens[i].kind !== 'fig' && tokens[i].kind !== 'punct' && k - 3 - i < P.periodListGap) i--;
  if (tokens[i]?.fig !== pi) return;
  fr.metric = prev.metric;
  fr.counted = prev.counted;
  if (prev.role === 'change' && fr.role === 'level') {
    fr.role = 'change';
    if (prev.direction) fr.direction = prev.direction;
  }
}

/**
 * A figure with no metric of its own that counts "each" or "of those" ("with seven victories,
 * followed by the UK and France with five each"; "downloaded by about 100,000 people … and an
 * estimated 20,000 of those were from the UK"): it counts what the nearest figure of its kind
 * before it in the sentence counts (among the FRAME_POLICY.ellipticalFigures figures before it).
 */
function elliptical(input: FrameInput, fi: number, k: number, fr: ClaimFrame, frames: readonly ClaimFrame[], starts: Int32Array, figTok: readonly number[]): void {
  const { tokens, figures } = input;
  if (fr.metric.length) return;
  const next = tokens[k + 1];
  const each = next?.kind === 'word' && ELLIPTICAL_EACH.has(next.low);
  const ofThose = next?.low === 'of' && ELLIPTICAL_OF.has(tokens[k + 2]?.low ?? '');
  if (!each && !ofThose) return;
  for (let j = fi - 1; j >= Math.max(0, fi - P.ellipticalFigures); j--) {
    if (figTok[j] < starts[k]) return;
    if (figures[j].kind !== figures[fi].kind || !frames[j]?.metric.length) continue;
    fr.metric = frames[j].metric;
    fr.counted = frames[j].counted;
    return;
  }
}

/** Back from token i over a list's separators, at most two (", and"): where they start, or i itself when none. */
function backOverSeparators(tokens: readonly FrameToken[], i: number): number {
  let j = i;
  while (j > 0 && i - j < 2 && LIST_SEPARATORS.has(tokens[j].low)) j--;
  return j;
}

/** The names right after the verb at token j (at most FRAME_POLICY.apposedNames), and the token after them: whom it addresses or gives to. */
function namesAfter(tokens: readonly FrameToken[], j: number): { names: string[]; end: number } {
  const names: string[] = [];
  let i = j + 1;
  while (tokens[i]?.kind === 'name' && names.length < P.apposedNames) names.push(tokens[i++].lemma);
  return { names, end: i };
}

/** The names a verb of telling addresses before "that", in the figure's sentence before it ("Tony Blair told MPs that 80% …" → mps), if any. */
function addresseesBefore(tokens: readonly FrameToken[], k: number): string[] | undefined {
  for (let j = k - 1; j > 0 && k - j <= P.addresseeReach; j--) {
    const t = tokens[j];
    if (t.kind === 'fig' || (t.kind === 'punct' && (t.low === '.' || t.low === ';'))) return undefined;
    if (t.kind !== 'word' || !ADDRESS_VERBS.has(t.lemma)) continue;
    const { names, end } = namesAfter(tokens, j);
    return names.length && ADDRESS_COMPLEMENTS.has(tokens[end]?.low ?? '') ? names : undefined;
  }
  return undefined;
}

/**
 * The names a verb of giving has as its recipient before the figure, in its sentence ("it will
 * supply India with 7.5 million tonnes … over a 25 year period", "they pay Fiat $2bn"): the verb, names
 * only, then "with", or the figure itself (an article between) — no name before the verb in its
 * sentence, within FRAME_POLICY.addresseeReach tokens. Undefined when none.
 */
function recipientsBefore(tokens: readonly FrameToken[], k: number, starts: Int32Array): string[] | undefined {
  for (let j = k - 1; j > 0 && k - j <= P.addresseeReach; j--) {
    const t = tokens[j];
    if (t.kind === 'punct' && (t.low === '.' || t.low === ';')) return undefined;
    if (t.kind !== 'word' || !GIVING_VERBS.has(t.lemma)) continue;
    const { names, end } = namesAfter(tokens, j);
    if (!names.length) return undefined;
    let i = end;
    // (only when no name gives before the verb, in its reach: "General Motors is to pay Fiat 1.55bn
    // euros" names both sides of the payment, and either may be what a note's sentence is about)
    for (let q = Math.max(starts[j], j - P.addresseeReach); q < j; q++) if (tokens[q].kind === 'name') return undefined;
    if (tokens[i]?.low === 'with') return names;
    while (i < k && tokens[i].func && ARTICLES.has(tokens[i].low)) i++;
    return i === k ? names : undefined;
  }
  return undefined;
}

/** Is the figure at token k a value its noun calls superseded: "a previous estimate of 12%", "the original target of 3%" (not "the previous 18 months", "the original 1998 Half-Life")? */
export function supersededAt(tokens: readonly FrameToken[], k: number): boolean {
  return tokens[k - 1]?.low === 'of' && SUPERSEDED_NOUNS.has(tokens[k - 2]?.lemma ?? '') && SUPERSEDED_WORDS.has(tokens[k - 3]?.low ?? '');
}

/** The possessor's name right before a figure ("Amicus' 20,000", "Unison's 800,000"): its names' lemmas, the token it starts at. */
function ownerBefore(tokens: readonly FrameToken[], k: number): { names: string[]; start: number } | undefined {
  let i = k - 1;
  if (tokens[i]?.low === "'") i--;
  const names: string[] = [];
  // (through "and" and an apostrophe inside the name: "the Transport and General Workers' Union's 70,000")
  const inside = (t: FrameToken) => (t.low === 'and' || t.low === "'") && tokens[i - 1]?.kind === 'name';
  for (; i >= 0 && (tokens[i].kind === 'name' || (names.length > 0 && inside(tokens[i]))) && names.length < P.placeAfterNames; i--) if (tokens[i].kind === 'name') names.unshift(tokens[i].lemma);
  return names.length ? { names, start: i + 1 } : undefined;
}

/**
 * A count with no noun of its own after its owner's name, right after another count of its kind
 * after its owner's name that has one ("Unison's 800,000 workers, the GMB's 70,000 and Amicus'
 * 20,000"): an item of a list by owner, counting what the first counts, about its own owner. Only
 * list separators, articles and the owner's name stand between the two items.
 */
function ownerListed(input: FrameInput, fi: number, k: number, fr: ClaimFrame, frames: readonly ClaimFrame[]): void {
  const { tokens, figures } = input;
  const pi = valueBefore(figures, fi);
  if (fr.metric.length || pi < 0 || fr.role !== 'level') return;
  const prev = frames[pi];
  const f = figures[fi];
  const g = figures[pi];
  if (!prev?.counted || g.kind !== f.kind || g.unit !== f.unit || f.kind === 'year') return;
  // (what follows the figure must not be a noun of its own: "and Amicus' 20,000 cars")
  const next = tokens[k + 1];
  if (next && next.kind === 'word' && !next.func && !next.verb) return;
  const own = ownerBefore(tokens, k);
  if (!own) return;
  // back over separators and articles to the previous item's counted noun, right after its figure preceded by its owner
  let i = own.start - 1;
  while (i > 0 && (LIST_SEPARATORS.has(tokens[i].low) || tokens[i].low === 'the')) i--;
  if (i === own.start - 1) return;
  // the previous item's counted noun phrase ends at i: at most FRAME_POLICY.metricWords words after its figure
  let j = i;
  while (j > 0 && tokens[j].kind === 'word' && i - j < P.metricWords) j--;
  if (tokens[j]?.fig !== pi || !ownerBefore(tokens, j)) return;
  fr.metric = prev.metric;
  fr.counted = prev.counted;
  fr.subject = own.names;
}

/**
 * A figure right after "and" with no verb of its own, after a change figure of the same kind in
 * its sentence ("Rents rose 5% in Leeds and 7% in York", "fell 3% in March and 2% in April"):
 * the verb is shared, so is what the first measures, its role and direction (gapping). `first`
 * 'level': a level with no metric of its own after a level that has one ("would cost £2.50 at one
 * shop and at the other £9.99") measures the same — read after the lists by place and by owner.
 */
function gapped(input: FrameInput, fi: number, k: number, fr: ClaimFrame, frames: readonly ClaimFrame[], first: 'change' | 'level'): void {
  const { tokens, figures } = input;
  if (fr.role === 'change' || fi === 0 || (first === 'level' && fr.metric.length)) return;
  // the opener right before the figure, or before a short phrase of its own ("and profits 7%", "and for men 7%")
  // — or before who reported it, the figure bare after the verb ("while Nationwide reported 0.8%":
  // the report of the same measure, the change the first clause names)
  const reported = FINDING_VERBS.has(tokens[k - 1]?.lemma ?? '') && tokens[k - 2]?.kind === 'name';
  let o = reported ? k - 2 : k - 1;
  // (any other verb of its own makes it a clause of its own: "and Nationwide saw prices fall 0.8%")
  const ownVerb = (t: FrameToken) => t.verb === true || ATTRIBUTION_VERBS.has(t.low);
  // (longer, when it holds only names and function words: "and from North America by some 9%"; not
  // "and the global average of 3.6%", a noun of its own)
  for (let words = 0; o > 0 && k - 1 - o < P.gapPhraseTokens && !GAP_OPENERS.has(tokens[o].low) && tokens[o].kind !== 'fig' && !ownVerb(tokens[o]) && !isBoundary(tokens[o]); o--) {
    if (tokens[o].kind !== 'name' && !tokens[o].func) words++;
    if (words > 0 && k - o > P.gapPhrase) break;
  }
  // (…or a comma before the preposition the change's own figure had: "rose by 1.1% in 2000, by 2.3% in 2001")
  const prep = tokens[o]?.low === ',' && GAP_LIST_PREPS.has(tokens[o + 1]?.low ?? '') ? tokens[o + 1].low : undefined;
  if (!GAP_OPENERS.has(tokens[o]?.low ?? '') && !prep) return;
  const f = figures[fi];
  // (what the figure counts after it would be its own claim: "5% of homes and 7 cars")
  const next = tokens[k + 1];
  if (next && next.kind === 'word' && !next.func && !next.verb && next.low !== ',') return;
  for (let i = o - 1, n = 0; i >= 0 && n < P.gapReach; i--, n++) {
    const t = tokens[i];
    if (t.kind === 'fig') {
      const g = frames[t.fig!];
      const h = figures[t.fig!];
      // (past the date of the conjunct before: "rose 5% in 2003 and 7% in 2004")
      if (isDateKind(h.kind) && !isDateKind(f.kind)) continue;
      if (!g || h.kind !== f.kind || h.unit !== f.unit) return;
      if (prep && tokens[i - 1]?.low !== prep) return;
      // (a level with no metric of its own after a level that has one measures the same: "would cost
      // £2.50 at one shop and at the other £9.99")
      if (first === 'level') {
        if (g.role !== fr.role || !g.metric.length) return;
        // (a verb after the figure makes it a clause of its own: "600,000 workers and 12,000 are idle")
        if (next && (next.verb === true || VERB_GROUP_WORDS.has(next.low))) return;
        fr.metric = g.metric;
        fr.counted = g.counted;
        const own = tokens.slice(o + 1, k).filter((x) => x.kind === 'name').map((x) => x.lemma);
        if (own.length) fr.subject = own;
        return;
      }
      if (g.role !== 'change') return;
      fr.role = 'change';
      if (g.direction) fr.direction = g.direction;
      // (a name of the conjunct's own is whose figure it is: "Toyota's sales rose 11% and Nissan's 10%")
      const own = tokens.slice(o + 1, k).filter((x) => x.kind === 'name').map((x) => x.lemma);
      if (own.length) fr.subject = own;
      if (!fr.metric.length) {
        fr.metric = g.metric;
        fr.counted = g.counted;
      }
      return;
    }
    if (isBoundary(t) === 'hard' || t.verb || (t.kind === 'word' && input.lex.directionOf(t.lemma, t.low))) return;
  }
}

/**
 * A figure with no metric of its own whose subject is a value noun referring back ("In Singapore
 * the figure is close to 5%", "That number rose to 40"): it measures what the last figure of its
 * kind and unit in the sentences before measured (within valueAnaphorReach figures), when that
 * one's metric is said. Its own names stay its subject (Singapore's figure is not Thailand's).
 */
function valueAnaphor(input: FrameInput, fi: number, k: number, fr: ClaimFrame, frames: readonly ClaimFrame[], starts: Int32Array, figTok: readonly number[]): void {
  // (no metric but the value noun itself: "that number rose to 52,000")
  if (fr.metric.length > 1 || (fr.metric.length === 1 && !ANAPHORIC_VALUE_NOUNS.has(fr.metric[0]))) return;
  const { tokens, figures } = input;
  const start = starts[k];
  // the value noun, a few words before the figure with nothing of its own between ("the figure is close to")
  // (…or "it" and a copula right before the figure: "In Northern Ireland it was just over 66,000" —
  // not "It was the 899th number one", whose "it" is a thing)
  const itWas = (i: number) => i === k - 2 && tokens[i]?.low === 'it' && ANAPHORIC_COPULAS.has(tokens[i + 1]?.low ?? '');
  let j = k - 1;
  while (j > start && k - j <= P.valueAnaphorGap && !ANAPHORIC_VALUE_NOUNS.has(tokens[j].lemma) && !itWas(j)) {
    const t = tokens[j];
    if (t.kind !== 'word' || isBoundary(t)) return;
    j--;
  }
  if (!itWas(j) && (!ANAPHORIC_VALUE_NOUNS.has(tokens[j]?.lemma ?? '') || !ANAPHORIC_DETERMINERS.has(tokens[j - 1]?.low ?? '') || j - 1 < start)) return;
  const f = figures[fi];
  // the figures before, nearest first: this text's earlier sentences', then those its reader supplies
  // (past at most valueAnaphorReach figures of its own sentence: a sentence of thousands of figures
  // each after "the figure" stays linear)
  function* earlier(): Iterable<[Figure, ClaimFrame]> {
    let g = fi - 1;
    for (let own = 0; g >= 0 && figTok[g] >= start; g--) if (++own > P.valueAnaphorReach) return;
    for (; g >= 0; g--) if (figTok[g] >= 0) yield [figures[g], frames[g]];
    if (input.before) yield* input.before();
  }
  let n = 0;
  for (const [h, prev] of earlier()) {
    if (n++ >= P.valueAnaphorReach) return;
    // (past figures of other kinds: "6% of GDP, or about $8bn. … the figure is close to 5%")
    if (isDateKind(h.kind) || h.kind !== f.kind || h.unit !== f.unit) continue;
    if (!prev.metric.length) return;
    fr.metric = prev.metric;
    fr.counted = prev.counted;
    return;
  }
}

/**
 * What a place in a ranking ranks by: the superlative right after the ordinal ("third-largest" →
 * large, "second biggest" → big, "third most visited" → visit, "third least visited" → least visit,
 * "most digitally savvy" → savvy), or none.
 */
function rankedBy(tokens: readonly FrameToken[], k: number): string | undefined {
  let j = k + 1;
  if (tokens[j]?.low === '-') j++;
  const t = tokens[j];
  if (!t || t.kind !== 'word') return undefined;
  if (RANK_QUANTIFIERS.has(t.low)) {
    // (past an adverb of the adjective's: "the third most digitally savvy nation")
    let i = j + 1;
    while (i < j + 3 && tokens[i]?.kind === 'word' && /ly$/.test(tokens[i].low) && tokens[i + 1]?.kind === 'word') i++;
    const next = tokens[i];
    if (!next || next.kind !== 'word' || next.func) return undefined;
    return t.low === 'most' ? next.lemma : `${t.low} ${next.lemma}`;
  }
  // (a superlative: "largest" → large, "best" → good)
  return /est$/.test(t.low) && t.lemma !== t.low ? t.lemma : undefined;
}

/**
 * "Barclays alone is valued at", "Applications from Wales alone went up": the word "alone" after
 * what the figure is about, before the figure in its clause — a part the sentence sets apart from
 * a whole. Its holder (the word before it) and the concept of "alone" (read out of the metric).
 */
function aloneBefore(tokens: readonly FrameToken[], k: number): { holder: string; concept: string } | undefined {
  let verb = false;
  for (let i = k - 1; i > 0 && i >= k - P.metricLookBack; i--) {
    const t = tokens[i];
    if (t.kind === 'fig' || isBoundary(t) === 'hard') return undefined;
    // (a comma with a verb after it closes the clause "alone" is in: "whose album has sold eight
    // million in the US alone, is in the running for eight awards" — not "In the US alone, 5m were sold")
    if (t.low === ',' && verb) return undefined;
    if (t.verb) verb = true;
    const h = tokens[i - 1];
    if (ALONE_WORDS.has(t.low) && (h.kind === 'name' || (h.kind === 'word' && !h.func && !h.verb))) return { holder: h.lemma, concept: t.concept };
  }
  return undefined;
}

/**
 * Is the figure at token k a total gathered over time, by the words of its clause ("amassed a fortune
 * of $24m", "a total of 3,000", "$4bn in total", "3,000 altogether", "so far", "to date")? Such a sum
 * is no rate per year or month whatever its size.
 */
/** Is the figure at token k an addition ("a further £100m", "an extra 300", "another 5%")? */
function addedBefore(tokens: readonly FrameToken[], k: number): boolean {
  const t = tokens[k - 1];
  if (!t || t.kind !== 'word') return false;
  return INCREMENT_DETERMINERS.has(t.low) || (INCREMENT_ADJECTIVES.has(t.low) && ARTICLES.has(tokens[k - 2]?.low ?? ''));
}

/** Does "also" stand before the figure's verb, only verbs and function words between ("is also recalling 19,924", "also sold 300")? */
function alsoBefore(tokens: readonly FrameToken[], k: number): boolean {
  for (let i = k - 1; i >= 0 && k - i <= P.alsoReach; i--) {
    const t = tokens[i];
    if (t.low === 'also') return true;
    if (t.kind !== 'word' || !(t.verb || t.func)) return false;
  }
  return false;
}

function totalNear(tokens: readonly FrameToken[], k: number): boolean {
  for (let i = k - 1; i >= 0 && i >= k - P.metricLookBack; i--) {
    const t = tokens[i];
    if (t.kind === 'fig' || isBoundary(t)) break;
    if (CUMULATIVE_WORDS.has(t.lemma) || (t.low === 'total' && tokens[i - 1]?.low === 'a')) return true;
  }
  // (after it, past the noun it counts: "52,000 visitors so far")
  for (let i = k + 1; i < tokens.length && i <= k + P.totalReach; i++) {
    if (CUMULATIVE_AFTER.some((phrase) => phrase.every((w, j) => tokens[i + j]?.low === w))) return true;
    if (tokens[i].kind === 'fig' || isBoundary(tokens[i])) break;
  }
  return false;
}

/**
 * Is what the figure at token k counts negated by the verb after it ("14,000 of its voters were not
 * registered", "300 posts weren't filled")? Those are the ones that are not: another quantity than
 * "registered voters" (the metric gains NEGATED_ANSWER, as a negated answer does).
 */
function countNegated(tokens: readonly FrameToken[], k: number): boolean {
  let i = k + 1;
  if (tokens[i]?.low === 'of') i++;
  while (tokens[i] && DETERMINERS.has(tokens[i].low)) i++;
  const nounsFrom = i;
  const verbAt = (t: FrameToken | undefined) => t !== undefined && (BE_GROUP_WORDS.has(t.low) || NEGATED_BE.has(t.low));
  while (tokens[i] && i - nounsFrom < P.negatedNounReach && tokens[i].kind === 'word' && !tokens[i].func && !tokens[i].verb && !verbAt(tokens[i])) i++;
  // (a modal or "did" and its negation, the figure the subject, its noun said or not: "12% could not
  // switch at all", "300 staff didn't return" — those who did not, no share of those who did)
  // (past an adverb: "One in three homes still cannot receive Freeview")
  let m = i;
  while (tokens[m] && ANSWER_ADVERBS.has(tokens[m].low) && !NEGATIONS.has(tokens[m].low)) m++;
  const low = tokens[m]?.low ?? '';
  if (NEGATED_MODALS.has(low) || ((MODALS.has(low) || DO_FORMS.has(low)) && NEGATIONS.has(tokens[m + 1]?.low ?? ''))) return true;
  if (i === nounsFrom || !verbAt(tokens[i])) return false;
  if (NEGATED_BE.has(tokens[i].low)) return true;
  while (tokens[i] && BE_GROUP_WORDS.has(tokens[i].low)) i++;
  return NEGATIONS.has(tokens[i]?.low ?? '');
}

/**
 * The day and month written right before the year at token k ("18 March 2003", "18th March, 2003",
 * "March 18, 2003"): the month name before the year (past a comma), its day beside it (period.ts dayNextTo).
 */
function dayOfYearDate(tokens: readonly FrameToken[], k: number): { day: number; month: number } | undefined {
  let m = k - 1;
  if (tokens[m]?.low === ',') m--;
  // ("March 18, 2003": the day between the month and the year)
  if (tokens[m]?.kind === 'word' && MONTHS[tokens[m].low] === undefined && MONTHS[tokens[m - 1]?.low ?? ''] !== undefined) m--;
  const month = MONTHS[tokens[m]?.low ?? ''];
  if (month === undefined) return undefined;
  const day = dayNextTo(tokens, m);
  return day !== undefined && day >= 1 ? { day, month } : undefined;
}

/** A part of a month glued to its name: "mid-July", "early-March". */
const MONTH_PART_PREFIX = /^(?:mid|early|late)-/;

/**
 * Is the clause of a "since" date at token k denied before it ("have failed to win the Ashes … since
 * 1970", "have not won a title since 1998", "without a win since 2001")? Then the date is the last
 * time it happened. Read back to the sentence's start (`starts`: fronted.ts sentenceStarts), at most
 * P.sinceDenialReach tokens, past an aside in brackets, stopping at a hard boundary.
 */
function sinceDenied(tokens: readonly FrameToken[], k: number, starts: Int32Array): boolean {
  for (let i = k - 1; i >= starts[k] && k - i <= P.sinceDenialReach; i--) {
    const t = tokens[i];
    // (past an aside in brackets: "win the Ashes (with a series victory) since 1970")
    if (t.low === ')') {
      while (i > starts[k] && tokens[i].low !== '(') i--;
      continue;
    }
    if (isBoundary(t) === 'hard') return false;
    if (t.kind === 'word' && (SINCE_DENIALS.has(t.low) || SINCE_DENIALS.has(t.lemma))) return true;
  }
  return false;
}

/**
 * Is the verb the figure at token k is the object of negated before it ("did not give the charity
 * £500", "has never been paid $5m", "at no point mentioned giving 5,000")? A denial states no value:
 * it supports no note that states one, nor contradicts one (frame `denied`; check/alignment.ts).
 * Only the object of the negated verb or of the verbs chained to it: nothing between but words of
 * its phrase and its auxiliaries (NEGATION_PASSABLE) — a preposition puts the figure in another
 * phrase ("is not related to the FCC's $550,000 fine", "has not raced for 15 years"), a bound or a
 * time word makes it one ("not more than 5%", "not until 2005"), and a verb after a noun opens
 * another clause ("would not discuss reports the party repaid £500,000"), as does a clause opener
 * before the negation is reached (NEGATION_CLAUSE_OPENERS: "did not say whether it paid $5m"); a
 * quantifier after it negates the quantifier (NEGATION_QUANTIFIERS: "not all counties set aside 20%").
 */
function verbNegated(tokens: readonly FrameToken[], k: number): boolean {
  let n = -1;
  for (let i = k - 1; i >= 0 && i >= k - P.negationReach; i--) {
    const t = tokens[i];
    if (t.kind === 'fig' || isBoundary(t) || NEGATION_CLAUSE_OPENERS.has(t.low)) return false;
    if (NEGATIONS.has(t.low) || NEGATED_BE.has(t.low) || NEGATED_MODALS.has(t.low) || (NEGATING_NOUNS.has(t.low) && tokens[i - 1]?.low === 'no')) {
      n = i;
      break;
    }
  }
  if (n < 0 || NEGATION_QUANTIFIERS.has(tokens[n + 1]?.low ?? '')) return false;
  let noun = false;
  for (let i = n + 1; i < k; i++) {
    const t = tokens[i];
    if (t.kind === 'punct') continue;
    if (t.func) {
      if (!DETERMINERS.has(t.low) && !VERB_GROUP_WORDS.has(t.low) && !NEGATION_PASSABLE.has(t.low)) return false;
      continue;
    }
    if (t.verb && noun) return false;
    if (!t.verb) noun = true;
  }
  return true;
}

/** Is the figure at token k the other side of a comparison ("against $156.8m", "compared with 4%")? */
function comparisonBase(tokens: readonly FrameToken[], k: number): boolean {
  for (let i = k - 1; i >= Math.max(0, k - P.comparisonReach); i--) if (COMPARISON_OPENERS.has(tokens[i].low)) return true;
  return false;
}

function emptyFrame(f: Figure, names: string[]): ClaimFrame {
  return { role: baseRole(f), metric: [], counted: 0, subject: [], names, namesBefore: 0, context: new Map(), period: {} };
}

function buildFrame(input: FrameInput, fi: number, k: number, paren: [number, number] | undefined, at: Landmarks, namesBefore: number): ClaimFrame {
  const { tokens } = input;
  const f = input.figures[fi];
  const { context, subject, anchors } = walkAround(input, f, k, paren, at);
  const role = roleOf(input, fi, k, directionNear(input, k), at.parens) ?? baseRole(f);
  const period = periodOf(anchors, role);
  // (a year that is the date itself is no relative year, whatever span follows: "pulled out in 2002,
  // a year before his death")
  if (role === 'date' && f.kind === 'year') delete period.relative;
  // an age between commas after a name is the age now, not at the clause's date ("Sainsbury, 64,
  // became a life peer in 1997": 64 today, not in 1997): its clause's year dates no age (alignment.ts)
  const apposed = role === 'age' && tokens[k + 1]?.low === ',' && (tokens[k - 1]?.low === ',' || (tokens[k - 1]?.low === 'now' && tokens[k - 2]?.low === ','));
  if (earlierCompoundAfter(tokens, k)) period.relative = 'earlier';
  // "310 in 2004 from 287 the previous year": 287 is the year before the clause's year
  else if (role !== 'change' && yearBeforeAfter(tokens, k)) {
    if (period.year !== undefined) {
      period.year -= 1;
      delete period.month;
      delete period.months;
      delete period.relative;
    } else period.relative = 'earlier';
  }
  const direction = changeDirection(input, k, role);
  const compound: MetricCompound = {};
  const [metric, counted] = metricOf(input, k, role, at.parens, compound);
  subject.push(...frontedSubject(tokens, k, at.sentenceStarts), ...openingSubject(tokens, k, at.sentenceStarts));
  // ("Before the release of How To Dismantle An Atomic Bomb, they had sold 125 million albums": not the album's)
  const aside = frontedAsideNames(tokens, k, at.sentenceStarts);
  if (aside) for (let i = subject.length - 1; i >= 0; i--) if (aside.includes(subject[i])) subject.splice(i, 1);
  // a change's "from the year before" / "than a year earlier" is its base, not its period
  if (role === 'change' && period.relative === 'earlier') delete period.relative;
  const mode = modeOf(input, k, at.parens);
  if (mode) period.mode = mode;
  // a name that is part of what is counted ("178 million PCs", "DS shipment targets") is not its subject
  const alone = aloneBefore(tokens, k);
  // (whom a speaker told, "told MPs that 80% …", is no one the figure is about: frame.addressed)
  const addressed = addresseesBefore(tokens, k);
  // (…nor whom a giver nobody named gives it, "it will supply India with 7.5 million tonnes" — but a
  // share given is the receiver's, "give Iran 20% of the market"; and the receiver is still a name
  // the figure's claim needs, "supply Peugeot with 30,000 cars" is not Nissan's)
  const received = input.figures[fi].kind === 'percent' ? undefined : recipientsBefore(tokens, k, at.sentenceStarts);
  const frame: ClaimFrame = { role, metric: alone ? metric.filter((m) => m !== alone.concept) : metric, counted: counted.length, subject: [...new Set(subject)].filter((x) => !counted.includes(x) && !addressed?.includes(x) && !received?.includes(x)), names: at.names, namesBefore, context, period };
  if (addressed) frame.addressed = addressed;
  if (compound.qualifier !== undefined && frame.metric[0] === compound.head) frame.qualifier = compound.qualifier;
  // (whoever opens the sentence by saying it, or closes it: "Colin High said …", "…, Jose Leibovich said")
  const opening = openingSpeakers(tokens, k, at.sentenceStarts);
  const closing = closingSpeaker(tokens, k, at.sentenceStarts);
  // (…or reports what it found: "PC Pro found that 16% of readers …" — no subject of the figure)
  const finders = opening ? undefined : openingFinders(tokens, k, at.sentenceStarts);
  const speakers = opening ?? finders ?? (closing && 'names' in closing ? closing.names : undefined);
  if (speakers) frame.speakers = speakers;
  if (finders) frame.subject = frame.subject.filter((x) => !finders.includes(x));
  // (a body that publishes others' figures, opening the sentence by saying this one, is not its subject)
  if (opening?.some((x) => REPORTING_BODY_HEADS.has(x))) frame.subject = frame.subject.filter((x) => !opening.includes(x));
  if (at.quoted[k] === 1) frame.quoted = true;
  if (pronounSubjectAt(tokens, k, at.sentenceStarts)) frame.pronounSubject = true;
  if (pronounSpeakerAt(tokens, k, at.sentenceStarts) || (closing !== undefined && 'pronoun' in closing)) frame.pronounSpeaker = true;
  // (the names of a description opening the sentence: "The US tycoon, who has been wooing the club")
  if (namesBefore > 0) {
    const personOrFirm = (l: string) => input.lex.isHuman(l) || PERSON_ROLES.has(l) || input.lex.concept(l) === COMPANY_CONCEPT;
    const described = descriptionNames(tokens, k, at.sentenceStarts, personOrFirm);
    if (described) frame.describedNames = new Set(described).size;
    // (…or a description of its own, "The firm is …", whose only names before the figure are places
    // a preposition brings: "The firm is the largest utility company in India, and the sixth largest
    // power producer" is about the firm named before — India is where, no one)
    else if (describedOpeningAt(tokens, at.sentenceStarts[k], personOrFirm) && onlyPlacesBefore(input, at.sentenceStarts[k], k)) frame.describedNames = namesBefore;
  }
  const joint = namesBefore > 1 ? jointOpening(tokens, k, at.sentenceStarts) : undefined;
  if (joint) frame.joint = joint;
  const which = relativeClauseNames(tokens, k, at.sentenceStarts);
  if (which) frame.relativeNames = which;
  if (alone) frame.alone = alone.holder;
  if (totalNear(tokens, k)) frame.total = true;
  if (addedBefore(tokens, k)) frame.added = true;
  else if (alsoBefore(tokens, k)) frame.also = true;
  // (a bound too: "did not pay more than $5m" is denied; "not more than" and "did not exceed", right
  // before the figure, are hedges of their own — figures/tables.ts)
  if (verbNegated(tokens, k)) frame.denied = true;
  if (countNegated(tokens, k) && !frame.metric.includes(NEGATED_ANSWER)) frame.metric = [...frame.metric, NEGATED_ANSWER];
  if (direction && role === 'change') frame.direction = direction;
  if (apposed) frame.ageNow = true;
  if (supersededAt(tokens, k)) frame.superseded = true;
  if (role === 'age' || f.kind === 'ordinal') {
    const holder = apposedHolder(input, k) ?? (f.kind === 'ordinal' ? rankedAfter(input, k) : undefined);
    if (holder) frame.apposedTo = holder;
  } else if (TIMES_TITLE.test(f.text)) {
    const holder = titleHolder(tokens, k);
    if (holder) frame.apposedTo = holder;
  }
  if (f.kind === 'year') {
    const dated = datedNamesAfter(tokens, k);
    if (dated) frame.datedNames = dated;
  }
  // (…and the names of the series a place counts in, "the 24th Brit awards", "the 12th annual MTV
  // Europe awards": what it is the place of, which a story about it need not repeat)
  if (f.kind === 'ordinal') {
    const series = datedNamesAfter(tokens, ORDINAL_SERIES_ADJECTIVES.has(tokens[k + 1]?.low ?? '') ? k + 1 : k, k);
    if (series) frame.seriesNames = series;
  }
  const relative = relativeHolder(input, k);
  if (relative) frame.relativeOf = relative;
  if (f.kind === 'ordinal') {
    const by = rankedBy(tokens, k);
    if (by) frame.rankBy = by;
    if (qualifiedOrdinal(tokens, k)) frame.qualified = true;
  }
  const place = placeAfter(input, k);
  if (place) frame.placeAfter = place;
  const when = whenAfter(input, k);
  if (when) frame.whenAfter = when;
  const agent = agentAfter(input, k);
  if (agent) frame.agentAfter = agent;
  // (…and a fronted place in a series of years or editions, its noun then a comma: "Now in its third
  // year, the Bangkok International Film Festival …" is the festival's third)
  const fronted = role === 'date' || (f.kind === 'ordinal' && tokens[k + 1]?.kind === 'word' && tokens[k + 2]?.low === ',') ? frontedDateNames(tokens, k, at.sentenceStarts) : undefined;
  if (fronted) frame.frontedFor = fronted;
  const before = placeBefore(input, k);
  if (before) frame.placeBefore = before;
  // (a pronoun opening the clause is the subject, not the place after the verb: "He has competed
  // in Berlin five times" is about whoever "he" is — a date's place still says which day it is:
  // "They missed a test in Athens on 11 August")
  if (before && frame.pronounSubject && role !== 'date') frame.subject = frame.subject.filter((x) => !before.includes(x));
  // (no end for a date an event comes from: "the charge stemmed from April 2004" is when, not since)
  const end = role === 'date' && datedByOrigin(tokens, k) ? undefined : (endOf(tokens, k) ?? (role === 'level' && direction && reachedBound(f) ? 'to' : undefined));
  if (end) frame.end = end;
  // a level reached "to" by a verb of change has that verb's direction ("rose to 52.7" / "eased to
  // 52.7 from 57.6"): the same level reached the other way misquotes the direction (alignment.opposite)
  const verb = tokens[k - 2];
  if (end === 'to' && role !== 'change' && tokens[k - 1]?.low === 'to' && verb?.kind === 'word') {
    const way = input.lex.directionOf(verb.lemma, verb.low);
    if (way) frame.direction = way;
  }
  // (…and so does a level set off before "down from" or "up from" another: "a 36% share - down from
  // 39% -" is a share that fell to 36%, "profits of $12m, up from $9m" rose to it)
  const from = role === 'level' && !frame.end ? levelFrom(tokens, k) : undefined;
  if (from) {
    frame.end = 'to';
    frame.direction = from;
  }
  // (a date is a point in time, never a rate: "the best year since 2000", "its annual meeting in May 2004")
  // (…nor is a place in a series: "the 15th annual British Comedy Awards" is the 15th of them)
  const ordinal = f.kind === 'ordinal';
  const own = role === 'date' || ordinal ? undefined : perOf(tokens, k);
  // (…and one said in so many words later in the clause: "launched each day of the show" — not of
  // a span of time, "in the final three years for each year served")
  const explicit = role === 'date' || role === 'duration' || own ? undefined : explicitRateAfter(tokens, k);
  // (a share's "annual" is its whole's: "5% of Singapore's annual GDP" is no 5% a year)
  const per = role === 'date' || ordinal ? undefined : (own ?? timeRateOf(tokens, k, role !== 'share') ?? explicit);
  if (per) frame.per = per;
  // ("have five days to recover": what the span is for)
  const purpose = role === 'duration' && tokens[k + 1]?.low === 'to' ? tokens[k + 2] : undefined;
  if (purpose?.kind === 'word' && !purpose.func) frame.purpose = purpose.concept;
  // ("with 18 minutes left", "with eight minutes remaining", "with ten minutes to go": the time left)
  if (role === 'duration' && (TIME_LEFT_WORDS.has(tokens[k + 1]?.low ?? '') || (tokens[k + 1]?.low === 'to' && tokens[k + 2]?.low === 'go'))) frame.purpose = TIME_LEFT_PURPOSE;
  // (a rate the sentence states anywhere, past semicolons: role.ts rateSentences)
  if (role !== 'date' && !ordinal && (at.rated[k] & SENTENCE_RATED) !== 0) frame.rateNearby = true;
  // (a total in a sentence that dates something: "17,731,402 grants were paid from December 2018")
  if (!per && role !== 'date' && !ordinal && (at.rated[k] & SENTENCE_DATED) !== 0) frame.datedNearby = true;
  if (own) frame.perStated = true;
  else if (explicit && explicit === per) frame.perSaid = true;
  const partner = partnerBefore(input, k) ?? partnerAfter(input, k);
  if (partner) frame.partner = partner;
  // (…and whoever a lead or a gap in points is measured to: "three points adrift of Chelsea", "trail Chelsea by three points")
  const ahead = input.figures[tokens[k].fig!].kind === 'ordinal' ? namesBehind(input, k) : tokens[k + 1]?.lemma === 'point' ? (namesBehind(input, k + 1, GAP_BEHIND) ?? trailedBy(input, k)) : undefined;
  if (ahead) frame.behind = ahead;
  if (pointsGap(input, k)) frame.pointsGap = true;
  const extreme = role === 'duration' ? extremeSpan(tokens, k) : undefined;
  if (extreme) frame.extreme = extreme;
  if (role === 'date') {
    const prep = datePrep(tokens, k);
    if (prep) frame.prep = prep;
    if (prep === 'since' && sinceDenied(tokens, k, at.sentenceStarts)) frame.sinceDenied = true;
    if (input.figures[tokens[k].fig!].kind === 'date') frame.calendarDay = true;
    // ("in March 2004": the month written against the year is the date's own)
    else if (input.figures[tokens[k].fig!].kind === 'year' && tokens[k - 1]?.kind !== 'fig') {
      // (…a part of it too: "in mid-July 2004")
      const month = MONTHS[(tokens[k - 1]?.low ?? '').replace(MONTH_PART_PREFIX, '')];
      if (month !== undefined) frame.monthOfYear = month;
      // (…and the day written with them: "on 18 March 2003", "on March 18, 2003")
      const day = dayOfYearDate(tokens, k);
      if (day) {
        frame.monthOfYear = day.month;
        frame.dayOfMonth = day.day;
      }
    }
    const event = dateEvent(tokens, k);
    if (event) frame.event = event;
  }
  if (role === 'date' || input.figures[tokens[k].fig!].kind === 'date') {
    const verb = dateVerb(tokens, k, input.lex);
    if (verb) frame.dateVerb = verb;
  }
  if (role === 'duration') {
    const anchor = durationAnchor(tokens, k);
    if (anchor) frame.anchor = anchor;
    // ("founded 40 years ago": a date in disguise — its event and verb, as a date's)
    if (tokens[k + 1]?.low === AGO) {
      frame.ago = true;
      const event = dateEvent(tokens, k);
      if (event) frame.event = event;
      const verb = dateVerb(tokens, k, input.lex, true);
      if (verb) frame.dateVerb = verb;
    }
  }
  return frame;
}

/** The word after a span of time that makes it end now: "40 years ago". */
const AGO = 'ago';

/**
 * The names a year at token k modifies: a determiner before it, a run of names right after it (at
 * most FRAME_POLICY.placeAfterNames) and a lower-case noun closing the phrase ("the 1985 Hillsborough
 * disaster", "the 2004 Athens Games" is a name to its end); undefined otherwise.
 */
function datedNamesAfter(tokens: readonly FrameToken[], k: number, figureAt = k): string[] | undefined {
  // (a year's own: "1995's Lion King" is the one of that year, whatever follows)
  if (tokens[k + 1]?.low === "'s" || tokens[k + 1]?.low === '’s') {
    const own: string[] = [];
    for (let i = k + 2; tokens[i]?.kind === 'name' && own.length < FRAME_POLICY.placeAfterNames; i++) own.push(tokens[i].lemma);
    return own.length ? own : undefined;
  }
  if (!DETERMINERS.has(tokens[figureAt - 1]?.low ?? '')) return undefined;
  const out: string[] = [];
  let i = k + 1;
  for (; tokens[i]?.kind === 'name' && out.length < FRAME_POLICY.placeAfterNames; i++) out.push(tokens[i].lemma);
  return out.length && tokens[i]?.kind === 'word' && !tokens[i].func && !tokens[i].verb ? out : undefined;
}

/**
 * The names of a place right after the figure and "in" ("£116,542 in Scotland, and £111,314 in
 * Northern Ireland"), or after "in" and a noun "with" ("20,479.5bn yen in trade with the US"), if any.
 */
function placeAfter(input: FrameInput, k: number): string[] | undefined {
  const { tokens } = input;
  if (tokens[k + 1]?.low !== 'in') return venueAfter(input, k);
  // ("in the UK", "in the North East": the article before a place's name; "in trade with the US": a partner's)
  const partner = tokens[k + 2]?.kind === 'word' && tokens[k + 3]?.low === 'with' ? k + 4 : k + 2;
  return placeNamesAt(input, partner);
}

/** The names from token i ("the" past), at most FRAME_POLICY.placeAfterNames, when one of them is a place. */
function placeNamesAt(input: FrameInput, i: number): string[] | undefined {
  const { tokens, lex } = input;
  const out: string[] = [];
  for (let j = tokens[i]?.low === 'the' ? i + 1 : i; tokens[j]?.kind === 'name' && out.length < FRAME_POLICY.placeAfterNames; j++) out.push(tokens[j].lemma);
  return out.some((x) => lex.nameKind(x) === 'place') ? out : undefined;
}

/**
 * The place an event the figure measures was held in, its noun phrase then "took place in", "was
 * held in", "was staged in" ("A three-day Elvis convention took place in Blackpool"): within
 * FRAME_POLICY.venueReach tokens of the figure, no other figure or boundary between; undefined when none.
 */
function venueAfter(input: FrameInput, k: number): string[] | undefined {
  const { tokens } = input;
  for (let i = k + 1; i < tokens.length && i <= k + FRAME_POLICY.venueReach; i++) {
    const t = tokens[i];
    if (t.kind === 'fig' || t.kind === 'punct') return undefined;
    if (VENUE_WORDS.has(t.low) && tokens[i + 1]?.low === 'in') return placeNamesAt(input, i + 2);
  }
  return undefined;
}

/**
 * Whoever a place is behind, named right after it: "third behind Hayley Yelling and Justyna Bak",
 * "second behind the Dutch side Ajax" (past "the" and lower-case words of a name's description, and
 * "and" between names; at most twice FRAME_POLICY.placeAfterNames words); undefined when no name follows.
 */
function namesBehind(input: FrameInput, k: number, words: ReadonlySet<string> = PLACE_BEHIND): string[] | undefined {
  const { tokens } = input;
  if (!words.has(tokens[k + 1]?.low ?? '')) return undefined;
  const out: string[] = [];
  // (bounded in tokens too: "behind A and and and …" reads no further than a list of names would)
  const last = k + 1 + FRAME_POLICY.behindWords + FRAME_POLICY.placeAfterNames * 4;
  for (let i = k + 2; i <= last && tokens[i] && out.length < FRAME_POLICY.placeAfterNames * 2; i++) {
    const t = tokens[i];
    if (t.kind === 'name') out.push(t.lemma);
    else if (!(t.low === 'and' && out.length) && !(t.kind === 'word' && !t.verb && !out.length && i - k <= FRAME_POLICY.behindWords)) break;
  }
  return out.length ? out : undefined;
}

/**
 * The names of a "when" clause right after a point in time — a date, a minute of a match, a time
 * into it ("in 1998 when Smith joined", "on 17 March when Lord Goldsmith met", "in the 52nd minute when Schalk Burger was sin-binned", "on
 * 54 minutes when Dudek saved"), past the clause's article; undefined when none.
 */
function whenAfter(input: FrameInput, k: number): string[] | undefined {
  const { tokens } = input;
  const f = input.figures[tokens[k].fig!];
  if (!(isDateKind(f.kind) || f.kind === 'ordinal' || f.kind === 'duration')) return undefined;
  // (an ordinal's unit of time between: "the 52nd minute when")
  let at = tokens[k + 1]?.kind === 'word' && MOMENT_NOUNS.has(tokens[k + 1].lemma) && f.kind === 'ordinal' ? k + 2 : k + 1;
  // (past its comma: "stemmed from April 2004, when Ms Love found musician Kristin King")
  if (tokens[at]?.low === ',' && tokens[at + 1]?.low === 'when') at++;
  if (tokens[at]?.low !== 'when') return undefined;
  // every name of the clause, who did and who was done to ("when Ms Love found Kristin King")
  const out: string[] = [];
  for (let i = at + 1; i < tokens.length && i <= at + FRAME_POLICY.whenClauseReach && out.length < FRAME_POLICY.placeAfterNames; i++) {
    const t = tokens[i];
    if (t.kind === 'fig' || isBoundary(t)) break;
    if (t.kind === 'name') out.push(t.lemma);
  }
  return out.length ? out : undefined;
}

/** A past participle's ending ("announced", "taken"). */
const PARTICIPLE_END = /(?:ed|en)$/;

/**
 * The names of a passive's agent right after the figure and what it counts: "Two motions were
 * passed by the London Assembly", "£2m had been paid by Orvane", "the $204m announced by rival
 * Google" — who did it, though named after the figure. The counted words (at most
 * FRAME_POLICY.agentNounWords), a verb group of "be" and its auxiliaries (BE_GROUP_WORDS) ending in
 * a participle (or the participle alone, right after the figure), "by", then names (past "the" and
 * a few words describing them); undefined when the sentence is not so.
 */

function agentAfter(input: FrameInput, k: number): string[] | undefined {
  const { tokens } = input;
  let i = k + 1;
  for (let n = 0; n < FRAME_POLICY.agentNounWords && tokens[i]?.kind === 'word' && !tokens[i].func && !tokens[i].verb; n++) i++;
  // (or a participle right after the figure: "the $204m announced by rival Google")
  const participle = i === k + 1 && tokens[i]?.verb === true && PARTICIPLE_END.test(tokens[i].low) && tokens[i + 1]?.low === 'by';
  // (or "by" right after the counted noun of an action's object: "a separate prosecution of five
  // insurers by the State of California")
  const nominal = i > k + 1 && tokens[k - 1]?.low === 'of' && tokens[i]?.low === 'by';
  if (nominal) i -= 1;
  else {
    if (!participle && !BE_GROUP_WORDS.has(tokens[i]?.low ?? '')) return undefined;
    while (BE_GROUP_WORDS.has(tokens[i]?.low ?? '')) i++;
    if (!tokens[i]?.verb || tokens[i + 1]?.low !== 'by') return undefined;
  }
  i += tokens[i + 2]?.low === 'the' ? 3 : 2;
  // (past a description before the name: "by rival Google")
  for (let n = 0; n < FRAME_POLICY.agentNounWords && tokens[i]?.kind === 'word' && !tokens[i].func && !tokens[i].verb && tokens[i + 1]?.kind !== 'punct'; n++) i++;
  const out: string[] = [];
  // (names joined by "of" are one: "the State of California", "the Bank of England")
  for (; out.length < FRAME_POLICY.placeAfterNames; i++) {
    if (tokens[i]?.low === 'of' && out.length && tokens[i + 1]?.kind === 'name') continue;
    if (tokens[i]?.kind !== 'name') break;
    out.push(tokens[i].lemma);
  }
  return out.length ? out : undefined;
}

/**
 * The place named by "with" after a noun, before the verb of the figure ("the deficit with the EU
 * fell to £1.9bn", "trade with China rose 30%"): a partner, whose part of a whole the figure is.
 * Reads back at most FRAME_POLICY.partnerReach tokens, past the verb, "to", "by" and the article;
 * the partner's name must be followed by a verb.
 */
function partnerBefore(input: FrameInput, k: number): string[] | undefined {
  const { tokens } = input;
  for (let i = k - 1; i >= Math.max(0, k - FRAME_POLICY.partnerReach); i--) {
    const t = tokens[i];
    if (t.kind === 'fig' || t.kind === 'punct') return undefined;
    if (t.kind !== 'name') continue;
    // (the partner's name ends the subject: the figure's verb follows it — not "compares with the US price of $149")
    if (!tokens[i + 1]?.verb) return undefined;
    const partner = placeEndingAt(input, i, 'with');
    return partner && tokens[partner.start - 1]?.kind === 'word' ? partner.names : undefined;
  }
  return undefined;
}

/**
 * The place named by "with" after a noun in the figure's clause after it ("6.962 trillion yen,
 * accounted for by its trade with the US", "came from trade with China"): a partner, as
 * partnerBefore. Reads on at most FRAME_POLICY.partnerAfterReach tokens, past a comma right after
 * the figure only; stops at another figure or any other punctuation.
 */
function partnerAfter(input: FrameInput, k: number): string[] | undefined {
  const { tokens, lex } = input;
  const last = Math.min(tokens.length - 1, k + FRAME_POLICY.partnerAfterReach);
  for (let i = k + 1; i <= last; i++) {
    const t = tokens[i];
    if (t.kind === 'fig' || (t.kind === 'punct' && !(i === k + 1 && t.low === ','))) return undefined;
    if (t.low !== 'with') continue;
    const noun = tokens[i - 1];
    if (noun.kind !== 'word' || noun.func) return undefined;
    let q = tokens[i + 1]?.low === 'the' ? i + 2 : i + 1;
    const names: string[] = [];
    for (; tokens[q]?.kind === 'name' && names.length < FRAME_POLICY.placeAfterNames; q++) {
      if (lex.nameKind(tokens[q].lemma) !== 'place') return undefined;
      names.push(tokens[q].lemma);
    }
    return names.length ? names : undefined;
  }
  return undefined;
}

/** The names of a place right before the figure ("released in the US on 9 November", "retail in Japan for £99"), if any. */
function placeBefore(input: FrameInput, k: number): string[] | undefined {
  const i = PLACED_PREPS.has(input.tokens[k - 1]?.low ?? '') ? k - 2 : k - 1;
  return i >= 0 ? placeEndingAt(input, i)?.names : undefined;
}

/**
 * The period from the time anchors around a figure, nearest (heaviest) first: each field is taken
 * from the first anchor that has it, a year, "a year earlier" and "currently" each answering "when".
 */
function periodOf(anchors: Anchor[], role: string): Period {
  const period: Period = {};
  // (a change's starting value's own date first: startsOwn)
  anchors.sort((a, b) => Number(b.own === true) - Number(a.own === true) || b.w - a.w);
  let ahead = false;
  for (const { p, base, ahead: spanAhead, othersStart } of anchors) {
    // (the date of another figure's starting value: "down from $3.8bn in 2003, while … to $193bn")
    if (othersStart) continue;
    // "7% higher than in 2003", "up 10% on 2003": for a change, that year is its base
    // …and for any figure, when another year of its clause is no base ("would double from 2004 to
    // account for 10% of phones sold in 2005")
    if (base && (role === 'change' || anchors.some((a) => !a.base && a.p.year !== undefined))) continue;
    for (const key of Object.keys(p) as (keyof Period)[]) {
      // the nearer answer stands ("sold 12,500 in 2023, up 4.5% on the year before"; "currently at 62%, and … 85% by 2008")
      if (key === 'year' && (period.relative !== undefined || period.tense === 'now')) continue;
      if (key === 'month' && period.tense === 'now') continue;
      // ("prompting a 3% rise in prices over the coming 12 months": a stretch ahead of now that the
      // figure covers, nearer than the year or half of another clause, is its period — not "the last
      // six months of 2004", which that year dates)
      if ((key === 'year' || key === 'half' || key === 'quarter' || key === 'month') && ahead) continue;
      if (key === 'relative' && (period.year !== undefined || period.tense === 'now')) continue;
      if (key === 'tense' && p.tense === 'now' && (period.year !== undefined || period.relative !== undefined)) continue;
      // (whether a year is a deadline or one of a list is said of that year, not of another anchor's)
      if ((key === 'deadline' || key === 'listed') && p.year !== period.year) continue;
      if (period[key] === undefined) {
        (period as Record<string, unknown>)[key] = p[key];
        if (key === 'span' && spanAhead) ahead = true;
      }
    }
  }
  return period;
}

/** A change's direction: the word next to it, or "grew by an average of about 4%", "raised its targets by 30%": the change word further back. */
function changeDirection(input: FrameInput, k: number, role: string): 'up' | 'down' | undefined {
  const { tokens } = input;
  let direction = directionNear(input, k);
  if (role !== 'change' || direction) return direction;
  for (let i = k - 1; i >= Math.max(0, k - P.changeByReach) && !direction; i--) {
    const t = tokens[i];
    if (t.kind === 'fig' || isBoundary(t) === 'hard') break;
    if (t.kind === 'word') direction = input.lex.directionOf(t.lemma, t.low);
  }
  return direction ?? marginBy(input, k);
}

/** The frame as one line: "lenovo · revenue · change↓ · 2004 · 7.3%". */
export function describeFrame(fr: ClaimFrame, value: string): string {
  const period = [fr.period.quarter ? `Q${fr.period.quarter}` : '', fr.period.half ? `H${fr.period.half}` : '', fr.period.month ? `m${fr.period.month}` : '', fr.period.months ? `m${fr.period.months}` : '', fr.period.year ?? '', fr.period.relative ?? ''].filter(Boolean).join(' ');
  const role = fr.role + (fr.direction === 'up' ? '↑' : fr.direction === 'down' ? '↓' : '') + (fr.end ? ` ${fr.end}` : '') + (fr.per ? ` per ${fr.per}` : '') + (fr.denied ? ' (denied)' : '');
  return [fr.subject.join(' ') || '—', fr.metric[0] ?? '—', role, period || '—', value].join(' · ');
}

/**
 * The name a relative clause holding the figure hangs on: "Shrek 2, which had seven nominations,"
 * (", which" or ", who" within FRAME_POLICY.relativeReach tokens before the figure, no other
 * punctuation between; a number glued to the name is part of it) — whose figure it is, whatever
 * else the sentence names. Undefined when the figure is in no such clause.
 */
function relativeHolder(input: FrameInput, k: number): string[] | undefined {
  const { tokens } = input;
  for (let i = k - 1; i >= 2 && k - i <= P.relativeReach; i--) {
    const t = tokens[i];
    if (t.kind === 'punct' || t.kind === 'fig') return undefined;
    if (!RELATIVE_OPENERS.has(t.low)) continue;
    if (tokens[i - 1].low !== ',') return undefined;
    const names: string[] = [];
    let j = i - 2;
    if ((tokens[j]?.kind === 'fig' || /^\d+$/.test(tokens[j]?.low ?? '')) && tokens[j - 1]?.kind === 'name') j--;
    for (; j >= 0 && tokens[j].kind === 'name' && names.length < P.apposedNames; j--) names.push(tokens[j].lemma);
    return names.length ? names : undefined;
  }
  return undefined;
}

/** A name's possessive ending before what it holds ("Japan's third-largest", "the Lions' 23"). */
const POSSESSIVE_END = /['\u2019]s?\s*$/;

/**
 * Does a clause qualify the noun the ordinal at k counts ("the first Potter film where you get so
 * lost", "the third Conservative MP to defect")? Its noun phrase (words and names, at most
 * FRAME_POLICY.qualifiedReach tokens), then one of QUALIFIER_OPENERS ("to" before a verb only).
 */
function qualifiedOrdinal(tokens: readonly FrameToken[], k: number): boolean {
  let noun = false;
  for (let i = k + 1; i < tokens.length && i <= k + P.qualifiedReach; i++) {
    const t = tokens[i];
    if (noun && QUALIFIER_OPENERS.has(t.low)) return true;
    if (t.kind === 'punct' || t.kind === 'fig' || t.func || t.verb) return false;
    noun = true;
  }
  return false;
}

/**
 * Who holds the title an "N-time" figure counts, named right after its noun: "three-time women's
 * short-course champion Edith Masai" — the names after a lower-case head, within a few words; not
 * the names inside the title ("the two-time Academy Award winner").
 */
function titleHolder(tokens: readonly FrameToken[], k: number): string[] | undefined {
  let head = false;
  for (let i = k + 1; i < tokens.length && i <= k + P.titleHolderReach; i++) {
    const t = tokens[i];
    if (t.kind === 'name') {
      if (!head) continue;
      const out: string[] = [];
      for (let j = i; tokens[j]?.kind === 'name' && out.length < P.placeAfterNames; j++) out.push(tokens[j].lemma);
      return out;
    }
    if (t.kind !== 'word' || t.func || t.verb) return undefined;
    head = true;
  }
  return undefined;
}

/**
 * The names set after an ordinal's noun by a comma, to the end of the clause: what holds that
 * place ("promoting the album's second single, What Happens Tomorrow."), at most P.apposedNames
 * names past at most P.rankedNounWords words — not a speaker ("the second round, Ruiz said").
 */
function rankedAfter(input: FrameInput, k: number): string[] | undefined {
  const { tokens } = input;
  let i = k + 1;
  for (let n = 0; n < P.rankedNounWords && tokens[i]?.kind === 'word' && !tokens[i].func && !tokens[i].verb; n++) i++;
  if (i === k + 1 || tokens[i]?.low !== ',') return undefined;
  const names: string[] = [];
  // (a title's capitalised function words are part of it: "What Happens Tomorrow")
  for (i++; i < tokens.length && (tokens[i].kind === 'name' || tokens[i].cap === true) && names.length < P.apposedNames; i++) if (tokens[i].kind === 'name') names.push(tokens[i].lemma);
  const end = tokens[i];
  return names.length && (end === undefined || (end.kind === 'punct' && end.low !== '-')) ? names : undefined;
}

/** Does the sentence at `s` open with "The" and a word for a person or a firm, then its verb ("The firm is …", "The company said …")? */
function describedOpeningAt(tokens: readonly FrameToken[], s: number, personOrFirm: (lemma: string) => boolean): boolean {
  const head = tokens[s + 1];
  const verb = tokens[s + 2];
  return tokens[s]?.low === 'the' && head?.kind === 'word' && !head.func && personOrFirm(head.lemma) && verb?.kind === 'word' && (verb.verb === true || MAIN_CLAUSE_VERBS.has(verb.low));
}

/** Is every name between `s` and the figure at k a place a preposition brings ("in India", "across the EU")? */
function onlyPlacesBefore(input: FrameInput, s: number, k: number): boolean {
  const { tokens, lex } = input;
  // (read within P.placesBeforeReach tokens of the sentence's start: a figure farther on is past the description's reach, and each figure's read stays bounded)
  if (k - s > P.placesBeforeReach) return false;
  for (let i = s; i < k; i++) {
    const t = tokens[i];
    if (t.kind !== 'name') continue;
    if (!lex.isPlace(t.lemma)) return false;
    let j = i - 1;
    while (j >= s && (tokens[j].kind === 'name' || DETERMINERS.has(tokens[j].low))) j--;
    if (!FRONTED_PLACE_PREPS.has(tokens[j]?.low ?? '')) return false;
  }
  return true;
}

/**
 * The names a rank or an age at token k stands in apposition to, right before it and its comma:
 * "Sumitomo, Japan's third-largest bank" (past the place whose ranking it is), "Kenteris, 31, and
 * Thanou" — the names of one run before the comma, lower case; undefined when none stands there.
 */
function apposedHolder(input: FrameInput, k: number): string[] | undefined {
  const { tokens, text } = input;
  let i = k - 1;
  // (a name token keeps its possessive: "Japan's" spans the "'s")
  if (tokens[i]?.kind === 'name' && POSSESSIVE_END.test(text.slice(tokens[i].start, tokens[k].start))) i--;
  if (tokens[i]?.low !== ',') return undefined;
  const names: string[] = [];
  for (i--; i >= 0 && tokens[i].kind === 'name' && names.length < P.apposedNames; i--) names.push(tokens[i].lemma);
  // (not names a preposition brings: "In Paris, Arcelor's third-largest plant" ranks nothing of Paris)
  if (i >= 0 && APPOSITION_BLOCKERS.has(tokens[i].low)) return undefined;
  return names.length ? names : undefined;
}

/**
 * Does the bracket [open, close] hold figures alone, one or a list of them separated by semicolons
 * or commas ("($259.8m)", "($19bn; £10bn)")? Then each restates the figure before the bracket.
 */
function conversionList(tokens: readonly FrameToken[], paren: readonly [number, number]): boolean {
  const [open, close] = paren;
  if (close - open < 2 || (close - open) % 2 !== 0) return false;
  for (let i = open + 1; i < close; i++) {
    const t = tokens[i];
    if ((i - open) % 2 === 1 ? t.kind !== 'fig' : !(t.kind === 'punct' && (t.low === ';' || t.low === ','))) return false;
  }
  return true;
}

/**
 * The direction a level was reached in, said right after it and its noun phrase: a comma, dash or
 * bracket or a few function words, then "down from" or "up from" and another figure ("36% - down
 * from 39%", "about 90% but this is down from a peak of almost 96%"; LEVEL_FROM_WORDS).
 */
function levelFrom(tokens: readonly FrameToken[], k: number): 'up' | 'down' | undefined {
  // (past the level's own noun phrase and a mark or a clause's function words: "a 36% share of the
  // broadband market - down from 39%", "about 90% but this is down from a peak of almost 96%")
  let marks = 0;
  for (let i = k + 1; i <= k + FRAME_POLICY.levelFromWords && tokens[i]; i++) {
    const t = tokens[i];
    const way = LEVEL_FROM_WORDS[t.low];
    if (way && i > k + 1 && tokens[i + 1]?.low === 'from') return tokens.slice(i + 2, i + 2 + FRAME_POLICY.levelFromReach).some((x) => x.kind === 'fig') ? way : undefined;
    if (t.kind === 'punct' && LEVEL_FROM_MARKS.has(t.low) && ++marks === 1) continue;
    if (t.kind !== 'word' || (t.verb && !t.func)) return undefined;
  }
  return undefined;
}

/**
 * The extreme a span after a superlative is the span of: "the highest audience in four years", "the
 * least watched for 20 years" (SINCE_EXTREMES), the superlative within FRAME_POLICY.extremeReach
 * tokens before the span's "in" or "for", no figure or boundary between.
 */
function extremeSpan(tokens: readonly FrameToken[], k: number): string | undefined {
  const prep = tokens[k - 1]?.low;
  if (prep !== 'in' && prep !== 'for') return undefined;
  for (let i = k - 2; i >= Math.max(0, k - 2 - FRAME_POLICY.extremeReach); i--) {
    const t = tokens[i];
    if (t.kind === 'fig' || isBoundary(t)) return undefined;
    const extreme = t.kind === 'word' ? SINCE_EXTREMES[t.low] : undefined;
    if (extreme) return extreme;
  }
  return undefined;
}

