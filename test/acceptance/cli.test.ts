// The CLI as a well-kept linter: help and version, exit statuses, bad settings (exit 2, never a
// silent fallback), notes that are not there or are sources, plurals and the summary, --fail-on.
// In-process (main()) for speed; the last suite runs the built command for the same exit statuses.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkLspArgs } from '../../server/src/cli/args';
import { spawnSync } from 'node:child_process';
import { main } from '../../server/src/cli/main';
import { type FileSystem, NodeFileSystem } from '../../server/src/engine/workspace';
import { ACME, CLI, grounded, groundedProcess, NOTE, ROOT, type Run, workspace } from './cli-helpers';

const VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;

describe('CLI: help and version', () => {
  const dir = ROOT;
  for (const args of [['--help'], ['-h'], ['help']]) {
    it(`grounded ${args.join(' ')}: the commands, exit 0`, async () => {
      const r = await grounded(dir, args);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /grounded check \[options\] PATHS/);
      assert.match(r.stdout, /grounded lsp/);
      assert.equal(r.stderr, '');
    });
  }
  for (const args of [['check', '--help'], ['check', '-h'], ['help', 'check'], ['check', 'notes', '--help']]) {
    it(`grounded ${args.join(' ')}: the options of check, exit 0`, async () => {
      const r = await grounded(dir, args);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^Usage: grounded check/);
      for (const opt of ['--sources', '--config', '--format', '--fail-on', '--allow-empty']) assert.ok(r.stdout.includes(opt), opt);
      assert.match(r.stdout, /sarif/);
    });
  }
  it('grounded help search, grounded lsp --help', async () => {
    assert.match((await grounded(dir, ['help', 'search'])).stdout, /^Usage: grounded search/);
    const lsp = await grounded(dir, ['lsp', '--help']);
    assert.equal(lsp.code, 0);
    assert.match(lsp.stdout, /^Usage: grounded lsp/);
  });
  it('--version and -v print the version of package.json', async () => {
    for (const v of ['--version', '-v']) {
      const r = await grounded(dir, [v]);
      assert.equal(r.code, 0);
      assert.equal(r.stdout, VERSION + '\n');
    }
  });
  it('no command: the help on stderr, exit 2; an unknown command or help topic: exit 2', async () => {
    const none = await grounded(dir, []);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /Usage:/);
    const unknown = await grounded(dir, ['chekc']);
    assert.equal(unknown.code, 2);
    assert.equal(unknown.stdout, '');
    assert.equal(unknown.stderr, 'grounded: unknown command "chekc"\nRun "grounded help" for usage.\n');
    const topic = await grounded(dir, ['help', 'nope']);
    assert.equal(topic.code, 2);
    assert.match(topic.stderr, /no help for "nope": the commands are check, search, lsp/);
  });
});

describe('CLI: bad usage exits 2 with a clear message', () => {
  it('grounded lsp --bogus', async () => {
    const r = await grounded(ROOT, ['lsp', '--bogus']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^grounded: lsp: Unknown option '--bogus'$/m);
    assert.match(r.stderr, /grounded help lsp/);
  });
  it("the language server's own transports are accepted (as VS Code's and other clients' pass them)", () => {
    for (const argv of [['--stdio'], ['--node-ipc', '--clientProcessId=4242'], ['--pipe=/tmp/g.sock', '--clientProcessId=1'], ['--socket=6009'], ['--socket', '6009'], []]) {
      assert.deepEqual(checkLspArgs(argv), { help: false }, argv.join(' '));
    }
  });
  it('grounded lsp --socket without a port; grounded lsp with an operand', async () => {
    assert.match((await grounded(ROOT, ['lsp', '--socket'])).stderr, /lsp: Option '--socket <value>' argument missing/);
    assert.match((await grounded(ROOT, ['lsp', '--socket=abc'])).stderr, /lsp: --socket needs a number, not "abc"/);
    assert.equal((await grounded(ROOT, ['lsp', 'file.md'])).code, 2);
  });
  it('an option without its value, a flag with one', async () => {
    assert.match((await grounded(ROOT, ['check', 'notes', '--format'])).stderr, /check: Option '--format <value>' argument missing/);
    assert.match((await grounded(ROOT, ['check', '--allow-empty=yes', 'notes'])).stderr, /check: Option '--allow-empty' does not take an argument/);
  });
  it('an unknown option of check, a bad --fail-on', async () => {
    const r = await grounded(ROOT, ['check', '--bogus', 'x.md']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^grounded: check: Unknown option '--bogus'$/m);
    const f = await grounded(ROOT, ['check', '--fail-on', 'never', 'x.md']);
    assert.equal(f.code, 2);
    assert.match(f.stderr, /--fail-on must be error, warning or info, not "never"/);
  });
});

describe('CLI: a bad setting is an error (exit 2), never a silent fallback', () => {
  const files = { 'sources/acme.txt': ACME, 'notes/n.md': NOTE };
  const withConfig = (name: string, text: string) => grounded(workspace({ ...files, [name]: text }), ['check', 'notes']);
  const assertConfigError = async (run: Promise<Run>, line: RegExp) => {
    const r = await run;
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.equal(r.stdout, '', 'nothing is checked');
    assert.match(r.stderr, line);
    assert.match(r.stderr, /has \d+ problems?: fix (it|them) and run again/);
  };

  it('"quote-not-found": "Error" (the issue: it printed "Error: Quote not found…", then "No problems", exit 0)', async () => {
    await assertConfigError(
      withConfig('grounded.json', '{\n  "rules": {"quote-not-found": "Error"}\n}\n'),
      /^grounded\.json:2:32: error: "rules\.quote-not-found" must be "error", "warning", "information", "hint" or "off", not "Error"; did you mean "error"\?$/m,
    );
  });
  it('"quote-not-found": "loud"', async () => {
    await assertConfigError(withConfig('grounded.json', '{"rules": {"quote-not-found": "loud"}}'), /grounded\.json:1:31: error: .*not "loud"$/m);
  });
  it('an unknown rule name', async () => {
    await assertConfigError(withConfig('grounded.json', '{"rules": {"quote-missing": "off"}}'), /grounded\.json:1:12: error: unknown rule "quote-missing" in "rules"; the rules are figure-mismatch, /m);
  });
  it('"hedgeTolerance": "big", and 100 (out of range)', async () => {
    await assertConfigError(withConfig('grounded.json', '{"hedgeTolerance": "big"}'), /grounded\.json:1:20: error: "hedgeTolerance" must be a number from 0 to 0\.5, not "big"/);
    await assertConfigError(withConfig('grounded.json', '{"hedgeTolerance": 100}'), /"hedgeTolerance" must be a number from 0 to 0\.5, not 100/);
  });
  it('an unknown setting, in .vscode/settings.json', async () => {
    await assertConfigError(
      withConfig('.vscode/settings.json', '{\n  "editor.wordWrap": "on",\n  "grounded.hedgeTolerence": 0.2,\n}\n'),
      /^\.vscode\/settings\.json:3:3: error: unknown setting "grounded\.hedgeTolerence"; did you mean "grounded\.hedgeTolerance"\?$/m,
    );
  });
  it('JSON that does not parse: line and column', async () => {
    await assertConfigError(withConfig('grounded.json', '{\n  "sources": ["sources/*.txt"\n  "hedgeTolerance": 0.2\n}\n'), /^grounded\.json:3:3: error: not valid JSON: comma expected$/m);
  });
  it('every problem is listed, in file order; --config names the file', async () => {
    const dir = workspace({ ...files, 'conf/g.json': '{"hedgeTolerance": "big", "rules": {"figure-mismatch": "loud"}}' });
    const r = await grounded(dir, ['check', '--config', 'conf/g.json', 'notes']);
    assert.equal(r.code, 2);
    const lines = r.stderr.split('\n').filter((l) => /: error: /.test(l));
    assert.deepEqual(lines.map((l) => l.split(': error: ')[0]), ['conf/g.json:1:20', 'conf/g.json:1:56']);
    assert.match(r.stderr, /conf\/g\.json has 2 problems/);
  });
  it('a glob with a comma inside a string is read as written (the old reader turned "{.txt,}" into "{.txt}")', async () => {
    const dir = workspace({ 'library/acme': ACME, 'notes/n.md': 'Acme sold 12,500 widgets in 2023 [@acme].\n', 'grounded.json': '{"sources": ["library/*{.txt,}",],}' });
    const r = await grounded(dir, ['check', 'notes']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /1 note checked against 1 source /);
  });
  it('good settings apply (a rule turned to error, another off)', async () => {
    const dir = workspace({ ...files, 'grounded.json': '{"rules": {"figure-mismatch": "error", "quote-not-found": "off"}}' });
    const r = await grounded(dir, ['check', 'notes']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /notes\/n\.md:3:11: error: The note says 15,500/);
    assert.doesNotMatch(r.stdout, /quote-not-found/);
  });
});

describe('CLI: notes', () => {
  it('a folder with no notes: "no notes found", exit 2; with --allow-empty, exit 0', async () => {
    const dir = workspace({ 'sources/acme.txt': ACME, 'notes/readme.txt': 'not markdown\n' });
    const r = await grounded(dir, ['check', 'notes']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /grounded: no notes found in notes \(markdown files that are not sources\); pass --allow-empty/);
    const ok = await grounded(dir, ['check', '--allow-empty', 'notes']);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /0 notes checked against 1 source/);
    const json = await grounded(dir, ['check', '--allow-empty', '--format', 'json', 'notes']);
    assert.deepEqual(JSON.parse(json.stdout).notes, []);
  });
  it('a source given as a note: a warning, and it is skipped', async () => {
    const dir = workspace({ 'sources/acme.md': '# Acme report\n\nAcme sold 12,500 widgets in 2023.\n', 'notes/n.md': 'Acme sold 12,500 widgets in 2023 [@acme].\n' });
    const r = await grounded(dir, ['check', 'sources/acme.md', 'notes/n.md']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stderr, /^sources\/acme\.md: warning: this is a source \(matched by sources\/\*\*\/\*\.\{txt,md,html,htm,pdf,docx\} under \.\), not a note; skipped$/m);
    assert.match(r.stdout, /^1 note checked against 1 source /m);
    const only = await grounded(dir, ['check', 'sources/acme.md']);
    assert.equal(only.code, 2, 'nothing left to check');
    assert.match(only.stderr, /no notes found/);
  });
});

describe('CLI: each note on its own', () => {
  it('a note that cannot be read: said on stderr, the other notes are checked and reported, exit 3', async () => {
    const dir = workspace({ 'sources/acme.txt': ACME, 'notes/a.md': NOTE, 'notes/b.md': 'Acme sold 12,500 widgets [@acme].\n', 'notes/c.md': 'Acme sold 15,500 widgets [@acme].\n' });
    const locked = path.join(dir, 'notes/b.md');
    const disk = new NodeFileSystem();
    const flaky: FileSystem = {
      readDirectory: (d) => disk.readDirectory(d),
      stat: (p) => disk.stat(p),
      readFile: (p) => (p === locked ? Promise.reject(Object.assign(new Error('denied'), { code: 'EACCES' })) : disk.readFile(p)),
    };
    let stdout = '';
    let stderr = '';
    const code = await main(['check', 'notes'], flaky, { cwd: dir, out: (x) => void (stdout += x), err: (x) => void (stderr += x), tty: false, color: false });
    assert.equal(code, 3);
    assert.match(stderr, /^grounded: notes\/b\.md: could not check this note: cannot read \(EACCES\)$/m);
    assert.match(stderr, /^grounded: 1 of 3 notes could not be checked$/m);
    assert.match(stdout, /^notes\/a\.md:3:11: warning: The note says 15,500/m, 'the note before it');
    assert.match(stdout, /^notes\/c\.md:1:11: warning: The note says 15,500/m, 'the note after it');
    assert.match(stdout, /^2 notes checked against 1 source/m);
  });
  it('grounded.json maxNoteSizeKB: a larger note gets one finding at its top and is not checked', async () => {
    const big = 'Acme sold 15,500 widgets [@acme].\n' + 'Filler words without figures.\n'.repeat(100);
    const dir = workspace({ 'sources/acme.txt': ACME, 'n.md': big, 'grounded.json': '{"maxNoteSizeKB": 2}' });
    const r = await grounded(dir, ['check', '--fail-on', 'info', 'n.md']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^n\.md:1:1: information: This note is not checked: it is 3 KB, over the 2 KB limit for a note\./m);
    assert.doesNotMatch(r.stdout, /15,500/);
  });
});

describe('CLI: the summary and --fail-on', () => {
  const dir = workspace({ 'sources/acme.txt': ACME, 'notes/n.md': NOTE, 'notes/clean.md': 'Acme sold 12,500 widgets [@acme].\n' });
  it('proper plurals; every finding counted once, by severity, in one list', async () => {
    const r = await grounded(dir, ['check', 'notes']);
    assert.match(r.stdout, /^2 notes checked against 1 source in \d+ ms: 4 figures \(2 supported, 1 contradicted, 1 unverified\), 1 quote, 4 citations\.$/m);
    assert.match(r.stdout, /^4 problems \(1 error, 2 warnings, 1 hint\)\.$/m);
    assert.doesNotMatch(r.stdout, /\b1 (quotes|figures|citations|notes|sources|errors|warnings|hints)\b/);
  });
  it('a clean note: "No problems."; one finding: "1 problem (1 info)."', async () => {
    const clean = await grounded(dir, ['check', 'notes/clean.md']);
    assert.equal(clean.code, 0);
    assert.match(clean.stdout, /^1 note checked against 1 source in \d+ ms: 1 figure \(1 supported, 0 contradicted, 0 unverified\), 0 quotes, 1 citation\.\nNo problems\.$/m);
    const one = workspace({ 'sources/acme.txt': ACME, 'n.md': 'Acme employs 300 engineers [@acme].\n', 'grounded.json': '{"rules": {"figure-unverified": "information"}}' });
    const r = await grounded(one, ['check', 'n.md']);
    assert.match(r.stdout, /^n\.md:1:14: information: Unverified/m);
    assert.match(r.stdout, /^1 problem \(1 info\)\.$/m);
  });
  it('--fail-on warning (the default) fails on errors and warnings', async () => {
    assert.equal((await grounded(dir, ['check', 'notes'])).code, 1);
    assert.equal((await grounded(dir, ['check', '--fail-on', 'warning', 'notes'])).code, 1);
    // warnings only: the unknown key turned off
    const w = workspace({ 'sources/acme.txt': ACME, 'n.md': NOTE, 'grounded.json': '{"rules": {"unknown-source": "off"}}' });
    assert.equal((await grounded(w, ['check', 'n.md'])).code, 1);
    assert.equal((await grounded(w, ['check', '--fail-on', 'error', 'n.md'])).code, 0, 'warnings do not fail --fail-on error');
  });
  it('--fail-on error fails only on errors; --fail-on info also on information', async () => {
    assert.equal((await grounded(dir, ['check', '--fail-on=error', 'notes'])).code, 1, 'the unknown key is an error');
    const info = workspace({ 'sources/acme.txt': ACME, 'n.md': 'Acme sold 12,500 widgets in 2023 [@acme]. Acme employs 300 engineers [@acme].\n', 'grounded.json': '{"rules": {"figure-unverified": "information"}}' });
    const r = await grounded(info, ['check', 'n.md']);
    assert.match(r.stdout, /: information: /);
    assert.equal(r.code, 0, 'information does not fail by default');
    assert.equal((await grounded(info, ['check', '--fail-on', 'error', 'n.md'])).code, 0);
    assert.equal((await grounded(info, ['check', '--fail-on', 'info', 'n.md'])).code, 1);
  });
});

describe('CLI: the built command (dist/server.js) exits as main() returns', () => {
  it('help: 0 on stdout; no command: 2; lsp --bogus: 2 with a message', () => {
    const help = groundedProcess(ROOT, ['check', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: grounded check/);
    assert.equal(groundedProcess(ROOT, ['--version']).stdout, VERSION + '\n');
    assert.equal(groundedProcess(ROOT, []).code, 2);
    const lsp = groundedProcess(ROOT, ['lsp', '--bogus']);
    assert.equal(lsp.code, 2);
    assert.match(lsp.stderr, /^grounded: lsp: Unknown option '--bogus'$/m);
  });
  it('a bad setting: 2; no notes: 2; findings by --fail-on: 1 or 0', () => {
    const dir = workspace({ 'sources/acme.txt': ACME, 'notes/n.md': NOTE, 'empty/.keep': '', 'bad/grounded.json': '{"rules": {"quote-not-found": "Error"}}' });
    const bad = groundedProcess(dir, ['check', '--config', 'bad/grounded.json', 'notes']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^bad\/grounded\.json:1:31: error: "rules\.quote-not-found" must be/m);
    assert.equal(groundedProcess(dir, ['check', 'empty']).code, 2);
    assert.equal(groundedProcess(dir, ['check', '--allow-empty', 'empty']).code, 0);
    assert.equal(groundedProcess(dir, ['check', 'notes']).code, 1);
    const w = workspace({ 'sources/acme.txt': ACME, 'n.md': NOTE, 'grounded.json': '{"rules": {"unknown-source": "off"}}' });
    assert.equal(groundedProcess(w, ['check', '--fail-on', 'error', 'n.md']).code, 0);
  });
});

describe('CLI: search finds nothing; an internal error exits 3', () => {
  it('search with no passage matching: a line saying so on stdout, exit 1; with matches: exit 0', async () => {
    const dir = workspace({ 'sources/acme.txt': ACME });
    const none = await grounded(dir, ['search', 'zebra quasar']);
    assert.equal(none.code, 1, none.stderr);
    assert.equal(none.stdout, 'no passage matches "zebra quasar"\n');
    const some = await grounded(dir, ['search', 'widgets']);
    assert.equal(some.code, 0, some.stderr);
    assert.match(some.stdout, /^sources\/acme\.txt:3: \[@acme\] Acme sold 12,500 widgets/);
  });
  it('search with no query: exit 2 with a message', async () => {
    const r = await grounded(workspace({ 'sources/acme.txt': ACME }), ['search']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^grounded: search needs a query\nRun "grounded help search" for usage\.$/m);
  });
  it('an error that is neither bad usage nor a bad setting is not swallowed by main(), and the command exits 3 with it', async () => {
    // output that fails as no output should: main() rejects with its error (it is not a usage error, exit 2)
    const io = { cwd: ROOT, out: () => { throw new Error('disk on fire'); }, err: () => undefined, tty: false, color: false };
    await assert.rejects(main(['--version'], new NodeFileSystem(), io), /disk on fire/);
    // the built command: stdout itself fails on the first write
    assert.ok(fs.existsSync(CLI), 'dist/server.js is missing: run npm run build');
    const script = `process.stdout.write = () => { throw new Error('disk on fire'); }; require(${JSON.stringify(CLI)}).run(['--version']);`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    assert.equal(r.status, 3, r.stderr);
    assert.match(r.stderr, /^grounded: internal error: Error: disk on fire/);
  });
});
