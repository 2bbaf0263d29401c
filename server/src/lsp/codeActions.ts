// Quick fixes: the engine's fixes for the diagnostics in range, "cite this source" for supported
// figures the sentence does not cite, and "Disable for this line".
import { CodeAction, CodeActionKind, CodeActionParams, Diagnostic, Range, TextEdit } from 'vscode-languageserver';
import type { Fix, NoteReport } from '../engine/check';
import type { FeatureContext } from './context';
import { noteRange } from './convert';

function overlaps(a: Range, b: Range): boolean {
  const before = (p: { line: number; character: number }, q: { line: number; character: number }) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function edit(report: NoteReport, uri: string, fix: Fix): { changes: Record<string, TextEdit[]> } {
  return { changes: { [uri]: fix.edits.map((e) => ({ range: noteRange(report, e.start, e.end), newText: e.newText })) } };
}

export function onCodeAction({ state, documents }: FeatureContext, p: CodeActionParams): CodeAction[] {
  const r = state.openNoteReport(documents.get(p.textDocument.uri));
  return r ? codeActions(r.report, p.textDocument.uri, p.range, p.context.diagnostics) : [];
}

export function codeActions(report: NoteReport, uri: string, range: Range, contextDiagnostics: Diagnostic[]): CodeAction[] {
  const out: CodeAction[] = [];
  const ignoreLines = new Set<number>();
  for (const d of report.diagnostics) {
    const r = noteRange(report, d.start, d.end);
    if (!overlaps(r, range)) continue;
    const diag = contextDiagnostics.find((c) => c.code === d.code && c.range.start.line === r.start.line && c.range.start.character === r.start.character);
    for (const fix of d.fixes) {
      out.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: diag ? [diag] : undefined, isPreferred: fix.preferred, edit: edit(report, uri, fix) });
    }
    const line = r.start.line;
    if (!ignoreLines.has(line)) {
      ignoreLines.add(line);
      const lineStart = report.note.lineStarts[line];
      const indent = /^[ \t]*/.exec(report.note.text.slice(lineStart))![0];
      out.push({
        title: 'Disable Grounded checks for this line',
        kind: CodeActionKind.QuickFix,
        diagnostics: diag ? [diag] : undefined,
        edit: { changes: { [uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- grounded-ignore -->\n` }] } },
      });
    }
  }
  // Supported figures in uncited sentences: offer the citation.
  for (const f of report.figures) {
    if (f.scope || f.verdict !== 'supported' || f.fixes.length === 0) continue;
    const r = noteRange(report, f.figure.start, f.figure.end);
    if (!overlaps(r, range)) continue;
    for (const fix of f.fixes) out.push({ title: fix.title, kind: CodeActionKind.QuickFix, edit: edit(report, uri, fix) });
  }
  return out;
}
