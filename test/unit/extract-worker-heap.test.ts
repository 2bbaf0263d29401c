// The extraction workers' heap (workers/workerExtraction.ts EXTRACT_WORKER_OPTIONS): a young
// generation twice V8's default — a run's objects mostly die before a scavenge would copy them —
// and no cap on the old one (a large file's run must fit).
import * as assert from 'node:assert/strict';
import { EXTRACT_WORKER_YOUNG_GENERATION_MB, inProcessExtraction, spawnExtractWorker, WorkerExtraction } from '../../server/src/engine/workers/workerExtraction';

describe('the extraction workers’ heap', () => {
  it('a worker starts with a young generation larger than V8’s 48 MB default, and no cap on its old one', async () => {
    const w = spawnExtractWorker();
    try {
      await new Promise((resolve, reject) => {
        w.once('online', resolve);
        w.once('error', reject);
      });
      const limits = w.resourceLimits!;
      assert.equal(limits.maxYoungGenerationSizeMb, EXTRACT_WORKER_YOUNG_GENERATION_MB);
      assert.ok(EXTRACT_WORKER_YOUNG_GENERATION_MB > 48);
      assert.ok(limits.maxOldGenerationSizeMb! >= 2048, `old generation capped at ${limits.maxOldGenerationSizeMb} MB`);
    } finally {
      await w.terminate();
    }
  });

  it('a run made on such a worker is the run made on this thread', async () => {
    const enc = new TextEncoder();
    const files = ['Revenue grew 12% to $4.5m in 2023.\n\nThe company hired 300 engineers.', 'Zürich café: 1,200 seats, about two-thirds full.', ''];
    const parts = files.map((f) => enc.encode(f));
    const ends = new Int32Array(parts.length);
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    parts.reduce((at, p, k) => (bytes.set(p, at), (ends[k] = at + p.length)), 0);
    const job = () => ({ paths: files.map((_, k) => `/s/${k}.txt`), ends: ends.slice(), bytes: bytes.slice() });
    const workers = new WorkerExtraction(1);
    try {
      const there = await workers.extract(job());
      const here = await inProcessExtraction().extract(job());
      assert.ok(there.scan && here.scan);
      assert.deepStrictEqual({ ...there, scan: { ...there.scan, scanner: -1 } }, here); // (a scan names its scanner: the worker's thread id, -1 here)
    } finally {
      workers.dispose();
    }
  });
});
