// WordNet's two large tables (wink-lexicon's wn-words.js, 77,000 lines `words.x = i;`, and
// wn-word-senses.js), re-encoded for the bundles. Evaluated as published they hold the thread for
// ~0.4 s on the first check that reads a claim frame (V8 compiles a 1.9 MB function of 77,000
// statements in one piece); entered into objects one by one, they cost ~80–100 ms of every process's
// first check. Re-encoded, a module is a few string literals (cheap to parse) read in place, and
// nothing is entered ahead of use: a word is found in a hash table laid out in two strings, and a
// word's senses by two characters naming its list among the distinct lists (a check asks ~14,000
// times, of ~7,700 words). Each table is a read-only Proxy that answers what wink's object answers —
// `words[w]` (the index, or undefined), `w in words`, Object.hasOwn, Object.keys in index order;
// `senses[i]` (the same list for the same i), `senses.length`, iteration — and
// test/unit/wordnet-tables.test.ts compares them entry by entry with wink's. Runs from source (tests)
// load wink's modules as published: the same answers. The three exception lists the lemmatiser reads
// are the same objects, parsed from JSON.
import { createRequire } from 'node:module';

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

/**
 * The module standing for wn-words.js: a hash table in two strings. LINES holds every word, a line
 * each, grouped by bucket: three base-95 digits (its index), the word, "\n". BUCKET_AT holds, in four
 * digits each, where each bucket's lines begin in LINES (and, last, its length).
 */
export function wordsModule(words) {
  const list = Object.keys(words);
  const buckets = Array.from({ length: WORD_BUCKETS }, () => []);
  list.forEach((w, i) => {
    if (words[w] !== i || w.includes('\n')) throw new Error(`wordnet-tables: wn-words.js is not a list in index order at "${w}"`);
    buckets[wordHash(w) & (WORD_BUCKETS - 1)].push(i);
  });
  let lines = '';
  let bucketAt = '';
  for (const bucket of buckets) {
    bucketAt += digits(lines.length, 4);
    for (const i of bucket) lines += `${digits(i, 3)}${list[i]}\n`;
  }
  bucketAt += digits(lines.length, 4);
  return `// wink-lexicon/src/wn-words.js, re-encoded by scripts/wordnet-tables.mjs: a hash table of its words
const LINES = ${JSON.stringify(lines)};
const BUCKET_AT = ${JSON.stringify(bucketAt)};
const BUCKETS = ${WORD_BUCKETS};
const COUNT = ${list.length};
${number.toString()}
${wordHash.toString()}
/** The index of word (a string), or undefined: the lines of its bucket read in turn. */
function indexOf(word) {
  const b = wordHash(word) & (BUCKETS - 1);
  const end = number(BUCKET_AT, 4 * b + 4, 4);
  for (let at = number(BUCKET_AT, 4 * b, 4); at < end; at = LINES.indexOf('\\n', at) + 1) {
    if (LINES.charCodeAt(at + 3 + word.length) === 10 && LINES.startsWith(word, at + 3)) return number(LINES, at, 3);
  }
  return undefined;
}
/** Every word, in index order. */
function allWords() {
  const list = new Array(COUNT);
  for (let at = 0; at < LINES.length; ) {
    const eol = LINES.indexOf('\\n', at);
    list[number(LINES, at, 3)] = LINES.slice(at + 3, eol);
    at = eol + 1;
  }
  return list;
}
const found = (key) => (typeof key === 'string' ? indexOf(key) : undefined);
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

/** The module standing for wn-word-senses.js: its distinct sense lists, and one code a word naming its list. */
export function sensesModule(senses) {
  const sets = new Map();
  let codes = '';
  for (const s of senses) {
    const k = JSON.stringify(s);
    if (!sets.has(k)) sets.set(k, sets.size);
    codes += digits(sets.get(k), 2);
  }
  return `// wink-lexicon/src/wn-word-senses.js, re-encoded by scripts/wordnet-tables.mjs
// The distinct sense lists; for each word (by index) two base-95 digits naming its list.
const SETS = JSON.parse(${JSON.stringify(`[${[...sets.keys()].join(',')}]`)});
const CODES = ${JSON.stringify(codes)};
const COUNT = ${senses.length};
/** The index a property key names: a canonical array index below COUNT ("7", not "07" or "7.0"), else -1. */
function indexOf(key) {
  if (typeof key !== 'string' || key.length === 0 || key.length > 6 || (key.length > 1 && key.charCodeAt(0) === 48)) return -1;
  let i = 0;
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    i = i * 10 + c;
  }
  return i < COUNT ? i : -1;
}
${number.toString()}
const setOf = (i) => SETS[number(CODES, 2 * i, 2)];
// (the target, an empty array, gives Array.isArray and the array methods — iteration among them —
// which read the entries through the traps)
module.exports = new Proxy([], {
  get: (target, key, receiver) => {
    if (key === 'length') return COUNT;
    const i = indexOf(key);
    return i >= 0 ? setOf(i) : Reflect.get(target, key, receiver);
  },
  has: (target, key) => indexOf(key) >= 0 || Reflect.has(target, key),
  getOwnPropertyDescriptor: (target, key) => {
    const i = indexOf(key);
    if (i < 0) return key === 'length' ? { ...Reflect.getOwnPropertyDescriptor(target, key), value: COUNT } : Reflect.getOwnPropertyDescriptor(target, key);
    return { value: setOf(i), writable: true, enumerable: true, configurable: true };
  },
  ownKeys: () => [...Array.from({ length: COUNT }, (_, i) => String(i)), 'length'],${READ_ONLY}
});
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
    build.onLoad({ filter: /wink-lexicon[\\/]src[\\/]wn-words\.js$/ }, (args) => ({ contents: wordsModule(loadTable(args.path)), loader: 'js' }));
    build.onLoad({ filter: /wink-lexicon[\\/]src[\\/]wn-word-senses\.js$/ }, (args) => ({ contents: sensesModule(loadTable(args.path)), loader: 'js' }));
  },
};

/** wink's table as published. */
function loadTable(file) {
  return createRequire(import.meta.url)(file);
}
