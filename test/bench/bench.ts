// `npm run bench`: indexing speed, note checking, memory and LSP latency on the BBC News corpus
// (2,225 articles in ../shared/corpora/bbc-news, outside the repo: not redistributable).
//
//   node --expose-gc dist/bench.js [--runs N] [--json] [--no-lsp] [--no-lsp-scale] [--no-pathological] [--corpus DIR]
//
// The language server at scale (completion at 44k sources, hovers while a 1 MB note is checked:
// test/bench/lspScale.ts) runs in its own process after the LSP rows.
//
// The pathological tables (hostile notes and sources, each case in its own process with a time
// limit: test/bench/pathological.ts) run last, at the sizes of PATHOLOGICAL_SIZES.
//
// GROUNDED_BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR" passes node flags to the
// language server child (to profile it; summarise with test/bench/cpuprofile-summary.mjs).
//
// Progress goes to stderr; the results table (or, with --json, one JSON object) to stdout. The
// markdown table is also written to dist/bench-results.md. Every timing is a median (or p95) of
// several runs, never a single run.
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import MiniSearch from 'minisearch';
import { URI } from 'vscode-uri';
import { createProtocolConnection, ProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { checkNote, checkParsedNote } from '../../server/src/engine/check';
import { Corpus } from '../../server/src/engine/corpus';
import { extractFigures } from '../../server/src/engine/figures';
import { generateNote } from './note';
import { NoteParser, parseNote } from '../../server/src/engine/notes';
import { buildSource } from '../../server/src/engine/sources';
import { lineStarts, positionAt } from '../../server/src/engine/text';
import type { Source } from '../../server/src/engine/types';
import { buildCorpus, NodeFileSystem, readSources, SourceFile } from '../../server/src/engine/workspace';

// ------------------------------------------------------------------------------------------
// Arguments

interface Options {
  runs: number;
  json: boolean;
  lsp: boolean;
  /** Run the pathological tables (dist/pathological.js) after the rest. */
  pathological: boolean;
  /** Run the LSP-at-scale rows (dist/lsp-scale.js). */
  lspScale: boolean;
  corpus: string;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { runs: 5, json: false, lsp: true, pathological: true, lspScale: true, corpus: path.resolve(__dirname, '../../shared/corpora/bbc-news') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i]);
    if (a === '--json') o.json = true;
    else if (a === '--no-lsp') o.lsp = false;
    else if (a === '--no-pathological') o.pathological = false;
    else if (a === '--no-lsp-scale') o.lspScale = false;
    else if (a === '--runs' || a.startsWith('--runs=')) {
      const n = Number(val());
      if (!Number.isInteger(n) || n < 1) usage('--runs needs a positive integer');
      o.runs = n;
    } else if (a === '--corpus' || a.startsWith('--corpus=')) o.corpus = path.resolve(val() ?? '');
    else if (a === '--help' || a === '-h') usage();
    else usage(`unknown argument ${a}`);
  }
  return o;
}

function usage(err?: string): never {
  if (err) process.stderr.write(`bench: ${err}\n`);
  process.stderr.write('usage: node --expose-gc dist/bench.js [--runs N] [--json] [--no-lsp] [--no-lsp-scale] [--no-pathological] [--corpus DIR]\n');
  process.exit(err ? 2 : 0);
}

// ------------------------------------------------------------------------------------------
// Small helpers

const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);
const now = () => performance.now();
const gc = (globalThis as { gc?: () => void }).gc;
const collect = () => {
  if (gc) {
    gc();
    gc();
  }
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}
/** Nearest-rank percentile. */
function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] : NaN;
}
const min = (xs: number[]) => Math.min(...xs);
const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
const MB = 1e6; // MB/s figures are 10^6 bytes per second
const MiB = 1024 * 1024;
const mbps = (bytes: number, ms: number) => bytes / MB / (ms / 1000);

/** Time fn() `runs` times (each after a gc); returns the durations in ms and the last result. */
function timeRuns<T>(runs: number, fn: () => T): { ms: number[]; cpu: number[]; last: T } {
  const ms: number[] = [];
  const cpu: number[] = [];
  let last!: T;
  for (let i = 0; i < runs; i++) {
    last = undefined as T; // let the previous result be collected
    collect();
    const c = process.cpuUsage();
    const t = now();
    last = fn();
    ms.push(now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { ms, cpu, last };
}

/** timeRuns for an async fn (awaited one run after another). */
async function timeRunsAsync<T>(runs: number, fn: () => Promise<T>): Promise<{ ms: number[]; cpu: number[]; last: T }> {
  const ms: number[] = [];
  const cpu: number[] = [];
  let last!: T;
  for (let i = 0; i < runs; i++) {
    last = undefined as T; // let the previous result be collected
    collect();
    const c = process.cpuUsage();
    const t = now();
    last = await fn();
    ms.push(now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { ms, cpu, last };
}

/** Peak RSS seen so far: samples after each phase, plus the kernel's high-water mark. */
let peakRssSample = 0;
function sampleMem(): NodeJS.MemoryUsage {
  const m = process.memoryUsage();
  peakRssSample = Math.max(peakRssSample, m.rss);
  return m;
}
const sampler = setInterval(sampleMem, 25);
const maxRss = () => Math.max(peakRssSample, process.resourceUsage().maxRSS * 1024);


// ------------------------------------------------------------------------------------------
// LSP

interface LspResults {
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

const DEBOUNCE_MS = 150;

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

async function benchLsp(serverJs: string, corpusDir: string, txtFiles: string[], note: string): Promise<LspResults> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-bench-'));
  let child: ChildProcess | undefined;
  let conn: ProtocolConnection | undefined;
  try {
    // Workspace: sources/ = a copy of the corpus (.txt only: SOURCE.md is not an article), notes/bench.md.
    const srcDir = path.join(tmp, 'sources');
    fs.mkdirSync(srcDir);
    for (const f of txtFiles) fs.copyFileSync(path.join(corpusDir, f), path.join(srcDir, f));
    fs.mkdirSync(path.join(tmp, 'notes'));
    const notePath = path.join(tmp, 'notes', 'bench.md');
    fs.writeFileSync(notePath, note);
    const noteUri = URI.file(notePath).toString();
    const rootUri = URI.file(tmp).toString();

    // GROUNDED_BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server.
    const nodeArgs = (process.env.GROUNDED_BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
    child = spawn(process.execPath, [...nodeArgs, serverJs, 'lsp', '--stdio'], { cwd: tmp, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    const exited = new Promise<never>((_, rej) => child!.on('exit', (code) => rej(new Error(`server exited (${code}): ${stderr}`))));
    exited.catch(() => undefined);
    conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const c = conn;

    // Diagnostics by (uri, version) → arrival time.
    const diagWaiters = new Map<string, (t: number, n: number) => void>();
    const diagSeen = new Map<string, { t: number; n: number }>();
    c.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: unknown[] }) => {
      const t = now();
      const k = `${p.uri}#${p.version ?? 'disk'}`;
      const w = diagWaiters.get(k);
      if (w) {
        diagWaiters.delete(k);
        w(t, p.diagnostics.length);
      } else diagSeen.set(k, { t, n: p.diagnostics.length });
    });
    const waitDiag = (uri: string, version: number | 'disk', timeoutMs = 30000) =>
      new Promise<{ t: number; n: number }>((res, rej) => {
        const k = `${uri}#${version}`;
        const seen = diagSeen.get(k);
        if (seen) return res(seen);
        const timer = setTimeout(() => rej(new Error(`no diagnostics for version ${version} within ${timeoutMs} ms`)), timeoutMs);
        diagWaiters.set(k, (t, n) => {
          clearTimeout(timer);
          res({ t, n });
        });
      });

    type Status = { indexing: boolean; sources: number; passages: number; figures: number; lastIndexMs: number | null };
    let onStatus: ((s: Status) => void) | undefined;
    c.onNotification('grounded/statusChanged', (s: Status) => onStatus?.(s));
    c.onNotification('window/logMessage', () => undefined);
    c.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    c.onRequest('client/registerCapability', () => null);
    c.onRequest('window/workDoneProgress/create', () => null);
    c.listen();

    await Promise.race([
      c.sendRequest('initialize', {
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
      exited,
    ]);
    const expected = txtFiles.length;
    const t0 = now();
    const ready = new Promise<Status>((res) => {
      let done = false;
      const finish = (s: Status) => {
        if (done || s.indexing || s.sources < expected) return;
        done = true;
        clearInterval(poll);
        res(s);
      };
      onStatus = finish;
      // fallback: poll grounded/status (the request waits behind a synchronous index anyway)
      const poll = setInterval(() => void c.sendRequest('grounded/status').then((s) => finish(s as Status), () => undefined), 1000);
    });
    c.sendNotification('initialized', {});
    const status = await Promise.race([ready, exited, timeout<Status>(120000, 'indexing in the server')]);
    const initToReadyMs = now() - t0;
    log(`LSP: indexed ${status.sources} sources in ${status.lastIndexMs} ms (server), ready after ${r1(initToReadyMs)} ms`);
    // The server checks the notes on disk right after indexing: wait for that before opening.
    await waitDiag(noteUri, 'disk', 60000).catch(() => undefined);
    await sleep(100);

    // didOpen → first diagnostics (a full check, no debounce)
    let version = 1;
    let text = note;
    const tOpen = now();
    c.sendNotification('textDocument/didOpen', { textDocument: { uri: noteUri, languageId: 'markdown', version, text } });
    const openDiag = await waitDiag(noteUri, version);
    const openToDiagnosticsMs = openDiag.t - tOpen;

    // Hover on 200 figure positions (cycling through the note's figures).
    const parsed = parseNote(note);
    const starts = lineStarts(note);
    const figs = parsed.figures;
    if (figs.length === 0) throw new Error('the generated note has no figures');
    const positions = Array.from({ length: 200 }, (_, i) => {
      const f = figs[Math.floor((i * figs.length) / 200) % figs.length];
      return positionAt(starts, (f.start + f.end) >> 1);
    });
    for (let i = 0; i < 10; i++) await c.sendRequest('textDocument/hover', { textDocument: { uri: noteUri }, position: positions[i] }); // warm-up
    const hoverMs: number[] = [];
    let nonNull = 0;
    for (const position of positions) {
      const t = now();
      const h = await c.sendRequest('textDocument/hover', { textDocument: { uri: noteUri }, position });
      hoverMs.push(now() - t);
      if (h) nonNull++;
    }

    // Diagnostics after an edit: change one digit of a figure (length-preserving), wait for the
    // publishDiagnostics of that version.
    const digitAt: number[] = [];
    for (const f of figs) {
      const i = note.slice(f.start, f.end).search(/\d/);
      if (i >= 0) digitAt.push(f.start + i);
    }
    const diagMs: number[] = [];
    let diagCount = 0;
    const EDITS = 10;
    for (let e = 0; e < EDITS; e++) {
      const off = digitAt[Math.floor(((e + 0.5) * digitAt.length) / EDITS)];
      const d = text[off];
      const nd = d === '9' ? '8' : String(Number(d) + 1);
      const pos = positionAt(starts, off);
      text = text.slice(0, off) + nd + text.slice(off + 1);
      version++;
      const t = now();
      c.sendNotification('textDocument/didChange', {
        textDocument: { uri: noteUri, version },
        contentChanges: [{ range: { start: pos, end: { line: pos.line, character: pos.character + 1 } }, text: nd }],
      });
      const got = await waitDiag(noteUri, version);
      diagMs.push(got.t - t);
      diagCount = got.n;
    }

    const mem = procStatus(child.pid);
    await c.sendRequest('shutdown');
    c.sendNotification('exit');
    return {
      initToReadyMs: r1(initToReadyMs),
      serverIndexMs: status.lastIndexMs,
      serverStatus: { sources: status.sources, passages: status.passages, figures: status.figures },
      openToDiagnosticsMs: r1(openToDiagnosticsMs),
      openDiagnostics: openDiag.n,
      hover: { count: hoverMs.length, nonNull, p50: r2(pct(hoverMs, 50)), p95: r2(pct(hoverMs, 95)), max: r2(Math.max(...hoverMs)) },
      diagnostics: {
        edits: EDITS,
        rawMedian: r1(median(diagMs)),
        rawP95: r1(pct(diagMs, 95)),
        minusDebounceMedian: r1(median(diagMs) - DEBOUNCE_MS),
        minusDebounceP95: r1(pct(diagMs, 95) - DEBOUNCE_MS),
        count: diagCount,
      },
      serverRssMB: mem ? r1(mem.rss / MiB) : null,
      serverPeakRssMB: mem ? r1(mem.hwm / MiB) : null,
    };
  } finally {
    conn?.dispose();
    if (child && child.exitCode === null) {
      const ch = child;
      await Promise.race([new Promise((r) => ch.once('exit', r)), sleep(2000)]);
      if (ch.exitCode === null) ch.kill();
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const timeout = <T>(ms: number, what: string) => new Promise<T>((_, rej) => setTimeout(() => rej(new Error(`timed out: ${what} (${ms} ms)`)), ms).unref());

// ------------------------------------------------------------------------------------------
// Main

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const tStart = now();
  if (!fs.existsSync(opts.corpus) || !fs.statSync(opts.corpus).isDirectory()) {
    const msg = `BBC News corpus not found at ${opts.corpus} (expected ../shared/corpora/bbc-news next to the repo)`;
    if (opts.json) process.stdout.write(JSON.stringify({ skipped: 'corpus not found', corpus: opts.corpus }) + '\n');
    else process.stdout.write(`${msg}\nskipped: corpus not found\n`);
    clearInterval(sampler);
    return;
  }
  if (!gc) log('warning: run with node --expose-gc for stable memory numbers (npm run bench does)');
  const R = opts.runs;
  const baseline = sampleMem();
  const loadStart = os.loadavg()[0];

  // 1. Read (N times; the last read is kept in memory for everything below)
  const txtFiles = fs.readdirSync(opts.corpus).filter((f) => f.endsWith('.txt')).sort();
  const paths = txtFiles.map((f) => path.join(opts.corpus, f));
  log(`reading ${paths.length} files × ${R}`);
  const diskFs = new NodeFileSystem();
  const read = await timeRunsAsync(R, () => readSources(diskFs, paths));
  const files: SourceFile[] = read.last.files;
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text, 'utf8'), 0);

  // 2. Indexing: buildCorpus (passages + figures + inverted index)
  log(`buildCorpus × ${R} (${(bytes / MB).toFixed(2)} MB)`);
  const build = timeRuns(R, () => buildCorpus(files).corpus);
  let corpus: Corpus = build.last;
  sampleMem();
  // Its two halves, to see where the time goes: buildSource per file, then new Corpus (tokenize + postings).
  const sourcesMs: number[] = [];
  const indexMs: number[] = [];
  for (let i = 0; i < R; i++) {
    collect();
    let t = now();
    const sources: Source[] = files.map((f, k) => buildSource(k, f.path, f.text));
    sourcesMs.push(now() - t);
    collect();
    t = now();
    new Corpus(sources);
    indexMs.push(now() - t);
  }
  // Figure extraction alone, over each file's whole text.
  log(`extractFigures × ${R}`);
  const extract = timeRuns(R, () => {
    let n = 0;
    for (const f of files) n += extractFigures(f.text).length;
    return n;
  });

  // Memory after indexing: the corpus (and the file texts it holds) live, after gc.
  collect();
  const afterIndex = sampleMem();

  // 3. Checking a 300-line note
  const gen = generateNote(corpus);
  const parsed = parseNote(gen.text);
  checkNote(gen.text, corpus); // warm-up (JIT)
  const checkRuns = Math.max(R * 4, 20);
  log(`checkNote × ${checkRuns} (cold: a fresh note parser, no cached chunks, each run)`);
  const check = timeRuns(checkRuns, () => checkNote(gen.text, corpus));
  // After an edit, as in the editor: one line changed each time, the other chunks' parses cached.
  const lines = gen.text.split('\n');
  const editable = lines.map((l, i) => (/^[A-Z]/.test(l) && l.length > 40 ? i : -1)).filter((i) => i >= 0);
  let editNo = 0;
  const editor = new NoteParser(); // the language server keeps one parser, as here
  checkParsedNote(editor.parse(gen.text), corpus);
  const edited = timeRuns(checkRuns, () => {
    const copy = [...lines];
    const at = editable[editNo++ % editable.length];
    copy[at] = copy[at].replace(/^(\S+)/, `$1 (edit ${editNo})`);
    return checkParsedNote(editor.parse(copy.join('\n')), corpus);
  });
  const report = check.last;
  const verdicts = { supported: 0, contradicted: 0, unverified: 0, wrongSource: 0 };
  for (const f of report.figures) {
    verdicts[f.verdict]++;
    if (f.wrongSource) verdicts.wrongSource++;
  }
  const quotesFound = report.quotes.filter((q) => q.verdict === 'found').length;
  // Contradictions against what the generator altered: a contradicted figure is a true alarm when
  // its sentence had that figure altered, a false alarm otherwise.
  const noteLines = gen.text.split('\n');
  let trueAlarms = 0;
  let falseAlarms = 0;
  for (const f of report.figures) {
    if (f.verdict !== 'contradicted') continue;
    const line = noteLines[report.note.lineStarts.findIndex((st, i) => st <= f.figure.start && (i + 1 >= report.note.lineStarts.length || report.note.lineStarts[i + 1] > f.figure.start))];
    const altered = gen.alteredSentences.some((a) => line.includes(a.text) && a.figures.some((x) => x.endsWith(f.figure.text) || f.figure.text.endsWith(x) || x.includes(f.figure.text)));
    if (altered) trueAlarms++;
    else falseAlarms++;
  }
  const afterCheck = sampleMem();
  const enginePeak = maxRss();

  // 4. MiniSearch reference over the same passages
  const docs = corpus.passages.map((p, id) => ({ id, text: p.text }));
  const passageBytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
  log(`MiniSearch × ${R} (${docs.length} passages)`);
  const mini = timeRuns(R, () => {
    const ms = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
    ms.addAll(docs);
    return ms.documentCount;
  });
  sampleMem();

  // 5. LSP
  let lsp: LspResults | null = null;
  let lspError: string | null = null;
  if (opts.lsp) {
    const serverJs = path.resolve(__dirname, 'server.js');
    if (!fs.existsSync(serverJs)) lspError = `${serverJs} not found (npm run build)`;
    else {
      log('LSP: starting dist/server.js lsp --stdio');
      try {
        lsp = await benchLsp(serverJs, opts.corpus, txtFiles, gen.text);
      } catch (e) {
        lspError = (e as Error).message;
        log(`LSP failed: ${lspError}`);
      }
    }
  }
  clearInterval(sampler);
  const finalPeak = maxRss();
  const lspScale = opts.lspScale ? runLspScale(opts.corpus) : null;
  const pathological = opts.pathological ? runPathological(opts.corpus) : null;

  // ---------------------------------------------------------------------------------------
  // Results
  const buildMed = median(build.ms);
  const miniMed = median(mini.ms);
  const results = {
    env: {
      node: process.version,
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cpus: os.cpus().length,
      platform: `${os.platform()} ${os.arch()}`,
      runs: R,
      date: new Date().toISOString(),
      loadAvg1m: { start: r2(loadStart), end: r2(os.loadavg()[0]) },
    },
    corpus: { dir: opts.corpus, files: files.length, bytes, passages: corpus.passageCount, figures: corpus.figureCount, sources: corpus.sources.length },
    read: { medianMs: r1(median(read.ms)), minMs: r1(min(read.ms)), mbps: r1(mbps(bytes, median(read.ms))) },
    indexing: {
      medianMs: r1(buildMed),
      minMs: r1(min(build.ms)),
      mbps: r2(mbps(bytes, buildMed)),
      bestMbps: r2(mbps(bytes, min(build.ms))),
      cpuMedianMs: r1(median(build.cpu)),
      cpuMbps: r2(mbps(bytes, median(build.cpu))),
      target: { mbps: 10, met: mbps(bytes, buildMed) >= 10 },
      buildSourcesMedianMs: r1(median(sourcesMs)),
      corpusIndexMedianMs: r1(median(indexMs)),
      runsMs: build.ms.map(r1),
      buildSourcesRunsMs: sourcesMs.map(r1),
      corpusIndexRunsMs: indexMs.map(r1),
    },
    figureExtraction: {
      medianMs: r1(median(extract.ms)),
      minMs: r1(min(extract.ms)),
      mbps: r2(mbps(bytes, median(extract.ms))),
      cpuMedianMs: r1(median(extract.cpu)),
      figures: extract.last,
    },
    minisearch: {
      medianMs: r1(miniMed),
      minMs: r1(min(mini.ms)),
      mbps: r2(mbps(passageBytes, miniMed)),
      passageBytes,
      documents: mini.last,
      ratioOursOverMiniSearch: r2(buildMed / miniMed),
      ratioIndexOnlyOverMiniSearch: r2(median(indexMs) / miniMed),
      cpuMedianMs: r1(median(mini.cpu)),
      cpuRatioOursOverMiniSearch: r2(median(build.cpu) / median(mini.cpu)),
      runsMs: mini.ms.map(r1),
    },
    check: {
      runs: checkRuns,
      medianMs: r1(median(check.ms)),
      p95Ms: r1(pct(check.ms, 95)),
      minMs: r1(min(check.ms)),
      cpuMedianMs: r1(median(check.cpu)),
      runsMs: check.ms.map(r1),
      target: { ms: 150, met: median(check.ms) < 150 },
      afterEdit: { medianMs: r1(median(edited.ms)), p95Ms: r1(pct(edited.ms, 95)) },
      alarms: { true: trueAlarms, false: falseAlarms, altered: gen.altered },
      note: {
        lines: gen.text.split('\n').length - 1,
        chars: gen.text.length,
        figures: parsed.figures.length,
        quotes: parsed.quotes.length,
        citations: parsed.citations.length,
        sentences: parsed.sentences.length,
        generated: { restatedSentences: gen.sentences, alteredFigures: gen.altered, hedgedFigures: gen.hedged, cited: gen.cited, wrongCitations: gen.wrongCite, realQuotes: gen.realQuotes, alteredQuotes: gen.alteredQuotes, codeBlocks: gen.codeBlocks },
      },
      verdicts: { ...verdicts, quotesFound, quotesNotFound: report.quotes.length - quotesFound, diagnostics: report.diagnostics.length },
    },
    memory: {
      baselineRssMB: r1(baseline.rss / MiB),
      afterIndexRssMB: r1(afterIndex.rss / MiB),
      afterIndexHeapUsedMB: r1(afterIndex.heapUsed / MiB),
      // what indexing holds (the texts included) over the source text
      heapOverSourceText: r1((afterIndex.heapUsed - baseline.heapUsed) / bytes),
      afterCheckHeapUsedMB: r1(afterCheck.heapUsed / MiB),
      peakRssEngineMB: r1(enginePeak / MiB),
      peakRssWholeRunMB: r1(finalPeak / MiB),
      target: { mb: 300, met: enginePeak / MiB < 300 },
    },
    lsp: lsp ?? { error: lspError ?? 'skipped (--no-lsp)' },
    lspScale: lspScale ?? 'skipped (--no-lsp-scale)',
    pathological: pathological ?? 'skipped (--no-pathological)',
    totalSeconds: 0,
  };
  results.totalSeconds = r1((now() - tStart) / 1000);

  const md = table(results, lsp) + (lspScale ? `\n#### The language server at scale\n\n${lspScale}` : '') + (pathological ? `\n#### Pathological input (\`test/bench/pathological.ts\`)\n\n\`\`\`text\n${pathological}\`\`\`\n` : '');
  fs.mkdirSync(path.resolve(__dirname), { recursive: true });
  fs.writeFileSync(path.resolve(__dirname, 'bench-results.md'), md);
  if (opts.json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  else process.stdout.write(md + `\n(written to ${path.relative(process.cwd(), path.resolve(__dirname, 'bench-results.md'))})\n`);
}

/** The LSP-at-scale table (lspScale.ts, in its own process: its corpora do not weigh on the rows above). */
function runLspScale(corpus: string): string {
  const script = path.resolve(__dirname, 'lsp-scale.js');
  if (!fs.existsSync(script)) return `${script} not found (npm run build)\n`;
  log('LSP at scale: completion at 44k sources, hovers while a 1 MB note is checked');
  const r = spawnSync(process.execPath, [script, '--corpus', corpus], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return r.status === 0 ? r.stdout : `lsp-scale failed (${r.status ?? r.signal}) ${r.stderr.slice(0, 400)}\n`;
}

/** Sizes of the pathological tables: notes up to the default size limit and past it, sources of 1 and 10 MB. */
const PATHOLOGICAL_SIZES = { parse: '100k,1M', check: '100k,1M,20M', index: '1M,10M' };
/** Each cell's time limit: a stall shows as "> 120 s" in its cell, and the next one runs. */
const PATHOLOGICAL_TIMEOUT_S = 120;

/** The pathological tables, as pathological.ts prints them (one run of it per phase). */
function runPathological(corpus: string): string {
  const script = path.resolve(__dirname, 'pathological.js');
  if (!fs.existsSync(script)) return `${script} not found (npm run build)\n`;
  let out = '';
  for (const [phase, sizes] of Object.entries(PATHOLOGICAL_SIZES)) {
    log(`pathological: ${phase} at ${sizes}`);
    const r = spawnSync(process.execPath, [script, '--phase', phase, '--sizes', sizes, '--timeout', String(PATHOLOGICAL_TIMEOUT_S)], {
      encoding: 'utf8',
      env: { ...process.env, GROUNDED_BENCH_CORPUS: corpus },
      maxBuffer: 1 << 20,
    });
    out += (r.status === 0 ? r.stdout : `${phase}: failed (${r.status ?? r.signal}) ${r.stderr.slice(0, 400)}`) + '\n';
  }
  return out;
}

type Results = {
  env: { node: string; cpu: string; cpus: number; platform: string; runs: number; date: string; loadAvg1m: { start: number; end: number } };
  corpus: { files: number; bytes: number; passages: number; figures: number };
  read: { medianMs: number; mbps: number };
  indexing: { medianMs: number; minMs: number; mbps: number; cpuMedianMs: number; cpuMbps: number; buildSourcesMedianMs: number; corpusIndexMedianMs: number; target: { met: boolean } };
  figureExtraction: { medianMs: number; mbps: number; cpuMedianMs: number; figures: number };
  minisearch: { medianMs: number; mbps: number; cpuMedianMs: number; ratioOursOverMiniSearch: number; ratioIndexOnlyOverMiniSearch: number; cpuRatioOursOverMiniSearch: number };
  check: {
    runs: number;
    medianMs: number;
    p95Ms: number;
    cpuMedianMs: number;
    target: { met: boolean };
    afterEdit: { medianMs: number; p95Ms: number };
    alarms: { true: number; false: number; altered: number };
    note: { lines: number; figures: number; quotes: number; citations: number; sentences: number; generated: { alteredFigures: number; hedgedFigures: number; alteredQuotes: number; codeBlocks: number } };
    verdicts: { supported: number; contradicted: number; unverified: number; wrongSource: number; quotesFound: number; quotesNotFound: number; diagnostics: number };
  };
  memory: { baselineRssMB: number; afterIndexRssMB: number; afterIndexHeapUsedMB: number; heapOverSourceText: number; peakRssEngineMB: number; peakRssWholeRunMB: number; target: { met: boolean } };
  totalSeconds: number;
};

function table(r: Results, lsp: LspResults | null): string {
  const ok = (b: boolean) => (b ? '✓' : '✗ **missed**');
  const n = (x: number) => x.toLocaleString('en-US');
  const rows: [string, string, string, string][] = [
    ['Read 2,225 files (readSources)', `${n(r.read.medianMs)} ms median · ${n(r.read.mbps)} MB/s`, '', ''],
    [
      'Indexing: `buildCorpus` (passages + figures + BM25 index)',
      `${n(r.indexing.medianMs)} ms median (min ${n(r.indexing.minMs)}) · **${r.indexing.mbps} MB/s** · CPU ${n(r.indexing.cpuMedianMs)} ms (${r.indexing.cpuMbps} MB/s)`,
      '≥ 10 MB/s',
      ok(r.indexing.target.met),
    ],
    ['  of which `buildSource` × 2,225 (sentences + figures)', `${n(r.indexing.buildSourcesMedianMs)} ms median`, '', ''],
    ['  of which `new Corpus` (tokenize + postings)', `${n(r.indexing.corpusIndexMedianMs)} ms median`, '', ''],
    ['Figure extraction alone (`extractFigures` per file)', `${n(r.figureExtraction.medianMs)} ms median · ${r.figureExtraction.mbps} MB/s · CPU ${n(r.figureExtraction.cpuMedianMs)} ms · ${n(r.figureExtraction.figures)} figures`, '', ''],
    ['Corpus', `${n(r.corpus.bytes)} bytes · ${n(r.corpus.passages)} passages · ${n(r.corpus.figures)} figures`, '', ''],
    ['MiniSearch `addAll` of the same passages', `${n(r.minisearch.medianMs)} ms median · ${r.minisearch.mbps} MB/s (of passage text) · CPU ${n(r.minisearch.cpuMedianMs)} ms`, '', ''],
    ['Ratio ours / MiniSearch (time)', `${r.minisearch.ratioOursOverMiniSearch}× wall (CPU: ${r.minisearch.cpuRatioOursOverMiniSearch}×; our index part only: ${r.minisearch.ratioIndexOnlyOverMiniSearch}×); < 1 = ours faster`, '', ''],
    [
      `\`checkNote\`, ${r.check.note.lines}-line note, cold (${r.check.runs} runs)`,
      `**${n(r.check.medianMs)} ms median**, p95 ${n(r.check.p95Ms)} ms · CPU ${n(r.check.cpuMedianMs)} ms`,
      '< 150 ms',
      ok(r.check.target.met),
    ],
    ['  after a one-line edit (unchanged chunks\' parse cached)', `${n(r.check.afterEdit.medianMs)} ms median, p95 ${n(r.check.afterEdit.p95Ms)} ms`, '', ''],
    [
      '  note contents',
      `${r.check.note.figures} figures · ${r.check.note.quotes} quotes · ${r.check.note.citations} citations · ${r.check.note.sentences} sentences · ${r.check.note.generated.codeBlocks} code blocks`,
      '',
      '',
    ],
    [
      '  contradictions vs the generator\'s alterations',
      `${r.check.alarms.true} of ${r.check.alarms.altered} altered figures flagged · ${r.check.alarms.false} unaltered figures flagged (false alarms)`,
      '',
      '',
    ],
    [
      '  verdicts',
      `${r.check.verdicts.supported} supported · ${r.check.verdicts.contradicted} contradicted (${r.check.note.generated.alteredFigures} altered) · ${r.check.verdicts.unverified} unverified · quotes ${r.check.verdicts.quotesFound} found / ${r.check.verdicts.quotesNotFound} not (${r.check.note.generated.alteredQuotes} altered) · ${r.check.verdicts.diagnostics} diagnostics`,
      '',
      '',
    ],
    ['Memory after indexing (after gc)', `RSS ${r.memory.afterIndexRssMB} MB · heap used ${r.memory.afterIndexHeapUsedMB} MB, **${r.memory.heapOverSourceText}× the source text** (baseline RSS ${r.memory.baselineRssMB} MB)`, '', ''],
    ['Peak RSS, engine phases (read, index × N, check)', `**${r.memory.peakRssEngineMB} MB**`, '< 300 MB', ok(r.memory.target.met)],
    ['Peak RSS, whole bench process (+ MiniSearch, LSP client)', `${r.memory.peakRssWholeRunMB} MB`, '', ''],
  ];
  if (lsp) {
    rows.push(
      ['LSP: initialized → index ready', `${n(lsp.initToReadyMs)} ms (server's own: ${lsp.serverIndexMs} ms) · ${n(lsp.serverStatus.sources)} sources`, '', ''],
      ['LSP: didOpen → publishDiagnostics (full check)', `${n(lsp.openToDiagnosticsMs)} ms · ${lsp.openDiagnostics} diagnostics`, '', ''],
      [`LSP: hover on figures (${lsp.hover.count} positions)`, `p50 ${lsp.hover.p50} ms · **p95 ${lsp.hover.p95} ms** · max ${lsp.hover.max} ms`, 'p95 < 10 ms', ok(lsp.hover.p95 < 10)],
      [
        `LSP: edit → publishDiagnostics (median of ${lsp.diagnostics.edits} edits)`,
        `raw ${lsp.diagnostics.rawMedian} ms (p95 ${lsp.diagnostics.rawP95}) · **minus ${DEBOUNCE_MS} ms debounce: ${lsp.diagnostics.minusDebounceMedian} ms** (p95 ${lsp.diagnostics.minusDebounceP95})`,
        '< 150 ms',
        ok(lsp.diagnostics.minusDebounceMedian < 150),
      ],
      ['LSP server memory', lsp.serverRssMB === null ? 'n/a' : `RSS ${lsp.serverRssMB} MB at the end · peak (VmHWM) ${lsp.serverPeakRssMB} MB`, '< 300 MB', lsp.serverPeakRssMB === null ? '' : ok(lsp.serverPeakRssMB < 300)],
    );
  } else rows.push(['LSP', 'not measured', '', '']);
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [
    `### Benchmark: BBC News corpus (${n(r.corpus.files)} articles, ${(r.corpus.bytes / MB).toFixed(2)} MB)`,
    '',
    `Node ${r.env.node} · ${r.env.cpu} (${r.env.cpus} CPUs) · ${r.env.platform} · medians of ${r.env.runs} runs · ${r.env.date.slice(0, 10)} · \`npm run bench\` (${r.totalSeconds} s)`,
    '',
    ...(Math.max(r.env.loadAvg1m.start, r.env.loadAvg1m.end) > r.env.cpus
      ? [`> ⚠ The machine was busy (1-min load average ${r.env.loadAvg1m.start} → ${r.env.loadAvg1m.end} on ${r.env.cpus} CPUs): wall-clock times are inflated; CPU times are more telling.`, '']
      : []),
    '| Measure | Result | Target | |',
    '|---|---|---|---|',
    ...rows.map((row) => `| ${row.map(esc).join(' | ')} |`),
    '',
  ];
  return lines.join('\n');
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`bench failed: ${(e as Error).stack ?? e}\n`);
    process.exit(1);
  },
);
