// An engine-wide mutation score from a random sample of its mutants, with a 95% confidence interval.
// A whole run of the engine is about 22,000 mutants (10 hours of a shared machine); a sample of a
// few hundred gives the score within about ±5 points.
//   node scripts/mutate-sample.mjs                      # seed 1, 600 mutants drawn
//   node scripts/mutate-sample.mjs --seed 2 --size 1200  # another sample, a bigger one
//   node scripts/mutate-sample.mjs --score               # the score of the last run of that sample, without running it
//   node scripts/mutate-sample.mjs --draw                # draw the sample only (.stryker/sample/engine-seed1-n600.json)
//   node scripts/mutate-sample.mjs --seed 3 -- --ignorePatterns test/unit/x.test.ts   # without a test file (a "before"; rerun without it for "after")
//   node scripts/mutate-carry.mjs --seed 14 --size 600 --from c5e1ce3   # the sample carried over engine changes since its draw
//
// 1. Stryker's instrumenter lists every mutant of server/src/engine (the files stryker.config.mjs
//    mutates, without its EXCLUDED ones, and without mutants disabled by a `// Stryker disable`).
// 2. A stratified random sample, seeded: the strata are the engine's folders (the top-level files
//    one more), each drawn in proportion to its number of mutants.
// 3. Each sampled mutant is applied to its file in a TypeScript language service (as
//    scripts/mutate-typecheck.mjs does): one that does not compile leaves the sample, as it leaves
//    Stryker's score.
// 4. Stryker runs the rest (stryker.config.mjs with MUTATE_SAMPLE: one range per sampled mutant's
//    node, scripts/mutate-sample-ignorer.mjs leaving out the other nodes in it; its own incremental
//    file, so a rerun after new tests runs again only the mutants those tests reach). The other
//    mutants of a sampled node run too (a node's mutants cannot be told apart before they are
//    placed); they are not in the estimate.
// 5. The score: killed (timeouts included) ÷ (killed + survived + no coverage) among the sampled
//    mutants that compile and are not static (ignoreStatic), weighted by stratum, with the
//    linearised variance of a ratio estimator under stratified sampling (and the Wilson interval of
//    the pooled sample as a check); then every sampled survivor, file:line mutator → replacement.
// The sample and its results are in .stryker/sample/ (ignored by git).
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import picomatch from 'picomatch';
import { Instrumenter } from '@stryker-mutator/instrumenter';
import { EXCLUDED } from '../stryker.config.mjs';
import { createMutantChecker, lineStarts } from './mutate-ts.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const seed = Number(arg('seed', '1'));
const size = Number(arg('size', '600'));
const scoreOnly = process.argv.includes('--score');
const drawOnly = process.argv.includes('--draw');
const ROOT = 'server/src/engine';
const name = `engine-seed${seed}-n${size}`;
const dir = '.stryker/sample';
const sampleFile = path.join(dir, `${name}.json`);
const reportFile = path.join(dir, `report-${name}.json`);

/** Deterministic random numbers in [0, 1) from a 32-bit seed (mulberry32). */
function random(seedValue) {
  let a = seedValue >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The engine's files that a whole run would mutate, sorted. */
function engineFiles() {
  const excluded = picomatch(EXCLUDED);
  return fs.readdirSync(ROOT, { recursive: true })
    .map((f) => path.posix.join(ROOT, f.split(path.sep).join('/')))
    .filter((f) => f.endsWith('.ts') && !excluded(f))
    .sort();
}

/** The stratum of a file: its first folder under the engine, or "(top level)". */
const stratumOf = (file) => {
  const rel = path.posix.relative(ROOT, file).split('/');
  return rel.length > 1 ? rel[0] : '(top level)';
};

/** Hamilton's largest remainders: `n` split over `counts` in proportion, summing to `n`. */
function allocate(counts, n) {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const exact = [...counts].map(([k, c]) => [k, (n * c) / total]);
  const out = new Map(exact.map(([k, x]) => [k, Math.floor(x)]));
  let left = n - [...out.values()].reduce((a, b) => a + b, 0);
  for (const [k] of exact.sort((a, b) => (b[1] % 1) - (a[1] % 1) || (a[0] < b[0] ? -1 : 1))) {
    if (left-- <= 0) break;
    out.set(k, out.get(k) + 1);
  }
  return out;
}

async function makeSample(files, hash) {
  const logger = { isDebugEnabled: () => false, debug() {}, info() {}, warn: console.warn, error: console.error };
  const { mutants } = await new Instrumenter(logger).instrument(
    files.map((f) => ({ name: f, content: fs.readFileSync(f, 'utf8'), mutate: true })),
    { plugins: null, excludedMutations: [], ignorers: [] },
  );
  const population = mutants.filter((m) => !m.status);
  const strata = new Map();
  for (const m of population) {
    const s = stratumOf(m.fileName);
    if (!strata.has(s)) strata.set(s, []);
    strata.get(s).push(m);
  }
  const quota = allocate(new Map([...strata].map(([k, v]) => [k, v.length])), size);
  const rand = random(seed);
  const chosen = [];
  for (const [s, list] of [...strata].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const pool = list.slice();
    // a partial Fisher–Yates shuffle: the first quota places are a simple random sample
    for (let i = 0; i < quota.get(s); i++) {
      const j = i + Math.floor(rand() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j], pool[i]];
      chosen.push({ stratum: s, m: pool[i] });
    }
  }
  const checker = createMutantChecker();
  const byFile = new Map();
  for (const c of chosen) byFile.set(c.m.fileName, [...(byFile.get(c.m.fileName) ?? []), c]);
  const sampled = [];
  for (const [file, list] of byFile) {
    const abs = path.resolve(file);
    const original = fs.readFileSync(file, 'utf8');
    const starts = lineStarts(original);
    const before = new Set(checker.errorsWith(abs, original));
    for (const { stratum, m } of list) {
      const a = starts[m.location.start.line] + m.location.start.column;
      const b = starts[m.location.end.line] + m.location.end.column;
      const errors = checker.errorsWith(abs, original.slice(0, a) + m.replacement + original.slice(b)).filter((e) => !before.has(e));
      sampled.push({ stratum, file, start: m.location.start, end: m.location.end, mutatorName: m.mutatorName, replacement: m.replacement, compiles: !errors.length, error: errors[0] });
    }
    checker.reset(abs);
  }
  const strataSizes = Object.fromEntries([...strata].map(([k, v]) => [k, { mutants: v.length, drawn: quota.get(k) }]));
  return { name, seed, size, hash, population: population.length, strata: strataSizes, mutants: sampled };
}

/** Score with its 95% interval, from the sample's mutants and the run's report. */
function score(sample, report) {
  const results = new Map();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    for (const m of mutants) results.set(`${path.resolve(file)}:${m.location.start.line}:${m.location.start.column}:${m.location.end.line}:${m.location.end.column}:${m.mutatorName}:${m.replacement}`, m);
  }
  const rows = new Map();
  const survivors = [];
  let missing = 0;
  for (const m of sample.mutants) {
    if (!rows.has(m.stratum)) rows.set(m.stratum, { drawn: 0, compileError: 0, static: 0, killed: 0, survived: 0, noCoverage: 0, other: 0, y: [], x: [] });
    const r = rows.get(m.stratum);
    r.drawn++;
    let y = 0;
    let x = 0;
    if (!m.compiles) r.compileError++;
    else {
      const got = results.get(`${path.resolve(m.file)}:${m.start.line + 1}:${m.start.column + 1}:${m.end.line + 1}:${m.end.column + 1}:${m.mutatorName}:${m.replacement}`);
      const status = got?.status;
      if (!got) missing++;
      if (status === 'Killed' || status === 'Timeout') { r.killed++; y = 1; x = 1; }
      else if (status === 'Survived' || status === 'NoCoverage') {
        if (status === 'Survived') r.survived++; else r.noCoverage++;
        x = 1;
        survivors.push(`${m.file.replace(/^server\/src\//, '')}:${m.start.line + 1} ${status === 'NoCoverage' ? '(no coverage) ' : ''}${m.mutatorName} → ${JSON.stringify(m.replacement).slice(0, 120)}`);
      } else if (status === 'Ignored') r.static++;
      else r.other++;
    }
    r.y.push(y);
    r.x.push(x);
  }
  // stratified ratio estimator: R = Σ N_h ȳ_h / Σ N_h x̄_h; variance from z = y − R x
  let Y = 0;
  let X = 0;
  for (const [s, r] of rows) {
    const N = sample.strata[s].mutants;
    Y += (N * r.y.reduce((a, b) => a + b, 0)) / r.drawn;
    X += (N * r.x.reduce((a, b) => a + b, 0)) / r.drawn;
  }
  const R = Y / X;
  let variance = 0;
  for (const [s, r] of rows) {
    const N = sample.strata[s].mutants;
    const n = r.drawn;
    if (n < 2) continue;
    const z = r.y.map((y, i) => y - R * r.x[i]);
    const mean = z.reduce((a, b) => a + b, 0) / n;
    const s2 = z.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
    variance += (N * N * (1 - n / N) * s2) / n;
  }
  const se = Math.sqrt(variance) / X;
  const killed = [...rows.values()].reduce((a, r) => a + r.killed, 0);
  const counted = [...rows.values()].reduce((a, r) => a + r.killed + r.survived + r.noCoverage, 0);
  // Wilson's interval of the pooled sample, as a check
  const p = killed / counted;
  const zq = 1.96;
  const centre = (p + (zq * zq) / (2 * counted)) / (1 + (zq * zq) / counted);
  const half = (zq * Math.sqrt((p * (1 - p)) / counted + (zq * zq) / (4 * counted * counted))) / (1 + (zq * zq) / counted);
  const pct = (v) => (100 * v).toFixed(1);
  console.log(`| stratum | mutants | drawn | do not compile | static | killed | survived | no coverage | score |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |`);
  for (const [s, r] of [...rows].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const c = r.killed + r.survived + r.noCoverage;
    console.log(`| ${s} | ${sample.strata[s].mutants} | ${r.drawn} | ${r.compileError} | ${r.static} | ${r.killed} | ${r.survived} | ${r.noCoverage} | ${c ? pct(r.killed / c) + '%' : '-'} |`);
  }
  console.log(`\n${name}: ${killed} of ${counted} sampled mutants killed (of ${sample.mutants.length} drawn from ${sample.population}).`);
  console.log(`Engine score ${pct(R)}% ± ${pct(1.96 * se)} (95%: ${pct(R - 1.96 * se)}–${pct(R + 1.96 * se)}%, stratified); pooled ${pct(p)}%, Wilson ${pct(centre - half)}–${pct(centre + half)}%.`);
  if (missing) console.log(`${missing} sampled mutants are not in the report (a run stopped early, or the code changed since the sample was drawn).`);
  console.log('\nSurvivors of the sample:');
  for (const s of survivors.sort()) console.log(s);
}

const files = engineFiles();
const hash = crypto.createHash('sha256');
for (const f of files) hash.update(f).update(fs.readFileSync(f));
const digest = hash.digest('hex');
fs.mkdirSync(dir, { recursive: true });
let sample = fs.existsSync(sampleFile) ? JSON.parse(fs.readFileSync(sampleFile, 'utf8')) : undefined;
if (!sample || sample.hash !== digest) {
  if (scoreOnly) throw new Error(`${sampleFile}: no sample drawn for the engine as it is now; run without --score (or carry it over: scripts/mutate-carry.mjs)`);
  if (sample) console.log(`${sampleFile}: the engine changed since it was drawn — drawing again (scripts/mutate-carry.mjs --from <its commit> keeps the same mutants instead)`);
  const t = process.cpuUsage();
  sample = await makeSample(files, digest);
  fs.writeFileSync(sampleFile, JSON.stringify(sample, null, 1));
  const cpu = process.cpuUsage(t);
  console.log(`${sampleFile}: ${sample.mutants.length} mutants drawn from ${sample.population} (${sample.mutants.filter((m) => m.compiles).length} compile), ${((cpu.user + cpu.system) / 1e6).toFixed(0)} s of CPU`);
}
if (drawOnly) process.exit(0);
if (!scoreOnly) {
  // arguments after "--" go to Stryker: `-- --ignorePatterns test/unit/x.test.ts` runs without that test file
  const strykerArgs = process.argv.includes('--') ? process.argv.slice(process.argv.indexOf('--') + 1) : [];
  const run = spawnSync('npx', ['stryker', 'run', ...strykerArgs], { stdio: 'inherit', env: { ...process.env, MUTATE_SAMPLE: sampleFile, MUTATE_TYPECHECK: 'after' } });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
score(sample, JSON.parse(fs.readFileSync(reportFile, 'utf8')));
