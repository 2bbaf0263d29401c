// Reading families of session 40 (issue 9), found on bbc-23 and bbc-24 once they became development
// notes. Every sentence and every name here is written for the test.
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures';
import { type ClaimFrame, sentenceFrames } from '../../server/src/engine/frames/frame';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameTokens } from '../../server/src/engine/frames/tokens';
import { judgedTitled } from './check-helpers';

const lex = new Lexicon();
const ordinary = (low: string) => lex.knows(low) && lex.ordinaryOpener(low);
function frameOf(sentence: string, figure: string): ClaimFrame {
  const figures = extractFigures(sentence);
  const tokens = frameTokens(sentence, 0, sentence.length, figures, lex, ordinary);
  const i = figures.findIndex((f) => f.text === figure);
  assert.ok(i >= 0, `no figure ${figure} in ${sentence}`);
  return sentenceFrames({ text: sentence, tokens, figures, lex })[i];
}

describe('reading families (session 40): "as low as X" states the extreme the value reaches', () => {
  const T = 'Harbour town jobs plan';
  const S = 'Officials in Vellport said a new ferry terminal would bring work to the town. By 2020 unemployment could fall as low as 6.4%, the council said. As many as 900 jobs could be created at the terminal.';
  it('"could drop to 6.4%" is supported by "could fall as low as 6.4%"', () => {
    assert.equal(judgedTitled(T, S, 'Vellport unemployment could drop to 6.4% by 2020.', '6.4%'), 'supported 6.4%');
  });
  it('"900 jobs could be created" is supported by "as many as 900 jobs"', () => {
    assert.equal(judgedTitled(T, S, 'The Vellport terminal could create 900 jobs.', '900'), 'supported 900');
  });
  it('another value is still contradicted', () => {
    assert.equal(judgedTitled(T, S, 'Vellport unemployment could drop to 4.6% by 2020.', '4.6%'), 'contradicted 6.4%');
  });
  it('a line the value stays beyond is no extreme it reaches: "more than 900 jobs" does not support "900 jobs"', () => {
    const S2 = 'Officials in Vellport said a new ferry terminal would bring work to the town. More than 900 jobs could be created at the terminal.';
    assert.notEqual(judgedTitled(T, S2, 'The Vellport terminal could create 900 jobs.', '900'), 'supported 900');
  });
});

describe('reading families (session 40): an attribution closing the sentence names its speaker ("…, Ada Brine said" / "…, she said")', () => {
  const T = 'Canal towns fund';
  const S = 'A fund for canal towns is too small, a report has found.\n\nThe fund pays for 40 locks. "The money is not enough," deputy director Ada Brine said.\n\nMs Brine said most locks were built before 1850. With steady repairs, the number of closed locks could fall to 14 by 2012, she said.';
  it('a closing "NAME said" or "said NAME" gives the frame its speakers; a closing "she said" its pronoun speaker', () => {
    assert.deepEqual(frameOf('Closed locks could fall to 14 by 2012, Ada Brine said.', '14').speakers, ['ada', 'brine']);
    assert.deepEqual(frameOf('Closed locks could fall to 14 by 2012, said deputy director Ada Brine.', '14').speakers, ['ada', 'brine']);
    assert.equal(frameOf('Closed locks could fall to 14 by 2012, she said.', '14').pronounSpeaker, true);
    assert.equal(frameOf('Closed locks could fall to 14 by 2012, she added.', '14').pronounSpeaker, true);
  });
  it('a last clause that is no attribution gives none ("…, Ada Brine said to 40 people", "…, Leeds won")', () => {
    assert.equal(frameOf('Closed locks could fall to 14 by 2012, Ada Brine told 40 people.', '14').speakers, undefined);
    assert.equal(frameOf('Closed locks could fall to 14 by 2012, and Leeds won.', '14').speakers, undefined);
    assert.equal(frameOf('She said closed locks could fall to 14 by 2012, in Leeds.', '14').speakers, undefined);
    assert.equal(frameOf('Closed locks could fall to 14 by 2012, the report said.', '14').pronounSpeaker, undefined);
  });
  it('the note\'s closing speaker is the source\'s "she": supported', () => {
    assert.equal(judgedTitled(T, S, 'With steady repairs, closed locks could fall to 14 by 2012, Ada Brine said.', '14'), 'supported 14');
  });
  it('a wrong value is contradicted', () => {
    assert.equal(judgedTitled(T, S, 'With steady repairs, closed locks could fall to 23 by 2012, Ada Brine said.', '23'), 'contradicted 14');
  });
  it('a speaker the source never names is not the source\'s "she"', () => {
    assert.equal(judgedTitled(T, S, 'With steady repairs, closed locks could fall to 23 by 2012, Mira Stoat said.', '23'), 'unverified');
  });
});
