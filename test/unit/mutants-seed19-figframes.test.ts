// Survivors of seed 19 of the mutation sample (StrykerJS, seed 19, issue 15) in engine/figures and
// engine/frames, in made-up sentences. Each case fails with its seed-19 mutant applied and passes
// without it; the file:line each one kills (at 44560f8) is given in its name.
import * as assert from 'node:assert/strict';
import { read } from '../helpers/figureReads';

describe('seed 19 survivors: figures', () => {
  it('a one- or two-digit whole number in brackets is an enumeration, nothing else in brackets is (names.ts:107)', () => {
    const cases: [string, string[]][] = [
      ['Kelby listed (12) vans.', []],
      ['Kelby listed (123) vans.', ['123|count|123||14|']],
      ['Kelby listed (1.5) vans.', ['1.5|number|1.5||14|']],
      ['Kelby listed 12) vans.', ['12|count|12||13|']],
      ['Kelby listed (12 vans.', ['12|count|12||14|']],
    ];
    for (const [text, want] of cases) assert.deepEqual(read(text), want, text);
  });

  it('the figures of a stretch of text do not depend on what follows its end (names.ts:114, ranges.ts:94)', () => {
    const cases: [string, string][] = [
      // (a decimal at a line's start, then a space and a capital, is a section number — but only
      // when the capital is inside the stretch)
      ['1.5 Kelby sold 40 vans.', '1.5 '],
      // (a range's second end past the stretch's end is not read, and does not drop its first)
      ['Kelby paid $5 to $7 each.', 'Kelby paid $5 to '],
    ];
    for (const [text, stretch] of cases) {
      const got = read(text, 0, stretch.length);
      assert.deepEqual(got, read(stretch), text);
      assert.equal(got.length, 1, text);
    }
  });

  it('"twenty-tenth" is no ordinal: only a unit ordinal joins a tens word (numberWords.ts:216)', () => {
    assert.deepEqual(read('Kelby came twenty-first in the race.'), ['twenty-first|ordinal|21||11|']);
    assert.deepEqual(read('Kelby came twenty-tenth in the race.'), []);
  });

  it('the words that make a pair a score or odds are read only in its own sentence (ranges.ts:236)', () => {
    assert.deepEqual(read('Kelby picks 3-4 in the match.'), ['3-4|score|3-4||12|']);
    assert.deepEqual(read('Kelby picks 3-4. Then the match began.'), []);
    assert.deepEqual(read('The queue was 6-2. A bookmaker\'s odds came later.'), ['6-2|score|6-2||14|']);
  });

  it('metres before a hyphen are a size only before a size word with no digit after it (suffixKinds.ts:201)', () => {
    const cases: [string, string[]][] = [
      ['Kelby built a 300m-high tower.', ['300m|measure|300|m|14|']],
      ['The part 300m-abc was lost.', []],
      ['The code 300m-high5 was lost.', []],
      ['Kelby built a 300m-- tower.', []],
    ];
    for (const [text, want] of cases) assert.deepEqual(read(text), want, text);
  });
});
