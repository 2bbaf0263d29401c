// What the engine reads and keeps, at the edges a start relies on (engine/workspace, formats,
// persist, stores): a settings value of the wrong type named with what it may be, an unreadable
// settings file named by itself, an error without a code told as text, a file that shrinks while it
// is read, the time an index took, a page at exactly its element limit, PDF metadata of blanks left
// out, cached extractions of every format, record columns that disagree with their records, cache
// files that are not the cache's, a store setting with spaces, and a paged source's pages kept in a
// store's rows. Written against surviving mutants (README "Tests").
import * as assert from 'node:assert/strict';
import * as nodeFs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { validateSettingsFile } from '../../server/src/engine/workspace/settings';
import { loadConfig } from '../../server/src/engine/workspace/config';
import { errorCode } from '../../server/src/engine/workspace/fileSystem';
import { InMemoryFileSystem } from '../../server/src/engine/workspace/memoryFileSystem';
import { NodeFileSystem } from '../../server/src/engine/workspace/nodeFileSystem';
import { folderSet, SourceIndex } from '../../server/src/engine/workspace';
import { extractSource } from '../../server/src/engine/formats';
import { isExtractedText } from '../../server/src/engine/formats/cache';
import { buildSource } from '../../server/src/engine/sources';
import { contentKey, encodeRecords, readRecords } from '../../server/src/engine/persist/sourceRecords';
import { IndexCache, MemoryCacheStore } from '../../server/src/engine/persist/indexCache';
import { isPostgresStore } from '../../server/src/engine/stores';
import { rowsOf } from '../../server/src/engine/stores/rows';
import { Tokenizer } from '../../server/src/engine/text';
import { minimalPdf } from './pdf-fixtures';

describe('engine io: the surviving mutants of workspace, formats, persist, stores', () => {
  it('a settings value of the wrong type says what the setting must be, for each type', () => {
    const cases: [string, string][] = [
      ['{"rules": 3}', '"rules" must be an object, not 3'],
      ['{"sources": "a"}', '"sources" must be an array of strings, not "a"'],
      ['{"hedgeTolerance": "x"}', '"hedgeTolerance" must be a number from 0 to 0.5, not "x"'],
    ];
    for (const [text, message] of cases) assert.equal(validateSettingsFile('grounded.json', text)[0]?.message, message, text);
  });

  it('a settings file named on the command line that cannot be read is one problem, on the file itself', async () => {
    const loaded = await loadConfig(new InMemoryFileSystem(), '/w', '/w/missing.json');
    assert.equal(loaded.problems.length, 1);
    const [p] = loaded.problems;
    assert.deepEqual([p.key, p.kind, p.path, p.line, p.column], ['(file)', 'unreadable', [], 1, 1]);
    assert.match(p.message, /^cannot read \/w\/missing\.json: /);
  });

  it("an error's code, else the error as text, whatever was thrown", () => {
    assert.equal(errorCode(Object.assign(new Error('x'), { code: 'ENOENT' })), 'ENOENT');
    assert.equal(errorCode(null), 'null');
    assert.equal(errorCode(undefined), 'undefined');
    assert.equal(errorCode('gone'), 'gone');
  });

  it('a file that shrinks while it is read gives the bytes read, and its descriptor is closed either way', async () => {
    const dir = nodeFs.mkdtempSync(path.join(os.tmpdir(), 'grounded-shrink-'));
    const file = path.join(dir, 'a.txt');
    nodeFs.writeFileSync(file, 'Sales rose 5% in May.');
    const fsMod = require('node:fs') as typeof nodeFs;
    const [readSync, closeSync] = [fsMod.readSync, fsMod.closeSync];
    const closed: number[] = [];
    try {
      // the first read returns 5 bytes, the next none: the file was cut meanwhile
      let calls = 0;
      fsMod.readSync = ((fd: number, buf: Uint8Array, off: number, len: number, pos: number) => (calls++ === 0 ? readSync(fd, buf, off, Math.min(len, 5), pos) : 0)) as typeof fsMod.readSync;
      fsMod.closeSync = ((fd: number) => {
        closed.push(fd);
        closeSync(fd);
      }) as typeof fsMod.closeSync;
      const r = await new NodeFileSystem().readUpTo(file, 1000);
      assert.equal(r.stat.size, 21);
      assert.equal(Buffer.from(r.bytes!).toString('utf8'), 'Sales');
      assert.equal(closed.length, 1, 'closed after the read');
      await new NodeFileSystem().readUpTo(file, 3);
      assert.equal(closed.length, 2, 'closed when over the limit too');
    } finally {
      fsMod.readSync = readSync;
      fsMod.closeSync = closeSync;
      nodeFs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an index run reports the time it took on its clock', async () => {
    const fs = new InMemoryFileSystem();
    fs.write('/w/sources/a.txt', 'Acme\n\nAcme sold 350 units.\n');
    let t = 1e9;
    const pacing = { sliceMs: 1e9, now: () => (t += 2), yield: async () => undefined };
    const ix = new SourceIndex(fs, { sets: [folderSet('/w/sources')], exclude: [], maxSourceSizeKB: 1024 }, pacing);
    const r = await ix.update();
    assert.equal(r.corpus.sources.length, 1);
    assert.ok(r.ms > 0 && r.ms < 1000, `${r.ms}`);
    assert.equal(ix.lastIndexMs, r.ms);
  });

  it('a web page of exactly the element limit is read; one more element is skipped', async () => {
    const page = `<html><body><article>${'<p>Row <b>12</b> of the table.</p>'.repeat(30)}</article></body></html>`;
    const bytes = new TextEncoder().encode(page);
    const limits = (maxHtmlElements: number) => ({ maxPages: 10, timeoutMs: 5000, maxHtmlElements });
    const tags = (page.match(/<[a-z]/g) ?? []).length;
    const at = await extractSource('html', bytes, limits(tags));
    assert.ok(!('skip' in at), JSON.stringify(at).slice(0, 200));
    const under = await extractSource('html', bytes, limits(tags - 1));
    assert.ok('skip' in under && /more than/.test(under.skip));
  });

  it("a PDF's blank title and author are left out, not kept as empty text", async () => {
    const blank = await extractSource('pdf', minimalPdf({ info: { Title: '   ', Author: '  ' } }));
    assert.ok(!('skip' in blank));
    assert.deepEqual([blank.meta.title, blank.meta.author], [undefined, undefined]);
    const named = await extractSource('pdf', minimalPdf({ info: { Title: ' Wind report ', Author: 'A. Writer' } }));
    assert.ok(!('skip' in named));
    assert.deepEqual([named.meta.title, named.meta.author], ['Wind report', 'A. Writer']);
  });

  it('a cached extraction is one of the three formats read, never another', () => {
    const x = (format: string) => ({ format, text: 'Sales rose.', meta: {} });
    assert.deepEqual(['html', 'pdf', 'docx', 'text', 'odt'].map((f) => isExtractedText(x(f))), [true, true, true, false, false]);
  });

  it('records whose passage columns are short of what the records count are refused, even when the text agrees', () => {
    const src = buildSource(0, '/s/a.txt', 'Acme\n\nAcme sold 350 units. Sales rose 5%.\n');
    const blob = encodeRecords([src], [contentKey(src.text)]);
    const arrays = blob.arrays as unknown as Record<string, Uint8Array>;
    const cut = { ...arrays };
    for (const c of ['pStart', 'pEnd', 'pParagraph', 'pFigures']) cut[c] = arrays[c].subarray(0, arrays[c].length - 1);
    assert.deepEqual(readRecords({ ...blob, arrays: cut } as never), { reject: 'records and columns disagree' });
    const noText = { ...arrays };
    delete noText.text;
    assert.deepEqual(readRecords({ ...blob, arrays: noText } as never), { reject: 'column text is missing' });
    assert.ok(!('reject' in readRecords(blob as never)), 'the whole blob is read');
  });

  it("the cache reads its own delta files only, and keeps a file table made without settings for a load without them", async () => {
    const a = buildSource(0, '/s/a.txt', 'Acme\n\nAcme sold 350 units.\n');
    const b = buildSource(1, '/s/b.txt', 'Beta\n\nBeta hired 20 people.\n');
    const [ka, kb] = [contentKey(a.text), contentKey(b.text)];
    const store = new MemoryCacheStore();
    const cache = new IndexCache({ store }, 'index-t');
    await cache.load();
    await cache.save([a], [ka]);
    await cache.saveFiles(new Map([['/s/a.txt', { size: 30, mtimeMs: 1, ino: 7, statAt: 5000, key: ka }]]));
    // a file beside the cache's, named like a delta but not one (a copy left by hand): b's records
    const other = new MemoryCacheStore();
    const elsewhere = new IndexCache({ store: other }, 'index-t');
    await elsewhere.load();
    await elsewhere.save([b], [kb]);
    store.files.set('index-t.sources.gidx.bak', other.files.get('index-t.sources.gidx')!);
    const loaded = await new IndexCache({ store }, 'index-t').load();
    assert.ok(loaded.records.get(ka));
    assert.equal(loaded.records.get(kb), undefined, 'not read from a file that is not a delta');
    assert.deepEqual([...(loaded.files?.keys() ?? [])], ['/s/a.txt']);
  });

  it('a store setting names PostgreSQL by its scheme at the start, spaces around it allowed', () => {
    const cases: [string, boolean][] = [['postgres://h/db', true], ['  postgresql://h/db ', true], ['POSTGRES:', true], ['file:postgres://h', false], ['mysql://h', false], ['', false]];
    for (const [s, want] of cases) assert.equal(isPostgresStore(s), want, JSON.stringify(s));
  });

  it("a paged source's rows keep each passage's page; a source without pages gives none", () => {
    const text = 'Page one says sales rose.\n\nPage two says costs fell.\n';
    const paged = buildSource(0, '/s/a.pdf', text, { format: 'pdf', text, meta: {}, pages: [0, 27] });
    assert.deepEqual(rowsOf(paged, new Tokenizer()).doc.passages.map((p) => p.page), [1, 2]);
    const plain = buildSource(0, '/s/a.txt', text);
    assert.deepEqual(rowsOf(plain, new Tokenizer()).doc.passages.map((p) => 'page' in p), [false, false]);
  });
});
