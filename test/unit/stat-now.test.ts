// The disk's stat answered at once (FileSystem.statNow: NodeFileSystem, and ProbedFileSystem over
// it): a warm `grounded check` states every source twice over — the probe, then the index's start
// from what the probe took — and awaited a promise per file each time. Same answers as `stat`.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiskCacheStore } from '../../server/src/engine/persist';
import { InMemoryFileSystem, NodeFileSystem, probeFingerprint, ProbedFileSystem, SourceIndex, tryStat, tryStatNow, type FileStat } from '../../server/src/engine/workspace';
import { CACHE_FILES, cacheSettings, noteVerdicts, withCacheFolder } from '../helpers/cacheFixture';

/** The disk, counting `stat` and `statNow` apart. */
class Counting extends NodeFileSystem {
  stats = 0;
  now = 0;
  override stat(p: string): Promise<FileStat> {
    this.stats++;
    return super.stat(p);
  }
  override statNow(p: string): FileStat {
    this.now++;
    return super.statNow(p);
  }
}

describe('stat at once (statNow)', () => {
  it('the disk: what stat gives; a missing file undefined (tryStatNow); a file system without it: ask', withCacheFolder('stat-now', async ({ sources }) => {
    const disk = new NodeFileSystem();
    const a = path.join(sources, 'a.txt');
    assert.deepEqual(disk.statNow(a), await disk.stat(a));
    assert.deepEqual(tryStatNow(disk, a), await tryStat(disk, a));
    assert.equal(tryStatNow(disk, path.join(sources, 'none.txt')), undefined);
    assert.equal(tryStatNow(new InMemoryFileSystem({ '/w/a.txt': 'x' }), '/w/a.txt'), 'ask');
  }));

  it('a probed file system: kept while probing, answered from what it took once probed, from the disk once released; none over a file system without it', withCacheFolder('stat-now', async ({ sources }) => {
    const disk = new Counting();
    const probed = new ProbedFileSystem(disk);
    const a = path.join(sources, 'a.txt');
    const first = probed.statNow!(a);
    assert.deepEqual(first, await disk.stat(a));
    probed.probed();
    fs.appendFileSync(a, ' More.');
    assert.equal(probed.statNow!(a), first, 'the stat the probe took');
    assert.equal(await probed.stat(a), first);
    assert.equal(disk.now, 1);
    probed.release();
    assert.equal(probed.statNow!(a).size, first.size + 6);
    assert.equal(new ProbedFileSystem(new InMemoryFileSystem({})).statNow, undefined);
  }));

  it("a warm index: the probe and the index's start state each file once, at once, and answer as before", withCacheFolder('stat-now', async ({ sources, cache }) => {
    const first = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
    await first.update();
    await first.flush();
    const disk = new Counting();
    const probed = new ProbedFileSystem(disk);
    const options = { store: new DiskCacheStore(cache), log: () => undefined };
    const probe = await probeFingerprint(probed, { sets: cacheSettings(sources, cache).sets, exclude: [], maxSourceSizeKB: 1024 }, options);
    assert.ok(probe.fingerprint);
    probed.probed();
    const ix = new SourceIndex(probed, { ...cacheSettings(sources, cache), cache: { ...options, fileTable: probe.fileTable } });
    const r = await ix.update({ walked: { files: probe.files, warnings: probe.walkWarnings } });
    const n = Object.keys(CACHE_FILES).length;
    // (and the folder's, stamped as its walk reads it: persist/folderListing.ts)
    assert.deepEqual([disk.now, disk.stats, r.unopened], [n + 1, 0, n]);
    assert.equal(noteVerdicts(ix), noteVerdicts(first));
  }));
});
