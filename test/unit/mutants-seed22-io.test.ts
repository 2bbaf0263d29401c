// The corpus, persist, stores, workers and workspace survivors of seed 22 of the mutation sample
// (StrykerJS, seed 22, issue 15). Each case fails with its seed-22 mutant applied and passes
// without it; the file:line each one kills (at aca2daa) is given in its name.
import * as assert from 'node:assert/strict';
import { buildSource, decodeSource, fileKey } from '../../server/src/engine/sources';
import { contentKey, encodeRecords, readRecords, restoreSource, type RecordSet } from '../../server/src/engine/persist/sourceRecords';
import { DEFAULT_PACING, folderSet, InMemoryFileSystem, NodeFileSystem, SourceIndex, type Pacing } from '../../server/src/engine/workspace';
import { MemoryCacheStore } from '../../server/src/engine/persist';
import { cacheSettings, withCacheFolder } from '../helpers/cacheFixture';
import { readSources } from '../../server/src/engine/workspace/indexer';
import { buildCorpus } from '../../server/src/engine/workspace';
import { makePostings, type PostingsJob } from '../../server/src/engine/workers';
import { replyOf, runRequest, toRequest } from '../../server/src/engine/workers/postingsJob';
import { WorkerPostings } from '../../server/src/engine/workers/workerPostings';
import type { WorkerRequest } from '../../server/src/engine/workers/postingsThread';
import { EventEmitter } from 'node:events';
import type { Worker } from 'node:worker_threads';

describe('seed 22 survivors: reading sources', () => {
  it('a source file with no extension, or only a leading dot, keeps its whole name as its key (sources.ts:25)', () => {
    const cases: [string, string][] = [
      ['/w/sources/ORKNEY', 'ORKNEY'],
      ['/w/sources/.harbourlog', '.harbourlog'],
      ['C:\\notes\\sources\\Tollgate', 'Tollgate'],
      ['/w/sources/tollgate.v2.md', 'tollgate.v2'],
    ];
    for (const [path, key] of cases) assert.equal(fileKey(path), key, path);
  });

  it('a UTF-32 file (FF FE 00 00) is skipped as binary, whatever its length; a UTF-16 BE one that cannot decode says so (sources.ts:199)', () => {
    // "Ab" in UTF-32 LE with a stray last byte: not UTF-16 at all
    const utf32 = Uint8Array.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0, 0x62, 0, 0, 0, 0x0a]);
    assert.deepEqual(decodeSource(utf32), { skip: 'binary file (contains NUL bytes)' });
    // UTF-16 BE whose first character is NUL and whose bytes are odd in number: not valid UTF-16 BE
    const oddBE = Uint8Array.from([0xfe, 0xff, 0, 0, 0, 0x41, 0x42]);
    assert.match((decodeSource(oddBE) as { skip: string }).skip, /not valid UTF-16BE text/);
    // the ordinary cases still read
    assert.deepEqual(decodeSource(Uint8Array.from([0xff, 0xfe, 0x48, 0, 0x69, 0])), { text: 'Hi' });
    assert.deepEqual(decodeSource(Uint8Array.from([0xfe, 0xff, 0, 0x48, 0, 0x69])), { text: 'Hi' });
  });

  it('readSources reads each listed file and warns of the ones it skips (workspace/indexer.ts:201)', async () => {
    const fs = new InMemoryFileSystem({ '/w/s/mill.txt': 'Hobb Mill ground 40 sacks a day.\n', '/w/s/blob.bin': Uint8Array.from([1, 0, 2]) });
    const r = await readSources(fs, ['/w/s/mill.txt', '/w/s/blob.bin']);
    assert.deepEqual(r.files, [{ path: '/w/s/mill.txt', text: 'Hobb Mill ground 40 sacks a day.\n' }]);
    assert.deepEqual(
      r.warnings.map((w) => [w.path, w.message]),
      [['/w/s/blob.bin', 'skipped: binary file (contains NUL bytes)']],
    );
  });

  it('a source exactly as large as grounded.maxSourceSizeKB is read; one byte more is skipped (workspace/indexer.ts:168)', async () => {
    const line = 'Corran Weir held 12 boats.\n';
    const exact = line.repeat(Math.ceil(1024 / line.length)).slice(0, 1024);
    const fs = new InMemoryFileSystem({ '/w/s/exact.txt': exact, '/w/s/over.txt': exact + 'x' });
    const r = await readSources(fs, ['/w/s/exact.txt', '/w/s/over.txt'], 1);
    assert.deepEqual(
      r.files.map((f) => [f.path, f.text.length]),
      [['/w/s/exact.txt', 1024]],
    );
    assert.deepEqual(
      r.warnings.map((w) => w.path),
      ['/w/s/over.txt'],
    );
    assert.match(r.warnings[0].message, /is larger than the 1 KB limit/);
  });
});

/** The jobs a source index gives its postings maker, made here. */
function capturingMaker() {
  const jobs: PostingsJob[] = [];
  return { jobs, maker: { make: async (job: PostingsJob) => (jobs.push(job), makePostings(job)) } };
}

const QUAYS = ['Dunmere', 'Ollerby', 'Graith', 'Swale Point', 'Ashcombe', 'Fennick', 'Haverley', 'Morrow', 'Pellin', 'Rudd Bay', 'Tolcarne', 'Wyvel'];
const quayFiles = (variant = 0): Record<string, string> =>
  Object.fromEntries(QUAYS.map((q, i) => [`/w/sources/quay_${i}.md`, `# ${q} quay\n\nThe ${q} quay landed ${120 + i * 7 + variant} crates in 2019.\n\nIts crane lifted ${9 + i} tonnes.\n`]));

describe('seed 22 survivors: postings jobs', () => {
  it('an update sent to the worker whose new passages are not the last ones makes the postings made here (postingsJob.ts:188)', async () => {
    const { jobs, maker } = capturingMaker();
    const fs = new InMemoryFileSystem(quayFiles());
    const index = new SourceIndex(fs, { sets: [folderSet('/w/sources')], exclude: [], maxSourceSizeKB: 1024 }, { ...DEFAULT_PACING, sliceMs: 1e9 }, maker);
    await index.update();
    fs.write('/w/sources/quay_1.md', '# Ollerby quay\n\nThe Ollerby quay landed 400 crates in 2020.\n');
    assert.equal((await index.update({ changed: new Set(['/w/sources/quay_1.md']) })).postings, 'updated');
    const job = jobs.at(-1)!;
    assert.ok(job.update, 'an update');
    const lastAdded = Math.max(...job.update.added.map(([, to]) => to));
    assert.ok(lastAdded < job.passages.length, 'the passages added are not the last');
    const here = makePostings(job);
    const { made } = runRequest(await toRequest(job));
    assert.deepEqual(Array.from(made.lengths), Array.from(here.lengths));
    assert.deepEqual(Array.from(made.kindMask), Array.from(here.kindMask));
    assert.deepEqual(Array.from(made.postings), Array.from(here.postings));
    assert.equal(made.avgdl, here.avgdl);
  });

  it('an update whose previous postings do not decode fails saying so (postingsJob.ts:194)', async () => {
    const { jobs, maker } = capturingMaker();
    const fs = new InMemoryFileSystem(quayFiles());
    const index = new SourceIndex(fs, { sets: [folderSet('/w/sources')], exclude: [], maxSourceSizeKB: 1024 }, { ...DEFAULT_PACING, sliceMs: 1e9 }, maker);
    await index.update();
    fs.write('/w/sources/quay_2.md', '# Graith quay\n\nThe Graith quay landed 55 crates in 2021.\n');
    await index.update({ changed: new Set(['/w/sources/quay_2.md']) });
    const req = await toRequest(jobs.at(-1)!);
    const broken = { ...req, update: { ...req.update!, prev: { meta: req.update!.prev!.meta, arrays: {} } } };
    assert.throws(() => runRequest(broken as typeof req), { message: 'the previous postings do not decode' });
    const unsent = { ...req, update: { ...req.update!, prev: undefined } };
    assert.throws(() => runRequest(unsent), { message: 'the previous postings are not kept' });
  });
});

describe('seed 22 survivors: cached source records', () => {
  const a = buildSource(0, '/s/brae.txt', 'Brae Farm\n\nBrae Farm kept 48 cows in 2015 and 52 in 2016.\n');
  const b = buildSource(1, '/s/linn.txt', 'Linn Mill\n\nLinn Mill ground 300 sacks in 1901.\n');

  it('records whose counts add up only because one of them is negative are refused (sourceRecords.ts:346)', () => {
    const blob = encodeRecords([a, b], [contentKey(a.text), contentKey(b.text)]);
    const arrays = blob.arrays as unknown as Record<string, Int32Array>;
    assert.ok(!('reject' in readRecords(blob as never)), 'as written: read');
    for (const col of ['rPassages', 'rFigures', 'rTextBytes', 'rChars']) {
      const counts = arrays[col].slice();
      const total = counts[0] + counts[1];
      counts[0] = -1;
      counts[1] = total + 1;
      assert.deepEqual(readRecords({ ...blob, arrays: { ...arrays, [col]: counts } } as never), { reject: 'records and columns disagree' }, col);
    }
  });

  it('a record whose figure kind is one past the known kinds is not restored (its source is built afresh) (sourceRecords.ts:502)', () => {
    const key = contentKey(a.text);
    const blob = encodeRecords([a], [key]);
    const arrays = blob.arrays as unknown as Record<string, Uint8Array>;
    const good = readRecords(blob as never) as RecordSet;
    const restored = restoreSource(0, a.path, a.text, good.get(key)!);
    assert.deepEqual(
      restored?.passages.flatMap((p) => p.figures.map((f) => f.kind)),
      a.passages.flatMap((p) => p.figures.map((f) => f.kind)),
    );
    const kinds = arrays.fKind.slice();
    assert.ok(kinds.length > 0);
    // 15 kinds are known (count … odds, time): code 15 is the first unknown one
    for (const bad of [15, 200]) {
      kinds[0] = bad;
      const set = readRecords({ ...blob, arrays: { ...arrays, fKind: kinds } } as never) as RecordSet;
      assert.equal(restoreSource(0, a.path, a.text, set.get(key)!), undefined, `kind ${bad}`);
    }
  });
});

/** A worker on this thread: answers each job on the next turn of the event loop, and says whether it holds the process (ref). */
class LocalWorker extends EventEmitter {
  held = false;
  readonly log: string[] = [];
  constructor(private readonly onPost?: () => void) {
    super();
  }
  ref(): void {
    this.held = true;
  }
  unref(): void {
    this.held = false;
  }
  postMessage(m: WorkerRequest): void {
    this.onPost?.();
    setImmediate(() => {
      const run = runRequest(m.job);
      this.emit('message', { id: m.id, ...replyOf(run.made, run.prev).reply });
    });
  }
  terminate(): Promise<number> {
    return Promise.resolve(0);
  }
}

describe('seed 22 survivors: the index worker', () => {
  const job = (): PostingsJob => {
    const { corpus } = buildCorpus(QUAYS.slice(0, 4).map((q, k) => ({ path: `/w/sources/q${k}.txt`, text: `${q}\n\n${q} quay landed ${30 + k} crates in 2017.\n` })));
    return { sources: corpus.sources, passages: corpus.passages };
  };

  it('once its job is answered the index worker no longer holds the process open (workerPostings.ts:162)', async () => {
    let worker: LocalWorker | undefined;
    const w = new WorkerPostings({ log: () => undefined, warn: () => undefined }, () => (worker = new LocalWorker()) as unknown as Worker);
    try {
      const j = job();
      const made = w.make(j);
      assert.deepEqual(Array.from((await made).postings), Array.from(makePostings(j).postings));
      assert.deepEqual(w.counts, { worker: 1, inProcess: 0 });
      assert.equal(worker!.held, false, 'idle: let go');
    } finally {
      w.dispose();
    }
  });

  it('handing a job to the index worker lets waiting work run between its slices (workerPostings.ts:64)', async () => {
    let ranBeforePost: boolean | undefined;
    let waiting = false;
    const w = new WorkerPostings({ log: () => undefined, warn: () => undefined }, () => new LocalWorker(() => (ranBeforePost ??= waiting)) as unknown as Worker);
    const clock = Object.getOwnPropertyDescriptor(performance, 'now');
    let t = performance.now();
    try {
      const j = job();
      // a clock on which each look at it is a slice later: the hand-over pauses at its first look
      performance.now = () => (t += 25);
      setImmediate(() => (waiting = true));
      const made = w.make(j);
      await made;
      assert.equal(ranBeforePost, true, 'what waited ran before the job was sent');
    } finally {
      if (clock) Object.defineProperty(performance, 'now', clock);
      else delete (performance as { now?: unknown }).now;
      w.dispose();
    }
  });
});

describe('seed 22 survivors: the source index\'s pauses', () => {
  const settings = { sets: [folderSet('/w/sources')], exclude: [], maxSourceSizeKB: 4096 };
  /** A clock on which every look is a slice later, and the pauses it makes, counted. */
  const hurried = () => {
    let t = 0;
    const p = { yields: 0, pacing: undefined as unknown as Pacing };
    p.pacing = { sliceMs: 30, now: () => (t += 100), yield: async () => void p.yields++ };
    return p;
  };

  it('the value index a build saves is made in slices: in one piece on a clock that never moves (the one pause is the save\'s own), pausing between steps on a hurried one (workspace/indexer.ts:609)', async () => {
    let yields = 0;
    const still: Pacing = { sliceMs: 30, now: () => 5000, yield: async () => void yields++ };
    const ix = new SourceIndex(new InMemoryFileSystem(quayFiles()), { ...settings, cache: { store: new MemoryCacheStore(), log: () => undefined } }, still);
    assert.equal((await ix.update()).postings, 'built');
    await ix.flush();
    assert.equal(yields, 1);
    // and on a clock where every look is a slice later, its steps pause between them
    const h = hurried();
    const busy = new SourceIndex(new InMemoryFileSystem(quayFiles()), { ...settings, cache: { store: new MemoryCacheStore(), log: () => undefined } }, h.pacing);
    await busy.update();
    const before = h.yields;
    await busy.flush();
    assert.ok(h.yields - before > 1, `${h.yields - before} pauses while saving`);
  });

  it('after the files are read, the steps of an update pause between them when the slice is over (workspace/indexer.ts:927)', async () => {
    const h = hurried();
    const reports: number[] = [];
    const ix = new SourceIndex(new InMemoryFileSystem({ '/w/sources/tarn.txt': 'Tarn Quay\n\nTarn Quay landed 70 crates in 2014.\n' }), settings, h.pacing);
    await ix.update({ progress: { report: (done) => reports.push(done) } });
    assert.deepEqual(reports, [1], 'the one pause while reading');
    assert.ok(h.yields >= 4, `${h.yields} pauses in all`);
  });

  it('sources built are put in columns in batches of at most some 10,000 passages, with a pause between batches (workspace/indexer.ts:629)', async function () {
    this.timeout(60_000);
    const crates = (n: number, tag: string) => Array.from({ length: n }, (_, k) => `Crate ${tag}${k} weighed ${k % 90} kg.`).join(' ') + '\n';
    const pauses: number[] = [];
    // the same passages, the two long sources first (two batches) or last (one batch)
    for (const sizes of [[6000, 6000, 1, 1], [1, 1, 6000, 6000]]) {
      const h = hurried();
      const files = Object.fromEntries(sizes.map((n, i) => [`/w/sources/store${i}.txt`, `Store ${i}\n\n` + crates(n, 'abcd'[i])]));
      const ix = new SourceIndex(new InMemoryFileSystem(files), settings, h.pacing);
      assert.equal((await ix.update()).postings, 'built');
      assert.equal(ix.corpus.passageCount, 12006);
      pauses.push(h.yields);
    }
    assert.equal(pauses[0], pauses[1] + 1, pauses.join(' vs '));
  });

  it('checking the postings a trusted start took from the cache pauses every 1,024 terms when the slice is over (workspace/indexer.ts:516)', async function () {
    this.timeout(60_000);
    const letters = 'bcdfghjklmnpqrstvwz';
    const word = (k: number) => 'qu' + letters[k % 19] + 'o' + letters[Math.floor(k / 19) % 19] + 'a' + letters[Math.floor(k / 361) % 19] + 'ix';
    const pauses: number[] = [];
    for (const n of [10, 3000]) {
      const files = { 'alder.txt': 'Alder Quay\n\nAlder Quay had 3 cranes.\n', 'birch.txt': `Birch Quay\n\nThe Birch Quay list named ${Array.from({ length: n }, (_, k) => word(k)).join(' ')}.\n` };
      await withCacheFolder('seed22', async ({ sources, cache }) => {
        const first = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
        await first.update();
        await first.flush();
        const h = hurried();
        const ix = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache), h.pacing);
        assert.equal((await ix.update({ trustCache: true })).unverified, true);
        const before = h.yields;
        assert.equal(await ix.verify(), undefined, 'everything held');
        pauses.push(h.yields - before);
      }, files)();
    }
    // some 3,000 terms more: two more pauses (at the 1,024th and the 2,048th)
    assert.equal(pauses[1], pauses[0] + 2, pauses.join(' vs '));
  });
});
