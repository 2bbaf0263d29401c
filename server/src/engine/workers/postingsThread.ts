// The index worker's thread (bundled as dist/index-worker.js by scripts/build.mjs): it answers
// postings jobs (postingsJob.ts) one after another — a build's postings whole, an update's as what
// changed — with their arrays transferred, or the error that stopped it. It keeps the postings it
// made last, so that the next update need not send them back (the server's next save).
import { parentPort } from 'node:worker_threads';
import type { Postings } from '../indexer';
import { replyOf, runRequest, type PostingsReply, type PostingsRequest } from './postingsJob';

export interface WorkerRequest {
  id: number;
  /** The job whose postings the update starts from, when the worker kept them (not sent again). */
  prevId?: number;
  job: PostingsRequest;
}

export type WorkerReply = ({ id: number } & PostingsReply) | { id: number; error: string };

const port = parentPort;
let kept: { id: number; postings: Postings } | undefined;
if (port) {
  port.on('message', ({ id, prevId, job }: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      const prev = job.update && !job.update.prev && kept && kept.id === prevId ? kept.postings : undefined;
      kept = undefined; // an update is made from them once; a failed job leaves nothing to start from
      const run = runRequest(job, prev);
      const r = replyOf(run.made, run.prev);
      kept = { id, postings: run.made };
      port.postMessage({ id, ...r.reply } satisfies WorkerReply, r.transfer);
      return;
    } catch (e) {
      reply = { id, error: (e as Error)?.stack ?? String(e) };
    }
    port.postMessage(reply);
  });
}
