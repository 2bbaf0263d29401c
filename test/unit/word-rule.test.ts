// One word rule for the index and the queries: the indexer's scan (indexer.ts ScanState.scan) reads
// the raw words the tokenizer's regex does (text.ts tokenize: [A-Za-z0-9À-ɏ]+ (['’][A-Za-z]+)*).
// Before session 41 the scan went on with any word character after an apostrophe's letters, so
// "o'neillé" or "don't9" was one raw word in the index and two in a query, and a search for the
// word found nothing (docs/performance.md, session 40 h40w, "Tried and dropped").
import * as assert from 'node:assert/strict';
import { buildPostings, ScanState } from '../../server/src/engine/indexer';
import { buildSource } from '../../server/src/engine/sources';
import { termOf, tokenize } from '../../server/src/engine/text';

const TEXT = [
  "Mr O'Neillé and Ms D’Arcy2 met at rock'n'roll night; don't9 o'clock it’s l'été, ’tis 5'9 tall.",
  "A word's end', a lone ' apostrophe, x'y'z and Ç'àb — o'neill9é, Brontë’s sisters and 80's hits.",
].join('\n\n');

/** The raw words (the regex's matches) of text[start, end), in order. */
const regexWords = (text: string, start: number, end: number) => tokenize(text, start, end, (raw) => raw).map((t) => text.slice(t.start, t.end));

describe('one word rule: the indexer’s scan and the query tokenizer', () => {
  it('the scan meets the raw words the tokenizer reads, in a passage and across passages', () => {
    const source = buildSource(0, '/s/words.txt', 'Words\n\n' + TEXT + '\n');
    const st = new ScanState(new Map(), new Int32Array(1024), 0);
    const expected: string[] = [];
    for (const p of source.passages) {
      st.scan(source.text, p.start, p.end);
      for (const w of regexWords(source.text, p.start, p.end)) if (!expected.includes(w)) expected.push(w);
    }
    assert.deepEqual(st.rawWords(0), expected);
    for (const w of ["O'Neill", 'é', 'D’Arcy', '2', "don't", '9', "rock'n'roll", "o'neill", 'Ç', 'àb']) assert.ok(expected.includes(w), w);
  });

  it('every term a query of the text asks for is a term of the index built from it', () => {
    const source = buildSource(0, '/s/words.txt', 'Words\n\n' + TEXT + '\n');
    const p = buildPostings([source], source.passages);
    const asked = tokenize(TEXT).map((t) => t.term);
    assert.ok(asked.includes(termOf("O'Neill")) && asked.includes(termOf("don't")));
    for (const t of asked) assert.ok(p.termIds.has(t), t);
  });
});
