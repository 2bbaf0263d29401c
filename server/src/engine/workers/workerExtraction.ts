// Source files extracted on worker threads (node:worker_threads), several at once: an index with
// many files to build (a start without a cache, `grounded check` on a new corpus) hands runs of
// them to `threads` workers while its own thread goes on reading files (extractJob.ts). A run whose
// worker fails (it cannot start, crashes, answers an error) is rejected, and so is every later run
// (no worker is started again): the index reads and builds those files on its own thread, as
// without workers. Extraction never stops because of a worker.
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { PostingsBuild, SegmentScanner, type Postings } from '../indexer';
import { runExtract, type ExtractReply, type ExtractRequest } from './extractJob';
import type { ExtractWorkerReply, ExtractWorkerRequest } from './extractThread';
import { endWorker } from './endWorker';

/** Makes runs of source files into records and scans (extractJob.ts), here or on other threads. */
export interface SourceExtractor {
  /** Runs that can be under way at once (the index keeps this many handed over while it reads on). */
  readonly threads: number;
  extract(job: ExtractRequest): Promise<ExtractReply>;
  /**
   * The postings of the runs' passages, when the extractor scans them itself as each run is made,
   * in the order the runs were handed to it (its replies carry no scan); absent: each reply carries
   * its run's scan, joined by the index.
   */
  readonly postings?: { readonly passages: number; finish(): Postings };
}

/** Runs made on this thread, one at a time (tests; what a worker does, without one). */
export function inProcessExtraction(): SourceExtractor {
  const scanner = new SegmentScanner(-1);
  return { threads: 1, extract: async (job) => runExtract(job, scanner) };
}

/**
 * Runs made on the index's own thread, each as soon as it is handed over (a first index with too
 * few files for the workers, workspace/policy.ts IN_PROCESS_EXTRACT_MIN_FILES): every run's passages
 * scanned into one build of the corpus's postings, in order — what `buildPostings` makes of them —
 * and its records made without the texts, which the sources keep as the strings they were built
 * from (as a compaction leaves them: the text's bytes beside them would be a second copy).
 */
export class InProcessExtraction implements SourceExtractor {
  readonly threads = 1;
  readonly postings: PostingsBuild;

  /** `files`: about how many files the runs will hold, all together (the postings' scan is sized for them). */
  constructor(files: number) {
    this.postings = new PostingsBuild(files);
  }

  async extract(job: ExtractRequest): Promise<ExtractReply> {
    return runExtract(job, this.postings);
  }
}

/**
 * An extraction worker's young generation (V8's nursery, `resourceLimits.maxYoungGenerationSizeMb`:
 * two semi-spaces and as much again for new large objects, a third each), twice V8's 48 MB default.
 * A run (some 500 files, 1 MiB) is built into objects that all live until its records and scan are
 * made and then all die: with 16 MB semi-spaces a run met a scavenge or two while its sources were
 * still held, each copying them (and promoting what it copied twice, for the old generation's
 * collections to sweep); with 32 MB most runs end before the next scavenge, which then finds little
 * alive. The 100 MB corpus's runs on one worker (40 runs, `wbench.js`, docs/performance.md session
 * 45): its cpu with its helper threads' 4–10% less, lower in 9 of 10 pairs. A worker lives for one
 * index build (the index stops it when its runs are made), so the larger nursery is not kept idle —
 * unlike the index worker's (INDEX_WORKER_YOUNG_GENERATION_MB).
 */
export const EXTRACT_WORKER_YOUNG_GENERATION_MB = 96;

/** An extraction worker's options: its heap's limits (see EXTRACT_WORKER_YOUNG_GENERATION_MB). */
export const EXTRACT_WORKER_OPTIONS = { resourceLimits: { maxYoungGenerationSizeMb: EXTRACT_WORKER_YOUNG_GENERATION_MB } } as const;

/**
 * An extraction worker of this build: dist/extract-worker.js beside the bundle that runs, or, run
 * from source (tests under tsx), extractThread.ts through tsx.
 */
export function spawnExtractWorker(): Worker {
  if (__filename.endsWith('.ts')) {
    const tsx = require.resolve('tsx/cjs');
    const entry = path.join(__dirname, 'extractThread.ts');
    return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(entry)});`, { eval: true, ...EXTRACT_WORKER_OPTIONS });
  }
  return new Worker(path.join(__dirname, 'extract-worker.js'), EXTRACT_WORKER_OPTIONS);
}

interface Pending {
  resolve(reply: ExtractReply): void;
  reject(e: Error): void;
}

/** Why the workers were given up (shared by the lanes of one extraction). */
interface Failure {
  reason?: Error;
}

/** One worker and the runs it has been given. */
class Lane {
  worker: Worker | undefined;
  readonly pending = new Map<number, Pending>();
  constructor(
    private readonly spawn: () => Worker,
    private readonly failure: Failure,
  ) {}

  get load(): number {
    return this.pending.size;
  }

  run(id: number, job: ExtractRequest): Promise<ExtractReply> {
    return new Promise<ExtractReply>((resolve, reject) => {
      if (this.failure.reason) {
        reject(this.failure.reason);
        return;
      }
      let w: Worker;
      try {
        w = this.started();
      } catch (e) {
        this.failure.reason ??= e as Error;
        reject(e as Error);
        return;
      }
      this.pending.set(id, { resolve, reject });
      w.ref(); // a run under way keeps the process alive; an idle worker does not
      w.postMessage({ id, job } satisfies ExtractWorkerRequest, [job.ends.buffer as ArrayBuffer, job.bytes.buffer as ArrayBuffer]);
    });
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const w = this.spawn();
    w.unref();
    w.on('message', (m: ExtractWorkerReply) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (!this.pending.size) w.unref();
      if ('error' in m) p.reject(new Error(`an extraction worker failed: ${m.error.split('\n')[0]}`));
      else p.resolve(m.reply);
    });
    w.on('error', (e: Error) => this.fail(new Error(`an extraction worker failed: ${e?.message ?? e}`)));
    w.on('exit', (code: number) => this.fail(new Error(`an extraction worker exited with code ${code}`)));
    this.worker = w;
    return w;
  }

  /** The worker failed: no run is given to a worker again. */
  private fail(e: Error): void {
    this.failure.reason ??= e;
    this.stop(e);
  }

  /** The worker is gone (or going): its runs fail with `e` (their files are read on the index's thread). */
  stop(e: Error): void {
    const w = this.worker;
    this.worker = undefined;
    endWorker(w, this.pending, e);
  }
}

export class WorkerExtraction implements SourceExtractor {
  private readonly lanes: Lane[];
  private nextId = 1;

  constructor(
    /** Workers (default: the cores this process may use). */
    readonly threads = Math.max(1, os.availableParallelism()),
    spawn: () => Worker = spawnExtractWorker,
  ) {
    const failure: Failure = {};
    this.lanes = Array.from({ length: threads }, () => new Lane(spawn, failure));
  }

  /** The run, on the worker with the fewest runs under way (its buffers are transferred: the caller keeps no view on them). */
  extract(job: ExtractRequest): Promise<ExtractReply> {
    let lane = this.lanes[0];
    for (const l of this.lanes) if (l.load < lane.load) lane = l;
    return lane.run(this.nextId++, job);
  }

  /** Stop every worker (runs under way fail). */
  dispose(): void {
    for (const l of this.lanes) l.stop(new Error('the extraction workers were stopped'));
  }
}
