// Unknown citation keys: "did you mean" by edit distance and by shared words, over ids, aliases,
// file names and titles, with the quick fix that rewrites the key — in the engine's findings and
// through the language server's code actions.
import * as assert from 'node:assert/strict';
import type { Range, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkNote } from '../../server/src/engine/check';
import { Corpus } from '../../server/src/engine/corpus';
import { buildSource } from '../../server/src/engine/sources';
import { onCodeAction } from '../../server/src/lsp/codeActions';
import { Harness, posOf, ROOT, under, uriOf } from '../features/harness';

const SOURCES: Record<string, string> = {
  'river-valley-survey.md': '---\ntitle: River Valley Survey 2022\n---\n\nThe survey counted 412 otters along the river in 2022.\n',
  'river-pollution-2019.txt': 'Pollution in the river, 2019\n\nNitrate levels rose by 12% in 2019.\n',
  'lake-census.md': '---\ntitle: Lake census of the northern district\nid: lakes\naliases: [northern-lakes]\n---\n\nThe census found 38 lakes larger than one hectare.\n',
  '001_harbour.txt': 'Harbour traffic report\n\nThe harbour handled 41,300 ships.\n',
  '002_orchard.txt': 'Orchard yields\n\nThe orchards gave 9,600 tonnes of apples.\n',
};

function corpus(): Corpus {
  return new Corpus(Object.entries(SOURCES).map(([p, text], i) => buildSource(i, `/ws/sources/${p}`, text)));
}

function unknown(note: string) {
  const r = checkNote(note, corpus());
  const d = r.diagnostics.find((x) => x.code === 'unknown-source');
  assert.ok(d, `no unknown-source finding in ${JSON.stringify(r.diagnostics.map((x) => x.message))}`);
  return { d, apply: (i: number) => note.slice(0, d.fixes[i].edits[0].start) + d.fixes[i].edits[0].newText + note.slice(d.fixes[i].edits[0].end) };
}

describe('unknown citation keys: did you mean', () => {
  it('@river-survey-2022 → @river-valley-survey (shared words), named by key and title, with a preferred fix', () => {
    const note = 'Otters numbered 412 [@river-survey-2022].\n';
    const { d, apply } = unknown(note);
    assert.match(d.message, /Did you mean @river-valley-survey \("River Valley Survey 2022"\)\?/);
    assert.equal(d.fixes.length, 1, d.fixes.map((f) => f.title).join(' | '));
    assert.equal(d.fixes[0].title, 'Change to @river-valley-survey (River Valley Survey 2022)');
    assert.equal(d.fixes[0].preferred, true);
    const fixed = apply(0);
    assert.equal(fixed, 'Otters numbered 412 [@river-valley-survey].\n');
    const after = checkNote(fixed, corpus());
    assert.equal(after.citations[0].source?.key, 'river-valley-survey', 'the fixed key resolves');
    assert.equal(after.diagnostics.filter((x) => x.code === 'unknown-source').length, 0);
  });

  it('a misspelt file name, id or alias (edit distance), suggested in the form written', () => {
    assert.match(unknown('See [@river-valey-survey].\n').d.message, /Did you mean @river-valley-survey /);
    assert.match(unknown('See [@lakez].\n').d.message, /Did you mean @lakes \("Lake census of the northern district"\)\?/);
    assert.match(unknown('See [@northern-lake].\n').d.message, /Did you mean @northern-lakes /);
  });

  it('words of the title count too; the source is cited by its name that shares the most words with the key', () => {
    const { d } = unknown('See [@northern-district-census].\n');
    assert.match(d.message, /Did you mean @northern-lakes \("Lake census of the northern district"\)\?/);
  });

  it('a misspelt numeric prefix: @003 suggests @001 and @002 with their titles', () => {
    const { d } = unknown('See [@003].\n');
    assert.match(d.message, /@001 \("Harbour traffic report"\)/);
    assert.match(d.message, /@002 \("Orchard yields"\)/);
    assert.deepEqual(d.fixes.map((f) => f.edits[0].newText).sort(), ['001', '002']);
    assert.ok(d.fixes.every((f) => !f.preferred), 'no fix is preferred when several are as close');
  });

  it('a year alone, or a word no source has, suggests nothing', () => {
    assert.match(unknown('See [@2019].\n').d.message, /no source has this id, alias or file name\.$/);
    assert.match(unknown('See [@zebra-migration].\n').d.message, /file name\.$/);
  });
});

describe('unknown citation keys: the quick fix through the language server', () => {
  it('the code action for @river-survey-2022 rewrites the key to @river-valley-survey', async () => {
    const note = '# Otters\n\nOtters numbered 412 [@river-survey-2022].\n';
    const files: Record<string, string> = { 'notes/otters.md': note };
    for (const [p, text] of Object.entries(SOURCES)) files[`sources/${p}`] = text;
    const h = await Harness.start({ files: under(ROOT, files) });
    await h.open('notes/otters.md');
    const uri = uriOf('notes/otters.md');
    const pos = posOf(note, 'river-survey');
    const range: Range = { start: pos, end: pos };
    const diagnostics = (h.latest(uri) ?? []).filter((d) => d.code === 'unknown-source');
    assert.equal(diagnostics.length, 1, JSON.stringify(h.latest(uri)));
    const actions = onCodeAction(h.ctx, { textDocument: { uri }, range, context: { diagnostics } });
    const fix = actions.find((a) => a.title.startsWith('Change to @river-valley-survey'));
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    assert.equal(fix.isPreferred, true);
    const edits: TextEdit[] = fix.edit!.changes![uri];
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, note), edits);
    assert.equal(fixed, '# Otters\n\nOtters numbered 412 [@river-valley-survey].\n');
  });
});
