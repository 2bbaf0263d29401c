// Source formats other than text, at the boundaries a reader of the extracted text relies on
// (engine/formats): where a PDF's runs make a word, a line and a paragraph; which lines are page
// furniture; how a hyphen at a line's end is repaired; where each page starts; which file is read
// as what; and an extraction cache that never hands back something that is not an extraction.
// Written against surviving mutants (README "Tests"); every sentence here is made up.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cacheKey, decodeSourceFile, DEFAULT_EXTRACT_LIMITS, DiskExtractCache, extractSource, sourceFormat, type ExtractCache, type ExtractedText } from '../../server/src/engine/formats';
import { isExtractedText } from '../../server/src/engine/formats/cache';
import { FURNITURE_MAX_CHARS, FURNITURE_MIN_PAGES, PARAGRAPH_GAP_SHARE, WORD_GAP_SHARE } from '../../server/src/engine/formats/policy';
import { parseHTML } from 'linkedom';
import { domParagraphs } from '../../server/src/engine/formats/domText';
import { assemblePages, dropFurniture, hyphenatedWords, joinLines, linesToParagraphs, runsToLines, type PdfLine, type TextRun } from '../../server/src/engine/formats/pdfText';

const run = (str: string, x: number, width: number, o: Partial<TextRun> = {}): TextRun => ({ str, x, y: 100, width, size: 10, ...o });
const line = (text: string, y: number, size = 10): PdfLine => ({ text, y, size });
const texts = (lines: readonly { text: string }[]) => lines.map((l) => l.text);

describe('formats: a PDF text layer read as lines and words (pdfText.ts runsToLines)', () => {
  // "Sales" ends at x = 25; the next run starts `gap` further on, in a 10-point font
  const cases: [string, TextRun[], string[]][] = [
    ['runs touching: one word', [run('Sa', 0, 10), run('les', 10, 15)], ['Sales']],
    ['a kerning gap under the word gap: one word', [run('Sa', 0, 10), run('les', 10 + (WORD_GAP_SHARE * 10 - 0.1), 15)], ['Sales']],
    ['a gap over the word gap: two words', [run('Sales', 0, 25), run('rose', 25 + (WORD_GAP_SHARE * 10 + 0.1), 20)], ['Sales rose']],
    ['a wide gap: two words', [run('Sales', 0, 25), run('rose', 60, 20)], ['Sales rose']],
    ['the gap measured from the end of the run before, not its start', [run('Sa', 100, 10), run('les', 111, 15)], ['Sales']],
    ['the gap in a larger font: wider before it is a space', [run('Sa', 0, 20, { size: 20 }), run('les', 23, 30, { size: 20 })], ['Sales']],
    ['a negative font size is its size', [run('Sa', 0, 20, { size: -20 }), run('les', 23, 30, { size: -20 })], ['Sales']],
    ['a run that starts with a space: no second space', [run('Sales', 0, 25), run(' rose', 40, 20)], ['Sales rose']],
    ['a run that ends with a space: no second space', [run('Sales ', 0, 25), run('rose', 40, 20)], ['Sales rose']],
    ['a run that ends with a no-break space: no second space', [run('Sales\u00a0', 0, 25), run('rose', 40, 20)], ['Sales rose']],
    ['a run that ends with a tab: no second space', [run('Sales\t', 0, 25), run('rose', 40, 20)], ['Sales rose']],
    ['spaces inside a line are one', [run('Sales   rose\t by', 0, 25), run('  4%  ', 40, 20)], ['Sales rose by 4%']],
    ['half a line lower: the same line', [run('Sales', 0, 25), run('rose', 40, 20, { y: 95 })], ['Sales rose']],
    ['more than half a line lower: the next line', [run('Sales', 0, 25), run('rose', 40, 20, { y: 94.9 })], ['Sales', 'rose']],
    ['more than half a line higher: the next line', [run('Sales', 0, 25), run('rose', 40, 20, { y: 105.1 })], ['Sales', 'rose']],
    ['half of the larger font decides', [run('Sales', 0, 25, { size: 20 }), run('rose', 40, 20, { y: 92, size: 8 })], ['Sales rose']],
    ['a run that ends a line: the next one starts another, even at the same height', [run('Sales', 0, 25, { eol: true }), run('rose', 40, 20)], ['Sales', 'rose']],
    ['an empty run that ends a line: the next one starts another', [run('Sales', 0, 25), run('', 25, 0, { eol: true }), run('rose', 40, 20)], ['Sales', 'rose']],
    ['an empty run: nothing', [run('Sales', 0, 25), run('', 25, 0), run('rose', 25, 20)], ['Salesrose']],
    ['a line of spaces: no line', [run('   ', 0, 25), run('Sales', 0, 25, { y: 50 })], ['Sales']],
    ['no runs: no lines', [], []],
  ];
  for (const [what, runs, expected] of cases) it(what, () => assert.deepEqual(texts(runsToLines(runs)), expected));

  it('a line keeps the height of its first run and the largest font on it', () => {
    assert.deepEqual(runsToLines([run('Sales', 0, 25, { size: 8 }), run('rose', 40, 20, { y: 98, size: 12 }), run('by 4%', 0, 25, { y: 50 })]), [
      { text: 'Sales rose', y: 100, size: 12 },
      { text: 'by 4%', y: 50, size: 10 },
    ]);
    assert.equal(runsToLines([run('Sales', 0, 25, { size: 0 })])[0].size, 1, 'a font of size 0 is taken as 1');
  });
});

describe('formats: page furniture (pdfText.ts dropFurniture)', () => {
  // body lines differ in words, not only in digits (furniture is recognised digits aside)
  const BODY = ['Demand rose by 11% in 2024', 'Data centres used most of it', 'Households used less', 'Wind farms produced 2.4 TWh', 'Imports supplied the rest', 'The links ran hot in winter', 'A third link is proposed', 'It will not come before 2031'];
  const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel'];
  /** `n` pages of eight body lines each, with `top` and `bottom` lines per page (page number as the argument). */
  const pages = (n: number, top?: (p: number) => string, bottom?: (p: number) => string) =>
    Array.from({ length: n }, (_, p) => [
      ...(top ? [line(top(p), 800)] : []),
      ...Array.from({ length: 8 }, (_, i) => line(`${BODY[(p * 8 + i) % BODY.length]} (${WORDS[p % WORDS.length]} ${WORDS[i]}).`, 700 - 12 * i)),
      ...(bottom ? [line(bottom(p), 40)] : []),
    ]);
  const dropped = (ps: PdfLine[][]) => ps.map((p, i) => p.filter((l) => !dropFurniture(ps)[i].some((k) => k.text === l.text)).map((l) => l.text));

  const cases: [string, PdfLine[][], string[][]][] = [
    ['a title on every page', pages(4, () => 'Calder Review'), [['Calder Review'], ['Calder Review'], ['Calder Review'], ['Calder Review']]],
    ['a title with the page number, digits aside', pages(3, (p) => `Calder Review ${p + 1}`), [['Calder Review 1'], ['Calder Review 2'], ['Calder Review 3']]],
    ['a title on two pages of two: fewer than FURNITURE_MIN_PAGES, kept', pages(2, () => 'Calder Review'), [[], []]],
    ['a title on 3 pages of 6: half of them, dropped', [...pages(3, () => 'Calder Review'), ...pages(3)], [['Calder Review'], ['Calder Review'], ['Calder Review'], [], [], []]],
    ['a title on 3 pages of 7: under half, kept', [...pages(3, () => 'Calder Review'), ...pages(4)], [[], [], [], [], [], [], []]],
    ['a title spaced differently on one page: the same title', pages(3, (p) => (p ? 'Calder Review' : 'Calder  Review')), [['Calder  Review'], ['Calder Review'], ['Calder Review']]],
    ['a footer on every page', pages(3, undefined, () => 'Figures are rounded.'), [['Figures are rounded.'], ['Figures are rounded.'], ['Figures are rounded.']]],
    ['a bare page number at the foot of one page', [...pages(1, undefined, () => '7'), ...pages(2)], [['7'], [], []]],
    ['page numbers written every way', pages(6, undefined, (p) => ['Page 3', '3 / 7', '- 3 -', 'iv', 'page 2 of 9', '— 12 —'][p]), [['Page 3'], ['3 / 7'], ['- 3 -'], ['iv'], ['page 2 of 9'], ['— 12 —']]],
  ];
  for (const [what, ps, expected] of cases) it(what, () => assert.deepEqual(dropped(ps), expected));

  it('a recurring line longer than FURNITURE_MAX_CHARS is body text; one of that length is furniture', () => {
    const long = 'x'.repeat(FURNITURE_MAX_CHARS + 1);
    const edge = 'y'.repeat(FURNITURE_MAX_CHARS);
    assert.deepEqual(dropped(pages(FURNITURE_MIN_PAGES, () => long)), [[], [], []]);
    assert.deepEqual(dropped(pages(FURNITURE_MIN_PAGES, () => edge)), [[edge], [edge], [edge]]);
  });

  it('only lines within three of a page edge are furniture; a page number or a recurring line in the middle stays', () => {
    // nine lines a page: lines 0-2 and 6-8 are at an edge, 3-5 in the middle
    const page = (p: number, at: Record<number, string>) => Array.from({ length: 9 }, (_, i) => line(at[i] ?? `${BODY[i % BODY.length]} (${WORDS[p]} ${WORDS[i % WORDS.length]})`, 700 - 12 * i));
    const middle = [0, 1, 2].map((p) => page(p, { 3: '12', 5: 'Note' }));
    assert.deepEqual(dropped(middle), [[], [], []]);
    const edges = [0, 1, 2].map((p) => page(p, { 2: 'Note', 6: 'Draft' }));
    assert.deepEqual(dropped(edges), [['Note', 'Draft'], ['Note', 'Draft'], ['Note', 'Draft']]);
  });
});

describe('formats: paragraphs, hyphens and pages (pdfText.ts)', () => {
  const step = PARAGRAPH_GAP_SHARE * 10;
  const paragraphCases: [string, PdfLine[], number[]][] = [
    ['single spacing: one paragraph', [line('a', 100), line('b', 88), line('c', 76)], [3]],
    ['a step just under the paragraph gap: one paragraph', [line('a', 100), line('b', 100 - step + 0.1)], [2]],
    ['a step just over the paragraph gap: two', [line('a', 100), line('b', 100 - step - 0.1)], [1, 1]],
    ['a step upward (a new column) just over the gap: two', [line('a', 100), line('b', 100 + step + 0.1)], [1, 1]],
    ['the larger font sets the gap', [line('a', 100, 10), line('b', 83, 11)], [2]],
    ['the gap of the smaller font alone would split', [line('a', 100, 10), line('b', 83, 10)], [1, 1]],
    ['a font 15% larger: the same paragraph', [line('a', 100, 10), line('b', 88, 11.5)], [2]],
    ['a font more than 15% larger: a heading', [line('a', 100, 10), line('b', 88, 11.6)], [1, 1]],
    ['a font more than 15% smaller: a note', [line('a', 100, 11.6), line('b', 88, 10)], [1, 1]],
    ['no lines: no paragraph', [], []],
  ];
  for (const [what, lines, sizes] of paragraphCases) it(what, () => assert.deepEqual(linesToParagraphs(lines).map((p) => p.length), sizes));

  it('words hyphenated anywhere but at a line end are the document\'s own compounds, lower-cased', () => {
    const words = hyphenatedWords([[line('A Well-Known firm, state-of-the-art; well-', 100), line('known rivals and re-', 90)], [line('a mid-year sale', 100)]]);
    assert.deepEqual([...words].sort(), ['mid-year', 'state-of-the-art', 'well-known']);
  });

  const paged = (...ls: string[]) => ls.map((text) => ({ text, page: 0 }));
  const joinCases: [string, string[], string[], string[]][] = [
    ['a word split over two lines is whole again', ['Power use rose in the electri-', 'city sector.'], [], ['Power use rose in the electricity', 'sector.']],
    ['its punctuation moves with it', ['the electri-', 'city, they said'], [], ['the electricity,', 'they said']],
    ['a compound the document hyphenates keeps its hyphen', ['a well-', 'known firm'], ['well-known'], ['a well-known', 'firm']],
    ['a soft hyphen never stays, even in a known compound', ['a well\u00ad', 'known firm'], ['well-known'], ['a wellknown', 'firm']],
    ['a next line in capitals is not the rest of a word', ['North-', 'East England'], [], ['North-', 'East England']],
    ['one letter before the hyphen is not a word split', ['plan a-', 'long road'], [], ['plan a-', 'long road']],
    ['a digit before the hyphen is not a word split', ['in 2020-', 'twenty one'], [], ['in 2020-', 'twenty one']],
    ['a next line of one word is used up: no empty line is left', ['the electri-', 'city', 'and more'], [], ['the electricity', 'and more']],
    ['a next line of one word, last: used up too', ['the electri-', 'city'], [], ['the electricity']],
    ['two splits in a row, each joined', ['the electri-', 'city gen-', 'eration grew'], [], ['the electricity', 'generation', 'grew']],
    ['the last line has no next line', ['the electri-'], [], ['the electri-']],
  ];
  for (const [what, input, compounds, expected] of joinCases) it(what, () => assert.deepEqual(texts(joinLines(paged(...input), new Set(compounds))), expected));

  it('joining lines leaves the caller\'s lines as they were', () => {
    const input = paged('the electri-', 'city sector');
    joinLines(input, new Set());
    assert.deepEqual(texts(input), ['the electri-', 'city sector']);
  });

  const assembleCases: [string, PdfLine[][], string, number[]][] = [
    ['a sentence cut by a page break is one paragraph', [[line('Sales rose by', 700)], [line('four per cent.', 700)]], 'Sales rose by four per cent.\n', [0, 14]],
    ['a page that opens in capitals starts a paragraph', [[line('Sales rose by', 700)], [line('Four per cent.', 700)]], 'Sales rose by\n\nFour per cent.\n', [0, 15]],
    ['a page after a full stop starts a paragraph', [[line('Sales rose.', 700)], [line('then fell.', 700)]], 'Sales rose.\n\nthen fell.\n', [0, 13]],
    ['after a colon too', [[line('Sales rose:', 700)], [line('then fell.', 700)]], 'Sales rose:\n\nthen fell.\n', [0, 13]],
    ['after a closing quote too', [[line('“Sales rose”', 700)], [line('then fell.', 700)]], '“Sales rose”\n\nthen fell.\n', [0, 14]],
    ['only the first paragraph of a page continues the page before', [[line('Sales rose by', 700)], [line('Costs fell.', 700), line('and then', 600)]], 'Sales rose by\n\nCosts fell.\n\nand then\n', [0, 15]],
    ['a word hyphenated over a page break is whole again', [[line('the electri-', 700)], [line('city sector.', 700)]], 'the electricity sector.\n', [0, 16]],
    ['an empty page starts where the next text does', [[line('Sales rose.', 700)], [], [line('Costs fell.', 700)]], 'Sales rose.\n\nCosts fell.\n', [0, 13, 13]],
    ['empty pages at the end start at the end', [[line('Sales rose.', 700)], [], []], 'Sales rose.\n', [0, 11, 11]],
    ['no pages', [], '\n', []],
  ];
  for (const [what, pages, text, starts] of assembleCases) {
    it(what, () => {
      const r = assemblePages(pages);
      assert.equal(r.text, text);
      assert.deepEqual(r.pages, starts);
    });
  }
});

describe('formats: which file is read how, and the extraction cache (index.ts, cache.ts)', () => {
  const formatCases: [string, string][] = [
    ['/w/a.html', 'html'], ['/w/a.HTM', 'html'], ['/w/a.xhtml', 'html'], ['/w/a.pdf', 'pdf'], ['/w/a.Docx', 'docx'],
    ['/w/a.txt', 'text'], ['/w/a.md', 'text'], ['/w/pdf', 'text'], ['/w/a.pdf.txt', 'text'], ['/w/a.doc', 'text'], ['/w/a.', 'text'], ['/w/a.p2f', 'text'],
  ];
  for (const [file, format] of formatCases) it(`${file} is read as ${format}`, () => assert.equal(sourceFormat(file), format));

  const good: ExtractedText = { format: 'pdf', text: 'Sales rose 4%.\n', meta: { title: 'Report' }, pages: [0, 6, 15] };
  const shapeCases: [string, unknown, boolean][] = [
    ['an extraction', good, true],
    ['one without pages or metadata fields', { format: 'html', text: '', meta: {} }, true],
    ['one with a problem', { ...good, problem: 'page 3 could not be read' }, true],
    ['null', null, false],
    ['a string', 'pdf', false],
    ['another format', { ...good, format: 'text' }, false],
    ['no text', { ...good, text: undefined }, false],
    ['no metadata', { ...good, meta: undefined }, false],
    ['metadata that is a string', { ...good, meta: 'Report' }, false],
    ['a title that is a number', { ...good, meta: { title: 3 } }, false],
    ['an author that is a list', { ...good, meta: { author: ['A'] } }, false],
    ['a date that is a number', { ...good, meta: { date: 2024 } }, false],
    ['a URL that is null', { ...good, meta: { url: null } }, false],
    ['a problem that is not a string', { ...good, problem: true }, false],
    ['pages that are not a list', { ...good, pages: '0' }, false],
    ['a page that is not a number', { ...good, pages: [0, '6'] }, false],
    ['a page that is fractional', { ...good, pages: [0, 6.5] }, false],
    ['pages out of order', { ...good, pages: [0, 6, 5] }, false],
    ['a page starting before the text', { ...good, pages: [-1, 6] }, false],
    ['a page starting past the text', { ...good, pages: [0, 16] }, false],
    ['a page starting at the text\'s end', { ...good, pages: [0, 15, 15] }, true],
  ];
  for (const [what, v, ok] of shapeCases) it(`${what}: ${ok ? 'an' : 'not an'} extraction`, () => assert.equal(isExtractedText(v), ok));

  it('a cache key names the format, the extractor, the page limit and the bytes', () => {
    const bytes = new TextEncoder().encode('%PDF-1.4 …');
    const key = cacheKey('pdf', bytes, DEFAULT_EXTRACT_LIMITS);
    assert.match(key, /^pdf-v\d+-p2000-[0-9a-f]{64}$/);
    assert.notEqual(cacheKey('docx', bytes, DEFAULT_EXTRACT_LIMITS), key);
    assert.notEqual(cacheKey('pdf', bytes, { ...DEFAULT_EXTRACT_LIMITS, maxPages: 10 }), key);
    assert.notEqual(cacheKey('pdf', new TextEncoder().encode('%PDF-1.4 …!'), DEFAULT_EXTRACT_LIMITS), key);
    assert.equal(cacheKey('pdf', Uint8Array.from(bytes), { ...DEFAULT_EXTRACT_LIMITS, timeoutMs: 1 }), key, 'the time limit is not part of it');
  });

  it('a cache folder keeps extractions; a file that is not one is discarded; one that cannot be written is no cache', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-extract-cache-'));
    try {
      const cache = new DiskExtractCache(path.join(dir, 'sub'));
      assert.equal(await cache.get('k'), undefined, 'nothing yet');
      await cache.put('k', good);
      assert.deepEqual(await cache.get('k'), good);
      assert.deepEqual(fs.readdirSync(path.join(dir, 'sub')), ['k.json'], 'no temporary file left');
      for (const [name, content] of [['bad-json', '{"format": "pdf", "te'], ['bad-shape', '{"format": "pdf"}']]) {
        fs.writeFileSync(path.join(dir, 'sub', `${name}.json`), content);
        assert.equal(await cache.get(name), undefined, name);
        assert.equal(fs.existsSync(path.join(dir, 'sub', `${name}.json`)), false, `${name} is deleted`);
      }
      fs.writeFileSync(path.join(dir, 'file'), 'a file where the folder should be');
      const blocked = new DiskExtractCache(path.join(dir, 'file'));
      await blocked.put('k', good); // does not throw
      assert.equal(await blocked.get('k'), undefined);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  /** A cache in memory that counts its reads and writes. */
  function memoryCache(entries: Record<string, ExtractedText> = {}) {
    const calls = { get: 0, put: [] as string[] };
    const cache: ExtractCache = {
      get: async (k) => (calls.get++, entries[k]),
      put: async (k, v) => void (calls.put.push(k), (entries[k] = v)),
    };
    return { cache, calls, entries };
  }

  const html = new TextEncoder().encode('<html><head><title>Port report</title></head><body><article><h1>Port report</h1><p>The port of Kellmouth handled 1,200 containers in 2021, up 4% on the year before, the harbour board said in its annual review of trade.</p><p>Revenue reached £3.5m, a record for the port.</p></article></body></html>');

  it('a text file is decoded and never cached; an extraction is cached under its key and read from it next time', async () => {
    const m = memoryCache();
    const bytes = new TextEncoder().encode('Sales rose 4%.');
    const t = await decodeSourceFile('/w/a.txt', bytes, { cache: m.cache });
    assert.deepEqual(t, { text: 'Sales rose 4%.', utf8: bytes });
    assert.deepEqual(m.calls, { get: 0, put: [] });
    const first = await decodeSourceFile('/w/a.html', html, { cache: m.cache });
    assert.ok(!('skip' in first) && first.extracted?.format === 'html');
    assert.match(first.text, /1,200 containers/);
    assert.deepEqual(m.calls.put, [cacheKey('html', html, DEFAULT_EXTRACT_LIMITS)]);
    m.entries[m.calls.put[0]] = { ...first.extracted!, text: 'From the cache.' };
    const second = await decodeSourceFile('/w/b.htm', html, { cache: m.cache });
    assert.deepEqual(second, { text: 'From the cache.', extracted: m.entries[m.calls.put[0]] });
    assert.equal(m.calls.put.length, 1, 'a hit is not written again');
  });

  it('a cached extraction of another format is not used; a file skipped is not cached; no cache, no key', async () => {
    const key = cacheKey('html', html, DEFAULT_EXTRACT_LIMITS);
    const m = memoryCache({ [key]: { format: 'pdf', text: 'Wrong.', meta: {} } });
    const r = await decodeSourceFile('/w/a.html', html, { cache: m.cache });
    assert.ok(!('skip' in r));
    assert.match(r.text, /1,200 containers/);
    const broken = await decodeSourceFile('/w/a.pdf', new TextEncoder().encode('not a pdf'), { cache: m.cache });
    assert.ok('skip' in broken && /PDF/.test(broken.skip), JSON.stringify(broken));
    assert.deepEqual(m.calls.put, [key], 'only the page read is written');
    const plain = await decodeSourceFile('/w/a.html', html);
    assert.ok(!('skip' in plain) && plain.extracted?.format === 'html');
  });

  it('a page saved in a legacy encoding is read as Windows-1252', async () => {
    const latin = Uint8Array.from(Buffer.concat([Buffer.from('<html><body><article><p>The caf'), Buffer.from([0xe9]), Buffer.from(' sold 1,200 cups in 2021, up 4% on the year before, its owner said in a long interview with the local paper.</p></article></body></html>')]));
    const r = await extractSource('html', latin);
    assert.ok(!('skip' in r), JSON.stringify(r));
    assert.match(r.text, /café sold 1,200 cups/);
  });
});

describe('formats: tables as paragraphs (domText.ts)', () => {
  const paragraphs = (html: string) => domParagraphs((parseHTML(`<html><body>${html}</body></html>`) as unknown as { document: { body: unknown } }).document.body as never);
  it('an empty corner cell leaves no empty name in the header line; each value is named by its column', () => {
    assert.deepEqual(paragraphs('<table><tr><th></th><th>2023</th><th>2024</th></tr><tr><td>Sales</td><td>5</td><td>7</td></tr></table><p>After.</p>'), ['2023; 2024', 'Sales; 2023: 5; 2024: 7', 'After.']);
  });
  it('a table inside a cell is read as that cell\'s text, not as rows of the outer table', () => {
    assert.deepEqual(paragraphs('<table><tr><th>Item</th><th>Cost</th></tr><tr><td>Tea<table><tr><td>inner 4</td></tr></table></td><td>£3</td></tr></table>'), ['Item; Cost', 'Tea inner 4; cost: £3']);
  });
});
