// The corpus, persist, stores, text and workspace survivors of seed 21 of the mutation sample
// (StrykerJS, seed 21, issue 15). Each case fails with its seed-21 mutant applied and passes
// without it; the file:line each one kills (at 647e21b) is given in its name.
import * as assert from 'node:assert/strict';
import { CheckMemo, emptyMemoData } from '../../server/src/engine/memo';
import { IndexCache, MemoryCacheStore } from '../../server/src/engine/persist';
import { decodePostings, encodePostings } from '../../server/src/engine/persist/postingsBlob';
import { contentKey } from '../../server/src/engine/persist/sourceRecords';
import { buildPostings } from '../../server/src/engine/indexer';
import { buildSource } from '../../server/src/engine/sources';
import { Corpus, PREFIX_EXPANSIONS } from '../../server/src/engine/corpus';
import { sentenceSpans } from '../../server/src/engine/text';
import { InMemoryFileSystem, NodeFileSystem, SourceIndex } from '../../server/src/engine/workspace';
import { hurriedPacing } from '../helpers/pacing';
import { cacheSettings, withCacheFolder } from '../helpers/cacheFixture';
import { loadConfig } from '../../server/src/engine/workspace/config';
import type { FileSystem } from '../../server/src/engine/workspace/fileSystem';
import { findFiles } from '../../server/src/engine/workspace/globs';
import { validateSettings, validateSettingsFile } from '../../server/src/engine/workspace/settings';
import type { Warning } from '../../server/src/engine/types';
import type { ExtractedText } from '../../server/src/engine/formats/types';
import { searchHits, type PassageHit } from '../../server/src/engine/search';
import { SnapshotStore } from '../../server/src/engine/stores';
import { MemoryBase } from '../helpers/memoryBase';

describe('seed 21 survivors: memo and persist', () => {
  it('frames made further on a passage the memo already kept make the memo worth saving again (memo.ts:133)', () => {
    const kept = emptyMemoData(3);
    kept.frames.set(1, []);
    const memo = new CheckMemo();
    memo.enable(3, kept);
    const before = memo.changed;
    assert.equal(before, undefined, 'nothing added yet: nothing to save');
    memo.grew();
    const after = memo.changed;
    assert.ok(after, 'grown: saved again');
    assert.deepEqual([...after.frames.keys()], [1]);
  });

  it('a cache file touched after another was written counts as the more recently used one (indexCache.ts:202)', async () => {
    const store = new MemoryCacheStore();
    await store.write('brook.check.a', [Uint8Array.of(1)]);
    await store.write('brook.check.b', [Uint8Array.of(2)]);
    store.touch('brook.check.a');
    const used = async (name: string) => (await store.info(name))!.used;
    assert.ok((await used('brook.check.a')) > (await used('brook.check.b')));
    store.touch('brook.check.b');
    assert.ok((await used('brook.check.b')) > (await used('brook.check.a')));
  });

  it('the line a damaged cache tells says "its digest" of one text and "their digests" of several (indexCache.ts:356)', () => {
    const lines: string[] = [];
    const cache = new IndexCache({ store: new MemoryCacheStore(), log: (m) => lines.push(m) }, 'fenwick');
    cache.damaged(1);
    cache.damaged(3);
    assert.match(lines[0], /: 1 text did not match its digest;/);
    assert.match(lines[1], /: 3 texts did not match their digests;/);
  });

  it('kept postings whose document frequencies are not one per term are refused (postingsBlob.ts:86)', () => {
    const sources = [buildSource(0, '/w/moor.txt', 'Hollin Moor\n\nThe moor held 70 sheep in 2012.\n\nA shepherd walked it daily.\n')];
    const passages = sources.flatMap((s) => s.passages);
    const blob = encodePostings(buildPostings(sources, passages), 'sig');
    assert.ok(decodePostings(blob, 'sig', passages.length), 'as written: taken');
    const df = blob.arrays.df as Int32Array;
    for (const bad of [Int32Array.from([...df, 1]), df.slice(0, -1)]) {
      const tampered = { ...blob, arrays: { ...blob.arrays, df: bad } };
      for (const lists of [true, false]) assert.equal(decodePostings(tampered, 'sig', passages.length, lists), undefined, `${bad.length} of ${df.length}, lists ${lists}`);
    }
  });

  it('two extractions of one text that differ only in the problem they report are kept under different keys (sourceRecords.ts:30)', () => {
    const text = 'Ashby Ledger\n\nThe ledger lists 14 carts sold in 1887.\n';
    const ex = (problem?: string): ExtractedText => ({ format: 'pdf', text, meta: { title: 'Ashby Ledger' }, pages: [0], ...(problem === undefined ? {} : { problem }) });
    const keys = [contentKey(text, ex()), contentKey(text, ex('only the first 40 pages were read')), contentKey(text, ex('only the first 80 pages were read'))];
    assert.equal(new Set(keys).size, 3, keys.join(' '));
    assert.equal(contentKey(text, ex()), keys[0], 'the same extraction: the same key');
  });
});

describe('seed 21 survivors: corpus', () => {
  it('a last word that is itself a term is one of the terms its prefix expands to: past the bound, the rarest longer word is left out (corpus.ts:439)', () => {
    // "tarn" in three passages, 29 longer words starting with it in two each, one more in a single passage
    const longer = [...'bgkmpv'].flatMap((c) => [...'aeiou'].map((v) => `tarn${v}${c}`));
    assert.equal(longer.length, PREFIX_EXPANSIONS);
    const rarest = longer.pop()!;
    const sources = [buildSource(0, '/w/sources/tarn.txt', 'Lake notes\n\nThe tarn was cold.\n\nThe tarn was deep.\n\nThe tarn was still.\n')];
    for (const w of longer) sources.push(buildSource(sources.length, `/w/sources/${w}.txt`, `Lake notes\n\nThe ${w} stood by the water.\n\nA second ${w} stood by the hill.\n`));
    sources.push(buildSource(sources.length, `/w/sources/${rarest}.txt`, `Lake notes\n\nOne ${rarest} stood alone.\n`));
    const c = new Corpus(sources);
    const found = new Set(c.search('tarn', 500).map((h) => c.sources[c.passage(h.pid).source].path.slice('/w/sources/'.length, -'.txt'.length)));
    assert.equal(found.size, PREFIX_EXPANSIONS, [...found].join(' '));
    assert.ok(found.has('tarn') && longer.every((w) => found.has(w)));
    assert.ok(!found.has(rarest));
    // typed further, the rarest word is found
    assert.deepEqual([...new Set(c.search('tarn' + rarest.slice(4), 50).map((h) => c.sources[c.passage(h.pid).source].path))], [`/w/sources/${rarest}.txt`]);
  });
});

describe('seed 21 survivors: stores', () => {
  const sources = () => [
    buildSource(0, '/w/sources/bakery.txt', 'Orrin bakery\n\nThe miller of Orrin sold bread at the market.\n'),
    buildSource(1, '/w/sources/mill.txt', 'Orrin mill\n\nThe mill at Orrin ground rye for bread.\n\nIts output fell −2.1% in the spring of 1903.\n'),
    buildSource(2, '/w/sources/town.txt', 'Orrin\n\nOrrin has a church and a school.\n'),
  ];
  const hitsOf = (hits: PassageHit[]) => hits.map((h) => [h.source.path, h.passage.start, h.score, h.highlights]);

  it('a search through a snapshot store reads only the last word as a prefix, as the embedded search does (view.ts:166)', async () => {
    const store = new SnapshotStore(new MemoryBase(sources()));
    const embedded = searchHits(new Corpus(sources()), 'mill bread orri', 10);
    assert.ok(embedded.some((h) => h.passage.text.startsWith('The miller')), 'the miller: bread and Orrin, though not "mill"');
    assert.deepEqual(hitsOf(await store.search('mill bread orri', 10)), hitsOf(embedded));
  });

  it('a last word ending in an accented letter is read as a prefix too, the whole word first, through a snapshot store as in the embedded search (view.ts:166)', async () => {
    const cafes = () => [
      buildSource(0, '/w/sources/hall.txt', 'Orrin hall\n\nThe caféteria of Orrin hall sold bread.\n'),
      buildSource(1, '/w/sources/square.txt', 'Orrin square\n\nThe café on Orrin square sold bread.\n'),
    ];
    const store = new SnapshotStore(new MemoryBase(cafes()));
    const embedded = searchHits(new Corpus(cafes()), 'bread café', 10);
    assert.deepEqual(embedded.map((h) => h.source.path), ['/w/sources/square.txt', '/w/sources/hall.txt'], 'the café first: "bread" and the whole word; then the caféteria, by the prefix');
    assert.deepEqual(hitsOf(await store.search('bread café', 10)), hitsOf(embedded));
  });

  it('a search for a negative figure through a snapshot store finds the passage stating it, as the embedded search does (view.ts:195)', async () => {
    const store = new SnapshotStore(new MemoryBase(sources()));
    const embedded = searchHits(new Corpus(sources()), 'fell −2.1%', 10);
    assert.ok(embedded.some((h) => h.passage.text.includes('−2.1%')));
    assert.deepEqual(hitsOf(await store.search('fell −2.1%', 10)), hitsOf(embedded));
    assert.deepEqual(hitsOf(await store.search('−2.1%', 10)), hitsOf(searchHits(new Corpus(sources()), '−2.1%', 10)));
  });
});

describe('seed 21 survivors: text', () => {
  it('a range that ends inside a number reads the number no further than its end (text.ts:286)', () => {
    // a long line with no stop, broken before a line that starts with "1" — the range ends there, before "2. …"
    const line = 'The old canal carried coal barges between the two mill towns every week';
    const text = `${line}\n12. The second lock was rebuilt\n`;
    const end = line.length + 2; // just after the "1"
    const spans = sentenceSpans(text, 0, end);
    assert.deepEqual(spans, sentenceSpans(text.slice(0, end), 0, end), 'as if the text stopped there');
    assert.deepEqual(spans, [[0, end]], 'a soft wrap: one sentence');
  });
});

describe('seed 21 survivors: workspace', () => {
  it('two problems in a configuration file are told on two lines (config.ts:74)', async () => {
    const fs = new InMemoryFileSystem({ '/w/grounded.json': JSON.stringify({ sorces: ['src/**'], hedgeTolerance: 'wide' }) });
    const loaded = await loadConfig(fs, '/w');
    assert.equal(loaded.problems.length, 2);
    const lines = loaded.error!.split('\n');
    assert.equal(lines.length, 2, loaded.error);
    assert.match(lines.join('|'), /sorces.*\|.*hedgeTolerance|hedgeTolerance.*\|.*sorces/);
  });

  it('a source folder that does not exist is no warning, one that cannot be read is (globs.ts:37)', async () => {
    const files = new InMemoryFileSystem({ '/w/notes/a.md': '# A\n' });
    const missing: Warning[] = [];
    assert.deepEqual(await findFiles(files, '/w/sources', ['**/*.txt'], [], missing), []);
    assert.deepEqual(missing, []);
    const locked: FileSystem = {
      readDirectory: async () => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      },
      stat: (p) => files.stat(p),
      readFile: (p) => files.readFile(p),
    };
    const unreadable: Warning[] = [];
    assert.deepEqual(await findFiles(locked, '/w/sources', ['**/*.txt'], [], unreadable), []);
    assert.deepEqual(unreadable.map((w) => [w.path, w.message]), [['/w/sources', 'skipped: cannot read this folder (EACCES)']]);
  });

  it('an unknown setting whose name starts a known one is still told when its value is an object (settings.ts:93)', () => {
    for (const raw of [{ hedge: {} }, { hedge: { tolerance: 0.2 } }, { 'grounded.maxSource': {} }]) {
      const { problems } = validateSettings(raw);
      const name = Object.keys(raw)[0];
      assert.deepEqual(problems.map((p) => [p.key, p.kind]), [[name, 'unknown-key']], JSON.stringify(raw));
    }
  });

  it('a misspelt rule inside the editor\'s "grounded" section is told with the whole section it is in (settings.ts:212)', () => {
    const text = '{\n  "editor.tabSize": 2,\n  "grounded": { "rules": { "figure-mismach": "off" } }\n}\n';
    const problems = validateSettingsFile('/w/.vscode/settings.json', text);
    assert.deepEqual(
      problems.map((p) => [p.key, p.message, p.line]),
      [['grounded.rules.figure-mismach', 'unknown rule "figure-mismach" in "grounded.rules"; did you mean "figure-mismatch"?', 3]],
    );
  });

  /** Piers, and one note of a pier whose front matter is broken (a warning: indexed without its metadata). */
  const piers = (n: number) => {
    const files: Record<string, string> = { 'odd.md': '---\ntitle: [unclosed\n---\n\nThe odd pier took 9 boats.\n' };
    for (let i = 0; i < n; i++) files[`pier${i}.txt`] = `Pier ${i}\n\nPier ${i} took ${i + 3} boats in 2011.\n`;
    return files;
  };

  it("a start from the cache as it was left still tells a source's own warning (indexer.ts:1045)", withCacheFolder('seed21', async ({ sources, cache }) => {
    const first = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
    const told = (await first.update()).warnings.map((w) => [w.path, w.message]);
    await first.flush();
    assert.equal(told.length, 1);
    assert.match(told[0][1], /front matter .*; indexed without its metadata/);
    const ix = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
    const r = await ix.update({ trustCache: true });
    assert.deepEqual([r.unverified, r.read], [true, 0], 'a start from the cache as it was left');
    assert.deepEqual(r.warnings.map((w) => [w.path, w.message]), told);
  }, piers(3)));

  it('a start from the cache looks at the clock only every 256 sources: a hundred make no more pauses than three (indexer.ts:1046)', async function () {
    this.timeout(60_000);
    const pauses: number[] = [];
    for (const n of [3, 100]) {
      await withCacheFolder('seed21', async ({ sources, cache }) => {
        const first = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
        await first.update();
        await first.flush();
        // a clock on which every look is a slice later
        const hurried = hurriedPacing();
        const ix = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache), hurried.pacing);
        const r = await ix.update({ trustCache: true });
        assert.deepEqual([r.unverified, r.read, ix.corpus.sources.length], [true, 0, n + 1]);
        pauses.push(hurried.pauses());
      }, piers(n))();
    }
    assert.equal(pauses[1], pauses[0], pauses.join(' '));
  });
});
