// Sources as people keep them, in VS Code's extension host on the temp copy of examples/: go to source on a
// figure of the browser-printed PDF opens the read-only document of its extracted text (grounded-extracted:),
// word-wrapped like a plain-text source, with the source's words at the target and the page in its header;
// the hover names the page; "Grounded: Open Original File" is there for that document.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, hoverText, waitFor, workspaceRoot } from './helpers';

describe('Grounded in VS Code: a PDF source (issue 11)', function () {
  this.timeout(90_000);

  let noteUri: vscode.Uri;
  let doc: vscode.TextDocument;
  let at: vscode.Position;

  before(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} not found`);
    if (!ext.isActive) await ext.activate();
    noteUri = vscode.Uri.file(path.join(workspaceRoot(), 'notes', 'grid.md'));
    doc = await vscode.workspace.openTextDocument(noteUri);
    await vscode.window.showTextDocument(doc);
    const line = doc.getText().split('\n').findIndex((l) => l.includes('520 hours'));
    assert.ok(line >= 0, 'no "520 hours" in notes/grid.md');
    at = new vscode.Position(line, doc.lineAt(line).text.indexOf('520 hours') + 2);
    await waitFor('the figure-mismatch on "520 hours"', () => (vscode.languages.getDiagnostics(noteUri).some((d) => d.range.start.line === line) ? true : undefined), 45_000);
  });

  it('the hover on a contradicted figure names the page of the PDF', async () => {
    let last = '';
    await waitFor(
      'a hover naming p. 2',
      async () => {
        last = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', noteUri, at));
        return /Contradicted/.test(last) && /p\. 2/.test(last) ? true : undefined;
      },
      20_000,
      () => `last hover: ${JSON.stringify(last)}`,
    );
  });

  it('go to source opens the extracted text, word-wrapped, at the source’s words; the original file can be opened', async () => {
    const targets = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', noteUri, at);
    assert.ok(targets?.length, 'no definition');
    const t = targets[0];
    const uri = 'targetUri' in t ? t.targetUri : t.uri;
    const range = 'targetUri' in t ? (t.targetSelectionRange ?? t.targetRange) : t.range;
    assert.equal(uri.scheme, 'grounded-extracted');
    assert.equal(path.basename(uri.fsPath), '005-calder-grid-review.pdf');
    const extracted = await vscode.workspace.openTextDocument(uri);
    assert.equal(extracted.getText(range), '410 hours');
    assert.match(extracted.lineAt(1).text, /^Pages: p\. 1 at line \d+ · p\. 2 at line \d+ · p\. 3 at line \d+$/);
    await vscode.window.showTextDocument(extracted);
    await waitFor('the extracted text shown as a source (language grounded-source)', () => (extracted.languageId === 'grounded-source' ? true : undefined), 10_000, () => extracted.languageId);
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('grounded.openOriginal'));
  });
});
