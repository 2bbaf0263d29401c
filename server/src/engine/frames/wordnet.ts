// WordNet data (2.8 MB of tables, wink-lexicon) and the lemmatiser that reads it (wink-lemmatizer),
// loaded on first use: a CLI run or an editor session that checks no figure never pays for them.
//
// Loading is in steps (engine/steps.ts), so that the language server's first check, which pays for
// it, does so a slice at a time: a step a module, and in the bundles (where scripts/wordnet-tables.mjs
// re-encodes the two large tables) a step every WORDNET_ENTRIES_PER_STEP entries of them. Whoever
// needs the tables at once (`drain`) finishes what a check began. Runs from source load wink's
// modules as published: the same tables, each in one step.
//
// `require`, not `import`: a bundler's ES-module wrapper would copy all 77,000 keys of the word table.
/* eslint-disable @typescript-eslint/no-require-imports */
import type Lemmatizer from 'wink-lemmatizer';
import type { Steps } from '../steps';

export interface WordNet {
  lemmatizer: typeof Lemmatizer;
  words: Record<string, number>;
  senses: number[][];
}

/**
 * Table entries entered between two steps of the load: a few milliseconds' work (the 77,000 words
 * take ~50–100 ms in all), so a 30 ms slice of the language server is not overrun.
 */
export const WORDNET_ENTRIES_PER_STEP = 4_000;

/** The fill function a re-encoded table carries (scripts/wordnet-tables.mjs FILL_KEY). */
const FILL = Symbol.for('grounded.wordnet.fill');

type Fillable = { [FILL]?: (n: number) => boolean };

/** Enter a re-encoded table's entries a step at a time (a table as published is full already). */
function* filled<T>(table: T): Steps<T> {
  const fill = (table as Fillable)[FILL];
  if (fill) while (!fill(WORDNET_ENTRIES_PER_STEP)) yield;
  return table;
}

/** Load WordNet: a step after each module, and after each WORDNET_ENTRIES_PER_STEP entries of the large tables. */
export function* loadWordNetSteps(): Steps<WordNet> {
  // the lemmatiser's own tables first, each its own step; it then finds them loaded
  require('wink-lexicon/src/wn-adjective-exceptions.js');
  yield;
  require('wink-lexicon/src/wn-noun-exceptions.js');
  yield;
  require('wink-lexicon/src/wn-verb-exceptions.js');
  yield;
  const words = yield* filled(require('wink-lexicon/src/wn-words.js') as Record<string, number>);
  yield;
  const senses = yield* filled(require('wink-lexicon/src/wn-word-senses.js') as number[][]);
  yield;
  return { lemmatizer: require('wink-lemmatizer') as typeof Lemmatizer, words, senses };
}
