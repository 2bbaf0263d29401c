// Alignment: every comparable figure of the passages retrieved for a note's figure, scored by how
// well its surroundings match the note's. Local score L: the words right around the note's figure
// (the noun it counts, its unit, its subject) against the words right around the source's figure.
// Global score G: how much of the sentence the passage covers.
import { comparable, figuresAgree } from '../figures';
import type { NoteFigure } from '../notes';
import type { Figure, Passage } from '../types';
import { contextTerms, sourceWindow, windowAround, WindowTerm } from './context';
import { GLOBAL_ONLY_SHARE, GLOBAL_SHARE, LOCAL_SHARE, SHARED_WORD_FLOOR } from './policy';
import { figureQuery, FigurePassage, Where } from './retrieval';
import type { CheckRun } from './run';

/** A source figure that may speak to a note's figure, with how well it aligns. */
export interface Candidate {
  pid: number;
  passage: Passage;
  figure: Figure;
  /** Local alignment L in [0, 1]. */
  local: number;
  /** Sentence coverage G in [0, 1]. */
  global: number;
  /** Context words of the note's figure found around the source's. */
  shared: number;
  /** Is the note figure's head word (its noun or unit) among them? */
  headShared: boolean;
  score: number;
  agree: boolean;
}

/** The note figure's side of the alignment: its context words, head word and query. */
interface NoteSide {
  local: WindowTerm[];
  head: string | undefined;
  /** Σ weight × idf of the query's terms, and of the context words: the scores' denominators. */
  qTotal: number;
  lTotal: number;
}

/** Comparable source figures in reach of the note's figure, best aligned first. */
export function rankCandidates(run: CheckRun, f: NoteFigure, where: Where): Candidate[] {
  const { note, index } = run;
  const toks = run.sentenceTokens(f.sentence);
  const siblings = note.figures.filter((g) => g.sentence === f.sentence);
  const win = windowAround(toks, f, siblings);
  const local = contextTerms([...win.before, ...win.after]);
  const head = contextTerms(win.after)[0]?.term ?? contextTerms(win.before)[0]?.term;

  const query = figureQuery(toks, f, local);
  if (query.length === 0) return [];
  const qTotal = query.reduce((s, q) => s + index.termWeight(q.term) * q.weight, 0);
  const lTotal = local.reduce((s, w) => s + index.termWeight(w.term) * w.weight, 0);
  const side: NoteSide = { local, head, qTotal, lTotal };

  const out: Candidate[] = [];
  for (const fp of index.figurePassages(query, f.kind, where)) {
    let g = 0;
    for (const q of query) if (fp.terms.has(q.term)) g += index.termWeight(q.term) * q.weight;
    const global = qTotal ? g / qTotal : 0;
    alignPassage(run, f, side, fp, global, out);
  }
  out.sort((a, b) => b.score - a.score || closeness(f, b.figure) - closeness(f, a.figure));
  return out;
}

/** Align each comparable figure of one retrieved passage with the note's figure, into `out`. */
function alignPassage(run: CheckRun, f: NoteFigure, side: NoteSide, fp: FigurePassage, global: number, out: Candidate[]): void {
  const { index } = run;
  const { local, head, lTotal } = side;
  for (const sf of fp.passage.figures) {
    if (!comparable(f, sf)) continue;
    const sweights = sourceWindow(index, fp.passage, sf);
    let l = 0;
    let shared = 0;
    const seen = new Set<string>();
    for (const w of local) {
      const sw2 = sweights.get(w.term);
      if (sw2 === undefined || seen.has(w.term)) continue;
      seen.add(w.term);
      l += index.termWeight(w.term) * w.weight * (SHARED_WORD_FLOOR + (1 - SHARED_WORD_FLOOR) * sw2);
      shared++;
    }
    const localScore = lTotal ? l / lTotal : 0;
    const score = lTotal ? LOCAL_SHARE * localScore + GLOBAL_SHARE * global : GLOBAL_ONLY_SHARE * global;
    out.push({
      pid: fp.pid,
      passage: fp.passage,
      figure: sf,
      local: localScore,
      global,
      shared,
      headShared: head !== undefined && sweights.has(head),
      score,
      agree: figuresAgree(f, sf, run.tolerance),
    });
  }
}

/** Higher when b's value is closer to a's (tie-breaker between equally aligned candidates). */
function closeness(a: Figure, b: Figure): number {
  const x = Math.abs(a.value) + 1e-9;
  const y = Math.abs(b.value) + 1e-9;
  return -Math.abs(Math.log(x / y));
}
