// Keeps the published diagnostics up to date: an opened note at once, an edited one after a short
// pause (only its latest version), every note on "check all" (open ones from the editor, the rest
// from disk; one run at a time, yielding so that hovers and edits are answered meanwhile). Nothing
// is published for a folder before its first index (every citation would look unknown), and the
// diagnostics of notes that disappeared are cleared.
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckAllResult } from '../protocol';
import type { OpenDocuments } from './context';
import { toDiagnostics } from './diagnostics';
import { pathToUri, ServerState, uriToPath } from './state';

/** Timers and yielding, replaceable in tests. */
export interface Clock {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
  /** Let other work (requests, edits) run. */
  yield(): Promise<void>;
}

export const NODE_CLOCK: Clock = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
  now: () => performance.now(),
  yield: () => new Promise((resolve) => setImmediate(resolve)),
};

export interface DiagnosticsOptions {
  /** Where diagnostics go (connection.sendDiagnostics). */
  publish: (params: PublishDiagnosticsParams) => void;
  /** Does the client show related information (read when publishing: capabilities arrive later)? */
  relatedInformation: () => boolean;
  /** Pause after an edit before checking (default 150 ms). */
  debounceMs?: number;
  /** Work between two yields of "check all" (default 30 ms). */
  sliceMs?: number;
  clock?: Clock;
}

export class DiagnosticsManager {
  private readonly timers = new Map<string, unknown>();
  /** Notes whose diagnostics the last "check all" published (to clear them when they disappear). */
  private published = new Set<string>();
  /** The run in progress, if any, and the one queued behind it (shared by every caller meanwhile). */
  private running: Promise<unknown> = Promise.resolve();
  private queued: Promise<CheckAllResult> | undefined;
  private readonly clock: Clock;
  private readonly debounceMs: number;
  private readonly sliceMs: number;

  constructor(
    private readonly state: ServerState,
    private readonly documents: OpenDocuments,
    private readonly options: DiagnosticsOptions,
  ) {
    this.clock = options.clock ?? NODE_CLOCK;
    this.debounceMs = options.debounceMs ?? 150;
    this.sliceMs = options.sliceMs ?? 30;
  }

  /** Publish an open document's diagnostics now (an empty list for a document that is not a note). */
  publishDocument(doc: TextDocument): void {
    if (!this.state.isNoteDoc(doc)) {
      this.options.publish({ uri: doc.uri, diagnostics: [] });
      return;
    }
    this.publishOpen(doc);
  }

  /** An edit: publish after the pause, for the version current then; a newer edit restarts it. */
  changed(uri: string): void {
    this.cancel(uri);
    this.timers.set(
      uri,
      this.clock.setTimeout(() => {
        this.timers.delete(uri);
        const doc = this.documents.get(uri);
        if (doc) this.publishDocument(doc);
      }, this.debounceMs),
    );
  }

  /** A document was closed: a note of the workspace keeps its diagnostics from disk, anything else is cleared. */
  async closed(doc: { uri: string }): Promise<void> {
    const uri = doc.uri;
    this.cancel(uri);
    this.state.forget(uri);
    const folder = this.state.folderFor(uri);
    if (uri.startsWith('file:') && folder?.ready && this.state.isNoteDoc(doc)) {
      const r = await this.state.reportForFile(uriToPath(uri));
      // Opened again meanwhile: that publish is the current one.
      if (this.documents.get(uri)) return;
      if (r) return void this.options.publish({ uri, diagnostics: toDiagnostics(r.report, this.options.relatedInformation()) });
    }
    this.options.publish({ uri, diagnostics: [] });
  }

  /**
   * Check every note and publish. One run at a time: a call while a run is in progress waits for it
   * and then shares the next run with every other call made meanwhile.
   */
  checkAll(): Promise<CheckAllResult> {
    if (this.queued) return this.queued;
    const start = () => {
      this.queued = undefined;
      return this.checkAllNow();
    };
    const run = this.running.then(start, start);
    this.queued = run;
    this.running = run.catch(() => undefined);
    return run;
  }

  /** Stop pending timers (the server is shutting down). */
  dispose(): void {
    for (const uri of [...this.timers.keys()]) this.cancel(uri);
  }

  private cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t !== undefined) this.clock.clearTimeout(t);
    this.timers.delete(uri);
  }

  /** Publish an open note; returns the number of diagnostics, or undefined when nothing was published. */
  private publishOpen(doc: TextDocument): number | undefined {
    const r = this.state.openNoteReport(doc);
    if (!r) return undefined;
    const diagnostics = toDiagnostics(r.report, this.options.relatedInformation());
    this.options.publish({ uri: doc.uri, version: doc.version, diagnostics });
    return diagnostics.length;
  }

  private async checkAllNow(): Promise<CheckAllResult> {
    let lastYield = this.clock.now();
    const breathe = async () => {
      if (this.clock.now() - lastYield > this.sliceMs) {
        await this.clock.yield();
        lastYield = this.clock.now();
      }
    };
    let problems = 0;
    let notes = 0;
    const seen = new Set<string>();
    const publishOpen = (doc: TextDocument) => {
      const n = this.publishOpen(doc);
      if (n === undefined) return;
      seen.add(doc.uri);
      notes++;
      problems += n;
    };
    for (const doc of this.documents.all()) if (this.state.isNoteDoc(doc)) publishOpen(doc);
    for (const p of await this.state.allNotes()) {
      await breathe();
      const uri = pathToUri(p);
      if (seen.has(uri)) continue;
      // Opened during the run: the editor's text, not the disk's, is the current one.
      const openNow = () => {
        const open = this.documents.get(uri);
        if (open) publishOpen(open);
        return !!open;
      };
      if (openNow() || this.state.folderFor(uri)?.ready === false) continue;
      const r = await this.state.reportForFile(p);
      if (openNow() || !r) continue;
      seen.add(uri);
      notes++;
      const d = toDiagnostics(r.report, this.options.relatedInformation());
      problems += d.length;
      this.options.publish({ uri, diagnostics: d });
    }
    for (const uri of this.published) if (!seen.has(uri)) this.options.publish({ uri, diagnostics: [] });
    this.published = seen;
    return { notes, problems };
  }
}
