// Which names of a note a source figure can refer to (check/alignment.ts): an acronym reaches the
// name its initials spell in the source's sentence. Every sentence here is written for the test.
import * as assert from 'node:assert/strict';
import { checkAgainst, verdictOf } from './check-helpers';

const FILES: Record<string, string> = {
  'fund.txt': 'Fund history\n\nThe island opened its postal bank when it joined the Northern Shipping Union in 1987, officials said.\n',
};

const check = (note: string) => checkAgainst(FILES, note);
const verdict = verdictOf;

describe('names a source figure can refer to', () => {
  it('an acronym reaches the name its initials spell: the NSU is the Northern Shipping Union', () => {
    assert.equal(verdict(check('The island joined the NSU in 1985 [@fund].\n'), '1985'), 'contradicted');
    assert.equal(verdict(check('The island joined the NSU in 1987 [@fund].\n'), '1987'), 'supported');
  });
  it('an acronym the initials do not spell is still missing: no contradiction', () => {
    assert.notEqual(verdict(check('The island joined the NTO in 1985 [@fund].\n'), '1985'), 'contradicted');
  });
});

describe('a person\'s age', () => {
  const files = { 'squad.txt': 'Squad news\n\nThe coach has added the prop Owen Tarrant to the squad for the spring games. Tarrant, 30, had hoped to play for Wales. The 25-year-old Kerry Vane will lead the side, which she joined in August.\n' };
  const run = (note: string) => checkAgainst(files, note);
  it('is supported by the same age of the same person, however written', () => {
    assert.equal(verdict(run('The prop Owen Tarrant, aged 30, joins the squad [@squad].\n'), '30'), 'supported');
  });
  it('holds for a year: the month of another claim in the sentence does not set it apart', () => {
    assert.equal(verdict(run('Kerry Vane, 25, will lead the side in the November games [@squad].\n'), '25'), 'supported');
  });
});


describe('a paragraph that opens with a pronoun', () => {
  const files = {
    'single.txt': 'Charity records\n\nIn 1986 a group of island singers recorded a fund-raising single, Harbour Lights, for the lifeboat crews.\n\nIt topped the island charts for three weeks and won two music awards.\n',
  };
  it('is about whom the paragraph before was: its figure is that one\'s', () => {
    assert.equal(verdictOf(checkAgainst(files, 'Harbour Lights topped the island charts for five weeks [@single].\n'), 'five weeks'), 'contradicted');
  });
  it('…and not about someone that paragraph does not name', () => {
    assert.notEqual(verdictOf(checkAgainst(files, 'Sea Shanty topped the island charts for five weeks [@single].\n'), 'five weeks'), 'contradicted');
  });
});
