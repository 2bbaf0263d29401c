// No source file can crash, stall or silence the indexer: encodings (UTF-16 with a byte-order mark,
// UTF-8 with one, NUL bytes anywhere), front matter of any size, keys that collide, files and
// folders that cannot be read, symbolic links; and re-indexing never changes a corpus that a check
// may still be reading. Every source text here is written for the test.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkNote } from '../../server/src/engine/check';
import { Corpus } from '../../server/src/engine/corpus';
import { buildSource, decodeSource, MAX_FRONT_MATTER_CHARS, parseFrontMatter } from '../../server/src/engine/sources';
import { type FileSystem, InMemoryFileSystem, type IndexSettings, SourceIndex } from '../../server/src/engine/workspace';
import { DEFAULT_PACING, NodeFileSystem } from '../../server/src/engine/workspace';
import { hugeFrontMatter, utf16Bytes } from '../bench/hostile-cases';

const ROOT = path.resolve('/ws');
const at = (p: string) => path.join(ROOT, p);
const SETTINGS: IndexSettings = { sets: [{ root: ROOT, globs: ['sources/**/*.{txt,md}'] }], exclude: [], maxSourceSizeKB: 20_000 };
const NO_PAUSE = { ...DEFAULT_PACING, sliceMs: 1e9 };

function files(entries: Record<string, string | Uint8Array>): InMemoryFileSystem {
  return new InMemoryFileSystem(Object.fromEntries(Object.entries(entries).map(([p, c]) => [at(p), c])));
}

describe('sources: encodings', () => {
  const text = 'Café prices\n\nA coffee in the café rose 12% to €3.40 — “a record”.\n';

  it('decodes UTF-16 LE and BE with a byte-order mark, and drops a UTF-8 one', () => {
    assert.deepEqual(decodeSource(utf16Bytes(text)), { text });
    assert.deepEqual(decodeSource(utf16Bytes(text, true)), { text });
    assert.deepEqual(decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])), { text });
    const src = buildSource(0, '/s/cafe.txt', (decodeSource(utf16Bytes(text, true)) as { text: string }).text);
    assert.deepEqual(src.passages.flatMap((p) => p.figures.map((f) => f.text)), ['12%', '€3.40']);
  });

  it('calls a file binary for a NUL anywhere, not only in its first 8 KB; UTF-16 with NULs or broken pairs is skipped', () => {
    const late = new TextEncoder().encode('word '.repeat(4_000) + '\0' + 'more');
    assert.deepEqual(decodeSource(late), { skip: 'binary file (contains NUL bytes)' });
    assert.deepEqual(decodeSource(utf16Bytes('text\0more')), { skip: 'binary file (contains NUL bytes)' });
    assert.match((decodeSource(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8])) as { skip: string }).skip, /not valid UTF-16LE/);
    assert.match((decodeSource(new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x00])) as { skip: string }).skip, /not valid UTF-16BE/);
    assert.ok('skip' in decodeSource(new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00])), 'UTF-32 is not read as UTF-16');
  });
});

describe('sources: front matter of any size', function () {
  this.timeout(20_000); // liveness: each case takes well under a second

  it(`skips front matter over ${MAX_FRONT_MATTER_CHARS / 1024} KB with a problem naming the limit, and still indexes the body (150,000 keys)`, () => {
    const text = hugeFrontMatter(150_000);
    assert.ok(text.length > 3_000_000);
    const src = buildSource(0, '/s/big.md', text);
    assert.match(src.problem ?? '', /front matter of \d+ KB is over the 64 KB limit; indexed without its metadata/);
    assert.equal(src.meta.title, 'The body says revenue rose 12% to $3.4 billion in 2021.');
    assert.deepEqual(src.passages.flatMap((p) => p.figures.map((f) => f.text)), ['12%', '$3.4 billion', '2021']);
  });

  it('reads front matter just under the limit, and still rejects repeated top-level keys', () => {
    const fm = parseFrontMatter(hugeFrontMatter(2_800));
    assert.equal(fm.error, undefined);
    assert.equal(fm.meta.title, 'Big front matter');
    assert.match(parseFrontMatter('---\ntitle: A\nid: x\ntitle: B\n---\nbody\n').error ?? '', /not valid YAML: Map keys must be unique \("title" is repeated\)/);
    assert.equal(parseFrontMatter('---\ntitle: A\nextra:\n  k: 1\n  k: 2\n---\nbody\n').meta.title, 'A', 'nested keys are not read');
  });
});

describe('sources: citation keys that collide', () => {
  const fs = () =>
    files({
      'sources/lee-2020.txt': 'Lee on rents\n\nRents rose 17% in the city.\n',
      'sources/other.md': '---\ntitle: Another view\naliases: [lee]\n---\n\nRents rose 19% in the suburbs.\n',
      'sources/smith.txt': 'Smith on wages\n\nWages rose 3% last year.\n',
      'sources/jones.md': '---\nid: smith\n---\nJones on wages\n\nWages rose 4% last year.\n',
      'sources/plain.txt': 'Plain\n\nNothing collides here: 5 cases.\n',
    });

  it('warns at index time, naming both files; the key then names both sources', async () => {
    const index = new SourceIndex(fs(), SETTINGS, NO_PAUSE);
    const { corpus, warnings } = await index.update();
    const msgs = warnings.map((w) => `${path.basename(w.path)}: ${w.message}`);
    assert.equal(msgs.length, 2, msgs.join('\n'));
    assert.ok(msgs.some((m) => m.startsWith('jones.md:') && m.includes('the id of ' + at('sources/jones.md')) && m.includes('the file name of ' + at('sources/smith.txt'))), msgs.join('\n'));
    assert.ok(msgs.some((m) => m.startsWith('other.md:') && m.includes('the alias of ' + at('sources/other.md')) && m.includes('the file-name prefix of ' + at('sources/lee-2020.txt'))), msgs.join('\n'));
    const r = checkNote('Rents rose 17% [@lee]. Wages rose 3% [@smith]. Rents rose 17% [@lee-2020].', corpus);
    const amb = r.diagnostics.filter((d) => d.code === 'ambiguous-source').map((d) => d.message);
    assert.deepEqual(amb, ['"@lee" matches 2 sources: other, lee-2020. Use a longer key.', '"@smith" matches 2 sources: jones, smith. Use a longer key.']);
    assert.equal(r.figures.find((f) => f.figure.start > 40)?.verdict, 'supported', 'the full file name still resolves');
  });

  it('an alias that only disambiguates an already ambiguous prefix is no conflict', () => {
    const corpus = new Corpus([
      buildSource(0, '/s/lee-2020.txt', 'A\n\nRents rose 17%.\n'),
      buildSource(1, '/s/lee-2021.txt', 'B\n\nRents rose 18%.\n'),
      buildSource(2, '/s/c.md', '---\naliases: [lee]\n---\nC\n\nRents rose 19%.\n'),
    ]);
    assert.equal(corpus.resolveKey('lee').kind, 'found');
    assert.deepEqual(corpus.keyConflicts(), []);
  });
});

describe('sources: re-indexing never changes a corpus already built', () => {
  it('a file added before the others: the old corpus keeps its numbering, the new one has its own', async () => {
    const fs = files({ 'sources/b.txt': 'Bees\n\nHives grew 12% this year.\n', 'sources/c.txt': 'Cows\n\nHerds shrank 7% this year.\n' });
    const index = new SourceIndex(fs, SETTINGS, NO_PAUSE);
    const first = (await index.update()).corpus;
    const cows = first.sources[1];
    fs.write(at('sources/a.txt'), 'Ants\n\nColonies grew 30% this year.\n');
    const second = (await index.update({ changed: new Set([at('sources/a.txt')]) })).corpus;
    assert.deepEqual(first.sources.map((s) => [s.key, s.index]), [['b', 0], ['c', 1]]);
    assert.ok(first.sources.every((s, i) => s.passages.every((p) => p.source === i)));
    assert.deepEqual(second.sources.map((s) => [s.key, s.index]), [['a', 0], ['b', 1], ['c', 2]]);
    assert.ok(second.sources.every((s, i) => s.passages.every((p) => p.source === i)));
    assert.equal(cows.index, 1, 'the old source object is untouched');
    // a check on the old corpus still finds the right passages
    const r = checkNote('Herds shrank 7% [@c].', first);
    assert.equal(r.figures[0].verdict, 'supported');
    assert.equal(r.figures[0].evidence[0].source.key, 'c');
    assert.equal(first.passage(first.pid(r.figures[0].evidence[0].passage)), r.figures[0].evidence[0].passage);
    // the index hands out the new corpus's source, which the next update keeps as it is
    assert.equal(index.source(at('sources/c.txt')), second.sources[2]);
    const third = (await index.update({ changed: new Set() })).corpus;
    assert.equal(third.sources[2], second.sources[2]);
  });

  it('a corpus given sources at other indexes copies them instead of renumbering', () => {
    const s = buildSource(5, '/s/x.txt', 'X\n\nIt rose 5%.\n');
    const c = new Corpus([s]);
    assert.equal(s.index, 5);
    assert.equal(s.passages[0].source, 5);
    assert.equal(c.sources[0].index, 0);
    assert.equal(c.sources[0].passages[0].source, 0);
    assert.equal(c.sources[0].passages[0].figures, s.passages[0].figures, 'figures are shared, not copied');
  });
});

describe('sources: unreadable files and folders, symbolic links', () => {
  /** Files that cannot be read or stat'ed, a folder that cannot be listed. */
  class Failing implements FileSystem {
    constructor(readonly inner: InMemoryFileSystem) {}
    readDirectory(dir: string) {
      if (dir.endsWith('locked')) return Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' }));
      return this.inner.readDirectory(dir);
    }
    stat(p: string) {
      if (p.endsWith('nostat.txt')) return Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' }));
      return this.inner.stat(p);
    }
    readFile(p: string) {
      if (p.endsWith('noread.txt')) return Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' }));
      if (p.endsWith('weird.txt')) return Promise.reject('not an Error at all');
      return this.inner.readFile(p);
    }
  }

  it('warns for each and indexes the rest, never rejects', async () => {
    const inner = files({
      'sources/ok.txt': 'Fine\n\nIt rose 5%.\n',
      'sources/noread.txt': 'x',
      'sources/nostat.txt': 'x',
      'sources/weird.txt': 'x',
      'sources/locked/inside.txt': 'x',
    });
    const { corpus, warnings } = await new SourceIndex(new Failing(inner), SETTINGS, NO_PAUSE).update();
    assert.deepEqual(corpus.sources.map((s) => s.key), ['ok']);
    assert.deepEqual(
      warnings.map((w) => `${path.basename(w.path)}: ${w.message}`).sort(),
      ['locked: skipped: cannot read this folder (EACCES)', 'noread.txt: skipped: cannot read (EACCES)', 'nostat.txt: skipped: cannot read (EIO)', 'weird.txt: skipped: cannot read (not an Error at all)'],
    );
  });

  it('reports each symbolic link it does not follow once: one warning per link, not again on the next update', async () => {
    const fs = files({ 'sources/a.txt': 'A\n\nIt rose 5%.\n', 'elsewhere/b.txt': 'B\n\nIt rose 6%.\n', 'elsewhere/more/c.txt': 'C\n\nIt rose 7%.\n' });
    fs.symlink(at('sources/b.txt'), at('elsewhere/b.txt'));
    fs.symlink(at('sources/more'), at('elsewhere/more'));
    fs.symlink(at('sources/readme.lnk'), at('elsewhere/b.txt')); // neither a source name nor a folder: not a source, not reported
    const index = new SourceIndex(fs, SETTINGS, NO_PAUSE);
    const first = await index.update();
    assert.deepEqual(first.corpus.sources.map((s) => s.key), ['a']);
    const links = first.warnings.filter((w) => /symbolic link/.test(w.message)).map((w) => path.basename(w.path));
    assert.deepEqual(links.sort(), ['b.txt', 'more']);
    const second = await index.update({ changed: new Set() });
    assert.equal(second.warnings.filter((w) => /symbolic link/.test(w.message)).length, 2);
    assert.deepEqual(second.newWarnings, []);
  });
});

describe('reading source files from disk', () => {
  it('NodeFileSystem.readUpTo gives the bytes of a file within the limit, the size of one over it, and fails on a folder; the indexer skips the large one with a warning', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-read-'));
    try {
      fs.mkdirSync(path.join(dir, 'sources', 'folder.txt'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'sources', 'small.txt'), 'Acme sold 350,000 units.');
      fs.writeFileSync(path.join(dir, 'sources', 'large.txt'), 'x'.repeat(3000));
      const disk = new NodeFileSystem();
      const small = await disk.readUpTo(path.join(dir, 'sources', 'small.txt'), 2048);
      assert.ok(small.bytes instanceof Uint8Array);
      assert.equal(Buffer.from(small.bytes).toString('utf8'), 'Acme sold 350,000 units.');
      assert.deepEqual(small.stat, await disk.stat(path.join(dir, 'sources', 'small.txt')), 'the stat of the file read');
      assert.equal(typeof small.stat.ino, 'number');
      const large = await disk.readUpTo(path.join(dir, 'sources', 'large.txt'), 2048);
      assert.equal(large.bytes, undefined);
      assert.equal(large.stat.size, 3000);
      await assert.rejects(disk.readUpTo(path.join(dir, 'sources', 'folder.txt'), 1 << 20), /EISDIR/);
      const r = await new SourceIndex(disk, { sets: [{ root: dir, globs: ['sources/*.txt'] }], exclude: [], maxSourceSizeKB: 2 }).update();
      assert.deepEqual(r.corpus.sources.map((s) => s.key), ['small']);
      assert.match(r.warnings.find((w) => w.path.endsWith('large.txt'))!.message, /3 KB is larger than the 2 KB limit/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
