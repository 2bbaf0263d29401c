// Swapped values: two figures of a note's sentence, each supported by a figure of one source
// passage (a paragraph) that measures what the other measures ("scored three tries in four appearances" /
// "scored four tries in three appearances"): the note moved each value to the other's noun. Where
// each note figure counts the noun the other's evidence counts, and not its own evidence's, both are
// contradicted — each by the source figure that measures what it measures. Only pairs of supported
// figures of one sentence change; a pair whose evidence is not one passage's is left alone.
import { figuresAgree } from '../figures';
import type { ClaimFrame } from '../frames/frame';
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

/**
 * Does the note figure of `r` count what `other`'s figure counts and not what its own evidence `own`
 * counts — the noun right after each value ("three tries" / "four tries", not "three appearances")
 * — its measure met in full and every name within reach?
 */
function measuresOther(run: CheckRun, r: FigureResult, own: Evidence, other: Evidence): boolean {
  const note = run.noteSide(r.figure);
  const sideOwn = run.index.frames.side(own.passage, own.figure!);
  const sideOther = run.index.frames.side(other.passage, other.figure!);
  if (!sideOwn || !sideOther) return false;
  const mine = countedNoun(note.frame);
  if (mine === undefined || countedNoun(sideOther.frame) !== mine || countedNoun(sideOwn.frame) === undefined || countedNoun(sideOwn.frame) === mine) return false;
  const a = align(note, sideOther, (c: string) => run.index.termWeight(c), run.index.frames.lex);
  return !a.blocked && a.metric >= V.metricMeets && a.namesMissing === 0;
}

/** The noun a frame's figure counts, right after it ("three tries" → try), if any. */
function countedNoun(fr: ClaimFrame): string | undefined {
  return fr.counted > 0 ? fr.metric[0] : undefined;
}

/** Make `r` contradicted by the figure of `e` (no fix offered: the value belongs to the sentence's other figure). */
function contradict(r: FigureResult, e: Evidence, run: CheckRun): void {
  const side = run.index.frames.side(e.passage, e.figure!);
  Object.assign(r, { verdict: 'contradicted', evidence: [e], fixes: [], ...(side ? { sourceFrame: side.frame } : {}) });
}
