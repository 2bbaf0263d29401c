// Connecting to PostgreSQL: the `pg` client (pure JavaScript), loaded only when a postgres store is
// asked for. The connection comes from a `postgres://` URL and the standard PG* environment
// variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE…), which fill in whatever
// the URL leaves out; TLS options in the URL (sslmode, sslrootcert…) pass through to the client.
// Every query has a time limit. Passwords never appear in messages: `describeStore` names a store.
import type { Pool, PoolConfig } from 'pg';
import { CONNECT_TIMEOUT_MS, POOL_SIZE, QUERY_TIMEOUT_MS } from './policy';

export { isPostgresStore } from '../index';

/** The store for people and logs: the URL without its password or query string. */
export function describeStore(store: string): string {
  try {
    const u = new URL(store.trim());
    if (!u.host) return 'postgres (PG* environment)';
    return `${u.protocol}//${u.username ? decodeURIComponent(u.username) + '@' : ''}${u.host}${u.pathname}`;
  } catch {
    return 'postgres (unreadable URL)';
  }
}

export interface ConnectOptions {
  connectTimeoutMs?: number;
  queryTimeoutMs?: number;
  poolSize?: number;
}

/** A pool of connections to the store; errors of idle connections (the server went away) are passed to `onError`. */
export async function connectPool(store: string, opts: ConnectOptions = {}, onError?: (e: Error) => void): Promise<Pool> {
  const pg = await import('pg');
  const url = store.trim();
  // `postgres:` alone: everything from the PG* variables
  const connectionString = /^postgres(ql)?:\/\/./i.test(url) ? url : undefined;
  const queryTimeout = opts.queryTimeoutMs ?? QUERY_TIMEOUT_MS;
  const config: PoolConfig = {
    connectionString,
    max: opts.poolSize ?? POOL_SIZE,
    connectionTimeoutMillis: opts.connectTimeoutMs ?? CONNECT_TIMEOUT_MS,
    statement_timeout: queryTimeout,
    query_timeout: queryTimeout + 1_000,
    application_name: 'grounded',
  };
  const Pool = (pg.default ?? pg).Pool;
  const pool = new Pool(config);
  pool.on('error', (e) => onError?.(e));
  return pool;
}
