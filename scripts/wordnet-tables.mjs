// WordNet's two large tables (wink-lexicon's wn-words.js, 77,000 lines `words.x = i;`, and
// wn-word-senses.js), re-encoded for the bundles. Evaluated as published they hold the thread for
// ~0.4 s on the first check that reads a claim frame (V8 compiles a 1.9 MB function of 77,000
// statements in one piece). Re-encoded, a module is one string literal (cheap to parse) and an empty
// table that a fill function enters a number of words at a time: engine/frames/wordnet.ts calls it
// between the steps of a check, so the language server answers requests meanwhile. The tables are
// the same objects with the same entries in the same order (test/unit/wordnet-tables.test.ts
// compares them with wink's); whoever reads them before they are full finishes the fill first.
// Runs from source (tests) load wink's modules as published: no fill function, the same tables.
import { createRequire } from 'node:module';

/** The property of a re-encoded table that holds its fill function (a symbol: no word collides). */
export const FILL_KEY = 'grounded.wordnet.fill';

/** A fill function over `count` entries: `enter(i)` enters entry i; fill(n) enters n more, true when all are in. */
const FILL_FUNCTION = (count, enter) => `
let next = 0;
Object.defineProperty(table, Symbol.for(${JSON.stringify(FILL_KEY)}), {
  value: (n) => {
    for (const stop = Math.min(${count}, next + n); next < stop; next++) ${enter};
    return next >= ${count};
  },
});
module.exports = table;
`;

/** The module standing for wn-words.js: its words (in index order) as one string. */
export function wordsModule(words) {
  const list = Object.keys(words);
  list.forEach((w, i) => {
    if (words[w] !== i || w.includes('\n')) throw new Error(`wordnet-tables: wn-words.js is not a list in index order at "${w}"`);
  });
  const starts = [];
  let at = 0;
  for (const w of list) {
    starts.push(at);
    at += w.length + 1;
  }
  return `// wink-lexicon/src/wn-words.js, re-encoded by scripts/wordnet-tables.mjs
const WORDS = ${JSON.stringify(list.join('\n') + '\n')};
const table = Object.create(null);
let at = 0;
${FILL_FUNCTION(list.length, '{ const e = WORDS.indexOf("\\n", at); table[WORDS.slice(at, e)] = next; at = e + 1; }')}`;
}

/** The module standing for wn-word-senses.js: its distinct sense lists, and one code a word naming its list. */
export function sensesModule(senses) {
  const sets = new Map();
  let codes = '';
  for (const s of senses) {
    const k = JSON.stringify(s);
    if (!sets.has(k)) sets.set(k, sets.size);
    const code = sets.get(k) + 32;
    if (code >= 0xd800) throw new Error('wordnet-tables: too many distinct sense lists for one code unit each');
    codes += String.fromCharCode(code);
  }
  return `// wink-lexicon/src/wn-word-senses.js, re-encoded by scripts/wordnet-tables.mjs
const SETS = [${[...sets.keys()].join(',')}];
const CODES = ${JSON.stringify(codes)};
const table = [];
${FILL_FUNCTION(senses.length, 'table.push(SETS[CODES.charCodeAt(next) - 32])')}`;
}

/** The esbuild plugin: the two modules, re-encoded from the installed wink-lexicon. */
export const wordnetTables = {
  name: 'wordnet-tables',
  setup(build) {
    const require = createRequire(import.meta.url);
    build.onLoad({ filter: /wink-lexicon[\\/]src[\\/]wn-words\.js$/ }, (args) => ({ contents: wordsModule(require(args.path)), loader: 'js' }));
    build.onLoad({ filter: /wink-lexicon[\\/]src[\\/]wn-word-senses\.js$/ }, (args) => ({ contents: sensesModule(require(args.path)), loader: 'js' }));
  },
};
