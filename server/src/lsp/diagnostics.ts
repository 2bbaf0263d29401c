// Diagnostics: the engine's findings as LSP diagnostics (codes, severities, related passage).
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { NoteReport } from '../engine/check';
import type { Severity } from '../engine/types';
import { evidenceLocation, noteRange } from './convert';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostics(report: NoteReport, relatedSupport: boolean): Diagnostic[] {
  return report.diagnostics.map((d) => {
    const diag: Diagnostic = {
      range: noteRange(report, d.start, d.end),
      severity: SEVERITY[d.severity],
      code: d.code,
      source: 'grounded',
      message: d.message,
    };
    if (relatedSupport && d.related) {
      diag.relatedInformation = [{ location: evidenceLocation(d.related), message: d.related.passage.text.replace(/\s+/g, ' ').slice(0, 200) }];
    }
    return diag;
  });
}
