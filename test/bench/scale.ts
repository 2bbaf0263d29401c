// `npm run bench:scale`: how `grounded check` grows with the size and shape of the sources, side by
// side with MiniSearch merely indexing the same passages. The corpora are generated from the BBC
// News corpus (../shared/corpora/bbc-news, outside the repo) into a temporary folder, never
// committed: its sentences shuffled into new articles and every number's digits varied, so that
// nothing can be deduplicated.
//
//   node dist/scale.js [--runs N] [--shapes a,b] [--keep] [--dir DIR]
//
// --keep keeps each shape's index cache after its runs (default: deleted); the generated corpora
// are always kept in DIR (default: the system's temporary folder) for the next run.
// `node dist/scale.js --child-server-cold DIR/sources CACHE [workers|serial]` times the language
// server's first index of a folder with an empty cache (its Folder, pacing and workers), with the
// extraction workers or without (the server before session 12).
// `node dist/scale.js --child-check DIR/sources CACHE NOTE` loads the index as `grounded check` does
// (a warm CACHE: from the cache) and times the load and then the note's check alone, in process (one
// line of JSON: wall and cpu of each — the process's, and the main thread's alone, `loadMainCpu` and
// `checkMainCpu` (Linux), the rest being V8's compiler and GC threads and reads — the figures
// judged, the sources made and the texts read by the end, the passages framed and those tokenized
// only): what is left of a warm check once loaded.
// --generate-only writes the corpora and their notes and runs nothing (`npm run bench:store DIR
// --note DIR/../note.md` then measures a PostgreSQL store on them).
//
// Rows: per corpus shape, `grounded check` of a 300-line note cold (an empty index cache), warm
// (the cache the cold run left, the note's kept outcome removed: the index loaded, the note checked)
// and warm with the note unchanged (its outcome replayed from the result cache, cli/resultCache.ts:
// no index loaded), whole process — wall, cpu (user + system), peak RSS (GNU time) —
// and, in a process of its own, a start with that cache until the index is ready (no note checked;
// as the server starts: `trustCache`, the index the cache's as it was left) and then verified (the
// folders walked, the files stated, the texts checked against their digests: `SourceIndex.verify`),
// and in another such a start followed by one source saved with a change (3 times) —
// and MiniSearch `addAll` of the same passages (whole process too); the heap after indexing is
// measured in a process of its own (--expose-gc, heap used + array buffers), and there the re-index
// after one source is saved with a change (the editor's case: its postings updated, the index cache
// written). Every figure is the
// median of `runs` runs (default 3). The 100 MB shapes take minutes each on a small machine: they
// run only with GROUNDED_BENCH_BIG=1 (or when named in --shapes).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import MiniSearch from 'minisearch';
import { median, threadCpuMs } from './measure';
import { generateNote } from './note';
import { prng } from './note-shapes';
import { DiskCacheStore } from '../../server/src/engine/persist';
import { unmadeRows, unreadText } from '../../server/src/engine/lazyPassages';
import { buildCorpus, DEFAULT_CONFIG, DEFAULT_PACING, folderSet, loadWorkspace, NodeFileSystem, SourceIndex, type FileSystem } from '../../server/src/engine/workspace';
import { checkNote } from '../../server/src/engine/check';
import { Retrieval } from '../../server/src/engine/check/retrieval';
import { WorkerExtraction, WorkerPostings } from '../../server/src/engine/workers';
import { Folder } from '../../server/src/lsp/folder';

interface Shape {
  name: string;
  files: number;
  /** Bytes per file, roughly. */
  fileBytes: number;
  /** Only with GROUNDED_BENCH_BIG=1 or when named. */
  big?: boolean;
}

const KB = 1024;
const MB = 1024 * 1024;
const SHAPES: Shape[] = [
  { name: '5MB', files: 2_225, fileBytes: 2.3 * KB },
  { name: '25MB', files: 11_125, fileBytes: 2.3 * KB },
  { name: 'small20k', files: 20_000, fileBytes: 0.5 * KB },
  { name: '400x50KB', files: 400, fileBytes: 50 * KB },
  { name: '20x1MB', files: 20, fileBytes: 1 * MB },
  { name: '100MB', files: 44_500, fileBytes: 2.3 * KB, big: true },
  { name: '20x5MB', files: 20, fileBytes: 5 * MB, big: true },
];

interface Options {
  runs: number;
  shapes: Shape[];
  keep: boolean;
  dir: string;
  /** Only write the corpora and their notes (for `npm run bench:store`), no runs. */
  generateOnly: boolean;
}

function parseArgs(argv: string[]): Options {
  const big = process.env.GROUNDED_BENCH_BIG === '1';
  const o: Options = { runs: 3, shapes: SHAPES.filter((s) => big || !s.big), keep: false, dir: path.join(os.tmpdir(), 'grounded-scale'), generateOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') o.runs = Math.max(1, Number(argv[++i]));
    else if (a === '--keep') o.keep = true;
    else if (a === '--generate-only') o.generateOnly = true;
    else if (a === '--dir') o.dir = path.resolve(argv[++i]);
    else if (a === '--shapes') {
      const names = argv[++i].split(',');
      o.shapes = SHAPES.filter((s) => names.includes(s.name));
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(`usage: node dist/scale.js [--runs N] [--shapes ${SHAPES.map((s) => s.name).join(',')}] [--keep] [--dir DIR] [--generate-only]\n`);
      process.exit(0);
    } else {
      process.stderr.write(`scale: unknown argument ${a}\n`);
      process.exit(2);
    }
  }
  return o;
}

const log = (msg: string) => process.stderr.write(`[scale] ${msg}\n`);
const ROOT = path.resolve(__dirname, '..');
const BBC = path.resolve(ROOT, '../shared/corpora/bbc-news');



// ------------------------------------------------------------------------------------------
// Corpus generation

/** Every sentence of the BBC articles (first lines, the titles, left out). */
function bbcSentences(): string[] {
  const out: string[] = [];
  for (const f of fs.readdirSync(BBC).sort()) {
    if (!f.endsWith('.txt')) continue;
    const lines = fs.readFileSync(path.join(BBC, f), 'utf8').split('\n').slice(1);
    for (const line of lines) for (const s of line.split(/(?<=[.!?]["”]?)\s+(?=[A-Z"“])/)) if (s.trim().length > 20) out.push(s.trim());
  }
  return out;
}

/** Write `shape` under dir (once: a folder already complete is kept). Returns the total bytes. */
function generate(shape: Shape, dir: string, sentences: string[]): number {
  const done = path.join(dir, '.complete');
  if (fs.existsSync(done)) return Number(fs.readFileSync(done, 'utf8'));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const rnd = prng(shape.files * 7919 + Math.round(shape.fileBytes));
  const vary = (s: string) => s.replace(/\d+/g, (d) => [...d].map((_, i) => String(i === 0 ? 1 + Math.floor(rnd() * 9) : Math.floor(rnd() * 10))).join(''));
  let total = 0;
  const width = String(shape.files).length;
  for (let f = 0; f < shape.files; f++) {
    const parts: string[] = [vary(sentences[Math.floor(rnd() * sentences.length)]).replace(/[.!?]$/, ''), ''];
    let size = parts[0].length;
    while (size < shape.fileBytes) {
      const n = 2 + Math.floor(rnd() * 3);
      const para: string[] = [];
      for (let k = 0; k < n; k++) para.push(vary(sentences[Math.floor(rnd() * sentences.length)]));
      const p = para.join(' ');
      parts.push(p, '');
      size += p.length + 2;
    }
    const text = parts.join('\n');
    fs.writeFileSync(path.join(dir, `doc_${String(f).padStart(width, '0')}.txt`), text);
    total += Buffer.byteLength(text);
  }
  fs.writeFileSync(done, String(total));
  return total;
}

/** A 300-line note citing the shape's first files (generated from them alone: cheap at any size). */
async function writeNote(dir: string, notePath: string): Promise<void> {
  if (fs.existsSync(notePath)) return;
  const names = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const files = [];
  let bytes = 0;
  for (const f of names) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    files.push({ path: path.join(dir, f), text });
    bytes += text.length;
    if (files.length >= 200 || bytes > 2 * MB) break;
  }
  const { corpus } = buildCorpus(files);
  fs.writeFileSync(notePath, generateNote(corpus, 300).text);
}

// ------------------------------------------------------------------------------------------
// Measuring child processes

interface Usage {
  wall: number;
  cpu: number;
  /** Peak resident set, MiB. */
  peak: number;
}

/** Run a command under GNU time: wall and cpu seconds, peak RSS. */
function timed(cmd: string, args: string[]): Usage {
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S %M', cmd, ...args], { encoding: 'utf8', maxBuffer: 256 * MB });
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? '');
  if (!m || (r.status !== 0 && r.status !== 1)) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${(r.stderr ?? '').slice(-2000)}`);
  return { wall: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), peak: Number(m[4]) / 1024 };
}

function medians(us: Usage[]): Usage {
  return { wall: median(us.map((u) => u.wall)), cpu: median(us.map((u) => u.cpu)), peak: median(us.map((u) => u.peak)) };
}

// ------------------------------------------------------------------------------------------
// Child modes: MiniSearch over the passages; the heap after indexing

/** MiniSearch `addAll` of the corpus's sentences (each paragraph split as a reader would). */
function miniSearchChild(dir: string): void {
  const docs: { id: number; text: string }[] = [];
  for (const f of fs.readdirSync(dir)) {
    if (!f.endsWith('.txt')) continue;
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    for (const para of text.split(/\n\s*\n/)) for (const s of para.split(/(?<=[.!?])\s+/)) if (s.trim()) docs.push({ id: docs.length, text: s });
  }
  const ms = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  ms.addAll(docs);
  process.stdout.write(`${ms.documentCount}\n`);
}

/** The disk, but one file reads as `text` when set (a source saved with a change). */
class EditedFileSystem implements FileSystem {
  private readonly disk = new NodeFileSystem();
  edited: { path: string; bytes: Uint8Array } | undefined;
  readDirectory(dir: string) {
    return this.disk.readDirectory(dir);
  }
  stat(p: string) {
    return this.disk.stat(p);
  }
  async readFile(p: string): Promise<Uint8Array> {
    return this.edited?.path === p ? this.edited.bytes : this.disk.readFile(p);
  }
}

/**
 * A start with the cache a `grounded check` left, in a process of its own, until the index is
 * ready (sources restored, postings loaded; no note checked). One line of JSON: wall and cpu ms.
 */
async function readyChild(dir: string, cacheDir: string): Promise<void> {
  const c0 = process.cpuUsage();
  const t = performance.now();
  const index = new SourceIndex(new NodeFileSystem(), { sets: [folderSet(dir)], exclude: [], maxSourceSizeKB: DEFAULT_CONFIG.maxSourceSizeKB, cache: { store: new DiskCacheStore(cacheDir) } });
  // as the server starts: answering from the cache as it was left, then verifying the files and texts
  const warm = await index.update({ trustCache: true });
  const c = process.cpuUsage(c0);
  const ms = performance.now() - t;
  if (warm.built !== 0 || warm.postings !== 'cached' || !warm.unverified) throw new Error(`a warm start built ${warm.built} sources (postings ${warm.postings}, unverified ${warm.unverified})`);
  const v = await index.verify();
  const cv = process.cpuUsage(c0);
  if (v) throw new Error(`verifying an unchanged corpus read ${v.read} files`);
  process.stdout.write(JSON.stringify({ ms, cpu: (c.user + c.system) / 1000, unopened: warm.unopened, verifiedMs: performance.now() - t, verifiedCpu: (cv.user + cv.system) / 1000 }) + '\n');
}

/** `grounded check`'s load of the index (loadWorkspace, the cache in `cacheDir`), then the note's check alone: one line of JSON. */
async function checkChild(dir: string, cacheDir: string, note: string): Promise<void> {
  const cpu = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
  // (the main thread's cpu apart: undefined where /proc/thread-self is not)
  const mainSince = (from: number | undefined) => {
    const t = threadCpuMs();
    return t === undefined || from === undefined ? undefined : t - from;
  };
  const m0 = threadCpuMs();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const { corpus } = await loadWorkspace(new NodeFileSystem(), [folderSet(dir)], { ...DEFAULT_CONFIG, cache: { store: new DiskCacheStore(cacheDir) } });
  const loadMs = performance.now() - t0;
  const loadCpu = cpu(process.cpuUsage(c0));
  const loadMainCpu = mainSince(m0);
  const text = fs.readFileSync(note, 'utf8');
  const m1 = threadCpuMs();
  const c1 = process.cpuUsage();
  const t1 = performance.now();
  const report = checkNote(text, corpus);
  const checkMs = performance.now() - t1;
  const checkCpu = cpu(process.cpuUsage(c1));
  const checkMainCpu = mainSince(m1);
  // (the sources the check made — their passages — and whose texts it read, of those restored unmade)
  const made = corpus.sources.filter((s) => !unmadeRows(s)).length;
  const textsRead = corpus.sources.filter((s) => unreadText(s) === undefined).length;
  // (the passages framed, and those only tokenized: the claim frames kept with the store)
  const { framed, tokenized } = new Retrieval(corpus).frames.counts;
  process.stdout.write(JSON.stringify({ loadMs, loadCpu, loadMainCpu, checkMs, checkCpu, checkMainCpu, figures: report.figures.length, made, textsRead, framed, tokenized }) + '\n');
}

/**
 * The language server's first index of a folder with an empty cache folder, as server.ts makes it
 * (lsp/folder.ts Folder: the server's pacing, its postings worker, the index cache; and, unless
 * `workers` is false, its Extraction: one worker per core) — the index ready, then written to the
 * cache. One line of JSON: wall and cpu (this process, every thread) to ready and to written, the
 * sources built, the progress reports told and the last.
 */
async function serverColdChild(dir: string, cacheDir: string, workers: boolean): Promise<void> {
  fs.rmSync(cacheDir, { recursive: true, force: true });
  const c0 = process.cpuUsage();
  const t = performance.now();
  const postings = new WorkerPostings({ log: () => undefined, warn: () => undefined });
  const config = { ...DEFAULT_CONFIG, sources: ['**/*.txt'] };
  const folder = new Folder(`file://${dir}`, dir, config, new NodeFileSystem(), DEFAULT_PACING, undefined, { store: new DiskCacheStore(cacheDir) }, postings, undefined, workers ? { make: () => new WorkerExtraction() } : undefined);
  const reports: number[] = [];
  const r = await folder.update({ trustCache: true, progress: { report: (done) => reports.push(done) } });
  const c = process.cpuUsage(c0);
  const ms = performance.now() - t;
  await folder.index.flush();
  const cw = process.cpuUsage(c0);
  postings.dispose();
  process.stdout.write(JSON.stringify({ ms, cpu: (c.user + c.system) / 1000, writtenMs: performance.now() - t, writtenCpu: (cw.user + cw.system) / 1000, built: r.built, sources: r.corpus.sources.length, reports: reports.length, last: reports.at(-1) }) + '\n');
}

/**
 * A start with the cache a `grounded check` left (no file opened), then one source saved with a
 * change, `runs` times (the editor after a restart: the save layered over the cached postings). One
 * line of JSON: the median re-index, ms, and how many sources the index then holds made (their
 * passages read: lazyPassages.ts).
 */
async function warmSaveChild(dir: string, cacheDir: string, runs: number): Promise<void> {
  const fsys = new EditedFileSystem();
  const index = new SourceIndex(fsys, { sets: [folderSet(dir)], exclude: [], maxSourceSizeKB: DEFAULT_CONFIG.maxSourceSizeKB, cache: { store: new DiskCacheStore(cacheDir) } });
  const warm = await index.update();
  if (warm.built !== 0) throw new Error(`a warm start built ${warm.built} sources`);
  const victim = index.files[Math.floor(index.files.length / 2)];
  const text = fs.readFileSync(victim, 'utf8');
  const updates: number[] = [];
  for (let r = 0; r < runs; r++) {
    fsys.edited = { path: victim, bytes: new TextEncoder().encode(`${text}\n\nSaved again (${r + 1}): sales rose ${r + 11}% to £${r + 3}.4bn.\n`) };
    const t = performance.now();
    const u = await index.update({ changed: new Set([victim]), watched: true });
    updates.push(performance.now() - t);
    if (u.postings !== 'updated') throw new Error(`the re-index of one source built its postings (${u.postings})`);
  }
  // (not flushed: the cache the cold run left stays as it was for the next runs)
  const made = index.corpus.sources.filter((s) => !unmadeRows(s)).length;
  process.stdout.write(JSON.stringify({ update: median(updates), first: updates[0], made }) + '\n');
}

/**
 * Index the folder as the CLI does (no cache), then report heap used + array buffers after a full
 * gc; then save one source with a change, `runs` times, and time the re-index (with an index cache
 * in a temporary folder, as in the editor: its write included). One line of JSON.
 */
async function heapChild(dir: string, runs: number): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc!;
  gc();
  const before = process.memoryUsage();
  const fsys = new EditedFileSystem();
  const index = new SourceIndex(fsys, { sets: [folderSet(dir)], exclude: [], maxSourceSizeKB: 100 * 1024 });
  const t0 = performance.now();
  await index.update();
  const ms = performance.now() - t0;
  gc();
  gc();
  const after = process.memoryUsage();
  const held = after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers;
  // (a heap snapshot of the index just built, to see what it holds: GROUNDED_HEAP_SNAPSHOT=FILE)
  if (process.env.GROUNDED_HEAP_SNAPSHOT) v8.writeHeapSnapshot(process.env.GROUNDED_HEAP_SNAPSHOT);
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-scale-cache-'));
  const updates: number[] = [];
  try {
    const cached = { sets: [folderSet(dir)], exclude: [], maxSourceSizeKB: 100 * 1024, cache: { store: new DiskCacheStore(cacheDir) } };
    index.configure(cached);
    await index.update(); // writes the cache once
    await index.flush();
    const victim = index.files[Math.floor(index.files.length / 2)];
    const text = fs.readFileSync(victim, 'utf8');
    for (let r = 0; r < runs; r++) {
      fsys.edited = { path: victim, bytes: new TextEncoder().encode(`${text}\n\nSaved again (${r + 1}): sales rose ${r + 11}% to £${r + 3}.4bn.\n`) };
      const t = performance.now();
      const u = await index.update({ changed: new Set([victim]) });
      updates.push(performance.now() - t);
      if (u.postings !== 'updated') throw new Error(`the re-index of one source built its postings (${u.postings})`);
    }
  } finally {
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
  process.stdout.write(JSON.stringify({ held, ms, update: median(updates), sources: index.corpus.sources.length, passages: index.corpus.passageCount }) + '\n');
}

// ------------------------------------------------------------------------------------------
// The table

interface Row {
  shape: string;
  files: number;
  mb: number;
  cold: Usage;
  warm: Usage;
  /** Warm, the note unchanged: its outcome replayed from the result cache (no index loaded). */
  replay: Usage;
  mini: Usage;
  heapMiB: number;
  heapRatio: number;
  /** Re-index after one source was saved with a change, ms. */
  updateMs: number;
  /** A start with the cache of an unchanged corpus, in-process: the index ready (wall, cpu ms). */
  readyMs: number;
  readyCpu: number;
  verifiedMs: number;
  verifiedCpu: number;
  /** After that start, one source saved with a change: the re-index, ms (median), and the first one's. */
  warmSaveMs: number;
  warmSaveFirstMs: number;
}

/** Remove the notes' outcomes the result cache keeps (cli/resultCache.ts), so that the next run checks its note. */
function dropResults(cache: string): void {
  // (and its figures' judgments, cli/keptJudgments.ts: else every figure of the unchanged note would keep its judgment, and the row would not time a check)
  for (const f of fs.existsSync(cache) ? fs.readdirSync(cache) : []) if ((f.includes('.check.') || f.includes('.judg.')) && f.endsWith('.gres')) fs.rmSync(path.join(cache, f));
}

async function main(): Promise<void> {
  const [mode, arg] = process.argv.slice(2);
  if (mode === '--child-minisearch') return miniSearchChild(arg);
  if (mode === '--child-heap') return heapChild(arg, Number(process.argv[4] ?? 3));
  if (mode === '--child-ready') return readyChild(arg, process.argv[4]);
  if (mode === '--child-warm-save') return warmSaveChild(arg, process.argv[4], Number(process.argv[5] ?? 3));
  if (mode === '--child-check') return checkChild(arg, process.argv[4], process.argv[5]);
  if (mode === '--child-server-cold') return serverColdChild(arg, process.argv[4], process.argv[5] !== 'serial');
  const o = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(BBC)) throw new Error(`the BBC corpus is not at ${BBC}`);
  const sentences = bbcSentences();
  const cli = path.join(ROOT, 'bin', 'grounded');
  const rows: Row[] = [];
  for (const shape of o.shapes) {
    const dir = path.join(o.dir, shape.name);
    log(`${shape.name}: generating ${shape.files} files of ~${Math.round(shape.fileBytes / KB)} KB in ${dir}`);
    const bytes = generate(shape, path.join(dir, 'sources'), sentences);
    const note = path.join(dir, 'note.md');
    await writeNote(path.join(dir, 'sources'), note);
    if (o.generateOnly) continue;
    const cache = path.join(dir, 'cache');
    const check = ['check', '--sources', path.join(dir, 'sources'), '--cache', cache, '--format', 'json', note];
    const cold: Usage[] = [];
    const warm: Usage[] = [];
    const replay: Usage[] = [];
    const ready: { ms: number; cpu: number; verifiedMs: number; verifiedCpu: number }[] = [];
    const mini: Usage[] = [];
    const warmSave: { update: number; first: number }[] = [];
    for (let r = 0; r < o.runs; r++) {
      fs.rmSync(cache, { recursive: true, force: true });
      log(`${shape.name}: run ${r + 1}/${o.runs}: cold`);
      cold.push(timed(process.execPath, [cli, ...check]));
      log(`${shape.name}: run ${r + 1}/${o.runs}: warm`);
      // (the note's outcome the cold run kept removed: the index comes from the cache, the note is checked)
      dropResults(cache);
      warm.push(timed(process.execPath, [cli, ...check]));
      log(`${shape.name}: run ${r + 1}/${o.runs}: warm, the note unchanged (replayed)`);
      replay.push(timed(process.execPath, [cli, ...check]));
      const rc = spawnSync(process.execPath, [__filename, '--child-ready', path.join(dir, 'sources'), cache], { encoding: 'utf8' });
      if (rc.status !== 0) throw new Error(`the ready child failed: ${rc.stderr}`);
      ready.push(JSON.parse(rc.stdout) as { ms: number; cpu: number; verifiedMs: number; verifiedCpu: number });
      const ws = spawnSync(process.execPath, [__filename, '--child-warm-save', path.join(dir, 'sources'), cache, '3'], { encoding: 'utf8' });
      if (ws.status !== 0) throw new Error(`the warm save child failed: ${ws.stderr}`);
      warmSave.push(JSON.parse(ws.stdout) as { update: number; first: number });
      log(`${shape.name}: run ${r + 1}/${o.runs}: MiniSearch`);
      mini.push(timed(process.execPath, [__filename, '--child-minisearch', path.join(dir, 'sources')]));
    }
    const heap = spawnSync(process.execPath, ['--expose-gc', __filename, '--child-heap', path.join(dir, 'sources'), String(o.runs)], { encoding: 'utf8', maxBuffer: 64 * MB });
    if (heap.status !== 0) throw new Error(`the heap child failed: ${heap.stderr}`);
    const h = JSON.parse(heap.stdout) as { held: number; update: number };
    rows.push({ shape: shape.name, files: shape.files, mb: bytes / MB, cold: medians(cold), warm: medians(warm), replay: medians(replay), mini: medians(mini), heapMiB: h.held / MB, heapRatio: h.held / bytes, updateMs: h.update, readyMs: median(ready.map((x) => x.ms)), readyCpu: median(ready.map((x) => x.cpu)), verifiedMs: median(ready.map((x) => x.verifiedMs)), verifiedCpu: median(ready.map((x) => x.verifiedCpu)), warmSaveMs: median(warmSave.map((x) => x.update)), warmSaveFirstMs: median(warmSave.map((x) => x.first)) });
    log(`${shape.name}: ${JSON.stringify(rows[rows.length - 1])}`);
    if (!o.keep) fs.rmSync(cache, { recursive: true, force: true });
  }
  log(`the generated corpora stay in ${o.dir} for the next run (delete it when done)`);
  if (o.generateOnly) return;
  const f1 = (x: number) => x.toFixed(1);
  const f2 = (x: number) => x.toFixed(2);
  const lines = [
    `Scale (medians of ${o.runs} runs; ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}):`,
    '',
    '| corpus | files | MB | cold: wall · cpu · peak | warm: wall · cpu · peak | warm, note unchanged (replayed): wall · cpu · peak | warm, index ready: wall · cpu | then verified: wall · cpu | heap after index (× sources) | one source saved: re-index | saved after a warm start: re-index · the first | MiniSearch: cpu · peak | cpu ratio cold · warm |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.shape} | ${r.files} | ${f1(r.mb)} | ${f1(r.cold.wall)} s · ${f1(r.cold.cpu)} s · ${Math.round(r.cold.peak)} MiB | ${f1(r.warm.wall)} s · ${f1(r.warm.cpu)} s · ${Math.round(r.warm.peak)} MiB | ${f2(r.replay.wall)} s · ${f2(r.replay.cpu)} s · ${Math.round(r.replay.peak)} MiB | ${f2(r.readyMs / 1000)} s · ${f2(r.readyCpu / 1000)} s | ${f2(r.verifiedMs / 1000)} s · ${f2(r.verifiedCpu / 1000)} s | ${Math.round(r.heapMiB)} MiB (${f1(r.heapRatio)}×) | ${Math.round(r.updateMs)} ms | ${Math.round(r.warmSaveMs)} ms · ${Math.round(r.warmSaveFirstMs)} ms | ${f1(r.mini.cpu)} s · ${Math.round(r.mini.peak)} MiB | ${f2(r.cold.cpu / r.mini.cpu)}× · ${f2(r.warm.cpu / r.mini.cpu)}× |`,
    ),
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((e) => {
  process.stderr.write(`scale: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
