// Counterparts: two figures a note states side by side ("made $121.9m, against $156.8m a year
// earlier", "slipped to third with $12.7m") are read against the two the source states side by side
// in the same order ("took $121.9m (£63.3m), compared with $165.8m last year", "down to third place,
// with $12.5m"). When one of the note's pair is supported by one of the source's, the other of the
// source's pair is the other's counterpart — the figure the note's sentence reports, whatever the
// word overlap says. The pairing stands in for the metric and alignment bars of rules.ts; every
// other gate (comparable values, frames not blocked, no clear metric mismatch, every name within
// reach, plausible size, the checker's vetoes) still holds.
import { comparable, figuresAgree } from '../figures';
import { relateValues } from '../frames/bounds';
import type { Lexicon } from '../frames/lexicon';
import type { NoteFigure } from '../notes';
import type { Figure, Passage } from '../types';
import { align } from './alignment';
import { replaceFigureFix } from './findings';
import { COUNTERPART_POLICY as C, MAX_PASSAGE_FIGURES_SEARCHED } from './policy';
import type { Evidence, FigureResult } from './report';
import { plausible } from './rules';
import { leftToScorelines } from './scorelines';
import { beside as inOneSentence } from './periodSlips';
import type { CheckRun } from './run';

/** The gap between two figures, with bracketed text (conversions: "(£63.3m)") left out. */
function gapOf(text: string, from: number, to: number): string | undefined {
  if (to < from || to - from > C.maxGapChars) return undefined;
  return text.slice(from, to).replace(/\([^()]*\)/g, ' ');
}

/** Side by side: a short gap of a few words, within one sentence, with no figure outside brackets. */
function sideBySide(gap: string | undefined): boolean {
  if (gap === undefined || /[.;:!?]\s|[.;:!?]$|\d/.test(gap)) return false;
  const words = gap.split(/[^\p{L}'’-]+/u).filter((w) => w.length > 0);
  return words.length <= C.maxGapWords;
}

/**
 * The note's change set after its clause, apposed to the clause's figure ("expects 159 million camera
 * phones to be sold worldwide this year, an increase of 110%"): between them the rest of that clause
 * (no figure, at most COUNTERPART_POLICY.clauseWords words), one comma, then a gap side by side that
 * names a change ("an increase of", "up"). Only the note's side reads so: the source's pair must
 * still stand side by side. (Another comparison set after a clause — "$84.6m over a long holiday
 * weekend, against $131.7m" — may compare anything the clause names: not read.)
 */
function apposedAfterClause(text: string, from: number, to: number, lex: Lexicon): boolean {
  if (to < from || to - from > C.maxClauseChars) return false;
  const between = text.slice(from, to);
  const comma = between.lastIndexOf(',');
  if (comma < 0 || between.indexOf(',') !== comma || /[.;:!?()]|\d/.test(between)) return false;
  const clause = between.slice(0, comma).split(/[^\p{L}'’-]+/u).filter((w) => w.length > 0);
  const gap = between.slice(comma + 1);
  const changed = gap.split(/[^\p{L}'’-]+/u).some((w) => w.length > 0 && lex.directionOf(lex.lemma(w.toLowerCase()), w.toLowerCase()) !== undefined);
  return clause.length <= C.clauseWords && changed && sideBySide(gap);
}

/** Is a figure, with this text between it and the other, inside brackets the other is not? */
function bracketed(between: string, dir: 1 | -1): boolean {
  let depth = 0;
  for (const ch of between) {
    if (ch === '(') depth += dir;
    else if (ch === ')') depth -= dir;
  }
  return depth > 0;
}

/** The figure beside `a` in its passage on the side `dir` (after: +1, before: -1), if side by side. */
function beside(text: string, p: Passage, a: Figure, dir: 1 | -1): { figure: Figure; at: number } | undefined {
  const figs = p.figures;
  // (among the first figures of a passage only: a passage of thousands is a table)
  let i = 0;
  const n = Math.min(figs.length, MAX_PASSAGE_FIGURES_SEARCHED);
  while (i < n && figs[i] !== a) i++;
  if (i === n) return undefined;
  for (let j = i + dir, skipped = 0; j >= 0 && j < figs.length && skipped < C.bracketedSkipped; j += dir, skipped++) {
    const g = figs[j];
    const [from, to] = dir > 0 ? [a.end, g.start] : [g.end, a.start];
    const gap = gapOf(text, from, to);
    if (gap === undefined) return undefined;
    // a conversion in brackets between them ("$121.9m (£63.3m), compared with $165.8m") is skipped
    if (bracketed(text.slice(from, to), dir)) continue;
    return sideBySide(gap) ? { figure: g, at: j } : undefined;
  }
  return undefined;
}

/**
 * Unverified figures of a note whose neighbour in the sentence is supported: judged against that
 * support's neighbour in the source. Changes the results in place (supported or contradicted).
 */
export function counterparts(run: CheckRun, results: FigureResult[]): void {
  const byFigure = new Map<NoteFigure, FigureResult>(results.map((r) => [r.figure, r]));
  const text = run.note.figureText;
  for (const r of results) {
    if (r.verdict !== 'unverified' || r.figure.vague || r.figure.kind === 'year' || r.figure.kind === 'date' || leftToScorelines(run, r.figure)) continue;
    const b = r.figure;
    const siblings = run.figuresOf(b.sentence);
    if (siblings.length > C.maxSiblings) continue;
    const k = siblings.indexOf(b);
    for (const dir of [-1, 1] as const) {
      // the note's neighbour on this side, side by side with b, and supported in its cited sources
      const a = siblings[k + dir];
      const ra = a && byFigure.get(a);
      if (!ra || ra.verdict !== 'supported' || ra.wrongSource || ra.wrongPage || !ra.evidence.length) continue;
      if (!sideBySide(dir < 0 ? gapOf(text, a.end, b.start) : gapOf(text, b.end, a.start)) && !(dir < 0 && apposedAfterClause(text, a.end, b.start, run.index.frames.lex))) continue;
      const e = ra.evidence[0];
      if (!e.figure || !figuresAgree(a, e.figure, run.tolerance)) continue;
      const source = run.index.sourceOf(e.passage);
      const other = beside(source.text, e.passage, e.figure, dir > 0 ? -1 : 1);
      if (!other || !comparable(b, other.figure)) continue;
      if (judgePair(run, r, a, e, other)) break;
    }
    if (r.verdict === 'unverified' && b.kind === 'duration') soleSpan(run, r, siblings, byFigure);
  }
}

/**
 * A span of time the only one of its sentence, beside a figure of the note supported in its cited
 * source, against the only span of that source's sentence ("projected profits of at least £110m
 * within five years" / "students joining within a decade, bringing in at least £110m in profit"):
 * the sentence the note was written from says how long. A span's metric is whatever the words near
 * it name — the neighbour's support already says the two sentences are one — so the metric bar is
 * not asked; every other gate of judgePair still is. Changes `r` in place.
 */
function soleSpan(run: CheckRun, r: FigureResult, siblings: readonly NoteFigure[], byFigure: ReadonlyMap<NoteFigure, FigureResult>): void {
  const b = r.figure;
  if (siblings.some((g) => g !== b && comparable(b, g))) return;
  for (const a of siblings) {
    const ra = a !== b ? byFigure.get(a) : undefined;
    const e = ra?.verdict === 'supported' && !ra.wrongSource && !ra.wrongPage ? ra.evidence[0] : undefined;
    if (!e?.figure || !figuresAgree(a, e.figure, run.tolerance)) continue;
    const text = run.index.sourceOf(e.passage).text;
    const n = Math.min(e.passage.figures.length, MAX_PASSAGE_FIGURES_SEARCHED);
    let only: { figure: Figure; at: number } | undefined;
    let spans = 0;
    for (let i = 0; i < n; i++) {
      const g = e.passage.figures[i];
      if (g === e.figure || !comparable(b, g) || !inOneSentence(text, e.figure, g)) continue;
      spans++;
      only = { figure: g, at: i };
    }
    if (spans === 1 && judgePair(run, r, a, e, only!, true)) return;
  }
}

/** The note figure of `r` against its counterpart; true when that decides it. */
function judgePair(run: CheckRun, r: FigureResult, a0: NoteFigure, e: Evidence, other: { figure: Figure; at: number }, anyMetric = false): boolean {
  const b = r.figure;
  const g = other.figure;
  if (g.vague) return false;
  const side = run.index.frames.side(e.passage, g, other.at);
  if (!side) return false;
  const note = run.noteSide(b);
  const a = align(note, side, (c) => run.index.termWeight(c), run.index.frames.lex);
  if (a.blocked || a.namesMissingWide > 0 || a.rateMismatch) return false;
  // both name what they measure, and the names do not meet: not the same quantity — unless each
  // takes its metric from its supported neighbour ("took $121.9m, compared with $165.8m"), whose
  // support already says the two measure the same
  const sideA = e.figure && run.index.frames.side(e.passage, e.figure);
  const inherited = !!sideA && sameWords(run.noteSide(a0).frame.metric, note.frame.metric) && sameWords(sideA.frame.metric, side.frame.metric);
  if (!anyMetric && note.frame.metric.length && side.frame.metric.length && a.metric < C.minMetric && !inherited) return false;
  const valued = relateValues(b, g, run.tolerance, (x, y) => figuresAgree(x, y, run.tolerance));
  // (the counterpart's change the other way: the same size is the direction misquoted — "lost a further
  // 6.4%, to $27.24" / "added an extra 6.4% to $27.24" — another size says nothing)
  if (a.opposite && valued !== 'agree') return false;
  const relation = a.opposite ? 'disagree' : valued;
  const evidence: Evidence = { source: e.source, passage: e.passage, figure: g, start: g.start, end: g.end, score: a.score };
  if (relation === 'agree') {
    Object.assign(r, { verdict: 'supported', evidence: [evidence], sourceFrame: side.frame });
    return true;
  }
  if (relation !== 'disagree' || !plausible(b, g)) return false;
  // a value another figure of the note's sentence states is no contradiction of this one
  if (run.figuresOf(b.sentence).some((s) => s !== b && figuresAgree(s, g, run.tolerance))) return false;
  Object.assign(r, { verdict: 'contradicted', evidence: [evidence], sourceFrame: side.frame });
  r.fixes.push(...replaceFigureFix(run, b, evidence));
  return true;
}

function sameWords(x: readonly string[], y: readonly string[]): boolean {
  return x.length === y.length && x.every((w, i) => w === y[i]);
}
