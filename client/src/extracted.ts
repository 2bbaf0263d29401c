// Sources whose text Grounded extracted (web pages, PDFs, Word files) open as read-only documents
// of the `grounded-extracted:` scheme, whose content the server gives (grounded/sourceText): go to
// source lands on the passage there, with the page named in the document's header. "Grounded: Open
// Original File" opens the file itself in its default application.
import * as vscode from 'vscode';
import { SourceTextRequest, type SourceTextResult } from '../../server/src/protocol';
import type { GroundedConnection } from './connection';

export const EXTRACTED_SCHEME = 'grounded-extracted';

/** `language`: the one of plain-text sources (word wrap on), which the extracted text reads like. */
export function registerExtractedSources(conn: GroundedConnection, language: string): vscode.Disposable[] {
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
  const asSource = (doc: vscode.TextDocument) => {
    // a PDF's paragraphs are long lines: shown like a plain-text source, word-wrapped
    if (doc.uri.scheme === EXTRACTED_SCHEME && doc.languageId !== language) void vscode.languages.setTextDocumentLanguage(doc, language).then(undefined, () => undefined);
  };
  return [
    vscode.workspace.registerTextDocumentContentProvider(EXTRACTED_SCHEME, provider),
    vscode.workspace.onDidOpenTextDocument(asSource),
    vscode.commands.registerCommand('grounded.openOriginal', async (arg?: vscode.Uri) => {
      const uri = arg ?? vscode.window.activeTextEditor?.document.uri;
      if (!uri || uri.scheme !== EXTRACTED_SCHEME) {
        void vscode.window.setStatusBarMessage('Grounded: the active editor is not the extracted text of a source', 4000);
        return;
      }
      // the path of a grounded-extracted: document is the original file's
      await vscode.env.openExternal(vscode.Uri.file(uri.fsPath));
    }),
  ];
}
