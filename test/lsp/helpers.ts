// Shared helpers for the LSP tests: a temp copy of examples/, the expectations table, a small
// LSP client that speaks to the BUILT server (dist/server.js) over stdio, and text utilities.
import * as assert from 'node:assert/strict';
import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  Diagnostic,
  InitializeResult,
  LogMessageParams,
  ProtocolConnection,
  PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentContentChangeEvent,
  TextEdit,
} from 'vscode-languageserver-protocol/node';
import type { Position, Range } from 'vscode-languageserver-protocol/node';

export const REPO = path.resolve(__dirname, '..', '..');
export const SERVER_JS = path.join(REPO, 'dist', 'server.js');
export const EXAMPLES = path.join(REPO, 'examples');
export const EXPECT_TSV = path.join(REPO, 'test', 'fixtures', 'example-expect.tsv');
export const NOTE_REL = 'notes/analysis.md';

export function fileUri(p: string): string {
  return pathToFileURL(p).toString();
}

/** Fail early with a clear message when the server has not been built. */
export function requireBuiltServer(): void {
  if (!fs.existsSync(SERVER_JS)) throw new Error(`${SERVER_JS} is missing: run \`npm run build\` first`);
}

/** A throw-away copy of examples/ (tests may edit it freely). */
export function copyExamples(prefix = 'grounded-lsp-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.cpSync(EXAMPLES, dir, { recursive: true });
  return dir;
}

export function removeDir(dir: string | undefined): void {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}

// ---------------------------------------------------------------- expectations

export type Expect =
  | 'supported'
  | 'contradicted'
  | 'unverified'
  | 'quote-found'
  | 'quote-missing'
  | 'unknown-source'
  | 'wrong-source'
  | 'no-diagnostic'
  | 'ignored';

export interface Row {
  /** 1-based line as in the tsv. */
  line1: number;
  /** 0-based LSP line. */
  line: number;
  text: string;
  expect: Expect;
  /** Range of the figure text on its line (the whole line for `*`). */
  range: Range;
}

const isWordChar = (c: string | undefined) => !!c && /[A-Za-z0-9]/.test(c);

/** Column of `needle` in `line`, preferring an occurrence not glued to letters or digits. */
export function findOnLine(line: string, needle: string): number {
  let first = -1;
  for (let i = line.indexOf(needle); i >= 0; i = line.indexOf(needle, i + 1)) {
    if (first < 0) first = i;
    const before = line[i - 1];
    const after = line[i + needle.length];
    if ((!isWordChar(needle[0]) || !isWordChar(before)) && (!isWordChar(needle[needle.length - 1]) || !isWordChar(after))) return i;
  }
  return first;
}

/** The tsv rows, each located on its line of the note. */
export function loadRows(noteText: string): Row[] {
  const lines = noteText.split(/\r?\n/);
  const rows: Row[] = [];
  for (const raw of fs.readFileSync(EXPECT_TSV, 'utf8').split(/\r?\n/)) {
    if (!raw.trim() || raw.startsWith('#')) continue;
    const [lineS, text, expect] = raw.split('\t');
    const line1 = Number(lineS);
    const line = line1 - 1;
    const lineText = lines[line];
    assert.ok(lineText !== undefined, `tsv line ${line1} is beyond the note`);
    let range: Range;
    if (text === '*') {
      range = { start: { line, character: 0 }, end: { line, character: lineText.length } };
    } else {
      const col = findOnLine(lineText, text);
      assert.ok(col >= 0, `tsv: "${text}" not found on line ${line1}: ${lineText}`);
      range = { start: { line, character: col }, end: { line, character: col + text.length } };
    }
    rows.push({ line1, line, text, expect: expect as Expect, range });
  }
  return rows;
}

export function rowsWith(rows: Row[], ...expects: Expect[]): Row[] {
  return rows.filter((r) => expects.includes(r.expect));
}

export function row(rows: Row[], line1: number, text: string): Row {
  const r = rows.find((x) => x.line1 === line1 && x.text === text);
  assert.ok(r, `no tsv row for line ${line1} "${text}"`);
  return r;
}

/** A position inside the row's figure (its middle, so either-end conventions do not matter). */
export function inside(r: Row): Position {
  const { start, end } = r.range;
  return { line: start.line, character: Math.floor((start.character + end.character) / 2) };
}

// ---------------------------------------------------------------- text utilities

export function offsetAt(text: string, pos: Position): number {
  let off = 0;
  for (let l = 0; l < pos.line; l++) {
    const nl = text.indexOf('\n', off);
    if (nl < 0) return text.length;
    off = nl + 1;
  }
  const lineEnd = text.indexOf('\n', off);
  return Math.min(off + pos.character, lineEnd < 0 ? text.length : lineEnd);
}

export function textIn(text: string, range: Range): string {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

/** Apply LSP text edits (non-overlapping, all against the same original text). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const withOffsets = edits.map((e, i) => ({ i, a: offsetAt(text, e.range.start), b: offsetAt(text, e.range.end), t: e.newText }));
  withOffsets.sort((x, y) => y.a - x.a || y.i - x.i);
  let out = text;
  for (const e of withOffsets) out = out.slice(0, e.a) + e.t + out.slice(e.b);
  return out;
}

export function overlaps(a: Range, b: Range): boolean {
  const lt = (p: Position, q: Position) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !lt(a.end, b.start) && !lt(b.end, a.start);
}

export function fmtDiag(d: Diagnostic): string {
  return `${d.range.start.line + 1}:${d.range.start.character}-${d.range.end.line + 1}:${d.range.end.character} sev=${d.severity} [${d.code}] ${d.message}`;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

// ---------------------------------------------------------------- the client

export interface ClientOptions {
  workspace: string;
  /** Extra `initializationOptions`. */
  initializationOptions?: unknown;
  /** All workspace folders (default: [workspace]). */
  folders?: string[];
  /** The client's workspace.configuration capability (default false: settings come from disk). */
  configuration?: boolean;
  /** Declare workspace folders and send them (default true); false: rootUri only. */
  workspaceFolders?: boolean;
  /** The server's working directory (default: workspace). */
  cwd?: string;
  /** Register request handlers that must be in place before `initialize` (workspace/configuration…). */
  beforeInitialize?: (client: LspClient) => void;
}

/** The `initialize` params of a client as the tests describe it. */
export function initializeParams(opts: ClientOptions): unknown {
  const folders = opts.folders ?? [opts.workspace];
  const withFolders = opts.workspaceFolders !== false;
  return {
    processId: process.pid,
    rootUri: fileUri(folders[0]),
    workspaceFolders: withFolders ? folders.map((f) => ({ uri: fileUri(f), name: path.basename(f) })) : undefined,
    initializationOptions: opts.initializationOptions,
    capabilities: {
      textDocument: {
        synchronization: { didSave: false, dynamicRegistration: false },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        definition: { linkSupport: true },
        references: {},
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, isPreferredSupport: true },
        completion: { completionItem: { snippetSupport: false, documentationFormat: ['markdown', 'plaintext'] } },
        documentLink: { tooltipSupport: true },
        publishDiagnostics: { relatedInformation: true, versionSupport: true },
      },
      workspace: {
        configuration: opts.configuration ?? false,
        didChangeConfiguration: { dynamicRegistration: false },
        workspaceFolders: withFolders,
        didChangeWatchedFiles: { dynamicRegistration: false },
        symbol: {},
      },
      window: { workDoneProgress: true },
    },
  };
}

interface Published {
  seq: number;
  params: PublishDiagnosticsParams;
}

/** A minimal LSP client for one server process. */
export class LspClient {
  readonly conn: ProtocolConnection;
  readonly logs: LogMessageParams[] = [];
  readonly published: Published[] = [];
  readonly progressCreates: unknown[] = [];
  stderr = '';
  exitCode: number | null | undefined;
  exitSignal: NodeJS.Signals | null | undefined;
  initializeResult?: InitializeResult;
  private seq = 0;
  private waiters: (() => void)[] = [];
  private versions = new Map<string, { version: number; text: string }>();
  private exitedPromise: Promise<void>;

  constructor(
    readonly proc: ChildProcessWithoutNullStreams,
    readonly workspace: string,
  ) {
    proc.stderr.on('data', (b: Buffer) => (this.stderr += b.toString()));
    this.exitedPromise = new Promise((resolve) =>
      proc.on('exit', (code, signal) => {
        this.exitCode = code;
        this.exitSignal = signal;
        this.notify();
        resolve();
      }),
    );
    this.conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push({ seq: ++this.seq, params: p });
      this.notify();
    });
    this.conn.onNotification('window/logMessage', (p: LogMessageParams) => {
      this.logs.push(p);
      this.notify();
    });
    this.conn.onNotification('window/showMessage', (p: LogMessageParams) => {
      this.logs.push(p);
      this.notify();
    });
    this.conn.onRequest('window/workDoneProgress/create', (p: unknown) => {
      this.progressCreates.push(p);
      return null;
    });
    this.conn.onNotification('$/progress', () => undefined);
    this.conn.onNotification('grounded/statusChanged', () => undefined);
    this.conn.listen();
  }

  /** Start the server process, without `initialize` (the test sends it). */
  static spawn(opts: Pick<ClientOptions, 'workspace' | 'cwd'>): LspClient {
    requireBuiltServer();
    const proc = spawn(process.execPath, [SERVER_JS, 'lsp', '--stdio'], { cwd: opts.cwd ?? opts.workspace, stdio: 'pipe' });
    return new LspClient(proc, opts.workspace);
  }

  static async start(opts: ClientOptions): Promise<LspClient> {
    const client = LspClient.spawn(opts);
    client.conn.onRequest('client/registerCapability', () => null);
    client.conn.onRequest('client/unregisterCapability', () => null);
    opts.beforeInitialize?.(client);
    client.initializeResult = await client.conn.sendRequest<InitializeResult>('initialize', initializeParams(opts));
    client.conn.sendNotification('initialized', {});
    return client;
  }

  /** Resolves with the exit code once the process has exited (at most `timeoutMs`). */
  async exited(timeoutMs = 5000): Promise<number | null | undefined> {
    await Promise.race([this.exitedPromise, sleep(timeoutMs)]);
    return this.exitCode;
  }

  private notify(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  get alive(): boolean {
    return this.exitCode === undefined;
  }

  /** Wait until `check` returns a value (not undefined); re-checked on every message. */
  async waitFor<T>(what: string, check: () => T | undefined, timeoutMs = 10000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = check();
      if (v !== undefined) return v;
      if (!this.alive) throw new Error(`server exited (code ${this.exitCode}, signal ${this.exitSignal}) while waiting for ${what}\nstderr:\n${this.stderr}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}\nlogs:\n${this.logs.map((l) => l.message).join('\n')}\nstderr:\n${this.stderr}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /**
   * Wait for the first index of the workspace to finish (the server logs "indexed N sources"). The
   * example workspace holds a PDF and a web page: the first index loads PDF.js and Readability
   * (about a second of CPU), which a busy machine stretches.
   */
  async waitIndexed(count = 1): Promise<void> {
    await this.waitFor(`index #${count}`, () => (this.logs.filter((l) => /indexed \d+ sources/.test(l.message)).length >= count ? true : undefined), 30000);
  }

  get seqNow(): number {
    return this.seq;
  }

  /** The latest diagnostics published for `uri` after `afterSeq` that satisfy `pred`. */
  async waitDiagnostics(uri: string, opts: { afterSeq?: number; version?: number; pred?: (d: Diagnostic[]) => boolean; timeoutMs?: number } = {}): Promise<Diagnostic[]> {
    const what = `diagnostics for ${uri}${opts.version !== undefined ? ` version ${opts.version}` : ''}${opts.pred ? ' (matching the test condition)' : ''}`;
    const last = () => {
      const l = [...this.published].reverse().find((p) => p.params.uri === uri);
      return l ? `last published (#${l.seq}, version ${l.params.version}):\n${l.params.diagnostics.map(fmtDiag).join('\n')}` : 'nothing published for it';
    };
    return this.waitFor(
      what,
      () => {
        for (let i = this.published.length - 1; i >= 0; i--) {
          const p = this.published[i];
          if (p.seq <= (opts.afterSeq ?? 0)) break;
          if (p.params.uri !== uri) continue;
          if (opts.version !== undefined && p.params.version !== opts.version) continue;
          if (opts.pred && !opts.pred(p.params.diagnostics)) continue;
          return p.params.diagnostics;
        }
        return undefined;
      },
      opts.timeoutMs ?? 10000,
    ).catch((e: Error) => {
      throw new Error(`${e.message}\n${last()}`);
    });
  }

  textOf(uri: string): string {
    const d = this.versions.get(uri);
    assert.ok(d, `${uri} is not open`);
    return d.text;
  }

  versionOf(uri: string): number {
    return this.versions.get(uri)?.version ?? 0;
  }

  open(absPath: string, languageId = 'markdown'): { uri: string; text: string; version: number } {
    const uri = fileUri(absPath);
    const text = fs.readFileSync(absPath, 'utf8');
    this.versions.set(uri, { version: 1, text });
    this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return { uri, text, version: 1 };
  }

  /** Incremental didChange with LSP edits (all against the current text); returns the new version. */
  change(uri: string, edits: TextEdit[]): number {
    const cur = this.versions.get(uri);
    assert.ok(cur, `${uri} is not open`);
    const version = cur.version + 1;
    // send them last-first so each range is still valid when the server applies it
    const sorted = [...edits].sort((a, b) => offsetAt(cur.text, b.range.start) - offsetAt(cur.text, a.range.start));
    const contentChanges: TextDocumentContentChangeEvent[] = sorted.map((e) => ({ range: e.range, text: e.newText }));
    this.versions.set(uri, { version, text: applyEdits(cur.text, edits) });
    this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    return version;
  }

  /** Full-text didChange; returns the new version. */
  replaceAll(uri: string, text: string): number {
    const cur = this.versions.get(uri);
    assert.ok(cur, `${uri} is not open`);
    const version = cur.version + 1;
    this.versions.set(uri, { version, text });
    this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    if (!this.alive) return Promise.reject(new Error(`server is not running (exit code ${this.exitCode}); stderr:\n${this.stderr}`));
    return this.conn.sendRequest<R>(method, params);
  }

  /** shutdown + exit; resolves with the exit code. */
  async shutdown(timeoutMs = 5000): Promise<number | null | undefined> {
    if (this.alive) {
      await this.conn.sendRequest('shutdown');
      this.conn.sendNotification('exit');
      await Promise.race([this.exitedPromise, sleep(timeoutMs)]);
    }
    return this.exitCode;
  }

  /** Best-effort cleanup for after() hooks. */
  async dispose(): Promise<void> {
    try {
      if (this.alive) await Promise.race([this.shutdown(2000), sleep(2500)]);
    } catch {
      // fall through to kill
    }
    if (this.alive) this.proc.kill('SIGKILL');
    this.conn.dispose();
  }
}
