// Carry a drawn mutation sample over to the engine as it is now, so that its incremental rerun
// counts the same mutants after the engine changed (scripts/mutate-sample.mjs redraws a sample whose
// engine hash no longer matches: another sample, whose rerun is a fresh hour-long run).
//   node scripts/mutate-carry.mjs --seed 14 --size 600 --from c5e1ce3
// `--from` is the commit the sample was drawn on. Each sampled mutant keeps its place when its file
// did not change; in a changed file, its lines move with `git diff` (lines before and after a hunk);
// a mutant on a changed line, or whose code is no longer the same text, leaves the sample (listed).
// The old sample file is kept beside it (`.drawn.json`); the strata's sizes stay as drawn.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import picomatch from 'picomatch';
import { EXCLUDED } from '../stryker.config.mjs';
import { lineStarts } from './mutate-ts.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const from = arg('from');
if (!from) throw new Error('--from COMMIT: the commit the sample was drawn on');
const name = `engine-seed${Number(arg('seed', '1'))}-n${Number(arg('size', '600'))}`;
const sampleFile = path.join('.stryker/sample', `${name}.json`);
const drawnFile = path.join('.stryker/sample', `${name}.drawn.json`);
if (!fs.existsSync(drawnFile)) fs.copyFileSync(sampleFile, drawnFile);
const sample = JSON.parse(fs.readFileSync(drawnFile, 'utf8'));

const ROOT = 'server/src/engine';
const excluded = picomatch(EXCLUDED);
const files = fs.readdirSync(ROOT, { recursive: true }).map((f) => path.posix.join(ROOT, f.split(path.sep).join('/'))).filter((f) => f.endsWith('.ts') && !excluded(f)).sort();
const hash = crypto.createHash('sha256');
for (const f of files) hash.update(f).update(fs.readFileSync(f)); // as mutate-sample.mjs hashes the engine
const git = (...a) => execFileSync('git', a, { encoding: 'utf8', maxBuffer: 1 << 28 });

/** Per file: its text then and now, its diff's hunks (1-based lines), its line starts. */
const byFile = new Map();
function fileOf(file) {
  if (!byFile.has(file)) {
    const before = git('show', `${from}:${file}`);
    const now = fs.readFileSync(file, 'utf8');
    const hunks = before === now ? [] : [...git('diff', '-U0', from, '--', file).matchAll(/^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/gm)]
      .map((h) => ({ os: +h[1], oc: h[2] === undefined ? 1 : +h[2], nc: h[4] === undefined ? 1 : +h[4] }));
    byFile.set(file, { before, now, hunks, bs: lineStarts(before), ns: lineStarts(now) });
  }
  return byFile.get(file);
}

/** A 0-based line of the drawn file in the file now, or undefined when a hunk changed it. */
function lineNow(f, line0) {
  const L = line0 + 1;
  let delta = 0;
  for (const h of f.hunks) {
    if (h.oc === 0) { if (L > h.os) delta += h.nc; continue; } // lines added after line os
    if (L >= h.os && L < h.os + h.oc) return undefined;
    if (L >= h.os + h.oc) delta += h.nc - h.oc;
  }
  return L + delta - 1;
}

const mutants = [];
const dropped = [];
for (const m of sample.mutants) {
  const f = fileOf(m.file);
  const sl = lineNow(f, m.start.line);
  const el = lineNow(f, m.end.line);
  const at = `${m.file}:${m.start.line + 1} ${m.mutatorName}${m.compiles ? '' : ' (does not compile)'}`;
  if (sl === undefined || el === undefined) { dropped.push(`${at}: its line changed`); continue; }
  const was = f.before.slice(f.bs[m.start.line] + m.start.column, f.bs[m.end.line] + m.end.column);
  const is = f.now.slice(f.ns[sl] + m.start.column, f.ns[el] + m.end.column);
  if (was !== is) { dropped.push(`${at}: its code changed`); continue; }
  mutants.push({ ...m, start: { ...m.start, line: sl }, end: { ...m.end, line: el } });
}
fs.writeFileSync(sampleFile, JSON.stringify({ ...sample, hash: hash.digest('hex'), carriedFrom: from, mutants }, null, 1));
console.log(`${sampleFile}: ${mutants.length} of ${sample.mutants.length} mutants carried from ${from}, ${dropped.length} dropped${dropped.length ? ':\n' + dropped.join('\n') : ''}`);
