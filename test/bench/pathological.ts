// Pathological input through the engine: a table of shape × size → median milliseconds, for three
// phases. Each cell runs in its own process with a time limit, so a stall or a crash is reported in
// the table instead of ending the run.
//
//   npx tsx test/bench/pathological.ts [--phase parse|check|index] [--sizes 1M,5M,20M] [--shapes a,b] [--runs 3] [--timeout 300] [--no-size-limit]
//
//   parse  parseNote on the note shapes of note-shapes.ts (a fresh parser each run)
//   check  checkNote on those shapes and on sentences full of figures (hostile-cases.ts), against
//          the BBC corpus when it is next to the repo (GROUNDED_BENCH_CORPUS), else a generated one;
//          --no-size-limit checks notes over the default size limit too (maxNoteChars: Infinity)
//   index  decodeSource + buildSource + a Corpus of one source file of each source shape; the cell
//          also shows the process's peak memory
//
// `npm run bench` runs it too (bundled as dist/pathological.js) at the sizes of PATHOLOGICAL_SIZES
// in bench.ts.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkNote } from '../../server/src/engine/check';
import { Corpus } from '../../server/src/engine/corpus';
import { parseNote } from '../../server/src/engine/notes';
import { buildSource, decodeSource } from '../../server/src/engine/sources';
import type { Source } from '../../server/src/engine/types';
import { articleText, figureParagraphs, figureSentence, SOURCE_SHAPES } from './hostile-cases';
import { median } from './measure';
import { SHAPES } from './note-shapes';

type Phase = 'parse' | 'check' | 'index';

const CITED = 'business_001';

/** Note shapes of the check phase: the parser's, and sentences full of figures. */
const CHECK_SHAPES: Record<string, (size: number) => string> = {
  ...SHAPES,
  /** One sentence of `size` characters, nearly all figures, citing nothing. */
  figSentence: (size) => figureSentence(size),
  /** The same sentence, citing one source. */
  figSentenceCited: (size) => figureSentence(size, 7, CITED),
  /** Paragraphs of 2.5 KB sentences full of figures, each citing one source. */
  figParagraphs: (size) => figureParagraphs(size, 2_500, CITED),
};

const SHAPES_OF: Record<Phase, Record<string, (size: number) => string>> = { parse: SHAPES, check: CHECK_SHAPES, index: SOURCE_SHAPES };
const DEFAULT_SIZES: Record<Phase, string> = { parse: '1M,5M,20M', check: '100k,1M,20M', index: '1M,10M' };

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : dflt;
}

function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(s);
  if (!m) throw new Error(`bad size ${s}`);
  return Math.round(Number(m[1]) * (m[2] === '' ? 1 : /k/i.test(m[2]) ? 1e3 : 1e6));
}


/** The corpus notes are checked against: the BBC articles when present, else generated articles. */
function benchCorpus(): Corpus {
  const dirs = [process.env.GROUNDED_BENCH_CORPUS, path.resolve(__dirname, '../../../shared/corpora/bbc-news'), path.resolve(process.cwd(), '../shared/corpora/bbc-news')];
  const dir = dirs.find((d) => d && fs.existsSync(d));
  const sources: Source[] = [];
  if (dir) {
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) sources.push(buildSource(sources.length, path.join(dir, f), fs.readFileSync(path.join(dir, f), 'utf8')));
  } else {
    for (let i = 1; i <= 500; i++) sources.push(buildSource(i - 1, `/gen/business_${String(i).padStart(3, '0')}.txt`, `Article ${i}\n\n${articleText(2_000, i)}`));
  }
  return new Corpus(sources);
}

/** Child process: run one cell `runs` times, print the times as JSON. */
function runCell(phase: Phase, shape: string, size: number, runs: number, noLimit: boolean): void {
  const text = SHAPES_OF[phase][shape](size);
  const corpus = phase === 'check' ? benchCorpus() : null;
  const bytes = phase === 'index' ? new TextEncoder().encode(text) : null;
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    if (phase === 'parse') parseNote(text);
    else if (phase === 'check') checkNote(text, corpus!, noLimit ? { maxNoteChars: Infinity } : {});
    else {
      const d = decodeSource(bytes!);
      if ('text' in d) new Corpus([buildSource(0, `/gen/${shape}.txt`, d.text)]);
    }
    ms.push(performance.now() - t0);
  }
  process.stdout.write(JSON.stringify({ ms, chars: text.length, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n');
}

function cellText(phase: Phase, shape: string, size: number, runs: number, timeoutS: number): string {
  const args = [__filename, '--cell', phase, shape, String(size), String(runs), String(process.argv.includes('--no-size-limit'))];
  const child = spawnSync(process.execPath, [...process.execArgv, ...args], {
    encoding: 'utf8',
    timeout: timeoutS * 1000,
    maxBuffer: 1 << 20,
  });
  if (child.error && /ETIMEDOUT/.test(String(child.error))) return `> ${timeoutS} s`;
  if (child.status !== 0) {
    const why = /RangeError[^\n]*|Error[^\n]*/.exec(child.stderr ?? '')?.[0] ?? `exit ${child.status ?? child.signal}`;
    return `crash: ${why.slice(0, 40)}`;
  }
  const { ms, maxRssMB } = JSON.parse(child.stdout.trim().split('\n').pop()!) as { ms: number[]; maxRssMB: number };
  return phase === 'index' ? `${median(ms).toFixed(0)} (${maxRssMB.toFixed(0)} MB)` : median(ms).toFixed(0);
}

function main(): void {
  if (process.argv[2] === '--cell') return runCell(process.argv[3] as Phase, process.argv[4], Number(process.argv[5]), Number(process.argv[6]), process.argv[7] === 'true');
  const phase = arg('phase', 'parse') as Phase;
  const table = SHAPES_OF[phase];
  if (!table) throw new Error(`unknown phase ${phase}: parse, check or index`);
  const sizes = arg('sizes', DEFAULT_SIZES[phase]).split(',').map(parseSize);
  const shapes = arg('shapes', Object.keys(table).join(',')).split(',');
  const timeoutS = Number(arg('timeout', '300'));
  const runsArg = arg('runs', '');
  const head = ['shape'.padEnd(16), ...sizes.map((s) => `${s >= 1e6 ? s / 1e6 + ' MB' : s / 1e3 + ' KB'}`.padStart(16))];
  const what = { parse: 'parseNote, cold parse', check: 'checkNote (parse included)', index: 'decode + buildSource + Corpus of one file (peak RSS)' }[phase];
  const load = os.loadavg()[0];
  const busy = load > os.cpus().length ? `; the machine was busy: load ${load.toFixed(1)} on ${os.cpus().length} CPUs, times are inflated` : '';
  console.log(`${what}: median ms (runs: ${runsArg || '3 up to 1 MB, 1 above'}; limit ${timeoutS} s per cell${busy})`);
  console.log(head.join(' '));
  for (const shape of shapes) {
    if (!table[shape]) throw new Error(`unknown shape ${shape}; known: ${Object.keys(table).join(', ')}`);
    const cells: string[] = [];
    for (const size of sizes) {
      const runs = runsArg ? Number(runsArg) : size <= 1e6 ? 3 : 1;
      cells.push(cellText(phase, shape, size, runs, timeoutS).padStart(16));
    }
    console.log([shape.padEnd(16), ...cells].join(' '));
  }
}

main();
