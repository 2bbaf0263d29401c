// DiagnosticsManager at its edges: closing what is not a note or no longer on disk, after dispose, how
// often "check all" yields, and a failure at each step (checking an open note, reading one from disk,
// publishing) — one note's failure is that note's check-failed diagnostic and a log line, never the run's.
import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticsManager } from '../../server/src/lsp/diagnosticsManager';
import { CRANES, FILES } from './fixtures';
import { abs, FakeClock, Harness, ROOT, under, uriOf } from './harness';

const NOTE = uriOf('notes/review.md');
const CRANES_URI = uriOf('notes/cranes.md');
const HARBOR_URI = uriOf('sources/harbor.txt');
const codes = (ds: Diagnostic[] | undefined) => (ds ?? []).map((d) => d.code).sort();

/** Time that moves by 10 ms each time it is read (the only reader: "check all"'s pacer). */
class ReadTickClock extends FakeClock {
  override now(): number {
    this.time += 10;
    return this.time;
  }
}

describe('features in-process: diagnostics at the edges', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await Harness.start({ files: under(ROOT, FILES) });
  });

  it('closing a source clears it, and nothing is read from disk for it', async () => {
    await h.open('sources/harbor.txt');
    h.docs.close(HARBOR_URI);
    const n = h.published.length;
    await h.diagnostics.closed({ uri: HARBOR_URI });
    assert.deepEqual(h.published.slice(n), [{ uri: HARBOR_URI, diagnostics: [] }]);
  });

  it('closing a note deleted from disk meanwhile clears its diagnostics', async () => {
    await h.open('notes/review.md');
    assert.ok(h.latest(NOTE)!.length > 0);
    h.fs.delete(abs('notes/review.md'));
    h.docs.close(NOTE);
    await h.diagnostics.closed({ uri: NOTE });
    assert.deepEqual(h.latest(NOTE), []);
  });

  it('a note deleted from disk and re-opened while its close is handled keeps the editor’s diagnostics', async () => {
    await h.open('notes/review.md');
    h.fs.delete(abs('notes/review.md'));
    h.docs.close(NOTE);
    const closing = h.diagnostics.closed({ uri: NOTE });
    const doc = h.docs.open(NOTE, 'Kellmouth handled 41,301 containers in 2021 [@harbor].\n');
    h.diagnostics.publishDocument(doc);
    await closing;
    const last = h.publishesFor(NOTE).at(-1)!;
    assert.equal(last.version, doc.version);
    assert.deepEqual(codes(last.diagnostics), ['figure-mismatch']);
  });

  it('after dispose nothing is published: not an opened note, not a check all, not the clearing of vanished notes', async () => {
    h.fs.delete(abs('notes/cranes.md'));
    h.diagnostics.dispose();
    const n = h.published.length;
    h.diagnostics.publishDocument(h.docs.open(NOTE, 'Kellmouth handled 41,301 containers in 2021 [@harbor].\n'));
    const r = await h.diagnostics.checkAll();
    assert.deepEqual(h.published.slice(n), []);
    assert.deepEqual(r, { notes: 0, problems: 0 });
  });

  it('check all yields once a slice (30 ms) is over, not before: every fourth note when each takes 10 ms', async () => {
    const notes: Record<string, string> = {};
    for (let i = 0; i < 14; i++) notes[`notes/n${String(i).padStart(2, '0')}.md`] = CRANES;
    const w = await Harness.start({ files: under(ROOT, { 'sources/harbor.txt': FILES['sources/harbor.txt'], ...notes }) });
    const clock = new ReadTickClock(0);
    const dm = new DiagnosticsManager(w.state, w.docs, { publish: () => undefined, relatedInformation: () => true, clock });
    const r = await dm.checkAll();
    assert.equal(r.notes, 14);
    // the pacer starts at 10 ms; notes 1-3 read 20, 30, 40 (within 30 ms of it); note 4 reads 50 and yields;
    // the yield's own reading (60) starts the next slice: 14 notes, 3 yields
    assert.equal(clock.yields, 3);
  });

  it('an open note whose check throws: one check-failed diagnostic with its version, and a log line', async () => {
    const doc = h.docs.open(NOTE, 'Kellmouth handled 41,301 containers in 2021 [@harbor].\n');
    h.state.openNoteOutcomeInSlices = () => {
      throw new Error('the checker broke');
    };
    h.diagnostics.publishDocument(doc);
    const last = h.published.at(-1)!;
    assert.equal(last.uri, NOTE);
    assert.equal(last.version, doc.version);
    assert.deepEqual(codes(last.diagnostics), ['check-failed']);
    assert.match(String(last.diagnostics[0].message), /the checker broke/);
    assert.match(h.warnings.at(-1)!, new RegExp(`^could not check ${NOTE}: Error: the checker broke`));
  });

  it('a note on disk whose check throws: check-failed for it, a log line, and the other notes as usual', async () => {
    const outcomeForFile = h.state.outcomeForFile.bind(h.state);
    h.state.outcomeForFile = async (p: string) => {
      if (p === abs('notes/review.md')) throw new Error('the disk broke');
      return outcomeForFile(p);
    };
    const r = await h.diagnostics.checkAll();
    assert.deepEqual(codes(h.latest(NOTE)), ['check-failed']);
    assert.match(String(h.latest(NOTE)![0].message), /the disk broke/);
    assert.ok(h.warnings.some((w) => w.startsWith(`could not check ${NOTE}: Error: the disk broke`)), h.warnings.join('\n'));
    assert.deepEqual(h.latest(CRANES_URI), []);
    assert.deepEqual(r, { notes: 2, problems: 1 });
  });

  it('a publish that throws for one note is logged; check all goes on with the others and does not count it', async () => {
    const warnings: string[] = [];
    const sent: string[] = [];
    const dm = new DiagnosticsManager(h.state, h.docs, {
      publish: (p) => {
        if (p.uri === NOTE) throw new Error('the connection broke');
        sent.push(p.uri);
      },
      relatedInformation: () => true,
      clock: new FakeClock(10),
      warn: (m) => warnings.push(m),
    });
    const r = await dm.checkAll();
    assert.deepEqual(sent, [CRANES_URI]);
    assert.deepEqual(r, { notes: 1, problems: 0 });
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], new RegExp(`^checking ${NOTE} failed: Error: the connection broke`));
  });
});
