// Installing the CLI: `npm pack` gives a small tarball with no dependencies (dist/server.js is a
// self-contained esbuild bundle) that `npm install -g` installs offline into a fresh prefix, with a
// working `grounded` command. Packs the current build (--ignore-scripts: the prepack script would
// only rebuild it minified).
import * as assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ACME, CLI, NOTE, ROOT, testCacheHome, workspace } from './cli-helpers';

/** npm with the environment of a shell, not of the `npm test` that may be running us. */
function npm(args: string[], opts: SpawnSyncOptions = {}) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  const r = spawnSync('npm', args, { encoding: 'utf8', env, ...opts });
  assert.equal(r.status, 0, `npm ${args.join(' ')}:\n${r.stdout}\n${r.stderr}`);
  return r;
}

describe('install: npm pack, then npm install -g from the tarball', function () {
  this.timeout(180_000);
  let tmp: string;
  let prefix: string;
  let tarball: string;
  let files: { path: string; size: number }[];
  let bin: string;

  before(() => {
    assert.ok(fs.existsSync(CLI), 'dist/server.js is missing: run npm run build');
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-pack-'));
    prefix = path.join(tmp, 'prefix');
    const packed = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], { cwd: ROOT }).stdout as string)[0];
    tarball = path.join(tmp, packed.filename);
    files = packed.files;
  });

  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('packs only what runs and what documents it: no sources, tests, maps or node_modules', () => {
    const paths = files.map((f) => f.path).sort();
    assert.deepEqual(paths, [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'bin/grounded',
      'dist/client.js',
      'dist/extract-worker.js',
      'dist/index-worker.js',
      'dist/server.js',
      'dist/vendor/citation-js.js',
      'dist/vendor/linkedom.js',
      'dist/vendor/mammoth.js',
      'dist/vendor/pdfjs-worker.js',
      'dist/vendor/pdfjs.js',
      'dist/vendor/pg-copy-streams.js',
      'dist/vendor/pg.js',
      'dist/vendor/readability.js',
      'images/citations-light.png',
      'images/hover-pdf.png',
      'images/hover.png',
      'images/problems.png',
      'images/search.png',
      'package.json',
      'syntaxes/grounded.markdown.tmLanguage.json',
    ]);
    // the format libraries in dist/vendor (PDF.js above all) add about 0.9 MB compressed
    assert.ok(fs.statSync(tarball).size < 4 * 1024 * 1024, `tarball of ${fs.statSync(tarball).size} bytes`);
  });

  it('declares no runtime dependencies, and no install script that needs the dev tools', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(Object.keys(pkg.dependencies ?? {}), []);
    for (const s of ['preinstall', 'install', 'postinstall', 'prepare']) assert.equal(pkg.scripts?.[s], undefined, s);
    assert.equal(pkg.bin.grounded, 'bin/grounded');
  });

  it('installs offline into an empty prefix; `grounded` checks notes from there', () => {
    npm(['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], { cwd: tmp });
    bin = process.platform === 'win32' ? path.join(prefix, 'grounded.cmd') : path.join(prefix, 'bin', 'grounded');
    assert.ok(fs.existsSync(bin), `${bin} is missing`);
    assert.ok(!fs.existsSync(path.join(prefix, 'lib/node_modules/grounded/node_modules')), 'no dependencies were installed');
    const v = spawnSync(bin, ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
    assert.equal(v.stdout.trim(), JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    const dir = workspace({ 'sources/acme.txt': ACME, 'notes/n.md': NOTE });
    const r = spawnSync(bin, ['check', 'notes'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: testCacheHome() }, shell: process.platform === 'win32' });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /notes\/n\.md:3:11: warning: The note says 15,500; source acme says 12,500/);
    assert.match(r.stdout, /4 problems \(1 error, 2 warnings, 1 hint\)\./);
    // the format libraries come along (dist/vendor): a PDF source and a web page are read
    const formats = workspace({ 'notes/n.md': 'The gas-fired plant at Tollan Point ran for only 520 hours in 2024 [@calder].\n\nOrrin agreed to buy 620 megawatts [@marrow].\n' });
    fs.mkdirSync(path.join(formats, 'sources'));
    fs.copyFileSync(path.join(ROOT, 'examples/sources/005-calder-grid-review.pdf'), path.join(formats, 'sources/calder.pdf'));
    fs.copyFileSync(path.join(ROOT, 'examples/sources/004-marrow-point-power.html'), path.join(formats, 'sources/marrow.html'));
    const f = spawnSync(bin, ['check', 'notes'], { cwd: formats, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: testCacheHome() }, shell: process.platform === 'win32' });
    assert.match(f.stdout, /The note says 520 hours; source calder says 410 hours \(p\. 2\)/, f.stdout + f.stderr);
    assert.doesNotMatch(f.stderr, /warning/, f.stderr);
  });
});
