// An extraction worker's thread (bundled as dist/extract-worker.js by scripts/build.mjs): it makes
// runs of source files into records and scans (extractJob.ts), one after another, their arrays
// transferred, or answers the error that stopped it.
import { parentPort, threadId } from 'node:worker_threads';
import { SegmentScanner } from '../indexer';
import { replyBuffers, runExtract, type ExtractReply, type ExtractRequest } from './extractJob';

export interface ExtractWorkerRequest {
  id: number;
  job: ExtractRequest;
}

export type ExtractWorkerReply = { id: number; reply: ExtractReply } | { id: number; error: string };

const port = parentPort;
// one numbering of terms and raw words for every run of this thread (the thread's id names it)
const scanner = new SegmentScanner(threadId);
if (port) {
  port.on('message', ({ id, job }: ExtractWorkerRequest) => {
    let reply: ExtractReply;
    try {
      reply = runExtract(job, scanner);
    } catch (e) {
      port.postMessage({ id, error: (e as Error)?.stack ?? String(e) } satisfies ExtractWorkerReply);
      return;
    }
    port.postMessage({ id, reply } satisfies ExtractWorkerReply, replyBuffers(reply));
  });
}
