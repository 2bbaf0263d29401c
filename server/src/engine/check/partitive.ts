// Which value of a source sentence the note's figure is, by what it counts: the one value counting
// the noun the note's figure counts, where the support counts another ("translated into 38
// languages in 40 countries" against "appeared in 40 languages"); the part of "A of the B", where
// the support is the whole and the note names what only the part's words say ("with 94,000 of the
// 140,000 confirmed deaths" for "Indonesia's confirmed death toll"). Used by slots.ts.
import { comparable } from '../figures';
import type { NoteFigure } from '../notes';
import type { Figure } from '../types';
import { SLOT_POLICY as P } from './policy';
import type { CheckRun } from './run';
import { attributions, countedAt, countedBy, noteStretch, type Sentence, termsOf, termsOfNote } from './stretches';
import type { FrameToken } from '../frames/tokens';
import { PART_QUANTIFIERS } from '../frames/lexicon';

/** The one other value of the sentence that counts the noun the note's figure counts, when the support counts another. */
export function countsNotesNoun(run: CheckRun, f: NoteFigure, sentence: Sentence, g: Figure): Figure | undefined {
  const lex = run.index.frames.lex;
  const noun = countedBy(run.sentenceFrameTokens(f.sentence), f.start, lex);
  const theirs = countedBy(sentence.tokens, g.start, lex);
  if (noun === undefined || theirs === undefined || noun === theirs) return undefined;
  const others: Figure[] = [];
  sentence.tokens.forEach((t, i) => {
    const h = t.kind === 'fig' && t.fig !== undefined ? sentence.figures[t.fig] : undefined;
    if (h && h !== g && comparable(f, h) && countedAt(sentence.tokens, i, lex) === noun) others.push(h);
  });
  return others.length === 1 ? others[0] : undefined;
}

/**
 * "A of the B" ("94,000 of the 140,000 confirmed deaths", "1.1m of the UK's 1.6m Muslims"): the
 * partitive around the whole g — its part, the tokens from "of" through the whole's noun phrase, or
 * none. The names around it and the words after it are the part's (its subject and predicate).
 */
function partitive(tokens: readonly FrameToken[], figures: readonly Figure[], g: Figure, f: Figure): { part: Figure; from: number; to: number } | undefined {
  const at = partBefore(tokens, figures, g);
  if (!at) return undefined;
  const { part, of, b } = at;
  if (!comparable(f, part) || part.value >= g.value) return undefined;
  let to = b + 1;
  // (the whole's noun phrase: its words up to a function word, a stop, or a verb after its noun —
  // "9,800 confirmed deaths so far"; "940 of the 1,400 bus drivers went unpaid", where "went unpaid"
  // is the part's)
  while (to < tokens.length && tokens[to].kind !== 'punct' && tokens[to].kind !== 'fig' && !tokens[to].func && !(tokens[to].verb && to > b + 1)) to++;
  return { part, from: of, to };
}

/**
 * The share a whole is taken of ("two in five of the 635,173 reports", "40% of its 1,200 staff"): the
 * share figure right before "of" and the words between it and the whole g ("the", "its", a name), or
 * none. A count below the whole may be that part, worked out ("246,570 reports of identity theft"):
 * no contradiction of the whole (verdict.ts vetoed).
 */
export function shareOfWhole(sentence: Sentence, g: Figure): Figure | undefined {
  const part = partBefore(sentence.tokens, sentence.figures, g)?.part;
  return part?.kind === 'percent' ? part : undefined;
}

/**
 * The figure right before the "of" that leads to the whole g ("94,000 of the 140,000", "two in five
 * of the 635,173"), the words between "of" and g being "the", "its", a possessive name — no verb,
 * no other figure — with the tokens of "of" and of g; or none.
 */
function partBefore(tokens: readonly FrameToken[], figures: readonly Figure[], g: Figure): { part: Figure; of: number; b: number } | undefined {
  const at = ofBefore(tokens, g);
  const a = at && tokens[at.of - 1];
  if (!at || a?.kind !== 'fig' || a.fig === undefined) return undefined;
  for (let k = at.of + 1; k < at.b; k++) if (tokens[k].verb) return undefined;
  return { part: figures[a.fig], of: at.of, b: at.b };
}

/** The figure g's token (b) and the "of" before it, words and names only between, within P.partitiveReach ("of the 22", "of the UK's 1.6m"); undefined when none. */
function ofBefore(tokens: readonly FrameToken[], g: Figure): { of: number; b: number } | undefined {
  const b = tokens.findIndex((t) => t.kind === 'fig' && t.start === g.start);
  if (b < 0) return undefined;
  let of = b - 1;
  // (a plural owner's bare apostrophe is no stop: "of the Lords' 750")
  while (of > 0 && b - of <= P.partitiveReach && tokens[of].low !== 'of' && tokens[of].kind !== 'fig' && (tokens[of].kind !== 'punct' || ownersApostrophe(tokens, of))) of--;
  return of >= 0 && tokens[of].low === 'of' ? { of, b } : undefined;
}

/** Is token k an apostrophe right after the name or word it makes a possessive of ("the Lords' 750")? */
function ownersApostrophe(tokens: readonly FrameToken[], k: number): boolean {
  const t = tokens[k];
  const owner = tokens[k - 1];
  return (t.low === "'" || t.low === '\u2019') && !!owner && owner.kind !== 'punct' && owner.kind !== 'fig' && owner.end === t.start;
}

/**
 * The part of "A of the B" whose whole is g ("all but 92 of the Lords' 750 hereditary peers"), of
 * any kind, or none: a note's figure that is the part is not contradicted by the whole.
 */
export function partOfWhole(sentence: Sentence, g: Figure): Figure | undefined {
  return partBefore(sentence.tokens, sentence.figures, g)?.part;
}

/**
 * Is f the whole of "several of the 22", "most of its 40 staff", "Of the 22 on duty, several …": a
 * quantifier word (or the clause's start), "of", then at most P.partitiveReach words?
 */
function partWordBefore(tokens: readonly FrameToken[], f: Figure): boolean {
  const at = ofBefore(tokens, f);
  if (!at) return false;
  // ("Of the 22 on duty, several were …": the part named after the whole)
  const before = tokens[at.of - 1];
  return before === undefined || before.kind === 'punct' || PART_QUANTIFIERS.has(before.low);
}

/** A supported whole of "A of the B" whose note names what only the words around the partitive say: the part. */
export function partOf(run: CheckRun, f: NoteFigure, sentence: Sentence, g: Figure): Figure | undefined {
  const p = partitive(sentence.tokens, sentence.figures, g, f);
  if (!p) return undefined;
  // the note's own words of f: its stretch, or the whole of a partitive of its own
  const noteTokens = run.sentenceFrameTokens(f.sentence);
  const noteFigures = run.figuresOf(f.sentence);
  const mine = partitive(noteTokens, noteFigures, f, f);
  // (a note whose figure is the whole of its own "… of the 22", its part a word — "Several of the
  // 22 on duty" — states the whole, not the source's part)
  if (!mine && partWordBefore(noteTokens, f)) return undefined;
  const [nf, nt] = mine ? [mine.from, mine.to] : noteStretch(run, f);
  const note = termsOfNote(run, f, [nf, nt]);
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
