// An edited note is re-checked with its last check's judgments (engine/check/reuse.ts), so that
// only the figures the edit can change are judged again — but never across a change of the
// folder's sources or settings: then the note is judged afresh. Seen through the checker double
// (which options each check got) and the diagnostics published.
import * as assert from 'node:assert/strict';
import { FileChangeType } from 'vscode-languageserver';
import { checkParsedNote } from '../../server/src/engine/check';
import type { NoteChecker } from '../../server/src/lsp/state';
import { abs, codesOn, Harness, ROOT, under, uriOf } from './harness';

const HARBOR = '---\nid: harbor\n---\n\nThe port of Kellmouth handled 41,300 containers in 2021.\n\nIt has 21 cranes.\n';
const NOTE_TEXT = '# Harbour\n\nKellmouth handled 41,300 containers in 2021 [@harbor].\n\nThe port has 21 cranes [@harbor].\n';
const NOTE = uriOf('notes/harbour.md');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));

describe('features in-process: an edited note keeps the judgments its edit cannot change', () => {
  let h: Harness;
  /** For each check of the note: whether it was given the previous check's judgments. */
  let given: boolean[];

  beforeEach(async () => {
    given = [];
    const check: NoteChecker = (note, corpus, options) => {
      if (note.text.startsWith('# Harbour')) given.push(!!options.previous);
      return checkParsedNote(note, corpus, options);
    };
    h = await Harness.start({ files: under(ROOT, { 'sources/harbor.md': HARBOR, 'notes/harbour.md': NOTE_TEXT }), check });
    await h.open('notes/harbour.md');
    given = [];
  });

  const editTo = (text: string) => {
    h.docs.edit(NOTE, text);
    h.diagnostics.changed(NOTE);
    h.clock.advance(150);
  };

  it('an edit is checked with the last check of the note, and its diagnostics are those of the new text', async () => {
    const edited = NOTE_TEXT.replace('21 cranes', '18 cranes');
    editTo(edited);
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(given, [true]);
    assert.deepEqual(codesOn(h.latest(NOTE), lineOf(edited, '18 cranes')), ['figure-mismatch']);
    assert.deepEqual(codesOn(h.latest(NOTE), lineOf(edited, '41,300')), [], 'the kept judgment: supported');
  });

  it('after a cited source changed, the note is judged afresh — an unchanged line gets the new verdict', async () => {
    h.fs.write(abs('sources/harbor.md'), HARBOR.replace('41,300', '43,100'));
    await h.sync.filesChanged([{ uri: uriOf('sources/harbor.md'), type: FileChangeType.Changed }]);
    editTo(NOTE_TEXT.replace('21 cranes', '18 cranes'));
    await new Promise((r) => setImmediate(r));
    assert.ok(given.length >= 1 && !given[0], `the first check after the change had no previous judgments: ${given.join(', ')}`);
    assert.deepEqual(codesOn(h.latest(NOTE), lineOf(NOTE_TEXT, '41,300')), ['figure-mismatch'], 'the untouched line sees the changed source');
  });
});
