// Swapped values: two figures of a note's sentence, each supported by a figure of one source
// passage (a paragraph) that measures what the other measures ("scored three tries in four appearances" /
// "scored four tries in three appearances"): the note moved each value to the other's noun. Where
// each note figure counts the noun the other's evidence counts, and not its own evidence's — or is
// held by the name right before the other's evidence, and not its own's ("the Wales Open in 1991 and
// the Mostyn Open in 1989" / "… in 1989 … in 1991") — both are contradicted, each by the source
// figure that measures what it measures. Only pairs of supported figures of one sentence change; a
// pair whose evidence is not one passage's is left alone.
import { figuresAgree } from '../figures';
import type { ClaimFrame } from '../frames/frame';
import type { FrameToken } from '../frames/tokens';
import type { Figure } from '../types';
import { align } from './alignment';
import { SWAP_POLICY as S, VERDICT_POLICY as V } from './policy';
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
    if (!(measuresOther(run, r, er, eh) && measuresOther(run, h, eh, er)) && !(namedOther(run, r, er, eh) && namedOther(run, h, eh, er))) continue;
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

/**
 * Is the note figure of `r` held by the name `other`'s figure is held by and not by its own
 * evidence's — the name right before each value ("won the Wales Open in 1991 and the Mostyn Open in
 * 1989" / "the Wales Open in 1989 and the Mostyn Open in 1991"), its comparison not set aside?
 */
function namedOther(run: CheckRun, r: FigureResult, own: Evidence, other: Evidence): boolean {
  const mine = nameBefore(run.sentenceFrameTokens(r.figure.sentence), r.figure);
  if (mine === undefined || nameBefore(run.index.frames.passageTokens(other.passage), other.figure!) !== mine) return false;
  const theirs = nameBefore(run.index.frames.passageTokens(own.passage), own.figure!);
  if (theirs === undefined || theirs === mine) return false;
  const sideOther = run.index.frames.side(other.passage, other.figure!);
  return !!sideOther && !align(run.noteSide(r.figure), sideOther, (c: string) => run.index.termWeight(c), run.index.frames.lex).blocked;
}

/**
 * The name right before a figure in its clause — its words joined, within SWAP_POLICY.nameReach
 * function words of it and past no other figure, verb or boundary ("the Mostyn Open in 1989" →
 * "mostyn open") — if there is one.
 */
function nameBefore(tokens: readonly FrameToken[], f: Figure): string | undefined {
  let i = tokens.findIndex((t) => t.kind === 'fig' && t.start <= f.start && f.end <= t.end) - 1;
  if (i < 0) return undefined;
  for (let gap = 0; i >= 0 && tokens[i].kind !== 'name'; i--, gap++) {
    const t = tokens[i];
    if (gap >= S.nameReach || t.kind !== 'word' || !t.func) return undefined;
  }
  const words: string[] = [];
  for (; i >= 0 && tokens[i].kind === 'name'; i--) words.unshift(tokens[i].lemma);
  return words.length ? words.join(' ') : undefined;
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
