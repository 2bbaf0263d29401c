// A note's own bibliography in the language server: Pandoc's `bibliography:` front matter names
// .bib or CSL-JSON files (relative to the note), whose keys the note cites. The server checks the
// note with them (from disk and open in the editor, before it publishes: never a flash of
// "unknown source"), hover shows the entry, a file that cannot be read is a log line, and
// restricted mode reads no file a note names.
import * as assert from 'node:assert/strict';
import { type Diagnostic, FileChangeType, type MarkupContent } from 'vscode-languageserver';
import { CompletionTables, onCompletion, onCompletionResolve } from '../../server/src/lsp/completion';
import { onHover } from '../../server/src/lsp/hover';
import { FILES } from './fixtures';
import { abs, Harness, posOf, ROOT, under, uriOf } from './harness';

const BIB = [
  '@string{kell = {Kellmouth Harbour Board}}',
  '@report{kell2021,',
  '  title = {Port of {Kellmouth} yearly review},',
  '  author = kell,',
  '  year = {2021},',
  '  file = {Full Text:../sources/harbor.txt:text/plain},',
  '}',
  '@book{fog1999, title = {A History of Fog}, author = {Br{\\"u}ck, Anna}, year = {1999}}',
  '',
].join('\n');

const NOTE = [
  '---',
  'title: Harbour notes',
  'bibliography: ../refs/harbour.bib',
  '---',
  '# Harbour',
  '',
  'Kellmouth handled 41,300 containers in 2021 [@kell2021].',
  '',
  'The crane fleet grew to 21 cranes after the refit [@kell2021].',
  '',
  'Fog rolls in most mornings [@fog1999].',
  '',
].join('\n');

const NOTE_URI = uriOf('notes/harbour.md');
/** Without the bibliography: its three citations are unknown, and the cranes are contradicted by the harbour's review, found in all sources. */
const UNKNOWN = ['figure-mismatch', 'unknown-source', 'unknown-source', 'unknown-source'];
const codes = (ds: Diagnostic[] | undefined) => (ds ?? []).map((d) => d.code).sort();

/** Let the loads and the publishes that wait for them run (a bounded number of turns). */
async function until(cond: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400 && !cond(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  assert.ok(cond(), `never: ${what}`);
}

function workspace(extra: Record<string, string> = {}) {
  return under(ROOT, { ...FILES, 'refs/harbour.bib': BIB, 'notes/harbour.md': NOTE, ...extra });
}

describe('features in-process: a note’s front-matter bibliography', function () {
  // Citation.js is loaded on the first .bib file
  this.timeout(30000);

  it('a note on disk is checked with the bibliography its front matter names, published once', async () => {
    const h = await Harness.start({ files: workspace() });
    assert.deepEqual(codes(h.latest(NOTE_URI)), ['citation-without-source', 'figure-mismatch']);
    assert.equal(h.publishesFor(NOTE_URI).length, 1, 'no publish made before the bibliography was read');
    const mismatch = h.latest(NOTE_URI)!.find((d) => d.code === 'figure-mismatch')!;
    // named as the note cites it, not by the source's short key
    assert.match(mismatch.message as string, /^The note says 21; source kell2021 says 18 \(line 5\)\.$/);
  });

  it('an open note: adding the front matter makes its keys known; completion and hover show its entries', async () => {
    const bare = NOTE.split('\n').slice(4).join('\n');
    const h = await Harness.start({ files: workspace({ 'notes/harbour.md': bare }) });
    await h.open('notes/harbour.md');
    assert.deepEqual(codes(h.latest(NOTE_URI)), UNKNOWN);
    const before = h.published.length;
    const doc = h.docs.edit(NOTE_URI, NOTE);
    h.diagnostics.changed(NOTE_URI);
    h.clock.advance(150);
    await until(() => h.published.length > before, 'a publish after the edit');
    const pub = h.published[h.published.length - 1];
    assert.equal(pub.version, doc.version);
    assert.deepEqual(codes(pub.diagnostics), ['citation-without-source', 'figure-mismatch']);
    assert.equal(h.published.length, before + 1, 'published once, after the load');
    // completion offers the note's own bibliography: the entry without a source too
    const line = NOTE.split('\n').indexOf('Fog rolls in most mornings [@fog1999].');
    const items = onCompletion(h.ctx, { textDocument: { uri: NOTE_URI }, position: { line, character: 'Fog rolls in most mornings [@'.length } }, new CompletionTables())?.items ?? [];
    const fog = items.find((i) => i.label === 'fog1999');
    assert.equal(fog?.labelDetails?.detail, ' — Brück 1999, A History of Fog');
    assert.ok(items.some((i) => i.label === 'kell2021'));
    // and its documentation (completionItem/resolve) comes from the note's bibliography too
    assert.match((onCompletionResolve(h.ctx, fog!).documentation as MarkupContent).value, /A History of Fog[\s\S]*Brück · 1999/);
    const hover = onHover(h.ctx, { textDocument: { uri: NOTE_URI }, position: posOf(NOTE, 'fog1999') });
    assert.match((hover?.contents as MarkupContent).value, /A History of Fog[\s\S]*Brück · 1999/);
  });

  it('a bibliography file that cannot be read is one log line; its keys stay unknown, the note is still checked', async () => {
    const h = await Harness.start({ files: workspace({ 'notes/harbour.md': NOTE.replace('../refs/harbour.bib', 'missing.bib') }) });
    assert.deepEqual(codes(h.latest(NOTE_URI)), UNKNOWN);
    assert.equal(h.warnings.filter((w) => /missing\.bib: bibliography skipped: cannot read/.test(w)).length, 1);
  });

  it('restricted mode reads no file a note names', async () => {
    const h = await Harness.start({ files: workspace(), trusted: false });
    assert.deepEqual(codes(h.latest(NOTE_URI)), UNKNOWN);
  });

  it('an edit of the .bib on disk is read again and the note re-checked', async () => {
    const h = await Harness.start({ files: workspace() });
    assert.deepEqual(codes(h.latest(NOTE_URI)), ['citation-without-source', 'figure-mismatch']);
    h.fs.write(abs('refs/harbour.bib'), BIB.replace(/@book\{fog1999[^\n]*\n/, ''));
    await h.sync.filesChanged([{ uri: uriOf('refs/harbour.bib'), type: FileChangeType.Changed }]);
    assert.deepEqual(codes(h.latest(NOTE_URI)), ['figure-mismatch', 'unknown-source']);
    // a .bib no note names is nobody's business
    const before = h.published.length;
    await h.sync.filesChanged([{ uri: uriOf('refs/other.bib'), type: FileChangeType.Changed }]);
    assert.equal(h.published.length, before);
  });
});
