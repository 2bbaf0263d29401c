// DiagnosticsManager in-process, with a recording publish sink and a fake clock: publish on open,
// debounce on edits (only the latest version), nothing before the first index, "check all" (open
// notes from the editor, the rest from disk; one run at a time; yielding so requests are answered
// meanwhile), clearing notes that disappeared, and closing a note.
import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticsManager } from '../../server/src/lsp/diagnosticsManager';
import { onHover } from '../../server/src/lsp/hover';
import { CRANES, FILES, lineOf, REVIEW } from './fixtures';
import { abs, codesOn, FakeClock, Harness, posOf, ROOT, under, uriOf } from './harness';

const NOTE = uriOf('notes/review.md');
const CRANES_URI = uriOf('notes/cranes.md');
const HARBOR_URI = uriOf('sources/harbor.txt');

const codes = (ds: Diagnostic[] | undefined) => (ds ?? []).map((d) => d.code).sort();
const ALL_REVIEW = ['figure-mismatch', 'figure-wrong-source', 'quote-not-found', 'unknown-source'];

/** A clock whose time moves by `step` ms each time it is read, so "check all" slices end. */
class TickingClock extends FakeClock {
  onYield?: () => void;
  constructor(private readonly step: number) {
    super(0);
  }
  override now(): number {
    this.time += this.step;
    return this.time;
  }
  override async yield(): Promise<void> {
    this.onYield?.();
    await super.yield();
  }
}

describe('features in-process: diagnostics', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await Harness.start({ files: under(ROOT, FILES) });
  });

  it('the first check after indexing publishes every note on disk, with counts', async () => {
    assert.deepEqual(codes(h.latest(NOTE)), ALL_REVIEW);
    assert.deepEqual(h.latest(CRANES_URI), []);
    assert.equal(h.publishesFor(NOTE)[0].version, undefined, 'from disk: no version');
    const r = await h.diagnostics.checkAll();
    assert.deepEqual(r, { notes: 2, problems: 4 });
  });

  it('an opened note is published at once, with its version and related information', async () => {
    const doc = await h.open('notes/review.md');
    const last = h.published[h.published.length - 1];
    assert.equal(last.uri, NOTE);
    assert.equal(last.version, doc.version);
    const mismatch = last.diagnostics.find((d) => d.code === 'figure-mismatch')!;
    assert.equal(mismatch.relatedInformation?.[0].location.uri, HARBOR_URI);
    // the hover quotes the passage: the related row labels the location instead of repeating it
    assert.equal(mismatch.relatedInformation?.[0].message, 'what the source says');
  });

  it('without relatedInformation support, none is sent', async () => {
    h.ctx.caps.related = false;
    await h.open('notes/review.md');
    assert.ok(h.latest(NOTE)!.every((d) => d.relatedInformation === undefined));
  });

  it('an opened source is not a note: its diagnostics are cleared', async () => {
    await h.open('sources/harbor.txt');
    assert.deepEqual(h.latest(HARBOR_URI), []);
  });

  it('edits are debounced (150 ms): only the latest version is checked and published, once', async () => {
    await h.open('notes/review.md');
    const before = h.published.length;
    h.docs.edit(NOTE, REVIEW.replace('21 cranes', '20 cranes'));
    h.diagnostics.changed(NOTE);
    h.clock.advance(100);
    const latest = h.docs.edit(NOTE, REVIEW.replace('21 cranes', '18 cranes'));
    h.diagnostics.changed(NOTE);
    h.clock.advance(149);
    assert.equal(h.published.length, before, 'nothing before the pause is over');
    h.clock.advance(1);
    assert.equal(h.published.length, before + 1);
    const last = h.published[h.published.length - 1];
    assert.equal(last.version, latest.version);
    assert.deepEqual(codesOn(last.diagnostics, lineOf(REVIEW, '21 cranes')), [], 'the fixed figure is clean');
    assert.equal(h.clock.pending, 0);
  });

  it('a note closed before its pause is over is not published by the timer', async () => {
    await h.open('notes/review.md');
    h.docs.edit(NOTE, REVIEW + '\nMore text.\n');
    h.diagnostics.changed(NOTE);
    h.docs.close(NOTE);
    await h.diagnostics.closed({ uri: NOTE });
    const n = h.published.length;
    h.clock.advance(500);
    assert.equal(h.published.length, n);
  });

  it('closing a workspace note keeps its diagnostics from disk; closing an untitled note clears them', async () => {
    await h.open('notes/review.md');
    h.docs.edit(NOTE, '# emptied\n');
    h.diagnostics.changed(NOTE);
    h.clock.advance(150);
    assert.deepEqual(h.latest(NOTE), []);
    h.docs.close(NOTE);
    await h.diagnostics.closed({ uri: NOTE });
    assert.deepEqual(codes(h.latest(NOTE)), ALL_REVIEW, 'back to what the file on disk says');

    const untitled = 'untitled:Untitled-1';
    h.docs.open(untitled, 'Kellmouth handled 41,301 containers in 2021 [@harbor].\n');
    h.diagnostics.publishDocument(h.docs.get(untitled)!);
    assert.deepEqual(codes(h.latest(untitled)), ['figure-mismatch']);
    h.docs.close(untitled);
    await h.diagnostics.closed({ uri: untitled });
    assert.deepEqual(h.latest(untitled), []);
  });

  it('a note re-opened while its close is handled keeps the editor’s diagnostics (no stale disk publish)', async () => {
    await h.open('notes/review.md');
    h.docs.close(NOTE);
    const closing = h.diagnostics.closed({ uri: NOTE });
    const doc = h.docs.open(NOTE, '# reopened, nothing to check\n');
    h.diagnostics.publishDocument(doc);
    await closing;
    const last = h.publishesFor(NOTE).at(-1)!;
    assert.equal(last.version, doc.version);
    assert.deepEqual(last.diagnostics, []);
  });

  it('check all: open notes from the editor (versioned), the others from disk', async () => {
    const doc = await h.open('notes/review.md');
    h.docs.edit(NOTE, REVIEW.replace('21 cranes', '18 cranes'));
    const n = h.published.length;
    const r = await h.diagnostics.checkAll();
    const mine = h.published.slice(n);
    assert.deepEqual(
      mine.map((p) => [p.uri, p.version]),
      [
        [NOTE, doc.version + 1],
        [CRANES_URI, undefined],
      ],
    );
    assert.deepEqual(r, { notes: 2, problems: 3 });
  });

  it('check all clears the diagnostics of notes that disappeared from disk', async () => {
    h.fs.delete(abs('notes/cranes.md'));
    h.fs.delete(abs('notes/review.md'));
    const n = h.published.length;
    const r = await h.diagnostics.checkAll();
    assert.deepEqual(r, { notes: 0, problems: 0 });
    assert.deepEqual(h.published.slice(n).map((p) => `${p.uri} ${p.diagnostics.length}`).sort(), [`${CRANES_URI} 0`, `${NOTE} 0`]);
    const again = h.published.length;
    await h.diagnostics.checkAll();
    assert.equal(h.published.length, again, 'cleared once');
  });

  it('check all runs one at a time; calls made meanwhile share the next run', async () => {
    const events: string[] = [];
    const orig = h.state.allNotes.bind(h.state);
    h.state.allNotes = async () => {
      events.push('start');
      return orig();
    };
    const a = h.diagnostics.checkAll();
    await Promise.resolve(); // the first run starts
    const b = h.diagnostics.checkAll();
    const c = h.diagnostics.checkAll();
    assert.equal(b, c, 'queued calls share one run');
    assert.notEqual(a, b);
    void a.then(() => events.push('first done'));
    const [ra, rb, rc] = await Promise.all([a, b, c]);
    assert.deepEqual(events, ['start', 'first done', 'start']);
    assert.deepEqual(ra, rb);
    assert.equal(rb, rc);
  });
});

describe('features in-process: diagnostics timing', () => {
  it('nothing is published before the first index; afterwards no false unknown-source', async () => {
    const h = await Harness.start({ files: under(ROOT, FILES), noInit: true });
    await h.open('notes/review.md');
    assert.equal(h.published.length, 0);
    await h.sync.initialized();
    const first = h.publishesFor(NOTE)[0];
    assert.equal(first.version, 1);
    assert.deepEqual(codesOn(first.diagnostics, lineOf(REVIEW, 'Kellmouth handled')), []);
  });

  it('check all yields every slice (~30 ms) and requests are answered meanwhile', async () => {
    const notes: Record<string, string> = {};
    for (let i = 0; i < 12; i++) notes[`notes/n${String(i).padStart(2, '0')}.md`] = CRANES;
    const h = await Harness.start({ files: under(ROOT, { ...FILES, ...notes }) });
    const clock = new TickingClock(20);
    const dm = new DiagnosticsManager(h.state, h.docs, { publish: (p) => h.published.push(p), relatedInformation: () => true, clock });
    h.docs.open(NOTE, REVIEW);
    const answered: string[] = [];
    clock.onYield = () => {
      const hv = onHover(h.ctx, { textDocument: { uri: NOTE }, position: posOf(REVIEW, '41,300') });
      answered.push((hv?.contents as { value: string }).value.split('\n')[0]);
    };
    const r = await dm.checkAll();
    assert.equal(r.notes, 14);
    assert.ok(clock.yields >= 5, `yielded ${clock.yields} times`);
    assert.ok(answered.length === clock.yields && answered.every((a) => /Supported/.test(a)));
  });

  it('a note opened during check all is published from the editor, not from disk', async () => {
    const h = await Harness.start({ files: under(ROOT, FILES) });
    const clock = new TickingClock(40);
    const dm = new DiagnosticsManager(h.state, h.docs, { publish: (p) => h.published.push(p), relatedInformation: () => true, clock });
    let opened = false;
    clock.onYield = () => {
      if (opened) return;
      opened = true;
      h.docs.open(NOTE, '# Review, rewritten\n\nKellmouth handled 41,300 containers in 2021 [@harbor].\n');
    };
    const n = h.published.length;
    await dm.checkAll();
    const mine = h.published.slice(n).filter((p) => p.uri === NOTE);
    assert.equal(mine.length, 1);
    assert.equal(mine[0].version, 1);
    assert.deepEqual(mine[0].diagnostics, []);
  });

  it('dispose cancels pending edits', async () => {
    const h = await Harness.start({ files: under(ROOT, FILES) });
    await h.open('notes/review.md');
    h.diagnostics.changed(NOTE);
    assert.equal(h.clock.pending, 1);
    h.diagnostics.dispose();
    assert.equal(h.clock.pending, 0);
  });
});
