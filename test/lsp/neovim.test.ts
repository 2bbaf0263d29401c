// A second real LSP client: headless Neovim (0.7+, Debian's `neovim`) drives the BUILT server
// (dist/server.js) over stdio with test/lsp/neovim-probe.lua, on a temp copy of examples/.
// scripts/ensure-neovim.sh installs Neovim when it is missing (as root, with apt); when it cannot,
// this suite FAILS with its message: it never passes without having run Neovim. The probe asks for
// its hover once, right after the server is initialized (before the first index is built): the
// server must wait for its index and answer with the real hover, not null. A second run opens, next
// to the good note, a note of each hostile shape issue 10 names (deep nesting, a sentence full of
// figures, long runs of markdown and citation syntax, a note over the size limit on disk): each gets
// its diagnostics, and the good note still answers its hover and follows its edits.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { hostileNotes, hugeNote } from '../bench/hostile-cases';
import { copyExamples, EXAMPLES, loadRows, NOTE_REL, removeDir, REPO, requireBuiltServer, row, Row, rowsWith, SERVER_JS } from './helpers';

const ENSURE = path.join(REPO, 'scripts', 'ensure-neovim.sh');
const PROBE = path.join(__dirname, 'neovim-probe.lua');
const NOTE_TEXT = fs.readFileSync(path.join(EXAMPLES, NOTE_REL), 'utf8');
const ROWS = loadRows(NOTE_TEXT);
const NOTE_LINES = NOTE_TEXT.split('\n');

/** Neovim columns are byte offsets in the line. */
function byteCol(r: Row, character = r.range.start.character): number {
  return Buffer.byteLength(NOTE_LINES[r.line].slice(0, character), 'utf8');
}

interface ProbeRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function runProbe(cwd: string, home: string, hover: Row, extra: NodeJS.ProcessEnv = {}, killAfterMs = 45000): Promise<ProbeRun> {
  const mid = Math.floor((hover.range.start.character + hover.range.end.character) / 2);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_STATE_HOME: path.join(home, '.local', 'state'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    LSP_CMD: JSON.stringify([process.execPath, SERVER_JS, 'lsp', '--stdio']),
    HOVER_LINE: String(hover.line1),
    HOVER_COL: String(byteCol(hover, mid)),
    WAIT_CODE: 'figure-mismatch',
    ...extra,
  };
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const p = spawn('nvim', ['--headless', '--clean', '-n', '-u', PROBE, NOTE_REL], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    p.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const timer = setTimeout(() => p.kill('SIGKILL'), killAfterMs);
    p.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    p.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - t0 });
    });
  });
}

/** Neovim, installed when missing (scripts/ensure-neovim.sh); the suite fails when it cannot be. */
function ensureNeovim(): void {
  const ensure = spawnSync('bash', [ENSURE], { encoding: 'utf8', timeout: 280000 });
  if (ensure.status !== 0) {
    throw new Error(
      `scripts/ensure-neovim.sh failed (exit ${ensure.status}${ensure.signal ? `, signal ${ensure.signal}` : ''}): Neovim is required for this suite.\n${ensure.stdout}${ensure.stderr}`,
    );
  }
}

/** Lines of the probe's output that start with a tag. */
const linesOf = (run: ProbeRun, prefix: string) =>
  run.stdout
    .split(/\r?\n/)
    .filter((l) => l.startsWith(prefix + ' '))
    .map((l) => l.slice(prefix.length + 1));

describe('Neovim as an LSP client (headless, over stdio)', function () {
  let ws: string | undefined;
  let home: string | undefined;
  let run: ProbeRun;
  const hoverRow = row(ROWS, 7, '350,000');

  before(async function () {
    this.timeout(300000); // apt-get update + install can take a while on a clean machine
    requireBuiltServer();
    ensureNeovim();
    ws = copyExamples('grounded-nvim-');
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-nvim-home-'));
    run = await runProbe(ws, home, hoverRow);
  });
  after(() => {
    removeDir(ws);
    removeDir(home);
  });

  const lines = (prefix: string) => linesOf(run, prefix);
  const context = () => `exit ${run.code}, ${run.ms} ms\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}`;

  it('the probe runs to the end and exits 0', () => {
    assert.deepEqual(lines('FAIL'), [], context());
    assert.equal(run.code, 0, context());
    assert.ok(run.stdout.includes('\nDONE') || run.stdout.startsWith('DONE'), context());
  });

  it('the server initializes', () => {
    assert.deepEqual(lines('INITIALIZED'), ['grounded-probe'], context());
  });

  it('hover on a supported figure, asked once right after start-up, says Supported and names the source', () => {
    const [hover] = lines('HOVER');
    assert.ok(hover, `no HOVER line\n${context()}`);
    assert.match(hover, /Supported/);
    assert.ok(hover.includes('`001`'), `hover should name the source key 001: ${hover}`);
    assert.ok(hover.includes('001-meta-compute-and-llama3.txt'), `hover should link the source file: ${hover}`);
    assert.ok(hover.includes('350, 000'), `hover should quote the source's figure: ${hover}`);
  });

  it('DIAG lines carry the figure-mismatch for every contradicted row, at its position', () => {
    const diags = lines('DIAG');
    assert.ok(diags.length > 0, `no DIAG lines\n${context()}`);
    for (const r of rowsWith(ROWS, 'contradicted')) {
      const at = `${r.line1}:${byteCol(r)} [figure-mismatch] `;
      const d = diags.find((x) => x.startsWith(at));
      assert.ok(d, `no "${at}…" among:\n${diags.join('\n')}`);
      assert.ok(d.includes(`The note says ${r.text}`), d);
    }
    const unknown = rowsWith(ROWS, 'unknown-source')[0];
    assert.ok(diags.some((x) => x.startsWith(`${unknown.line1}:`) && x.includes('[unknown-source]') && x.includes('@009')), diags.join('\n'));
  });

  it('the JSON line carries the raw hover and diagnostics', () => {
    const [json] = lines('JSON');
    assert.ok(json, context());
    const data = JSON.parse(json) as { hover: { contents: { kind: string; value: string } }; diagnostics: { code: string }[] };
    assert.equal(data.hover.contents.kind, 'markdown');
    assert.ok(data.diagnostics.some((d) => d.code === 'figure-mismatch'));
  });
});

/** The hostile shapes of issue 10, each a note opened in Neovim next to the good note; and one over the size limit, on disk. */
const HOSTILE = Object.fromEntries(Object.entries(hostileNotes('001')).map(([name, text]) => [`notes/${name}`, text]));
const TOO_LARGE = 'notes/hostile-20mb.md';

describe('Neovim: a good note next to hostile ones', function () {
  let ws: string | undefined;
  let home: string | undefined;
  let run: ProbeRun;
  const hoverRow = row(ROWS, 7, '350,000');
  const contradicted = row(ROWS, 9, '250,000');

  before(async function () {
    this.timeout(300000);
    requireBuiltServer();
    ensureNeovim();
    ws = copyExamples('grounded-nvim-hostile-');
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-nvim-home-'));
    for (const [rel, text] of Object.entries(HOSTILE)) fs.writeFileSync(path.join(ws, rel), text);
    fs.writeFileSync(path.join(ws, TOO_LARGE), hugeNote(20, '001'));
    run = await runProbe(ws, home, hoverRow, { HOSTILE: Object.keys(HOSTILE).join(','), FIX_LINE: String(contradicted.line1), FIX_FROM: '250,000', FIX_TO: '350,000', WAIT_MS: '60000' }, 240000);
  });
  after(() => {
    removeDir(ws);
    removeDir(home);
  });

  const lines = (prefix: string) => linesOf(run, prefix);
  const context = () => `exit ${run.code}, ${run.ms} ms\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}`;

  it('the probe runs to the end and exits 0; the hover right after start-up is the real one', () => {
    assert.deepEqual(lines('FAIL'), [], context());
    assert.equal(run.code, 0, context());
    assert.match(lines('HOVER')[0] ?? '', /Supported/, context());
  });

  it('every hostile note opened gets its diagnostics published', () => {
    const published = new Map(lines('PUBLISHED').map((l) => l.split(' ') as [string, string]));
    for (const rel of Object.keys(HOSTILE)) assert.match(published.get(rel) ?? 'none', /^\d+$/, `${rel}: ${published.get(rel)}\n${context()}`);
  });

  it('with the hostile notes open (and a 20 MB note on disk), the good note still answers its hover and follows an edit', () => {
    assert.ok(lines('DIAG').some((d) => d.startsWith(`${contradicted.line1}:`) && d.includes('[figure-mismatch]')), `before the edit, a mismatch on line ${contradicted.line1}\n${context()}`);
    assert.match(lines('HOVER_AFTER')[0] ?? '', /Supported/, context());
    assert.deepEqual(lines('FIXED'), ['0'], context());
  });
});
