// Rows into a table by COPY … FROM STDIN (pg-copy-streams over the load's own connection, inside
// its transaction): one statement per table and batch, streamed in chunks, with no parameter
// binding and no per-row statement. The text format: tab-separated fields, `\N` for null, and
// backslash, tab, newline and carriage return escaped (PostgreSQL's COPY text format).
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';

/** A field of a row: a number, a string, a text array, or null. */
export type CopyField = number | string | readonly string[] | null;

/** Rows are sent in chunks of about this many characters. */
const CHUNK_CHARS = 1 << 20;

/** A text as one field of COPY's text format. */
export function copyText(s: string): string {
  return /[\\\t\n\r]/.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : s;
}

/** A text array as PostgreSQL's array literal, every element quoted. */
export function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((x) => `"${x.replace(/[\\"]/g, (c) => '\\' + c)}"`).join(',')}}`;
}

/** One row in COPY's text format, with its newline. */
export function copyLine(fields: readonly CopyField[]): string {
  let line = '';
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    if (i) line += '\t';
    if (f === null) line += '\\N';
    else if (typeof f === 'number') line += String(f);
    else if (typeof f === 'string') line += copyText(f);
    else line += copyText(arrayLiteral(f));
  }
  return line + '\n';
}

/**
 * COPY the rows into `into` ("table (col, …)", the code's own names) through the client; resolves
 * when the server has taken them all (a failure rejects, and the transaction then rolls back).
 */
export async function copyRows(c: PoolClient, into: string, rows: Iterable<readonly CopyField[]>): Promise<void> {
  const m = await import('pg-copy-streams');
  const sink = c.query((m.default ?? m).from(`COPY ${into} FROM STDIN`));
  await pipeline(Readable.from(chunks(rows)), sink);
}

/** The rows' lines, gathered into chunks. */
function* chunks(rows: Iterable<readonly CopyField[]>): Generator<string> {
  let buf = '';
  for (const r of rows) {
    buf += copyLine(r);
    if (buf.length >= CHUNK_CHARS) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}
