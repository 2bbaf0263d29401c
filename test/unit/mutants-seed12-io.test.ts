// Edges seed 12 of the mutation sample found untested (scripts/mutate-sample.mjs --seed 12, README
// "Tests"), outside figures and frames: a "?" after an abbreviation-like word ends a sentence, a
// line's trailing spaces before a break, the "did you mean" list of two keys, the messages of a
// damaged cache record and of a missing in-memory file, a file exactly at the size limit, a term
// frequency of two and three bytes in a posting list, a file's checksummed head ending before the
// first of two arrays set apart. Each case
// fails with its seed-12 mutant applied.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkNote } from '../../server/src/engine/check';
import { Corpus } from '../../server/src/engine/corpus';
import { encode, headLength } from '../../server/src/engine/persist/binary';
import { CorruptRecordError } from '../../server/src/engine/persist/sourceRecords';
import { buildSource } from '../../server/src/engine/sources';
import { sentenceSpans } from '../../server/src/engine/text';
import { InMemoryFileSystem } from '../../server/src/engine/workspace/memoryFileSystem';
import { NodeFileSystem } from '../../server/src/engine/workspace/nodeFileSystem';
import { PostingCursor, PostingWriter } from '../../server/src/engine/postingList';

const sentences = (text: string, softWrap = false) => sentenceSpans(text, 0, text.length, softWrap).map(([a, b]) => text.slice(a, b));

describe('seed 12 survivors: text, findings, persistence, file systems', () => {
  it('only a full stop can be an abbreviation\'s: "Dr?" ends its sentence', () => {
    assert.deepEqual(sentences('Ask Dr? He came in 2004.'), ['Ask Dr?', 'He came in 2004.']);
  });

  it('a line ending in a full stop then spaces ends its sentence at the break (markdown paragraphs)', () => {
    assert.deepEqual(sentences('Sales rose 5% in 2004.   \nNext year they fell.', true), ['Sales rose 5% in 2004.', 'Next year they fell.']);
  });

  it('"did you mean" lists two keys as "a or b", each once', () => {
    const corpus = new Corpus([
      buildSource(0, '/ws/sources/001_harbour.txt', 'Harbour traffic report\n\nThe harbour handled 41,300 ships.\n'),
      buildSource(1, '/ws/sources/002_orchard.txt', 'Orchard yields\n\nThe orchards gave 9,600 tonnes of apples.\n'),
    ]);
    const d = checkNote('See [@003].\n', corpus).diagnostics.find((x) => x.code === 'unknown-source');
    assert.match(d?.message ?? '', /Did you mean @001 \("Harbour traffic report"\) or @002 \("Orchard yields"\)\?$/);
  });

  it('a damaged cache record says which record and why; a missing in-memory file says ENOENT and its path', async () => {
    assert.equal(new CorruptRecordError('src/a.txt').message, 'index cache record src/a.txt: its text does not match its digest');
    await assert.rejects(new InMemoryFileSystem({}).readFile('/nowhere/a.txt'), (e: Error & { code?: string }) => e.code === 'ENOENT' && /^ENOENT: .*'\/nowhere\/a\.txt'/.test(e.message));
  });

  it('a file exactly at the byte limit is read; one byte over is not', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-seed12-'));
    try {
      const p = path.join(dir, 'a.txt');
      fs.writeFileSync(p, 'twelve bytes');
      const nodeFs = new NodeFileSystem();
      assert.equal(new TextDecoder().decode((await nodeFs.readUpTo(p, 12)).bytes), 'twelve bytes');
      assert.equal((await nodeFs.readUpTo(p, 11)).bytes, undefined);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a term frequency of two and three bytes reads back whole from a posting list', () => {
    const w = new PostingWriter(16);
    const from = w.startTerm();
    w.add(3, 300);
    w.add(200, 20_000);
    w.add(201, 1);
    const bytes = w.finish();
    const c = new PostingCursor(bytes, from, bytes.length);
    const got: [number, number][] = [];
    while (c.next()) got.push([c.pid, c.tf]);
    assert.deepEqual(got, [[3, 300], [200, 20_000], [201, 1]]);
  });

  it('with two arrays set apart, the head a reader needs ends where the first of them starts', () => {
    const first = Uint8Array.from([201, 202, 203, 204, 205, 206, 207, 208, 209]);
    const second = Uint8Array.from([101, 102, 103]);
    const bytes = encode({ meta: { n: 1 }, arrays: { sums: Int32Array.from([7, 8]), first, second }, apart: ['first', 'second'] }, 3);
    const head = headLength(bytes, bytes.length);
    assert.equal(head, Buffer.from(bytes).indexOf(Buffer.from(first)), `${head} of ${bytes.length}`);
  });
});
