// The probe of a warm `grounded check` (workspace/fingerprint.ts) states every source file; the
// index made right after states them again through the `ProbedFileSystem`, in the walk's order, as
// the probe did: each stat is answered from the probe's next one, with no Map of the 44,500 paths
// stated unless a path is asked out of that order (then answered as by the Map). One folder's walk
// is its files as found, with no set of its paths made.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiskCacheStore } from '../../server/src/engine/persist';
import { StoredFileTable } from '../../server/src/engine/persist/fileTable';
import { findFiles, InMemoryFileSystem, NodeFileSystem, probeFingerprint, ProbedFileSystem, SourceIndex, walkSources } from '../../server/src/engine/workspace';
import { CACHE_FILES, cacheSettings, noteVerdicts, OLD, withCacheFolder } from '../helpers/cacheFixture';

/** Has the probed file system made its Map of the paths stated? (The private field, read for the test.) */
const mapped = (fs: ProbedFileSystem) => (fs as unknown as { stats?: Map<string, unknown> }).stats !== undefined;

/** A file system that counts the stats it answers. */
class CountingFileSystem extends InMemoryFileSystem {
  stats = 0;
  override async stat(p: string) {
    this.stats++;
    return super.stat(p);
  }
}

describe('the probe\'s stats handed to the index in its order', () => {
  it('stats asked in the probe\'s order are its stats, with no map made; one out of order is answered as by the map', async () => {
    const inner = new CountingFileSystem({ '/w/a.txt': 'A 1.', '/w/b.txt': 'B 22.', '/w/c.txt': 'C 333.' });
    const probed = new ProbedFileSystem(inner);
    const paths = ['/w/a.txt', '/w/b.txt', '/w/c.txt'];
    const taken = [];
    for (const p of paths) taken.push(await probed.stat(p));
    probed.probed();
    inner.write('/w/b.txt', 'B changed since the probe, longer.');
    assert.deepEqual(await probed.stat('/w/a.txt'), taken[0]);
    assert.deepEqual(await probed.stat('/w/b.txt'), taken[1]);
    assert.equal(mapped(probed), false, 'in order: no map');
    // out of order: the map, and the same answers
    assert.deepEqual(await probed.stat('/w/a.txt'), taken[0]);
    assert.equal(mapped(probed), true);
    assert.deepEqual(await probed.stat('/w/c.txt'), taken[2]);
    assert.deepEqual(await probed.stat('/w/b.txt'), taken[1], 'the probe\'s stat, not the file\'s now');
    assert.equal(inner.stats, 3, 'nothing stated again');
    // a path the probe did not state goes to the file system
    inner.write('/w/d.txt', 'D.');
    assert.equal((await probed.stat('/w/d.txt')).size, 2);
    assert.equal(inner.stats, 4);
    probed.release();
    assert.notDeepEqual(await probed.stat('/w/b.txt'), taken[1]);
  });

  it('while probing nothing is answered from what was taken', async () => {
    const inner = new CountingFileSystem({ '/w/a.txt': 'A 1.' });
    const probed = new ProbedFileSystem(inner);
    await probed.stat('/w/a.txt');
    await probed.stat('/w/a.txt');
    assert.equal(inner.stats, 2);
  });

  it(
    'a warm start from the probe states nothing again and makes no map of the paths; its verdicts are a fresh index\'s',
    withCacheFolder('probe-order', async ({ sources, cache }) => {
      const first = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
      await first.update();
      await first.flush();
      const options = { store: new DiskCacheStore(cache), log: () => undefined };
      let stats = 0;
      const disk = new NodeFileSystem();
      const statNow = disk.statNow.bind(disk);
      disk.statNow = (p: string) => (stats++, statNow(p));
      const probed = new ProbedFileSystem(disk);
      const sets = cacheSettings(sources, cache).sets;
      const probe = await probeFingerprint(probed, { sets, exclude: [], maxSourceSizeKB: 1024 }, options);
      assert.ok(probe.fingerprint);
      const n = Object.keys(CACHE_FILES).length;
      // (and the folder's, stamped as its walk reads it: persist/folderListing.ts — a stat the index never asks for)
      assert.equal(stats, n + 1);
      probed.probed();
      const ix = new SourceIndex(probed, { ...cacheSettings(sources, cache), cache: { ...options, fileTable: probe.fileTable } });
      const r = await ix.update({ walked: { files: probe.files, warnings: probe.walkWarnings } });
      assert.deepEqual([r.read, r.unopened], [0, n]);
      assert.equal(stats, n + 1, 'the index stated nothing again');
      assert.equal(mapped(probed), false, 'each stat met in the probe\'s order');
      assert.equal(noteVerdicts(ix), noteVerdicts(first));
    }),
  );

  it(
    'the index takes the probe\'s fingerprint when its files and keys are those the probe made it of, and hashes its own when not (a file changed after the probe, its record gone: read again)',
    withCacheFolder('probe-order', async ({ sources, cache }) => {
      const first = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
      await first.update();
      await first.flush();
      const options = { store: new DiskCacheStore(cache), log: () => undefined };
      const sets = cacheSettings(sources, cache).sets;
      const probeAndIndex = async () => {
        const probed = new ProbedFileSystem(new NodeFileSystem());
        const probe = await probeFingerprint(probed, { sets, exclude: [], maxSourceSizeKB: 1024 }, options);
        return { probe, index: async () => {
          probed.probed();
          const ix = new SourceIndex(probed, { ...cacheSettings(sources, cache), cache: { ...options, fileTable: probe.fileTable } });
          await ix.update({ walked: { files: probe.files, warnings: probe.walkWarnings } });
          return ix;
        } };
      };
      const { probe, index } = await probeAndIndex();
      assert.ok(probe.fingerprint && probe.known);
      assert.equal(probe.known.fingerprint, probe.fingerprint);
      const ix = await index();
      assert.equal(ix.fingerprint(), probe.fingerprint, 'hashed: the same');
      assert.equal(ix.fingerprint(probe.known), probe.fingerprint);
      // taken, not hashed: a known fingerprint of the same arguments is what is returned
      assert.equal(ix.fingerprint({ ...probe.known, fingerprint: 'taken' }), 'taken');
      // any argument otherwise: hashed
      const otherKey = { ...probe.known, fingerprint: 'taken', keys: probe.known.keys.map((k, i) => (i === 1 ? `${k}x` : k)) };
      const otherWarnings = { ...probe.known, fingerprint: 'taken', walkWarnings: [{ path: sources, message: 'a warning' }] };
      const otherSettings = { ...probe.known, fingerprint: 'taken', fileSettings: '[1,null]' };
      const otherVersion = { ...probe.known, fingerprint: 'taken', version: 12345 };
      const otherFiles = { ...probe.known, fingerprint: 'taken', files: probe.known.files.slice(0, -1), keys: probe.known.keys.slice(0, -1) };
      for (const known of [otherKey, otherWarnings, otherSettings, otherVersion, otherFiles]) assert.equal(ix.fingerprint(known), probe.fingerprint);
      // a.txt rewritten after the probe, its size, time and inode kept, and its record gone from the cache: the probe
      // vouched for its old text; the index reads the new one, its key another — the fingerprint its own
      const again = await probeAndIndex();
      assert.equal(again.probe.fingerprint, probe.fingerprint);
      const a = path.join(sources, 'a.txt');
      const text = fs.readFileSync(a, 'utf8');
      fs.writeFileSync(a, text.replace('350,000', '360,000'));
      fs.utimesSync(a, OLD, OLD);
      for (const f of fs.readdirSync(cache)) if (/\.sources\./.test(f)) fs.rmSync(path.join(cache, f));
      const changed = await again.index();
      assert.ok(changed.corpus.sources.some((s) => s.text.includes('360,000')), 'the new text read');
      assert.notEqual(changed.fingerprint(again.probe.known), probe.fingerprint);
      assert.equal(changed.fingerprint(again.probe.known), changed.fingerprint());
    }),
  );

  it(
    'a folder\'s modification time does not answer for its files: a file rewritten in place leaves it as it was, and the probe and the index still see the change (each file stated)',
    withCacheFolder('probe-order', async ({ sources, cache }) => {
      const first = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
      await first.update();
      await first.flush();
      const options = { store: new DiskCacheStore(cache), log: () => undefined };
      const sets = cacheSettings(sources, cache).sets;
      const before = await probeFingerprint(new ProbedFileSystem(new NodeFileSystem()), { sets, exclude: [], maxSourceSizeKB: 1024 }, options);
      assert.ok(before.fingerprint);
      const folderTime = fs.statSync(sources).mtimeMs;
      const a = path.join(sources, 'a.txt');
      // rewritten in place (no entry added, removed or renamed: the folder's own bytes unchanged), as `>>` or an editor writing in place does
      const fd = fs.openSync(a, 'r+');
      fs.writeSync(fd, Buffer.from('Acme sold 360,000 units in 2024.\n'), 0, undefined, fs.fstatSync(fd).size);
      fs.closeSync(fd);
      assert.equal(fs.statSync(sources).mtimeMs, folderTime, 'the folder\'s time is as it was');
      const probed = new ProbedFileSystem(new NodeFileSystem());
      const probe = await probeFingerprint(probed, { sets, exclude: [], maxSourceSizeKB: 1024 }, options);
      assert.equal(probe.fingerprint, undefined, 'the file\'s own stat says it changed: no fingerprint vouched for');
      probed.probed();
      const ix = new SourceIndex(probed, { ...cacheSettings(sources, cache), cache: { ...options, fileTable: probe.fileTable } });
      const r = await ix.update({ walked: { files: probe.files, warnings: probe.walkWarnings } });
      assert.equal(r.read, 1);
      assert.ok(ix.corpus.sources.some((s) => s.text.includes('360,000')));
      assert.notEqual(ix.fingerprint(), before.fingerprint);
    }),
  );

  it('one folder\'s walk is its files as found (sorted, each once); several folders\' are joined, each file once', async () => {
    const mem = new InMemoryFileSystem({ '/w/s/b.txt': 'b', '/w/s/a.txt': 'a', '/w/s/d/c.txt': 'c', '/w/t/a.txt': 'a' });
    const one = await walkSources(mem, [{ root: '/w/s', globs: ['**/*.txt'] }], []);
    assert.deepEqual(one.files, await findFiles(mem, '/w/s', ['**/*.txt'], []));
    assert.deepEqual(one.files, ['/w/s/a.txt', '/w/s/b.txt', '/w/s/d/c.txt'].map((p) => path.normalize(p)));
    const two = await walkSources(mem, [{ root: '/w/s', globs: ['**/*.txt'] }, { root: '/w/s/d', globs: ['*.txt'] }, { root: '/w/t', globs: ['*.txt'] }], []);
    assert.deepEqual(two.files, ['/w/s/a.txt', '/w/s/b.txt', '/w/s/d/c.txt', '/w/t/a.txt']);
  });
});

describe('a warm start keeps the stored file table when every file is its row, unchanged', () => {
  /** The index's file table (the private field, read for the test). */
  const tableOf = (ix: SourceIndex) => (ix as unknown as { fileTable: unknown }).fileTable;

  it(
    'an unchanged folder: the table read is the table kept (no Map of the paths made), nothing written; a changed file: a table of every file, as before',
    withCacheFolder('probe-order-table', async ({ sources, cache }) => {
      const first = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
      await first.update();
      await first.flush();
      const written = () => Object.fromEntries(fs.readdirSync(cache).filter((f) => f.endsWith('.files.gidx')).map((f) => [f, fs.statSync(path.join(cache, f)).mtimeMs]));
      const before = written();
      const again = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
      const r = await again.update();
      assert.deepEqual([r.read, r.unopened], [0, Object.keys(CACHE_FILES).length]);
      assert.equal(tableOf(again) instanceof StoredFileTable, true, 'the stored table kept');
      assert.equal((tableOf(again) as { byPath?: unknown }).byPath, undefined, 'no map of its paths');
      await again.flush();
      assert.deepEqual(written(), before, 'no file table written');
      assert.equal(noteVerdicts(again), noteVerdicts(first));
      // one file changed (another size): it is read, and the table kept holds every file
      fs.writeFileSync(path.join(sources, 'b.md'), `${CACHE_FILES['b.md']}\nMore.\n`);
      fs.utimesSync(path.join(sources, 'b.md'), OLD, OLD);
      const third = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
      const r3 = await third.update();
      assert.deepEqual([r3.read, r3.unopened], [1, Object.keys(CACHE_FILES).length - 1]);
      const t = tableOf(third) as Map<string, { key: string }>;
      assert.equal(t instanceof Map, true);
      assert.deepEqual([...t.keys()], r3.files, 'every file, in order');
      await third.flush();
      // the next start opens nothing
      const fourth = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
      const r4 = await fourth.update();
      assert.deepEqual([r4.read, r4.unopened], [0, Object.keys(CACHE_FILES).length]);
      assert.equal(noteVerdicts(fourth), noteVerdicts(third));
    }),
  );

  it(
    'a file that makes no source among them: the rows before and after it go into the next table, in order',
    withCacheFolder('probe-order-gap', async ({ sources, cache }) => {
      const small = () => cacheSettings(sources, cache, [], 1); // (1 KB: the fixture's files fit)
      const first = new SourceIndex(new NodeFileSystem(), small());
      await first.update();
      await first.flush();
      // b.md over the size limit: read, skipped (no source, no entry); a.txt and c.txt are their rows
      fs.writeFileSync(path.join(sources, 'b.md'), `${CACHE_FILES['b.md']}${'More text. '.repeat(200)}`);
      fs.utimesSync(path.join(sources, 'b.md'), OLD, OLD);
      const again = new SourceIndex(new NodeFileSystem(), small());
      const r = await again.update();
      assert.deepEqual([r.read, r.unopened], [1, 2]);
      assert.deepEqual(r.corpus.sources.map((x) => path.basename(x.path)), ['a.txt', 'c.txt']);
      const t = tableOf(again) as Map<string, unknown>;
      assert.equal(t instanceof Map, true);
      assert.deepEqual([...t.keys()].map((k) => path.basename(k)), ['a.txt', 'c.txt']);
      await again.flush();
      const third = new SourceIndex(new NodeFileSystem(), small());
      const r3 = await third.update();
      assert.deepEqual([r3.read, r3.unopened], [1, 2]);
      assert.equal(noteVerdicts(third), noteVerdicts(again));
      // b.md back: read, and the table holds every file again
      fs.writeFileSync(path.join(sources, 'b.md'), CACHE_FILES['b.md']);
      fs.utimesSync(path.join(sources, 'b.md'), OLD, OLD);
      const fourth = new SourceIndex(new NodeFileSystem(), small());
      assert.deepEqual(((r) => [r.read, r.unopened])(await fourth.update()), [1, 2]);
      assert.deepEqual([...(tableOf(fourth) as Map<string, unknown>).keys()].map((k) => path.basename(k)), ['a.txt', 'b.md', 'c.txt']);
      await fourth.flush();
      // the last file skipped: the rows kept before it go into the next table
      fs.writeFileSync(path.join(sources, 'c.txt'), `${CACHE_FILES['c.txt']}${' More text.'.repeat(200)}`);
      fs.utimesSync(path.join(sources, 'c.txt'), OLD, OLD);
      const fifth = new SourceIndex(new NodeFileSystem(), small());
      const r5 = await fifth.update();
      assert.deepEqual([r5.read, r5.unopened], [1, 2]);
      assert.deepEqual(r5.corpus.sources.map((x) => path.basename(x.path)), ['a.txt', 'b.md']);
      assert.deepEqual([...(tableOf(fifth) as Map<string, unknown>).keys()].map((k) => path.basename(k)), ['a.txt', 'b.md']);
    }),
  );
});
