// WordNet's large tables as the bundles carry them (scripts/wordnet-tables.mjs): re-encoded modules
// read in place, which give each word the sense list wink-lexicon's tables give it; and the load in
// steps (engine/frames/wordnet.ts).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { loadWordNetSteps } from '../../server/src/engine/frames/wordnet';
import { drain } from '../../server/src/engine/steps';

/* eslint-disable @typescript-eslint/no-require-imports */
const publishedWords = require('wink-lexicon/src/wn-words.js') as Record<string, number>;
const publishedSenses = require('wink-lexicon/src/wn-word-senses.js') as number[][];

interface Encoders {
  wordsModule(words: Record<string, number>, senses: number[][]): string;
  sensesModule(senses: number[][]): string;
  exceptionsModule(exceptions: Record<string, string>): string;
}
const encoders = (): Promise<Encoders> => import(path.resolve(__dirname, '../../scripts/wordnet-tables.mjs'));

/** Evaluate a generated CommonJS module; its exports. */
function evaluate<T>(source: string): T {
  const module = { exports: {} as unknown };
  new Function('module', source)(module);
  return module.exports as T;
}

/** Not words: near misses around real ones (a letter more, a letter less, before the first, after the last), keys of Object.prototype, odd keys. */
function nonWords(words: string[]): string[] {
  const near = words.filter((_, i) => i % 97 === 0).flatMap((w) => [w + 'a', w + '\0', w.slice(0, -1) + '~', w.toUpperCase(), ' ' + w]);
  return [...near, '', 'a'.repeat(40), '\n', 'zzzzzzzz', '0', '-1', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'length', 'NaN'];
}

describe('WordNet tables re-encoded for the bundles, read in place', () => {
  it('the words table gives each word\'s sense list as wink\'s do (senses[words[w]]), knows the same words, and has no prototype', async () => {
    const e = await encoders();
    const words = evaluate<Record<string, number>>(e.wordsModule(publishedWords, publishedSenses));
    const senses = evaluate<number[][]>(e.sensesModule(publishedSenses));
    const list = Object.keys(publishedWords);
    for (const w of list) assert.deepEqual(senses[words[w]], publishedSenses[publishedWords[w]], w);
    for (const w of [...list.filter((_, i) => i % 50 === 0), list[0], list[list.length - 1]]) {
      assert.ok(w in words && Object.hasOwn(words, w), w);
      assert.deepEqual(Object.getOwnPropertyDescriptor(words, w), { value: words[w], writable: true, enumerable: true, configurable: true });
    }
    assert.equal(Object.getPrototypeOf(words), null);
    assert.deepEqual(Object.keys(words).sort(), [...list].sort());
  });

  it('the words table knows no other word, whatever is asked', async () => {
    const e = await encoders();
    const words = evaluate<Record<string | symbol, unknown>>(e.wordsModule(publishedWords, publishedSenses));
    const senses = evaluate<number[][]>(e.sensesModule(publishedSenses));
    for (const w of nonWords(Object.keys(publishedWords))) {
      // (a near miss may be a word too: "angelic" and "a")
      const known = (publishedWords as Record<string, number | undefined>)[w];
      if (known === undefined) assert.equal(words[w], undefined, w);
      else assert.deepEqual(senses[words[w] as number], publishedSenses[known], w);
      assert.equal(w in words, w in publishedWords, w);
      assert.equal(Object.hasOwn(words, w), Object.hasOwn(publishedWords, w), w);
    }
    assert.equal(words[Symbol.iterator], undefined);
    assert.equal(words[Symbol.for('grounded')], undefined);
  });

  it('the words table of a short list: each word, and words beside them', async () => {
    const e = await encoders();
    const list = ['a', 'ab', 'abc', 'b', 'ba', 'c', ...Array.from({ length: 40 }, (_, i) => `d${String(i).padStart(2, '0')}`), 'e'];
    const lists = list.map((_, i) => [i % 3, 40 + (i % 2)]);
    const words = evaluate<Record<string, number>>(e.wordsModule(Object.fromEntries(list.map((w, i) => [w, i])), lists));
    const senses = evaluate<number[][]>(e.sensesModule(lists));
    list.forEach((w, i) => assert.deepEqual(senses[words[w]], lists[i], w));
    for (const w of ['', '0', 'aa', 'abcd', 'bb', 'd', 'd4', 'd400', 'd39a', 'ea', 'f', 'A']) assert.equal(words[w], undefined, w);
  });

  it('the senses table is wink\'s distinct lists, each once', async () => {
    const e = await encoders();
    const senses = evaluate<number[][]>(e.sensesModule(publishedSenses));
    assert.ok(Array.isArray(senses));
    const distinct = new Set(publishedSenses.map((s) => JSON.stringify(s)));
    assert.equal(senses.length, distinct.size);
    assert.deepEqual(new Set(senses.map((s) => JSON.stringify(s))), distinct);
  });

  it('the words table is read-only', async () => {
    const e = await encoders();
    const words = evaluate<Record<string, number>>(e.wordsModule(publishedWords, publishedSenses));
    const before = words.aardvark;
    assert.equal(Reflect.set(words, 'aardvark', 5), false);
    assert.equal(Reflect.deleteProperty(words, 'aardvark'), false);
    assert.throws(() => Object.defineProperty(words, 'zzzzzz', { value: 1 }), TypeError);
    assert.equal(words.aardvark, before);
    assert.equal(words.zzzzzz, undefined);
  });

  it('each exception list, re-encoded, is wink\'s: the same entries in the same order, no prototype', async () => {
    const e = await encoders();
    for (const name of ['adjective', 'noun', 'verb']) {
      const published = require(`wink-lexicon/src/wn-${name}-exceptions.js`) as Record<string, string>;
      const list = evaluate<Record<string, string>>(e.exceptionsModule(published));
      assert.equal(Object.getPrototypeOf(list), null);
      assert.deepEqual(Object.entries(list), Object.entries(published));
      assert.equal(list.constructor, undefined);
    }
    assert.throws(() => e.exceptionsModule({ a: 'b' }), /with a prototype/);
  });

  it('an encoder refuses a words table that is not a list in index order, or not as long as the senses', async () => {
    const e = await encoders();
    assert.throws(() => e.wordsModule({ b: 1, a: 0 }, [[1], [2]]), /not a list in index order/);
    assert.throws(() => e.wordsModule({ a: 0, b: 1 }, [[1]]), /differ in length/);
  });

  it('loadWordNetSteps yields between modules and gives wink\'s tables and lemmatiser', () => {
    const steps = loadWordNetSteps();
    let n = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) n++;
    // from source the tables are wink's as published, a step a module
    assert.ok(n >= 5, `${n} steps`);
    assert.equal(r.value.words, publishedWords);
    // (Lexicon.senses reads words[w] alone: the table has no prototype to answer for it)
    assert.equal(Object.getPrototypeOf(r.value.words), null);
    assert.equal(r.value.senses, publishedSenses);
    assert.equal(r.value.lemmatizer.verb('fell'), 'fall');
    assert.equal(drain(loadWordNetSteps()).words, publishedWords);
  });
});
