// The language server: the capabilities it announces and the routing of every request and
// notification to its feature module. Diagnostics are kept up to date by DiagnosticsManager,
// folders, settings and file changes by WorkspaceSync, indexing by the engine's SourceIndex.
import {
  CodeActionKind,
  Connection,
  createConnection,
  DidChangeConfigurationNotification,
  InitializeParams,
  InitializeResult,
  ProposedFeatures,
  ServerCapabilities,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { NodeFileSystem } from '../engine/workspace';
import { CheckAllRequest, ReindexRequest, SearchRequest, SourcesRequest, StatusNotification, StatusRequest } from '../protocol';
import type { SearchParams } from '../protocol';
import { onCodeAction } from './codeActions';
import { onCompletion } from './completion';
import { clientCaps, FeatureContext } from './context';
import { onDefinition } from './definition';
import { DiagnosticsManager } from './diagnosticsManager';
import { onHover } from './hover';
import { IndexScheduler } from './indexing';
import { onDocumentLinks } from './links';
import { onReferences } from './references';
import { search, sources, status } from './search';
import { Folder, pathToUri, Progress, ServerState } from './state';
import { onWorkspaceSymbol } from './symbols';
import { WorkspaceSync } from './workspaceSync';

const CAPABILITIES: ServerCapabilities = {
  textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
  hoverProvider: true,
  definitionProvider: true,
  referencesProvider: true,
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
  completionProvider: { triggerCharacters: ['@'], resolveProvider: false },
  documentLinkProvider: { resolveProvider: false },
  workspaceSymbolProvider: true,
  workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
};

/** The folders to start with: the workspace folders, else the root, else the working directory. */
function initialFolders(params: InitializeParams): string[] {
  if (params.workspaceFolders?.length) return params.workspaceFolders.map((f) => f.uri);
  return params.rootUri ? [params.rootUri] : [pathToUri(process.cwd())];
}

async function workDoneProgress(connection: Connection): Promise<Progress | undefined> {
  try {
    const reporter = await connection.window.createWorkDoneProgress();
    return {
      begin: (title) => reporter.begin('Grounded', 0, `${title}…`, false),
      report: (done, total) => reporter.report(Math.round((100 * done) / Math.max(1, total)), `${done}/${total} sources`),
      done: () => reporter.done(),
    };
  } catch {
    return undefined;
  }
}

export function startServer(): void {
  // `grounded lsp` without a transport flag speaks over stdio.
  if (!process.argv.some((a) => /^--(stdio|node-ipc|socket|pipe)/.test(a))) process.argv.push('--stdio');
  const connection = createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  const state = new ServerState(new NodeFileSystem());
  const ctx: FeatureContext = { state, documents, caps: clientCaps() };
  const log = (msg: string) => connection.console.log(`[grounded] ${msg}`);
  const warn = (msg: string) => connection.console.warn(`[grounded] ${msg}`);
  /** For events whose promise nobody awaits (the connection awaits its own handlers and logs their failures). */
  const failed = (what: string) => (e: unknown) => warn(`${what} failed: ${(e as Error).stack ?? e}`);

  const settings = async (folder: Folder): Promise<unknown> => {
    if (!ctx.caps.configuration) return undefined;
    try {
      return await connection.workspace.getConfiguration({ scopeUri: folder.uri, section: 'grounded' });
    } catch (e) {
      warn(`could not read settings: ${(e as Error).message}`);
      return undefined;
    }
  };
  const diagnostics = new DiagnosticsManager(state, documents, {
    publish: (p) => void connection.sendDiagnostics(p),
    relatedInformation: () => ctx.caps.related,
  });
  const indexer = new IndexScheduler({
    progress: async () => (ctx.caps.progress ? workDoneProgress(connection) : undefined),
    statusChanged: () => void connection.sendNotification(StatusNotification, status(state.folders)),
    log,
    warn,
  });
  const sync = new WorkspaceSync(state, indexer, diagnostics, settings);

  connection.onInitialize(async (params): Promise<InitializeResult> => {
    ctx.caps = clientCaps(params.capabilities);
    state.trusted = (params.initializationOptions as { trusted?: boolean } | undefined)?.trusted !== false;
    for (const uri of initialFolders(params)) await state.addFolder(uri, undefined);
    return { capabilities: CAPABILITIES, serverInfo: { name: 'grounded', version: '0.1.0' } };
  });
  connection.onInitialized(async () => {
    if (ctx.caps.dynamicConfig) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'grounded' });
    // Only a client that declares workspace folders may be asked for their changes (asking throws).
    if (ctx.caps.workspaceFolders) connection.workspace.onDidChangeWorkspaceFolders((e) => void sync.foldersChanged(e).catch(failed('workspace folders change')));
    await sync.initialized();
  });
  connection.onDidChangeConfiguration(() => sync.configurationChanged());
  connection.onDidChangeWatchedFiles((p) => sync.filesChanged(p.changes));
  connection.onShutdown(() => diagnostics.dispose());

  documents.onDidOpen((e) => diagnostics.publishDocument(e.document));
  documents.onDidChangeContent((e) => diagnostics.changed(e.document.uri));
  documents.onDidClose((e) => void diagnostics.closed(e.document).catch(failed('didClose')));

  connection.onHover((p) => onHover(ctx, p));
  connection.onDefinition((p) => onDefinition(ctx, p));
  connection.onReferences((p) => onReferences(ctx, p));
  connection.onCodeAction((p) => onCodeAction(ctx, p));
  connection.onCompletion((p) => onCompletion(ctx, p));
  connection.onDocumentLinks((p) => onDocumentLinks(ctx, p));
  connection.onWorkspaceSymbol((p) => onWorkspaceSymbol(ctx, p));

  connection.onRequest(SearchRequest, (p: SearchParams) => search(state.folders, p));
  connection.onRequest(SourcesRequest, () => sources(state.folders));
  connection.onRequest(StatusRequest, () => status(state.folders));
  connection.onRequest(ReindexRequest, async () => {
    await sync.rebuild();
    return status(state.folders);
  });
  connection.onRequest(CheckAllRequest, () => diagnostics.checkAll());

  documents.listen(connection);
  connection.listen();
}
