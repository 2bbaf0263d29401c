// Thresholds of the source index (indexer.ts), each with why.

/**
 * When a re-index changed (added, removed or altered) more than this share of the passages, the
 * postings are built afresh instead of updated: an update scans the changed passages (the removed
 * ones too, to take their words' counts away) and then copies every other posting, so past about a
 * quarter of the corpus it costs as much as a build.
 */
export const MAX_UPDATED_SHARE = 0.25;

/**
 * While at most this share of the passages changed (added, removed or altered) since the postings
 * were last made whole, a change is layered over them (postingLayers.ts): only the changed sources'
 * words are scanned, and each query reads the base through a renumbering plus a small delta. Past
 * it, the layers are merged (an update of the base, on the worker): a delta that large costs
 * queries more (every list read twice, every posting renumbered) and holds the changed sources'
 * old texts in memory.
 */
export const LAYERED_MAX_SHARE = 0.05;

/**
 * Past this share (half the above), the layers are made whole on the worker in the background after
 * the save that grew them, and the next save is layered over the result: a save rarely waits for a
 * merge (a worker update of the whole corpus: about 4 s at 100 MB here).
 */
export const MERGE_AHEAD_SHARE = LAYERED_MAX_SHARE / 2;

/**
 * After a build of the postings, the sources built in the run are put in columns (their passages
 * and figures made again when first asked, as a start restores them from the cache: about half of
 * the heap they held), at most this many passages and sources at a time, with waiting requests
 * between: a piece took 10 ms (median; 35 ms at most) at load 5 on the 25 MB and 20,000-file
 * corpora of `npm run bench:scale` (about 20 µs a source of either).
 */
export const COMPACT_BATCH_PASSAGES = 10_000;
export const COMPACT_BATCH_SOURCES = 500;

/**
 * A first index with at least this many source files to build (no source known, nothing in the
 * cache) builds them on worker threads (workers/workerExtraction.ts), when the index was given
 * some. Measured on 2 cores at a quiet moment (session 11, `grounded check` cold, the same build
 * with and without): 44,500 files (100 MB) 29.5 → 21.7 s wall, the same cpu, peak 800 → 904 MiB;
 * 20,000 small files (13.6 MB) 6.8 → 7.9 s wall, +2.5 s cpu (starting the workers, moving the
 * results, the merge). Below this many files the threads cost more than they save; what decides is
 * the bytes to build, which a cold start does not know before reading (a count stands in for it).
 */
export const PARALLEL_EXTRACT_MIN_FILES = 32_768;

/**
 * A first index of fewer files than PARALLEL_EXTRACT_MIN_FILES builds them on worker threads too when
 * their bytes are at least this many (estimated from the sizes of up to PARALLEL_SIZE_SAMPLE of the
 * files, spread over the list, times their number): 32,768 files stand for the bytes to build
 * (about 80 MB in the bench's corpora), and 20 files of 5 MB (100 MB) were built one after another
 * on the main thread, their postings made after them, while 44,500 files of the same bytes went to
 * the workers (issue 13: big files cost what many small ones of the same bytes cost). Below it —
 * every corpus of the bench but 100 MB and 20 × 5 MB — nothing changes.
 */
export const PARALLEL_EXTRACT_MIN_BYTES = 64 << 20;
export const PARALLEL_SIZE_SAMPLE = 64;

/**
 * The files handed to a worker at a time (whichever bound comes first): large enough that a
 * run's message and the join of its scan cost little beside its extraction, small enough that
 * every worker has a run soon after the reading starts and the last run ends close to the others.
 */
export const EXTRACT_RUN_FILES = 500;
export const EXTRACT_RUN_BYTES = 1 << 20;

/**
 * A first index with nothing to reuse and no worker threads for it (fewer files than
 * PARALLEL_EXTRACT_MIN_FILES, or no extractor) builds its sources in runs on its own thread from
 * this many files on — each run made into records and the scan of its passages as a worker makes
 * it (workers/extractJob.ts; the texts left out, each source keeping its string), its sources
 * restored from the records at once — instead of one file after another: the sources are never
 * held whole (their passage and figure objects, garbage collected young within a run instead of
 * promoted and then compacted), and the save copies the runs' rows instead of encoding every
 * source's again. Measured (session 36, `grounded check` with an empty cache, alternating pairs
 * at load 8–9): 20,000 small files (13.6 MB) 9.27 → 8.19 s of cpu with the bench's note, 6.57 →
 * 5.43 s with a one-sentence note (lower in 6 of 6 each); 2,225 files (bbc-news, 5 MB, this
 * threshold set to 1; runs whose records kept the texts) 9.8 → 10.3 s, lower in 1 of 4, peak +15
 * MiB — no gain there, so the serial path stays below this (the bound between is not measured).
 */
export const IN_PROCESS_EXTRACT_MIN_FILES = 8_192;

/**
 * A run on the index's own thread is made in one piece, between the index's pauses for other work
 * (the language server's requests): smaller than a worker's, about 20–40 ms of work each here.
 */
export const IN_PROCESS_RUN_FILES = 250;
export const IN_PROCESS_RUN_BYTES = 256 << 10;

/**
 * A corpus's fingerprint (fingerprint.ts) hashes one line per file, this many lines joined into one
 * update of the digest (the same bytes, so the same digest): one update per file was 30–70 ms of a
 * warm check at 44,500 files, which computes the fingerprint twice (the probe and the index); runs of
 * this size keep each joined string below a few hundred KB.
 */
export const FINGERPRINT_LINES_PER_UPDATE = 2048;
