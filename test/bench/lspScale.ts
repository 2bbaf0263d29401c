// `npm run bench`, language-server rows at scale, in-process (the real ServerState, managers and
// requests over an in-memory workspace, as test/features/harness.ts sets them up):
// - completion after "[@" at 44k sources: reply time and size (medians), first reply (which makes
//   the completion rows of the corpus), and the list as it was before (every source, each with its
//   documentation) for comparison;
// - hover latency on a small note while a 1 MB note is being checked (p50/p95, from when each hover
//   was due to its answer), with the check in slices (now) and in one piece (as before);
// - the slices of that check: the longest (wall clock, and the CPU time the process spent in it —
//   wall clock on a shared machine includes time the thread was not running), p99, and the
//   garbage-collection pauses inside them (a pause is no step of ours: finer steps cannot split it).
//   A slice is from the first clock reading after a pause to the last before the next pause;
// - WordNet's load, which the first check after start-up pays: in steps as the bundle loads it
//   (engine/frames/wordnet.ts), in all and its longest step, and wink's modules as published, in one
//   piece (as before), loaded from node_modules in the same process.
// - hover latency while every source is indexed again (each one changed: a full re-index, then every
//   note re-checked), with the search index made on the worker thread (now, engine/workers) and on
//   the server's thread (before); and a saved source until the index has it, and until its notes
//   are re-checked (with the process's CPU time and the longest turn of the server's thread), and
//   an edit of the small note until its diagnostics — at the BBC corpus and at the 25 MB and 100 MB
//   (44,500 files) corpora `node dist/scale.js --generate-only --shapes 25MB,100MB` generates.
//
//   node dist/lsp-scale.js [--sources N] [--note-kb K] [--corpus DIR] [--reindex DIR,DIR]
//     [--reindex-only] [--where server,worker] [--saves-only (no full re-index)]
//
// The corpora are generated or read at run time, never committed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { MarkupContent } from 'vscode-languageserver';
import { checkNote } from '../../server/src/engine/check';
import { parseNote } from '../../server/src/engine/notes';
import { WorkerPostings } from '../../server/src/engine/workers';
import { buildCorpus, DEFAULT_PACING, NodeFileSystem, readSources, type SourceFile } from '../../server/src/engine/workspace';
import { FileChangeType } from 'vscode-languageserver';
import * as os from 'node:os';
import { CompletionTables, completeCitation, sourceDocumentation } from '../../server/src/lsp/completion';
import { abs, Harness, ONE_SLICE, ROOT, under, uriOf } from '../features/harness';
import { pathToUri } from '../../server/src/lsp/state';
import { CHECK_SLICE_MS, DEFAULT_SLICE_CLOCK, type SliceClock } from '../../server/src/lsp/noteRuns';
import { createRequire } from 'node:module';
import { PerformanceObserver } from 'node:perf_hooks';
import { loadWordNetSteps } from '../../server/src/engine/frames/wordnet';
import { generateNote } from './note';

const log = (msg: string) => process.stderr.write(`[lsp-scale] ${msg}\n`);
const now = () => performance.now();
const r1 = (x: number) => Math.round(x * 10) / 10;
function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
}
const median = (xs: number[]) => pct(xs, 50);

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

/** Completion at `n` generated sources. */
function completionRows(n: number): string[][] {
  log(`generating and indexing ${n} sources`);
  const words = ['harbour', 'grain', 'glacier', 'budget', 'rail', 'orchard', 'election', 'tariff'];
  const files: SourceFile[] = Array.from({ length: n }, (_, i) => ({
    path: `/bench/sources/${words[i % words.length]}_${String(i).padStart(5, '0')}.md`,
    text: `---\ntitle: ${words[(i * 7) % words.length]} report number ${i}\nauthor: Writer ${i % 97}\n---\n\n# Report ${i}\n\nThe count reached ${i} in 2021, up from ${i + 3}.\n`,
  }));
  const corpus = buildCorpus(files).corpus;
  const tables = new CompletionTables();
  const line = 'See [@';
  const ask = (typed: string) => completeCitation(line + typed, { line: 0, character: line.length + typed.length }, corpus, undefined, { rows: tables.rows(corpus), note: 'file:///bench/notes/n.md' })!;
  let t = now();
  ask('');
  const firstMs = now() - t;
  const rows: string[][] = [];
  for (const typed of ['', 'gla', 'glacier_0001', 'nothing']) {
    const ms: number[] = [];
    let bytes = 0;
    let items = 0;
    let incomplete = false;
    for (let k = 0; k < 30; k++) {
      t = now();
      const list = ask(typed);
      const json = JSON.stringify(list);
      ms.push(now() - t);
      bytes = Buffer.byteLength(json);
      items = list.items.length;
      incomplete = list.isIncomplete;
    }
    rows.push([`completion "[@${typed}" at ${n.toLocaleString('en-US')} sources`, `${r1(median(ms))} ms median (p95 ${r1(pct(ms, 95))}) · ${(bytes / 1024).toFixed(1)} KB · ${items} items${incomplete ? ', isIncomplete' : ''}`]);
  }
  const resolveMs: number[] = [];
  for (let k = 0; k < 30; k++) {
    t = now();
    sourceDocumentation(corpus.sources[(k * 997) % n]);
    resolveMs.push(now() - t);
  }
  rows.push(['completionItem/resolve (one row\'s documentation)', `${r1(median(resolveMs) * 1000) / 1000} ms median`]);
  rows.push(['first completion after an index (makes the rows of the corpus)', `${Math.round(firstMs)} ms`]);
  // as before: every source, each with its documentation, in one reply
  t = now();
  const all = completeCitation(line, { line: 0, character: line.length }, corpus, undefined, { rows: tables.rows(corpus), max: Number.POSITIVE_INFINITY })!;
  const before = JSON.stringify({ items: all.items.map((i, k) => ({ ...i, documentation: sourceDocumentation(corpus.sources[k]) })) });
  rows.push(['  before: the whole list with documentation', `${Math.round(now() - t)} ms · ${(Buffer.byteLength(before) / 1024 / 1024).toFixed(1)} MB · ${all.items.length} items`]);
  return rows;
}

/** A slice: wall-clock and CPU milliseconds, and when it ran (performance.now). */
interface Slice {
  wall: number;
  cpu: number;
  start: number;
  end: number;
}

/** DEFAULT_SLICE_CLOCK, recording each slice it paces (see the head of this file). */
function recordingClock(): { clock: SliceClock; slices: Slice[]; flush(): void } {
  const base = DEFAULT_SLICE_CLOCK;
  const slices: Slice[] = [];
  let start: number | undefined;
  let cpu0 = 0;
  let last = 0;
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const flush = () => {
    if (start !== undefined) slices.push({ wall: last - start, cpu: cpuMs() - cpu0, start, end: last });
    start = undefined;
  };
  const clock: SliceClock = {
    sliceMs: base.sliceMs,
    now: () => {
      last = base.now();
      if (start === undefined) {
        start = last;
        cpu0 = cpuMs();
      }
      return last;
    },
    pause: () => {
      flush();
      return base.pause();
    },
  };
  return { clock, slices, flush };
}

/** Hover latencies on a small note while the big note is checked, with these slices. */
async function hoversDuringCheck(files: Record<string, string>, big: string, small: { uri: string; position: { line: number; character: number } }, slices: SliceClock): Promise<{ checkMs: number; lat: number[] }> {
  const h = await Harness.start({ files: under(ROOT, files), slices });
  await h.open('notes/small.md');
  const hv = await h.requests.hover({ textDocument: { uri: small.uri }, position: small.position });
  if (!(hv?.contents as MarkupContent | undefined)?.value) throw new Error('no hover on the small note');
  const doc = h.docs.open(uriOf('notes/big.md'), big);
  // hovers due every 25 ms, as a client sends them; one due while the thread was busy waits in the
  // pipe, as it would: latency from when it was due to its answer
  const t0 = now();
  const stop = hoverTicker(h, small);
  await new Promise((resolve) => setTimeout(resolve, 0));
  await h.diagnostics.publishDocument(doc);
  const checkMs = now() - t0;
  const lat = await stop();
  return { checkMs, lat };
}

/** Hovers due every 25 ms, as a client sends them, until stopped: latency from when each was due to its answer. */
function hoverTicker(h: Harness, small: { uri: string; position: { line: number; character: number } }): () => Promise<number[]> {
  const lat: number[] = [];
  let running = true;
  const EVERY_MS = 25;
  let next = now() + EVERY_MS;
  const tick = () => {
    const t = now();
    for (; next <= t; next += EVERY_MS) {
      const due = next;
      void h.requests.hover({ textDocument: { uri: small.uri }, position: small.position }).then(() => lat.push(now() - due));
    }
    if (running) setTimeout(tick, Math.max(0, next - now()));
  };
  setTimeout(tick, EVERY_MS);
  return async () => {
    running = false;
    tick();
    await new Promise((resolve) => setTimeout(resolve, 3 * EVERY_MS));
    return lat;
  };
}

/** Every .txt file under a folder. */
function txtFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...txtFiles(p));
    else if (e.name.endsWith('.txt')) out.push(p);
  }
  return out.sort();
}

/** Hovers during a full re-index, and a saved source until reflected, with the index made in the worker or here. */
async function reindexRows(dir: string, wheres: readonly ('server' | 'worker')[], full: boolean): Promise<string[][]> {
  if (!fs.existsSync(dir)) return [[`hover during a full re-index of ${dir}`, 'skipped: not found (`node dist/scale.js --generate-only --shapes 25MB,100MB` generates the 25 and 100 MB corpora)']];
  const { files: read } = await readSources(new NodeFileSystem(), txtFiles(dir));
  const mb = read.reduce((n, f) => n + Buffer.byteLength(f.text), 0) / 1024 / 1024;
  const name = `${path.basename(dir) === 'sources' ? path.basename(path.dirname(dir)) : path.basename(dir)} (${read.length.toLocaleString('en-US')} files, ${mb.toFixed(1)} MB)`;
  // a small note on the first sources (cheap at any size), hovered on its first figure
  const head = buildCorpus(read.slice(0, 200)).corpus;
  const noteText = generateNote(head, 20, 99).text;
  const fig = parseNote(noteText).figures[0];
  const before = noteText.slice(0, fig.start).split('\n');
  const small = { uri: uriOf('notes/small.md'), position: { line: before.length - 1, character: before.at(-1)!.length + 1 } };
  const files: Record<string, string> = { 'notes/small.md': noteText };
  for (const f of read) files[`sources/${path.relative(dir, f.path)}`] = f.text;
  const rows: string[][] = [];
  const names = { server: 'on the server thread (before)', worker: 'on the worker thread (now)' } as const;
  for (const where of wheres.map((w) => names[w])) {
    const worker = where.includes('worker') ? new WorkerPostings({ log: () => undefined, warn: (m) => log(`worker: ${m}`) }) : undefined;
    try {
      log(`${name}: first index, the index made ${where}`);
      const h = await Harness.start({ files: under(ROOT, files), pacing: DEFAULT_PACING, slices: DEFAULT_SLICE_CLOCK, postings: worker });
      await h.open('notes/small.md');
      await h.requests.hover({ textDocument: { uri: small.uri }, position: small.position });
      if (full) {
        // every source changed (a branch checked out): all read, built and indexed again
        for (const rel of Object.keys(files)) if (rel.startsWith('sources/')) h.fs.write(abs(rel), files[rel] + '\n');
        log(`${name}: hovers during a full re-index, the index made ${where}`);
        const stop = hoverTicker(h, small);
        const t0 = now();
        await h.sync.rebuild();
        const fullMs = now() - t0;
        const lat = await stop();
        rows.push([`hover during a full re-index, ${name}, index made ${where}`, `p50 ${r1(median(lat))} ms · p95 ${r1(pct(lat, 95))} ms · max ${r1(Math.max(...lat))} ms (${lat.length} hovers; re-index and re-check took ${(fullMs / 1000).toFixed(1)} s)`]);
      }
      // one source saved with a change, five times: until the index has it, and until the notes are
      // re-checked (wall; and the process's CPU time, every thread); the longest turn of the server's
      // thread meanwhile (the gap between two ticks of a 5 ms timer, less the 5 ms)
      log(`${name}: one source saved, five times, the index made ${where}`);
      const victim = Object.keys(files).find((rel) => rel.startsWith('sources/'))!;
      const indexedMs: number[] = [];
      const recheckedMs: number[] = [];
      const cpuMs: number[] = [];
      const saveLat: number[] = [];
      const turns: number[] = [];
      for (let k = 0; k < 5; k++) {
        h.fs.write(abs(victim), `${files[victim]}\nA late line: ${k + 2} ferries sailed.\n`);
        const logs = h.logs.length;
        const stopSave = hoverTicker(h, small);
        const stopTurns = turnWatcher();
        const c0 = process.cpuUsage();
        const t = now();
        const done = h.sync.filesChanged([{ uri: pathToUri(abs(victim)), type: FileChangeType.Changed }]);
        while (!h.logs.slice(logs).some((l) => l.startsWith('indexed '))) await new Promise((resolve) => setImmediate(resolve));
        indexedMs.push(now() - t);
        await done;
        recheckedMs.push(now() - t);
        const c = process.cpuUsage(c0);
        cpuMs.push((c.user + c.system) / 1000);
        turns.push(stopTurns());
        saveLat.push(...(await stopSave()));
      }
      rows.push([`one source saved, ${name}, index made ${where}: in the index · notes re-checked`, `${Math.round(median(indexedMs))} ms · ${Math.round(median(recheckedMs))} ms wall, ${Math.round(median(cpuMs))} ms CPU (medians of 5); hovers meanwhile p50 ${r1(median(saveLat))} ms · p95 ${r1(pct(saveLat, 95))} ms; longest turn of the server's thread ${Math.round(median(turns))} ms (median of 5)`]);
      // an edit of the open note (one digit of a figure) until its diagnostics, with nothing else running
      const doc = h.docs.get(small.uri)!;
      const editMs: number[] = [];
      const editCpu: number[] = [];
      for (let k = 0; k < 9; k++) {
        const text = doc.getText();
        const at = text.search(/\d/);
        const edited = h.docs.edit(small.uri, text.slice(0, at) + String((Number(text[at]) + k + 1) % 10) + text.slice(at + 1));
        const c0 = process.cpuUsage();
        const t = now();
        await h.diagnostics.publishDocument(edited);
        editMs.push(now() - t);
        const c = process.cpuUsage(c0);
        editCpu.push((c.user + c.system) / 1000);
      }
      rows.push([`edit → diagnostics (a digit of the small note), ${name}, index made ${where}`, `${Math.round(median(editMs))} ms wall, ${Math.round(median(editCpu))} ms CPU (medians of 9; without the 250 ms debounce)`]);
    } finally {
      worker?.dispose();
    }
  }
  return rows;
}

/** Watches the server's thread: stop() gives its longest turn (how late a 5 ms timer fired, at most). */
function turnWatcher(): () => number {
  let longest = 0;
  let last = now();
  const timer = setInterval(() => {
    const t = now();
    longest = Math.max(longest, t - last - 5);
    last = t;
  }, 5);
  return () => {
    clearInterval(timer);
    longest = Math.max(longest, now() - last - 5);
    return Math.max(0, longest);
  };
}

/** WordNet's load on the first check (run first: before anything else has loaded it). */
function wordNetRows(): string[][] {
  const steps = loadWordNetSteps();
  const each: number[] = [];
  let t = now();
  const t0 = t;
  for (let r = steps.next(); ; r = steps.next()) {
    const t2 = now();
    each.push(t2 - t);
    t = t2;
    if (r.done) break;
  }
  const rows = [[`WordNet's load on the first check, in steps (now)`, `${Math.round(t - t0)} ms in ${each.length} steps · longest step ${r1(Math.max(...each))} ms`]];
  // as published (node_modules; a variable name, so the bundler leaves it alone)
  const published = ['wink-lemmatizer'];
  try {
    const load = createRequire(path.resolve(__dirname, '../package.json'));
    t = now();
    for (const name of published) load(name);
    rows.push([`  before: wink's modules in one piece`, `${Math.round(now() - t)} ms`]);
  } catch (e) {
    rows.push([`  before: wink's modules in one piece`, `skipped: ${(e as Error).message.split('\n')[0]}`]);
  }
  return rows;
}

async function hoverRows(corpusDir: string, noteKB: number): Promise<string[][]> {
  const dir = corpusDir;
  if (!fs.existsSync(dir)) return [['hover during a long check', `skipped: ${dir} not found`]];
  const paths = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
  const { files: read } = await readSources(new NodeFileSystem(), paths);
  const corpus = buildCorpus(read).corpus;
  let big = '';
  for (let seed = 1; big.length < noteKB * 1024; seed++) big += generateNote(corpus, 300, seed).text + '\n';
  const smallText = generateNote(corpus, 20, 99).text;
  const fig = parseNote(smallText).figures[0];
  const before = smallText.slice(0, fig.start).split('\n');
  const position = { line: before.length - 1, character: before.at(-1)!.length + 1 };
  const files: Record<string, string> = { 'notes/small.md': smallText };
  for (const f of read) files[`sources/${path.basename(f.path)}`] = f.text;
  log('warming up (a 100 KB piece of the note, checked once)');
  checkNote(big.slice(0, 100 * 1024), corpus);
  const rows: string[][] = [];
  const recorded = recordingClock();
  const gcs: { start: number; end: number }[] = [];
  const gcObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcs.push({ start: e.startTime, end: e.startTime + e.duration });
  });
  for (const [name, slices] of [
    ['in one piece (before)', ONE_SLICE],
    ['in slices (now)', recorded.clock],
  ] as const) {
    log(`hovers while a ${noteKB} KB note is checked ${name}`);
    if (slices === recorded.clock) gcObserver.observe({ entryTypes: ['gc'] });
    const { checkMs, lat } = await hoversDuringCheck(files, big, { uri: uriOf('notes/small.md'), position }, slices);
    rows.push([`hover while a ${noteKB} KB note is checked ${name}`, `p50 ${r1(median(lat))} ms · p95 ${r1(pct(lat, 95))} ms · max ${r1(Math.max(...lat))} ms (${lat.length} hovers; the check took ${(checkMs / 1000).toFixed(1)} s)`]);
  }
  recorded.flush();
  await new Promise((resolve) => setTimeout(resolve, 50));
  gcObserver.disconnect();
  rows.push(sliceRow(recorded.slices, gcs));
  return rows;
}

/** The longest slice of the sliced check, by wall clock and by CPU time, with the GC pauses in it. */
function sliceRow(slices: Slice[], gcs: { start: number; end: number }[]): string[] {
  if (!slices.length) return ['longest slice of that check', 'no slice recorded'];
  const gcIn = (s: Slice) => gcs.filter((g) => g.start < s.end && g.end > s.start).reduce((ms, g) => ms + Math.min(g.end, s.end) - Math.max(g.start, s.start), 0);
  const byWall = slices.reduce((a, b) => (b.wall > a.wall ? b : a));
  const byCpu = slices.reduce((a, b) => (b.cpu > a.cpu ? b : a));
  const walls = slices.map((s) => s.wall);
  const over = slices.filter((s) => s.wall > 50).length;
  return [
    `longest slice of that check (${CHECK_SLICE_MS} ms slices)`,
    `${r1(byWall.wall)} ms wall (${r1(byWall.cpu)} ms CPU, ${r1(gcIn(byWall))} ms of it GC) · most CPU in one slice ${r1(byCpu.cpu)} ms (${r1(byCpu.wall)} ms wall) · p99 ${r1(pct(walls, 99))} ms · ${over} of ${slices.length} slices over 50 ms`,
  ];
}

async function main(): Promise<void> {
  const n = Number(arg('--sources', '44000'));
  const noteKB = Number(arg('--note-kb', '1024'));
  const corpus = path.resolve(arg('--corpus', process.env.GROUNDED_BENCH_CORPUS ?? path.resolve(__dirname, '../../shared/corpora/bbc-news')));
  const generated = (shape: string) => path.join(os.tmpdir(), 'grounded-scale', shape, 'sources');
  const reindex = arg('--reindex', `${corpus},${generated('25MB')},${generated('100MB')}`).split(',').filter(Boolean);
  const only = process.argv.includes('--reindex-only');
  const rows = only ? [] : [...wordNetRows(), ...completionRows(n), ...(await hoverRows(corpus, noteKB))];
  const wheres = arg('--where', 'server,worker').split(',') as ('server' | 'worker')[];
  const full = !process.argv.includes('--saves-only');
  for (const dir of reindex) rows.push(...(await reindexRows(path.resolve(dir), wheres, full)));
  const out = ['| LSP at scale (in-process, `test/bench/lspScale.ts`) | Result |', '|---|---|', ...rows.map((r) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`)];
  process.stdout.write(out.join('\n') + '\n');
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`lsp-scale failed: ${(e as Error).stack ?? e}\n`);
    process.exit(1);
  },
);
