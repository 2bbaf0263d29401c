// Figures quoted together: two figures of a note's sentence whose values one passage of its cited
// sources states together, in the same order ("Agassi's 12th quarter-final in 13 visits" / "the
// 12th time in 13 appearances at the event"; "Labour leader from 1983 to 1992"), support each
// other even where the words around them meet too little for either alone — two values of a
// sentence found in one cited sentence, in order, are the sentence it was written from. Only
// figures left unverified change; a sentence with a contradicted figure is a misquote's and is left
// alone, unless the passage the pair is found in is the one that contradicts it; every name of the
// note's sentence must be within reach of both source figures; two weak figures (small counts) are
// no pair, unless both are years; a figure with a rate the note states ("£500m a year") is not
// supported this way.
import { figuresAgree } from '../figures';
import type { NoteFigure } from '../notes';
import type { Figure, Passage } from '../types';
import { CO_QUOTED_POLICY as C, MAX_PASSAGE_FIGURES_SEARCHED } from './policy';
import type { FigureResult } from './report';
import { isWeak } from './rules';
import type { AgreeingPlace, CheckRun } from './run';

export function coQuoted(run: CheckRun, results: FigureResult[]): void {
  const bySentence = new Map<number, FigureResult[]>();
  for (const r of results) {
    const list = bySentence.get(r.figure.sentence);
    if (list) list.push(r);
    else bySentence.set(r.figure.sentence, [r]);
  }
  const agree = (a: Figure, b: Figure) => figuresAgree(a, b, run.tolerance);
  for (const group of bySentence.values()) {
    if (group.length < 2 || group.length > C.maxSiblings) continue;
    const misquoted = group.filter((r) => r.verdict === 'contradicted');
    for (const r of group) {
      const mine = r.verdict === 'unverified' ? run.agreeing.get(r.figure) : undefined;
      // (a rate the note states right after its figure is a claim the pair does not carry: "a
      // £500m-a-year plan … by 2010" / "a £500m initiative … by 2010")
      if (!mine || r.figure.vague || run.noteSide(r.figure).frame.perStated) continue;
      for (const h of group) {
        if (h === r || h.figure.vague || h.wrongSource || (h.verdict !== 'unverified' && h.verdict !== 'supported') || !pairable(r.figure, h.figure)) continue;
        if (h.verdict === 'unverified' && run.noteSide(h.figure).frame.perStated) continue;
        const theirs = placesOf(run, h);
        const pair = theirs && together(r.figure, h.figure, mine, theirs);
        if (!pair || !inOrder(r.figure, pair[0], group, agree) || !inOrder(h.figure, pair[1], group, agree) || !misquoted.every((m) => misquotedFrom(m, pair[0].passage))) continue;
        support(run, r, pair[0]);
        if (h.verdict === 'unverified') support(run, h, pair[1]);
        break;
      }
    }
  }
}

/**
 * Is a contradicted figure of the sentence contradicted by the very passage its pair states (the
 * sentence written from that passage, one of its values misplaced: "peaked at 17.70 euros before
 * settling at 16.06 euros, up 7.8%" / "touched 17.70 euros … 7.8% higher at 16.60 euros")? A
 * contradiction from anywhere else says the sentence is another claim's, and it is left alone.
 */
function misquotedFrom(m: FigureResult, passage: Passage): boolean {
  return m.evidence.length > 0 && m.evidence.every((e) => e.passage === passage);
}

/**
 * Not two weak figures (small counts stated together by chance); a year only with a year ("from 1983
 * to 1992"): a value and its year meet in a headline of another measure ("exports rise 25% in 2004"
 * is no support for "the economy grew by 25% in 2004").
 */
function pairable(a: NoteFigure, b: NoteFigure): boolean {
  if (a.kind === 'year' || b.kind === 'year') return a.kind === b.kind;
  return !(isWeak(a) && isWeak(b));
}

/**
 * The note's other figures of r's kind that the passage states too come in the note's order around
 * r's: "$4.50 in cash … dividends of $1.50" is no support for "$1.50 in cash … dividends of $4.50".
 */
function inOrder(r: NoteFigure, at: AgreeingPlace, siblings: readonly FigureResult[], agree: (a: Figure, b: Figure) => boolean): boolean {
  const figs = at.passage.figures;
  for (const s of siblings) {
    const f = s.figure;
    if (f === r || f.kind !== r.kind || f.unit !== r.unit) continue;
    for (let i = 0, n = Math.min(figs.length, MAX_PASSAGE_FIGURES_SEARCHED); i < n; i++) {
      const g = figs[i];
      if (g !== at.figure && agree(f, g) && f.start < r.start !== g.start < at.figure.start) return false;
    }
  }
  return true;
}

/** The source figures that state h's value: its evidence when supported, else its agreeing places. */
function placesOf(run: CheckRun, h: FigureResult): readonly AgreeingPlace[] | undefined {
  if (h.verdict === 'unverified') return run.agreeing.get(h.figure);
  return h.evidence.filter((e) => e.figure).map((e) => ({ passage: e.passage, figure: e.figure!, named: true }));
}

/** A passage stating both values as two figures, in the note's order, each in reach of the note's names. */
function together(a: Figure, b: Figure, as: readonly AgreeingPlace[], bs: readonly AgreeingPlace[]): [AgreeingPlace, AgreeingPlace] | undefined {
  const before = a.start < b.start;
  for (const x of as.slice(0, C.placesRead)) {
    if (!x.named) continue;
    for (const y of bs.slice(0, C.placesRead)) {
      if (y.named && y.passage === x.passage && y.figure !== x.figure && x.figure.start < y.figure.start === before) return [x, y];
    }
  }
  return undefined;
}

function support(run: CheckRun, r: FigureResult, at: AgreeingPlace): void {
  r.verdict = 'supported';
  r.evidence = [{ source: run.index.sourceOf(at.passage), passage: at.passage, figure: at.figure, start: at.figure.start, end: at.figure.end, score: 1 }];
  r.sourceFrame = run.index.frames.side(at.passage, at.figure)?.frame;
}
