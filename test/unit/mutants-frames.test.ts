// Claim frames (server/src/engine/frames): written against the mutants of scripts/mutate-sample.mjs
// that survived — a month's capital, "annually", a future "in the long term", "compared to", "to
// only", sentences that open or end on the word a rule looks around, and the hover's summary.
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures';
import { ClaimFrame, sentenceFrames } from '../../server/src/engine/frames/frame';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { summarizeFrame } from '../../server/src/engine/frames/summary';
import { frameTokens } from '../../server/src/engine/frames/tokens';

const lex = new Lexicon();
const ordinary = (low: string) => lex.knows(low) && lex.ordinaryOpener(low);

/** The frame of `figure` in `sentence`. */
function frameOf(sentence: string, figure: string): ClaimFrame {
  const figures = extractFigures(sentence);
  const tokens = frameTokens(sentence, 0, sentence.length, figures, lex, ordinary);
  const frames = sentenceFrames({ text: sentence, tokens, figures, lex });
  const i = figures.findIndex((f) => f.text === figure);
  assert.ok(i >= 0, `no figure "${figure}" in "${sentence}" (found: ${figures.map((f) => f.text).join(', ')})`);
  return frames[i];
}

function frame(over: Partial<ClaimFrame> = {}): ClaimFrame {
  return { role: 'level', metric: [], counted: 0, subject: [], names: [], namesBefore: 0, context: new Map(), period: {}, ...over };
}

describe('claim frames: the mutants that survived the sample', () => {
  describe('period', () => {
    it('a month written with its capital, and a lower-case month other than "may"', () => {
      assert.equal(frameOf('Sales rose 5% in May.', '5%').period.month, 5);
      assert.equal(frameOf('Sales rose 5% in march.', '5%').period.month, 3);
    });
    it('"annually" makes it the whole year', () => {
      assert.equal(frameOf('Sales rise 5% annually.', '5%').period.annual, true);
    });
    it('"in the long term" is the future, with no "will"', () => {
      assert.equal(frameOf('Profits reach £5m in the long term.', '£5m').period.tense, 'future');
    });
  });

  describe('the end of a change', () => {
    it('"compared to 5" is a comparison, not where a change ended: where it came from (session 41)', () => {
      assert.equal(frameOf('Sales were 10, compared to 5 last year.', '5').end, 'from');
    });
    it('"fell to only 5" ended at 5, as "fell to 5" does', () => {
      assert.equal(frameOf('Sales fell to only 5 units.', '5').end, 'to');
      assert.equal(frameOf('Sales fell to 5 units.', '5').end, 'to');
    });
  });

  describe('a rule that looks before or after a word at the edge of the sentence', () => {
    it('"To" opening the sentence', () => {
      assert.equal(frameOf('To 5,000 fans, it was a win.', '5,000').end, 'to');
    });
    it('"And" opening the sentence before a year', () => {
      assert.equal(frameOf('And 1996 Olympics drew 200 athletes.', '1996').role, 'date');
    });
    it('"could" ending the sentence', () => {
      // (a share: "5 more", a count with no "than", is an addition since session 47 — a level)
      assert.equal(frameOf('They said 5% more could.', '5%').role, 'change');
    });
  });

  describe("the hover's summary of a frame", () => {
    it('a future period reads "in future"', () => {
      assert.equal(summarizeFrame(frame({ period: { tense: 'future' } })).when, 'in future');
    });
    it('a frame with no metric says nothing it measures', () => {
      assert.deepEqual(summarizeFrame(frame()), { kind: 'level' });
      assert.deepEqual(summarizeFrame(frame({ metric: ['revenue', 'annual'] })), { kind: 'level', measures: 'revenue' });
    });
  });
});
