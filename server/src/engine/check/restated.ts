// Restated sentences: a note's sentence written from one sentence of its cited sources — every name
// of it there or in the sentences before it in its paragraph or the title ("Kashmir has been a
// flashpoint between India and Pakistan" / "… between the two nuclear powers", the two named a
// sentence before), nearly every word of it there, no other sentence of the cited sources as close
// — with one value of a kind on each side. What the value measures, whose it is and when, both
// sentences say in their words, whatever the frames made of them ("Sixteen world literary figures
// make up the list" / "… feature on the 18-strong list of world literary figures"; "The 12
// euro-zone countries are forecast to grow by just 2.8%" / "the 12 Euro zone countries will …
// generate growth of only 1.8%"), so the note's value is the source's: supported when it agrees,
// contradicted when it does not. Only for a figure the ordinary rules left unverified; the
// restatement stands in for the metric and the words' score only — every other gate of the rules
// holds (`restated` below), and no value the cited sources state elsewhere is contradicted. The
// thresholds: RESTATED_POLICY.
import { comparable, figuresAgree } from '../figures';
import type { FrameToken } from '../frames/tokens';
import { type Lexicon, NEGATED_BE, NEGATED_MODALS, NEGATIONS } from '../frames/lexicon';
import type { NoteFigure } from '../notes';
import type { Figure, Passage, Source } from '../types';
import { relateValues } from '../frames/bounds';
import { align } from './alignment';
import { countedAt, sameCount, type Terms, termsOf } from './stretches';
import { RESTATED_POLICY as P } from './policy';
import type { Evidence, FigureResult } from './report';
import { plausible } from './rules';
import { figureQuery } from './retrieval';
import type { CheckRun } from './run';
import { vetoedAt } from './verdict';

/** Unverified figures of sentences that restate one source sentence: judged by that sentence's one value of their kind. Changes the results in place. */
export function restated(run: CheckRun, results: FigureResult[]): void {
  const terms = new Map<Passage, Terms>();
  for (const r of results) {
    const f = r.figure;
    // (a match's score is the scorelines' to read: who won is in the order of its sides, not in its words)
    if (r.verdict !== 'unverified' || r.wrongSource || f.vague || f.kind === 'score' || !r.scope?.length || r.scope.length > P.maxScopeSources) continue;
    const at = restating(run, f, r.scope, terms);
    if (!at) continue;
    // one value of f's kind on each side, or as many on each, read in order with every other pair
    // agreeing ("fares frozen from 1985 to 1995" / "from 1985 to 1992")
    const mine = run.figuresOf(f.sentence).filter((g) => comparable(f, g));
    const theirs = at.passage.figures.filter((g) => comparable(f, g));
    const i = mine.indexOf(f);
    if (mine.length !== theirs.length || mine.length > P.maxPairs || i < 0) continue;
    const relate = (x: Figure, y: Figure) => relateValues(x, y, run.tolerance, (a, b) => figuresAgree(a, b, run.tolerance));
    const othersAgree = mine.every((h, j) => j === i || relate(h, theirs[j]) === 'agree');
    const g = theirs[i];
    const side = run.index.frames.side(at.passage, g);
    // (a sentence denied on one side only says the opposite: "69% … did NOT drink alcohol" / "31% drink alcohol")
    if (g.vague || !side || negated(run.sentenceFrameTokens(f.sentence)) !== negated(run.index.frames.passageTokens(at.passage))) continue;
    // (the metric and the words' score, which a paraphrase misses, are what the restatement stands
    // in for; every field that sets two claims apart still does)
    const a = align(run.noteSide(f), side, (c) => run.index.termWeight(c), run.index.frames.lex);
    if (a.blocked || a.opposite || a.denied || a.anchorsApart || a.rateMismatch || a.perScale !== undefined || run.noteSide(f).frame.per !== side.frame.per || a.namesMissing > 0 || !a.subjectBefore) continue;
    // (the noun each value counts alike: "120 companies" / "120 experts" are two counts)
    if (!sameCount(countedOf(run.sentenceFrameTokens(f.sentence), f, run.index.frames.lex), countedOf(run.index.frames.passageTokens(at.passage), g, run.index.frames.lex))) continue;
    const e: Evidence = { source: at.source, passage: at.passage, figure: g, start: g.start, end: g.end, score: at.coverage };
    const relation = relate(f, g);
    // (a plan against what happened, a relative time against a year: one claim only when a precise
    // value says so, as the ordinary rules read it — never from the words alone)
    if (a.supportOnly) continue;
    if (relation === 'agree') {
      Object.assign(r, { verdict: 'supported', evidence: [e], sourceFrame: side.frame });
    } else if (relation === 'disagree' && at.coverage >= P.minCoverage && othersAgree && plausible(f, g) && !statedElsewhere(run, f) && !vetoedAt(run, f, at.passage, g, side)) {
      // (no fix: the sentence's one value of the kind may be another's — "Fortune headed home after
      // 23 minutes before Ronaldo scored" — so the message names it and the reader judges)
      Object.assign(r, { verdict: 'contradicted', evidence: [e], sourceFrame: side.frame });
    }
  }
}

/** Does a sentence deny something ("not", "never", "didn't")? */
function negated(tokens: readonly FrameToken[]): boolean {
  return tokens.some((t) => NEGATIONS.has(t.low) || NEGATED_BE.has(t.low) || NEGATED_MODALS.has(t.low));
}

/** The noun a figure counts, its token found with its hedge ("More than 120 companies"). */
function countedOf(tokens: readonly FrameToken[], f: Figure, lex: Lexicon): string | undefined {
  return countedAt(tokens, tokens.findIndex((t) => t.kind === 'fig' && t.start <= f.start && f.end <= t.end), lex);
}

/** Did the judgment find f's very value in a cited source, set aside or dated otherwise (then the note may have it from there)? */
function statedElsewhere(run: CheckRun, f: NoteFigure): boolean {
  return !!run.agreeing.get(f)?.length || !!run.datedOtherwise.get(f)?.length;
}

interface Restating {
  source: Source;
  passage: Passage;
  /** The share of the note sentence's terms the passage holds. */
  coverage: number;
}

/** A sentence's terms, every token's: its names, years and content words (stretches.ts termsOf). */
function allTerms(tokens: readonly FrameToken[], figures: readonly Figure[]): Terms {
  return termsOf(tokens, figures, 0, tokens.length, NONE);
}

const NONE: ReadonlySet<number> = new Set();

/**
 * The one passage of the cited sources, among those the index ranks for f (holding a value of its
 * kind), that holds every name (or has it from the sentences before it) and nearly every word of
 * f's sentence, if one does.
 */
function restating(run: CheckRun, f: NoteFigure, scope: Source[], cache: Map<Passage, Terms>): Restating | undefined {
  const { words, names } = allTerms(run.sentenceFrameTokens(f.sentence), run.figuresOf(f.sentence));
  const all = words.size + names.size;
  if (all < P.minTerms) return undefined;
  let best: Restating | undefined;
  let second = 0;
  for (const { passage } of run.index.figurePassages(figureQuery(run.sentenceTokens(f.sentence), f), f.kind, { only: scope })) {
    let own = cache.get(passage);
    if (!own) cache.set(passage, (own = allTerms(run.index.frames.passageTokens(passage), passage.figures)));
    // (a name the sentence leaves to the ones before it: SourceFrames priorNames, through a side of its first figure)
    let priorOnly = 0;
    for (const n of names) if (!own.names.has(n)) priorOnly++;
    if (priorOnly > 0) {
      const prior = passage.figures.length ? run.index.frames.side(passage, passage.figures[0], 0)?.priorNames : undefined;
      if (![...names].every((n) => own.names.has(n) || (prior?.has(n) ?? false))) continue;
    }
    let shared = 0;
    for (const w of words) if (own.words.has(w)) shared++;
    // (names alone restate nothing: "Valencia sit seventh in the Primera Liga" / "… at the Primera Liga club for the second time")
    if (shared < Math.min(P.minWordsShared, words.size)) continue;
    // (a name only the sentences before give counts for less: the sentence may be about another thing of theirs)
    const coverage = (names.size - priorOnly * (1 - P.priorNameWeight) + shared) / all;
    if (!best || coverage > best.coverage) {
      second = best?.coverage ?? 0;
      best = { source: run.index.sourceOf(passage), passage, coverage };
    } else if (coverage > second) second = coverage;
  }
  return best && best.coverage >= P.minSupportCoverage && best.coverage - second >= P.minMargin ? best : undefined;
}
