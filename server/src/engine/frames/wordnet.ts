// WordNet data (2.8 MB of tables, wink-lexicon) and the lemmatiser that reads it (wink-lemmatizer),
// loaded on first use: a CLI run or an editor session that checks no figure never pays for them.
//
// Loading is in steps (engine/steps.ts), a step a module, so that the language server's first check,
// which pays for it, does so a slice at a time. In the bundles, scripts/wordnet-tables.mjs re-encodes
// the two large tables so that nothing is entered ahead of use (a hash table in strings read in
// place, from each word to the number of its sense list; the distinct lists): loading them is a
// module's evaluation each. Runs from source load wink's modules as published. Either way
// `senses[words[w]]` is w's list of senses, all that is read of them.
//
// `require`, not `import`: a bundler's ES-module wrapper would copy all 77,000 keys of the word table.
/* eslint-disable @typescript-eslint/no-require-imports */
import type Lemmatizer from 'wink-lemmatizer';
import type { Steps } from '../steps';

export interface WordNet {
  lemmatizer: typeof Lemmatizer;
  /**
   * A word's index in `senses`, or undefined for a word WordNet does not know: a table without a
   * prototype (wink's, or the bundles' Proxy), so that `words[w]` reads only its own entries.
   */
  words: Readonly<Record<string, number | undefined>>;
  senses: readonly number[][];
}

/** Load WordNet: a step after each module. */
export function* loadWordNetSteps(): Steps<WordNet> {
  // the lemmatiser's own tables first, each its own step; it then finds them loaded
  require('wink-lexicon/src/wn-adjective-exceptions.js');
  yield;
  require('wink-lexicon/src/wn-noun-exceptions.js');
  yield;
  require('wink-lexicon/src/wn-verb-exceptions.js');
  yield;
  const words = require('wink-lexicon/src/wn-words.js') as Record<string, number>;
  yield;
  const senses = require('wink-lexicon/src/wn-word-senses.js') as number[][];
  yield;
  return { lemmatizer: require('wink-lemmatizer') as typeof Lemmatizer, words, senses };
}
