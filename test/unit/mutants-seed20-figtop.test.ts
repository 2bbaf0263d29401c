// The figure reading and the engine's bookkeeping at edges seed 20 of the mutation sample found
// untested (StrykerJS, seed 20, engine/figures and engine top-level survivors), in made-up
// sentences. Each case fails with its seed-20 mutant applied and passes without it; the file and
// line in each title are those of the draw (commit bd73b0b).
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures';

/** The figures of `text` (or of text[start, end)) as "text kind value [unit]". */
function read(text: string, start = 0, end = text.length): string[] {
  return extractFigures(text, start, end).map((f) => [f.text, f.kind, f.value, f.unit].filter((x) => x !== undefined).join(' '));
}

describe('seed 20 survivors: figures and engine', () => {
  it('a code fence after an old Mac line end (a bare \\r) still opens a fenced block (chars.ts atLineStartStrict)', () => {
    assert.deepEqual(read('Setup notes\r```\nretry 40 times\n\nwait 41 seconds\n```\nThe rig ran 12 hours.'), ['12 hours duration 12 hour']);
    // (and a hyphen there is a list bullet, no minus sign)
    assert.deepEqual(read('Stock list\r-12 crates arrived.'), ['12 count 12']);
  });

  it('a year whose digits run on past the end of the range read is still a year there (chars.ts yearAhead)', () => {
    const text = 'Sales fell 3 in 20195 units';
    const end = text.indexOf('5 units');
    assert.deepEqual(read(text, 0, end), read(text.slice(0, end)));
    assert.deepEqual(read(text, 0, end), ['3 count 3', '2019 year 2019']);
  });

  it('a bare scaled figure after a currency comparison takes the currency when a full stop or a comma follows it (elliptic.ts)', () => {
    for (const s of ['Profit fell from £3.1bn to 2.9bn. Shares dropped sharply.', 'Profit fell from £3.1bn to 2.9bn, analysts said.']) {
      assert.deepEqual(read(s), ['£3.1bn currency 3100000000 GBP', '2.9bn currency 2900000000 GBP'], s);
    }
  });

  it('"three-quarters" hyphenated is a share with no "of" after it (numberWords.ts hyphenAdjective)', () => {
    assert.deepEqual(read('The bridge is three-quarters finished.'), ['three-quarters percent 75 percent']);
  });

  it('"twenty-one-second" is no ordinal (numberWords.ts hyphenAdjective)', () => {
    for (const s of ['There was a twenty-one-second pause.', 'He came twenty one-second behind.']) {
      assert.equal(read(s).some((f) => f.includes('ordinal')), false, `${s}: ${read(s).join('; ')}`);
    }
  });

  it('a number grouped with a no-break, narrow or thin space is a count, never a year (numerals.ts integerPart)', () => {
    for (const [s, fig] of [['The town had 2\u00a0019 residents.', '2\u00a0019'], ['About 1\u202f950 people came.', '1\u202f950'], ['They sold 2\u2009000 cars.', '2\u2009000']]) {
      assert.deepEqual(read(s), [`${fig} count ${fig.replace(/\D/g, '')}`], s);
    }
  });
});
