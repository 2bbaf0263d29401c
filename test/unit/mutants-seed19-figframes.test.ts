// Survivors of seed 19 of the mutation sample (StrykerJS, seed 19, issue 15) in engine/figures and
// engine/frames, in made-up sentences. Each case fails with its seed-19 mutant applied and passes
// without it; the file:line each one kills (at 44560f8) is given in its name.
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures';
import { intervalOf } from '../../server/src/engine/frames/bounds';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { read } from '../helpers/figureReads';
import { frameIn } from '../helpers/frameReads';

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
});

describe('seed 19 survivors: frames', () => {
  const lex = new Lexicon();

  it('a hedged figure below zero stands for what rounds to it, with no stretch for dropped digits (bounds.ts:72)', () => {
    for (const [text, lo, hi] of [['The lake froze at about -12.5C.', -12.55, -12.45], ['Net flow was about -125 cars.', -125.5, -124.5]] as const) {
      const i = intervalOf(extractFigures(text)[0], 0.1);
      assert.ok(Math.abs(i.lo - lo) < 1e-9 && Math.abs(i.hi - hi) < 1e-9, `${text}: ${i.lo}–${i.hi}`);
    }
    // (above zero the dropped digits still stretch it upward: "about 12.5C" holds 12.58C)
    const up = intervalOf(extractFigures('The lake warmed to about 12.5C.')[0], 0.1);
    assert.ok(Math.abs(up.hi - 12.6) < 1e-9, String(up.hi));
  });

  it('an owner\'s name through "and" or an inner apostrophe is one owner in a list by owner (frame.ts:173)', () => {
    const cases: [string, string[]][] = [
      ["Unison's 800,000 workers, and Kelby and Minto's 20,000.", ['kelby', 'minto']],
      ["Unison's 800,000 workers, and the Kelby Workers' Union's 20,000.", ['kelby', 'workers', 'union']],
    ];
    for (const [s, subject] of cases) {
      const fr = frameIn(lex, s, '20,000');
      assert.deepEqual(fr.metric, ['staff'], s);
      assert.deepEqual(fr.subject, subject, s);
    }
  });

  it('"so far" or "in total" makes a figure a total only before another figure or a clause break (frame.ts:281)', () => {
    const cases: [string, string, true | undefined][] = [
      ['Kelby had 300 vans so far.', '300', true],
      ['Kelby had 300 vans and 40 in total.', '300', undefined],
      ['Kelby earns $5m; altogether it is fine.', '$5m', undefined],
    ];
    for (const [s, f, total] of cases) assert.equal(frameIn(lex, s, f).total, total, s);
  });

  it('a difference reached "to" keeps the direction of its own word, not the verb\'s: "fell to 5% higher than" (frame.ts:362)', () => {
    const cases: [string, string, string][] = [
      ['Kelby fares fell to 5% higher than Minto fares.', '5%', 'up'],
      ['Kelby fares rose to 5% lower than Minto fares.', '5%', 'down'],
      ['Kelby stock fell to 300 more than Minto stock.', '300', 'up'],
      // (a level reached "to" takes the verb's)
      ['Kelby fares fell to 40.', '40', 'down'],
    ];
    for (const [s, f, dir] of cases) assert.equal(frameIn(lex, s, f).direction, dir, s);
  });

  it('"currently" and "long-term" give a figure its tense, beside a year or on their own (frame.ts:476)', () => {
    assert.deepEqual(frameIn(lex, 'Kelby currently has 300 vans.', '300').period, { tense: 'now' });
    assert.deepEqual(frameIn(lex, 'Kelby has 300 vans in 2009 as a long-term goal.', '300').period, { year: 2009, tense: 'future' });
    // (but "now" gives way to a year nearer the figure)
    assert.deepEqual(frameIn(lex, 'Kelby had 300 vans in 2003 and currently has more.', '300').period, { year: 2003 });
  });
});
