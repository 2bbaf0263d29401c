// How the client starts the server and talks to it: the server module over node IPC, the
// documents it is told about, the files it watches, the settings it sends, and where its output
// goes.
import * as vscode from 'vscode';
import { type ErrorHandler, type LanguageClientOptions, RevealOutputChannelOn, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import type { JumpSelection } from './jump';

/** The language of plain-text sources (package.json `languages`): like plaintext, with word wrap on. */
export const SOURCE_LANGUAGE = 'grounded-source';

/**
 * The files whose changes the server hears of: notes and sources (text, web pages, PDFs, Word
 * files), BibTeX bibliographies, and grounded.json.
 */
const WATCHED = ['**/*.{md,txt,markdown,html,htm,pdf,docx,bib,bibtex}', '**/grounded.json'];

/** The server: dist/server.js's `lsp` subcommand, over node IPC (with the inspector when debugging). */
export function serverOptions(serverModule: string): ServerOptions {
  return {
    run: { module: serverModule, transport: TransportKind.ipc, args: ['lsp'] },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      args: ['lsp'],
      options: { execArgv: ['--nolazy', '--inspect=6009'] },
    },
  };
}

export interface ClientParts {
  context: vscode.ExtensionContext;
  output: vscode.LogOutputChannel;
  trace: vscode.LogOutputChannel;
  errorHandler: ErrorHandler;
  jumps: JumpSelection;
}

export function clientOptions({ context, output, trace, errorHandler, jumps }: ClientParts): LanguageClientOptions {
  return {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      // plain-text sources: find references, nothing else (the server publishes nothing for sources);
      // `grounded-source` is the language of .txt files under sources/ (word wrap on, package.json)
      { scheme: 'file', language: 'plaintext', pattern: '**/*.txt' },
      { scheme: 'file', language: SOURCE_LANGUAGE },
    ],
    synchronize: {
      configurationSection: 'grounded',
      fileEvents: WATCHED.map((glob) => vscode.workspace.createFileSystemWatcher(glob)),
    },
    middleware: {
      // go to source: select the words the definition points at once VS Code opens them (jump.ts)
      provideDefinition: async (document, position, token, next) => {
        const result = await next(document, position, token);
        jumps.expect(result);
        return result;
      },
      workspace: {
        // Send only the settings the user set (any scope), not the manifest's defaults: the server
        // layers them over grounded.json / .vscode/settings.json, which defaults would hide.
        configuration: (params, token, next) =>
          params.items.some((i) => i.section === 'grounded')
            ? params.items.map((i) => (i.section === 'grounded' ? explicitSettings(i.scopeUri) : null))
            : next(params, token),
      },
    },
    outputChannel: output,
    traceOutputChannel: trace,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler,
    // Evaluated at each (re)start, so a restart after the workspace is trusted is trusted. The
    // extension's storage folder keeps the text extracted from PDFs, web pages and Word files.
    initializationOptions: () => ({
      extractCacheDir: vscode.Uri.joinPath(context.globalStorageUri, 'extract-cache').fsPath,
      // the source index, one pair of files per source folder (engine/persist)
      indexCacheDir: vscode.Uri.joinPath(context.globalStorageUri, 'index-cache').fsPath,
      ...(vscode.workspace.isTrusted ? {} : { trusted: false }),
    }),
  };
}

const SETTINGS = ['sources', 'notes', 'exclude', 'bibliography', 'rules', 'hedgeTolerance', 'maxSourceSizeKB', 'maxNoteSizeKB'] as const;

/** The grounded.* settings that are set at some scope (user, workspace, folder), most specific winning. */
export function explicitSettings(scopeUri?: string): Record<string, unknown> {
  const cfg = vscode.workspace.getConfiguration('grounded', scopeUri ? vscode.Uri.parse(scopeUri) : undefined);
  const out: Record<string, unknown> = {};
  for (const key of SETTINGS) {
    const i = cfg.inspect(key);
    if (!i) continue;
    const levels = [i.globalValue, i.workspaceValue, i.workspaceFolderValue].filter((v) => v !== undefined);
    if (levels.length === 0) continue;
    // object settings (rules) merge across scopes like VS Code's own get(); others: the most specific
    out[key] = key === 'rules' ? Object.assign({}, ...levels) : levels[levels.length - 1];
  }
  return out;
}
