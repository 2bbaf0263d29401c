// Claim frames at edges seed 6 of the mutation sample found untested (scripts/mutate-sample.mjs
// --seed 6, README "Tests"): the frame of one figure of a made-up sentence — its period, what it
// measures, who it is about, how far the words around it reach it — at a sentence's first or last
// token, after a parenthesis, an aside between dashes as long as one may be, and the tokens of a
// later sentence of a text. Each case fails with its seed-6 mutant applied.
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { FRAME_POLICY } from '../../server/src/engine/frames/policy';
import { frameTokens } from '../../server/src/engine/frames/tokens';
import { frameIn } from '../helpers/frameReads';

const lex = new Lexicon();
const ordinary = (low: string) => lex.knows(low) && lex.ordinaryOpener(low);

describe('seed 6 survivors: claim frames', () => {
  it('"since" dates a figure whether the date leads the sentence or follows the figure', () => {
    assert.equal(frameIn(lex, 'Since 1997 the club has won 14 titles.', '14').period.year, 1997);
    assert.equal(frameIn(lex, 'It sold 300, the most since 2010.', '300').period.year, 2010);
  });

  it('a sentence may open with "of", "term" or a describing word: read, not thrown on', () => {
    assert.deepEqual(frameIn(lex, 'of May 2020 the sales rose 5%.', '5%').period, { year: 2020, month: 5 });
    assert.deepEqual(frameIn(lex, 'Term fees rose 5% in 2020.', '5%').metric, ['fee', 'term']);
    assert.equal(frameIn(lex, 'Long term, sales will rise 5%.', '5%').period.tense, 'future');
    assert.deepEqual(frameIn(lex, 'Veteran Scot Andy Reid won 3 titles in 2020.', '3').subject, ['reid', 'andy', 'scot']);
  });

  it('a sentence may end on a comma: read, not thrown on', () => {
    const f = frameIn(lex, 'Sales rose 5% in 2020,', '5%');
    assert.deepEqual([f.role, f.direction, f.metric, f.period.year], ['change', 'up', ['revenue'], 2020]);
  });

  it('a date after a figure that has no metric of its own dates the figure before it and measures what it does', () => {
    assert.deepEqual(frameIn(lex, 'Acme sold 300 cars in 2019 and 400 in 2020.', '2020').metric, ['car']);
  });

  it('a one-word parenthesis after the figure is passed over to the counted noun', () => {
    const f = frameIn(lex, 'The plant made 400 (gross) cars in 2020.', '400');
    assert.deepEqual([f.metric, f.counted], [['car', 'plant', 'make'], 1]);
  });

  it('a number inside the noun phrase ("Boeing 737", "Windows 11") is no word of what is counted', () => {
    for (const [s, fig] of [['Acme bought 30 Boeing 737 jets in 2020.', '30'], ['Acme sold 300 Windows 11 licences.', '300']]) {
      const m = frameIn(lex, s, fig).metric;
      assert.ok(!m.some((w) => /\d/.test(w)), `${s}: ${m.join(' ')}`);
    }
  });

  it('a word outside an aside reaches a figure inside it decayed once at its edge, whether the aside is in brackets or dashes', () => {
    const paren = frameIn(lex, 'The plant (which made 300 cars in 2019) made 400 in 2020.', '300').context.get('plant')!;
    const dashes = frameIn(lex, 'The plant — which made 300 cars in 2019 — made 400 in 2020.', '300').context.get('plant')!;
    const plain = frameIn(lex, 'The plant which made 300 cars in 2019 made 400 in 2020.', '300').context.get('plant')!;
    assert.equal(paren, dashes);
    assert.ok(paren < plain && paren > plain / 2, `${paren} against ${plain}`);
  });

  it('"to" before a figure with "from" after it: the words before "to" reach the figure undecayed', () => {
    assert.deepEqual(frameIn(lex, 'Sales fell to 300 from 400 in 2020.', '300').context, frameIn(lex, 'Sales fell to 300 in 2020.', '300').context);
    // the other way round the reading passes the "from" figure first
    assert.ok(frameIn(lex, 'Sales rose from 200 to 300 in 2020.', '300').context.get('rise')! < frameIn(lex, 'Sales rose to 300 in 2020.', '300').context.get('rise')!);
  });

  it(`an aside between spaced dashes is closed within ${FRAME_POLICY.maxParenTokens} tokens: one word more and it is no aside`, () => {
    const words = (n: number) => Array.from({ length: n }, (_, k) => ['the', 'big', 'old', 'red', 'port', 'of', 'town', 'and', 'its', 'many', 'quays'][k % 11]).join(' ');
    const reach = (n: number) => frameIn(lex, `Members backed it - ${words(n)} - 63% in 2020.`, '63%').context.has('port');
    const longest = FRAME_POLICY.maxParenTokens - 2; // the open dash, the words, the close dash within the reach
    assert.equal(reach(longest), false, `${longest} words: an aside, its words do not reach the figure after it`);
    assert.equal(reach(longest + 1), true, `${longest + 1} words: no aside`);
  });

  it('the tokens of a later sentence of a text, given all the text\'s figures, point at that sentence\'s figures', () => {
    const text = 'Acme sold 300 cars in 2019. Beta sold 40 vans.';
    const figures = extractFigures(text);
    const start = text.indexOf('Beta');
    const tokens = frameTokens(text, start, text.length, figures, lex, ordinary);
    const figs = tokens.filter((t) => t.kind === 'fig');
    assert.deepEqual(figs.map((t) => [figures[t.fig!].text, t.start]), [['40', text.indexOf('40')]]);
  });
});
