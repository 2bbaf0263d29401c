// The search index made on a worker thread (engine/workers): what the worker makes is exactly what
// this thread makes — a full build and an update after some sources changed, term ids included —
// and a worker that cannot start, crashes, answers an error or answers postings that do not fit
// is given up with one log line and one warning, the index then made on this thread.
import * as assert from 'node:assert/strict';
import { type TransferListItem, Worker } from 'node:worker_threads';
import type { Postings } from '../../server/src/engine/indexer';
import { makePostings, spawnIndexWorker, WorkerPostings, type PostingsJob } from '../../server/src/engine/workers';
import type { WorkerRequest } from '../../server/src/engine/workers/postingsThread';
import { fromReply, replyOf, runRequest, toRequest } from '../../server/src/engine/workers/postingsJob';
import { DEFAULT_PACING, folderSet, InMemoryFileSystem, SourceIndex, type IndexSettings } from '../../server/src/engine/workspace';
import { buildCorpus } from '../../server/src/engine/workspace';

const DIR = '/w/sources';
const settings: IndexSettings = { sets: [folderSet(DIR)], exclude: [], maxSourceSizeKB: 1024 };
const PACING = { ...DEFAULT_PACING, sliceMs: 1e9 };

const TOWNS = ['Kellmouth', 'Brannock', 'Ardlow', 'Pennick', 'Sallow Cove', 'Tarn End'];
const GOODS = ['containers', 'tonnes of apples', 'passengers', 'cranes', 'fishing boats'];

/** Invented sources with names, figures of several kinds, and words written both ways. */
function sources(n: number, variant = 0): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const town = TOWNS[i % TOWNS.length];
    const good = GOODS[(i * 3) % GOODS.length];
    out[`${DIR}/report_${String(i).padStart(3, '0')}.md`] = [
      `---\ntitle: ${town} yearly review ${i}\n---`,
      `# ${town} in ${2000 + (i % 20)}`,
      '',
      `The port of ${town} handled ${1000 + i * 37 + variant} ${good} in ${2000 + (i % 20)}, up ${i % 9}% on the year before.`,
      '',
      `Revenue reached £${(i % 7) + 1}.${i % 10}m, the Harbour Board said; Ports ${i % 2 ? 'grew' : 'shrank'} by ${i % 5} in the third quarter.`,
      '',
      `About ${20 + i} families of ${town} work on the ${good.split(' ').at(-1)}, the survey found.`,
      '',
    ].join('\n');
  }
  return out;
}

/** Postings compared field by field (term ids included: the worker's must be the same ids). */
function assertSame(a: Postings, b: Postings): void {
  assert.deepEqual([...a.termIds].sort(), [...b.termIds].sort());
  assert.deepEqual(Array.from(a.offsets), Array.from(b.offsets));
  assert.deepEqual(Array.from(a.postings), Array.from(b.postings));
  assert.deepEqual(Array.from(a.lengths), Array.from(b.lengths));
  assert.deepEqual(Array.from(a.kindMask), Array.from(b.kindMask));
  assert.deepEqual(Array.from(a.lowerCount), Array.from(b.lowerCount));
  assert.equal(a.avgdl, b.avgdl);
  assert.deepEqual([...a.written.lower].sort(), [...b.written.lower].sort());
  assert.deepEqual([...a.written.capitalisedInside].sort(), [...b.written.capitalisedInside].sort());
}

function recorder() {
  const logs: string[] = [];
  const warnings: string[] = [];
  return { logs, warnings, hooks: { log: (m: string) => logs.push(m), warn: (m: string) => warnings.push(m) } };
}

/** A job for the whole of a small corpus. */
function buildJob(): PostingsJob {
  const files = Object.entries(sources(12)).map(([path, text]) => ({ path, text }));
  const c = buildCorpus(files).corpus;
  return { sources: c.sources, passages: c.passages };
}

/** A worker that runs `code` (plain JavaScript, its parentPort in scope as `port`). */
const fakeWorker = (code: string) => () => new Worker(`const port = require('node:worker_threads').parentPort; ${code}`, { eval: true });

describe('index worker: postings made on a worker thread', function () {
  this.timeout(60000);
  const made: WorkerPostings[] = [];
  afterEach(() => {
    for (const w of made.splice(0)) w.dispose();
  });
  const worker = (spawn?: () => Worker) => {
    const r = recorder();
    const w = new WorkerPostings(r.hooks, spawn);
    made.push(w);
    return { w, ...r };
  };

  it('a full build in the worker is the build made here, id for id', async () => {
    const { w, warnings } = worker();
    const job = buildJob();
    assert.ok(job.passages.some((p) => p.figures.length), 'the corpus has figures (their kinds travel)');
    assertSame(await w.make(job), makePostings(job));
    assert.deepEqual(w.counts, { worker: 1, inProcess: 0 });
    assert.deepEqual(warnings, []);
  });

  it('a source index whose postings the worker makes: built, then updated after a change, a removal and an addition, as here', async () => {
    const { w, warnings } = worker();
    const start = sources(30);
    const here = new InMemoryFileSystem(start);
    const there = new InMemoryFileSystem(start);
    const local = new SourceIndex(here, settings, PACING);
    const remote = new SourceIndex(there, settings, PACING, w);
    assert.equal((await remote.update()).postings, 'built');
    await local.update();
    assertSame(remote.corpus.postingsIndex, local.corpus.postingsIndex);
    const paths = Object.keys(start);
    const changed = new Set([paths[3], paths[17], `${DIR}/report_new.md`]);
    for (const f of [here, there]) {
      f.write(paths[3], sources(30, 5)[paths[3]] + '\nA new line on Kellmouth: 77 tugs.\n');
      f.delete(paths[17]);
      f.write(`${DIR}/report_new.md`, '# Fresh\n\nThe Ardlow ferry carried 4,200 cars in 2023.\n');
    }
    const r = await remote.update({ changed });
    assert.equal(r.postings, 'updated');
    assert.equal((await local.update({ changed })).postings, 'updated');
    assertSame(remote.corpus.postingsIndex, local.corpus.postingsIndex);
    assert.equal(remote.corpus.sources.length, 30);
    // and again, from the postings the update made
    for (const f of [here, there]) f.write(paths[9], '# Short now\n\nBrannock sold 12 boats.\n');
    assert.equal((await remote.update({ changed: new Set([paths[9]]) })).postings, 'updated');
    await local.update({ changed: new Set([paths[9]]) });
    assertSame(remote.corpus.postingsIndex, local.corpus.postingsIndex);
    assert.deepEqual(w.counts, { worker: 3, inProcess: 0 });
    assert.deepEqual(warnings, []);
  });

  it('an update sends the previous postings only when the worker did not make them last', async () => {
    const sent: WorkerRequest[] = [];
    const spy = () => {
      const wk = spawnIndexWorker();
      const post = wk.postMessage.bind(wk);
      wk.postMessage = (m: WorkerRequest, t?: readonly TransferListItem[]) => (sent.push(m), post(m, t));
      return wk;
    };
    const builder = worker(spy).w;
    const updater = worker(spy).w;
    // the build by one worker, the updates by another: the first update must send what it starts from
    const maker = { make: (job: PostingsJob) => (job.update ? updater : builder).make(job) };
    const start = sources(20);
    const here = new InMemoryFileSystem(start);
    const there = new InMemoryFileSystem(start);
    const local = new SourceIndex(here, settings, PACING);
    const remote = new SourceIndex(there, settings, PACING, maker);
    await Promise.all([local.update(), remote.update()]);
    const paths = Object.keys(start);
    for (const k of [2, 11]) {
      for (const f of [here, there]) f.write(paths[k], `# Changed ${k}\n\nArdlow counted ${k * 11} ferries and Pennick ${k} tugs.\n`);
      assert.equal((await remote.update({ changed: new Set([paths[k]]) })).postings, 'updated');
      await local.update({ changed: new Set([paths[k]]) });
      assertSame(remote.corpus.postingsIndex, local.corpus.postingsIndex);
    }
    assert.deepEqual(
      sent.map((m) => [!!m.job.update, !!m.job.update?.prev, m.prevId !== undefined]),
      [
        [false, false, false],
        [true, true, false],
        [true, false, true],
      ],
    );
  });

  for (const [what, spawn, reason] of [
    ['a worker that cannot start', () => { throw new Error('no such file: index-worker.js'); }, /no such file/],
    ['a worker that crashes on its first job', fakeWorker(`port.on('message', () => process.exit(7));`), /exited with code 7/],
    ['a worker that throws', fakeWorker(`port.on('message', () => { throw new Error('out of luck'); });`), /out of luck/],
    ['a worker that answers an error', fakeWorker(`port.on('message', (m) => port.postMessage({ id: m.id, error: 'Error: bad file\\n  at x' }));`), /could not make the postings: Error: bad file(?![\s\S]*at x)/],
    ['a worker that answers postings that do not fit', fakeWorker(`port.on('message', (m) => port.postMessage({ id: m.id, blob: { meta: {}, arrays: {} } }));`), /do not fit/],
  ] as const) {
    it(`${what}: given up with one log line and one warning; this job and the next are made here`, async () => {
      const { w, logs, warnings } = worker(spawn as () => Worker);
      const job = buildJob();
      assertSame(await w.make(job), makePostings(job));
      assertSame(await w.make(job), makePostings(job));
      assert.deepEqual(w.counts, { worker: 0, inProcess: 2 });
      assert.equal(logs.length, 1, logs.join('\n'));
      assert.match(logs[0], reason);
      assert.match(logs[0], /on the server's own thread from now on$/);
      assert.equal(warnings.length, 1, warnings.join('\n'));
      assert.match(warnings[0], reason);
      assert.match(w.failure!, reason);
    });
  }

  it('the hand-over and the take-back pause where the pace says, and make the same postings as in one piece', async () => {
    const job = buildJob();
    let pauses = 0;
    const everyLook = { due: () => true, pause: async () => void pauses++ };
    const sliced = await toRequest(job, false, everyLook);
    const whole = await toRequest(job);
    assert.ok(pauses > job.sources.length, `${pauses} pauses`);
    assert.deepEqual(sliced, whole);
    const { made } = runRequest(whole);
    const before = pauses;
    const back = await fromReply(replyOf(made, undefined).reply, job, everyLook);
    assert.ok(pauses > before);
    assertSame(back!, makePostings(job));
  });

  it('a job under way when the worker is stopped is made here, with no warning (the server is shutting down)', async () => {
    const { w, warnings } = worker(fakeWorker(`port.on('message', () => undefined);`));
    const job = buildJob();
    const pending = w.make(job);
    await new Promise((resolve) => setImmediate(resolve));
    w.dispose();
    assertSame(await pending, makePostings(job));
    assert.deepEqual(w.counts, { worker: 0, inProcess: 1 });
    assert.deepEqual(warnings, []);
  });
});
