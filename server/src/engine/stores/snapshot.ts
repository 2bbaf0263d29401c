// A remote base (remote.ts) as the synchronous PassageStore the checker needs. The checker is
// synchronous and a database is not, so each check runs in passes over a snapshot: before the
// first, the statistics of the note's words are fetched; a pass runs the unchanged checker against
// what has been fetched (view.ts) and records what it lacked (sources, term statistics, postings,
// value-index lookups); those are fetched together and the pass runs again. The pass that lacks
// nothing is the answer — the embedded index's, since every value it read is the base's own.
// What was fetched stays with the catalog for later checks until the base changes (its generation).
import { Tokenizer } from '../text';
import { Catalog, Misses, type Posting } from './catalog';
import type { RemoteBase } from './remote';
import { parseFilterKey, SnapshotView } from './view';
import type { PassageStore } from '../store';
import { searchHits, type PassageHit } from '../search';

/** Passes of one check before it gives up: each fetches what the one before found missing. */
export const MAX_PASSES = 12;

/** The words of a text, as the index reads them (tokenizer.ts's word pattern). */
const WORD = /[A-Za-z0-9\u00C0-\u024F]+(?:['\u2019][A-Za-z]+)*/g;

export class CheckDidNotSettle extends Error {}

/** Thrown by a pass that is given up (its note was edited again): the run ends at once, with this error. */
export class PassGivenUp extends Error {}

export class SnapshotStore {
  private catalog: Catalog | null = null;
  private readonly tokenizer = new Tokenizer();
  /** Passes run by the last `run` (for tests and the bench). */
  lastPasses = 0;
  /** The view between checks of the current catalog (viewNow). */
  private shown: { cat: Catalog; view: PassageStore } | undefined;
  /** The end of the last run started: the next one starts after it. */
  private turn: Promise<unknown> = Promise.resolve();

  constructor(readonly remote: RemoteBase) {}

  /** The catalog of the base's current generation (fetched again when the base changed). */
  async current(): Promise<Catalog> {
    const generation = await this.remote.generation();
    if (!this.catalog || this.catalog.generation !== generation) this.catalog = new Catalog(generation, await this.remote.catalog());
    else this.catalog.trim();
    return this.catalog;
  }

  /**
   * Run `fn` (a check, and anything that reads the store's sources after it) against the base:
   * `words` is text whose words' statistics are fetched first (the note). Resolves to fn's result
   * from the first pass that lacked nothing.
   */
  run<T>(words: string, fn: (store: PassageStore) => T): Promise<T> {
    return this.runAsync(words, async (store) => fn(store));
  }

  /**
   * The same, with a pass that may pause (a check in slices, letting other work run between them).
   * Runs take turns: one pass records its misses at a time, so a second run waits for the first.
   * A pass that rejects with no misses rejects the run (a check given up, for one).
   */
  runAsync<T>(words: string, fn: (store: PassageStore) => Promise<T>): Promise<T> {
    const mine = this.turn.then(() => this.passes(words, fn));
    this.turn = mine.catch(() => undefined);
    return mine;
  }

  private async passes<T>(words: string, fn: (store: PassageStore) => Promise<T>): Promise<T> {
    const cat = await this.current();
    const first = new Misses();
    this.wordsOf(cat, words, first);
    await this.fill(cat, first);
    for (let pass = 1; pass <= MAX_PASSES; pass++) {
      const misses = new Misses();
      const view = new SnapshotView(cat, misses, this.tokenizer);
      cat.recorder = misses;
      let result: T | undefined;
      let error: unknown;
      try {
        result = await fn(view);
      } catch (e) {
        error = e;
      } finally {
        cat.recorder = null;
      }
      if (error instanceof PassGivenUp) throw error;
      this.lastPasses = pass;
      if (misses.empty) {
        if (error !== undefined) throw error;
        return result as T;
      }
      await this.fill(cat, misses);
    }
    throw new CheckDidNotSettle(`the check still lacked data from the store after ${MAX_PASSES} passes`);
  }

  /** Free-text search (engine/search.ts) over the base: the embedded index's hits on the same sources. */
  search(query: string, limit = 20, allowSource?: (source: number) => boolean): Promise<PassageHit[]> {
    return this.run(query, (view) => searchHits(view, query, limit, allowSource));
  }

  /** Record as missing the statistics of a text's words not yet fetched: terms, and words as written. */
  private wordsOf(cat: Catalog, text: string, misses: Misses): void {
    for (const m of text.matchAll(WORD)) {
      const raw = m[0];
      const low = raw.toLowerCase();
      for (const w of raw === low ? [low] : [low, raw]) if (!cat.wordStats.has(w)) misses.words.add(w);
      for (const t of [this.tokenizer.termOf(raw), this.tokenizer.termOf(low)]) if (t && !cat.termStats.has(t)) misses.terms.add(t);
    }
  }

  /** Fetch what a pass lacked: lookups first (their sources with them), then sources, then the statistics of every word they hold. */
  private async fill(cat: Catalog, m: Misses): Promise<void> {
    const remote = this.remote;
    await Promise.all([
      (async () => {
        if (!m.postings.size) return;
        const asks = [...m.postings.values()];
        const answers = await remote.postings(asks.map(({ filterKey, terms }) => ({ terms: [...terms], filter: parseFilterKey(filterKey) })));
        asks.forEach(({ filterKey, terms }, i) => {
          const by = new Map<string, Posting[]>([...terms].map((t) => [t, []]));
          for (const r of answers[i]) {
            const ord = cat.ordOf(r.source);
            if (ord !== undefined) by.get(r.term)?.push({ pid: cat.base[ord] + r.index, tf: r.tf, len: r.len });
          }
          for (const [t, list] of by) cat.postings.set(`${t}\0${filterKey}`, list);
        });
      })(),
      (async () => {
        if (!m.figures.size) return;
        const lookups = [...m.figures];
        const answers = await remote.figuresBetween(lookups.map(([, f]) => f));
        lookups.forEach(([key], i) => {
          const out: { pid: number; at: number }[] = [];
          for (const r of answers[i]) {
            const ord = cat.ordOf(r.source);
            if (ord === undefined) continue;
            out.push({ pid: cat.base[ord] + r.index, at: r.fig });
            if (!cat.sources[ord].loaded) m.sources.add(ord);
          }
          cat.figures.set(key, out);
        });
      })(),
      ...[...m.prefixes].map(async ([prefix, limit]) => {
        const rows = await remote.termsWithPrefix(prefix, limit);
        for (const r of rows) cat.termStats.set(r.term, r.stat);
        cat.prefixes.set(`${prefix}\0${limit}`, rows.map((r) => r.term));
      }),
    ]);
    const wanted = [...m.sources].filter((ord) => !cat.sources[ord].loaded);
    if (wanted.length) {
      const got = await remote.sources(wanted.map((ord) => cat.ids[ord]));
      for (const s of got) {
        const ord = cat.ordOf(s.id);
        if (ord === undefined || cat.sources[ord].loaded) continue;
        cat.sources[ord].load(s.text, s.doc);
        this.wordsOf(cat, s.text, m);
      }
    }
    const terms = [...m.terms].filter((t) => !cat.termStats.has(t));
    const words = [...m.words].filter((w) => !cat.wordStats.has(w));
    const [ts, ws] = await Promise.all([terms.length ? remote.termStats(terms) : null, words.length ? remote.wordStats(words) : null]);
    for (const t of terms) cat.termStats.set(t, ts?.get(t) ?? { df: 0, lower: false });
    for (const w of words) cat.wordStats.set(w, ws?.get(w) ?? { lower: false, capitalisedInside: false });
  }

  /** A view of the base between checks: names and keys of its sources, and the texts fetched so far. */
  async view(): Promise<PassageStore> {
    return new SnapshotView(this.catalog ?? (await this.current()), new Misses(), this.tokenizer);
  }

  /** The same, at once (one object per catalog): undefined before the catalog was first fetched. */
  viewNow(): PassageStore | undefined {
    const cat = this.catalog;
    if (!cat) return undefined;
    if (this.shown?.cat !== cat) this.shown = { cat, view: new SnapshotView(cat, new Misses(), this.tokenizer) };
    return this.shown.view;
  }

  async close(): Promise<void> {
    await this.remote.close();
  }
}
