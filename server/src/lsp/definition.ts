// Go to source: from a note's figure, quote or citation to the exact span in the source (the words
// to select), within its passage (what a peek shows). VS Code puts only the caret at a link's start:
// the client's jump.ts selects the words.
import type { DefinitionParams, Location, LocationLink, Position, Range } from 'vscode-languageserver';
import type { Evidence, NoteReport } from '../engine/check';
import type { FeatureContext } from './context';
import { noteOffset, noteRange, sourceRange, sourceUri, within } from './convert';

export function onDefinition({ state, documents, caps }: FeatureContext, p: DefinitionParams): Location[] | LocationLink[] | null {
  const r = state.openNoteReport(documents.get(p.textDocument.uri));
  return r ? definition(r.report, p.position, caps.linkSupport) : null;
}

export function definition(report: NoteReport, pos: Position, linkSupport: boolean): Location[] | LocationLink[] | null {
  const at = noteOffset(report, pos);
  const found = (() => {
    const c = report.citations.find((x) => within(at, x.citation.start - 1, x.citation.end));
    if (c) {
      if (!c.source) return null;
      const s = c.source;
      const title = s.passages[0];
      const range = title ? sourceRange(s, title.start, title.end) : sourceRange(s, 0, 0);
      return { origin: [c.citation.start, c.citation.end] as const, targets: [{ uri: sourceUri(s), range, passage: range }] };
    }
    const f = report.figures.find((x) => within(at, x.figure.start, x.figure.end));
    if (f) {
      // (a wrong source's figure: the source that states it first, then every other that does)
      const ev = f.wrongSource ? [f.wrongSource, ...f.evidence.filter((e) => e !== f.wrongSource)] : f.evidence;
      return { origin: [f.figure.start, f.figure.end] as const, targets: ev.map(target) };
    }
    const q = report.quotes.find((x) => within(at, x.quote.start - 1, x.quote.end + 1));
    if (q) {
      const ev = q.foundElsewhere ? [q.foundElsewhere] : q.evidence;
      return { origin: [q.quote.start, q.quote.end] as const, targets: ev.map(target) };
    }
    return null;
  })();
  if (!found || found.targets.length === 0) return null;
  if (!linkSupport) return found.targets.map((t) => ({ uri: t.uri, range: t.range }));
  const originSelectionRange = noteRange(report, found.origin[0], found.origin[1]);
  // the passage is the target (peek shows it), the figure's words the part to select
  return found.targets.map((t) => ({ originSelectionRange, targetUri: t.uri, targetRange: t.passage, targetSelectionRange: t.range }));
}

/** The evidence's words and its whole passage. */
function target(e: Evidence): { uri: string; range: Range; passage: Range } {
  const range = sourceRange(e.source, e.start, e.end);
  const p = sourceRange(e.source, e.passage.start, e.passage.end);
  // the passage must contain the selection (LSP requires it)
  const passage = { start: before(p.start, range.start) ? p.start : range.start, end: before(range.end, p.end) ? p.end : range.end };
  // a web page, PDF or Word file: the read-only document of its extracted text (convert.ts)
  return { uri: sourceUri(e.source), range, passage };
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}
