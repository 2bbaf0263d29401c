// Extracted text is kept by content between runs: a second index of the same PDF reads the cache,
// a changed file is extracted again, a corrupt cache entry is discarded, and the CLI's --cache DIR
// fills a folder that the next run uses.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cacheKey, decodeSourceFile, DEFAULT_EXTRACT_LIMITS, DiskExtractCache, type ExtractCache, type ExtractedText } from '../../server/src/engine/formats';
import { isExtractedText } from '../../server/src/engine/formats/cache';
import { grounded } from '../acceptance/cli-helpers';

const ROOT = path.resolve(__dirname, '../..');
const PDF = new Uint8Array(fs.readFileSync(path.join(ROOT, 'examples/sources/005-calder-grid-review.pdf')));
const HTML = fs.readFileSync(path.join(ROOT, 'examples/sources/004-marrow-point-power.html'));

/** A cache that counts what is asked of it. */
class CountingCache implements ExtractCache {
  readonly inner: DiskExtractCache;
  gets = 0;
  hits = 0;
  puts = 0;
  constructor(dir: string) {
    this.inner = new DiskExtractCache(dir);
  }
  async get(key: string) {
    this.gets++;
    const v = await this.inner.get(key);
    if (v) this.hits++;
    return v;
  }
  async put(key: string, v: ExtractedText) {
    this.puts++;
    await this.inner.put(key, v);
  }
}

describe('extracted text cache', function () {
  // PDF.js, Readability and mammoth read real files here: seconds of CPU on a busy machine
  this.timeout(60000);

  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-cache-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a second read of the same bytes comes from the cache, equal to the first', async () => {
    const cache = new CountingCache(dir);
    const first = await decodeSourceFile('/a/report.pdf', PDF, { cache });
    assert.equal(cache.puts, 1);
    const second = await decodeSourceFile('/elsewhere/renamed.pdf', PDF, { cache });
    assert.equal(cache.hits, 1, 'same content, another name: a hit');
    assert.deepEqual(second, JSON.parse(JSON.stringify(first)), 'the same text, pages and metadata');
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left');
  });

  it('changed bytes, other limits or another format are other keys', () => {
    const k = cacheKey('pdf', PDF, DEFAULT_EXTRACT_LIMITS);
    const changed = PDF.slice();
    changed[changed.length - 10] ^= 1;
    assert.notEqual(cacheKey('pdf', changed, DEFAULT_EXTRACT_LIMITS), k);
    assert.notEqual(cacheKey('pdf', PDF, { ...DEFAULT_EXTRACT_LIMITS, maxPages: 1 }), k);
    assert.notEqual(cacheKey('html', PDF, DEFAULT_EXTRACT_LIMITS), k);
  });

  it('a corrupt or foreign cache entry is discarded and the file extracted again', async () => {
    const cache = new CountingCache(dir);
    const key = cacheKey('html', HTML, DEFAULT_EXTRACT_LIMITS);
    fs.writeFileSync(path.join(dir, `${key}.json`), '{"format": "html", "text": 42');
    const r = await decodeSourceFile('/a/page.html', HTML, { cache });
    assert.ok(!('skip' in r) && /620 megawatts/.test(r.text));
    assert.equal(cache.hits, 0);
    assert.equal(cache.puts, 1);
    assert.ok(isExtractedText(JSON.parse(fs.readFileSync(path.join(dir, `${key}.json`), 'utf8'))), 'rewritten whole');
    // well-formed JSON of the wrong shape: pages beyond the text
    fs.writeFileSync(path.join(dir, `${key}.json`), JSON.stringify({ format: 'html', text: 'x', meta: {}, pages: [0, 99] }));
    assert.equal(await cache.inner.get(key), undefined);
    assert.ok(!fs.existsSync(path.join(dir, `${key}.json`)), 'the bad entry is removed');
  });

  it('a skipped file is not cached', async () => {
    const cache = new CountingCache(dir);
    const r = await decodeSourceFile('/a/bad.pdf', new TextEncoder().encode('not a pdf'), { cache });
    assert.ok('skip' in r);
    assert.equal(cache.puts, 0);
  });

  it('a cache folder that cannot be written is no cache, and no error', async () => {
    const file = path.join(dir, 'a-file');
    fs.writeFileSync(file, '');
    const r = await decodeSourceFile('/a/page.html', HTML, { cache: new DiskExtractCache(path.join(file, 'sub')) });
    assert.ok(!('skip' in r));
  });

  it('grounded check --cache DIR fills the folder, and the next run reads it', async () => {
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-cache-ws-'));
    try {
      fs.mkdirSync(path.join(ws, 'sources'));
      fs.writeFileSync(path.join(ws, 'sources', 'calder.pdf'), PDF);
      fs.writeFileSync(path.join(ws, 'note.md'), 'The gas-fired plant at Tollan Point ran for only 520 hours in 2024 [@calder].\n');
      const cacheDir = path.join(ws, '.cache');
      const first = await grounded(ws, ['check', '--cache', cacheDir, '--format', 'json', 'note.md']);
      // the extracted text beside the index (index-*.gidx) and the notes' results (index-*.gres)
      const files = fs.readdirSync(cacheDir).filter((f) => !f.endsWith('.gidx') && !f.endsWith('.gres'));
      assert.equal(files.length, 1);
      assert.match(files[0], /^pdf-v\d+-p\d+-[0-9a-f]{64}\.json$/);
      // the next run reads the cache: make the cached text say something the PDF does not
      const entry = JSON.parse(fs.readFileSync(path.join(cacheDir, files[0]), 'utf8'));
      entry.text = entry.text.replace('410 hours', '520 hours');
      fs.writeFileSync(path.join(cacheDir, files[0]), JSON.stringify(entry));
      const second = await grounded(ws, ['check', '--cache', cacheDir, '--format', 'json', 'note.md']);
      const verdict = (out: string) => JSON.parse(out).notes[0].figures.find((f: { text: string }) => f.text === '520 hours').verdict;
      assert.equal(verdict(first.stdout), 'contradicted');
      assert.equal(verdict(second.stdout), 'supported');
    } finally {
      fs.rmSync(ws, { recursive: true, force: true });
    }
  });
});
