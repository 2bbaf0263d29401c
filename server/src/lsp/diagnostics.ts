// Diagnostics: the engine's findings as LSP diagnostics (codes, severities, related passage), and
// the one diagnostic of a note that was not checked (it failed, or it is over the size limit).
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { NoteReport } from '../engine/check';
import type { RuleCode, Severity } from '../engine/types';
import { evidenceLocation, noteRange } from './convert';
import { type NoteOutcome, reasonOf } from './state';

/** A note that could not be checked: the reason is in the message (and the stack in the log). */
export const CHECK_FAILED = 'check-failed';
/** A note over grounded.maxNoteSizeKB, not checked. */
export const NOTE_TOO_LARGE = 'note-too-large';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * The related passage's label. The message already names the source and its value, and the hover
 * quotes the passage: the label says what the location is, and does not repeat the sentence.
 */
const RELATED_LABEL: Partial<Record<RuleCode, string>> = {
  'figure-mismatch': 'what the source says',
  'figure-wrong-source': 'where the figure is stated',
  'quote-not-found': 'the passage',
};

/** Settings whose loss makes a source unknown. */
const SOURCE_SETTINGS = new Set(['sources', 'exclude', 'maxSourceSizeKB']);

/**
 * Why a source may be unknown in restricted mode: the settings that choose the sources are ignored.
 * "" when none is (trusted, or not set).
 */
export function restrictedReason(ignored: readonly string[]): string {
  const names = ignored.filter((k) => SOURCE_SETTINGS.has(k)).map((k) => `grounded.${k}`);
  return names.length ? ` Restricted mode: this workspace is not trusted, so its ${names.join(' and ')} setting${names.length > 1 ? 's are' : ' is'} ignored.` : '';
}

export function toDiagnostics(report: NoteReport, relatedSupport: boolean, ignoredSettings: readonly string[] = []): Diagnostic[] {
  const restricted = restrictedReason(ignoredSettings);
  return report.diagnostics.map((d) => {
    const diag: Diagnostic = {
      range: noteRange(report, d.start, d.end),
      severity: SEVERITY[d.severity],
      code: d.code,
      source: 'grounded',
      message: d.code === 'unknown-source' ? d.message + restricted : d.message,
    };
    if (relatedSupport && d.related) {
      diag.relatedInformation = [{ location: evidenceLocation(d.related), message: RELATED_LABEL[d.code] ?? 'the source passage' }];
    }
    return diag;
  });
}

/** A diagnostic about the whole note, at its top. */
function noteDiagnostic(code: string, message: string): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Warning, code, source: 'grounded', message };
}

/** The diagnostics of a note's outcome: its findings, or the one diagnostic saying why it was not checked. */
export function outcomeDiagnostics(outcome: NoteOutcome, relatedSupport: boolean): Diagnostic[] {
  switch (outcome.kind) {
    case 'checked':
      return toDiagnostics(outcome.report, relatedSupport, outcome.folder.ignoredSettings);
    case 'failed':
      return [noteDiagnostic(CHECK_FAILED, `Grounded could not check this note: ${outcome.reason}`)];
    case 'tooLarge':
      return [noteDiagnostic(NOTE_TOO_LARGE, `This note is ${outcome.sizeKB} KB, over the grounded.maxNoteSizeKB limit of ${outcome.limitKB} KB: not checked.`)];
  }
}

/** The diagnostic of a note whose check threw outside the engine (converting its report, say). */
export function failedDiagnostics(e: unknown): Diagnostic[] {
  return [noteDiagnostic(CHECK_FAILED, `Grounded could not check this note: ${reasonOf(e)}`)];
}
