// Survivors of seed 19 of the mutation sample (StrykerJS, seed 19, issue 15) in the engine's top
// folder (corpus, indexer, lazyPassages, memo, search, sources, text). Each case fails with its
// seed-19 mutant applied and passes without it; the file:line each one kills (at 44560f8) is given
// in its name.
import * as assert from 'node:assert/strict';
import { buildSource } from '../../server/src/engine/sources';
import { sentenceSpans } from '../../server/src/engine/text';

/** The sentences of a text, as strings. */
const sentences = (text: string) => sentenceSpans(text).map(([a, b]) => text.slice(a, b));

describe('seed 19 survivors: sentences', () => {
  it('a full stop followed by a closing quote or bracket still ends the sentence (text.ts:299)', () => {
    const cases: [string, string[]][] = [
      ['Mara said "we are done." Then the bell rang.', ['Mara said "we are done."', 'Then the bell rang.']],
      ["Mara said 'we are done.' Then the bell rang.", ["Mara said 'we are done.'", 'Then the bell rang.']],
      ['Mara said “we are done.” Then the bell rang.', ['Mara said “we are done.”', 'Then the bell rang.']],
      ['Mara said ‘we are done.’ Then the bell rang.', ['Mara said ‘we are done.’', 'Then the bell rang.']],
      ['The hall closed (for good.) Then the bell rang.', ['The hall closed (for good.)', 'Then the bell rang.']],
      ['The hall closed [for good.] Then the bell rang.', ['The hall closed [for good.]', 'Then the bell rang.']],
    ];
    for (const [text, want] of cases) assert.deepEqual(sentences(text), want, text);
  });

  it('a unit glued to any digit, 9 included, ends the sentence at its full stop (text.ts:315)', () => {
    for (const d of ['1', '5', '8', '9']) {
      const text = `The mast of Brinloch stood ${d}m. Then a gale took it down.`;
      assert.deepEqual(sentences(text), [`The mast of Brinloch stood ${d}m.`, 'Then a gale took it down.'], text);
    }
  });
});

describe('seed 19 survivors: sources', () => {
  it('a line ending in a space or a carriage return does not end its paragraph (sources.ts:103)', () => {
    for (const eol of [' \n', '\r\n', '\t\n']) {
      const text = `The ferry to Quellby runs twice daily.${eol}It stopped in the winter of the flood.${eol}\nA new paragraph starts here.\n`;
      const src = buildSource(0, 'ferry.md', text);
      const paras = src.passages.map((p) => p.paragraph);
      assert.deepEqual(paras, [0, 0, 1], JSON.stringify(eol));
    }
  });
});
