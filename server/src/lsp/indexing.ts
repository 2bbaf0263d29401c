// Re-indexing a folder from the editor's side: one index at a time per folder, a progress bar
// while it runs, a status notification when it starts and ends, and the new warnings in the log.
// The reading and indexing itself is the engine's SourceIndex.
import type { Folder, Progress } from './state';
import { DEFAULT_SLICE_CLOCK, runInSlices, type SliceClock } from './noteRuns';

export interface IndexEvents {
  /** A progress reporter, when the client shows progress. */
  progress(): Promise<Progress | undefined>;
  statusChanged(): void;
  log(message: string): void;
  warn(message: string): void;
}

/** The status is sent again each time indexing gets this much further (a share of the files). */
export const STATUS_STEP = 0.05;

export class IndexScheduler {
  private readonly queues = new Map<Folder, Promise<void>>();

  constructor(
    private readonly events: IndexEvents,
    /** How the value index of a new base is made after an index (slices, requests between them). */
    private readonly slices: SliceClock = DEFAULT_SLICE_CLOCK,
  ) {}

  /**
   * Index a folder (queued behind any index already running for it); `changed` limits re-reading to
   * those paths (all the file watcher reported: see IndexOptions.watched). Never rejects: a failed index is logged, and the caller goes on to the next folder
   * and to checking the notes (one folder's failure must not silence the others).
   */
  reindex(folder: Folder, changed?: ReadonlySet<string>): Promise<void> {
    const { events } = this;
    const prev = this.queues.get(folder) ?? Promise.resolve();
    const next = prev
      .then(async () => {
        const progress = await events.progress();
        // indexing from now on, files not yet counted: the status bar says "indexing …"
        folder.indexProgress = { done: 0, total: 0 };
        events.statusChanged();
        let result;
        let told = 0;
        try {
          result = await folder.update({
            changed,
            watched: changed !== undefined,
            // the first index answers from the cache as it was left; verify() below looks at the files
            trustCache: changed === undefined,
            progress: {
              begin: (total) => {
                folder.indexProgress = { done: 0, total };
                progress?.begin(`Indexing ${total} sources`, total);
                events.statusChanged();
              },
              report: (done, total) => {
                folder.indexProgress = { done, total };
                progress?.report(done, total);
                // the status bar says "indexing N of M": told a few times an index, not every slice
                if (done - told >= Math.max(1, total * STATUS_STEP)) {
                  told = done;
                  events.statusChanged();
                }
              },
            },
          });
        } finally {
          folder.indexProgress = undefined;
          progress?.done();
        }
        for (const w of result.newWarnings) events.warn(`${w.path}: ${w.message}`);
        events.log(`indexed ${result.corpus.sources.length} sources, ${result.corpus.passageCount} passages, ${result.corpus.figureCount} figures in ${result.ms} ms (${folder.root})`);
        // after the index answers, in slices: the files of a start from the cache walked and
        // stated, and the texts restored from it and not read yet checked against their digests (a
        // text read meanwhile is checked when read); the files that changed or whose texts fail
        // are read again before the notes are checked (persist/sourceRecords.ts)
        const verified = await folder.index.verify();
        if (verified) {
          // (files the start from the cache did not list: skipped ones, with their warnings, found now)
          for (const w of verified.newWarnings) events.warn(`${w.path}: ${w.message}`);
          events.log(`verified the index from the cache: ${verified.read} sources read again in ${verified.ms} ms (${folder.root})`);
        }
        const c = folder.index.corpus;
        if (c.sources.length === 0) events.warn(`no sources found in ${folder.root} for ${JSON.stringify(folder.config.sources)}: set grounded.sources`);
        events.statusChanged();
        // the figures by value, which a check asks for a figure its sources did not support: made
        // here in slices (once per base: a save's corpus shares its predecessor's) rather than
        // in one piece by the first such check (1-2 s at 100 MB); given up if replaced meanwhile
        await runInSlices(c.valueIndexSteps(), this.slices, () => folder.index.corpus === c);
      })
      .catch((e) => {
        events.warn(`indexing ${folder.root} failed: ${(e as Error).stack ?? e}`);
        events.statusChanged();
      });
    this.queues.set(folder, next);
    return next;
  }

  /** Forget a removed folder's queue. */
  remove(folder: Folder): void {
    this.queues.delete(folder);
  }
}
