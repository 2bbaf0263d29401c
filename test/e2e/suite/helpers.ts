// Helpers for the extension-host suite: the example workspace, its expectations file and polling.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { readExpectations as readTsv, wholeAt, type Expectation } from '../expectations';

export * from '../expectations';

export const EXTENSION_ID = 'grounded-notes.grounded';
export const NOTE_PATH = 'notes/analysis.md';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `fn` until it returns something other than undefined; throws with `describe()` after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  fn: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 15_000,
  describe?: () => string | Promise<string>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v !== undefined) return v;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      const extra = describe ? await describe() : '';
      const err = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${err}${extra ? `\n${extra}` : ''}`);
    }
    await sleep(250);
  }
}

/**
 * The quick fixes at a range where a diagnostic stands (the server offers at least "Disable
 * Grounded checks for this line" there), as the lightbulb asks for them. VS Code cancels a
 * code-action request when the document's model changes while it runs (TextModelCancellationTokenSource)
 * or when the set of code-action providers for the document changes (another extension registers
 * one: the built-in markdown language server does when it starts). It then either rejects with
 * "Canceled" or, when the answer came back first, drops it and answers nothing (getCodeActions:
 * `if (token.isCancellationRequested) return empty`). The lightbulb asks again on both events, and so
 * does this, up to `timeoutMs`, each time saying so; after that an empty answer is returned as it is
 * (the test's assertion fails with it). Any other error fails at once.
 */
export async function quickFixesAt(uri: vscode.Uri, range: vscode.Range, timeoutMs = 10_000): Promise<(vscode.CodeAction | vscode.Command)[]> {
  const deadline = Date.now() + timeoutMs;
  for (let tries = 1; ; tries++) {
    try {
      const actions = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        'vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value, 10)) ?? [];
      if (actions.length > 0 || Date.now() > deadline) return actions;
      console.log(`      (no code action at a standing diagnostic, try ${tries}: VS Code drops an answer when the model or its providers change meanwhile; asking again)`);
    } catch (e) {
      const cancelled = e instanceof Error && e.message.trim() === 'Canceled';
      if (!cancelled || Date.now() > deadline) throw e;
      console.log(`      (the code-action request was cancelled by VS Code, try ${tries}; asking again)`);
    }
    await sleep(250);
  }
}

export function workspaceRoot(): string {
  const f = vscode.workspace.workspaceFolders?.[0];
  if (!f) throw new Error('no workspace folder is open (the runner must open a copy of examples/)');
  return f.uri.fsPath;
}

/** Repository root: the development extension's folder (package.json, test/fixtures/...). */
export function repoRoot(): string {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (ext) return ext.extensionPath;
  // dist/test/e2e/suite/x.js → repo root
  return path.resolve(__dirname, '..', '..', '..', '..');
}

/** test/fixtures/example-expect.tsv of the repository. */
export function readExpectations(file = path.join(repoRoot(), 'test', 'fixtures', 'example-expect.tsv')): Expectation[] {
  return readTsv(file);
}

export interface Located extends Expectation {
  /** 0-based line in the note. */
  lineIndex: number;
  /** True when found on the line the tsv names. */
  hinted: boolean;
  range: vscode.Range;
}

/**
 * Finds where an expectation's text is in the note: on the tsv's line when that line has it, otherwise the only
 * (or first) line that has it. Returns undefined when the note does not contain the text.
 */
export function locate(doc: vscode.TextDocument, e: Expectation): Located | undefined {
  const lines = doc.getText().split(/\r?\n/);
  const hits: number[] = [];
  lines.forEach((l, i) => {
    if (wholeAt(l, e.text) >= 0) hits.push(i);
  });
  if (hits.length === 0) return undefined;
  const hinted = e.line !== undefined && hits.includes(e.line - 1) ? e.line - 1 : undefined;
  const lineIndex = hinted ?? hits[0];
  const col = wholeAt(lines[lineIndex], e.text);
  return { ...e, lineIndex, hinted: hinted !== undefined, range: new vscode.Range(lineIndex, col, lineIndex, col + e.text.length) };
}

/** True when the text occurs on exactly one line of the note (so a search finds the intended line). */
export function uniqueInNote(doc: vscode.TextDocument, text: string): boolean {
  return doc.getText().split(/\r?\n/).filter((l) => wholeAt(l, text) >= 0).length === 1;
}

export function diagnosticCode(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  if (typeof c === 'object') return String(c.value);
  return String(c);
}

export function describeDiagnostics(doc: vscode.TextDocument): string {
  const ds = vscode.languages.getDiagnostics(doc.uri);
  if (ds.length === 0) return `no diagnostics on ${vscode.workspace.asRelativePath(doc.uri)}`;
  return `diagnostics on ${vscode.workspace.asRelativePath(doc.uri)}:\n` + ds
    .map((d) => `  ${d.range.start.line + 1}:${d.range.start.character + 1} [${diagnosticCode(d)}] ` +
      `"${doc.getText(d.range)}" ${d.message.replace(/\s+/g, ' ')}`)
    .join('\n');
}

export function hoverText(hovers: vscode.Hover[] | undefined): string {
  const parts: string[] = [];
  for (const h of hovers ?? []) {
    for (const c of h.contents) {
      if (typeof c === 'string') parts.push(c);
      else if ('value' in c) parts.push(c.value);
    }
  }
  return parts.join('\n');
}

