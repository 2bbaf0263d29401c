// A saved source re-checks only the notes whose reports it could change: the notes that cite it,
// whose figures or quotes found candidates in it, that cite nothing or whose figures the cited
// sources did not support (those asked every source). Counted through the checker double.
import * as assert from 'node:assert/strict';
import { FileChangeType } from 'vscode-languageserver';
import { checkParsedNote } from '../../server/src/engine/check';
import type { NoteChecker } from '../../server/src/lsp/state';
import { abs, Harness, ROOT, under, uriOf } from './harness';

const SOURCES = {
  'sources/harbor.md': '---\nid: harbor\n---\n\nThe port of Kellmouth handled 41,300 containers in 2021.\n',
  'sources/orchard.md': '---\nid: orchard\n---\n\nGrowers in the Brannock valley picked 9,600 tonnes of apples in 2022.\n',
  'sources/mill.md': '---\nid: mill\n---\n\nThe Tarrow mill ground 5,200 tonnes of grain in 2020.\n',
};
const NOTES = {
  // cites harbor only, and harbor supports it
  'notes/harbor.md': '# H\n\nKellmouth handled 41,300 containers in 2021 [@harbor].\n',
  // cites orchard only, and orchard supports it
  'notes/orchard.md': '# O\n\nGrowers in the Brannock valley picked 9,600 tonnes of apples in 2022 [@orchard].\n',
  // cites nothing: its figure was looked for in every source
  'notes/uncited.md': '# U\n\nThe Tarrow mill ground 5,200 tonnes of grain in 2020.\n',
  // cites harbor for a figure harbor does not state: every source was asked who does
  'notes/wrong.md': '# W\n\nThe Tarrow mill ground 5,200 tonnes of grain in 2020 [@harbor].\n',
};

describe('features in-process: a saved source re-checks only the notes it could change', () => {
  let h: Harness;
  let checked: string[];

  beforeEach(async () => {
    checked = [];
    const check: NoteChecker = (note, corpus, options) => {
      checked.push(note.text.split('\n')[0]);
      return checkParsedNote(note, corpus, options);
    };
    h = await Harness.start({ files: under(ROOT, { ...SOURCES, ...NOTES }), check });
    assert.deepEqual(checked.sort(), ['# H', '# O', '# U', '# W'], 'the first check-all checks every note');
    checked = [];
  });

  const save = async (rel: string, text: string) => {
    h.fs.write(abs(rel), text);
    await h.sync.filesChanged([{ uri: uriOf(rel), type: FileChangeType.Changed }]);
  };

  it('orchard edited: its note, the uncited one and the unsupported one — not the note on harbor', async () => {
    await save('sources/orchard.md', SOURCES['sources/orchard.md'].replace('9,600', '9,900'));
    assert.deepEqual(checked.sort(), ['# O', '# U', '# W']);
    // and the re-check saw the change
    assert.deepEqual(h.latest(uriOf('notes/orchard.md'))!.map((d) => d.code), ['figure-mismatch']);
    assert.deepEqual(h.latest(uriOf('notes/harbor.md')), [], "the harbor note's diagnostics are published as they were");
  });

  it('harbor edited: the note on harbor and those that asked every source — not the note on orchard', async () => {
    await save('sources/harbor.md', SOURCES['sources/harbor.md'] + '\nIt also had 12 cranes.\n');
    assert.deepEqual(checked.sort(), ['# H', '# U', '# W']);
  });

  it('a source whose id changed (the citation keys changed): every note', async () => {
    await save('sources/mill.md', SOURCES['sources/mill.md'].replace('id: mill', 'id: tarrow'));
    assert.deepEqual(checked.sort(), ['# H', '# O', '# U', '# W']);
  });

  it('a source added: every note', async () => {
    h.fs.write(abs('sources/new.md'), '---\nid: fresh\n---\n\nNothing here.\n');
    await h.sync.filesChanged([{ uri: uriOf('sources/new.md'), type: FileChangeType.Created }]);
    assert.deepEqual(checked.sort(), ['# H', '# O', '# U', '# W']);
  });

  it('an open note is kept too, and its diagnostics are published again for its version', async () => {
    await h.open('notes/harbor.md');
    checked = [];
    const before = h.published.length;
    await save('sources/orchard.md', SOURCES['sources/orchard.md'].replace('9,600', '9,900'));
    assert.ok(!checked.includes('# H'), checked.join(', '));
    assert.ok(h.published.slice(before).some((p) => p.uri === uriOf('notes/harbor.md')));
  });
});
