// Go to source selects the words. VS Code opens a definition with only a caret at the start of its
// target (and a brief flash); Grounded's targets are the figure's or quote's exact words, so when a
// definition just returned opens, its words are selected and revealed in the centre — as the hover's
// link and Search Sources open a source.
import * as vscode from 'vscode';

/**
 * How long after a definition request its opening is still awaited: opening a large source on a busy
 * machine takes seconds; only an editor of a target with the caret at the target's start is selected.
 */
const JUMP_WINDOW_MS = 15_000;

/** Selects `range` in `editor` and shows it in the middle of the editor. */
export function selectAndCenter(editor: vscode.TextEditor, range: vscode.Range): void {
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
}

type DefinitionResult = vscode.Definition | vscode.LocationLink[] | null | undefined;

export class JumpSelection implements vscode.Disposable {
  private pending: { targets: { uri: string; range: vscode.Range }[]; until: number } | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [
      vscode.window.onDidChangeTextEditorSelection((e) => this.opened(e.textEditor)),
      vscode.window.onDidChangeActiveTextEditor((e) => e && this.opened(e)),
    ];
  }

  /** A definition the server returned: its targets may open next. */
  expect(result: DefinitionResult): void {
    const list = !result ? [] : Array.isArray(result) ? result : [result];
    const targets = list
      .map((t) => ('targetUri' in t ? { uri: t.targetUri.toString(), range: t.targetSelectionRange ?? t.targetRange } : { uri: t.uri.toString(), range: t.range }))
      .filter((t) => !t.range.isEmpty);
    this.pending = targets.length ? { targets, until: Date.now() + JUMP_WINDOW_MS } : undefined;
  }

  private opened(editor: vscode.TextEditor): void {
    const p = this.pending;
    if (!p) return;
    if (Date.now() > p.until) {
      this.pending = undefined;
      return;
    }
    const sel = editor.selection;
    if (!sel.isEmpty) return;
    const uri = editor.document.uri.toString();
    const t = p.targets.find((x) => x.uri === uri && x.range.start.isEqual(sel.active));
    if (!t) return;
    this.pending = undefined;
    selectAndCenter(editor, t.range);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
