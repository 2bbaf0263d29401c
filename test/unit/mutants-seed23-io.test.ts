// The corpus, keys, persist, stores, text, workers and workspace survivors of seed 23 of the mutation
// sample (StrykerJS, seed 23, issue 15). Each case fails with its seed-23 mutant applied and passes
// without it; the file:line each one kills (at 212563e) is given in its name.
import * as assert from 'node:assert/strict';
import { buildSource } from '../../server/src/engine/sources';
import { SnapshotStore } from '../../server/src/engine/stores';
import { MemoryBase } from '../helpers/memoryBase';
import { Corpus } from '../../server/src/engine/corpus';
import { SourceKeys } from '../../server/src/engine/keys';
import { sentenceSpans, Tokenizer } from '../../server/src/engine/text';
import { searchHits } from '../../server/src/engine/search';
import { contentKey, encodeRecords, readRecords } from '../../server/src/engine/persist/sourceRecords';
import { rowsOf } from '../../server/src/engine/stores/rows';
import { DEFAULT_PACING, folderSet, InMemoryFileSystem, NodeFileSystem, SourceIndex } from '../../server/src/engine/workspace';
import { cacheSettings, withCacheFolder } from '../helpers/cacheFixture';
import { makePostings, type PostingsJob } from '../../server/src/engine/workers';
import { buildCorpus } from '../../server/src/engine/workspace';
import { fromReply, replyOf, runRequest, toRequest } from '../../server/src/engine/workers/postingsJob';
import { WorkerPostings } from '../../server/src/engine/workers/workerPostings';
import type { WorkerRequest } from '../../server/src/engine/workers/postingsThread';
import type { Postings } from '../../server/src/engine/indexer';
import { EventEmitter } from 'node:events';
import type { Worker } from 'node:worker_threads';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hurriedPacing } from '../helpers/pacing';

describe('seed 23 survivors: sentences', () => {
  it('in soft-wrapped text a line indented by a tab that is blank, a list item or a heading ends the sentence before it (text.ts:276)', () => {
    const cases: [string, string[]][] = [
      ['Tansy Row had no lamp\n\t\nThe lane was dark', ['Tansy Row had no lamp', 'The lane was dark']],
      ['Tansy Row had no lamp\n\t- a lantern came in 1890', ['Tansy Row had no lamp', '- a lantern came in 1890']],
      ['Tansy Row had no lamp\n\t# Lighting', ['Tansy Row had no lamp', '# Lighting']],
      // a tab-indented line of text goes on with the sentence
      ['Tansy Row had no lamp\n\tuntil the gas came', ['Tansy Row had no lamp\n\tuntil the gas came']],
    ];
    for (const [text, want] of cases) {
      assert.deepEqual(sentenceSpans(text, 0, text.length, true).map(([a, b]) => text.slice(a, b)), want, JSON.stringify(text));
    }
  });
});

describe('seed 23 survivors: source keys', () => {
  it('a prefix that several sources of the same file name share lists them in source order (keys.ts:57)', () => {
    const sources = ['/a', '/b', '/c'].map((dir, i) => buildSource(i, `${dir}/sources/millpond.txt`, `Millpond survey number ${i + 1}.\n`));
    const keys = new SourceKeys(sources);
    for (const cite of ['mill', 'MILLP', 'millpond']) {
      const r = keys.resolve(cite);
      assert.equal(r.kind, 'ambiguous', cite);
      assert.deepEqual(
        r.kind === 'ambiguous' && r.candidates.map((s) => s.path),
        ['/a/sources/millpond.txt', '/b/sources/millpond.txt', '/c/sources/millpond.txt'],
        cite,
      );
    }
  });
});

describe('seed 23 survivors: layered postings', () => {
  it('after two small updates the first passage of the corpus, changed in the first, is still found (postingLayers.ts:208)', async function () {
    this.timeout(60_000);
    const names = ['Quillon', 'Marrow', 'Pettle', 'Ambry', 'Corvel', 'Dinsmoor'];
    const file = (i: number, v = 0) => `${names[i] ?? `Plainfield${i}`} wharf landed ${100 + i + v} crates in 2018.\n`;
    const path = (i: number) => `/w/sources/w${String(i).padStart(3, '0')}.md`;
    // enough sources that one changed passage stays in the delta layer (no merge)
    const fs = new InMemoryFileSystem(Object.fromEntries(Array.from({ length: 400 }, (_, i) => [path(i), file(i)])));
    const ix = new SourceIndex(fs, { sets: [folderSet('/w/sources')], exclude: [], maxSourceSizeKB: 1024 }, { ...DEFAULT_PACING, sliceMs: 1e9 });
    await ix.update();
    for (const i of [0, 5]) {
      fs.write(path(i), file(i, 50));
      assert.equal((await ix.update({ changed: new Set([path(i)]) })).postings, 'updated');
    }
    for (const [query, i] of [['Quillon wharf', 0], ['Marrow', 1], ['Dinsmoor', 5]] as const) {
      assert.deepEqual(searchHits(ix.corpus, query).map((h) => h.source.path), [path(i)], query);
    }
  });
});

describe('seed 23 survivors: cached records and store rows', () => {
  it('records whose per-record column is short are refused, naming the column (sourceRecords.ts:407)', () => {
    const a = buildSource(0, '/s/fold.txt', 'Fold Yard\n\nFold Yard penned 210 sheep in 1932.\n');
    const blob = encodeRecords([a], [contentKey(a.text)]);
    const arrays = blob.arrays as unknown as Record<string, Int32Array>;
    for (const col of ['rPassages', 'rFigures', 'rChars']) {
      assert.deepEqual(readRecords({ ...blob, arrays: { ...arrays, [col]: arrays[col].slice(0, 0) } } as never), { reject: `column ${col} has the wrong length` }, col);
    }
  });

  it('the document row a paged source is stored as keeps where its pages start (stores/rows.ts:51)', () => {
    const text = 'Page one tells of Harl Bridge.\n\nHarl Bridge had 3 arches.\n\nPage two: it was rebuilt in 1877.\n';
    const pages = [0, text.indexOf('Page two')];
    const paged = buildSource(0, '/s/harl.pdf', text, { format: 'pdf', text, meta: { title: 'Harl Bridge' }, pages });
    const { doc } = rowsOf(paged, new Tokenizer());
    assert.deepEqual(doc.pages, pages);
    assert.equal(doc.format, 'pdf');
    // a source without pages has none in its row
    assert.equal(rowsOf(buildSource(0, '/s/harl.txt', text), new Tokenizer()).doc.pages, undefined);
  });
});

describe('seed 23 survivors: the source index and its cache', function () {
  this.timeout(60_000);

  it('after a start from the cache, verify sweeps the texts not read yet: one damaged and never read is found and its file read again (workspace/indexer.ts:972)', withCacheFolder('seed23', async ({ sources, cache }) => {
    const first = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
    await first.update();
    await first.flush();
    // a byte of one text in the records file flipped
    const name = fs.readdirSync(cache).find((f) => /\.sources\.gidx$/.test(f))!;
    const bytes = fs.readFileSync(path.join(cache, name));
    const at = bytes.indexOf(Buffer.from('Beta hired', 'utf8'));
    assert.ok(at > 0);
    bytes[at] ^= 0x20;
    fs.writeFileSync(path.join(cache, name), bytes);
    const ix = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache, []));
    assert.equal((await ix.update()).read, 0, 'the start reads no file');
    // no text read before verify
    const v = await ix.verify();
    assert.ok(v, 'the damaged text was found');
    assert.equal(v.read, 1);
    assert.match(ix.corpus.sources.find((s) => s.key === 'b')!.text, /Beta hired/);
    assert.equal(await ix.verify(), undefined);
  }));

  it('a damaged text found in a source the index no longer holds is forgotten by verify: a later update reports no damage (workspace/indexer.ts:529)', withCacheFolder('seed23', async ({ sources, cache }) => {
    const first = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
    await first.update();
    await first.flush();
    const name = fs.readdirSync(cache).find((f) => /\.sources\.gidx$/.test(f))!;
    const bytes = fs.readFileSync(path.join(cache, name));
    bytes[bytes.indexOf(Buffer.from('Beta hired', 'utf8'))] ^= 0x20;
    fs.writeFileSync(path.join(cache, name), bytes);
    const log: string[] = [];
    const ix = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache, log));
    await ix.update();
    const old = ix.corpus;
    // the source leaves the index before its text is read; then a reader of the old corpus meets the damage
    fs.unlinkSync(path.join(sources, 'b.md'));
    await ix.update();
    assert.throws(() => old.sources.find((s) => s.key === 'b')!.text);
    assert.equal(await ix.verify(), undefined, 'nothing of the index to read again');
    fs.writeFileSync(path.join(sources, 'd.txt'), 'Delta\n\nDelta moored 6 ferries.\n');
    await ix.update();
    await ix.flush();
    assert.deepEqual(log.filter((m) => /digest/.test(m)), [], log.join('\n'));
    assert.deepEqual(ix.corpus.sources.map((s) => s.key).sort(), ['a', 'c', 'd']);
  }));

  it('checking the files of a start that trusted the cache pauses between files when the slice is over (workspace/indexer.ts:551)', async () => {
    const files = Object.fromEntries(['Ashby', 'Brant', 'Cole', 'Dunn', 'Eske', 'Frith', 'Gale', 'Hume'].map((n, i) => [`${n.toLowerCase()}.txt`, `${n} Lock\n\n${n} Lock raised ${i + 2} barges a day.\n`]));
    await withCacheFolder('seed23', async ({ sources, cache }) => {
      const first = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
      await first.update();
      await first.flush();
      // a clock on which every look is a slice later
      const hurried = hurriedPacing();
      const ix = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache), hurried.pacing);
      assert.equal((await ix.update({ trustCache: true })).unverified, true);
      const before = hurried.pauses();
      assert.equal(await ix.verify(), undefined, 'every file as the cache left it');
      assert.ok(hurried.pauses() - before >= 8, `${hurried.pauses() - before} pauses for 8 files`);
    }, files)();
  });
});

/** A worker on this thread that, like the index worker's thread, keeps the postings it made last and starts an update from them when told to. */
class KeepingWorker extends EventEmitter {
  private kept: { id: number; postings: Postings } | undefined;
  ref(): void {}
  unref(): void {}
  postMessage({ id, prevId, job }: WorkerRequest): void {
    setImmediate(() => {
      try {
        const prev = job.update && !job.update.prev && this.kept && this.kept.id === prevId ? this.kept.postings : undefined;
        this.kept = undefined;
        const run = runRequest(job, prev);
        this.kept = { id, postings: run.made };
        this.emit('message', { id, ...replyOf(run.made, run.prev).reply });
      } catch (e) {
        this.emit('message', { id, error: String(e) });
      }
    });
  }
  terminate(): Promise<number> {
    return Promise.resolve(0);
  }
}

describe('seed 23 survivors: the index worker', () => {
  it('an update from postings the worker made before its last ones sends them again: the worker is not given up (workers/workerPostings.ts:130)', async () => {
    const jobs: PostingsJob[] = [];
    const maker = { make: async (job: PostingsJob) => (jobs.push(job), makePostings(job)) };
    const quays = ['Abbot', 'Burl', 'Cresset', 'Dray', 'Ember', 'Fosse', 'Girt', 'Holm', 'Inch', 'Jorr', 'Kell', 'Lusk'];
    const files = Object.fromEntries(quays.map((q, i) => [`/w/sources/q${i}.md`, `# ${q} staithe\n\n${q} staithe shipped ${200 + i} tons of coal in 1910.\n\nIts chute was ${4 + i} yards long.\n`]));
    const fsys = new InMemoryFileSystem(files);
    const index = new SourceIndex(fsys, { sets: [folderSet('/w/sources')], exclude: [], maxSourceSizeKB: 1024 }, { ...DEFAULT_PACING, sliceMs: 1e9 }, maker);
    await index.update();
    fsys.write('/w/sources/q3.md', '# Dray staithe\n\nDray staithe shipped 999 tons of coal in 1911.\n');
    assert.equal((await index.update({ changed: new Set(['/w/sources/q3.md']) })).postings, 'updated');
    const [build, update] = [jobs[0], jobs.at(-1)!];
    assert.ok(update.update && !build.update);
    const warned: string[] = [];
    const w = new WorkerPostings({ log: () => undefined, warn: (m: string) => void warned.push(m) }, () => new KeepingWorker() as unknown as Worker);
    try {
      const older = await w.make(build);
      await w.make(build); // the worker now keeps these, not `older`
      const made = await w.make({ ...update, update: { ...update.update!, prev: older } });
      assert.deepEqual(Array.from(made.postings), Array.from(makePostings(update).postings));
      assert.equal(w.failure, undefined);
      assert.deepEqual(w.counts, { worker: 3, inProcess: 0 });
      assert.deepEqual(warned, []);
    } finally {
      w.dispose();
    }
  });
});

describe('seed 23 survivors: the corpus layout', () => {
  it('a passage layout made for other sources (one of them shared) is not taken: the corpus lays out its own (corpus.ts:105)', () => {
    const a = buildSource(0, '/s/ash.txt', 'Ash Lane\n\nAsh Lane had 4 forges.\n');
    const b = buildSource(1, '/s/birk.txt', 'Birk Row\n\nBirk Row had 9 looms.\n');
    const c = buildSource(1, '/s/carr.txt', 'Carr Gate\n\nCarr Gate had 2 mills.\n\nIt had 7 weirs.\n\nAnd 3 bridges.\n');
    const own = new Corpus([a, c]);
    const given = new Corpus([a, c], undefined, undefined, undefined, Corpus.layOut([a, b]));
    assert.equal(given.passageCount, own.passageCount);
    assert.deepEqual(given.passages.map((p) => p.text), own.passages.map((p) => p.text));
    assert.deepEqual(searchHits(given, 'bridges').map((h) => h.source.path), ['/s/carr.txt']);
  });
});

describe('seed 23 survivors: figure candidates in a cited book', () => {
  it('in a cited source of more passages than are scored directly, the passage whose words match ranks first, and no other source is searched (corpus.ts:339)', function () {
    this.timeout(60_000);
    const bales = Array.from({ length: 2100 }, (_, k) => `Bale ${k} held ${(k % 50) + 1} percent wool${k === 1500 ? ' from Yarrowby' : ''}.`);
    const book = buildSource(0, '/s/ledger.txt', 'Wool Ledger\n\n' + bales.join('\n\n') + '\n');
    const other = buildSource(1, '/s/yarrowby.txt', 'Yarrowby\n\nYarrowby sold 12 percent of its wool.\n');
    const corpus = new Corpus([book, other]);
    const query = [{ term: new Tokenizer().termOf('Yarrowby')!, weight: 1 }];
    const found = corpus.figureCandidates(query, 'percent', { only: [book] }, 5);
    assert.equal(corpus.passages[found[0].pid].text, 'Bale 1500 held 1 percent wool from Yarrowby.');
    assert.ok(found.every((s) => corpus.passages[s.pid].source === 0), 'only the cited source');
  });
});

describe('seed 23 survivors: the snapshot store', () => {
  it('a search of a remote base limited to some sources finds only theirs (stores/view.ts:270)', async () => {
    const sources = () => ['Orrin', 'Pask', 'Quill'].map((n, i) => buildSource(i, `/s/${n.toLowerCase()}.txt`, `${n} Weir\n\nThe ${n} weir turned a wheel of ${10 + i} feet.\n`));
    const store = new SnapshotStore(new MemoryBase(sources()));
    const paths = (hits: { source: { path: string } }[]) => hits.map((h) => h.source.path).sort();
    assert.deepEqual(paths(await store.search('weir wheel', 8)), ['/s/orrin.txt', '/s/pask.txt', '/s/quill.txt']);
    assert.deepEqual(paths(await store.search('weir wheel', 8, (s) => s === 1)), ['/s/pask.txt']);
    assert.deepEqual(paths(await store.search('weir wheel', 8, (s) => s !== 1)), ['/s/orrin.txt', '/s/quill.txt']);
  });
});

describe('seed 23 survivors: taking back the worker\'s postings', () => {
  it('reading the postings a worker answered pauses only when the slice is over, at most once every 1,024 terms (workers/postingsJob.ts:249)', async () => {
    const { corpus } = buildCorpus(['Rook', 'Sand', 'Teal'].map((n, k) => ({ path: `/w/sources/${n.toLowerCase()}.txt`, text: `${n} Pier\n\n${Array.from({ length: 400 }, (_, j) => `${n}word${j}`).join(' ')} and ${k + 3} posts.\n` })));
    const job: PostingsJob = { sources: corpus.sources, passages: corpus.passages };
    const run = runRequest(await toRequest(job));
    const terms = run.made.termIds.size;
    assert.ok(terms > 1200, String(terms));
    for (const [due, most] of [[false, 0], [true, 12]] as const) {
      let pauses = 0;
      const made = await fromReply(replyOf(run.made, run.prev).reply, job, { due: () => due, pause: async () => void pauses++ });
      assert.ok(made, 'the answer fits the corpus');
      assert.ok(pauses <= most, `${pauses} pauses when the slice is ${due ? '' : 'not '}over`);
    }
  });
});
