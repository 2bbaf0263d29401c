// A source figure's frame side (server/src/engine/frames/sourceFrames.ts), through a corpus built
// in the test: the words it can refer to (its paragraph, or across paragraphs; the title), a
// paragraph opening with a pronoun reaching the one before, the names of the sentences before it,
// the year two sentences before it sets, and which capitalised openers are ordinary words.
import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/engine/corpus';
import { extractFigures } from '../../server/src/engine/figures';
import { SourceFrames } from '../../server/src/engine/frames/sourceFrames';
import { buildSource } from '../../server/src/engine/sources';
import type { Passage } from '../../server/src/engine/types';

const TEXT = [
  'harbour dues and café notes',
  'The Penfold harbour board met in 2017. Fees went up for trawlers. Berths rose 12% then. Fees fell 3% in 2018.',
  'It charged 40 pounds a day. Cranes cost 900.',
  'Tolls reached 55 in 2019 under Mayor Quint. A ferry came. Another came. Fares hit 7.',
  'In the 1990s tolls were low. Docks held 30 boats.',
].join('\n\n') + '\n';

describe('frames/sourceFrames.ts: what a source figure can refer to', () => {
  let corpus: Corpus;
  let frames: SourceFrames;
  let passages: readonly Passage[];
  beforeEach(() => {
    corpus = new Corpus([buildSource(0, '/ws/sources/penfold.txt', TEXT)]);
    frames = new SourceFrames(corpus);
    passages = corpus.sources[0].passages;
  });
  /** The side of the figure written `text` in the passage whose text contains `sentence`. */
  const sideOf = (sentence: string, text: string) => {
    const p = passages.find((q) => q.text.includes(sentence));
    assert.ok(p, sentence);
    const f = p.figures.find((g) => g.text === text);
    assert.ok(f, text);
    return frames.side(p, f)!;
  };

  it('the passages are the sentences, by paragraph', () => {
    assert.deepEqual(passages.map((p) => [p.index, p.paragraph]), [[0, 0], [1, 1], [2, 1], [3, 1], [4, 1], [5, 2], [6, 2], [7, 3], [8, 3], [9, 3], [10, 3], [11, 4], [12, 4]]);
  });
  it('a figure\'s frame, found by its place or, when that place holds another, by looking', () => {
    const p = passages[3];
    assert.equal(frames.side(p, p.figures[0])!.frame.role, 'change');
    assert.equal(frames.side(p, p.figures[0], 0)!.frame.role, 'change');
    assert.equal(frames.side(p, p.figures[0], 5)!.frame.role, 'change');
    assert.deepEqual(frames.side(passages[4], passages[4].figures[1], 1)!.frame.role, 'date');
    assert.equal(frames.side(p, passages[4].figures[0]), undefined, 'a figure of another passage');
  });
  it('referable: the words of its paragraph up to four sentences back, and the title\'s', () => {
    const r = sideOf('Cranes cost', '900').referable;
    for (const w of ['cranes', 'crane', 'cost', 'charged', 'charge', 'it', 'harbour', 'café', 'notes']) assert.ok(r.has(w), w);
    for (const w of ['trawlers', 'fees', 'note', '900']) assert.ok(!r.has(w), w);
  });
  it('referable wide: across paragraphs, still four sentences back, the title\'s sentence read as one', () => {
    const r = sideOf('Cranes cost', '900').referableWide!;
    for (const w of ['trawlers', 'fees', 'berths', 'charged']) assert.ok(r.has(w), w);
    for (const w of ['board', 'penfold']) assert.ok(!r.has(w), w);
    assert.ok(sideOf('Penfold harbour board', '2017').referableWide!.has('note'), 'the title as a sentence: its lemmas');
    assert.ok(!sideOf('Penfold harbour board', '2017').referable.has('note'), 'the title alone: its words');
  });
  it('a paragraph opening with a pronoun reaches the paragraph before, in its first sentence only', () => {
    const r = sideOf('It charged', '40').referable;
    for (const w of ['trawlers', 'fees', 'penfold']) assert.ok(r.has(w), w);
    assert.ok(!sideOf('Tolls reached', '55').referable.has('cranes'), 'no pronoun: its own paragraph');
  });
  it('prior names: the title\'s words and the names of the sentences before in its paragraph', () => {
    assert.deepEqual([...sideOf('Fares hit', '7').priorNames!].sort(), ['and', 'café', 'dues', 'harbour', 'mayor', 'notes', 'quint']);
    assert.deepEqual([...sideOf('Tolls reached', '55').priorNames!].sort(), ['and', 'café', 'dues', 'harbour', 'notes'], 'not its own sentence\'s');
    assert.ok(sideOf('Berths rose', '12%').priorNames!.has('penfold'));
    assert.ok(sideOf('It charged', '40').priorNames!.has('penfold'), 'a pronoun reaches the paragraph before');
    assert.ok(!sideOf('Cranes cost', '900').priorNames!.has('penfold'));
  });
  it('inherited period: a year of the two sentences before, in the paragraph, not a decade', () => {
    assert.deepEqual(sideOf('Berths rose', '12%').inheritedPeriod, { year: 2017 });
    assert.deepEqual(sideOf('Fees fell', '3%').inheritedPeriod, {}, 'three sentences back');
    assert.deepEqual(sideOf('It charged', '40').inheritedPeriod, {}, 'the paragraph before');
    assert.deepEqual(sideOf('Docks held', '30').inheritedPeriod, {}, 'a decade');
    assert.equal(sideOf('Berths rose', '12%').inheritedPeriod, sideOf('Berths rose', '12%').inheritedPeriod, 'read once, shared');
  });
  it('ordinary openers: a stop word, a word the sources write in lower case, an unseen inflected verb', () => {
    assert.deepEqual(['the', 'tolls', 'another', 'walked', 'penfold', 'zorblat'].map(frames.ordinary), [true, true, true, true, false, false]);
    assert.deepEqual(['the', 'tolls', 'another', 'walked', 'penfold', 'zorblat'].map((w) => corpus.writtenAs(w)), ['word', 'word', 'opener', 'unseen', 'name', 'unseen']);
  });
  it('frames and tokens of any text, read as the sources are', () => {
    const note = 'Penfold fees rose 4% in 2020.';
    const figs = extractFigures(note);
    const tokens = frames.tokens(note, 0, note.length, figs);
    assert.deepEqual(tokens.filter((t) => t.kind === 'name').map((t) => t.lemma), ['penfold'], 'a name the sources write capitalised');
    assert.deepEqual(frames.frames(note, tokens, figs).map((f) => [f.role, f.metric[0], f.period.year]), [['change', 'fee', 2020], ['date', 'fee', undefined]]);
    assert.deepEqual(frames.frames(note, frames.tokens(note, 0, note.length, []), []), []);
  });
});
