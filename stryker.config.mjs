// Mutation testing (StrykerJS): `npm run mutate`, or one part of the code at a time with
// `MUTATE=engine/frames npm run mutate` (folders or files under server/src). See README "Tests".
// A sampled estimate over the whole engine: `node scripts/mutate-sample.mjs` (README "Tests").
import fs from 'node:fs';

/**
 * Which code a run mutates: MUTATE names folders or files under server/src, separated by commas
 * (`MUTATE=engine/frames/period.ts,engine/frames/role.ts`); without it, the engine and the LSP layer.
 */
const parts = (process.env.MUTATE ?? '').split(',').map((p) => p.trim().replace(/^server\/src\//, '').replace(/\/$/, '')).filter(Boolean);
const target = parts.length
  ? parts.map((p) => (p.endsWith('.ts') ? `server/src/${p}` : `server/src/${p}/**/*.ts`))
  : ['server/src/engine/**/*.ts', 'server/src/lsp/**/*.ts'];
/** One incremental file and one report per MUTATE value: a run's incremental file holds only its own files. */
const name = parts.length ? parts.join('+').replace(/[/.]/g, '-') : 'all';

/**
 * Never mutated. Data only: named thresholds and word lists, evaluated once at import (every
 * mutant there is static, which ignoreStatic drops anyway); their effect is tested through the code
 * that reads them (a threshold at its boundary in test/unit/mutants-rules.test.ts). The PostgreSQL
 * store: its tests need a PostgreSQL server (GROUNDED_TEST_PG), which the mutation tests do not start.
 */
export const EXCLUDED = [
  'server/src/engine/**/policy.ts',
  'server/src/engine/figures/tables.ts',
  'server/src/engine/figures/familyTables.ts',
  'server/src/engine/stores/postgres/**',
];

/**
 * A sampled run (scripts/mutate-sample.mjs sets MUTATE_SAMPLE to its sample file): one range per
 * sampled mutant's node, and an ignorer that leaves out the other nodes inside those ranges; its
 * own incremental file and report, under .stryker/sample (not .stryker/report, whose reports
 * scripts/mutate-scores.mjs reads as whole files).
 */
const sample = process.env.MUTATE_SAMPLE ? JSON.parse(fs.readFileSync(process.env.MUTATE_SAMPLE, 'utf8')) : undefined;
const sampleOptions = sample && {
  mutate: [...new Set(sample.mutants.filter((m) => m.compiles).map((m) => `${m.file}:${m.start.line + 1}:${m.start.column}-${m.end.line + 1}:${m.end.column}`))],
  plugins: ['@stryker-mutator/*', './scripts/mutate-sample-ignorer.mjs'],
  ignorers: ['grounded-sample'],
  incrementalFile: process.env.STRYKER_INCREMENTAL_FILE ?? `.stryker/sample/incremental-${sample.name}.json`,
  htmlReporter: { fileName: `.stryker/sample/report-${sample.name}.html` },
  jsonReporter: { fileName: `.stryker/sample/report-${sample.name}.json` },
};

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'mocha',
  // test/unit and test/features, focused files first, without the slow corpus-wide tests (see there).
  mochaOptions: { config: 'test/mutate.mocharc.cjs' },
  // Stryker's TypeScript checker drops the mutants that do not compile before they run. It costs
  // most of a run (1.3 s of CPU a mutant, the tests 0.2–0.8 s): MUTATE_TYPECHECK=after runs every
  // mutant without it, and scripts/mutate-typecheck.mjs then classes the reports' mutants the same
  // way in a fraction of that time (README "Tests").
  checkers: process.env.MUTATE_TYPECHECK === 'after' ? [] : ['typescript'],
  tsconfigFile: 'server/tsconfig.json',
  mutate: [...target, ...EXCLUDED.map((p) => `!${p}`)],
  // Each mutant runs only the tests that reached it in the first run.
  coverageAnalysis: 'perTest',
  // A mutant reached only at import (a word list, a table built once) would need a fresh test process
  // per mutant; dropped.
  ignoreStatic: true,
  // One test process: the machines this runs on are shared (and the TypeScript checker is a second process).
  concurrency: 1,
  incremental: true,
  // STRYKER_INCREMENTAL_FILE points several checkouts (or a CI cache) at one file, so runs accumulate.
  incrementalFile: process.env.STRYKER_INCREMENTAL_FILE ?? `.stryker/incremental/${name}.json`,
  tempDirName: '.stryker/tmp',
  cleanTempDir: 'always',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `.stryker/report/${name}.html` },
  jsonReporter: { fileName: `.stryker/report/${name}.json` },
  thresholds: { high: 90, low: 80, break: null },
  timeoutMS: 10000,
  ...sampleOptions,
};
