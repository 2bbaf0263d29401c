// A figure swapped between two groups the source names side by side: a country's own and the
// foreign share of its market (alignment.ts opposed, FOREIGN_WORDS), complementary shares when the
// source states both (verdict.ts vetoed); and what would have happened ("could have sold a
// million") is no figure of what did. Every sentence here is written for the test.
import * as assert from 'node:assert/strict';
import { checkAgainst, resultOf, verdictOf } from './check-helpers';

const FILES: Record<string, string> = {
  'books.txt': 'Book sales\n\nFrench novels accounted for 41.5% of Iceland\'s book sales last year, with foreign novels taking the remaining 58.5%.\n',
  'poll.txt': 'Tea poll\n\nThe survey found that 69% of adults in Brill do not drink tea.\n',
  'reach.txt': 'Network reach\n\nChief executive Ola Brandt said that about 27% of the island\'s homes now have fibre.\n',
};

const check = (note: string) => checkAgainst(FILES, note);
const verdict = verdictOf;

describe('figures swapped between two groups', () => {
  it('"French novels took 58.5%" where the source gives 58.5% to foreign novels: contradicted by 41.5%', () => {
    const r = check('French novels took 58.5% of book sales [@books].\n');
    assert.equal(verdict(r, '58.5%'), 'contradicted');
    assert.equal(r.figures[0].evidence[0].figure?.text, '41.5%');
  });
  it('the right share is supported; the foreign share is the foreign novels\'', () => {
    assert.equal(verdict(check('French novels took 41.5% of book sales [@books].\n'), '41.5%'), 'supported');
    assert.equal(verdict(check('Foreign novels took 58.5% of book sales [@books].\n'), '58.5%'), 'supported');
  });
  it('the same digits transposed are a misquote, though they add up to 99% ("72%" for "27%")', () => {
    assert.equal(verdict(check('Ola Brandt said about 72% of the island\'s homes now have fibre [@reach].\n'), '72%'), 'contradicted');
  });
  it('a complementary share the source does not state is still left alone ("31% drink" / "69% do not")', () => {
    assert.notEqual(verdict(check('The survey found that 31% of adults in Brill drink tea [@poll].\n'), '31%'), 'contradicted');
  });
});

describe('what would have happened', () => {
  const files = { 'tour.txt': 'Tour\n\nThe band\'s last tour of Wales was a sell-out. "We could have sold a million tickets," their manager said.\n' };
  const run = (note: string) => checkAgainst(files, note);
  it('is no contradiction of what did happen', () => {
    assert.notEqual(verdict(run('The band sold 120,000 tickets on its last tour of Wales [@tour].\n'), '120,000'), 'contradicted');
  });
});

describe('the same digits misplaced (a misquote\'s fingerprint)', () => {
  const files = {
    'cars.txt': 'Carmaker results\n\nThe Vellmark-Orsen group reported a weak quarter for its car unit.\n\nProfits over the period were well below analyst expectations of 374m euros, the firm said.\n',
  };
  it('are contradicted when the measure is the same in words much alike, whoever the clause names', () => {
    assert.equal(verdictOf(checkAgainst(files, 'Vellmark-Orsen fell well short of the 347m euros analysts had expected [@cars].\n'), '347m euros'), 'contradicted');
  });
  it('with the same bound words on both sides, the bounds themselves were misquoted ("more than 75%" / "more than 57%")', () => {
    const poll = { 'poll.txt': 'Buyers\n\nMore than 57% of the island\'s garden tools market is made up of women, the survey found.\n' };
    assert.equal(verdictOf(checkAgainst(poll, 'Women make up more than 75% of the island\'s garden tools market [@poll].\n'), '75%'), 'contradicted');
    assert.equal(verdictOf(checkAgainst(poll, 'Women make up more than 57% of the island\'s garden tools market [@poll].\n'), '57%'), 'supported');
  });
  it('…but not digits that are not the same ones', () => {
    assert.notEqual(verdictOf(checkAgainst(files, 'Vellmark-Orsen fell well short of the 352m euros analysts had expected [@cars].\n'), '352m euros'), 'contradicted');
  });
});

describe('a change the other way', () => {
  const files = { 'brew.txt': 'Brewers\n\nThe Danish brewer Holm said it expected a 12% rise in net profit for 2005, helped by cheaper barley.\n' };
  it('of the same size is a misquote of the direction, and the message says so', () => {
    const r = checkAgainst(files, 'Holm is forecasting a 12% fall in net profit for 2005 [@brew].\n');
    assert.equal(verdictOf(r, '12%'), 'contradicted');
    const d = r.diagnostics.find((x) => x.code === 'figure-mismatch');
    assert.match(d?.message ?? '', /12%, a fall; source brew says 12%, a rise/);
    assert.equal(resultOf(r, '12%').fixes.length, 0, 'no fix writes the same number back');
  });
  it('is not held against the claim as a field both read differently (the direction is what was misquoted)', () => {
    const sales = { 'cars.txt': 'Carmakers\n\nOrvell\'s revenues rose 3.8% to $41.6bn from $40.1bn a year earlier.\n' };
    assert.equal(verdictOf(checkAgainst(sales, 'Quarterly revenues fell 3.8% to $41.6bn [@cars].\n'), '3.8%'), 'contradicted');
  });
  it('of another size says nothing', () => {
    assert.equal(verdictOf(checkAgainst(files, 'Holm is forecasting a 9% fall in net profit for 2005 [@brew].\n'), '9%'), 'unverified');
  });
});
