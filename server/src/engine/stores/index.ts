// Source stores other than the embedded index. A store setting names one (`postgres://…`); its
// code, and its client library, are loaded only when one is asked for.
export { SnapshotStore, CheckDidNotSettle, PassGivenUp, MAX_PASSES } from './snapshot';
export type { RemoteBase } from './remote';

/** Does a setting name a PostgreSQL store (`postgres://…`, `postgresql://…`, or `postgres:` for the PG* variables alone)? */
export function isPostgresStore(store: string): boolean {
  return /^postgres(ql)?:/i.test(store.trim());
}

/**
 * The PostgreSQL store's module, loaded on first use (a require, not import(): the bundle and the
 * tests' TypeScript loader both resolve it; its `pg` client is itself imported only on connecting).
 */
export function postgres(): Promise<typeof import('./postgres/index')> {
  return Promise.resolve().then(() => require('./postgres/index') as typeof import('./postgres/index'));
}
