// WordNet's large tables as the bundles carry them (scripts/wordnet-tables.mjs): re-encoded modules
// read in place, which answer as the tables wink-lexicon publishes; and the load in steps
// (engine/frames/wordnet.ts).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { loadWordNetSteps } from '../../server/src/engine/frames/wordnet';
import { drain } from '../../server/src/engine/steps';

/* eslint-disable @typescript-eslint/no-require-imports */
const publishedWords = require('wink-lexicon/src/wn-words.js') as Record<string, number>;
const publishedSenses = require('wink-lexicon/src/wn-word-senses.js') as number[][];

interface Encoders {
  wordsModule(words: Record<string, number>): string;
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
  it('the words table answers as wink\'s: every word\'s index, the same keys in the same order, no prototype', async () => {
    const e = await encoders();
    const words = evaluate<Record<string, number>>(e.wordsModule(publishedWords));
    const list = Object.keys(publishedWords);
    list.forEach((w, i) => assert.equal(words[w], i, w));
    for (const w of [...list.filter((_, i) => i % 50 === 0), list[0], list[list.length - 1]]) {
      assert.ok(w in words && Object.hasOwn(words, w), w);
      assert.deepEqual(Object.getOwnPropertyDescriptor(words, w), Object.getOwnPropertyDescriptor(publishedWords, w));
    }
    assert.equal(Object.getPrototypeOf(words), null);
    assert.deepEqual(Object.entries(words), Object.entries(publishedWords));
  });

  it('the words table knows no other word, whatever is asked', async () => {
    const e = await encoders();
    const words = evaluate<Record<string | symbol, unknown>>(e.wordsModule(publishedWords));
    for (const w of nonWords(Object.keys(publishedWords))) {
      assert.equal(words[w], (publishedWords as Record<string, unknown>)[w], w);
      assert.equal(w in words, w in publishedWords, w);
      assert.equal(Object.hasOwn(words, w), Object.hasOwn(publishedWords, w), w);
    }
    assert.equal(words[Symbol.iterator], undefined);
    assert.equal(words[Symbol.for('grounded')], undefined);
  });

  it('the words table of a short list: each word, and words beside them', async () => {
    const e = await encoders();
    const list = ['a', 'ab', 'abc', 'b', 'ba', 'c', ...Array.from({ length: 40 }, (_, i) => `d${String(i).padStart(2, '0')}`), 'e'];
    const words = evaluate<Record<string, number>>(e.wordsModule(Object.fromEntries(list.map((w, i) => [w, i]))));
    list.forEach((w, i) => assert.equal(words[w], i, w));
    for (const w of ['', '0', 'aa', 'abcd', 'bb', 'd', 'd4', 'd400', 'd39a', 'ea', 'f', 'A']) assert.equal(words[w], undefined, w);
  });

  it('the senses table answers as wink\'s: each index\'s list (one object for one list), its length, an array\'s iteration', async () => {
    const e = await encoders();
    const senses = evaluate<number[][]>(e.sensesModule(publishedSenses));
    assert.ok(Array.isArray(senses));
    assert.equal(senses.length, publishedSenses.length);
    for (let i = 0; i < publishedSenses.length; i++) assert.deepEqual(senses[i], publishedSenses[i], String(i));
    assert.equal(senses[0], senses[0]);
    assert.deepEqual([...senses], [...publishedSenses]);
    assert.deepEqual(Object.keys(senses), Object.keys(publishedSenses));
    for (const k of ['-1', '07', '7.0', '1e3', String(publishedSenses.length), 'x', '']) assert.equal((senses as unknown as Record<string, unknown>)[k], undefined, k);
  });

  it('the tables are read-only', async () => {
    const e = await encoders();
    const words = evaluate<Record<string, number>>(e.wordsModule(publishedWords));
    const senses = evaluate<number[][]>(e.sensesModule(publishedSenses));
    assert.throws(() => {
      'use strict';
      words.aardvark = 5;
    }, TypeError);
    assert.throws(() => Object.defineProperty(words, 'zzzzzz', { value: 1 }), TypeError);
    assert.throws(() => senses.push([1]), TypeError);
    assert.equal(words.aardvark, publishedWords.aardvark);
    assert.equal(words.zzzzzz, undefined);
    assert.equal(senses.length, publishedSenses.length);
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

  it('an encoder refuses a words table that is not a list in index order', async () => {
    const e = await encoders();
    assert.throws(() => e.wordsModule({ b: 1, a: 0 }), /not a list in index order/);
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
