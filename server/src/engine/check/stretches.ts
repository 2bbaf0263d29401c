// A source or note sentence read as stretches, one per value (check/slots.ts decides with them):
// the values of the note figure's kind outside brackets, where each one's words begin (after ";", a
// joiner, a comma), what each stretch names (names, years, words by concept), the attributions no
// value owns, the noun a value counts, and pairs of words that make a phrase.
import { comparable, isDateKind } from '../figures';
import { ATTRIBUTION_VERBS, CONTRAST_JOINERS, EARLIER_WORDS, INCLUSIVE_WORDS, type Lexicon, MONTHS, NAME_PREFIXES, SLOT_JOINERS } from '../frames/lexicon';
import type { FrameToken } from '../frames/tokens';
import type { NoteFigure } from '../notes';
import { sentenceSpans } from '../text';
import type { Figure, Passage } from '../types';
import { SLOT_POLICY as P } from './policy';
import type { CheckRun } from './run';

/** What a stretch of words names: names, years, and ordinary words (by concept). */
export interface Terms {
  names: Set<string>;
  years: Set<string>;
  words: Set<string>;
}

/** One value's stretch: tokens [from, to) of the sentence, the value's token at `at`. */
export interface Slot {
  value: Figure;
  from: number;
  to: number;
  at: number;
}

export type Sentence = { tokens: readonly FrameToken[]; figures: readonly Figure[] };
export type Cut = { slots: Slot[]; mine: number };

/** The sentence of a passage around a figure: its tokens and the passage's figures they index. */
export function sentenceOf(run: CheckRun, p: Passage, g: Figure): Sentence | undefined {
  const text = run.index.sourceOf(p).text;
  // (read within a window around the figure: a passage of one 100 KB line costs no more than a
  // sentence; a sentence reaching past the window is longer than any read here)
  const lo = Math.max(p.start, g.start - P.maxSentenceChars);
  const hi = Math.min(p.end, g.end + P.maxSentenceChars);
  const span = sentenceSpans(text, lo, hi).find(([a, b]) => a <= g.start && g.end <= b);
  if (!span || (span[0] === lo && lo > p.start) || (span[1] === hi && hi < p.end)) return undefined;
  const all = run.index.frames.passageTokens(p);
  const first = lowerBound(all, span[0]);
  let last = first;
  while (last < all.length && all[last].end <= span[1]) last++;
  return last - first <= P.maxTokens ? { tokens: all.slice(first, last), figures: p.figures } : undefined;
}

/** The first token starting at or after `at` (tokens are in text order). */
function lowerBound(tokens: readonly FrameToken[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The stretches of the values comparable with the note's figure, outside brackets (a conversion,
 * "$2.58 trillion (£1.38 trillion)", is no value of its own): each value's runs from the word that
 * opens it (after ";", else a joiner after a comma, else the first joiner, else the last comma)
 * to the next one's. None when two values have nothing between them that parts them.
 */
export function slotsOf(tokens: readonly FrameToken[], figures: readonly Figure[], f: NoteFigure, mine: Figure, maxValues: number = P.maxValues): { slots: Slot[]; mine: number } | undefined {
  const at: number[] = [];
  let depth = 0;
  // (a loop, not a closure made at each call: alignment.ts NameSearch)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'punct' && (t.low === '(' || t.low === '[')) depth++;
    else if (t.kind === 'punct' && (t.low === ')' || t.low === ']')) depth = Math.max(0, depth - 1);
    else if (t.kind === 'fig' && (depth === 0 || bracketedValue(tokens, i)) && t.fig !== undefined && comparable(f, figures[t.fig]) && !figures[t.fig].vague) at.push(i);
  }
  if (at.length < 2 || at.length > maxValues) return undefined;
  const slots: Slot[] = [];
  let from = 0;
  for (let k = 0; k < at.length; k++) {
    const to = k + 1 < at.length ? opening(tokens, at[k], at[k + 1]) : tokens.length;
    if (to === undefined) return undefined;
    slots.push({ value: figures[tokens[at[k]].fig!], from, to, at: at[k] });
    from = to;
  }
  const i = slots.findIndex((s) => s.value === mine);
  return i < 0 ? undefined : { slots, mine: i };
}

/**
 * A value alone in brackets after a word, the clause before it its own ("The French were the
 * second most likely to buy something (48%), with 44% of Britons …"): one of the sentence's
 * values. Not a figure's restatement after it ("$121.9m (£63.3m)"), which says the same.
 */
function bracketedValue(tokens: readonly FrameToken[], i: number): boolean {
  return tokens[i - 1]?.low === '(' && tokens[i + 1]?.low === ')' && tokens[i - 2]?.kind === 'word';
}

/**
 * Where the stretch of the value at token b opens, after the value at token a: at the name a value
 * between commas follows ("Owen Marsh, 14,"), else after ";", else at a
 * joiner after a comma (", while"), else at the first joiner that sets values against each other
 * ("but", "compared"), else at the first "and"/"or" that does not join two names ("England and
 * Wales"), else after the last comma.
 */
function opening(tokens: readonly FrameToken[], a: number, b: number): number | undefined {
  // ("Tom Reece, 15, Owen Marsh, 14, and Liam Hart, 12": a name and its value between commas — the
  // value's stretch opens at its name)
  if (isComma(tokens[b - 1]) && tokens[b - 2]?.kind === 'name') {
    let q = b - 2;
    while (q > a && tokens[q - 1].kind === 'name') q--;
    // (a list's name, after a comma or "and" — not one the value before it governs: "seven on Heinze, five on Ronaldo")
    if (q > a + 1 && (isComma(tokens[q - 1]) || tokens[q - 1].low === 'and')) return q;
  }
  let commaJoiner = -1;
  let contrast = -1;
  let plain = -1;
  let lastComma = -1;
  // (a bracket's own punctuation opens no stretch: "11bn euros ($14.4bn; £7.6bn) of government
  // bonds …, with 4bn euros" — the restated sums are the first value's)
  let depth = 0;
  for (let k = a + 1; k < b; k++) {
    const t = tokens[k];
    if (t.kind === 'punct' && (t.low === '(' || t.low === '[')) depth++;
    else if (t.kind === 'punct' && (t.low === ')' || t.low === ']')) depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    if (t.kind === 'punct' && t.low === ';') return k + 1;
    if (t.kind === 'word' && SLOT_JOINERS.has(t.low)) {
      if (commaJoiner < 0 && isComma(tokens[k - 1])) commaJoiner = k;
      if (contrast < 0 && CONTRAST_JOINERS.has(t.low)) contrast = k;
      if (plain < 0 && !(tokens[k - 1]?.kind === 'name' && tokens[k + 1]?.kind === 'name')) plain = k;
    } else if (isComma(t)) lastComma = k + 1;
  }
  for (const k of [commaJoiner, contrast, plain, lastComma]) if (k >= 0) return k;
  return undefined;
}

/** Ordered pairs of content words at most SLOT_POLICY.phraseReach tokens apart, in tokens [from, to): nouns and their modifiers, and verbs when asked. */
export function pairsOf(lex: Lexicon, tokens: readonly FrameToken[], from: number, to: number, shared: ReadonlySet<number>, verbs: boolean): Set<string> {
  const out = new Set<string>();
  const end = Math.min(to, tokens.length);
  // (nouns and their modifiers only: "say they always vote" is a predicate every stretch may share by ellipsis)
  const content = (t: FrameToken) => t.kind === 'word' && !t.func && t.low.length >= 3 && !SLOT_JOINERS.has(t.low) && (verbs || (!t.verb && lex.canBeNominal(t.lemma)));
  for (let i = from; i < end; i++) {
    if (shared.has(i) || !content(tokens[i])) continue;
    for (let j = i + 1; j < end && j - i <= P.phraseReach; j++) {
      if (!shared.has(j) && content(tokens[j])) out.add(`${tokens[i].concept || tokens[i].lemma} ${tokens[j].concept || tokens[j].lemma}`);
    }
  }
  return out;
}

/** The noun the value at token i counts, when one follows it ("110 appearances"; none in "1,700 will go"). */
export function countedAt(tokens: readonly FrameToken[], i: number, lex: Lexicon): string | undefined {
  let k = i >= 0 ? i + 1 : -1;
  const counted = (t: FrameToken | undefined): t is FrameToken => !!t && t.kind === 'word' && !t.func && !t.verb && !SLOT_JOINERS.has(t.low) && !notCounted(t);
  // (a part of a whole counts the whole's noun: "covering eight of the scene's biggest stars" counts stars)
  if (tokens[k]?.low === 'of') return partitiveHead(tokens, k + 1, counted);
  if (!counted(tokens[k])) return undefined;
  // (past the adjectives before the head: "three ancient laptops" and "three old laptops" count laptops;
  // a word made with a hyphen is one too, before a noun: "a £5,000 tax-free personal allowance")
  for (let n = 0; n < P.countedAdjectives && counted(tokens[k + 1]) && lex.canBeNominal(tokens[k + 1].lemma) && (lex.canBeAdjective(tokens[k].low) || tokens[k].low.includes('-')); n++) k++;
  const t = tokens[k];
  return t.concept || t.lemma;
}

/** The head of the noun phrase after a partitive's "of" and a determiner at k: the last of its words, within SLOT_POLICY.partitiveWords; none for a pronoun or a value ("eight of them", "13 of the 659 MPs"). */
function partitiveHead(tokens: readonly FrameToken[], k: number, counted: (t: FrameToken | undefined) => t is FrameToken): string | undefined {
  // (a determiner makes it a part of a whole: "£35bn of efficiency savings", "21% of visitors" are the amounts themselves, read by the frames)
  if (!PARTITIVE_DETERMINERS.has(tokens[k]?.low ?? '')) return undefined;
  k++;
  let head: FrameToken | undefined;
  for (let n = 0; n < P.partitiveWords && counted(tokens[k + n]); n++) head = tokens[k + n];
  return head && (head.concept || head.lemma);
}

/** Determiners a partitive's noun phrase may open with ("eight of the scene's biggest stars", "two of its plants"). */
const PARTITIVE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'these', 'those']);

/** Words after a value that say when or how, not what it counts: "9% respectively", "5% last year", "7% in March". */
function notCounted(t: FrameToken): boolean {
  return (t.low.length > 4 && t.low.endsWith('ly')) || EARLIER_WORDS.has(t.low) || WHEN_WORDS.has(t.low) || MONTHS[t.low] !== undefined;
}

/** Words that open a time after a value ("5% this year", "7% next month"). */
const WHEN_WORDS: ReadonlySet<string> = new Set(['this', 'next', 'last']);

/** The same for the value that starts at `start`. */
export function countedBy(tokens: readonly FrameToken[], start: number, lex: Lexicon): string | undefined {
  // (a loop, not a closure made at each call: alignment.ts NameSearch)
  let i = 0;
  while (i < tokens.length && !(tokens[i].kind === 'fig' && tokens[i].start === start)) i++;
  return countedAt(tokens, i < tokens.length ? i : -1, lex);
}

export function sameCount(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

/**
 * Tokens of a source sentence no value owns: its attributions, and the words after an aside naming
 * a part of the value before it (", including $18m from their own pockets, to settle a class
 * action lawsuit": "to settle" goes on with "agreed to pay $54m", the whole's and the part's alike).
 * Only when no other figure follows the aside — the words before the next value would be its own.
 * So are the words after a list of values set between dashes ("the money - $1.2bn in grants and
 * $500m in soft loans - was for the rebuilding of Aceh province"): the sentence goes on with what
 * the dashes broke off, every value's alike.
 */
export function unowned(tokens: readonly FrameToken[], figures: readonly Figure[]): Set<number> {
  const out = attributions(tokens);
  afterDashedList(tokens, figures, out);
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !INCLUSIVE_WORDS.has(t.low) || !isComma(tokens[i - 1]) || tokens[i + 1]?.kind !== 'fig') return;
    let k = i + 2;
    while (k < tokens.length && !isComma(tokens[k]) && !(tokens[k].kind === 'punct' && tokens[k].low === ';')) k++;
    if (!isComma(tokens[k])) return;
    let end = k + 1;
    while (end < tokens.length && tokens[end].kind !== 'fig' && !(tokens[end].kind === 'punct' && tokens[end].low === ';')) end++;
    if (end < tokens.length && tokens[end].kind === 'fig') return;
    for (let j = k + 1; j < end; j++) out.add(j);
  });
  return out;
}

const isComma = (t: FrameToken | undefined) => t?.kind === 'punct' && t.low === ',';
const isDash = (t: FrameToken | undefined) => t?.kind === 'punct' && (t.low === '-' || t.low === '—' || t.low === '–');

/**
 * Adds to `out` the tokens after the closing dash of an aside that holds two figures or more, when
 * no figure follows it but a date ("… - was for the rebuilding of Aceh, hit by the tsunami of 26 December").
 */
function afterDashedList(tokens: readonly FrameToken[], figures: readonly Figure[], out: Set<number>): void {
  let open = -1;
  let figs = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'fig') {
      if (open < 0) continue;
      figs++;
    } else if (isDash(t)) {
      if (open < 0 || figs === 0) {
        open = i;
        figs = 0;
        continue;
      }
      if (figs < 2) return;
      for (let j = i + 1; j < tokens.length; j++) if (tokens[j].kind === 'fig' && !isDateKind(figures[tokens[j].fig!]?.kind ?? 'count')) return;
      for (let j = i + 1; j < tokens.length; j++) out.add(j);
      return;
    }
  }
}

/** Tokens of attributions (", UK Coal said,"; "according to Hollywood Reporter"), which no value owns. */
export function attributions(tokens: readonly FrameToken[]): Set<number> {
  const out = new Set<number>();
  const nameOrFunc = (t: FrameToken | undefined) => !!t && (t.kind === 'name' || (t.kind === 'word' && t.func));
  tokens.forEach((t, i) => {
    if (t.kind === 'word' && t.low === 'according' && tokens[i + 1]?.low === 'to') {
      out.add(i).add(i + 1);
      for (let k = i + 2; k < tokens.length && k - i - 1 <= P.attributionNames && nameOrFunc(tokens[k]); k++) out.add(k);
      return;
    }
    if (t.kind !== 'word' || !ATTRIBUTION_VERBS.has(t.low)) return;
    const after = tokens[i + 1];
    if (after && !(after.kind === 'punct' && (after.low === ',' || after.low === '.'))) return;
    let j = i - 1;
    while (j >= 0 && i - j <= P.attributionNames && nameOrFunc(tokens[j])) j--;
    if (j < 0 || j === i - 1 || !(tokens[j].kind === 'punct' && tokens[j].low === ',')) return;
    for (let k = j + 1; k <= i; k++) out.add(k);
  });
  return out;
}

export function termsOf(tokens: readonly FrameToken[], figures: readonly Figure[], from: number, to: number, shared: ReadonlySet<number>): Terms {
  const t: Terms = { names: new Set(), years: new Set(), words: new Set() };
  for (let k = from; k < to; k++) if (!shared.has(k)) addTerm(t, tokens[k], figures);
  return t;
}

/** What the note's sentence says of f: the whole sentence, or f's own stretch when it states several values of f's kind. */
export function termsOfNote(run: CheckRun, f: NoteFigure, stretch: [number, number] = noteStretch(run, f)): Terms {
  const tokens = run.sentenceFrameTokens(f.sentence);
  const [from, to] = stretch;
  const t = termsOf(tokens, run.figuresOf(f.sentence), from, to, attributions(tokens));
  // (a name that opens the note's sentence may be read as a word — "Nationwide said…", where the
  // sources also write "a nationwide survey" — and still names what a source's "Nationwide" does)
  for (let k = from; k < to; k++) if (tokens[k].kind === 'word' && tokens[k].cap) t.names.add(tokens[k].low);
  return t;
}

/**
 * Each stretch's terms (`whole`) and those it owns (`own`): the first stretch's words before its
 * value are its own only when every other stretch has words of its own ("Sales rose 5% and profits
 * rose 7%"), else the subject every value shares ("Donations rose by 3.9% and in 2005/06 by
 * 7.2%"); its names and years likewise, when every other stretch names one of its own ("Halifax
 * said … 0.8% and Nationwide … 0.4%", but "Of the 22 million Americans who own MP3 players, 59%
 * are men compared to 41% of women").
 */
export function stretchTerms(sentence: Sentence, slots: readonly Slot[], shared: ReadonlySet<number>): { whole: Terms[]; own: Terms[]; firstWords: boolean } {
  const { tokens, figures } = sentence;
  const whole = slots.map((s) => termsOf(tokens, figures, s.from, s.to, shared));
  const after0 = termsOf(tokens, figures, slots[0].at + 1, slots[0].to, shared);
  const firstWords = whole.slice(1).every((t) => [...t.words].some((w) => !whole[0].words.has(w)));
  const firstOf = (sort: 'names' | 'years') => (whole.slice(1).every((t) => t[sort].size > 0) ? whole[0] : after0)[sort];
  const first: Terms = { names: firstOf('names'), years: firstOf('years'), words: (firstWords ? whole[0] : after0).words };
  return { whole, own: [first, ...whole.slice(1)], firstWords };
}

/**
 * Does the note's sentence name anything that stretch k alone holds — a name, a year, a word? The
 * words before the first value are its own only when every other stretch has words of its own
 * ("Sales rose 5% and profits rose 7%"), else the subject every value shares ("Donations rose by
 * 3.9% and in 2005/06 by 7.2%"); the same for names and years.
 */
export function notesOwn(run: CheckRun, f: NoteFigure, sentence: Sentence, slots: readonly Slot[], k: number, sorts: readonly TermSort[] = TERM_SORTS): boolean {
  const { own } = stretchTerms(sentence, slots, unowned(sentence.tokens, sentence.figures));
  const note = termsOfNote(run, f);
  return sorts.some((sort) => [...own[k][sort]].some((w) => note[sort].has(w) && own.every((t, j) => j === k || !t[sort].has(w))));
}

/** The sorts of term a stretch owns: names, years (and months), words. */
export type TermSort = 'names' | 'years' | 'words';
const TERM_SORTS: readonly TermSort[] = ['names', 'years', 'words'];

/** The tokens of the note's sentence that speak of f: all, or f's own stretch when it states several values of f's kind. */
export function noteStretch(run: CheckRun, f: NoteFigure): [number, number] {
  const tokens = run.sentenceFrameTokens(f.sentence);
  const cut = slotsOf(tokens, run.figuresOf(f.sentence), f, f);
  return cut ? [cut.slots[cut.mine].from, cut.slots[cut.mine].to] : [0, tokens.length];
}

function addTerm(t: Terms, tok: FrameToken, figures: readonly Figure[]): void {
  // (a hyphened name by its parts: "non-EU" names the EU, "Anglo-Dutch" both)
  if (tok.kind === 'name') {
    for (const part of (tok.lemma || tok.low).split('-')) if (part && !NAME_PREFIXES.has(part)) t.names.add(part);
  } else if (tok.kind === 'fig') {
    const g = tok.fig !== undefined ? figures[tok.fig] : undefined;
    if (g?.kind === 'year') t.years.add(String(g.value));
  } else if (tok.kind === 'word' && tok.cap && MONTHS[tok.low] !== undefined) {
    // (a month is a date, as a year is: "rose 5% in May and 7% in June" gives the values their
    // months, no words of their own — the stretches share the subject before the first value)
    t.years.add(tok.low);
  } else if (tok.kind === 'word' && !tok.func && tok.low.length >= 3 && !SLOT_JOINERS.has(tok.low)) t.words.add(tok.concept || tok.lemma);
}
