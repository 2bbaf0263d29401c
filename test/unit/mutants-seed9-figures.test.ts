// Figure extraction at edges seed 9 of the mutation sample found untested
// (scripts/mutate-sample.mjs --seed 9, README "Tests"), in made-up sentences: a range whose low end
// has the larger scale word, "5 to 3" (no score without a dash), "params", a betting word in the
// sentence before a pair, and reads that end inside a token — a clock time, a version number, a
// three-part score, "31-year-old", "300M-user": a read takes nothing from past its end, so a
// passage's figures do not depend on the text after it.
// Each case fails with its seed-9 mutant applied.
import * as assert from 'node:assert/strict';
import { read } from '../helpers/figureReads';

describe('seed 9 survivors: figures', () => {
  it('reads each sentence as a reader would (text|kind|value[-high]|unit|start|hedge)', () => {
    const cases: [string, string[]][] = [
      // a range's low end keeps its own scale when the high end's is smaller: £2bn, not £2m
      ['It raised £2bn-2,500m last year.', ['£2bn-2,500m|currency|2000000000-2500000000|GBP|10|']],
      // without a dash, a pair whose second is smaller is no score: both are counts
      ['The vote was 5 to 3 on Monday.', ['5|count|5||13|', '3|count|3||18|']],
      ['They scored 5 to 3 in the match.', ['5|count|5||12|', '3|count|3||17|']],
      // "params", like "parameters" and "tokens", makes "7M" a model size
      ['It has 7M params in all.', ['7M|size|7000000|M|7|']],
      ['It has 7M parameters in all.', ['7M|size|7000000|M|7|']],
    ];
    for (const [text, want] of cases) assert.deepEqual(read(text), want, text);
  });

  it('a betting word counts against a pair only in its own sentence: a stop, "?" or "!" parts them, a semicolon does not', () => {
    for (const text of ['It was a bet. The vote went 5-3 last night.', 'Who is the favourite? The vote went 5-3 last night.', 'What odds! The vote went 5-3 last night.']) {
      assert.deepEqual(read(text).map((x) => x.split('|').slice(0, 2).join('|')), ['5-3|score'], text);
    }
    assert.deepEqual(read('It was a bet; the vote went 5-3 last night.').map((x) => x.split('|').slice(0, 2).join('|')), ['5-3|odds'], 'odds, as bookmakers quote them');
  });

  it('a read that ends inside a token reads what is before its end as if the text ended there', () => {
    // (text, where the read ends: the character before which it stops, and what it reads)
    const cases: [string, string, string[]][] = [
      // a time of a race: the "s" after the end is not read
      ['He ran it in 2:05:30s flat.', 's flat', ['2:05:30|duration|7530|second|13|']],
      // "4.5" of "4.5.6": the ".6" past the end does not make a version number
      ['Sales hit 4.5.6 units.', '.6 units', ['4.5|number|4.5||10|']],
      ['Sales rose 1.2.3 times.', '.3 times', ['1.2|number|1.2||11|']],
      // "3-2" of "3-2-1": the "-1" past the end does not make a formation
      ['Votes split 3-2-1 in the end.', '-1 in', ['3-2|score|3-2||12|']],
      // "31-year" of "31-year-old": a duration, not a person's age
      ['He turned 31-year-old.', '-old', ['31-year|duration|31|year|10|']],
      // "300M-" of "300M-user": nothing after the hyphen, so no millions of a counted noun
      ['a 300M-user service', 'user', []],
    ];
    for (const [text, after, want] of cases) {
      const end = text.indexOf(after);
      assert.ok(end > 0, after);
      assert.deepEqual(read(text, 0, end), want, `${text.slice(0, end)}⟧${text.slice(end)}`);
    }
    // and the same sentences read whole
    assert.deepEqual(read('He ran it in 2:05:30s flat.'), []);
    assert.deepEqual(read('He turned 31-year-old.'), ['31|count|31||10|']);
    assert.deepEqual(read('a 300M-user service'), ['300M|count|300000000||2|']);
  });
});
