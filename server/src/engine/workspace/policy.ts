// Thresholds of the source index (indexer.ts), each with why.

/**
 * When a re-index changed (added, removed or altered) more than this share of the passages, the
 * postings are built afresh instead of updated: an update scans the changed passages (the removed
 * ones too, to take their words' counts away) and then copies every other posting, so past about a
 * quarter of the corpus it costs as much as a build.
 */
export const MAX_UPDATED_SHARE = 0.25;
