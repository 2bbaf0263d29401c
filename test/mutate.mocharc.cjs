// The tests mutation runs use (stryker.config.mjs): test/unit and test/features, in an order that
// kills a mutant early, without the slow tests that would cost every mutant they reach seconds.
// Mocha stops a mutant's run at its first failing test, so the focused files come first.
const fs = require('node:fs');
const path = require('node:path');

/** Focused on one module each (the mutants-* files were written against survivors): first. */
const FIRST = [
  'unit/mutants-agree', 'unit/mutants-alignment', 'unit/mutants-bibliography', 'unit/mutants-check-reads', 'unit/mutants-core', 'unit/mutants-decide', 'unit/mutants-figures', 'unit/mutants-formats', 'unit/mutants-figure-stages', 'unit/mutants-figure-edges', 'unit/mutants-figure-reads', 'unit/mutants-frames', 'unit/mutants-io', 'unit/mutants-frame-lines', 'unit/mutants-frame-reads', 'unit/mutants-keys', 'unit/mutants-lexicon', 'unit/mutants-limits', 'unit/mutants-notes', 'unit/mutants-persist', 'unit/mutants-rules', 'unit/mutants-seed6-io', 'unit/mutants-seed6-figures', 'unit/mutants-seed6-frames', 'unit/mutants-seed6-check', 'unit/mutants-seed7-io', 'unit/mutants-seed7-figures', 'unit/mutants-seed7-frames', 'unit/mutants-seed7-check', 'unit/mutants-seed8-io', 'unit/mutants-seed8-workers', 'unit/mutants-seed8-figures', 'unit/mutants-seed8-frames', 'unit/mutants-seed8-check', 'unit/mutants-seed9-io', 'unit/mutants-seed9-figures', 'unit/mutants-seed9-frames', 'unit/mutants-seed9-check', 'unit/mutants-seed10-io', 'unit/mutants-seed10-figures', 'unit/mutants-seed10-frames', 'unit/mutants-seed10-check', 'unit/mutants-seed12-io', 'unit/mutants-seed12-figures', 'unit/mutants-seed12-frames', 'unit/mutants-seed12-check', 'unit/mutants-seed13-figures', 'unit/mutants-seed13-frames', 'unit/mutants-seed13-io', 'unit/mutants-seed13-check', 'unit/mutants-seed14-figures', 'unit/mutants-seed14-check', 'unit/mutants-seed14-io', 'unit/mutants-seed14-frames', 'unit/mutants-seed15-check', 'unit/mutants-seed15-figures', 'unit/mutants-seed15-frames', 'unit/mutants-seed15-io', 'unit/mutants-search', 'unit/mutants-similarity', 'unit/mutants-stores', 'unit/mutants-source-frames', 'unit/mutants-text', 'unit/mutants-verdict', 'unit/agreement', 'unit/figures',
  'unit/figure-families', 'unit/frames', 'unit/notes-scanners', 'unit/quotes', 'unit/ignore-and-severity',
  'unit/hedged-fix', 'unit/scorelines', 'unit/citation-suggestions', 'unit/engine', 'unit/search',
  'unit/steps', 'unit/store',
];

/**
 * Left out, each for its cost per mutant (they reach most of the engine, so every surviving
 * mutant would run them): they stay in `npx mocha`.
 */
const LEFT_OUT = {
  'unit/notes-properties': 'fast-check against the regular expressions the scanners replaced: minutes',
  'unit/robustness': 'fast-check over random notes and sources: no throw, bounded time',
  'unit/bounded-work': 'linear-time guards over inputs of 20,000-1,000,000 figures and characters (63 s)',
  'unit/hostile': 'fast-check over hostile bytes and 20 KB sentences: no throw (20 s)',
  'unit/index-update': 'the BBC development note over the BBC corpus, indexed twice (36 s)',
  'unit/figures-corpus': 'figure extraction over all 2,225 BBC articles',
  'unit/bench-note-alarms': 'three generated notes checked over the BBC corpus, indexed once (5 s)',
  'features/completion-scale': 'completion over 20,000 sources',
};

const dir = (d) => fs.readdirSync(path.join(__dirname, d)).filter((f) => f.endsWith('.test.ts')).sort().map((f) => `${d}/${f.slice(0, -'.test.ts'.length)}`);
const rest = [...dir('unit'), ...dir('features')].filter((f) => !FIRST.includes(f) && !(f in LEFT_OUT));

module.exports = {
  require: ['tsx/cjs'],
  spec: [...FIRST, ...rest].map((f) => `test/${f}.test.ts`),
  timeout: 30000,
};
