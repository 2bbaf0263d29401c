// The index kept between runs (engine/persist): a restored source is the source buildSource makes;
// a second start on the same files builds nothing and gives the same verdicts; a changed file is
// built again alone; files of another engine version, corrupt, truncated or foreign files are
// discarded with a log line; two writers racing leave a whole file; the CLI's cache folder.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkNote } from '../../server/src/engine/check';
import { decodeSourceFile } from '../../server/src/engine/formats';
import { decode, encode, encodeChunks } from '../../server/src/engine/persist/binary';
import { DiskCacheStore, MemoryCacheStore, type CacheStore } from '../../server/src/engine/persist';
import { contentKey, encodeRecords, readRecords, restoreSource, type RecordSet } from '../../server/src/engine/persist/sourceRecords';
import { buildSource } from '../../server/src/engine/sources';
import { folderSet, InMemoryFileSystem, NodeFileSystem, SourceIndex, type IndexSettings } from '../../server/src/engine/workspace';
import { defaultCacheDir } from '../../server/src/cli/cacheDir';
import { cacheDirOf } from '../../server/src/cli/workspace';
import { parseCommandArgs, UsageError } from '../../server/src/cli/args';
import { MAX_DELTA_FILES } from '../../server/src/engine/persist/policy';
import { plainPostings } from '../helpers/plainPostings';

const ROOT = path.resolve(__dirname, '../..');
const BBC = path.resolve(ROOT, '../shared/corpora/bbc-news');
const EXAMPLES = path.join(ROOT, 'examples/sources');

/** Sources built, and built again through a record (encoded, written as bytes, read back). */
function roundTrip(files: { path: string; text: string; extracted?: Parameters<typeof buildSource>[3] }[]) {
  const built = files.map((f, i) => buildSource(i, f.path, f.text, f.extracted));
  const keys = files.map((f) => contentKey(f.text, f.extracted));
  const blob = decode<never>(encode(encodeRecords(built, keys), 1), 1);
  assert.ok(!('reject' in blob), 'the blob reads back');
  const records = readRecords(blob as never);
  assert.ok(!('reject' in records));
  const restored = files.map((f, i) => restoreSource(i, f.path, f.text, (records as RecordSet).get(keys[i])!));
  return { built, restored };
}

const SOURCES: Record<string, string> = {
  '/w/sources/a.txt': 'Acme Corp\n\nAcme sold 350,000 units in 2024, up about 12% on the year before.\n\nRevenue was $14.3 billion.',
  '/w/sources/b.md': '---\ntitle: Beta report\nid: beta\naliases: [b2]\n---\n\nBeta hired nearly 2,000 people. Two-thirds of them were engineers.\n',
  '/w/sources/c.txt': 'Gamma\n\nGamma lost 40% of its value in 12-18 months.',
  '/w/sources/d.md': '---\ntitle: [broken\n---\nDelta grew 5%.',
};
const NOTE = 'Acme sold 350,000 units [@a] and revenue was $15.3 billion [@a]. Beta hired about 2,000 [@beta]. Gamma lost 40% [@c].\n';

function settings(store: CacheStore, log: string[] = [], version?: number): IndexSettings {
  return { sets: [folderSet('/w/sources')], exclude: [], maxSourceSizeKB: 1024, cache: { store, log: (m) => log.push(m), version } };
}

/** An update, and its index written to the cache. */
async function updated(index: SourceIndex, options?: Parameters<SourceIndex['update']>[0]) {
  const r = await index.update(options);
  await index.flush();
  return r;
}

/** A byte the file's checksum covers: the middle of the data it checks (binary.ts; a records file's texts are outside it). */
function checkedByte(b: Uint8Array): number {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  const json = buf.readUInt32LE(16);
  const { checked } = JSON.parse(buf.toString('utf8', 48, 48 + json)) as { checked: number };
  return ((48 + json + 7) & ~7) + (checked >> 1);
}

const verdicts = (index: SourceIndex) => JSON.stringify(checkNote(NOTE, index.corpus).diagnostics.map((f) => [f.code, f.message]));

describe('persisted index', () => {
  it('restores every source of the BBC corpus, the examples and odd shapes exactly as buildSource makes it', async function () {
    this.timeout(120000);
    const files: { path: string; text: string; extracted?: Parameters<typeof buildSource>[3] }[] = [];
    if (fs.existsSync(BBC)) for (const f of fs.readdirSync(BBC).sort().slice(0, 400)) files.push({ path: path.join(BBC, f), text: fs.readFileSync(path.join(BBC, f), 'utf8') });
    for (const f of fs.readdirSync(EXAMPLES).filter((f) => !f.endsWith('.pdf'))) {
      const d = await decodeSourceFile(f, fs.readFileSync(path.join(EXAMPLES, f)));
      assert.ok(!('skip' in d));
      files.push({ path: path.join(EXAMPLES, f), ...d });
    }
    for (const [p, text] of Object.entries(SOURCES)) files.push({ path: p, text });
    files.push({ path: '/w/empty.txt', text: '' }, { path: '/w/paged.txt', text: 'One 1.\n\nTwo 22%.\n\nThree £3m.', extracted: { format: 'pdf', text: 'One 1.\n\nTwo 22%.\n\nThree £3m.', meta: { title: 'Paged' }, pages: [0, 8, 18], problem: 'page 4 has no text' } });
    const { built, restored } = roundTrip(files);
    assert.ok(built.reduce((n, s) => n + s.passages.length, 0) > 100);
    assert.ok(built.some((s) => s.passages.some((p) => p.figures.some((f) => f.hedge))), 'hedged figures are among them');
    assert.ok(built.some((s) => s.passages.some((p) => p.page !== undefined)), 'paged passages are among them');
    assert.deepStrictEqual(restored, built);
  });

  it('a blob written in pieces (arrays uncopied, each padded to 8 bytes) is the file encode makes, and reads back', async () => {
    const blob = { meta: { n: 1 }, arrays: { a: Uint8Array.of(1, 2, 3), b: Float64Array.of(1.5, -2), c: new Int32Array(0), d: Int32Array.of(7, 8, 9) } };
    const pieces = encodeChunks(blob, 9);
    assert.ok(pieces.some((p) => p.buffer === blob.arrays.b.buffer), 'an array is written from its own bytes');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-index-cache-'));
    try {
      await new DiskCacheStore(dir).write('x.gidx', pieces);
      const bytes = fs.readFileSync(path.join(dir, 'x.gidx'));
      assert.ok(bytes.equals(encode(blob, 9)));
      const back = decode<{ n: number }>(bytes, 9);
      assert.ok(!('reject' in back));
      assert.deepEqual(back.meta, { n: 1 });
      for (const k of Object.keys(blob.arrays) as (keyof typeof blob.arrays)[]) assert.deepEqual([...back.arrays[k]], [...blob.arrays[k]]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a record that does not fit the text is not restored (built afresh)', () => {
    const text = SOURCES['/w/sources/a.txt'];
    const key = contentKey(text);
    const records = readRecords(encodeRecords([buildSource(0, '/w/a.txt', text)], [key])) as RecordSet;
    assert.equal(restoreSource(0, '/w/a.txt', text.slice(0, 20), records.get(key)!), undefined);
  });

  it('a second start on the same files restores every source and the postings, with the same verdicts', async () => {
    const store = new MemoryCacheStore();
    const first = new SourceIndex(new InMemoryFileSystem(SOURCES), settings(store));
    const r1 = await first.update();
    await first.flush();
    assert.equal(r1.built, 4);
    assert.equal(store.files.size, 2, 'records and postings are written');
    const log: string[] = [];
    const second = new SourceIndex(new InMemoryFileSystem(SOURCES), settings(store, log));
    const r2 = await second.update();
    assert.equal(r2.built, 0);
    assert.deepEqual(log, []);
    assert.deepEqual(r2.warnings, r1.warnings, 'the invalid front matter is still reported');
    assert.deepStrictEqual(second.corpus.sources, first.corpus.sources);
    assert.deepStrictEqual(plainPostings(second.corpus.postingsIndex), plainPostings(first.corpus.postingsIndex));
    assert.equal(verdicts(second), verdicts(first));
    assert.match(verdicts(first), /figure-mismatch/, 'the note has a verdict to compare');
  });

  it('a changed file is built again alone; the others come from the cache', async () => {
    const store = new MemoryCacheStore();
    await updated(new SourceIndex(new InMemoryFileSystem(SOURCES), settings(store)));
    const changed = { ...SOURCES, '/w/sources/c.txt': 'Gamma\n\nGamma lost 45% of its value in 12-18 months.' };
    const index = new SourceIndex(new InMemoryFileSystem(changed), settings(store));
    const r = await updated(index);
    assert.equal(r.built, 1);
    assert.equal(index.corpus.sources[2].passages[1].figures[0].value, 45);
    // and the cache now holds the change
    const again = await updated(new SourceIndex(new InMemoryFileSystem(changed), settings(store)));
    assert.equal(again.built, 0);
    assert.equal(again.corpus.sources[2].passages[1].figures[0].value, 45);
  });

  it('an unchanged file read again by the same index is not built again, and nothing is written', async () => {
    const store = new MemoryCacheStore();
    const fsys = new InMemoryFileSystem(SOURCES);
    const index = new SourceIndex(fsys, settings(store));
    await updated(index);
    const written = new Map(store.files);
    fsys.write('/w/sources/a.txt', SOURCES['/w/sources/a.txt']); // saved, unchanged
    const r = await updated(index, { changed: new Set(['/w/sources/a.txt']) });
    assert.equal(r.read, 1);
    assert.equal(r.built, 0);
    assert.deepEqual(store.files, written);
  });

  it('files of another engine version are discarded with a log line, and everything is built again', async () => {
    const store = new MemoryCacheStore();
    await updated(new SourceIndex(new InMemoryFileSystem(SOURCES), settings(store, [], 1)));
    const log: string[] = [];
    const r = await updated(new SourceIndex(new InMemoryFileSystem(SOURCES), settings(store, log, 2)));
    assert.equal(r.built, 4);
    assert.equal(log.length, 2);
    for (const line of log) assert.match(line, /index cache memory\/index-.*\.gidx discarded: made by engine version 1, not 2/);
    const after = await new SourceIndex(new InMemoryFileSystem(SOURCES), settings(store, [], 2)).update();
    assert.equal(after.built, 0, 'the files were rewritten by version 2');
  });

  for (const [what, spoil, reason] of [
    ['a changed byte', (b: Uint8Array) => ((b[checkedByte(b)] ^= 0x55), b), /checksum mismatch/],
    ['a truncated file', (b: Uint8Array) => b.subarray(0, b.length >> 1), /checksum mismatch|out of bounds/],
    ['a foreign file', () => new TextEncoder().encode('{"not": "an index"}'), /not a Grounded index file/],
    ['an empty file', () => new Uint8Array(0), /not a Grounded index file/],
  ] as const) {
    it(`${what} is discarded with a log line and the index built afresh, with the same verdicts`, async () => {
      const store = new MemoryCacheStore();
      const first = new SourceIndex(new InMemoryFileSystem(SOURCES), settings(store));
      await updated(first);
      for (const [name, bytes] of store.files) store.files.set(name, spoil(Uint8Array.from(bytes)));
      const log: string[] = [];
      const index = new SourceIndex(new InMemoryFileSystem(SOURCES), settings(store, log));
      const r = await index.update();
      assert.equal(r.built, 4);
      assert.equal(log.length, 2);
      for (const line of log) assert.match(line, reason);
      assert.equal(verdicts(index), verdicts(first));
    });
  }

  it('postings of another corpus are not used: a source added is indexed with the others', async () => {
    const store = new MemoryCacheStore();
    await updated(new SourceIndex(new InMemoryFileSystem(SOURCES), settings(store)));
    const more = { ...SOURCES, '/w/sources/e.txt': 'Epsilon\n\nEpsilon shipped 7,000 widgets.' };
    const index = new SourceIndex(new InMemoryFileSystem(more), settings(store));
    const r = await index.update();
    assert.equal(r.built, 1);
    const fresh = new SourceIndex(new InMemoryFileSystem(more), { ...settings(store), cache: undefined });
    await fresh.update();
    assert.deepStrictEqual(index.corpus.postingsIndex, fresh.corpus.postingsIndex);
    assert.ok(index.corpus.has('widget'));
  });

  it('two writers racing on one folder leave whole files that the next start reads', async function () {
    this.timeout(60000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-index-cache-'));
    try {
      const variants = [SOURCES, { ...SOURCES, '/w/sources/c.txt': 'Gamma\n\nGamma lost 41% of its value.' }];
      const log: string[] = [];
      // eight indexes of two variants of the corpus, all writing the same two files at once
      await Promise.all(Array.from({ length: 8 }, (_, i) => updated(new SourceIndex(new InMemoryFileSystem(variants[i % 2]), settings(new DiskCacheStore(dir), log)))));
      assert.deepEqual(log, []);
      assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file is left');
      const next = new SourceIndex(new InMemoryFileSystem(SOURCES), settings(new DiskCacheStore(dir), log));
      const r = await next.update();
      assert.deepEqual(log, [], 'whichever writer won, its files are whole');
      assert.ok(r.built <= 1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an update writes only the records of what changed: the base and the postings stay as they were until flush', async function () {
    this.timeout(60000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-index-cache-'));
    try {
      const files: Record<string, string> = {};
      for (let i = 0; i < 60; i++) files[`/w/sources/s${i}.txt`] = `Source ${i}\n\n` + Array.from({ length: 20 }, (_, k) => `Firm ${i} sold ${k * 100 + i} units in ${2000 + k}, up ${k + 1}% on the year before.`).join(' ');
      const fsys = new InMemoryFileSystem(files);
      const index = new SourceIndex(fsys, settings(new DiskCacheStore(dir)));
      await updated(index);
      const stat = () => new Map(fs.readdirSync(dir).map((f) => [f, { size: fs.statSync(path.join(dir, f)).size, mtime: fs.statSync(path.join(dir, f)).mtimeMs, bytes: fs.readFileSync(path.join(dir, f)) }]));
      const before = stat();
      assert.equal(before.size, 2, 'the first save writes the base and the postings');
      const base = [...before.keys()].find((f) => f.endsWith('.sources.gidx'))!;
      const postingsFile = [...before.keys()].find((f) => f.endsWith('.postings.gidx'))!;
      fsys.write('/w/sources/s7.txt', files['/w/sources/s7.txt'].replace('sold 107', 'sold 108'));
      const r = await index.update({ changed: new Set(['/w/sources/s7.txt']) });
      assert.equal(r.built, 1);
      assert.equal(r.postings, 'updated');
      await index.saved();
      const after = stat();
      for (const f of [base, postingsFile]) {
        assert.equal(after.get(f)!.mtime, before.get(f)!.mtime, `${f} is not written again`);
        assert.ok(after.get(f)!.bytes.equals(before.get(f)!.bytes));
      }
      const added = [...after.keys()].filter((f) => !before.has(f));
      assert.equal(added.length, 1, 'one delta file');
      assert.match(added[0], /\.sources\.[0-9a-f]+\.gidx$/);
      assert.ok(after.get(added[0])!.size * 20 < after.get(base)!.size, `the delta (${after.get(added[0])!.size} bytes) holds one source of 60 (the base: ${after.get(base)!.size})`);
      // flush writes the postings of the updated corpus; the next start builds nothing
      await index.flush();
      assert.ok(!stat().get(postingsFile)!.bytes.equals(before.get(postingsFile)!.bytes), 'flush wrote the postings');
      const next = new SourceIndex(new InMemoryFileSystem({ ...files, '/w/sources/s7.txt': files['/w/sources/s7.txt'].replace('sold 107', 'sold 108') }), settings(new DiskCacheStore(dir)));
      const r2 = await next.update();
      assert.equal(r2.built, 0);
      assert.equal(r2.postings, 'cached');
      assert.deepStrictEqual(next.corpus.sources, index.corpus.sources);
      assert.deepStrictEqual(plainPostings(next.corpus.postingsIndex), plainPostings(index.corpus.postingsIndex));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('many updates keep the delta files few (merged past MAX_DELTA_FILES, folded into the base past MAX_DELTA_SHARE), every record readable', async () => {
    const store = new MemoryCacheStore();
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++) files[`/w/sources/s${i}.txt`] = `Source ${i}\n\nFirm ${i} sold ${i * 3 + 1} units in 2004.`;
    const fsys = new InMemoryFileSystem(files);
    const index = new SourceIndex(fsys, settings(store));
    await updated(index);
    const deltas = () => [...store.files.keys()].filter((f) => /\.sources\.[0-9a-f]+\.gidx$/.test(f)).length;
    let most = 0;
    let folded = false;
    for (let u = 0; u < 120; u++) {
      const p = `/w/sources/s${u % 200}.txt`;
      files[p] = `Source ${u}\n\nFirm ${u} sold ${u * 7 + 2} units in 2005 (update ${u}).`;
      fsys.write(p, files[p]);
      await index.update({ changed: new Set([p]) });
      await index.saved();
      most = Math.max(most, deltas());
      if (deltas() === 0) folded = true;
    }
    assert.ok(most >= 32 && most <= MAX_DELTA_FILES, `at most ${MAX_DELTA_FILES} delta files (${most})`);
    assert.ok(folded, 'the deltas were folded into the base once they held over half as many records');
    const next = new SourceIndex(new InMemoryFileSystem(files), settings(store));
    const r = await next.update();
    assert.equal(r.built, 0);
    assert.deepStrictEqual(next.corpus.sources, index.corpus.sources);
  });

  it('the CLI keeps its cache in the user cache folder, --cache DIR, or nowhere with --no-cache', () => {
    assert.equal(defaultCacheDir({ XDG_CACHE_HOME: '/x/cache' }, '/home/u', 'linux'), path.join('/x/cache', 'grounded'));
    assert.equal(defaultCacheDir({ XDG_CACHE_HOME: 'relative' }, '/home/u', 'linux'), path.join('/home/u', '.cache', 'grounded'));
    assert.equal(defaultCacheDir({}, '/home/u', 'linux'), path.join('/home/u', '.cache', 'grounded'));
    assert.equal(defaultCacheDir({}, '/Users/u', 'darwin'), path.join('/Users/u', 'Library', 'Caches', 'grounded'));
    assert.equal(defaultCacheDir({ LOCALAPPDATA: 'C:\\L' }, 'C:\\u', 'win32'), path.join('C:\\L', 'grounded', 'cache'));
    const io = { cwd: '/work', out: () => undefined, err: () => undefined, tty: false, color: false, env: { XDG_CACHE_HOME: '/x/cache' } };
    assert.equal(cacheDirOf(parseCommandArgs('check', ['n.md']), io), path.join('/x/cache', 'grounded'));
    assert.equal(cacheDirOf(parseCommandArgs('check', ['--cache', 'c', 'n.md']), io), path.resolve('/work', 'c'));
    assert.equal(cacheDirOf(parseCommandArgs('search', ['--no-cache', 'q']), io), undefined);
    assert.throws(() => parseCommandArgs('check', ['--cache', 'c', '--no-cache', 'n.md']), UsageError);
  });

  it('a real folder: the second index of the example sources builds nothing', async function () {
    this.timeout(60000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-index-cache-'));
    try {
      const s: IndexSettings = { sets: [folderSet(EXAMPLES)], exclude: [], maxSourceSizeKB: 10240, cache: { store: new DiskCacheStore(dir) } };
      const first = await updated(new SourceIndex(new NodeFileSystem(), s));
      assert.ok(first.built >= 5);
      const second = await new SourceIndex(new NodeFileSystem(), s).update();
      assert.equal(second.built, 0);
      assert.deepStrictEqual(second.corpus.sources, first.corpus.sources);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
