// Old Mac files end their lines with a lone \r. A note or a source written so is read line by line
// as one written with \n (text.ts lineFeeds, where their text enters the engine: the same length,
// so every offset is an offset into the file), and every position the editor, the LSP or the CLI
// is given counts a lone \r as the line end it is.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { noteOutcome } from '../../server/src/cli/outcome';
import { checkNote } from '../../server/src/engine/check';
import { Corpus } from '../../server/src/engine/corpus';
import { noteBibliography } from '../../server/src/engine/bibliography';
import { parseNote } from '../../server/src/engine/notes';
import { buildSource } from '../../server/src/engine/sources';
import { lineFeeds } from '../../server/src/engine/text';
import { noteRange } from '../../server/src/lsp/convert';

// a source of short wrapped lines (a sentence ends at a line's end) and a title line
const SOURCE = [
  'Kettle makers report a quiet year',
  '',
  'Brewster Ltd sold 48,000 kettles in 2005.',
  'Its profit rose 12% to £3.1m,',
  'the firm said on Monday.',
  'Staff numbers grew to 640.',
  '',
  'Rival Steamco cut 90 jobs.',
  'Its chief executive said the market "has never been so crowded".',
  '',
].join('\n');

// a note with front matter, a heading, a wrapped paragraph, a list and a block quote; one figure wrong
const NOTE = [
  '---',
  'title: Kettles',
  'bibliography: refs.bib',
  '---',
  '',
  '# Kettles',
  '',
  'Brewster sold 48,000 kettles in 2005 [@kettles].',
  'Its profit rose 15% to £3.1m [@kettles].',
  'Staff numbers grew to 640',
  'that year [@kettles].',
  '',
  '- Steamco cut 90 jobs [@kettles].',
  '- Its chief said the market "has never been this crowded" [@kettles].',
  '',
  '> Steamco cut 95 jobs [@kettles].',
  '',
].join('\n');

const cr = (s: string) => s.replace(/\n/g, '\r');

function check(note: string, source: string) {
  const corpus = new Corpus([buildSource(0, '/ws/sources/kettles.txt', source)]);
  const report = checkNote(note, corpus);
  return { corpus, report, outcome: noteOutcome(report, corpus) };
}

describe('line ends: a lone \\r ends a line', () => {
  it('lineFeeds: each lone \\r becomes \\n, \\r\\n stays, the same length; a text without one is returned as it is', () => {
    assert.equal(lineFeeds('a\rb\r\nc\r\r\nd\r'), 'a\nb\r\nc\n\r\nd\n');
    const plain = 'a\r\nb\nc';
    assert.equal(lineFeeds(plain), plain);
  });

  it('a source with \\r line ends: the same title, paragraphs, passages and line numbers as with \\n', () => {
    const lf = buildSource(0, '/ws/sources/kettles.txt', SOURCE);
    const mac = buildSource(0, '/ws/sources/kettles.txt', cr(SOURCE));
    assert.equal(mac.meta.title, 'Kettle makers report a quiet year');
    assert.deepEqual(mac.meta, lf.meta);
    assert.deepEqual(mac.lineStarts, lf.lineStarts);
    const rows = (s: typeof lf) => s.passages.map((p) => [p.start, p.end, p.paragraph, p.line, p.text, p.figures.map((f) => f.text)]);
    assert.deepEqual(rows(mac), rows(lf));
    assert.equal(mac.passages.length, 7);
  });

  it('a note and a source with \\r line ends: the same sentences, verdicts, findings, fixes and positions as with \\n', () => {
    const lf = check(NOTE, SOURCE);
    const mac = check(cr(NOTE), cr(SOURCE));
    const sentences = (n: string) => parseNote(n).sentences.map((s) => [s.start, s.end]);
    assert.deepEqual(sentences(cr(NOTE)), sentences(NOTE));
    // the CLI's report, positions and source passages included
    assert.deepEqual(mac.outcome, lf.outcome);
    const verdicts = lf.outcome.figures.map((f) => `${f.text} ${f.verdict}`);
    assert.ok(verdicts.includes('15% contradicted') && verdicts.includes('48,000 supported') && verdicts.includes('95 contradicted'), verdicts.join('; '));
    assert.ok(lf.report.diagnostics.some((d) => d.code === 'quote-not-found'), 'the misquote is found');
  });

  it("the LSP's positions and quick fixes are right in the note as its file holds it", () => {
    const text = cr(NOTE);
    const { report } = check(text, cr(SOURCE));
    const doc = TextDocument.create('file:///ws/note.md', 'markdown', 1, text);
    let fixes = 0;
    for (const d of report.diagnostics) {
      const r = noteRange(report, d.start, d.end);
      assert.deepEqual(r, { start: doc.positionAt(d.start), end: doc.positionAt(d.end) });
      for (const fix of d.fixes) {
        for (const e of fix.edits) {
          fixes++;
          assert.deepEqual(noteRange(report, e.start, e.end), { start: doc.positionAt(e.start), end: doc.positionAt(e.end) });
          // applied to the file's own text, the edit replaces what the finding is about
          const edited = TextDocument.applyEdits(doc, [{ range: noteRange(report, e.start, e.end), newText: e.newText }]);
          assert.equal(edited, text.slice(0, e.start) + e.newText + text.slice(e.end));
        }
      }
    }
    assert.ok(fixes >= 2, `${fixes} fixes`);
  });

  it("a note's bibliography in front matter with \\r line ends", () => {
    assert.deepEqual(noteBibliography('/ws/note.md', cr(NOTE)), noteBibliography('/ws/note.md', NOTE));
    assert.equal(noteBibliography('/ws/note.md', cr(NOTE)).length, 1);
  });

  it('a note over the size limit: its one finding on the first line, as with \\n', () => {
    const big = ['Heading', 'x'.repeat(200)].join('\n');
    const lf = checkNote(big, new Corpus([]), { maxNoteChars: 100 });
    const mac = checkNote(cr(big), new Corpus([]), { maxNoteChars: 100 });
    assert.deepEqual(mac.diagnostics.map((d) => [d.start, d.end, d.code]), lf.diagnostics.map((d) => [d.start, d.end, d.code]));
    assert.deepEqual(mac.note.lineStarts, lf.note.lineStarts);
  });
});
