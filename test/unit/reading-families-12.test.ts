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
});
