// Bibliographies at their edges, written against mutants of server/src/engine/bibliography that had
// survived the suite: duplicate and differently-cased keys, which file of an entry links it, the
// label's parts, front matter lists, the size limit, every skip reason, CSL-JSON's two shapes and
// its odd items, and Zotero file fields with spaces, drive letters and empty parts.
import * as assert from 'node:assert/strict';
import {
  Bibliography,
  BibliographySets,
  bibliographyFormat,
  entryLabel,
  fileField,
  loadBibliography,
  MAX_BIBLIOGRAPHY_KB,
  noteBibliography,
  parseBibliography,
  type BibEntry,
} from '../../server/src/engine/bibliography';
import type { Source } from '../../server/src/engine/types';
import { InMemoryFileSystem } from '../../server/src/engine/workspace';

const entry = (key: string, more: Partial<BibEntry> = {}): BibEntry => ({ key, files: [], from: '/ws/refs.bib', ...more });
/** A source as the bibliography sees it: a path. */
const source = (p: string) => ({ path: p }) as Source;

/** The entries of a CSL-JSON text, or the reason it was skipped. */
async function csl(items: unknown): Promise<{ entries: BibEntry[]; problem?: string } | { skip: string }> {
  return parseBibliography('/ws/refs.json', JSON.stringify(items));
}
async function entries(items: unknown): Promise<BibEntry[]> {
  const r = await csl(items);
  assert.ok(!('skip' in r), JSON.stringify(r));
  return r.entries;
}

describe('bibliography edges (mutants)', function () {
  // Citation.js loads on the first .bib
  this.timeout(60000);

  describe('keys', () => {
    // made in each test, not when the file loads: a mutation run activates a mutant after loading
    const smiths = () => new Bibliography([entry('Smith2020', { title: 'first' }), entry('smith2020', { title: 'second' }), entry('Smith2020', { title: 'third' })]);
    it('a key written twice keeps its first entry', () => {
      const bib = smiths();
      assert.equal(bib.size, 2);
      assert.equal(bib.entry('Smith2020')?.title, 'first');
    });
    it('the exact key before the key ignoring case; ignoring case, the first entry of that spelling', () => {
      const bib = smiths();
      assert.equal(bib.entry('smith2020')?.title, 'second');
      assert.equal(bib.entry('SMITH2020')?.title, 'first');
      assert.equal(bib.entry('jones'), undefined);
    });
  });

  describe('links to sources', () => {
    const a = source('/ws/sources/a.txt');
    const b = source('/ws/sources/b.txt');
    const sources = [a, b];
    it('the first of its files that is a source links an entry: by path before the next file by name', () => {
      const bib = new Bibliography([entry('k', { files: ['/ws/sources/a.txt', '/elsewhere/b.txt'] })]);
      assert.equal(bib.sourceOf(bib.entries[0], sources), a);
      // a file name two sources share links by path only
      const x = source('/ws/x/a.txt');
      const both = [x, source('/ws/y/a.txt'), b];
      const twin = new Bibliography([entry('t', { files: ['/ws/x/a.txt', '/elsewhere/b.txt'] })]);
      assert.equal(twin.sourceOf(twin.entries[0], both), x);
    });
    it('a Windows path in a file field links by its file name', () => {
      const bib = new Bibliography([entry('w', { files: ['C:\\Users\\ana\\Zotero\\storage\\X1\\b.txt'] })]);
      assert.equal(bib.sourceOf(bib.entries[0], sources), b);
    });
    it('entryOf gives the entry linked to that source, or none', () => {
      const bib = new Bibliography([entry('ka', { files: ['/ws/sources/a.txt'] }), entry('kb', { files: ['/ws/sources/b.txt'] }), entry('none')]);
      assert.equal(bib.entryOf(b, sources)?.key, 'kb');
      assert.equal(bib.entryOf(a, sources)?.key, 'ka');
      assert.equal(bib.entryOf(source('/ws/sources/c.txt'), [...sources, source('/ws/sources/c.txt')]), undefined);
    });
  });

  describe('labels', () => {
    it('who and when, then the title; each only when known; else the key', () => {
      assert.equal(entryLabel(entry('k', { author: 'Müller et al.', year: 2021, title: 'Power' })), 'Müller et al. 2021, Power');
      assert.equal(entryLabel(entry('k', { year: 2021, title: 'Power' })), '2021, Power');
      assert.equal(entryLabel(entry('k', { author: 'Müller' })), 'Müller');
      assert.equal(entryLabel(entry('k', { title: 'Power' })), 'Power');
      assert.equal(entryLabel(entry('k')), 'k');
    });
  });

  describe("a note's front matter", () => {
    it('keeps only the non-empty strings of a list, trimmed, relative to the note', () => {
      const text = '---\nbibliography:\n  - a.bib\n  - 5\n  - ""\n  - "   "\n  - "  b.json "\n---\nText';
      assert.deepEqual(noteBibliography('/ws/notes/n.md', text), ['/ws/notes/a.bib', '/ws/notes/b.json']);
    });
    it('an empty bibliography or front matter that is not YAML names no file', () => {
      assert.deepEqual(noteBibliography('/ws/notes/n.md', '---\nbibliography:\n---\n'), []);
      assert.deepEqual(noteBibliography('/ws/notes/n.md', '---\nbibliography: [a.bib\n---\n'), []);
    });
  });

  describe('loading', () => {
    it('a file over the size limit is skipped with a warning naming the limit; one at the limit is read', async () => {
      const limit = MAX_BIBLIOGRAPHY_KB * 1024;
      const item = '[{"id":"k"}]';
      const fs = new InMemoryFileSystem({ '/ws/at.json': item + ' '.repeat(limit - item.length), '/ws/over.json': item + ' '.repeat(limit - item.length + 1) });
      const at = await loadBibliography(fs, ['/ws/at.json']);
      assert.equal(at.bibliography.size, 1);
      assert.deepEqual(at.warnings, []);
      const over = await loadBibliography(fs, ['/ws/over.json']);
      assert.equal(over.bibliography.size, 0);
      assert.deepEqual(over.warnings, [{ path: '/ws/over.json', message: `bibliography skipped: larger than ${MAX_BIBLIOGRAPHY_KB} KB` }]);
    });
  });

  describe('sets of files', () => {
    const fs = () => new InMemoryFileSystem({ '/ws/x/y.bib': '@misc{xy, title={XY}}', '/ws/x': '', '/y.bib': '@misc{other, title={O}}' });
    it("the setting's files and a note's own are sorted, each once", () => {
      const sets = new BibliographySets(fs(), ['/ws/z.bib', '/ws/a.bib', '/ws/z.bib']);
      assert.deepEqual(sets.sharedFiles, ['/ws/a.bib', '/ws/z.bib']);
      assert.deepEqual(sets.ownFiles('/ws/n.md', '---\nbibliography: [z.bib, b.bib]\n---\n'), ['/ws/a.bib', '/ws/b.bib', '/ws/z.bib']);
      assert.equal(sets.ownFiles('/ws/n.md', 'no front matter'), undefined);
    });
    it('a set is loaded once; two sets whose paths run together are two sets', async () => {
      const sets = new BibliographySets(fs(), []);
      const first = sets.load(['/ws/x/y.bib']);
      assert.equal(sets.load(['/ws/x/y.bib']), first, 'the same load');
      assert.equal(sets.loading(['/ws/x', '/y.bib']), false);
      await first;
      assert.equal(sets.loaded(['/ws/x', '/y.bib']), undefined);
      assert.equal(sets.loaded(['/ws/x/y.bib'])?.bibliography.entry('xy')?.title, 'XY');
      const other = await sets.load(['/ws/x', '/y.bib']);
      assert.equal(other.bibliography.entry('other')?.title, 'O');
      assert.equal(sets.size, 2);
    });
  });

  describe('parsing', () => {
    it('the format by extension, in any case', () => {
      assert.equal(bibliographyFormat('/ws/a.BIB'), 'bibtex');
      assert.equal(bibliographyFormat('/ws/a.bibtex'), 'bibtex');
      assert.equal(bibliographyFormat('/ws/a.Json'), 'csl-json');
      assert.equal(bibliographyFormat('/ws/a.txt'), undefined);
    });
    it('every skip says why', async () => {
      assert.deepEqual(await parseBibliography('/ws/a.txt', '[]'), { skip: 'not a bibliography: use a .bib (BibTeX) or .json (CSL-JSON) file' });
      let message = '';
      try {
        JSON.parse('{ not json');
      } catch (e) {
        message = (e as Error).message;
      }
      assert.deepEqual(await parseBibliography('/ws/a.json', '{ not json'), { skip: `cannot be read as CSL-JSON (${message})` });
      assert.deepEqual(await parseBibliography('/ws/a.bib', '@article{broken, title = {never closed'), { skip: 'cannot be read as BibTeX (This format is not supported or recognized)' });
      for (const data of [null, 5, { foo: 1 }]) assert.deepEqual(await csl(data), { skip: 'CSL-JSON is an array of items (or an object with "items")' }, JSON.stringify(data));
      assert.deepEqual(await parseBibliography('/ws/a.bib', ''), { entries: [] });
    });
    it('CSL-JSON as an object with "items"; items that are not objects or have no id are counted', async () => {
      assert.deepEqual(await entries({ items: [{ id: 'k', title: 'T' }] }), [entry('k', { title: 'T', from: '/ws/refs.json' })]);
      const r = await csl([null, 5, { id: '   ' }, { id: 'a' }]);
      assert.deepEqual(r, { entries: [entry('a', { from: '/ws/refs.json' })], problem: '3 items without an id left out' });
    });
    it('a bare item has a key and nothing else; a number is a key', async () => {
      assert.deepEqual(await entries([{ id: 'bare' }, { id: 42 }]), [entry('bare', { from: '/ws/refs.json' }), entry('42', { from: '/ws/refs.json' })]);
    });
    it('fields: white space collapsed, names without a name left out, the year from a raw or literal date, the URL', async () => {
      const [e, raw, literal, none, zero] = await entries([
        { id: 'e', title: '  Power\n  use   of  AI ', author: [{}, { family: 'Okafor' }], URL: 'https://example.org/p', issued: { 'date-parts': [[2021, 3]] } },
        { id: 'raw', issued: { 'date-parts': [], raw: 'Spring 2019' } },
        { id: 'literal', issued: { literal: 'circa 1850' } },
        { id: 'none', issued: { 'date-parts': [['n.d.']] } },
        { id: 'zero', issued: { 'date-parts': [[0]] } },
      ]);
      assert.deepEqual(e, entry('e', { from: '/ws/refs.json', title: 'Power use of AI', author: 'Okafor', year: 2021, url: 'https://example.org/p' }));
      assert.equal(raw.year, 2019);
      assert.equal(literal.year, 1850);
      assert.ok(!('year' in none) && !('year' in zero));
    });
    it('a dotless i or j before an accent composes as the letter with that accent', async () => {
      const [e] = await entries([{ id: 'acc', title: 'Garc\u0131\u0301a, \u0237\u030c, \u0237' }]);
      assert.equal(e.title, 'García, \u01f0, \u0237');
    });
  });

  describe('Zotero file fields', () => {
    it('no field, or an empty one, is no file', () => {
      assert.deepEqual(fileField('/b/refs.bib', undefined), []);
      assert.deepEqual(fileField('/b/refs.bib', '  '), []);
    });
    it('spaces around the parts, empty parts, a drive letter with no description', () => {
      assert.deepEqual(fileField('/b/refs.bib', 'Full Text: pdfs/a.pdf : application/pdf'), ['/b/pdfs/a.pdf']);
      assert.deepEqual(fileField('/b/refs.bib', 'a.pdf;;b.pdf'), ['/b/a.pdf', '/b/b.pdf']);
      assert.deepEqual(fileField('/b/refs.bib', 'C:/Users/a/x.pdf'), ['C:/Users/a/x.pdf']);
      assert.deepEqual(fileField('/b/refs.bib', '1:a.pdf'), ['/b/a.pdf'], 'a description that is no drive letter');
    });
    it('a colon inside a relative path does not make it a Windows path', () => {
      assert.deepEqual(fileField('/b/refs.bib', 'Desc:dir\\:/x.pdf:application/pdf'), ['/b/dir:/x.pdf']);
    });
  });
});
