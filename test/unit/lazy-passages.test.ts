// Sources restored from the index cache with their passages, line starts and text made on first use
// (engine/lazyPassages.ts, persist/sourceRecords.ts restoreSource): before anything is asked, their
// counts and figures read from the columns are the built source's; once asked, the source is the
// one buildSource makes; a corpus over them answers every question as one over built sources and
// makes only the sources it reads; a record whose columns do not fit is built afresh, and a records
// file without the text's length (another layout) is discarded with a log line.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkNote } from '../../server/src/engine/check';
import { Corpus } from '../../server/src/engine/corpus';
import { figureCountOf, passageCountOf, unmadeRows, unreadText } from '../../server/src/engine/lazyPassages';
import { decode, encode, type Blob } from '../../server/src/engine/persist/binary';
import { DiskCacheStore, MemoryCacheStore } from '../../server/src/engine/persist';
import { compactSources, contentKey, encodeRecords, readRecords, restoreSource, type RecordsMeta, type RecordSet } from '../../server/src/engine/persist/sourceRecords';
import { buildSource, withIndex } from '../../server/src/engine/sources';
import type { FigureKind, Source } from '../../server/src/engine/types';
import { folderSet, InMemoryFileSystem, NodeFileSystem, SourceIndex } from '../../server/src/engine/workspace';
import { COMPACT_BATCH_SOURCES } from '../../server/src/engine/workspace/policy';
import { builtAndLazy as sharedBuiltAndLazy } from '../helpers/lazySources';

const ROOT = path.resolve(__dirname, '../..');
const BBC = path.resolve(ROOT, '../shared/corpora/bbc-news');

const SOURCES: Record<string, string> = {
  '/w/sources/a.txt': 'Acme Corp\n\nAcme sold 350,000 units in 2024, up about 12% on the year before.\n\nRevenue was $14.3 billion.',
  '/w/sources/b.md': '---\ntitle: Beta report\nid: beta\naliases: [b2]\n---\n\nBeta hired nearly 2,000 people. Two-thirds of them were engineers.\n',
  '/w/sources/c.txt': 'Gamma\n\nGamma lost 40% of its value in 12–18 months, its chief said: “we will recover”.',
  '/w/sources/d.md': '---\ntitle: [broken\n---\nDelta grew 5%.',
  '/w/sources/e.txt': '',
};

function files(): { path: string; text: string }[] {
  const out = Object.entries(SOURCES).map(([p, text]) => ({ path: p, text }));
  if (fs.existsSync(BBC)) for (const f of fs.readdirSync(BBC).sort().slice(0, 150)) out.push({ path: path.join(BBC, f), text: fs.readFileSync(path.join(BBC, f), 'utf8') });
  return out;
}

/** The files built, and restored from their records without their texts (test/helpers/lazySources.ts). */
function builtAndLazy(list = files()) {
  return sharedBuiltAndLazy(list);
}

const made = (sources: readonly Source[]) => sources.filter((s) => !unmadeRows(s)).length;
const isAccessor = (s: Source, name: string) => !!Object.getOwnPropertyDescriptor(s, name)?.get;

describe('lazily made passages (sources restored unopened)', () => {
  it('before anything is asked: nothing made, the counts and every figure read from the columns are the built source’s; once asked, the source buildSource makes', () => {
    const { built, lazy } = builtAndLazy();
    assert.ok(built.length > 100 || !fs.existsSync(BBC));
    assert.equal(made(lazy), 0);
    for (const s of lazy) for (const name of ['text', 'passages', 'lineStarts']) assert.ok(isAccessor(s, name), `${name} is not made yet`);
    // the fields in buildSource's order (a spread or JSON of a restored source is the built one's), and
    // one accessor of each kind shared by every source (no function made per source)
    lazy.forEach((s, i) => assert.deepEqual(Object.keys(s), Object.keys(built[i])));
    assert.equal(Object.getOwnPropertyDescriptor(lazy[0], 'passages')!.get, Object.getOwnPropertyDescriptor(lazy[1], 'passages')!.get);
    assert.equal(Object.getOwnPropertyDescriptor(lazy[0], 'text')!.get, Object.getOwnPropertyDescriptor(lazy[2], 'text')!.get);
    // what a restored source keeps beside its fields (rows, text reader, passages made one by one):
    // one property, not enumerable, so no spread, key listing or comparison sees it
    for (const s of lazy) {
      const symbols = Object.getOwnPropertySymbols(s);
      assert.equal(symbols.length, 1);
      assert.equal(Object.getOwnPropertyDescriptor(s, symbols[0])!.enumerable, false);
    }
    lazy.forEach((s, i) => {
      const b = built[i];
      assert.equal(passageCountOf(s), b.passages.length);
      assert.equal(figureCountOf(s), figureCountOf(b));
      const seen: [number, number, number, FigureKind][] = [];
      unmadeRows(s)!.eachFigure((k, fi, value, kind) => seen.push([k, fi, value, kind]));
      assert.deepEqual(
        seen,
        b.passages.flatMap((p, k) => p.figures.map((f, fi) => [k, fi, f.value, f.kind])),
      );
      // a range of passages (the value index reads a long source in pieces)
      const piece: number[][] = [];
      unmadeRows(s)!.eachFigure((k, fi) => piece.push([k, fi]), 2, 5);
      assert.deepEqual(
        piece,
        seen.filter(([k]) => k >= 2 && k < 5).map(([k, fi]) => [k, fi]),
      );
    });
    assert.ok(figureCountOf(built[0]) > 0, 'the first source has figures to compare');
    assert.equal(made(lazy), 0, 'counting and reading figures made nothing');
    assert.deepStrictEqual(lazy, built);
    assert.equal(made(lazy), lazy.length);
    for (const s of lazy) for (const name of ['text', 'passages', 'lineStarts']) assert.ok(!isAccessor(s, name), `${name} is a plain property once made`);
  });

  it('a copy at another index (withIndex) stays unmade, and is the built source’s copy once asked', () => {
    const { built, lazy } = builtAndLazy();
    const copies = lazy.map((s, i) => withIndex(s, i + 7));
    assert.equal(made(copies), 0);
    assert.equal(made(lazy), 0);
    assert.deepStrictEqual(
      copies,
      built.map((s, i) => withIndex(s, i + 7)),
    );
    assert.ok(copies.every((s) => s.passages.every((p) => p.source === s.index)), 'the copies’ passages name their own index');
    // a text read by a copy is the original's, read once
    assert.equal(copies[0].text, lazy[0].text);
  });

  it('a corpus over unmade sources answers as one over built sources and makes only the sources it reads', () => {
    const { built, lazy } = builtAndLazy();
    const eager = new Corpus(built);
    // the postings a start loads from the cache (a build would read every passage)
    const corpus = new Corpus(lazy, undefined, eager.postingsIndex);
    assert.equal(made(lazy), 0, 'a corpus laid out makes no passage');
    assert.equal(corpus.passageCount, eager.passageCount);
    assert.equal(corpus.figureCount, eager.figureCount);
    for (const [kind, lo, hi] of [
      ['count', 1000, 400000],
      ['percent', 5, 40],
      ['currency', 1e6, 2e10],
      ['year', 2000, 2010],
    ] as const) {
      const a = corpus.figuresBetween(kind, lo, hi, 25);
      const b = eager.figuresBetween(kind, lo, hi, 25);
      assert.deepEqual(
        a.map((x) => [x.pid, x.at, x.figure]),
        b.map((x) => [x.pid, x.at, x.figure]),
      );
      assert.ok(b.length > 0 || kind === 'year', `figures of kind ${kind} found`);
    }
    assert.equal(made(lazy), 0, 'the figures a range finds are read from the rows: no source made');
    const touched = new Set<number>();
    for (const pid of [0, 3, corpus.passageCount >> 1, corpus.passageCount - 1]) {
      assert.deepEqual(corpus.passage(pid), eager.passage(pid));
      assert.equal(corpus.sourceOf(pid), eager.passage(pid).source);
      touched.add(corpus.sourceOf(pid));
    }
    assert.ok(made(lazy) < lazy.length || lazy.length < 10, `only the sources read are made (${made(lazy)} of ${lazy.length})`);
    assert.deepEqual(corpus.search('sold units revenue'), eager.search('sold units revenue'));
    assert.deepEqual(
      corpus.passageCandidates([{ term: 'gamma', weight: 1 }], { except: new Set([0]) }, 5),
      eager.passageCandidates([{ term: 'gamma', weight: 1 }], { except: new Set([0]) }, 5),
    );
  });

  it('a passage asked of an unmade source is made alone, is one object however it is asked, and is kept when the source is made whole', () => {
    const { built, lazy } = builtAndLazy();
    const eager = new Corpus(built);
    const corpus = new Corpus(lazy, undefined, eager.postingsIndex);
    const s = lazy.findIndex((x) => passageCountOf(x) >= 3 && figureCountOf(x) > 0);
    const base = corpus.firstPid(s);
    const n = passageCountOf(lazy[s]);
    const second = corpus.passage(base + 1);
    assert.deepEqual(second, eager.passage(base + 1), 'the passage buildSource makes, figures and all');
    assert.ok(unmadeRows(lazy[s]), 'its source stays unmade: the other passages are not made');
    assert.equal(corpus.passage(base + 1), second, 'asked again: the same object');
    assert.equal(corpus.sourcePassage(s, 1), second, 'by its source and index: the same object');
    assert.deepEqual(corpus.sourcePassage(s, n - 1), eager.passage(base + n - 1));
    assert.equal(corpus.sourcePassage(s, -1), undefined);
    assert.equal(corpus.sourcePassage(s, n), undefined);
    assert.equal(made(lazy), 0, 'no source made');
    // made whole (a quote's search reads them all): the passages made already are kept in their places
    const all = lazy[s].passages;
    assert.equal(all[1], second);
    assert.deepEqual(all, built[s].passages);
    assert.equal(corpus.passage(base + 1), second);
    assert.equal(corpus.passage(base), all[0], 'after, every passage is the whole list\'s');
  });

  it('a figure a range of values finds in an unmade source reads only its own characters of a Latin-1 text (the text not read); of a UTF-8 text, the text', () => {
    const latin = 'Acme\n\nAcme sold 350,000 units in 2024 for £14.3m, up 12%.\n\nIts rival sold 41,000.';
    const wide = 'Beta\n\nBeta \u2014 the maker \u2014 sold 350,000 units in 2024, up 12%.';
    const { built, lazy } = builtAndLazy([
      { path: '/w/latin.txt', text: latin },
      { path: '/w/wide.txt', text: wide },
    ]);
    const eager = new Corpus(built);
    const corpus = new Corpus(lazy, undefined, eager.postingsIndex);
    const found = corpus.figuresBetween('count', 1000, 400000, 25);
    assert.deepEqual(
      found.map((x) => [x.pid, x.at, x.figure]),
      eager.figuresBetween('count', 1000, 400000, 25).map((x) => [x.pid, x.at, x.figure]),
    );
    assert.deepEqual(found.map((x) => x.figure.text), ['41,000', '350,000', '350,000']);
    assert.ok(isAccessor(lazy[0], 'text'), 'the Latin-1 text is not read: its figures are its bytes');
    assert.ok(!isAccessor(lazy[1], 'text'), 'the UTF-8 text is read (its offsets are characters, not bytes)');
    assert.equal(made(lazy), 0, 'no passage made either');
    assert.equal(lazy[0].text, latin);
  });

  it('records written from unmade sources (their rows and text bytes copied) are byte for byte those written from built ones, and make nothing', () => {
    const list = files();
    const { built, lazy } = builtAndLazy(list);
    const keys = list.map((f) => contentKey(f.text));
    const fromBuilt = encode(encodeRecords(built, keys), 1);
    const fromLazy = encode(encodeRecords(lazy, keys), 1);
    assert.equal(made(lazy), 0, 'no passage made');
    assert.ok(lazy.every((s) => isAccessor(s, 'text')), 'no text read');
    assert.ok(fromLazy.equals(fromBuilt));
    // half of them made: the same again
    lazy.filter((_, i) => i % 2 === 0).forEach((s) => s.passages);
    assert.ok(encode(encodeRecords(lazy, keys), 1).equals(fromBuilt));
  });

  it('compactSources: built sources put in columns, nothing made, equal to the built ones once asked; a cold index compacts what it built and checks alike', async () => {
    const list = files();
    const built = list.map((f, i) => buildSource(i, f.path, f.text));
    const keys = list.map((f) => contentKey(f.text));
    const compact = compactSources(built, keys);
    assert.equal(made(compact), 0);
    assert.notEqual(compact[0], built[0]);
    compact.forEach((s, i) => assert.deepEqual(Object.keys(s), Object.keys(built[i])));
    assert.deepStrictEqual(compact, built);
    // a cold index (no cache): every source it built in columns; the checks of a note as over built sources
    const index = new SourceIndex(new InMemoryFileSystem(SOURCES), { sets: [folderSet('/w/sources')], exclude: [], maxSourceSizeKB: 1024 });
    const r = await index.update();
    assert.equal(r.built, Object.keys(SOURCES).length);
    assert.equal(made(index.corpus.sources), 0, 'the built sources are in columns');
    const eager = new Corpus(Object.keys(SOURCES).map((p, i) => buildSource(i, p, SOURCES[p])));
    const note = 'Acme sold 350,000 units in 2024 [@a]. Beta hired nearly 2,000 people [@beta]. Gamma lost 40% [@c]. Revenue was $14.3 billion.\n';
    const report = (corpus: Corpus) => JSON.stringify(checkNote(note, corpus).diagnostics);
    assert.equal(report(index.corpus), report(eager));
    // (the passages it read made one by one: their sources' texts read, few sources made whole)
    const read = index.corpus.sources.filter((s) => unreadText(s) === undefined).length;
    assert.ok(read > 0 && made(index.corpus.sources) < Object.keys(SOURCES).length, `the check read the sources it needed (${read} read, ${made(index.corpus.sources)} made whole)`);
    // a save after it: one source built again, eager, the others as they were
    await index.update({ changed: new Set(['/w/sources/c.txt']) });
    assert.deepEqual(report(index.corpus), report(eager));
  });

  it('a cold index of more sources than one piece of compaction (COMPACT_BATCH_SOURCES) puts all in columns, each equal to the built one', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < COMPACT_BATCH_SOURCES * 2 + 37; i++) files[`/w/sources/f${String(i).padStart(4, '0')}.txt`] = `Firm ${i}\n\nFirm ${i} sold ${1000 + i} cars in ${1990 + (i % 30)}, up ${i % 17}% on the year.\n\nIt hired ${i * 3} people.`;
    const index = new SourceIndex(new InMemoryFileSystem(files), { sets: [folderSet('/w/sources')], exclude: [], maxSourceSizeKB: 1024 });
    await index.update();
    const sources = index.corpus.sources;
    assert.equal(sources.length, Object.keys(files).length);
    assert.equal(made(sources), 0);
    assert.deepStrictEqual(
      sources,
      Object.keys(files).map((p, i) => buildSource(i, p, files[p])),
    );
  });

  it('the value index of a long source (read in pieces of a few thousand passages) is the same, made or unmade', () => {
    const sentences: string[] = [];
    for (let i = 0; i < 9000; i++) sentences.push(`Plant ${i} made ${(i * 7919) % 5000} cars in ${1990 + (i % 30)}${i % 3 ? `, up ${i % 40}%` : ''}.`);
    const list = [
      { path: '/w/sources/short.txt', text: 'Short\n\nIt sold 4,000 cars in 2001.' },
      { path: '/w/sources/book.txt', text: `Book\n\n${sentences.join(' ')}` },
      { path: '/w/sources/tail.txt', text: 'Tail\n\nIt made 4,000 cars, up 12%.' },
    ];
    const { built, lazy } = builtAndLazy(list);
    assert.ok(built[1].passages.length > 8192, 'the long source spans more than two pieces');
    const eager = new Corpus(built);
    const corpus = new Corpus(lazy, undefined, eager.postingsIndex);
    for (const [kind, lo, hi] of [
      ['count', 3990, 4010],
      ['year', 2001, 2001],
      ['percent', 12, 12],
    ] as const) {
      const a = corpus.figuresBetween(kind, lo, hi, 1000);
      assert.ok(a.length > 2, `figures of kind ${kind} found`);
      assert.deepEqual(
        a.map((x) => [x.pid, x.at, x.figure]),
        eager.figuresBetween(kind, lo, hi, 1000).map((x) => [x.pid, x.at, x.figure]),
      );
    }
    assert.equal(made(lazy), 0);
  });

  it('a note’s check over unmade sources gives the verdicts of built ones, making only some sources', () => {
    const { built, lazy } = builtAndLazy();
    const note = 'Acme sold 350,000 units [@a] and revenue was $15.3 billion [@a]. Beta hired about 2,000 [@beta]. Gamma lost 40% [@c].\n';
    const verdicts = (c: Corpus) => JSON.stringify(checkNote(note, c).diagnostics.map((f) => [f.code, f.message, f.start, f.end]));
    const eager = new Corpus(built);
    const corpus = new Corpus(lazy, undefined, eager.postingsIndex);
    assert.equal(verdicts(corpus), verdicts(eager));
    assert.match(verdicts(corpus), /figure-mismatch/, 'the note has a verdict to compare');
    if (lazy.length > 100) assert.ok(made(lazy) < lazy.length / 2, `a check makes the sources it reads (${made(lazy)} of ${lazy.length})`);
  });

  it('after a start that opened no file, a saved source is layered over the postings making only its own source; the index then answers as a fresh build', async function () {
    this.timeout(60000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-lazy-'));
    const sources = path.join(dir, 'sources');
    fs.mkdirSync(sources);
    const old = new Date('2020-01-02T03:04:05Z'); // long before any stat: never racy
    const write = (name: string, text: string) => {
      fs.writeFileSync(path.join(sources, name), text);
      fs.utimesSync(path.join(sources, name), old, old);
    };
    // (enough files that one saved is well under MERGE_AHEAD_SHARE of the passages: no merge ahead, which takes them all)
    for (let i = 0; i < 300; i++) write(`s${String(i).padStart(3, '0')}.txt`, `Firm ${i}\n\nFirm ${i} sold ${1000 + i * 37} cars in ${1990 + (i % 20)}. Its profit rose ${i % 30}% to £${i + 2}.5m.\n\nIt hired ${i * 11} people.`);
    const settings = (cache: boolean) => ({ sets: [folderSet(sources)], exclude: [], maxSourceSizeKB: 1024, cache: cache ? { store: new DiskCacheStore(path.join(dir, 'cache')) } : undefined });
    try {
      const first = new SourceIndex(new NodeFileSystem(), settings(true));
      await first.update();
      await first.flush();
      const warm = new SourceIndex(new NodeFileSystem(), settings(true));
      const r = await warm.update();
      assert.equal(r.unopened, 300);
      assert.equal(made(warm.corpus.sources), 0, 'the start made no source');
      const saved = path.join(sources, 's150.txt');
      write('s150.txt', 'Firm 150\n\nFirm 150 sold 9,999 cars in 2004. Its profit fell 3%.');
      const u = await warm.update({ changed: new Set([saved]), watched: true });
      assert.equal(u.postings, 'updated');
      assert.ok(made(warm.corpus.sources) <= 1, `the save made its own source only (and read the passages of the one it replaced) (${made(warm.corpus.sources)} made)`);
      const fresh = new SourceIndex(new NodeFileSystem(), settings(false));
      await fresh.update();
      for (const q of ['sold cars', 'profit fell', 'hired people']) assert.deepEqual(warm.corpus.search(q), fresh.corpus.search(q));
      assert.deepEqual(
        warm.corpus.figuresBetween('count', 1000, 10000, 100).map((x) => [x.pid, x.at, x.figure]),
        fresh.corpus.figuresBetween('count', 1000, 10000, 100).map((x) => [x.pid, x.at, x.figure]),
      );
      assert.deepStrictEqual(warm.corpus.postingsIndex, fresh.corpus.postingsIndex);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a record whose columns do not fit its text’s length is not restored (the file is built afresh)', () => {
    const text = SOURCES['/w/sources/a.txt'];
    const key = contentKey(text);
    const blob = encodeRecords([buildSource(0, '/w/a.txt', text)], [key]);
    blob.arrays.rChars[0] = 20; // the passages end past it
    const records = readRecords(blob) as RecordSet;
    assert.equal(restoreSource(0, '/w/a.txt', undefined, records.get(key)!), undefined);
  });

  it('a records file without the texts’ lengths or with its records as JSON objects (other layouts) is discarded with a log line, and every source built again with the same verdicts', async () => {
    const layouts: [string, (b: Blob<RecordsMeta>) => void, RegExp][] = [
      ['no text lengths', (b) => delete b.arrays.rChars, /sources\.gidx discarded: column rChars is missing/],
      // session 7's layout: a JSON object per record
      ['records as JSON objects', (b) => Object.assign(b, { meta: { records: b.meta.keys.map((key) => ({ key })), strings: b.meta.strings } }), /sources\.gidx discarded: no source records/],
    ];
    for (const [what, change, reason] of layouts) {
      const store = new MemoryCacheStore();
      const fsys = new InMemoryFileSystem(SOURCES);
      const settings = (log: string[]) => ({ sets: [folderSet('/w/sources')], exclude: [], maxSourceSizeKB: 1024, cache: { store, log: (m: string) => log.push(m), version: 1 } });
      const first = new SourceIndex(fsys, settings([]));
      await first.update();
      await first.flush();
      const name = [...store.files.keys()].find((n) => n.endsWith('.sources.gidx'))!;
      const blob = decode<RecordsMeta>(store.files.get(name)!, 1);
      assert.ok(!('reject' in blob));
      change(blob);
      store.files.set(name, Uint8Array.from(encode(blob, 1)));
      const log: string[] = [];
      const second = new SourceIndex(fsys, settings(log));
      const r = await second.update();
      assert.equal(r.built, Object.keys(SOURCES).length, what);
      assert.equal(log.length, 1, what);
      assert.match(log[0], reason);
      await second.flush();
      assert.equal(store.files.has(name), true, `${what}: the records file is written again`);
      assert.equal((await new SourceIndex(fsys, settings(log)).update()).built, 0, `${what}: and the next start restores every source`);
      assert.equal(log.length, 1);
      const note = 'Acme sold 350,000 units [@a]. Gamma lost 40% [@c].\n';
      const verdicts = (ix: SourceIndex) => JSON.stringify(checkNote(note, ix.corpus).diagnostics.map((f) => [f.code, f.message]));
      assert.equal(verdicts(second), verdicts(first), what);
    }
  });
});
