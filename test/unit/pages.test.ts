// Pages everywhere: a PDF's passages know their page; evidence in messages, hover and JSON names
// it; a page locator "[@key, p. 2]" restricts the check to that page, and a figure stated only on
// another page is reported as such.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkNote } from '../../server/src/engine/check';
import { formatPages, parsePages } from '../../server/src/engine/check/pages';
import { locationSuffix, placeOf } from '../../server/src/engine/sources';
import { InMemoryFileSystem, loadWorkspace } from '../../server/src/engine/workspace';
import { figureHover } from '../../server/src/lsp/hover';
import { toJson } from '../../server/src/cli/report';
import { listedSources, noteOutcome } from '../../server/src/cli/outcome';
import { formatSarif } from '../../server/src/cli/sarif';

const PDF = new Uint8Array(fs.readFileSync(path.resolve(__dirname, '../../examples/sources/005-calder-grid-review.pdf')));

async function corpusOf() {
  const mem = new InMemoryFileSystem({ '/ws/sources/calder.pdf': PDF, '/ws/sources/plain.txt': 'Plain source\n\nThe Kellmouth ferry carried 41,000 cars in 2024.\n' });
  return (await loadWorkspace(mem, [{ root: '/ws', globs: ['sources/**/*'] }], { exclude: [], maxSourceSizeKB: 10240 })).corpus;
}

describe('pages of paged sources', function () {
  // PDF.js, Readability and mammoth read real files here: seconds of CPU on a busy machine
  this.timeout(60000);

  it('reads page locators as Pandoc writes them', () => {
    assert.deepEqual(parsePages('p. 4'), [[4, 4]]);
    assert.deepEqual(parsePages('pp. 4-6'), [[4, 6]]);
    assert.deepEqual(parsePages('pages 3, 7–9'), [[3, 3], [7, 9]]);
    assert.deepEqual(parsePages('page 12'), [[12, 12]]);
    assert.equal(parsePages('chap. 2'), undefined);
    assert.equal(parsePages(undefined), undefined);
    assert.equal(formatPages([[4, 4]]), 'p. 4');
    assert.equal(formatPages([[3, 3], [7, 9]]), 'pp. 3, 7–9');
  });

  it('names the page of a PDF passage, the line of a text passage', async () => {
    const corpus = await corpusOf();
    const pdf = corpus.sources.find((s) => s.key === 'calder')!;
    const txt = corpus.sources.find((s) => s.key === 'plain')!;
    const onPage3 = pdf.passages.find((p) => p.text.includes('up to 150 megawatts'))!;
    assert.equal(placeOf(onPage3), 'p. 3');
    assert.equal(locationSuffix(onPage3), 'p3');
    assert.equal(placeOf(txt.passages[1]), 'line 3');
    assert.equal(locationSuffix(txt.passages[1]), '3');
  });

  it('diagnostics, hover and JSON evidence name the page', async () => {
    const corpus = await corpusOf();
    const note = 'The gas-fired plant at Tollan Point ran for only 520 hours in 2024 [@calder].\n\nPeak demand on the estuary reached 1,240 megawatts in December 2024 [@calder].\n';
    const report = checkNote(note, corpus);
    const mismatch = report.diagnostics.find((d) => d.code === 'figure-mismatch');
    assert.match(mismatch?.message ?? '', /calder says 410 hours \(p\. 2\)/);
    const peak = report.figures.find((f) => f.figure.text === '1,240 megawatts')!;
    assert.match(figureHover(peak, corpus), /✓ Supported\*\* by `calder` · \[open p\. 1\]\(grounded-extracted:/);
    const json = toJson([{ path: '/ws/note.md', outcome: noteOutcome(report, corpus) }], listedSources(corpus), '/ws');
    const ev = json.notes[0].figures.find((f) => f.text === '520 hours')!.evidence[0] as { page?: number; path: string };
    assert.equal(ev.page, 2);
    assert.equal(ev.path, 'sources/calder.pdf');
    // SARIF: the PDF itself as the related location (its lines are not the extracted text's), the page in the message
    const sarif = JSON.parse(formatSarif([{ path: '/ws/note.md', outcome: noteOutcome(report, corpus) }], { srcRoot: '/ws', version: '0.1.0', rules: {} }));
    const related = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'figure-mismatch').relatedLocations[0];
    assert.equal(related.physicalLocation.artifactLocation.uri, 'sources/calder.pdf');
    assert.equal(related.physicalLocation.region, undefined);
    assert.match(related.message.text, /p\. 2\): "The gas-fired plant at Tollan Point ran for only 410 hours/);
    const plain = checkNote('The Kellmouth ferry carried 41,000 cars in 2024 [@plain].\n', corpus);
    const plainEv = toJson([{ path: '/ws/n.md', outcome: noteOutcome(plain, corpus) }], listedSources(corpus), '/ws').notes[0].figures[0].evidence[0] as { page?: number };
    assert.equal(plainEv.page, undefined, 'no page field for a text source');
  });

  it('a page locator restricts the check to that page; a figure on another page is reported there', async () => {
    const corpus = await corpusOf();
    const note = [
      'Peak demand on the estuary reached 1,240 megawatts in December 2024 [@calder, p. 1].',
      '',
      'The gas-fired plant at Tollan Point ran for only 410 hours in 2024 [@calder, p. 3].',
      '',
      'The gas-fired plant at Tollan Point ran for only 410 hours in 2024 [@calder, pp. 1-2].',
      '',
    ].join('\n');
    const report = checkNote(note, corpus);
    const [onPage, otherPage, inRange] = report.figures.filter((f) => f.figure.text === '1,240 megawatts' || f.figure.text === '410 hours');
    assert.equal(onPage.verdict, 'supported');
    assert.equal(onPage.wrongPage, undefined);
    assert.equal(otherPage.wrongPage?.passage.page, 2);
    assert.equal(otherPage.citedPages, 'p. 3');
    const d = report.diagnostics.find((x) => x.start === otherPage.figure.start);
    assert.equal(d?.code, 'figure-wrong-source');
    assert.equal(d?.message, '410 hours is stated on p. 2 of calder, not on the cited p. 3.');
    assert.match(figureHover(otherPage, corpus), /Right figure, other page/);
    assert.equal(inRange.verdict, 'supported');
    assert.equal(inRange.wrongPage, undefined);
  });
});
