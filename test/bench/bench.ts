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
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import MiniSearch from 'minisearch';
import { checkNote, checkParsedNote, type NoteReport } from '../../server/src/engine/check';
import { Corpus } from '../../server/src/engine/corpus';
import { extractFigures } from '../../server/src/engine/figures';
import { generateNote, isAlteredFigure, type GeneratedNote } from './note';
import { NoteParser, parseNote, type ParsedNote } from '../../server/src/engine/notes';
import { buildSource } from '../../server/src/engine/sources';
import type { Source } from '../../server/src/engine/types';
import { buildCorpus, NodeFileSystem, readSources, SourceFile } from '../../server/src/engine/workspace';
import { benchLsp, DEBOUNCE_MS, type LspResults } from './lsp';
import { collect, gc, log, mbps, MB, median, MiB, min, now, pct, r1, r2, timeRuns, timeRunsAsync } from './measure';

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
// Memory

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
// Phases

type Timed<T> = { ms: number[]; cpu: number[]; last: T };

/** 1. Read the corpus R times; the last read is kept in memory for everything below. */
async function benchRead(paths: string[], R: number): Promise<{ read: Timed<unknown>; files: SourceFile[]; bytes: number }> {
  log(`reading ${paths.length} files × ${R}`);
  const diskFs = new NodeFileSystem();
  const read = await timeRunsAsync(R, () => readSources(diskFs, paths));
  const files = read.last.files;
  return { read, files, bytes: files.reduce((n, f) => n + Buffer.byteLength(f.text, 'utf8'), 0) };
}

/** 2. Indexing: buildCorpus (passages + figures + inverted index), its two halves, and figure extraction alone. */
function benchIndexing(files: SourceFile[], bytes: number, R: number) {
  log(`buildCorpus × ${R} (${(bytes / MB).toFixed(2)} MB)`);
  const build = timeRuns(R, () => buildCorpus(files).corpus);
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
  return { build, corpus: build.last, sourcesMs, indexMs, extract };
}

/**
 * The note the check is timed on: generated from the corpus, or the text of GROUNDED_BENCH_NOTE when
 * set (the generator walks the figures the engine extracts, so two builds that extract differently
 * generate different notes: to compare them, save one build's note with GROUNDED_BENCH_WRITE_NOTE
 * and time both on it).
 */
function benchNote(corpus: Corpus): GeneratedNote {
  const read = process.env.GROUNDED_BENCH_NOTE;
  // (with the note, what the writing build altered in it — the sidecar GROUNDED_BENCH_WRITE_NOTE
  // wrote — so that the alarms are counted against that note's alterations, not this build's own
  // draw's, which another extraction makes differ)
  if (read) {
    const meta = `${read}.gen.json`;
    const gen: GeneratedNote = fs.existsSync(meta) ? JSON.parse(fs.readFileSync(meta, 'utf8')) : generateNote(corpus);
    return { ...gen, text: fs.readFileSync(read, 'utf8') };
  }
  const gen = generateNote(corpus);
  const write = process.env.GROUNDED_BENCH_WRITE_NOTE;
  if (write) {
    fs.writeFileSync(write, gen.text);
    fs.writeFileSync(`${write}.gen.json`, JSON.stringify({ ...gen, text: undefined }));
  }
  return gen;
}

/** 3. Checking the generated 300-line note: cold, and after a one-line edit as in the editor. */
function benchCheck(corpus: Corpus, R: number) {
  const gen = benchNote(corpus);
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
  // …and with the last check's judgments, as the language server passes them (check/reuse.ts): the
  // figures of the blocks an edit left as they were are not judged again
  let previous = checkParsedNote(editor.parse(gen.text), corpus, { keepJudgments: true });
  const kept = timeRuns(checkRuns, () => {
    const copy = [...lines];
    const at = editable[editNo++ % editable.length];
    copy[at] = copy[at].replace(/^(\S+)/, `$1 (edit ${editNo})`);
    previous = checkParsedNote(editor.parse(copy.join('\n')), corpus, { previous: previous.judgments, keepJudgments: true });
    return previous;
  });
  return { gen, parsed, checkRuns, check, edited, kept, ...tally(check.last, gen) };
}

/** The verdicts of the note's report, and its contradictions against what the generator altered. */
function tally(report: NoteReport, gen: GeneratedNote) {
  const verdicts = { supported: 0, contradicted: 0, unverified: 0, wrongSource: 0 };
  for (const f of report.figures) {
    verdicts[f.verdict]++;
    if (f.wrongSource) verdicts.wrongSource++;
  }
  const quotesFound = report.quotes.filter((q) => q.verdict === 'found').length;
  // A contradicted figure is a true alarm when its sentence had that figure altered, a false alarm otherwise.
  const noteLines = gen.text.split('\n');
  let trueAlarms = 0;
  let falseAlarms = 0;
  for (const f of report.figures) {
    if (f.verdict !== 'contradicted') continue;
    const line = noteLines[report.note.lineStarts.findIndex((st, i) => st <= f.figure.start && (i + 1 >= report.note.lineStarts.length || report.note.lineStarts[i + 1] > f.figure.start))];
    if (isAlteredFigure(gen, line, f.figure.text)) trueAlarms++;
    else falseAlarms++;
  }
  return { report, verdicts, quotesFound, trueAlarms, falseAlarms };
}

/** 4. MiniSearch over the same passages, for reference. */
function benchMiniSearch(corpus: Corpus, R: number) {
  const docs = corpus.passages.map((p, id) => ({ id, text: p.text }));
  const passageBytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
  log(`MiniSearch × ${R} (${docs.length} passages)`);
  const mini = timeRuns(R, () => {
    const ms = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
    ms.addAll(docs);
    return ms.documentCount;
  });
  sampleMem();
  return { mini, passageBytes };
}

/** 5. The language server (lsp.ts), unless --no-lsp: its results, or why there are none. */
async function runLsp(opts: Options, txtFiles: string[], note: string): Promise<{ lsp: LspResults | null; lspError: string | null }> {
  if (!opts.lsp) return { lsp: null, lspError: null };
  const serverJs = path.resolve(__dirname, 'server.js');
  if (!fs.existsSync(serverJs)) return { lsp: null, lspError: `${serverJs} not found (npm run build)` };
  log('LSP: starting dist/server.js lsp --stdio');
  try {
    return { lsp: await benchLsp(serverJs, opts.corpus, txtFiles, note), lspError: null };
  } catch (e) {
    const lspError = (e as Error).message;
    log(`LSP failed: ${lspError}`);
    return { lsp: null, lspError };
  }
}

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
  const txtFiles = fs.readdirSync(opts.corpus).filter((f) => f.endsWith('.txt')).sort();
  const reading = await benchRead(txtFiles.map((f) => path.join(opts.corpus, f)), R);
  const indexing = benchIndexing(reading.files, reading.bytes, R);
  // Memory after indexing: the corpus (and the file texts it holds) live, after gc.
  collect();
  const afterIndex = sampleMem();
  const checking = benchCheck(indexing.corpus, R);
  const afterCheck = sampleMem();
  const enginePeak = maxRss();
  const searching = benchMiniSearch(indexing.corpus, R);
  const { lsp, lspError } = await runLsp(opts, txtFiles, checking.gen.text);
  clearInterval(sampler);
  const finalPeak = maxRss();
  const lspScale = opts.lspScale ? runLspScale(opts.corpus) : null;
  const pathological = opts.pathological ? runPathological(opts.corpus) : null;

  const results = {
    env: envResults(R, loadStart),
    corpus: { dir: opts.corpus, files: reading.files.length, bytes: reading.bytes, passages: indexing.corpus.passageCount, figures: indexing.corpus.figureCount, sources: indexing.corpus.sources.length },
    read: { medianMs: r1(median(reading.read.ms)), minMs: r1(min(reading.read.ms)), mbps: r1(mbps(reading.bytes, median(reading.read.ms))) },
    ...indexingResults(indexing, searching, reading.bytes),
    check: checkResults(checking),
    memory: memoryResults({ baseline, afterIndex, afterCheck, enginePeak, finalPeak, bytes: reading.bytes }),
    lsp: lsp ?? { error: lspError ?? 'skipped (--no-lsp)' },
    lspScale: lspScale ?? 'skipped (--no-lsp-scale)',
    pathological: pathological ?? 'skipped (--no-pathological)',
    totalSeconds: 0,
  };
  results.totalSeconds = r1((now() - tStart) / 1000);
  writeResults(results, lsp, lspScale, pathological, opts.json);
}

// ------------------------------------------------------------------------------------------
// Results

function envResults(R: number, loadStart: number) {
  return {
    node: process.version,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cpus: os.cpus().length,
    platform: `${os.platform()} ${os.arch()}`,
    runs: R,
    date: new Date().toISOString(),
    loadAvg1m: { start: r2(loadStart), end: r2(os.loadavg()[0]) },
  };
}

function indexingResults(x: ReturnType<typeof benchIndexing>, s: ReturnType<typeof benchMiniSearch>, bytes: number) {
  const { build, sourcesMs, indexMs, extract } = x;
  const { mini, passageBytes } = s;
  const buildMed = median(build.ms);
  const miniMed = median(mini.ms);
  return {
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
  };
}

function checkResults(c: ReturnType<typeof benchCheck>) {
  const { gen, parsed, check, edited, kept, checkRuns, report, verdicts, quotesFound } = c;
  return {
    runs: checkRuns,
    medianMs: r1(median(check.ms)),
    p95Ms: r1(pct(check.ms, 95)),
    minMs: r1(min(check.ms)),
    cpuMedianMs: r1(median(check.cpu)),
    runsMs: check.ms.map(r1),
    target: { ms: 150, met: median(check.ms) < 150 },
    afterEdit: { medianMs: r1(median(edited.ms)), p95Ms: r1(pct(edited.ms, 95)) },
    afterEditKept: { medianMs: r1(median(kept.ms)), p95Ms: r1(pct(kept.ms, 95)) },
    alarms: { true: c.trueAlarms, false: c.falseAlarms, altered: gen.altered },
    note: noteResults(gen, parsed),
    verdicts: { ...verdicts, quotesFound, quotesNotFound: report.quotes.length - quotesFound, diagnostics: report.diagnostics.length },
  };
}

function noteResults(gen: GeneratedNote, parsed: ParsedNote) {
  return {
    lines: gen.text.split('\n').length - 1,
    chars: gen.text.length,
    figures: parsed.figures.length,
    quotes: parsed.quotes.length,
    citations: parsed.citations.length,
    sentences: parsed.sentences.length,
    generated: { restatedSentences: gen.sentences, alteredFigures: gen.altered, hedgedFigures: gen.hedged, cited: gen.cited, wrongCitations: gen.wrongCite, realQuotes: gen.realQuotes, alteredQuotes: gen.alteredQuotes, codeBlocks: gen.codeBlocks },
  };
}

function memoryResults(m: { baseline: NodeJS.MemoryUsage; afterIndex: NodeJS.MemoryUsage; afterCheck: NodeJS.MemoryUsage; enginePeak: number; finalPeak: number; bytes: number }) {
  return {
    baselineRssMB: r1(m.baseline.rss / MiB),
    afterIndexRssMB: r1(m.afterIndex.rss / MiB),
    afterIndexHeapUsedMB: r1(m.afterIndex.heapUsed / MiB),
    // what indexing holds (the texts included) over the source text
    heapOverSourceText: r1((m.afterIndex.heapUsed - m.baseline.heapUsed) / m.bytes),
    afterCheckHeapUsedMB: r1(m.afterCheck.heapUsed / MiB),
    peakRssEngineMB: r1(m.enginePeak / MiB),
    peakRssWholeRunMB: r1(m.finalPeak / MiB),
    target: { mb: 300, met: m.enginePeak / MiB < 300 },
  };
}

/** The markdown table to stdout and dist/bench-results.md, or with --json the results as JSON. */
function writeResults(results: Results, lsp: LspResults | null, lspScale: string | null, pathological: string | null, json: boolean): void {
  const md = table(results, lsp) + (lspScale ? `\n#### The language server at scale\n\n${lspScale}` : '') + (pathological ? `\n#### Pathological input (\`test/bench/pathological.ts\`)\n\n\`\`\`text\n${pathological}\`\`\`\n` : '');
  fs.mkdirSync(path.resolve(__dirname), { recursive: true });
  fs.writeFileSync(path.resolve(__dirname, 'bench-results.md'), md);
  if (json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  else process.stdout.write(md + `\n(written to ${path.relative(process.cwd(), path.resolve(__dirname, 'bench-results.md'))})\n`);
}

/** The LSP-at-scale table (lspScale.ts, in its own process: its corpora do not weigh on the rows above). */
function runLspScale(corpus: string): string {
  const script = path.resolve(__dirname, 'lsp-scale.js');
  if (!fs.existsSync(script)) return `${script} not found (npm run build)\n`;
  log('LSP at scale: completion at 44k sources, hovers while a 1 MB note is checked and during a full re-index (BBC, and the 25 MB corpus when bench:scale generated it)');
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
    afterEditKept: { medianMs: number; p95Ms: number };
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
    ['  …and the last check\'s judgments kept (the language server\'s path)', `${n(r.check.afterEditKept.medianMs)} ms median, p95 ${n(r.check.afterEditKept.p95Ms)} ms`, '', ''],
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
      ['LSP: didOpen → publishDiagnostics (the note was checked from disk at start: its judgments kept)', `${n(lsp.openToDiagnosticsMs)} ms · ${lsp.openDiagnostics} diagnostics`, '', ''],
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
