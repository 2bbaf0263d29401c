// Find references on a source file: every place in the notes that cites or relies on it (or, with
// the cursor in a passage, on that passage).
import type { Location, Position } from 'vscode-languageserver';
import type { NoteReport } from '../engine/check';
import { offsetAt } from '../engine/text';
import type { Source } from '../engine/types';
import { noteRange } from './convert';
import { pathToUri } from './state';

export function referencesTo(source: Source, pos: Position | null, notes: { path: string; report: NoteReport }[]): Location[] {
  let passage: { start: number; end: number } | undefined;
  if (pos) {
    const off = offsetAt(source.lineStarts, source.text.length, pos.line, pos.character);
    passage = source.passages.find((p) => off >= p.start && off <= p.end);
  }
  const inPassage = (e: { source: Source; start: number; end: number }) =>
    e.source.path === source.path && (!passage || (e.start < passage.end && e.end > passage.start));
  const out: Location[] = [];
  for (const { path, report } of notes) {
    const uri = pathToUri(path);
    const add = (a: number, b: number) => out.push({ uri, range: noteRange(report, a, b) });
    if (!passage) for (const c of report.citations) if (c.source?.path === source.path) add(c.citation.start, c.citation.end);
    for (const f of report.figures) {
      const ev = f.wrongSource ? [f.wrongSource] : f.verdict === 'supported' ? f.evidence : [];
      if (ev.some(inPassage)) add(f.figure.start, f.figure.end);
    }
    for (const q of report.quotes) if (q.verdict === 'found' && q.evidence.some(inPassage)) add(q.quote.start, q.quote.end);
  }
  return out;
}
