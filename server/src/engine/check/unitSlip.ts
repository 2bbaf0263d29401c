// Unit slips: a change the note gives in one unit that its cited sources give, the same number, in
// another — "output should rise by 3.5 million tonnes" / "expected to rise 3.5% … to 5.5 million
// tonnes", "users grew by 1.4%" / "users grew by 1.4 million". Figures of two kinds are never
// compared (agree.ts comparable), so the candidates of a note's figure never hold these: this asks
// the cited sources' passages for figures of the other kind. Only the size of a change against the
// size of a change, the very number, the metric met, every name in reach, the subject named before
// and aligned as well as any contradiction must be (VERDICT_POLICY.contradictScore); only for a
// figure the cited sources left unverified, so never against a value of its own unit they state.
import type { FigureKind } from '../types';
import type { NoteFigure } from '../notes';
import type { Source } from '../types';
import { align } from './alignment';
import { MAX_PASSAGE_FIGURES_SEARCHED, VERDICT_POLICY as V } from './policy';
import { figureQuery } from './retrieval';
import type { Evidence } from './report';
import type { CheckRun } from './run';

/** The kinds a change's size may be slipped between: a percentage and an amount. */
const SLIPPED_KINDS: Readonly<Partial<Record<FigureKind, readonly FigureKind[]>>> = {
  percent: ['count', 'currency'],
  count: ['percent'],
  currency: ['percent'],
};

/** The source figure stating the note's change in another unit, as evidence, if the cited sources give one. */
export function unitSlip(run: CheckRun, f: NoteFigure, scope: readonly Source[]): Evidence | undefined {
  const kinds = SLIPPED_KINDS[f.kind];
  const side = run.noteSide(f);
  if (!kinds || f.vague || side.frame.role !== 'change') return undefined;
  const number = f.value / f.scale;
  const query = figureQuery(run.sentenceTokens(f.sentence), f);
  const idf = (c: string) => run.index.termWeight(c);
  for (const kind of kinds) {
    for (const { passage } of run.index.figurePassages(query, kind, { only: scope as Source[] })) {
      const figs = passage.figures;
      // (bounded work in a passage of thousands of figures, as every search of a passage's figures is)
      for (let at = 0, n = Math.min(figs.length, MAX_PASSAGE_FIGURES_SEARCHED); at < n; at++) {
        const g = figs[at];
        // (the number as written: "1.4 million" is 1.4 at its scale, to within a float's rounding)
        if (g.kind !== kind || g.vague || Math.abs(g.value / g.scale - number) > 1e-9 * Math.max(1, Math.abs(number))) continue;
        const src = run.index.frames.side(passage, g, at);
        if (!src || src.frame.role !== 'change') continue;
        const a = align(side, src, idf, run.index.frames.lex);
        if (a.blocked || a.supportOnly || a.metric < V.metricMeets || a.namesMissing > 0 || !a.subjectBefore || a.score < V.contradictScore) continue;
        return { source: run.index.sourceOf(passage), passage, figure: g, start: g.start, end: g.end, score: a.score };
      }
    }
  }
  return undefined;
}
