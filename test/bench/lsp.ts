// The benchmark's language-server part: the built server (dist/server.js lsp --stdio) over a copy
// of the corpus and the generated note — initialized → index ready, didOpen → diagnostics, hover
// latency on the note's figures, edit → diagnostics, and the server's memory.
import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { createProtocolConnection, ProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { parseNote } from '../../server/src/engine/notes';
import { lineStarts, positionAt } from '../../server/src/engine/text';
import { log, median, MiB, now, pct, r1, r2, sleep, timeout } from './measure';

export interface LspResults {
  initToReadyMs: number;
  serverIndexMs: number | null;
  serverStatus: { sources: number; passages: number; figures: number };
  openToDiagnosticsMs: number;
  openDiagnostics: number;
  hover: { count: number; nonNull: number; p50: number; p95: number; max: number };
  diagnostics: { edits: number; rawMedian: number; rawP95: number; minusDebounceMedian: number; minusDebounceP95: number; count: number };
  serverRssMB: number | null;
  serverPeakRssMB: number | null;
}

/** The server's pause after an edit (lsp/diagnosticsManager.ts), taken off the edit → diagnostics times. */
export const DEBOUNCE_MS = 150;
/** Hover requests timed (cycling through the note's figures), after HOVER_WARMUP untimed ones. */
const HOVERS = 200;
const HOVER_WARMUP = 10;
/** One-digit edits timed from didChange to their diagnostics. */
const EDITS = 10;

type Status = { indexing: boolean; sources: number; passages: number; figures: number; lastIndexMs: number | null };
type Position = { line: number; character: number };

function procStatus(pid: number | undefined): { rss: number; hwm: number } | null {
  if (!pid) return null;
  try {
    const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(s)?.[1] ?? NaN) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return null;
  }
}

/** A workspace in `tmp`: sources/ = a copy of the corpus (.txt only: SOURCE.md is not an article), notes/bench.md. */
function makeWorkspace(tmp: string, corpusDir: string, txtFiles: string[], note: string): { noteUri: string; rootUri: string } {
  const srcDir = path.join(tmp, 'sources');
  fs.mkdirSync(srcDir);
  for (const f of txtFiles) fs.copyFileSync(path.join(corpusDir, f), path.join(srcDir, f));
  fs.mkdirSync(path.join(tmp, 'notes'));
  const notePath = path.join(tmp, 'notes', 'bench.md');
  fs.writeFileSync(notePath, note);
  return { noteUri: URI.file(notePath).toString(), rootUri: URI.file(tmp).toString() };
}

/** The server child and the connection to it, with diagnostics recorded by (uri, version) as they arrive. */
class ServerUnderTest {
  readonly child: ChildProcess;
  readonly conn: ProtocolConnection;
  /** Rejects when the server exits. */
  readonly exited: Promise<never>;
  onStatus: ((s: Status) => void) | undefined;
  private readonly diagWaiters = new Map<string, (t: number, n: number) => void>();
  private readonly diagSeen = new Map<string, { t: number; n: number }>();

  constructor(serverJs: string, cwd: string) {
    // GROUNDED_BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server.
    const nodeArgs = (process.env.GROUNDED_BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
    const child = (this.child = spawn(process.execPath, [...nodeArgs, serverJs, 'lsp', '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] }));
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    this.exited = new Promise<never>((_, rej) => child.on('exit', (code) => rej(new Error(`server exited (${code}): ${stderr}`))));
    this.exited.catch(() => undefined);
    const c = (this.conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!)));
    c.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: unknown[] }) => this.diagnosticsArrived(p));
    c.onNotification('grounded/statusChanged', (s: Status) => this.onStatus?.(s));
    c.onNotification('window/logMessage', (m: { message: string }) => { if (process.env.GROUNDED_BENCH_LOG) process.stderr.write('LOG ' + m.message + '\n'); });
    c.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    c.onRequest('client/registerCapability', () => null);
    c.onRequest('window/workDoneProgress/create', () => null);
    c.listen();
  }

  private diagnosticsArrived(p: { uri: string; version?: number; diagnostics: unknown[] }): void {
    const t = now();
    const k = `${p.uri}#${p.version ?? 'disk'}`;
    const w = this.diagWaiters.get(k);
    if (w) {
      this.diagWaiters.delete(k);
      w(t, p.diagnostics.length);
    } else this.diagSeen.set(k, { t, n: p.diagnostics.length });
  }

  /** When the diagnostics of this version (or of the note on disk) arrived, and how many. */
  waitDiag(uri: string, version: number | 'disk', timeoutMs = 30000): Promise<{ t: number; n: number }> {
    return new Promise((res, rej) => {
      const k = `${uri}#${version}`;
      const seen = this.diagSeen.get(k);
      if (seen) return res(seen);
      const timer = setTimeout(() => rej(new Error(`no diagnostics for version ${version} within ${timeoutMs} ms`)), timeoutMs);
      this.diagWaiters.set(k, (t, n) => {
        clearTimeout(timer);
        res({ t, n });
      });
    });
  }

  /** Close the connection; the server gets 2 s to exit before it is killed. */
  async dispose(): Promise<void> {
    this.conn.dispose();
    const ch = this.child;
    if (ch.exitCode === null) {
      await Promise.race([new Promise((r) => ch.once('exit', r)), sleep(2000)]);
      if (ch.exitCode === null) ch.kill();
    }
  }
}

async function initialize(s: ServerUnderTest, rootUri: string): Promise<void> {
  await Promise.race([
    s.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      capabilities: {
        textDocument: { hover: { contentFormat: ['markdown'] }, publishDiagnostics: { versionSupport: true, relatedInformation: true }, synchronization: { didSave: false } },
        workspace: { workspaceFolders: true, configuration: false },
        window: { workDoneProgress: false },
      },
      initializationOptions: { trusted: true },
    }),
    s.exited,
  ]);
}

/** Send `initialized` and wait until the server has indexed every source: the status then, and how long it took. */
async function untilIndexed(s: ServerUnderTest, expected: number): Promise<{ status: Status; ms: number }> {
  const t0 = now();
  const ready = new Promise<Status>((res) => {
    let done = false;
    const finish = (st: Status) => {
      if (done || st.indexing || st.sources < expected) return;
      done = true;
      clearInterval(poll);
      res(st);
    };
    s.onStatus = finish;
    // fallback: poll grounded/status (the request waits behind a synchronous index anyway)
    const poll = setInterval(() => void s.conn.sendRequest('grounded/status').then((st) => finish(st as Status), () => undefined), 1000);
  });
  s.conn.sendNotification('initialized', {});
  const status = await Promise.race([ready, s.exited, timeout<Status>(120000, 'indexing in the server')]);
  return { status, ms: now() - t0 };
}

/** Hover latencies over HOVERS positions cycling through the note's figures (after a warm-up). */
async function measureHovers(s: ServerUnderTest, noteUri: string, note: string): Promise<{ ms: number[]; nonNull: number }> {
  const figs = parseNote(note).figures;
  if (figs.length === 0) throw new Error('the generated note has no figures');
  const starts = lineStarts(note);
  const positions: Position[] = Array.from({ length: HOVERS }, (_, i) => {
    const f = figs[Math.floor((i * figs.length) / HOVERS) % figs.length];
    return positionAt(starts, (f.start + f.end) >> 1);
  });
  for (let i = 0; i < HOVER_WARMUP; i++) await s.conn.sendRequest('textDocument/hover', { textDocument: { uri: noteUri }, position: positions[i] });
  const ms: number[] = [];
  let nonNull = 0;
  for (const position of positions) {
    const t = now();
    const h = await s.conn.sendRequest('textDocument/hover', { textDocument: { uri: noteUri }, position });
    ms.push(now() - t);
    if (h) nonNull++;
  }
  return { ms, nonNull };
}

/**
 * Diagnostics after an edit: EDITS times, change one digit of a figure (length-preserving) and
 * wait for the publishDiagnostics of that version. The note is open at version 1.
 */
async function measureEdits(s: ServerUnderTest, noteUri: string, note: string): Promise<{ ms: number[]; count: number }> {
  const starts = lineStarts(note);
  const digitAt: number[] = [];
  for (const f of parseNote(note).figures) {
    const i = note.slice(f.start, f.end).search(/\d/);
    if (i >= 0) digitAt.push(f.start + i);
  }
  let text = note;
  let version = 1;
  const ms: number[] = [];
  let count = 0;
  for (let e = 0; e < EDITS; e++) {
    const off = digitAt[Math.floor(((e + 0.5) * digitAt.length) / EDITS)];
    const d = text[off];
    const nd = d === '9' ? '8' : String(Number(d) + 1);
    const pos = positionAt(starts, off);
    text = text.slice(0, off) + nd + text.slice(off + 1);
    version++;
    const t = now();
    s.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: noteUri, version },
      contentChanges: [{ range: { start: pos, end: { line: pos.line, character: pos.character + 1 } }, text: nd }],
    });
    const got = await s.waitDiag(noteUri, version);
    ms.push(got.t - t);
    count = got.n;
  }
  return { ms, count };
}

export async function benchLsp(serverJs: string, corpusDir: string, txtFiles: string[], note: string): Promise<LspResults> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-bench-'));
  let server: ServerUnderTest | undefined;
  try {
    const { noteUri, rootUri } = makeWorkspace(tmp, corpusDir, txtFiles, note);
    server = new ServerUnderTest(serverJs, tmp);
    await initialize(server, rootUri);
    const { status, ms: initToReadyMs } = await untilIndexed(server, txtFiles.length);
    log(`LSP: indexed ${status.sources} sources in ${status.lastIndexMs} ms (server), ready after ${r1(initToReadyMs)} ms`);
    // The server checks the notes on disk right after indexing: wait for that before opening.
    await server.waitDiag(noteUri, 'disk', 60000).catch(() => undefined);
    await sleep(100);

    // didOpen → first diagnostics (a full check, no debounce)
    const tOpen = now();
    server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: noteUri, languageId: 'markdown', version: 1, text: note } });
    const openDiag = await server.waitDiag(noteUri, 1);
    const hovers = await measureHovers(server, noteUri, note);
    const edits = await measureEdits(server, noteUri, note);

    const mem = procStatus(server.child.pid);
    // GROUNDED_BENCH_SERVER_SNAPSHOT=DIR: the server's /proc status and a heap snapshot of its thread
    // (it must run with GROUNDED_BENCH_SERVER_NODE_ARGS="--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=DIR")
    const snapDir = process.env.GROUNDED_BENCH_SERVER_SNAPSHOT;
    if (snapDir && server.child.pid) {
      fs.writeFileSync(path.join(snapDir, 'server-status.txt'), fs.readFileSync(`/proc/${server.child.pid}/status`));
      fs.writeFileSync(path.join(snapDir, 'server-smaps.txt'), fs.readFileSync(`/proc/${server.child.pid}/smaps_rollup`));
      const before = new Set(fs.readdirSync(snapDir));
      server.child.kill('SIGUSR2');
      for (let last = -1, t = 0; t < 120; t++) {
        await sleep(1000);
        const f = fs.readdirSync(snapDir).find((n) => !before.has(n) && n.endsWith('.heapsnapshot'));
        const size = f ? fs.statSync(path.join(snapDir, f)).size : -1;
        if (size > 0 && size === last) break;
        last = size;
      }
    }
    await server.conn.sendRequest('shutdown');
    server.conn.sendNotification('exit');
    return {
      initToReadyMs: r1(initToReadyMs),
      serverIndexMs: status.lastIndexMs,
      serverStatus: { sources: status.sources, passages: status.passages, figures: status.figures },
      openToDiagnosticsMs: r1(openDiag.t - tOpen),
      openDiagnostics: openDiag.n,
      hover: { count: hovers.ms.length, nonNull: hovers.nonNull, p50: r2(pct(hovers.ms, 50)), p95: r2(pct(hovers.ms, 95)), max: r2(Math.max(...hovers.ms)) },
      diagnostics: {
        edits: EDITS,
        rawMedian: r1(median(edits.ms)),
        rawP95: r1(pct(edits.ms, 95)),
        minusDebounceMedian: r1(median(edits.ms) - DEBOUNCE_MS),
        minusDebounceP95: r1(pct(edits.ms, 95) - DEBOUNCE_MS),
        count: edits.count,
      },
      serverRssMB: mem ? r1(mem.rss / MiB) : null,
      serverPeakRssMB: mem ? r1(mem.hwm / MiB) : null,
    };
  } finally {
    await server?.dispose();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
