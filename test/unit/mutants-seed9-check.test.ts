// The checker at edges seed 9 of the mutation sample found untested (scripts/mutate-sample.mjs
// --seed 9, README "Tests"), end to end through made-up notes and sources: what an unknown key's
// message says with no sources at all and which key words count, where a fix that adds a citation
// writes it, the capitals of a hedged fix, the closest span shown for a quote not found, a compound
// name within another source's reach, how many passages a disagreeing figure is read in, and a
// country's own films against the foreign share of its box office.
// Each case fails with its seed-9 mutant applied.
import * as assert from 'node:assert/strict';
import { SPAN_LENGTH_SLACK, VERDICT_POLICY } from '../../server/src/engine/check/policy';
import { checkAgainst, resultOf, verdictOf } from './check-helpers';

/** The new texts of the fixes of the note's first diagnostic with `code`. */
function fixTexts(r: ReturnType<typeof checkAgainst>, code: string): string[][] {
  const d = r.diagnostics.find((x) => x.code === code);
  assert.ok(d, `no ${code} in ${r.diagnostics.map((x) => x.code).join(', ')}`);
  return d.fixes.map((f) => f.edits.map((e) => e.newText));
}

describe('seed 9 survivors: the checker', () => {
  it('an unknown key with no sources indexed says so, and points at the setting to check', () => {
    const r = checkAgainst({}, 'Sales rose 5% [@nothing].\n');
    const d = r.diagnostics.find((x) => x.code === 'unknown-source');
    assert.equal(d?.message, 'Unknown source "@nothing": no source has this id, alias or file name (no sources are indexed: check the source folders setting).');
    const one = checkAgainst({ 'other.md': 'Other\n\nNothing here.\n' }, 'Sales rose 5% [@nothing].\n');
    assert.equal(one.diagnostics.find((x) => x.code === 'unknown-source')?.message, 'Unknown source "@nothing": no source has this id, alias or file name.');
  });

  it('a misspelt key is matched by its words, leaving out "in", "the" and "of"', () => {
    const r = checkAgainst({ 'heart-city.md': '---\ntitle: Heart city\n---\n\nNothing here.\n' }, 'Sales rose 5% [@in-the-heart-of-the-city].\n');
    assert.match(r.diagnostics.find((x) => x.code === 'unknown-source')!.message, /Did you mean @heart-city \("Heart city"\)\?$/);
  });

  it('a fix citing the source that states a figure writes the key before the sentence’s closing marks', () => {
    const files = { 'a.md': '---\ntitle: Alpha\n---\n\nAcme sold 200 cars in 2020.\n', 'b.md': '---\ntitle: Beta\n---\n\nZeta Motors sold 917 vans in 2020.\n' };
    for (const note of ['Zeta Motors sold 917 vans in 2020.\n', 'Did Zeta Motors sell 917 vans in 2020?!\n']) {
      const f = resultOf(checkAgainst(files, note), '917');
      const cite = f.fixes.find((x) => x.title === 'Cite b (Beta)');
      assert.ok(cite, note);
      const at = note.indexOf('2020') + 4;
      assert.deepEqual(cite.edits, [{ start: at, end: at, newText: ' [@b]' }], note);
    }
  });

  it('a hedged fix is capitalised only when the note’s text starts with a capital, not when a unit inside it has one', () => {
    const mw = checkAgainst({ 'a.txt': 'Acme\n\nAbout 2,400 MW came from the Acme plant in 2020.\n' }, 'In 2020 nearly 2,000 MW came from the Acme plant [@a].\n');
    assert.deepEqual(fixTexts(mw, 'figure-mismatch'), [['about 2,400 MW'], ['2,400 MW']]);
    const usd = checkAgainst({ 'a.txt': 'Acme\n\nAbout US$2,400 was raised at the Acme fair in 2020.\n' }, 'In 2020 nearly US$2,000 was raised at the Acme fair [@a].\n');
    assert.deepEqual(fixTexts(usd, 'figure-mismatch'), [['about US$2,400'], ['US$2,400']]);
  });

  it('the fix without the hedge keeps the capital of a sentence’s first word when the value is written in words', () => {
    const r = checkAgainst({ 'a.txt': 'Acme\n\nAbout 48 people came to the Acme fair in 2020.\n' }, 'Nearly forty people came to the Acme fair in 2020 [@a].\n');
    assert.deepEqual(fixTexts(r, 'figure-mismatch'), [['About forty-eight'], ['Forty-eight']]);
  });

  it(`a quote not found is shown its closest span, at most ${SPAN_LENGTH_SLACK} words shorter than the quote and as short as that`, () => {
    assert.equal(SPAN_LENGTH_SLACK, 2);
    // ten words, of which the source's sentence has seven in a row: the span is eight words long, not seven
    const mill = checkAgainst({ 'mill.md': '---\ntitle: Mill\n---\n\nWitnesses said the river flooded the old mill near Leeds on Monday.\n' }, 'She said "the river flooded the old mill near the town yesterday" [@mill].\n');
    assert.deepEqual(mill.quotes.map((q) => q.suggestion), ['the river flooded the old mill near Leeds']);
    // six words, of which four in a row: a span of exactly four words is the closest
    const sales = checkAgainst({ 'sales.md': '---\ntitle: Sales\n---\n\nOfficials said sales rose sharply across Wales last year.\n' }, 'He said "sales rose sharply across the north" [@sales].\n');
    assert.deepEqual(sales.quotes.map((q) => q.suggestion), ['sales rose sharply across']);
    assert.match(sales.diagnostics.find((x) => x.code === 'quote-not-found')!.message, /Closest \(sales, line 5\): "sales rose sharply across"$/);
  });

  it('a compound name ("Acme-Gamma") is within another source’s reach only when each of its parts is named there', () => {
    const cited = { 'a.md': '---\ntitle: Alpha\n---\n\nNothing on cars here.\n' };
    const gamma = checkAgainst({ ...cited, 'b.md': '---\ntitle: Beta\n---\n\nGamma sold 300 cars in 2020.\n' }, 'Acme-Gamma sold 300 cars in 2020 [@a].\n');
    assert.equal(verdictOf(gamma, '300'), 'unverified');
    assert.ok(!gamma.diagnostics.some((d) => d.code === 'figure-wrong-source'));
    const both = checkAgainst({ ...cited, 'b.md': '---\ntitle: Beta\n---\n\nAcme and Gamma sold 300 cars in 2020.\n' }, 'Acme-Gamma sold 300 cars in 2020 [@a].\n');
    assert.equal(both.diagnostics.find((d) => d.code === 'figure-wrong-source')?.message, '300 is stated in b ("Beta", line 5), not in the cited a.');
  });

  it(`a figure that disagrees is read only in the ${VERDICT_POLICY.disagreeingPassages} passages ranked best`, () => {
    assert.equal(VERDICT_POLICY.disagreeingPassages, 40);
    // n short passages that repeat the note's words rank above the one long passage that gives the
    // note's claim another value (their own values are too far off to be a misquote)
    const note = (n: number) => {
      const paras: string[] = [];
      for (let i = 0; i < n; i++) paras.push(`Zedco cars: Zedco sold ${9000 + i} Zedco cars.`);
      paras.push('In 2020, as the firm said in its long annual report to its shareholders, Zedco sold 310 cars.');
      return checkAgainst({ 'z.md': '---\ntitle: Zedco\n---\n\n' + paras.join('\n\n') + '\n' }, 'Zedco sold 300 cars in 2020 [@z].\n');
    };
    const ranked39 = resultOf(note(39), '300');
    assert.equal(ranked39.verdict, 'contradicted');
    assert.match(ranked39.evidence[0].passage.text, /Zedco sold 310 cars/);
    assert.equal(verdictOf(note(40), '300'), 'unverified');
  });

  it('a country’s own films are not the foreign films’ share of its box office', () => {
    const files = { 'films.md': '---\ntitle: Films\n---\n\nIn Japan, foreign films took 62.5% of the box office in 2006.\n' };
    assert.equal(verdictOf(checkAgainst(files, 'In Japan, Japanese films took 62.5% of the box office in 2006 [@films].\n'), '62.5%'), 'unverified');
    assert.equal(verdictOf(checkAgainst(files, 'In Japan, foreign films took 62.5% of the box office in 2006 [@films].\n'), '62.5%'), 'supported');
  });
});
