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
});
