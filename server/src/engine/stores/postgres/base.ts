// The checker's lookups in PostgreSQL (RemoteBase, ../remote.ts): every query parameterised, long
// lists sent as array parameters in slices.
import type { Pool } from 'pg';
import type { CatalogEntry, FigureRow, PostingFilter, PostingRow, RemoteBase, StoredSource, TermStat, WordStat } from '../remote';
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

  async postings(terms: readonly string[], f: PostingFilter): Promise<PostingRow[]> {
    return this.sliced(terms, async (part) => {
      const r = await this.pool.query<{ term: string; source_id: number; idx: number; tf: number; len: number }>(
        `SELECT term, source_id, idx, tf, len FROM grounded_postings
          WHERE term = ANY($1::text[]) AND ($2::int = 0 OR kinds & $2::int <> 0)
            AND ($3::int[] IS NULL OR source_id = ANY($3::int[])) AND ($4::int[] IS NULL OR source_id <> ALL($4::int[]))`,
        [part, f.kinds, f.only ?? null, f.except ?? null],
      );
      return r.rows.map((x) => ({ term: x.term, source: x.source_id, index: x.idx, tf: x.tf, len: x.len }));
    });
  }

  async termsWithPrefix(prefix: string, limit: number): Promise<{ term: string; stat: TermStat }[]> {
    const r = await this.pool.query<{ term: string; df: string; lower_n: string }>(
      `SELECT term, df, lower_n FROM grounded_terms WHERE term LIKE $1 AND df > 0 ORDER BY df DESC, term COLLATE "C" LIMIT $2`,
      [prefix.replace(/[\\%_]/g, (c) => '\\' + c) + '%', limit],
    );
    return r.rows.map((x) => ({ term: x.term, stat: { df: Number(x.df), lower: Number(x.lower_n) > 0 } }));
  }

  async figuresBetween(kinds: number, lo: number, hi: number, limit: number): Promise<FigureRow[]> {
    const r = await this.pool.query<{ source_id: number; idx: number; fig: number }>(
      `SELECT f.source_id, f.idx, f.fig FROM grounded_figures f JOIN grounded_sources s ON s.id = f.source_id
        WHERE f.value >= $1 AND f.value <= $2 AND f.kinds & $3::int <> 0
        ORDER BY f.value, s.path COLLATE "C", f.idx, f.fig LIMIT $4`,
      [lo, hi, kinds, limit],
    );
    return r.rows.map((x) => ({ source: x.source_id, index: x.idx, fig: x.fig }));
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /** One query per slice of a long list, their rows together. */
  private async sliced<A, R>(list: readonly A[], q: (part: A[]) => Promise<R[]>): Promise<R[]> {
    const out: R[] = [];
    for (let i = 0; i < list.length; i += MAX_ARRAY_PARAM) out.push(...(await q(list.slice(i, i + MAX_ARRAY_PARAM))));
    return out;
  }
}
