// The checker at edges seed 16 of the mutation sample found untested (scripts/mutate-sample.mjs
// --seed 16, docs/mutation-testing.md "Session 22"), with made-up sources. Each case fails with its
// seed-16 mutant applied and passes without it.
import * as assert from 'node:assert/strict';
import { SLOT_POLICY } from '../../server/src/engine/check/policy';
import { checkAgainst, verdictOf } from './check-helpers';

const mismatch = (files: Record<string, string>, note: string) => checkAgainst(files, note).diagnostics.find((d) => d.code === 'figure-mismatch')?.message;

describe('seed 16 survivors: check', () => {
  it('the very value for a quarter against the full year says so, both ways (findings.ts stretchOf)', () => {
    assert.equal(
      mismatch({ 'k.txt': 'Kelby results\n\nKelby made a profit of $186m in the full year 2004.\n' }, '# Notes\n\nKelby made a profit of $186m in the third quarter of 2004 [@k].\n'),
      'The note says $186m, for a quarter; source k says $186m, for the full year (line 3).',
    );
    assert.equal(
      mismatch({ 'k.txt': 'Kelby results\n\nKelby made a profit of $186m in the third quarter of 2004.\n' }, '# Notes\n\nKelby made a profit of $186m for the full year 2004 [@k].\n'),
      'The note says $186m, for the full year; source k says $186m, for a quarter (line 3).',
    );
  });

  it('a source sentence that ends on "according", with no "to" after it, is read (stretches.ts attributions)', () => {
    const files = { 'k.txt': 'Vans\n\nKelby sold 300 vans and Minto sold 200 vans, according\n' };
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nKelby sold 300 vans [@k].\n'), '300'), 'supported');
  });

  it('a source sentence of exactly the longest length read in stretches is read in stretches: its other value is another\'s', () => {
    const words = 'in a long and careful review of the market for small delivery vans across the northern regions'.split(' ');
    // 11 tokens ("5%" and "7%" one each), the filler, the full stop: SLOT_POLICY.maxTokens in all
    const filler = Array.from({ length: SLOT_POLICY.maxTokens - 12 }, (_, i) => words[i % words.length]).join(' ');
    const files = { 'k.txt': `Toys\n\nKelby toy sales rose 5% and Minto toy sales rose 7% ${filler}.\n` };
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nKelby toy sales rose 7% [@k].\n'), '7%'), 'contradicted');
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nMinto toy sales rose 7% [@k].\n'), '7%'), 'supported');
  });

  it('a misquote is shown against the closest passage of the cited source, not of another source (retrieval.ts closestPassages)', () => {
    const files = { 'a.txt': 'Kelby news\n\nKelby said the vans were sold in the spring.\n', 'b.txt': 'Minto news\n\nMinto said "we sold three hundred trucks last spring" to the press.\n' };
    const r = checkAgainst(files, '# Notes\n\nKelby said "we sold three hundred vans last spring" [@a].\n');
    assert.deepEqual(r.quotes.map((q) => [q.verdict, q.evidence.map((e) => e.source.path), q.suggestion]), [['not-found', ['/ws/sources/a.txt'], undefined]]);
  });

  it('a count beside a scoreline is no scoreline: the sides named before it still played it (scorelines.ts)', () => {
    const files = { 'k.txt': 'Match report\n\nKelby, top of the table with 40 points, beat Minto 3-1 on Saturday.\n' };
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nKelby beat Minto 3-1 on Saturday [@k].\n'), '3-1'), 'supported');
  });

  it('a change the note gives as a share is not slipped to a length: "grew by 3%" against "grew by 3 km" (unitSlip.ts)', () => {
    const files = { 'k.txt': 'Trams\n\nThe Kelby tram line grew by 3 km in 2004, and its riders rose to 40 million.\n' };
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nThe Kelby tram line grew by 3% in 2004 [@k].\n'), '3%'), 'unverified');
  });

  it('two figures with four words between them, after a comma, are side by side: the other is read against its counterpart (counterparts.ts)', () => {
    const files = { 'shops.txt': 'Kelby shops\n\nKelby\'s five biggest shops took $84.6m (£45.1m), compared with $112.3m last year.\n' };
    const r = checkAgainst(files, '# Notes\n\nKelby\'s five biggest shops made $84.6m, against a total of $131.7m a year earlier [@shops].\n');
    assert.equal(verdictOf(r, '$84.6m'), 'supported');
    assert.equal(verdictOf(r, '$131.7m'), 'contradicted');
  });

  it('a rate written after the thing counted is not the note\'s alone: "400,000 vans a year" against a total, unlike "400,000 a year" (alignment.ts)', () => {
    const files = { 'k.txt': 'Kelby\n\nKelby sold 400,000 vans.\n' };
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nKelby sells 400,000 vans a year [@k].\n'), '400,000'), 'supported');
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nKelby sells 400,000 a year in vans [@k].\n'), '400,000'), 'unverified');
  });

  it('the note\'s value in another period is no reason to drop a contradiction that states the note\'s own "last year" (rules.ts statesPeriod)', () => {
    const files = { 'k.txt': 'Kelby\n\nKelby sold 287 vans last year and expects to sell 310 vans this year.\n' };
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nKelby sold 310 vans last year [@k].\n'), '310'), 'contradicted');
  });
});
