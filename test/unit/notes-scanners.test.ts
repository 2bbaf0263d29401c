// The note parser's hand-written scanners (server/src/engine/notes/scan.ts) give exactly what the regular
// expressions they replaced gave (test/unit/notes-oracles.ts), on short random text where backtracking
// costs nothing; white space is JavaScript's \s, code point by code point. Fast: part of `npm run mutate`.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { citationGroups, citationKeys, findQuotes, hasSpace, ignoreComments, isSpace, trimEndWhere, trimStartWhere } from '../../server/src/engine/notes/scan';
import { oldCitationGroups, oldCitationKeys, oldFindQuotes, oldIgnoreComments } from './notes-oracles';

const SEED = { seed: 20240611 }; // fixed: a failure replays; fast-check prints the counterexample

describe('white space as JavaScript’s \\s', () => {
  it('isSpace is /\\s/ for every UTF-16 code unit', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c.toString(16));
    assert.deepEqual(wrong, []);
  });
  it('hasSpace, trimStartWhere and trimEndWhere are split(/\\s+/), trimStart() and trimEnd()', () => {
    const text = fc.array(fc.constantFrom('a', '1', ' ', '\t', '\n', '\u00a0', '\u2028', '\u3000', '\ufeff', '.', ';'), { maxLength: 12 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, (t) => {
        assert.equal(hasSpace(t), t.split(/\s+/).length > 1);
        assert.equal(trimStartWhere(t, isSpace), t.trimStart());
        assert.equal(trimEndWhere(t, isSpace), t.trimEnd());
      }),
      { ...SEED, numRuns: 2000 },
    );
  });
});

describe('note parser pieces agree with the expressions they replaced', () => {
  const alphabet = (chars: string[], max: number) => fc.array(fc.constantFrom(...chars), { maxLength: max }).map((xs) => xs.join(''));
  const citeText = alphabet(['[', ']', '@', '-', 'a', 'B', '1', '_', ':', '.', '#', '/', '?', ',', ';', ' ', '\n', '(', 'p', '@a', '[@', '\u00a0'], 60);

  it('citation groups', () => {
    fc.assert(
      fc.property(citeText, fc.nat(), fc.nat(), (t, x, y) => {
        const [from, to] = [x % (t.length + 1), y % (t.length + 1)].sort((a, b) => a - b);
        assert.deepEqual(citationGroups(t, from, to), oldCitationGroups(t, from, to));
      }),
      { ...SEED, numRuns: 2000 },
    );
  });

  it('citation keys, their trailing punctuation and locators', () => {
    fc.assert(
      fc.property(citeText, (t) => {
        assert.deepEqual(citationKeys(t), oldCitationKeys(t));
      }),
      { ...SEED, numRuns: 2000 },
    );
  });

  it('grounded-ignore comments', () => {
    const html = alphabet(['<!--', '-->', '--', '-', '>', ' ', '\n', 'grounded-ignore', 'grounded-ignored', 'figure-mismatch', ',', 'x', '<'], 30);
    fc.assert(
      fc.property(html, (t) => {
        assert.deepEqual(ignoreComments(t), oldIgnoreComments(t));
      }),
      { ...SEED, numRuns: 2000 },
    );
  });

  it('quotes', () => {
    const text = alphabet(['"', '“', '”', '‘', '’', 'a', '1', 'é', ' ', '\n', '\n\n', '.', '\ud83d'], 50);
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, x, y) => {
        const [from, to] = [x % (t.length + 1), y % (t.length + 1)].sort((a, b) => a - b);
        assert.deepEqual(findQuotes(t, from, to), oldFindQuotes(t, from, to));
      }),
      { ...SEED, numRuns: 2000 },
    );
  });
});


describe('note parser pieces: the shapes random text rarely makes', () => {
  const same = (t: string) => {
    assert.deepEqual(citationGroups(t, 0, t.length), oldCitationGroups(t, 0, t.length), `groups of ${JSON.stringify(t)}`);
    assert.deepEqual(ignoreComments(t), oldIgnoreComments(t), `ignore comments of ${JSON.stringify(t)}`);
    assert.deepEqual(findQuotes(t, 0, t.length), oldFindQuotes(t, 0, t.length), `quotes of ${JSON.stringify(t)}`);
  };
  it('a bracket followed by "(" is a link, not a citation group', () => {
    assert.deepEqual(citationGroups('[@a](x) [@b]', 0, 12), [{ start: 8, end: 12 }]);
    same('[@a](x) [@b]');
  });
  it('grounded-ignore comments: closed only by "-->", the keyword whole, several in a row', () => {
    for (const t of [
      '<!-- grounded-ignore -x>', '<!-- grounded-ignore x->', '<!-- grounded-ignore- >', '<!-- grounded-ignore > -->', '<!-- grounded-ignore',
      '<!-- grounded-ignoreX -->', '<!--grounded-ignore-->', '<!-- grounded-ignore figure-mismatch -->',
      '<!-- grounded-ignore a --> <!-- grounded-ignore b -->', '<!-- grounded-ignore a > b --> <!-- grounded-ignore c -->',
      '<!-- x --> <!-- grounded-ignore -->', '<!-- grounded-ignore --><!-- grounded-ignore quote-not-found -->',
    ]) same(t);
    assert.deepEqual(ignoreComments('<!-- grounded-ignore a --> <!-- grounded-ignore b -->'), [' a ', ' b ']);
    assert.deepEqual(ignoreComments('<!-- grounded-ignore -x>'), []);
  });
  it('curly single quotes: at the very start and end of the text, inside double quotes or not, in order', () => {
    for (const t of [
      '‘abc’', 'He said ‘abc’', '‘abc’ he said', '“a ‘b’ c” and "d"', '"‘a’ b"', '“a "b" ‘c’ d”', '“a” then "b"', '"b" then “a”',
      'the company’s ‘best’ year', '‘a’ “b” ‘c’', '"x" ‘y’ “z ‘w’”',
    ]) same(t);
    assert.deepEqual(findQuotes('‘abc’', 0, 5).map((q) => q.text), ['abc']);
    assert.deepEqual(findQuotes('He said ‘abc’', 0, 13).map((q) => q.text), ['abc']);
    assert.deepEqual(findQuotes('“a ‘b’ c” and "d"', 0, 17).map((q) => q.text), ['a ‘b’ c', 'd']);
    assert.deepEqual(findQuotes('"b" then “a”', 0, 12).map((q) => q.text), ['b', 'a']);
  });
});
