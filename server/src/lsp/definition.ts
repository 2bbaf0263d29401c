// Go to source: from a note's figure, quote or citation to the exact span in the source.
import type { DefinitionParams, Location, LocationLink, Position } from 'vscode-languageserver';
import type { NoteReport } from '../engine/check';
import type { FeatureContext } from './context';
import { evidenceLocation, noteOffset, noteRange, sourceRange, sourceUri, within } from './convert';

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
      return { origin: [c.citation.start, c.citation.end] as const, targets: [{ uri: sourceUri(s), range }] };
    }
    const f = report.figures.find((x) => within(at, x.figure.start, x.figure.end));
    if (f) {
      const ev = f.wrongSource ? [f.wrongSource] : f.evidence;
      return { origin: [f.figure.start, f.figure.end] as const, targets: ev.map(evidenceLocation) };
    }
    const q = report.quotes.find((x) => within(at, x.quote.start - 1, x.quote.end + 1));
    if (q) {
      const ev = q.foundElsewhere ? [q.foundElsewhere] : q.evidence;
      return { origin: [q.quote.start, q.quote.end] as const, targets: ev.map(evidenceLocation) };
    }
    return null;
  })();
  if (!found || found.targets.length === 0) return null;
  if (!linkSupport) return found.targets;
  const originSelectionRange = noteRange(report, found.origin[0], found.origin[1]);
  return found.targets.map((t) => ({ originSelectionRange, targetUri: t.uri, targetRange: t.range, targetSelectionRange: t.range }));
}
