// The figures, formats and notes survivors of seed 22 of the mutation sample (StrykerJS, seed 22,
// issue 15), in made-up sentences. Each case fails with its seed-22 mutant applied and passes
// without it; the file:line each one kills (at aca2daa, the draw) is given in its name.
import * as assert from 'node:assert/strict';
import { extractFigures, formatFigureLike, readsBack } from '../../server/src/engine/figures';
import { formatLike } from '../../server/src/engine/figures/render';
import { extractSource } from '../../server/src/engine/formats';
import { plainLayout } from '../../server/src/engine/notes/markdown';
import { sentenceSpans } from '../../server/src/engine/text';

/** The figures of `text` as "text kind value [high] [unit]". */
function read(text: string): string[] {
  return extractFigures(text).map((f) => [f.text, f.kind, f.value, f.high, f.unit].filter((x) => x !== undefined).join(' '));
}

/** The first figure of `sentence`, to write a fix like it. */
function likeIn(sentence: string) {
  const f = extractFigures(sentence)[0];
  assert.ok(f, `no figure in ${sentence}`);
  return f;
}

describe('seed 22 survivors: figures', () => {
  it('a sum named by a currency word stays a figure in brackets or opening a line: "(40 rupees)", "40 rupees." (names.ts:100 markerCheck)', () => {
    const table: [string, string[]][] = [
      ['The ferry fare (40 rupees) was paid twice.', ['40 rupees currency 40 INR']],
      ['The ferry fare [40 rupees] was paid twice.', ['40 rupees currency 40 INR']],
      ['40 rupees. That was the ferry fare.', ['40 rupees currency 40 INR']],
      ['The ferry fare (3 Australian dollars) was paid.', ['3 Australian dollars currency 3 AUD']],
    ];
    for (const [s, figures] of table) assert.deepEqual(read(s), figures, s);
  });

  it('a number right after a glued code name is part of the name: "mp3 320", "zq9 300" (names.ts:140 nameContext)', () => {
    for (const s of ['She kept the old mp3 320 files.', 'The lab bought a zq9 300 scanner.']) assert.deepEqual(read(s), [], s);
  });

  it('a fix that reads as a single value and a range does not read back as a plain range: "3% to 8-9%" is not 3 to 8 (readBack.ts:29)', () => {
    const text = 'Growth was 3% to 8-9% a year.';
    const like = likeIn('Growth was 5% a year.');
    const [from, to] = [text.indexOf('3%'), text.indexOf(' a year')];
    assert.equal(readsBack(text, from, to, like, [3, 8]), false);
    // two plain ends do read back as the range
    const plain = 'Growth was 3% to 8% a year.';
    assert.equal(readsBack(plain, plain.indexOf('3%'), plain.indexOf(' a year'), like, [3, 8]), true);
  });

  it('only a duration is converted into the note\'s unit of time: a figure of another kind keeps its value (render.ts:135 valuesLike)', () => {
    const note = likeIn('The crossing took 3 hours.');
    assert.equal(formatFigureLike(likeIn('The pass is 5 km long.'), note), '5 hours');
    assert.equal(formatFigureLike(likeIn('The crossing took 2 days.'), note), '48 hours');
  });

  it('a sum fixed in the note\'s "mn" keeps it: "£5mn" → "£7mn", not "£7m" (render.ts:326 pickScale)', () => {
    const like = likeIn('The harbour deal was worth £5mn.');
    const table: [number, string][] = [
      [7e6, '£7mn'],
      [2.5e6, '£2.5mn'],
      [7e9, '£7bn'],
    ];
    for (const [value, out] of table) assert.equal(formatLike(value, undefined, like), out, String(value));
  });

  it('digits glued to an underscore are an identifier, no figure: "100_000", "2024_report" (units.ts:123 gluedMark)', () => {
    for (const s of ['The table had 100_000 rows.', 'A file named 2024_report was sent.', 'We saw 42_b happen.']) assert.deepEqual(read(s), [], s);
  });

  it('a year before a closing quote is that year: not a model name, not a decade (units.ts:125 gluedMark)', () => {
    const table: [string, string[]][] = [
      ["The song 'born in 1980' was a hit.", ['1980 year 1980']],
      ["The title read 'made in 1970'.", ['1970 year 1970']],
      ["In the 1990's the mill grew.", ["1990's year 1990 1999"]],
    ];
    for (const [s, figures] of table) assert.deepEqual(read(s), figures, s);
  });
});

describe('seed 22 survivors: formats and notes', () => {
  it('runs of white space in an HTML page read as one space (domText.ts:39 collapse)', async () => {
    const page = '<html><head><title>The  mill   ledger</title></head><body><p>The  mill \t kept\u00a0\u00a0 40 goats   and 9 cows.</p></body></html>';
    const r = await extractSource('html', new TextEncoder().encode(page));
    assert.ok(!('skip' in r), JSON.stringify(r));
    assert.equal(r.text, 'The mill ledger\n\nThe mill kept 40 goats and 9 cows.\n');
  });

  it('a line opening with a decimal in the plain layout is text, not a list marker "3." (markdown.ts:217 markerPrefix)', () => {
    for (const line of ['3.5 million people moved to Olvenport.', '12: the count of barges', '7.25 tonnes of grain were lost.']) {
      const layout = plainLayout(line);
      assert.deepEqual(layout.masks, [], line);
      assert.deepEqual(layout.blocks.map((b) => [b.start, b.end]), [[0, line.length]], line);
    }
    // a real list marker is still masked
    assert.deepEqual(plainLayout('3. Barges of grain').masks, [[0, 3]]);
  });

  it('a sentence never crosses a blank line written with CRLF, soft wraps or not (text.ts:276 nextLineKind)', () => {
    const text = 'The barges carried grain down the river all summer long\r\n\r\nThe mill closed in the autumn';
    for (const softWrap of [false, true]) {
      assert.deepEqual(sentenceSpans(text, 0, text.length, softWrap).map(([a, b]) => text.slice(a, b)),
        ['The barges carried grain down the river all summer long', 'The mill closed in the autumn'], String(softWrap));
    }
  });
  it('phone-like digit groups are no figure even when the text ends right after them: "The code was 123 456" (digits.ts:131, reported by h27c)', () => {
    for (const s of ['The code was 123 456', 'The code was 123 456.', 'The code was 123 456 now']) assert.deepEqual(read(s), [], s);
  });

  it('a multiple a hair under a scale is written as the scale: 999,999.9999999 times is "one million times", as 1,000,000 is (render.ts:179, reported by h27c)', () => {
    const like = likeIn('Output grew three times over.');
    for (const [v, words] of [[999999.9999999, 'one million times'], [1e6, 'one million times'], [999.99999999999, 'one thousand times']] as const)
      assert.equal(formatLike(v, undefined, like), words, String(v));
  });
});
