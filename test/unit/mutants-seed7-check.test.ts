// The checker at edges seed 7 of the mutation sample found untested (scripts/mutate-sample.mjs
// --seed 7, README "Tests"), end to end through made-up notes and sources: how many sources an
// ambiguous key's message and fixes name, the capital of a hedged fix at a sentence's start, a
// short misspelt key matched by no words, a period stating no tense against one that does, and a
// relative period against one an earlier sentence sets.
// Each case fails with its seed-7 mutant applied.
import * as assert from 'node:assert/strict';
import { periodsConflict } from '../../server/src/engine/check/alignment';
import type { Period } from '../../server/src/engine/frames/types';
import { MAX_AMBIGUOUS_LISTED } from '../../server/src/engine/check/policy';
import { checkAgainst } from './check-helpers';

describe('seed 7 survivors: the checker', () => {
  it(`an ambiguous key names at most ${MAX_AMBIGUOUS_LISTED} of its sources, with "…" for the rest, and offers as many fixes`, () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 7; i++) files[`port${i}.md`] = `---\ntitle: Port ${i}\naliases: [harbour]\n---\n\nThe port handled ${i}00 ships.\n`;
    const d = checkAgainst(files, 'The port handled 300 ships [@harbour].\n').diagnostics.find((x) => x.code === 'ambiguous-source');
    assert.ok(d);
    assert.equal(MAX_AMBIGUOUS_LISTED, 5);
    assert.match(d.message, /^"@harbour" matches 7 sources: port1, port2, port3, port4, port5, …/);
    assert.equal(d.fixes.length, 5);
    // at the limit, all of them and no "…"
    const five = Object.fromEntries(Object.entries(files).slice(0, 5));
    const d5 = checkAgainst(five, 'The port handled 300 ships [@harbour].\n').diagnostics.find((x) => x.code === 'ambiguous-source');
    assert.ok(d5);
    assert.match(d5.message, /^"@harbour" matches 5 sources: port1, port2, port3, port4, port5\. /);
  });

  it("a hedged fix at the start of a sentence keeps its capital: the source's hedge is written capitalised", () => {
    const r = checkAgainst({ 'a.txt': 'Acme\n\nAbout 2,400 people came to the Acme fair in 2020.\n' }, 'Nearly 2,000 people came to the Acme fair in 2020 [@a].\n');
    const d = r.diagnostics.find((x) => x.code === 'figure-mismatch');
    assert.ok(d);
    assert.deepEqual(d.fixes.map((f) => f.edits.map((e) => e.newText)), [['About 2,400'], ['2,400']]);
    const mid = checkAgainst({ 'a.txt': 'Acme\n\nAbout 2,400 people came to the Acme fair in 2020.\n' }, 'In 2020 nearly 2,000 people came to the Acme fair [@a].\n');
    assert.deepEqual(mid.diagnostics.find((x) => x.code === 'figure-mismatch')?.fixes.map((f) => f.edits.map((e) => e.newText)), [['about 2,400'], ['2,400']], 'inside a sentence, lower case');
  });

  it('a misspelt key of one word shorter than four letters is matched by no words of a file name; a longer one is', () => {
    const tax = checkAgainst({ 'survey-tax-2020.txt': 'Tax\n\nTax rose 5% in 2020.\n', 'other.txt': 'Other\n\nNothing.\n' }, 'Tax rose 5% in 2020 [@tax].\n');
    assert.deepEqual(tax.diagnostics.filter((d) => d.code === 'unknown-source').map((d) => d.message), ['Unknown source "@tax": no source has this id, alias or file name.']);
    const rates = checkAgainst({ 'survey-rates-2020.txt': 'Rates\n\nRates rose 5% in 2020.\n', 'other.txt': 'Other\n\nNothing.\n' }, 'Rates rose 5% in 2020 [@rates].\n');
    assert.match(rates.diagnostics.find((d) => d.code === 'unknown-source')!.message, /Did you mean @survey-rates-2020/);
  });

  it('a period that states no tense does not conflict with one that does, either way round', () => {
    const cases: [Period, Period, boolean][] = [
      [{}, { tense: 'future' }, false],
      [{ tense: 'future' }, {}, false],
      [{ year: 2020 }, { year: 2020, tense: 'now' }, false],
      [{ tense: 'now' }, { tense: 'future' }, true],
      [{ tense: 'future' }, { tense: 'future' }, false],
    ];
    for (const [a, b, want] of cases) assert.equal(periodsConflict(a, b), want, `${JSON.stringify(a)} / ${JSON.stringify(b)}`);
  });

  it('a note dated "last year" is not matched to a source figure an earlier sentence dates to another year', () => {
    const r = checkAgainst({ 'a.txt': 'Report\n\nIn 2019 it was a bad year.\nSales fell 5%.\n' }, 'Sales fell 5% last year [@a].\n');
    assert.equal(r.figures.find((f) => f.figure.text === '5%')?.verdict, 'unverified');
    const plain = checkAgainst({ 'a.txt': 'Report\n\nIn 2019 it was a bad year.\nSales fell 5%.\n' }, 'Sales fell 5% [@a].\n');
    assert.equal(plain.figures.find((f) => f.figure.text === '5%')?.verdict, 'supported', 'a note that states no period is');
  });
});
