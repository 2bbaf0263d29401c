// A passage's frames made in order only as far as asked (frames/frame.ts SentenceFramer, read by
// SourceFrames.side): each figure's frame is the one sentenceFrames makes with every frame of its
// sentence, whichever figure is asked first, and asking one makes no frame after it. Sentences
// where a frame reads those before it (a conversion in brackets or after ", or", a change without
// a metric of its own, a date right after its figure, the other side of a comparison), and many
// sentences of the BBC corpus.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractFigures } from '../../server/src/engine/figures';
import { SentenceFramer, sentenceFrames } from '../../server/src/engine/frames/frame';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameTokens } from '../../server/src/engine/frames/tokens';
import { buildSource } from '../../server/src/engine/sources';

const lex = new Lexicon();
const ordinary = (low: string) => lex.knows(low) && lex.ordinaryOpener(low);
const BBC = path.resolve(__dirname, '../../../shared/corpora/bbc-news');

const SENTENCES = [
  'Profits rose to £138m ($259.8m) in 2004, from £120m a year earlier.',
  'The museum put the cost at an estimate of £1.8m, or $4.3m, in March.',
  'Sales reached $1.13bn for the three months to December, a rise of 15%, up from $639m.',
  'The firm plans to cut staff to 150,000 by 2008 and to 110,000 by 2012.',
  'The film made $121.9m, against $156.8m a year earlier, and 45% of it abroad.',
  'Shares fell 3% to 245p; the index gained 12.5 points, or 0.3%, to 4,820.',
];

/** [text, start, end] of sentences with at least two figures. */
function sentences(): { text: string; start: number; end: number }[] {
  const out = SENTENCES.map((s) => ({ text: s, start: 0, end: s.length }));
  if (!fs.existsSync(BBC)) return out;
  for (const f of fs.readdirSync(BBC).sort().slice(0, 120)) {
    const src = buildSource(0, f, fs.readFileSync(path.join(BBC, f), 'utf8'));
    for (const p of src.passages) if (p.figures.length >= 2) out.push({ text: src.text, start: p.start, end: p.end });
  }
  return out;
}

describe('frames made in order as far as asked', () => {
  it('each figure’s frame is sentenceFrames’, whichever is asked first, and none after it is made', () => {
    let checked = 0;
    let r = 12345;
    for (const s of sentences()) {
      const slice = s.text.slice(s.start, s.end);
      const figures = extractFigures(slice);
      if (figures.length < 2) continue;
      const input = () => ({ text: slice, tokens: frameTokens(slice, 0, slice.length, figures, lex, ordinary), figures, lex });
      const all = sentenceFrames(input());
      for (let i = 0; i < figures.length; i++) {
        const framer = new SentenceFramer(input());
        assert.deepStrictEqual(framer.frameAt(i), all[i], `figure ${i} of "${slice}"`);
        assert.equal(framer.frames.length, i + 1, 'no frame after the one asked');
      }
      // asked in a shuffled order, one framer: the same frames
      const framer = new SentenceFramer(input());
      const order = figures.map((_, i) => i);
      for (let i = order.length - 1; i > 0; i--) {
        r = (Math.imul(r, 1103515245) + 12345) >>> 0;
        const j = r % (i + 1);
        [order[i], order[j]] = [order[j], order[i]];
      }
      for (const i of order) assert.deepStrictEqual(framer.frameAt(i), all[i]);
      checked++;
    }
    assert.ok(checked >= SENTENCES.length, `sentences checked: ${checked}`);
  });
});
