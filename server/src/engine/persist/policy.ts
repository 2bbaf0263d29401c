// Thresholds of the index cache (indexCache.ts), each with why.

/**
 * Deltas (the records updates added) are folded into a new base when they and the base's records
 * of sources gone exceed this share of the base's live records: a fold rewrites every record, so
 * folding only once they are this many keeps the bytes written in proportion to the records
 * changed (each changed record is written about 1 + 1 / MAX_DELTA_SHARE times, amortised), while
 * the dead records a folder holds stay below about the same share.
 */
export const MAX_DELTA_SHARE = 0.5;

/** Below this many records in deltas nothing is folded (a small corpus edited often). */
export const MIN_FOLDED_RECORDS = 64;

/**
 * At most this many delta files: a start reads each one (a file open and a checksum), so past it
 * the deltas are merged into one (their live records only; the base is not rewritten).
 */
export const MAX_DELTA_FILES = 32;

/**
 * A file modified less than this before the stat that recorded it is not trusted by its stat at the
 * next start (fileTable.ts): it is read and hashed again. File times are as coarse as 2 s (FAT,
 * some network shares; 1 s on HFS+), so a file changed again within its timestamp's tick after it
 * was read would otherwise keep the same modification time.
 */
export const RACY_MS = 2000;

/**
 * A check memo (engine/memo.ts: what checks derived from one corpus, kept with its fingerprint for the
 * next `grounded check`) keeps at most this many passages of each kind of entry (frames, contexts),
 * what the last run read first. At 100 MB the 300-line note's check frames about 2,000 passages and
 * reads the context of about 1,000: a 2.2 MB memo, read back in about 0.1 s, that saves about 1.9 s.
 * A memo read costs every check that reads it, whatever it uses of it, so this bound (about four
 * such checks: some 9 MB, about 0.5 s to read) keeps what other notes left from costing more than
 * the memo saves.
 */
export const MAX_MEMO_PASSAGES = 8_000;

/** …and at most this many rankings (about 300 for the 300-line note, each up to 200 passages and scores). */
export const MAX_MEMO_RANKINGS = 2_000;

/**
 * …and at most this many terms' weights (a term and a number each: the 300-line note weighs 784
 * terms at 100 MB, 14 KB of the memo; without them its check walks 590 posting lists — 9 MB of the
 * cache file read and checked — for their counts alone, its rankings being kept).
 */
export const MAX_MEMO_WEIGHTS = 20_000;

/**
 * …and at most this many searches' places stating a figure (the 300-line note makes 56 at 100 MB, 3,532
 * places in all, some 30 KB of the memo; without them its check walks 17,500 rows of the value index
 * and makes a figure of each, about 60 ms, to find those places again).
 */
export const MAX_MEMO_STATING = 2_000;

/** Memos kept per source folders: the current corpus's and a few before (as the corpus summaries). */
export const MAX_MEMOS = 4;

/**
 * The bytes of cached postings read at a time, at least, when their lists are left in the file
 * (postingsBlob.ts leaveListsInFile): a list is on average some 800 bytes at 100 MB of sources, and
 * a part holds a few lists beside the one asked for; each part is read once.
 */
export const LIST_READ_PART = 4096;
