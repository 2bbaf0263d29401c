// Which markdown editor receives citations, and inserting text at its cursors.
import * as vscode from 'vscode';
import { citeSelection, leadingSpace } from './format';

let lastMarkdown: vscode.TextEditor | undefined;

function isMarkdown(editor: vscode.TextEditor | undefined): editor is vscode.TextEditor {
  return editor !== undefined && editor.document.languageId === 'markdown' && !editor.document.isClosed;
}

/** Remembers the last active markdown editor (search can be opened from a source file too). */
export function trackMarkdownEditors(): vscode.Disposable {
  if (isMarkdown(vscode.window.activeTextEditor)) lastMarkdown = vscode.window.activeTextEditor;
  return vscode.window.onDidChangeActiveTextEditor((editor) => {
    if (isMarkdown(editor)) lastMarkdown = editor;
  });
}

/** The active editor if it is markdown, else the last active markdown editor if still open. */
export function targetMarkdownEditor(): vscode.TextEditor | undefined {
  const active = vscode.window.activeTextEditor;
  if (isMarkdown(active)) return active;
  return isMarkdown(lastMarkdown) ? lastMarkdown : undefined;
}

/** Makes sure `editor` is visible and focused (an editor object dies when its tab is hidden). */
async function focus(editor: vscode.TextEditor): Promise<vscode.TextEditor> {
  const selections = editor.selections;
  const shown = await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
  if (shown !== editor) shown.selections = selections;
  return shown;
}

export type InsertMode =
  /** `[@key]` at each cursor; a non-empty selection becomes `selection [@key]`. */
  | { kind: 'cite'; key: string }
  /** Arbitrary text replacing each selection (or inserted at each cursor). */
  | { kind: 'text'; text: string };

/** Inserts into `editor` (default: the target markdown editor). Returns false when there is none. */
export async function insertIntoNote(mode: InsertMode, editor = targetMarkdownEditor()): Promise<boolean> {
  if (!editor) return false;
  const target = await focus(editor);
  const doc = target.document;
  return target.edit((b) => {
    for (const sel of target.selections) {
      const selected = doc.getText(sel);
      const body = mode.kind === 'cite' ? citeSelection(selected, mode.key) : mode.text;
      let prev: string | undefined;
      if (!selected && sel.start.character > 0) {
        prev = doc.getText(new vscode.Range(sel.start.translate(0, -1), sel.start));
      }
      b.replace(sel, (selected ? '' : leadingSpace(prev)) + body);
    }
  });
}

/** Non-modal hint when there is no note to insert into. */
export function noMarkdownEditor(output: vscode.LogOutputChannel): void {
  output.warn('No markdown note is open to insert into.');
  void vscode.window.showInformationMessage('Grounded: open a markdown note first to insert a citation.');
}
