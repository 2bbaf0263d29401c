// The editor's start from the index cache (IndexOptions.trustCache): the index answers from the
// cache as it was left — no folder walked, no file stated or opened — and `SourceIndex.verify` then
// walks and stats the files: an unchanged corpus is kept as it is; a file changed, created or
// deleted while the editor was closed is read (or dropped) then, and never answered from its old
// record after; a cache that does not hold every file (or their postings) makes a start as any other.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ENGINE_VERSION } from '../../server/src/engine/persist';
import { decode, encode } from '../../server/src/engine/persist/binary';
import { NodeFileSystem, SourceIndex } from '../../server/src/engine/workspace';
import { CACHE_FILES, cacheSettings, noteVerdicts, OLD, withCacheFolder } from '../helpers/cacheFixture';

const withFolder = (fn: (sources: string, cache: string) => Promise<void>) => withCacheFolder('trusted', (f) => fn(f.sources, f.cache));

/** The disk, counting what the index asks of it. */
class CountingFileSystem extends NodeFileSystem {
  calls = { readDirectory: 0, stat: 0, read: 0 };
  override readDirectory(dir: string) {
    this.calls.readDirectory++;
    return super.readDirectory(dir);
  }
  override stat(p: string) {
    this.calls.stat++;
    return super.stat(p);
  }
  override statNow(p: string) {
    this.calls.stat++;
    return super.statNow(p);
  }
  override readFile(p: string) {
    this.calls.read++;
    return super.readFile(p);
  }
  override readUpTo(p: string, max: number) {
    this.calls.read++;
    return super.readUpTo(p, max);
  }
}

/** A first index of the folder, written to the cache. */
async function firstIndex(sources: string, cache: string): Promise<void> {
  const ix = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
  await ix.update();
  await ix.flush();
}

async function freshIndex(sources: string): Promise<SourceIndex> {
  const ix = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, undefined));
  await ix.update();
  return ix;
}

const textOf = (ix: SourceIndex, key: string) => ix.corpus.sources.find((s) => s.key === key)?.text;

describe('a start from the index cache as it was left (trustCache), verified after', function () {
  this.timeout(60000);

  it('walks, stats and opens nothing; gives the sources and verdicts of a fresh index; verify then stats each file and keeps the corpus', withFolder(async (sources, cache) => {
    await firstIndex(sources, cache);
    const disk = new CountingFileSystem();
    const log: string[] = [];
    const ix = new SourceIndex(disk, cacheSettings(sources, cache, log));
    const r = await ix.update({ trustCache: true });
    assert.deepEqual(disk.calls, { readDirectory: 0, stat: 0, read: 0 });
    assert.deepEqual([r.unverified, r.read, r.unopened, r.built, r.postings], [true, 0, 3, 0, 'cached']);
    const fresh = await freshIndex(sources);
    assert.deepStrictEqual(ix.corpus.sources, fresh.corpus.sources);
    assert.equal(noteVerdicts(ix), noteVerdicts(fresh));
    assert.match(noteVerdicts(fresh), /figure-mismatch/, 'the note has a verdict to compare');
    const corpus = ix.corpus;
    assert.equal(await ix.verify(), undefined, 'every file as the cache left it');
    assert.equal(disk.calls.stat, 3, 'each file stated once');
    assert.equal(disk.calls.read, 0);
    assert.ok(disk.calls.readDirectory > 0, 'the folder walked');
    assert.equal(ix.corpus, corpus, 'the corpus kept');
    assert.equal(await ix.verify(), undefined);
    assert.equal(disk.calls.stat, 3, 'verified once');
    assert.deepEqual(log, []);
  }));

  it('a file changed while closed is answered from the cache until verify reads it, then from its new text only', withFolder(async (sources, cache) => {
    await firstIndex(sources, cache);
    const changed = CACHE_FILES['c.txt'].replace('40%', '45%');
    fs.writeFileSync(path.join(sources, 'c.txt'), changed);
    fs.utimesSync(path.join(sources, 'c.txt'), OLD, new Date(OLD.getTime() + 60_000));
    const ix = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
    const r = await ix.update({ trustCache: true });
    assert.equal(r.unverified, true);
    assert.equal(textOf(ix, 'c'), CACHE_FILES['c.txt'], 'the cache as it was left');
    const v = await ix.verify();
    assert.ok(v, 'the change was found');
    assert.deepEqual([v.read, v.built, v.unverified], [1, 1, undefined]);
    assert.equal(textOf(ix, 'c'), changed);
    const fresh = await freshIndex(sources);
    assert.deepStrictEqual(ix.corpus.sources, fresh.corpus.sources);
    assert.deepStrictEqual(ix.corpus.postingsIndex, fresh.corpus.postingsIndex);
    assert.equal(noteVerdicts(ix), noteVerdicts(fresh));
    assert.notEqual(noteVerdicts(fresh), JSON.stringify([]));
    // and the next start from the cache holds the change
    await ix.flush();
    const next = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
    await next.update({ trustCache: true });
    assert.equal(textOf(next, 'c'), changed);
    assert.equal(await next.verify(), undefined);
  }));

  it('a save before verify does not stand for it: verify still stats every file', withFolder(async (sources, cache) => {
    await firstIndex(sources, cache);
    const changed = CACHE_FILES['a.txt'].replace('$14.3', '$15.3');
    fs.writeFileSync(path.join(sources, 'a.txt'), changed);
    fs.utimesSync(path.join(sources, 'a.txt'), OLD, new Date(OLD.getTime() + 60_000));
    const ix = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
    await ix.update({ trustCache: true });
    const saved = CACHE_FILES['b.md'].replace('2,000', '2,100');
    fs.writeFileSync(path.join(sources, 'b.md'), saved);
    await ix.update({ changed: new Set([path.join(sources, 'b.md')]), watched: true });
    assert.equal(textOf(ix, 'b'), saved);
    assert.equal(textOf(ix, 'a'), CACHE_FILES['a.txt'], 'not looked at yet');
    const v = await ix.verify();
    assert.ok(v);
    assert.equal(textOf(ix, 'a'), changed);
    assert.equal(textOf(ix, 'b'), saved);
  }));

  it('files created and deleted while closed are found by verify (a full update)', withFolder(async (sources, cache) => {
    await firstIndex(sources, cache);
    fs.rmSync(path.join(sources, 'a.txt'));
    fs.writeFileSync(path.join(sources, 'd.txt'), 'Delta\n\nDelta grew 5% in 2023.');
    const ix = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
    await ix.update({ trustCache: true });
    assert.deepEqual(ix.corpus.sources.map((s) => s.key), ['a', 'b', 'c']);
    const v = await ix.verify();
    assert.ok(v);
    assert.deepEqual(ix.corpus.sources.map((s) => s.key), ['b', 'c', 'd']);
    const fresh = await freshIndex(sources);
    assert.deepStrictEqual(ix.corpus.postingsIndex, fresh.corpus.postingsIndex);
    // (the update's writes waited for before the folder is removed: at load 13 one landed during the removal, ENOTEMPTY)
    await ix.flush();
  }));

  it('posting lists that are not whole (a checksum that holds over a faulty writer\'s lists) are found by verify: the postings built afresh, the file discarded', withFolder(async (sources, cache) => {
    await firstIndex(sources, cache);
    const name = fs.readdirSync(cache).find((f) => /\.postings\.gidx$/.test(f))!;
    const blob = decode<object>(fs.readFileSync(path.join(cache, name)), ENGINE_VERSION);
    assert.ok(!('reject' in blob));
    (blob.arrays.df as Int32Array)[0] += 1; // the first term's list holds one posting fewer than its df says
    fs.writeFileSync(path.join(cache, name), encode(blob, ENGINE_VERSION));
    const log: string[] = [];
    const ix = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache, log));
    const r = await ix.update({ trustCache: true });
    assert.deepEqual([r.unverified, r.postings], [true, 'cached'], 'the lists are walked after the index answers');
    const v = await ix.verify();
    assert.ok(v);
    assert.deepEqual([v.postings, v.read], ['built', 0]);
    assert.equal(log.length, 1);
    assert.match(log[0], /postings\.gidx discarded: posting lists that are not whole/);
    const fresh = await freshIndex(sources);
    assert.deepStrictEqual(ix.corpus.postingsIndex, fresh.corpus.postingsIndex);
    await ix.flush();
    // written again whole: the next start uses them
    const next = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache, log));
    assert.equal((await next.update({ trustCache: true })).postings, 'cached');
    assert.equal(await next.verify(), undefined);
    assert.equal(log.length, 1);
  }));

  it('a posting list damaged in the file (whole, its bytes set apart from the checksum) is found by verify against its CRC-32: the postings built afresh, the file discarded', withFolder(async (sources, cache) => {
    await firstIndex(sources, cache);
    const name = path.join(cache, fs.readdirSync(cache).find((f) => /\.postings\.gidx$/.test(f))!);
    const bytes = fs.readFileSync(name);
    const blob = decode<object>(bytes, ENGINE_VERSION);
    assert.ok(!('reject' in blob));
    assert.deepEqual(blob.apart, ['postings']);
    const postings = blob.arrays.postings as Uint8Array; // (a view on `bytes`)
    assert.ok(postings[postings.length - 1] < 127);
    postings[postings.length - 1]++; // the last list's last frequency one more: still whole
    fs.writeFileSync(name, bytes);
    const log: string[] = [];
    const ix = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache, log));
    const r = await ix.update({ trustCache: true });
    assert.deepEqual([r.unverified, r.postings], [true, 'cached'], 'the file decodes; the lists are checked after the index answers');
    const v = await ix.verify();
    assert.ok(v);
    assert.deepEqual([v.postings, v.read], ['built', 0]);
    assert.equal(log.length, 1);
    assert.match(log[0], /postings\.gidx discarded: posting lists that are not whole or not as written/);
    assert.deepStrictEqual(ix.corpus.postingsIndex, (await freshIndex(sources)).corpus.postingsIndex);
    await ix.flush();
    const next = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache, log));
    assert.equal((await next.update({ trustCache: true })).postings, 'cached');
    assert.equal(await next.verify(), undefined);
    // an ordinary start (every list checked at the load) does not take such a file either
    const raw = fs.readFileSync(name);
    const view = decode<object>(raw, ENGINE_VERSION) as unknown as { arrays: { postings: Uint8Array } };
    view.arrays.postings[view.arrays.postings.length - 1]++;
    fs.writeFileSync(name, raw);
    const ordinary = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache, log));
    assert.equal((await ordinary.update()).postings === 'cached', false, 'built, not taken from the damaged file');
    assert.equal(noteVerdicts(ordinary), noteVerdicts(await freshIndex(sources)));
  }));

  it('a cache without every record is no start to trust: the start is as any other (the files stated and read)', withFolder(async (sources, cache) => {
    await firstIndex(sources, cache);
    for (const f of fs.readdirSync(cache)) if (/\.sources\.gidx$/.test(f)) fs.rmSync(path.join(cache, f));
    const disk = new CountingFileSystem();
    const ix = new SourceIndex(disk, cacheSettings(sources, cache));
    const r = await ix.update({ trustCache: true });
    assert.equal(r.unverified, undefined);
    assert.equal(r.built, 3);
    assert.equal(disk.calls.read, 3);
    assert.equal(await ix.verify(), undefined);
    assert.equal(noteVerdicts(ix), noteVerdicts(await freshIndex(sources)));
  }));
});
