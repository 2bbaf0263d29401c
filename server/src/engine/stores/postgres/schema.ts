// The store's tables, created and upgraded by numbered migrations (`migrate`), each applied once in
// its own transaction and recorded in grounded_schema. Two loaders or a loader and a checker may
// start together: an advisory lock makes one wait for the other's migration.
//
// grounded_sources   one row per source file: path (unique), content hash, key, metadata, counts,
//                    its text, `doc` (passages with their figures, per-passage lengths and kinds),
//                    and the terms and words it writes in lower case or capitalised inside sentences
// grounded_postings  term → passage (source id, index), term frequency, passage length, kind bits:
//                    the inverted index BM25 reads, the primary key its lookup path (no foreign
//                    keys on this table or grounded_figures: the loader removes a source's rows)
// grounded_figures   every figure's value and kind bits by passage: the value index (btree on value)
// grounded_terms     per term: passages holding it (df) and sources writing it in lower case;
//                    an index by prefix (search's last word)
// grounded_words     per word as written: sources writing it in lower case / capitalised inside a sentence
// A source's share of those counts (its postings, and its lower_terms, lower_words, capin_words)
// is taken back when it is replaced or removed.
// grounded_state     the generation, bumped by every committed load: checkers drop older caches
import type { Pool, PoolClient } from 'pg';

const MIGRATIONS: string[] = [
  `CREATE TABLE grounded_state (id boolean PRIMARY KEY DEFAULT true CHECK (id), generation bigint NOT NULL DEFAULT 0);
   INSERT INTO grounded_state DEFAULT VALUES;
   CREATE TABLE grounded_sources (
     id serial PRIMARY KEY,
     path text NOT NULL UNIQUE,
     hash text NOT NULL,
     key text NOT NULL,
     meta json NOT NULL,
     passages integer NOT NULL,
     figures integer NOT NULL,
     terms bigint NOT NULL,
     text text NOT NULL,
     doc json NOT NULL,
     lower_terms text[] NOT NULL,
     lower_words text[] NOT NULL,
     capin_words text[] NOT NULL);
   CREATE TABLE grounded_postings (
     term text NOT NULL,
     source_id integer NOT NULL REFERENCES grounded_sources(id) ON DELETE CASCADE,
     idx integer NOT NULL,
     tf integer NOT NULL,
     len integer NOT NULL,
     kinds smallint NOT NULL,
     PRIMARY KEY (term, source_id, idx));
   CREATE INDEX grounded_postings_source ON grounded_postings(source_id);
   CREATE TABLE grounded_figures (
     source_id integer NOT NULL REFERENCES grounded_sources(id) ON DELETE CASCADE,
     idx integer NOT NULL,
     fig integer NOT NULL,
     value double precision NOT NULL,
     kinds smallint NOT NULL,
     PRIMARY KEY (source_id, idx, fig));
   CREATE INDEX grounded_figures_value ON grounded_figures(value);
   CREATE TABLE grounded_terms (term text PRIMARY KEY, df bigint NOT NULL, lower_n bigint NOT NULL);
   CREATE TABLE grounded_words (word text PRIMARY KEY, lower_n bigint NOT NULL, capin_n bigint NOT NULL);`,
  // 2: postings and figures without foreign keys (a per-row check at load; the loader deletes a
  // removed source's rows itself), and the terms by prefix for search (text_pattern_ops: LIKE
  // 'pre%' uses the index whatever the database's collation)
  `ALTER TABLE grounded_postings DROP CONSTRAINT IF EXISTS grounded_postings_source_id_fkey;
   ALTER TABLE grounded_figures DROP CONSTRAINT IF EXISTS grounded_figures_source_id_fkey;
   CREATE INDEX grounded_terms_prefix ON grounded_terms (term text_pattern_ops);`,
];

/** The schema version this code reads and writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** Any number: the advisory lock the migrations hold. */
const MIGRATION_LOCK = 0x67726e64;

/** Bring the schema up to SCHEMA_VERSION; a newer schema than this code knows is an error. */
export async function migrate(pool: Pool): Promise<void> {
  const c = await pool.connect();
  try {
    await c.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await c.query('CREATE TABLE IF NOT EXISTS grounded_schema (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const at = await version(c);
    if (at > SCHEMA_VERSION) throw new Error(`the store's schema is version ${at}, newer than this Grounded knows (${SCHEMA_VERSION}): update Grounded`);
    for (let v = at + 1; v <= SCHEMA_VERSION; v++) {
      await c.query('BEGIN');
      try {
        await c.query(MIGRATIONS[v - 1]);
        await c.query('INSERT INTO grounded_schema (version) VALUES ($1)', [v]);
        await c.query('COMMIT');
      } catch (e) {
        await c.query('ROLLBACK');
        throw e;
      }
    }
  } finally {
    await c.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    c.release();
  }
}

async function version(c: PoolClient): Promise<number> {
  const r = await c.query<{ v: number | null }>('SELECT max(version) AS v FROM grounded_schema');
  return r.rows[0]?.v ?? 0;
}

/** Is the schema there and current (a checker does not migrate: it says what to run)? */
export async function schemaReady(pool: Pool): Promise<boolean> {
  const r = await pool.query<{ t: string | null }>("SELECT to_regclass('grounded_schema')::text AS t");
  if (!r.rows[0]?.t) return false;
  const v = await pool.query<{ v: number | null }>('SELECT max(version) AS v FROM grounded_schema');
  return (v.rows[0]?.v ?? 0) === SCHEMA_VERSION;
}
