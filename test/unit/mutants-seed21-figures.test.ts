// The figures, formats and notes survivors of seed 21 of the mutation sample (StrykerJS, seed 21,
// issue 15), in made-up sentences. Each case fails with its seed-21 mutant applied and passes
// without it; the file:line each one kills (at 647e21b, the draw) is given in its name.
import * as assert from 'node:assert/strict';
import { pdfOfObjects } from './pdf-fixtures';
import { extractFigures, readsBack } from '../../server/src/engine/figures';
import { formatLike } from '../../server/src/engine/figures/render';
import { extractSource } from '../../server/src/engine/formats';
import { planChunk } from '../../server/src/engine/notes/chunks';

/** The figures of `text` (or of text[start, end)) as "text kind value [high] [unit]". */
function read(text: string, start = 0, end = text.length): string[] {
  return extractFigures(text, start, end).map((f) => [f.text, f.kind, f.value, f.high, f.unit].filter((x) => x !== undefined).join(' '));
}

/** The first figure of `sentence`, to write a fix like it. */
function likeIn(sentence: string) {
  const f = extractFigures(sentence)[0];
  assert.ok(f, `no figure in ${sentence}`);
  return f;
}

/** A PDF of `pages` pages (US letter, Helvetica), each page's text a line or nothing (a page that is only a picture). */
function pdfOfPages(pages: (string | undefined)[]): Uint8Array {
  const n = pages.length;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${4 + 2 * i} 0 R`).join(' ')}] /Count ${n} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  pages.forEach((text, i) => {
    const content = text === undefined ? '0.5 g 50 50 200 200 re f' : `BT /F1 14 Tf 50 700 Td (${text}) Tj ET`;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${5 + 2 * i} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`);
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  });
  return pdfOfObjects(objects);
}

describe('seed 21 survivors: figures', () => {
  it('a range fixed in words keeps both ends in digits when one end has no word: "2.5 to 3 million" (render.ts:209 formatWords)', () => {
    const like = likeIn('The scheme reached two million homes.');
    const table: [number, number, string][] = [
      [2.5e6, 3e6, '2.5 to 3 million'],
      [2e6, 3.5e6, '2 to 3.5 million'],
      [2e6, 3e6, 'two to three million'],
    ];
    for (const [value, high, out] of table) assert.equal(formatLike(value, high, like), out, `${value}–${high}`);
  });

  it('a time in words fixed to a part past nineteen writes that part in digits: "25 minutes five seconds" (render.ts:112 formatJoined)', () => {
    const like = likeIn('The climb took two minutes five seconds.');
    const table: [number, string][] = [
      [25 * 60 + 5, '25 minutes five seconds'],
      [20 * 60 + 7, '20 minutes seven seconds'],
      [19 * 60 + 7, 'nineteen minutes seven seconds'],
    ];
    for (const [seconds, out] of table) assert.equal(formatLike(seconds, undefined, like), out, String(seconds));
  });

  it('a fix written with six decimals of a million reads back as the value it was rounded from (readBack.ts:45 near)', () => {
    const text = 'The valley has 1.234567 million oaks.';
    const like = extractFigures(text)[0];
    const [from, to] = [text.indexOf('1.2'), text.indexOf(' oaks')];
    // the sixth decimal of a million is a unit: 1,234,567.3 is written 1.234567 million
    assert.equal(readsBack(text, from, to, like, [1234567.3, undefined]), true);
    assert.equal(readsBack(text, from, to, like, [1234567, undefined]), true);
    assert.equal(readsBack(text, from, to, like, [1234567.6, undefined]), false, '1,234,567.6 rounds to 1.234568 million');
  });

  it('a year "range" whose two ends are the same year is no range (ranges.ts:117 yearRange)', () => {
    for (const s of ['The survey ran in 2019-2019 only.', 'The club season 2004-04 was odd.', 'Sales in 2010-0 fell.', 'Sales in 2019–19 fell.']) {
      assert.equal(read(s).some((f) => f.includes('year')), false, `${s}: ${read(s).join('; ')}`);
    }
    assert.deepEqual(read('The plan for 2030-2031 was set.'), ['2030-2031 year 2030 2031']);
  });

  it('thousands groups that run on past the end of the range read are not joined there (numerals.ts:103 and :110 integerPart)', () => {
    for (const s of ['Crowds of 350, 000 came.', 'Crowds of 350\u00a0000 came.', 'Crowds of 350\u202f000 came.']) {
      const end = s.indexOf('0 came');
      assert.deepEqual(read(s, 0, end), read(s.slice(0, end)), s);
      assert.deepEqual(read(s, 0, end), ['350 count 350'], s);
    }
  });

  it('a sum of money keeps its own currency and span whatever word follows it (units.ts:189 spacedSuffix)', () => {
    const table: [string, string[]][] = [
      ['Each souvenir sold for $10 rupees in the old notes.', ['$10 currency 10 USD']],
      ['The $3 hours ticket covers parking.', ['$3 currency 3 USD']],
      ['Lunch was priced at $2 pm and evening alike.', ['$2 currency 2 USD']],
      ['The $5 metre rope was sold out.', ['$5 currency 5 USD']],
    ];
    for (const [s, figures] of table) assert.deepEqual(read(s), figures, s);
  });
});

describe('seed 21 survivors: formats and notes', () => {
  it('an empty cell in an HTML table row leaves no empty slot in the row read (domText.ts:122)', async () => {
    const page = '<html><body><p>Harbour counts</p><table><tr><th>Town</th><th>Boats</th><th>Piers</th></tr>' +
      '<tr><td>Wexmoor</td><td></td><td>4</td></tr><tr><td>Lindale</td><td>12</td><td>3</td></tr></table></body></html>';
    const r = await extractSource('html', new TextEncoder().encode(page));
    assert.ok(!('skip' in r), JSON.stringify(r));
    assert.equal(r.text, 'Harbour counts\n\nTown; Boats; Piers\n\nWexmoor; piers: 4\n\nLindale; boats: 12; piers: 3\n');
  });

  it('a scanned PDF of several pages with a short stamp on one page is skipped as having no text layer (pdf.ts:76)', async () => {
    // 12 characters over four pages: fewer than the minimum per page, though more than one page's minimum
    const stamped = await extractSource('pdf', pdfOfPages(['Wexmoor 1931', undefined, undefined, undefined]));
    assert.ok('skip' in stamped && /no text layer/.test(stamped.skip), JSON.stringify(stamped).slice(0, 200));
    // the same stamp on a one-page PDF is text enough, and so is a line of text in a four-page one
    const single = await extractSource('pdf', pdfOfPages(['Wexmoor 1931']));
    assert.ok(!('skip' in single) && /Wexmoor 1931/.test(single.text), JSON.stringify(single).slice(0, 200));
    const lined = await extractSource('pdf', pdfOfPages(['The Wexmoor harbour had 40 boats in 1931', undefined, undefined, undefined]));
    assert.ok(!('skip' in lined) && /40 boats/.test(lined.text), JSON.stringify(lined).slice(0, 200));
  });

  it('closing brackets count as inline markup: a paragraph dense with them is parsed without inline constructs (chunks.ts:109 countMarkup)', () => {
    const table: [string, boolean][] = [
      [']'.repeat(70), true],
      ['a]b]c]'.repeat(30), true],
      ['See [note] '.repeat(30), false],
    ];
    for (const [s, hostile] of table) assert.equal(planChunk(s).inlineHostile, hostile, s.slice(0, 20));
  });
});
