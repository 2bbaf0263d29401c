// Sources whose text Grounded extracted (web pages, PDFs, Word files) open as read-only documents
// of the `grounded-source:` scheme, whose content the server gives (grounded/sourceText): go to
// source lands on the passage there, with the page named in the document's header. "Grounded: Open
// Original File" opens the file itself in its default application.
import * as vscode from 'vscode';
import { SourceTextRequest, type SourceTextResult } from '../../server/src/protocol';
import type { GroundedConnection } from './connection';

export const EXTRACTED_SCHEME = 'grounded-source';

export function registerExtractedSources(conn: GroundedConnection): vscode.Disposable[] {
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri, token) {
      try {
        const r = await conn.request<SourceTextResult | null>(SourceTextRequest, { uri: uri.toString() }, token);
        return r ? r.text : `${uri.fsPath} is not an indexed source (any more).`;
      } catch (err) {
        conn.logError(`Could not read the extracted text of ${uri.fsPath}`, err);
        return `The extracted text of ${uri.fsPath} could not be read: see the Grounded output.`;
      }
    },
  };
  return [
    vscode.workspace.registerTextDocumentContentProvider(EXTRACTED_SCHEME, provider),
    vscode.commands.registerCommand('grounded.openOriginal', async (arg?: vscode.Uri) => {
      const uri = arg ?? vscode.window.activeTextEditor?.document.uri;
      if (!uri || uri.scheme !== EXTRACTED_SCHEME) {
        void vscode.window.setStatusBarMessage('Grounded: the active editor is not the extracted text of a source', 4000);
        return;
      }
      // the path of a grounded-source: document is the original file's
      await vscode.env.openExternal(vscode.Uri.file(uri.fsPath));
    }),
  ];
}
