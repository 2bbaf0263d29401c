// What the engine's workspace, index and search layers promise, at the edges seed 7 of the mutation
// sample found untested: a note's byte-order mark kept (offsets as the editor's); a note in a dot
// folder not a note; a file read as a folder refused as on disk; a start from the cache verified
// when only a link appeared while the editor was closed; a file deleted while indexing with a cache
// left out of the next start's file table; source sets given in another order giving the postings
// of a fresh build; a source's paragraphs; a search's last word counted once; a figure search
// limited to some sources; a value index's steps; the index worker's log line and what a request
// moves to it; records refused for a figure count or a missing header; one long sentence in a
// layered update. Written against surviving mutants (README
// "Tests"); each case fails with its mutant applied.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeText } from '../../server/src/engine/workspace/fileSystem';
import { folderMatchers } from '../../server/src/engine/workspace/globs';
import { folderSet, InMemoryFileSystem, NodeFileSystem, SourceIndex, type IndexSettings } from '../../server/src/engine/workspace';
import { buildSource } from '../../server/src/engine/sources';
import { Corpus } from '../../server/src/engine/corpus';
import { searchHits } from '../../server/src/engine/search';
import { valueIndexOfFigures } from '../../server/src/engine/valueIndex';
import { contentKey, encodeRecords, readRecords } from '../../server/src/engine/persist/sourceRecords';
import { makePostings, spawnIndexWorker, WorkerPostings } from '../../server/src/engine/workers';
import { cacheSettings, withCacheFolder } from '../helpers/cacheFixture';

describe('seed 7 survivors: workspace, the index, search', function () {
  this.timeout(60000);

  it("a note's byte-order mark is kept in its text, so offsets are the editor's", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Acme sold 350 units.')]);
    const text = decodeText(bytes);
    assert.equal(text.charCodeAt(0), 0xfeff);
    assert.equal(text.indexOf('350'), 11);
    assert.equal(decodeText(new TextEncoder().encode('Acme')), 'Acme', 'no mark, none added');
  });

  it('a markdown file in a dot folder is no note, as no source is', () => {
    const m = folderMatchers('/w', { sources: ['sources/**'], notes: ['**/*.md'], exclude: [] });
    const cases: [string, boolean][] = [
      ['/w/notes/plan.md', true],
      ['/w/.obsidian/plan.md', false],
      ['/w/notes/.drafts/plan.md', false],
      ['/w/sources/a.md', false],
      ['/elsewhere/plan.md', true],
    ];
    for (const [p, want] of cases) assert.equal(m.isNote(p), want, p);
  });

  it('an in-memory folder read where a file is: ENOTDIR, as on disk', async () => {
    const fsys = new InMemoryFileSystem({ '/w/s/a.txt': 'A' });
    await assert.rejects(fsys.readDirectory('/w/s/a.txt'), (e: Error & { code?: string }) => e.code === 'ENOTDIR' && /not a directory/.test(e.message));
    await assert.rejects(fsys.readDirectory('/w/none'), (e: Error & { code?: string }) => e.code === 'ENOENT');
    assert.deepEqual(await fsys.readDirectory('/w/s'), [{ name: 'a.txt', kind: 'file' }]);
  });

  it('verify after a start from the cache updates when only a link appeared while closed: its warning is told', withCacheFolder('seed7', async ({ dir, sources, cache }) => {
    const first = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
    await first.update();
    await first.flush();
    fs.mkdirSync(path.join(dir, 'elsewhere'));
    fs.symlinkSync(path.join(dir, 'elsewhere'), path.join(sources, 'linked'));
    const ix = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
    const r = await ix.update({ trustCache: true });
    assert.equal(r.unverified, true);
    const v = await ix.verify();
    assert.ok(v, 'the walk warned of the link: an update');
    assert.ok(v.warnings.some((w) => w.path === path.join(sources, 'linked')), JSON.stringify(v.warnings));
    assert.deepEqual(ix.corpus.sources.map((s) => s.key), ['a', 'b', 'c']);
  }));

  it('a file deleted between two updates leaves the file table the cache keeps: the next start from the cache does not list it', withCacheFolder('seed7', async ({ sources, cache }) => {
    const ix = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
    await ix.update();
    await ix.flush();
    fs.rmSync(path.join(sources, 'c.txt'));
    await ix.update({ changed: new Set([path.join(sources, 'c.txt')]), watched: true });
    assert.deepEqual(ix.corpus.sources.map((s) => s.key), ['a', 'b']);
    await ix.flush();
    const next = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
    const r = await next.update({ trustCache: true });
    assert.deepEqual([r.unverified, r.read], [true, 0], 'a start from the cache as it was left');
    assert.deepEqual(next.corpus.sources.map((s) => s.key), ['a', 'b'], 'as the index left it, before any verify');
  }));

  it('source sets given again in another order: the sources in the new order, and the postings of a fresh build', async () => {
    const files: Record<string, string> = {};
    const say = (set: string, i: number) => `${set} town ${i}\n\nThe council of ${set} town ${i} said rail use rose ${i}% in ${2000 + i}. Its ${set}ward quay moved ${100 + i} crates.\n`;
    for (const set of ['north', 'south']) for (let i = 0; i < 30; i++) files[`/w/${set}/t${String(i).padStart(2, '0')}.txt`] = say(set, i);
    const settings = (order: string[]): IndexSettings => ({ sets: order.map((s) => folderSet(`/w/${s}`)), exclude: [], maxSourceSizeKB: 1024 });
    const ix = new SourceIndex(new InMemoryFileSystem(files), settings(['north', 'south']));
    await ix.update();
    ix.configure(settings(['south', 'north']));
    await ix.update();
    const fresh = new SourceIndex(new InMemoryFileSystem(files), settings(['south', 'north']));
    await fresh.update();
    assert.deepEqual(ix.corpus.sources.map((s) => s.path), fresh.corpus.sources.map((s) => s.path));
    assert.equal(ix.corpus.sources[0].path, '/w/south/t00.txt');
    assert.deepStrictEqual(ix.corpus.postingsIndex, fresh.corpus.postingsIndex);
    for (const w of ['northward', 'southward', 'council', 'quay', 'rail']) {
      assert.deepEqual(ix.corpus.search(w, 100), fresh.corpus.search(w, 100), w);
    }
  });

  it("a source's passages carry their paragraph: the lines of one paragraph share it", () => {
    const s = buildSource(0, '/s/a.txt', 'Port report\n\nThe port of Kellmouth handled\n41,300 containers in 2021, its board said.\nIt hired 20 people.\n\n\nCosts fell.\n');
    assert.deepEqual(s.passages.map((p) => [p.text, p.paragraph]), [
      ['Port report', 0],
      ['The port of Kellmouth handled', 1],
      ['41,300 containers in 2021, its board said.', 1],
      ['It hired 20 people.', 1],
      ['Costs fell.', 2],
    ]);
  });

  it("a search's last word, typed as a prefix, counts once where it is written whole: as when a stop ends the query", () => {
    const corpus = new Corpus([
      buildSource(0, '/s/a.txt', 'Quays\n\nThe harbour moved 2,400 crates.\n'),
      buildSource(1, '/s/b.txt', 'Sides\n\nThe harbourside cafe opened.\n'),
      buildSource(2, '/s/c.txt', 'Other\n\nThe mill ground grain.\n'),
    ]);
    const typed = corpus.search('harbour', 10);
    const whole = corpus.search('harbour.', 10);
    const score = (hits: { pid: number; score: number }[], src: number) => hits.find((h) => corpus.sourceOf(h.pid) === src)?.score;
    assert.ok(score(typed, 1)! > 0, 'the prefix finds the longer word');
    assert.equal(score(whole, 1), undefined, 'a word followed by a stop is no prefix');
    assert.ok(Math.abs(score(typed, 0)! - score(whole, 0)!) < 1e-9, `${score(typed, 0)} vs ${score(whole, 0)}`);
  });

  it('a figure search limited to some sources finds the figure in those only', () => {
    const corpus = new Corpus([
      buildSource(0, '/s/a.txt', 'Acme\n\nAcme sold 350,000 units in 2024.\n'),
      buildSource(1, '/s/b.txt', 'Beta\n\nBeta sold 350,000 phones in 2023.\n'),
    ]);
    const sourcesOf = (hits: { source: { index: number } }[]) => [...new Set(hits.map((h) => h.source.index))].sort();
    assert.deepEqual(sourcesOf(searchHits(corpus, '350,000', 10)), [0, 1]);
    assert.deepEqual(sourcesOf(searchHits(corpus, '350,000', 10, (s) => s === 1)), [1]);
    assert.deepEqual(sourcesOf(searchHits(corpus, '350,000', 10, (s) => s === 0)), [0]);
  });

  it('a value index yields a step every 4,096 passages fed, the 4,096th included', () => {
    const steps = (n: number) => {
      const it = valueIndexOfFigures(() =>
        (function* () {
          for (let k = 0; k < n; k++) yield 1;
        })(),
      );
      let count = 0;
      while (!it.next().done) count++;
      return count;
    };
    const base = steps(4095);
    assert.equal(steps(4096), base + 1);
    assert.equal(steps(8191), base + 1);
    assert.equal(steps(8192), base + 2);
  });

  describe('the index worker (workers/)', () => {
    const job = () => {
      const c = new Corpus([
        buildSource(0, '/s/a.txt', 'Acme\n\nAcme sold 350,000 units in 2024.\n'),
        buildSource(1, '/s/b.txt', 'Beta\n\nBeta hired 2,000 people in 2023.\n'),
      ]);
      return { sources: c.sources, passages: c.passages };
    };

    it('says once, at its first job, that the index is made on a worker thread', async () => {
      const logs: string[] = [];
      const w = new WorkerPostings({ log: (m) => logs.push(m), warn: () => undefined });
      try {
        await w.make(job());
        await w.make(job());
        await w.make(job());
        assert.deepEqual(w.counts, { worker: 3, inProcess: 0 });
        assert.equal(logs.filter((l) => /made on a worker thread \(index worker\)/.test(l)).length, 1, logs.join(' | '));
        assert.equal(logs.length, 1);
      } finally {
        w.dispose();
      }
    });

    it("moves a request's own buffers to the worker (they are detached here), each once", async () => {
      const moved: ArrayBuffer[][] = [];
      const spy = () => {
        const wk = spawnIndexWorker();
        const post = wk.postMessage.bind(wk);
        wk.postMessage = (m: unknown, t?: readonly unknown[]) => (moved.push([...((t ?? []) as ArrayBuffer[])]), post(m, t as never));
        return wk;
      };
      const w = new WorkerPostings({ log: () => undefined, warn: () => undefined }, spy);
      try {
        const j = job();
        const made = await w.make(j);
        assert.deepEqual(Array.from(made.postings), Array.from(makePostings(j).postings));
        assert.equal(moved.length, 1);
        assert.ok(moved[0].length >= 2, `${moved[0].length} buffers moved`);
        assert.equal(new Set(moved[0]).size, moved[0].length, 'each once');
        for (const b of moved[0]) assert.equal(b.byteLength, 0, 'detached: moved, not copied');
      } finally {
        w.dispose();
      }
    });
  });

  it('records are refused when their figure counts do not add up to the figure columns, or when the header is missing', () => {
    const src = buildSource(0, '/s/a.txt', 'Acme\n\nAcme sold 350 units in 2024.\n');
    assert.ok(src.passages.some((p) => p.figures.length > 0));
    const blob = encodeRecords([src], [contentKey(src.text)]);
    const arrays = blob.arrays as unknown as Record<string, Int32Array>;
    assert.ok(!('reject' in readRecords(blob as never)));
    const more = arrays.rFigures.slice();
    more[0] += 1;
    assert.deepEqual(readRecords({ ...blob, arrays: { ...arrays, rFigures: more } } as never), { reject: 'records and columns disagree' });
    assert.deepEqual(readRecords({ ...blob, meta: undefined } as never), { reject: 'no source records' });
  });

  it('a layered update adding one sentence of thousands of distinct words finds each of them, as a fresh build does', async () => {
    const DIR = '/w/sources';
    const settings: IndexSettings = { sets: [folderSet(DIR)], exclude: [], maxSourceSizeKB: 1024 };
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++) files[`${DIR}/t${String(i).padStart(3, '0')}.txt`] = `Town ${i}\n\nThe council of town ${i} said rail use rose ${i}% in ${2000 + i}.\n`;
    const fsys = new InMemoryFileSystem(files);
    const index = new SourceIndex(fsys, settings);
    await index.update();
    // 3,000 made-up words of letters only, in one sentence: one passage touching more terms than the first buffer holds
    const letters = 'bcdfghjklmnpqrstvwz';
    const word = (k: number) => 'qu' + letters[k % 19] + 'o' + letters[Math.floor(k / 19) % 19] + 'a' + letters[Math.floor(k / 361) % 19] + 'ix';
    const words = Array.from({ length: 3000 }, (_, k) => word(k));
    assert.equal(new Set(words).size, 3000);
    const p = `${DIR}/long.txt`;
    files[p] = `Long\n\nThe list named ${words.join(' ')} and no more.\n`;
    fsys.write(p, files[p]);
    assert.equal((await index.update({ changed: new Set([p]) })).postings, 'updated');
    const fresh = new SourceIndex(new InMemoryFileSystem(files), settings);
    await fresh.update();
    for (const w of [words[0], words[1500], words[2999], 'council']) {
      assert.deepEqual(index.corpus.search(w + '.', 5), fresh.corpus.search(w + '.', 5), w);
    }
    assert.equal(index.corpus.search(words[2999] + '.', 5).length, 1);
  });
});
