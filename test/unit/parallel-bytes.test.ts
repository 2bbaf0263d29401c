// A first index of few but large files built on the extractor's threads (issue 13: 20 files of 5 MB
// were built one after another on the index's thread where 44,500 files of the same 100 MB went to
// the workers): the bytes estimated from a sample of the files' sizes (indexer.ts estimatedBytes,
// policy.ts PARALLEL_EXTRACT_MIN_BYTES) decide it, and the index is the one a single thread builds.
import * as assert from 'node:assert/strict';
import { checkNote } from '../../server/src/engine/check';
import { folderSet, InMemoryFileSystem, SourceIndex, type FileSystem } from '../../server/src/engine/workspace';
import { DEFAULT_PACING, estimatedBytes } from '../../server/src/engine/workspace/indexer';
import { PARALLEL_SIZE_SAMPLE } from '../../server/src/engine/workspace/policy';
import { IN_PROCESS_POSTINGS } from '../../server/src/engine/workers/postingsJob';
import { inProcessExtraction, type SourceExtractor } from '../../server/src/engine/workers/workerExtraction';
import { syntheticSources } from './synthetic-sources';

const WORDS = ['acme', 'Acme', 'sold', 'units', 'revenue', 'grew', 'fell', 'the', 'company', 'said', 'chief', 'Beta', 'hired', 'engineers', 'market', 'shares', 'profit', 'quarter', 'year'];

/** `n` files, each the text of `per` synthetic sources joined: few files, each large. */
function large(n: number, per: number, seed: number): Record<string, string> {
  const parts = syntheticSources(WORDS, n * per, seed);
  const texts = Object.keys(parts)
    .sort()
    .map((p) => parts[p]);
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) files[`/w/sources/big${String(i).padStart(2, '0')}.txt`] = texts.slice(i * per, (i + 1) * per).join('\n\n');
  return files;
}

describe('a first index of few large files on the extractor’s threads', () => {
  it('estimatedBytes: every size when the files are few; a file over the size limit, or missing, as none; a sample spread over a long list', async () => {
    const fs = new InMemoryFileSystem({ '/w/a.txt': 'x'.repeat(1000), '/w/b.txt': 'y'.repeat(3000), '/w/huge.txt': 'z'.repeat(5000) });
    assert.equal(await estimatedBytes(fs, [], 4), 0);
    assert.equal(await estimatedBytes(fs, ['/w/a.txt', '/w/b.txt'], 4), 4000);
    // huge.txt (5,000 bytes) is over a 4 KB limit: skipped by the index, so no bytes to build
    assert.equal(await estimatedBytes(fs, ['/w/a.txt', '/w/b.txt', '/w/huge.txt', '/w/gone.txt'], 4), 4000);
    const many: Record<string, string> = {};
    const paths: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const p = `/w/m${String(i).padStart(4, '0')}.txt`;
      many[p] = i % 2 ? 'ab' : 'abcd';
      paths.push(p);
    }
    let stated = 0;
    const mem = new InMemoryFileSystem(many);
    const counting: FileSystem = { ...mem, readDirectory: (d) => mem.readDirectory(d), readFile: (p) => mem.readFile(p), stat: (p) => (stated++, mem.stat(p)) };
    // a sample of every 1000/64-th file: sizes 4 and 2 in turn, an estimate of about 3 a file
    const est = await estimatedBytes(counting, paths, 1024);
    assert.equal(stated, PARALLEL_SIZE_SAMPLE);
    assert.ok(est >= 2000 && est <= 4000, String(est));
  });

  it('few files above parallelMinBytes are handed to the extractor and make the index one thread makes; below it none is', async () => {
    const files = large(6, 40, 21);
    const bytes = Object.values(files).reduce((n, t) => n + Buffer.byteLength(t), 0);
    let runs = 0;
    const counting: SourceExtractor = { threads: 2, extract: (job) => (runs++, inProcessExtraction().extract(job)) };
    // the files are far fewer than parallelMinFiles: only their bytes send them to the threads
    const settings = { sets: [folderSet('/w/sources')], exclude: [], maxSourceSizeKB: 1024, parallelMinFiles: 1000 };
    const serial = new SourceIndex(new InMemoryFileSystem(files), { ...settings, parallelMinBytes: Number.POSITIVE_INFINITY }, DEFAULT_PACING, IN_PROCESS_POSTINGS);
    const below = new SourceIndex(new InMemoryFileSystem(files), { ...settings, parallelMinBytes: bytes + 1 }, DEFAULT_PACING, IN_PROCESS_POSTINGS, counting);
    const a = await serial.update();
    await below.update();
    assert.equal(runs, 0, 'fewer bytes than the bound: built on the index’s thread');
    const threaded = new SourceIndex(new InMemoryFileSystem(files), { ...settings, parallelMinBytes: bytes }, DEFAULT_PACING, IN_PROCESS_POSTINGS, counting);
    const b = await threaded.update();
    assert.ok(runs >= 1, 'handed to the extractor');
    assert.deepEqual(b.files, a.files);
    assert.deepEqual(b.warnings, a.warnings);
    assert.deepStrictEqual(threaded.corpus.postingsIndex, serial.corpus.postingsIndex);
    assert.deepStrictEqual(threaded.corpus.sources, serial.corpus.sources);
    const note = 'Acme sold 123 units in 2001 [@big00].\n\n"the company said" [@big01].\n';
    const verdicts = (ix: SourceIndex) => JSON.stringify(checkNote(note, ix.corpus).diagnostics.map((f) => [f.code, f.message, f.start, f.end]));
    assert.equal(verdicts(threaded), verdicts(serial));
  });
});
