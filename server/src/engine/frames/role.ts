// What kind of quantity a figure is: a level, a change (and its direction), a share, a rank, an
// age, a date; one end of a change ("from X to Y"); what it is counted per ("a barrel", "a year").
import type { Figure } from '../types';
import { GAP_STANDING_WORDS, GAP_WORDS_AFTER, GAP_WORDS_BEFORE } from '../figures/familyTables';
import { isDateKind } from '../figures/agree';
import { DASHES, DETERMINERS, isBoundary, type Parens } from './clauses';
import {
  ADDED_WORDS,
  TALLIED,
  TIME_PART_NOUNS,
  CONTESTS,
  TALLY_SPANS,
  AFTER_WORDS,
  AGE_AT_VERBS,
  AGE_BOUND_COPULAS,
  AGE_BOUND_PREPS,
  AGE_COMPARATIVES,
  AGE_COPULAS,
  AGE_NOUNS_AFTER,
  AGE_RANGE,
  AGE_WORDS,
  AMOUNT_NOUNS,
  NEUTRAL_CHANGE_NOUNS,
  AUXILIARIES,
  COMPARED_TO,
  COMPARATIVES_THAN,
  BY_RECKONED_WORDS,
  SPREAD_HEDGE_WORDS,
  SPREAD_VERBS,
  DEGREE_ADVERBS,
  Direction,
  EARLIER_WORDS,
  INCREMENT_ADJECTIVES,
  INTRANSITIVE_CHANGE_VERBS,
  BARE_PAST_CHANGE_VERBS,
  JUMP_NOUNS,
  LINK_WORDS,
  CHART_HIT_ARTICLES,
  PARTICLE_VERBS,
  TALLY_PARTICLE_VERBS,
  PER_MARKERS,
  RANK_WORDS,
  RATE_PASSIVE_AUXILIARIES,
  FULL_STOPS,
  PERIODIC_PUBLICATIONS,
  RATE_UNITS,
  RATE_WORDS,
  SAME_RATE_UNIT,
  SESSION_END_VERBS,
  LEVEL_BOUNDS,
  PLACED_PARTICIPLES,
  PRICED_BY_WORDS,
  VALUE_NOUNS,
  BE_GROUP_WORDS,
  ESTIMATE_AT_VERBS,
  AGE_WHEN_COPULAS,
  EXPLICIT_RATE_MARKERS,
  GO_ONWARD,
  JOBS_GO_LINKS,
  JOBS_MOVED_PARTICIPLES,
  JOB_CUT_NOUNS,
  JOB_NOUNS,
  PERSON_ROLES,
  SINGULAR_PERSONS,
} from './lexicon';
import { FRAME_POLICY as P } from './policy';
import type { FrameToken } from './tokens';
import type { FrameInput, Role } from './types';

export function baseRole(f: Figure): Role {
  switch (f.kind) {
    case 'year':
    case 'quarter':
    case 'date':
      return 'date';
    case 'duration':
      return 'duration';
    case 'multiplier':
      return 'multiple';
    default:
      return 'level';
  }
}

/** Does a change noun stand at i, or right after one modifier ("cuts", "tax rises"; not "rising costs")? */
function ofChanges(lex: FrameInput['lex'], tokens: readonly FrameToken[], i: number): boolean {
  const t = tokens[i];
  return changeNoun(lex, t) || (t?.kind === 'word' && !t.func && !directionWord(lex, t) && changeNoun(lex, tokens[i + 1]));
}

/** A change noun that names no direction right at i ("revision"), or after one modifier ("profit revision"). */
function changeAfter(tokens: readonly FrameToken[], i: number): boolean {
  const t = tokens[i];
  if (t?.kind !== 'word' || t.func || t.verb) return false;
  if (NEUTRAL_CHANGE_NOUNS.has(t.lemma)) return true;
  const u = tokens[i + 1];
  return u?.kind === 'word' && !u.verb && NEUTRAL_CHANGE_NOUNS.has(u.lemma);
}

/** A noun of change: a direction word, no verb, no -ing form ("cuts", "rises"; not "rising"). */
function changeNoun(lex: FrameInput['lex'], t: FrameToken | undefined): boolean {
  return !!directionWord(lex, t) && !t!.low.endsWith('ing') && !t!.verb;
}

/** The change word nearest the figure within a few tokens, if any. */
export function directionNear(input: FrameInput, k: number): Direction | undefined {
  const { tokens, lex } = input;
  const compared = comparedThan(input, k);
  if (compared) return compared;
  if (jobsGo(input, k)) return 'down';
  for (let d = 1; d <= P.changeReach; d++) {
    for (const i of [k - d, k + d]) {
      const t = tokens[i];
      if (!t || isBoundary(t) === 'hard') continue;
      if (t.kind === 'word') {
        const dir = lex.directionOf(t.lemma, t.low);
        if (dir) return dir;
      }
    }
  }
  return undefined;
}

/**
 * A percentage followed by a comparative and "than" ("13% greater than last year", "20% smaller
 * than forecast"; COMPARATIVES_THAN): a difference, up or down — as "13% higher" is, whose
 * comparative is a word of change already.
 */
function comparedThan(input: FrameInput, k: number): Direction | undefined {
  const { tokens, figures } = input;
  const next = tokens[k + 1];
  if (!next || tokens[k + 2]?.low !== 'than' || figures[tokens[k].fig ?? -1]?.kind !== 'percent') return undefined;
  return COMPARATIVES_THAN[next.low];
}

/** A bare whole number of an age's size (AGE_RANGE), with no unit: what an age is written as. */
function ageSized(f: Figure): boolean {
  return (f.kind === 'number' || f.kind === 'count') && f.decimals === 0 && f.scale === 1 && f.value >= AGE_RANGE[0] && f.value <= AGE_RANGE[1] && !f.unit;
}

/**
 * A person's age as news writes it: a bare whole number between commas after a name ("Agassi, 34,
 * …", "Agassi, now 34, …") or closing a clause after "NAME is (now)" ("Agassi is now 35.", "Leslie was
 * 24 when…").
 */
function appositiveAge(input: FrameInput, k: number): boolean {
  const { tokens } = input;
  const f = input.figures[tokens[k].fig ?? -1];
  if (!f || !ageSized(f)) return false;
  const next = tokens[k + 1];
  const closes = !next || next.kind === 'punct';
  let i = k - 1;
  if (tokens[i]?.low === 'now') i--;
  const before = tokens[i];
  // (a surname that is also a word opens its sentence as a word: "Bell, 30, had set his sights")
  // (…and the last of a list of names and ages: "Tom Reece, 15, Owen Marsh, 14, and Liam Hart, 12.")
  // (…and before "and" and a word describing the same person: "Agassi, 34 and seeded eighth, beat Dent")
  // (…and before an aside between dashes: "her son's killer, Warren Leblanc, 17 - who was jailed for life - had …")
  if (before?.low === ',' && (tokens[i - 1]?.kind === 'name' || tokens[i - 1]?.cap)) return next?.low === ',' || DASHES.has(next?.low ?? '') || (closes && lastListedName(tokens, i - 1)) || (next?.low === 'and' && tokens[k + 2]?.kind === 'word' && !tokens[k + 2].func);
  // ("The prince, 20, apologised": a word for a person after an article, as a name is)
  // (…past the names that say whose: "The England international, 24, was hurt")
  const person = tokens[i - 1];
  let det = i - 2;
  while (det >= 0 && i - 2 - det < P.apposedNames && tokens[det].kind === 'name') det--;
  if (before?.low === ',' && person?.kind === 'word' && !person.func && DETERMINERS.has(tokens[det]?.low ?? '') && (input.lex.isHuman(person.lemma) || PERSON_ROLES.has(person.lemma))) return next?.low === ',';
  // ("Leslie was 24 when he won the seat": a clause of its time after it)
  // (…past an aside that closes on a name: "Peter Vance, of Kirkby in Leeds, was 46"; and before
  // another name's age gapped: "Leslie Hart was 43 and Robert Alcorn 37")
  // (…and past an aside between commas after the name: "Liam Hart, the youngest of the three boys, is 13")
  const named = tokens[i - 1]?.kind === 'name' || (tokens[i - 1]?.low === ',' && (tokens[i - 2]?.kind === 'name' || nameBeforeAside(tokens, i - 1)));
  // (…or a word for a person's role after a determiner, past the names that say whose: "The Wales
  // midfielder is 30." — session 47)
  let roleDet = i - 2;
  while (roleDet >= 0 && i - 2 - roleDet < P.apposedNames && tokens[roleDet].kind === 'name') roleDet--;
  const roled = person?.kind === 'word' && PERSON_ROLES.has(person.lemma) && DETERMINERS.has(tokens[roleDet]?.low ?? '');
  if (before && AGE_COPULAS.has(before.low) && (named || roled)) return (closes || next?.low === 'when' || (next?.low === 'and' && tokens[k + 2]?.kind === 'name')) && next?.low !== '%';
  return false;
}

/** Do the names ending at token j follow "and" after an age of the same list ("…, Owen Marsh, 14, and Liam Hart")? */
function lastListedName(tokens: readonly FrameToken[], j: number): boolean {
  let q = j;
  while (q >= 0 && tokens[q].kind === 'name') q--;
  return tokens[q]?.low === 'and' && tokens[q - 1]?.low === ',' && tokens[q - 2]?.kind === 'fig';
}

/** Does a name stand before the comma that opens the aside closing with the comma at token `close` (within FRAME_POLICY.ageAsideReach tokens, no figure or other stop inside)? */
function nameBeforeAside(tokens: readonly FrameToken[], close: number): boolean {
  for (let q = close - 1; q >= 0 && close - q <= P.ageAsideReach; q--) {
    const t = tokens[q];
    if (t.low === ',') return tokens[q - 1]?.kind === 'name';
    if (t.kind === 'fig' || isBoundary(t)) return false;
  }
  return false;
}

/**
 * An age bound of a group of people: "adults younger than 55", "children under 16", "people over
 * 65" — a number of an age's size (ageSized) counts years of life, not the people.
 */
function ageBound(input: FrameInput, k: number): boolean {
  const { tokens, lex } = input;
  const f = input.figures[tokens[k].fig ?? -1];
  if (!f || !ageSized(f)) return false;
  const prev = tokens[k - 1];
  const prev2 = tokens[k - 2];
  if (prev?.low === 'than' && AGE_COMPARATIVES.has(prev2?.low ?? '')) return true;
  // (the preposition is the figure's hedge when the figure reads it so: "under 16")
  // ("where people are over 80": the people, then a verb that says who they are)
  const people = (i: number) => tokens[i]?.kind === 'word' && (lex.isHuman(tokens[i].lemma) || (AGE_BOUND_COPULAS.has(tokens[i].low) && tokens[i - 1]?.kind === 'word' && lex.isHuman(tokens[i - 1].lemma)));
  if (f.hedgeText !== undefined && AGE_BOUND_PREPS.has(f.hedgeText.toLowerCase())) return people(k - 1);
  return !!prev && AGE_BOUND_PREPS.has(prev.low) && people(k - 2);
}

/**
 * A person's age at a moment: "The singer was 24 when she died", "He was 31 when he joined" — a
 * number of an age's size after "was" (or "is", "were"), right before "when", whose subject right
 * before the verb is a person: a name, "he" or "she", or a word for people or a person's role with
 * "he" or "she" after "when".
 */
function ageWhen(input: FrameInput, k: number): boolean {
  const { tokens, lex } = input;
  const f = input.figures[tokens[k].fig ?? -1];
  if (!f || !ageSized(f) || tokens[k + 1]?.low !== 'when' || !AGE_WHEN_COPULAS.has(tokens[k - 1]?.low ?? '')) return false;
  const who = tokens[k - 2];
  if (!who) return false;
  if (who.kind === 'name' || (who.kind === 'word' && SINGULAR_PERSONS.has(who.low))) return true;
  // (a noun for people only with "he" or "she" after "when": not "The crowd was 40 when the band came on")
  return who.kind === 'word' && (lex.isHuman(who.lemma) || PERSON_ROLES.has(who.lemma)) && SINGULAR_PERSONS.has(tokens[k + 2]?.low ?? '');
}

/**
 * A person's age after "at", closing its phrase: after a verb of a moment in a life within
 * FRAME_POLICY.ageAtVerbReach words before "at", no punctuation between ("Lord Callaghan died at
 * 92,", "Brando, who died last year at 80,"; AGE_AT_VERBS), or opening the sentence before a comma and
 * a name ("At 74, Clint Eastwood would be …") (session 47). Not "died at 92 Baker Street", "rose at
 * 15 stores": a name or a noun after it.
 */
function ageAt(input: FrameInput, k: number): boolean {
  const { tokens } = input;
  const f = input.figures[tokens[k].fig ?? -1];
  if (!f || !ageSized(f) || tokens[k - 1]?.low !== 'at') return false;
  const next = tokens[k + 1];
  if (next && next.kind !== 'punct') return false;
  if (k === 1) return next?.low === ',' && tokens[k + 2]?.kind === 'name';
  for (let i = k - 2; i >= 0 && k - 2 - i < P.ageAtVerbReach; i--) {
    const t = tokens[i];
    if (t.kind === 'punct' || t.kind === 'fig') return false;
    if (t.kind === 'word' && AGE_AT_VERBS.has(t.lemma)) return true;
  }
  return false;
}

/**
 * Is the percentage at k given "at" by a verb of estimate (ESTIMATE_AT_VERBS, past "be" and adverbs:
 * "is now put at", "was estimated at") whose subject, within FRAME_POLICY.estimateSubjectReach tokens
 * before the verb, is a change noun ("growth", "rise": a direction word that is no verb)?
 */
function estimatedChange(input: FrameInput, k: number): boolean {
  const { tokens, lex } = input;
  if (tokens[k - 1]?.low !== 'at') return false;
  const v = k - 2;
  if (!tokens[v] || tokens[v].kind !== 'word' || !ESTIMATE_AT_VERBS.has(tokens[v].lemma)) return false;
  for (let i = v - 1; i >= 0 && v - i <= P.estimateSubjectReach; i--) {
    const t = tokens[i];
    if (t.kind === 'fig' && input.figures[t.fig!]?.kind !== 'year') return false;
    if (t.kind === 'punct') return false;
    if (t.kind === 'word' && !t.verb && !BE_GROUP_WORDS.has(t.low) && directionWord(lex, t) && lex.canBeNominal(t.lemma)) return true;
  }
  return false;
}

/** Units of a share or barrel price's move, which "lost" or "gained" makes a change, not an amount moved ("gained 8 pence", "lost 23 cents"). */
const PRICE_MOVE_UNITS: ReadonlySet<string> = new Set(['GBX', 'CENT']);

/** The direction a word token names, if any (none for a figure or punctuation). */
function directionWord(lex: FrameInput['lex'], t: FrameToken | undefined): Direction | undefined {
  return t && t.kind === 'word' ? lex.directionOf(t.lemma, t.low) : undefined;
}

/**
 * "top 10" before a noun that another count or an indefinite article counts ("two US top 10 albums",
 * "another three top 10 albums", "a top 10 hit"): the reach of a chart, a place's bound, no count of
 * the noun. Not "the top ten countries" (the list itself, ten of them), nor a verb's "top".
 */
function chartReach(tokens: readonly FrameToken[], k: number, f: Figure): boolean {
  // (a noun right after it: "a top 10 of data disasters" is a list of ten)
  const next = tokens[k + 1];
  if (tokens[k - 1]?.low !== 'top' || next?.kind !== 'word' || next.func || f.kind !== 'count' || f.value >= 100 || f.decimals !== 0 || f.scale !== 1) return false;
  // (past a name or two between: "two US top 10 albums")
  let j = k - 2;
  while (j >= 0 && j > k - 5 && tokens[j].kind === 'name') j--;
  return j >= 0 && (tokens[j].kind === 'fig' || CHART_HIT_ARTICLES.has(tokens[j].low));
}

/**
 * The figure a value after "or" restates in another unit ("65 Canadian cents or 25%", "$2m or 10%"):
 * the token of a figure of another kind right before "or", with a unit of its own or past up to two
 * words of one; not a figure after "or" itself (one step back only).
 */
function alternativeBefore(input: FrameInput, k: number): number | undefined {
  const { tokens, figures } = input;
  if (tokens[k - 1]?.low !== 'or') return undefined;
  for (let j = k - 2; j >= 0 && j >= k - 4; j--) {
    const t = tokens[j];
    // (a value with a unit of its own or words of one, not a bare count: "three or four years" is one span)
    if (t.kind === 'fig') return figures[t.fig!].kind !== figures[tokens[k].fig!].kind && (figures[t.fig!].unit !== undefined || j < k - 2) && tokens[j - 1]?.low !== 'or' ? j : undefined;
    if (t.kind !== 'word' && t.kind !== 'name') return undefined;
  }
  return undefined;
}

export function roleOf(input: FrameInput, fi: number, k: number, direction: Direction | undefined, parens?: Parens): Role | undefined {
  const { tokens, lex } = input;
  const f = input.figures[fi];
  const prev = tokens[k - 1];
  const prev2 = tokens[k - 2];
  const next = tokens[k + 1];
  if (f.kind === 'year' || f.kind === 'quarter' || f.kind === 'date' || f.kind === 'time') return 'date';
  // ("lost 65 Canadian cents or 25% on the news": the same change said in another unit after "or")
  const alt = alternativeBefore(input, k);
  if (alt !== undefined && roleOf(input, tokens[alt].fig!, alt, direction, parens) === 'change') return 'change';
  // ("17% of 18 to 24 year olds": an age group, not a span of time)
  if (f.kind === 'duration') return f.unit === 'year' && AGE_NOUNS_AFTER.has(next?.low ?? '') ? 'age' : 'duration';
  if (f.kind === 'multiplier') return 'multiple';
  // a scoreline is the state of a match: "22-6 down at the break" says who trails, not a change
  // (and odds are a price: "cut his odds to 4-1" is where they stand, not by how much they moved)
  if (f.kind === 'score' || f.kind === 'odds') return 'level';
  // age: "aged 27", "the age of 27", "27-year-old"
  if (prev && AGE_WORDS.has(prev.low)) return 'age';
  if (prev && prev.low === 'of' && prev2 && prev2.low === 'age') return 'age';
  if (ageAfter(tokens, k)) return 'age';
  if (appositiveAge(input, k)) return 'age';
  if (ageBound(input, k)) return 'age';
  if (ageWhen(input, k)) return 'age';
  if (ageAt(input, k)) return 'age';
  if (prev && RANK_WORDS.has(prev.lemma) && f.kind === 'number' && f.value < 100 && f.decimals === 0) return 'rank';
  // "two US top 10 albums", "another three top 10 albums": the chart's reach, no count of albums
  // (not a verb's object: "sales could top 50 stores", "expected to top 40 titles")
  if (chartReach(tokens, k, f)) return 'rank';
  // ("Real fell 13 points behind Barcelona", "moved five points clear": a gap in a table, where a side
  // stands after the move — as "slipped to 13 points behind" says — not the move's size)
  if (next?.lemma === 'point' && GAP_STANDING_WORDS.has(tokens[k + 2]?.low ?? '')) return 'level';
  // (…and "trail Arsenal by five points", as "five points behind Arsenal" says)
  if (next?.lemma === 'point' && trailedBy(input, k)) return 'level';
  // "a 26% rise", "15% lower", "four million fewer viewers" (after "to" too: "lead to 230 fewer injuries");
  // not a verb's -ing form, what the amount is spent on ("spend £1.3bn trimming council tax")
  // (nor a sum of money before a word that names an amount: "posted a $41.6m loss" is what was lost)
  // (nor a count of more of them, no comparison after: "plus 300 more at the market" adds 300, as "a
  // further 300" does — "300 more than last year" is a change) (session 47)
  const added = next?.low === 'more' && f.kind === 'count' && !thanWithin(tokens, k + 2, P.addedThanReach);
  if (directionWord(lex, next) && !next!.low.endsWith('ing') && !(f.kind === 'currency' && AMOUNT_NOUNS.has(next!.lemma)) && !added) return 'change';
  // ("Nortel in $300m profit revision", "a 2% swing": a change that names no direction, perhaps after
  // one modifier — the figure is its size, as "a 26% rise" says)
  if (changeAfter(tokens, k + 1)) return 'change';
  // ("Up to 2,500 jobs are to go at Marsh", "900 jobs will go": jobs that go are cut)
  if (jobsGo(input, k)) return 'change';
  // ("£35bn of cuts", "£4bn in tax cuts": a sum of money made of changes is their size, as "£35bn
  // cuts" is — not a share's "20% of cuts", a part of them)
  if (f.kind === 'currency' && (next?.low === 'of' || next?.low === 'in') && ofChanges(lex, tokens, k + 2)) return 'change';
  // "to X" / "from X" after a change is a level reached or left (and so is "as high as X": "could rise as high as 12%")
  if (prev && (prev.low === 'to' || prev.low === 'from') && direction) return 'level';
  if (reachedBound(f) && direction) return 'level';
  // "3.3% below their July peaks", "5% above forecast": a difference from something
  if (f.kind === 'percent' && next && COMPARED_TO.has(next.low)) return 'change';
  // "13% greater than last year"
  if (comparedThan(input, k)) return 'change';
  // "make up 4%", "set up 162": a phrasal verb, not a change (nor "made up of 196 photographs")
  const particleAt = (i: number) => (tokens[i]?.low === 'up' || tokens[i]?.low === 'down') && (PARTICLE_VERBS.has(tokens[i - 1]?.lemma ?? '') || (f.kind !== 'percent' && TALLY_PARTICLE_VERBS.has(tokens[i - 1]?.lemma ?? '')));
  const particle = particleAt(k - 1);
  // "rose 26%", "up 14%", "grew by 8.1%", "a rise of 15%"
  if (!particle && directionWord(lex, prev) && (f.kind === 'percent' || ((prev.low === 'up' || prev.low === 'down') && !prev2?.verb))) return 'change';
  // (and a price after a session's end: "closed up $2.80", "ended down 32 cents" — the move over the
  // session; not a count, "closed down 40 stores")
  if (f.kind === 'currency' && (prev?.low === 'up' || prev?.low === 'down') && SESSION_END_VERBS.has(prev2?.lemma ?? '')) return 'change';
  // …past a degree adverb or an article and its adjective: "sales rose just 0.3%", "grew a lacklustre 2.9%", "fell a further 3%"
  // (and past "up" or "down" before the adverb: "private consumption up just 0.2%")
  // (not a phrasal verb's particle before the adverb: "make up just 5% of the workforce")
  if (f.kind === 'percent' && prev && DEGREE_ADVERBS.has(prev.low) && directionWord(lex, prev2) && (prev2!.verb || prev2!.low === 'up' || prev2!.low === 'down') && !particleAt(k - 2)) return 'change';
  const prev3 = tokens[k - 3];
  // (an adjective of increment too, a function word elsewhere: "lost a further 6.4%", "added an extra 6.4%")
  const adjective = (t: FrameToken | undefined) => t?.kind === 'word' && (!t.func || INCREMENT_ADJECTIVES.has(t.low));
  if (f.kind === 'percent' && adjective(prev) && (prev2?.low === 'a' || prev2?.low === 'an') && directionWord(lex, prev3) && prev3!.verb) return 'change';
  // …and past "by" too: "GDP rose by a strong 0.7%"
  if (f.kind === 'percent' && prev?.kind === 'word' && !prev.func && (prev2?.low === 'a' || prev2?.low === 'an') && prev3?.low === 'by' && directionWord(lex, tokens[k - 4]) && tokens[k - 4].verb) return 'change';
  // "has cut 13,000 jobs", "added 200,000 jobs", "lost five seats": a count gained or lost (but
  // money "raised" or "lost" is an amount — not pence, a share price's move: "gained 8 pence";
  // "gain 14 million new users" counts the new ones)
  // (a headline's verb after its subject's name: "Marsh cuts 2,500 jobs" — "cuts" a verb, not a noun)
  const headlineVerb = prev2?.kind === 'name' && prev?.kind === 'word' && prev.low.endsWith('s') && f.kind !== 'currency';
  // (…or a past form that is also the noun's, after its subject: "the economy shed 22,000 jobs",
  // "the firm cut 500 jobs" — BARE_PAST_CHANGE_VERBS, a counted noun after the figure; not "a cut",
  // "its cut") (session 47)
  const barePast = !!prev && BARE_PAST_CHANGE_VERBS.has(prev.low) && !!prev2 && (prev2.kind === 'name' || (prev2.kind === 'word' && !prev2.func)) && next?.kind === 'word' && !next.func;
  // (…but not a count of a counted whole: "have lost five of their six games" is a tally, as "won
  // five of their six games" is — a level)
  if (directionWord(lex, prev) && prev!.verb && (tallyOf(input, k) || contestsLost(input, k))) return 'level';
  if (directionWord(lex, prev) && (prev!.verb || headlineVerb || barePast || AUXILIARIES.has(prev2?.low ?? '')) && (f.kind !== 'currency' || PRICE_MOVE_UNITS.has(f.unit ?? '')) && prev!.low !== 'up' && prev!.low !== 'down' && !ADDED_WORDS.has(next?.low ?? '')) return 'change';

  // "his wealth rose an estimated £300m", "profits fell £2m": a verb that only ever says what its
  // subject did makes money a change too (not "raised £4m", "lost £2m": amounts someone moved)
  if (directionWord(lex, prev) && prev!.verb && INTRANSITIVE_CHANGE_VERBS.has(prev!.lemma)) return 'change';
  // …and so does the level it moved to, right after: "adding $1.89 to $48.62", "lost 32 cents to $49.74",
  // "gained $1.64 to finish at $47.10"
  const reached = SESSION_END_VERBS.has(tokens[k + 2]?.lemma ?? '') && tokens[k + 3]?.low === 'at' ? tokens[k + 4] : tokens[k + 2];
  if (directionWord(lex, prev) && prev!.verb && next?.low === 'to' && reached?.kind === 'fig' && input.figures[reached.fig!]?.kind === f.kind) return 'change';
  // "raised its DS shipment targets by 60%": "by" before the figure, a change verb earlier in the clause
  // (past what says how the amount was reckoned: "cut pensioners' bills by an average of £340")
  const by = byBefore(tokens, k);
  if (by !== undefined) {
    // (past a comma right before "by": "applications … have also risen, by 19%")
    const from = tokens[by - 1]?.low === ',' ? by - 2 : by - 1;
    for (let i = from; i >= Math.max(0, by + 1 - P.changeByReach); i--) {
      const t = tokens[i];
      if (t.kind === 'fig' || isBoundary(t)) break;
      if (directionWord(lex, t) && !amountNamed(f, t)) return 'change';
    }
  }
  // ("Thai growth in 2005 is now put at 5.7%": a change noun's rate given "at" by a verb of estimate
  // is the change, as "expected to grow by 5.7%" says)
  if (f.kind === 'percent' && estimatedChange(input, k)) return 'change';
  // "out-selling its rival by 2,000 copies", "won the seat by 5,000 votes": the margin between two
  if (marginBy(input, k)) return 'change';
  // "could vary by as much as £100": the spread between values
  if (spreadBy(tokens, k)) return 'change';
  // "rise by an average of about 4%": a change word, then only "by", "of" and function words
  for (let i = k - 1, seenBy = false; i >= Math.max(0, k - P.changeReach - 3); i--) {
    const t = tokens[i];
    if (t.kind !== 'word') break;
    // ("sank to a record low of $1.3516": the level the change reached, not its size; "down on the
    // record high of $55.67": the level it is compared with)
    if (t.low === 'to' || t.low === 'from' || (t.low === 'on' && directionWord(lex, tokens[i - 1]))) break;
    if (t.low === 'by' || t.low === 'of') seenBy = true;
    else if (amountNamed(f, t)) continue;
    else if (directionWord(lex, t)) {
      if (seenBy && !particleAt(i) && !jumpMeasured(f, t)) return 'change';
      break;
    } else if (!t.func && !VALUE_NOUNS.has(t.lemma)) break;
  }
  if (prev && prev.low === 'of' && directionWord(lex, prev2) && !particleAt(k - 2) && !jumpMeasured(f, prev2!) && !amountNamed(f, prev2!)) return 'change';
  // (a percentage of what follows it is a share, whatever noun heads its clause: "The cut will hit
  // 3% of Axa's policyholders")
  if (f.kind === 'percent' && next && next.low === 'of') return 'share';
  // "UK growth for 2004 at 3.1%", "the rise was 5%": a change noun heads the phrase the percentage states
  if (f.kind === 'percent' && changeNounBefore(input, k, parens)) return 'change';
  return undefined;
}

/**
 * A figure right after "by" whose clause says one thing is ahead of another or behind it (lexicon
 * marginOf), past only the verb's object ("out-selling X Factor winner Steve Brockstein's cover of
 * Against All Odds by 2,000 copies"): the margin's direction, ahead up, behind down.
 */
export function marginBy(input: FrameInput, k: number): Direction | undefined {
  const { tokens, lex } = input;
  if (tokens[k - 1]?.low !== 'by') return undefined;
  for (let i = k - 2; i >= Math.max(0, k - 1 - P.marginReach); i--) {
    const t = tokens[i];
    if (t.kind === 'fig' || isBoundary(t)) return undefined;
    if (t.kind !== 'word') continue;
    const way = lex.marginOf(t.lemma, t.low);
    if (way) return way;
    // (another verb ends its object — not a participle before a noun: "beat that opening weekend by $4m")
    if (t.verb && !t.low.endsWith('ing')) return undefined;
  }
  return undefined;
}

/**
 * Is the count at k a gap in points in a table, where a side stands ("fell 13 points behind
 * Barcelona", "moved five points clear"; "trail Arsenal by five points", as "five points behind
 * Arsenal" says) — not a move, nor a side's total?
 */
export function pointsGap(input: FrameInput, k: number): boolean {
  const { tokens } = input;
  return tokens[k + 1]?.lemma === 'point' && (GAP_WORDS_AFTER.has(tokens[k + 2]?.low ?? '') || GAP_WORDS_BEFORE.has(tokens[k - 1]?.low ?? '') || trailedBy(input, k) !== undefined);
}

/**
 * Whom a side trails by the figure: the names between a verb of being behind (MARGIN_BEHIND,
 * "trail", "lag") and the "by" right before it ("They trail Arsenal by five points" → arsenal);
 * undefined when the figure is no such margin or names no one.
 */
export function trailedBy(input: FrameInput, k: number): string[] | undefined {
  const { tokens, lex } = input;
  if (tokens[k - 1]?.low !== 'by') return undefined;
  const names: string[] = [];
  for (let i = k - 2; i >= Math.max(0, k - 1 - P.marginReach); i--) {
    const t = tokens[i];
    if (t.kind === 'fig' || isBoundary(t)) return undefined;
    if (t.kind === 'name') names.unshift(t.lemma);
    else if (t.kind === 'word' && lex.marginOf(t.lemma, t.low) === 'down') return names.length ? names : undefined;
    else if (t.kind === 'word' && t.verb) return undefined;
  }
  return undefined;
}

/** Is the figure at k the amount of a spread ("vary by as much as £100", "differ by 5%": SPREAD_VERBS)? */
function spreadBy(tokens: readonly FrameToken[], k: number): boolean {
  for (let i = k - 1; i >= Math.max(1, k - 1 - SPREAD_HEDGE_WORDS.size); i--) {
    const t = tokens[i];
    if (t.kind !== 'word') return false;
    if (t.low === 'by') return tokens[i - 1].kind === 'word' && SPREAD_VERBS.has(tokens[i - 1].lemma);
    if (!SPREAD_HEDGE_WORDS.has(t.low)) return false;
  }
  return false;
}

/**
 * The "by" a figure's amount hangs on, its index: right before it, or past an article, a degree
 * adverb, a word of how it was reckoned (BY_RECKONED_WORDS) and a noun of value with its "of" ("by
 * an average of £340", "by a further 3%", "by a total of 40"); else undefined.
 */
function byBefore(tokens: readonly FrameToken[], k: number): number | undefined {
  for (let i = k - 1; i >= Math.max(0, k - 1 - P.byReckonedWords); i--) {
    const t = tokens[i];
    if (t?.kind !== 'word') return undefined;
    if (t.low === 'by') return i;
    if (!(t.low === 'of' || DETERMINERS.has(t.low) || DEGREE_ADVERBS.has(t.low) || BY_RECKONED_WORDS.has(t.low) || VALUE_NOUNS.has(t.lemma))) return undefined;
  }
  return undefined;
}

/** "a pre-tax loss of £10m", "its losses of $4bn": a sum of money that names what was lost, no change (the noun, not the verb). */
function amountNamed(f: Figure, t: FrameToken): boolean {
  return f.kind === 'currency' && !t.verb && AMOUNT_NOUNS.has(t.lemma);
}

/** "a leap of 6.43m": how far someone jumped, not a change. */
function jumpMeasured(f: Figure, t: FrameToken): boolean {
  return f.kind === 'measure' && JUMP_NOUNS.has(t.lemma);
}

/** The words of a part of a span read past by changeNounBefore ("for the whole of", "as a whole"), given back to its reach. */
const TIME_PART_SPAN = 3;

/**
 * A change noun ("growth", "rise") before a percentage, past only linking words, dates, names, an
 * aside between dashes, and what the noun changes ("growth in retail sales was 2.1%", "the rise in
 * output - the main target of policy - was 11.5%").
 */
function changeNounBefore(input: FrameInput, k: number, parens?: Parens): boolean {
  const { tokens, lex } = input;
  let partRead = false;
  for (let i = k - 1, reach = P.changeNounReach; i >= 0 && reach > 0; i--, reach--) {
    const t = tokens[i];
    const aside = parens?.at(i, -1);
    if (aside && DASHES.has(tokens[aside[0]].low)) {
      i = aside[0];
      continue;
    }
    if (isBoundary(t)) return false;
    // (a part of the span that dates it: "growth for the whole of 2004 was 1.6%", "growth for 2004 as a whole came in at 1.7%")
    // (its words spend none of the reach: the span is read past as a date is)
    // (one such part, at most: the walk stays bounded by the reach)
    if (!partRead && t.kind === 'word' && TIME_PART_NOUNS.has(t.low) && (tokens[i + 1]?.low === 'of' || (tokens[i - 1]?.low === 'a' && tokens[i - 2]?.low === 'as'))) {
      reach += TIME_PART_SPAN;
      partRead = true;
      continue;
    }
    if (t.kind === 'word' && !t.func && !LINK_WORDS.has(t.low) && !lex.directionOf(t.lemma, t.low)) return changedPhraseAt(input, i);
    if (t.kind === 'fig') {
      const g = input.figures[t.fig!];
      if (g.kind === 'year' || g.kind === 'quarter') continue;
      return false;
    }
    if (t.kind === 'name') continue;
    if (t.kind === 'word' && lex.directionOf(t.lemma, t.low)) return !t.verb && t.low !== 'up' && t.low !== 'down' && t.low !== 'more' && t.low !== 'less';
    if (!(t.func || LINK_WORDS.has(t.low))) return false;
  }
  return false;
}

/** Is the content word at i the end of what a change noun changes ("growth in retail sales", "a rise of exports")? */
function changedPhraseAt(input: FrameInput, i: number): boolean {
  const { tokens, lex } = input;
  for (let q = i, n = 0; q > 0 && n < P.changedPhraseWords; q--, n++) {
    const t = tokens[q];
    // (a change's participle before what it changes, and "of" after: "falling cigarette sales of 13%")
    if (n > 0 && t.kind === 'word' && t.low.endsWith('ing') && tokens[i + 1]?.low === 'of' && !!lex.directionOf(t.lemma, t.low)) return true;
    if (t.kind === 'punct' || t.kind === 'fig' || t.verb) return false;
    if (t.low === 'in' || t.low === 'of') {
      const head = tokens[q - 1];
      return n > 0 && head.kind === 'word' && !head.verb && !!lex.directionOf(head.lemma, head.low) && head.low !== 'up' && head.low !== 'down' && head.low !== 'more' && head.low !== 'less';
    }
    if (t.func && !DETERMINERS.has(t.low)) return false;
  }
  return false;
}

/** Is the ordinal at k hyphened to a verb of placing ("fifth-placed", "third-ranked", "second-seeded")? A place in a ranking, held by the name after it. */
export function hyphenPlaced(tokens: readonly FrameToken[], k: number): boolean {
  return tokens[k]?.kind === 'fig' && tokens[k + 1]?.low === '-' && PLACED_PARTICIPLES.has(tokens[k + 2]?.low ?? '');
}

/** A bound that says how far a level went, not how much it moved: "as high as 12%", "as low as 1%" (lexicon LEVEL_BOUNDS). */
export function reachedBound(f: Figure): boolean {
  return f.hedgeText !== undefined && LEVEL_BOUNDS.has(f.hedgeText.toLowerCase().replace(/\s+/g, ' '));
}

export function endOf(tokens: FrameToken[], k: number): 'from' | 'to' | undefined {
  // (the figure whose end it is: a sum that prices the count before it, "from 10,276 cases worth
  // £808m", has that count's end)
  let at = k;
  for (let i = k - 1; i >= Math.max(0, at - P.endReach); i--) {
    const t = tokens[i];
    if (t.kind === 'fig' && at === k && pricedCount(tokens, i, k)) {
      at = i;
      continue;
    }
    if (t.kind === 'fig' || isBoundary(t) === 'hard') return undefined;
    if (t.low === 'from') return 'from';
    // ("…, compared with 474,000 bpd in 1973", "That compares with 474,000": the other side of a
    // comparison is the value a change came from, never the one it reached)
    if ((t.low === 'to' || t.low === 'with') && tokens[i - 1]?.lemma === 'compare') return tokens.slice(i + 1, at).every((x) => x.func) ? 'from' : undefined;
    if (t.low === 'to' && (i === at - 1 || tokens.slice(i + 1, at).every((x) => x.func || x.low === 'just' || x.low === 'only'))) return 'to';
  }
  return undefined;
}

/** Is the figure at k the sum that prices what the figure at i counts ("10,276 cases worth £808m", "three deals valued at $2bn")? */
function pricedCount(tokens: FrameToken[], i: number, k: number): boolean {
  let j = k - 1;
  if (tokens[j]?.low === 'at' && tokens[j - 1]?.low === 'valued') j--;
  if (!PRICED_BY_WORDS.has(tokens[j]?.low ?? '') || (tokens[j].low === 'valued' && j === k - 1)) return false;
  // (only the counted noun between: "cases", "new cases")
  for (let q = i + 1; q < j; q++) if (tokens[q].kind !== 'word' || tokens[q].verb || tokens[q].func) return false;
  return j - i - 1 <= P.pricedCountWords && j > i + 1;
}

/**
 * A rate of time anywhere in the figure's clause ("cases are filed every year", "annual growth",
 * "per capita"): a rate is never the same quantity as a total. Not "a year earlier" / "a year ago".
 */
/** (`adjectives`: whether "annual", "monthly" … count — not for a share, whose adjective is its whole's.) */
export function timeRateOf(tokens: FrameToken[], k: number, adjectives = true): string | undefined {
  // (each side read up to another figure or a boundary: "at £262,825, saw annual inflation edge up"
  // is no yearly sum)
  const clause = (i: number) => tokens[i] && tokens[i].kind !== 'fig' && !isBoundary(tokens[i]);
  const open = [true, true];
  for (let d = 1; d <= P.rateReach; d++) {
    for (const [side, i] of [[0, k + d], [1, k - d]] as const) {
      if (!open[side]) continue;
      if (!clause(i)) {
        open[side] = false;
        continue;
      }
      const t = tokens[i];
      const w = RATE_WORDS[t.low];
      // (a word of a name is no rate: the Daily Telegraph, the Weekly Standard)
      // (…nor one of a report's: "in a monthly report Sophos said two e-mails …", "its annual report showed")
      if (w && t.kind === 'word' && adjectives && !PERIODIC_PUBLICATIONS.has(tokens[i + 1]?.lemma ?? '')) return w;
      // ("a"/"an" only right after the counted noun phrase — "34 searches a day", "1.2 billion
      // bottles of beer a year" — not "for a year", "a day after")
      const article = t.low === 'a' || t.low === 'an';
      // (before the figure, a rate right after another figure's counted noun is that figure's: "15
      // million tonnes each year for 25 years" gives 25 years no rate)
      if (perUnitAt(tokens, i) && (!article || (i > k && countedBefore(tokens, k, i))) && !(i < k && anotherFiguresRate(tokens, i))) {
        const u = tokens[i + 1].lemma;
        return SAME_RATE_UNIT[u] ?? u;
      }
    }
  }
  return undefined;
}

/**
 * Is the "a"/"an" at token i an interval after something ("a day after the vote", "a year later",
 * "a week since the launch") rather than a rate? Not before a date: "1,200 sessions a day since May"
 * is a rate counted since then.
 */
function dayAfter(tokens: readonly FrameToken[], i: number): boolean {
  const w = tokens[i + 2];
  if (!w || !AFTER_WORDS.has(w.low)) return false;
  return !(w.low === 'since' && tokens[i + 3]?.fig !== undefined);
}

/** rateSentences' flags: the sentence states a rate of time… */
export const SENTENCE_RATED = 1;
/** …or a date (a year, a day, a month or a quarter): a total it holds may be of a stretch it names. */
export const SENTENCE_DATED = 2;

/**
 * For each token, the flags of its full sentence (to a full stop, a question or an exclamation mark:
 * semicolons do not end it): SENTENCE_RATED when it states a rate of time anywhere — a rate word
 * ("daily", "annual") or a per-marker before a unit of time ("a day", "per week", "every month") —
 * and SENTENCE_DATED when it holds a date figure ("from December 2018"). One pass each way.
 */
export function rateSentences(tokens: readonly FrameToken[], figures: readonly Figure[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  let from = 0;
  let flags = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || (t.kind === 'punct' && FULL_STOPS.has(t.low))) {
      if (flags) out.fill(flags, from, i + 1);
      from = i + 1;
      flags = 0;
      continue;
    }
    if (t.fig !== undefined && figures[t.fig] !== undefined && isDateKind(figures[t.fig].kind)) flags |= SENTENCE_DATED;
    if (t.kind === 'word' && ((RATE_WORDS[t.low] !== undefined && !PERIODIC_PUBLICATIONS.has(tokens[i + 1]?.lemma ?? '')) || perUnitAt(tokens, i))) flags |= SENTENCE_RATED;
  }
  return out;
}

/**
 * A marker of a rate before a unit of time at token i ("a day", "per week", "every month") — not an
 * interval: "a year earlier", "a day after the vote", "a week later" (EARLIER_WORDS, dayAfter).
 */
function perUnitAt(tokens: readonly FrameToken[], i: number): boolean {
  const t = tokens[i];
  if (!PER_MARKERS.has(t.low) || !RATE_UNITS.has(tokens[i + 1]?.lemma ?? '') || EARLIER_WORDS.has(tokens[i + 2]?.low ?? '')) return false;
  return !((t.low === 'a' || t.low === 'an') && dayAfter(tokens, i));
}

/** Is the rate marker at token i right after another figure and its counted noun phrase ("15 million tonnes each year")? */
function anotherFiguresRate(tokens: FrameToken[], i: number): boolean {
  for (let g = i - 2; g >= Math.max(0, i - 1 - P.countedPhraseWords); g--) {
    if (tokens[g].kind === 'fig') return countedBefore(tokens, g, i);
    if (isBoundary(tokens[g])) return false;
  }
  return false;
}

/** Are the tokens between the figure (k) and i a counted noun phrase ("searches", "bottles of beer")? */
function countedBefore(tokens: FrameToken[], k: number, i: number): boolean {
  if (i - k - 1 < 1 || i - k - 1 > P.countedPhraseWords) return false;
  // (the counted noun and its passive verb: "half a million films are downloaded a day")
  let passive = false;
  for (let j = k + 1; j < i; j++) {
    const t = tokens[j];
    if (t.kind === 'word' && RATE_PASSIVE_AUXILIARIES.has(t.low) && j > k + 1 && tokens[i - 1].verb === true) {
      passive = true;
      continue;
    }
    // (a name counted is a counted noun too: "100,000 MDAs a month", "2,000 Britons a year")
    if ((t.kind !== 'word' && t.kind !== 'name') || (t.func && t.low !== 'of')) return false;
  }
  return !passive || i - k - 1 >= 3;
}

/** "$40 a barrel", "5.8 cents a share", "17m per second": the concept counted per. */
export function perOf(tokens: FrameToken[], k: number): string | undefined {
  const a = tokens[k + 1];
  const b = tokens[k + 2];
  if (a && b && a.kind === 'word' && PER_MARKERS.has(a.low) && b.kind === 'word' && !b.func && !EARLIER_WORDS.has(tokens[k + 3]?.low ?? '')) return SAME_RATE_UNIT[b.lemma] ?? b.concept;
  if (a && a.low === '/' && b && b.kind === 'word') return SAME_RATE_UNIT[b.lemma] ?? b.concept;
  if (a && a.kind === 'word' && a.low === 'apiece') return 'each';
  // ("474,000 bpd": barrels per day, the lexicon's barrel)
  if (a && a.kind === 'word' && a.low === 'bpd') return 'day';
  // "a £500m-a-year plan", "a $2-a-day wage": the rate glued to the figure
  if (a && a.low === '-' && b && b.kind === 'word' && /^(?:a|an|per)-/.test(b.low)) {
    const unit = b.low.slice(b.low.indexOf('-') + 1);
    if (RATE_UNITS.has(unit)) return SAME_RATE_UNIT[unit] ?? unit;
  }
  return undefined;
}

/** "31-year-old", "Fifteen-year-old" after the figure's token: the figure is a person's age. */
export function ageAfter(tokens: readonly FrameToken[], k: number): boolean {
  const next = tokens[k + 1];
  // ("the 41 year-old": written with a space; "only 30 years old")
  if (next?.low === 'year-old' || (next?.low === 'years' && tokens[k + 2]?.low === 'old')) return true;
  if (!next || next.low !== '-') return false;
  return tokens[k + 2]?.low === 'year-old' || (tokens[k + 2]?.low === 'year' && tokens[k + 4]?.low === 'old');
}

/**
 * Is the count at token k one of a counted whole of games right after it: "five of their six games",
 * "three of the last four matches" ("of", then determiners or a possessive and "last", "first",
 * "past", then a count of the same kind and a noun of TALLIED)? A tally, not an amount gained or lost.
 */
function tallyOf(input: FrameInput, k: number): boolean {
  const { tokens, figures } = input;
  const f = figures[tokens[k].fig!];
  if ((f.kind !== 'count' && f.kind !== 'number') || tokens[k + 1]?.low !== 'of') return false;
  for (let i = k + 2; i <= k + 1 + P.tallyReach && i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'fig') return figures[t.fig!].kind === f.kind && figures[t.fig!].value > f.value && TALLIED.has(tokens[i + 1]?.concept ?? '');
    if (t.kind !== 'word' || !(DETERMINERS.has(t.low) || TALLY_SPANS.has(t.low))) return false;
  }
  return false;
}

/**
 * Is the count at token k one of contests (CONTESTS), the noun that ends the names and words right
 * after it, at most P.tallyReach of them ("lost three Australian Open finals", "lost five home
 * games")? A tally of defeats, not an amount lost.
 */
function contestsLost(input: FrameInput, k: number): boolean {
  const { tokens, figures } = input;
  const f = figures[tokens[k].fig!];
  if (f.kind !== 'count' && f.kind !== 'number') return false;
  for (let i = k + 1; i <= k + P.tallyReach && i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'word' && CONTESTS.has(t.concept)) return true;
    if (t.kind !== 'name' && (t.kind !== 'word' || t.func || t.verb)) return false;
  }
  return false;
}

/** "than" within `reach` words from i, no punctuation or figure between ("300 more visitors than last year"; metric.ts too). */
export function thanWithin(tokens: readonly FrameToken[], i: number, reach: number): boolean {
  for (let j = i; j < Math.min(tokens.length, i + reach); j++) {
    const t = tokens[j];
    if (t.kind === 'punct' || t.kind === 'fig') return false;
    if (t.low === 'than') return true;
  }
  return false;
}

/**
 * A count of jobs that "go": "2,500 jobs are to go", "900 jobs will go", "jobs set to go" — a cut;
 * not "3,000 staff will go to the final". Or jobs that were lost, JOBS_MOVED_PARTICIPLES: "105,000
 * jobs lost from the sector", "500 new jobs were axed", or are cuts, "104,000 job cuts" (session 47).
 */
function jobsGo(input: FrameInput, k: number): boolean {
  const { tokens, lex } = input;
  const f = input.figures[tokens[k].fig!];
  const fresh = tokens[k + 1]?.low === 'new' ? 1 : 0;
  const noun = tokens[k + 1 + fresh];
  if (!f || f.kind !== 'count' || noun?.kind !== 'word' || lex.concept(noun.lemma) !== 'staff') return false;
  let i = k + 2 + fresh;
  for (let n = 0; n < 4 && tokens[i]?.kind === 'word' && JOBS_GO_LINKS.has(tokens[i].low); n++) i++;
  const go = tokens[i];
  // (the jobs themselves, not the people who held them: "20,000 workers lost their jobs" counts people)
  if (go?.kind === 'word' && JOBS_MOVED_PARTICIPLES.has(go.low) && JOB_NOUNS.has(noun.lemma)) return true;
  // ("104,000 job cuts", "2,000 job losses": the cut named as a noun)
  if (i === k + 2 + fresh && go?.kind === 'word' && JOB_CUT_NOUNS.has(go.low) && JOB_NOUNS.has(noun.lemma)) return true;
  if (go?.kind !== 'word' || go.lemma !== 'go') return false;
  const after = tokens[i + 1];
  return !(after?.kind === 'word' && GO_ONWARD.has(after.low));
}

/**
 * A rate of time the figure's clause states in so many words after it, within
 * FRAME_POLICY.explicitRateReach tokens: "each", "every" or "per", then a unit of time ("50,000 new
 * products will be launched each day of the show", "couples go to court to resolve access disputes
 * each year"). Its unit, or undefined.
 */
export function explicitRateAfter(tokens: readonly FrameToken[], k: number): string | undefined {
  for (let i = k + 1; i <= k + P.explicitRateReach && i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'fig' || isBoundary(t)) return undefined;
    const u = tokens[i + 1]?.lemma ?? '';
    if (EXPLICIT_RATE_MARKERS.has(t.low) && RATE_UNITS.has(u)) return SAME_RATE_UNIT[u] ?? u;
  }
  return undefined;
}
