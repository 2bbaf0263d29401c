// Period slips: a figure dated by a year that is itself a figure of the note, and that the sources
// contradict ("Sony aims to ship three million PSPs by March 2006" against "… three million of the
// consoles by March 2005"). The wrong year is reported once, on the year; the figure it dates is
// judged again as if the year were the source's, in the passage that contradicts the year — one
// slip must not also hide that the rest of the sentence agrees. Every rule of rules.ts still holds
// for that second reading; only the note's year is replaced, and only a support is taken from it.
import { comparable } from '../figures';
import type { NoteFigure } from '../notes';
import type { Figure } from '../types';
import { MAX_PASSAGE_FIGURES_SEARCHED, PERIOD_SLIP_POLICY as P } from './policy';
import type { FigureResult } from './report';
import { isWeak } from './rules';
import type { CheckRun } from './run';
import { decideInPassage } from './verdict';

/** Unverified figures whose year is a contradicted figure of their sentence: judged again with the source's year. Changes the results in place. */
export function periodSlips(run: CheckRun, results: FigureResult[]): void {
  const byFigure = new Map<NoteFigure, FigureResult>(results.map((r) => [r.figure, r]));
  for (const r of results) {
    const f = r.figure;
    if (r.verdict !== 'unverified' || f.vague || isWeak(f) || f.kind === 'date' || f.kind === 'quarter') continue;
    const side = run.noteSide(f);
    const year = side.frame.period.year;
    if (year === undefined) continue;
    const siblings = run.figuresOf(f.sentence);
    if (siblings.length > P.maxSiblings) continue;
    // the year of f's period, as a figure of the same sentence, contradicted in its own cited sources
    const slip = siblings.map((s) => byFigure.get(s)).find((rs) => rs && rs.figure.kind === 'year' && rs.figure.value === year && rs.verdict === 'contradicted' && !rs.wrongSource);
    const e = slip?.evidence[0];
    if (!e?.figure || e.figure.kind !== 'year') continue;
    const corrected = { ...side, frame: { ...side.frame, period: { ...side.frame.period, year: e.figure.value } } };
    const d = decideInPassage(run, f, e.passage, corrected);
    // (only a support: a figure that would disagree too may be about another year's thing — "a 2022
    // poll … 5%" against "a 2023 poll … 10%" — and a false alarm costs more than a miss; and only
    // when the source's sentence gives no other value of its kind — "rose to 310 in 2004 from 287
    // the previous year" says what the note's year had)
    const g = d.evidence[0]?.figure;
    if (d.verdict === 'supported' && g && !otherValueBeside(run.index.sourceOf(e.passage).text, e.passage.figures, g, f)) Object.assign(r, d);
  }
}

/** Does the sentence of `g` in the source state another value comparable with the note's `f`? */
function otherValueBeside(text: string, figures: readonly Figure[], g: Figure, f: Figure): boolean {
  const n = Math.min(figures.length, MAX_PASSAGE_FIGURES_SEARCHED);
  for (let i = 0; i < n; i++) {
    const h = figures[i];
    if (h === g || !comparable(f, h) || h.value === g.value) continue;
    const [a, b] = h.start < g.start ? [h.end, g.start] : [g.end, h.start];
    if (b - a <= P.besideChars && !SENTENCE_END.test(text.slice(a, b))) return true;
  }
  return false;
}

const SENTENCE_END = /[.!?]\s/;
