// WordNet's two large tables (wink-lexicon's wn-words.js, 77,000 lines `words.x = i;`, and
// wn-word-senses.js, each word's list of senses by its index), re-encoded for the bundles. Evaluated
// as published they hold the thread for ~0.4 s on the first check that reads a claim frame (V8
// compiles a 1.9 MB function of 77,000 statements in one piece); entered into objects one by one,
// they cost ~80–100 ms of every process's first check. Re-encoded, nothing is entered ahead of use:
// the senses module is the 4,573 distinct lists (parsed from one JSON string), and the words module
// a hash table laid out in two strings, from each word to the number of its list there, read in
// place (a check asks ~14,000 times, of ~7,700 words). So `senses[words[w]]` is w's list, as with
// wink's tables (all the lemmatiser and frames/lexicon.ts read of them), though `words[w]` is the
// list's number, not the word's index. The words table is a read-only Proxy that answers as wink's
// object does otherwise — `words[w]` undefined for a word WordNet does not know, `w in words`,
// Object.hasOwn, Object.keys (the same words, in another order) — and
// test/unit/wordnet-tables.test.ts compares them word by word with wink's. Runs from source (tests)
// load wink's modules as published. The three exception lists the lemmatiser reads are the same
// objects, parsed from JSON.
import { createRequire } from 'node:module';
import * as path from 'node:path';

/**
 * The read-only traps shared by both tables: writes fail (a TypeError in strict code) and leave
 * the table as it was.
 */
const READ_ONLY = `
  set: () => false,
  defineProperty: () => false,
  deleteProperty: () => false,
  setPrototypeOf: () => false,
  preventExtensions: () => false,`;

/** The words table's buckets (a power of two): ~4.7 words a bucket. */
const WORD_BUCKETS = 16_384;

/** Numbers written as fixed-width base-95 digits, each a printable ASCII character (its code less 32). */
const BASE = 95;

/** n as `width` base-95 digits. */
function digits(n, width) {
  let out = '';
  for (let k = 0; k < width; k++, n = Math.floor(n / BASE)) out = String.fromCharCode(32 + (n % BASE)) + out;
  if (n > 0) throw new Error(`wordnet-tables: ${width} base-${BASE} digits cannot hold the number`);
  return out;
}

/** The number written as `width` base-95 digits at `at` of `text` (the module's copy is the same code). */
function number(text, at, width) {
  let n = 0;
  for (let k = 0; k < width; k++) n = n * 95 + text.charCodeAt(at + k) - 32;
  return n;
}

/** A word's bucket number before masking: FNV-1a over its UTF-16 code units (the module's copy is the same code). */
function wordHash(word) {
  let h = 0x811c9dc5;
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/** wink's sense lists, each distinct one once (in order of first use), and each word's number among them (by its index). */
function distinctSenses(senses) {
  const numbers = new Map();
  const of = senses.map((list) => {
    const k = JSON.stringify(list);
    if (!numbers.has(k)) numbers.set(k, numbers.size);
    return numbers.get(k);
  });
  return { lists: [...numbers.keys()], of };
}

/**
 * The module standing for wn-words.js: a hash table in two strings, from each word to the number of
 * its sense list in the module standing for wn-word-senses.js (`senses[words[w]]` is w's list, as
 * with wink's tables, whose words map to their index and whose senses list each word's). LINES
 * holds every word, a line each, grouped by bucket: two base-95 digits (its list's number), the
 * word, "\n". BUCKET_AT holds, in four digits each, where each bucket's lines begin in LINES (and,
 * last, its length).
 */
export function wordsModule(words, senses) {
  const list = Object.keys(words);
  if (senses.length !== list.length) throw new Error('wordnet-tables: wn-words.js and wn-word-senses.js differ in length');
  const { of } = distinctSenses(senses);
  const buckets = Array.from({ length: WORD_BUCKETS }, () => []);
  list.forEach((w, i) => {
    if (words[w] !== i || w.includes('\n')) throw new Error(`wordnet-tables: wn-words.js is not a list in index order at "${w}"`);
    buckets[wordHash(w) & (WORD_BUCKETS - 1)].push(i);
  });
  let lines = '';
  let bucketAt = '';
  for (const bucket of buckets) {
    bucketAt += digits(lines.length, 4);
    for (const i of bucket) lines += `${digits(of[i], 2)}${list[i]}\n`;
  }
  bucketAt += digits(lines.length, 4);
  return `// wink-lexicon/src/wn-words.js, re-encoded by scripts/wordnet-tables.mjs: a hash table of its words
const LINES = ${JSON.stringify(lines)};
const BUCKET_AT = ${JSON.stringify(bucketAt)};
const BUCKETS = ${WORD_BUCKETS};
${number.toString()}
${wordHash.toString()}
/** The number of word's sense list (a string), or undefined: the lines of its bucket read in turn. */
function listOf(word) {
  const b = wordHash(word) & (BUCKETS - 1);
  const end = number(BUCKET_AT, 4 * b + 4, 4);
  for (let at = number(BUCKET_AT, 4 * b, 4); at < end; at = LINES.indexOf('\\n', at) + 1) {
    if (LINES.charCodeAt(at + 2 + word.length) === 10 && LINES.startsWith(word, at + 2)) return number(LINES, at, 2);
  }
  return undefined;
}
/** Every word (in the table's order, by bucket). */
function allWords() {
  const list = [];
  for (let at = 0; at < LINES.length; ) {
    const eol = LINES.indexOf('\\n', at);
    list.push(LINES.slice(at + 2, eol));
    at = eol + 1;
  }
  return list;
}
const found = (key) => (typeof key === 'string' ? listOf(key) : undefined);
module.exports = new Proxy(Object.create(null), {
  get: (_, key) => found(key),
  has: (_, key) => found(key) !== undefined,
  getOwnPropertyDescriptor: (_, key) => {
    const value = found(key);
    return value === undefined ? undefined : { value, writable: true, enumerable: true, configurable: true };
  },
  ownKeys: allWords,${READ_ONLY}
});
`;
}

/** The module standing for wn-word-senses.js: each distinct sense list once (what the words module's numbers name). */
export function sensesModule(senses) {
  const { lists } = distinctSenses(senses);
  return `// wink-lexicon/src/wn-word-senses.js, re-encoded by scripts/wordnet-tables.mjs: its distinct sense lists
module.exports = JSON.parse(${JSON.stringify(`[${lists.join(',')}]`)});
`;
}

/**
 * The module standing for one of wink's exception lists (wn-adjective-exceptions.js and the like:
 * thousands of statements `exceptions.x = 'y';`): the same object, without a prototype, its entries
 * in the same order, parsed from one JSON string (a few milliseconds, against ~20–40 ms of compiling
 * and running the statements for the three lists).
 */
export function exceptionsModule(exceptions) {
  if (Object.getPrototypeOf(exceptions) !== null) throw new Error('wordnet-tables: an exception list with a prototype');
  for (const v of Object.values(exceptions)) if (typeof v !== 'string') throw new Error('wordnet-tables: an exception list whose entries are not strings');
  return `// a wink-lexicon exception list, re-encoded by scripts/wordnet-tables.mjs
module.exports = Object.setPrototypeOf(JSON.parse(${JSON.stringify(JSON.stringify(exceptions))}), null);
`;
}

/** The esbuild plugin: the modules, re-encoded from the installed wink-lexicon. */
export const wordnetTables = {
  name: 'wordnet-tables',
  setup(build) {
    build.onLoad({ filter: /wink-lexicon[\\/]src[\\/]wn-(adjective|noun|verb)-exceptions\.js$/ }, (args) => ({ contents: exceptionsModule(loadTable(args.path)), loader: 'js' }));
    build.onLoad({ filter: /wink-lexicon[\\/]src[\\/]wn-words\.js$/ }, (args) => ({ contents: wordsModule(loadTable(args.path), loadTable(path.join(path.dirname(args.path), 'wn-word-senses.js'))), loader: 'js' }));
    build.onLoad({ filter: /wink-lexicon[\\/]src[\\/]wn-word-senses\.js$/ }, (args) => ({ contents: sensesModule(loadTable(args.path)), loader: 'js' }));
  },
};

/** wink's table as published. */
function loadTable(file) {
  return createRequire(import.meta.url)(file);
}
