// A second real LSP client: headless Neovim (0.7+, Debian's `neovim`) drives the BUILT server
// (dist/server.js) over stdio with test/lsp/neovim-probe.lua, on a temp copy of examples/.
// scripts/ensure-neovim.sh installs Neovim when it is missing (as root, with apt); when it cannot,
// this suite FAILS with its message: it never passes without having run Neovim. The probe asks for
// its hover once, right after the server is initialized (before the first index is built): the
// server must wait for its index and answer with the real hover, not null.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
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

function runProbe(cwd: string, home: string, hover: Row): Promise<ProbeRun> {
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
  };
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const p = spawn('nvim', ['--headless', '--clean', '-n', '-u', PROBE, NOTE_REL], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    p.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const timer = setTimeout(() => p.kill('SIGKILL'), 45000);
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

describe('Neovim as an LSP client (headless, over stdio)', function () {
  let ws: string | undefined;
  let home: string | undefined;
  let run: ProbeRun;
  const hoverRow = row(ROWS, 7, '350,000');

  before(async function () {
    this.timeout(300000); // apt-get update + install can take a while on a clean machine
    requireBuiltServer();
    const ensure = spawnSync('bash', [ENSURE], { encoding: 'utf8', timeout: 280000 });
    if (ensure.status !== 0) {
      throw new Error(
        `scripts/ensure-neovim.sh failed (exit ${ensure.status}${ensure.signal ? `, signal ${ensure.signal}` : ''}): Neovim is required for this suite.\n${ensure.stdout}${ensure.stderr}`,
      );
    }
    ws = copyExamples('grounded-nvim-');
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-nvim-home-'));
    run = await runProbe(ws, home, hoverRow);
  });
  after(() => {
    removeDir(ws);
    removeDir(home);
  });

  const lines = (prefix: string) =>
    run.stdout
      .split(/\r?\n/)
      .filter((l) => l.startsWith(prefix + ' '))
      .map((l) => l.slice(prefix.length + 1));
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
