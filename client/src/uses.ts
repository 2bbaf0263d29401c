// "Grounded: Show Uses of This Source": from a source file, the note lines that cite or rely on it
// (or on the passage at the cursor), each with its verdict, contradictions first; picking one opens
// the note there. Find All References lists the same lines, without the verdicts.
import * as vscode from 'vscode';
import { UsesRequest, type UsesParams, type UsesResult } from '../../server/src/protocol';
import type { GroundedConnection } from './connection';
import { usesTitle, usesToItems } from './format';
import { selectAndCenter } from './jump';

export async function showUses(conn: GroundedConnection): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    conn.output.info('Show Uses of This Source: open a source file first.');
    return;
  }
  const params: UsesParams = { textDocument: { uri: editor.document.uri.toString() }, position: editor.selection.active };
  const { uses } = await conn.request<UsesResult>(UsesRequest, params);
  const qp = vscode.window.createQuickPick<ReturnType<typeof usesToItems>[number]>();
  qp.title = `Grounded: ${uses.length ? usesTitle(uses) : 'no note line uses this source'}`;
  qp.placeholder = uses.length ? 'Pick a note line to open it' : 'Cite it with [@key] in a note, or check the grounded.notes setting';
  qp.matchOnDescription = true;
  qp.items = usesToItems(uses, (uri) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri)));
  qp.onDidAccept(async () => {
    const item = qp.selectedItems[0];
    qp.hide();
    if (!item) return;
    const r = item.use.range;
    const range = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
    const note = await vscode.window.showTextDocument(vscode.Uri.parse(item.use.uri), { selection: range });
    selectAndCenter(note, range);
  });
  qp.onDidHide(() => qp.dispose());
  qp.show();
}
