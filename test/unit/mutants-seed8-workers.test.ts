// The extraction workers at edges seed 8 of the mutation sample found untested
// (scripts/mutate-sample.mjs --seed 8, README "Tests"): a run goes to the worker with the fewest
// runs under way (the first on a tie), and a run's reply owns the whole buffer of its records'
// text (a small one may be a view on Node's shared pool, which would be transferred whole).
// Each case fails with its seed-8 mutant applied.
import * as assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import type { Worker } from 'node:worker_threads';
import { SegmentScanner } from '../../server/src/engine/indexer';
import { runExtract } from '../../server/src/engine/workers/extractJob';
import { extractRequest } from '../helpers/extractRequest';
import { WorkerExtraction } from '../../server/src/engine/workers/workerExtraction';

/** A worker that records the runs posted to it and never replies. */
class SilentWorker extends EventEmitter {
  readonly posted: number[] = [];
  ref(): void {}
  unref(): void {}
  postMessage(m: { id: number }): void {
    this.posted.push(m.id);
  }
  terminate(): Promise<number> {
    return Promise.resolve(0);
  }
}

const request = extractRequest;

describe('seed 8 survivors: the extraction workers', () => {
  it('each run goes to the worker with the fewest runs under way, the first of them on a tie', () => {
    const workers: SilentWorker[] = [];
    const x = new WorkerExtraction(3, () => {
      const w = new SilentWorker();
      workers.push(w);
      return w as unknown as Worker;
    });
    const runs = Array.from({ length: 5 }, () => x.extract(request({ '/s/a.txt': 'Sales rose 5%.' })).catch(() => undefined));
    assert.deepEqual(
      workers.map((w) => w.posted),
      [[1, 4], [2, 5], [3]],
    );
    x.dispose();
    return Promise.all(runs);
  });

  it("a run's reply owns the whole buffer of its records' text", () => {
    const reply = runExtract(request({ '/s/a.txt': 'Title\n\nSales rose 5% in 2020.\n', '/s/b.txt': 'Other\n\nPrices fell.\n' }), new SegmentScanner(1));
    const text = reply.records.arrays.text;
    assert.ok(text.byteLength > 0);
    assert.equal(text.byteOffset, 0);
    assert.equal(text.byteLength, text.buffer.byteLength);
  });
});
