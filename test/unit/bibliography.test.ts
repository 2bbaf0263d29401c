// Bibliographies as people have them: a Better BibTeX export (macros, braces, LaTeX accents, Zotero
// `file` fields) and a CSL-JSON export. Keys become citation keys; an entry's file links it to the
// source it describes; a key without a source is information; completion and hover show
// author, year and title.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileField, loadBibliography, noteBibliography, parseBibliography } from '../../server/src/engine/bibliography';
import { checkNote } from '../../server/src/engine/check';
import { InMemoryFileSystem, loadWorkspace } from '../../server/src/engine/workspace';
import { completeCitation } from '../../server/src/lsp/completion';
import { citationHover } from '../../server/src/lsp/hover';

const ROOT = path.resolve(__dirname, '../..');
const BIB = fs.readFileSync(path.join(ROOT, 'test/fixtures/formats/zotero-export.bib'), 'utf8');
const CSL = fs.readFileSync(path.join(ROOT, 'test/fixtures/formats/csl-export.json'), 'utf8');
const PDF = new Uint8Array(fs.readFileSync(path.join(ROOT, 'examples/sources/005-calder-grid-review.pdf')));
const HTML = new Uint8Array(fs.readFileSync(path.join(ROOT, 'examples/sources/004-marrow-point-power.html')));
const DOCX = new Uint8Array(fs.readFileSync(path.join(ROOT, 'test/fixtures/formats/halloway-moor.docx')));

async function workspace() {
  const mem = new InMemoryFileSystem({
    '/ws/refs.bib': BIB,
    '/ws/refs.json': CSL,
    // the PDF where the .bib's relative file field points; the page under another folder than Zotero's storage
    '/ws/files/calder-grid-review.pdf': PDF,
    '/ws/sources/marrow-point-power.html': HTML,
    '/ws/sources/halloway-winter.docx': DOCX,
  });
  const { corpus } = await loadWorkspace(mem, [{ root: '/ws', globs: ['sources/**/*', 'files/**/*'] }], { exclude: [], maxSourceSizeKB: 10240 });
  const { bibliography, warnings } = await loadBibliography(mem, ['/ws/refs.bib', '/ws/refs.json']);
  return { corpus, bibliography, warnings, mem };
}

describe('bibliographies', function () {
  // PDF.js, Readability and mammoth read real files here: seconds of CPU on a busy machine
  this.timeout(60000);

  it('reads BibTeX with @string macros, concatenation, braces and LaTeX accents', async () => {
    const r = await parseBibliography('/ws/refs.bib', BIB);
    assert.ok(!('skip' in r));
    const byKey = new Map(r.entries.map((e) => [e.key, e]));
    assert.deepEqual([...byKey.keys()], ['calder2024', 'adeyemi2025marrow', 'garcia2019grids']);
    assert.equal(byKey.get('garcia2019grids')!.title, 'Grids under Grid Review');
    assert.equal(byKey.get('garcia2019grids')!.author, 'García et al.');
    assert.equal(byKey.get('adeyemi2025marrow')!.author, 'Adeyémi and Müller');
    assert.equal(byKey.get('adeyemi2025marrow')!.year, 2025);
    assert.equal(byKey.get('calder2024')!.title, 'Calder Grid Review 2024');
    assert.deepEqual(byKey.get('calder2024')!.files, ['/ws/files/calder-grid-review.pdf']);
    assert.deepEqual(byKey.get('adeyemi2025marrow')!.files, ['/home/analyst/Zotero/storage/8GJ3K2LQ/marrow-point-power.html']);
  });

  it('reads CSL-JSON; an item without an id is left out with a warning', async () => {
    const r = await parseBibliography('/ws/refs.json', CSL);
    assert.ok(!('skip' in r));
    assert.deepEqual(
      r.entries.map((e) => [e.key, e.author, e.year]),
      [
        ['halloway-winter', 'Halloway Moor Community Energy', 2025],
        ['oyelaran2023', 'Oyelaran', 2023],
      ],
    );
    assert.match(r.problem ?? '', /1 item without an id/);
  });

  it('reads Zotero file fields: description, path and type; several files; escaped colons', () => {
    assert.deepEqual(fileField('/b/refs.bib', 'Full Text:pdfs/a.pdf:application/pdf'), ['/b/pdfs/a.pdf']);
    assert.deepEqual(fileField('/b/refs.bib', 'pdfs/a.pdf'), ['/b/pdfs/a.pdf']);
    assert.deepEqual(fileField('/b/refs.bib', ':/abs/x.pdf:application/pdf;Snapshot:/abs/y.html:text/html'), ['/abs/x.pdf', '/abs/y.html']);
    assert.deepEqual(fileField('/b/refs.bib', ':C\\:/Users/a/x.pdf:application/pdf'), ['C:/Users/a/x.pdf']);
  });

  it('a bad bibliography file is one warning; the others load', async () => {
    const mem = new InMemoryFileSystem({ '/ws/bad.bib': '@article{broken, title = {never closed', '/ws/bad.json': '{ not json', '/ws/ok.json': CSL });
    const { bibliography, warnings } = await loadBibliography(mem, ['/ws/bad.json', '/ws/ok.json', '/ws/missing.bib', '/ws/notes.txt']);
    assert.equal(bibliography.size, 2);
    assert.equal(warnings.filter((w) => /bibliography skipped/.test(w.message)).length, 3);
    const bad = await loadBibliography(mem, ['/ws/bad.bib']);
    assert.equal(bad.bibliography.size, 0);
    assert.equal(bad.warnings.length, 1);
  });

  it('keys name the sources their file links to (by path, else by file name), and figures are checked there', async () => {
    const { corpus, bibliography } = await workspace();
    const note = [
      'Peak demand on the estuary reached 1,240 megawatts in December 2024 [@calder2024, p. 1].',
      '',
      'The Marrow Point campus employs 1,500 people [@adeyemi2025marrow].',
      '',
      'Halloway Moor generated 96 gigawatt-hours over the winter [@halloway-winter].',
      '',
      'Grids are hard to build [@garcia2019grids].',
      '',
    ].join('\n');
    const report = checkNote(note, corpus, { bibliography });
    const cite = (k: string) => report.citations.find((c) => c.citation.key === k)!;
    assert.equal(cite('calder2024').source?.key, 'calder-grid-review');
    assert.equal(cite('adeyemi2025marrow').source?.key, 'marrow-point-power');
    assert.equal(cite('halloway-winter').source?.key, 'halloway-winter', 'a CSL key that is also a file name');
    assert.equal(cite('garcia2019grids').source, null);
    assert.equal(report.figures.find((f) => f.figure.text === '1,240 megawatts')?.verdict, 'supported');
    assert.equal(report.figures.find((f) => f.figure.text === '1,500')?.verdict, 'contradicted');
    assert.equal(report.figures.find((f) => f.figure.text === '96 gigawatt-hours')?.verdict, 'supported');
    const info = report.diagnostics.filter((d) => d.code === 'citation-without-source');
    assert.equal(info.length, 1);
    assert.equal(info[0].severity, 'information');
    assert.match(info[0].message, /"@garcia2019grids" is in the bibliography \(García et al\. 2019, Grids under Grid Review\) but no source file has its text/);
    assert.ok(!report.diagnostics.some((d) => d.code === 'unknown-source'));
    // without the bibliography the keys are unknown
    const bare = checkNote(note, corpus);
    assert.equal(bare.diagnostics.filter((d) => d.code === 'unknown-source').length, 3);
  });

  it('messages and fixes name a source as the note cites it, else by its bibliography key', async () => {
    const { corpus, bibliography } = await workspace();
    // cited by a prefix of its file name: the message says what the note wrote
    const byFile = checkNote('The Marrow Point campus employs 1,500 people [@marrow-point].\n', corpus, { bibliography });
    assert.equal(byFile.citations[0].source?.key, 'marrow-point-power');
    assert.match(byFile.diagnostics.find((d) => d.code === 'figure-mismatch')!.message, /source marrow-point says /);
    // not cited at all: named by its bibliography key, which is also the key the fix writes
    const uncited = checkNote('Peak demand on the estuary reached 1,240 megawatts in December 2024.\n', corpus, { bibliography });
    const fig = uncited.figures.find((f) => f.figure.text === '1,240 megawatts')!;
    assert.equal(fig.verdict, 'supported');
    assert.deepEqual(fig.fixes.map((x) => x.edits[0].newText), [' [@calder2024]']);
    assert.equal(uncited.names?.shortKey(fig.evidence[0].source), 'calder2024');
    // without the bibliography, the store's short key
    const bare = checkNote('Peak demand on the estuary reached 1,240 megawatts in December 2024.\n', corpus);
    assert.deepEqual(bare.figures.find((f) => f.figure.text === '1,240 megawatts')!.fixes.map((x) => x.edits[0].newText), [' [@calder]']);
  });

  it('completion and hover show author, year and title', async () => {
    const { corpus, bibliography } = await workspace();
    const { items } = completeCitation('See [@', { line: 0, character: 6 }, corpus, bibliography)!;
    const calder = items.find((i) => i.label === 'calder2024');
    assert.equal(calder?.labelDetails?.detail, ' — Calder Energy Observatory 2024, Calder Grid Review 2024');
    const garcia = items.find((i) => i.label === 'garcia2019grids');
    assert.equal(garcia?.labelDetails?.detail, ' — García et al. 2019, Grids under Grid Review');
    assert.ok(items.some((i) => i.label === 'adeyemi2025marrow'));
    const report = checkNote('A [@adeyemi2025marrow] and [@garcia2019grids].\n', corpus, { bibliography });
    const h1 = citationHover(report.citations[0], corpus);
    assert.match(h1, /Marrow Point data centre signs record power deal/);
    assert.match(h1, /Adeyémi and Müller · 2025/);
    assert.match(citationHover(report.citations[1], corpus), /no source text to check against/);
  });

  it("a note's Pandoc front matter names its own bibliography files", () => {
    assert.deepEqual(noteBibliography('/ws/notes/a.md', '---\ntitle: x\nbibliography: ../refs.bib\n---\nText'), ['/ws/refs.bib']);
    assert.deepEqual(noteBibliography('/ws/notes/a.md', '---\nbibliography:\n  - a.json\n  - /abs/b.bib\n---\n'), ['/ws/notes/a.json', '/abs/b.bib']);
    assert.deepEqual(noteBibliography('/ws/notes/a.md', 'No front matter. bibliography: x.bib'), []);
  });
});
