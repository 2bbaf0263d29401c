// align (check/alignment.ts) reads a source side's wide set of words (referableWide: the passages of
// earlier paragraphs too, each tokenized to make it) only for a name of the note's sentence that the
// strict set (its own paragraph and the title) does not reach: the wide set holds every word of the
// strict one, so a name the strict set reaches it reaches too — the alignment is the same.
import * as assert from 'node:assert/strict';
import { align } from '../../server/src/engine/check/alignment';
import { Corpus } from '../../server/src/engine/corpus';
import { SourceFrames, type FrameSide } from '../../server/src/engine/frames/sourceFrames';
import { buildSource } from '../../server/src/engine/sources';

describe('align reads the wide set of a source’s words only for a name the strict set does not reach', () => {
  const corpus = new Corpus([buildSource(0, '/ws/sources/a.txt', 'Books\n\nKen Follet is a novelist from Cardiff.\n\nThe author wrote 12 books last year.\n')]);
  const frames = new SourceFrames(corpus);
  const p = corpus.passages.find((q) => q.figures.length > 0)!;
  const side = frames.side(p, p.figures[0])!;

  /** The source side, its wide set counted each time it is read. */
  function counted(): { src: FrameSide; reads: () => number } {
    let n = 0;
    const src: FrameSide = {
      frame: side.frame,
      referable: side.referable,
      get referableWide() {
        n++;
        return side.referableWide;
      },
      inheritedPeriod: side.inheritedPeriod,
      priorNames: side.priorNames,
      leadNames: side.leadNames,
      paragraphNames: side.paragraphNames,
      fullNames: side.fullNames,
    };
    return { src, reads: () => n };
  }
  /** The same side with its sets read beforehand (plain properties). */
  const eager = (): FrameSide => ({ frame: side.frame, referable: side.referable, referableWide: side.referableWide, inheritedPeriod: side.inheritedPeriod, priorNames: side.priorNames, leadNames: side.leadNames, paragraphNames: side.paragraphNames, fullNames: side.fullNames });
  const noteNaming = (x: string): FrameSide => ({ frame: { ...side.frame, names: [x], subject: [], placeAfter: undefined, placeBefore: undefined, partner: undefined }, referable: new Set(), inheritedPeriod: {} });

  it('the sets as the case needs: the strict one within the wide one, a name in the wide one alone', () => {
    assert.ok(side.referable.has('author'));
    assert.ok(!side.referable.has('follet') && side.referableWide!.has('follet'));
    for (const w of side.referable) assert.ok(side.referableWide!.has(w), w);
  });

  it('a name the strict set reaches: the wide set is never read, and the alignment is the one read with it', () => {
    const { src, reads } = counted();
    const a = align(noteNaming('author'), src, () => 1, frames.lex);
    assert.equal(reads(), 0);
    assert.equal(a.blocked, undefined);
    assert.equal(a.namesMissing, 0);
    assert.equal(a.namesMissingWide, 0);
    assert.equal(a.subject, 1);
    assert.deepEqual(a, align(noteNaming('author'), eager(), () => 1, frames.lex));
  });

  it('a name only the wide set reaches: it is read, the name missing strictly and within reach widely', () => {
    const { src, reads } = counted();
    const a = align(noteNaming('follet'), src, () => 1, frames.lex);
    assert.ok(reads() > 0);
    assert.equal(a.blocked, undefined);
    assert.equal(a.namesMissing, 1);
    assert.equal(a.namesMissingWide, 0);
    assert.equal(a.subject, 1);
    assert.deepEqual(a, align(noteNaming('follet'), eager(), () => 1, frames.lex));
  });

  it('a name neither reaches: missing both ways, as read with the wide set at hand', () => {
    const { src } = counted();
    const a = align(noteNaming('grisham'), src, () => 1, frames.lex);
    assert.equal(a.namesMissing, 1);
    assert.equal(a.namesMissingWide, 1);
    assert.equal(a.subject, 0);
    assert.deepEqual(a, align(noteNaming('grisham'), eager(), () => 1, frames.lex));
  });
});
