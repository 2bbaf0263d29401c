// The language server: wires the LSP connection to the engine. Each feature lives in its own
// small module; this file only routes requests and keeps diagnostics up to date.
import * as fs from 'node:fs';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesParams,
  FileChangeType,
  InitializeResult,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  WorkDoneProgressServerReporter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CheckAllRequest, ReindexRequest, SearchRequest, SourcesRequest, StatusNotification, StatusRequest } from '../protocol';
import type { CheckAllResult, SearchParams } from '../protocol';
import { codeActions } from './codeActions';
import { completeCitation } from './completion';
import { definition } from './definition';
import { toDiagnostics } from './diagnostics';
import { hover } from './hover';
import { documentLinks } from './links';
import { referencesTo } from './references';
import { search, sources, status } from './search';
import { Folder, pathToUri, Progress, ServerState, uriToPath } from './state';
import { workspaceSymbols } from './symbols';

const DEBOUNCE_MS = 150;

export function startServer(): void {
  // `grounded lsp` without a transport flag speaks over stdio.
  if (!process.argv.some((a) => /^--(stdio|node-ipc|socket|pipe)/.test(a))) process.argv.push('--stdio');
  const connection = createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  const state = new ServerState();
  let caps = { configuration: false, progress: false, linkSupport: false, related: false, dynamicConfig: false, workspaceFolders: false };
  const timers = new Map<string, NodeJS.Timeout>();
  const indexQueue = new Map<Folder, Promise<void>>();
  /** Notes on disk whose diagnostics we published (so we can clear them when they disappear). */
  const published = new Set<string>();

  const log = (msg: string) => connection.console.log(`[grounded] ${msg}`);
  const warn = (msg: string) => connection.console.warn(`[grounded] ${msg}`);

  connection.onInitialize((params): InitializeResult => {
    const c = params.capabilities;
    caps = {
      configuration: !!c.workspace?.configuration,
      progress: !!c.window?.workDoneProgress,
      linkSupport: !!c.textDocument?.definition?.linkSupport,
      related: !!c.textDocument?.publishDiagnostics?.relatedInformation,
      dynamicConfig: !!c.workspace?.didChangeConfiguration?.dynamicRegistration,
      workspaceFolders: !!c.workspace?.workspaceFolders,
    };
    const opts = (params.initializationOptions ?? {}) as { trusted?: boolean };
    state.trusted = opts.trusted !== false;
    const folders = params.workspaceFolders?.length
      ? params.workspaceFolders.map((f) => f.uri)
      : params.rootUri
        ? [params.rootUri]
        : [pathToUri(process.cwd())];
    for (const uri of folders) state.addFolder(uri, undefined);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        completionProvider: { triggerCharacters: ['@'], resolveProvider: false },
        documentLinkProvider: { resolveProvider: false },
        workspaceSymbolProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'grounded', version: '0.1.0' },
    };
  });

  const fetchConfig = async (folder: Folder): Promise<unknown> => {
    if (!caps.configuration) return undefined;
    try {
      return await connection.workspace.getConfiguration({ scopeUri: folder.uri, section: 'grounded' });
    } catch (e) {
      warn(`could not read settings: ${(e as Error).message}`);
      return undefined;
    }
  };

  const sendStatus = () => void connection.sendNotification(StatusNotification, status(state.folders));

  const makeProgress = async (): Promise<Progress | undefined> => {
    if (!caps.progress) return undefined;
    let reporter: WorkDoneProgressServerReporter;
    try {
      reporter = await connection.window.createWorkDoneProgress();
    } catch {
      return undefined;
    }
    return {
      begin: (title, total) => reporter.begin('Grounded', 0, `${title}…`, false),
      report: (done, total) => reporter.report(Math.round((100 * done) / Math.max(1, total)), `${done}/${total} sources`),
      done: () => reporter.done(),
    };
  };

  /** Index a folder (queued behind any index already running for it). */
  const reindex = (folder: Folder, changed?: Set<string>): Promise<void> => {
    const prev = indexQueue.get(folder) ?? Promise.resolve();
    const next = prev.then(async () => {
      const progress = await makeProgress();
      sendStatus();
      const before = new Set(folder.warnings.map((w) => w.path + w.message));
      await state.index(folder, progress, changed);
      for (const w of folder.warnings) if (!before.has(w.path + w.message)) warn(`${w.path}: ${w.message}`);
      log(`indexed ${folder.corpus.sources.length} sources, ${folder.corpus.passageCount} passages, ${folder.corpus.figureCount} figures in ${folder.lastIndexMs} ms (${folder.root})`);
      if (folder.corpus.sources.length === 0) warn(`no sources found in ${folder.root} for ${JSON.stringify(folder.config.sources)}: set grounded.sources`);
      sendStatus();
    });
    indexQueue.set(
      folder,
      next.catch((e) => warn(`indexing failed: ${(e as Error).stack ?? e}`)),
    );
    return next;
  };

  const publishFor = (doc: TextDocument) => {
    if (!state.isNoteDoc(doc)) {
      connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
      return;
    }
    // Before the first index is built every citation would look unknown: publish nothing yet
    // (publishAll runs when the index is ready).
    const folder = state.folderFor(doc.uri);
    if (!folder || !state.ready(folder)) return;
    const r = state.reportFor(doc);
    if (!r) return;
    connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: toDiagnostics(r.report, caps.related) });
  };

  /**
   * Check every note (open ones from the editor, the rest from disk) and publish. Yields every
   * ~30 ms so that hovers and edits are answered meanwhile in a workspace with many notes.
   */
  let publishing: Promise<unknown> = Promise.resolve();
  /** Runs one check of all notes at a time (a second call waits for the first). */
  const publishAll = (): Promise<CheckAllResult> => {
    const run = publishing.then(publishAllNow, publishAllNow);
    publishing = run;
    return run;
  };
  const publishAllNow = async (): Promise<CheckAllResult> => {
    let lastYield = performance.now();
    const breathe = async () => {
      if (performance.now() - lastYield > 30) {
        await new Promise((r) => setImmediate(r));
        lastYield = performance.now();
      }
    };
    let problems = 0;
    let notes = 0;
    const seen = new Set<string>();
    for (const doc of documents.all()) {
      if (!state.isNoteDoc(doc)) continue;
      const f = state.folderFor(doc.uri);
      if (f && !state.ready(f)) continue;
      const r = state.reportFor(doc);
      if (!r) continue;
      seen.add(doc.uri);
      notes++;
      const d = toDiagnostics(r.report, caps.related);
      problems += d.length;
      connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: d });
    }
    for (const p of state.allNotes()) {
      await breathe();
      const uri = pathToUri(p);
      if (seen.has(uri)) continue;
      const f = state.folderFor(uri);
      if (f && !state.ready(f)) continue;
      const r = state.reportForFile(p);
      if (!r) continue;
      seen.add(uri);
      notes++;
      const d = toDiagnostics(r.report, caps.related);
      problems += d.length;
      connection.sendDiagnostics({ uri, diagnostics: d });
    }
    for (const uri of published) if (!seen.has(uri)) connection.sendDiagnostics({ uri, diagnostics: [] });
    published.clear();
    for (const uri of seen) published.add(uri);
    return { notes, problems };
  };

  connection.onInitialized(async () => {
    if (caps.dynamicConfig) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'grounded' });
    // Only a client that declares workspace folders may be asked for their changes (asking throws).
    if (caps.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(async (e) => {
        for (const f of e.removed) state.removeFolder(f.uri);
        for (const f of e.added) {
          const folder = state.addFolder(f.uri, undefined);
          const cfg = await fetchConfig(folder);
          state.updateConfig(folder, cfg);
          await reindex(folder);
        }
        await publishAll();
      });
    }
    for (const folder of state.folders) {
      state.updateConfig(folder, await fetchConfig(folder));
      await reindex(folder);
    }
    await publishAll();
  });

  connection.onDidChangeConfiguration(async () => {
    for (const folder of state.folders) {
      const changed = state.updateConfig(folder, await fetchConfig(folder));
      if (changed) await reindex(folder);
    }
    await publishAll();
  });

  connection.onDidChangeWatchedFiles(async (params: DidChangeWatchedFilesParams) => {
    const byFolder = new Map<Folder, Set<string>>();
    let configChanged = false;
    let notesChanged = false;
    for (const ch of params.changes) {
      const p = uriToPath(ch.uri);
      const folder = state.folderFor(ch.uri);
      if (!folder) continue;
      if (/(^|[\\/])(grounded\.json|settings\.json)$/.test(p)) {
        configChanged = true;
        continue;
      }
      if (folder.isSource(p) || folder.byPath.has(p)) {
        const set = byFolder.get(folder) ?? new Set<string>();
        set.add(p);
        byFolder.set(folder, set);
      } else if (folder.isNote(p)) {
        notesChanged = true;
        if (ch.type === FileChangeType.Deleted) state.forget(ch.uri);
      }
    }
    if (configChanged) {
      for (const folder of state.folders) {
        const changed = state.updateConfig(folder, await fetchConfig(folder));
        if (changed) byFolder.set(folder, new Set([...folder.byPath.keys()]));
      }
    }
    for (const [folder, changed] of byFolder) await reindex(folder, changed);
    if (byFolder.size || configChanged || notesChanged) await publishAll();
  });

  documents.onDidOpen((e) => publishFor(e.document));
  documents.onDidChangeContent((e) => {
    const uri = e.document.uri;
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        const doc = documents.get(uri);
        if (doc) publishFor(doc);
      }, DEBOUNCE_MS),
    );
  });
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    state.forget(e.document.uri);
    // A note in the workspace keeps its on-disk diagnostics; anything else is cleared.
    const p = e.document.uri.startsWith('file:') ? uriToPath(e.document.uri) : '';
    if (p && fs.existsSync(p) && state.isNoteDoc(e.document) && state.folderFor(e.document.uri)) {
      const r = state.reportForFile(p);
      if (r) return void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: toDiagnostics(r.report, caps.related) });
    }
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  const noteReport = (uri: string) => {
    const doc = documents.get(uri);
    if (!doc || !state.isNoteDoc(doc)) return undefined;
    // Before the first index there is nothing to say (later re-indexes keep the old index meanwhile).
    const folder = state.folderFor(uri);
    if (folder && !state.ready(folder)) return undefined;
    return state.reportFor(doc);
  };

  connection.onHover((p) => {
    const r = noteReport(p.textDocument.uri);
    return r ? hover(r.report, r.folder.corpus, p.position) : null;
  });
  connection.onDefinition((p) => {
    const r = noteReport(p.textDocument.uri);
    return r ? definition(r.report, p.position, caps.linkSupport) : null;
  });
  connection.onReferences((p) => {
    const folder = state.folderFor(p.textDocument.uri);
    if (!folder) return [];
    const src = folder.byPath.get(uriToPath(p.textDocument.uri));
    if (!src) return [];
    const notes: { path: string; report: import('../engine/check').NoteReport }[] = [];
    const open = new Set<string>();
    for (const doc of documents.all()) {
      if (!state.isNoteDoc(doc) || !doc.uri.startsWith('file:')) continue;
      const r = state.reportFor(doc);
      if (r) notes.push({ path: uriToPath(doc.uri), report: r.report });
      open.add(uriToPath(doc.uri));
    }
    for (const path of state.allNotes()) {
      if (open.has(path)) continue;
      const r = state.reportForFile(path);
      if (r && r.folder === folder) notes.push({ path, report: r.report });
    }
    // cursor on the title line (or the first line) means the whole file
    const onWhole = p.position.line <= (src.passages[0]?.line ?? 0);
    return referencesTo(src, onWhole ? null : p.position, notes);
  });
  connection.onCodeAction((p) => {
    const r = noteReport(p.textDocument.uri);
    return r ? codeActions(r.report, p.textDocument.uri, p.range, p.context.diagnostics) : [];
  });
  connection.onCompletion((p) => {
    const doc = documents.get(p.textDocument.uri);
    const folder = state.folderFor(p.textDocument.uri);
    if (!doc || !folder) return null;
    const line = doc.getText({ start: { line: p.position.line, character: 0 }, end: { line: p.position.line + 1, character: 0 } }).replace(/\r?\n$/, '');
    return completeCitation(line, p.position, folder.corpus);
  });
  connection.onDocumentLinks((p) => {
    const r = noteReport(p.textDocument.uri);
    return r ? documentLinks(r.report) : [];
  });
  connection.onWorkspaceSymbol((p) => workspaceSymbols(state.folders, p.query));

  connection.onRequest(SearchRequest, (p: SearchParams) => search(state.folders, p));
  connection.onRequest(SourcesRequest, () => sources(state.folders));
  connection.onRequest(StatusRequest, () => status(state.folders));
  connection.onRequest(ReindexRequest, async () => {
    for (const f of state.folders) {
      f.byPath.clear();
      await reindex(f);
    }
    await publishAll();
    return status(state.folders);
  });
  connection.onRequest(CheckAllRequest, () => publishAll());

  documents.listen(connection);
  connection.listen();
}
