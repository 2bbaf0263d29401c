// Diagnostics when things happen at once, in-process (fake clock, recording publish sink):
// "check all" runs never overlap, however many are asked for meanwhile; an edit that arrives during
// a run is what gets published (never the version the run started with); a note opened or edited
// while its file is being read is published from the editor; and once a newer version has been
// published, no older one follows it.
import * as assert from 'node:assert/strict';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import { DiagnosticsManager } from '../../server/src/lsp/diagnosticsManager';
import { CRANES, FILES, lineOf, REVIEW } from './fixtures';
import { codesOn, FakeClock, Harness, ROOT, under, uriOf } from './harness';

const NOTE = uriOf('notes/review.md');
const CRANES_URI = uriOf('notes/cranes.md');
const FIXED = REVIEW.replace('21 cranes', '18 cranes');
const CRANE_LINE = lineOf(REVIEW, '21 cranes');

/** A clock whose time moves by `step` ms each time it is read (so every note ends a slice), with a hook at each yield. */
class TickingClock extends FakeClock {
  onYield?: () => void | Promise<void>;
  constructor(private readonly step: number) {
    super(0);
  }
  override now(): number {
    this.time += this.step;
    return this.time;
  }
  override async yield(): Promise<void> {
    await this.onYield?.();
    await super.yield();
  }
}

/** The versions published for a uri, in order (undefined: from disk). */
const versions = (ps: PublishDiagnosticsParams[], uri: string) => ps.filter((p) => p.uri === uri).map((p) => p.version);

/** Every version published for `uri` after a newer one had been: none expected. */
function staleAfterNewer(ps: PublishDiagnosticsParams[], uri: string): number[] {
  let newest = -Infinity;
  const stale: number[] = [];
  for (const v of versions(ps, uri)) {
    if (v === undefined) continue;
    if (v < newest) stale.push(v);
    newest = Math.max(newest, v);
  }
  return stale;
}

describe('features in-process: concurrency of checks', () => {
  it('check all: runs never overlap; calls made during a run share exactly one next run', async () => {
    const notes: Record<string, string> = {};
    for (let i = 0; i < 6; i++) notes[`notes/n${i}.md`] = CRANES;
    const h = await Harness.start({ files: under(ROOT, { ...FILES, ...notes }) });
    const clock = new TickingClock(40);
    const dm = new DiagnosticsManager(h.state, h.docs, { publish: (p) => h.published.push(p), relatedInformation: () => true, clock });
    // every note read from disk takes a few turns of the event loop; count the runs inside at once
    let inside = 0;
    let most = 0;
    let runs = 0;
    const read = h.state.outcomeForFile.bind(h.state);
    h.state.outcomeForFile = async (p) => {
      inside++;
      most = Math.max(most, inside);
      for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
      try {
        return await read(p);
      } finally {
        inside--;
      }
    };
    const list = h.state.allNotes.bind(h.state);
    h.state.allNotes = async () => {
      runs++;
      return list();
    };
    const first = dm.checkAll();
    let firstDone = false;
    void first.then(() => (firstDone = true));
    // more calls while the first run is at its yields (between notes)
    const later: Promise<unknown>[] = [];
    clock.onYield = () => {
      if (!firstDone && later.length < 4) later.push(dm.checkAll());
    };
    const results = [await first, ...(await Promise.all(later))];
    assert.ok(later.length >= 2, `calls made during the run: ${later.length}`);
    assert.equal(most, 1, 'two runs read notes at the same time');
    assert.equal(runs, 2, 'the first run, then one shared by every call made during it');
    assert.ok(later.every((p) => p === later[0]), 'the calls made during the run share one promise');
    assert.deepEqual(results[1], results[0], 'the same notes, the same counts');
    assert.equal((results[0] as { notes: number }).notes, 8);
  });

  it('an edit that arrives during check all, before the note’s turn, is what check all publishes', async () => {
    const h = await Harness.start({ files: under(ROOT, FILES) });
    const clock = new TickingClock(40);
    const dm = new DiagnosticsManager(h.state, h.docs, { publish: (p) => h.published.push(p), relatedInformation: () => true, clock });
    const doc = h.docs.open(NOTE, REVIEW);
    let edited = 0;
    clock.onYield = () => {
      if (edited++ === 0) h.docs.edit(NOTE, FIXED); // the user fixes the figure while the run is under way
    };
    const n = h.published.length;
    await dm.checkAll();
    const mine = h.published.slice(n).filter((p) => p.uri === NOTE);
    assert.ok(edited > 0, 'the run yielded');
    assert.equal(mine.length, 1);
    assert.equal(mine[0].version, doc.version + 1, 'the version current when the note’s turn came');
    assert.deepEqual(codesOn(mine[0].diagnostics, CRANE_LINE), [], 'the fixed figure is clean');
  });

  it('a note opened and edited while check all reads it from disk is published from the editor, not from the file', async () => {
    const h = await Harness.start({ files: under(ROOT, FILES) });
    const dm = new DiagnosticsManager(h.state, h.docs, { publish: (p) => h.published.push(p), relatedInformation: () => true, clock: new TickingClock(1) });
    const read = h.state.outcomeForFile.bind(h.state);
    let opened = false;
    h.state.outcomeForFile = async (p) => {
      const o = await read(p); // the file's outcome (the wrong figure)...
      if (p.endsWith('review.md') && !opened) {
        opened = true; // ...but meanwhile the user opened the note and fixed it
        h.docs.open(NOTE, REVIEW);
        h.docs.edit(NOTE, FIXED);
      }
      return o;
    };
    const n = h.published.length;
    await dm.checkAll();
    const mine = h.published.slice(n).filter((p) => p.uri === NOTE);
    assert.ok(opened);
    assert.deepEqual(mine.map((p) => p.version), [2], 'one publish, of the editor’s version');
    assert.deepEqual(codesOn(mine[0].diagnostics, CRANE_LINE), []);
  });

  it('edits during check all: the debounced publish of the newest version comes last, and nothing older follows it', async () => {
    const h = await Harness.start({ files: under(ROOT, FILES) });
    await h.open('notes/review.md');
    const run = h.diagnostics.checkAll();
    // edits arrive while the run is under way: each restarts the pause
    const v2 = h.docs.edit(NOTE, REVIEW.replace('21 cranes', '20 cranes'));
    h.diagnostics.changed(NOTE);
    await new Promise((r) => setImmediate(r));
    const v3 = h.docs.edit(NOTE, FIXED);
    h.diagnostics.changed(NOTE);
    await run;
    h.clock.advance(150);
    await h.diagnostics.checkAll(); // a later run publishes the same (current) version, never an older one
    const vs = versions(h.published, NOTE);
    assert.ok(!vs.includes(v2.version) || vs.lastIndexOf(v2.version) < vs.indexOf(v3.version), `publishes: ${vs}`);
    assert.deepEqual(staleAfterNewer(h.published, NOTE), [], `an older version was published after a newer one: ${vs}`);
    assert.equal(vs.at(-1), v3.version);
    assert.deepEqual(codesOn(h.latest(NOTE), CRANE_LINE), []);
    assert.equal(h.clock.pending, 0);
  });

  it('a debounced check publishes the version current when the pause ends, not the one that started it', async () => {
    const h = await Harness.start({ files: under(ROOT, FILES) });
    await h.open('notes/review.md');
    h.docs.edit(NOTE, REVIEW.replace('21 cranes', '20 cranes'));
    h.diagnostics.changed(NOTE);
    h.clock.advance(100);
    // an edit that arrives without its own change event yet (the event is still on its way)
    const v3 = h.docs.edit(NOTE, FIXED);
    h.clock.advance(50);
    const last = h.publishesFor(NOTE).at(-1)!;
    assert.equal(last.version, v3.version);
    assert.deepEqual(codesOn(last.diagnostics, CRANE_LINE), []);
    // and the report the editor features read is the same version's
    const o = h.state.openNoteOutcome(h.docs.get(NOTE)!);
    assert.equal(o?.kind, 'checked');
  });

  it('the disk note next to an open one is published from disk while the open one keeps its editor version', async () => {
    const h = await Harness.start({ files: under(ROOT, FILES) });
    const doc = await h.open('notes/review.md');
    h.docs.edit(NOTE, FIXED);
    await h.diagnostics.checkAll();
    assert.deepEqual(versions(h.published, CRANES_URI).at(-1), undefined);
    assert.equal(versions(h.published, NOTE).at(-1), doc.version + 1);
  });
});
