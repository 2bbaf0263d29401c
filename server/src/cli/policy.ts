// Thresholds of the command line, each with why.

/**
 * A walk's files are asked whether they hold a path (cli/pathSet.ts: is a note given by name a
 * source?) by a scan of the list this many times, and through a Set of them after: a check names one
 * note or a few, and a Set of 44,500 paths (100 MB of sources) was 4 ms and 2.6 MB of a warm check
 * — made twice — for one question; a scan is some 0.1 ms. A folder of notes asks once per note.
 */
export const SCANNED_PATH_LOOKUPS = 8;
