// The engine's workspace layer in-process: the in-memory FileSystem, finding files by globs,
// configuration files, and the SourceIndex (reading, skipping with warnings, incremental
// re-indexing, yielding with progress, the old corpus answering meanwhile).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import {
  type FileSystem,
  findFiles,
  folderMatchers,
  InMemoryFileSystem,
  loadConfig,
  loadWorkspace,
  SourceIndex,
  type IndexSettings,
} from '../../server/src/engine/workspace';
import { HARBOR, ORCHARD } from './fixtures';
import { abs, everyFilePacing, ROOT, under } from './harness';

const SETTINGS: IndexSettings = { sets: [{ root: ROOT, globs: ['sources/**/*.{txt,md}'] }], exclude: ['**/node_modules/**', '**/.git/**'], maxSourceSizeKB: 64 };
const rel = (p: string) => path.relative(ROOT, p).replace(/\\/g, '/');

/** A FileSystem that records which files were read. */
class CountingFs implements FileSystem {
  reads: string[] = [];
  constructor(readonly inner: InMemoryFileSystem) {}
  readDirectory(dir: string) {
    return this.inner.readDirectory(dir);
  }
  stat(p: string) {
    return this.inner.stat(p);
  }
  readFile(p: string) {
    this.reads.push(rel(p));
    return this.inner.readFile(p);
  }
}

const BINARY = new Uint8Array([0x4b, 0x45, 0x00, 0x01, 0x00, 0x7f]);
const LATIN1 = new Uint8Array([...new TextEncoder().encode('Caf'), 0xe9, ...new TextEncoder().encode(' sold 30 pies.\n')]);

describe('engine workspace in-process: the in-memory file system', () => {
  const fs = new InMemoryFileSystem(under(ROOT, { 'a/b.txt': 'x', 'a/c/d.md': 'yy', 'e.md': '' }));

  it('lists a folder with entry kinds, stats files and folders, reads bytes', async () => {
    const entries = (await fs.readDirectory(abs('a'))).map((e) => `${e.name}:${e.kind}`).sort();
    assert.deepEqual(entries, ['b.txt:file', 'c:directory']);
    assert.equal((await fs.stat(abs('a/c/d.md'))).size, 2);
    assert.equal((await fs.stat(abs('a'))).kind, 'directory');
    assert.equal(new TextDecoder().decode(await fs.readFile(abs('a/b.txt'))), 'x');
  });

  it('missing files reject with ENOENT; a later write has a later mtime', async () => {
    await assert.rejects(fs.readFile(abs('nope.txt')), { code: 'ENOENT' });
    await assert.rejects(fs.stat(abs('nope')), { code: 'ENOENT' });
    await assert.rejects(fs.readDirectory(abs('nope')), { code: 'ENOENT' });
    const before = (await fs.stat(abs('e.md'))).mtimeMs;
    fs.write(abs('e.md'), 'changed');
    assert.ok((await fs.stat(abs('e.md'))).mtimeMs > before);
  });
});

describe('engine workspace in-process: globs', () => {
  const fs = new InMemoryFileSystem(
    under(ROOT, {
      'sources/a.txt': 'a',
      'sources/deep/b.md': 'b',
      'sources/c.pdf': 'c',
      'sources/.hidden.txt': 'h',
      'sources/node_modules/d.txt': 'd',
      'sources/drafts/e.txt': 'e',
      'notes/n.md': 'n',
    }),
  );

  it('finds files by include globs, sorted; skips dot files, node_modules and excluded folders', async () => {
    const found = await findFiles(fs, ROOT, ['sources/**/*.{txt,md}'], ['**/drafts/**']);
    assert.deepEqual(found.map(rel), ['sources/a.txt', 'sources/deep/b.md']);
  });

  it('tells sources from notes for files named one by one (notes outside the folder count)', () => {
    const m = folderMatchers(ROOT, { sources: ['sources/**/*.{txt,md}'], notes: ['**/*.md'], exclude: [] });
    assert.ok(m.isSource(abs('sources/deep/b.md')));
    assert.ok(!m.isNote(abs('sources/deep/b.md')), 'a source is never a note');
    assert.ok(m.isNote(abs('notes/n.md')));
    assert.ok(!m.isNote(abs('notes/n.txt')));
    assert.ok(m.isNote(path.resolve('/elsewhere/x.md')));
  });

  it('an exclude pattern reaches into dot folders a sources pattern names', () => {
    const m = folderMatchers(ROOT, { sources: ['.library/**/*.txt'], notes: ['**/*.md'], exclude: ['**/old/**'] });
    assert.ok(m.isSource(abs('.library/new/a.txt')));
    assert.ok(!m.isSource(abs('.library/old/a.txt')), 'excluded');
  });
});

describe('engine workspace in-process: configuration files', () => {
  it('grounded.json first, else the grounded settings of .vscode/settings.json (JSONC)', async () => {
    const fs = new InMemoryFileSystem(under(ROOT, { '.vscode/settings.json': '{\n  // comment\n  "grounded.sources": ["library/*.txt"],\n}\n' }));
    const viaSettings = await loadConfig(fs, ROOT);
    assert.deepEqual(viaSettings.config.sources, ['library/*.txt']);
    assert.equal(viaSettings.file, abs('.vscode/settings.json'));
    fs.write(abs('grounded.json'), '{"hedgeTolerance": 0.2}');
    const viaJson = await loadConfig(fs, ROOT);
    assert.equal(viaJson.config.hedgeTolerance, 0.2);
    assert.deepEqual(viaJson.config.sources, ['sources/**/*.{txt,md,html,htm,pdf,docx}'], 'grounded.json wins as a whole');
  });

  it('errors: an explicit file that is missing, invalid JSON', async () => {
    const fs = new InMemoryFileSystem(under(ROOT, { 'grounded.json': '{ nope' }));
    assert.match((await loadConfig(fs, ROOT, abs('other.json'))).error!, /cannot read .*other\.json: ENOENT/);
    assert.match((await loadConfig(fs, ROOT)).error!, /grounded\.json:1:3: error: not valid JSON/);
  });
});

describe('engine workspace in-process: SourceIndex', () => {
  it('reads and indexes the sources; skips binary, non-UTF-8 and oversized files with one warning each', async () => {
    const fs = new InMemoryFileSystem(
      under(ROOT, {
        'sources/harbor.txt': HARBOR,
        'sources/orchard.md': ORCHARD,
        'sources/blob.txt': BINARY,
        'sources/cafe.txt': LATIN1,
        'sources/huge.txt': 'The tally reached 12 boats. '.repeat(3000),
        'sources/broken.md': '---\ntitle: [unclosed\n---\n\nThe mill ground 300 sacks.\n',
      }),
    );
    const index = new SourceIndex(fs, SETTINGS);
    const r = await index.update();
    assert.deepEqual(r.corpus.sources.map((s) => s.key), ['broken', 'harbor', 'orchard']);
    assert.deepEqual(
      r.warnings.map((w) => `${rel(w.path)}: ${w.message.replace(/:.*/, '')}`),
      ['sources/blob.txt: skipped', 'sources/broken.md: front matter is not valid YAML', 'sources/cafe.txt: skipped', 'sources/huge.txt: skipped'],
    );
    assert.match(r.warnings.find((w) => w.path.endsWith('huge.txt'))!.message, /larger than the 64 KB limit/);
    assert.equal(r.files.length, 6);
    assert.deepEqual(r.newWarnings, r.warnings);
    assert.ok(index.source(abs('sources/harbor.txt')));
    assert.ok(index.has(abs('sources/blob.txt')) && !index.source(abs('sources/blob.txt')));
  });

  it('incremental: re-reads only the changed paths and new files, keeps earlier warnings once', async () => {
    const mem = new InMemoryFileSystem(under(ROOT, { 'sources/harbor.txt': HARBOR, 'sources/orchard.md': ORCHARD, 'sources/blob.txt': BINARY }));
    const fs = new CountingFs(mem);
    const index = new SourceIndex(fs, SETTINGS);
    await index.update();
    assert.deepEqual(fs.reads.sort(), ['sources/blob.txt', 'sources/harbor.txt', 'sources/orchard.md']);

    fs.reads = [];
    mem.write(abs('sources/harbor.txt'), HARBOR.replace('18 cranes', '19 cranes'));
    mem.write(abs('sources/later.txt'), 'Later note\n\nThe ferry ran 6 times a day.\n');
    const r = await index.update({ changed: new Set([abs('sources/harbor.txt')]) });
    assert.deepEqual(fs.reads.sort(), ['sources/harbor.txt', 'sources/later.txt']);
    assert.equal(r.read, 2);
    assert.deepEqual(r.warnings.map((w) => rel(w.path)), ['sources/blob.txt'], 'the skipped file is still reported, once');
    assert.deepEqual(r.newWarnings, [], 'and not as new');
    assert.match(index.source(abs('sources/harbor.txt'))!.text, /19 cranes/);
    assert.deepEqual(r.corpus.sources.map((s) => s.index), [0, 1, 2]);

    fs.reads = [];
    mem.delete(abs('sources/orchard.md'));
    const r2 = await index.update({ changed: new Set([abs('sources/orchard.md')]) });
    assert.deepEqual(fs.reads, []);
    assert.deepEqual(r2.corpus.sources.map((s) => s.key), ['harbor', 'later']);

    fs.reads = [];
    await index.update();
    assert.equal(fs.reads.length, 3, 'no changed set: everything is read again');
  });

  it('a source that turns binary is dropped with a new warning', async () => {
    const fs = new InMemoryFileSystem(under(ROOT, { 'sources/harbor.txt': HARBOR, 'sources/orchard.md': ORCHARD }));
    const index = new SourceIndex(fs, SETTINGS);
    await index.update();
    fs.write(abs('sources/orchard.md'), BINARY);
    const r = await index.update({ changed: new Set([abs('sources/orchard.md')]) });
    assert.deepEqual(r.corpus.sources.map((s) => s.key), ['harbor']);
    assert.deepEqual(r.newWarnings.map((w) => rel(w.path)), ['sources/orchard.md']);
  });

  it('yields between slices with progress, and the previous corpus answers until the new one is ready', async () => {
    const fs = new InMemoryFileSystem(under(ROOT, { 'sources/harbor.txt': HARBOR }));
    const counter = { yields: 0 };
    const index = new SourceIndex(fs, SETTINGS, everyFilePacing(counter));
    await index.update();
    const first = index.corpus;
    for (let i = 0; i < 5; i++) fs.write(abs(`sources/extra${i}.txt`), `Extra ${i}\n\nThe depot stored ${i + 2} crates.\n`);
    const events: string[] = [];
    const pending = index.update({ progress: { begin: (total) => events.push(`begin ${total}`), report: (done, total) => events.push(`${done}/${total}`) } });
    await new Promise((resolve) => setImmediate(resolve));
    assert.ok(index.indexing);
    assert.equal(index.corpus, first, 'the old corpus answers while the new one is built');
    const r = await pending;
    assert.ok(!index.indexing);
    assert.equal(index.corpus, r.corpus);
    assert.equal(r.corpus.sources.length, 6);
    assert.equal(events[0], 'begin 6');
    assert.deepEqual(events.slice(1), ['1/6', '2/6', '3/6', '4/6', '5/6', '6/6']);
    assert.ok(counter.yields >= 6);
    assert.ok(index.generation === 2 && index.lastIndexMs !== null);
  });

  it('updates run one at a time, in order', async () => {
    const fs = new InMemoryFileSystem(under(ROOT, { 'sources/harbor.txt': HARBOR }));
    const index = new SourceIndex(fs, SETTINGS, everyFilePacing());
    const a = index.update();
    fs.write(abs('sources/orchard.md'), ORCHARD);
    const b = index.update();
    const [ra, rb] = await Promise.all([a, b]);
    assert.ok(rb.corpus.sources.length >= ra.corpus.sources.length);
    assert.equal(index.corpus, rb.corpus);
    assert.equal(index.generation, 2);
  });

  it('new settings (globs, size limit) apply from the next update', async () => {
    const fs = new InMemoryFileSystem(under(ROOT, { 'sources/harbor.txt': HARBOR, 'library/orchard.md': ORCHARD }));
    const index = new SourceIndex(fs, SETTINGS);
    assert.deepEqual((await index.update()).corpus.sources.map((s) => s.key), ['harbor']);
    index.configure({ ...SETTINGS, sets: [{ root: ROOT, globs: ['library/*.md'] }] });
    assert.deepEqual((await index.update()).corpus.sources.map((s) => s.key), ['orchard']);
    index.configure({ ...SETTINGS, maxSourceSizeKB: 0.01 });
    const r = await index.update();
    assert.equal(r.corpus.sources.length, 0);
    assert.match(r.warnings[0].message, /larger than the 0.01 KB limit/);
  });

  it('loadWorkspace (the CLI): several source sets, files deduplicated, progress reported', async () => {
    const fs = new InMemoryFileSystem(under(ROOT, { 'sources/harbor.txt': HARBOR, 'more/orchard.md': ORCHARD }));
    const calls: string[] = [];
    const ws = await loadWorkspace(
      fs,
      [
        { root: ROOT, globs: ['**/*.{txt,md}'] },
        { root: abs('more'), globs: ['**/*.md'] },
      ],
      { exclude: [], maxSourceSizeKB: 64 },
      (done, total) => calls.push(`${done}/${total}`),
    );
    assert.deepEqual(ws.files.map(rel), ['more/orchard.md', 'sources/harbor.txt']);
    assert.equal(ws.corpus.sources.length, 2);
    assert.equal(calls[0], '0/2');
  });
});
