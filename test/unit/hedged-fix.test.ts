// The quick fixes of a contradicted figure keep the source's hedge: the hedged wording first, the
// bare value second, both in the note's own format; applying the first leaves nothing to flag.
import * as assert from 'node:assert/strict';
import { checkNote, type Fix, type NoteReport } from '../../server/src/engine/check';
import { Corpus } from '../../server/src/engine/corpus';
import { buildSource } from '../../server/src/engine/sources';

const FILES: Record<string, string> = {
  'reach.txt': 'Reach of the ferry line\n\nThe Osterby ferry line now counts nearly a billion yearly passengers.\n',
  'fleet.txt': 'Fleet report\n\nBy the end of 2024 the Osterby yard expects to hold roughly 350, 000 pallets of timber.\n',
  'deal.txt': 'The deal\n\nThe Osterby council put $14.3 billion into the new harbour.\n',
};

function check(note: string): NoteReport {
  return checkNote(note, new Corpus(Object.entries(FILES).map(([p, t], i) => buildSource(i, `/ws/sources/${p}`, t))));
}

function mismatchFixes(note: string): Fix[] {
  const d = check(note).diagnostics.find((x) => x.code === 'figure-mismatch');
  assert.ok(d, `no figure-mismatch in ${JSON.stringify(note)}`);
  return d.fixes;
}

function apply(note: string, fix: Fix): string {
  const [e] = fix.edits;
  return note.slice(0, e.start) + e.newText + note.slice(e.end);
}

describe('quick fixes keep the source hedge', () => {
  it('"nearly a billion": "nearly 1 billion" first, "1 billion" second, in the note\'s format', () => {
    const note = 'The Osterby ferry line has 1.5 billion yearly passengers [@reach].\n';
    const fixes = mismatchFixes(note);
    assert.deepEqual(fixes.map((f) => apply(note, f)), [
      'The Osterby ferry line has nearly 1 billion yearly passengers [@reach].\n',
      'The Osterby ferry line has 1 billion yearly passengers [@reach].\n',
    ]);
    assert.equal(fixes[0].preferred, true);
    assert.ok(!fixes[1].preferred, 'the bare value is the second choice');
    assert.equal(fixes[0].title, 'Replace 1.5 billion with nearly 1 billion (as reach says)');
    assert.equal(fixes[1].title, 'Replace 1.5 billion with 1 billion (without "nearly")');
  });

  it('applying the hedged fix leaves nothing to flag', () => {
    const note = 'The Osterby ferry line has 1.5 billion yearly passengers [@reach].\n';
    const [hedged] = mismatchFixes(note);
    const after = check(apply(note, hedged));
    assert.equal(after.diagnostics.filter((d) => d.code === 'figure-mismatch').length, 0, JSON.stringify(after.diagnostics.map((d) => d.message)));
    assert.equal(after.figures[0].verdict, 'supported');
  });

  it("the note's own hedge is replaced by the source's, not doubled", () => {
    const note = 'The Osterby yard expects about 250,000 pallets of timber by the end of 2024 [@fleet].\n';
    const fixes = mismatchFixes(note);
    assert.deepEqual(fixes.map((f) => apply(note, f)), [
      'The Osterby yard expects roughly 350,000 pallets of timber by the end of 2024 [@fleet].\n',
      'The Osterby yard expects 350,000 pallets of timber by the end of 2024 [@fleet].\n',
    ]);
    assert.equal(fixes[0].title, 'Replace about 250,000 with roughly 350,000 (as fleet says)');
  });

  it('a note already hedged like its source: only the figure changes; a capital stays', () => {
    const note = 'Roughly 250,000 pallets of timber will be at the Osterby yard by the end of 2024 [@fleet].\n';
    const fixes = mismatchFixes(note);
    assert.equal(apply(note, fixes[0]), 'Roughly 350,000 pallets of timber will be at the Osterby yard by the end of 2024 [@fleet].\n');
    assert.deepEqual(fixes[0].edits.map((e) => note.slice(e.start, e.end)), ['250,000']);
    assert.equal(apply(note, fixes[1]), '350,000 pallets of timber will be at the Osterby yard by the end of 2024 [@fleet].\n');
  });

  it('a source that states the value plainly: one fix, the note keeps its format', () => {
    const note = 'The Osterby council put $41.3 billion into the new harbour [@deal].\n';
    const fixes = mismatchFixes(note);
    assert.equal(fixes.length, 1);
    assert.equal(apply(note, fixes[0]), 'The Osterby council put $14.3 billion into the new harbour [@deal].\n');
  });
});
