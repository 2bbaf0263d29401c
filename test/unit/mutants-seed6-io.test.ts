// What the engine's storage and reading layers promise, at the edges seed 6 of the mutation sample
// found untested (engine/stores, formats, persist, workspace and the top-level index): a remote
// base asked for the frequencies of a query's words before any of their postings, and for the
// postings of its rare words only; a store row keeping a source's format; a web page's author and
// date from each place a page keeps them; a file that is not UTF-8 refused, not read as UTF-16;
// sentence ends in notes and before an ellipsis; a word at the end of the Latin letters the index
// reads; written forms past the first thousand terms; a layered update whose new passages come
// before an earlier change's; records with negative columns refused; an excluded folder written
// with its slash; a changed file that became a folder; reading a folder. Written against surviving
// mutants (README "Tests"); each case fails with its mutant applied.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { Catalog, Misses } from '../../server/src/engine/stores/catalog';
import type { CatalogEntry } from '../../server/src/engine/stores/remote';
import { filterKey, SnapshotView } from '../../server/src/engine/stores/view';
import { rowsOf } from '../../server/src/engine/stores/rows';
import { extractHtml } from '../../server/src/engine/formats/html';
import { buildSource, decodeSource } from '../../server/src/engine/sources';
import { sentenceSpans, Tokenizer } from '../../server/src/engine/text';
import { Corpus } from '../../server/src/engine/corpus';
import { contentKey, encodeRecords, readRecords } from '../../server/src/engine/persist/sourceRecords';
import { findFiles } from '../../server/src/engine/workspace/globs';
import { folderSet, InMemoryFileSystem, SourceIndex, type IndexSettings } from '../../server/src/engine/workspace';
import { COMMON_TERM_MIN_DF, COMMON_TERM_RARITY } from '../../server/src/engine/check/policy';

const entry = (id: number, p: string, passages: number): CatalogEntry => ({ id, path: p, key: path.basename(p, '.txt'), meta: { title: p, aliases: [] }, passages, figures: 0, terms: passages * 10 });

describe('seed 6 survivors: stores, formats, persist, workspace, the index', () => {
  describe('a remote base: what one pass asks for (stores/view.ts)', () => {
    // 60 passages per common-term threshold step: a base of 3,000 passages makes a term common
    // past max(COMMON_TERM_MIN_DF, 3000 / COMMON_TERM_RARITY) = 100 passages
    const passages = 3000;
    const common = Math.max(COMMON_TERM_MIN_DF, passages / COMMON_TERM_RARITY);
    const view = (stats: [string, number][]) => {
      const cat = new Catalog('g', [entry(1, '/s/a.txt', passages)]);
      for (const [term, df] of stats) cat.termStats.set(term, { df, lower: true });
      const misses = new Misses();
      return { v: new SnapshotView(cat, misses, new Tokenizer()), misses };
    };
    const asked = (m: Misses) => [...m.postings.values()].flatMap((a) => [...a.terms]).sort();
    const q = (...terms: string[]) => terms.map((term) => ({ term, weight: 1 }));

    it('a query with a word whose frequency is not known asks for the frequencies first, and no postings yet', () => {
      const { v, misses } = view([['harbour', 5]]);
      assert.deepEqual(v.passageCandidates(q('harbour', 'quay'), {}, 10), []);
      assert.deepEqual([...misses.terms], ['quay']);
      assert.deepEqual(asked(misses), [], 'a common word\'s postings could be most of the base: none asked before its frequency is known');
    });

    it('asks for the postings of the rare words only; of every word when none is rare', () => {
      assert.equal(common, 100);
      const cases: [string, [string, number][], string[]][] = [
        ['one common, one rare', [['said', 2500], ['tariff', 4]], ['tariff']],
        ['at the threshold: still rare', [['said', 101], ['quay', 100]], ['quay']],
        ['all common: the query as it is', [['said', 2500], ['year', 900]], ['said', 'year']],
        ['all rare', [['quay', 3], ['tariff', 4]], ['quay', 'tariff']],
      ];
      for (const [what, stats, want] of cases) {
        const { v, misses } = view(stats);
        assert.deepEqual(v.passageCandidates(q(...stats.map(([t]) => t)), {}, 10), [], what);
        assert.deepEqual(asked(misses), want, what);
        assert.deepEqual([...misses.postings.keys()], [filterKey({ kinds: 0 })], what);
      }
    });
  });

  it("a store's rows keep a source's format, and a plain text source has none", () => {
    const text = 'Port report\n\nThe port handled 1,200 containers.\n';
    const pdf = buildSource(0, '/s/a.pdf', text, { format: 'pdf', text, meta: {} });
    assert.equal(rowsOf(pdf, new Tokenizer()).doc.format, 'pdf');
    assert.equal('format' in rowsOf(buildSource(0, '/s/a.txt', text), new Tokenizer()).doc, false);
  });

  describe("a web page's author and date (formats/html.ts)", () => {
    const body = '<article><p>The harbour at Lowmere moved 2,400 crates in 2020, a rise of 6% on the year before, its board said in a long statement to members on Monday.</p><p>Its revenue reached £4.1m, the highest it has been.</p></article>';
    const meta = async (head: string, before = '') => ((await extractHtml(`<html><head><title>Lowmere</title>${head}</head><body>${before}${body}</body></html>`)) as unknown as { meta: Record<string, string> }).meta;

    it('the author from each meta tag a page may use, the New York Times\' "byl" included', async () => {
      assert.equal((await meta('<meta name="author" content="Ann Oduya">')).author, 'Ann Oduya');
      assert.equal((await meta('<meta property="article:author" content="Ann Oduya">')).author, 'Ann Oduya');
      assert.equal((await meta('<meta name="byl" content="Ann Oduya">')).author, 'Ann Oduya');
    });

    it('a byline loses its "By" and all the spaces after it, of any kind', async () => {
      assert.equal((await meta('', '<p class="byline">By\u2003\u2003Ann Oduya</p>')).author, 'Ann Oduya');
      assert.equal((await meta('', '<p class="byline">by Ann Oduya</p>')).author, 'Ann Oduya');
    });

    it('the date from each meta tag, else from a <time datetime>', async () => {
      for (const head of ['<meta property="article:published_time" content="2021-04-09T08:00:00Z">', '<meta name="date" content="2021-04-09">', '<meta name="dc.date" content="2021-04-09">', '<meta itemprop="datePublished" content="2021-04-09">']) {
        assert.equal((await meta(head)).date, '2021-04-09', head);
      }
      assert.equal((await meta('', '<time datetime="2020-01-02">2 January</time>')).date, '2020-01-02');
      assert.equal((await meta('')).date, undefined);
    });
  });

  it('a file that is not UTF-8 is refused as such, not read as UTF-16 for a byte that looks like half a byte-order mark', () => {
    // "ÿes" and "Aþ" in Latin-1: 0xFF then a letter, a letter then 0xFE
    for (const bytes of [[0xff, 0x65, 0x73, 0x0a], [0x41, 0xfe, 0x20, 0x0a]]) {
      assert.deepEqual(decodeSource(Uint8Array.from(bytes)), { skip: 'not valid UTF-8 text (re-save the file as UTF-8)' }, bytes.join(','));
    }
    // the real marks: both bytes
    assert.deepEqual(decodeSource(Uint8Array.from([0xff, 0xfe, 0x41, 0x00])), { text: 'A' });
    assert.deepEqual(decodeSource(Uint8Array.from([0xfe, 0xff, 0x00, 0x41])), { text: 'A' });
  });

  describe('sentence ends (text.ts)', () => {
    const spans = (text: string, softWrap = false) => sentenceSpans(text, 0, text.length, softWrap).map(([a, b]) => text.slice(a, b));

    it('in a note (soft wrap), a line before a blank line ends its sentence even without a stop; at the end too', () => {
      assert.deepEqual(spans('Rainfall in the north\n\nThe dams filled.', true), ['Rainfall in the north', 'The dams filled.']);
      assert.deepEqual(spans('Rainfall in the north  \n   \nthe dams filled', true), ['Rainfall in the north', 'the dams filled']);
      assert.deepEqual(spans('Rainfall in the north\nthe dams filled.\n', true), ['Rainfall in the north\nthe dams filled.']);
    });

    it('a stop followed by punctuation that opens no sentence (an ellipsis, a dash, a percent sign) ends nothing', () => {
      for (const s of ['He waited. . . and then he left.', 'Sales rose 5 p.c. - a record.', 'It fell. ; then it rose.', 'They paid. @home sales rose.']) assert.deepEqual(spans(s), [s], s);
      // what does open one: a capital, a digit, a quote
      assert.deepEqual(spans('He waited. Then he left. 5 more came. "Fine," he said.'), ['He waited.', 'Then he left.', '5 more came.', '"Fine," he said.']);
    });
  });

  it('the index reads a word up to the last Latin letter it covers (U+024F) whole, as the tokenizer does', () => {
    const src = buildSource(0, '/s/a.txt', 'Title\n\nThe village of Saɏo grew, as did Kaɏ.\n');
    const corpus = new Corpus([src]);
    for (const w of ['saɏo', 'kaɏ']) assert.ok(corpus.has(corpus.tokenizer.termOf(w)), w);
    assert.equal(corpus.has('sa'), false, 'not cut at the letter');
  });

  it('a word first seen after the first thousand terms keeps how it is written (a word, not a name)', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const word = (n: number) => `qx${letters[n % 26]}${letters[Math.floor(n / 26) % 26]}${letters[Math.floor(n / 676) % 26]}`;
    const words = Array.from({ length: 1300 }, (_, n) => word(n));
    const src = buildSource(0, '/s/a.txt', `Title\n\nThe survey listed ${words.join(' ')} and Zorvath.\n`);
    const corpus = new Corpus([src]);
    for (const w of [word(0), word(1100), word(1299)]) {
      const t = corpus.tokenizer.termOf(w);
      assert.deepEqual([corpus.has(t), corpus.isName(t)], [true, false], w);
    }
    assert.equal(corpus.isName(corpus.tokenizer.termOf('zorvath')), true, 'a capitalised word past them is a name');
  });

  it('a layered update whose new passages come before an earlier change\'s gives the postings of a fresh build', async () => {
    const DIR = '/w/sources';
    const settings: IndexSettings = { sets: [folderSet(DIR)], exclude: [], maxSourceSizeKB: 1024 };
    const files: Record<string, string> = {};
    const say = (i: number, extra = '') => `Town ${i} report\n\nThe council of town ${i} said rail use rose ${i}% in ${2000 + i}.${extra}\n\nThe survey of workers in town ${i} found ${100 + i} people.\n`;
    for (let i = 0; i < 300; i++) files[path.join(DIR, `t${String(i).padStart(3, '0')}.txt`)] = say(i);
    const fsys = new InMemoryFileSystem(files);
    const index = new SourceIndex(fsys, settings);
    await index.update();
    const base = index.corpus.layers.base;
    // first the 50th source, then the 10th and the 30th: their passages come before the 50th's in the delta
    for (const changes of [[50], [10, 30]]) {
      for (const i of changes) {
        const p = path.join(DIR, `t${String(i).padStart(3, '0')}.txt`);
        files[p] = say(i, ' The quillon tariff and the quillon levy both rose.');
        fsys.write(p, files[p]);
      }
      await index.update({ changed: new Set(changes.map((i) => path.join(DIR, `t${String(i).padStart(3, '0')}.txt`))) });
    }
    assert.equal(index.corpus.layers.base, base, 'layered, not merged');
    const fresh = new SourceIndex(new InMemoryFileSystem(files), settings);
    await fresh.update();
    for (const w of ['quillon', 'tariff', 'levy', 'council']) {
      const t = index.corpus.tokenizer.termOf(w);
      assert.deepEqual(index.corpus.search(w, 10), fresh.corpus.search(w, 10), w);
      assert.deepEqual(index.corpus.passageCandidates([{ term: t, weight: 1 }], {}, 10), fresh.corpus.passageCandidates([{ term: t, weight: 1 }], {}, 10), w);
    }
    assert.deepEqual(index.corpus.search('quillon', 10).map((h) => index.corpus.sources[index.corpus.sourceOf(h.pid)].path.slice(-8)), ['t010.txt', 't030.txt', 't050.txt']);
  });

  it('records whose columns hold a negative count or whose key is not a string are refused', () => {
    const src = buildSource(0, '/s/a.txt', 'Acme\n\nAcme sold 350 units.\n');
    const blob = encodeRecords([src], [contentKey(src.text)]);
    const arrays = blob.arrays as unknown as Record<string, Int32Array>;
    assert.ok(!('reject' in readRecords(blob as never)), 'the blob as written is read');
    for (const col of ['rPassages', 'rFigures', 'rTextBytes', 'rChars']) {
      const bad = arrays[col].slice();
      bad[0] = -1;
      assert.deepEqual(readRecords({ ...blob, arrays: { ...arrays, [col]: bad } } as never), { reject: 'records and columns disagree' }, col);
    }
    const meta = blob.meta as unknown as { keys: unknown[] };
    assert.deepEqual(readRecords({ ...blob, meta: { ...meta, keys: [7] } } as never), { reject: 'records and columns disagree' });
  });

  it('an excluded folder written with its trailing slash is not walked', async () => {
    const fsys = new InMemoryFileSystem({ '/w/s/a.txt': 'A', '/w/s/drafts/b.txt': 'B', '/w/s/old/c.txt': 'C' });
    assert.deepEqual(await findFiles(fsys, '/w/s', ['**/*.txt'], ['drafts/']), ['/w/s/a.txt', '/w/s/old/c.txt']);
    assert.deepEqual(await findFiles(fsys, '/w/s', ['**/*.txt'], ['old']), ['/w/s/a.txt', '/w/s/drafts/b.txt']);
  });

  it('.git and node_modules folders are not walked: a link inside them is not even reported', async () => {
    const fsys = new InMemoryFileSystem({ '/w/s/a.txt': 'A', '/w/other/x.txt': 'X' });
    for (const at of ['/w/s/.git/modules', '/w/s/node_modules/pkg', '/w/s/docs']) fsys.symlink(at, '/w/other');
    const skipped: { path: string; message: string }[] = [];
    assert.deepEqual(await findFiles(fsys, '/w/s', ['**/*.txt'], [], skipped), ['/w/s/a.txt']);
    assert.deepEqual(skipped.map((w) => w.path), ['/w/s/docs']);
  });

  it('a changed source that became a folder makes the folders be walked again: the files in it are found', async () => {
    const DIR = '/w/sources';
    const settings: IndexSettings = { sets: [folderSet(DIR)], exclude: [], maxSourceSizeKB: 1024 };
    const fsys = new InMemoryFileSystem({ [`${DIR}/a.txt`]: 'A\n\nAcme sold 350 units.\n', [`${DIR}/b.txt`]: 'B\n\nBeta hired 20 people.\n' });
    const index = new SourceIndex(fsys, settings);
    await index.update();
    fsys.delete(`${DIR}/b.txt`);
    fsys.write(`${DIR}/b.txt/c.txt`, 'C\n\nGamma built 4 ships.\n');
    await index.update({ changed: new Set([`${DIR}/b.txt`]), watched: true });
    assert.deepEqual(index.corpus.sources.map((s) => s.path), [`${DIR}/a.txt`, `${DIR}/b.txt/c.txt`]);
  });

  it('reading a folder as a file is an EISDIR error that says so', async () => {
    const fsys = new InMemoryFileSystem({ '/w/s/a.txt': 'A' });
    await assert.rejects(fsys.readFile('/w/s'), (e: Error & { code?: string }) => e.code === 'EISDIR' && /^EISDIR: illegal operation on a directory/.test(e.message));
  });
});
