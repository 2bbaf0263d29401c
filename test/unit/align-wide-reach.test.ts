// align (check/alignment.ts) reads a source side's sets of words as far as a name of the note's
// sentence needs them, each holding every word of the one before: the words of the figure's own
// sentence and the title (ownReferable, at hand once the passage is tokenized), then the strict set
// (referable: the sentences before in its paragraph too, each tokenized to make it), then the wide
// one (referableWide: earlier paragraphs' too) — a name one reaches the next reaches too, so the
// alignment is the one read with every set at hand.
import * as assert from 'node:assert/strict';
import { align } from '../../server/src/engine/check/alignment';
import { Corpus } from '../../server/src/engine/corpus';
import { SourceFrames, type FrameSide } from '../../server/src/engine/frames/sourceFrames';
import { buildSource } from '../../server/src/engine/sources';

const TEXT = 'Books\n\nKen Follet is a novelist from Cardiff.\n\nJane Austen lived in Bath. The author wrote 12 books last year.\n';

/** A source side of the figure (its passage framed, nothing of its context read), each set's reads counted. */
function counted(): { src: FrameSide; reads: { strict: number; wide: number }; side: FrameSide; lex: SourceFrames['lex'] } {
  const corpus = new Corpus([buildSource(0, '/ws/sources/a.txt', TEXT)]);
  const frames = new SourceFrames(corpus);
  const p = corpus.passages.find((q) => q.figures.length > 0)!;
  const side = frames.side(p, p.figures[0])!;
  const reads = { strict: 0, wide: 0 };
  const src: FrameSide = {
    frame: side.frame,
    get referable() {
      reads.strict++;
      return side.referable;
    },
    get referableWide() {
      reads.wide++;
      return side.referableWide;
    },
    get ownReferable() {
      return side.ownReferable;
    },
    inheritedPeriod: side.inheritedPeriod,
    priorNames: side.priorNames,
    leadNames: side.leadNames,
    paragraphNames: side.paragraphNames,
    fullNames: side.fullNames,
  };
  return { src, reads, side, lex: frames.lex };
}

/** The same side with its sets read beforehand (plain properties), no own words. */
function eager(): FrameSide {
  const { side } = counted();
  return { frame: side.frame, referable: side.referable, referableWide: side.referableWide, inheritedPeriod: side.inheritedPeriod, priorNames: side.priorNames, leadNames: side.leadNames, paragraphNames: side.paragraphNames, fullNames: side.fullNames };
}

const noteNaming = (side: FrameSide, x: string): FrameSide => ({ frame: { ...side.frame, names: [x], subject: [], placeAfter: undefined, placeBefore: undefined, partner: undefined }, referable: new Set(), inheritedPeriod: {} });

describe('align reads a source’s sets of words only as far as a name of the note needs them', () => {
  it('the sets as the cases need: own words within the strict set, the strict set within the wide one', () => {
    const { side } = counted();
    const own = side.ownReferable!;
    assert.ok(own.has('author') && own.has('books') && !own.has('austen'));
    assert.ok(!side.referable.has('follet') && side.referable.has('austen') && side.referableWide!.has('follet'));
    for (const w of own) assert.ok(side.referable.has(w), w);
    for (const w of side.referable) assert.ok(side.referableWide!.has(w), w);
    // (once the strict set is made, it is read instead)
    assert.equal(side.ownReferable, undefined);
  });

  const cases: [string, { strict: boolean; wide: boolean }, { namesMissing: number; namesMissingWide: number; subject: number }][] = [
    ['author', { strict: false, wide: false }, { namesMissing: 0, namesMissingWide: 0, subject: 1 }],
    ['austen', { strict: true, wide: false }, { namesMissing: 0, namesMissingWide: 0, subject: 1 }],
    ['follet', { strict: true, wide: true }, { namesMissing: 1, namesMissingWide: 0, subject: 1 }],
    ['grisham', { strict: true, wide: true }, { namesMissing: 1, namesMissingWide: 1, subject: 0 }],
  ];
  for (const [name, read, want] of cases)
    it(`"${name}": the strict set ${read.strict ? 'read' : 'unread'}, the wide one ${read.wide ? 'read' : 'unread'}; the alignment the one read with every set at hand`, () => {
      const { src, reads, side, lex } = counted();
      const a = align(noteNaming(side, name), src, () => 1, lex);
      assert.equal(reads.strict > 0, read.strict);
      assert.equal(reads.wide > 0, read.wide);
      assert.equal(a.blocked, undefined);
      assert.deepEqual({ namesMissing: a.namesMissing, namesMissingWide: a.namesMissingWide, subject: a.subject }, want);
      const e = eager();
      assert.deepEqual(a, align(noteNaming(e, name), e, () => 1, lex));
    });
});
