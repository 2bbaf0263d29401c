// The scan's character classes (indexer.ts CHAR_CLASS): one table load per character in place of
// the range tests it is made from — the same answer for every UTF-16 code unit, and the same scan.
import * as assert from 'node:assert/strict';
import { ASCII_LETTER_BIT, CHAR_CLASS, isAsciiLetter, isWordChar, SegmentScanner, WORD_BIT } from '../../server/src/engine/indexer';
import { buildSource } from '../../server/src/engine/sources';
import { termOf } from '../../server/src/engine/text';

describe('the scan: character classes by table', () => {
  it('gives every code unit the class its rule gives', () => {
    assert.equal(CHAR_CLASS.length, 0x10000);
    for (let c = 0; c < 0x10000; c++) {
      assert.equal((CHAR_CLASS[c] & WORD_BIT) !== 0, isWordChar(c), `WORD ${c}`);
      assert.equal((CHAR_CLASS[c] & ASCII_LETTER_BIT) !== 0, isAsciiLetter(c), `ASCII letter ${c}`);
    }
  });

  it('counts the terms the WORD pattern finds, at every edge of the classes', () => {
    // every edge of the ranges, apostrophes before letters and not, a text ending inside a word
    const texts = [
      "Año 2024: the café’s owner's ÀÉ×Ö÷ø ɏȀ ɐ /@[`{ 0-9 it's o' l’x d'1 Zürich isn't.\n\nMore words: Ǆemal ǅ ǆ, naïve résumé — 42 per cent.",
      'Only-ASCII text with digits 123abc and CAPITALS After words; the end word',
      'x’y’z ab\'cd\'ef ‘quoted’ “double” ÿĀāŁłſƀɎɏɐʼ',
    ];
    const re = /[A-Za-z0-9\u00c0-\u024f]+(?:['\u2019][A-Za-z]+)*/g;
    texts.forEach((text, k) => {
      const src = buildSource(0, `/t${k}.txt`, text);
      const seg = new SegmentScanner(-1).scan([src], src.passages);
      assert.equal(seg.lengths.length, src.passages.length);
      src.passages.forEach((p, q) => {
        const want = [...text.slice(p.start, p.end).matchAll(re)].filter((m) => termOf(m[0]) !== '').length;
        assert.equal(seg.lengths[q], want, `text ${k}, passage ${q}`);
      });
    });
  });
});
