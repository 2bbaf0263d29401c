// The note parser on pathological input: a table of shape × size → median milliseconds of a cold
// parse (a fresh parser each run). Each cell runs in its own process with a time limit, so a stall
// or a crash is reported in the table instead of ending the run.
//
//   npx tsx test/bench/pathological.ts [--sizes 1M,5M,20M] [--shapes realistic,citeRun] [--runs 3] [--timeout 300]
//
// Standalone (not part of `npm run bench`); shapes are in note-shapes.ts.
import { spawnSync } from 'node:child_process';
import * as notes from '../../server/src/engine/notes';
import { SHAPES } from './note-shapes';

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : dflt;
}

function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(s);
  if (!m) throw new Error(`bad size ${s}`);
  return Math.round(Number(m[1]) * (m[2] === '' ? 1 : /k/i.test(m[2]) ? 1e3 : 1e6));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Child process: parse one shape at one size `runs` times, print the times as JSON. */
function runCell(shape: string, size: number, runs: number): void {
  const text = SHAPES[shape](size);
  // Before the NoteParser API the chunk cache was module state: clear it so each run is cold.
  const clear = (notes as Record<string, unknown>)['clearParseCache'] as (() => void) | undefined;
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    clear?.();
    const t0 = performance.now();
    notes.parseNote(text);
    ms.push(performance.now() - t0);
  }
  process.stdout.write(JSON.stringify({ ms, chars: text.length }) + '\n');
}

function cellText(shape: string, size: number, runs: number, timeoutS: number): string {
  const child = spawnSync(process.execPath, [...process.execArgv, __filename, '--cell', shape, String(size), String(runs)], {
    encoding: 'utf8',
    timeout: timeoutS * 1000,
    maxBuffer: 1 << 20,
  });
  if (child.error && /ETIMEDOUT/.test(String(child.error))) return `> ${timeoutS} s`;
  if (child.status !== 0) {
    const why = /RangeError[^\n]*|Error[^\n]*/.exec(child.stderr ?? '')?.[0] ?? `exit ${child.status ?? child.signal}`;
    return `crash: ${why.slice(0, 40)}`;
  }
  const { ms } = JSON.parse(child.stdout.trim().split('\n').pop()!) as { ms: number[] };
  return median(ms).toFixed(0);
}

function main(): void {
  if (process.argv[2] === '--cell') return runCell(process.argv[3], Number(process.argv[4]), Number(process.argv[5]));
  const sizes = arg('sizes', '1M,5M,20M').split(',').map(parseSize);
  const shapes = arg('shapes', Object.keys(SHAPES).join(',')).split(',');
  const timeoutS = Number(arg('timeout', '300'));
  const runsArg = arg('runs', '');
  const head = ['shape'.padEnd(12), ...sizes.map((s) => `${s >= 1e6 ? s / 1e6 + ' MB' : s / 1e3 + ' KB'}`.padStart(14))];
  console.log(`parseNote, median ms of a cold parse (runs: ${runsArg || '3 up to 1 MB, 1 above'}; limit ${timeoutS} s per cell)`);
  console.log(head.join(' '));
  for (const shape of shapes) {
    if (!SHAPES[shape]) throw new Error(`unknown shape ${shape}; known: ${Object.keys(SHAPES).join(', ')}`);
    const cells: string[] = [];
    for (const size of sizes) {
      const runs = runsArg ? Number(runsArg) : size <= 1e6 ? 3 : 1;
      cells.push(cellText(shape, size, runs, timeoutS).padStart(14));
    }
    console.log([shape.padEnd(12), ...cells].join(' '));
  }
}

main();
