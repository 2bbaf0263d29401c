// The requests as the server answers them. Each waits for the first index of the folders it reads
// (bounded by FIRST_INDEX_WAIT_MS; the client sees the indexing progress meanwhile), so a client
// that asks right after start-up gets the real answer instead of null; then asks its feature module.
// The long ones (search, workspace symbols, references, which go folder by folder or note by note)
// let other requests go first between their slices and stop there when the client cancels them
// (RequestCancelled). server.ts registers these behind the lifecycle guard (lifecycle.ts), which
// also turns a throwing feature into an empty answer and a log line.
import { URI } from 'vscode-uri';
import { extractedView } from '../engine/formats/view';
import type {
  CancellationToken,
  CodeAction,
  CodeActionParams,
  CompletionItem,
  CompletionList,
  CompletionParams,
  DefinitionParams,
  DocumentLink,
  DocumentLinkParams,
  Hover,
  HoverParams,
  Location,
  LocationLink,
  ReferenceParams,
  SymbolInformation,
  WorkspaceSymbolParams,
} from 'vscode-languageserver';
import type { CheckAllResult, SearchParams, SearchResult, SourcesResult, SourceTextParams, SourceTextResult, StatusResult, UsesParams, UsesResult } from '../protocol';
import { onCodeAction } from './codeActions';
import { CompletionTables, onCompletion, onCompletionResolve } from './completion';
import type { FeatureContext } from './context';
import { onDefinition } from './definition';
import type { Clock, DiagnosticsManager } from './diagnosticsManager';
import { onHover } from './hover';
import { throwIfCancelled } from './lifecycle';
import { onDocumentLinks } from './links';
import { onReferences, onUses } from './references';
import { searchInSlices, sources, status } from './search';
import type { Folder } from './state';
import { workspaceSymbolsInSlices } from './symbols';
import type { WorkspaceSync } from './workspaceSync';

/**
 * How long a request waits for the first index of its folder before answering with what there is
 * (null, mostly): long enough for a first index of a few thousand sources (seconds), short enough
 * that a client whose server cannot index (no `initialized`, a folder that fails) is not held forever.
 */
export const FIRST_INDEX_WAIT_MS = 30_000;

/** How many checks given up for newer edits a request waits through before checking the note itself. */
const CHECK_RETRIES = 3;

export interface RequestServices {
  diagnostics: DiagnosticsManager;
  sync: WorkspaceSync;
  /** Timers for the bounded wait. */
  clock: Pick<Clock, 'setTimeout' | 'clearTimeout'>;
  /** Let requests that have arrived go first (between the slices of a long request). */
  pause: () => Promise<void>;
}

export class Requests {
  /** Completion rows per corpus, made on the first completion after an index. */
  private readonly completionTables = new CompletionTables();

  constructor(
    private readonly ctx: FeatureContext,
    private readonly services: RequestServices,
  ) {}

  async hover(p: HoverParams, token?: CancellationToken): Promise<Hover | null> {
    await this.ready(this.folderOf(p.textDocument.uri), token);
    await this.checked(p.textDocument.uri, token);
    return onHover(this.ctx, p);
  }

  async definition(p: DefinitionParams, token?: CancellationToken): Promise<Location[] | LocationLink[] | null> {
    await this.ready(this.folderOf(p.textDocument.uri), token);
    await this.checked(p.textDocument.uri, token);
    return onDefinition(this.ctx, p);
  }

  async codeAction(p: CodeActionParams, token?: CancellationToken): Promise<CodeAction[]> {
    await this.ready(this.folderOf(p.textDocument.uri), token);
    await this.checked(p.textDocument.uri, token);
    return onCodeAction(this.ctx, p);
  }

  async completion(p: CompletionParams, token?: CancellationToken): Promise<CompletionList | null> {
    await this.ready(this.folderOf(p.textDocument.uri), token);
    return onCompletion(this.ctx, p, this.completionTables);
  }

  /** The focused completion row's documentation (no wait: a row comes from an index that is there). */
  completionResolve(item: CompletionItem): CompletionItem {
    return onCompletionResolve(this.ctx, item);
  }

  async documentLinks(p: DocumentLinkParams, token?: CancellationToken): Promise<DocumentLink[]> {
    await this.ready(this.folderOf(p.textDocument.uri), token);
    await this.checked(p.textDocument.uri, token);
    return onDocumentLinks(this.ctx, p);
  }

  async references(p: ReferenceParams, token?: CancellationToken): Promise<Location[]> {
    await this.ready(this.ctx.state.folders, token);
    return onReferences(this.ctx, p, () => this.slice(token));
  }

  async uses(p: UsesParams, token?: CancellationToken): Promise<UsesResult> {
    await this.ready(this.ctx.state.folders, token);
    return { uses: await onUses(this.ctx, p, () => this.slice(token)) };
  }

  async workspaceSymbol(p: WorkspaceSymbolParams, token?: CancellationToken): Promise<SymbolInformation[]> {
    await this.ready(this.ctx.state.folders, token);
    return workspaceSymbolsInSlices(this.ctx.state.folders, p.query, () => this.slice(token));
  }

  async search(p: SearchParams, token?: CancellationToken): Promise<SearchResult> {
    const folders = this.ctx.state.folders.filter((f) => !p.folder || f.uri === p.folder);
    await this.ready(folders, token);
    return searchInSlices(this.ctx.state.folders, p, (uri) => this.ctx.state.folderFor(uri), () => this.slice(token));
  }

  /** The text of an extracted source's read-only document (grounded/sourceText), once the index is there. */
  async sourceText(p: SourceTextParams, token?: CancellationToken): Promise<SourceTextResult | null> {
    await this.ready(this.ctx.state.folders, token);
    let file: string;
    try {
      file = URI.parse(p.uri).fsPath;
    } catch {
      return null;
    }
    for (const f of this.ctx.state.folders) {
      const s = f.source(file);
      if (s) return { text: extractedView(s), file: s.path };
    }
    return null;
  }

  async sources(token?: CancellationToken): Promise<SourcesResult> {
    await this.ready(this.ctx.state.folders, token);
    return sources(this.ctx.state.folders);
  }

  /** No wait: the status says whether indexing is still running. */
  status(): StatusResult {
    return status(this.ctx.state.folders, this.ctx.state.trusted);
  }

  async reindex(): Promise<StatusResult> {
    await this.services.sync.rebuild();
    return status(this.ctx.state.folders, this.ctx.state.trusted);
  }

  /** Every note, once the first index is there (before it every citation would look unknown). */
  async checkAll(token?: CancellationToken): Promise<CheckAllResult> {
    await this.ready(this.ctx.state.folders, token);
    return this.services.diagnostics.checkAll();
  }

  private folderOf(uri: string): Folder[] {
    const f = this.ctx.state.folderFor(uri);
    return f ? [f] : [];
  }

  /**
   * Wait for the check of an open note, in slices (joining the one in progress, if any): requests
   * about other notes are answered meanwhile, and the feature then reads the report from the cache.
   * A check given up for a newer edit is followed by the check of that edit (a few times at most;
   * after that the feature checks the note itself).
   */
  private async checked(uri: string, token: CancellationToken | undefined): Promise<void> {
    const { state, documents } = this.ctx;
    for (let i = 0; i < CHECK_RETRIES; i++) {
      const doc = documents.get(uri);
      if (!doc) return;
      const o = state.openNoteOutcomeInSlices(doc, () => documents.get(uri)?.version === doc.version);
      if (!(o instanceof Promise) || (await o)) return;
      throwIfCancelled(token);
    }
  }

  /** Between two slices of a long request: requests that arrived go first; a cancelled one stops. */
  private async slice(token: CancellationToken | undefined): Promise<void> {
    throwIfCancelled(token);
    await this.services.pause();
    throwIfCancelled(token);
  }

  /** Wait until the first index of these folders has ended, at most FIRST_INDEX_WAIT_MS, or until cancelled. */
  private async ready(folders: Folder[], token: CancellationToken | undefined): Promise<void> {
    const pending = folders.filter((f) => !f.ready);
    if (pending.length > 0 && !token?.isCancellationRequested) {
      const { clock } = this.services;
      let timer: unknown;
      let onCancel: { dispose(): void } | undefined;
      await new Promise<void>((resolve) => {
        timer = clock.setTimeout(resolve, FIRST_INDEX_WAIT_MS);
        onCancel = token?.onCancellationRequested(() => resolve());
        void Promise.all(pending.map((f) => f.whenFirstIndexEnded())).then(() => resolve());
      });
      clock.clearTimeout(timer);
      onCancel?.dispose();
    }
    throwIfCancelled(token);
  }
}
