// In-process: no note can silence, stall or crash the server. A note whose check throws (a double of
// the engine's check, injected into ServerState) gets one check-failed diagnostic and the others go
// on; a note over grounded.maxNoteSizeKB gets one note-too-large diagnostic and no hover; requests
// wait for the first index (bounded); long requests stop when cancelled; "check all" lets waiting
// requests go first between notes.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { CancellationTokenSource, DiagnosticSeverity, LSPErrorCodes, ResponseError, type Diagnostic, type MarkupContent } from 'vscode-languageserver';
import { checkParsedNote } from '../../server/src/engine/check';
import { DiagnosticsManager } from '../../server/src/lsp/diagnosticsManager';
import { FIRST_INDEX_WAIT_MS } from '../../server/src/lsp/requests';
import type { NoteChecker } from '../../server/src/lsp/state';
import { CRANES, FILES, ORCHARD, REVIEW } from './fixtures';
import { abs, FakeClock, Harness, posOf, ROOT, under, uriOf } from './harness';

const NOTE = uriOf('notes/review.md');
const CRANES_URI = uriOf('notes/cranes.md');
const BROKEN = uriOf('notes/a-broken.md');
const ALL_REVIEW = ['figure-mismatch', 'figure-wrong-source', 'quote-not-found', 'unknown-source'];

/** Marks a note the checker double throws on (test data; production code knows nothing of it). */
const EXPLODE = '<!-- the checker double throws on this note -->';
const BROKEN_TEXT = `# Broken\n\nKellmouth handled 41,301 containers in 2021 [@harbor].\n\n${EXPLODE}\n`;

/** The engine's check, except that it throws on notes holding EXPLODE; records the notes it was given. */
function checkerDouble(seen: string[] = []): NoteChecker {
  return (note, corpus, options) => {
    seen.push(note.text);
    if (note.text.includes(EXPLODE)) throw new RangeError('Maximum call stack size exceeded');
    return checkParsedNote(note, corpus, options);
  };
}

const codes = (ds: Diagnostic[] | undefined) => (ds ?? []).map((d) => d.code).sort();
const at = (uri: string, text: string, sub: string) => ({ textDocument: { uri }, position: posOf(text, sub) });
const md = (h: { contents: unknown } | null) => (h?.contents as MarkupContent | undefined)?.value ?? '';
const cancelled = (e: unknown) => e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled;
const turns = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
};

/** One diagnostic at the very top of the note, a warning with this code. */
function onlyTopWarning(ds: Diagnostic[] | undefined, code: string): Diagnostic {
  assert.equal(ds?.length, 1, JSON.stringify(ds));
  const d = ds![0];
  assert.equal(d.code, code);
  assert.equal(d.severity, DiagnosticSeverity.Warning);
  assert.deepEqual(d.range.start, { line: 0, character: 0 });
  return d;
}

describe('features in-process: a note whose check fails does not silence the others', () => {
  it('check all: that note gets one check-failed warning at its top and a log line; every other note its diagnostics', async () => {
    // a-broken.md sorts first: the notes after it are checked all the same
    const h = await Harness.start({ files: under(ROOT, { ...FILES, 'notes/a-broken.md': BROKEN_TEXT }), check: checkerDouble() });
    const d = onlyTopWarning(h.latest(BROKEN), 'check-failed');
    assert.equal(d.message, 'Grounded could not check this note: RangeError: Maximum call stack size exceeded');
    assert.deepEqual(codes(h.latest(NOTE)), ALL_REVIEW);
    assert.deepEqual(h.latest(CRANES_URI), []);
    assert.ok(h.warnings.some((w) => w.includes('could not check') && w.includes('a-broken.md') && w.includes('RangeError')), h.warnings.join('\n'));
    assert.deepEqual(await h.diagnostics.checkAll(), { notes: 3, problems: 5 });
  });

  it('an open note: check-failed on didOpen and on an edit; hover, definition and links answer nothing; fixed, it is checked again', async () => {
    const h = await Harness.start({ files: under(ROOT, { ...FILES, 'notes/a-broken.md': BROKEN_TEXT }), check: checkerDouble() });
    await h.open('notes/review.md');
    const doc = await h.open('notes/a-broken.md');
    assert.equal(h.publishesFor(BROKEN).at(-1)!.version, doc.version);
    onlyTopWarning(h.latest(BROKEN), 'check-failed');
    const p = at(BROKEN, BROKEN_TEXT, '41,301');
    assert.equal(await h.requests.hover(p), null);
    assert.equal(await h.requests.definition(p), null);
    assert.deepEqual(await h.requests.documentLinks({ textDocument: { uri: BROKEN } }), []);
    assert.match(md(await h.requests.hover(at(NOTE, REVIEW, '41,300'))), /Supported/, 'the other notes still answer');

    h.docs.edit(BROKEN, BROKEN_TEXT + '\nMore.\n');
    h.diagnostics.changed(BROKEN);
    h.clock.advance(150);
    onlyTopWarning(h.latest(BROKEN), 'check-failed');

    h.docs.edit(BROKEN, BROKEN_TEXT.replace(EXPLODE, ''));
    h.diagnostics.changed(BROKEN);
    h.clock.advance(150);
    assert.deepEqual(codes(h.latest(BROKEN)), ['figure-mismatch']);
  });

  it('a feature that throws answers its empty value and logs; the next request is answered', async () => {
    const h = await Harness.start({ files: under(ROOT, FILES) });
    await h.open('notes/review.md');
    const hover = h.lifecycle.request('hover', (p: ReturnType<typeof at>, t) => h.requests.hover(p, t), () => null);
    const get = h.docs.get.bind(h.docs);
    h.docs.get = () => {
      throw new TypeError('the documents went away');
    };
    assert.equal(await hover(at(NOTE, REVIEW, '41,300'), new CancellationTokenSource().token), null);
    assert.ok(h.warnings.some((w) => w.startsWith('hover failed') && w.includes('the documents went away')), h.warnings.join('\n'));
    h.docs.get = get;
    assert.match(md(await hover(at(NOTE, REVIEW, '41,300'), new CancellationTokenSource().token)), /Supported/);
  });
});

describe('features in-process: grounded.maxNoteSizeKB', () => {
  /** REVIEW repeated to at least `bytes`. */
  const bigNote = (bytes: number) => REVIEW.repeat(Math.ceil(bytes / REVIEW.length));
  const BIG = uriOf('notes/big.md');

  it('a note over the limit: one note-too-large warning at its top, nothing else; it is neither read nor checked; the others are', async () => {
    const big = bigNote(3 * 1024 + 10);
    const seen: string[] = [];
    const h = new Harness({ files: under(ROOT, { ...FILES, 'notes/big.md': big, 'grounded.json': '{"maxNoteSizeKB": 1}' }), check: checkerDouble(seen) });
    const read: string[] = [];
    const readFile = h.fs.readFile.bind(h.fs);
    h.fs.readFile = (p: string) => (read.push(p), readFile(p));
    await h.state.addFolder(uriOf('', ROOT), undefined);
    await h.sync.initialized();
    const d = onlyTopWarning(h.latest(BIG), 'note-too-large');
    assert.equal(d.message, `This note is ${Math.ceil(big.length / 1024)} KB, over the grounded.maxNoteSizeKB limit of 1 KB: not checked.`);
    assert.deepEqual(codes(h.latest(NOTE)), ALL_REVIEW);
    assert.ok(!read.includes(abs('notes/big.md')), 'not read');
    assert.ok(!seen.some((t) => t.length >= big.length), 'not checked');
  });

  it('hover on a huge open note (over the default 2048 KB) answers null; the note has its one diagnostic; other notes still hover', async () => {
    const h = await Harness.start({ files: under(ROOT, FILES), check: checkerDouble() });
    const huge = bigNote(2048 * 1024 + 1);
    h.diagnostics.publishDocument(h.docs.open(BIG, huge));
    const d = onlyTopWarning(h.latest(BIG), 'note-too-large');
    assert.equal(d.message, `This note is ${Math.ceil(huge.length / 1024)} KB, over the grounded.maxNoteSizeKB limit of 2048 KB: not checked.`);
    assert.equal(await h.requests.hover(at(BIG, huge, '41,300')), null);
    assert.equal(await h.requests.definition(at(BIG, huge, '41,300')), null);
    await h.open('notes/review.md');
    assert.match(md(await h.requests.hover(at(NOTE, REVIEW, '41,300'))), /Supported/);
  });

  it('the setting raises the limit (and the note is then checked); an untrusted workspace cannot raise it past the default', async () => {
    let limit = 1;
    const big = bigNote(1500);
    const h = await Harness.start({ files: under(ROOT, { ...FILES, 'notes/big.md': big }), settings: () => ({ maxNoteSizeKB: limit }) });
    onlyTopWarning(h.latest(BIG), 'note-too-large');
    limit = 2;
    await h.sync.configurationChanged();
    assert.deepEqual(codes(h.latest(BIG)).slice(0, 1), ['figure-mismatch']);

    const huge = bigNote(2048 * 1024 + 1);
    const u = await Harness.start({ files: under(ROOT, { ...FILES, 'notes/big.md': huge }), trusted: false, settings: () => ({ maxNoteSizeKB: 4096 }) });
    assert.match(String(onlyTopWarning(u.latest(BIG), 'note-too-large').message), /limit of 2048 KB/);
  });
});

describe('features in-process: requests wait for the first index', () => {
  it('a hover sent before the first index ends waits for it and answers the real hover; so do definition and check all', async () => {
    const h = await Harness.start({ files: under(ROOT, FILES), noInit: true });
    h.docs.open(NOTE, REVIEW);
    let answered = false;
    const hover = h.requests.hover(at(NOTE, REVIEW, '41,300')).finally(() => (answered = true));
    const definition = h.requests.definition(at(NOTE, REVIEW, '41,300'));
    const checkAll = h.requests.checkAll();
    await turns(5);
    assert.equal(answered, false, 'still waiting for the index');
    await h.sync.initialized();
    assert.match(md(await hover), /Supported/);
    assert.ok(Array.isArray(await definition) && (await definition)!.length > 0);
    assert.equal((await checkAll).notes, 2);
  });

  it('the wait is bounded: with no index coming, the hover answers null after FIRST_INDEX_WAIT_MS', async () => {
    const h = await Harness.start({ files: under(ROOT, FILES), noInit: true });
    h.docs.open(NOTE, REVIEW);
    let answered = false;
    const hover = h.requests.hover(at(NOTE, REVIEW, '41,300')).finally(() => (answered = true));
    h.clock.advance(FIRST_INDEX_WAIT_MS - 1);
    await turns(5);
    assert.equal(answered, false);
    h.clock.advance(1);
    assert.equal(await hover, null);
  });

  it('a folder whose first index fails does not hold requests: they answer null, and its index failure is logged', async () => {
    const h = await Harness.start({ files: under(ROOT, FILES), noInit: true });
    h.docs.open(NOTE, REVIEW);
    const folder = h.state.folders[0];
    folder.index.update = async () => {
      throw new Error('disk on fire');
    };
    const hover = h.requests.hover(at(NOTE, REVIEW, '41,300'));
    await h.sync.initialized();
    assert.equal(await hover, null);
    assert.ok(h.warnings.some((w) => w.includes('indexing') && w.includes('disk on fire')), h.warnings.join('\n'));
  });
});

describe('features in-process: cancellation', () => {
  const A = path.join(ROOT, 'A');
  const B = path.join(ROOT, 'B');
  const two = { ...under(A, { 'sources/harbor.txt': 'Kellmouth cranes\n\nThe port ran 18 cranes.\n' }), ...under(B, { 'sources/orchard.md': ORCHARD, 'sources/cranes.txt': 'Valley cranes\n\nThe valley ran 3 cranes.\n' }) };

  it('a search cancelled while it waits for the first index answers RequestCancelled at once (the index is not awaited)', async () => {
    const h = await Harness.start({ files: under(ROOT, FILES), noInit: true });
    const source = new CancellationTokenSource();
    const search = h.requests.search({ query: 'cranes' }, source.token);
    await turns(3);
    source.cancel();
    await assert.rejects(search, cancelled);
    assert.equal(h.state.folders[0].ready, false);
  });

  it('a search over two folders cancelled between them answers RequestCancelled; not cancelled, it has both folders’ hits', async () => {
    const h = await Harness.start({ files: two, folders: [A, B] });
    const all = await h.requests.search({ query: 'cranes' });
    assert.deepEqual(new Set(all.hits.map((x) => x.title)), new Set(['Kellmouth cranes', 'Valley cranes']));
    const source = new CancellationTokenSource();
    h.pauses = 0;
    h.onPause = () => {
      if (h.pauses === 2) source.cancel(); // after the first folder, before the second
    };
    await assert.rejects(h.requests.search({ query: 'cranes' }, source.token), cancelled);
    assert.equal(h.pauses, 2);
  });

  it('workspace symbols and references stop between slices when cancelled', async () => {
    const h = await Harness.start({ files: under(ROOT, { ...FILES, 'notes/more.md': CRANES }) });
    const symbols = new CancellationTokenSource();
    h.onPause = () => symbols.cancel();
    await assert.rejects(h.requests.workspaceSymbol({ query: 'cranes' }, symbols.token), cancelled);
    const refs = { textDocument: { uri: uriOf('sources/harbor.txt') }, position: { line: 0, character: 1 }, context: { includeDeclaration: false } };
    const references = new CancellationTokenSource();
    h.onPause = () => references.cancel();
    await assert.rejects(h.requests.references(refs, references.token), cancelled);
    h.onPause = undefined;
    assert.ok((await h.requests.references(refs, new CancellationTokenSource().token)).length > 0);
  });

  it('a request cancelled before it starts answers RequestCancelled without running', async () => {
    const h = await Harness.start({ files: under(ROOT, FILES) });
    let ran = false;
    const search = h.lifecycle.request('search', () => (ran = true));
    const source = new CancellationTokenSource();
    source.cancel();
    await assert.rejects(search({}, source.token), cancelled);
    assert.equal(ran, false);
  });
});

describe('features in-process: check all lets the requests that arrived go first', () => {
  it('between two notes, every waiting request is answered (one per event-loop turn, as the connection dispatches them)', async () => {
    const notes: Record<string, string> = {};
    for (let i = 0; i < 3; i++) notes[`notes/n${i}.md`] = CRANES;
    const events: string[] = [];
    const h = await Harness.start({
      files: under(ROOT, { ...FILES, ...notes }),
      check: (note, corpus, options) => {
        events.push('check');
        return checkParsedNote(note, corpus, options);
      },
    });
    await h.open('notes/review.md');
    const hover = h.lifecycle.request('hover', (p: ReturnType<typeof at>, t) => h.requests.hover(p, t), () => null);
    /** Like vscode-jsonrpc: one message per setImmediate, the next one queued when it is done. */
    const dispatch = (n: number) => {
      if (n === 0) return;
      setImmediate(() => {
        void hover(at(NOTE, REVIEW, '41,300'), new CancellationTokenSource().token).then((r) => events.push(/Supported/.test(md(r)) ? 'hover' : 'no hover'));
        dispatch(n - 1);
      });
    };
    let yields = 0;
    class Clock extends FakeClock {
      override now(): number {
        return (this.time += 100); // every note is a slice of its own
      }
      override async yield(): Promise<void> {
        const settled = h.lifecycle.settle();
        // Before the first note from disk (the open one comes first, from its cache), requests arrive
        // while check all waits: their first turn comes after its own.
        if (++yields === 2) dispatch(4);
        await settled;
      }
    }
    h.state.forget(CRANES_URI);
    for (let i = 0; i < 3; i++) h.state.forget(uriOf(`notes/n${i}.md`));
    events.length = 0;
    const dm = new DiagnosticsManager(h.state, h.docs, { publish: () => undefined, relatedInformation: () => true, clock: new Clock() });
    await dm.checkAll();
    const firstCheck = events.indexOf('check');
    const hovers = events.map((e, i) => (e === 'hover' ? i : -1)).filter((i) => i >= 0);
    assert.equal(hovers.length, 4, events.join(' '));
    assert.ok(firstCheck >= 0 && hovers.every((i) => i < firstCheck), `every hover before the next note is checked: ${events.join(' ')}`);
  });
});
