// A PostgreSQL source base: open it for checking (a SnapshotStore over PostgresBase), or load
// source folders into it. Imported dynamically (stores/index.ts): `pg` is loaded only for a
// postgres store.
import type { FileSystem } from '../../workspace';
import { SnapshotStore } from '../snapshot';
import { PostgresBase } from './base';
import { connectPool, describeStore, type ConnectOptions } from './connect';
import { loadIntoPostgres, type LoadProgress, type LoadResult, type LoadSettings } from './load';
import { schemaReady } from './schema';

export { describeStore, isPostgresStore } from './connect';
export type { LoadProgress, LoadResult, LoadSettings } from './load';

/** The store cannot be used: unreachable, or never loaded. The message names it without its password. */
export class StoreError extends Error {}

/** Open a loaded store for checking; throws StoreError when it is down or has no Grounded tables. */
export async function openPostgresStore(url: string, opts: ConnectOptions = {}, onError?: (e: Error) => void): Promise<SnapshotStore> {
  const pool = await connectPool(url, opts, onError);
  try {
    if (!(await schemaReady(pool))) throw new StoreError(`${describeStore(url)} holds no Grounded sources of this version: load them with "grounded index --store URL --sources DIR"`);
  } catch (e) {
    await pool.end().catch(() => undefined);
    if (e instanceof StoreError) throw e;
    throw new StoreError(`cannot reach the store ${describeStore(url)}: ${(e as Error).message}`);
  }
  return new SnapshotStore(new PostgresBase(pool));
}

/** Load source folders into the store (migrating its schema first). */
export async function loadPostgresStore(url: string, fs: FileSystem, settings: LoadSettings, progress?: LoadProgress, opts: ConnectOptions = {}): Promise<LoadResult> {
  const pool = await connectPool(url, opts);
  try {
    return await loadIntoPostgres(pool, fs, settings, progress);
  } finally {
    await pool.end().catch(() => undefined);
  }
}
