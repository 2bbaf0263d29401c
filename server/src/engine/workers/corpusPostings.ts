// Which way a new corpus's search index is made after some sources changed: a small change updates
// the layers of the previous corpus here, in steps (postingLayers.ts: the changed sources' words
// scanned, nothing else copied but per-passage and per-term arrays); a change that takes the
// layers past LAYERED_MAX_SHARE of the corpus since their base merges them: the base's update,
// made whole by the PostingsMaker (the worker thread, which keeps the base it made); a bigger
// one (past MAX_UPDATED_SHARE), or the first index, is a build there. Layers past half that
// share are merged ahead, in the background (mergeAhead), so that a save seldom waits for one.
import type { Postings } from '../indexer';
import { baseUpdate, layersOf, sinceBase, updateLayers, type LayeredPostings } from '../postingLayers';
import type { Steps } from '../steps';
import type { Passage, Source } from '../types';
import { LAYERED_MAX_SHARE, MAX_UPDATED_SHARE, MERGE_AHEAD_SHARE } from '../workspace/policy';
import type { PostingsMaker } from './postingsJob';

/** A change of the sources, from the previous corpus to the next (workspace/indexer.ts updateOf). */
export interface SourceChange {
  prevSources: readonly Source[];
  /** Passages of the previous corpus whose sources changed or left. */
  removed: readonly Passage[];
  /** Ranges of the next corpus's passages whose sources came or changed. */
  added: readonly [number, number][];
  /** Per previous passage, its id in the next corpus (-1: removed). */
  oldToNew: Int32Array;
}

/**
 * The new corpus's passages: how many, one by its id, or the list of all. A layered update reads
 * only those that came (`at`); a job for the maker takes them all (`all`: every source's passages
 * made, lazyPassages.ts).
 */
export interface NewPassages {
  readonly count: number;
  at(pid: number): Passage;
  all(): readonly Passage[];
}

function count(ranges: readonly (readonly [number, number])[]): number {
  let n = 0;
  for (const [a, b] of ranges) n += b - a;
  return n;
}

/**
 * Layers grown past MERGE_AHEAD_SHARE of the corpus are made whole ahead of need, by the maker (the
 * worker: the server's thread goes on answering), and the next change is layered over those instead
 * (`MergeAhead.layers`): a later save does not wait for a merge. Undefined when they are small.
 */
export function mergeAhead(maker: PostingsMaker, sources: readonly Source[], all: NewPassages, layers: LayeredPostings): MergeAhead | undefined {
  const n = all.count;
  if (layers.changed <= MERGE_AHEAD_SHARE * n) return undefined;
  const passages = all.all();
  const m: MergeAhead = { of: layers };
  const update = { prev: layers.base, prevSources: layers.baseSources, ...sinceBase(layers, layers.toNow, n), oldToNew: layers.toNow };
  maker.make({ sources, passages, update }).then(
    (postings) => {
      m.layers = layersOf(postings, sources);
      m.settled = true;
    },
    () => (m.settled = true), // a failed merge: the layers go on growing until a change merges them
  );
  return m;
}

/** A merge under way of some layers (`of`); once made, the same postings whole, as layers with nothing over them. */
export interface MergeAhead {
  of: LayeredPostings;
  layers?: LayeredPostings;
  /** Made (or failed): until then no other merge is started (the worker does one job at a time). */
  settled?: boolean;
}

/**
 * The postings of `sources` (their `passages` numbered as in the new corpus), made from the previous
 * corpus's layers when `change` says how they differ; `run` drives the steps of an update made here
 * (a slice at a time, the server's requests going first between slices).
 */
export async function corpusPostings(
  maker: PostingsMaker,
  sources: readonly Source[],
  passages: NewPassages,
  prev: LayeredPostings | undefined,
  change: SourceChange | undefined,
  run: (steps: Steps<LayeredPostings>) => Promise<LayeredPostings>,
): Promise<Postings | LayeredPostings> {
  const n = passages.count;
  if (prev && change) {
    // the layers' size after the change: the base's passages gone and the delta's passages (a
    // passage of the delta removed leaves it; one of the base removed joins those gone)
    let fromDelta = 0;
    for (const q of prev.addedPids) if (change.oldToNew[q] < 0) fromDelta++;
    const after = prev.changed + count(change.added) + change.removed.length - 2 * fromDelta;
    if (after <= LAYERED_MAX_SHARE * Math.max(n, prev.toNow.length)) {
      return run(updateLayers(prev, change.prevSources, change.removed, sources, n, (pid) => passages.at(pid), change.added, change.oldToNew));
    }
    const update = baseUpdate(prev, change.oldToNew, n);
    if (update.removed.length + count(update.added) <= MAX_UPDATED_SHARE * Math.max(n, update.prev.lengths.length)) return maker.make({ sources, passages: passages.all(), update });
  }
  return maker.make({ sources, passages: passages.all() });
}
