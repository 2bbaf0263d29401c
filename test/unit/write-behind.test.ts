// The CLI's index cache written behind the note's check (session 44, helper h44c): a store made
// with `writeBehind` answers a write at once and makes it after the writes asked before it; a read,
// listing or removal waits for those; `written` settles when all are made. A cold `grounded check`
// with a cache folder writes the index so and waits for it before it exits: the same files, and the
// same reports from them, as the writes made one after another before the check.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DiskCacheStore } from '../../server/src/engine/persist';
import { folderSet, loadWorkspace, NodeFileSystem } from '../../server/src/engine/workspace';
import { grounded, writeSource } from '../helpers/cliRuns';

function tempDir(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `grounded-${name}-`));
}

const bytes = (...xs: number[]) => Uint8Array.from(xs);

describe('the index cache written behind (DiskCacheStore writeBehind)', () => {
  it('a write answers before the file is made; later writes, reads, listings and removals keep the order asked', async () => {
    const dir = tempDir('behind');
    try {
      const store = new DiskCacheStore(dir, { writeBehind: true });
      const first = store.write('a.gidx', [bytes(1, 2), bytes(3)]);
      // (answered, and nothing on the disk yet: the write is made behind the caller)
      assert.equal(fs.existsSync(path.join(dir, 'a.gidx')), false);
      await first;
      void store.write('a.gidx', [bytes(4, 5, 6)]);
      void store.write('b.gidx', [bytes(7)]);
      // a read waits for the writes asked before it: the second bytes of a, never the first
      assert.deepEqual([...((await store.read('a.gidx')) ?? [])], [4, 5, 6]);
      assert.deepEqual((await store.list('')).sort(), ['a.gidx', 'b.gidx']);
      void store.write('c.gidx', [bytes(8)]);
      await store.remove('c.gidx');
      void store.write('b.gidx', [bytes(9, 9)]);
      const head = await store.readHead('b.gidx', () => 2);
      assert.deepEqual([...(head?.bytes ?? [])], [9, 9]);
      await store.written();
      assert.equal(fs.existsSync(path.join(dir, 'c.gidx')), false);
      assert.deepEqual([...fs.readFileSync(path.join(dir, 'a.gidx'))], [4, 5, 6]);
      assert.equal((await store.info('a.gidx'))?.size, 3);
      // (no file left half made)
      assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
      // a write that cannot be made (its folder a file) settles all the same, and leaves nothing
      const blocked = path.join(dir, 'a.gidx', 'under');
      const bad = new DiskCacheStore(blocked, { writeBehind: true });
      await bad.write('x.gidx', [bytes(1)]);
      await bad.written();
      assert.equal(await bad.read('x.gidx'), undefined);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('without writeBehind a write is made when it settles (the language server, the other commands)', async () => {
    const dir = tempDir('now');
    try {
      const store = new DiskCacheStore(dir);
      await store.write('a.gidx', [bytes(1), bytes(2, 3)]);
      assert.deepEqual([...fs.readFileSync(path.join(dir, 'a.gidx'))], [1, 2, 3]);
      await store.written();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an index written behind is the index written before: the same files, byte for byte', async () => {
    const dir = tempDir('same-files');
    try {
      const sources = path.join(dir, 'sources');
      for (let i = 0; i < 40; i++) writeSource(sources, `s${i}.md`, `# Source ${i}\n\nRevenue rose ${i + 3}% to £${(i + 1) * 12}m in 2023, and 1,${200 + i} staff were hired.\n`);
      const files: Record<string, Map<string, Buffer>> = {};
      for (const behind of [false, true]) {
        const cache = path.join(dir, behind ? 'behind' : 'now');
        const store = new DiskCacheStore(cache, { writeBehind: behind });
        const ws = await loadWorkspace(new NodeFileSystem(), [folderSet(sources)], { exclude: [], maxSourceSizeKB: 1024, cache: { store } });
        assert.equal(ws.corpus.sources.length, 40);
        await store.written();
        files[String(behind)] = new Map(fs.readdirSync(cache).map((f) => [f, fs.readFileSync(path.join(cache, f))]));
      }
      const [now, behind] = [files.false, files.true];
      assert.deepEqual([...behind.keys()].sort(), [...now.keys()].sort());
      assert.ok([...now.keys()].some((f) => f.endsWith('.sources.gidx')) && [...now.keys()].some((f) => f.endsWith('.postings.gidx')));
      for (const [f, b] of now) {
        // (the file table keeps when each file was read: those times aside, the same bytes)
        if (f.endsWith('.files.gidx')) assert.equal(behind.get(f)!.length, b.length, f);
        else assert.ok(behind.get(f)!.equals(b), f);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a cold check with a cache folder leaves the whole index when it exits: the warm and replayed reports are the cold one', async () => {
    const dir = tempDir('cold-behind');
    try {
      for (let i = 0; i < 30; i++) writeSource(path.join(dir, 'sources'), `s${i}.md`, `# Report ${i}\n\nSales grew ${10 + i}% in 2022 to $${4 + i} million.\n`);
      fs.mkdirSync(path.join(dir, 'notes'));
      fs.writeFileSync(path.join(dir, 'notes', 'n.md'), 'Sales grew 12% in 2022 to $6 million [s2.md]. Sales grew 40% in 2022 [s3.md].\n');
      const check = (cache?: string) => grounded(dir, ['check', '--sources', 'sources', ...(cache ? ['--cache', cache] : ['--no-cache']), '--format', 'json', 'notes/n.md']);
      const plain = await check();
      const cache = path.join(dir, 'cache');
      const cold = await check(cache);
      // once the run has answered, every index file is in place and none is half made
      const names = fs.readdirSync(cache);
      for (const kind of ['.sources.gidx', '.postings.gidx', '.files.gidx']) assert.ok(names.some((f) => f.endsWith(kind)), kind);
      assert.deepEqual(names.filter((f) => f.endsWith('.tmp')), []);
      // (the kept outcome removed: the warm run checks the note against the index it reads)
      for (const f of names) if (f.includes('.check.') || f.includes('.judg.')) fs.rmSync(path.join(cache, f));
      const warm = await check(cache);
      const replayed = await check(cache);
      for (const r of [cold, warm, replayed]) {
        assert.equal(r.code, plain.code);
        assert.equal(r.stdout, plain.stdout);
      }
      assert.doesNotMatch(warm.stderr + replayed.stderr, /did not match|discard/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
