// Acceptance: the built CLI (`dist/server.js check --format json`) on a workspace of every hostile
// case of issue 10 at once, next to a good note and good sources: the note shapes that crashed or
// stalled the parser and checker (test/bench/hostile-cases.ts hostileNotes), a 20 MB note, and
// sources that are binary past their first 8 KB, UTF-16 with a byte-order mark, a YAML alias bomb
// with a !!js/function tag, 150,000 front-matter keys, a duplicate id, a symbolic link to a file
// outside. One run: every note is reported, each problem is one warning or finding, the good
// note gets its verdicts, and the exit code says "findings" (1), not 3.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { hostileNotes, hugeNote } from '../bench/hostile-cases';
import { testCacheHome } from './cli-helpers';
import type { JsonNote } from './expectations';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/server.js');

const GOOD = 'Acme sold 15,500 widgets in 2023 [@acme]. The mill ground 7,250 tonnes of wheat [@wide]. The fleet had 40 ships [@dup].\n';

function hostileWorkspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-hostile-'));
  for (const sub of ['sources', 'notes', 'outside']) fs.mkdirSync(path.join(dir, sub));
  const w = (rel: string, data: string | Buffer) => fs.writeFileSync(path.join(dir, rel), data);
  w('sources/acme.txt', 'Acme report\n\nAcme sold 12,500 widgets in 2023.\n');
  // a NUL past the first 8 KB
  w('sources/late-nul.txt', Buffer.concat([Buffer.from('Late report\n\n' + 'Words without end. '.repeat(600)), Buffer.from([0]), Buffer.from(' more\n')]));
  w('sources/wide.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Wide report\n\nThe mill ground 7,250 tonnes of wheat.\n', 'utf16le')]));
  w('sources/one.md', '---\nid: dup\n---\n\nThe first fleet had 40 ships.\n');
  w('sources/two.md', '---\nid: dup\n---\n\nThe second fleet had 60 ships.\n');
  const level = (name: string, of: string) => `${name}: &${name} [${Array(9).fill(of).join(',')}]`;
  w('sources/bomb.md', ['---', level('a', '"x"'), level('b', '*a'), level('c', '*b'), level('d', '*c'), level('e', '*d'), level('f', '*e'), 'fn: !!js/function "function () { return 1; }"', '---', '', 'The bomb held 9 charges.', ''].join('\n'));
  w('sources/many-keys.md', '---\n' + Array.from({ length: 150_000 }, (_, i) => `k${i}: ${i}`).join('\n') + '\n---\n\nThe ledger listed 3,300 entries.\n');
  w('outside/secret.txt', 'Secret report\n\nThe vault held 99 bars.\n');
  fs.symlinkSync(path.join(dir, 'outside/secret.txt'), path.join(dir, 'sources/link.txt'));
  w('notes/good.md', GOOD);
  for (const [name, text] of Object.entries(hostileNotes('acme'))) w(`notes/${name}`, text);
  w('notes/huge.md', hugeNote(20, 'acme'));
  return dir;
}

describe('acceptance: every hostile case of issue 10 in one CLI run', function () {
  this.timeout(180000);
  let dir: string;
  let code: number | null;
  let notes: JsonNote[];
  let stderr: string;
  const note = (name: string) => {
    const n = notes.find((x) => x.path === `notes/${name}`);
    assert.ok(n, `notes/${name} is not in the report: ${notes.map((x) => x.path).join(', ')}`);
    return n;
  };

  before(() => {
    assert.ok(fs.existsSync(CLI), 'dist/server.js is missing: run npm run build');
    dir = hostileWorkspace();
    const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--sources', 'sources', 'notes'], { cwd: dir, encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: testCacheHome() }, maxBuffer: 64 * 1024 * 1024 });
    assert.ok(r.stdout, `no output: exit ${r.status}, ${r.stderr}`);
    code = r.status;
    stderr = r.stderr;
    notes = (JSON.parse(r.stdout) as { notes: JsonNote[] }).notes;
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('ends with findings (exit 1), never an internal error (3), and reports every note', () => {
    assert.equal(code, 1, stderr);
    const names = ['good.md', 'huge.md', ...Object.keys(hostileNotes('acme'))].map((n) => `notes/${n}`).sort();
    assert.deepEqual(notes.map((n) => n.path).sort(), names);
    assert.doesNotMatch(stderr, /could not check this note/);
  });

  it("the good note's verdicts: a mismatch, a figure from the UTF-16 source supported, [@dup] ambiguous naming both", () => {
    const good = note('good.md');
    assert.ok(good.diagnostics.some((d) => d.code === 'figure-mismatch' && d.message.includes('15,500')), JSON.stringify(good.diagnostics));
    assert.equal(good.figures.find((f) => f.text === '7,250')?.verdict, 'supported');
    const dup = good.diagnostics.find((d) => d.code === 'ambiguous-source');
    assert.ok(dup, JSON.stringify(good.diagnostics));
    assert.match(dup.message, /2 sources: one, two/);
  });

  it('each source problem is one warning on stderr, naming the file (the UTF-16 one is no problem)', () => {
    assert.match(stderr, /^sources\/late-nul\.txt: warning: skipped: binary file/m);
    assert.match(stderr, /^sources\/bomb\.md: warning: front matter is not valid YAML/m);
    assert.match(stderr, /^sources\/many-keys\.md: warning: front matter of \d+ KB is over the 64 KB limit/m);
    assert.match(stderr, /^sources\/link\.txt: warning: skipped: symbolic link/m);
    assert.match(stderr, /citation key "dup" is the id of \S*one\.md and also the id of \S*two\.md/);
    assert.doesNotMatch(stderr, /wide\.txt/);
    assert.equal(stderr.match(/symbolic link/g)?.length, 1, 'the link is reported once');
  });

  it('the 20 MB note gets its one check-limit finding at its top and nothing else', () => {
    const huge = note('huge.md');
    assert.deepEqual(huge.diagnostics.map((d) => [d.code, d.line]), [['check-limit', 1]]);
    assert.match(huge.diagnostics[0].message, /not checked: it is [\d,]+ KB, over the 2,048 KB limit/);
  });

  it('the sentence of 5,000 figures is checked for its first 32 and says so once', () => {
    const limits = note('hostile-figures.md').diagnostics.filter((d) => d.code === 'check-limit');
    assert.equal(limits.length, 1);
    assert.match(limits[0].message, /Only the first 32 figures of this sentence were checked/);
  });
});
