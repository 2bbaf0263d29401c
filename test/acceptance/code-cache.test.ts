// bin/grounded compiles the bundle with V8's code cache, kept in the CLI's cache folder ("v8"): one
// file per bundle text, Node version and architecture, written after a run that had none or whose
// cache V8 rejected, with every function that run compiled (bytecode is not flushed: a long first
// run's cache holds what it ran early on too). A hit is not written again and reports as a run
// without it; a corrupt file or one made with other V8 flags is rejected by V8 (the bundle compiled
// from its text) and written afresh; another bundle text is another file; --no-cache keeps none; two
// runs at once leave one whole file.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ACME, ROOT, workspace } from './cli-helpers';

const BIN = path.join(ROOT, 'bin/grounded');
const NOTE = '# Acme\n\nAcme sold 15,500 widgets in 2023 [@acme].\n';

describe('bin/grounded: the bundle compiled with a code cache', () => {
  let home: string;
  let dir: string;
  beforeEach(() => {
    assert.ok(fs.existsSync(path.join(ROOT, 'dist/server.js')), 'dist/server.js is missing: run npm run build');
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-code-cache-'));
    dir = workspace({ 'sources/acme.txt': ACME, 'notes/n.md': NOTE });
  });
  afterEach(() => {
    fs.rmSync(home, { recursive: true, force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const v8Dir = () => path.join(home, 'grounded', 'v8');
  const cacheFiles = () => (fs.existsSync(v8Dir()) ? fs.readdirSync(v8Dir()) : []);
  const run = (args: string[], opts: { bin?: string; nodeFlags?: string[] } = {}) => {
    const r = spawnSync(process.execPath, [...(opts.nodeFlags ?? []), opts.bin ?? BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: home } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const check = (opts: { bin?: string; nodeFlags?: string[] } = {}) => run(['check', '--no-cache', '--sources', 'sources', '--format', 'json', 'notes/n.md'], opts);
  const checkCached = (opts: { nodeFlags?: string[] } = {}) => run(['check', '--sources', 'sources', '--format', 'json', 'notes/n.md'], opts);

  it('a first run writes the cache; the next reads it, does not write it again, and reports the same', () => {
    const uncached = check();
    assert.deepEqual(cacheFiles(), [], '--no-cache keeps no code cache either');
    const first = checkCached();
    assert.equal(run(['--version']).code, 0);
    assert.equal(first.stdout, uncached.stdout);
    assert.equal(first.code, 1, 'the wrong figure fails the run');
    const files = cacheFiles();
    assert.equal(files.length, 1);
    assert.match(files[0], new RegExp(`^server-[0-9a-f]{32}-${process.version.replace(/\./g, '\\.')}-${process.arch}\\.cache$`));
    const p = path.join(v8Dir(), files[0]);
    const t = new Date(Date.now() - 3600_000);
    fs.utimesSync(p, t, t);
    const second = checkCached();
    assert.equal(second.stdout, uncached.stdout);
    assert.equal(Math.round(fs.statSync(p).mtimeMs), t.getTime(), 'a hit is not written again');
    assert.deepEqual(cacheFiles(), files);
  });

  it('a corrupt cache file is rejected by V8: the bundle compiled from its text, the report the same, the file written afresh', () => {
    const uncached = check();
    checkCached();
    const [name] = cacheFiles();
    const p = path.join(v8Dir(), name);
    const good = fs.readFileSync(p);
    const bad = Buffer.from(good);
    for (let i = 64; i < bad.length; i += 97) bad[i] ^= 0x5a;
    fs.writeFileSync(p, bad);
    const r = checkCached();
    assert.equal(r.stdout, uncached.stdout);
    assert.equal(r.stderr, '');
    assert.notDeepEqual(fs.readFileSync(p), bad, 'written afresh');
  });

  it('a cache made with other V8 flags is rejected and written afresh (the report the same)', () => {
    const uncached = check();
    checkCached();
    const [name] = cacheFiles();
    const p = path.join(v8Dir(), name);
    const t = new Date(Date.now() - 3600_000);
    fs.utimesSync(p, t, t);
    const r = checkCached({ nodeFlags: ['--no-opt'] });
    assert.equal(r.stdout.length > 0, true);
    assert.equal(JSON.parse(r.stdout).notes[0].figures[0].verdict, JSON.parse(uncached.stdout).notes[0].figures[0].verdict);
    assert.notEqual(Math.round(fs.statSync(p).mtimeMs), t.getTime(), 'rejected, so written again');
  });

  it("a run whose collections flush the bytecode of what is not running (V8's --stress-flush-code) still writes every function it compiled: bin/grounded keeps bytecode (--no-flush-bytecode)", () => {
    // (at exit, before bin/grounded writes its cache: allocation enough for full collections after the
    // check, each of which — with the stress flag, whose flushing is what a long run's collections do
    // by age — drops the bytecode of whatever is not running)
    const pressure = path.join(dir, 'pressure.js');
    fs.writeFileSync(pressure, "process.on('exit', () => { const keep = []; for (let i = 0; i < 200; i++) { keep.push(new Array(250000).fill(i)); if (keep.length > 32) keep.shift(); } });\n");
    // (each run a cold check of its own: the same functions run)
    const cold = (cache: string, nodeFlags: string[] = []) => run(['check', '--sources', 'sources', '--cache', path.join(dir, cache), '--format', 'json', 'notes/n.md'], { nodeFlags });
    const plain = cold('c1');
    const [name] = cacheFiles();
    const whole = fs.statSync(path.join(v8Dir(), name)).size;
    fs.rmSync(path.join(v8Dir(), name));
    const flushing = cold('c2', ['--stress-flush-code', '-r', pressure]);
    assert.equal(flushing.stdout, plain.stdout);
    const kept = fs.statSync(path.join(v8Dir(), name)).size;
    // (flushed by V8's default, the cache held 23% of its bytes here: 0.61 of 2.67 MB)
    assert.ok(kept >= whole * 0.95, `${kept} of ${whole} bytes`);
  });

  it('another bundle text is another cache file', () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-code-cache-bundle-'));
    try {
      fs.mkdirSync(path.join(other, 'bin'));
      fs.mkdirSync(path.join(other, 'dist'));
      fs.copyFileSync(BIN, path.join(other, 'bin/grounded'));
      fs.writeFileSync(path.join(other, 'dist/server.js'), fs.readFileSync(path.join(ROOT, 'dist/server.js'), 'utf8') + '\n// another build\n');
      const a = run(['--version']);
      const b = run(['--version'], { bin: path.join(other, 'bin/grounded') });
      assert.equal(a.stdout, b.stdout);
      assert.equal(cacheFiles().length, 2);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it('the bundle is ASCII and read as its bytes: the cache file named by the SHA-256 of its text (as of its UTF-8)', () => {
    const bytes = fs.readFileSync(path.join(ROOT, 'dist/server.js'));
    assert.ok(bytes.every((b) => b < 0x80), 'scripts/build.mjs writes an ASCII bundle');
    assert.equal(run(['--version']).code, 0);
    const key = createHash('sha256').update(bytes.toString('utf8')).digest('hex').slice(0, 32);
    assert.deepEqual(cacheFiles(), [`server-${key}-${process.version}-${process.arch}.cache`]);
  });

  it('a bundle that is not ASCII is read as UTF-8 (its strings as written), with or without a code cache', () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-code-cache-utf8-'));
    try {
      fs.mkdirSync(path.join(other, 'bin'));
      fs.mkdirSync(path.join(other, 'dist'));
      fs.copyFileSync(BIN, path.join(other, 'bin/grounded'));
      // a bundle of one command that prints a string past ASCII, written as UTF-8 (two and three bytes a character)
      fs.writeFileSync(path.join(other, 'dist/server.js'), "exports.run = () => process.stdout.write('café — ✓\\n');\n", 'utf8');
      const bin = path.join(other, 'bin/grounded');
      for (let k = 0; k < 2; k++) {
        const r = run(['anything'], { bin });
        assert.equal(r.code, 0, r.stderr);
        assert.equal(r.stdout, 'café — ✓\n', k === 0 ? 'compiled from its text' : 'from its code cache');
      }
      const key = createHash('sha256').update(fs.readFileSync(path.join(other, 'dist/server.js'), 'utf8')).digest('hex').slice(0, 32);
      assert.deepEqual(cacheFiles(), [`server-${key}-${process.version}-${process.arch}.cache`]);
      assert.equal(run(['anything', '--no-cache'], { bin }).stdout, 'café — ✓\n');
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it('two runs at once leave one whole cache file, which the next run reads without writing it again', async () => {
    const uncached = check();
    const { spawn } = await import('node:child_process');
    const once = () =>
      new Promise<string>((resolve) => {
        const c = spawn(process.execPath, [BIN, 'check', '--sources', 'sources', '--format', 'json', 'notes/n.md'], { cwd: dir, env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: home } });
        let out = '';
        c.stdout.on('data', (d) => (out += d));
        c.on('close', () => resolve(out));
      });
    const outs = await Promise.all([once(), once(), once()]);
    for (const o of outs) assert.equal(o, uncached.stdout);
    const files = cacheFiles();
    assert.equal(files.length, 1, files.join(', '));
    const p = path.join(v8Dir(), files[0]);
    const t = new Date(Date.now() - 3600_000);
    fs.utimesSync(p, t, t);
    assert.equal(run(['--version']).code, 0);
    assert.equal(Math.round(fs.statSync(p).mtimeMs), t.getTime(), 'whole: V8 took it');
  });
});
