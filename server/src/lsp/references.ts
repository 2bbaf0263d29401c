// Find references on a source file: every note line that cites or relies on it (or, with the
// cursor in a passage, on that passage), once per line, including the lines the passage
// contradicts. The same uses with their verdict answer grounded/uses (the client's "Show Uses of
// This Source"). Notes open in the editor are read from the editor, the others from disk. Note by
// note: `between` runs before each (to let other requests go first and to stop when the request is
// cancelled).
import type { Location, Position, ReferenceParams } from 'vscode-languageserver';
import type { NoteReport } from '../engine/check';
import { offsetAt } from '../engine/text';
import type { Source } from '../engine/types';
import type { SourceUse, UseVerdict, UsesParams } from '../protocol';
import type { FeatureContext } from './context';
import { noteRange } from './convert';
import { pathToUri, uriToPath } from './state';

/** Which use of a line shows when a line uses the source several ways: the one most worth a look. */
const VERDICT_RANK: Record<UseVerdict, number> = { contradicted: 0, 'wrong-source': 1, supported: 2, quoted: 3, cited: 4 };

export async function onReferences(ctx: FeatureContext, p: ReferenceParams, between: () => Promise<void> = async () => undefined): Promise<Location[]> {
  return (await onUses(ctx, p, between)).map((u) => ({ uri: u.uri, range: u.range }));
}

/** The uses of the source at `p` (its passage at the position, or the whole file on its title line). */
export async function onUses({ state, documents }: FeatureContext, p: UsesParams, between: () => Promise<void> = async () => undefined): Promise<SourceUse[]> {
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
  return usesOf(src, onWhole ? null : p.position, notes);
}

/** Every note line that uses the source (or its passage at `pos`), once, with its most telling use. */
export function usesOf(source: Source, pos: Position | null, notes: { path: string; report: NoteReport }[]): SourceUse[] {
  let passage: { start: number; end: number } | undefined;
  let at = -1;
  if (pos) {
    at = offsetAt(source.lineStarts, source.text.length, pos.line, pos.character);
    passage = source.passages.find((p) => at >= p.start && at <= p.end);
  }
  const inPassage = (e: { source: Source; start: number; end: number }) =>
    e.source.path === source.path && (!passage || (e.start < passage.end && e.end > passage.start));
  // a line's most telling use: by verdict, then the one whose evidence is under the cursor, then the first
  const rank = (verdict: UseVerdict, ev?: { start: number; end: number }) => VERDICT_RANK[verdict] * 2 + (ev && at >= ev.start && at <= ev.end ? 0 : 1);
  const out: SourceUse[] = [];
  for (const { path, report } of notes) {
    const uri = pathToUri(path);
    const byLine = new Map<number, { use: SourceUse; rank: number }>();
    const add = (a: number, b: number, verdict: UseVerdict, ev?: { start: number; end: number }) => {
      const range = noteRange(report, a, b);
      const r = rank(verdict, ev);
      const prev = byLine.get(range.start.line);
      if (prev && prev.rank <= r) return;
      byLine.set(range.start.line, { use: { uri, range, verdict, text: report.note.text.slice(a, b) }, rank: r });
    };
    if (!passage) for (const c of report.citations) if (c.source?.path === source.path) add(c.citation.start, c.citation.end, 'cited');
    for (const f of report.figures) {
      const supporting = f.evidence.find(inPassage);
      if (f.wrongSource) {
        if (inPassage(f.wrongSource)) add(f.figure.start, f.figure.end, 'wrong-source', f.wrongSource);
      } else if (f.verdict === 'supported' && supporting) add(f.figure.start, f.figure.end, 'supported', supporting);
      // the contradicting figure comes first
      else if (f.verdict === 'contradicted' && f.evidence[0] && inPassage(f.evidence[0])) add(f.figure.start, f.figure.end, 'contradicted', f.evidence[0]);
    }
    for (const q of report.quotes) {
      const found = q.verdict === 'found' ? q.evidence.find(inPassage) : undefined;
      if (found) add(q.quote.start, q.quote.end, 'quoted', found);
    }
    out.push(...[...byLine.values()].map((x) => x.use).sort((a, b) => a.range.start.line - b.range.start.line));
  }
  return out;
}
