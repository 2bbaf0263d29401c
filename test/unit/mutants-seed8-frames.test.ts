// Claim frames and the note parser at edges seed 8 of the mutation sample found untested
// (scripts/mutate-sample.mjs --seed 8, README "Tests"), in made-up sentences and notes: what a
// figure counts when the sentence ends on a comma after it, a name after "of" in what is measured,
// "by an extra 5%" as a change, a range's tokens ending at its end, and a front matter whose opening line has a trailing space.
// Each case fails with its seed-8 mutant applied.
import * as assert from 'node:assert/strict';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameTokens } from '../../server/src/engine/frames/tokens';
import { extractFigures } from '../../server/src/engine/figures';
import { chunks } from '../../server/src/engine/notes/chunks';
import { frameIn } from '../helpers/frameReads';

describe('seed 8 survivors: frames and notes', () => {
  let lex: Lexicon;
  beforeEach(() => {
    lex = new Lexicon();
  });

  it('the noun after a figure is what it counts, also in a sentence that ends on a comma', () => {
    const cases: [string, string, string][] = [
      ['In York, Acme sold 300 cars,', '300', 'car'],
      ['After the storm, 300 cars were sold by Acme,', '300', 'car'],
      ['In 2020 sales rose 5%, Acme', '2020', 'revenue'],
    ];
    for (const [s, fig, noun] of cases) {
      const f = frameIn(lex, s, fig);
      assert.ok(f.metric.includes(noun), `${s}: ${f.metric.join(' ')}`);
      assert.equal(f.counted, 1, s);
    }
  });

  it('a name after "of" is part of what is measured', () => {
    assert.deepEqual(frameIn(lex, "The Bank of Leeds's profit rose 5%.", '5%').metric, ['profit', 'leeds']);
  });

  it('"rose by an extra 5%" is a change; after "the" the rule does not read it', () => {
    assert.equal(frameIn(lex, 'Sales rose by an extra 5% in 2020.', '5%').role, 'change');
    assert.equal(frameIn(lex, 'Sales rose by the extra 5% in 2020.', '5%').role, 'level');
  });

  it('a front matter whose opening "---" has a trailing space is one, and stays in the first chunk', () => {
    const spans = (t: string) => chunks(t).map((c) => t.slice(c.start, c.end));
    assert.deepEqual(spans('--- \ntitle: A\n\nsummary: B\n---\n\nBody one.\n\nBody two.\n'), ['--- \ntitle: A\n\nsummary: B\n---\n\n', 'Body one.\n\n', 'Body two.\n']);
    assert.deepEqual(spans('---x\ntitle: A\n\nsummary: B\n---\n\nBody one.\n'), ['---x\ntitle: A\n\n', 'summary: B\n---\n\n', 'Body one.\n'], 'a rule with a word after it opens no front matter');
  });

  it("a range's tokens stop at its end: a word that starts there is the next range's", () => {
    const s = 'Sales rose 5%. Prices fell 2%.';
    const figures = extractFigures(s);
    const words = (end: number) => frameTokens(s, 0, end, figures, lex, () => false).map((t) => t.low || s.slice(t.start, t.end));
    assert.deepEqual(words(15), ['sales', 'rose', '5%', '.']);
    assert.deepEqual(words(s.length), ['sales', 'rose', '5%', '.', 'prices', 'fell', '2%', '.']);
  });
});
