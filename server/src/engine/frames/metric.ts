// What a figure measures: the counted noun phrase after it, "X% of Y", "a rise in Y", what it is
// scored on, and the noun phrase before it past linking verbs — its head first.
import { COORDINATORS, DASHES, DETERMINERS, isBoundary, opensConjunct, type Parens, placeEndingAt } from './clauses';
import {
  AMOUNT_NOUNS,
  STRENGTH_WORDS,
  CUSTODY_NOUNS,
  INCREMENT_ADJECTIVES,
  AMOUNT_VERBS,
  INVESTED_INTO,
  INTENT_BEFORE_TO,
  COMPANY_CONCEPT,
  PAYING_VERBS,
  PAYEE_NOUNS,
  MONEY_IN_WORDS,
  SPAN_OPENERS,
  SPAN_PREPOSITIONS,
  ORDINAL_SPANS,
  INVESTING_VERBS,
  DIMENSION_WORDS,
  GAP_CONCEPT,
  INVESTMENT_CONCEPT,
  ANSWER_ADVERBS,
  ANSWER_PRONOUNS,
  ANSWER_VERBS,
  ARTICLES,
  ASIDE_ADVERBIALS,
  ATTRIBUTION_VERBS,
  BE_GROUP_WORDS,
  WORTH_MODALS,
  COMMA_ADVERBIALS,
  COMPARATIVES_THAN,
  COMPARISON_LINKS,
  COMPARISON_OPENERS,
  DATING_PREPOSITIONS,
  COUNT_QUALIFIERS,
  EARLIER_WORDS,
  FINDING_VERBS,
  FROM_HEADS,
  isLyAdverb,
  LEVEL_ADJECTIVES,
  LINK_WORDS,
  MANNER_WORDS,
  CONNECTIVE_WORDS,
  MEASURE_ADJECTIVES,
  METRIC_VERBS,
  MODALS,
  MONTHS,
  NAME_PHRASE_PREPS,
  NEGATED_ANSWER,
  NEGATED_MODALS,
  NOW_WORDS,
  OBJECT_PREPS,
  ON_SALE_CONCEPT,
  PER_MARKERS,
  PHRASE_PREPS,
  PLACE_ADVERBS,
  PRICE_CONCEPT,
  RACE_TIME_METRIC,
  SALE_ADJUNCT_PREPS,
  TIE_BREAK_METRIC,
  RELATIVE_OPENERS,
  ASIDE_RELATIVES,
  ALONE_WORDS,
  RESPONDENT_WORDS,
  SAYING_VERBS,
  SESSION_END_VERBS,
  SPAN_DETERMINERS,
  SPAN_NOUNS,
  STATE_VERBS,
  KIND_NAMED_HEADS,
  RACE_PLACE_VERBS,
  TABLE_PLACE_VERBS,
  TIME_PART_NOUNS,
  VALUE_ADJECTIVES,
  VALUE_NOUNS,
  VERB_GROUP_WORDS,
  VERB_PARTICLES,
  WEEKDAYS,
  yearPartOrdinal,
  type Lexicon,
  COUNT_COMPARATIVES,
  PEOPLE_CONCEPT,
  PERSON_RELATIVES,
} from './lexicon';
import { FRAME_POLICY as P } from './policy';
import { hyphenPlaced, thanWithin } from './role';
import type { FrameToken } from './tokens';
import { isDateKind } from '../figures/agree';
import { ORDINAL_SERIES_ADJECTIVES, ORDINAL_SERIES_NOUNS, ORDINAL_STAGE_NOUNS, PLACE_BEHIND, RANK_NOUNS, RANK_TITLES, TABLE_ADVERBS } from '../figures/familyTables';
import type { FrameInput, Role } from './types';
import type { Figure } from '../types';

// (the concepts the metric adds, read by check/alignment.ts and check/rules.ts from here)
export { NEGATED_ANSWER, RACE_TIME_METRIC } from './lexicon';

/** Is the sum at token k put into something ("put 125m euros into", "pumped an extra $2bn into")? */
function invested(tokens: readonly FrameToken[], k: number): boolean {
  if (!INVESTED_INTO.has(tokens[k + 1]?.low ?? '')) return false;
  for (let j = k - 1; j >= Math.max(0, k - 1 - P.investingVerbGap); j--) {
    const t = tokens[j];
    if (t.kind !== 'word') return false;
    if (INVESTING_VERBS.has(t.lemma)) return true;
  }
  return false;
}

/**
 * Is the ordinal at token k a place in a table or a race — a rank, whatever the table is called
 * ("Liverpool are fourth in the Premiership" / "the Reds are currently fifth in the Premiership
 * table"; "finished second" / "was third in London")? A verb of finishing right before it
 * (RACE_PLACE_VERBS); or a verb of being or finishing before it (one adverb between) and "in the",
 * "in" a name or "behind" someone after. (Not "the fourth spot" alone: "five points off the fourth
 * spot", "fighting for the fourth spot" name a place aimed at.)
 */
function tablePlaceAt(tokens: FrameToken[], k: number): boolean {
  // ("finished second", "came third": a place in a race, whatever follows)
  // (…"came home second": past "home")
  const p = tokens[k - 1]?.low === 'home' ? tokens[k - 2] : tokens[k - 1];
  if (p && p.kind === 'word' && RACE_PLACE_VERBS.has(p.lemma)) return true;
  // ("was third in London in 2002", "are second behind Chelsea": a race or table named by where it
  // was run or by who is ahead, as "in the table" names one)
  const where = tokens[k + 1]?.low === 'in' && tokens[k + 2]?.kind === 'name';
  const behind = PLACE_BEHIND.has(tokens[k + 1]?.low ?? '') && (tokens[k + 2]?.kind === 'name' || tokens[k + 2]?.low === 'the');
  if (!where && !behind && (tokens[k + 1]?.low !== 'in' || tokens[k + 2]?.low !== 'the')) return false;
  // (past one of the adverbs the figure's extraction reads there too: "are currently fifth")
  let v = tokens[k - 1];
  if (v && TABLE_ADVERBS.has(v.low)) v = tokens[k - 2];
  return !!v && v.kind === 'word' && TABLE_PLACE_VERBS.has(v.lemma);
}

/** The concept of the noun a count's own text ends in after a hyphen ("10-game" → game), if any. */
function compoundCounted(input: FrameInput, k: number): string | undefined {
  const f = input.figures[fi0(input.tokens, k)];
  return f ? compoundNounConcept(f, input.lex) : undefined;
}

/** The concept of the noun after the hyphen of a count written "N-noun" ("10-game" → game; figures/units.ts compoundNoun). */
export function compoundNounConcept(f: Figure, lex: Lexicon): string | undefined {
  if (f.kind !== 'count') return undefined;
  const m = /^\d+-([a-z]+)$/.exec(f.text);
  return m ? lex.concept(lex.lemma(m[1])) : undefined;
}

/**
 * The verb a span after "for" gives the length of ("held … for almost three years", "jailed for up to
 * 12 years", "suspended for a maximum of two years"): the nearest verb before "for" in its clause,
 * past a place or an agent ("held by the US at Guantanamo Bay for"). Its concept, or undefined.
 */
function spanVerb(input: FrameInput, k: number): string | undefined {
  const { tokens } = input;
  let i = k - 1;
  // (past the span's hedge or bound: "almost", "up to", "a maximum of", "only")
  while (i >= 0 && k - 1 - i < P.spanHedgeWords && tokens[i].kind === 'word' && tokens[i].low !== 'for' && !tokens[i].verb) i--;
  if (tokens[i]?.low !== 'for') return undefined;
  for (let j = i - 1; j >= 0 && i - j <= P.metricLookBack; j--) {
    const t = tokens[j];
    if (isBoundary(t) || t.kind === 'fig') return undefined;
    if (t.kind === 'word' && t.verb && !LINK_WORDS.has(t.low)) return t.concept || t.lemma;
  }
  return undefined;
}

/** An ordinal as written ("eighth", "10th", "21st"), not a position ("number two"). */
const ORDINAL_FORM = /(?:st|nd|rd|th)$/i;

/** Index of the figure a figure token stands for. */
function fi0(tokens: FrameToken[], k: number): number {
  return tokens[k].fig ?? -1;
}

/**
 * The metric: the noun phrase right after the figure ("13.2 million people", "350,000 NVIDIA
 * H100s"), after "of" for a share ("47% of the money spent") or after a change noun ("a 26% rise
 * in annual profits"), or what it is scored on ("8.5 on MT-Bench"); and the nearest noun phrase
 * before it past linking verbs, verbs, change words and value nouns ("BP's annual profit climbed
 * 26%", "the age of 44"). Head first.
 */
/** What `metricOf` read beside the metric: the head of a compound read before the figure and the noun right before it ("the jobless rate" → rate, unemployment). */
export interface MetricCompound {
  head?: string;
  qualifier?: string;
}

export function metricOf(input: FrameInput, k: number, role: Role, parens?: Parens, headKind?: MetricCompound): [string[], string[]] {
  // the head of a noun phrase is its last word: "one billion monthly users" counts users
  const counted = phraseAfter(input, k, role).reverse();
  const kind = input.figures[fi0(input.tokens, k)]?.kind;
  // ("amounting to only 12% of the 5.8 million who needed them": a count of whom the clause after tells — people)
  if (!counted.length && kind === 'count' && PERSON_RELATIVES.has(input.tokens[k + 1]?.low ?? '')) counted.push(input.lex.concept(PEOPLE_CONCEPT));
  const out = counted.length ? counted.slice() : kind === 'currency' ? objectAfterVerb(input, k) : kind === 'percent' ? answeredObject(input, k) : [];
  if (role === 'change' && input.tokens[k - 1]?.low === 'by') out.push(...changedObject(input, k));
  // ("RHB, the country's second-largest lender": whose ranking a possessive before a place names —
  // the domain, as "Malaysia's" would be — is not what the place ranks)
  if (!(kind === 'ordinal' && possessiveNounAt(input, k - 1))) out.push(...phraseBefore(input, k, role, parens, counted.length ? undefined : headKind));
  // ("The original agreement, signed last April, was worth $420m": what is worth it is measured, as
  // "a $420m agreement" says)
  if (!counted.length && kind === 'currency') out.unshift(...worthOf(input, k));
  // ("have been held by the US at Guantanamo Bay for almost three years": how long what the verb says lasted)
  if (kind === 'duration') {
    const lasted = spanVerb(input, k);
    if (lasted && !out.includes(lasted)) out.push(lasted);
    // ("could face up to 21 years in prison": a term of punishment, whatever the verb)
    const served = input.tokens[k + 1]?.low === 'in' ? input.tokens[k + 2] : undefined;
    if (served?.kind === 'word' && CUSTODY_NOUNS.has(served.lemma) && !out.includes(served.concept)) out.unshift(served.concept);
  }
  // "a 10-game unbeaten run", "a 25-yard free-kick": the noun after the hyphen is what is counted
  const compound = compoundCounted(input, k);
  if (compound) out.unshift(compound);
  // "world number two": a place in a ranking, as "ranked second in the world" is
  const prev = input.tokens[k - 1];
  // (…and so is "fifth-placed Paranoid", "the third-ranked side": placed or ranked, hyphened to the ordinal)
  // (…and "took fourth place", "was in fifth position": the place noun says it, whatever the verb —
  // not "the fourth spot", a place aimed at: "five points off the crucial fourth spot")
  const placeNoun = RANK_NOUNS.has(input.tokens[k + 1]?.low ?? '') && !DETERMINERS.has(prev?.low ?? '') && input.tokens[k - 2]?.low !== 'the';
  // (…and "number 27", "down to number two": a chart's place, whoever's — the names decide whose)
  const fig = input.figures[fi0(input.tokens, k)];
  const charted = fig?.kind === 'ordinal' && /^number\s/i.test(fig.text);
  // (…and "slipped to 18th", "climbed to third": a place reached by a move, as "fell to number 16" is)
  const moved = fig?.kind === 'ordinal' && prev?.low === 'to' && input.tokens[k - 2]?.kind === 'word' && !!input.lex.directionOf(input.tokens[k - 2].lemma, input.tokens[k - 2].low);
  if (fig?.kind === 'ordinal' && ((prev && RANK_TITLES.has(prev.low)) || tablePlaceAt(input.tokens, k) || hyphenPlaced(input.tokens, k) || placeNoun || charted || moved)) out.unshift('rank');
  // "finished second in 7.82", "won in 2:35.39", "in a time of 31:41": a race time, whatever race the
  // words before it name ("runner-up in the 60m hurdles in 7.83")
  if (raceTime(input, k)) out.unshift(RACE_TIME_METRIC);
  // ("6-3 7-6 (7-5) victory": a score in brackets after a set's is that set's tie-break, not the victory)
  if (kind === 'score' && prev?.low === '(' && input.tokens[k + 1]?.low === ')' && input.tokens[k - 2]?.kind === 'fig' && input.figures[fi0(input.tokens, k - 2)]?.kind === 'score') out.unshift(input.lex.concept(TIE_BREAK_METRIC));
  // "three times as likely", "five million times faster": a multiple measures its comparison
  if (role === 'multiple') {
    const comparison = comparedAfter(input.tokens, k);
    if (comparison) out.unshift(comparison);
  }
  // ("would stand 6m high", "2.5m high and 6m long": a length's dimension, what it measures)
  const dimension = kind === 'measure' ? DIMENSION_WORDS[input.tokens[k + 1]?.low ?? ''] : undefined;
  if (dimension) out.unshift(dimension);
  // ("will put 125m euros into marketing", "pumped $2bn into the plant": money put into something is invested)
  if (kind === 'currency' && invested(input.tokens, k)) out.unshift(input.lex.concept(INVESTMENT_CONCEPT));
  // ("sold at a London auction for £100,000", "was bought by a collector in Paris for $2m": the price,
  // past the adjunct between the verb of sale and the money's "for")
  if (kind === 'currency' && prev?.low === 'for' && soldBefore(input, k - 1)) out.unshift(input.lex.concept(PRICE_CONCEPT));
  // ("goes on sale in Japan on 12 December for about 19,800 yen", "available for £99": what it sells for)
  if (kind === 'currency' && prev?.low === 'for' && out.includes(ON_SALE_CONCEPT)) out.push(PRICE_CONCEPT);
  return [[...new Set(out)], counted];
}

/**
 * The noun phrase a sum is said to be worth by "X is/was/will be worth": its concepts, the head
 * first ("The original agreement, signed last April, was worth $420m" → agreement, original; "The
 * telecoms project in Benin was worth about $50m" → project, telecom), read past a comma aside and a
 * place after the noun; none for a name ("Judy Craymer is worth £67m": her fortune) or a pronoun.
 */
function worthOf(input: FrameInput, k: number): string[] {
  const { tokens, lex } = input;
  if (tokens[k - 1]?.low !== 'worth') return [];
  let j = k - 2;
  if (!BE_GROUP_WORDS.has(tokens[j]?.low ?? '')) return [];
  while (j >= 0 && (BE_GROUP_WORDS.has(tokens[j].low) || WORTH_MODALS.has(tokens[j].low))) j--;
  // (", signed last April,": an aside between commas after the noun)
  if (tokens[j]?.low === ',') {
    let q = j - 1;
    while (q >= 0 && j - q <= P.worthAsideReach && tokens[q].low !== ',' && !isBoundary(tokens[q])) q--;
    if (tokens[q]?.low !== ',') return [];
    j = q - 1;
  }
  // ("the telecoms project in Benin": the place after the noun)
  if (tokens[j]?.kind === 'name') {
    const place = placeEndingAt(input, j);
    if (!place) return [];
    j = place.start - 1;
  }
  const out: string[] = [];
  for (; j >= 0 && out.length < P.metricWords; j--) {
    const t = tokens[j];
    if (t.kind !== 'word' || t.func || t.verb || DETERMINERS.has(t.low) || skippable(input, t) || !lex.canBeNominal(t.lemma)) break;
    out.push(t.concept);
  }
  return out;
}

/** Is the token at i a common noun written as a possessive ("the country's", "the world's")? */
function possessiveNounAt(input: FrameInput, i: number): boolean {
  const t = input.tokens[i];
  if (t?.kind !== 'word' || t.func || t.verb) return false;
  const raw = input.text.slice(t.start, t.end);
  return /['\u2019]s$/.test(raw) && input.lex.canBeNominal(t.lemma);
}

/** The word a multiple compares ("as likely" → likely, "faster" → fast), if one follows it. */
function comparedAfter(tokens: readonly FrameToken[], k: number): string | undefined {
  let i = k + 1;
  if (COMPARISON_LINKS.has(tokens[i]?.low ?? '')) i++;
  const t = tokens[i];
  return t && t.kind === 'word' && !t.func ? t.concept : undefined;
}

/** Words that never head a metric phrase before a figure: function words, verbs, value nouns, period and direction words. */
function skippable(input: FrameInput, t: FrameToken): boolean {
  const { lex } = input;
  // (an adverb never names what is measured: "the adult rate is provisionally set to reach £5.53")
  return t.func || t.verb || LINK_WORDS.has(t.low) || MANNER_WORDS.has(t.low) || CONNECTIVE_WORDS.has(t.low) || VALUE_NOUNS.has(t.lemma) || EARLIER_WORDS.has(t.low) || NOW_WORDS.has(t.low) || MONTHS[t.low] !== undefined || WEEKDAYS.has(t.low) || !!lex.directionOf(t.lemma, t.low) || isLyAdverb(t, (l) => lex.canBeNominal(l));
}

/**
 * The noun phrase after the figure, in reading order: "13.2 million people", "47% of the money
 * spent", "a 26% rise in annual profits", "8.5 on MT-Bench".
 */
function phraseAfter(input: FrameInput, k: number, role: Role): string[] {
  const { tokens, lex } = input;
  const ordinal = input.figures[fi0(tokens, k)]?.kind === 'ordinal';
  const out: string[] = [];
  let i = k + 1;
  // ("the 41 year-old Bwalya": an age written with a space counts nothing after it, as "41-year-old" does not)
  if (role === 'age' && tokens[i]?.low === 'year-old') return out;
  if (tokens[i]?.low === '(' && tokens[i + 2]?.low === ')') i += 3;
  // ("a 6-3 6-7 (2-7) 7-6 (7-5) victory": a set of a scoreline measures what the whole does)
  if (input.figures[fi0(tokens, k)]?.kind === 'score') i = scorelineEnd(input, i);
  // ("the third-round game": an ordinal's stage joined by a hyphen is what it counts, and the noun after it)
  if (tokens[i]?.low === '-' && tokens[i + 1]?.kind === 'word' && ORDINAL_STAGE_NOUNS.has(tokens[i + 1].low) && ordinal) i++;
  // ("the 300-strong audience", "a 5,000-strong crowd": a count joined to "strong" counts the noun after it)
  else if (STRENGTH_WORDS.has(tokens[i]?.low ?? '') && input.figures[fi0(tokens, k)]?.kind === 'count') i++;
  else if (tokens[i]?.low === '-' && STRENGTH_WORDS.has(tokens[i + 1]?.low ?? '') && input.figures[fi0(tokens, k)]?.kind === 'count') i += 2;
  // ("two million more older people", "300 fewer jobs": what is counted follows the comparative —
  // not a comparison, "5,000 more copies of each single than originally planned", a change)
  if (COUNT_COMPARATIVES.has(tokens[i]?.low ?? '') && tokens[i + 1]?.kind === 'word' && !tokens[i + 1].func && !tokens[i + 1].verb && !thanWithin(tokens, i + 1, P.comparisonThanReach)) i++;
  const t0 = tokens[i];
  if (t0 && t0.kind === 'word' && lex.directionOf(t0.lemma, t0.low) && (tokens[i + 1]?.low === 'in' || tokens[i + 1]?.low === 'of')) i += 2;
  // ("£35bn of cuts in public services": what a sum of changes changes, as "£35bn cuts in …" says)
  else if (t0?.low === 'of' && role === 'change' && changeIn(input, i + 1)) i += 3;
  // ("shaving 70% off the cost": a cut's object follows "off")
  // ("£39m in sterling": the currency it is given in, not what the money is in)
  else if (t0?.low === 'in' && MONEY_IN_WORDS.has(tokens[i + 1]?.low ?? '')) return out;
  else if (t0 && (t0.low === 'of' || (t0.low === 'on' && role === 'level') || (t0.low === 'off' && role === 'change') || (t0.low === 'in' && input.figures[fi0(tokens, k)]?.kind === 'currency'))) i += 1;
  if (i > k + 1) while (tokens[i] && DETERMINERS.has(tokens[i].low)) i++;
  // ("the third most digitally savvy nation": a rank's degree words name nothing it ranks by)
  if (ordinal && (tokens[i]?.low === 'most' || tokens[i]?.low === 'least')) {
    i++;
    while (tokens[i] && tokens[i].kind === 'word' && isLyAdverb(tokens[i], (l) => lex.canBeNominal(l))) i++;
  }
  // "47% of the £1.34bn spent on games": the share's whole is a figure; what it measures follows it
  let afterOf = t0 && t0.low === 'of' ? i : -1;
  // ("13 of Britain's 659 MPs": the whole's owner before it, then the whole — what is counted follows)
  if (afterOf >= 0 && tokens[i]?.kind === 'name' && tokens[i + 1]?.kind === 'fig' && /['\u2019]s$/.test(input.text.slice(tokens[i].start, tokens[i].end))) afterOf = ++i;
  if (tokens[i] && PER_MARKERS.has(tokens[i].low)) return out;
  // a year before a noun phrase is what it dates, its last noun the head, past adjectives and
  // participles ("a 1969 British racing green Volvo" is a Volvo; "the 2004 Hinton Lecture")
  const yearBefore = input.figures[fi0(tokens, k)]?.kind === 'year';
  const words = yearBefore ? P.datedPhraseWords : P.metricWords;
  for (let n = 0; tokens[i] && n < words; i++) {
    const t = tokens[i];
    if (t.kind === 'fig' && n === 0 && i === afterOf) continue;
    const afterWhole = n === 0 && afterOf >= 0 && i === afterOf + 1 && tokens[afterOf].kind === 'fig';
    // "a 19% surge in February sales", "in 2004 profits": the date opens the phrase, the noun follows
    if (n === 0 && i > k + 1 && (MONTHS[t.low] !== undefined || (t.kind === 'fig' && input.figures[t.fig!]?.kind === 'year'))) continue;
    // ("lost $676m in the final quarter": when, not what the money is in)
    if (n === 0 && t0?.low === 'in' && yearPartOrdinal(t.low, tokens[i + 1]?.lemma) !== undefined) break;
    // ("festive online spending": an -ing form the synonym classes list as a noun is one)
    // (…and so is any -ing form right after an ordinal: "the third restructuring in its history")
    const gerund = t.kind === 'word' && (lex.listedGerund(t.low) || (ordinal && n === 0 && i === k + 1 && t.low.endsWith('ing')));
    // ("12 deprived communities", "5,000 hijacked computers": a past participle before the counted noun describes it)
    const participle = (yearBefore && n > 0 && t.low.endsWith('ing') && nominalAt(input, i + 1)) || (n === 0 && i === k + 1 && t.low.endsWith('ed') && tokens[i + 1]?.kind === 'word' && nominalAt(input, i + 1));
    if (t.kind === 'fig' || t.kind === 'punct' || t.func || (t.verb && !afterWhole && !gerund && !participle)) break;
    // "world number two Roddick": a position's name after it is who holds it, not what it counts —
    // unless a noun follows the names, which they modify ("a third Sydney title" counts titles)
    // ("the 15th annual British Comedy Awards": the adjective of a series, not what it counts)
    if (n === 0 && ORDINAL_SERIES_ADJECTIVES.has(t.low) && ordinal) continue;
    if (t.kind === 'name' && n === 0 && ordinal) {
      // (…a series' own capitalised noun among the names is what the ordinal counts: "the third
      // Grammy of his career", "the 77th Academy Awards")
      const series = seriesNameAt(input, i);
      if (series >= 0) {
        out.push(lex.conceptAs(tokens[series].low, false));
        n++;
        i = series;
        continue;
      }
      const head = namedHeadAfter(input, i);
      // (…unless the name is one capitalised common noun, the thing counted: "Gordon Brown's eighth
      // Budget", "the third Test")
      // (an ordinal's own form only: "world number two Quill" is who holds the position)
      if (head < 0 && ORDINAL_FORM.test(input.figures[fi0(tokens, k)].text) && tokens[i + 1]?.kind !== 'name' && tokens[i - 1]?.kind !== 'name' && lex.knows(t.low) && lex.canBeNominal(t.lemma)) {
        out.push(lex.conceptAs(t.low, false));
        n++;
        continue;
      }
      if (head < 0) break;
      i = head - 1;
      continue;
    }
    // "£111,314 in Northern Ireland": a name after "in" says where, not what the money is in ("£40m in sales")
    if (t.kind === 'name' && n === 0 && t0?.low === 'in') break;
    if (/^\d+$/.test(t.low)) break;
    // ("four previous nominations", "five earlier occasions": which of them, the noun after is what it counts)
    if (n === 0 && i === k + 1 && t.kind === 'word' && COUNT_QUALIFIERS.has(t.low) && nominalAt(input, i + 1) && !SPAN_NOUNS.has(tokens[i + 1].lemma)) continue;
    if (t.kind === 'word' && (LINK_WORDS.has(t.low) || MONTHS[t.low] !== undefined || WEEKDAYS.has(t.low) || EARLIER_WORDS.has(t.low) || PLACE_ADVERBS.has(t.low))) break;
    // ("its 25th year": the span an ordinal counts, right after it, is what it counts)
    const countedSpan = n === 0 && i === k + 1 && ORDINAL_SPANS.has(t.lemma) && ordinal;
    if (t.kind === 'word' && !countedSpan && (VALUE_NOUNS.has(t.lemma) || lex.directionOf(t.lemma, t.low)) && !amountNoun(input, k, t)) continue;
    // ("13% greater than last year": a comparison, no noun)
    if (n === 0 && COMPARATIVES_THAN[t.low] !== undefined && tokens[i + 1]?.low === 'than') break;
    // only what can name a thing: "80.2 instead" counts nothing
    if (t.kind === 'word' && !afterWhole && !gerund && !participle && !lex.canBeNominal(t.lemma)) break;
    out.push(t.concept);
    n++;
  }
  return out;
}

/** A change noun at i followed by "in" or "of" ("cuts in", "rises of"). */
function changeIn(input: FrameInput, i: number): boolean {
  const t = input.tokens[i];
  return !!t && t.kind === 'word' && !!input.lex.directionOf(t.lemma, t.low) && (input.tokens[i + 1]?.low === 'in' || input.tokens[i + 1]?.low === 'of');
}

/**
 * Token i past the scores that follow a score, and the brackets of their tie-breaks ("6-7 (2-7) 7-6
 * (7-5) victory" → victory), at most P.scorelineSets of them (past that, i: a list of results
 * measures nothing after it, and each score's read stays bounded).
 */
function scorelineEnd(input: FrameInput, i: number): number {
  const { tokens, figures } = input;
  const scoreAt = (j: number) => tokens[j]?.kind === 'fig' && figures[fi0(tokens, j)]?.kind === 'score';
  let j = i;
  for (let sets = 0; sets <= P.scorelineSets; sets++) {
    if (scoreAt(j)) j++;
    else if (tokens[j]?.low === '(' && scoreAt(j + 1) && tokens[j + 2]?.low === ')') j += 3;
    else return j;
  }
  return i;
}

/**
 * Does a verb of sale or payment (the price's synonym class: "sold", "fetched", "paid", "bought")
 * stand before the "for" at token j, at most P.saleAdjunct tokens back, an adjunct between — a
 * preposition of SALE_ADJUNCT_PREPS right after the verb, then no other verb, figure or stop (a verb
 * right before "for" is read by phraseBefore as it always was)?
 */
function soldBefore(input: FrameInput, j: number): boolean {
  const { tokens, lex } = input;
  const price = lex.concept(PRICE_CONCEPT);
  for (let i = j - 1, n = 0; i >= 0 && n < P.saleAdjunct; i--, n++) {
    const t = tokens[i];
    if (t.kind === 'punct' || t.kind === 'fig') return false;
    if (t.kind === 'word' && t.verb) return n > 0 && SALE_ADJUNCT_PREPS.has(tokens[i + 1].low) && (t.concept === price || lex.conceptAs(t.lemma, true) === price);
  }
  return false;
}

/** The noun after the run of names at token i ("Sydney title", "Grand Slam title"), at most P.apposedNames names; -1 when none follows. */
function namedHeadAfter(input: FrameInput, i: number): number {
  const { tokens, lex } = input;
  let j = i;
  while (tokens[j]?.kind === 'name' && j - i < P.apposedNames) j++;
  const t = tokens[j];
  return t && t.kind === 'word' && !t.func && !t.verb && lex.canBeNominal(t.lemma) ? j : -1;
}

/** The first of the names from token i that is a series' own noun (ORDINAL_SERIES_NOUNS: "Awards", "Grammy"), or -1. */
function seriesNameAt(input: FrameInput, i: number): number {
  const { tokens } = input;
  for (let j = i; tokens[j]?.kind === 'name' && j - i < P.apposedNames; j++) if (ORDINAL_SERIES_NOUNS.has(tokens[j].low)) return j;
  return -1;
}

/** Is token i a noun or a name (what a participle before it may modify)? */
function nominalAt(input: FrameInput, i: number): boolean {
  const t = input.tokens[i];
  return !!t && (t.kind === 'name' || (t.kind === 'word' && !t.func && !t.verb && input.lex.canBeNominal(t.lemma)));
}

/**
 * What an amount of money that is its clause's subject goes to or comes from, head first, when no
 * noun follows the figure itself (not a count: "another 1,200 will go from its design department"
 * are jobs, not the department): "About £12bn would go on tax cuts", "£6bn will be available for tax
 * cuts", "More than £12m came from individual gifts". A verb group of at most FRAME_POLICY.metricWords
 * + 1 words, then one of OBJECT_PREPS, then the noun phrase; empty when the words after the figure
 * are anything else.
 */
function objectAfterVerb(input: FrameInput, k: number): string[] {
  const { tokens } = input;
  const j = verbGroupEnd(tokens, k + 1);
  if (j < 0 || !OBJECT_PREPS.has(tokens[j]?.low ?? '')) return [];
  // ("was in the accounts": what holds the money only after "be" itself — "was lost in the fire" says where, not what)
  if (tokens[j].low === 'in' && tokens.slice(k + 1, j).some((t) => !BE_GROUP_WORDS.has(t.low) && !MODALS.has(t.low))) return [];
  return nounPhraseAt(input, j + 1);
}

/**
 * Where a verb group of at most FRAME_POLICY.metricWords + 1 words starting at token i ends
 * (auxiliaries, modals and the verb: "would go", "had received", "will be available"); -1 when
 * none starts there.
 */
function verbGroupEnd(tokens: readonly FrameToken[], i: number): number {
  let verbs = 0;
  for (; tokens[i] && verbs <= P.metricWords; i++, verbs++) {
    const t = tokens[i];
    // (a bare verb after a modal: "would go on")
    const afterModal = verbs > 0 && MODALS.has(tokens[i - 1].low);
    if (t.kind !== 'word' || !(t.verb || afterModal || VERB_GROUP_WORDS.has(t.low))) break;
  }
  return verbs ? i : -1;
}

/** The noun phrase at token i past its determiners, head first (at most FRAME_POLICY.metricWords nouns); empty when none. */
function nounPhraseAt(input: FrameInput, i: number): string[] {
  const { tokens, lex } = input;
  while (tokens[i] && DETERMINERS.has(tokens[i].low)) i++;
  const phrase: string[] = [];
  for (; tokens[i] && phrase.length < P.metricWords; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.func || t.verb || !lex.canBeNominal(t.lemma) || VALUE_NOUNS.has(t.lemma)) break;
    phrase.push(t.concept);
  }
  return phrase.reverse();
}

/**
 * What a poll's share answered about, head first: the object of the answer's verb — "only 34%
 * said they had received replacement cards", "16% of those surveyed had new chip cards" (cards) —
 * when no noun follows the figure itself; empty when the words after it are anything else.
 */
function answeredObject(input: FrameInput, k: number): string[] {
  const { tokens } = input;
  let i = k + 1;
  if (tokens[i]?.low === 'of') {
    i++;
    while (tokens[i] && (RESPONDENT_WORDS.has(tokens[i].low) || tokens[i].low === 'the')) i++;
  }
  let said = false;
  // (past the comma closing an apposed share: "A small number, 17%, said they…", and with its
  // respondents named, "A small group, 17% of those polled, said they…" — found by helper h27d)
  if (tokens[i]?.low === ',' && tokens[k - 1]?.low === ',' && ANSWER_VERBS.has(tokens[i + 1]?.low ?? '')) i++;
  if (ANSWER_VERBS.has(tokens[i]?.low ?? '')) {
    said = true;
    i++;
    while (tokens[i] && ANSWER_PRONOUNS.has(tokens[i].low)) i++;
  }
  if (!said && i === k + 1) return [];
  // ("would not really miss", "wouldn't really miss": a negated answer is another answer than the plain one)
  // (only when an adverb or a negation follows the modal; "would buy a digital camera" is read as any verb group)
  const negated = NEGATED_MODALS.has(tokens[i]?.low ?? '') || (MODALS.has(tokens[i]?.low ?? '') && tokens[i + 1]?.low === 'not');
  let n = MODALS.has(tokens[i]?.low ?? '') || NEGATED_MODALS.has(tokens[i]?.low ?? '') ? i + 1 : i;
  const past = n;
  while (tokens[n] && ANSWER_ADVERBS.has(tokens[n].low)) n++;
  // (the bare verb after them, when its object opens with a determiner: "wouldn't buy a camera")
  if ((n > past || negated) && DETERMINERS.has(tokens[n + 1]?.low ?? '')) n++;
  const j = n > past || negated ? n : verbGroupEnd(tokens, i);
  const object = j >= 0 ? nounPhraseAt(input, j) : [];
  return object.length && negated ? [...object, NEGATED_ANSWER] : object;
}

/** "raised its DS shipment targets by 60%": what changed is the object between the verb and "by". */
function changedObject(input: FrameInput, k: number): string[] {
  const { tokens, lex } = input;
  const obj: string[] = [];
  for (let q = k - 2; q >= Math.max(0, k - P.changeByReach); q--) {
    const t = tokens[q];
    if (t.kind === 'fig' || isBoundary(t)) break;
    if (t.kind === 'word' && lex.directionOf(t.lemma, t.low)) return obj.reverse();
    if (!t.func && !/^\d+$/.test(t.low) && !VALUE_NOUNS.has(t.lemma) && MONTHS[t.low] === undefined && !WEEKDAYS.has(t.low)) obj.push(t.concept);
  }
  return [];
}

/**
 * The nearest noun phrase before the figure past linking verbs, verbs, change words and value
 * nouns ("BP's annual profit climbed 26%", "the age of 44"), head first; the verb that governs
 * the figure ("earned $56m", "sold for £2,000") last.
 */
function phraseBefore(input: FrameInput, k: number, role: Role, parens?: Parens, compound?: MetricCompound): string[] {
  const { tokens, lex } = input;
  let j = k - 1;
  let skipped = 0;
  let verb: string | undefined;
  let verbLemma: string | undefined;
  let raised = false;
  let opener: string | undefined;
  while (j >= 0 && skipped < P.metricLookBack) {
    const t = tokens[j];
    const between = commaAdverbialEndingAt(tokens, j);
    if (between) {
      j -= between;
      skipped += between;
      continue;
    }
    // ("the attack took place in April 2003": "took place" names nothing measured, as "happened")
    if (t.low === 'place' && tokens[j - 1]?.lemma === 'take' && tokens[j - 1].kind === 'word') {
      j -= 2;
      skipped += 2;
      continue;
    }
    // ("applications from Wales alone went up": the part set apart is the frame's `alone`, what is
    // measured is read past it)
    if (ALONE_WORDS.has(t.low) && j > 0 && tokens[j - 1].kind === 'name') {
      j -= 2;
      skipped += 2;
      continue;
    }
    // ("US consumer spending - which drives two thirds of the economy - grew 0.2%": an aside
    // between dashes closing before the figure says nothing of what it measures; not a bracket,
    // which holds a conversion as often as an aside)
    const dashed = parens?.at(j, -1);
    if (dashed && DASHES.has(tokens[dashed[0]].low) && dashed[0] > 0) {
      // (an aside counts as one word of the look-back: it is bounded by the parenthetical's own reach)
      skipped += 1;
      j = dashed[0] - 1;
      continue;
    }
    // ("unemployment remains high, currently close to 30%": a figure set after the level it gives
    // reads back past its comma, the adjective and the verb, to what is measured)
    if (t.low === ',' && skipped <= 1 && LEVEL_ADJECTIVES.has(tokens[j - 1]?.low ?? '') && STATE_VERBS.has(tokens[j - 2]?.lemma ?? '')) {
      j -= 3;
      skipped += 3;
      continue;
    }
    // ("rose by a mere 0.1%", "grew a strong 0.7%": an adjective between an article and the figure
    // says how much, not what is measured — unless it names the measure, "an average 5%")
    // (nor does an increment after a verb of change: "added an extra 6.4%", "fell a further 3%")
    const ofAmount = !t.func && !MEASURE_ADJECTIVES.has(t.low) && lex.canBeAdjective(t.low);
    const incrementMoved = INCREMENT_ADJECTIVES.has(t.low) && tokens[j - 2]?.verb === true && !!lex.directionOf(tokens[j - 2].lemma, tokens[j - 2].low);
    if (j === k - 1 && t.kind === 'word' && (tokens[j - 1]?.low === 'a' || tokens[j - 1]?.low === 'an') && (ofAmount || incrementMoved)) {
      j -= 2;
      skipped += 2;
      continue;
    }
    // ("conceded that only $840,000 was in the accounts", "told the court that 31% had left": a
    // figure opening a clause of what was said measures nothing the words before "that" name)
    if (t.low === 'that' && skipped <= P.clauseOpenerReach && saidBefore(tokens, j)) break;
    // a clause that hangs on the phrase before its comma measures what that phrase measures: a
    // participle's ("Brent crude rose, adding $1.89 to $48.62") or a relative clause's ("stockpiles
    // of crude, which are up to 9% higher")
    const participle = j + 2 === k && tokens[j + 1]?.verb === true && tokens[j + 1].low.endsWith('ing');
    const relative = RELATIVE_OPENERS.has(tokens[j + 1]?.low ?? '') && skipped <= P.clauseOpenerReach;
    // …and so does a change's amount set off by a comma ("applications have also risen, by 19%")
    const byAfter = tokens[j + 1]?.low === 'by' && j + 2 === k;
    if (t.low === ',' && j + 1 < k && (participle || relative || byAfter)) {
      j--;
      skipped++;
      continue;
    }
    // (a relative clause set off by commas between what is measured and its verb: "applications
    // from Wales, where there are no plans for fees, have also risen" — read past whole)
    if (t.low === ',') {
      const open = relativeAsideOpening(tokens, j);
      if (open !== undefined) {
        skipped += j - open + 1;
        j = open - 1;
        continue;
      }
    }
    // ("started to pay dividends - $53m in 2000 and almost $1bn in 2001 -": a figure opening an aside
    // between dashes right after a noun gives that noun's amount, as "dividends of $53m" would)
    if (j === k - 1 && DASHES.has(t.low) && tokens[j - 1]?.kind === 'word' && !tokens[j - 1].func && !tokens[j - 1].verb && lex.canBeNominal(tokens[j - 1].lemma) && !VALUE_NOUNS.has(tokens[j - 1].lemma) && parens?.at(j, 1)) {
      j--;
      skipped++;
      continue;
    }
    if (isBoundary(t)) break;
    // ("to end teenage unemployment within the next five years": a length's span opener, read past,
    // what ends within it before, the opener last — SPAN_OPENERS)
    if (j === k - 1 && t.kind === 'word' && SPAN_OPENERS.has(t.low) && input.figures[fi0(tokens, k)]?.kind === 'duration' && tokens[j - 1]?.low === 'the' && SPAN_PREPOSITIONS.has(tokens[j - 2]?.low ?? '') && tokens[j - 3]?.kind === 'word' && !tokens[j - 3].func) {
      opener = t.concept;
      j -= 3;
      skipped += 3;
      continue;
    }
    // ("plans to raise $100m", "wants to sell 300": the intent names nothing measured; "raise" does)
    // (only before a verb that names the measure: "hopes to reach 10 million homes" keeps its "hope")
    if (t.kind === 'word' && INTENT_BEFORE_TO.has(t.lemma) && tokens[j + 1]?.low === 'to' && tokens[j + 2]?.verb === true && METRIC_VERBS.has(tokens[j + 2].lemma)) {
      j--;
      skipped++;
      continue;
    }
    const aside = asideEndingAt(tokens, j);
    if (aside) {
      j -= aside;
      skipped += aside;
      continue;
    }
    // ("the harbour toll at the start of the season", "growth in the third quarter": when, read past whole)
    const span = spanEndingAt(input, j) || yearPartEndingAt(input.tokens, j);
    if (span) {
      j -= span;
      skipped += span;
      continue;
    }
    if (t.kind === 'word' && COORDINATORS.has(t.low) && opensConjunct(tokens, j, k)) break;
    // "to a new record of $1.76 trillion", "an all-time high of": the value noun's adjective names nothing measured
    const valueAdjective = t.kind === 'word' && VALUE_ADJECTIVES.has(t.low) && VALUE_NOUNS.has(tokens[j + 1]?.lemma ?? '');
    // ("report back at the end of 2005": a verb's particle names nothing measured)
    const before = tokens[j - 1];
    const particle = t.kind === 'word' && VERB_PARTICLES.has(t.low) && before?.kind === 'word' && (before.verb === true || ATTRIBUTION_VERBS.has(before.low));
    if (t.kind === 'word' && !valueAdjective && !particle && !timePartAt(input, j) && (!skippable(input, t) || namedByArticle(tokens, j) || amountNoun(input, k, t))) break;
    // ("went on sale in the UK on 9 November", "will retail in Japan for £99": where, not who)
    const place = t.kind === 'name' ? placeEndingAt(input, j) : undefined;
    if (place) {
      j = place.start - 1;
      skipped += 1;
      continue;
    }
    if (t.kind === 'name' && skipped > 0 && tokens[j + 1]?.low !== 'of') break;
    // (a verb of change that names what a sum is when the sum is its object: "plans to raise $100m"
    // is money raised, not a rise — METRIC_VERBS)
    // (not a sum lost, read below as a loss; and only a person who raises it is the subject, as for
    // other verbs — "Its website has raised £8m" measures the site's takings)
    const raisedSum = j === k - 1 && role === 'level' && METRIC_VERBS.has(t.lemma) && !AMOUNT_VERBS.has(t.lemma) && !!lex.directionOf(t.lemma, t.low) && input.figures[fi0(tokens, k)]?.kind === 'currency';
    if (t.verb && verb === undefined && (raisedSum || !lex.directionOf(t.lemma, t.low)) && !LINK_WORDS.has(t.low) && !COMPARISON_OPENERS.has(t.low) && !FINDING_VERBS.has(t.lemma)) {
      verb = t.concept;
      verbLemma = t.lemma;
      raised = raisedSum;
    }
    // ("the bank lost $4bn": money lost is the loss the noun names, "a loss of $4bn" — not a price's
    // move, "lost 23 cents", nor the level it moved to, "lost 2.5% to 270 yen")
    if (t.verb && verb === undefined && AMOUNT_VERBS.has(t.lemma) && role !== 'change' && lostAmount(input, j, k)) {
      verb = lex.conceptAs(AMOUNT_VERBS.get(t.lemma)!, false);
      verbLemma = t.lemma;
    }
    j--;
    skipped++;
  }
  // a bare name right before the verb is the subject, not the metric ("Hendrix died in 1970")
  // …and so is a person who does the verb ("The singer banked $56.5m", "Prince earned more than
  // $56m"): what is measured is then what the verb says
  // — and whoever does a verb that itself names the measure ("the open model scored 82", "the
  // festival sold 80,000 tickets") is its subject too
  const personFirst = j >= 0 && verbLemma !== undefined && tokens[j].kind === 'word' && (lex.isHuman(tokens[j].lemma) || (METRIC_VERBS.has(verbLemma) && !raised));
  const nameFirst = j >= 0 && (tokens[j].kind === 'name' || personFirst);
  // "Quarterly profits at US media giant TimeWarner jumped 76%": the name closes a phrase whose
  // head stands before its preposition
  let read = !nameFirst;
  if (nameFirst && tokens[j].kind === 'name') {
    const q = headBeforeName(input, j);
    if (q >= 0) {
      j = q;
      read = true;
    }
  }
  // read the phrase leftwards; through one preposition ("share of the audience", "electricity use
  // by data centres", "turnover at the mill") the phrase before it is the head
  let phrase: string[] = [];
  let object: string[] = [];
  const start = j;
  // (where the phrase's head stands, and the noun right before it: "the jobless rate")
  let headAt = -1;
  let qualifier: string | undefined;
  for (let n = 0; j >= 0 && n < P.metricWords && read; j--) {
    const t = tokens[j];
    if (t.kind === 'word' && DETERMINERS.has(t.low) && phrase.length > 0 && PHRASE_PREPS.has(tokens[j - 1]?.low ?? '')) continue;
    if (t.kind === 'word' && PHRASE_PREPS.has(t.low) && phrase.length > 0 && !object.length && tokens[j - 1]?.kind === 'word' && !skippable(input, tokens[j - 1])) {
      object = phrase;
      phrase = [];
      qualifier = undefined;
      n = 0;
      continue;
    }
    // …and through a participle before "by" ("rates paid by neighbouring authorities could vary
    // by £100": a reduced relative clause, the phrase it hangs on the head)
    if (t.low === 'by' && phrase.length > 0 && !object.length && passiveBefore(input, j)) {
      object = phrase;
      phrase = [];
      qualifier = undefined;
      n = 0;
      j--;
      continue;
    }
    // ("rates paid by neighbouring authorities": an -ing form before the phrase's noun modifies it)
    if (t.kind === 'word' && t.verb && t.low.endsWith('ing') && phrase.length > 0 && tokens[j + 1]?.kind === 'word' && !tokens[j + 1].verb) continue;
    if (t.kind === 'punct' || t.kind === 'fig' || (t.kind === 'word' && skippable(input, t) && !namedByArticle(tokens, j) && !amountNoun(input, k, t) && !(phrase.length === 0 && gerundNounAt(tokens, j)))) break;
    if (/^\d+$/.test(t.low)) break;
    if (!phrase.length) headAt = j;
    // (a noun, or a word of a curated class, right before the head: which of the head's kinds — "interest rates", "jobless rate")
    else if (phrase.length === 1 && j === headAt - 1 && KIND_NAMED_HEADS.has(tokens[headAt].lemma) && t.kind === 'word' && !t.verb && (lex.canBeNominal(t.lemma) || t.concept !== t.lemma)) qualifier = t.concept;
    phrase.push(t.concept);
    if (t.kind === 'word') n++;
  }
  // (the gap between two sides is read whoever they name: "the difference between what the UK exported and imported")
  // ("had to pay former partner Fiat 1.55bn euros": whom a sum is paid is no measure of it — the
  // paying is; a verb of PAYING_VERBS right before the phrase, the sum its second object)
  // (the phrase right before the sum, a person, a firm or a name: "pay former partner Fiat", "owes the bank")
  const payer = j >= 0 && DETERMINERS.has(tokens[j].low) ? j - 1 : j;
  let named = start + 1;
  while (named < k && tokens[named].kind === 'name') named++;
  const payee = read && phrase.length > 0 && verb === undefined && named === k && payer >= 0 && tokens[payer].kind === 'word' && PAYING_VERBS.has(tokens[payer].lemma) &&
    input.figures[fi0(tokens, k)]?.kind === 'currency' && (tokens[start].kind === 'name' || lex.isHuman(tokens[start].lemma) || lex.concept(tokens[start].lemma) === COMPANY_CONCEPT || PAYEE_NOUNS.has(tokens[start].lemma));
  const head = payee ? lex.conceptAs(tokens[payer].lemma, true) : read ? fromHeadBefore(input, start) ?? gapBetween(input, start) : gapBetween(input, k - 1);
  const out = head ? [head, ...phrase] : [...phrase, ...object];
  if (compound && !head && qualifier !== undefined && phrase[0] !== qualifier) {
    compound.head = phrase[0];
    compound.qualifier = qualifier;
  }
  // (time is spent, not money: "spent six weeks at the top of the chart" measures no cost)
  const timeSpent = verbLemma === 'spend' && input.figures[fi0(tokens, k)]?.kind === 'duration';
  // (a day's move in the market: "JFE ended 4% lower", "closed 1.2% down" — when the move was
  // measured, not what moved)
  const sessionEnd = role === 'change' && verbLemma !== undefined && SESSION_END_VERBS.has(verbLemma);
  if (verb !== undefined && !timeSpent && !sessionEnd) out.push(verb);
  if (opener !== undefined) out.push(opener);
  // (…and where it was spent is what it measures: "spent six weeks at the top of the US album chart")
  if (timeSpent && !out.length) out.push(...placeSpentAfter(input, k));
  return out;
}

/**
 * The phrase after a stretch of time spent ("spent six weeks at the top of the US album chart",
 * "spent 12 years in the Commons"): its words' concepts, the last noun (the phrase's head) first;
 * up to FRAME_POLICY.spentPlaceReach tokens, to the clause's end, another figure or a verb.
 */
function placeSpentAfter(input: FrameInput, k: number): string[] {
  const { tokens } = input;
  const words: string[] = [];
  for (let i = k + 1; i < tokens.length && i <= k + P.spentPlaceReach; i++) {
    const t = tokens[i];
    if (t.kind === 'fig' || t.kind === 'punct' || t.verb) break;
    if (t.kind === 'word' && !t.func && t.lemma.length > 1) words.push(t.concept);
  }
  return words.length ? [words[words.length - 1], ...words.slice(0, -1)] : [];
}

/** A past participle right before "by" at j, a noun before it ("rates paid by", "goods made by"): a reduced relative clause. */
function passiveBefore(input: FrameInput, j: number): boolean {
  const p = input.tokens[j - 1];
  const n = input.tokens[j - 2];
  return p?.kind === 'word' && p.verb === true && !p.low.endsWith('ing') && n?.kind === 'word' && !skippable(input, n);
}

/** Is the figure at k a sum of money that the verb at j lost outright (only hedges and function words between, no "to" or "from")? */
function lostAmount(input: FrameInput, j: number, k: number): boolean {
  if (input.figures[fi0(input.tokens, k)]?.kind !== 'currency') return false;
  for (let i = j + 1; i < k; i++) {
    const t = input.tokens[i];
    if (t.kind !== 'word' || t.low === 'to' || t.low === 'from') return false;
  }
  return true;
}

/** A noun that, before a sum of money, names the amount ("a pre-tax loss of £10m", "put its losses at $4bn"): the metric, no change word. */
function amountNoun(input: FrameInput, k: number, t: FrameToken): boolean {
  return t.kind === 'word' && !t.verb && AMOUNT_NOUNS.has(t.lemma) && input.figures[fi0(input.tokens, k)]?.kind === 'currency';
}

/**
 * "The gap between US exports and imports hit …", "the difference between what it exported and
 * imported was …": the phrase before the figure is the second side of "between A and B", and what
 * is measured is the noun before "between" (its concept), if any — read back from `start` over at
 * most P.metricLookBack tokens, not past a boundary.
 */
function gapBetween(input: FrameInput, start: number): string | undefined {
  const { tokens } = input;
  let and = false;
  for (let j = start; j > 0 && start - j <= P.metricLookBack; j--) {
    const t = tokens[j];
    if (isBoundary(t) || t.kind === 'fig') return undefined;
    if (t.low === 'and') and = true;
    else if (t.low === 'between') {
      const h = tokens[j - 1];
      // ("the difference between …" is the gap the deficit class names)
      if (and && h?.low === 'difference') return input.lex.concept(GAP_CONCEPT);
      return and && h?.kind === 'word' && !h.func && !h.verb ? h.concept : undefined;
    }
  }
  return undefined;
}

/**
 * Is token j a part of a span of time ("end" in "the end of 2003", "whole" in "the whole of 2004",
 * "rest" in "the rest of the season")? It says when, and the metric is read past it.
 */
function timePartAt(input: FrameInput, j: number): boolean {
  const { tokens } = input;
  if (!TIME_PART_NOUNS.has(tokens[j].low) || tokens[j + 1]?.low !== 'of') return false;
  let i = j + 2;
  while (tokens[i] && SPAN_DETERMINERS.has(tokens[i].low)) i++;
  const t = tokens[i];
  if (!t) return false;
  if (t.kind === 'fig') {
    const kind = input.figures[t.fig!]?.kind;
    return kind !== undefined && isDateKind(kind);
  }
  return t.kind === 'word' && (MONTHS[t.low] !== undefined || SPAN_NOUNS.has(t.lemma));
}

/** The length of "start of the season" when its span noun is token j ("the start of the season"); 0 when none ends there. */
function spanEndingAt(input: FrameInput, j: number): number {
  const { tokens } = input;
  const t = tokens[j];
  if (t.kind !== 'word' || !SPAN_NOUNS.has(t.lemma)) return 0;
  let q = j - 1;
  while (q > 0 && SPAN_DETERMINERS.has(tokens[q].low)) q--;
  return q > 0 && tokens[q].low === 'of' && timePartAt(input, q - 1) ? j - q + 2 : 0;
}

/**
 * The length of "in the third quarter", "during the first half" when its part of a year is token
 * j (an ordinal before it, a dating preposition and determiners before that); 0 when none ends there.
 */
function yearPartEndingAt(tokens: readonly FrameToken[], j: number): number {
  const t = tokens[j];
  if (t.kind !== 'word' || yearPartOrdinal(tokens[j - 1]?.low, t.lemma) === undefined) return 0;
  let q = j - 2;
  while (q > 0 && SPAN_DETERMINERS.has(tokens[q].low)) q--;
  return q >= 0 && DATING_PREPOSITIONS.has(tokens[q].low) ? j - q + 1 : 0;
}

/**
 * The money a phrase ending at `start` comes from, when "from" opens it ("revenue from BMW's core
 * car business fell 11%": revenue, not business); undefined when none.
 */
function fromHeadBefore(input: FrameInput, start: number): string | undefined {
  const { tokens } = input;
  for (let q = start; q > 0 && start - q < P.fromReach; q--) {
    const t = tokens[q];
    if (t.kind === 'punct' || t.kind === 'fig' || t.verb) return undefined;
    if (t.low === 'from') return FROM_HEADS.has(tokens[q - 1].concept) ? tokens[q - 1].concept : undefined;
  }
  return undefined;
}

/**
 * A linking word used as the noun it also is, between an article and "of": "an estimate of £1.8m",
 * "a forecast of 3%" name what the figure is (not "is estimated at", "forecast to reach").
 */
function namedByArticle(tokens: readonly FrameToken[], j: number): boolean {
  const t = tokens[j];
  // (a value noun stays the figure itself: "a total of $1.1m" names no metric)
  return LINK_WORDS.has(t.low) && !t.func && !VALUE_NOUNS.has(t.lemma) && ARTICLES.has(tokens[j - 1]?.low ?? '') && tokens[j + 1]?.low === 'of';
}

/** Is the token at i an -ing form a determiner or an owner's name makes a noun ("the meeting with Clara Furse", "Seifert's meeting")? */
function gerundNounAt(tokens: readonly FrameToken[], i: number): boolean {
  const t = tokens[i];
  return t?.kind === 'word' && t.verb === true && t.low.endsWith('ing') && (DETERMINERS.has(tokens[i - 1]?.low ?? '') || tokens[i - 1]?.kind === 'name');
}

/** The length of an aside adverbial ("as a whole", "in total") whose last word is token j; 0 when none ends there. */
function asideEndingAt(tokens: readonly FrameToken[], j: number): number {
  for (const words of ASIDE_ADVERBIALS) {
    const start = j - words.length + 1;
    if (start >= 0 && words.every((w, q) => tokens[start + q].kind === 'word' && tokens[start + q].low === w)) return words.length;
  }
  return 0;
}

/**
 * The length of ", meanwhile," (commas included) when its closing comma is token j and a word
 * stands before its opening comma; 0 when none ends there.
 */
function commaAdverbialEndingAt(tokens: readonly FrameToken[], j: number): number {
  if (tokens[j]?.low !== ',') return 0;
  for (const words of COMMA_ADVERBIALS) {
    const start = j - words.length;
    if (start < 2 || tokens[start - 1].low !== ',' || tokens[start - 2].kind === 'punct') continue;
    if (words.every((w, q) => tokens[start + q].kind === 'word' && tokens[start + q].low === w)) return words.length + 2;
  }
  return 0;
}

/**
 * Where the head of a noun phrase ends when a name closes it ("profits at US media giant
 * TimeWarner", "sales of the Sony PSP"): the word before the preposition that opens the name's
 * phrase, found through at most FRAME_POLICY.namePhraseReach words and names; -1 when there is none.
 */
function headBeforeName(input: FrameInput, j: number): number {
  const { tokens, lex } = input;
  for (let q = j - 1; q >= 0 && q >= j - P.namePhraseReach; q--) {
    const t = tokens[q];
    if (t.kind === 'punct' || t.kind === 'fig' || t.verb) return -1;
    if (t.kind === 'word' && NAME_PHRASE_PREPS.has(t.low)) {
      const head = tokens[q - 1];
      return head && head.kind === 'word' && !head.func && (!skippable(input, head) || gerundNounAt(tokens, q - 1)) && lex.canBeNominal(head.lemma) ? q - 1 : -1;
    }
  }
  return -1;
}

/** A time in seconds or on a clock's face right after "in" or "a time of": how long someone took. */
function raceTime(input: FrameInput, k: number): boolean {
  const f = input.figures[fi0(input.tokens, k)];
  if (!f) return false;
  const seconds = (f.kind === 'number' && f.scale === 1 && f.decimals > 0 && f.decimals <= 2 && f.value < P.raceSecondsMax) || (f.kind === 'duration' && f.clock === true);
  if (!seconds) return false;
  const prev = input.tokens[k - 1]?.low;
  return prev === 'in' || (prev === 'of' && input.tokens[k - 2]?.low === 'time');
}

/**
 * Is there a verb of saying before "that" at token j: right before it ("said that"), or before its
 * object ("told the court that", "told MPs that"), within P.clauseOpenerReach tokens?
 */
function saidBefore(tokens: readonly FrameToken[], j: number): boolean {
  for (let i = j - 1; i >= Math.max(0, j - 1 - P.clauseOpenerReach); i--) {
    const t = tokens[i];
    if (t.kind === 'fig' || isBoundary(t)) return false;
    if (t.kind === 'word' && (SAYING_VERBS.has(t.low) || SAYING_VERBS.has(t.lemma))) return true;
  }
  return false;
}

/**
 * The comma that opens a relative clause ending at the comma `j` (", where there are no plans for
 * fees,", ", which owns the brand,"), within FRAME_POLICY.relativeAsideReach tokens and with no
 * figure inside: its index, or undefined.
 */
function relativeAsideOpening(tokens: readonly FrameToken[], j: number): number | undefined {
  for (let i = j - 1; i >= Math.max(1, j - P.relativeAsideReach); i--) {
    const t = tokens[i];
    if (t.kind === 'fig' || (isBoundary(t) && t.low !== ',')) return undefined;
    if (t.low === ',') return ASIDE_RELATIVES.has(tokens[i + 1]?.low ?? '') ? i : undefined;
  }
  return undefined;
}
