// Swapped values: two figures of a note's sentence, each supported by a figure of one source
// sentence that measures what the other measures ("scored three tries in four appearances" /
// "scored four tries in three appearances"): the note moved each value to the other's noun. Where
// each note figure's measure meets the other's evidence, and better than its own, both are
// contradicted — each by the source figure that measures what it measures. Only pairs of supported
// figures of one sentence change; a pair whose evidence is not one passage's is left alone.
import { figuresAgree } from '../figures';
import { align } from './alignment';
import { VERDICT_POLICY as V } from './policy';
import type { Evidence, FigureResult } from './report';
import type { CheckRun } from './run';

export function swapped(run: CheckRun, results: FigureResult[]): void {
  const bySentence = new Map<number, FigureResult[]>();
  for (const r of results) {
    if (r.verdict !== 'supported' || !r.evidence[0]?.figure || r.figure.vague) continue;
    const list = bySentence.get(r.figure.sentence);
    if (list) list.push(r);
    else bySentence.set(r.figure.sentence, [r]);
  }
  for (const group of bySentence.values()) {
    if (group.length !== 2) continue;
    const [r, h] = group;
    const er = r.evidence[0];
    const eh = h.evidence[0];
    if (er.passage !== eh.passage || er.figure === eh.figure || figuresAgree(r.figure, h.figure, run.tolerance)) continue;
    // (each value disagrees with the figure that measures what it measures: the note swapped them)
    if (figuresAgree(r.figure, eh.figure!, run.tolerance) || figuresAgree(h.figure, er.figure!, run.tolerance)) continue;
    if (r.figure.kind !== eh.figure!.kind || h.figure.kind !== er.figure!.kind) continue;
    if (!measuresOther(run, r, er, eh) || !measuresOther(run, h, eh, er)) continue;
    contradict(r, eh, run);
    contradict(h, er, run);
  }
}

/** Does the note figure of `r` measure what `other`'s figure measures — its measure met — better than what its own evidence `own` measures? */
function measuresOther(run: CheckRun, r: FigureResult, own: Evidence, other: Evidence): boolean {
  const note = run.noteSide(r.figure);
  const sideOwn = run.index.frames.side(own.passage, own.figure!);
  const sideOther = run.index.frames.side(other.passage, other.figure!);
  if (!sideOwn || !sideOther) return false;
  const weight = (c: string) => run.index.termWeight(c);
  const a = align(note, sideOther, weight, run.index.frames.lex);
  const b = align(note, sideOwn, weight, run.index.frames.lex);
  return !a.blocked && a.metric >= V.metricMeets && a.metric > b.metric && a.namesMissing === 0;
}

/** Make `r` contradicted by the figure of `e` (no fix offered: the value belongs to the sentence's other figure). */
function contradict(r: FigureResult, e: Evidence, run: CheckRun): void {
  const side = run.index.frames.side(e.passage, e.figure!);
  Object.assign(r, { verdict: 'contradicted', evidence: [e], fixes: [], ...(side ? { sourceFrame: side.frame } : {}) });
}
