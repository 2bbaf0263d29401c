// Go to source on a figure of a PDF or web page opens the read-only document of its extracted text
// (grounded-extracted: scheme) with the figure's words selected; the document's header names where
// each page starts.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Location } from 'vscode-languageserver';
import { checkNote } from '../../server/src/engine/check';
import { extractedView } from '../../server/src/engine/formats/view';
import { InMemoryFileSystem, loadWorkspace } from '../../server/src/engine/workspace';
import { definition } from '../../server/src/lsp/definition';
import { positionAt, lineStarts } from '../../server/src/engine/text';

const ROOT = path.resolve(__dirname, '../..');
const PDF = new Uint8Array(fs.readFileSync(path.join(ROOT, 'examples/sources/005-calder-grid-review.pdf')));
const HTML = new Uint8Array(fs.readFileSync(path.join(ROOT, 'examples/sources/004-marrow-point-power.html')));

/** The text a range covers in a document's text. */
function textIn(text: string, loc: Location): string {
  const starts = lineStarts(text);
  const off = (p: { line: number; character: number }) => starts[p.line] + p.character;
  return text.slice(off(loc.range.start), off(loc.range.end));
}

describe('extracted sources in the editor', function () {
  // PDF.js, Readability and mammoth read real files here: seconds of CPU on a busy machine
  this.timeout(60000);

  it('go to source lands on the figure in the extracted text of a PDF and of a web page', async () => {
    const mem = new InMemoryFileSystem({ '/ws/sources/calder.pdf': PDF, '/ws/sources/marrow.html': HTML, '/ws/sources/plain.txt': 'Plain\n\nIt has 12 turbines.\n' });
    const { corpus } = await loadWorkspace(mem, [{ root: '/ws', globs: ['sources/**/*'] }], { exclude: [], maxSourceSizeKB: 10240 });
    const note = 'The gas plant at Tollan Point ran for only 410 hours in 2024 [@calder].\n\nOrrin agreed to buy 620 megawatts from Dunmore Bank [@marrow].\n\nIt has 12 turbines [@plain].\n';
    const report = checkNote(note, corpus);
    const at = (needle: string) => positionAt(report.note.lineStarts, note.indexOf(needle) + 1);
    for (const [needle, key, shown] of [
      ['410 hours', 'calder', '410 hours'],
      ['620 megawatts', 'marrow', '620 megawatts'],
    ] as const) {
      const locs = definition(report, at(needle), false) as Location[];
      assert.ok(locs?.length, `no definition for ${needle}`);
      const src = corpus.sources.find((s) => s.key === key)!;
      assert.equal(locs[0].uri, `grounded-extracted:${src.path}`);
      const view = extractedView(src);
      assert.equal(textIn(view, locs[0]), shown);
    }
    // a text source opens as the file itself
    const plain = definition(report, at('12 turbines'), false) as Location[];
    assert.equal(plain[0].uri, 'file:///ws/sources/plain.txt');
  });

  it("the view's header says what it is and on which line each page starts; the text follows unchanged", async () => {
    const mem = new InMemoryFileSystem({ '/ws/sources/calder.pdf': PDF });
    const { corpus } = await loadWorkspace(mem, [{ root: '/ws', globs: ['sources/**/*'] }], { exclude: [], maxSourceSizeKB: 10240 });
    const src = corpus.sources[0];
    const view = extractedView(src);
    const lines = view.split('\n');
    assert.match(lines[0], /^Calder Grid Review 2024 — the text Grounded extracted from calder\.pdf \(read-only/);
    const pages = [...lines[1].matchAll(/p\. (\d) at line (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    assert.deepEqual(pages.map((p) => p[0]), [1, 2, 3]);
    for (const [page, line] of pages) {
      const start = src.pages![page - 1];
      const lineText = src.text.slice(src.text.lastIndexOf('\n', start - 1) + 1).split('\n')[0];
      assert.equal(lines[line - 1], lineText, `page ${page} starts on line ${line}`);
    }
    assert.ok(view.endsWith(src.text));
  });
});
