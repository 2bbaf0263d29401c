// The PostgreSQL store's limits, each with why.

/** Connecting may take this long before the store is reported down (a check must never hang). */
export const CONNECT_TIMEOUT_MS = 5_000;
/**
 * A query may run this long, on the server (statement_timeout) and as seen by the client
 * (query_timeout: a server that stops answering). A check's lookups take milliseconds; a load's
 * batch commits a few MB.
 */
export const QUERY_TIMEOUT_MS = 30_000;
/** Connections a store keeps: a check's lookups run side by side, a few at a time. */
export const POOL_SIZE = 4;
/** A load commits a batch after this many sources or this many characters of text, whichever comes first. */
export const BATCH_SOURCES = 200;
export const BATCH_CHARS = 4_000_000;
/** Lookups send at most this many terms or ids in one query (one array parameter). */
export const MAX_ARRAY_PARAM = 20_000;
