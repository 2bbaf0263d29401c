// A note that names a bound ("put the floor at $40", "a ceiling of 6%") is compared with the bound
// the source's hedge states ("supported above $30", "below 5%"), not with the values the hedge
// allows (check/rules.ts asStatedBound, BOUND_NOUNS in frames/lexicon.ts). Every sentence here is
// written for the test.
import * as assert from 'node:assert/strict';
import { checkAgainst, verdictOf } from './check-helpers';

const FILES: Record<string, string> = {
  'grain.txt':
    'Grain outlook\n\nThe wheat board chairman Tom Ellery expects prices to stay high. "The price of wheat will be well supported above $200 a tonne for the medium term," he said.\n\nThe board said its levy would stay below 5% of the sale price.\n',
  'pay.txt': 'Farm pay\n\nFrom April, farm hands must be paid at least £6.10 an hour, up from £5.90.\n\nA further rise in the farm rate to £6.40 an hour is pencilled in for April 2027.\n',
};

const check = (note: string) => checkAgainst(FILES, note);

const verdict = verdictOf;

describe('bounds named by the note: floor, minimum, ceiling, maximum', () => {
  it('a floor other than the one the source states is contradicted', () => {
    assert.equal(verdict(check('Tom Ellery put the medium-term floor for wheat prices at $250 a tonne [@grain].\n'), '$250'), 'contradicted');
  });
  it('the floor the source states is supported', () => {
    assert.equal(verdict(check('Tom Ellery put the medium-term floor for wheat prices at $200 a tonne [@grain].\n'), '$200'), 'supported');
  });
  it('a ceiling other than the source\'s upper bound is contradicted', () => {
    assert.equal(verdict(check('The board set a ceiling on its levy of 6% of the sale price [@grain].\n'), '6%'), 'contradicted');
  });
  it('without a bound word, a value above the source\'s lower bound is consistent with it, not contradicted', () => {
    assert.notEqual(verdict(check('Tom Ellery expects wheat prices of $250 a tonne over the medium term [@grain].\n'), '$250'), 'contradicted');
  });
  it('a bound named by a word of the phrase ("the minimum pay will rise to £6.10"): "at least £6.10" states it', () => {
    assert.equal(verdict(check('The minimum pay for farm hands will rise to £6.10 an hour in April [@pay].\n'), '£6.10'), 'supported');
  });
});
