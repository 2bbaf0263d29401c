// Sources built on extraction threads (workers/extractJob.ts, workerExtraction.ts) and their scans
// joined (indexer.ts mergeSegments): the same index as one thread building every file in turn —
// the same sources, warnings, postings (term ids, written forms and their order included) and
// verdicts — with real workers, in process, with a worker that fails, and with files the workers
// do not take (another format) or cannot build.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkNote } from '../../server/src/engine/check';
import { buildPostings, LIST_ROW, mergeSegments, SegmentScanner, type ScannedSegment } from '../../server/src/engine/indexer';
import { PostingCursor } from '../../server/src/engine/postingList';
import { unmadeRows } from '../../server/src/engine/lazyPassages';
import { DiskCacheStore } from '../../server/src/engine/persist';
import { buildSource } from '../../server/src/engine/sources';
import type { Source } from '../../server/src/engine/types';
import { folderSet, InMemoryFileSystem, NodeFileSystem, SourceIndex, type FileSystem, type IndexResult } from '../../server/src/engine/workspace';
import { DEFAULT_PACING } from '../../server/src/engine/workspace/indexer';
import { EXTRACT_RUN_FILES } from '../../server/src/engine/workspace/policy';
import { IN_PROCESS_POSTINGS } from '../../server/src/engine/workers/postingsJob';
import { inProcessExtraction, WorkerExtraction, type SourceExtractor } from '../../server/src/engine/workers/workerExtraction';
import { rng, syntheticSources, writeAgedSources } from './synthetic-sources';
import { plainPostings } from '../helpers/plainPostings';

const WORDS = ['acme', 'Acme', 'ACME', 'sold', 'units', 'revenue', 'Revenue', 'grew', 'fell', 'the', 'company', 'Company', 'said', 'chief', 'Beta', 'hired', 'engineers', 'GPUs', 'H100s', "O'Neill", 'café', 'Zürich', 'don’t', 'market', 'Market', 'shares', 'profit', 'Profits', 'quarter', 'year'];

/** `n` source files of sentences drawn from WORDS, with figures, front matter in some, names capitalised inside sentences. */
function corpus(n: number, seed: number): Record<string, string> {
  return syntheticSources(WORDS, n, seed);
}

/** The files' sources built one after another, and their passages. */
function built(files: Record<string, string>): Source[] {
  return Object.keys(files)
    .sort()
    .map((p, i) => buildSource(i, p, files[p]));
}

describe('sources extracted on several threads', () => {
  it('runs scanned apart, by scanners that keep their numbering between runs, join into the postings of one scan (term ids, counts, written forms and their order)', () => {
    const sources = built(corpus(240, 7));
    const whole = buildPostings(sources, sources.flatMap((s) => s.passages));
    for (const [seed, scanners] of [
      [1, 1],
      [2, 2],
      [3, 3],
    ]) {
      const r = rng(seed);
      const scanner = Array.from({ length: scanners }, (_, k) => new SegmentScanner(k));
      const runs: ScannedSegment[] = [];
      for (let from = 0; from < sources.length; ) {
        const to = Math.min(sources.length, from + 1 + Math.floor(r() * 40));
        // each run's sources numbered from 0, as a worker builds them
        const part = sources.slice(from, to).map((s, i) => buildSource(i, s.path, s.text));
        runs.push(scanner[Math.floor(r() * scanners)].scan(part, part.flatMap((s) => s.passages)));
        from = to;
      }
      const merged = mergeSegments(runs);
      assert.deepStrictEqual(merged, whole);
      assert.deepEqual([...merged.termIds.keys()], [...whole.termIds.keys()]);
      assert.deepEqual([...merged.written.lower.keys()], [...whole.written.lower.keys()]);
      assert.deepEqual([...merged.written.capitalisedInside.keys()], [...whole.written.capitalisedInside.keys()]);
      assert.ok(whole.written.capitalisedInside.size > 5 && whole.termIds.size > 20, 'the corpus has names and terms to order');
    }
  });

  it('past the merger\'s first tables (over 1,024 terms, met again runs later): the postings of one scan, each run\'s new terms those its scanner numbered', () => {
    const r = rng(11);
    // words of their own (w0 … w2999) drawn so that most come back in later runs, some only once
    const word = () => `w${Math.floor(r() ** 2 * 3000).toString(36)}`;
    const sources = Array.from({ length: 120 }, (_, i) => buildSource(i, `/w/s${i}.txt`, Array.from({ length: 6 }, () => `${Array.from({ length: 12 }, word).join(' ')}.`).join(' ')));
    const whole = buildPostings(sources, sources.flatMap((s) => s.passages));
    assert.ok(whole.termIds.size > 1500, `the corpus has ${whole.termIds.size} terms`);
    const scanner = [new SegmentScanner(0), new SegmentScanner(1)];
    const runs: ScannedSegment[] = [];
    for (let from = 0, k = 0; from < sources.length; from += 7, k++) {
      const part = sources.slice(from, from + 7).map((s, i) => buildSource(i, s.path, s.text));
      const run = scanner[k % 2].scan(part, part.flatMap((s) => s.passages));
      // the run's new terms: exactly the terms its lists name at or past firstTerm, in the order first met
      const named = new Set<number>();
      for (let q = 0; q < run.listRows.length; q += LIST_ROW) if (run.listRows[q] >= run.firstTerm) named.add(run.listRows[q]);
      assert.equal(named.size, run.newTerms.length);
      runs.push(run);
    }
    assert.deepStrictEqual(mergeSegments(runs), whole);
  });

  it('a run\'s lists: each term\'s postings in the run, term by term — its first passage\'s tf, then each later one\'s gap and tf — with its first and last passage and count', () => {
    const sources = built(corpus(60, 5));
    const scanner = new SegmentScanner(0);
    const early = sources.slice(0, 20).map((s, i) => buildSource(i, s.path, s.text));
    const before = scanner.scan(early, early.flatMap((s) => s.passages)); // (an earlier run: the scanner's numbering goes on)
    const part = sources.slice(20).map((s, i) => buildSource(i, s.path, s.text));
    const passages = part.flatMap((s) => s.passages);
    const run = scanner.scan(part, passages);
    // the run alone, as one build: each term's (passage, tf) list
    const alone = buildPostings(part, passages);
    const want = new Map<string, [number, number][]>();
    for (const [t, id] of alone.termIds) {
      const c = new PostingCursor(alone.postings, alone.offsets[id], alone.offsets[id + 1]);
      const l: [number, number][] = [];
      while (c.next()) l.push([c.pid, c.tf]);
      want.set(t, l);
    }
    // the scanner's terms by id: those of the earlier run, then this run's new ones
    const names = [...before.newTerms, ...run.newTerms];
    assert.equal(run.firstTerm, before.newTerms.length);
    assert.equal(run.listRows.length % LIST_ROW, 0);
    const seen = new Set<string>();
    let from = 0;
    for (let r = 0; r < run.listRows.length; r += LIST_ROW) {
      const [term, end, first, last, count] = run.listRows.subarray(r, r + LIST_ROW);
      const bytes = run.lists.subarray(from, end);
      from = end;
      // decoded: the first passage's tf, then gap and tf after it
      const got: [number, number][] = [];
      let at = 0;
      const read = () => {
        let v = 0;
        for (let shift = 0; ; shift += 7) {
          const b = bytes[at++];
          v |= (b & 0x7f) << shift;
          if (b < 0x80) return v;
        }
      };
      got.push([first, read()]);
      while (at < bytes.length) got.push([got[got.length - 1][0] + read(), read()]);
      assert.equal(got.length, count);
      assert.equal(got[got.length - 1][0], last);
      const name = names[term];
      assert.ok(!seen.has(name), name);
      assert.deepEqual(got, want.get(name), name);
      seen.add(name);
    }
    assert.equal(from, run.lists.length);
    assert.equal(seen.size, want.size, 'a list for every term of the run, each once');
  });

  // (a threshold of the test's own: the default is tens of thousands of files)
  const MIN_FILES = 256;
  const N = MIN_FILES + 150;
  const settings = { sets: [folderSet('/w/sources')], exclude: [], maxSourceSizeKB: 1024, parallelMinFiles: MIN_FILES };
  const index = (fs: FileSystem, extractor?: SourceExtractor) => new SourceIndex(fs, settings, DEFAULT_PACING, IN_PROCESS_POSTINGS, extractor);
  const note = (files: Record<string, string>) => {
    const names = Object.keys(files).sort();
    const lines: string[] = [];
    for (const p of names.slice(0, 40)) {
      const first = files[p].split('\n').filter((l) => /\d/.test(l) && !l.startsWith('id:'))[0] ?? '';
      lines.push(`${first.split('.')[0]} [@${path.basename(p).replace(/\.\w+$/, '')}].`);
    }
    return `${lines.join('\n')}\nAcme sold 123 units in 2001.\n`;
  };
  const verdicts = (ix: SourceIndex, text: string) => JSON.stringify(checkNote(text, ix.corpus).diagnostics.map((f) => [f.code, f.message, f.start, f.end]));

  /** The serial and the parallel index of `files` are the same: sources, warnings, postings, verdicts. */
  async function same(files: Record<string, string | Uint8Array>, extractor: SourceExtractor, wrap: (fs: FileSystem) => FileSystem = (fs) => fs): Promise<{ serial: IndexResult; parallel: IndexResult; ix: SourceIndex }> {
    const a = index(new InMemoryFileSystem(files));
    const b = index(wrap(new InMemoryFileSystem(files)), extractor);
    const serial = await a.update();
    const parallel = await b.update();
    assert.deepEqual(parallel.files, serial.files);
    assert.deepEqual(parallel.warnings, serial.warnings);
    assert.equal(parallel.read, serial.read);
    assert.equal(parallel.built, serial.built);
    assert.deepStrictEqual(b.corpus.postingsIndex, a.corpus.postingsIndex);
    const texts = Object.fromEntries(Object.entries(files).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
    assert.equal(verdicts(b, note(texts)), verdicts(a, note(texts)));
    assert.deepStrictEqual(b.corpus.sources, a.corpus.sources);
    return { serial, parallel, ix: b };
  }

  it('in process: the same index as one thread building every file, each source restored from its run’s record (nothing made until asked)', async () => {
    const files = corpus(N, 11);
    const b = index(new InMemoryFileSystem(files), inProcessExtraction());
    await b.update();
    assert.equal(b.corpus.sources.filter((s) => !unmadeRows(s)).length, 0, 'every source in columns');
    await same(files, inProcessExtraction());
  });

  it('with files the workers do not take or cannot build: binary, empty, too large, UTF-16 with a lone surrogate (decoded to U+FFFD), a web page — each as one thread reads it', async () => {
    const files: Record<string, string | Uint8Array> = corpus(N, 12);
    files['/w/sources/bin.txt'] = new Uint8Array([0, 1, 2, 3, 0, 0, 7]);
    files['/w/sources/empty.txt'] = '';
    files['/w/sources/big.txt'] = 'x '.repeat(600 * 1024);
    // UTF-16 LE with a byte-order mark and a lone high surrogate
    const lone = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Lone\n\nIt sold 42 units \ud800 in 2001.', 'utf16le')]);
    files['/w/sources/lone.txt'] = new Uint8Array(lone);
    files['/w/sources/page.html'] = '<html><head><title>Page</title></head><body><article><p>Page sold 77 units in 2003, up 4%.</p></article></body></html>';
    const { parallel } = await same(files, inProcessExtraction());
    assert.ok(parallel.warnings.some((w) => w.path === '/w/sources/bin.txt'));
    assert.ok(parallel.warnings.some((w) => w.path === '/w/sources/big.txt'));
  });

  it('on worker threads (two): the same index', async function () {
    this.timeout(60_000);
    const workers = new WorkerExtraction(2);
    try {
      await same(corpus(N, 13), workers);
    } finally {
      workers.dispose();
    }
  });

  it('a worker that cannot start or fails: its runs, and every later one, are read and built on the index’s thread, the same index', async function () {
    this.timeout(60_000);
    const dying = new WorkerExtraction(2, () => new Worker(`require('node:worker_threads').parentPort.on('message', () => process.exit(9));`, { eval: true }));
    let spawned = 0;
    const throwing = new WorkerExtraction(2, () => {
      spawned++;
      throw new Error('no such file: extract-worker.js');
    });
    try {
      // (three runs each)
      await same(corpus(EXTRACT_RUN_FILES * 2 + 10, 14), dying);
      await same(corpus(EXTRACT_RUN_FILES * 2 + 10, 15), throwing);
      assert.equal(spawned, 1, 'after a failure no worker is started again: every later run is built here');
    } finally {
      dying.dispose();
      throwing.dispose();
    }
  });

  it('replies that come back late, out of order or not at all, with other formats and skipped files between runs: each run’s sources made as it comes back, the same index', async function () {
    this.timeout(120_000);
    // (session 44: the sources of the runs back so far are made while the later runs are built)
    for (const seed of [21, 22, 23]) {
      const r = rng(seed);
      const files: Record<string, string | Uint8Array> = corpus(EXTRACT_RUN_FILES * 4 + 37, seed);
      const names = Object.keys(files).sort();
      // a web page and a binary file among the runs' files, an empty one, one too large
      files[names[Math.floor(names.length / 3)].replace(/\.\w+$/, '-page.html')] = '<html><head><title>Page</title></head><body><p>Page sold 77 units in 2003, up 4%.</p></body></html>';
      files[names[Math.floor(names.length / 2)].replace(/\.\w+$/, '-bin.txt')] = new Uint8Array([0, 1, 2, 0, 0, 9]);
      files[names[10].replace(/\.\w+$/, '-empty.txt')] = '';
      files[names[names.length - 5].replace(/\.\w+$/, '-big.txt')] = 'y '.repeat(600 * 1024);
      // a file of a run's bytes (a run of its own), the file after it read slowly: every run handed
      // over so far is back while that file is read (the slot being read is not made before it is)
      for (const at of seed === 22 ? [] : [seed === 21 ? 200 : 700]) {
        const base = names[at].replace(/\.\w+$/, '');
        files[`${base}-a.txt`] = `# Large ${at}\n\n${'Acme sold 12 units in 2001. '.repeat(Math.ceil(1.05 * (1 << 20) / 28))}`.slice(0, 1000 * 1024);
        files[`${base}-b.txt`] = `# After ${at}\n\nBeta sold ${at} units in 2002.\n`;
      }
      const inner = inProcessExtraction();
      let k = 0;
      const failing = seed === 23 ? 2 : -1;
      const late: SourceExtractor = {
        threads: 3,
        postings: inner.postings,
        // each run made when handed over (in order), its reply given back after a random wait; one run's never (seed 23)
        extract: (job) => {
          const made = inner.extract(job);
          const at = k++;
          return made.then((reply) => new Promise((resolve, reject) => setTimeout(() => (at === failing ? reject(new Error('worker gone')) : resolve(reply)), Math.floor(r() * 12))));
        },
      };
      // (every read a moment long, as a disk's: replies come back while later files are read)
      const slow = (inner: FileSystem): FileSystem => ({
        readDirectory: (d) => inner.readDirectory(d),
        stat: (p) => inner.stat(p),
        readFile: async (p) => {
          await new Promise((resolve) => setTimeout(resolve, p.endsWith('-b.txt') ? 40 : r() < 0.2 ? 1 : 0));
          return inner.readFile(p);
        },
      });
      const { parallel } = await same(files, late, slow);
      assert.ok(parallel.warnings.some((w) => w.path.endsWith('-bin.txt')));
    }
  });

  it('below the threshold of files (parallelMinFiles), or with sources to reuse, no run is handed over', async () => {
    let runs = 0;
    const counting: SourceExtractor = { threads: 1, extract: (job) => (runs++, inProcessExtraction().extract(job)) };
    const few = corpus(MIN_FILES - 1, 16);
    await index(new InMemoryFileSystem(few), counting).update();
    assert.equal(runs, 0);
    const files = corpus(N, 17);
    const mem = new InMemoryFileSystem(files);
    const ix = index(mem, counting);
    await ix.update();
    assert.ok(runs > 0);
    runs = 0;
    mem.write('/w/sources/f0003.txt', 'Changed\n\nIt sold 5 units.');
    await ix.update();
    assert.equal(runs, 0, 'a second index reuses the sources it holds');
  });

  it('with a cache: the records of a parallel index restore the same sources and postings in the next run, which reads no file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-parallel-'));
    try {
      const files = corpus(N, 18);
      const src = writeAgedSources(dir, files);
      const cached = { sets: [folderSet(src)], exclude: [], maxSourceSizeKB: 1024, parallelMinFiles: MIN_FILES, cache: { store: new DiskCacheStore(path.join(dir, 'cache')) } };
      const first = new SourceIndex(new NodeFileSystem(), cached, DEFAULT_PACING, IN_PROCESS_POSTINGS, inProcessExtraction());
      const r1 = await first.update();
      assert.equal(r1.built, N);
      await first.flush();
      const warm = new SourceIndex(new NodeFileSystem(), cached);
      const r2 = await warm.update();
      assert.equal(r2.read, 0);
      assert.equal(r2.postings, 'cached');
      assert.deepStrictEqual(plainPostings(warm.corpus.postingsIndex), plainPostings(first.corpus.postingsIndex));
      assert.deepStrictEqual(warm.corpus.sources, first.corpus.sources);
      const serial = new SourceIndex(new NodeFileSystem(), { ...cached, cache: undefined });
      await serial.update();
      assert.deepStrictEqual(warm.corpus.sources, serial.corpus.sources);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
