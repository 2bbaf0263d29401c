// Slots: a source sentence that states several values of one kind gives each its own stretch of
// words — "Halifax said house prices rose by 0.8% in January and Nationwide reported a rise of
// 0.4%"; "In 1998/99 contributions rose by 4.7% and in 2002/03 by 8.6%"; "1,700 will go from its
// sales department, 3,400 from business operations"; "59% are men compared to 41% of women";
// "health and education will rise by 9.4% and 8.1% respectively". A support that rests on one of
// those values while the note's sentence names what only another value's stretch says ("Nationwide
// said prices rose 0.8%") is that other value's claim: the note is judged against it instead —
// supported if it agrees, contradicted if not (every gate of a contradiction still holds), else
// left unverified, never supported by the wrong value.
//
// What decides, most certain first:
//  - "respectively": the note names exactly one of the items listed before the values;
//  - names and years: the note names one that only another value's stretch holds, and the
//    support's stretch holds one of the same sort the note does not (Halifax against Nationwide,
//    1998/99 against 2002/03) — a name or year shared by every value decides nothing;
//  - words: the support's stretch holds none of the note's words, and one other stretch holds at
//    least SLOT_POLICY.minOwnWords of them, or one word opposite to one of the support's stretch
//    (men / women: OPPOSITES). The words before the first value (the sentence's subject, shared by
//    every value in an ellipsis) and an attribution set off by commas (", UK Coal said,") are no
//    value's own.
// Runs after every stage that can support a figure; changes the results in place.
import { comparable, figuresAgree } from '../figures';
import { relateValues } from '../frames/bounds';
import { ATTRIBUTION_VERBS, CONTRAST_JOINERS, type Lexicon, NAME_PREFIXES, SLOT_JOINERS } from '../frames/lexicon';
import type { FrameToken } from '../frames/tokens';
import type { NoteFigure } from '../notes';
import { sentenceSpans } from '../text';
import type { Figure, Passage } from '../types';
import { replaceFigureFix } from './findings';
import { SLOT_POLICY as P } from './policy';
import type { Evidence, FigureResult } from './report';
import { plausible } from './rules';
import type { CheckRun } from './run';
import { leftToScorelines } from './scorelines';

/** What a stretch of words names: names, years, and ordinary words (by concept). */
interface Terms {
  names: Set<string>;
  years: Set<string>;
  words: Set<string>;
}

/** One value's stretch: tokens [from, to) of the sentence, the value's token at `at`. */
interface Slot {
  value: Figure;
  from: number;
  to: number;
  at: number;
}

export function slots(run: CheckRun, results: FigureResult[]): void {
  for (const r of results) {
    const f = r.figure;
    if ((r.verdict !== 'supported' && r.verdict !== 'contradicted') || r.wrongSource || r.wrongPage || f.vague || f.kind === 'year' || f.kind === 'date' || f.kind === 'quarter' || leftToScorelines(run, f)) continue;
    const e = r.evidence[0];
    if (!e?.figure) continue;
    const sentence = sentenceOf(run, e.passage, e.figure);
    if (!sentence) continue;
    // the value that counts the note's noun, when the support counts another: "published into 38
    // languages in 40 countries" against "appeared in 40 languages"
    const counter = r.verdict === 'supported' ? countsNotesNoun(run, f, sentence, e.figure) : undefined;
    if (counter) {
      rejudge(run, r, e, counter);
      continue;
    }
    // the part, when the support is the whole of "A of the B" and the note says what only the part's
    // words say ("with 94,000 of the 140,000 confirmed deaths" for "Indonesia's death toll … 140,000")
    const part = r.verdict === 'supported' ? partOf(run, f, sentence, e.figure) : undefined;
    if (part) {
      rejudge(run, r, e, part);
      continue;
    }
    const cut = slotsOf(sentence.tokens, sentence.figures, f, e.figure);
    if (!cut) continue;
    const pick = r.verdict === 'supported' ? namedElsewhere(run, f, sentence, cut) : statedElsewhere(run, f, sentence, cut);
    // (a value that counts another thing is no reading of the note's: "made 110 appearances …,
    // scoring 18 goals" — "18 goals in 110 appearances" names both, each of its own)
    if (pick === undefined || !sameCount(countedBy(run.sentenceFrameTokens(f.sentence), f.start), countedBy(sentence.tokens, cut.slots[pick].value.start))) continue;
    rejudge(run, r, e, cut.slots[pick].value);
  }
}

type Sentence = { tokens: readonly FrameToken[]; figures: readonly Figure[] };
type Cut = { slots: Slot[]; mine: number };

/** A supported figure: the other value whose stretch the note names, if any. */
function namedElsewhere(run: CheckRun, f: NoteFigure, sentence: Sentence, cut: Cut): number | undefined {
  const pick = respectively(run, f, sentence.tokens, cut.slots) ?? byOwnTerms(run, f, sentence.tokens, cut.slots, cut.mine, sentence.figures);
  return pick === cut.mine ? undefined : pick;
}

/**
 * A contradicted figure whose value another stretch of the contradicting sentence states ("In
 * 2001/02 donations rose by 3.9% and in 2005/06 by 7.2%" against "donations rose by 7.2%"): that
 * value, unless the note names something of the contradicting value's own stretch (then the note
 * swapped the two: "In 2001/02 donations rose 7.2%" stays contradicted).
 */
function statedElsewhere(run: CheckRun, f: NoteFigure, sentence: Sentence, cut: Cut): number | undefined {
  const agreeing = cut.slots.map((s, k) => k).filter((k) => k !== cut.mine && figuresAgree(f, cut.slots[k].value, run.tolerance));
  if (agreeing.length !== 1 || notesOwn(run, f, sentence, cut.slots, cut.mine)) return undefined;
  return agreeing[0];
}

/**
 * Does the note's sentence name anything that stretch k alone holds — a name, a year, a word? The
 * words before the first value are its own only when every other stretch has words of its own
 * ("Sales rose 5% and profits rose 7%"), else the subject every value shares ("Donations rose by
 * 3.9% and in 2005/06 by 7.2%"); the same for names and years.
 */
function notesOwn(run: CheckRun, f: NoteFigure, sentence: Sentence, slots: readonly Slot[], k: number): boolean {
  const { tokens, figures } = sentence;
  const shared = attributions(tokens);
  const whole = slots.map((s) => termsOf(tokens, figures, s.from, s.to, shared));
  const after0 = termsOf(tokens, figures, slots[0].at + 1, slots[0].to, shared);
  const note = termsOfNote(run, f);
  return (['names', 'years', 'words'] as const).some((sort) => {
    const first = (sort === 'words' ? ownSubjects(whole) : whole.slice(1).every((t) => t[sort].size > 0)) ? whole[0] : after0;
    const of = (j: number) => (j === 0 ? first : whole[j]);
    return [...of(k)[sort]].some((w) => note[sort].has(w) && slots.every((_, j) => j === k || !of(j)[sort].has(w)));
  });
}

/** The sentence of a passage around a figure: its tokens and the passage's figures they index. */
function sentenceOf(run: CheckRun, p: Passage, g: Figure): { tokens: readonly FrameToken[]; figures: readonly Figure[] } | undefined {
  const text = run.index.sourceOf(p).text;
  const span = sentenceSpans(text, p.start, p.end).find(([a, b]) => a <= g.start && g.end <= b);
  if (!span) return undefined;
  const all = run.index.frames.passageTokens(p);
  const tokens = all.filter((t) => t.start >= span[0] && t.end <= span[1]);
  return tokens.length <= P.maxTokens ? { tokens, figures: p.figures } : undefined;
}

/**
 * The stretches of the values comparable with the note's figure, outside brackets (a conversion,
 * "$2.58 trillion (£1.38 trillion)", is no value of its own): each value's runs from the word that
 * opens it (after ";", else a joiner after a comma, else the first joiner, else the last comma)
 * to the next one's. None when two values have nothing between them that parts them.
 */
function slotsOf(tokens: readonly FrameToken[], figures: readonly Figure[], f: NoteFigure, mine: Figure): { slots: Slot[]; mine: number } | undefined {
  const at: number[] = [];
  let depth = 0;
  tokens.forEach((t, i) => {
    if (t.kind === 'punct' && (t.low === '(' || t.low === '[')) depth++;
    else if (t.kind === 'punct' && (t.low === ')' || t.low === ']')) depth = Math.max(0, depth - 1);
    else if (t.kind === 'fig' && depth === 0 && t.fig !== undefined && comparable(f, figures[t.fig]) && !figures[t.fig].vague) at.push(i);
  });
  if (at.length < 2 || at.length > P.maxValues) return undefined;
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
 * Where the stretch of the value at token b opens, after the value at token a: after ";", else at a
 * joiner after a comma (", while"), else at the first joiner that sets values against each other
 * ("but", "compared"), else at the first "and"/"or" that does not join two names ("England and
 * Wales"), else after the last comma.
 */
function opening(tokens: readonly FrameToken[], a: number, b: number): number | undefined {
  const isComma = (t: FrameToken | undefined) => t?.kind === 'punct' && t.low === ',';
  let commaJoiner = -1;
  let contrast = -1;
  let plain = -1;
  let lastComma = -1;
  for (let k = a + 1; k < b; k++) {
    const t = tokens[k];
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

/** "A and B … X and Y respectively": the value whose item the note names, when it names one only. */
function respectively(run: CheckRun, f: NoteFigure, tokens: readonly FrameToken[], slots: readonly Slot[]): number | undefined {
  const last = slots[slots.length - 1].at;
  const next = tokens.slice(last + 1, last + 3).find((t) => t.kind === 'word');
  if (next?.low !== 'respectively') return undefined;
  // the last list of as many items as values, before the first value: "health and education"
  const items = lastList(tokens, slots[0].at, slots.length);
  if (!items) return undefined;
  const noteWords = termsOfNote(run, f).words;
  const named = items.map((t, i) => (noteWords.has(t.concept || t.lemma) ? i : -1)).filter((i) => i >= 0);
  return named.length === 1 ? named[0] : undefined;
}

/** Single words joined by commas and a last "and" ("health and education"; "wages, rents and fuel"), of n items, before token `end`. */
function lastList(tokens: readonly FrameToken[], end: number, n: number): FrameToken[] | undefined {
  for (let k = end - 1; k > 0; k--) {
    if (!(tokens[k].kind === 'word' && tokens[k].low === 'and')) continue;
    const items = [tokens[k + 1]];
    let j = k - 1;
    items.unshift(tokens[j]);
    while (items.length < n && j >= 2 && tokens[j - 1].kind === 'punct' && tokens[j - 1].low === ',') {
      j -= 2;
      items.unshift(tokens[j]);
    }
    if (items.length === n && items.every((t) => t && t.kind === 'word' && !t.func)) return items;
  }
  return undefined;
}

/** The value whose stretch alone says what the note's sentence says, by names and years, else words. */
function byOwnTerms(run: CheckRun, f: NoteFigure, tokens: readonly FrameToken[], slots: readonly Slot[], mine: number, figures: readonly Figure[]): number | undefined {
  const shared = attributions(tokens);
  const whole = slots.map((s) => termsOf(tokens, figures, s.from, s.to, shared));
  // (the words before the first value are the sentence's subject, every value's in an ellipsis —
  // "Donations rose by 3.9% and in 2005/06 by 7.2%" — unless every other value has words of its
  // own: "Sales rose 5% and profits rose 7%")
  const firstWhole = ownSubjects(whole);
  const after0 = termsOf(tokens, figures, slots[0].at + 1, slots[0].to, shared);
  const own = slots.map((_, k) => (k === 0 && !firstWhole ? after0 : whole[k]));
  const note = termsOfNote(run, f);
  for (const sort of ['names', 'years'] as const) {
    // (the names before the first value are its own only when every other value names its own:
    // "Halifax said … 0.8% and Nationwide … 0.4%"; else the sentence's subject: "Of the 22 million
    // Americans who own MP3 players, 59% are men compared to 41% of women")
    const first = slots.slice(1).every((_, j) => whole[j + 1][sort].size > 0) ? whole[0] : after0;
    const of = (k: number) => (k === 0 ? first : whole[k]);
    const only = (k: number, w: string) => slots.every((_, j) => j === k || !of(j)[sort].has(w));
    const noteIn = (k: number) => [...of(k)[sort]].some((w) => note[sort].has(w) && only(k, w));
    if (noteIn(mine)) return undefined;
    const rival = [...of(mine)[sort]].some((w) => !note[sort].has(w) && only(mine, w));
    const others = slots.map((_, k) => k).filter((k) => k !== mine && noteIn(k));
    if (rival && others.length === 1) return others[0];
    if (others.length) return undefined;
  }
  const lex = run.index.frames.lex;
  const onlyWord = (k: number, w: string) => whole.every((t, j) => j === k || !t.words.has(w));
  if ([...own[mine].words].some((w) => note.words.has(w) && onlyWord(mine, w))) return undefined;
  const mineOnly = [...whole[mine].words].filter((w) => !note.words.has(w) && onlyWord(mine, w));
  if (!mineOnly.length) return undefined;
  // a word opposite to one of the support's stretch alone ("men" / "women")
  const opposite = (w: string) => {
    const o = lex.oppositeOf(w);
    return !!o && mineOnly.some((m) => {
      const p = lex.oppositeOf(m);
      return !!p && p[0] === o[0] && p[1] !== o[1];
    });
  };
  // a phrase of the note ("sales department", "average price") that only one stretch holds: of
  // nouns and their modifiers after the value; before it, a subject and its verb too ("sales rose
  // 5% and profits rose 7%") when that is the stretch's own
  const notePairs = pairsOf(lex, run.sentenceFrameTokens(f.sentence), ...noteStretch(run, f), new Set(), true);
  const stretchPairs = (s: Slot, k: number, whole: boolean) => {
    const before = k > 0 || firstWhole ? pairsOf(lex, tokens, s.from, s.at, shared, true) : new Set<string>();
    for (const p of pairsOf(lex, tokens, k === 0 && !firstWhole && !whole ? s.at + 1 : s.from, s.to, shared, false)) before.add(p);
    return before;
  };
  const slotPairs = slots.map((s, k) => stretchPairs(s, k, false));
  const wholePairs = slots.map((s, k) => stretchPairs(s, k, true));
  const phrase = (k: number) => [...slotPairs[k]].some((p) => notePairs.has(p) && wholePairs.every((ps, j) => j === k || !ps.has(p)));
  const others = slots.map((_, k) => k).filter((k) => k !== mine && (phrase(k) || [...own[k].words].some((w) => note.words.has(w) && onlyWord(k, w) && opposite(w))));
  return others.length === 1 ? others[0] : undefined;
}

/** Ordered pairs of content words at most SLOT_POLICY.phraseReach tokens apart, in tokens [from, to): nouns and their modifiers, and verbs when asked. */
function pairsOf(lex: Lexicon, tokens: readonly FrameToken[], from: number, to: number, shared: ReadonlySet<number>, verbs: boolean): Set<string> {
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

/** The one other value of the sentence that counts the noun the note's figure counts, when the support counts another. */
function countsNotesNoun(run: CheckRun, f: NoteFigure, sentence: Sentence, g: Figure): Figure | undefined {
  const noun = countedBy(run.sentenceFrameTokens(f.sentence), f.start);
  const theirs = countedBy(sentence.tokens, g.start);
  if (noun === undefined || theirs === undefined || noun === theirs) return undefined;
  const others = sentence.tokens.filter((t) => t.kind === 'fig' && t.fig !== undefined && sentence.figures[t.fig] !== g && comparable(f, sentence.figures[t.fig]) && countedBy(sentence.tokens, t.start) === noun);
  return others.length === 1 ? sentence.figures[others[0].fig!] : undefined;
}

/**
 * "A of the B" ("94,000 of the 140,000 confirmed deaths", "1.1m of the UK's 1.6m Muslims"): the
 * partitive around the whole g — its part, the tokens from "of" through the whole's noun phrase, or
 * none. The names around it and the words after it are the part's (its subject and predicate).
 */
function partitive(tokens: readonly FrameToken[], figures: readonly Figure[], g: Figure, f: Figure): { part: Figure; from: number; to: number } | undefined {
  const b = tokens.findIndex((t) => t.kind === 'fig' && t.start === g.start);
  if (b < 0) return undefined;
  let of = b - 1;
  while (of > 0 && b - of <= P.partitiveReach && tokens[of].low !== 'of') of--;
  const a = tokens[of - 1];
  if (tokens[of]?.low !== 'of' || a?.kind !== 'fig' || a.fig === undefined) return undefined;
  const part = figures[a.fig];
  if (!comparable(f, part) || part.value >= g.value) return undefined;
  // (between "of" and the whole: "the", "its", a possessive name — no verb, no other figure)
  for (let k = of + 1; k < b; k++) if (tokens[k].kind === 'fig' || tokens[k].kind === 'punct' || tokens[k].verb) return undefined;
  let to = b + 1;
  // (the whole's noun phrase: its words up to a function word or a stop — "9,800 confirmed deaths so far")
  while (to < tokens.length && tokens[to].kind !== 'punct' && tokens[to].kind !== 'fig' && !tokens[to].func) to++;
  return { part, from: of, to };
}

/** A supported whole of "A of the B" whose note names what only the words around the partitive say: the part. */
function partOf(run: CheckRun, f: NoteFigure, sentence: Sentence, g: Figure): Figure | undefined {
  const p = partitive(sentence.tokens, sentence.figures, g, f);
  if (!p) return undefined;
  // the note's own words of f: its stretch, or the whole of a partitive of its own
  const noteTokens = run.sentenceFrameTokens(f.sentence);
  const noteFigures = run.figuresOf(f.sentence);
  const mine = partitive(noteTokens, noteFigures, f, f);
  const [nf, nt] = mine ? [mine.from, mine.to] : noteStretch(run, f);
  const note = termsOf(noteTokens, noteFigures, nf, nt, attributions(noteTokens));
  for (let k = nf; k < nt; k++) if (noteTokens[k].kind === 'word' && noteTokens[k].cap) note.names.add(noteTokens[k].low);
  const shared = attributions(sentence.tokens);
  const whole = termsOf(sentence.tokens, sentence.figures, p.from, p.to, shared);
  const around = termsOf(sentence.tokens, sentence.figures, 0, p.from, shared);
  const after = termsOf(sentence.tokens, sentence.figures, p.to, sentence.tokens.length, shared);
  // (names anywhere around it; words only after it, the part's predicate: "are of voting age" —
  // the words before set the scene for both: "worst hit by the floods")
  const named = [...note.names].some((w) => (around.names.has(w) || after.names.has(w)) && !whole.names.has(w));
  const said = [...note.words].some((w) => after.words.has(w) && !whole.words.has(w) && !around.words.has(w));
  return named || said ? p.part : undefined;
}

/** The noun a value counts, when one follows it ("110 appearances"; none in "1,700 will go"). */
function countedBy(tokens: readonly FrameToken[], start: number): string | undefined {
  const i = tokens.findIndex((t) => t.kind === 'fig' && t.start === start);
  const t = i >= 0 ? tokens[i + 1] : undefined;
  return t && t.kind === 'word' && !t.func && !t.verb && !SLOT_JOINERS.has(t.low) ? t.concept || t.lemma : undefined;
}

function sameCount(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

/** Does every value after the first have words of its own (not the first stretch's), so that the words before the first value are its own? */
function ownSubjects(whole: readonly Terms[]): boolean {
  return whole.slice(1).every((t) => [...t.words].some((w) => !whole[0].words.has(w)));
}

/** Tokens of attributions (", UK Coal said,"; "according to Hollywood Reporter"), which no value owns. */
function attributions(tokens: readonly FrameToken[]): Set<number> {
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

function termsOf(tokens: readonly FrameToken[], figures: readonly Figure[], from: number, to: number, shared: ReadonlySet<number>): Terms {
  const t: Terms = { names: new Set(), years: new Set(), words: new Set() };
  for (let k = from; k < to; k++) if (!shared.has(k)) addTerm(t, tokens[k], figures);
  return t;
}

/** What the note's sentence says of f: the whole sentence, or f's own stretch when it states several values of f's kind. */
function termsOfNote(run: CheckRun, f: NoteFigure): Terms {
  const tokens = run.sentenceFrameTokens(f.sentence);
  const [from, to] = noteStretch(run, f);
  const t = termsOf(tokens, run.figuresOf(f.sentence), from, to, attributions(tokens));
  // (a name that opens the note's sentence may be read as a word — "Nationwide said…", where the
  // sources also write "a nationwide survey" — and still names what a source's "Nationwide" does)
  for (let k = from; k < to; k++) if (tokens[k].kind === 'word' && tokens[k].cap) t.names.add(tokens[k].low);
  return t;
}

/** The tokens of the note's sentence that speak of f: all, or f's own stretch when it states several values of f's kind. */
function noteStretch(run: CheckRun, f: NoteFigure): [number, number] {
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
  } else if (tok.kind === 'word' && !tok.func && tok.low.length >= 3 && !SLOT_JOINERS.has(tok.low)) t.words.add(tok.concept || tok.lemma);
}

/** The note's figure against the value whose stretch it names: supported, contradicted, or no longer supported. */
function rejudge(run: CheckRun, r: FigureResult, e: Evidence, g: Figure): void {
  const f = r.figure;
  const evidence: Evidence = { source: e.source, passage: e.passage, figure: g, start: g.start, end: g.end, score: e.score };
  const sourceFrame = run.index.frames.side(e.passage, g)?.frame;
  const relation = relateValues(f, g, run.tolerance, (x, y) => figuresAgree(x, y, run.tolerance));
  if (relation === 'agree') {
    Object.assign(r, { verdict: 'supported', evidence: [evidence], sourceFrame });
    return;
  }
  // (a value another figure of the note's sentence states is that figure's: the reading is doubtful, the support stays)
  if (run.figuresOf(f.sentence).some((s) => s !== f && figuresAgree(s, g, run.tolerance))) return;
  if (relation === 'disagree' && plausible(f, g)) {
    Object.assign(r, { verdict: 'contradicted', evidence: [evidence], sourceFrame });
    r.fixes.push(...replaceFigureFix(run.names, f, evidence));
    return;
  }
  Object.assign(r, { verdict: 'unverified', evidence: [], sourceFrame: undefined });
}
