// Figures inside a quotation that a source in scope states word for word: the quoted words are the
// source's own, so are their figures — supported where the quote is found, whatever another
// passage would say ("that Christmas 2004 was the worst" / "…found that Christmas 2004 was the
// worst for 10 years" is no misquote of "the worst Christmas since 1981"). A figure inside a
// quotation that is not found stays as the other stages judged it (the quote's own diagnostic says
// it is not in the source). Runs after every stage that judges figures; changes the results in place.
import { figuresAgree } from '../figures';
import type { NoteQuote } from '../notes';
import type { Figure, Passage } from '../types';
import type { FigureResult, QuoteResult } from './report';
import type { CheckRun } from './run';
import { MAX_PASSAGE_FIGURES_SEARCHED } from './policy';

export function quotedFigures(run: CheckRun, results: FigureResult[], quotes: readonly NoteQuote[], judge: (q: NoteQuote) => QuoteResult): void {
  if (!quotes.length) return;
  const bySentence = new Map<number, NoteQuote[]>();
  for (const q of quotes) {
    const list = bySentence.get(q.sentence);
    if (list) list.push(q);
    else bySentence.set(q.sentence, [q]);
  }
  for (const r of results) {
    if (r.verdict === 'supported' && !r.wrongSource) continue;
    const f = r.figure;
    const q = bySentence.get(f.sentence)?.find((x) => x.start <= f.start && f.end <= x.end);
    if (!q) continue;
    const found = judge(q);
    const e = found.verdict === 'found' ? found.evidence[0] : undefined;
    const g = e && figureWithin(run, e.source.passages, e.passage.index, e.start, e.end, f);
    if (!e || !g) continue;
    Object.assign(r, { verdict: 'supported', evidence: [{ source: e.source, passage: g.passage, figure: g.figure, start: g.figure.start, end: g.figure.end, score: 1 }], fixes: [] });
    delete r.wrongSource;
    r.sourceFrame = run.index.frames.side(g.passage, g.figure)?.frame;
  }
}

/** The source figure between start and end (the quote as found) whose value is the note figure's, in the passages from `first` on. */
function figureWithin(run: CheckRun, passages: readonly Passage[], first: number, start: number, end: number, f: Figure): { passage: Passage; figure: Figure } | undefined {
  for (let i = first; i < passages.length && passages[i].start < end; i++) {
    const p = passages[i];
    // (among a passage's first figures only, as every search of them: a passage of thousands is a table)
    for (let k = 0, n = Math.min(p.figures.length, MAX_PASSAGE_FIGURES_SEARCHED); k < n; k++) {
      const g = p.figures[k];
      if (g.start >= start && g.end <= end && figuresAgree(f, g, run.tolerance)) return { passage: p, figure: g };
    }
  }
  return undefined;
}
