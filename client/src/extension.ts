// Extension entry: starts the Grounded language server (dist/server.js, the CLI's `lsp`
// subcommand) and wires the status bar and the grounded.* commands.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { LanguageClient, State } from 'vscode-languageclient/node';
import { StatusNotification, StatusRequest, type SearchHit, type StatusResult } from '../../server/src/protocol';
import { clientOptions, serverOptions, SOURCE_LANGUAGE } from './clientOptions';
import { registerExtractedSources } from './extracted';
import { registerCommands } from './commands';
import { errorMessage, GroundedConnection } from './connection';
import { trackMarkdownEditors } from './editor';
import { quietErrorHandler } from './errorHandler';
import { JumpSelection } from './jump';
import { searchSources } from './search';
import { StatusBar } from './status';

export { explicitSettings, SOURCE_LANGUAGE } from './clientOptions';

/** What `activate` returns (`vscode.extensions.getExtension(...).exports`), for end-to-end tests. */
export interface GroundedApi {
  client: LanguageClient;
  searchSources(query: string): Promise<SearchHit[]>;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): GroundedApi {
  const output = vscode.window.createOutputChannel('Grounded', { log: true });
  // Separate channel for grounded.trace.server, so protocol traces don't drown the log.
  const trace = vscode.window.createOutputChannel('Grounded Trace', { log: true });
  const status = new StatusBar();
  const jumps = new JumpSelection();
  context.subscriptions.push(output, trace, status, jumps, trackMarkdownEditors());

  let conn: GroundedConnection | undefined;
  const fail = (message: string) => {
    if (conn) conn.failure = message;
    output.error(message);
    status.error(message);
  };
  const serverModule = context.asAbsolutePath('dist/server.js');
  const errorHandler = quietErrorHandler(output, status, fail);
  const lc = (client = new LanguageClient('grounded', 'Grounded', serverOptions(serverModule), clientOptions({ context, output, trace, errorHandler, jumps })));
  conn = new GroundedConnection(lc, output);
  context.subscriptions.push(...wireClient(lc, conn, status, fail));
  startServer(lc, serverModule, output, fail);
  const connection = conn;
  return {
    client: lc,
    searchSources: (query: string) => searchSources(connection, query),
  };
}

/** The status bar, the commands and the read-only views of extracted sources, kept in step with the client. */
function wireClient(lc: LanguageClient, conn: GroundedConnection, status: StatusBar, fail: (message: string) => void): vscode.Disposable[] {
  const refreshStatus = async () => {
    try {
      status.update(await conn.request<StatusResult>(StatusRequest, undefined));
    } catch (err) {
      conn.logError('Could not read the index status', err);
    }
  };
  return [
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
      conn.output.info('Workspace trusted: restarting the Grounded server with workspace settings.');
      lc.restart().catch((err) => fail(`Restarting the Grounded server failed: ${errorMessage(err)}`));
    }),
  ];
}

/** Start the server, unless its module is missing (said in the output and the status bar). */
function startServer(lc: LanguageClient, serverModule: string, output: vscode.LogOutputChannel, fail: (message: string) => void): void {
  if (!fs.existsSync(serverModule)) {
    // Checked up front: vscode-languageclient would otherwise show its own error notification.
    fail(`Cannot start the Grounded language server: ${serverModule} does not exist (run "npm run build").`);
    return;
  }
  output.info(`Starting the Grounded language server (${serverModule} lsp)${vscode.workspace.isTrusted ? '' : ' in restricted mode'}.`);
  lc.start().then(
    () => output.info('Grounded language server started.'),
    (err) => fail(`The Grounded language server failed to start: ${errorMessage(err)}`),
  );
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c && c.state !== State.Stopped) {
    await c.stop().catch(() => undefined);
  }
}
