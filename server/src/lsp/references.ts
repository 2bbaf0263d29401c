// Find references on a source file: every place in the notes that cites or relies on it (or, with
// the cursor in a passage, on that passage). Notes open in the editor are read from the editor,
// the others from disk. Note by note: `between` runs before each (to let other requests go first and
// to stop when the request is cancelled).
import type { Location, Position, ReferenceParams } from 'vscode-languageserver';
import type { NoteReport } from '../engine/check';
import { offsetAt } from '../engine/text';
import type { Source } from '../engine/types';
import type { FeatureContext } from './context';
import { noteRange } from './convert';
import { pathToUri, uriToPath } from './state';

export async function onReferences({ state, documents }: FeatureContext, p: ReferenceParams, between: () => Promise<void> = async () => undefined): Promise<Location[]> {
  const folder = state.folderFor(p.textDocument.uri);
  if (!folder) return [];
  const src = folder.source(uriToPath(p.textDocument.uri));
  if (!src) return [];
  const notes: { path: string; report: NoteReport }[] = [];
  const open = new Set<string>();
  for (const doc of documents.all()) {
    if (!state.isNoteDoc(doc) || !doc.uri.startsWith('file:')) continue;
    await between();
    const r = state.reportFor(doc);
    if (r) notes.push({ path: uriToPath(doc.uri), report: r.report });
    open.add(uriToPath(doc.uri));
  }
  for (const path of await state.allNotes()) {
    if (open.has(path)) continue;
    await between();
    const r = await state.reportForFile(path);
    if (r && r.folder === folder) notes.push({ path, report: r.report });
  }
  // cursor on the title line (or the first line) means the whole file
  const onWhole = p.position.line <= (src.passages[0]?.line ?? 0);
  return referencesTo(src, onWhole ? null : p.position, notes);
}

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
