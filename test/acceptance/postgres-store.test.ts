// The PostgreSQL store against a real server (.ci/postgres.sh starts one for .ci/run and exports
// GROUNDED_TEST_PG; without one the suite is skipped with a line saying how to start it, and fails
// in CI): `grounded index --store` loads the development sets' sources, `grounded check --store`
// gives exactly the embedded index's report; a load is incremental, and one interrupted by the
// server going down resumes where it stopped.
import * as assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { requirePrerequisite } from '../prerequisites';
import { CLI, grounded, groundedProcess, ROOT } from './cli-helpers';

const SHARED = path.resolve(ROOT, '../shared');
const ADMIN = process.env.GROUNDED_TEST_PG;
const SERVER_DIR = process.env.GROUNDED_TEST_PG_DIR;
const START = 'run the tests through .ci/run, or start a server: .ci/postgres.sh start DIR && source DIR/env';

/** A fresh database on the test server; its URL. */
async function createDatabase(name: string): Promise<string> {
  const c = new Client({ connectionString: ADMIN });
  await c.connect();
  try {
    await c.query(`DROP DATABASE IF EXISTS ${name}`);
    await c.query(`CREATE DATABASE ${name}`);
  } finally {
    await c.end();
  }
  const u = new URL(ADMIN!);
  u.pathname = '/' + name;
  return u.toString();
}

async function dropDatabase(name: string): Promise<void> {
  const c = new Client({ connectionString: ADMIN });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => c.end());
}

async function query<T extends Record<string, unknown>>(url: string, sql: string): Promise<T[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

/** The store's term and word counts (those still counted), for comparing two loads. */
async function counts(url: string): Promise<string[]> {
  const t = await query<{ term: string; df: string; lower_n: string }>(url, 'SELECT term, df, lower_n FROM grounded_terms WHERE df > 0 ORDER BY term COLLATE "C"');
  const w = await query<{ word: string; lower_n: string; capin_n: string }>(url, 'SELECT word, lower_n, capin_n FROM grounded_words WHERE lower_n > 0 OR capin_n > 0 ORDER BY word COLLATE "C"');
  return [...t.map((r) => `t ${r.term} ${r.df} ${r.lower_n}`), ...w.map((r) => `w ${r.word} ${r.lower_n} ${r.capin_n}`)];
}

/** "N files: W written, U unchanged, R removed" of grounded index's summary. */
function summary(stdout: string): { files: number; written: number; unchanged: number; removed: number } {
  const m = /(\d+) files: (\d+) written, (\d+) unchanged, (\d+) removed/.exec(stdout);
  assert.ok(m, `no summary in: ${stdout}`);
  return { files: +m[1], written: +m[2], unchanged: +m[3], removed: +m[4] };
}

/** The JSON report of a check, parsed (the same notes, the same sources: equal when the verdicts are). */
async function checkJson(args: string[]): Promise<unknown> {
  const r = await grounded(ROOT, ['check', '--format', 'json', ...args]);
  assert.ok(r.code === 0 || r.code === 1, `check failed (${r.code}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}

function pgServer(cmd: 'kill' | 'restart'): void {
  execFileSync('bash', [path.join(ROOT, '.ci/postgres.sh'), cmd, SERVER_DIR!], { stdio: 'inherit' });
}

describe('PostgreSQL store (a real server)', function () {
  this.timeout(900_000);
  const made: string[] = [];
  const db = async (name: string) => {
    made.push(name);
    return createDatabase(name);
  };
  before(function () {
    requirePrerequisite(this, 'a PostgreSQL server for the store tests', ADMIN ? undefined : 'GROUNDED_TEST_PG is not set', START);
  });
  after(async () => {
    for (const name of made) await dropDatabase(name).catch(() => undefined);
  });

  it('checks the development notes with the embedded index’s exact report (seeds)', async function () {
    const seeds = path.join(SHARED, 'seeds');
    const notes = path.join(SHARED, 'eval-dev/notes.md');
    requirePrerequisite(this, 'the development set', fs.existsSync(notes) && fs.existsSync(seeds) ? undefined : `no ${notes}`, 'put the shared development set next to the repository');
    const url = await db('grounded_t_seeds');
    const load = await grounded(ROOT, ['index', '--store', url, '--sources', seeds]);
    assert.equal(load.code, 0, load.stderr);
    assert.deepEqual(summary(load.stdout), { files: 4, written: 4, unchanged: 0, removed: 0 });
    assert.deepEqual(await checkJson(['--store', url, notes]), await checkJson(['--sources', seeds, notes]));
    // a second load finds nothing to do
    assert.deepEqual(summary((await grounded(ROOT, ['index', '--store', url, '--sources', seeds])).stdout), { files: 4, written: 0, unchanged: 4, removed: 0 });
  });

  it('loads incrementally: a changed file replaced, a new one added, a deleted one removed, the counts those of a fresh load', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-pg-'));
    const src = path.join(dir, 'sources');
    fs.mkdirSync(src);
    fs.writeFileSync(path.join(src, 'a.txt'), 'Rivertown Budget\n\nThe council spent £4.2m on roads in 2023. Mayor Ellis said the Bridge project cost 12 percent more.\n');
    fs.writeFileSync(path.join(src, 'b.txt'), 'Harbour Report\n\nThe harbour handled 350,000 containers last year, up 8% on 2022.\n');
    fs.writeFileSync(path.join(src, 'c.txt'), 'Schools\n\nThere are 41 schools in the district, and 9,800 pupils.\n');
    const note = path.join(dir, 'note.md');
    fs.writeFileSync(note, '# Note\n\nThe council spent £4.5m on roads in 2023 [@a]. The harbour handled 350,000 containers [@b].\nThe district has 41 schools [@c] and 10,000 pupils [@c]. Ellis spoke of a new wharf [@d].\n');
    const url = await db('grounded_t_incr');
    assert.equal((await grounded(ROOT, ['index', '--store', url, '--sources', src])).code, 0);
    fs.writeFileSync(path.join(src, 'a.txt'), 'Rivertown Budget\n\nThe council spent £4.5m on roads in 2023. The mayor said the bridge cost more.\n');
    fs.rmSync(path.join(src, 'b.txt'));
    fs.writeFileSync(path.join(src, 'd.txt'), 'Wharf\n\nEllis opened the new wharf, which cost $3 million.\n');
    const again = await grounded(ROOT, ['index', '--store', url, '--sources', src]);
    assert.equal(again.code, 0, again.stderr);
    assert.deepEqual(summary(again.stdout), { files: 3, written: 2, unchanged: 1, removed: 1 });
    const fresh = await db('grounded_t_fresh');
    assert.equal((await grounded(ROOT, ['index', '--store', fresh, '--sources', src])).code, 0);
    assert.deepEqual(await counts(url), await counts(fresh));
    const viaStore = await checkJson(['--store', url, note]);
    assert.deepEqual(viaStore, await checkJson(['--sources', src, note]));
    // the note's figures were judged against the changed source, not the one it replaced
    const verdicts = (viaStore as { notes: { figures: { text: string; verdict: string }[] }[] }).notes[0].figures.map((f) => `${f.text} ${f.verdict}`);
    assert.ok(verdicts.includes('£4.5m supported'), verdicts.join('; '));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('resumes a load the server’s crash interrupted, then checks the BBC notes with the embedded index’s exact report', async function () {
    const bbc = path.join(SHARED, 'corpora/bbc-news');
    const notes = path.join(SHARED, 'eval-dev/bbc/notes.md');
    requirePrerequisite(this, 'the BBC corpus and its notes', fs.existsSync(bbc) && fs.existsSync(notes) ? undefined : `no ${bbc} or ${notes}`, 'put the shared corpora next to the repository (../shared/corpora/bbc-news)');
    requirePrerequisite(this, 'a server the test may stop and start', SERVER_DIR ? undefined : 'GROUNDED_TEST_PG_DIR is not set', START);
    const url = await db('grounded_t_bbc');
    // the load in its own process (as a user runs it), so that this one can watch and interrupt it
    assert.ok(fs.existsSync(CLI), 'dist/server.js is missing: run npm run build');
    const child = spawn(process.execPath, [CLI, 'index', '--store', url, '--sources', bbc], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    let settled = false;
    void exited.then(() => (settled = true));
    // wait for the first batches to commit, then take the server down at once (as a crash would)
    for (let n = 0; n < 200; ) {
      assert.ok(!settled, `the load ended before it could be interrupted: ${stdout} ${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
      n = Number((await query<{ n: string }>(url, "SELECT count(*) AS n FROM grounded_sources").catch(() => [{ n: '0' }]))[0].n);
    }
    pgServer('kill');
    let interrupted;
    try {
      interrupted = { code: await exited, stdout, stderr };
    } finally {
      pgServer('restart');
    }
    assert.equal(interrupted.code, 3, interrupted.stdout);
    assert.match(interrupted.stderr, /run the same command again to finish/);
    const kept = Number((await query<{ n: string }>(url, 'SELECT count(*) AS n FROM grounded_sources'))[0].n);
    assert.ok(kept >= 200, String(kept));
    // the same build again (another build would read every file again: its engine hash differs)
    const resumed = groundedProcess(ROOT, ['index', '--store', url, '--sources', bbc]);
    assert.equal(resumed.code, 0, resumed.stderr);
    const s = summary(resumed.stdout);
    assert.equal(s.unchanged, kept);
    assert.equal(s.written + s.unchanged, s.files);
    assert.deepEqual(await checkJson(['--store', url, notes]), await checkJson(['--sources', bbc, notes]));
    // search: the same passages in the same order, for words, a last word being typed (a prefix) and a figure
    for (const q of ['mobile phone sales', 'broadband subscri', 'oil prices rose', '50,000', 'Chelsea v']) {
      const viaStore = await grounded(ROOT, ['search', '--store', url, '--limit', '8', q]);
      const embedded = await grounded(ROOT, ['search', '--no-cache', '--sources', bbc, '--limit', '8', q]);
      assert.equal(viaStore.code, embedded.code, `${q}: ${viaStore.stderr}`);
      assert.ok(embedded.stdout.split('\n').length > 2, `${q}: the embedded search finds too little to compare: ${embedded.stdout}`);
      assert.equal(viaStore.stdout, embedded.stdout, q);
    }
  });

  it('says which store is down, without its password, and exits 2', async () => {
    const r = await grounded(ROOT, ['check', '--store', 'postgres://reader:s3cret@127.0.0.1:1/base', path.join(ROOT, 'examples/notes/analysis.md')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot reach the store postgres:\/\/reader@127\.0\.0\.1:1\/base/);
    assert.doesNotMatch(r.stderr + r.stdout, /s3cret/);
  });
});
