// `grounded index --store postgres://…`: source files into the store, incrementally. Each file's
// bytes are hashed (with the reader's version): an unchanged file is not read again; a new or
// changed one is read by the same code as the embedded index (decodeSourceFile, buildSource,
// buildPostings) and written with its postings, figures and its share of the term and word
// counts; a file gone from the folders is removed. Sources are written in batches, each one
// transaction, so an interrupted load keeps every batch it committed and a second run does only
// the rest (idempotent, resumable). Loads take a lock: two at once run one after the other.
import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { decodeSourceFile, type DecodeOptions } from '../../formats';
import { buildSource } from '../../sources';
import { Tokenizer } from '../../text';
import type { Source, Warning } from '../../types';
import { errorCode, findFiles, type FileSystem, type SourceSet } from '../../workspace';
import { rowsOf } from '../rows';
import { copyRows } from './copy';
import { BATCH_CHARS, BATCH_SOURCES, MAX_ARRAY_PARAM } from './policy';
import { migrate } from './schema';

export interface LoadSettings {
  sets: SourceSet[];
  exclude: string[];
  maxSourceSizeKB: number;
  decode?: DecodeOptions;
  /** What reads the files (Grounded's version): a new reader reads every file again. */
  reader: string;
}

export interface LoadProgress {
  /** Files handled of all found, sources written so far, bytes read. */
  (p: { done: number; total: number; written: number; bytes: number }): void;
}

export interface LoadResult {
  files: number;
  /** Sources written (new or changed). */
  written: number;
  unchanged: number;
  removed: number;
  /** Bytes of the files read (new or changed). */
  bytes: number;
  warnings: Warning[];
}

/** Any number: the lock one load holds while it writes. */
const LOAD_LOCK = 0x67726e65;

/** A source ready to write: the file's hash and what the indexer read from it. */
interface Pending {
  path: string;
  hash: string;
  source: Source;
}

export async function loadIntoPostgres(pool: Pool, fs: FileSystem, settings: LoadSettings, progress?: LoadProgress): Promise<LoadResult> {
  await migrate(pool);
  const warnings: Warning[] = [];
  const files: string[] = [];
  for (const set of settings.sets) files.push(...(await findFiles(fs, set.root, set.globs, settings.exclude, warnings)));
  const stored = await storedUnder(pool, settings.sets.map((s) => s.root));
  const result: LoadResult = { files: files.length, written: 0, unchanged: 0, removed: 0, bytes: 0, warnings };
  const present = new Set<string>();
  let batch: Pending[] = [];
  let chars = 0;
  // one batch is written while the next is read (the database and this process work side by side)
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (!batch.length) return;
    const next = batch;
    batch = [];
    chars = 0;
    await writing;
    writing = writeBatch(pool, next, stored).then(() => void (result.written += next.length));
    writing.catch(() => undefined); // awaited (and thrown) by the next flush or at the end
  };
  for (let i = 0; i < files.length; i++) {
    const p = files[i];
    const read = await readFile(fs, p, settings.maxSourceSizeKB, warnings);
    if (read) {
      const hash = createHash('sha256').update(settings.reader).update('\0').update(read).digest('hex');
      if (stored.get(p)?.hash === hash) {
        present.add(p);
        result.unchanged++;
      } else {
        const source = await readSource(p, read, settings.decode, warnings);
        if (source) {
          present.add(p);
          result.bytes += read.length;
          batch.push({ path: p, hash, source });
          chars += source.text.length;
          if (batch.length >= BATCH_SOURCES || chars >= BATCH_CHARS) await flush();
        }
      }
    }
    progress?.({ done: i + 1, total: files.length, written: result.written, bytes: result.bytes });
  }
  await flush();
  await writing;
  const gone = [...stored].filter(([p]) => !present.has(p)).map(([, s]) => s.id);
  if (gone.length) {
    await transaction(pool, async (c) => {
      await removeSources(c, gone);
      await c.query('UPDATE grounded_state SET generation = generation + 1');
    });
    result.removed = gone.length;
  }
  return result;
}

/** The sources stored under the folders: path → id, hash. */
async function storedUnder(pool: Pool, roots: string[]): Promise<Map<string, { id: number; hash: string }>> {
  const r = await pool.query<{ id: number; path: string; hash: string }>(
    `SELECT id, path, hash FROM grounded_sources WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) AS r(root) WHERE starts_with(path, r.root))`,
    [roots.map((r) => r.replace(/[\\/]*$/, '/'))],
  );
  return new Map(r.rows.map((x) => [x.path, { id: x.id, hash: x.hash }]));
}

async function readFile(fs: FileSystem, p: string, maxKB: number, warnings: Warning[]): Promise<Uint8Array | undefined> {
  try {
    const st = await fs.stat(p);
    if (st.size > maxKB * 1024) {
      warnings.push({ path: p, message: `skipped: ${(st.size / 1024).toFixed(0)} KB is larger than the ${maxKB} KB limit (grounded.maxSourceSizeKB)` });
      return undefined;
    }
    return await fs.readFile(p);
  } catch (e) {
    warnings.push({ path: p, message: `skipped: cannot read (${errorCode(e)})` });
    return undefined;
  }
}

async function readSource(p: string, bytes: Uint8Array, decode: DecodeOptions | undefined, warnings: Warning[]): Promise<Source | undefined> {
  const d = await decodeSourceFile(p, bytes, decode);
  if ('skip' in d) {
    warnings.push({ path: p, message: `skipped: ${d.skip}` });
    return undefined;
  }
  try {
    const src = buildSource(0, p, d.text, d.extracted);
    if (src.problem) warnings.push({ path: p, message: src.problem });
    return src;
  } catch (e) {
    warnings.push({ path: p, message: `skipped: could not be indexed (${(e as Error).message})` });
    return undefined;
  }
}

async function transaction(pool: Pool, f: (c: PoolClient) => Promise<void>): Promise<void> {
  const c = await pool.connect();
  // the server going away between two statements: the next one fails (and the batch rolls back)
  const lost = () => undefined;
  c.on('error', lost);
  try {
    await c.query('BEGIN');
    await c.query('SELECT pg_advisory_xact_lock($1)', [LOAD_LOCK]);
    await f(c);
    await c.query('COMMIT');
  } catch (e) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    c.off('error', lost);
    c.release();
  }
}

/** Take back the removed sources' shares of the term and word counts, then delete them and their rows. */
async function removeSources(c: PoolClient, ids: number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += MAX_ARRAY_PARAM) {
    const part = ids.slice(i, i + MAX_ARRAY_PARAM);
    await c.query(
      `UPDATE grounded_terms t SET df = t.df - s.df
         FROM (SELECT term, count(*) AS df FROM grounded_postings WHERE source_id = ANY($1::int[]) GROUP BY term) s
        WHERE t.term = s.term`,
      [part],
    );
    await c.query(
      `UPDATE grounded_terms t SET lower_n = t.lower_n - s.n
         FROM (SELECT term, count(*) AS n FROM grounded_sources, unnest(lower_terms) AS term WHERE id = ANY($1::int[]) GROUP BY term) s
        WHERE t.term = s.term`,
      [part],
    );
    await c.query(
      `UPDATE grounded_words w SET lower_n = w.lower_n - s.lower_n, capin_n = w.capin_n - s.capin_n
         FROM (SELECT word, sum(lower) AS lower_n, sum(capin) AS capin_n FROM (
                 SELECT word, 1 AS lower, 0 AS capin FROM grounded_sources, unnest(lower_words) AS word WHERE id = ANY($1::int[])
                 UNION ALL
                 SELECT word, 0, 1 FROM grounded_sources, unnest(capin_words) AS word WHERE id = ANY($1::int[])) x GROUP BY word) s
        WHERE w.word = s.word`,
      [part],
    );
    await c.query('DELETE FROM grounded_postings WHERE source_id = ANY($1::int[])', [part]);
    await c.query('DELETE FROM grounded_figures WHERE source_id = ANY($1::int[])', [part]);
    await c.query('DELETE FROM grounded_sources WHERE id = ANY($1::int[])', [part]);
  }
}

/** Write a batch of sources in one transaction: replaced ones first taken out, then rows and counts, then a new generation. */
async function writeBatch(pool: Pool, batch: Pending[], stored: Map<string, { id: number; hash: string }>): Promise<void> {
  const tokenizer = new Tokenizer();
  const rows = batch.map((b) => rowsOf(b.source, tokenizer));
  await transaction(pool, async (c) => {
    const replaced = batch.map((b) => stored.get(b.path)?.id).filter((id): id is number => id !== undefined);
    if (replaced.length) await removeSources(c, replaced);
    // the new sources' ids first, then every table by COPY
    const seq = await c.query<{ id: number }>("SELECT nextval(pg_get_serial_sequence('grounded_sources', 'id'))::int AS id FROM generate_series(1, $1::int)", [batch.length]);
    const ids = seq.rows.map((r) => r.id);
    await copyRows(
      c,
      'grounded_sources (id, path, hash, key, meta, passages, figures, terms, text, doc, lower_terms, lower_words, capin_words)',
      batch.map((b, i) => {
        const r = rows[i];
        return [
          ids[i], b.path, b.hash, b.source.key, JSON.stringify(b.source.meta), b.source.passages.length, r.figures, r.terms, b.source.text, JSON.stringify(r.doc),
          r.sourceTerms.filter((t) => t.lower).map((t) => t.term), r.sourceWords.filter((w) => w.lower).map((w) => w.word), r.sourceWords.filter((w) => w.capin).map((w) => w.word),
        ];
      }),
    );
    // postings in the order of their index (term, source, passage): the btree is filled page by page
    const postings: [string, number, number, number, number, number][] = [];
    rows.forEach((r, i) => {
      for (const p of r.postings) postings.push([p.term, ids[i], p.idx, p.tf, p.len, p.kinds]);
    });
    postings.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2]));
    await copyRows(c, 'grounded_postings (term, source_id, idx, tf, len, kinds)', postings);
    await copyRows(c, 'grounded_figures (source_id, idx, fig, value, kinds)', rows.flatMap((r, i) => r.figureRows.map((f) => [ids[i], f.idx, f.fig, f.value, f.kinds])));
    // the counts, summed over the batch, in term order (one order for every writer: no deadlock)
    const terms = new Map<string, { df: number; lower: number }>();
    for (const r of rows) for (const t of r.sourceTerms) {
      const e = terms.get(t.term) ?? { df: 0, lower: 0 };
      e.df += t.df;
      e.lower += t.lower ? 1 : 0;
      terms.set(t.term, e);
    }
    const words = new Map<string, { lower: number; capin: number }>();
    for (const r of rows) for (const w of r.sourceWords) {
      const e = words.get(w.word) ?? { lower: 0, capin: 0 };
      e.lower += w.lower ? 1 : 0;
      e.capin += w.capin ? 1 : 0;
      words.set(w.word, e);
    }
    const tk = [...terms.keys()].sort();
    const wk = [...words.keys()].sort();
    await addCounts(c, 'grounded_terms', 'term', ['df', 'lower_n'], tk, (t) => [terms.get(t)!.df, terms.get(t)!.lower]);
    await addCounts(c, 'grounded_words', 'word', ['lower_n', 'capin_n'], wk, (w) => [words.get(w)!.lower, words.get(w)!.capin]);
    await c.query('UPDATE grounded_state SET generation = generation + 1');
  });
}

/**
 * Add counts to the rows of `table` keyed by `keys` (in the given order), inserting the rows that
 * are missing: one parameterised statement per slice. The table and column names are the code's own.
 */
async function addCounts(c: PoolClient, table: string, key: string, counts: [string, string], keys: string[], of: (k: string) => [number, number]): Promise<void> {
  const [a, b] = counts;
  for (let i = 0; i < keys.length; i += MAX_ARRAY_PARAM) {
    const part = keys.slice(i, i + MAX_ARRAY_PARAM);
    const values = part.map(of);
    await c.query(
      `INSERT INTO ${table} (${key}, ${a}, ${b}) SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[])
       ON CONFLICT (${key}) DO UPDATE SET ${a} = ${table}.${a} + excluded.${a}, ${b} = ${table}.${b} + excluded.${b}`,
      [part, values.map((v) => v[0]), values.map((v) => v[1])],
    );
  }
}
