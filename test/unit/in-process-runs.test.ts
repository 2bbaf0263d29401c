// A first index built in runs on the index's own thread (workers/workerExtraction.ts
// `InProcessExtraction`, workspace/policy.ts IN_PROCESS_EXTRACT_MIN_FILES): each run's sources made
// into records and restored from them at once, every run's passages scanned into one build of the
// postings (indexer.ts `PostingsBuild`) — the same index as one file after another: sources,
// warnings (one per file that cannot be read or decoded), postings (term ids, written forms and their
// order), verdicts, and what the cache holds for the next run.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkNote } from '../../server/src/engine/check';
import { buildPostings, PostingsBuild } from '../../server/src/engine/indexer';
import { unmadeRows, unreadText } from '../../server/src/engine/lazyPassages';
import { DiskCacheStore } from '../../server/src/engine/persist';
import { buildSource } from '../../server/src/engine/sources';
import { folderSet, InMemoryFileSystem, NodeFileSystem, SourceIndex, type FileSystem, type IndexResult } from '../../server/src/engine/workspace';
import type { ReadUpTo } from '../../server/src/engine/workspace/fileSystem';
import { DEFAULT_PACING } from '../../server/src/engine/workspace/indexer';
import { IN_PROCESS_RUN_FILES } from '../../server/src/engine/workspace/policy';
import { IN_PROCESS_POSTINGS } from '../../server/src/engine/workers/postingsJob';
import { rng, syntheticSources, writeAgedSources } from './synthetic-sources';
import { plainPostings } from '../helpers/plainPostings';

const WORDS = ['acme', 'Acme', 'ACME', 'sold', 'units', 'revenue', 'Revenue', 'grew', 'fell', 'the', 'company', 'Company', 'said', 'chief', 'Beta', 'hired', 'engineers', 'GPUs', "O'Neill", 'café', 'Zürich', 'don’t', 'market', 'shares', 'profit', 'Profits', 'quarter', 'year'];

/** `n` source files of sentences drawn from WORDS, with figures, front matter in some. */
function corpus(n: number, seed: number): Record<string, string> {
  return syntheticSources(WORDS, n, seed);
}

/** Postings equal, and their maps' keys in the same order. */
function samePostings(a: ReturnType<typeof buildPostings>, b: ReturnType<typeof buildPostings>): void {
  assert.deepStrictEqual(plainPostings(a), plainPostings(b));
  assert.deepEqual([...a.termIds.keys()], [...b.termIds.keys()]);
  assert.deepEqual([...a.written.lower.keys()], [...b.written.lower.keys()]);
  assert.deepEqual([...a.written.capitalisedInside.keys()], [...b.written.capitalisedInside.keys()]);
}

describe('a first index built in runs on its own thread', () => {
  it('passages scanned piece after piece (each piece’s sources numbered from 0) make the postings of one scan, however the scan was sized', () => {
    const files = corpus(240, 7);
    const sources = Object.keys(files)
      .sort()
      .map((p, i) => buildSource(i, p, files[p]));
    const whole = buildPostings(sources, sources.flatMap((s) => s.passages));
    assert.ok(whole.written.capitalisedInside.size > 5 && whole.termIds.size > 20, 'the corpus has names and terms to order');
    // (the size told: about right, far too small, far too large)
    for (const [seed, told] of [
      [1, 240],
      [2, 1],
      [3, 1_000_000],
    ]) {
      const r = rng(seed);
      const build = new PostingsBuild(told);
      for (let from = 0; from < sources.length; ) {
        const to = Math.min(sources.length, from + 1 + Math.floor(r() * 40));
        const part = sources.slice(from, to).map((s, i) => buildSource(i, s.path, s.text));
        build.add(part, part.flatMap((s) => s.passages));
        from = to;
      }
      assert.equal(build.passages, whole.lengths.length);
      samePostings(build.finish(), whole);
    }
  });

  it('past the scan’s first tables (thousands of raw words, met again pieces later): the postings of one scan', () => {
    const r = rng(11);
    const word = () => `w${Math.floor(r() ** 2 * 3000).toString(36)}`;
    const sources = Array.from({ length: 120 }, (_, i) => buildSource(i, `/w/s${i}.txt`, Array.from({ length: 6 }, () => `${Array.from({ length: 12 }, word).join(' ')}.`).join(' ')));
    const whole = buildPostings(sources, sources.flatMap((s) => s.passages));
    assert.ok(whole.termIds.size > 1500, `the corpus has ${whole.termIds.size} terms`);
    const build = new PostingsBuild(7);
    for (let from = 0; from < sources.length; from += 7) {
      const part = sources.slice(from, from + 7).map((s, i) => buildSource(i, s.path, s.text));
      build.add(part, part.flatMap((s) => s.passages));
    }
    samePostings(build.finish(), whole);
    assert.equal(new PostingsBuild(3).finish().lengths.length, 0, 'no passage: empty postings');
  });

  // more than two runs of files; the serial index told never to use runs
  const N = IN_PROCESS_RUN_FILES * 2 + 37;
  const settings = { sets: [folderSet('/w/sources')], exclude: [], maxSourceSizeKB: 1024 };
  const inRuns = (fs: FileSystem) => new SourceIndex(fs, { ...settings, inProcessMinFiles: 1 }, DEFAULT_PACING, IN_PROCESS_POSTINGS);
  const serial = (fs: FileSystem) => new SourceIndex(fs, { ...settings, inProcessMinFiles: Number.POSITIVE_INFINITY }, DEFAULT_PACING, IN_PROCESS_POSTINGS);
  const note = (files: Record<string, string | Uint8Array>) => {
    const lines: string[] = [];
    for (const p of Object.keys(files).sort().slice(0, 40)) {
      const text = files[p];
      if (typeof text !== 'string') continue;
      const first = text.split('\n').filter((l) => /\d/.test(l) && !l.startsWith('id:'))[0] ?? '';
      lines.push(`${first.split('.')[0]} [@${path.basename(p).replace(/\.\w+$/, '')}].`);
    }
    return `${lines.join('\n')}\nAcme sold 123 units in 2001.\n`;
  };
  const verdicts = (ix: SourceIndex, text: string) => JSON.stringify(checkNote(text, ix.corpus).diagnostics.map((f) => [f.code, f.message, f.start, f.end]));

  /** The index in runs and the serial one of the same files are the same. */
  async function same(files: Record<string, string | Uint8Array>, wrap: (fs: FileSystem) => FileSystem = (fs) => fs): Promise<{ runs: IndexResult; one: IndexResult; ix: SourceIndex }> {
    const a = serial(wrap(new InMemoryFileSystem(files)));
    const b = inRuns(wrap(new InMemoryFileSystem(files)));
    const one = await a.update();
    const runs = await b.update();
    assert.deepEqual(runs.files, one.files);
    assert.deepEqual(runs.warnings, one.warnings);
    assert.equal(runs.read, one.read);
    assert.equal(runs.built, one.built);
    assert.equal(runs.postings, one.postings);
    samePostings(b.corpus.postingsIndex, a.corpus.postingsIndex);
    assert.equal(verdicts(b, note(files)), verdicts(a, note(files)));
    assert.deepStrictEqual(b.corpus.sources, a.corpus.sources);
    return { runs, one, ix: b };
  }

  it('text files only: the same index, every source restored from its run’s record (nothing made until asked)', async () => {
    const files = corpus(N, 21);
    const b = inRuns(new InMemoryFileSystem(files));
    await b.update();
    assert.equal(b.corpus.sources.filter((s) => !unmadeRows(s)).length, 0, 'every source in columns');
    assert.ok(
      b.corpus.sources.every((s) => typeof unreadText(s) === 'string'),
      'each with the string it was built from (its record keeps no second copy)',
    );
    await same(files);
  });

  it('a file that cannot be read, a binary one, an empty one, one too large and a web page: one warning each where the serial index gives one, the same index', async () => {
    const files: Record<string, string | Uint8Array> = corpus(N, 22);
    files['/w/sources/bin.txt'] = new Uint8Array([0, 1, 2, 3, 0, 0, 7]);
    files['/w/sources/empty.txt'] = '';
    files['/w/sources/big.txt'] = 'x '.repeat(600 * 1024);
    files['/w/sources/locked.txt'] = 'Locked\n\nIt sold 9 units in 2002.';
    files['/w/sources/page.html'] = '<html><head><title>Page</title></head><body><article><p>Page sold 77 units in 2003, up 4%.</p></article></body></html>';
    // reading locked.txt fails as a file without permission does
    const locked = (inner: FileSystem): FileSystem => {
      const fail = (p: string) => {
        if (p.endsWith('locked.txt')) throw Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: 'EACCES' });
      };
      return {
        readDirectory: (d) => inner.readDirectory(d),
        stat: (p) => inner.stat(p),
        readFile: async (p) => (fail(p), inner.readFile(p)),
        readUpTo: inner.readUpTo && (async (p: string, max: number): Promise<ReadUpTo> => (fail(p), inner.readUpTo!(p, max))),
      };
    };
    const { runs } = await same(files, locked);
    for (const name of ['bin.txt', 'big.txt', 'locked.txt']) assert.equal(runs.warnings.filter((w) => w.path === `/w/sources/${name}`).length, 1, name);
    assert.match(runs.warnings.find((w) => w.path === '/w/sources/locked.txt')!.message, /cannot read \(EACCES\)/);
    // and without the web page (every file in a run): the postings are the runs' own build
    delete files['/w/sources/page.html'];
    await same(files, locked);
  });

  it('below the threshold of files (inProcessMinFiles), or with sources to reuse, no source is built in runs', async () => {
    const files = corpus(40, 23);
    const mem = new InMemoryFileSystem(files);
    // the runs' scans counted (each run's passages go to the corpus's PostingsBuild)
    const add = PostingsBuild.prototype.add;
    let runs = 0;
    PostingsBuild.prototype.add = function (...args: Parameters<typeof add>) {
      runs++;
      return add.apply(this, args);
    };
    try {
      await new SourceIndex(mem, { ...settings, inProcessMinFiles: 41 }, DEFAULT_PACING, IN_PROCESS_POSTINGS).update();
      assert.equal(runs, 0, 'built one after another');
      const ix = inRuns(mem);
      await ix.update();
      assert.equal(runs, 1, 'one run of 40 small files');
      const before = ix.corpus.sources;
      mem.write('/w/sources/f0003.txt', 'Changed\n\nIt sold 5 units.');
      await ix.update();
      assert.equal(runs, 1, 'a second index builds the changed file alone, here');
      assert.equal(ix.corpus.sources[4], before[4], 'and keeps the others');
    } finally {
      PostingsBuild.prototype.add = add;
    }
  });

  it('with a cache: what the runs left restores the same sources and postings in the next run, which reads no file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-in-runs-'));
    try {
      const files = corpus(N, 24);
      const src = writeAgedSources(dir, files);
      const cached = { sets: [folderSet(src)], exclude: [], maxSourceSizeKB: 1024, cache: { store: new DiskCacheStore(path.join(dir, 'cache')) } };
      const first = new SourceIndex(new NodeFileSystem(), { ...cached, inProcessMinFiles: 1 });
      const r1 = await first.update();
      assert.equal(r1.built, N);
      await first.flush();
      const warm = new SourceIndex(new NodeFileSystem(), cached);
      const r2 = await warm.update();
      assert.equal(r2.read, 0);
      assert.equal(r2.postings, 'cached');
      samePostings(warm.corpus.postingsIndex, first.corpus.postingsIndex);
      assert.deepStrictEqual(warm.corpus.sources, first.corpus.sources);
      const one = new SourceIndex(new NodeFileSystem(), { ...cached, cache: undefined, inProcessMinFiles: Number.POSITIVE_INFINITY });
      await one.update();
      assert.deepStrictEqual(warm.corpus.sources, one.corpus.sources);
      samePostings(warm.corpus.postingsIndex, one.corpus.postingsIndex);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
