// The index cache's file table (engine/persist/fileTable.ts): a start opens no file whose stat
// (size, modification time, inode) is what it was when its text was read; any change of these is
// read again; a file modified within RACY_MS of the stat that recorded it is read again even with
// the same stat; a file rewritten with the same size, time and inode is the accepted blind spot
// (as make's and ccache's), and --no-cache reads it. The text a record keeps reads back exactly.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decode, encode } from '../../server/src/engine/persist/binary';
import { encodeFileTable, readFileTable, unchanged, type StoredFileTable } from '../../server/src/engine/persist/fileTable';
import { RACY_MS } from '../../server/src/engine/persist/policy';
import { contentKey, encodeRecords, readRecords, recordText, type RecordSet } from '../../server/src/engine/persist/sourceRecords';
import { buildSource } from '../../server/src/engine/sources';
import { NodeFileSystem, SourceIndex } from '../../server/src/engine/workspace';
import { CACHE_FILES, cacheSettings, noteVerdicts, OLD, withCacheFolder } from '../helpers/cacheFixture';

const FILES: Record<string, string> = { ...CACHE_FILES, 'c.txt': 'Gamma\n\nGamma lost 40% of its value in 12–18 months, its chief said: “we will recover”.' };
const withFolder = (fn: (dir: string, sources: string, cache: string) => Promise<void>) =>
  withCacheFolder('file-table', (f) => fn(f.dir, f.sources, f.cache), FILES);

async function index(sources: string, cache: string | undefined, log: string[] = [], maxSourceSizeKB?: number) {
  const ix = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache, log, maxSourceSizeKB));
  const r = await ix.update();
  await ix.flush();
  return { ix, r };
}

const figureOf = (ix: SourceIndex, key: string) => ix.corpus.sources.find((s) => s.key === key)!.passages.flatMap((p) => p.figures.map((f) => f.text));

/** Rewrite a file in place (same inode) with text of the same length, its modification time set to `mtime`. */
function rewriteInPlace(file: string, text: string, mtime: Date): void {
  assert.equal(Buffer.byteLength(text), fs.statSync(file).size, 'the same size');
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, text, 0, 'utf8');
  } finally {
    fs.closeSync(fd);
  }
  fs.utimesSync(file, mtime, mtime);
}

describe('the index cache trusts an unchanged stat (persist/fileTable)', function () {
  this.timeout(60000);

  it('a second start opens no file and gives the same sources and verdicts', withFolder(async (_dir, sources, cache) => {
    const first = await index(sources, cache);
    assert.equal(first.r.read, 3);
    assert.equal(first.r.built, 3);
    const log: string[] = [];
    const second = await index(sources, cache, log);
    assert.equal(second.r.read, 0, 'no file opened');
    assert.equal(second.r.unopened, 3);
    assert.equal(second.r.built, 0);
    assert.deepEqual(log, []);
    assert.deepStrictEqual(second.ix.corpus.sources, first.ix.corpus.sources);
    assert.equal(noteVerdicts(second.ix), noteVerdicts(first.ix));
    assert.match(noteVerdicts(first.ix), /figure-mismatch/, 'the note has a verdict to compare');
  }));

  it('a file whose size, modification time or inode changed is read again, alone', withFolder(async (dir, sources, cache) => {
    await index(sources, cache);
    // size: a figure changed and a word added
    fs.writeFileSync(path.join(sources, 'a.txt'), FILES['a.txt'].replace('350,000', '360,000 new'));
    fs.utimesSync(path.join(sources, 'a.txt'), OLD, OLD);
    // time only: the same text saved again
    fs.utimesSync(path.join(sources, 'b.md'), new Date('2021-01-01'), new Date('2021-01-01'));
    // inode only: another file of the same size and time renamed over it
    const other = path.join(dir, 'c.tmp');
    fs.writeFileSync(other, FILES['c.txt'].replace('40%', '45%'));
    fs.utimesSync(other, OLD, OLD);
    fs.renameSync(other, path.join(sources, 'c.txt'));
    const { ix, r } = await index(sources, cache);
    assert.equal(r.read, 3);
    assert.equal(r.unopened, 0);
    assert.equal(r.built, 2, 'a.txt and c.txt are built again; b.md, the same text, is restored');
    assert.ok(figureOf(ix, 'a').includes('360,000'));
    assert.ok(figureOf(ix, 'c').includes('45%'));
    const again = await index(sources, cache);
    assert.equal(again.r.unopened, 3, 'the new stats are kept');
    assert.ok(figureOf(again.ix, 'c').includes('45%'));
  }));

  it('a file rewritten within RACY_MS of its read, with the same size and time, is still caught', withFolder(async (_dir, sources, cache) => {
    const file = path.join(sources, 'a.txt');
    const now = new Date();
    fs.utimesSync(file, now, now); // modified "just now": the stat taken at the read cannot vouch for it
    await index(sources, cache);
    rewriteInPlace(file, FILES['a.txt'].replace('350,000', '360,000'), now);
    const { ix, r } = await index(sources, cache);
    assert.equal(r.unopened, 2, 'the two old files are not opened');
    assert.equal(r.built, 1);
    assert.ok(figureOf(ix, 'a').includes('360,000'));
  }));

  it('an old file rewritten with the same size, time and inode is taken as unchanged (as make and ccache do); --no-cache reads it', withFolder(async (_dir, sources, cache) => {
    const file = path.join(sources, 'a.txt');
    await index(sources, cache);
    rewriteInPlace(file, FILES['a.txt'].replace('350,000', '360,000'), OLD);
    const cached = await index(sources, cache);
    assert.equal(cached.r.unopened, 3);
    assert.ok(figureOf(cached.ix, 'a').includes('350,000'), 'the blind spot: the text the cache read before');
    const uncached = await index(sources, undefined);
    assert.ok(figureOf(uncached.ix, 'a').includes('360,000'));
  }));

  it('other settings (size limit) or a corrupt file table: every file is read, nothing is built', withFolder(async (_dir, sources, cache) => {
    await index(sources, cache);
    const other = await index(sources, cache, [], 2048);
    assert.equal(other.r.read, 3);
    assert.equal(other.r.built, 0, 'the records are keyed by content: all restored');
    const table = fs.readdirSync(cache).find((f) => f.endsWith('.files.gidx'))!;
    const bytes = fs.readFileSync(path.join(cache, table));
    bytes[bytes.length - 5] ^= 0x55;
    fs.writeFileSync(path.join(cache, table), bytes);
    const log: string[] = [];
    const r = await index(sources, cache, log, 2048);
    assert.equal(r.r.read, 3);
    assert.equal(r.r.built, 0);
    assert.equal(log.length, 1);
    assert.match(log[0], /files\.gidx discarded: checksum mismatch/);
    assert.equal((await index(sources, cache, [], 2048)).r.unopened, 3, 'the table is written again');
  }));

  it('a file table whose records are gone (the records file deleted): every file is read and built again, nothing stale', withFolder(async (_dir, sources, cache) => {
    await index(sources, cache);
    for (const f of fs.readdirSync(cache)) if (f.includes('.sources.')) fs.rmSync(path.join(cache, f));
    fs.writeFileSync(path.join(sources, 'a.txt'), FILES['a.txt'].replace('350,000', '360,000 new'));
    fs.utimesSync(path.join(sources, 'a.txt'), OLD, OLD);
    const { ix, r } = await index(sources, cache);
    assert.equal(r.unopened, 0);
    assert.equal(r.read, 3);
    assert.equal(r.built, 3);
    assert.ok(figureOf(ix, 'a').includes('360,000'));
    assert.equal((await index(sources, cache)).r.unopened, 3, 'records and table written again');
  }));

  it('writers racing on one cache folder leave a whole file table that the next start trusts', withFolder(async (_dir, sources, cache) => {
    const log: string[] = [];
    await Promise.all(Array.from({ length: 6 }, () => index(sources, cache, log)));
    assert.deepEqual(log, []);
    assert.deepEqual(fs.readdirSync(cache).filter((f) => f.endsWith('.tmp')), [], 'no temporary file is left');
    const next = await index(sources, cache, log);
    assert.deepEqual(log, [], 'whichever writer won, its files are whole');
    assert.equal(next.r.unopened, 3);
    assert.equal(next.r.built, 0);
  }));

  it('a file table read back holds what was written; an entry vouches only for the same stat, not racy', () => {
    const entries = new Map([
      ['/w/a.txt', { size: 10, mtimeMs: 1000.5, ino: 77, statAt: 1000.5 + RACY_MS, key: 'k1' }],
      ['/w/b.txt', { size: 20, mtimeMs: 5000, ino: 78, statAt: 5000 + RACY_MS - 1, key: 'k2' }],
    ]);
    const blob = decode<never>(encode(encodeFileTable(entries, 's'), 1), 1);
    assert.ok(!('reject' in blob));
    const table = readFileTable(blob as never, 's') as StoredFileTable;
    assert.deepStrictEqual(new Map(table), entries);
    // an entry made when asked; the content key read without one
    assert.deepStrictEqual([table.size, table.get('/w/b.txt'), table.keyOf('/w/a.txt'), table.has('/w/c.txt'), table.get('/w/c.txt'), table.keyOf('/w/c.txt')], [2, entries.get('/w/b.txt'), 'k1', false, undefined, undefined]);
    assert.deepStrictEqual([[...table.keys()], [...table.values()]], [[...entries.keys()], [...entries.values()]]);
    assert.equal(readFileTable(blob as never, 'other settings'), undefined);
    const a = entries.get('/w/a.txt')!;
    assert.equal(unchanged(a, { size: 10, mtimeMs: 1000.5, ino: 77 }), true);
    assert.equal(unchanged(a, { size: 11, mtimeMs: 1000.5, ino: 77 }), false);
    assert.equal(unchanged(a, { size: 10, mtimeMs: 1000.6, ino: 77 }), false);
    assert.equal(unchanged(a, { size: 10, mtimeMs: 1000.5, ino: 76 }), false);
    assert.equal(unchanged(a, { size: 10, mtimeMs: 1000.5 }), false, 'no inode, no trust');
    assert.equal(unchanged(entries.get('/w/b.txt')!, { size: 20, mtimeMs: 5000, ino: 78 }), false, 'racy');
  });

  it('a record keeps its text exactly (ASCII, Latin-1, wider characters); one with lone surrogates keeps none', () => {
    const texts = ['Plain 12% text.', 'Café sold £3.4bn, 5½ times.', 'Curly “quotes” — and 😀 15%.', 'Broken \ud800 surrogate 7%.', ''];
    const built = texts.map((t, i) => buildSource(i, `/w/s${i}.txt`, t));
    const keys = texts.map((t) => contentKey(t));
    const blob = decode<never>(encode(encodeRecords(built, keys), 1), 1);
    const records = readRecords(blob as never) as RecordSet;
    assert.deepEqual(texts.map((_, i) => recordText(records.get(keys[i])!)), [texts[0], texts[1], texts[2], undefined, texts[4]]);
  });
});
