// The figures, formats, search, sentence, cache and workspace survivors of seed 18 of the mutation
// sample (StrykerJS, seed 18, issue 15) that the other seed-18 files do not sort. Each case fails
// with its seed-18 mutant applied and passes without it; the file:line each one kills (at e32d2d8)
// is given in its comment.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseHTML } from 'linkedom';
import { Corpus } from '../../server/src/engine/corpus';
import { extractFigures, figuresAgree, readsBack } from '../../server/src/engine/figures';
import { extractSource } from '../../server/src/engine/formats';
import { domParagraphs } from '../../server/src/engine/formats/domText';
import { unmadeRows } from '../../server/src/engine/lazyPassages';
import { DiskCacheStore } from '../../server/src/engine/persist';
import { decode, encode } from '../../server/src/engine/persist/binary';
import { contentKey, encodeRecords, readRecords, restoreSource, type RecordsMeta } from '../../server/src/engine/persist/sourceRecords';
import { buildSource } from '../../server/src/engine/sources';
import { sentenceSpans } from '../../server/src/engine/text';
import { folderSet, InMemoryFileSystem, NodeFileSystem, SourceIndex } from '../../server/src/engine/workspace';
import { IN_PROCESS_POSTINGS } from '../../server/src/engine/workers/postingsJob';
import { inProcessExtraction } from '../../server/src/engine/workers/workerExtraction';
import { cacheSettings, withCacheFolder } from '../helpers/cacheFixture';

/** The figures of text[start, end) as [text, kind, value, high]. */
const read = (text: string, start = 0, end = text.length) => extractFigures(text, start, end).map((f) => [f.text, f.kind, f.value, f.high]);

describe('seed 18 survivors: figures', () => {
  it("a text read up to a bound reads as the text cut there: nothing past the bound is looked at (measures.ts:25, ranges.ts:152)", () => {
    const cases: [string, string, string][] = [
      // measures.ts:25 — "/h" at the bound is a unit's end, whatever letter follows past it
      ['The tram ran at 61km/hour.', '/h', '61km/h'],
      // ranges.ts:152 — a year at the bound is a year, though "5" follows its comma past the bound
      ['The mill ran between 1990 and 2004,5 more mills closed.', ',', '1990 and 2004'],
    ];
    for (const [text, cutAfter, want] of cases) {
      const end = text.indexOf(cutAfter) + cutAfter.length;
      assert.deepEqual(read(text, 0, end), read(text.slice(0, end)), text);
      assert.ok(read(text, 0, end).some((f) => f[0] === want), `${want} in ${JSON.stringify(read(text, 0, end))}`);
    }
  });

  it('a ", ddd" after a number that already has its thousands groups is the next number, not more digits (numerals.ts:103)', () => {
    assert.deepEqual(read('The hall sold 1,234, 567 of them to children.'), [['1,234', 'count', 1234, undefined], ['567', 'count', 567, undefined]]);
    assert.deepEqual(read('Tickets: 2,500, 300 went unsold.').map((f) => f[2]), [2500, 300]);
  });

  it('a decimal at the start of a line is a figure unless a dot and a space make it a section number (names.ts:115)', () => {
    for (const after of [', more or less, in the dry years.', '; the wet years gave less.', ') in the dry years.']) {
      assert.deepEqual(read(`Yield per hectare\n2.5${after}`).map((f) => f[0]), ['2.5'], after);
    }
    assert.deepEqual(read('Contents\n2.5. Yield per hectare'), [], 'a section number');
  });

  it('a number in brackets after words is no footnote marker, though a comma follows it (names.ts:125)', () => {
    assert.deepEqual(read('Notes [the crowd reached 4000, by one count] follow.').map((f) => f[2]), [4000]);
    assert.deepEqual(read('As shown [3, 4] before.'), [], 'a footnote list is no figure');
  });

  it('a falling pair above 20 with no sports word near is no score (ranges.ts:184)', () => {
    for (const text of ['The committee split 40-12 on the plan.', 'Ferns grew 30-4 across the beds.']) {
      assert.ok(!extractFigures(text).some((f) => f.kind === 'score'), text);
    }
    assert.deepEqual(read('The hosts won 40-12 at home.').map((f) => f[1]), ['score'], 'a score with a sports word near');
  });

  it("a fix's text that reads as one value does not say a range (readBack.ts:27)", () => {
    const text = 'Tickets cost $5 at the door.';
    const f = extractFigures(text)[0];
    assert.equal(readsBack(text, f.start, f.end, f, [5, 9]), false);
    assert.equal(readsBack(text, f.start, f.end, f, [5, undefined]), true);
    // and a range says its own high end only
    const range = 'Tickets cost $5-7 at the door.';
    const g = extractFigures(range)[0];
    assert.deepEqual([g.value, g.high], [5, 7]);
    assert.equal(readsBack(range, g.start, g.end, g, [5, 9]), false);
    assert.equal(readsBack(range, g.start, g.end, g, [5, 7]), true);
  });

  it("a time written to a thousandth of a second says any value that rounds to it (a time's cap: readBack.ts:44)", () => {
    const text = 'She finished in 1:02:03.457 on the day.';
    const f = extractFigures(text)[0];
    assert.equal(f.clock, true);
    assert.equal(readsBack(text, f.start, f.end, f, [f.value + 0.0003, undefined]), true);
    assert.equal(readsBack(text, f.start, f.end, f, [f.value + 0.0007, undefined]), false);
    // (a plain number's thousandths are exact: its cap is further out)
    const plain = 'The ratio was 2.345 that week.';
    const g = extractFigures(plain)[0];
    assert.equal(readsBack(plain, g.start, g.end, g, [2.3454, undefined]), false);
  });

  it("a note's 0% is not a source's 0.00001%: a tiny value gets no more room than its share (agree.ts:210)", () => {
    const note = extractFigures('Inflation last month was 0% in the town.')[0];
    const source = extractFigures('Inflation last month was 0.00001% in the town.')[0];
    assert.equal(figuresAgree(note, source), false);
  });
});

describe('seed 18 survivors: search, sentences, web pages', () => {
  it('a query word in exactly 50 passages (the least that is ever left out) still ranks the passages (corpus.ts:420)', () => {
    const texts: [string, string][] = [];
    for (let i = 0; i < 49; i++) texts.push([`/s/river-${i}.txt`, `An otter was seen near weir ${i} on a grey morning with rain.\n`]);
    texts.push(['/s/both.txt', 'A badger met an otter by the old mill wheel at dusk in the lane.\n']);
    texts.push(['/s/badger.txt', 'A badger dug a sett.\n']);
    const c = new Corpus(texts.map(([p, t], i) => buildSource(i, p, t)));
    const hits = c.search('otter badger.', 3).map((h) => c.sources[c.passage(h.pid).source].path);
    assert.deepEqual(hits, ['/s/badger.txt', '/s/both.txt', '/s/river-0.txt']);
  });

  it("a short line ends its sentence, its indent not counted in its length (text.ts:225)", () => {
    const t =
      'The survey covered the northern valleys and all of the upland farms\n' +
      '            Spring counts fell in most of the valleys and the hills\n' +
      'because the rain came late that year.';
    assert.deepEqual(
      sentenceSpans(t).map(([a, b]) => t.slice(a, b).split('\n').pop()!.trim()),
      ['Spring counts fell in most of the valleys and the hills', 'because the rain came late that year.'],
    );
  });

  it("a table's header still names its cells when a small table sits in its caption (domText.ts:103)", () => {
    const html =
      '<html><body><table><caption>Key <table><tr><td>Reed warblers</td><td>14</td></tr></table></caption>' +
      '<tr><th>Site</th><th>Nests</th></tr><tr><td>North marsh</td><td>31</td></tr></table></body></html>';
    const paragraphs = domParagraphs((parseHTML(html) as unknown as { document: { body: unknown } }).document.body as never);
    assert.ok(paragraphs.includes('North marsh; nests: 31'), JSON.stringify(paragraphs));
    assert.equal(paragraphs.indexOf('Site; Nests'), 0, 'the header row first');
  });

  it("a page with no article in it (its text in an aside) takes its date from article:published_time (html.ts:85)", async () => {
    const html =
      '<html><head><title>Harbour report</title><meta property="article:published_time" content="2023-06-14T08:30:00Z"></head>' +
      '<body><aside>Boats 40 in the harbour</aside></body></html>';
    const r = await extractSource('html', new TextEncoder().encode(html));
    assert.ok(!('skip' in r), JSON.stringify(r));
    assert.equal(r.meta?.date, '2023-06-14');
  });
});

describe('seed 18 survivors: the cache and the workspace', () => {
  it("a cache file read a few bytes at a time is read whole: its head, then the rest (indexCache.ts:112)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-seed18-'));
    const bytes = Uint8Array.from({ length: 40 }, (_, i) => i + 1);
    fs.writeFileSync(path.join(dir, 'r.gidx'), bytes);
    const probe = await fsp.open(path.join(dir, 'r.gidx'), 'r');
    const proto = Object.getPrototypeOf(probe) as { read: (buffer: unknown, offset: number, length: number, position: number) => Promise<unknown> };
    await probe.close();
    const original = proto.read;
    try {
      // a file system that hands back at most 3 bytes a read (a pipe, a network share)
      proto.read = function (this: unknown, buffer: unknown, offset: number, length: number, position: number) {
        return original.call(this, buffer, offset, Math.min(length, 3), position);
      };
      const r = await new DiskCacheStore(dir).readHead('r.gidx', () => 4);
      assert.ok(r);
      await r.rest;
      assert.deepEqual([...r.bytes], [...bytes]);
    } finally {
      proto.read = original;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a figure of a source restored from the cache takes a new text after its own was read, as a built one does (sourceRecords.ts:661)", () => {
    const text = 'Otters\n\nThe otters ate 14 fish in 2021.\n';
    const key = contentKey(text);
    const blob = decode<RecordsMeta>(encode(encodeRecords([buildSource(0, '/w/otters.txt', text)], [key]), 1), 1);
    assert.ok(!('reject' in blob));
    const records = readRecords(blob);
    assert.ok(!('reject' in records));
    const restored = restoreSource(0, '/w/otters.txt', undefined, records.get(key)!)!;
    const f = unmadeRows(restored)!.figure(1, 0, (a, b) => text.slice(a, b));
    assert.equal(f.text, '14');
    f.text = 'fourteen';
    assert.equal(f.text, 'fourteen');
  });

  it('the first index of sources that hold no passage builds its postings (no previous corpus to update) (indexer.ts:295)', async () => {
    const mfs = new InMemoryFileSystem({ '/w/sources/empty.txt': '', '/w/sources/blank.md': '\n\n' });
    const ix = new SourceIndex(mfs, { sets: [folderSet('/w/sources')], exclude: [], maxSourceSizeKB: 1024 });
    const r = await ix.update();
    assert.equal(r.postings, 'built');
    assert.equal(ix.corpus.passageCount, 0);
  });

  it('verify after a file was renamed while closed is a full update: the other files restored from the cache unopened (indexer.ts:532)', withCacheFolder('seed18', async ({ sources, cache }) => {
    const first = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
    await first.update();
    await first.flush();
    fs.renameSync(path.join(sources, 'a.txt'), path.join(sources, 'z.txt'));
    const ix = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
    assert.equal((await ix.update({ trustCache: true })).unverified, true);
    const v = await ix.verify();
    assert.ok(v);
    assert.deepEqual(ix.corpus.sources.map((s) => path.basename(s.path)), ['b.md', 'c.txt', 'z.txt']);
    assert.deepEqual([v.read, v.built, v.unopened], [1, 1, 2]);
  }));

  it('files read for the extractor on a clock that never moves are read in one slice, never yielding (indexer.ts:726)', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 6; i++) files[`/w/sources/s${i}.txt`] = `Site ${i}\n\nThe team counted ${10 + i} nests in 2022.\n`;
    let yields = 0;
    const pacing = { sliceMs: 150, now: () => 100, yield: async () => void yields++ };
    const settings = { sets: [folderSet('/w/sources')], exclude: [], maxSourceSizeKB: 1024, parallelMinFiles: 2 };
    const ix = new SourceIndex(new InMemoryFileSystem(files), settings, pacing, IN_PROCESS_POSTINGS, inProcessExtraction());
    await ix.update();
    assert.equal(ix.corpus.sources.length, 6);
    assert.equal(yields, 0);
  });
});
