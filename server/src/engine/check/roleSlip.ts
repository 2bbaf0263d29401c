// Role slips: a change the note gives "by" a value that its cited sources give as the level reached
// — "Unilever's annual pre-tax profit fell by 2.9bn euros" / "annual pre-tax profit fell 36% to
// 2.9bn euros", "the number of malicious programs rose by 100,000" / "topped the 100,000 mark". A
// change and a level are never compared (alignment.ts: role change against level), so the
// candidates of the note's figure hold the very value only as blocked: this asks the cited
// sources' passages for it. Only an amount or a count (a percentage "by" and "to" are both common
// readings of one sentence), the very number, the source's a level reached (its end "to" or a
// direction: "fell … to"; or a verb of reaching right before it: "topped the 100,000 mark"), the two aligned as levels with
// the metric met, every name in reach, the subject named before and as well as any contradiction
// must be (VERDICT_POLICY.contradictScore); only for a figure the cited sources left unverified
// with no agreeing value, so never where they also state the change.
import type { NoteFigure } from '../notes';
import type { FigureKind, Source } from '../types';
import { align } from './alignment';
import { REACHED_VERBS } from '../frames/lexicon';
import { MAX_PASSAGE_FIGURES_SEARCHED, VERDICT_POLICY as V } from './policy';
import { figureQuery } from './retrieval';
import type { Evidence } from './report';
import type { CheckRun } from './run';

/** "by" right before a figure. */
const BY_BEFORE = /\bby\s+$/i;

/** The kinds whose change may be read for the level reached: amounts and counts. */
const SLIPPED_ROLE_KINDS: ReadonlySet<FigureKind> = new Set(['currency', 'count', 'number']);

/** Does a verb of reaching stand right before the figure at `start`, "the" between at most ("topped the 100,000 mark")? */
function reachedBefore(text: string, start: number): boolean {
  const words = text.slice(Math.max(0, start - REACHED_LOOK_BACK), start).toLowerCase().split(/\s+/).filter((w) => w.length > 0);
  let w = words.pop();
  if (w === 'the') w = words.pop();
  return w !== undefined && REACHED_VERBS.has(w);
}

/** Characters read back for reachedBefore: a verb and "the". */
const REACHED_LOOK_BACK = 24;

/** The source figure stating the note's change "by" as the level reached, as evidence, if the cited sources give one. */
export function roleSlip(run: CheckRun, f: NoteFigure, scope: readonly Source[]): Evidence | undefined {
  const side = run.noteSide(f);
  // (a change said "by" its size — "fell by 2.9bn euros", "rose by 100,000": the slip's form, and a
  // search of the cited passages only for those)
  if (!SLIPPED_ROLE_KINDS.has(f.kind) || f.vague || side.frame.role !== 'change' || !BY_BEFORE.test(run.note.figureText.slice(Math.max(0, f.start - 4), f.start))) return undefined;
  // the note's figure read as a level: what the source's would be if the note had it right
  const asLevel = { ...side, frame: { ...side.frame, role: 'level' as const, direction: undefined } };
  const query = figureQuery(run.sentenceTokens(f.sentence), f);
  const idf = (c: string) => run.index.termWeight(c);
  for (const { passage } of run.index.figurePassages(query, f.kind, { only: scope as Source[] })) {
    const figs = passage.figures;
    for (let at = 0, n = Math.min(figs.length, MAX_PASSAGE_FIGURES_SEARCHED); at < n; at++) {
      const g = figs[at];
      if (g.kind !== f.kind || g.vague || g.unit !== f.unit || Math.abs(g.value - f.value) > 1e-9 * Math.max(1, Math.abs(f.value))) continue;
      const src = run.index.frames.side(passage, g, at);
      // (a level reached — "fell 36% to 2.9bn euros", "topped the 100,000 mark" — not any level: "The
      // 600,000 connections take the total to …" is the change itself, named as a count)
      if (!src || src.frame.role !== 'level' || (src.frame.end !== 'to' && !src.frame.direction && !reachedBefore(run.index.sourceOf(passage).text, g.start))) continue;
      const a = align(asLevel, src, idf, run.index.frames.lex);
      if (a.blocked || a.supportOnly || a.metric < V.metricMeets || a.namesMissing > 0 || !a.subjectBefore || a.score < V.contradictScore) continue;
      return { source: run.index.sourceOf(passage), passage, figure: g, start: g.start, end: g.end, score: a.score };
    }
  }
  return undefined;
}
