// Which way a new corpus's search index is made after some sources changed: a small change updates
// the layers of the previous corpus here, in steps (postingLayers.ts: the changed sources' words
// scanned, nothing else copied but per-passage and per-term arrays); a change that takes the
// layers past LAYERED_MAX_SHARE of the corpus since their base merges them: the base's update,
// made whole by the PostingsMaker (the worker thread, which keeps the base it made); a bigger
// one (past MAX_UPDATED_SHARE), or the first index, is a build there.
import type { Postings } from '../indexer';
import { baseUpdate, updateLayers, type LayeredPostings } from '../postingLayers';
import type { Steps } from '../steps';
import type { Passage, Source } from '../types';
import { LAYERED_MAX_SHARE, MAX_UPDATED_SHARE } from '../workspace/policy';
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

function count(ranges: readonly (readonly [number, number])[]): number {
  let n = 0;
  for (const [a, b] of ranges) n += b - a;
  return n;
}

/**
 * The postings of `sources` (their `passages` numbered as in the new corpus), made from the previous
 * corpus's layers when `change` says how they differ; `run` drives the steps of an update made here
 * (a slice at a time, the server's requests going first between slices).
 */
export async function corpusPostings(
  maker: PostingsMaker,
  sources: readonly Source[],
  passages: readonly Passage[],
  prev: LayeredPostings | undefined,
  change: SourceChange | undefined,
  run: (steps: Steps<LayeredPostings>) => Promise<LayeredPostings>,
): Promise<Postings | LayeredPostings> {
  const n = passages.length;
  if (prev && change) {
    // the layers' size after the change: the base's passages gone and the delta's passages (a
    // passage of the delta removed leaves it; one of the base removed joins those gone)
    let fromDelta = 0;
    for (const q of prev.addedPids) if (change.oldToNew[q] < 0) fromDelta++;
    const after = prev.changed + count(change.added) + change.removed.length - 2 * fromDelta;
    if (after <= LAYERED_MAX_SHARE * Math.max(n, prev.toNow.length)) {
      return run(updateLayers(prev, change.prevSources, change.removed, sources, passages, change.added, change.oldToNew));
    }
    const update = baseUpdate(prev, change.oldToNew, n);
    if (update.removed.length + count(update.added) <= MAX_UPDATED_SHARE * Math.max(n, update.prev.lengths.length)) return maker.make({ sources, passages, update });
  }
  return maker.make({ sources, passages });
}
