// The walk of the source folders kept with the index cache's file table (persist/folderListing.ts,
// workspace/listedWalk.ts): a start takes it, reading no folder, when every folder it read has the
// stat it had (modification and change times, inode) and that stat was taken well after the folder
// last changed; an entry added, deleted or renamed (in the folder or a subfolder) moves a folder's
// time, and the folders are walked again; a listing stamped within RACY_MS of its folder's change is
// not trusted and is stamped again by the next walk; a walk that met a symbolic link keeps none; a
// listing that cannot be read is discarded with a log line (the table itself kept).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decode, encodeChunks } from '../../server/src/engine/persist/binary';
import { ENGINE_VERSION, DiskCacheStore } from '../../server/src/engine/persist';
import type { FileTableMeta } from '../../server/src/engine/persist/fileTable';
import { RACY_MS } from '../../server/src/engine/persist/policy';
import { folderSet, NodeFileSystem, probeFingerprint, ProbedFileSystem, SourceIndex, walkSources, type FileStat } from '../../server/src/engine/workspace';
import { CACHE_FILES, cacheSettings, noteVerdicts, OLD, withCacheFolder } from '../helpers/cacheFixture';

const FILES: Record<string, string> = { ...CACHE_FILES, 'sub/d.txt': 'Delta\n\nDelta grew 7% in 2023.' };

/**
 * The disk, each folder's times moved back by PAST_MS (consistently: a change still moves them), so
 * that a folder the test just made is not racy; counts the folders it reads.
 */
const PAST_MS = 10 * RACY_MS;
class CountingDisk extends NodeFileSystem {
  reads: string[] = [];
  constructor(private readonly shift = PAST_MS) {
    super();
  }
  override async readDirectory(dir: string) {
    this.reads.push(dir);
    return super.readDirectory(dir);
  }
  override statNow(p: string): FileStat {
    const st = super.statNow(p);
    return st.kind === 'directory' ? { ...st, mtimeMs: st.mtimeMs - this.shift, ctimeMs: st.ctimeMs! - this.shift } : st;
  }
  override async stat(p: string) {
    return this.statNow(p);
  }
}

function withFolder(fn: (sources: string, cache: string) => Promise<void>) {
  return withCacheFolder('folder-listing', async ({ sources, cache }) => {
    fs.mkdirSync(path.join(sources, 'sub'));
    fs.writeFileSync(path.join(sources, 'sub', 'd.txt'), FILES['sub/d.txt']);
    fs.utimesSync(path.join(sources, 'sub', 'd.txt'), OLD, OLD);
    await fn(sources, cache);
  });
}

const options = (cache: string, log: string[] = []) => ({ store: new DiskCacheStore(cache), log: (m: string) => log.push(m) });

/** An index of the folder made through `disk`, flushed (its file table and listing written). */
async function indexed(disk: NodeFileSystem, sources: string, cache: string, log: string[] = []) {
  const ix = new SourceIndex(disk, { ...cacheSettings(sources, cache), cache: options(cache, log) });
  const r = await ix.update();
  await ix.flush();
  return { ix, r };
}

/** The probe of a warm `grounded check` through `disk` (and the folders it read). */
async function probe(disk: CountingDisk, sources: string, cache: string, log: string[] = []) {
  disk.reads = [];
  const p = await probeFingerprint(new ProbedFileSystem(disk), { sets: [folderSet(sources)], exclude: [], maxSourceSizeKB: 1024 }, options(cache, log));
  return { ...p, reads: [...disk.reads] };
}

/** The files a walk finds now. */
const walked = async (sources: string) => (await walkSources(new NodeFileSystem(), [folderSet(sources)], [])).files;

/** The listing the cache's file table keeps (decoded from the file, no check of it). */
function keptListing(cache: string): { folders: string[]; statAt: number[] } | undefined {
  const name = fs.readdirSync(cache).find((f) => f.endsWith('.files.gidx'))!;
  const blob = decode<FileTableMeta>(fs.readFileSync(path.join(cache, name)), ENGINE_VERSION);
  assert.ok(!('reject' in blob));
  const l = blob.meta.listing;
  return l && { folders: l.folders, statAt: [...(blob.arrays.dirStatAt as Float64Array)] };
}

describe('the walk of the source folders kept with the file table', () => {
  it(
    'an unchanged folder: the probe and the index read no folder, take the kept files, and check as a walk does',
    withFolder(async (sources, cache) => {
      const disk = new CountingDisk();
      const first = await indexed(disk, sources, cache);
      assert.ok(disk.reads.length >= 2, 'the first index walked the folder and its subfolder');
      assert.deepEqual(keptListing(cache)?.folders.sort(), [sources, path.join(sources, 'sub')].sort());
      const p = await probe(disk, sources, cache);
      assert.deepEqual(p.reads, [], 'no folder read');
      assert.deepEqual(p.files, await walked(sources));
      assert.ok(p.fingerprint, 'every file vouched for');
      assert.equal(p.listing, p.fileTable.table?.listing, 'the kept listing itself');
      // the index takes it too (no probe: its own walk), and writes no file table
      const written = fs.statSync(path.join(cache, fs.readdirSync(cache).find((f) => f.endsWith('.files.gidx'))!)).mtimeMs;
      disk.reads = [];
      const again = await indexed(disk, sources, cache);
      assert.deepEqual(disk.reads, []);
      assert.deepEqual([again.r.read, again.r.unopened, again.r.files.length], [0, 4, 4]);
      assert.equal(noteVerdicts(again.ix), noteVerdicts(first.ix));
      assert.equal(fs.statSync(path.join(cache, fs.readdirSync(cache).find((f) => f.endsWith('.files.gidx'))!)).mtimeMs, written, 'nothing written');
    }),
  );

  for (const [what, change] of [
    ['a file added to the folder', (s: string) => fs.writeFileSync(path.join(s, 'e.txt'), 'Epsilon rose 3%.')],
    ['a file added to a subfolder', (s: string) => fs.writeFileSync(path.join(s, 'sub', 'e.txt'), 'Epsilon rose 3%.')],
    ['a file deleted from the folder', (s: string) => fs.rmSync(path.join(s, 'c.txt'))],
    ['a file deleted from a subfolder', (s: string) => fs.rmSync(path.join(s, 'sub', 'd.txt'))],
    ['a file renamed in the folder', (s: string) => fs.renameSync(path.join(s, 'c.txt'), path.join(s, 'c2.txt'))],
    ['a file renamed in a subfolder', (s: string) => fs.renameSync(path.join(s, 'sub', 'd.txt'), path.join(s, 'sub', 'd2.txt'))],
    ['a subfolder added', (s: string) => (fs.mkdirSync(path.join(s, 'sub2')), fs.writeFileSync(path.join(s, 'sub2', 'f.txt'), 'Phi fell 2%.'))],
  ] as const) {
    it(
      `${what} is seen: the folders walked again, the files a walk finds`,
      withFolder(async (sources, cache) => {
        const disk = new CountingDisk();
        await indexed(disk, sources, cache);
        const kept = await probe(disk, sources, cache);
        assert.deepEqual(kept.reads, [], 'kept before the change');
        assert.ok(kept.fingerprint);
        const before = await walked(sources);
        change(sources);
        const p = await probe(disk, sources, cache);
        assert.notDeepEqual(p.files, before);
        assert.deepEqual(p.files, await walked(sources));
        assert.ok(p.reads.length > 0);
        assert.notEqual(p.fingerprint, kept.fingerprint, 'another corpus');
        // the index made next (the CLI's: from the probe's walk) keeps the new walk, which the next probe takes
        const ix = new SourceIndex(disk, { ...cacheSettings(sources, cache), cache: { ...options(cache), fileTable: p.fileTable } });
        await ix.update({ walked: { files: p.files, warnings: p.walkWarnings, listing: p.listing } });
        await ix.flush();
        const next = await probe(disk, sources, cache);
        assert.deepEqual(next.reads, []);
        assert.deepEqual(next.files, await walked(sources));
      }),
    );
  }

  it(
    'a walk that met a folder changed within RACY_MS keeps no listing; once the folder has settled, the next walk stamps it and keeps it',
    withFolder(async (sources, cache) => {
      // the folders' true times: just made, so racy
      const racy = new CountingDisk(0);
      await indexed(racy, sources, cache);
      assert.equal(keptListing(cache), undefined, 'no racy listing kept');
      const p = await probe(racy, sources, cache);
      assert.ok(p.reads.length >= 2, 'walked');
      assert.equal(p.listing, undefined);
      assert.ok(p.fingerprint, 'the files themselves vouched for');
      // settled (the folders' times well before now): the next index stamps the walk and writes it, the file table the same
      const settled = new CountingDisk();
      await indexed(settled, sources, cache);
      assert.ok(keptListing(cache), 'stamped and kept');
      assert.deepEqual((await probe(settled, sources, cache)).reads, [], 'and taken');
    }),
  );

  it(
    'a kept listing whose stamp is racy (taken within RACY_MS of its folder\'s change) is not trusted; the next walk stamps it again and writes the new stamps',
    withFolder(async (sources, cache) => {
      const disk = new CountingDisk();
      await indexed(disk, sources, cache);
      // the stamps moved to just within RACY_MS of the folders' times, as if taken right after they changed
      const name = fs.readdirSync(cache).find((f) => f.endsWith('.files.gidx'))!;
      const blob = decode<FileTableMeta>(fs.readFileSync(path.join(cache, name)), ENGINE_VERSION);
      assert.ok(!('reject' in blob));
      const [mt, ct] = [blob.arrays.dirMtime, blob.arrays.dirCtime] as Float64Array[];
      const dirStatAt = mt.map((m, i) => Math.max(m, ct[i]) + RACY_MS - 1);
      fs.writeFileSync(path.join(cache, name), Buffer.concat(encodeChunks({ meta: blob.meta, arrays: { ...blob.arrays, dirStatAt } }, ENGINE_VERSION)));
      const p = await probe(disk, sources, cache);
      assert.ok(p.reads.length >= 2, 'racy: walked');
      assert.ok(p.fileTable.table?.listing, 'the racy listing was read');
      assert.notEqual(p.listing, p.fileTable.table?.listing, 'stamped afresh');
      assert.ok(p.fingerprint);
      // an index from that probe writes the new stamps (its file table is the same)
      const ix = new SourceIndex(disk, { ...cacheSettings(sources, cache), cache: { ...options(cache), fileTable: p.fileTable } });
      const r = await ix.update({ walked: { files: p.files, warnings: p.walkWarnings, listing: p.listing } });
      await ix.flush();
      assert.deepEqual([r.read, r.unopened], [0, 4]);
      const restamped = keptListing(cache)!.statAt;
      assert.deepEqual(restamped, p.listing!.folders.map((f) => f.statAt), 'the new stamps written');
      assert.ok(restamped.every((t, i) => t > dirStatAt[i]));
      assert.deepEqual((await probe(disk, sources, cache)).reads, [], 'and taken next');
    }),
  );

  it(
    'a folder holding a symbolic link (to a folder, warned of; or to a file the globs do not take) keeps no listing: it is walked every time',
    withFolder(async (sources, cache) => {
      const outside = path.join(path.dirname(sources), 'outside');
      fs.mkdirSync(outside);
      fs.writeFileSync(path.join(outside, 'x.txt'), 'Chi rose 1%.');
      for (const [link, target] of [
        [path.join(sources, 'sub', 'linked.dat'), path.join(outside, 'x.txt')],
        [path.join(sources, 'linked'), outside],
      ]) {
        fs.symlinkSync(target, link);
        const disk = new CountingDisk();
        await indexed(disk, sources, cache);
        assert.equal(keptListing(cache), undefined, `${path.basename(link)}: no listing kept`);
        for (let run = 0; run < 2; run++) {
          const p = await probe(disk, sources, cache);
          assert.ok(p.reads.length >= 2, 'walked');
          assert.equal(p.listing, undefined);
          assert.deepEqual(p.files, await walked(sources));
        }
      }
    }),
  );

  it(
    'a listing that cannot be read (a file out of the table\'s rows) is discarded with a log line; the table is kept and the folders walked',
    withFolder(async (sources, cache) => {
      const disk = new CountingDisk();
      await indexed(disk, sources, cache);
      const name = fs.readdirSync(cache).find((f) => f.endsWith('.files.gidx'))!;
      const blob = decode<FileTableMeta>(fs.readFileSync(path.join(cache, name)), ENGINE_VERSION);
      assert.ok(!('reject' in blob));
      const listed = Int32Array.from(blob.arrays.listed as Int32Array);
      listed[0] = 1000;
      fs.writeFileSync(path.join(cache, name), Buffer.concat(encodeChunks({ meta: blob.meta, arrays: { ...blob.arrays, listed } }, ENGINE_VERSION)));
      const log: string[] = [];
      const p = await probe(disk, sources, cache, log);
      assert.ok(log.some((l) => /folder listing discarded/.test(l)), log.join('\n'));
      assert.ok(p.reads.length >= 2, 'walked');
      assert.deepEqual(p.files, await walked(sources));
      assert.ok(p.fingerprint, 'the table itself kept');
      // a listing of another shape: the same
      fs.writeFileSync(path.join(cache, name), Buffer.concat(encodeChunks({ meta: { ...blob.meta, listing: { key: 1 } as never }, arrays: blob.arrays }, ENGINE_VERSION)));
      const log2: string[] = [];
      const p2 = await probe(disk, sources, cache, log2);
      assert.ok(log2.some((l) => /folder listing discarded/.test(l)));
      assert.deepEqual(p2.files, await walked(sources));
    }),
  );

  it(
    'a folder whose permissions changed (its change time moved, not its modification time) is walked again',
    withFolder(async (sources, cache) => {
      const disk = new CountingDisk();
      await indexed(disk, sources, cache);
      assert.deepEqual((await probe(disk, sources, cache)).reads, []);
      const sub = path.join(sources, 'sub');
      const mtime = fs.statSync(sub).mtimeMs;
      fs.chmodSync(sub, 0o700);
      assert.equal(fs.statSync(sub).mtimeMs, mtime, 'the modification time as it was');
      const p = await probe(disk, sources, cache);
      assert.ok(p.reads.length >= 2, 'walked');
      assert.deepEqual(p.files, await walked(sources));
    }),
  );

  it(
    'a listing made for other excludes is not taken',
    withFolder(async (sources, cache) => {
      const disk = new CountingDisk();
      await indexed(disk, sources, cache);
      disk.reads = [];
      const p = await probeFingerprint(new ProbedFileSystem(disk), { sets: [folderSet(sources)], exclude: ['sub/**'], maxSourceSizeKB: 1024 }, options(cache));
      assert.ok(disk.reads.length > 0);
      assert.deepEqual(p.files, (await walkSources(new NodeFileSystem(), [folderSet(sources)], ['sub/**'])).files);
    }),
  );
});
