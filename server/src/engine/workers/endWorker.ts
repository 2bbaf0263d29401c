// Ending a worker thread the engine started (postings, extraction): its listeners dropped, an
// error it may still raise ignored, terminated without waiting, and every job still waiting for it
// rejected with the reason — so whoever asked goes on without it (on the index's own thread).
import type { Worker } from 'node:worker_threads';

/** End `worker` (if any) and fail every waiting job with `e`; the map is emptied. */
export function endWorker(worker: Worker | undefined, pending: Map<number, { reject(e: Error): void }>, e: Error): void {
  if (worker) {
    worker.removeAllListeners();
    worker.on('error', () => undefined);
    void worker.terminate().catch(() => undefined);
  }
  const waiting = [...pending.values()];
  pending.clear();
  for (const p of waiting) p.reject(e);
}
