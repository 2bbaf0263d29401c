// "Did you mean" (server/src/engine/similarity.ts): edit distances, one edit apart, how many edits
// a word allows, and the closest candidate or one the word abbreviates, in tables of made-up words.
import * as assert from 'node:assert/strict';
import { closestWord, editDistance, editsAllowed, withinOneEdit } from '../../server/src/engine/similarity';

describe('similarity.ts', () => {
  it('edit distance: insertions, deletions, substitutions, case-sensitive', () => {
    const pairs: [string, string, number][] = [['', '', 0], ['a', '', 1], ['', 'abc', 3], ['kitten', 'sitting', 3], ['flaw', 'lawn', 2], ['abc', 'abc', 0], ['abc', 'acb', 2], ['Ab', 'ab', 1]];
    for (const [a, b, d] of pairs) {
      assert.equal(editDistance(a, b), d, `${a} ${b}`);
      assert.equal(editDistance(b, a), d, `${b} ${a}`);
    }
  });
  it('one edit apart: a substitution, an insertion or a deletion anywhere, not a swap', () => {
    const pairs: [string, string, boolean][] = [
      ['abc', 'abc', true], ['abc', 'abd', true], ['abc', 'xbc', true], ['abc', 'ab', true], ['ab', 'abc', true], ['abc', 'bc', true], ['abc', 'ac', true],
      ['', 'a', true], ['', '', true], ['abc', 'a', false], ['abc', 'acb', false], ['abcd', 'abdc', false], ['abc', 'abcde', false], ['ab', 'ba', false], ['abcd', 'xbcy', false], ['abcd', 'abd', true], ['abcd', 'abxd', true],
    ];
    for (const [a, b, yes] of pairs) assert.equal(withinOneEdit(a, b), yes, `${a} ${b}`);
  });
  it('edits allowed: one per three characters (or the given number), at least one', () => {
    assert.deepEqual(['', 'ab', 'abc', 'abcde', 'abcdef', 'abcdefg'].map((w) => editsAllowed(w)), [1, 1, 1, 1, 2, 2]);
    assert.deepEqual(['ab', 'abcd', 'abcdef'].map((w) => editsAllowed(w, 2)), [1, 2, 3]);
  });
  it('the closest word: an only candidate the word abbreviates (three letters or more), else the nearest within the edits allowed', () => {
    const cases: [string, string[], string | undefined][] = [
      ['warn', ['warning', 'error', 'info'], 'warning'],
      ['WARN', ['warning'], 'warning'],
      ['info', ['information', 'info-x'], undefined],
      ['wa', ['warning', 'water'], undefined],
      ['eror', ['error', 'warning'], 'error'],
      ['erorr', ['Error', 'warning'], undefined],
      ['xyz', ['error'], undefined],
      ['ab', ['abc'], 'abc'],
      ['abcdef', ['abxyef'], 'abxyef'],
      ['abcdef', ['axyzef'], undefined],
      ['hint', ['hunt', 'hind'], 'hunt'],
      ['Eror', ['error'], 'error'],
      ['x', [], undefined],
    ];
    for (const [w, cands, expected] of cases) assert.equal(closestWord(w, cands), expected, `${w} among ${cands.join(', ')}`);
  });
});
