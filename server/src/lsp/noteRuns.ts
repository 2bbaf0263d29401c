// Checks of notes in slices, off the request path. A note's check is the engine's steps
// (engine/steps.ts: a chunk parsed, a figure or a quote judged); a run takes steps for a slice of
// time (SliceClock.sliceMs), then pauses (in the server: Lifecycle.settle, so every request that
// has arrived — a hover on another note, a search — is answered first), and goes on. A run is given
// up at a pause when it is no longer wanted (`current`: the note was edited again) or when another
// run of the same note starts; whoever asks for the same check meanwhile joins the run, and a
// caller that cannot wait (a synchronous one) finishes it at once (`finishNow`).
//
// A check that ends within its first slice (most notes: tens of milliseconds) ends synchronously.
import { drain, type Steps } from '../engine/steps';

/** How runs are paced (replaceable in tests). */
export interface SliceClock {
  now(): number;
  /** Work between two pauses. */
  sliceMs: number;
  /** Let other work run (requests first). */
  pause(): Promise<void>;
}

/**
 * Work between two pauses of a note's check: short enough that a request that arrives meanwhile
 * waits no longer than a frame or two, long enough that the pauses cost little.
 */
export const CHECK_SLICE_MS = 30;

export const DEFAULT_SLICE_CLOCK: SliceClock = {
  now: () => performance.now(),
  sliceMs: CHECK_SLICE_MS,
  pause: () => new Promise((resolve) => setImmediate(resolve)),
};

/**
 * Take steps a slice at a time, pausing between slices, to their end; undefined when `current`
 * turns false at a pause (the steps are stopped there). For a check that is awaited as a whole (a
 * pass over a store's snapshot) rather than joined and finished early as `NoteRuns` runs are.
 */
export async function runInSlices<T>(steps: Steps<T>, clock: SliceClock, current: () => boolean): Promise<T | undefined> {
  for (;;) {
    const end = clock.now() + clock.sliceMs;
    do {
      const r = steps.next();
      if (r.done) return r.value;
    } while (clock.now() < end);
    await clock.pause();
    if (!current()) {
      steps.return(undefined as never);
      return undefined;
    }
  }
}

interface Run<T> {
  key: string;
  steps: Steps<T>;
  result?: { value: T };
  abandoned: boolean;
  promise?: Promise<T | undefined>;
}

export class NoteRuns<T> {
  private readonly running = new Map<string, Run<T>>();

  constructor(private readonly clock: SliceClock = DEFAULT_SLICE_CLOCK) {}

  /**
   * The result of the check `key` of `uri`: at once when it ends within one slice, else a promise
   * (undefined when the run is given up). A run of the same key is joined; one of another key is
   * given up for this one.
   */
  run(uri: string, key: string, steps: () => Steps<T>, current: () => boolean): T | Promise<T | undefined> {
    const old = this.running.get(uri);
    if (old && old.key === key && !old.abandoned) return old.promise ?? Promise.resolve(old.result?.value);
    if (old) this.stop(uri, old);
    const run: Run<T> = { key, steps: steps(), abandoned: false };
    if (this.slice(run)) return run.result!.value;
    this.running.set(uri, run);
    run.promise = this.goOn(uri, run, current);
    return run.promise;
  }

  /** A run of this key in progress, finished now (for a caller that cannot wait); undefined when there is none. */
  finishNow(uri: string, key: string): { value: T } | undefined {
    const run = this.running.get(uri);
    if (!run || run.key !== key || run.abandoned) return undefined;
    if (!run.result) run.result = { value: drain(run.steps) };
    return run.result;
  }

  /** Give up the run of a note, if any (it was edited: the next run checks the new text). */
  abandon(uri: string): void {
    const run = this.running.get(uri);
    if (run) this.stop(uri, run);
  }

  /** Take steps for one slice; true when the run has ended. */
  private slice(run: Run<T>): boolean {
    const end = this.clock.now() + this.clock.sliceMs;
    do {
      if (run.result) return true;
      const r = run.steps.next();
      if (r.done) {
        run.result = { value: r.value };
        return true;
      }
    } while (this.clock.now() < end);
    return false;
  }

  private async goOn(uri: string, run: Run<T>, current: () => boolean): Promise<T | undefined> {
    try {
      for (;;) {
        await this.clock.pause();
        if (run.result) return run.result.value;
        if (run.abandoned || !current()) {
          this.stop(uri, run);
          return undefined;
        }
        if (this.slice(run)) return run.result!.value;
      }
    } finally {
      if (this.running.get(uri) === run) this.running.delete(uri);
    }
  }

  private stop(uri: string, run: Run<T>): void {
    run.abandoned = true;
    if (!run.result) run.steps.return(undefined as never);
    if (this.running.get(uri) === run) this.running.delete(uri);
  }
}
