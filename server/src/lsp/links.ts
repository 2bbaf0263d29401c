// Document links: each resolved citation key opens its source.
import type { DocumentLink, DocumentLinkParams } from 'vscode-languageserver';
import type { NoteReport } from '../engine/check';
import type { FeatureContext } from './context';
import { noteRange } from './convert';
import { pathToUri } from './state';

export function onDocumentLinks({ state, documents }: FeatureContext, p: DocumentLinkParams): DocumentLink[] {
  const r = state.openNoteReport(documents.get(p.textDocument.uri));
  return r ? documentLinks(r.report) : [];
}

export function documentLinks(report: NoteReport): DocumentLink[] {
  return report.citations
    .filter((c) => c.source)
    .map((c) => ({ range: noteRange(report, c.citation.start, c.citation.end), target: pathToUri(c.source!.path), tooltip: `Open ${c.source!.meta.title}` }));
}
