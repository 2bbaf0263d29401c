// Acceptance: the built CLI (`dist/server.js check --format json`) on the example workspace and on the
// labelled development set in ../shared (skipped with a message when it is missing; a failure in CI).
// Every expectation must be met.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { requirePrerequisite } from '../prerequisites';
import { testCacheHome } from './cli-helpers';
import { judgeRow, JsonNote, readRows } from './expectations';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/server.js');
/** The commands' cache folder: a temporary one, never the user's. */
const CLI_ENV = { ...process.env, XDG_CACHE_HOME: testCacheHome() };
const SHARED = path.resolve(ROOT, '../shared');

function runCheck(cwd: string, args: string[]): { code: number | null; json: { notes: JsonNote[] }; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', ...args], { cwd, encoding: 'utf8', env: CLI_ENV });
  assert.ok(r.stdout, `no output from grounded check: ${r.stderr}`);
  return { code: r.status, json: JSON.parse(r.stdout), stderr: r.stderr };
}

describe('acceptance: example workspace', () => {
  const rows = readRows(path.join(ROOT, 'test/fixtures/example-expect.tsv'));
  let note: JsonNote;
  let code: number | null;
  let lines: string[];
  before(() => {
    assert.ok(fs.existsSync(CLI), 'dist/server.js is missing: run npm run build');
    const r = runCheck(path.join(ROOT, 'examples'), ['notes/analysis.md']);
    note = r.json.notes[0];
    code = r.code;
    lines = fs.readFileSync(path.join(ROOT, 'examples/notes/analysis.md'), 'utf8').split('\n');
  });
  it('exits 1 because the note has warnings and errors', () => assert.equal(code, 1));
  it('has at least 35 labelled expectations', () => assert.ok(rows.length >= 35, String(rows.length)));
  for (const row of rows) {
    it(`line ${row.line} ${row.text} → ${row.expect}`, () => {
      const miss = judgeRow(note, row, { lines });
      assert.equal(miss, null, miss ?? '');
    });
  }
  it('flags no contradiction that the table does not expect', () => {
    // an ignored line keeps its verdict; only its diagnostics are silenced
    const expected = new Set(rows.filter((r) => r.expect === 'contradicted' || r.expect === 'ignored').map((r) => r.line));
    const extra = note.figures.filter((f) => f.verdict === 'contradicted' && !expected.has(f.line));
    assert.deepEqual(extra.map((f) => `${f.line}:${f.text}`), []);
  });
});

describe('acceptance: development set (../shared/eval-dev)', function () {
  const dev = path.join(SHARED, 'eval-dev');
  before(function () {
    const missing = ['expect.tsv', 'notes.md'].filter((f) => !fs.existsSync(path.join(dev, f)));
    if (!fs.existsSync(path.join(SHARED, 'seeds'))) missing.push('../seeds');
    requirePrerequisite(this, 'the labelled development set', missing.length ? `no ${missing.join(', ')} in ${dev}` : undefined,
      'put the shared development set next to the repository (../shared/eval-dev, ../shared/seeds)');
  });
  it('meets every expectation in expect.tsv', function () {
    const r = runCheck(ROOT, ['--sources', path.join(SHARED, 'seeds'), path.join(dev, 'notes.md')]);
    const note = r.json.notes[0];
    // the set's labels name a figure by its first words ("12 to 18" for "12 to 18 months")
    const lines = fs.readFileSync(path.join(dev, 'notes.md'), 'utf8').split('\n');
    const misses = readRows(path.join(dev, 'expect.tsv'))
      .map((row) => judgeRow(note, row, { lines, prefix: true }))
      .filter((m): m is string => m !== null);
    assert.deepEqual(misses, []);
  });
  it('agrees with the set’s own scorer (score.py)', function () {
    const py = spawnSync('python3', ['--version']);
    requirePrerequisite(this, 'python3', py.status === 0 ? undefined : 'python3 --version did not run', 'install Python 3 (Debian: apt-get install python3)');
    requirePrerequisite(this, 'the set’s scorer', fs.existsSync(path.join(dev, 'score.py')) ? undefined : `no score.py in ${dev}`, 'put the shared development set next to the repository');
    const r = spawnSync(process.execPath, [CLI, 'check', '--sources', path.join(SHARED, 'seeds'), '--format', 'json', path.join(dev, 'notes.md')], { encoding: 'utf8', env: CLI_ENV });
    const out = path.join(fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'grounded-')), 'out.json');
    fs.writeFileSync(out, r.stdout);
    const s = spawnSync('python3', [path.join(dev, 'score.py'), path.join(dev, 'expect.tsv'), out, 'notes.md'], { encoding: 'utf8' });
    assert.equal(s.status, 0, s.stdout + s.stderr);
    assert.match(s.stdout, /precision=1\.00/);
  });
});

describe('acceptance: CLI usage', () => {
  it('exits 2 with a clear message on bad usage', () => {
    const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'xml', 'x.md'], { encoding: 'utf8', env: CLI_ENV });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--format must be text, json or sarif, not "xml"/);
  });
  it('exits 2 when no sources are found', () => {
    const empty = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'grounded-empty-'));
    fs.writeFileSync(path.join(empty, 'n.md'), 'A note with 12 apples.\n');
    const r = spawnSync(process.execPath, [CLI, 'check', 'n.md'], { cwd: empty, encoding: 'utf8', env: CLI_ENV });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /no source files found/);
  });
  it('exits 0 on a clean note and prints a compiler-style summary', () => {
    const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'grounded-clean-'));
    fs.mkdirSync(path.join(dir, 'sources'));
    fs.writeFileSync(path.join(dir, 'sources', 'a.txt'), 'Acme report\n\nAcme sold 12,500 widgets in 2023, up 4.5% on the year before.\n');
    fs.writeFileSync(path.join(dir, 'note.md'), 'Acme sold 12,500 widgets in 2023 [@a].\n');
    const r = spawnSync(process.execPath, [CLI, 'check', 'note.md'], { cwd: dir, encoding: 'utf8', env: CLI_ENV });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /1 note checked against 1 source/);
    assert.match(r.stdout, /No problems/);
  });
  it('skips a binary source with a warning and still checks', () => {
    const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'grounded-bin-'));
    fs.mkdirSync(path.join(dir, 'sources'));
    fs.writeFileSync(path.join(dir, 'sources', 'a.txt'), 'Acme report\n\nAcme sold 12,500 widgets in 2023.\n');
    fs.writeFileSync(path.join(dir, 'sources', 'b.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    fs.writeFileSync(path.join(dir, 'sources', 'c.txt'), Buffer.from('caf\xe9 au lait costs 3 euros\n', 'latin1'));
    fs.writeFileSync(path.join(dir, 'sources', 'd.md'), '---\ntitle: [broken\n---\n\nDelta sold 4,000 widgets.\n');
    fs.writeFileSync(path.join(dir, 'note.md'), 'Acme sold 15,500 widgets in 2023 [@a].\n');
    const r = spawnSync(process.execPath, [CLI, 'check', 'note.md'], { cwd: dir, encoding: 'utf8', env: CLI_ENV });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /b\.txt: warning: skipped: binary file/);
    assert.match(r.stderr, /c\.txt: warning: skipped: not valid UTF-8/);
    assert.match(r.stderr, /d\.md: warning: front matter is not valid YAML.*indexed without its metadata/);
    assert.match(r.stdout, /The note says 15,500; source a says 12,500/);
  });
  it('search prints passages with file:line', () => {
    const r = spawnSync(process.execPath, [CLI, 'search', 'H100 GPUs'], { cwd: path.join(ROOT, 'examples'), encoding: 'utf8', env: CLI_ENV });
    assert.equal(r.status, 0, r.stderr);
    const first = r.stdout.split('\n')[0];
    assert.match(first, /^sources\/001-meta-compute-and-llama3\.txt:\d+: \[@001\] .*H100/);
  });
});
