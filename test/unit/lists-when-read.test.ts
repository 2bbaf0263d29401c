// The CLI's index (loadWorkspace) takes the cached postings without walking every term's list at the
// load: the corpus checks a term's list when it first reads it — a ranking's walk or its count —
// (persist/postingsBlob.ts ListsWhenRead, Corpus `lists`), and a list that is not whole is never
// read: CorruptPostingsError (a CorruptRecordError) is thrown, `repair` builds the postings afresh
// and discards the file, and the check runs again — so `grounded check` answers as over a sound
// cache. A list the check never reads is never walked. (The language server's start is unchanged:
// it trusts the lists until `verify` walks them all, trusted-start.test.ts.)
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decode, encode } from '../../server/src/engine/persist/binary';
import { CorruptPostingsError, CorruptRecordError, DiskCacheStore, ENGINE_VERSION, ListsWhenRead } from '../../server/src/engine/persist';
import { decodePostings, encodeCachedPostings, listSound, type PostingsMeta } from '../../server/src/engine/persist/postingsBlob';
import { Corpus } from '../../server/src/engine/corpus';
import { buildSource } from '../../server/src/engine/sources';
import { folderSet, loadWorkspace, NodeFileSystem } from '../../server/src/engine/workspace';
import { CACHE_FILES, CACHE_NOTE, noteVerdicts, runCli, withCacheFolder } from '../helpers/cacheFixture';

const withFolder = (fn: (sources: string, cache: string, dir: string) => Promise<void>) => withCacheFolder('lists-when-read', (f) => fn(f.sources, f.cache, f.dir));

/** Rewrite the cache folder's postings file with `spoil` applied to its blob (a checksum that holds over a faulty writer's lists); returns its terms. */
function spoilPostings(cache: string, spoil: (df: Int32Array, terms: readonly string[]) => void): string[] {
  const name = fs.readdirSync(cache).find((f) => /\.postings\.gidx$/.test(f))!;
  const blob = decode<PostingsMeta>(fs.readFileSync(path.join(cache, name)), ENGINE_VERSION);
  assert.ok(!('reject' in blob));
  spoil(blob.arrays.df as Int32Array, blob.meta.terms);
  fs.writeFileSync(path.join(cache, name), encode(blob, ENGINE_VERSION));
  return blob.meta.terms;
}

/**
 * Damage the cache folder's postings file in place, in its bytes set apart from the checksum (the
 * lists: encodeCachedPostings): `spoil` changes each term's list bytes as it likes. The file still
 * decodes (binary.ts), as a disk's damage there would leave it.
 */
function damageLists(cache: string, spoil: (list: Uint8Array, term: string) => void): void {
  const file = path.join(cache, fs.readdirSync(cache).find((f) => /\.postings\.gidx$/.test(f))!);
  const bytes = fs.readFileSync(file);
  const blob = decode<PostingsMeta>(bytes, ENGINE_VERSION);
  assert.ok(!('reject' in blob));
  assert.deepEqual(blob.apart, ['postings'], 'the lists are set apart from the checksum');
  const postings = blob.arrays.postings as Uint8Array;
  const offsets = blob.arrays.offsets as Int32Array;
  // (the arrays are views on `bytes`: changed here, changed in the file's bytes)
  for (let id = 0; id + 1 < offsets.length; id++) spoil(postings.subarray(offsets[id], offsets[id + 1]), blob.meta.terms[id]);
  fs.writeFileSync(file, bytes);
  assert.ok(!('reject' in decode<PostingsMeta>(fs.readFileSync(file), ENGINE_VERSION)), 'the file still decodes: the checksum does not cover the lists');
}

/** A list's last byte (its last posting's frequency, a varint below 128) one more: the list is still whole, not as written. */
const moreOfLast = (list: Uint8Array) => {
  if (list.length > 0 && list[list.length - 1] < 127) list[list.length - 1]++;
};

describe('posting lists checked when read (the CLI)', () => {
  it('the cached lists set apart from the checksum, each with its CRC-32: a list whole but not as written is not sound (listSound); a file without the sums is not taken', () => {
    const corpus = new Corpus([buildSource(0, '/w/a.txt', 'Acme sold 350,000 units.\n\nAcme hired 200 people.'), buildSource(1, '/w/b.txt', 'Beta sold 12 units.')]);
    const passages = corpus.passageCount;
    const written = encode(encodeCachedPostings(corpus.postingsIndex, 'sig'), ENGINE_VERSION);
    const sound = decodePostings(decode<PostingsMeta>(written, ENGINE_VERSION) as never, 'sig', passages, false)!;
    assert.ok(sound);
    for (let id = 0; id < sound.df.length; id++) assert.ok(listSound(sound, id, passages));
    // the last byte of the lists, a frequency, one more: it still decodes (not covered), every list still whole
    const bytes = Buffer.from(written);
    const blob = decode<PostingsMeta>(bytes, ENGINE_VERSION);
    assert.ok(!('reject' in blob));
    (blob.arrays.postings as Uint8Array)[(blob.arrays.postings as Uint8Array).length - 1]++;
    const last = blob.arrays.df.length - 1;
    const damaged = decodePostings(decode<PostingsMeta>(bytes, ENGINE_VERSION) as never, 'sig', passages, false)!;
    assert.ok(damaged, 'lists not walked at the load');
    assert.ok(listSound({ ...damaged, postings: damaged.postings.slice() }, last, passages), 'whole: its sense holds (a copy of the bytes has no sums)');
    assert.equal(listSound(damaged, last, passages), false, 'not as written');
    for (let id = 0; id < last; id++) assert.ok(listSound(damaged, id, passages), `term ${id} untouched`);
    const told: number[] = [];
    const lists = new ListsWhenRead(damaged, () => told.push(1));
    assert.throws(() => lists.check(last), (e: unknown) => e instanceof CorruptPostingsError && /term \d+ is not whole or not as written/.test(e.message));
    assert.equal(told.length, 1);
    assert.equal(decodePostings(decode<PostingsMeta>(bytes, ENGINE_VERSION) as never, 'sig', passages, true), undefined, 'all checked at a load: refused');
    // lists set apart without their sums: not taken
    const { listSums: _, ...arrays } = (decode<PostingsMeta>(written, ENGINE_VERSION) as unknown as { arrays: Record<string, never> }).arrays;
    assert.equal(decodePostings({ meta: (blob as { meta: PostingsMeta }).meta, arrays, apart: ['postings'] }, 'sig', passages, false), undefined);
  });

  it('loadWorkspace: lists damaged in the file (whole, not as written) are found when the check reads them, repair builds the postings afresh (the file discarded with a log line), the verdicts as over a sound cache', withFolder(async (sources, cache) => {
    const log: string[] = [];
    const load = () => loadWorkspace(new NodeFileSystem(), [folderSet(sources)], { exclude: [], maxSourceSizeKB: 1024, cache: { store: new DiskCacheStore(cache), log: (m) => log.push(m) } });
    const first = await load();
    const verdicts = noteVerdicts(first);
    damageLists(cache, moreOfLast);
    const second = await load();
    assert.equal(log.length, 0, 'the load hashes no list');
    assert.throws(() => noteVerdicts(second), CorruptPostingsError);
    const repaired = await second.repair();
    assert.ok(repaired, 'the postings are built afresh');
    assert.equal(log.length, 1);
    assert.match(log[0], /postings\.gidx discarded: posting lists that are not whole or not as written/);
    assert.equal(noteVerdicts(repaired), verdicts);
    assert.deepStrictEqual(repaired.corpus.postingsIndex, first.corpus.postingsIndex);
    // written again whole: the next load meets nothing
    const third = await load();
    assert.equal(noteVerdicts(third), verdicts);
    assert.equal(await third.repair(), undefined);
    assert.equal(log.length, 1);
  }));

  it('grounded check over lists damaged in the file answers as over a sound cache (the kept result removed: the check runs)', withFolder(async (sources, cache, dir) => {
    fs.writeFileSync(path.join(dir, 'note.md'), CACHE_NOTE);
    const check = ['check', '--sources', sources, '--cache', cache, '--format', 'json', 'note.md'];
    const sound = await runCli(dir, check);
    for (const f of fs.readdirSync(cache)) if (f.endsWith('.gres')) fs.rmSync(path.join(cache, f));
    damageLists(cache, moreOfLast);
    const spoilt = await runCli(dir, check);
    assert.deepEqual([spoilt.code, spoilt.stdout], [sound.code, sound.stdout]);
    assert.match(spoilt.stderr, /posting lists that are not whole or not as written/);
  }));

  it('ListsWhenRead: a whole list passes, each as often as asked; one that is not whole throws CorruptPostingsError (a CorruptRecordError) and tells of it', () => {
    const corpus = new Corpus([buildSource(0, '/w/a.txt', 'Acme sold 350,000 units.\n\nAcme hired 200 people.'), buildSource(1, '/w/b.txt', 'Beta sold 12 units.')]);
    const p = corpus.postingsIndex;
    const told: number[] = [];
    const whole = new ListsWhenRead(p, () => told.push(1));
    for (let id = 0; id < p.df.length; id++) {
      whole.check(id);
      whole.check(id);
    }
    assert.equal(told.length, 0);
    const spoilt = { ...p, df: Int32Array.from(p.df, (x, i) => (i === 1 ? x + 1 : x)) };
    const lists = new ListsWhenRead(spoilt, () => told.push(1));
    lists.check(0);
    assert.throws(() => lists.check(1), (e: unknown) => e instanceof CorruptPostingsError && e instanceof CorruptRecordError && /term 1 is not whole/.test(e.message));
    assert.equal(told.length, 1);
    assert.throws(() => lists.check(1), CorruptPostingsError, 'never taken as whole after');
    lists.check(2);
  });

  it('loadWorkspace: lists not whole are found when the check reads them, repair builds the postings afresh (the file discarded), the verdicts as over a sound cache', withFolder(async (sources, cache) => {
    const log: string[] = [];
    const load = () => loadWorkspace(new NodeFileSystem(), [folderSet(sources)], { exclude: [], maxSourceSizeKB: 1024, cache: { store: new DiskCacheStore(cache), log: (m) => log.push(m) } });
    const first = await load();
    const verdicts = noteVerdicts(first);
    assert.match(verdicts, /figure-mismatch/, 'the note has a verdict to compare');
    // every list one posting short of its count: whatever the check reads first is not whole
    spoilPostings(cache, (df) => df.forEach((x, i) => (df[i] = x + 1)));
    const second = await load();
    assert.equal(log.length, 0, 'the load walks no list');
    assert.throws(() => noteVerdicts(second), CorruptPostingsError);
    const repaired = await second.repair();
    assert.ok(repaired, 'the postings are built afresh');
    assert.equal(log.length, 1);
    assert.match(log[0], /postings\.gidx discarded: posting lists that are not whole/);
    assert.equal(noteVerdicts(repaired), verdicts);
    assert.deepStrictEqual(repaired.corpus.postingsIndex, first.corpus.postingsIndex);
    assert.equal(await repaired.repair(), undefined, 'nothing left to repair');
    // the postings were written again whole: the next load meets nothing
    const third = await load();
    assert.equal(noteVerdicts(third), verdicts);
    assert.equal(await third.repair(), undefined);
    assert.equal(log.length, 1);
  }));

  it('a list the check never reads is never walked: the check answers from the other lists, nothing to repair', withCacheFolder('lists-when-read', async ({ sources, cache }) => {
    const log: string[] = [];
    const load = () => loadWorkspace(new NodeFileSystem(), [folderSet(sources)], { exclude: [], maxSourceSizeKB: 1024, cache: { store: new DiskCacheStore(cache), log: (m) => log.push(m) } });
    const verdicts = noteVerdicts(await load());
    // "zebras" is in a source of no figure that the note does not cite: no ranking, weight or name of the check reads it
    const terms = spoilPostings(cache, (df, terms) => df.forEach((x, i) => (df[i] = terms[i].startsWith('zebra') ? x + 1 : x)));
    assert.ok(terms.some((t) => t.startsWith('zebra')));
    const second = await load();
    assert.equal(noteVerdicts(second), verdicts);
    assert.equal(await second.repair(), undefined);
    assert.equal(log.length, 0);
  }, { ...CACHE_FILES, 'd.txt': 'Zebras wander quietly across the plain.' }));

  it('grounded check and grounded search over lists that are not whole answer as over a sound cache (the kept result removed: the check runs)', withFolder(async (sources, cache, dir) => {
    fs.writeFileSync(path.join(dir, 'note.md'), CACHE_NOTE);
    const run = (args: string[]) => runCli(dir, args);
    const check = ['check', '--sources', sources, '--cache', cache, '--format', 'json', 'note.md'];
    const search = ['search', '--sources', sources, '--cache', cache, 'Gamma lost value'];
    const sound = await run(check);
    const soundSearch = await run(search);
    assert.match(sound.stdout, /figure-mismatch/);
    assert.match(soundSearch.stdout, /Gamma lost 40%/);
    for (const f of fs.readdirSync(cache)) if (f.endsWith('.gres')) fs.rmSync(path.join(cache, f));
    spoilPostings(cache, (df) => df.forEach((x, i) => (df[i] = x + 1)));
    const spoilt = await run(check);
    assert.deepEqual([spoilt.code, spoilt.stdout], [sound.code, sound.stdout]);
    assert.match(spoilt.stderr, /posting lists that are not whole/);
    // grounded search walks the lists too: it meets them, repairs and answers as over a sound cache
    spoilPostings(cache, (df) => df.forEach((x, i) => (df[i] = x + 1)));
    const spoiltSearch = await run(search);
    assert.deepEqual([spoiltSearch.code, spoiltSearch.stdout], [soundSearch.code, soundSearch.stdout]);
    assert.match(spoiltSearch.stderr, /posting lists that are not whole/);
  }));
});
