// A folder's shared source store (the `grounded.store` setting): the connection, opened when first
// needed and again after it failed, and its state for the status bar (connecting, ready, down with
// the reason). A note's check runs against it in passes (engine/stores/snapshot.ts: each pass
// records what it lacked, the lacking data are fetched, the pass runs again); a pass is the engine's
// check steps taken in slices with pauses between them, as an embedded check is (noteRuns.ts).
// A store that is down or does not answer in time fails the check with `StoreUnavailable` (the
// caller publishes one diagnostic saying so and keeps nothing): nothing waits longer than the
// timeouts below, and the next check tries again. The store is named without its password.
import type { PassageStore } from '../engine/store';
import { CheckDidNotSettle, postgres, type SnapshotStore } from '../engine/stores';
import { describeStore } from '../engine/stores/postgres/connect';
import type { PassageHit } from '../engine/search';

/**
 * The editor's limits: connecting may take this long, and any query this long, before the store is
 * reported down (shorter than the CLI's: a user is waiting on the diagnostics, and a check's
 * lookups take milliseconds on a healthy server).
 */
export const EDITOR_CONNECT_TIMEOUT_MS = 5_000;
export const EDITOR_QUERY_TIMEOUT_MS = 10_000;

export type StoreState = 'connecting' | 'ready' | 'down';

/** A check could not reach the store (down, too slow, never loaded): nothing to keep of it. */
export class StoreUnavailable extends Error {
  override name = 'StoreUnavailable';
}

export interface FolderStoreEvents {
  /** The state changed (the status bar shows it). */
  changed(): void;
  warn(message: string): void;
}

export class FolderStore {
  private store: SnapshotStore | undefined;
  private opening: Promise<SnapshotStore> | undefined;
  private _state: StoreState = 'connecting';
  private _error: string | undefined;
  private closed = false;
  /** Bumped when the store is reconnected or re-read on request: reports made before are made again. */
  generation = 0;
  /** The store's name for people and logs (no password). */
  readonly name: string;

  constructor(
    readonly url: string,
    private readonly events: FolderStoreEvents,
  ) {
    this.name = describeStore(url);
  }

  get state(): StoreState {
    return this._state;
  }
  get error(): string | undefined {
    return this._error;
  }

  /** The base's sources, keys and counts as last fetched (undefined before the first answer). */
  view(): PassageStore | undefined {
    return this.store?.viewNow();
  }

  /** Open the store and read its catalog (the folder's first "index"); never rejects. */
  async connect(): Promise<void> {
    try {
      const s = await this.open();
      await s.view();
      this.set('ready');
    } catch (e) {
      this.fail(e);
    }
  }

  /** Drop what was fetched (the next check reads the catalog again), e.g. on "re-index". */
  async refresh(): Promise<void> {
    const old = this.store;
    this.store = undefined;
    this.opening = undefined;
    this.generation++;
    await old?.close().catch(() => undefined);
    await this.connect();
  }

  /**
   * Run `fn` (a check pass that may pause) against the store, as SnapshotStore.runAsync; the
   * store being down or too slow rejects with StoreUnavailable (and marks it down).
   */
  async run<T>(words: string, fn: (store: PassageStore) => Promise<T>): Promise<T> {
    const s = await this.openOrFail();
    try {
      const r = await s.runAsync(words, fn);
      this.set('ready');
      return r;
    } catch (e) {
      if (e instanceof CheckDidNotSettle || !isStoreFailure(e)) throw e;
      throw this.fail(e);
    }
  }

  /** Free-text search over the store (StoreUnavailable when down). */
  async search(query: string, limit: number): Promise<{ hits: PassageHit[]; store: PassageStore }> {
    const s = await this.openOrFail();
    try {
      const hits = await s.search(query, limit);
      this.set('ready');
      return { hits, store: (s.viewNow() ?? (await s.view())) };
    } catch (e) {
      if (!isStoreFailure(e)) throw e;
      throw this.fail(e);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const s = this.store;
    this.store = undefined;
    await s?.close().catch(() => undefined);
  }

  private async openOrFail(): Promise<SnapshotStore> {
    try {
      return await this.open();
    } catch (e) {
      throw this.fail(e);
    }
  }

  /** The open store, or a new connection (one at a time). */
  private open(): Promise<SnapshotStore> {
    if (this.store) return Promise.resolve(this.store);
    if (this.closed) return Promise.reject(new StoreUnavailable('the store was closed'));
    if (!this.opening) {
      this.opening = postgres()
        .then((pg) => pg.openPostgresStore(this.url, { connectTimeoutMs: EDITOR_CONNECT_TIMEOUT_MS, queryTimeoutMs: EDITOR_QUERY_TIMEOUT_MS }, (e) => this.events.warn(`${this.name}: ${e.message}`)))
        .then(
          (s) => {
            this.opening = undefined;
            if (this.closed) {
              void s.close();
              throw new StoreUnavailable('the store was closed');
            }
            this.store = s;
            this.generation++;
            return s;
          },
          (e) => {
            this.opening = undefined;
            throw e;
          },
        );
    }
    return this.opening;
  }

  /** The store is down: say so (once per new reason), and let the next check reconnect. */
  private fail(e: unknown): StoreUnavailable {
    const reason = (e as Error)?.message ?? String(e);
    const message = reason.includes(this.name) ? reason : `cannot reach the store ${this.name}: ${reason}`;
    const dropped = this.store;
    this.store = undefined;
    void dropped?.close().catch(() => undefined);
    if (this._state !== 'down' || this._error !== message) this.events.warn(message);
    this.set('down', message);
    return new StoreUnavailable(message);
  }

  private set(state: StoreState, error?: string): void {
    if (state === this._state && error === this._error) return;
    this._state = state;
    this._error = error;
    this.events.changed();
  }
}

/** Is this error the store's (the connection, a timeout, the server), not the check's? */
function isStoreFailure(e: unknown): boolean {
  if (e instanceof StoreUnavailable) return true;
  const err = e as { code?: unknown; message?: unknown; severity?: unknown };
  // node-postgres: server errors carry a SQLSTATE and a severity; socket errors a Node code
  if (typeof err?.severity === 'string' && typeof err.code === 'string') return true;
  if (typeof err?.code === 'string' && /^E[A-Z]+$/.test(err.code)) return true;
  return typeof err?.message === 'string' && /timeout|terminated|Connection|connect/i.test(err.message);
}
