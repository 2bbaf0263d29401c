// The notes, persist, workers and workspace survivors of seed 20 of the mutation sample
// (StrykerJS, seed 20, issue 15). Each case fails with its seed-20 mutant applied and passes
// without it; the file:line each one kills (at bd73b0b) is given in its name.
import * as assert from 'node:assert/strict';
import { parseNote } from '../../server/src/engine/notes/parser';
import { decode, encode, headLength } from '../../server/src/engine/persist/binary';
import { contentKey, CorruptRecordError, encodeRecords, readRecords, recordText, restoreSource, verifyUnreadText, type RecordSet, type RecordsMeta } from '../../server/src/engine/persist/sourceRecords';
import { buildSource } from '../../server/src/engine/sources';
import { inProcessExtraction, makePostings, WorkerPostings } from '../../server/src/engine/workers';
import { buildCorpus, folderSet, InMemoryFileSystem, SourceIndex } from '../../server/src/engine/workspace';
import { DEFAULT_PACING, type Pacing } from '../../server/src/engine/workspace/indexer';
import { IN_PROCESS_POSTINGS } from '../../server/src/engine/workers/postingsJob';
import { runExtract } from '../../server/src/engine/workers/extractJob';
import { SegmentScanner } from '../../server/src/engine/indexer';
import { extractRequest } from '../helpers/extractRequest';

describe('seed 20 survivors: notes', () => {
  it('a block quote followed by a paragraph that opens with a hyphen and then a citation is a cited quote (parser.ts:200)', () => {
    for (const lead of ['-', '- ', '\u2013 ']) {
      const note = `# Notes\n\n> The ferry left Olvenport twice a day.\n\n${lead}[@harrow2020]\n`;
      const parsed = parseNote(note);
      assert.deepEqual(parsed.quotes.map((q) => [q.text, q.block]), [['The ferry left Olvenport twice a day.', true]], lead);
      const quoted = parsed.sentences[parsed.quotes[0].sentence];
      assert.deepEqual(quoted.citations.map((c) => c.key), ['harrow2020'], lead);
    }
  });
});

describe('seed 20 survivors: persist', () => {
  it("how much of a damaged file to read is taken from its JSON block's own tail, never from the header bytes before it (binary.ts:116)", () => {
    // a real file's head, then a JSON block cut down to two bytes, the header's last bytes spelling the start of its tail
    const bytes = Buffer.from(encode({ meta: { n: 1 }, arrays: { text: Uint8Array.from([1, 2, 3]) }, apart: ['text'] }, 1));
    assert.equal(headLength(bytes, bytes.length) < bytes.length, true, 'the intact file: its head only');
    const damaged = Buffer.alloc(100);
    bytes.copy(damaged, 0, 0, 16); // magic, layout version, engine
    damaged.writeUInt32LE(2, 16); // a JSON block of two bytes…
    damaged.write('"checked":', 38, 'latin1'); // …after a header whose last ten bytes read so
    damaged.write('7}', 48, 'latin1');
    assert.equal(headLength(damaged, 48), 50, 'the header, then the block');
    assert.equal(headLength(damaged, 50), 100, 'a block that does not say how far the checksum goes: all of the file');
    assert.match((decode(damaged, 1) as { reject: string }).reject, /./);
  });

  it('a hedge at the very start of a source keeps its place when the source is restored from the cache (sourceRecords.ts:699)', () => {
    const text = 'About 40 houses stood on Tern Island in 2019.\n\nRoughly 12 boats were moored there.\n';
    const key = contentKey(text);
    const built = buildSource(0, '/w/tern.txt', text);
    const blob = decode<RecordsMeta>(encode(encodeRecords([built], [key]), 1), 1);
    assert.ok(!('reject' in blob));
    const records = readRecords(blob);
    assert.ok(!('reject' in records));
    const restored = restoreSource(0, '/w/tern.txt', undefined, records.get(key)!)!;
    const hedges = (s: typeof built) => s.passages.flatMap((p) => p.figures.map((f) => [f.text, f.hedgeText, f.hedgeStart]));
    assert.deepEqual(hedges(restored), hedges(built));
  });

  it("a record whose text fails its digest tells the index's guard once, however often its text is asked for (sourceRecords.ts:565)", () => {
    const texts = ['Gull Rock\n\nThe rock had 12 nesting pairs in 2021.\n', 'Tern Island\n\nThe island had 40 houses in 2019.\n'];
    const keys = texts.map((t) => contentKey(t));
    const blob = decode<RecordsMeta>(encode(encodeRecords(texts.map((t, i) => buildSource(i, `/w/${i}.txt`, t)), keys), 1), 1);
    assert.ok(!('reject' in blob));
    const bytes = blob.arrays.text as Uint8Array;
    bytes[bytes.length - 4] ^= 0x20; // a letter of the second text
    const told: string[] = [];
    const records = readRecords(blob, { corrupt: (k) => told.push(k) }) as RecordSet;
    const lazy = restoreSource(1, '/w/1.txt', undefined, records.get(keys[1])!)!;
    for (let k = 0; k < 3; k++) {
      assert.equal(verifyUnreadText(lazy), false);
      assert.throws(() => recordText(records.get(keys[1])!), CorruptRecordError);
    }
    assert.equal(recordText(records.get(keys[0])!), texts[0]);
    assert.deepEqual(told, [keys[1]]);
  });
});

describe('seed 20 survivors: workspace', () => {
  /** Six small sources about invented islands, and one saved web page among them. */
  const islands = () => {
    const files: Record<string, string> = {};
    for (const [k, name] of ['Tern', 'Gull', 'Skua', 'Auk', 'Puffin', 'Shag'].entries()) {
      files[`/w/sources/${name.toLowerCase()}.txt`] = `${name} Island\n\n${name} Island had ${10 + k} houses in 2019.\n`;
    }
    files['/w/sources/page.html'] = '<html><head><title>Kittiwake</title></head><body><article><p>Kittiwake Rock had 7 huts in 2020.</p></article></body></html>';
    return files;
  };
  const settings = { sets: [folderSet('/w/sources')], exclude: [], maxSourceSizeKB: 1024, parallelMinFiles: 2 };

  it("a first index built on the extractor's threads reports every file done at its end, the web page read on the index's own thread included (indexer.ts:782)", async () => {
    const files = islands();
    const ix = new SourceIndex(new InMemoryFileSystem(files), settings, DEFAULT_PACING, IN_PROCESS_POSTINGS, inProcessExtraction());
    const reports: [number, number][] = [];
    const r = await ix.update({ progress: { report: (done, total) => reports.push([done, total]) } });
    assert.equal(r.files.length, 7);
    assert.equal(ix.corpus.sources.length, 7);
    assert.deepEqual(reports.at(-1), [7, 7]);
  });

  it('reading the files yields (and reports progress) only once a slice of time has passed: with a clock that stands still, never (indexer.ts:917)', async () => {
    let yields = 0;
    const still: Pacing = { sliceMs: 30, now: () => 5000, yield: async () => void yields++ };
    const ix = new SourceIndex(new InMemoryFileSystem(islands()), { ...settings, parallelMinFiles: undefined }, still);
    const reports: [number, number][] = [];
    const r = await ix.update({ progress: { report: (done, total) => reports.push([done, total]) } });
    assert.equal(r.files.length, 7);
    assert.equal(ix.corpus.sources.length, 7);
    assert.deepEqual([yields, reports], [0, []]);
  });
});

describe('seed 20 survivors: workers', () => {
  it('handing a job to the index worker and taking its postings back, each a slice at a time, goes on after every pause (workerPostings.ts:65)', async function () {
    this.timeout(60_000);
    const { corpus } = buildCorpus(
      ['Tern', 'Gull', 'Skua', 'Auk'].map((name, k) => ({ path: `/w/sources/${name.toLowerCase()}.txt`, text: `${name} Island\n\n${name} Island had ${20 + k} houses in 2018.\n` })),
    );
    const job = { sources: corpus.sources, passages: corpus.passages };
    const w = new WorkerPostings({ log: () => undefined, warn: () => undefined });
    const clock = Object.getOwnPropertyDescriptor(performance, 'now');
    let t = performance.now();
    // a clock on which every step of the handoff takes longer than its slice: each is followed by a pause
    const slow = () => (t += 25);
    let timer: NodeJS.Timeout | undefined;
    try {
      const made = await Promise.race([
        (async () => {
          performance.now = slow;
          try {
            return await w.make(job);
          } finally {
            if (clock) Object.defineProperty(performance, 'now', clock);
            else delete (performance as { now?: unknown }).now;
          }
        })(),
        new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('the handoff never went on after a pause')), 10_000))),
      ]);
      assert.deepEqual(Array.from(made.postings), Array.from(makePostings(job).postings));
      assert.deepEqual(w.counts, { worker: 1, inProcess: 0 });
    } finally {
      clearTimeout(timer);
      w.dispose();
    }
  });

  it('a file an extraction run cannot build a source from is skipped with the reason, in the words of the index\'s own thread; the others are built (extractJob.ts:58)', () => {
    // no text file makes buildSource throw today: a path that cannot be read stands in for whatever might
    const req = extractRequest({ '/w/sources/odd.txt': 'Odd Rock\n\nOdd Rock had 3 huts.\n', '/w/sources/tern.txt': 'Tern Island\n\nTern Island had 40 houses in 2019.\n' });
    const unreadable = {
      lastIndexOf: () => {
        throw new Error('the path cannot be read');
      },
    } as unknown as string;
    req.paths = [unreadable, req.paths[1]];
    const reply = runExtract(req, new SegmentScanner(1));
    assert.deepEqual(reply.skips, ['skipped: could not be indexed (the path cannot be read)', null]);
    assert.deepEqual(reply.keys.map((k) => k !== null), [false, true]);
  });
});
