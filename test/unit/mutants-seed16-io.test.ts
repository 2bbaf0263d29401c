// The I/O folders (workers, workspace, persist) at edges seed 16 of the mutation sample found
// untested (scripts/mutate-sample.mjs --seed 16, docs/mutation-testing.md "Session 22"). Each case
// fails with its seed-16 mutant applied and passes without it.
import * as assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import type { Worker } from 'node:worker_threads';
import { SegmentScanner } from '../../server/src/engine/indexer';
import { runExtract } from '../../server/src/engine/workers/extractJob';
import { extractRequest } from '../helpers/extractRequest';
import { WorkerExtraction } from '../../server/src/engine/workers/workerExtraction';
import { folderSet, InMemoryFileSystem, ProbedFileSystem, SourceIndex, type IndexSettings } from '../../server/src/engine/workspace';
import * as fsp from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { DiskCacheStore, IndexCache, MemoryCacheStore } from '../../server/src/engine/persist';
import { encodeFileTable, readFileTable, StoredFileTable, type FileEntry } from '../../server/src/engine/persist/fileTable';
import type { ExtractCache } from '../../server/src/engine/formats/cache';
import type { ExtractedText } from '../../server/src/engine/formats';

/** A worker that takes runs and never answers (the test makes it fail). */
class MuteWorker extends EventEmitter {
  ref(): void {}
  unref(): void {}
  postMessage(): void {}
  terminate(): Promise<number> {
    return Promise.resolve(0);
  }
}

const request = extractRequest;

describe('seed 16 survivors: the extraction workers', () => {
  it('a run says why a file it cannot read has no source (a binary file: "skipped: …")', () => {
    const reply = runExtract(request({ '/s/a.bin': new Uint8Array([65, 0, 66]), '/s/b.txt': 'Heading\n\nOrders grew by 12% last year.\n' }), new SegmentScanner(1));
    assert.deepEqual(reply.keys.map((k) => k !== null), [false, true]);
    assert.equal(reply.skips[0], 'skipped: binary file (contains NUL bytes)');
    assert.equal(reply.skips[1], null);
  });

  it("a worker's error event fails its runs with the error's message", async () => {
    let w: MuteWorker | undefined;
    const x = new WorkerExtraction(1, () => (w = new MuteWorker()) as unknown as Worker);
    const run = x.extract(request({ '/s/a.txt': 'Orders grew by 12%.' }));
    w!.emit('error', new Error('out of memory in the worker'));
    await assert.rejects(run, { message: 'an extraction worker failed: out of memory in the worker' });
    // and no run is given to a worker again
    await assert.rejects(x.extract(request({ '/s/b.txt': 'Orders fell.' })), { message: 'an extraction worker failed: out of memory in the worker' });
  });

  it('disposing of the workers fails the runs under way, saying so', async () => {
    const x = new WorkerExtraction(2, () => new MuteWorker() as unknown as Worker);
    const runs = [x.extract(request({ '/s/a.txt': 'Orders grew by 12%.' })), x.extract(request({ '/s/b.txt': 'Orders fell.' }))];
    x.dispose();
    for (const r of runs) await assert.rejects(r, { message: 'the extraction workers were stopped' });
  });
});

/** A file system that counts the stats it answers. */
class CountingFileSystem extends InMemoryFileSystem {
  stats = 0;
  override async stat(p: string) {
    this.stats++;
    return super.stat(p);
  }
}

describe('seed 16 survivors: the workspace', () => {
  it('a stat the probe took is answered from what it took once the probe is done', async () => {
    const inner = new CountingFileSystem({ '/w/sources/a.txt': 'Orders grew by 12%.' });
    const fs = new ProbedFileSystem(inner);
    const first = await fs.stat('/w/sources/a.txt');
    fs.probed();
    inner.write('/w/sources/a.txt', 'Orders grew by 12% and then by 15%.'); // changed since: the probe's stat still answers
    assert.deepEqual(await fs.stat('/w/sources/a.txt'), first);
    assert.equal(inner.stats, 1);
    fs.release();
    assert.notDeepEqual(await fs.stat('/w/sources/a.txt'), first);
  });

  it('a file whose source cannot be built is skipped with a warning saying why, and the other files are indexed', async () => {
    // an extraction cache that hands back a damaged entry (no metadata) for every page
    const damaged: ExtractCache = { get: async () => ({ format: 'html', text: 'Orders grew by 12%.' }) as unknown as ExtractedText, put: async () => undefined };
    const fs = new InMemoryFileSystem({ '/w/sources/a.html': '<html><body><p>Orders grew by 12%.</p></body></html>', '/w/sources/b.txt': 'Notes\n\nOrders fell by 3%.\n' });
    const index = new SourceIndex(fs, { sets: [folderSet('/w/sources')], exclude: [], maxSourceSizeKB: 1024, decode: { cache: damaged } });
    const r = await index.update();
    assert.deepEqual(r.corpus.sources.map((s) => s.path), ['/w/sources/b.txt']);
    const w = r.warnings.filter((x) => x.path === '/w/sources/a.html');
    assert.equal(w.length, 1);
    assert.match(w[0].message, /^skipped: could not be indexed \(.+\)$/);
  });

  it('a file added among unchanged ones is an update of the postings, whatever the size of the files after it', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 8; i++) files[`/w/sources/s${i}.txt`] = `Source ${i}\n\nFirm ${i} sold ${i + 3} vans in 2004.\n`;
    const long = Array.from({ length: 60 }, (_, k) => `Plant ${k} made ${k * 11 + 5} trucks.`).join(' ');
    files['/w/sources/z.txt'] = `Plants\n\n${long}\n`;
    const fs = new InMemoryFileSystem(files);
    const settings: IndexSettings = { sets: [folderSet('/w/sources')], exclude: [], maxSourceSizeKB: 1024 };
    const index = new SourceIndex(fs, settings);
    await index.update();
    fs.write('/w/sources/s3b.txt', 'Added\n\nFirm 30 sold 70 vans in 2005.\n');
    const r = await index.update();
    assert.equal(r.corpus.sources.length, 10);
    assert.equal(r.postings, 'updated');
  });
});

describe('seed 16 survivors: the cache', () => {
  const entry = (key: string, size: number): FileEntry => ({ size, mtimeMs: 1000 + size, ino: size * 7, statAt: 2000, key });

  it("a stored file table's forEach visits each entry with its path, in the table's order", () => {
    const t = readFileTable(encodeFileTable(new Map([['/w/a.txt', entry('ka', 10)], ['/w/b.txt', entry('kb', 20)]]), 's'), 's');
    assert.ok(t instanceof StoredFileTable);
    const seen: [string, FileEntry, boolean][] = [];
    t.forEach((e, p, table) => seen.push([p, e, table === t]));
    assert.deepEqual(seen, [['/w/a.txt', entry('ka', 10), true], ['/w/b.txt', entry('kb', 20), true]]);
  });

  it('a file table handed over for other settings is not taken: the one kept for these is read', async () => {
    const store = new MemoryCacheStore();
    await new IndexCache({ store }, 'index-x').saveFiles(new Map([['/w/a.txt', entry('ka', 10)]]), 'settings-B');
    const other = readFileTable(encodeFileTable(new Map([['/w/z.txt', entry('kz', 99)]]), 'settings-A'), 'settings-A') as StoredFileTable;
    const loaded = await new IndexCache({ store, fileTable: { settings: 'settings-A', table: other } }, 'index-x').load('settings-B');
    assert.deepEqual([...(loaded.files ?? [])], [['/w/a.txt', entry('ka', 10)]]);
  });

  it('a cache file written to disk leaves no file handle open', async () => {
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'grounded-seed16-'));
    // every handle the write opens, watched (a closed handle's fd is -1)
    const fsMod = require('node:fs/promises') as typeof fsp;
    const open = fsMod.open;
    const handles: fsp.FileHandle[] = [];
    fsMod.open = (async (...args: Parameters<typeof fsp.open>) => {
      const h = await open(...args);
      handles.push(h);
      return h;
    }) as typeof fsp.open;
    try {
      await new DiskCacheStore(dir).write('index-x.files.gidx', [new Uint8Array([1, 2, 3]), new Uint8Array([4])]);
    } finally {
      fsMod.open = open;
    }
    try {
      assert.deepEqual([...(await fsp.readFile(path.join(dir, 'index-x.files.gidx')))], [1, 2, 3, 4]);
      assert.equal(handles.length, 1);
      assert.equal(handles[0].fd, -1);
    } finally {
      for (const h of handles) if (h.fd !== -1) await h.close();
      await fsp.rm(dir, { recursive: true, force: true });
    }
  });
});
