// Mutation testing (StrykerJS): `npm run mutate`. See README "Tests".
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'mocha',
  mochaOptions: { config: 'test/mutate.mocharc.json' },
  checkers: ['typescript'],
  tsconfigFile: 'server/tsconfig.json',
  mutate: ['server/src/engine/**/*.ts', 'server/src/lsp/**/*.ts'],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  // One test process: the machines this runs on are shared (and the TypeScript checker is a second process).
  concurrency: 1,
  incremental: true,
  // STRYKER_INCREMENTAL_FILE points several checkouts (or a CI cache) at one file, so runs accumulate.
  incrementalFile: process.env.STRYKER_INCREMENTAL_FILE ?? '.stryker/incremental.json',
  tempDirName: '.stryker/tmp',
  cleanTempDir: 'always',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: '.stryker/report/mutation.html' },
  jsonReporter: { fileName: '.stryker/report/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  timeoutMS: 10000,
};
