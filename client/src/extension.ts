// Extension entry: starts the Grounded language server (dist/server.js, the CLI's `lsp`
// subcommand) and wires the status bar and the grounded.* commands.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  RevealOutputChannelOn,
  State,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { StatusNotification, StatusRequest, type SearchHit, type StatusResult } from '../../server/src/protocol';
import { registerExtractedSources } from './extracted';
import { registerCommands } from './commands';
import { errorMessage, GroundedConnection } from './connection';
import { trackMarkdownEditors } from './editor';
import { JumpSelection } from './jump';
import { searchSources } from './search';
import { StatusBar } from './status';

/** The language of plain-text sources (package.json `languages`): like plaintext, with word wrap on. */
export const SOURCE_LANGUAGE = 'grounded-source';

/** What `activate` returns (`vscode.extensions.getExtension(...).exports`), for end-to-end tests. */
export interface GroundedApi {
  client: LanguageClient;
  searchSources(query: string): Promise<SearchHit[]>;
}

let client: LanguageClient | undefined;

/** Restarts allowed within RESTART_WINDOW_MS before the client gives up (like the default handler). */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

export function activate(context: vscode.ExtensionContext): GroundedApi {
  const output = vscode.window.createOutputChannel('Grounded', { log: true });
  // Separate channel for grounded.trace.server, so protocol traces don't drown the log.
  const trace = vscode.window.createOutputChannel('Grounded Trace', { log: true });
  const status = new StatusBar();
  const jumps = new JumpSelection();
  context.subscriptions.push(output, trace, status, jumps, trackMarkdownEditors());

  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, args: ['lsp'] },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      args: ['lsp'],
      options: { execArgv: ['--nolazy', '--inspect=6009'] },
    },
  };

  const restarts: number[] = [];
  let conn: GroundedConnection | undefined;
  const fail = (message: string) => {
    if (conn) conn.failure = message;
    output.error(message);
    status.error(message);
  };

  // Our own handler: same policy as the default one, but it reports to the output channel and the
  // status bar instead of popping up notifications (`handled: true`).
  const errorHandler: ErrorHandler = {
    error: (err, _message, count) => {
      output.error(`Connection to the Grounded server erred: ${err.message}`);
      if (count !== undefined && count <= 3) return { action: ErrorAction.Continue, handled: true };
      fail(`The connection to the Grounded server keeps failing (${err.message}); the server was shut down.`);
      return { action: ErrorAction.Shutdown, handled: true };
    },
    closed: () => {
      const now = Date.now();
      restarts.push(now);
      while (restarts.length && now - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
      if (restarts.length <= MAX_RESTARTS) {
        output.warn('The Grounded server stopped unexpectedly; restarting it.');
        status.starting('restarting…');
        return { action: CloseAction.Restart, handled: true };
      }
      fail(`The Grounded server crashed ${restarts.length} times in 3 minutes and will not be restarted. Run "Developer: Reload Window" to try again.`);
      return { action: CloseAction.DoNotRestart, handled: true };
    },
  };

  const clientOptions: LanguageClientOptions = {
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
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.{md,txt,markdown}'),
        vscode.workspace.createFileSystemWatcher('**/grounded.json'),
      ],
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
    // extension's storage folder keeps the text extracted from PDFs, web pages and Word files, and
    // the source index (one pair of files per source folder, engine/persist).
    initializationOptions: () => ({
      extractCacheDir: vscode.Uri.joinPath(context.globalStorageUri, 'extract-cache').fsPath,
      indexCacheDir: vscode.Uri.joinPath(context.globalStorageUri, 'index-cache').fsPath,
      ...(vscode.workspace.isTrusted ? {} : { trusted: false }),
    }),
  };

  client = new LanguageClient('grounded', 'Grounded', serverOptions, clientOptions);
  conn = new GroundedConnection(client, output);
  const lc = client;

  const refreshStatus = async () => {
    try {
      status.update(await conn.request<StatusResult>(StatusRequest, undefined));
    } catch (err) {
      conn.logError('Could not read the index status', err);
    }
  };

  context.subscriptions.push(
    lc.onNotification(StatusNotification, (s: StatusResult) => status.update(s)),
    lc.onDidChangeState((e) => {
      // Failures are reported by the error handler and the start() rejection below.
      if (e.newState === State.Running) {
        conn.failure = undefined;
        void refreshStatus();
      }
    }),
    ...registerCommands(conn, status),
    ...registerExtractedSources(conn, SOURCE_LANGUAGE),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (lc.state !== State.Running) return;
      output.info('Workspace trusted: restarting the Grounded server with workspace settings.');
      lc.restart().catch((err) => fail(`Restarting the Grounded server failed: ${errorMessage(err)}`));
    }),
  );

  if (!fs.existsSync(serverModule)) {
    // Checked up front: vscode-languageclient would otherwise show its own error notification.
    fail(`Cannot start the Grounded language server: ${serverModule} does not exist (run "npm run build").`);
  } else {
    output.info(`Starting the Grounded language server (${serverModule} lsp)${vscode.workspace.isTrusted ? '' : ' in restricted mode'}.`);
    lc.start().then(
      () => output.info('Grounded language server started.'),
      (err) => fail(`The Grounded language server failed to start: ${errorMessage(err)}`),
    );
  }

  return {
    client: lc,
    searchSources: (query: string) => searchSources(conn, query),
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

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c && c.state !== State.Stopped) {
    await c.stop().catch(() => undefined);
  }
}
