// The build's scratch shapes kept for the life of the process (engine/shapes.ts): one object of each
// kind a build makes and lets go (a figure scan, its code spans, a postings scan), reachable from the
// global object, so that V8 keeps their hidden classes — and the code compiled for them — between
// builds.
import * as assert from 'node:assert/strict';
import { CodeSpans } from '../../server/src/engine/figures/code';
import { Scan } from '../../server/src/engine/figures/scan';
import { ScanState } from '../../server/src/engine/indexer';
import { KEPT_SHAPES } from '../../server/src/engine/shapes';
import { buildSource } from '../../server/src/engine/sources';

describe('the build\'s scratch shapes kept (shapes.ts)', () => {
  it('holds one figure scan, one code-span index and one postings scan, frozen, reachable from the global object under a symbol of its own', () => {
    assert.ok(Object.isFrozen(KEPT_SHAPES));
    assert.deepEqual(
      KEPT_SHAPES.map((o) => o.constructor),
      [Scan, CodeSpans, ScanState],
    );
    const holders = Object.getOwnPropertySymbols(globalThis).filter((s) => (globalThis as Record<symbol, unknown>)[s] === KEPT_SHAPES);
    assert.equal(holders.length, 1);
    assert.ok(!Object.keys(globalThis).some((k) => (globalThis as Record<string, unknown>)[k] === KEPT_SHAPES), 'no enumerable global');
  });

  it('is loaded with the module every index build goes through (sources.ts), and its scan is an empty one', () => {
    assert.ok(buildSource(0, '/s/a.txt', 'Title\n\nSales rose 5% in 2020.\n').passages.length > 0);
    const [scan] = KEPT_SHAPES as [Scan];
    assert.deepEqual(scan.figures, []);
  });
});
