// A long note is checked in slices (lsp/noteRuns.ts over the engine's check steps): between two
// slices requests about other notes are answered, and an edit gives up the check in progress so
// that only the newest version's diagnostics are published. Time is fake: one step a slice.
import * as assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver';
import type { SliceClock } from '../../server/src/lsp/noteRuns';
import { FILES, REVIEW } from './fixtures';
import { Harness, posOf, ROOT, under, uriOf } from './harness';

const NOTE = uriOf('notes/review.md');
const LONG = uriOf('notes/long.md');
/** Forty figure sentences, each cited: over a hundred steps (chunks, blocks, figures). */
const longNote = (cranes: number) =>
  Array.from({ length: 40 }, (_, i) => `Kellmouth handled 41,300 containers in 2021 and ran ${i === 0 ? cranes : 18} cranes [@harbor].\n`).join('\n');

const immediate = () => new Promise((resolve) => setImmediate(resolve));

describe('features in-process: a long note checked in slices', () => {
  let h: Harness;
  let pauses: number;
  let onPause: (() => void) | undefined;

  beforeEach(async () => {
    pauses = 0;
    onPause = undefined;
    let t = 0;
    const slices: SliceClock = {
      now: () => t++,
      sliceMs: 0, // one step a slice
      pause: async () => {
        pauses++;
        onPause?.();
        await immediate();
      },
    };
    h = await Harness.start({ files: under(ROOT, FILES), slices });
    await h.open('notes/review.md');
    pauses = 0;
  });

  it('a hover on another note is answered at the next pause, long before the check ends', async () => {
    const doc = h.docs.open(LONG, longNote(18));
    let answeredAfter = -1;
    let hover: Promise<unknown> | undefined;
    onPause = () => {
      if (hover) return;
      hover = h.requests.hover({ textDocument: { uri: NOTE }, position: posOf(REVIEW, '41,300') }).then((hv) => {
        answeredAfter = pauses;
        assert.match((hv!.contents as MarkupContent).value, /Supported/);
      });
    };
    const published = h.diagnostics.publishDocument(doc);
    assert.ok(published instanceof Promise, 'a long check does not end in one slice');
    await published;
    await hover;
    assert.ok(pauses > 50, `the check took ${pauses} slices`);
    assert.ok(answeredAfter >= 1 && answeredAfter <= 2, `the hover was answered after ${answeredAfter} of ${pauses} pauses`);
    assert.deepEqual(h.publishesFor(LONG).map((p) => p.version), [1]);
  });

  it('a search is answered at the next pause too, long before the check ends', async () => {
    const doc = h.docs.open(LONG, longNote(18));
    let answeredAfter = -1;
    let search: Promise<unknown> | undefined;
    onPause = () => {
      if (search) return;
      search = h.requests.search({ query: 'containers' }).then((r) => {
        answeredAfter = pauses;
        assert.ok(r.hits.length > 0, 'the search finds the harbour source');
      });
    };
    await h.diagnostics.publishDocument(doc);
    await search;
    assert.ok(pauses > 50, `the check took ${pauses} slices`);
    assert.ok(answeredAfter >= 1 && answeredAfter <= 3, `the search was answered after ${answeredAfter} of ${pauses} pauses`);
  });

  it('an edit during the check gives it up: only the newest version is published', async () => {
    const first = h.docs.open(LONG, longNote(18));
    onPause = () => {
      if (h.docs.get(LONG)!.version !== 1) return;
      h.docs.edit(LONG, longNote(21));
      h.diagnostics.changed(LONG);
    };
    const stale = h.diagnostics.publishDocument(first);
    assert.equal(await stale, undefined, 'nothing published for the first version');
    const pausesOfFirst = pauses;
    assert.equal(pausesOfFirst, 1, 'given up at its first pause');
    onPause = undefined;
    h.clock.advance(150); // the debounce: the newest version is checked
    for (let i = 0; i < 10_000 && !h.publishesFor(LONG).length; i++) await immediate();
    const publishes = h.publishesFor(LONG);
    assert.deepEqual(publishes.map((p) => p.version), [2]);
    assert.deepEqual(publishes[0].diagnostics.map((d) => d.code), ['figure-mismatch'], 'the 21 cranes of the newest version');
  });

  it('a hover on the note being checked waits for that same check (joins it) and reads its report', async () => {
    const doc = h.docs.open(LONG, longNote(21));
    const published = h.diagnostics.publishDocument(doc);
    const hv = await h.requests.hover({ textDocument: { uri: LONG }, position: { line: 0, character: 'Kellmouth handled 41,300 containers in 2021 and ran 2'.length } });
    assert.match((hv!.contents as MarkupContent).value, /Contradicted/);
    const slicesWhenAnswered = pauses;
    await published;
    assert.equal(pauses, slicesWhenAnswered, 'one check: the hover ended with it, not with a second one');
  });
});
