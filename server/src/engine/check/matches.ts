// One result per match: a scoreline that the cited sources' scorelines decided set by set ("Kim
// beat Hernych 7-5 6-4" against "…7-5 6-3") is one claim — how the match went — so it is reported
// once, over the whole scoreline: supported when every set is, contradicted when any set is, with
// the source's scoreline as the fix. A scoreline whose sets were decided otherwise, or against
// different source scorelines, or one of another length, keeps its sets' own results.
import type { NoteFigure } from '../notes';
import type { Figure } from '../types';
import type { Evidence, FigureResult } from './report';
import type { CheckRun } from './run';
import { leftToScorelines, noteScorelineSets, sourceScorelineSets } from './scorelines';
import { MATCH_POLICY } from './policy';

export function joinMatches(run: CheckRun, figures: FigureResult[]): FigureResult[] {
  const bySet = new Map<Figure, FigureResult>();
  for (const r of figures) if (run.scorelineVerdicts.has(r.figure)) bySet.set(r.figure, r);
  const joined = new Map<FigureResult, FigureResult | null>();
  joinJudgedSets(run, figures, joined);
  if (bySet.size < 2 && !joined.size) return figures;
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

/**
 * Sets the ordinary rules judged one by one (no scoreline of the cited sources named the players:
 * "Second seed Joachim Johansson beat Thomas Enqvist 6-3 6-4 6-1" / "The Swede reached the last
 * four by beating compatriot Thomas Enqvist 6-3 4-6 6-1"), each against the set in its own place of
 * one source scoreline of as many sets: one match, reported once, as judgeScoreline's are.
 */
function joinJudgedSets(run: CheckRun, figures: FigureResult[], joined: Map<FigureResult, FigureResult | null>): void {
  const byFigure = new Map<Figure, FigureResult>();
  for (const r of figures) if (r.figure.kind === 'score' && !run.scorelineVerdicts.has(r.figure)) byFigure.set(r.figure, r);
  if (byFigure.size < 2) return;
  for (const r of byFigure.values()) {
    if (joined.has(r)) continue;
    const mine = noteScorelineSets(run, r.figure as NoteFigure);
    // (a note naming one player at most may mean another match: leftToScorelines)
    if (!mine || mine.length < 2 || mine[0] !== r.figure || leftToScorelines(run, r.figure as NoteFigure)) continue;
    const results = mine.map((g) => byFigure.get(g));
    if (results.some((x) => !x || x.wrongSource)) continue;
    const judged = (results as FigureResult[]).filter((x) => x.verdict === 'supported' || x.verdict === 'contradicted');
    const e = judged[0]?.evidence[0];
    if (!e?.figure) continue;
    const theirs = sourceScorelineSets(run, e.source, e.passage, e.figure);
    if (!theirs || theirs.length !== mine.length) continue;
    // (each set judged against the source's set in its own place, in that one passage; a set left
    // unverified only beside MATCH_POLICY.inPlaceForUnverified sets supported in place — two sets
    // of one match alike say it is the match, one may be another match's)
    const inPlace = (x: FigureResult, i: number) => x.evidence[0]?.passage === e.passage && x.evidence[0]?.figure === theirs[i];
    if (!(results as FigureResult[]).every((x, i) => x.verdict === 'unverified' ? !x.evidence.length : (x.verdict === 'supported' || x.verdict === 'contradicted') && inPlace(x, i))) continue;
    const supported = judged.filter((x) => x.verdict === 'supported').length;
    if (judged.length < results.length && supported < MATCH_POLICY.inPlaceForUnverified) continue;
    const merged = matchResult(run, results as FigureResult[], theirs);
    results.forEach((x, i) => joined.set(x!, i === 0 ? merged : null));
  }
}

function matchResult(run: CheckRun, sets: FigureResult[], sourceSets: readonly Figure[]): FigureResult {
  const first = sets[0];
  const last = sets[sets.length - 1];
  const text = run.note.text;
  const end = closed(text, first.figure.start, last.figure.end);
  const figure: NoteFigure = { ...first.figure, end, text: text.slice(first.figure.start, end) };
  // (the first set judged: a set left unverified has no evidence — joinJudgedSets)
  const e = sets.find((x) => x.evidence.length)!.evidence[0];
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
