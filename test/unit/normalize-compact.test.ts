// A source's text normalised for the quote search without a map a character (check/quotes.ts
// normalizeCompact): the same text and runs as compactNormText(normalizeWithMap(…)), on texts
// of every kind of character the normalisation treats apart (issue 13: a quote not found is looked
// for in every source of a small corpus, 20 files of 5 MB normalised at its first check).
import * as assert from 'node:assert/strict';
import { compactNormText, normalizeCompact, normalizeWithMap, originalOffset } from '../../server/src/engine/check/quotes';
import { rng } from './synthetic-sources';

const PIECES = ['a', 'b', 'Z', 'Q', 'x', 'word', 'Word', '7', '.', ',', "'", '`', '"', ' ', ' ', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\u00a0', '*', '_', '**', ' *', '* ', '\u2018', '\u201c', '\u00ab', '\u2013', '\u2014', '\u2212', '\u2026', '\u0130', '\u212a', '\u03a3', 'ΑΣ ', '\u00df', '\u00c9', 'é', '\u1e9e', '\ud801\udc00', '\ud801', '\udc00', '\u0149', '\u01c5', '\u0307', '\f', '\v', '£', '€'];

function reference(s: string, from: number) {
  return compactNormText(normalizeWithMap(s, from));
}

describe('normalizeCompact: a source normalised for the quote search', () => {
  it('is compactNormText(normalizeWithMap(…)) — text and runs — on random texts of every character treated apart, from any offset', () => {
    const r = rng(43);
    for (let t = 0; t < 4000; t++) {
      const n = Math.floor(r() * 40);
      let s = '';
      for (let k = 0; k < n; k++) s += PIECES[Math.floor(r() * PIECES.length)];
      const from = s.length && r() < 0.3 ? Math.floor(r() * s.length) : 0;
      const want = reference(s, from);
      const got = normalizeCompact(s, from);
      assert.equal(got.text, want.text, JSON.stringify([s, from]));
      assert.deepStrictEqual([...got.at], [...want.at], JSON.stringify([s, from]));
      assert.deepStrictEqual([...got.shift], [...want.shift], JSON.stringify([s, from]));
    }
  });

  it('the same on edge texts: empty, only gaps, gaps at both ends, one character, a long plain text', () => {
    const long = 'The Company said on Monday that it sold 1,200 units.\n\nIts *chief* said: “We grew” — by 4%…  ';
    for (const s of ['', ' ', '\n\n', '*_*', ' a ', '_a_', 'a', 'A', '\u2026', ' \u2026 ', 'İ', long.repeat(50)]) {
      for (const from of [0, Math.floor(s.length / 2)]) {
        const want = reference(s, from);
        const got = normalizeCompact(s, from);
        assert.equal(got.text, want.text);
        assert.deepStrictEqual([...got.at], [...want.at]);
        assert.deepStrictEqual([...got.shift], [...want.shift]);
        for (let i = 0; i < got.text.length; i++) assert.equal(originalOffset(got, i), normalizeWithMap(s, from).map[i]);
      }
    }
  });

  it('every code unit past ASCII written as normalizeWithMap writes it, with the runs it makes', () => {
    for (let c = 0x80; c <= 0xffff; c++) {
      if (c === 0xa0) continue;
      const s = `a${String.fromCharCode(c)}b`;
      const want = reference(s, 0);
      const got = normalizeCompact(s, 0);
      assert.equal(got.text, want.text, c.toString(16));
      assert.deepStrictEqual([...got.shift], [...want.shift], c.toString(16));
    }
  });
});
