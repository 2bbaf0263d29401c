// Postings compared as values: their tables of strings (termIds, the written forms) as Maps in their
// order, whatever kind of table holds them — a start from the cache looks them up in sorted tables
// (persist/sortedTable.ts), a build makes Maps; both answer the same.
import type { Postings } from '../../server/src/engine/indexer';

/** `p` with its three tables as Maps of their entries in order (every other field as it is). */
export function plainPostings(p: Postings): Postings {
  return { ...p, termIds: new Map(p.termIds), written: { lower: new Map(p.written.lower), capitalisedInside: new Map(p.written.capitalisedInside) } };
}
