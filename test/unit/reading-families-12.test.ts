// Misquotes the frames missed for want of reading (session 12 families, found on bbc-4, bbc-7 and
// bbc-8): a time part taken for the metric ("the whole of 2004"), a verb's particle ("report
// back"), an aside between dashes before the verb, a change noun with what it changes ("growth in
// output ... was 11.5%"). Every sentence here is written for the test.
import * as assert from 'node:assert/strict';
import { checkAgainst, verdictOf } from './check-helpers';

const FILES: Record<string, string> = {
  'jobs.txt': 'Ostland jobless rate eases\n\nThe jobless rate average for the whole of 2009 was 8.4%, down from 9.1% in 2008, the statistics office said.\n',
  'review.txt': 'Port review delayed\n\nThe harbour review, an independent inquiry into the port\'s finances, is due to report back at the end of 2011.\n',
  'spending.txt': 'Shoppers hold back\n\nOstland consumer spending - which drives two thirds of the economy - grew just 0.3% last month.\n',
  'launch.txt': 'Lark arrives\n\nKimo\'s Lark console has been released in the US on 9 March, with a European release two weeks later.\n',
  'launch-uk.txt': 'Lark lands\n\nThe Kimo Lark, released on 23 March in the UK, is tipped to be the spring\'s best seller.\n',
  'charts.txt': 'Ostband abroad\n\nTheir single did well on both sides of the Atlantic, going to number one in the UK and 12 in the US.\n',
  'rates.txt': 'Harbour dues to rise\n\nHarbour dues in Ostland are set to rise by an average of about 4% in the coming year, the port authority said.\n',
  'longevity.txt': 'Living longer\n\nOstland\'s life expectancy has been improving from a low of 46.4 in 1960 to 61.6 years in 2014.\n',
  'jobless.txt': 'Jobs data\n\nThe jobless rate in Wales has dropped from 25.1% in the 3rd quarter of 2018 to 19% in the 2nd quarter of 2020, the statistics office said.\n',
  'borrowing.txt': 'Budget gap\n\nBorrowing is tipped to fall to £31bn by 2006 - but that is still £2bn more than the minister predicted in March.\n',
  'sport.txt': 'School sport\n\nThe minister launched a £400m initiative to give pupils up to three hours of sport a week.\n',
  'club.txt': 'Club finances\n\nThe club managed to reduce its losses last year from £18.4m to £9.1m after selling players.\n',
  'films.txt': 'Downloads\n\nAbout 1.5 billion songs are downloaded every month, and about half a million films are downloaded a day.\n',
  'waits.txt': 'Waiting times\n\nIn Wales, the current target for inpatients - from referral to the operation - is nine months.\n',
  'costs.txt': 'Costs\n\nLast year wages, fuel and rents rose by 5%, 7% and 9% respectively.\n',
  'costs-two.txt': 'Costs\n\nLast year wages and rents rose by 5% and 9% respectively.\n',
  'rents.txt': 'Rents\n\nRents rose 5% in Leeds and 7% in York.\n',
  'sales.txt': 'Sales\n\nSales rose 5% in the UK and 7% in the US, while Kimo reported 9%.\n',
  'headline.txt': 'Ostware cuts 1,200 jobs\n\nThe software firm Ostware is to shed staff after a poor year, it said on Monday.\n',
  'match.txt': 'Cup tie\n\nKimo Rovers went ahead after 12 minutes but Tom Vale scored a 79th-minute own goal to level.\n',
  'peer.txt': 'New minister\n\nLord Ostley, 64, became science minister in 2003, six years after he was made a life peer.\n',
  'output.txt': 'Factories slow\n\nGrowth in Ostland\'s industrial output - the main target of the central bank\'s curbs on credit - was 7.5% in 2009, down from 12% the year before.\n',
};

const check = (note: string) => checkAgainst(FILES, note);

describe('reading families (session 12): time parts, particles, dashed asides, change nouns', () => {
  it('"the whole of 2009" says when: the rate before it is what the figure measures', () => {
    assert.equal(verdictOf(check("Ostland's jobless rate averaged 9.1% over 2009 [@jobs].\n"), '9.1%'), 'contradicted');
    assert.equal(verdictOf(check("Ostland's jobless rate averaged 8.4% over 2009 [@jobs].\n"), '8.4%'), 'supported');
  });

  it('a verb\'s particle ("report back") does not hide what a date is the date of', () => {
    assert.equal(verdictOf(check('The harbour review is due to report at the end of 2012 [@review].\n'), '2012'), 'contradicted');
    assert.notEqual(verdictOf(check('The harbour review is due to report at the end of 2011 [@review].\n'), '2011'), 'contradicted');
  });

  it('an aside between dashes before the verb leaves the subject before it the metric', () => {
    assert.equal(verdictOf(check('Ostland consumer spending grew 0.9% last month [@spending].\n'), '0.9%'), 'contradicted');
    assert.equal(verdictOf(check('Ostland consumer spending grew 0.3% last month [@spending].\n'), '0.3%'), 'supported');
  });

  it('"growth in output … was 7.5%" is a change of output, as "output grew 7.5%" is', () => {
    assert.equal(verdictOf(check("Ostland's industrial output grew 12% in 2009 [@output].\n"), '12%'), 'contradicted');
    assert.equal(verdictOf(check("Ostland's industrial output grew 7.5% in 2009 [@output].\n"), '7.5%'), 'supported');
  });

  it('a place adverbial says whose figure it is: a date "in the US" is not the UK\'s, one "in the UK" is', () => {
    // the US date does not support the note's UK date…
    assert.notEqual(verdictOf(check('The Lark went on sale in the UK on 9 March [@launch].\n'), '9 March'), 'supported');
    // …and the UK date, placed after it ("released on 23 March in the UK"), contradicts a wrong one
    assert.equal(verdictOf(check('The Lark went on sale in the UK on 19 March [@launch-uk].\n'), '19 March'), 'contradicted');
    assert.equal(verdictOf(check('The Lark went on sale in the UK on 23 March [@launch-uk].\n'), '23 March'), 'supported');
  });

  it('the note\'s own place after its figure decides, not the place its sentence opened with (digits misplaced: 21 for 12)', () => {
    assert.equal(verdictOf(check('The single topped the UK chart and reached 21 in the US [@charts].\n'), '21'), 'contradicted');
    assert.notEqual(verdictOf(check('The single reached 12 in the UK [@charts].\n'), '12'), 'supported');
  });

  it('"in the coming year" is next year: it neither supports nor contradicts last year\'s rise', () => {
    assert.equal(verdictOf(check('Harbour dues in Ostland are to rise about 4% next year [@rates].\n'), '4%'), 'supported');
    assert.equal(verdictOf(check('Harbour dues in Ostland rose 5.5% last year [@rates].\n'), '5.5%'), 'unverified');
  });

  it('"currently" against a year is no contradiction (which is now needs the article\'s date), but may support', () => {
    assert.notEqual(verdictOf(check("Ostland's life expectancy has increased to 67 years currently [@longevity].\n"), '67 years'), 'contradicted');
    assert.equal(verdictOf(check("Ostland's life expectancy has increased to 58 years in 2014 [@longevity].\n"), '58 years'), 'contradicted');
  });

  it('the end of a change reached "to" measures what its start measures, past the year between ("from 25.1% in … 2018 to 19%")', () => {
    assert.equal(verdictOf(check('Wales has a 19% jobless rate [@jobless].\n'), '19%'), 'supported');
  });

  it('"is tipped to" links like "is expected to": the gerund before it is what is measured', () => {
    assert.equal(verdictOf(check('Borrowing should fall to £31bn by 2006, £3bn more than the minister predicted in March [@borrowing].\n'), '£3bn'), 'contradicted');
  });

  it('a rate the note states and the source does not is not supported ("£400m-a-year" / "a £400m initiative")', () => {
    assert.notEqual(verdictOf(check('The minister launched a £400m-a-year plan for school sport [@sport].\n'), '£400m'), 'supported');
    assert.equal(verdictOf(check('The minister launched a £400m plan for school sport [@sport].\n'), '£400m'), 'supported');
    // …but an annual figure is a year's total: "annual loss" / "losses last year"
    assert.equal(verdictOf(check('The club cut its annual loss from £18.4m to £9.1m [@club].\n'), '£18.4m'), 'supported');
  });

  it('"films are downloaded a day": a passive verb between the counted noun and its rate keeps the rate', () => {
    assert.equal(verdictOf(check('Roughly half a million films are downloaded daily [@films].\n'), 'half a million'), 'supported');
    assert.notEqual(verdictOf(check('Roughly half a million films are downloaded every month [@films].\n'), 'half a million'), 'supported');
  });

  it('a target read past an aside between dashes is a target ("the current target for inpatients - … - is nine months")', () => {
    assert.equal(verdictOf(check("Wales's inpatient target is four months [@waits].\n"), 'four months'), 'contradicted');
    assert.equal(verdictOf(check("Wales's inpatient target is nine months [@waits].\n"), 'nine months'), 'supported');
  });

  it('"A, B and C rose by X, Y and Z respectively": each item has its own value, "last year" after the note\'s counting nothing', () => {
    assert.equal(verdictOf(check('Rents rose 9% last year [@costs].\n'), '9%'), 'supported');
    assert.equal(verdictOf(check('Rents rose 7% last year [@costs].\n'), '7%'), 'contradicted');
    assert.equal(verdictOf(check('Wages rose 5% last year [@costs].\n'), '5%'), 'supported');
    assert.equal(verdictOf(check('Rents rose 9% last year [@costs-two].\n'), '9%'), 'supported');
    assert.equal(verdictOf(check('Rents rose 5% last year [@costs-two].\n'), '5%'), 'contradicted');
  });

  it('a gapped conjunct shares the verb before it ("rose 5% in Leeds and 7% in York"): a change, of the same thing, in its own place', () => {
    assert.equal(verdictOf(check('Rents rose 7% in York [@rents].\n'), '7%'), 'supported');
    assert.equal(verdictOf(check('Rents in York rose 5% [@rents].\n'), '5%'), 'contradicted');
    assert.equal(verdictOf(check('US sales rose 7% [@sales].\n'), '7%'), 'supported');
    assert.equal(verdictOf(check('US sales rose 5% [@sales].\n'), '5%'), 'contradicted');
    // …but a clause with a verb of its own ("while Kimo reported 9%") is its own claim, not a rise of sales
    assert.notEqual(verdictOf(check('Sales in the US rose 9% [@sales].\n'), '9%'), 'supported');
  });

  it('a headline\'s verb after its subject\'s name is a verb ("Ostware cuts 1,200 jobs"): the count is a cut', () => {
    assert.equal(verdictOf(check('Ostware is cutting 1,200 jobs [@headline].\n'), '1,200'), 'supported');
    assert.equal(verdictOf(check('Ostware is cutting 2,100 jobs [@headline].\n'), '2,100'), 'contradicted');
  });

  it('a goal scored is no aim: "his own goal came in the 79th minute" states what happened', () => {
    assert.equal(verdictOf(check("Tom Vale's own goal came in the 79th minute [@match].\n"), '79th'), 'supported');
  });

  it('an age between commas after a name is the age now, whatever year its clause names ("Ostley, 64, became a peer in 1997")', () => {
    assert.equal(verdictOf(check('Ostley, 64, became a life peer in 1997 [@peer].\n'), '64'), 'supported');
    assert.equal(verdictOf(check('Ostley, 61, became a life peer in 1997 [@peer].\n'), '61'), 'contradicted');
  });
});
