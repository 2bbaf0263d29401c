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
//  - words: the support's stretch holds none of the note's words, and one other stretch alone
//    holds a phrase of the note (two words within SLOT_POLICY.phraseReach: "sales department") or
//    a word opposite to one of the support's stretch (men / women: OPPOSITES). The words before the
//    first value (the sentence's subject, shared by every value in an ellipsis) and an attribution
//    (", UK Coal said,") are no value's own.
// Before them, by what the values count (partitive.ts): the value counting the note's noun, and
// the part of "A of the B". A contradiction whose sentence states the note's value in a stretch
// the note does not tell apart becomes that support. The sentence's stretches: stretches.ts.
// Runs after every stage that can support a figure; changes the results in place.
import { comparable, figuresAgree, isDateKind } from '../figures';
import { relateValues } from '../frames/bounds';
import type { FrameToken } from '../frames/tokens';
import { DETERMINERS } from '../frames/clauses';
import { SUPERSEDED_WORDS } from '../frames/lexicon';
import { supersededAt } from '../frames/frame';
import { SLOT_POLICY } from './policy';
import type { NoteFigure } from '../notes';
import type { Figure } from '../types';
import { replaceFigureFix } from './findings';
import { countsNotesNoun, partOf } from './partitive';
import type { Evidence, FigureResult } from './report';
import { plausible } from './rules';
import type { CheckRun } from './run';
import { leftToScorelines } from './scorelines';
import { countedBy, type Cut, noteStretch, notesOwn, pairsOf, sameCount, type Sentence, sentenceOf, type Slot, slotsOf, stretchTerms, termsOf, termsOfNote, unowned } from './stretches';

export function slots(run: CheckRun, results: FigureResult[]): void {
  const byFigure = new Map<Figure, FigureResult>(results.map((r) => [r.figure, r]));
  for (const r of results) {
    const f = r.figure;
    if ((r.verdict !== 'supported' && r.verdict !== 'contradicted') || r.wrongSource || r.wrongPage || f.vague || isDateKind(f.kind) || leftToScorelines(run, f)) continue;
    const e = r.evidence[0];
    if (!e?.figure) continue;
    const sentence = sentenceOf(run, e.passage, e.figure);
    if (!sentence) continue;
    // the value that counts the note's noun, when the support counts another: "published into 38
    // languages in 40 countries" against "appeared in 40 languages"
    const counter = r.verdict === 'supported' ? countsNotesNoun(run, f, sentence, e.figure) : undefined;
    if (counter) {
      rejudge(run, byFigure, r, e, counter);
      continue;
    }
    // the part, when the support is the whole of "A of the B" and the note says what only the part's
    // words say ("with 94,000 of the 140,000 confirmed deaths" for "Indonesia's death toll … 140,000")
    const part = r.verdict === 'supported' ? partOf(run, f, sentence, e.figure) : undefined;
    if (part) {
      rejudge(run, byFigure, r, e, part);
      continue;
    }
    // (a list too long to tell its stretches apart still rescues a contradiction whose sentence
    // states the note's value: "rose by 1.1% in 2000, … and by 7.2% in 2006")
    const cut = slotsOf(sentence.tokens, sentence.figures, f, e.figure, r.verdict === 'supported' ? SLOT_POLICY.maxValues : SLOT_POLICY.maxListValues);
    if (!cut) continue;
    // a support only within a hedge ("by some 9%" for "10%") where another stretch, not the note's,
    // states the note's very value: the note took its neighbour's value
    if (r.verdict === 'supported' && hedgedTwin(run, f, sentence, cut)) {
      Object.assign(r, { verdict: 'contradicted', evidence: [e] });
      r.fixes.push(...replaceFigureFix(run, f, e));
      continue;
    }
    const pick = r.verdict === 'supported' ? namedElsewhere(run, f, sentence, cut, doubtedYears(run, byFigure, f)) : statedElsewhere(run, f, sentence, cut);
    // (a value that counts another thing is no reading of the note's: "made 110 appearances …,
    // scoring 18 goals" — "18 goals in 110 appearances" names both, each of its own)
    if (pick === undefined || !sameCount(countedBy(run.sentenceFrameTokens(f.sentence), f.start, run.index.frames.lex), countedBy(sentence.tokens, cut.slots[pick].value.start, run.index.frames.lex))) continue;
    // (a person's age is no other value's reading, nor another value an age's: "The 30-year-old …
    // went into the Athens event … but an exhausted Radcliffe dropped out after 23 miles" for
    // "Paula Radcliffe, 30, dropped out of the marathon after 20 miles")
    if ((run.noteSide(f).frame.role === 'age') !== (run.index.frames.side(e.passage, cut.slots[pick].value)?.frame.role === 'age')) continue;
    rejudge(run, byFigure, r, e, cut.slots[pick].value, r.verdict === 'supported' ? sentence : undefined);
  }
}

/** A supported figure: the other value whose stretch the note names, if any. */
function namedElsewhere(run: CheckRun, f: NoteFigure, sentence: Sentence, cut: Cut, doubted: ReadonlySet<string>): number | undefined {
  const pick = respectively(run, f, sentence.tokens, cut.slots) ?? byOwnTerms(run, f, sentence, cut.slots, cut.mine, doubted);
  return pick === cut.mine ? undefined : pick;
}

/**
 * The years of f's sentence the sources contradict: they name no stretch ("aims for 2.25 million
 * by 2007" against "2.25 million by 2010, with an interim figure of 1.5 million by 2007" — the
 * year is the note's slip, not a sign that 2.25 million is the interim figure).
 */
function doubtedYears(run: CheckRun, byFigure: ReadonlyMap<Figure, FigureResult>, f: NoteFigure): ReadonlySet<string> {
  const out = new Set<string>();
  for (const g of run.figuresOf(f.sentence)) {
    const rg = byFigure.get(g);
    if (g.kind === 'year' && rg?.verdict === 'contradicted' && !rg.wrongSource) out.add(String(g.value));
  }
  return out;
}

/**
 * A support whose value is not the note's, only near it within a hedge ("Visits from Western Europe
 * were up by 10% and from North America by some 9%" for "Visits from North America were up 10%"),
 * in a sentence where one other stretch states the note's very value and the note names something
 * of the support's stretch alone and nothing of that other's: the note gave its subject the
 * neighbour's value.
 */
function hedgedTwin(run: CheckRun, f: NoteFigure, sentence: Sentence, cut: Cut): boolean {
  const mine = cut.slots[cut.mine].value;
  if (mine.value === f.value) return false;
  const twins = cut.slots.map((s, k) => k).filter((k) => k !== cut.mine && cut.slots[k].value.value === f.value && cut.slots[k].value.unit === f.unit);
  return twins.length === 1 && notesOwn(run, f, sentence, cut.slots, cut.mine) && !notesOwn(run, f, sentence, cut.slots, twins[0]);
}

/**
 * A contradicted figure whose value another stretch of the contradicting sentence states ("In
 * 2001/02 donations rose by 3.9% and in 2005/06 by 7.2%" against "donations rose by 7.2%"): that
 * value, unless the note names something of the contradicting value's own stretch (then the note
 * swapped the two: "In 2001/02 donations rose 7.2%" stays contradicted).
 */
function statedElsewhere(run: CheckRun, f: NoteFigure, sentence: Sentence, cut: Cut): number | undefined {
  // ("wages, fuel and rents rose by 5%, 7% and 9% respectively": the value of the item the note names)
  const named = respectively(run, f, sentence.tokens, cut.slots);
  if (named !== undefined) return named === cut.mine ? undefined : named;
  const agreeing = cut.slots.map((s, k) => k).filter((k) => k !== cut.mine && figuresAgree(f, cut.slots[k].value, run.tolerance));
  if (agreeing.length !== 1 || notesOwn(run, f, sentence, cut.slots, cut.mine)) return undefined;
  // (a value apposed to a name the note names is that name's, whatever stretch its words fall in:
  // "Jeffrey Royer, 41, fed information to Anthony Elgindy, 36" for "Jeffrey Royer, 36," — a swap)
  const noteNames = termsOfNote(run, f).names;
  if (apposedTo(sentence.tokens, cut.slots[cut.mine].at).some((x) => noteNames.has(x))) return undefined;
  // (not a value the source says was superseded, "could climb to 14% compared to a previous estimate
  // of 12%", for a note that does not say so: "could rise as high as 12%" took the old value for the new)
  if (supersededAt(sentence.tokens, cut.slots[agreeing[0]].at) && !run.sentenceFrameTokens(f.sentence).some((t) => SUPERSEDED_WORDS.has(t.low))) return undefined;
  return agreeing[0];
}

/**
 * The names a value at token `at` is apposed to: the run of names (at most SLOT_POLICY.apposedNames)
 * right before its comma, the value closed by a comma or the sentence's end ("Jeffrey Royer, 41,").
 */
function apposedTo(tokens: readonly FrameToken[], at: number): string[] {
  const after = tokens[at + 1];
  if (tokens[at - 1]?.low !== ',' || (after !== undefined && after.kind !== 'punct')) return [];
  const out: string[] = [];
  for (let i = at - 2; i >= 0 && tokens[i].kind === 'name' && out.length < SLOT_POLICY.apposedNames; i--) out.push(tokens[i].lemma || tokens[i].low);
  return out;
}

/** "A and B … X and Y respectively": the value whose item the note names, when it names one only. */
function respectively(run: CheckRun, f: NoteFigure, tokens: readonly FrameToken[], slots: readonly Slot[]): number | undefined {
  // (the value "respectively" follows — the last, or one before a clause of other values: "12 and
  // 11 players respectively, while four other players …")
  const k = slots.findIndex((x) => respectivelyAfter(tokens, x.at));
  if (k < 1) return undefined;
  // (…and the values joined to it by "and" or commas before it: the list's)
  let j = k;
  while (j > 0 && tokens.slice(slots[j - 1].at + 1, slots[j].at).every((t) => t.low === 'and' || t.low === ',')) j--;
  const n = k - j + 1;
  if (n < 2) return undefined;
  // the last list of as many items as values, before the first value: "health and education"
  const items = lastList(tokens, slots[j].at, n);
  if (!items) return undefined;
  const note = termsOfNote(run, f);
  // (items may be names: "Munster and Leinster have 12 and 11 players respectively")
  const named = items.map((t, i) => (t.kind === 'name' ? note.names.has(t.low) || note.names.has(t.lemma) : note.words.has(t.concept || t.lemma)) ? i : -1).filter((i) => i >= 0);
  return named.length === 1 ? j + named[0] : undefined;
}

/** Is "respectively" after the value at token `at`, before another value or a punctuation mark, within SLOT_POLICY.respectivelyReach tokens ("11 players in the squad respectively")? */
function respectivelyAfter(tokens: readonly FrameToken[], at: number): boolean {
  for (let i = at + 1; i < tokens.length && i <= at + SLOT_POLICY.respectivelyReach; i++) {
    const t = tokens[i];
    if (t.kind === 'fig' || t.kind === 'punct') return false;
    if (t.low === 'respectively') return true;
  }
  return false;
}

/** Single words or names joined by commas and a last "and" ("health and education"; "wages, rents and fuel"; "Munster and Leinster"), of n items, before token `end`. */
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
    if (items.length === n && items.every((t) => t && ((t.kind === 'word' && !t.func) || t.kind === 'name'))) return items;
  }
  return undefined;
}

/** The value whose stretch alone says what the note's sentence says, by names and years, else words. */
function byOwnTerms(run: CheckRun, f: NoteFigure, sentence: Sentence, slots: readonly Slot[], mine: number, doubted: ReadonlySet<string>): number | undefined {
  const { tokens } = sentence;
  const shared = unowned(tokens, sentence.figures);
  const { whole, own, firstWords: firstWhole } = stretchTerms(sentence, slots, shared);
  const note = termsOfNote(run, f);
  for (const y of doubted) note.years.delete(y);
  for (const sort of ['names', 'years'] as const) {
    const of = (k: number) => own[k];
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
  // (the whole a later share is of, "…, while 13% of cases concerned…", is every share's of the
  // sentence: no word of its own; the first value's whole stays its own — what the note shares with
  // it there, "French novels took 41.5% of book sales", still ties the note to it)
  const whole0 = mine > 0 ? wholeOfShare(sentence, slots[mine], shared) : new Set<string>();
  if ([...own[mine].words].some((w) => note.words.has(w) && onlyWord(mine, w) && !whole0.has(w))) return qualifiedElsewhere(run, f, sentence, slots, mine, note.words);
  // (the support's stretch may hold nothing the note does not: "Kelby sales rose 5% and export sales
  // rose 7%" for "Kelby export sales rose 5%" — the note's phrase alone says which value it is; not
  // when the note's sentence is itself a list of such values, every stretch's words its own)
  const mineOnly = [...whole[mine].words].filter((w) => !note.words.has(w) && onlyWord(mine, w));
  if (!mineOnly.length && run.figuresOf(f.sentence).some((g) => g !== f && comparable(f, g))) return undefined;
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

/** The words of the whole a percentage is of, right after it ("13% of [ID fraud] cases"): empty for any other value. */
function wholeOfShare(sentence: Sentence, slot: Slot, shared: ReadonlySet<number>): Set<string> {
  const { tokens, figures } = sentence;
  if (slot.value.kind !== 'percent' || tokens[slot.at + 1]?.low !== 'of') return new Set();
  let i = slot.at + 2;
  while (i < slot.to && DETERMINERS.has(tokens[i].low)) i++;
  const from = i;
  while (i < slot.to && i - from < SLOT_POLICY.shareWholeWords && tokens[i].kind !== 'punct' && tokens[i].kind !== 'fig' && !tokens[i].func && !tokens[i].verb) i++;
  return termsOf(tokens, figures, from, i, shared).words;
}

/**
 * The support is the first value, and the note names words of its stretch only before that value —
 * the subject an ellipsis shares ("Donations rose 3.9% in small towns, and 7.2% in big cities") —
 * while a phrase of the note follows another value alone ("Donations rose 3.9% in big cities"):
 * that value, whose qualifier the note gave the first one's figure. Never when the note names a
 * word that follows the support's own value ("… 3.9% in small towns").
 */
function qualifiedElsewhere(run: CheckRun, f: NoteFigure, sentence: Sentence, slots: readonly Slot[], mine: number, noteWords: ReadonlySet<string>): number | undefined {
  if (mine !== 0) return undefined;
  const { tokens, figures } = sentence;
  const shared = unowned(tokens, sentence.figures);
  const afterWords = slots.map((s) => termsOf(tokens, figures, s.at + 1, s.to, shared).words);
  if ([...afterWords[0]].some((w) => noteWords.has(w))) return undefined;
  const lex = run.index.frames.lex;
  const notePairs = pairsOf(lex, run.sentenceFrameTokens(f.sentence), ...noteStretch(run, f), new Set(), true);
  const wholePairs = slots.map((s) => pairsOf(lex, tokens, s.from, s.to, shared, false));
  const wholeWords = slots.map((s) => termsOf(tokens, figures, s.from, s.to, shared).words);
  // a phrase of the note after value k alone, or a word of it there when the support's value has a
  // qualifier of its own in its place ("5% for vans, and 7% for bikes" / "bike sales rose 5%")
  const after = (k: number) =>
    [...pairsOf(lex, tokens, slots[k].at + 1, slots[k].to, shared, false)].some((p) => notePairs.has(p) && wholePairs.every((ps, j) => j === k || !ps.has(p))) ||
    (afterWords[0].size > 0 && [...afterWords[k]].some((w) => noteWords.has(w) && wholeWords.every((ws, j) => j === k || !ws.has(w))));
  const others = slots.map((_, k) => k).filter((k) => k !== mine && after(k));
  return others.length === 1 ? others[0] : undefined;
}

/** The note's figure against the value whose stretch it names: supported, contradicted, or no longer supported. */
function rejudge(run: CheckRun, byFigure: ReadonlyMap<Figure, FigureResult>, r: FigureResult, e: Evidence, g: Figure, sentence?: Sentence): void {
  const f = r.figure;
  const evidence: Evidence = { source: e.source, passage: e.passage, figure: g, start: g.start, end: g.end, score: e.score };
  const sourceFrame = run.index.frames.side(e.passage, g)?.frame;
  const relation = relateValues(f, g, run.tolerance, (x, y) => figuresAgree(x, y, run.tolerance));
  if (relation === 'agree') {
    Object.assign(r, { verdict: 'supported', evidence: [evidence], sourceFrame });
    return;
  }
  // (a value another figure of the note's sentence states is that figure's: the reading is doubtful,
  // the support stays — unless that figure is not the one this value supports: the note swapped the
  // two, "$4m in fines and more than $5m for checks" / "$5m in fines and more than $4m to fund checks")
  // (…and unless the two swapped: each names the other's stretch — "$15.5m in criminal penalties
  // and $13m to settle the civil case" / "$13m in criminal penalties, as well as $15.5m to settle")
  const twin = run.figuresOf(f.sentence).find((s) => s !== f && figuresAgree(s, g, run.tolerance));
  const held = twin !== undefined && supportedBy(byFigure.get(twin), e.passage, g);
  const swap = held && sentence !== undefined && e.figure !== undefined && swapped(run, byFigure, twin, sentence, g, e.figure);
  if (held && !swap) return;
  if (relation === 'disagree' && plausible(f, g)) {
    Object.assign(r, { verdict: 'contradicted', evidence: [evidence], sourceFrame });
    r.fixes.push(...replaceFigureFix(run, f, evidence));
    // (the twin took this figure's value: judged against it in turn)
    const tr = swap ? byFigure.get(twin) : undefined;
    if (tr?.evidence[0]) rejudge(run, byFigure, tr, tr.evidence[0], e.figure!);
    return;
  }
  Object.assign(r, { verdict: 'unverified', evidence: [], sourceFrame: undefined });
}

/** Is the note's other figure (its result `t`) supported by the source value g of passage p (the note states g for g's own thing)? */
/**
 * Did the note swap the values of a two-value source sentence? The twin (supported by g) names by
 * its own words the stretch of `mine` — the value the other note figure was supported by, and whose
 * stretch that figure does not name — and nothing of g's own stretch: "$15.5m in criminal penalties
 * and $13m to settle the civil case" / "$13m in criminal penalties, as well as $15.5m to settle a
 * civil lawsuit".
 */
function swapped(run: CheckRun, byFigure: ReadonlyMap<Figure, FigureResult>, twin: NoteFigure, sentence: Sentence, g: Figure, mine: Figure): boolean {
  const cut = slotsOf(sentence.tokens, sentence.figures, twin, g, SLOT_POLICY.maxValues);
  if (!cut) return false;
  const pick = namedElsewhere(run, twin, sentence, cut, doubtedYears(run, byFigure, twin));
  if (pick !== undefined) return cut.slots[pick].value === mine;
  const other = 1 - cut.mine;
  return cut.slots.length === 2 && cut.slots[other].value === mine && notesOwn(run, twin, sentence, cut.slots, other) && !notesOwn(run, twin, sentence, cut.slots, cut.mine);
}

function supportedBy(t: FigureResult | undefined, p: Evidence['passage'], g: Figure): boolean {
  return !t || (t.verdict === 'supported' && t.evidence[0]?.passage === p && t.evidence[0]?.start === g.start);
}

