// The server's first index with nothing to reuse builds its sources on worker threads, as the
// CLI's cold index does (lsp/folder.ts Extraction, server.ts: one worker per core, made for the
// update and stopped after it): the diagnostics are those of a server building on its own thread,
// the status bar's "indexing N of M" counts the files whose sources are made — not the files read,
// which the index's thread hands over long before the workers are done — and an update with
// sources to reuse hands nothing over.
import * as assert from 'node:assert/strict';
import type { ExtractReply, ExtractRequest } from '../../server/src/engine/workers/extractJob';
import { inProcessExtraction, WorkerExtraction, type SourceExtractor } from '../../server/src/engine/workers';
import type { Extraction } from '../../server/src/lsp/folder';
import { abs, Harness, ROOT, under, uriOf } from './harness';

const WORDS = ['harbour', 'grain', 'mill', 'tonnes', 'river', 'council', 'budget', 'market', 'shares', 'exports'];

/** n small sources (more than one run of EXTRACT_RUN_FILES), and a note citing a few of them. */
function workspace(n: number): Record<string, string | Uint8Array> {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const w = (k: number) => WORDS[(i * 7 + k * 3) % WORDS.length];
    files[`sources/s${String(i).padStart(4, '0')}.md`] = `---\nid: s${i}\n---\n\nThe ${w(0)} of Town${i} handled ${1000 + i * 13} ${w(1)} in ${1990 + (i % 30)}.\n\nIts ${w(2)} rose ${i % 40}% on the year.\n`;
  }
  files['notes/n.md'] = `# N\n\nThe ${WORDS[0]} of Town0 handled 1,000 ${WORDS[1]} in 1990 [@s0].\n\nTown3 handled 9,999 ${WORDS[1]} in 1993 [@s3].\n\nIts ${WORDS[2]} rose 7% [@s7].\n`;
  return under(ROOT, files);
}

/** An extractor whose runs (made on this thread) come back only when released; counts what it is given and disposed. */
class HeldExtraction implements SourceExtractor {
  readonly threads = 2;
  readonly inner = inProcessExtraction();
  runs = 0;
  disposed = 0;
  private held: (() => void)[] = [];
  extract(job: ExtractRequest): Promise<ExtractReply> {
    this.runs++;
    const reply = this.inner.extract(job);
    return new Promise((resolve, reject) => this.held.push(() => reply.then(resolve, reject)));
  }
  /** Let the oldest run held come back. */
  release(): void {
    this.held.shift()?.();
  }
  get waiting(): number {
    return this.held.length;
  }
  dispose(): void {
    this.disposed++;
  }
}

const tick = () => new Promise((resolve) => setImmediate(resolve));
const messages = (h: Harness) => JSON.stringify((h.latest(uriOf('notes/n.md')) ?? []).map((d) => [d.code, d.message, d.range]));

describe('features in-process: a first index on worker threads', () => {
  const N = 1100; // three runs of at most 500 files

  it('says how many files are built, not read, and publishes what one thread would', async () => {
    const held = new HeldExtraction();
    const extraction: Extraction = { make: () => held, minFiles: 16 };
    const h = await Harness.start({ files: workspace(N), extraction, noInit: true });
    const done = h.sync.initialized();
    // every file read and handed over, none built yet
    for (let i = 0; i < 10_000 && held.runs < 3; i++) await tick();
    for (let i = 0; i < 50; i++) await tick();
    assert.equal(held.runs, 3);
    const folder = h.state.folders[0];
    assert.deepEqual(folder.indexProgress, { done: 0, total: N }, 'nothing built: 0 of all the files');
    assert.ok(!h.progress.some((p) => p.kind === 'report'), `no progress told yet: ${JSON.stringify(h.progress)}`);
    held.release();
    for (let i = 0; i < 20; i++) await tick();
    assert.equal(folder.indexProgress?.done, 500, 'the first run came back: its 500 files');
    while (held.waiting) held.release();
    await done;
    const reports = h.progress.filter((p) => p.kind === 'report').map((p) => Number(p.text.split('/')[0]));
    assert.deepEqual(reports, [...reports].sort((a, b) => a - b), 'never backwards');
    assert.equal(reports.at(-1), N);
    assert.equal(held.disposed, 1, 'stopped after the update');
    assert.equal(folder.index.corpus.sources.length, N);

    const serial = await Harness.start({ files: workspace(N) });
    assert.notEqual(messages(serial), '[]');
    assert.equal(messages(h), messages(serial));

    // a save: sources to reuse, nothing handed over (the extractor is made and stopped, unused)
    h.fs.write(abs('sources/s0003.md'), (workspace(N)[abs("sources/s0003.md")] as string).replace(/handled \d+/, 'handled 9,999'));
    await h.indexer.reindex(folder, new Set([abs('sources/s0003.md')]));
    assert.equal(held.runs, 3);
    assert.equal(held.disposed, 2);
  });

  it('on real worker threads (two): the same diagnostics, the workers stopped after the index', async function () {
    this.timeout(60_000);
    const made: WorkerExtraction[] = [];
    let disposed = 0;
    const extraction: Extraction = {
      make: () => {
        const w = new WorkerExtraction(2);
        const dispose = w.dispose.bind(w);
        w.dispose = () => {
          disposed++;
          dispose();
        };
        made.push(w);
        return w;
      },
      minFiles: 16,
    };
    const h = await Harness.start({ files: workspace(600), extraction });
    const serial = await Harness.start({ files: workspace(600) });
    assert.equal(made.length, 1);
    assert.equal(disposed, 1);
    assert.equal(h.state.folders[0].index.corpus.sources.length, 600);
    assert.notEqual(messages(serial), '[]');
    assert.equal(messages(h), messages(serial));
  });
});
