// A file table read back (persist/fileTable.ts StoredFileTable) is asked for a path at the row it is
// expected at — the file's place in the walk, the table's order when nothing changed: the probe of a
// warm `grounded check` (workspace/fingerprint.ts), the index's start from it and the comparison of
// the table it keeps (indexer.ts sameTable) find each path at its row without a map of the table's
// 44,500 paths. A path elsewhere, or absent, is answered as by the map.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decode, encode } from '../../server/src/engine/persist/binary';
import { encodeFileTable, readFileTable, type FileEntry, type StoredFileTable } from '../../server/src/engine/persist/fileTable';
import { RACY_MS } from '../../server/src/engine/persist/policy';
import { SourceIndex } from '../../server/src/engine/workspace';
import { CACHE_FILES, cacheSettings, noteVerdicts, OLD, withCacheFolder } from '../helpers/cacheFixture';
import { NodeFileSystem, probeFingerprint, ProbedFileSystem } from '../../server/src/engine/workspace';
import { DiskCacheStore } from '../../server/src/engine/persist';

const entry = (i: number): FileEntry => ({ size: 10 + i, mtimeMs: 1000 + i, ino: 70 + i, statAt: 1000 + i + RACY_MS, key: `k${i}` });

function stored(paths: string[]): StoredFileTable {
  const blob = decode<never>(encode(encodeFileTable(new Map(paths.map((p, i) => [p, entry(i)])), 's'), 1), 1);
  assert.ok(!('reject' in blob));
  return readFileTable(blob as never, 's') as StoredFileTable;
}

/** Has the table made its map of paths? (The private field, read for the test.) */
const mapped = (t: StoredFileTable) => (t as unknown as { byPath?: Map<string, number> }).byPath !== undefined;

describe('a stored file table asked at rows', () => {
  const paths = ['/w/a.txt', '/w/b.txt', '/w/c.txt'];

  it('each path at its row: its entry, its key, no map of paths made', () => {
    const t = stored(paths);
    paths.forEach((p, i) => {
      assert.equal(t.has(p, i), true);
      assert.deepStrictEqual(t.get(p, i), entry(i));
      assert.equal(t.keyIfUnchanged(p, entry(i), i), `k${i}`);
    });
    assert.equal(t.rows, 3);
    assert.equal(mapped(t), false);
  });

  it('a path at another row, or absent, or a row out of range: answered as without a row', () => {
    const t = stored(paths);
    assert.deepStrictEqual(t.get('/w/c.txt', 0), entry(2));
    assert.equal(t.has('/w/a.txt', 2), true);
    assert.equal(t.has('/w/d.txt', 1), false);
    assert.equal(t.get('/w/d.txt', 7), undefined);
    assert.equal(t.has('/w/b.txt', -1), true);
    assert.equal(t.keyIfUnchanged('/w/b.txt', entry(1), 0), 'k1');
    assert.equal(mapped(t), true, 'looked up by its map');
    for (const [p, i] of [['/w/a.txt', 0], ['/w/b.txt', 1], ['/w/c.txt', 2]] as const) assert.deepStrictEqual([t.has(p), t.get(p)], [true, entry(i)]);
  });

  it("a warm index's probe and start from an unchanged folder make no map of the table's paths; a changed file is still found", withCacheFolder('file-table-rows', async ({ sources, cache }) => {
    const settings = () => ({ ...cacheSettings(sources, cache), sets: cacheSettings(sources, cache).sets });
    const first = new SourceIndex(new NodeFileSystem(), settings());
    await first.update();
    await first.flush();
    const options = { store: new DiskCacheStore(cache), log: () => undefined };
    const probed = new ProbedFileSystem(new NodeFileSystem());
    const probe = await probeFingerprint(probed, { sets: settings().sets, exclude: [], maxSourceSizeKB: 1024 }, options);
    assert.ok(probe.fingerprint, 'every file vouched for');
    assert.equal(mapped(probe.fileTable.table!), false, 'the probe met each path at its row');
    probed.probed();
    const ix = new SourceIndex(probed, { ...settings(), cache: { ...options, fileTable: probe.fileTable } });
    const r = await ix.update({ walked: { files: probe.files, warnings: probe.walkWarnings } });
    await ix.flush();
    assert.deepEqual([r.read, r.unopened], [0, Object.keys(CACHE_FILES).length]);
    assert.equal(mapped(probe.fileTable.table!), false, 'nor the start, nor the comparison of the table it keeps');
    assert.equal(noteVerdicts(ix), noteVerdicts(first));
    // a file changed (another size): the probe vouches for no fingerprint, the index reads that file alone
    fs.writeFileSync(path.join(sources, 'b.md'), `${CACHE_FILES['b.md']}\nMore.\n`);
    fs.utimesSync(path.join(sources, 'b.md'), OLD, OLD);
    const again = new ProbedFileSystem(new NodeFileSystem());
    const changed = await probeFingerprint(again, { sets: settings().sets, exclude: [], maxSourceSizeKB: 1024 }, options);
    assert.equal(changed.fingerprint, undefined);
    again.probed();
    const ix2 = new SourceIndex(again, { ...settings(), cache: { ...options, fileTable: changed.fileTable } });
    const r2 = await ix2.update({ walked: { files: changed.files, warnings: changed.walkWarnings } });
    assert.deepEqual([r2.read, r2.unopened], [1, Object.keys(CACHE_FILES).length - 1]);
  }));
});
