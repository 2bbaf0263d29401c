// Figures quoted together (check/coQuoted.ts): two values of a note's sentence that one cited
// sentence states together, in the note's order, support each other where the words around them
// meet too little for either alone — but not swapped, not a value beside its year in another
// measure's headline. Every sentence here is written for the test.
import * as assert from 'node:assert/strict';
import { checkAgainst, verdictOf } from './check-helpers';

const FILES: Record<string, string> = {
  'tennis.txt': 'Marr through again\n\nVeteran Len Marr is through at Ostbury. It is the 12th time in 15 trips to the event that the 34-year-old has gone so far.\n',
  'pell.txt': 'Obituary\n\nRhys Pell, who has died aged 80, took over the Ostland Labour party in 1983 and quit after losing the 1992 election.\n',
  'deal.txt': 'Ostco bid\n\nOstco plans to swap 0.52 of its shares and $1.50 in cash for each Kelp share, as well as offering special dividends of $4.50 a share.\n',
  'trade.txt': 'Ostland exports rise 25% in 2004\n\nThe customs office said the trade surplus had doubled.\n',
};

const check = (note: string) => checkAgainst(FILES, note);

describe('figures quoted together support each other', () => {
  it('two values one cited sentence states in the note\'s order are supported, though its words differ', () => {
    const r = check('Len Marr reached the last eight for the 12th time in 15 visits [@tennis].\n');
    assert.equal(verdictOf(r, '12th'), 'supported');
    assert.equal(verdictOf(r, '15'), 'supported');
    const y = check('Rhys Pell entered the shadow cabinet in 1983 and left it in 1992 [@pell].\n');
    assert.equal(verdictOf(y, '1983'), 'supported');
    assert.equal(verdictOf(y, '1992'), 'supported');
  });

  it('values swapped within the sentence are not supported by their pair', () => {
    const r = check('Ostco offers 0.52 of a share plus $4.50 in cash per Kelp share, and special dividends of $1.50 a share [@deal].\n');
    assert.notEqual(verdictOf(r, '$1.50'), 'supported');
    assert.notEqual(verdictOf(r, '$4.50'), 'supported');
  });

  it('a value beside its year in a headline of another measure is no pair', () => {
    assert.notEqual(verdictOf(check('Ostland\'s economy grew by 25% in 2004 [@trade].\n'), '25%'), 'supported');
  });
});
