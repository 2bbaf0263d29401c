// Sources as people keep them: a saved web page with its furniture, a browser-printed PDF of
// several pages, a Word file with a table — their text extracted, their figures checked like a
// text source's, and every broken file skipped with one warning that says why.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkNote } from '../../server/src/engine/check';
import { decodeSourceFile, DEFAULT_EXTRACT_LIMITS, extractSource, sourceFormat } from '../../server/src/engine/formats';
import { assemblePages, dropFurniture, joinLines, type PdfLine, runsToLines } from '../../server/src/engine/formats/pdfText';
import { withDeadline } from '../../server/src/engine/formats/pdf';
import { InMemoryFileSystem, loadWorkspace } from '../../server/src/engine/workspace';
import { minimalPdf } from './pdf-fixtures';

const ROOT = path.resolve(__dirname, '../..');
const EXAMPLE_HTML = path.join(ROOT, 'examples/sources/004-marrow-point-power.html');
const EXAMPLE_PDF = path.join(ROOT, 'examples/sources/005-calder-grid-review.pdf');
const DOCX = path.join(ROOT, 'test/fixtures/formats/halloway-moor.docx');
const bytes = (p: string) => new Uint8Array(fs.readFileSync(p));

async function extracted(format: 'html' | 'pdf' | 'docx', data: Uint8Array) {
  const r = await extractSource(format, data);
  if ('skip' in r) assert.fail(`skipped: ${r.skip}`);
  return r;
}

/** A workspace of these source files and one note; the note's report. */
async function check(sources: Record<string, Uint8Array | string>, note: string) {
  const files: Record<string, Uint8Array | string> = {};
  for (const [name, data] of Object.entries(sources)) files[`/ws/sources/${name}`] = data;
  const mem = new InMemoryFileSystem(files);
  const { corpus, warnings } = await loadWorkspace(mem, [{ root: '/ws', globs: ['sources/**/*'] }], { exclude: [], maxSourceSizeKB: 10240 });
  return { corpus, warnings, report: checkNote(note, corpus) };
}

const verdictOf = (report: ReturnType<typeof checkNote>, text: string) => report.figures.find((f) => f.figure.text === text)?.verdict;

describe('source formats', function () {
  // PDF.js, Readability and mammoth read real files here: seconds of CPU on a busy machine
  this.timeout(60000);

  it('picks the format by extension', () => {
    assert.equal(sourceFormat('a/b/page.HTML'), 'html');
    assert.equal(sourceFormat('x.htm'), 'html');
    assert.equal(sourceFormat('report.pdf'), 'pdf');
    assert.equal(sourceFormat('memo.docx'), 'docx');
    assert.equal(sourceFormat('notes.md'), 'text');
    assert.equal(sourceFormat('data.txt'), 'text');
  });

  describe('HTML (a saved news page with its furniture)', () => {
    it('keeps the article and drops navigation, cookie banner, most-read box, scripts and footer', async () => {
      const r = await extracted('html', bytes(EXAMPLE_HTML));
      assert.match(r.text, /agreed to buy 620 megawatts of electricity/);
      assert.match(r.text, /£85 million towards the new Calder substation/);
      for (const furniture of ['cookies', 'Accept all', 'Most read', 'Council tax', 'Subscribe', 'dataLayer', 'All rights reserved', 'Advertisement']) {
        assert.ok(!r.text.includes(furniture), `furniture left in the text: ${furniture}`);
      }
      assert.match(r.text.split('\n')[0], /^Marrow Point data centre signs record power deal$/);
    });

    it('reads title, author, date and URL from the page metadata', async () => {
      const r = await extracted('html', bytes(EXAMPLE_HTML));
      assert.equal(r.meta.title, 'Marrow Point data centre signs record power deal');
      assert.equal(r.meta.author, 'Tomasz Adeyemi');
      assert.equal(r.meta.date, '2025-03-14');
      assert.equal(r.meta.url, 'https://northern-ledger.example/tech/2025/03/marrow-point-power-deal');
    });

    it('takes the URL from the "saved from" comment when the page has no canonical link', async () => {
      const html = '<!-- saved from url=(0030)https://example.org/a/b.html -->\n<html><head><title>T</title></head><body><p>Only 12 words here.</p></body></html>';
      const r = await extracted('html', new TextEncoder().encode(html));
      assert.equal(r.meta.url, 'https://example.org/a/b.html');
      assert.match(r.text, /Only 12 words here\./);
    });

    it('checks figures in the page like a text source: supported and contradicted', async () => {
      const { report } = await check(
        { 'marrow.html': bytes(EXAMPLE_HTML) },
        'Orrin Compute agreed to buy 620 megawatts from Dunmore Bank [@marrow].\n\nThe Marrow Point campus employs 1,500 people [@marrow].\n',
      );
      assert.equal(verdictOf(report, '620 megawatts'), 'supported');
      assert.equal(verdictOf(report, '1,500'), 'contradicted');
    });

    it('skips a page with more elements than the limit, with the reason', async () => {
      const big = `<html><body><article>${'<p>Row <b>12</b> of the table.</p>'.repeat(60)}</article></body></html>`;
      const r = await extractSource('html', new TextEncoder().encode(big), { maxPages: 10, timeoutMs: 1000, maxHtmlElements: 50 });
      assert.ok('skip' in r && /more than 50 elements/.test(r.skip), JSON.stringify(r).slice(0, 200));
      const fine = await extractSource('html', new TextEncoder().encode(big));
      assert.ok(!('skip' in fine));
    });

    it('skips a page with no text, and survives broken markup', async () => {
      const empty = await extractSource('html', new TextEncoder().encode('<html><head><script>var a = 1;</script></head><body><nav></nav></body></html>'));
      assert.ok('skip' in empty && /no text/.test(empty.skip));
      const broken = await extractSource('html', new TextEncoder().encode('<html><body><p>Revenue rose 12% <b><i>to <table><tr><td>$4.5bn</p></div></body'));
      assert.ok(!('skip' in broken) && /12%/.test(broken.text) && /\$4\.5bn/.test(broken.text));
    });
  });

  describe('PDF (printed by headless Chromium, three pages)', () => {
    it('gives each page its offset, and drops the browser header and footer repeated on every page', async () => {
      const r = await extracted('pdf', bytes(EXAMPLE_PDF));
      assert.equal(r.pages?.length, 3);
      assert.equal(r.meta.title, 'Calder Grid Review 2024');
      // Chromium prints the date and title at the top and the file URL and "n/3" at the bottom of every page
      assert.ok(!/file:\/\//.test(r.text), 'footer URL left in the text');
      assert.ok(!/^\s*\d\/3\s*$/m.test(r.text), 'page number left in the text');
      assert.equal(r.text.split('Calder Grid Review 2024').length - 1, 1, 'running title repeated');
      // page 2 starts inside the demand section, page 3 in the supply section
      const page = (needle: string) => {
        const at = r.text.indexOf(needle);
        assert.ok(at >= 0, needle);
        return r.pages!.filter((s) => s <= at).length;
      };
      assert.equal(page('grew by 11% in'), 1);
      assert.equal(page('Data centres 1,640 2,130'), 2);
      assert.equal(page('up to 150 megawatts'), 3);
    });

    it('checks figures in the PDF with their pages', async () => {
      const { report, corpus } = await check(
        { 'calder.pdf': bytes(EXAMPLE_PDF) },
        'Peak demand on the Calder estuary reached 1,240 megawatts in December 2024 [@calder].\n\nThe gas-fired plant at Tollan Point ran for only 520 hours in 2024 [@calder].\n',
      );
      const peak = report.figures.find((f) => f.figure.text === '1,240 megawatts');
      assert.equal(peak?.verdict, 'supported');
      assert.equal(peak?.evidence[0].passage.page, 1);
      const gas = report.figures.find((f) => f.figure.text === '520 hours');
      assert.equal(gas?.verdict, 'contradicted');
      assert.equal(gas?.evidence[0].passage.page, 2);
      const src = corpus.sources[0];
      assert.equal(src.format, 'pdf');
      assert.ok(src.passages.every((p) => p.page! >= 1 && p.page! <= 3));
    });

    it('skips a file that is not a PDF, an encrypted PDF and a PDF without a text layer, each with the reason', async () => {
      const garbage = await extractSource('pdf', new TextEncoder().encode('this is not a pdf at all'));
      assert.ok('skip' in garbage && /not a valid PDF|could not be read/.test(garbage.skip), JSON.stringify(garbage));
      const truncated = await extractSource('pdf', bytes(EXAMPLE_PDF).slice(0, 900));
      assert.ok('skip' in truncated, JSON.stringify(truncated).slice(0, 200));
      const encrypted = await extractSource('pdf', minimalPdf({ encrypted: true }));
      assert.ok('skip' in encrypted && /encrypted/.test(encrypted.skip), JSON.stringify(encrypted).slice(0, 200));
      const scan = await extractSource('pdf', minimalPdf({ text: false }));
      assert.ok('skip' in scan && /no text layer; OCR is not supported|OCR is not supported/.test(scan.skip), JSON.stringify(scan).slice(0, 200));
      const fine = await extractSource('pdf', minimalPdf({ text: true }));
      assert.ok(!('skip' in fine) && /Turbines 42/.test(fine.text), JSON.stringify(fine).slice(0, 200));
    });

    it('reads at most the page limit, and gives up past the time limit', async () => {
      const first = await extractSource('pdf', bytes(EXAMPLE_PDF), { ...DEFAULT_EXTRACT_LIMITS, maxPages: 1 });
      assert.ok(!('skip' in first), JSON.stringify(first));
      assert.equal(first.pages?.length, 1);
      assert.match(first.problem ?? '', /only the first 1 of its 3 pages/);
      // a reading that never ends is given up at the deadline, with the reason
      const never = await withDeadline(new Promise<string>(() => undefined), 5, () => 'gave up');
      assert.equal(never, 'gave up');
      assert.equal(await withDeadline(Promise.resolve('read'), 10_000, () => 'gave up'), 'read');
    });
  });

  describe('PDF text repair', () => {
    const line = (text: string, y: number, size = 10): PdfLine => ({ text, y, size });

    it('joins runs with a space only where there is a gap', () => {
      const lines = runsToLines([
        { str: 'Reve', x: 0, y: 100, width: 20, size: 10 },
        { str: 'nue', x: 20.5, y: 100, width: 15, size: 10 },
        { str: 'rose', x: 40, y: 100, width: 20, size: 10, eol: true },
        { str: 'by 4%', x: 0, y: 88, width: 25, size: 10 },
      ]);
      assert.deepEqual(
        lines.map((l) => l.text),
        ['Revenue rose', 'by 4%'],
      );
    });

    it('repairs words hyphenated at a line end, keeping compounds the document hyphenates elsewhere', () => {
      const lines = ['The plant’s electri-', 'city use rose; its well-', 'known rival', 'also grew. A well-known fact.'].map((text) => ({ text, page: 0 }));
      const out = joinLines(lines, new Set(['well-known']));
      assert.deepEqual(
        out.map((l) => l.text),
        ['The plant’s electricity', 'use rose; its well-known', 'rival', 'also grew. A well-known fact.'],
      );
      // a capitalised next line is a new item, not the rest of a word
      assert.deepEqual(
        joinLines([{ text: 'North-', page: 0 }, { text: 'East', page: 0 }], new Set()).map((l) => l.text),
        ['North-', 'East'],
      );
    });

    it('drops a running header and footer and bare page numbers, keeps body lines', () => {
      const body = ['Demand rose by 11% in 2024.', 'Data centres used most of it.', 'Households used less.', 'Wind farms produced 2.4 TWh.', 'Imports supplied the rest.', 'The links ran hot in winter.', 'A third link is proposed.', 'It will not come before 2031.'];
      const pages = [0, 1, 2, 3].map((n) => [line('Calder Grid Review · March 2025', 800), ...body.slice(2 * n, 2 * n + 2).map((t, i) => line(t, 700 - 20 * i)), line('Figures are rounded.', 100), line(`Page ${n + 1} of 4`, 40)]);
      const kept = dropFurniture(pages).map((p) => p.map((l) => l.text));
      // "Figures are rounded." recurs at the foot of every page: a footer too
      assert.deepEqual(kept, [0, 1, 2, 3].map((n) => body.slice(2 * n, 2 * n + 2)));
    });

    it('keeps a paragraph that runs over a page break in one piece, and knows where each page starts', () => {
      const { text, pages } = assemblePages([
        [line('First page opens here.', 700), line('A paragraph that runs', 600), line('on and on until the', 588)],
        [line('next page, where it ends.', 700), line('Another paragraph.', 600)],
      ]);
      assert.equal(text, 'First page opens here.\n\nA paragraph that runs on and on until the next page, where it ends.\n\nAnother paragraph.\n');
      assert.deepEqual(pages, [0, text.indexOf('next page')]);
    });
  });

  describe('DOCX (made by pandoc, with a table)', () => {
    it('keeps the table cells, named by their column headers', async () => {
      const r = await extracted('docx', bytes(DOCX));
      assert.match(r.text, /^January; output: 21\.6 GWh; availability: 97\.8%$/m);
      assert.equal(r.meta.title, 'Halloway Moor wind farm: operations note, winter 2024/25');
    });

    it('checks figures in the Word file, table cells included', async () => {
      const { report } = await check(
        { 'halloway.docx': bytes(DOCX) },
        'Halloway Moor generated 96 gigawatt-hours over the winter [@halloway].\n\nIn January the output of Halloway Moor was 21.6 GWh [@halloway].\n\nThe cooperative has 2,640 members [@halloway].\n',
      );
      assert.equal(verdictOf(report, '96 gigawatt-hours'), 'supported');
      assert.equal(verdictOf(report, '21.6 GWh'), 'supported'); // a table cell, its unit from the column header
      assert.equal(verdictOf(report, '2,640'), 'contradicted');
    });

    it('skips a corrupt Word file with the reason', async () => {
      const r = await extractSource('docx', bytes(DOCX).slice(0, 2000));
      assert.ok('skip' in r && /Word/.test(r.skip), JSON.stringify(r).slice(0, 200));
    });
  });

  it('a broken file is one warning in the index, and the other sources are indexed', async () => {
    const { corpus, warnings } = await check(
      { 'good.txt': 'The farm has 12 turbines.\n', 'bad.pdf': 'not a pdf', 'bad.docx': 'PK not a zip', 'page.html': bytes(EXAMPLE_HTML) },
      'x',
    );
    assert.deepEqual(corpus.sources.map((s) => s.key).sort(), ['good', 'page']);
    assert.equal(warnings.length, 2);
    assert.ok(warnings.every((w) => /^skipped: /.test(w.message)));
  });

  it('decodes text formats as before', async () => {
    const bytes = new TextEncoder().encode('# Title\n\nText.');
    const r = await decodeSourceFile('/x/a.md', bytes);
    // (with the bytes its text is exactly the UTF-8 of: what its content key hashes)
    assert.deepEqual(r, { text: '# Title\n\nText.', utf8: bytes });
  });
});
