// The text a quick fix writes into a note is the source's value in the note's own style, and
// nothing else: a range of times as two clocks, a value rounded before it is grouped or given its
// scale, a multiple that is no whole number written as it is (2.5 stays 2.5) — and a fix whose text
// would not read back as that value in the note's sentence is not offered at all (session 23).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { replaceFigureFixes } from '../../server/src/engine/check/hedgedFix';
import type { Evidence } from '../../server/src/engine/check/report';
import { extractFigures, formatLike, readsBack } from '../../server/src/engine/figures';
import type { NoteFigure } from '../../server/src/engine/notes';
import type { Figure } from '../../server/src/engine/types';

const SEED = { seed: 23_2026, numRuns: 400 }; // fixed: a failure replays, and fast-check prints the counterexample

/** The figure written `like` in `sentence` (fails when absent). */
function figureIn(sentence: string, like: string): Figure {
  const f = extractFigures(sentence).find((x) => x.text === like);
  assert.ok(f, `no figure ${JSON.stringify(like)} in ${JSON.stringify(sentence)}: ${JSON.stringify(extractFigures(sentence).map((x) => x.text))}`);
  return f;
}

/** `sentence` with its figure `like` replaced by formatLike(value, high): the new sentence and where the text went. */
function rewrite(sentence: string, like: string, value: number, high?: number): { text: string; out: string; from: number; to: number; f: Figure } {
  const f = figureIn(sentence, like);
  const out = formatLike(value, high, f);
  return { text: sentence.slice(0, f.start) + out + sentence.slice(f.end), out, from: f.start, to: f.start + out.length, f };
}

describe('quick-fix text: a range of times is written as two times', () => {
  const cases: [number, number, string, string, string][] = [
    // value, high, sentence, the note's figure, written
    [7500, 7800, 'She ran the course in 2:03:15 on Sunday.', '2:03:15', '2:05:00–2:10:00'],
    [125.5, 130, 'He swam it in 1:47.97 at the trials.', '1:47.97', '2:05.50–2:10.00'],
    [120, 130, 'The climb took two hours 18 minutes in all.', 'two hours 18 minutes', 'two hours 0 minutes to two hours 10 minutes'],
  ];
  for (const [v, h, sentence, like, want] of cases) {
    it(`${v}–${h} like "${like}" → "${want}", each end read back`, () => {
      const r = rewrite(sentence, like, v, h);
      assert.equal(r.out, want);
      assert.deepEqual(extractFigures(r.text).filter((x) => x.start >= r.from && x.end <= r.to).map((x) => x.value), [v, h]);
    });
  }
  it('a time is rounded before it is split: no "1:60.00", no "60 seconds"; an hour or more takes the hours\' form', () => {
    assert.equal(rewrite('He swam it in 1:47.97 at the trials.', '1:47.97', 119.9996).out, '2:00.000');
    assert.equal(rewrite('He swam it in 1:47.97 at the trials.', '1:47.97', 7325.5).out, '2:02:05.50');
    assert.equal(rewrite('She ran it in one minute 53.2 seconds flat.', 'one minute 53.2 seconds', 59.99999).out, 'one minute 0.000 seconds');
  });
});

describe('quick-fix text: rounded first, then grouped and scaled', () => {
  const cases: [number, string, string, string][] = [
    [999.9999999999, 'The bill came to $1,200.5 last year.', '$1,200.5', '$1,000.0'],
    [999.99999999999, 'The club had 1,234 members.', '1,234', '1,000'],
    [999999.9999999, 'The club had 350,000 members.', '350,000', '1,000,000'],
    [999.9999999999e6, 'The bill came to $350m last year.', '$350m', '$1bn'],
    [999.99999999e9, 'The model has 70B parameters.', '70B', '1T'],
    [999999.9999999, 'The prize was two million dollars in all.', 'two million dollars', 'one million dollars'],
    [1234.5, 'The club had 350 members.', '350', '1,234.5'],
  ];
  for (const [v, sentence, like, want] of cases) {
    it(`${v} like "${like}" → "${want}"`, () => {
      assert.equal(rewrite(sentence, like, v).out, want);
    });
  }
});

describe('quick-fix text: a multiple is never rounded to another', () => {
  const cases: [number, number | undefined, string, string, string][] = [
    [2.5, undefined, 'Sales were three times as high.', 'three times', '2.5 times'],
    [2.5, undefined, 'Sales were twice as high.', 'twice', '2.5 times'],
    [2.5, undefined, 'Sales tripled the year before.', 'tripled', '2.5 times'],
    [2.5, undefined, 'Sales grew threefold in a year.', 'threefold', '2.5-fold'],
    [2.5, undefined, 'Sales were 3x higher.', '3x', '2.5x'],
    [0.25, undefined, 'It sold half the number.', 'half', '0.25 times'],
    [4, undefined, 'Sales tripled the year before.', 'tripled', 'quadrupled'],
    [2, undefined, 'Tripled sales pleased the board.', 'Tripled', 'Doubled'],
    [4, undefined, 'Sales grew threefold in a year.', 'threefold', 'fourfold'],
    [5e6, undefined, 'It is five billion times as fast.', 'five billion times', 'five million times'],
    [2, 3, 'Sales were three times as high.', 'three times', 'two to three times'],
  ];
  for (const [v, h, sentence, like, want] of cases) {
    it(`${v}${h !== undefined ? '–' + h : ''} like "${like}" → "${want}"`, () => {
      assert.equal(rewrite(sentence, like, v, h).out, want);
    });
  }
});

describe('quick-fix text: a share written as a fraction', () => {
  it('keeps every decimal of a percentage no fraction names ("12.345%", not "12.35%")', () => {
    assert.equal(rewrite('One in ten staff agreed.', 'One in ten', 12.345).out, '12.345%');
  });
  it('writes a range as percentages ("60–70%"), not as bare numbers ("sixty to seventy")', () => {
    const r = rewrite('Two-thirds of staff agreed.', 'Two-thirds', 60, 70);
    assert.equal(r.out, '60–70%');
    assert.deepEqual(extractFigures(r.text).map((x) => [x.kind, x.value, x.high]), [['percent', 60, 70]]);
  });
});

// ---------------------------------------------------------------------------------------------
// The fix itself: offered only when its text reads back as the source's value

/** The replace fixes for the note figure `like` in `sentence` given the source figure written `source` in `sourceText`. */
function fixesFor(sentence: string, like: string, sourceText: string, source: string): string[] {
  const f: NoteFigure = { ...figureIn(sentence, like), sentence: 0 };
  const e = { figure: figureIn(sourceText, source), source: {}, passage: {}, start: 0, end: 0, score: 1 } as unknown as Evidence;
  const note = { figureText: sentence, sentences: [{ start: 0, end: sentence.length, block: 0, citations: [] }] };
  return replaceFigureFixes({ shortKey: () => 'src' }, f, e, note).map((x) => x.edits[0].newText);
}

describe('the replace fix is offered only when its text says the source\'s value', () => {
  it('a clock given a range of hours: both ends as clocks', () => {
    assert.deepEqual(fixesFor('She ran the course in 2:03:15 on Sunday.', '2:03:15', 'The course takes 2-3 hours to run.', '2-3 hours'), ['2:00:00–3:00:00']);
  });
  it('"three times as high" for a source\'s 2.5 times: "2.5 times"', () => {
    assert.deepEqual(fixesFor('Sales were three times as high.', 'three times', 'Sales were 2.5 times higher.', '2.5 times'), ['2.5 times']);
  });
  it('"tripled" for a source\'s 2.5 times: no fix ("Sales 2.5 times last year" says no figure)', () => {
    assert.deepEqual(fixesFor('Sales tripled last year.', 'tripled', 'Sales were 2.5 times higher.', '2.5 times'), []);
  });
  it('"tripled" for a source\'s fourfold: "quadrupled"', () => {
    assert.deepEqual(fixesFor('Sales tripled the year before.', 'tripled', 'Sales grew fourfold.', 'fourfold'), ['quadrupled']);
  });
  it('a rank is no place for a value that is no whole number: no fix', () => {
    const f = figureIn('She finished 19th in the race.', '19th');
    assert.equal(readsBack('She finished 2.5th in the race.', 13, 18, f, [2.5, undefined]), false);
  });
  it('reads back another kind or another value as no fix: "four" is a count, "3x" is not 2.5', () => {
    const like = figureIn('Sales were 3x higher.', '3x');
    assert.equal(readsBack('Sales were 3x higher.', 11, 13, like, [2.5, undefined]), false);
    assert.equal(readsBack('Sales were 2.5x higher.', 11, 15, like, [2.5, undefined]), true);
    const verb = figureIn('Sales tripled last year.', 'tripled');
    assert.equal(readsBack('Sales four times last year.', 6, 16, verb, [4, undefined]), false);
  });
});

// ---------------------------------------------------------------------------------------------
// The property: whatever the value and the note's style, the text reads back the value

/** Note styles: a sentence, its figure, what values it takes (min, max) and whether it carries a range. */
const STYLES: { sentence: string; like: string; min: number; max: number; range?: 'one' | 'two' }[] = [
  { sentence: 'The bill came to $1,200.5 last year.', like: '$1,200.5', min: 0.01, max: 1e7 },
  { sentence: 'The club had 350,000 members.', like: '350,000', min: 1, max: 1e8 },
  { sentence: 'The bill came to $350m last year.', like: '$350m', min: 1e3, max: 1e13 },
  { sentence: 'The fund held 2.5 billion dollars.', like: '2.5 billion dollars', min: 1e6, max: 1e13 },
  { sentence: 'The model has 70B parameters.', like: '70B', min: 1e9, max: 1e14 },
  { sentence: 'Turnout rose to 25.6% in May.', like: '25.6%', min: 0.01, max: 100 },
  { sentence: 'Prices climbed +2.5% in May.', like: '+2.5%', min: 0.01, max: 100 },
  { sentence: 'The link ran at 9.2Mbps at peak.', like: '9.2Mbps', min: 0.01, max: 900 },
  { sentence: 'The build took 12 months in all.', like: '12 months', min: 1, max: 900 },
  { sentence: 'He swam it in 1:47.97 at the trials.', like: '1:47.97', min: 0.01, max: 30000 },
  { sentence: 'She ran the course in 2:03:15 on Sunday.', like: '2:03:15', min: 1, max: 30000 },
  { sentence: 'Sales were 3x higher.', like: '3x', min: 0.01, max: 1e4 },
  { sentence: 'Sales were three times as high.', like: 'three times', min: 0.01, max: 1e4 },
  { sentence: 'Sales were twice as high.', like: 'twice', min: 0.01, max: 1e4 },
  { sentence: 'Sales grew threefold in a year.', like: 'threefold', min: 0.01, max: 1e4 },
  { sentence: 'Two-thirds of staff agreed.', like: 'Two-thirds', min: 0.01, max: 100, range: 'one' },
  { sentence: 'Tickets cost $2-3 million each.', like: '$2-3 million', min: 1e6, max: 1e9, range: 'one' },
  { sentence: 'Turnout was 10–15% in May.', like: '10–15%', min: 0.01, max: 100, range: 'one' },
  { sentence: 'He swam it in 1:47.97 at the trials.', like: '1:47.97', min: 0.01, max: 30000, range: 'two' },
];

/** A value of the style's size: digits to the hundredth of its scale, sometimes with a conversion's float noise. */
function valueIn(min: number, max: number): fc.Arbitrary<number> {
  return fc.tuple(fc.double({ min: Math.log10(min), max: Math.log10(max), noNaN: true }), fc.integer({ min: 0, max: 2 }), fc.boolean()).map(([e, d, noisy]) => {
    const unit = 10 ** (Math.floor(e) - d);
    const v = Math.max(min, Math.round(10 ** e / unit) * unit);
    return Number((noisy ? v * (1 - 1e-13) : v).toPrecision(15));
  });
}

const near = (got: number, want: number) => Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));

describe('quick-fix text: properties (fast-check)', () => {
  it('the text read back in the note\'s sentence is the value, in the note\'s kind (or, in words it cannot read, the fix is not offered); a note that groups its thousands keeps grouping them', () => {
    const style = fc.integer({ min: 0, max: STYLES.length - 1 }).chain((i) => {
      const s = STYLES[i];
      const v = valueIn(s.min, s.max);
      return fc.tuple(fc.constant(s), v, s.range ? v : fc.constant(undefined));
    });
    fc.assert(
      fc.property(style, ([s, a, b]) => {
        const [value, high] = b === undefined ? [a, undefined] : [Math.min(a, b), Math.max(a, b)];
        if (high !== undefined && near(value, high)) return;
        const r = rewrite(s.sentence, s.like, value, high);
        const read = extractFigures(r.text).filter((x) => x.end > r.from && x.start < r.to);
        const got = s.range === 'two' ? read.map((x) => x.value) : read.flatMap((x) => (x.high === undefined ? [x.value] : [x.value, x.high]));
        const want = high === undefined ? [value] : [value, high];
        assert.ok(read.every((x) => x.start >= r.from && x.end <= r.to), `"${r.out}": a figure runs past the text written`);
        assert.ok(read.every((x) => x.kind === r.f.kind || (x.kind !== 'percent' && r.f.kind !== 'percent' && x.kind !== 'multiplier' && r.f.kind !== 'multiplier' && x.kind !== 'duration')), `"${r.out}" reads as ${read.map((x) => x.kind)}, the note's is ${r.f.kind}`);
        // (words the extractor does not read as a figure — "one times as high" — are no fix: the guard says so)
        if (read.length === 0 && r.f.words) {
          assert.equal(readsBack(r.text, r.from, r.to, r.f, [value, high]), false);
          return;
        }
        assert.equal(got.length, want.length, `"${r.out}" in "${r.text}" reads ${JSON.stringify(read.map((x) => x.text))}`);
        // (a clock shows thousandths at most: what it rounds away is past its last digit)
        const slack = r.f.clock ? 5e-4 : 0;
        got.forEach((g, i) => assert.ok(near(g, want[i]) || Math.abs(g - want[i]) <= slack, `"${r.out}" reads ${g}, the value is ${want[i]}`));
        if (r.f.text.includes(',') && !r.f.words && Math.abs(Number(r.out.replace(/[^\d.]/g, ''))) >= 1000) assert.ok(r.out.includes(','), `"${r.out}" lost the note's thousands separator`);
      }),
      SEED,
    );
  });
});
