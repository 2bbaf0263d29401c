// Postings made on a worker thread (node:worker_threads), so that the language server's one
// thread answers hovers and checks from the previous corpus while a new search index is built: the
// job goes out as data (postingsJob.ts), the postings come back as typed arrays (transferred, not
// copied) and only their maps are made here. The worker starts on the first job and is kept for
// the next; it keeps the postings it made last, so that an update of them (the next saved source)
// sends only the sources that changed, and answers only what changed besides the arrays.
//
// A worker that cannot start, crashes, runs out of memory or answers something that does not
// decode is given up: that job and every later one are made on this thread, as without a worker,
// with one log line and one warning saying why. Indexing never stops because of the worker.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Postings } from '../indexer';
import { fromReply, makePostings, ownBuffers, toRequest, type Pace, type PostingsJob, type PostingsMaker } from './postingsJob';
import type { WorkerReply, WorkerRequest } from './postingsThread';
import { endWorker } from './endWorker';

export interface WorkerPostingsHooks {
  log(message: string): void;
  warn(message: string): void;
}

/**
 * The index worker's young generation (V8's nursery, `resourceLimits.maxYoungGenerationSizeMb`).
 * V8's default for a 64-bit process is 48 MB (two 16 MB semi-spaces and as much for new large
 * objects), and an idle worker keeps what it committed until a memory-reducing collection that
 * may never come while the server is busy: at the end of `npm run bench` the worker held a 53 MB
 * heap, 32 MB of it an empty nursery, in some runs and 9 MB in others. Its job (one build or update
 * of the postings, a few large typed arrays and a term map) gains nothing from a large nursery:
 * making the BBC corpus's postings took as long with 4, 8 or 16 MB as with the default
 * (docs/performance.md, Session 21). Only this worker: the main thread's checks and the extraction
 * workers allocate many short-lived objects, for which a small nursery means more promotion.
 */
export const INDEX_WORKER_YOUNG_GENERATION_MB = 8;

/** The index worker's options: its heap's limits (see INDEX_WORKER_YOUNG_GENERATION_MB). */
export const INDEX_WORKER_OPTIONS = { resourceLimits: { maxYoungGenerationSizeMb: INDEX_WORKER_YOUNG_GENERATION_MB } } as const;

/**
 * The worker of this build: dist/index-worker.js beside the bundle that runs (the server, the
 * benchmarks), or, run from source (tests under tsx), postingsThread.ts through tsx.
 */
export function spawnIndexWorker(): Worker {
  if (__filename.endsWith('.ts')) {
    const tsx = require.resolve('tsx/cjs');
    const entry = path.join(__dirname, 'postingsThread.ts');
    return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(entry)});`, { eval: true, ...INDEX_WORKER_OPTIONS });
  }
  return new Worker(path.join(__dirname, 'index-worker.js'), INDEX_WORKER_OPTIONS);
}

/**
 * Handing a job to the worker and taking its postings back (texts to bytes, the term map) is done
 * in slices this long, each followed by whatever waits (a hover): a little under the 30 ms slices
 * a note's check runs in, so that neither holds a request longer than the other.
 */
export const HANDOFF_SLICE_MS = 20;

/** A pace of HANDOFF_SLICE_MS slices with a turn of the event loop between them. */
function handoffPace(): Pace {
  let since = performance.now();
  return {
    due: () => performance.now() - since > HANDOFF_SLICE_MS,
    pause: async () => {
      await new Promise((resolve) => setImmediate(resolve));
      since = performance.now();
    },
  };
}

interface Pending {
  resolve(reply: WorkerReply): void;
  reject(e: Error): void;
}

export class WorkerPostings implements PostingsMaker {
  private worker: Worker | undefined;
  private failed: string | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** The job whose postings the worker keeps (it made them last), and which postings those are here. */
  private keptId: number | undefined;
  private readonly madeBy = new WeakMap<Postings, number>();
  /** Jobs go to the worker one at a time (each update may start from the postings the last one made). */
  private queue: Promise<unknown> = Promise.resolve();
  /** Jobs made in the worker, and on this thread (after the worker was given up). */
  readonly counts = { worker: 0, inProcess: 0 };

  constructor(
    private readonly hooks: WorkerPostingsHooks,
    private readonly spawn: () => Worker = spawnIndexWorker,
  ) {}

  /** Why the worker was given up, if it was. */
  get failure(): string | undefined {
    return this.failed;
  }

  make(job: PostingsJob): Promise<Postings> {
    const turn = this.queue.then(() => this.makeOne(job));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async makeOne(job: PostingsJob): Promise<Postings> {
    if (!this.failed) {
      try {
        const postings = await this.inWorker(job);
        if (this.counts.worker++ === 0) this.hooks.log('the search index is made on a worker thread (index worker), the previous one answering meanwhile');
        return postings;
      } catch (e) {
        this.giveUp((e as Error).message);
      }
    }
    this.counts.inProcess++;
    return makePostings(job);
  }

  /** Stop the worker (the server is shutting down); later jobs are made on this thread. */
  dispose(): void {
    this.failed ??= 'stopped';
    this.stop(new Error('the index worker was stopped'));
  }

  private async inWorker(job: PostingsJob): Promise<Postings> {
    const worker = this.started();
    const id = this.nextId++;
    // an update of the postings the worker made last need not send them
    const prevId = job.update && this.madeBy.get(job.update.prev);
    const kept = prevId !== undefined && prevId === this.keptId;
    const request = await toRequest(job, kept, handoffPace());
    if (this.worker !== worker) throw new Error(this.failed ?? 'the index worker stopped');
    const reply = await new Promise<WorkerReply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref(); // a job under way keeps the process alive; an idle worker does not
      worker.postMessage({ id, prevId: kept ? prevId : undefined, job: request } satisfies WorkerRequest, ownBuffers(request));
    });
    this.keptId = undefined;
    if ('error' in reply) throw new Error(`the index worker could not make the postings: ${reply.error.split('\n')[0]}`);
    const postings = await fromReply(reply, job, handoffPace());
    if (!postings) throw new Error('the index worker answered postings that do not fit the corpus');
    this.keptId = id;
    this.madeBy.set(postings, id);
    return postings;
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const w = this.spawn();
    w.unref();
    w.on('message', (reply: WorkerReply) => this.answered(reply));
    w.on('error', (e: Error) => this.stop(new Error(`the index worker failed: ${e?.message ?? e}`)));
    w.on('exit', (code: number) => this.stop(new Error(`the index worker exited with code ${code}`)));
    this.worker = w;
    return w;
  }

  private answered(reply: WorkerReply): void {
    const p = this.pending.get(reply.id);
    if (!p) return;
    this.pending.delete(reply.id);
    if (!this.pending.size) this.worker?.unref();
    p.resolve(reply);
  }
  /** The worker is gone (or going): every job waiting for it fails with `e`. */
  private stop(e: Error): void {
    const w = this.worker;
    this.worker = undefined;
    this.keptId = undefined;
    endWorker(w, this.pending, e);
  }

  private giveUp(reason: string): void {
    if (this.failed) return;
    this.failed = reason;
    this.stop(new Error(reason));
    this.hooks.log(`${reason}: indexing on the server's own thread from now on`);
    this.hooks.warn(`${reason}; the source index is built on the server's own thread from now on (hovers may wait while it is built)`);
  }
}
