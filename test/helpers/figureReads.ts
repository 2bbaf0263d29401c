// Reading a made-up sentence's figures in one line each, for the figure-extraction tables of the
// mutation tests: "text|kind|value[-high]|unit|start|hedge", and the one figure a sentence holds.
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures';
import type { Figure } from '../../server/src/engine/types';

/** "text|kind|value[-high]|unit|start|hedge" of every figure of text[start, end). */
export const read = (text: string, start = 0, end = text.length): string[] =>
  extractFigures(text, start, end).map((f) => `${f.text}|${f.kind}|${f.value}${f.high !== undefined ? '-' + f.high : ''}|${f.unit ?? ''}|${f.start}|${f.hedge ?? ''}`);

/** The only figure of `text` (fails when there are none or several). */
export function only(text: string): Figure {
  const fs = extractFigures(text);
  assert.equal(fs.length, 1, text);
  return fs[0];
}
