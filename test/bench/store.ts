// `npm run bench:store [CORPUS_DIR] [--note FILE] [--no-embedded]`: the PostgreSQL store against a
// real server (GROUNDED_TEST_PG, as .ci/postgres.sh exports it; a fresh database grounded_bench is
// made on it). Measures the load rate (MB/s of source files), a second load that finds nothing
// changed, and the latency of checking the benchmark's 300-line note through the store: cold (a new
// store: the catalog, then each pass's lookups) and warm (the same note again), beside the embedded
// index; the reports must be equal. For the generated 100 MB corpus of `npm run bench:scale`
// (GROUNDED_BENCH_BIG=1 node dist/scale.js --shapes 100MB leaves it in the temporary folder):
// `--note` takes its note.md instead of generating one from an embedded index, and
// `--no-embedded` leaves out the embedded index (minutes and gigabytes at that size).
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import { checkNote, type NoteReport } from '../../server/src/engine/check';
import { SnapshotStore } from '../../server/src/engine/stores';
import { loadPostgresStore, openPostgresStore } from '../../server/src/engine/stores/postgres/index';
import { folderSet, loadWorkspace, NodeFileSystem, DEFAULT_CONFIG } from '../../server/src/engine/workspace';
import { generateNote } from './note';

const ROOT = path.resolve(__dirname, '../..');

async function main(): Promise<void> {
  const admin = process.env.GROUNDED_TEST_PG;
  if (!admin) throw new Error('GROUNDED_TEST_PG is not set: .ci/postgres.sh start DIR && source DIR/env');
  const args = process.argv.slice(2);
  const flag = (name: string) => args.includes(name);
  const noteAt = args.indexOf('--note');
  const notePath = noteAt >= 0 ? args[noteAt + 1] : undefined;
  const positional = args.filter((a, i) => !a.startsWith('--') && (noteAt < 0 || i !== noteAt + 1));
  const corpusDir = path.resolve(positional[0] ?? path.join(ROOT, '../shared/corpora/bbc-news'));
  const c = new Client({ connectionString: admin });
  await c.connect();
  await c.query('DROP DATABASE IF EXISTS grounded_bench WITH (FORCE)');
  await c.query('CREATE DATABASE grounded_bench');
  await c.end();
  const u = new URL(admin);
  u.pathname = '/grounded_bench';
  const url = u.toString();
  const fs = new NodeFileSystem();
  const settings = { sets: [folderSet(corpusDir)], exclude: DEFAULT_CONFIG.exclude, maxSourceSizeKB: DEFAULT_CONFIG.maxSourceSizeKB, reader: 'bench' };

  let t = performance.now();
  const load = await loadPostgresStore(url, fs, settings);
  const loadS = (performance.now() - t) / 1000;
  t = performance.now();
  const again = await loadPostgresStore(url, fs, settings);
  const againS = (performance.now() - t) / 1000;

  const withEmbedded = !flag('--no-embedded');
  const corpus = withEmbedded || !notePath ? (await loadWorkspace(fs, settings.sets, { ...DEFAULT_CONFIG })).corpus : undefined;
  const note = notePath ? readFileSync(notePath, 'utf8') : generateNote(corpus!).text;
  let embedded: NoteReport | undefined;
  let embeddedMs = 0;
  let embeddedWarmMs = 0;
  if (withEmbedded) {
    t = performance.now();
    embedded = checkNote(note, corpus!);
    embeddedMs = performance.now() - t;
    t = performance.now();
    checkNote(note, corpus!);
    embeddedWarmMs = performance.now() - t;
  }

  const timed = async (store: SnapshotStore) => {
    const t0 = performance.now();
    const report = await store.run(note, (view) => checkNote(note, view));
    return { report, ms: performance.now() - t0, passes: store.lastPasses };
  };
  const store = await openPostgresStore(url);
  const cold = await timed(store);
  const warm = await timed(store);
  await store.close();
  const same = embedded ? JSON.stringify(said(cold.report)) === JSON.stringify(said(embedded)) : undefined;

  const mb = load.bytes / 1e6;
  console.log(`corpus: ${corpusDir} (${load.files} files, ${mb.toFixed(1)} MB)`);
  console.log(`load into PostgreSQL: ${loadS.toFixed(1)} s, ${(mb / loadS).toFixed(2)} MB/s (${load.written} sources written)`);
  console.log(`load again, nothing changed: ${againS.toFixed(1)} s (${again.unchanged} unchanged, ${again.written} written)`);
  const emb = embedded ? `embedded cold ${embeddedMs.toFixed(0)} ms, warm ${embeddedWarmMs.toFixed(0)} ms; ` : '';
  console.log(`check of a ${note.split('\n').length}-line note: ${emb}store cold ${cold.ms.toFixed(0)} ms in ${cold.passes} passes; store warm ${warm.ms.toFixed(0)} ms in ${warm.passes} pass`);
  console.log(`store: ${(await storeSize(url)) ?? '?'} on disk; the check found ${cold.report.figures.length} figures, ${cold.report.diagnostics.length} findings`);
  if (same !== undefined) console.log(`reports equal to the embedded index's: ${same ? 'yes' : 'NO'}`);
  if (same === false) process.exitCode = 1;
}

/** The database's size on disk, for people. */
async function storeSize(url: string): Promise<string | undefined> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<{ s: string }>('SELECT pg_size_pretty(pg_database_size(current_database())) AS s')).rows[0]?.s;
  } finally {
    await c.end();
  }
}

/** A report without object identities. */
function said(r: NoteReport): unknown {
  return {
    d: r.diagnostics.map((d) => [d.code, d.start, d.end, d.message]),
    f: r.figures.map((f) => [f.figure.start, f.verdict, f.evidence.map((e) => [e.source.path, e.start, e.end, e.score])]),
    q: r.quotes.map((q) => [q.quote.start, q.verdict, q.evidence.map((e) => [e.source.path, e.start, e.end])]),
  };
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
