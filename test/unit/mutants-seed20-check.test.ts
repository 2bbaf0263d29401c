// The checker at edges seed 20 of the mutation sample found untested (scripts/mutate-sample.mjs
// --seed 20), with made-up sources and names. Each case fails with its seed-20 mutant applied and
// passes without it.
import * as assert from 'node:assert/strict';
import { align } from '../../server/src/engine/check/alignment';
import { ALIGN_POLICY as A } from '../../server/src/engine/check/policy';
import type { ClaimFrame } from '../../server/src/engine/frames/frame';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import type { FrameSide } from '../../server/src/engine/frames/sourceFrames';
import { checkAgainst, verdictOf } from './check-helpers';

const lex = new Lexicon();

/** A side of a bare frame: a metric phrase and the words around the figure, nothing else. */
function bare(metric: string[], context: [string, number][]): FrameSide {
  const frame = { role: 'count', metric, counted: metric.length, subject: [], names: [], namesBefore: 0, context: new Map(context), period: {} } as unknown as ClaimFrame;
  return { frame, referable: new Set(), inheritedPeriod: {} } as unknown as FrameSide;
}

describe('seed 20 survivors: check', () => {
  it('a place two letters longer is another place unless the letters are a plural "-es": "Ash" is not "Ashby" (alignment.ts pluralEs)', () => {
    const note = '# Notes\n\nIn Ash, 300 vans were sold in 2004 [@k].\n';
    assert.equal(verdictOf(checkAgainst({ 'k.txt': 'Vans\n\nIn Ashby, 300 vans were sold in 2004.\n' }, note), '300'), 'unverified');
    assert.equal(verdictOf(checkAgainst({ 'k.txt': 'Vans\n\nIn Ash, 300 vans were sold in 2004.\n' }, note), '300'), 'supported');
  });

  it('a word of one metric phrase found only among the other side\'s surrounding words is discounted, either way round (alignment.ts metricMeet)', () => {
    const discounted = A.metricOtherWord * A.metricInContext;
    // (the source's "blade", not its head, among the note's words; then the note's among the source's)
    const one = align(bare(['turbine'], [['blade', 1]]), bare(['rotor', 'blade'], []), () => 1, lex);
    const other = align(bare(['rotor', 'blade'], []), bare(['turbine'], [['blade', 1]]), () => 1, lex);
    assert.ok(Math.abs(one.metric - discounted) < 1e-9, `note side: ${one.metric}`);
    assert.ok(Math.abs(other.metric - discounted) < 1e-9, `source side: ${other.metric}`);
  });

  it('the very value dated to another year by the sentence before keeps an undated other value from contradicting (rules.ts judgeSteps, "period (context)")', () => {
    const note = '# Notes\n\nKelby sold 4,318 vans in 2004 [@k].\n';
    const other = 'Kelby\n\nKelby sold 4,500 vans.\n';
    assert.equal(verdictOf(checkAgainst({ 'k.txt': other }, note), '4,318'), 'contradicted');
    assert.equal(verdictOf(checkAgainst({ 'k.txt': other + '\nKelby had a good year in 2003. The firm sold 4,318 vans.\n' }, note), '4,318'), 'unverified');
  });

  it('a value\'s stretch opens at the first plain "and" after the value before it, not a later one: "Minto" is the 200\'s (stretches.ts opening)', () => {
    const files = { 'k.txt': 'Vans\n\nKelby sold 300 vans and Minto, after a merger and a rebrand, sold 200 vans.\n' };
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nMinto sold 300 vans after a merger [@k].\n'), '300'), 'contradicted');
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nKelby sold 300 vans [@k].\n'), '300'), 'supported');
  });

  it('the one other value counting the note\'s noun replaces a support that counts another thing; of two, neither does (partitive.ts countsNotesNoun)', () => {
    const note = "# Notes\n\nOrla Penn's novel appeared in 40 languages [@k].\n";
    const one = { 'k.txt': "Books\n\nOrla Penn's novel appeared in 40 countries and in 38 languages.\n" };
    const two = { 'k.txt': "Books\n\nOrla Penn's novel appeared in 40 countries and in 38 languages or 44 languages.\n" };
    assert.equal(verdictOf(checkAgainst(one, note), '40'), 'contradicted');
    assert.notEqual(verdictOf(checkAgainst(two, note), '40'), 'contradicted');
  });

  it('a first quarter ("Q1 2004", valued 2004 as its year) is no year that slipped: it is left unverified against another year (periodSlips.ts slippedYears)', () => {
    const r = checkAgainst({ 'k.txt': 'Kelby\n\nKelby sold 4,318 vans in 2003.\n' }, '# Notes\n\nKelby sold 4,318 vans in Q1 2004 [@k].\n');
    assert.deepEqual(r.figures.map((x) => `${x.figure.text} ${x.verdict}`), ['4,318 unverified', 'Q1 2004 unverified']);
  });

  it('a value the note\'s words point to instead of its support contradicts it only when they disagree; a bound or range that allows it leaves it unverified (slots.ts rejudge)', () => {
    const note = '# Notes\n\nMinto sold 300 vans after a merger [@k].\n';
    const rows: [string, string][] = [
      ['more than 250', 'unverified'],
      ['up to 400', 'unverified'],
      ['250 to 350', 'unverified'],
      ['200', 'contradicted'],
    ];
    for (const [minto, verdict] of rows) {
      const files = { 'k.txt': `Vans\n\nKelby sold 300 vans and Minto, after a merger, sold ${minto} vans.\n` };
      assert.equal(verdictOf(checkAgainst(files, note), '300'), verdict, minto);
    }
  });

  it('the whole a later share is of ("12% of the fleet") is no word of that share alone: the note that gave vans the bikes\' share is contradicted (slots.ts wholeOfShare)', () => {
    const files = { 'k.txt': 'Fleet\n\nVans took 30% of sales, while 12% of the fleet went to bikes.\n' };
    const r = checkAgainst(files, '# Notes\n\nVans took 12% of the fleet [@k].\n');
    assert.equal(verdictOf(r, '12%'), 'contradicted');
    assert.deepEqual(r.diagnostics.map((d) => d.message), ['The note says 12%; source k says 30% (line 3).']);
  });

  it('a mismatch message names the two stretches of the year only for the very value: another value is the disagreement itself (findings.ts)', () => {
    // (whether a quarter ending in March should meet March alone at all is not asked here)
    const r = checkAgainst({ 'k.txt': 'Kelby results\n\nKelby made a profit of $186m in March 2004.\n' }, '# Notes\n\nKelby made a profit of $190m in the first quarter to March 2004 [@k].\n');
    for (const d of r.diagnostics) assert.doesNotMatch(d.message, /, for /);
  });
});
