// A child process for test/unit/server-memory.test.ts: reads sentences of its own into claim-frame
// tokens (frames/tokens.ts), keeps them, and writes a heap snapshot to FILE; prints how many
// tokens it made. Usage: tokenHeapChild.ts FILE
import * as v8 from 'node:v8';
import { extractFigures } from '../../server/src/engine/figures';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameTokens, type FrameToken } from '../../server/src/engine/frames/tokens';

/** Sentences with words, names, punctuation and figures (all four kinds of token). */
export const TOKEN_SENTENCES = [
  'The Harbour Board said Kellmouth handled 4,200 containers in 2019, up 6% on the year before.',
  'Shares in Brannock Mills fell 12p to 310p after the firm cut its forecast.',
  'About 35 families work on the boats, the survey found; most of them are selling.',
];

function main(): void {
  const [file] = process.argv.slice(2);
  const lex = new Lexicon();
  const kept: FrameToken[][] = [];
  for (const s of TOKEN_SENTENCES) kept.push(frameTokens(s, 0, s.length, extractFigures(s), lex, () => true));
  v8.writeHeapSnapshot(file);
  process.stdout.write(`${kept.reduce((n, t) => n + t.length, 0)}\n`);
}

if (require.main === module) main();
