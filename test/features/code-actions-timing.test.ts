// Quick fixes asked for at awkward moments (issue 15): a user who clicks the light bulb on a standing
// figure-mismatch must get its fix while the sources are being re-indexed, and right after an edit
// elsewhere in the note (before the pause after the edit has ended and its diagnostics are published).
// The e2e quick-fix test once got no actions in VS Code; the server answered them, VS Code dropped
// the answer (test/e2e/suite/helpers.ts quickFixesAt): these pin the server's half.
import * as assert from 'node:assert/strict';
import { type Diagnostic, FileChangeType } from 'vscode-languageserver';
import { FILES, lineOf, ORCHARD, REVIEW } from './fixtures';
import { abs, Harness, ROOT, under, uriOf } from './harness';

const NOTE = uriOf('notes/review.md');
const CRANE_LINE = lineOf(REVIEW, '21 cranes');

async function mismatchOnCranes(h: Harness): Promise<Diagnostic> {
  await h.open('notes/review.md');
  const d = h.latest(NOTE)?.find((x) => x.code === 'figure-mismatch' && x.range.start.line === CRANE_LINE);
  assert.ok(d, 'no figure-mismatch on the crane line');
  return d;
}

const titles = async (h: Harness, d: Diagnostic) =>
  (await h.requests.codeAction({ textDocument: { uri: NOTE }, range: d.range, context: { diagnostics: [d] } })).map((a) => a.title);

describe('features in-process: quick fixes while the server is busy', () => {
  it('a quick fix asked for while a source is being re-indexed is the fix of the standing diagnostic', async () => {
    const h = await Harness.start({ files: under(ROOT, FILES) });
    const d = await mismatchOnCranes(h);
    h.fs.write(abs('sources/orchard.md'), `${ORCHARD}\nThe survey will be repeated next autumn.\n`);
    const reindex = h.sync.filesChanged([{ uri: uriOf('sources/orchard.md'), type: FileChangeType.Changed }]);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(h.state.folders[0].indexing, true, 'the re-index should still be running');
    assert.deepEqual(await titles(h, d), ['Replace 21 with 18 (from harbor)', 'Disable Grounded checks for this line']);
    await reindex;
  });

  it('a quick fix asked for right after an edit elsewhere, before its diagnostics are published, is the fix', async () => {
    const h = await Harness.start({ files: under(ROOT, FILES) });
    const d = await mismatchOnCranes(h);
    const published = h.published.length;
    h.docs.edit(NOTE, REVIEW.replace('# Review', '# Harbour review'));
    h.diagnostics.changed(NOTE);
    assert.deepEqual(await titles(h, d), ['Replace 21 with 18 (from harbor)', 'Disable Grounded checks for this line']);
    assert.equal(h.published.length, published, 'nothing was published yet (the pause after the edit has not ended)');
  });
});
