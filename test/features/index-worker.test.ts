// The language server with its search index made on a worker thread (engine/workers), as server.ts
// sets it up: while the worker makes the new index after a source is saved, hovers are answered
// from the previous one and the status says "indexing"; the notes are re-checked once it is there.
// A worker that crashes is given up with one warning, and indexing goes on on the server's thread.
import * as assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import type { MarkupContent } from 'vscode-languageserver';
import { FileChangeType } from 'vscode-languageserver';
import type { Postings } from '../../server/src/engine/indexer';
import { WorkerPostings, type PostingsJob, type PostingsMaker } from '../../server/src/engine/workers';
import { status } from '../../server/src/lsp/search';
import { pathToUri } from '../../server/src/lsp/state';
import { FILES, HARBOR, lineOf, REVIEW } from './fixtures';
import { abs, codesOn, Harness, posOf, ROOT, under, uriOf } from './harness';

const NOTE = uriOf('notes/review.md');
const HARBOR_PATH = abs('sources/harbor.txt');
const CRANE_LINE = lineOf(REVIEW, '21 cranes');
const indexed = (h: Harness) => h.logs.filter((l) => /^indexed \d+ sources/.test(l));

/**
 * The worker's maker, whose answers can be held back: a job goes to the worker at once, and its
 * postings are handed on when the test opens the gate — so that what the server does while the
 * worker works is seen in order, not by timing.
 */
class Gated implements PostingsMaker {
  private gate: Promise<void> | undefined;
  private open: () => void = () => undefined;
  private told: () => void = () => undefined;
  /** Settles when a held job has gone to the worker. */
  sent: Promise<void> = Promise.resolve();
  constructor(readonly worker: WorkerPostings) {}

  hold(): void {
    this.gate = new Promise((resolve) => (this.open = resolve));
    this.sent = new Promise((resolve) => (this.told = resolve));
  }

  release(): void {
    this.gate = undefined;
    this.open();
  }

  async make(job: PostingsJob): Promise<Postings> {
    const made = this.worker.make(job);
    const gate = this.gate;
    if (gate) {
      this.told();
      await gate;
    }
    return made;
  }
}

function recorder() {
  const logs: string[] = [];
  const warnings: string[] = [];
  return { logs, warnings, hooks: { log: (m: string) => logs.push(m), warn: (m: string) => warnings.push(m) } };
}

async function hoverText(h: Harness): Promise<string> {
  const hv = await h.requests.hover({ textDocument: { uri: NOTE }, position: posOf(REVIEW, '21', '21 cranes') });
  return (hv?.contents as MarkupContent).value;
}

describe('features in-process: the search index made on a worker thread', function () {
  this.timeout(60000);
  const workers: WorkerPostings[] = [];
  afterEach(() => {
    for (const w of workers.splice(0)) w.dispose();
  });

  it('a source saved: hovers are answered from the previous index while the worker makes the new one; then the note is re-checked', async () => {
    const r = recorder();
    const worker = new WorkerPostings(r.hooks);
    workers.push(worker);
    const gated = new Gated(worker);
    const h = await Harness.start({ files: under(ROOT, FILES), postings: gated });
    await h.open('notes/review.md');
    assert.deepEqual(codesOn(h.latest(NOTE), CRANE_LINE), ['figure-mismatch']);
    const before = await hoverText(h);
    assert.match(before, /18/, 'the source says 18 cranes');

    gated.hold();
    h.fs.write(HARBOR_PATH, HARBOR.replace('18 cranes', '21 cranes'));
    const statusesBefore = h.statuses.length;
    const saved = h.sync.filesChanged([{ uri: pathToUri(HARBOR_PATH), type: FileChangeType.Changed }]);
    await gated.sent;
    // the worker has the job: the server is indexing, and answers from the index it has
    assert.equal(status(h.state.folders).indexing, true);
    const during = await hoverText(h);
    assert.equal(during, before, 'answered from the previous index');
    assert.equal(indexed(h).length, 1, 'the hover came before the new index');
    assert.deepEqual(codesOn(h.latest(NOTE), CRANE_LINE), ['figure-mismatch'], 'nothing re-published meanwhile');
    // the status bar said how far reading had got: "indexing N of 2"
    const progress = h.statuses.slice(statusesBefore).flatMap((s) => (s.progress ? [s.progress] : []));
    assert.ok(progress.some((p) => p.total === 2 && p.done > 0), JSON.stringify(progress));

    gated.release();
    await saved;
    assert.equal(indexed(h).length, 2);
    assert.deepEqual(codesOn(h.latest(NOTE), CRANE_LINE), [], 'the saved source now supports 21 cranes');
    assert.doesNotMatch(await hoverText(h), /18/);
    assert.equal(status(h.state.folders).indexing, false);
    assert.deepEqual(worker.counts, { worker: 2, inProcess: 0 }, 'both indexes were made in the worker');
    assert.deepEqual(r.warnings, []);
    assert.equal(r.logs.filter((l) => /made on a worker thread/.test(l)).length, 1);
  });

  it('a worker that crashes: one warning, the index made on the server thread, every feature as without a worker', async () => {
    const r = recorder();
    const worker = new WorkerPostings(r.hooks, () => new Worker(`require('node:worker_threads').parentPort.on('message', () => process.exit(9));`, { eval: true }));
    workers.push(worker);
    const h = await Harness.start({ files: under(ROOT, FILES), postings: worker });
    await h.open('notes/review.md');
    assert.equal(indexed(h).length, 1);
    assert.deepEqual(codesOn(h.latest(NOTE), CRANE_LINE), ['figure-mismatch']);
    assert.match(await hoverText(h), /18/);
    h.fs.write(HARBOR_PATH, HARBOR.replace('18 cranes', '21 cranes'));
    await h.sync.filesChanged([{ uri: pathToUri(HARBOR_PATH), type: FileChangeType.Changed }]);
    assert.deepEqual(codesOn(h.latest(NOTE), CRANE_LINE), []);
    assert.deepEqual(worker.counts, { worker: 0, inProcess: 2 });
    assert.equal(r.warnings.length, 1, r.warnings.join('\n'));
    assert.match(r.warnings[0], /exited with code 9/);
    assert.equal(r.logs.length, 1);
  });
});
