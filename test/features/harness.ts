// In-process language server for feature tests: the real ServerState, DiagnosticsManager,
// IndexScheduler, WorkspaceSync, Requests and Lifecycle over an InMemoryFileSystem whose files the
// test writes inline, fake open documents, a fake clock and a publish sink that records. No build,
// no child process.
import * as path from 'node:path';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { IndexCacheOptions } from '../../server/src/engine/persist';
import type { PostingsMaker } from '../../server/src/engine/workers';
import { InMemoryFileSystem, type Pacing } from '../../server/src/engine/workspace';
import type { ClientCaps, FeatureContext, OpenDocuments } from '../../server/src/lsp/context';
import { type Clock, DiagnosticsManager } from '../../server/src/lsp/diagnosticsManager';
import type { Extraction } from '../../server/src/lsp/folder';
import { IndexScheduler } from '../../server/src/lsp/indexing';
import { Lifecycle } from '../../server/src/lsp/lifecycle';
import type { SliceClock } from '../../server/src/lsp/noteRuns';
import { Requests } from '../../server/src/lsp/requests';
import { status } from '../../server/src/lsp/search';
import { type Folder, type NoteChecker, pathToUri, ServerState } from '../../server/src/lsp/state';
import { WorkspaceSync } from '../../server/src/lsp/workspaceSync';
import type { StatusResult } from '../../server/src/protocol';

/** The workspace root of the tests (an absolute path on any platform). */
export const ROOT = path.resolve('/grounded-ws');

export function abs(rel: string, root = ROOT): string {
  return path.join(root, rel);
}

export function uriOf(rel: string, root = ROOT): string {
  return pathToUri(abs(rel, root));
}

/** Files relative to `root` → absolute paths, for InMemoryFileSystem. */
export function under(root: string, files: Record<string, string | Uint8Array>): Record<string, string | Uint8Array> {
  return Object.fromEntries(Object.entries(files).map(([rel, text]) => [abs(rel, root), text]));
}

/** Open documents, as the editor would hold them. */
export class FakeDocuments implements OpenDocuments {
  private readonly docs = new Map<string, TextDocument>();

  open(uri: string, text: string): TextDocument {
    const doc = TextDocument.create(uri, 'markdown', 1, text);
    this.docs.set(uri, doc);
    return doc;
  }

  /** Replace the text; returns the new version. */
  edit(uri: string, text: string): TextDocument {
    const old = this.docs.get(uri);
    if (!old) throw new Error(`${uri} is not open`);
    const doc = TextDocument.create(uri, 'markdown', old.version + 1, text);
    this.docs.set(uri, doc);
    return doc;
  }

  close(uri: string): TextDocument | undefined {
    const doc = this.docs.get(uri);
    this.docs.delete(uri);
    return doc;
  }

  get(uri: string): TextDocument | undefined {
    return this.docs.get(uri);
  }

  all(): TextDocument[] {
    return [...this.docs.values()];
  }
}

/**
 * Time that moves only when the test says so. Timers fire in `advance`; every `yield` lets the
 * clock move on by `msPerYield` (so slices of "check all" end) and records itself.
 */
export class FakeClock implements Clock {
  time = 0;
  yields = 0;
  private timers: { id: number; at: number; fn: () => void }[] = [];
  private nextId = 1;

  constructor(private readonly msPerYield = 0) {}

  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.push({ id, at: this.time + ms, fn });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }

  now(): number {
    return this.time;
  }

  async yield(): Promise<void> {
    this.yields++;
    this.time += this.msPerYield;
    await new Promise((resolve) => setImmediate(resolve));
  }

  get pending(): number {
    return this.timers.length;
  }

  /** Move time forward, firing due timers in order. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.time = due.at;
      due.fn();
    }
    this.time = end;
  }
}

/** Indexing that yields after every file (so progress and "old corpus meanwhile" can be seen). */
export function everyFilePacing(counter?: { yields: number }): Pacing {
  let t = 0;
  return {
    sliceMs: 0,
    now: () => (t += 1),
    yield: async () => {
      if (counter) counter.yields++;
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

export interface HarnessOptions {
  /** Absolute path → content (see `under`). */
  files: Record<string, string | Uint8Array>;
  /** Workspace folder roots (default [ROOT]). */
  folders?: string[];
  trusted?: boolean;
  /** The client's `grounded` settings per folder; given, the client declares workspace/configuration. */
  settings?: (folder: Folder) => unknown;
  caps?: Partial<ClientCaps>;
  /** Do not run the first configuration + index + check all (the test does it). */
  noInit?: boolean;
  /** The engine's check, or a double in its place. */
  check?: NoteChecker;
  /** How notes are checked in slices (default: each check in one slice, as if it were quick). */
  slices?: SliceClock;
  /** Where the search index is made (default: this thread, as the CLI does). */
  postings?: PostingsMaker;
  /** How indexing yields (default: after every file, on a fake clock; the benchmarks use the real one). */
  pacing?: Pacing;
  /** The workspace's files (default: an InMemoryFileSystem of `files`). */
  fs?: InMemoryFileSystem;
  /** Where each folder's index is kept between starts (the client's storage folder; default none). */
  indexCache?: IndexCacheOptions;
  /** Where a first index builds its sources (default: this thread). */
  extraction?: Extraction;
}

/** Every check in one slice: no pause, whatever it takes. */
export const ONE_SLICE: SliceClock = { now: () => 0, sliceMs: Number.POSITIVE_INFINITY, pause: () => new Promise((resolve) => setImmediate(resolve)) };

export interface ProgressEvent {
  kind: 'begin' | 'report' | 'done';
  text: string;
}

export class Harness {
  readonly fs: InMemoryFileSystem;
  readonly state: ServerState;
  readonly docs = new FakeDocuments();
  readonly clock = new FakeClock(10);
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  readonly warnings: string[] = [];
  readonly progress: ProgressEvent[] = [];
  readonly settingsRequests: string[] = [];
  /** The status at each grounded/statusChanged (what the server would send). */
  readonly statuses: StatusResult[] = [];
  readonly ctx: FeatureContext;
  readonly diagnostics: DiagnosticsManager;
  readonly indexer: IndexScheduler;
  readonly sync: WorkspaceSync;
  readonly lifecycle: Lifecycle;
  readonly requests: Requests;
  /** Pauses between the slices of long requests; `onPause` runs at each (to cancel one, say). */
  pauses = 0;
  onPause?: () => void;

  constructor(readonly options: HarnessOptions) {
    this.fs = options.fs ?? new InMemoryFileSystem(options.files);
    const warn = (m: string) => this.warnings.push(m);
    this.state = new ServerState(this.fs, options.pacing ?? everyFilePacing(), { check: options.check, warn, slices: options.slices ?? ONE_SLICE, postings: options.postings, extraction: options.extraction });
    this.state.trusted = options.trusted !== false;
    this.state.indexCache = options.indexCache;
    const caps: ClientCaps = { configuration: !!options.settings, progress: true, linkSupport: true, related: true, dynamicConfig: false, workspaceFolders: true, ...options.caps };
    this.ctx = { state: this.state, documents: this.docs, caps };
    this.diagnostics = new DiagnosticsManager(this.state, this.docs, {
      publish: (p) => this.published.push(p),
      relatedInformation: () => this.ctx.caps.related,
      clock: this.clock,
      warn,
    });
    this.indexer = new IndexScheduler({
      progress: async () =>
        caps.progress
          ? {
              begin: (title) => this.progress.push({ kind: 'begin', text: title }),
              report: (done, total) => this.progress.push({ kind: 'report', text: `${done}/${total}` }),
              done: () => this.progress.push({ kind: 'done', text: '' }),
            }
          : undefined,
      statusChanged: () => this.statuses.push(status(this.state.folders, this.state.trusted)),
      log: (m) => this.logs.push(m),
      warn: (m) => this.warnings.push(m),
    });
    this.sync = new WorkspaceSync(this.state, this.indexer, this.diagnostics, async (folder) => {
      if (!this.ctx.caps.configuration || !options.settings) return undefined;
      this.settingsRequests.push(folder.uri);
      return JSON.parse(JSON.stringify(options.settings(folder) ?? null)) ?? undefined;
    }, warn);
    this.lifecycle = new Lifecycle(warn);
    this.requests = new Requests(this.ctx, {
      diagnostics: this.diagnostics,
      sync: this.sync,
      clock: this.clock,
      pause: async () => {
        this.pauses++;
        this.onPause?.();
        await new Promise((resolve) => setImmediate(resolve));
      },
    });
  }

  /** initialize + initialized, as server.ts runs them. */
  static async start(options: HarnessOptions): Promise<Harness> {
    const h = new Harness(options);
    h.lifecycle.initializing();
    for (const root of options.folders ?? [ROOT]) await h.state.addFolder(pathToUri(root), undefined);
    h.lifecycle.initialized(true);
    if (!options.noInit) await h.sync.initialized();
    return h;
  }

  /** Open a file of the in-memory workspace in the fake editor, and publish as didOpen does. */
  async open(rel: string, root = ROOT): Promise<TextDocument> {
    const text = new TextDecoder().decode(await this.fs.readFile(abs(rel, root)));
    const doc = this.docs.open(uriOf(rel, root), text);
    await this.diagnostics.publishDocument(doc);
    return doc;
  }

  /** The last diagnostics published for a uri (undefined: never published). */
  latest(uri: string): Diagnostic[] | undefined {
    for (let i = this.published.length - 1; i >= 0; i--) if (this.published[i].uri === uri) return this.published[i].diagnostics;
    return undefined;
  }

  /** All publishes for a uri. */
  publishesFor(uri: string): PublishDiagnosticsParams[] {
    return this.published.filter((p) => p.uri === uri);
  }
}

/** A position in the middle of `sub` on the first line containing `needle` (default `sub`). */
export function posOf(text: string, sub: string, needle = sub): { line: number; character: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`"${needle}" is not in the text`);
  const col = lines[line].indexOf(sub);
  if (col < 0) throw new Error(`"${sub}" is not on line ${line + 1}`);
  return { line, character: col + Math.floor(sub.length / 2) };
}

/** The text a range covers. */
export function textAt(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const doc = TextDocument.create('x:', 'markdown', 1, text);
  return doc.getText(range);
}

export const codesOn = (ds: Diagnostic[] | undefined, line: number) => (ds ?? []).filter((d) => d.range.start.line === line).map((d) => d.code);
