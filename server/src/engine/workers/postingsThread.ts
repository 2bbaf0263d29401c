// The index worker's thread (bundled as dist/index-worker.js by scripts/build.mjs): it answers
// postings jobs (postingsJob.ts) one after another, each reply the codec's blob with its arrays
// transferred, or the error that stopped it. It holds nothing between jobs.
import { parentPort } from 'node:worker_threads';
import { buffersOf, runRequest, type PostingsRequest } from './postingsJob';

export interface WorkerRequest {
  id: number;
  job: PostingsRequest;
}

export type WorkerReply = { id: number; blob: ReturnType<typeof runRequest> } | { id: number; error: string };

const port = parentPort;
if (port) {
  port.on('message', ({ id, job }: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      const blob = runRequest(job);
      port.postMessage({ id, blob } satisfies WorkerReply, buffersOf(blob));
      return;
    } catch (e) {
      reply = { id, error: (e as Error)?.stack ?? String(e) };
    }
    port.postMessage(reply);
  });
}
