// The checker at edges seed 12 of the mutation sample found untested (scripts/mutate-sample.mjs
// --seed 12, README "Tests"): an age "now" on either side is not dated by its clause's year, and a
// scale slip needs another scale word, not the same digits alone. Each case fails with its seed-12
// mutant applied.
import * as assert from 'node:assert/strict';
import { align } from '../../server/src/engine/check/alignment';
import { scaleSlip } from '../../server/src/engine/check/rules';
import { extractFigures } from '../../server/src/engine/figures';
import type { ClaimFrame } from '../../server/src/engine/frames/frame';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import type { FrameSide } from '../../server/src/engine/frames/sourceFrames';
import type { Figure } from '../../server/src/engine/types';

function side(over: Partial<ClaimFrame> = {}): FrameSide {
  return { frame: { role: 'level', metric: [], counted: 0, subject: [], names: [], namesBefore: 0, context: new Map(), period: {}, ...over }, referable: new Set(), inheritedPeriod: {} };
}

function fig(text: string): Figure {
  const f = extractFigures(text)[0];
  assert.ok(f, `no figure in ${text}`);
  return f;
}

describe('seed 12 survivors: the checker', () => {
  it('an age "now" on either side is not held to the other side\'s year; two dated ages are', () => {
    const lex = new Lexicon();
    const blocked = (n: Partial<ClaimFrame>, s: Partial<ClaimFrame>) => align(side({ role: 'age', ...n }), side({ role: 'age', ...s }), () => 1, lex).blocked;
    assert.equal(blocked({ ageNow: true, period: { year: 2004 } }, { period: { year: 1997 } }), undefined);
    assert.equal(blocked({ period: { year: 2004 } }, { ageNow: true, period: { year: 1997 } }), undefined);
    assert.equal(blocked({ period: { year: 2004 } }, { period: { year: 1997 } }), 'period');
  });

  it('a scale slip is the same digits at another scale word: "£4.3m" / "£4.3bn", not "£4.3m" / "£4.3m" nor a bare number', () => {
    assert.equal(scaleSlip(fig('It cost £4.3m.'), fig('It cost £4.3bn.')), true);
    assert.equal(scaleSlip(fig('It cost £4.3m.'), fig('It cost £4.3m.')), false);
    assert.equal(scaleSlip(fig('It has 14 channels.'), fig('It has 14 million viewers.')), false);
  });
});
