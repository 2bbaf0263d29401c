// The I/O folders (workspace, persist, workers, formats) and the engine's top-level files at edges
// seed 17 of the mutation sample found untested (scripts/mutate-sample.mjs --seed 17,
// docs/mutation-testing.md "Session 23"). Each case fails with its seed-17 mutant applied and passes
// without it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseHTML } from 'linkedom';
import { Corpus } from '../../server/src/engine/corpus';
import { extractSource } from '../../server/src/engine/formats';
import { domParagraphs } from '../../server/src/engine/formats/domText';
import { emptyMemoData, isMemoData } from '../../server/src/engine/memo';
import { DiskCacheStore } from '../../server/src/engine/persist';
import { searchHits } from '../../server/src/engine/search';
import { Catalog, Misses } from '../../server/src/engine/stores/catalog';
import type { CatalogEntry } from '../../server/src/engine/stores/remote';
import { SnapshotView } from '../../server/src/engine/stores/view';
import { buildSource, decodeSource, parseFrontMatter } from '../../server/src/engine/sources';
import { stem, Tokenizer } from '../../server/src/engine/text';
import { WorkerExtraction } from '../../server/src/engine/workers/workerExtraction';
import { folderSet, InMemoryFileSystem, SourceIndex } from '../../server/src/engine/workspace';
import { extractRequest } from '../helpers/extractRequest';

describe('seed 17 survivors: the workspace', () => {
  it('a memory file system lists its paths sorted, whatever order they were written in', () => {
    const mfs = new InMemoryFileSystem({ '/w/c.txt': 'c', '/w/a.txt': 'a' });
    mfs.write('/w/b/z.txt', 'z');
    mfs.write('/w/b/a.txt', 'a');
    assert.deepEqual(mfs.paths(), ['/w/a.txt', '/w/b/a.txt', '/w/b/z.txt', '/w/c.txt']);
  });

  it('an update told of no changed file walks the folders while the index holds no file yet', async () => {
    const mfs = new InMemoryFileSystem({});
    const ix = new SourceIndex(mfs, { sets: [folderSet('/w/sources')], exclude: [], maxSourceSizeKB: 1024 });
    await ix.update();
    assert.equal(ix.corpus.sources.length, 0);
    mfs.write('/w/sources/a.txt', 'Alpha\n\nOrders grew by 12% in the spring.\n');
    await ix.update({ changed: new Set(), watched: true });
    assert.deepEqual(ix.corpus.sources.map((s) => s.path), ['/w/sources/a.txt']);
  });
});

describe('seed 17 survivors: the disk cache', () => {
  it('a short write leaves neither the file nor its temporary copy', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-seed17-'));
    const probe = await fsp.open(path.join(dir, 'probe'), 'w');
    const proto = Object.getPrototypeOf(probe) as { writev: (...a: unknown[]) => Promise<{ bytesWritten: number }> };
    await probe.close();
    const writev = proto.writev;
    try {
      // a disk that takes all but the last byte (a full disk, a quota)
      proto.writev = async function (this: unknown, ...a: unknown[]) {
        const r = await writev.apply(this, a);
        return { ...r, bytesWritten: r.bytesWritten - 1 };
      };
      await new DiskCacheStore(dir).write('index.gidx', [new Uint8Array([1, 2, 3]), new Uint8Array([4, 5])]);
    } finally {
      proto.writev = writev;
    }
    try {
      assert.deepEqual(fs.readdirSync(dir), ['probe']);
      await new DiskCacheStore(dir).write('index.gidx', [new Uint8Array([1, 2, 3]), new Uint8Array([4, 5])]);
      assert.deepEqual([...fs.readFileSync(path.join(dir, 'index.gidx'))], [1, 2, 3, 4, 5], 'a whole write is kept');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('seed 17 survivors: a remote base\'s view', () => {
  it('in a recording pass, a passage of a source not fetched yet is an empty one of that source and place, the source recorded as missing', () => {
    const entry = (id: number, p: string, passages: number): CatalogEntry => ({ id, path: p, key: path.basename(p, '.txt'), meta: { title: p, aliases: [] }, passages, figures: 0, terms: passages * 10 });
    const cat = new Catalog('g', [entry(1, '/s/a.txt', 3), entry(2, '/s/b.txt', 2)]);
    const misses = new Misses();
    cat.recorder = misses;
    const v = new SnapshotView(cat, misses, new Tokenizer());
    const empty = (source: number, index: number) => ({ source, index, start: 0, end: 0, paragraph: 0, line: 0, text: '', figures: [] });
    assert.deepEqual(v.passage(1), empty(0, 1));
    assert.deepEqual(v.passage(3), empty(1, 0));
    assert.deepEqual([...misses.sources], [0, 1]);
  });
});

describe('seed 17 survivors: the extraction workers', () => {
  it('a worker of this build, run from source (tests under tsx), starts and answers a run', async function () {
    this.timeout(60_000);
    const x = new WorkerExtraction(1);
    try {
      const reply = await x.extract(extractRequest({ '/s/a.txt': 'Alpha\n\nOrders grew by 12% in 2021.\n' }));
      assert.equal(reply.keys.length, 1);
      assert.ok(reply.keys[0], 'the file became a source on the worker');
    } finally {
      x.dispose();
    }
  });
});

describe('seed 17 survivors: formats', () => {
  const paragraphs = (html: string) => domParagraphs((parseHTML(`<html><body>${html}</body></html>`) as unknown as { document: { body: unknown } }).document.body as never);

  it('a header names its cells lowered only when it opens on one capitalised word ending at a space or its end', () => {
    const table = (h: string) => paragraphs(`<table><tr><th>Item</th><th>${h}</th></tr><tr><td>Tea</td><td>high</td></tr></table>`)[1];
    assert.equal(table('Output'), 'Tea; output: high');
    assert.equal(table('Output level'), 'Tea; output level: high');
    assert.equal(table('GDP Growth'), 'Tea; GDP Growth: high', 'only the first word is looked at');
    assert.equal(table('Cost-share'), 'Tea; Cost-share: high', 'a word joined to another is kept');
    assert.equal(table('Cost,share'), 'Tea; Cost,share: high');
  });

  it('a page in UTF-8 is read as UTF-8 (not as Windows-1252)', async () => {
    const html = '<html><body><article><p>The café in Zürich sold 1,200 cups for €3 each in 2021, its owner said in a long interview with the local paper about the year.</p></article></body></html>';
    const r = await extractSource('html', new TextEncoder().encode(html));
    assert.ok(!('skip' in r), JSON.stringify(r));
    assert.match(r.text, /café in Zürich sold 1,200 cups for €3/);
  });
});

describe('seed 17 survivors: sources, search, memo, stemming', () => {
  it('bytes are read as UTF-16 only after a whole byte-order mark (FF FE or FE FF)', () => {
    const le = decodeSource(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]));
    const be = decodeSource(new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x00, 0x42]));
    assert.deepEqual([(le as { text: string }).text, (be as { text: string }).text], ['AB', 'AB']);
    // half a mark: not valid UTF-8, so skipped (never decoded as UTF-16)
    for (const bytes of [[0xfe, 0x41, 0x42, 0x43], [0x41, 0xff, 0x42, 0x43], [0xff, 0x41, 0x42, 0x43], [0x41, 0xfe, 0x42, 0x43]]) {
      assert.ok('skip' in decodeSource(new Uint8Array(bytes)), JSON.stringify(bytes));
    }
  });

  it('a byte-order mark before text without front matter is not part of the body', () => {
    assert.deepEqual(parseFrontMatter('\ufeffOrders grew.'), { meta: {}, bodyStart: 1 });
    assert.deepEqual(parseFrontMatter('Orders grew.'), { meta: {}, bodyStart: 0 });
  });

  const corpus = () =>
    new Corpus(
      [
        'Plant\n\nThe plant opened in 2021 with 300 staff.\n',
        'Old plant\n\nThe plant closed in 1990 after a long strike.\n',
        'Revenue\n\nRevenue was 12% higher at the plant.\n',
        'Acme\n\nAcme revenue at Acme was 40% of the total for Acme.\n',
      ].map((t, i) => buildSource(i, `/s/${i}.txt`, t)),
    );

  it('spaces around a query change nothing: its last word is still a prefix', () => {
    const c = corpus();
    const hits = (q: string) => searchHits(c, q, 10).map((h) => [h.source.path, h.score]);
    const plain = hits('reve');
    assert.deepEqual(
      plain.map((h) => h[0]),
      ['/s/2.txt', '/s/2.txt', '/s/3.txt'],
    );
    for (const q of [' reve', 'reve ', '  reve  ']) assert.deepEqual(hits(q), plain, JSON.stringify(q));
  });

  it('a year in the query finds the passages stating it, and only those', () => {
    const c = corpus();
    for (const q of ['2021', 'in 2021', 'plant 2021']) assert.deepEqual(searchHits(c, q, 10).map((h) => h.source.path), ['/s/0.txt'], q);
    assert.deepEqual(searchHits(c, 'plant 1990', 10).map((h) => h.source.path), ['/s/1.txt']);
  });

  it("a passage stating the query's figure ranks above one with more of its words but another figure", () => {
    assert.deepEqual(searchHits(corpus(), 'acme revenue 12%', 10).map((h) => h.source.path), ['/s/2.txt', '/s/3.txt']);
  });

  it('a memo whose tables are not Maps is not taken for one', () => {
    assert.ok(isMemoData(emptyMemoData(3), 3));
    for (const k of ['frames', 'referable', 'referableWide', 'prior', 'periods', 'leads'] as const) {
      assert.equal(isMemoData({ ...emptyMemoData(3), [k]: {} }, 3), false, k);
      assert.equal(isMemoData({ ...emptyMemoData(3), [k]: [] }, 3), false, k);
    }
  });

  it('a doubled last letter left by -ing or -ed is kept in a three-letter stem ("adding" meets "add")', () => {
    for (const [word, s] of [['adding', 'add'], ['added', 'add'], ['add', 'add'], ['egged', 'egg'], ['planning', 'plan'], ['stopped', 'stop'], ['falling', 'fall']]) {
      assert.equal(stem(word), s, word);
    }
  });
});
