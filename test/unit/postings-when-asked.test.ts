// The CLI's index leaves the cached postings' lists in their file (IndexCacheOptions.postingsWhenAsked,
// persist/postingsBlob.ts leaveListsInFile): the file's head (what its checksum covers) is read at
// the load, the lists (27 MB of the 40 MB file at 100 MB of sources) each part when a reader first
// asks for it. Every reader of posting bytes asks first (postingList.ts readPostings: PostingCursor,
// listWhole, ranking.ts addList, the postings' encoding), so none meets bytes not read; what is read
// is checked by the lists' sums as before (a damaged list: CorruptPostingsError, repaired).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decode, encode } from '../../server/src/engine/persist/binary';
import { CorruptPostingsError, DiskCacheStore, ENGINE_VERSION } from '../../server/src/engine/persist';
import { encodePostings, leaveListsInFile, listSound, type PostingsMeta } from '../../server/src/engine/persist/postingsBlob';
import { LIST_READ_PART } from '../../server/src/engine/persist/policy';
import { PostingCursor, readPostings } from '../../server/src/engine/postingList';
import type { Postings } from '../../server/src/engine/indexer';
import { folderSet, loadWorkspace, NodeFileSystem } from '../../server/src/engine/workspace';
import { CACHE_FILES, CACHE_NOTE, noteVerdicts, runCli, withCacheFolder } from '../helpers/cacheFixture';

/** Sources enough for postings of several parts (LIST_READ_PART): the fixture's and many more, each with its own words. */
const MANY: Record<string, string> = { ...CACHE_FILES };
for (let i = 0; i < 600; i++) MANY[`m${i}.txt`] = `Filler story ${i} about word${i}, alpha${i} and item${i % 37}: ${i * 7} tonnes shipped by firm${i % 11} in ${1990 + (i % 30)}.\n\nThe port${i % 23} handled cargo${i} for buyer${i % 53} and seller${i % 41} at rate${i}.\n`;

const load = (sources: string, cache: string, whenAsked: boolean, log: string[] = []) =>
  loadWorkspace(new NodeFileSystem(), [folderSet(sources)], { exclude: [], maxSourceSizeKB: 1024, cache: { store: new DiskCacheStore(cache), log: (m) => log.push(m), postingsWhenAsked: whenAsked } });

/** The cache folder's postings file as written: its blob. */
function writtenPostings(cache: string): { file: string; bytes: Buffer; postings: Uint8Array } {
  const file = path.join(cache, fs.readdirSync(cache).find((f) => /\.postings\.gidx$/.test(f))!);
  const bytes = fs.readFileSync(file);
  const blob = decode<PostingsMeta>(bytes, ENGINE_VERSION);
  assert.ok(!('reject' in blob));
  return { file, bytes, postings: blob.arrays.postings as Uint8Array };
}

const basePostings = (ix: Awaited<ReturnType<typeof load>>): Postings => ix.corpus.layers.base;

describe('cached posting lists left in the file, each read when first asked (the CLI)', () => {
  it('leaveListsInFile: a part is read when bytes in it are asked for, once; runs of parts not read are read together; all read, nothing is asked again', () => {
    const n = 3 * LIST_READ_PART + 100;
    const file = Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 0xff);
    const bytes = new Uint8Array(n);
    const asked: [number, number][] = [];
    leaveListsInFile(bytes, (part) => {
      const from = part.byteOffset - bytes.byteOffset;
      asked.push([from, from + part.length]);
      return file.slice(from, from + part.length);
    });
    readPostings(bytes, LIST_READ_PART + 10, LIST_READ_PART + 20);
    assert.deepEqual(asked, [[LIST_READ_PART, 2 * LIST_READ_PART]]);
    assert.deepEqual(bytes.subarray(LIST_READ_PART, 2 * LIST_READ_PART), file.subarray(LIST_READ_PART, 2 * LIST_READ_PART));
    assert.ok(bytes.subarray(0, LIST_READ_PART).every((b) => b === 0), 'the part before: not read');
    readPostings(bytes, LIST_READ_PART, 2 * LIST_READ_PART);
    assert.equal(asked.length, 1, 'a part is read once');
    readPostings(bytes, 5, 5);
    assert.equal(asked.length, 1, 'nothing asked: nothing read');
    // a cursor over the whole: the parts before and after, the last one short
    const c = new PostingCursor(bytes, 0, n);
    assert.ok(c);
    assert.deepEqual(asked.slice(1), [[0, LIST_READ_PART], [2 * LIST_READ_PART, n]]);
    assert.deepEqual(bytes, file);
    readPostings(bytes);
    assert.equal(asked.length, 3, 'all read: nothing asked again');
  });

  it('a part that cannot be read (zeros) fails its lists\' sums: never taken as written', () => {
    const n = 2 * LIST_READ_PART;
    const lists = new Uint8Array(n).fill(1);
    // two terms: each list n/2 postings of gap 1 and frequency 1
    const p = { postings: new Uint8Array(n), offsets: Int32Array.from([0, n / 2, n]), df: Int32Array.from([n / 4, n / 4]) };
    assert.ok(listSound({ ...p, postings: lists }, 0, n), 'the lists as written are whole');
    leaveListsInFile(p.postings, (part) => new Uint8Array(part.length));
    assert.equal(listSound(p, 0, n), false);
  });

  it('loadWorkspace with the lists left in the file: none read at the load, those a check reads read then, the verdicts and every list those of the file read whole; an encoding reads them all', withCacheFolder('postings-when-asked', async ({ sources, cache }) => {
    const whole = await load(sources, cache, false);
    const verdicts = noteVerdicts(whole);
    assert.match(verdicts, /figure-mismatch/, 'the note has a verdict to compare');
    const written = writtenPostings(cache);
    assert.ok(written.postings.length > 2 * LIST_READ_PART, 'postings of several parts');
    const left = await load(sources, cache, true);
    const lazy = basePostings(left);
    assert.ok(lazy.postings.every((b) => b === 0), 'no list read at the load');
    assert.equal(noteVerdicts(left), verdicts);
    const read = lazy.postings.reduce((k, b) => k + (b !== 0 ? 1 : 0), 0);
    assert.ok(read > 0 && read < written.postings.length / 2, `the check read some of the lists, not all (${read} of ${written.postings.length} bytes)`);
    // every term's postings, walked, are the file's
    const ref = basePostings(whole);
    for (let id = 0; id < lazy.df.length; id++) {
      const a = new PostingCursor(lazy.postings, lazy.offsets[id], lazy.offsets[id + 1]);
      const b = new PostingCursor(ref.postings, ref.offsets[id], ref.offsets[id + 1]);
      for (let more = a.next(); ; more = a.next()) {
        assert.equal(more, b.next());
        if (!more) break;
        assert.deepEqual([a.pid, a.tf], [b.pid, b.tf]);
      }
    }
    assert.deepEqual(lazy.postings, written.postings);
    // an encoding (a save, a worker's update) reads every list first
    const fresh = await load(sources, cache, true);
    assert.deepEqual(encode(encodePostings(basePostings(fresh), 'sig'), ENGINE_VERSION), encode(encodePostings(ref, 'sig'), ENGINE_VERSION));
  }, { ...MANY }));

  it('lists damaged in the file, left there: found when the check reads them, repaired, the verdicts as over a sound cache', withCacheFolder('postings-when-asked', async ({ sources, cache }) => {
    const log: string[] = [];
    const verdicts = noteVerdicts(await load(sources, cache, false, log));
    const { file, bytes, postings } = writtenPostings(cache);
    // every list's last byte (a frequency below 128) one more: whole, not as written
    const offsets = (decode<PostingsMeta>(bytes, ENGINE_VERSION) as unknown as { arrays: { offsets: Int32Array } }).arrays.offsets;
    for (let id = 0; id + 1 < offsets.length; id++) if (offsets[id + 1] > offsets[id] && postings[offsets[id + 1] - 1] < 127) postings[offsets[id + 1] - 1]++;
    fs.writeFileSync(file, bytes);
    const second = await load(sources, cache, true, log);
    assert.equal(log.length, 0, 'the load reads no list');
    assert.throws(() => noteVerdicts(second), CorruptPostingsError);
    const repaired = await second.repair();
    assert.ok(repaired);
    assert.match(log.join('\n'), /postings\.gidx discarded: posting lists that are not whole or not as written/);
    assert.equal(noteVerdicts(repaired), verdicts);
  }, { ...MANY }));

  it('grounded check with a cache (lists left in the file): the report of a check without one, cold and warm', withCacheFolder('postings-when-asked', async ({ sources, cache, dir }) => {
    fs.writeFileSync(path.join(dir, 'note.md'), CACHE_NOTE);
    const args = (c: string[]) => ['check', '--sources', sources, ...c, '--format', 'json', 'note.md'];
    const none = await runCli(dir, args(['--no-cache']));
    assert.match(none.stdout, /figure-mismatch/);
    const cold = await runCli(dir, args(['--cache', cache]));
    for (const f of fs.readdirSync(cache)) if (f.endsWith('.gres')) fs.rmSync(path.join(cache, f));
    const warm = await runCli(dir, args(['--cache', cache]));
    assert.deepEqual([cold.code, cold.stdout], [none.code, none.stdout]);
    assert.deepEqual([warm.code, warm.stdout], [none.code, none.stdout]);
  }, { ...MANY }));
});
