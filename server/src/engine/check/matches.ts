// One result per match: a scoreline that the cited sources' scorelines decided set by set ("Kim
// beat Hernych 7-5 6-4" against "…7-5 6-3") is one claim — how the match went — so it is reported
// once, over the whole scoreline: supported when every set is, contradicted when any set is, with
// the source's scoreline as the fix. A scoreline whose sets were decided otherwise, or against
// different source scorelines, or one of another length, keeps its sets' own results.
import type { NoteFigure } from '../notes';
import type { Figure } from '../types';
import type { Evidence, FigureResult } from './report';
import type { CheckRun } from './run';

export function joinMatches(run: CheckRun, figures: FigureResult[]): FigureResult[] {
  const bySet = new Map<Figure, FigureResult>();
  for (const r of figures) if (run.scorelineVerdicts.has(r.figure)) bySet.set(r.figure, r);
  if (bySet.size < 2) return figures;
  const joined = new Map<FigureResult, FigureResult | null>();
  for (const r of bySet.values()) {
    if (joined.has(r)) continue;
    const sl = run.scorelineVerdicts.get(r.figure)!;
    const sets = sl.noteSets.map((g) => bySet.get(g));
    const whole = sets.length >= 2 && sets.length === sl.sourceSets.length &&
      sets.every((x) => x !== undefined && run.scorelineVerdicts.get(x.figure)!.sourceSets === sl.sourceSets);
    if (!whole) continue;
    const results = sets as FigureResult[];
    const merged = matchResult(run, results, sl.sourceSets);
    results.forEach((x, i) => joined.set(x, i === 0 ? merged : null));
  }
  if (!joined.size) return figures;
  const out: FigureResult[] = [];
  for (const r of figures) {
    const j = joined.get(r);
    if (j === undefined) out.push(r);
    else if (j !== null) out.push(j);
  }
  return out;
}

function matchResult(run: CheckRun, sets: FigureResult[], sourceSets: readonly Figure[]): FigureResult {
  const first = sets[0];
  const last = sets[sets.length - 1];
  const text = run.note.text;
  const end = closed(text, first.figure.start, last.figure.end);
  const figure: NoteFigure = { ...first.figure, end, text: text.slice(first.figure.start, end) };
  const e = first.evidence[0];
  const src = e.source.text;
  const s0 = sourceSets[0];
  const sN = sourceSets[sourceSets.length - 1];
  const srcEnd = closed(src, s0.start, sN.end);
  const sourceFigure: Figure = { ...s0, end: srcEnd, text: src.slice(s0.start, srcEnd) };
  const evidence: Evidence = { ...e, figure: sourceFigure, start: s0.start, end: srcEnd };
  // set by set in order, each told from the same side: "6-4 3-6 7-6" is not "6-4 6-3 7-6", though
  // each set alone may be told from either side
  const contradicted = sets.some((x) => x.verdict === 'contradicted') || !sameMatch(sets.map((x) => x.figure), sourceSets);
  const verdict = contradicted ? 'contradicted' : sets.every((x) => x.verdict === 'supported') ? 'supported' : 'unverified';
  const key = run.names.shortKey(e.source);
  return {
    ...first,
    figure,
    verdict,
    evidence: [evidence],
    fixes: contradicted ? [{ title: `Replace ${figure.text} with ${sourceFigure.text} (from ${key})`, edits: [{ start: figure.start, end: figure.end, newText: sourceFigure.text }], preferred: true }] : [],
  };
}

/** The same sets in the same order, all told from one side (the games of the same player first) or all from the other. */
function sameMatch(note: readonly Figure[], source: readonly Figure[]): boolean {
  const same = note.every((g, i) => g.value === source[i].value && g.high === source[i].high);
  const flipped = note.every((g, i) => g.value === source[i].high && g.high === source[i].value);
  return same || flipped;
}

/** The end of a scoreline's span, past the bracket its last set (a tie-break, "(7-3)") leaves open. */
function closed(text: string, start: number, end: number): number {
  let open = 0;
  for (let i = start; i < end; i++) open += text[i] === '(' ? 1 : text[i] === ')' ? -1 : 0;
  return open > 0 && text[end] === ')' ? end + 1 : end;
}
