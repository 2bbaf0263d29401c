// The claim frame of one figure of a made-up sentence, read as a source's sentence is (the
// sentence's first word an ordinary word when English knows it): for the frame tables of the
// mutation tests.
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures';
import { type ClaimFrame, sentenceFrames } from '../../server/src/engine/frames/frame';
import type { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameTokens } from '../../server/src/engine/frames/tokens';

/** The frame of `figure` in `sentence` (fails when the sentence holds no such figure). */
export function frameIn(lex: Lexicon, sentence: string, figure: string): ClaimFrame {
  const figures = extractFigures(sentence);
  const tokens = frameTokens(sentence, 0, sentence.length, figures, lex, (low) => lex.knows(low) && lex.ordinaryOpener(low));
  const i = figures.findIndex((f) => f.text === figure);
  assert.ok(i >= 0, `no figure ${figure}`);
  return sentenceFrames({ text: sentence, tokens, figures, lex })[i];
}
