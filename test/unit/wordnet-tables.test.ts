// WordNet's large tables as the bundles carry them (scripts/wordnet-tables.mjs): re-encoded modules
// that fill the very tables wink-lexicon publishes, a number of entries at a time; and the load in
// steps (engine/frames/wordnet.ts) that drives them.
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
  FILL_KEY: string;
}
const encoders = (): Promise<Encoders> => import(path.resolve(__dirname, '../../scripts/wordnet-tables.mjs'));

/** Evaluate a generated CommonJS module; its exports. */
function evaluate<T>(source: string): T {
  const module = { exports: {} as unknown };
  new Function('module', source)(module);
  return module.exports as T;
}

/** Fill a re-encoded table n entries a call; the number of calls. */
function fillAll(table: object, key: string, n: number): number {
  const fill = (table as Record<symbol, (n: number) => boolean>)[Symbol.for(key)];
  let calls = 1;
  while (!fill(n)) calls++;
  return calls;
}

describe('WordNet tables re-encoded for the bundles, filled in steps', () => {
  it('the words table, filled, is wink\'s: the same words, indices and order, and no prototype', async () => {
    const e = await encoders();
    const words = evaluate<Record<string, number>>(e.wordsModule(publishedWords));
    assert.equal(Object.keys(words).length, 0, 'empty until filled');
    const calls = fillAll(words, e.FILL_KEY, 10_000);
    assert.equal(calls, Math.ceil(Object.keys(publishedWords).length / 10_000));
    assert.equal(Object.getPrototypeOf(words), null);
    assert.deepEqual(Object.entries(words), Object.entries(publishedWords));
  });

  it('the senses table, filled, is wink\'s', async () => {
    const e = await encoders();
    const senses = evaluate<number[][]>(e.sensesModule(publishedSenses));
    assert.equal(senses.length, 0, 'empty until filled');
    fillAll(senses, e.FILL_KEY, 7_000);
    assert.deepEqual([...senses], [...publishedSenses]);
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
    assert.equal(r.value.senses, publishedSenses);
    assert.equal(r.value.lemmatizer.verb('fell'), 'fall');
    assert.equal(drain(loadWordNetSteps()).words, publishedWords);
  });
});
