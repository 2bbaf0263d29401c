// A source figure's side (frames/sourceFrames.ts SourceFrames.side): its frame at once, its context
// (the words and names around it, its period, the source's leads and full names) read through
// getters when an alignment asks — each getter the context of its own passage and source.
import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/engine/corpus';
import { SourceFrames } from '../../server/src/engine/frames/sourceFrames';
import { buildSource } from '../../server/src/engine/sources';

const A = ['Harbour news', 'Chris Penfold said fees rose 12% in 2017. Berths cost 900.', 'Penfold added that tolls reached 55.'].join('\n\n') + '\n';
const B = ['Mill report', 'In 2019 the Dunmore mill made 40 tonnes. Output fell 3% then.'].join('\n\n') + '\n';

describe('frames/sourceFrames.ts: a source side reads its own passage’s context when asked', () => {
  const corpus = new Corpus([buildSource(0, '/ws/sources/harbour.txt', A), buildSource(1, '/ws/sources/mill.txt', B)]);

  it('makes no context until a getter is read, then the passage’s own', () => {
    const frames = new SourceFrames(corpus);
    const [a1, a2] = corpus.sources[0].passages.slice(1);
    const b2 = corpus.sources[1].passages[2];
    const sa = frames.side(a2, a2.figures[0])!;
    const sb = frames.side(b2, b2.figures[0])!;
    assert.equal(sa.frame.role, frames.side(a2, a2.figures[0], 0)!.frame.role);
    const before = frames.counts.tokenized;
    assert.ok(sb.referable.has('dunmore') && !sb.referable.has('penfold'), 'the mill passage reaches the mill sentence');
    assert.ok(sa.referable.has('berths') && !sa.referable.has('dunmore'), 'the harbour passage reaches its paragraph');
    assert.ok(frames.counts.tokenized > before, 'read when asked');
    assert.equal(sb.inheritedPeriod.year, 2019);
    assert.equal(sa.inheritedPeriod.year, 2017);
    assert.ok(sa.priorNames!.has('chris') || sa.priorNames!.has('penfold'));
    assert.ok(!sb.priorNames!.has('penfold'));
    assert.deepEqual([...sa.fullNames!.get('penfold')!], ['chris']);
    assert.equal(sb.fullNames!.get('penfold'), undefined);
    assert.ok(sa.referableWide!.has('harbour'));
    assert.strictEqual(sa.referable, frames.side(a2, a2.figures[0])!.referable, 'one set per passage, kept');
    assert.ok(a1.figures.length > 0);
  });
});

describe('frames/sourceFrames.ts: the shapes of a check kept with the store’s frames', () => {
  it('keeps the first source side and the first note framing input it made, whatever is made after', () => {
    const corpus = new Corpus([buildSource(0, '/ws/sources/harbour.txt', A), buildSource(1, '/ws/sources/mill.txt', B)]);
    const frames = new SourceFrames(corpus);
    const kept = () => frames as unknown as { keptSide?: object; keptNoteInput?: { text: string } };
    assert.equal(kept().keptSide, undefined);
    const [, a1, a2] = corpus.sources[0].passages;
    const first = frames.side(a1, a1.figures[0])!;
    frames.side(a2, a2.figures[0]);
    assert.strictEqual(kept().keptSide, first);
    const note = 'Fees rose 12% in 2017.';
    frames.framer(note, frames.tokens(note, 0, note.length, []), []);
    frames.framer('Another sentence.', [], []);
    assert.equal(kept().keptNoteInput?.text, note);
  });
});
