// The checker's lookups in PostgreSQL (RemoteBase, ../remote.ts): every query parameterised, long
// lists sent as array parameters in slices.
import type { Pool } from 'pg';
import type { CatalogEntry, FigureLookup, FigureRow, PostingAsk, PostingFilter, PostingRow, RemoteBase, StoredSource, TermStat, WordStat } from '../remote';
import { MAX_ARRAY_PARAM } from './policy';

export class PostgresBase implements RemoteBase {
  constructor(private readonly pool: Pool) {}

  async generation(): Promise<string> {
    const r = await this.pool.query<{ g: string }>('SELECT generation::text AS g FROM grounded_state');
    return r.rows[0]?.g ?? '0';
  }

  async catalog(): Promise<CatalogEntry[]> {
    const r = await this.pool.query<{ id: number; path: string; key: string; meta: CatalogEntry['meta']; passages: number; figures: number; terms: string }>(
      'SELECT id, path, key, meta, passages, figures, terms FROM grounded_sources',
    );
    return r.rows.map((x) => ({ id: x.id, path: x.path, key: x.key, meta: x.meta, passages: x.passages, figures: x.figures, terms: Number(x.terms) }));
  }

  async sources(ids: readonly number[]): Promise<StoredSource[]> {
    return this.sliced(ids, async (part) => {
      const r = await this.pool.query<StoredSource>('SELECT id, text, doc FROM grounded_sources WHERE id = ANY($1::int[])', [part]);
      return r.rows;
    });
  }

  async termStats(terms: readonly string[]): Promise<Map<string, TermStat>> {
    const rows = await this.sliced(terms, async (part) => {
      const r = await this.pool.query<{ term: string; df: string; lower_n: string }>('SELECT term, df, lower_n FROM grounded_terms WHERE term = ANY($1::text[])', [part]);
      return r.rows;
    });
    return new Map(rows.map((x) => [x.term, { df: Number(x.df), lower: Number(x.lower_n) > 0 }]));
  }

  async wordStats(words: readonly string[]): Promise<Map<string, WordStat>> {
    const rows = await this.sliced(words, async (part) => {
      const r = await this.pool.query<{ word: string; lower_n: string; capin_n: string }>('SELECT word, lower_n, capin_n FROM grounded_words WHERE word = ANY($1::text[])', [part]);
      return r.rows;
    });
    return new Map(rows.map((x) => [x.word, { lower: Number(x.lower_n) > 0, capitalisedInside: Number(x.capin_n) > 0 }]));
  }

  async postings(asks: readonly PostingAsk[]): Promise<PostingRow[][]> {
    const out: PostingRow[][] = asks.map(() => []);
    // every (term, ask) as parallel arrays; each ask's only / except sources as (ask, id) pairs
    const wanted = asks.flatMap((a, i) => a.terms.map((term) => ({ term, i })));
    const pairs = (pick: (f: PostingFilter) => number[] | undefined) => {
      const i: number[] = [];
      const id: number[] = [];
      asks.forEach((a, k) => pick(a.filter)?.forEach((x) => (i.push(k), id.push(x))));
      return [i, id];
    };
    const [onlyI, onlyId] = pairs((f) => f.only);
    const [exceptI, exceptId] = pairs((f) => f.except);
    const rows = await this.sliced(wanted, async (part) => {
      const r = await this.pool.query<{ i: number; term: string; source_id: number; idx: number; tf: number; len: number }>(
        `WITH o AS (SELECT * FROM unnest($5::int[], $6::int[]) AS o(i, id)),
              e AS (SELECT * FROM unnest($7::int[], $8::int[]) AS e(i, id))
         SELECT q.i, p.term, p.source_id, p.idx, p.tf, p.len
           FROM unnest($1::text[], $2::int[], $3::int[], $4::bool[]) AS q(term, i, kinds, has_only)
           JOIN grounded_postings p ON p.term = q.term
          WHERE (q.kinds = 0 OR p.kinds & q.kinds <> 0)
            AND (NOT q.has_only OR EXISTS (SELECT 1 FROM o WHERE o.i = q.i AND o.id = p.source_id))
            AND NOT EXISTS (SELECT 1 FROM e WHERE e.i = q.i AND e.id = p.source_id)`,
        [
          part.map((w) => w.term),
          part.map((w) => w.i),
          part.map((w) => asks[w.i].filter.kinds),
          part.map((w) => asks[w.i].filter.only !== undefined),
          onlyI, onlyId, exceptI, exceptId,
        ],
      );
      return r.rows;
    });
    for (const x of rows) out[x.i].push({ term: x.term, source: x.source_id, index: x.idx, tf: x.tf, len: x.len });
    return out;
  }

  async termsWithPrefix(prefix: string, limit: number): Promise<{ term: string; stat: TermStat }[]> {
    const r = await this.pool.query<{ term: string; df: string; lower_n: string }>(
      `SELECT term, df, lower_n FROM grounded_terms WHERE term LIKE $1 AND df > 0 ORDER BY df DESC, term COLLATE "C" LIMIT $2`,
      [prefix.replace(/[\\%_]/g, (c) => '\\' + c) + '%', limit],
    );
    return r.rows.map((x) => ({ term: x.term, stat: { df: Number(x.df), lower: Number(x.lower_n) > 0 } }));
  }

  async figuresBetween(lookups: readonly FigureLookup[]): Promise<FigureRow[][]> {
    const out: FigureRow[][] = lookups.map(() => []);
    const rows = await this.sliced(lookups.map((l, i) => ({ ...l, i })), async (part) => {
      const r = await this.pool.query<{ i: number; source_id: number; idx: number; fig: number }>(
        `SELECT q.i, x.source_id, x.idx, x.fig
           FROM unnest($1::int[], $2::float8[], $3::float8[], $4::int[], $5::int[]) AS q(kinds, lo, hi, lim, i)
           CROSS JOIN LATERAL (
             SELECT f.source_id, f.idx, f.fig, f.value, s.path FROM grounded_figures f JOIN grounded_sources s ON s.id = f.source_id
              WHERE f.value >= q.lo AND f.value <= q.hi AND f.kinds & q.kinds <> 0
              ORDER BY f.value, s.path COLLATE "C", f.idx, f.fig LIMIT q.lim) x
          ORDER BY q.i, x.value, x.path COLLATE "C", x.idx, x.fig`,
        [part.map((l) => l.kinds), part.map((l) => l.lo), part.map((l) => l.hi), part.map((l) => l.limit), part.map((l) => l.i)],
      );
      return r.rows;
    });
    for (const x of rows) out[x.i].push({ source: x.source_id, index: x.idx, fig: x.fig });
    return out;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /** One query per slice of a long list, their rows together. */
  private async sliced<A, R>(list: readonly A[], q: (part: A[]) => Promise<R[]>): Promise<R[]> {
    const out: R[] = [];
    for (let i = 0; i < list.length; i += MAX_ARRAY_PARAM) for (const r of await q(list.slice(i, i + MAX_ARRAY_PARAM))) out.push(r);
    return out;
  }
}
