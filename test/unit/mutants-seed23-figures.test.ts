// The figures, formats and notes survivors of seed 23 of the mutation sample (StrykerJS, seed 23,
// issue 15), in made-up sentences. Each case fails with its seed-23 mutant applied and passes
// without it; the file:line each one kills (at 212563e, the draw) is given in its name.
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures';
import { extractSource } from '../../server/src/engine/formats';

/** The figures of `text` (or of its part from `start` to `end`) as "text kind value [high]". */
function read(text: string, start?: number, end?: number): string[] {
  return extractFigures(text, start, end).map((f) => [f.text, f.kind, f.value, f.high].filter((x) => x !== undefined).join(' '));
}

/** What `page` extracts to as an HTML source. */
async function html(page: string) {
  const r = await extractSource('html', new TextEncoder().encode(page));
  assert.ok('text' in r, `the page was skipped: ${JSON.stringify(r)}`);
  return r;
}

describe('seed 23 survivors: figures', () => {
  it('a quarter of 1800, the first year a quarter may name, is read: "Q2 1800" (names.ts:80)', () => {
    const table: [string, string[]][] = [
      ['Rents fell in Q2 1800 across the valley.', ['Q2 1800 quarter 1800.25']],
      ['Rents fell in Q4 1801 across the valley.', ['Q4 1801 quarter 1801.75']],
      ['Rents fell in Q2 1799 across the valley.', []],
    ];
    for (const [s, figures] of table) assert.deepEqual(read(s).filter((f) => f.includes('quarter')), figures, s);
  });

  it('the top of a range with thirteen or more digits keeps every digit: "1,000,000,000,000-1,234,567,890,123" (emit.ts:15)', () => {
    assert.deepEqual(read('The mill shipped 1,000,000,000,000-1,234,567,890,123 grains.'), [
      '1,000,000,000,000-1,234,567,890,123 count 1000000000000 1234567890123',
    ]);
  });

  it('an ordinal hyphened to a lower-case word starting with "a" is still an ordinal: "5th-annual" (ranks.ts:58)', () => {
    const table: [string, string[]][] = [
      ['The town held its 5th-annual kite fair.', ['5th ordinal 5']],
      ['The town held its 5th-biggest kite fair.', ['5th ordinal 5']],
      ['The town held its 5th-Annual Kite Fair.', []],
    ];
    for (const [s, figures] of table) assert.deepEqual(read(s), figures, s);
  });

  it('only "and" after "between" joins two numbers into a range: "between 4 or 16 hours" is two figures (ranges.ts:89)', () => {
    const table: [string, string[]][] = [
      ['The walk took between 4 or 16 hours.', ['4 count 4', '16 hours duration 16']],
      ['Scores were between 40 und 90 points.', ['40 count 40', '90 count 90']],
      ['The walk took between 4 and 16 hours.', ['4 and 16 hours duration 4 16']],
    ];
    for (const [s, figures] of table) assert.deepEqual(read(s), figures, s);
  });

  it('"8% to 9%" after three words that are no change words is a range (ranges.ts:278 changeBefore)', () => {
    const table: [string, string[]][] = [
      ['Interest on the loan was 8% to 9% a year.', ['8% to 9% percent 8 9']],
      ['Interest on the loan rose 8% to 9% a year.', ['8% percent 8', '9% percent 9']],
    ];
    for (const [s, figures] of table) assert.deepEqual(read(s), figures, s);
  });

  it('an odds word more than 25 characters after a pair does not make it odds: "9-4 … the clear favourite" stays a score (ranges.ts:235 wordsNear)', () => {
    const table: [string, string[]][] = [
      ['The grey mare was 9-4 on a cold wet morning at the course, the clear favourite.', ['9-4 score 9 4']],
      ['The grey mare was 9-4, the clear favourite.', ['9-4 odds 9 4']],
    ];
    for (const [s, figures] of table) assert.deepEqual(read(s), figures, s);
  });
});

describe('seed 23 survivors: formats', () => {
  it('an HTML page\'s canonical link gives its address when no og:url is set (html.ts:86)', async () => {
    const r = await html('<html><head><title>Brackmoor</title><link rel="canonical" href="https://example.org/brackmoor"></head><body><p>The moor has 9 ponds.</p></body></html>');
    assert.equal(r.meta?.url, 'https://example.org/brackmoor');
  });

  it('a line break inside an HTML paragraph keeps its two lines apart (domText.ts:51)', async () => {
    const r = await html('<html><body><p>The moor has 9 ponds<br>and 4 stiles.</p></body></html>');
    assert.equal(r.text, 'The moor has 9 ponds\nand 4 stiles.\n');
  });
});
