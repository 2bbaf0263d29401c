// The notes, persist, stores, workers and workspace survivors of seed 19 of the mutation sample
// (StrykerJS, seed 19, issue 15). Each case fails with its seed-19 mutant applied and passes
// without it; the file:line each one kills (at 44560f8) is given in its comment.
import * as assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import type { Worker } from 'node:worker_threads';
import { plainLayout } from '../../server/src/engine/notes/markdown';
import { parseNote } from '../../server/src/engine/notes/parser';
import { MemoryCacheStore } from '../../server/src/engine/persist';
import { decode, encode } from '../../server/src/engine/persist/binary';
import { encodeFileTable, readFileTable, type StoredFileTable } from '../../server/src/engine/persist/fileTable';
import { RACY_MS } from '../../server/src/engine/persist/policy';
import { SnapshotStore } from '../../server/src/engine/stores';
import type { RemoteBase } from '../../server/src/engine/stores/remote';
import { SegmentScanner } from '../../server/src/engine/indexer';
import { makePostings, WorkerPostings } from '../../server/src/engine/workers';
import { runExtract } from '../../server/src/engine/workers/extractJob';
import { buildCorpus, folderSet, InMemoryFileSystem, NodeFileSystem, SourceIndex } from '../../server/src/engine/workspace';
import { cacheSettings, withCacheFolder } from '../helpers/cacheFixture';

describe('seed 19 survivors: notes', () => {
  it('a plain-layout line that opens with a number not followed by "." or ")" is text, not a list marker (markdown.ts:217)', () => {
    for (const line of ['2024 was a quiet year for the mill.', '17 ferries sailed from Olvenport.']) {
      const layout = plainLayout(line);
      assert.deepEqual(layout.masks, [], line);
      assert.deepEqual(layout.blocks.map((b) => [b.start, b.end]), [[0, line.length]], line);
    }
  });

  it('a block quote followed by a paragraph that opens with inline HTML and then a citation is a cited quote (parser.ts:198)', () => {
    for (const lead of ['<span></span> ', '<br> ', '`ledger` ']) {
      const note = `# Notes\n\n> The river rose by four metres in a single night.\n\n${lead}[@marlow2021]\n`;
      const parsed = parseNote(note);
      assert.deepEqual(parsed.quotes.map((q) => [q.text, q.block]), [['The river rose by four metres in a single night.', true]], lead);
      const quoted = parsed.sentences[parsed.quotes[0].sentence];
      assert.deepEqual(quoted.citations.map((c) => c.key), ['marlow2021'], lead);
    }
  });
});

describe('seed 19 survivors: workspace', () => {
  it('reading a folder that does not exist in memory fails as Node does: ENOENT, naming scandir (memoryFileSystem.ts:68)', async () => {
    const mem = new InMemoryFileSystem({ '/ws/notes/a.md': 'Tern Island has 40 houses.\n' });
    await assert.rejects(mem.readDirectory('/ws/nowhere'), (e: NodeJS.ErrnoException) => {
      assert.equal(e.code, 'ENOENT');
      assert.match(e.message, /scandir '\/ws\/nowhere'/);
      return true;
    });
    assert.deepEqual((await mem.readDirectory('/ws')).map((d) => [d.name, d.kind]), [['notes', 'directory']]);
  });

  it("an index given the files of a walk already made (the CLI's probe) indexes those, without walking again (indexer.ts:818)", async () => {
    const files = {
      '/w/sources/tern.txt': 'Tern Island\n\nThe island had 40 houses in 2019.\n',
      '/w/sources/gull.txt': 'Gull Rock\n\nThe rock had 12 nesting pairs in 2021.\n',
    };
    const settings = { sets: [folderSet('/w/sources')], exclude: [], maxSourceSizeKB: 1024 };
    const ix = new SourceIndex(new InMemoryFileSystem(files), settings);
    const r = await ix.update({ walked: { files: ['/w/sources/tern.txt'], warnings: [] } });
    assert.deepEqual(r.files, ['/w/sources/tern.txt']);
    assert.deepEqual(ix.corpus.sources.map((s) => s.path), ['/w/sources/tern.txt']);
  });

  it('an index that is never flushed still leaves its sources in the cache: the next start opens none of them (indexer.ts:967)', withCacheFolder('seed19', async ({ sources, cache }) => {
    const first = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
    assert.equal((await first.update()).built, 3);
    await first.saved(); // (a server may stop before it reaches flush)
    const next = await new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache)).update();
    assert.deepEqual([next.read, next.built, next.unopened], [0, 0, 3]);
  }));
});

describe('seed 19 survivors: persist', () => {
  it('a stored file table vouches for a file only when inode, size and time all match its row (fileTable.ts:119)', () => {
    const entries = new Map([['/ws/sources/harbour.txt', { size: 64, mtimeMs: 2000, ino: 501, statAt: 2000 + RACY_MS, key: 'kh' }]]);
    const blob = decode<never>(encode(encodeFileTable(entries, 's'), 1), 1);
    const table = readFileTable(blob as never, 's') as StoredFileTable;
    const cases: [string, { size: number; mtimeMs: number; ino?: number }, string | undefined][] = [
      ['the same stat', { size: 64, mtimeMs: 2000, ino: 501 }, 'kh'],
      ['a file put in its place (new inode), same size and time', { size: 64, mtimeMs: 2000, ino: 502 }, undefined],
      ['no inode', { size: 64, mtimeMs: 2000 }, undefined],
      ['another size', { size: 65, mtimeMs: 2000, ino: 501 }, undefined],
    ];
    for (const [what, stat, want] of cases) {
      assert.equal(table.keyIfUnchanged('/ws/sources/harbour.txt', stat, 0), want, what);
      assert.equal(table.keyIfUnchanged('/ws/sources/harbour.txt', stat, 3), want, `${what} (looked up by path)`);
    }
  });
});

describe('seed 19 survivors: cache', () => {
  it('after most sources are deleted, the cached records are written again without them: the records file shrinks (indexCache.ts:401)', async () => {
    const store = new MemoryCacheStore();
    const files: Record<string, string> = {};
    for (let i = 0; i < 120; i++) files[`/w/sources/pier${i}.txt`] = `Pier ${i}\n\nThe pier at Westholm ${i} took ${i * 5 + 3} boats in 2011.`;
    const fsys = new InMemoryFileSystem(files);
    const settings = { sets: [folderSet('/w/sources')], exclude: [], maxSourceSizeKB: 1024, cache: { store } };
    const index = new SourceIndex(fsys, settings);
    await index.update();
    await index.flush();
    const recordBytes = () => [...store.files].filter(([f]) => /sources/.test(f)).reduce((n, [, b]) => n + b.length, 0);
    const before = recordBytes();
    for (let i = 20; i < 120; i++) fsys.delete(`/w/sources/pier${i}.txt`);
    await index.update();
    await index.saved();
    assert.equal(index.corpus.sources.length, 20);
    assert.ok(recordBytes() < before / 2, `${recordBytes()} bytes of records, ${before} before`);
    const next = new SourceIndex(new InMemoryFileSystem(Object.fromEntries(Object.entries(files).slice(0, 20))), settings);
    assert.deepEqual([(await next.update()).built, next.corpus.sources.length], [0, 20]);
  });
});

describe('seed 19 survivors: stores', () => {
  it("a check through a snapshot store fetches the statistics of the note's words before its first pass, once (snapshot.ts:101)", async () => {
    const asked: [string, string[]][] = [];
    const unused = async (): Promise<never> => {
      throw new Error('not asked for in this test');
    };
    const base: RemoteBase = {
      generation: async () => 'g1',
      catalog: async () => [],
      sources: unused,
      termStats: async (terms) => (asked.push(['terms', [...terms].sort()]), new Map()),
      wordStats: async (words) => (asked.push(['words', [...words].sort()]), new Map()),
      postings: unused,
      termsWithPrefix: unused,
      figuresBetween: unused,
      close: async () => undefined,
    };
    const store = new SnapshotStore(base);
    let seenBefore = -1;
    assert.equal(await store.run('Tern Island', () => ((seenBefore = asked.length), 'done')), 'done');
    assert.equal(seenBefore, 2, 'both fetched before the pass ran');
    assert.deepEqual(asked.map(([what, list]) => [what, list.includes('tern'), list.includes('island')]), [['terms', true, true], ['words', true, true]]);
    assert.ok(asked[1][1].includes('Tern'), 'the word as written too');
    assert.equal(store.lastPasses, 1);
  });
});

/** A worker that exits as soon as it is watched, before any job is posted to it. */
class GoneWorker extends EventEmitter {
  posted = 0;
  override on(event: string, f: (...a: unknown[]) => void): this {
    super.on(event, f);
    if (event === 'exit') queueMicrotask(() => this.emit('exit', 1));
    return this;
  }
  postMessage(): void {
    this.posted++;
  }
  ref(): void {}
  unref(): void {}
  terminate(): Promise<number> {
    return Promise.resolve(1);
  }
}

describe('seed 19 survivors: workers', () => {
  it('a worker gone before its job is posted is given up with a reason, and the postings are made on this thread (workerPostings.ts:132)', async () => {
    const logs: string[] = [];
    const fake = new GoneWorker();
    const w = new WorkerPostings({ log: (m) => logs.push(m), warn: () => undefined }, () => fake as unknown as Worker);
    const { corpus } = buildCorpus([{ path: '/w/sources/quay.txt', text: 'Quay Street\n\nThe quay took 14 ships in 2016.\n' }]);
    const job = { sources: corpus.sources, passages: corpus.passages };
    const made = await w.make(job);
    assert.deepEqual(Array.from(made.postings), Array.from(makePostings(job).postings));
    assert.equal(fake.posted, 0);
    assert.equal(w.failure, 'the index worker stopped');
    assert.deepEqual(w.counts, { worker: 0, inProcess: 1 });
    assert.match(logs.join('\n'), /^the index worker stopped: indexing on the server's own thread/);
    w.dispose();
  });

  it('the text column an extraction hands back owns its whole buffer, even when made as a view at the start of a larger one (extractJob.ts:78)', () => {
    const text = 'Mill Lane\n\nThe mill ground 300 sacks in 1911.\n';
    const bytes = new TextEncoder().encode(text);
    const allocUnsafe = Buffer.allocUnsafe;
    // (as a small buffer's first piece of Node's shared pool is: offset 0, the pool longer than it)
    Buffer.allocUnsafe = (n: number) => Buffer.from(new ArrayBuffer(n + 8192), 0, n);
    let reply: ReturnType<typeof runExtract>;
    try {
      reply = runExtract({ paths: ['/w/sources/mill.txt'], ends: Int32Array.of(bytes.length), bytes }, new SegmentScanner(-1));
    } finally {
      Buffer.allocUnsafe = allocUnsafe;
    }
    const out = reply.records.arrays.text;
    assert.equal(out.byteOffset, 0);
    assert.equal(out.byteLength, out.buffer.byteLength, 'transferring it would take nobody else\'s bytes');
    assert.equal(new TextDecoder().decode(out).includes('ground 300 sacks'), true);
  });
});
