// Which sources a note's report could change with: after one source changes, a note whose report
// depends on none of the changed sources keeps it (the language server re-checks only the others).
//
// A report depends on
// - every source it names: cited, ambiguous candidates, in scope, evidence, a wrong source or page,
//   a quote found elsewhere;
// - every source at all when something was looked up over the whole corpus: a figure or quote
//   without a citation in scope (scope null), a figure the cited sources did not support (the value
//   index is asked which other source states it), a quote not found in the cited sources (asked
//   where else it is).
// Not counted: the corpus-wide term weights (BM25 idf) that order candidates; one changed source
// moves them very little, and a full "check all" recomputes everything.
import type { Source } from '../types';
import type { Evidence, NoteReport } from './report';

export interface ReportSources {
  /** The report could change with any source. */
  everySource: boolean;
  /** The sources it names, by path (the Source objects, to tell a replaced source). */
  sources: Map<string, Source>;
}

export function reportSources(report: NoteReport): ReportSources {
  const sources = new Map<string, Source>();
  let everySource = false;
  const add = (s: Source | null | undefined) => {
    if (s) sources.set(s.path, s);
  };
  const addEvidence = (e: Evidence | undefined) => add(e?.source);
  for (const c of report.citations) {
    add(c.source);
    for (const s of c.ambiguous ?? []) add(s);
  }
  for (const f of report.figures) {
    if (!f.scope || f.verdict !== 'supported' || f.wrongSource) everySource = true;
    for (const s of f.scope ?? []) add(s);
    for (const e of f.evidence) addEvidence(e);
    addEvidence(f.wrongSource);
    addEvidence(f.wrongPage);
  }
  for (const q of report.quotes) {
    if (!q.scope || q.verdict !== 'found') everySource = true;
    for (const s of q.scope ?? []) add(s);
    for (const e of q.evidence) addEvidence(e);
    addEvidence(q.foundElsewhere);
  }
  return { everySource, sources };
}
