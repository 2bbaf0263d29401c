// Keeps the published diagnostics up to date: an opened note at once, an edited one after a short
// pause (only its latest version), every note on "check all" (open ones from the editor, the rest
// from disk; one run at a time). Nothing is published for a folder before its first index (every
// citation would look unknown), and the diagnostics of notes that disappeared are cleared.
//
// Each note is checked in isolation: a note whose check throws gets one `check-failed` diagnostic
// (and a log line), one over grounded.maxNoteSizeKB one `note-too-large` diagnostic, and the run
// goes on with the next note.
//
// Off the request path, by cooperative scheduling: "check all" checks one note at a time and between
// notes (at most every `sliceMs`) yields through `clock.yield`, which in the server is
// Lifecycle.settle: every request that has arrived (hover, definition, search…), read from the pipe
// or already queued, is answered before the next note is checked. Each note is itself checked in
// slices (noteRuns.ts over the engine's check steps): a long note no longer holds the thread for
// its whole check (a 1 MB note: about 30 s of parsing and checking against the BBC corpus), and an
// edit gives up the check of the previous version at its next pause.
//
// Measured (the built server, the BBC corpus as sources, bursts of 10 hovers while "check all" ran
// over 10 notes of 3 KB): before the yields, a burst waited for the end of the run, 26 s; with
// yields between notes, until the end of the note being checked (2-3 s); with slices within a note,
// a hover waits for one slice (`npm run bench`, "The language server at scale").
//
// Why not a worker thread: the corpus cannot be handed over (its store holds closures and caches),
// so a worker builds its own (3.5 s of CPU and +34 MB for those 2,226 articles; their texts clone in
// 3 ms) and must be kept in step with every re-index; and hover, definition, code actions, links and
// references need each open note's NoteReport on this thread (its evidence points into this
// thread's Source objects).
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckAllResult } from '../protocol';
import type { OpenDocuments } from './context';
import { failedDiagnostics, outcomeDiagnostics } from './diagnostics';
import { type NoteOutcome, pathToUri, ServerState, uriToPath } from './state';

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
  /** Where failures are logged. */
  warn?: (message: string) => void;
}

/** The pause after an edit: typing goes on within it, so only the version the user stopped at is checked. */
const DEBOUNCE_MS = 150;
/** Work between two yields of "check all": short enough that a request waits no longer than a frame or so. */
const SLICE_MS = 30;

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
  private readonly warn: (message: string) => void;
  private disposed = false;

  constructor(
    private readonly state: ServerState,
    private readonly documents: OpenDocuments,
    private readonly options: DiagnosticsOptions,
  ) {
    this.clock = options.clock ?? NODE_CLOCK;
    this.debounceMs = options.debounceMs ?? DEBOUNCE_MS;
    this.sliceMs = options.sliceMs ?? SLICE_MS;
    this.warn = options.warn ?? (() => undefined);
  }

  /**
   * Publish an open document's diagnostics (an empty list for a document that is not a note): at
   * once when its check ends within a slice, else when it ends (the promise), unless edited again.
   * A note whose front matter names bibliography files not loaded yet is published once they are.
   */
  publishDocument(doc: TextDocument): void | Promise<unknown> {
    if (this.disposed) return;
    if (!this.state.isNoteDoc(doc)) {
      this.options.publish({ uri: doc.uri, diagnostics: [] });
      return;
    }
    const n = this.publishOpenWhenReady(doc);
    if (n instanceof Promise) return n;
  }

  /** An edit: publish after the pause, for the version current then; a newer edit restarts it and gives up a check in progress. */
  changed(uri: string): void {
    this.cancel(uri);
    this.state.abandonCheck(uri);
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
      const n = await this.publishFromDisk(uri, uriToPath(uri));
      if (n !== undefined) return;
      // Opened again meanwhile: that publish is the current one.
      if (this.documents.get(uri)) return;
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

  /** Stop pending timers and any "check all" in progress (the server is shutting down). */
  dispose(): void {
    this.disposed = true;
    for (const uri of [...this.timers.keys()]) this.cancel(uri);
  }

  private cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t !== undefined) this.clock.clearTimeout(t);
    this.timers.delete(uri);
  }

  /**
   * Publish an open note once the bibliography its front matter names is loaded (at once when
   * there is nothing to wait for), in its version current then; as publishOpen.
   */
  private publishOpenWhenReady(doc: TextDocument): number | undefined | Promise<number | undefined> {
    const pending = this.state.bibliographyPending(doc.uri, doc.getText());
    if (!pending) return this.publishOpen(doc);
    return pending.then(() => {
      const now = this.documents.get(doc.uri);
      return now && !this.disposed ? this.publishOpenWhenReady(now) : undefined;
    });
  }

  /**
   * Publish an open note, checked in slices (requests go first between them); the number of
   * diagnostics, or undefined when nothing was published (not a note yet, or edited meanwhile:
   * only the newest version's diagnostics are published). A promise when the check took more than a slice.
   */
  private publishOpen(doc: TextDocument): number | undefined | Promise<number | undefined> {
    const current = () => !this.disposed && this.documents.get(doc.uri)?.version === doc.version;
    let o: ReturnType<ServerState['openNoteOutcomeInSlices']>;
    try {
      o = this.state.openNoteOutcomeInSlices(doc, current);
    } catch (e) {
      return this.publishChecked(doc, undefined, e);
    }
    if (o instanceof Promise) {
      return o.then(
        (x) => (current() ? this.publishChecked(doc, x) : undefined),
        (e) => this.publishChecked(doc, undefined, e),
      );
    }
    return this.publishChecked(doc, o);
  }

  private publishChecked(doc: TextDocument, o: NoteOutcome | undefined, error?: unknown): number | undefined {
    let diagnostics: Diagnostic[];
    if (error !== undefined) {
      this.warn(`could not check ${doc.uri}: ${(error as Error)?.stack ?? error}`);
      diagnostics = failedDiagnostics(error);
    } else {
      if (!o) return undefined;
      try {
        diagnostics = outcomeDiagnostics(o, this.options.relatedInformation());
      } catch (e) {
        return this.publishChecked(doc, undefined, e);
      }
    }
    this.options.publish({ uri: doc.uri, version: doc.version, diagnostics });
    return diagnostics.length;
  }

  /**
   * Publish a note from disk, or from the editor when it is open (its text is the current one, also
   * when it was opened while the disk was read); undefined when nothing was published.
   */
  private async publishFromDisk(uri: string, p: string): Promise<number | undefined> {
    const open = this.documents.get(uri);
    if (open) return this.publishOpenWhenReady(open);
    if (this.state.folderFor(uri)?.ready === false) return undefined;
    let diagnostics: Diagnostic[];
    try {
      const o = await this.state.outcomeForFile(p);
      const openNow = this.documents.get(uri);
      if (openNow) return this.publishOpenWhenReady(openNow);
      if (!o) return undefined;
      diagnostics = outcomeDiagnostics(o, this.options.relatedInformation());
    } catch (e) {
      this.warn(`could not check ${uri}: ${(e as Error)?.stack ?? e}`);
      diagnostics = failedDiagnostics(e);
    }
    this.options.publish({ uri, diagnostics });
    return diagnostics.length;
  }

  /** Yield (let requests go first) when the current slice of work is over. */
  private pacer(): () => Promise<void> {
    let lastYield = this.clock.now();
    return async () => {
      if (this.clock.now() - lastYield > this.sliceMs) {
        await this.clock.yield();
        lastYield = this.clock.now();
      }
    };
  }

  private async checkAllNow(): Promise<CheckAllResult> {
    const breathe = this.pacer();
    let problems = 0;
    let notes = 0;
    const seen = new Set<string>();
    /** One note, in isolation: whatever goes wrong is logged and the run goes on. */
    const one = async (uri: string, publish: () => number | undefined | Promise<number | undefined>) => {
      await breathe();
      if (this.disposed || seen.has(uri)) return;
      try {
        const n = await publish();
        if (n === undefined) return;
        seen.add(uri);
        notes++;
        problems += n;
      } catch (e) {
        this.warn(`checking ${uri} failed: ${(e as Error)?.stack ?? e}`);
      }
    };
    for (const doc of this.documents.all()) {
      if (!this.state.isNoteDoc(doc)) continue;
      // Closed or edited during the run: the editor's current document, if any.
      await one(doc.uri, () => {
        const now = this.documents.get(doc.uri);
        return now ? this.publishOpenWhenReady(now) : undefined;
      });
    }
    for (const p of await this.state.allNotes()) {
      const uri = pathToUri(p);
      await one(uri, () => this.publishFromDisk(uri, p));
    }
    if (this.disposed) return { notes, problems };
    for (const uri of this.published) if (!seen.has(uri)) this.options.publish({ uri, diagnostics: [] });
    this.published = seen;
    return { notes, problems };
  }
}
