// The language server: the capabilities it announces and the routing of every request and
// notification to its feature module, each behind the lifecycle guard (lifecycle.ts: not before
// `initialize`, not after `shutdown`, a throwing feature answers empty and logs). Requests wait for
// the first index (requests.ts); diagnostics are kept up to date by DiagnosticsManager, checking
// note by note and each note in slices (noteRuns.ts), letting requests go first; folders, settings
// and file changes by WorkspaceSync,
// indexing by the engine's SourceIndex. Over stdio the transport is this server's (transport.ts), so
// a broken stream ends the process instead of leaving it deaf. `assemble` builds the state and the
// managers, `routeLifecycle` and `routeRequests` wire them to the connection.
import { DiskExtractCache } from '../engine/formats';
import { DiskCacheStore } from '../engine/persist';
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
import { WorkerExtraction, WorkerPostings } from '../engine/workers';
import { CheckAllRequest, ReindexRequest, SearchRequest, SourcesRequest, SourceTextRequest, StatusNotification, StatusRequest, UsesRequest } from '../protocol';
import type { SearchParams, SourceTextParams, UsesParams } from '../protocol';
import { clientCaps, FeatureContext } from './context';
import { DiagnosticsManager, NODE_CLOCK } from './diagnosticsManager';
import { DEFAULT_SLICE_CLOCK } from './noteRuns';
import { IndexScheduler } from './indexing';
import { Lifecycle } from './lifecycle';
import { Requests } from './requests';
import { status } from './search';
import { Folder, pathToUri, Progress, ServerState } from './state';
import { consoleToClient, countingRequests, EXIT_FLUSH_MS, ipcTransport, stdioTransport } from './transport';
import { WorkspaceSync } from './workspaceSync';

const CAPABILITIES: ServerCapabilities = {
  textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
  hoverProvider: true,
  definitionProvider: true,
  referencesProvider: true,
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
  completionProvider: { triggerCharacters: ['@'], resolveProvider: true },
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

/**
 * The connection, on our own transport over stdio and node IPC (see transport.ts), else (socket,
 * pipe) as the library sets it up.
 */
function connect(lifecycle: Lifecycle): Connection {
  const ipc = process.argv.includes('--node-ipc');
  if (!ipc && process.argv.some((a) => /^--(socket|pipe)/.test(a))) return createConnection(ProposedFeatures.all);
  let ending = false;
  const end = (code: number, reason?: string) => {
    if (ending) return;
    ending = true;
    if (reason) {
      const line = `[grounded] ${reason}: exiting so that the client can restart the server`;
      process.stderr.write(line + '\n');
      try {
        connection.console.error(line);
      } catch {
        // the connection may be closed already
      }
    }
    setTimeout(() => process.exit(code), reason ? EXIT_FLUSH_MS : 0);
  };
  const transport = ipc ? ipcTransport() : stdioTransport({ broken: (reason) => end(1, reason), closed: () => end(lifecycle.shutDown ? 0 : 1) });
  const connection = createConnection(ProposedFeatures.all, countingRequests(transport.reader, () => lifecycle.requestArrived()), transport.writer);
  if (!ipc) consoleToClient(connection.console);
  return connection;
}

/** What the handlers share: the state, the documents, the managers, and how to log. */
interface Server {
  connection: Connection;
  lifecycle: Lifecycle;
  documents: TextDocuments<TextDocument>;
  state: ServerState;
  ctx: FeatureContext;
  diagnostics: DiagnosticsManager;
  sync: WorkspaceSync;
  requests: Requests;
  warn: (msg: string) => void;
  postings: WorkerPostings;
}

/** The state and the managers over a connection (nothing is routed yet). */
function assemble(connection: Connection, lifecycle: Lifecycle, warn: (msg: string) => void): Server {
  const documents = new TextDocuments(TextDocument);
  const log = (msg: string) => connection.console.log(`[grounded] ${msg}`);
  // A note's check pauses between slices for every request that has arrived (noteRuns.ts).
  // The search index is made on a worker thread, the previous one answering meanwhile (engine/workers).
  const postings = new WorkerPostings({ log, warn });
  const state: ServerState = new ServerState(new NodeFileSystem(), undefined, {
    warn,
    slices: { ...DEFAULT_SLICE_CLOCK, pause: () => lifecycle.settle() },
    postings,
    // a first index with nothing to reuse (no cache yet) builds its sources on one worker per core, as the CLI's
    extraction: { make: () => new WorkerExtraction() },
    // a store connected or down: the status bar says so
    storeChanged: () => void connection.sendNotification(StatusNotification, status(state.folders, state.trusted)),
  });
  const ctx: FeatureContext = { state, documents, caps: clientCaps() };
  const settings = async (folder: Folder): Promise<unknown> => {
    if (!ctx.caps.configuration) return undefined;
    try {
      return await connection.workspace.getConfiguration({ scopeUri: folder.uri, section: 'grounded' });
    } catch (e) {
      warn(`could not read settings: ${(e as Error).message}`);
      return undefined;
    }
  };
  // Between notes, "check all" lets every request that has arrived go first.
  const clock = { ...NODE_CLOCK, yield: () => lifecycle.settle() };
  const diagnostics = new DiagnosticsManager(state, documents, {
    publish: (p) => void connection.sendDiagnostics(p),
    relatedInformation: () => ctx.caps.related,
    clock,
    warn,
  });
  const indexer = new IndexScheduler({
    progress: async () => (ctx.caps.progress ? workDoneProgress(connection) : undefined),
    statusChanged: () => void connection.sendNotification(StatusNotification, status(state.folders, state.trusted)),
    log,
    warn,
  });
  const sync = new WorkspaceSync(state, indexer, diagnostics, settings, warn);
  const requests = new Requests(ctx, { diagnostics, sync, clock, pause: () => lifecycle.settle() });
  return { connection, lifecycle, documents, state, ctx, diagnostics, sync, requests, warn, postings };
}

/** initialize, initialized, settings, watched files, shutdown, and the documents' open, change and close. */
function routeLifecycle({ connection, lifecycle, documents, state, ctx, diagnostics, sync, postings }: Server): void {
  connection.onInitialize(async (params): Promise<InitializeResult> => {
    const refused = lifecycle.initializing();
    if (refused) return refused as unknown as InitializeResult;
    try {
      ctx.caps = clientCaps(params.capabilities);
      const init = params.initializationOptions as { trusted?: boolean; extractCacheDir?: unknown; indexCacheDir?: unknown } | undefined;
      state.trusted = init?.trusted !== false;
      if (typeof init?.extractCacheDir === 'string' && init.extractCacheDir) state.extractCache = new DiskExtractCache(init.extractCacheDir);
      if (typeof init?.indexCacheDir === 'string' && init.indexCacheDir) state.indexCache = { store: new DiskCacheStore(init.indexCacheDir), log: (m) => connection.console.log(`[grounded] ${m}`) };
      for (const uri of initialFolders(params)) await state.addFolder(uri, undefined);
      lifecycle.initialized(true);
      return { capabilities: CAPABILITIES, serverInfo: { name: 'grounded', version: '0.1.0' } };
    } catch (e) {
      lifecycle.initialized(false);
      throw e;
    }
  });
  connection.onInitialized(
    lifecycle.notification('initialized', async () => {
      if (ctx.caps.dynamicConfig) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'grounded' });
      // Only a client that declares workspace folders may be asked for their changes (asking throws).
      if (ctx.caps.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(lifecycle.notification('workspace folders change', (e) => sync.foldersChanged(e)));
      }
      await sync.initialized();
    }),
  );
  connection.onDidChangeConfiguration(lifecycle.notification('didChangeConfiguration', () => sync.configurationChanged()));
  connection.onDidChangeWatchedFiles(lifecycle.notification('didChangeWatchedFiles', (p) => sync.filesChanged(p.changes)));
  connection.onShutdown(async () => {
    lifecycle.shuttingDown();
    diagnostics.dispose();
    // the index of the last update is written to the cache before the server may exit
    await Promise.all(state.folders.map((f) => f.index.flush()));
    postings.dispose();
    await Promise.all(state.folders.map((f) => f.store?.close()));
  });

  documents.onDidOpen(lifecycle.notification('didOpen', (e) => void diagnostics.publishDocument(e.document)));
  documents.onDidChangeContent(lifecycle.notification('didChange', (e) => diagnostics.changed(e.document.uri)));
  documents.onDidClose(lifecycle.notification('didClose', (e) => diagnostics.closed(e.document)));
}

/** The features and Grounded's own requests, each to its handler in requests.ts. */
function routeRequests({ connection, lifecycle, requests }: Server): void {
  const none = () => null;
  const empty = () => [];
  connection.onHover(lifecycle.request('hover', (p, t) => requests.hover(p, t), none));
  connection.onDefinition(lifecycle.request('definition', (p, t) => requests.definition(p, t), none));
  connection.onReferences(lifecycle.request('references', (p, t) => requests.references(p, t), empty));
  connection.onCodeAction(lifecycle.request('codeAction', (p, t) => requests.codeAction(p, t), empty));
  connection.onCompletion(lifecycle.request('completion', (p, t) => requests.completion(p, t), none));
  connection.onCompletionResolve(lifecycle.request('completionItem/resolve', (item) => requests.completionResolve(item), undefined));
  connection.onDocumentLinks(lifecycle.request('documentLink', (p, t) => requests.documentLinks(p, t), empty));
  connection.onWorkspaceSymbol(lifecycle.request('workspaceSymbol', (p, t) => requests.workspaceSymbol(p, t), empty));

  connection.onRequest(SearchRequest, lifecycle.request('search', (p: SearchParams, t) => requests.search(p, t), () => ({ hits: [] })));
  connection.onRequest(UsesRequest, lifecycle.request('uses', (p: UsesParams, t) => requests.uses(p, t), () => ({ uses: [] })));
  connection.onRequest(SourceTextRequest, lifecycle.request('sourceText', (p: SourceTextParams, t) => requests.sourceText(p, t), () => null));
  connection.onRequest(SourcesRequest, lifecycle.requestNoParams('sources', (t) => requests.sources(t), () => ({ sources: [] })));
  connection.onRequest(StatusRequest, lifecycle.requestNoParams('status', () => requests.status()));
  connection.onRequest(ReindexRequest, lifecycle.requestNoParams('reindex', () => requests.reindex()));
  connection.onRequest(CheckAllRequest, lifecycle.requestNoParams('checkAll', (t) => requests.checkAll(t)));
  connection.onRequest((method) => lifecycle.unknownRequest(method));
}

export function startServer(): void {
  const lifecycle = new Lifecycle((msg) => warn(msg));
  const connection = connect(lifecycle);
  const warn = (msg: string) => connection.console.warn(`[grounded] ${msg}`);
  /** For events whose promise nobody awaits (the connection awaits its own handlers and logs their failures). */
  const failed = (what: string) => (e: unknown) => warn(`${what} failed: ${(e as Error).stack ?? e}`);
  // A stray rejection or exception somewhere must not end the server (Node's default): log it.
  process.on('unhandledRejection', failed('a background task'));
  process.on('uncaughtException', failed('a handler'));

  const server = assemble(connection, lifecycle, warn);
  routeLifecycle(server);
  routeRequests(server);
  server.documents.listen(connection);
  connection.listen();
}
