// Reading families of session 24 (issue 9). Every sentence and every name here is written for the
// test.
import * as assert from 'node:assert/strict';
import { checkAgainst, resultOf, verdictOf } from './check-helpers';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';

describe('reading families (session 24): a total gathered over time is no rate of time', () => {
  const lex = new Lexicon();
  const TOTALS: [string, string, boolean][] = [
    ['Ms Varga amassed a fortune of $31m from the scheme.', '$31m', true],
    ['The trust accumulated debts of £4.2m.', '£4.2m', true],
    ['The appeal raised a total of 6,400 pledges.', '6,400', true],
    ['The appeal raised £870,000 in total.', '£870,000', true],
    ['The appeal raised £870,000 in all.', '£870,000', true],
    ['The festival has drawn 52,000 visitors so far.', '52,000', true],
    ['The fund has paid out £3.3m to date.', '£3.3m', true],
    ['The appeal raised £870,000 last year.', '£870,000', false],
    ['Sales totalled $31m in the year to March.', '$31m', false],
    ['The fortune was spent, and then he earned $31m a year.', '$31m', false],
  ];
  for (const [s, fig, want] of TOTALS) {
    it(`"${s}": ${fig} is ${want ? '' : 'not '}a total`, () => assert.equal(frameIn(lex, s, fig).total === true, want));
  }

  const FILES: Record<string, string> = {
    'fraud.txt':
      'Fraudster jailed\n\nOrrin Vale amassed a fortune of $31m from the scheme, prosecutors said. His brother was fined $9,000.\n',
    'appeal.txt': 'Harbour appeal\n\nThe Harbour Trust appeal raised £870,000 last year, its chairman said.\n',
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);
  it('the total given as a yearly sum is contradicted, and the message says the source\'s is a total', () => {
    const r = check('Orrin Vale made $31m a year from the scheme, prosecutors said [@fraud].');
    assert.equal(verdictOf(r, '$31m'), 'contradicted');
    const d = r.diagnostics.find((x) => x.code === 'figure-mismatch');
    assert.ok(d && /a total/.test(d.message), d?.message);
    // (the value is the source's: no quick fix that writes it again)
    assert.equal(resultOf(r, '$31m').fixes.length, 0);
  });
  it('the same total, not as a rate, is supported; a year\'s sum as a yearly one is not contradicted', () => {
    assert.equal(verdictOf(check('Orrin Vale amassed $31m from the scheme [@fraud].'), '$31m'), 'supported');
    assert.notEqual(verdictOf(check('The Harbour Trust appeal raises £870,000 a year [@appeal].'), '£870,000'), 'contradicted');
  });
  it('a total to be reached by a deadline, given as a yearly sum, is contradicted "a total by 2009"; a rate reached by then is no total', () => {
    const plan = { 'plan.txt': 'Reading plan\n\nSome £2.9bn will be spent on running the Read Well programme by 2009, the department said.\n' };
    const rate = { 'rate.txt': 'Reading plan\n\nSpending on the Read Well programme will reach £2.9bn a year by 2009, the department said.\n' };
    const r = checkAgainst(plan, 'About £2.9bn a year is being spent on the Read Well programme [@plan].\n');
    assert.equal(verdictOf(r, '£2.9bn'), 'contradicted');
    const d = r.diagnostics.find((x) => x.code === 'figure-mismatch');
    assert.ok(d && /a total by 2009/.test(d.message), d?.message);
    assert.notEqual(verdictOf(checkAgainst(rate, 'About £2.9bn a year is being spent on the Read Well programme [@rate].\n'), '£2.9bn'), 'contradicted');
  });
  it('a total over a list of years, given as a yearly sum, is contradicted "a total for 2001 and other years"', () => {
    const gifts: Record<string, string> = { 'gifts.txt': 'Party funding\n\nThere were almost £71m in reported donations to political parties in 2001, 2002 and 2003, the watchdog said.\n' };
    // (other articles, so that "take" and "year" weigh less than "donations" and "parties", as in any real corpus)
    for (let i = 1; i <= 4; i++) gifts[`other${i}.txt`] = `Other news ${i}\n\nThe firm said it would take on more staff this year, and the year before it took on ${i}00.\n`;
    const r = checkAgainst(gifts, 'Parties take in about £71m a year in donations [@gifts].\n');
    assert.equal(verdictOf(r, '£71m'), 'contradicted');
    const d = r.diagnostics.find((x) => x.code === 'figure-mismatch');
    assert.ok(d && /a total for 2001 and other years/.test(d.message), d?.message);
    // (the total itself, no rate, is what the source says)
    assert.equal(verdictOf(checkAgainst(gifts, 'Parties took in about £71m in donations in 2001, 2002 and 2003 [@gifts].\n'), '£71m'), 'supported');
  });
  it('the subject named in the lead only, "the prime minister" in the clause: still the total of the note\'s plan', () => {
    const sport = { 'sport.txt': "School games 'are back', says PM\n\nAnn Vell has promised that games are back as a priority for schools.\n\nThe prime minister launched a £450m initiative to let school sports clubs in Wales offer two hours of extra games a week by 2012. \"It matters,\" Ms Vell said.\n" };
    assert.equal(verdictOf(checkAgainst(sport, 'Ann Vell launched a £450m-a-year plan for two hours of extra school games a week by 2012 [@sport].\n'), '£450m'), 'contradicted');
    assert.equal(verdictOf(checkAgainst(sport, 'Ann Vell launched a £450m plan for two hours of extra school games a week by 2012 [@sport].\n'), '£450m'), 'supported');
  });
  it('not when the total is about someone the note does not name as its subject', () => {
    assert.notEqual(verdictOf(check('Ada Brook made $31m a year from the scheme [@fraud].'), '$31m'), 'contradicted');
  });
});

describe('reading families (session 24): a count the verb after it negates is those that are not', () => {
  const lex = new Lexicon();
  const TABLE: [string, string, boolean][] = [
    ['More than 14,000 of its voters were not registered.', '14,000', true],
    ['Some 300 posts weren\'t filled.', '300', true],
    ['Some 300 staff have never been paid.', '300', true],
    ['About 80,000 voters are registered.', '80,000', false],
    ['The firm sold 300 cars, not 400.', '300', false],
    ['Some 300 staff were paid, the union said, not the 500 promised.', '300', false],
  ];
  for (const [s, fig, want] of TABLE) {
    it(`"${s}": ${fig} is ${want ? '' : 'not '}negated`, () => assert.equal(frameIn(lex, s, fig).metric.includes('not'), want));
  }
  const FILES: Record<string, string> = {
    'poll.txt': 'Register drive\n\nLast week Harwick City Council reported that more than 14,000 of its voters were not registered.\n',
  };
  it('end to end: the unregistered are no misquote of the registered; the same negated count is still checked', () => {
    assert.notEqual(verdictOf(checkAgainst(FILES, 'Harwick has about 80,000 registered voters [@poll].\n'), '80,000'), 'contradicted');
    assert.equal(verdictOf(checkAgainst(FILES, 'Harwick City Council said more than 14,000 of its voters were not registered [@poll].\n'), '14,000'), 'supported');
  });
});

describe('reading families (session 24): two approximate figures written to the same digit', () => {
  const FILES: Record<string, string> = {
    'tourism.txt': "Island tourism\n\nAbout 5% of Norland's annual gross domestic product (GDP) comes from tourism, officials said.\n",
    'pound.txt': 'Currency\n\nThe krona hit 1.3516 in thin trade, before rallying to about 1.35.\n',
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);
  it('"about 6%" against "about 5%" is another number, not a rounding of it; "about 5%" against it agrees', () => {
    assert.equal(verdictOf(check('Norland earns about 6% of its GDP from tourism [@tourism].'), '6%'), 'contradicted');
    assert.equal(verdictOf(check('Norland earns about 5% of its GDP from tourism [@tourism].'), '5%'), 'supported');
  });
  it('a rounding to fewer digits still agrees ("about 1.4" for "about 1.35" is no misquote; "about 1.36" is)', () => {
    assert.notEqual(verdictOf(check('The krona rallied to about 1.4 [@pound].'), '1.4'), 'contradicted');
    assert.notEqual(verdictOf(check('The krona rallied to about 1.36 [@pound].'), '1.36'), 'supported');
  });
  it('a share of an annual whole is no rate per year; "gross domestic product" is GDP', () => {
    const lex = new Lexicon();
    const fr = frameIn(lex, "About 5% of Norland's annual gross domestic product comes from tourism.", '5%');
    assert.equal(fr.role, 'share');
    assert.equal(fr.per, undefined);
    assert.equal(fr.metric[0], 'gdp');
    // (a rate the sentence states after the figure is still read)
    assert.equal(frameIn(lex, 'Prices rose by 5% a year.', '5%').per, 'year');
  });
});

describe('reading families (session 24): a figure in the possessive', () => {
  const lex = new Lexicon();
  it('"2004\'s total" before the figure dates it, and "s" is no metric; "2002\'s high" after it dates another quantity', () => {
    const fr = frameIn(lex, "That took 2004's total to 2.2 million, the best showing in five years.", '2.2 million');
    assert.equal(fr.period.year, 2004);
    assert.ok(!fr.metric.includes('s'), fr.metric.join(' '));
    assert.equal(frameIn(lex, "Sales are expected to reach $9.4 billion, beating 2002's all-time high.", '$9.4 billion').period.year, undefined);
    assert.equal(frameIn(lex, "Sales are expected to reach $9.4 billion, beating 2002’s all-time high.", '$9.4 billion').period.year, undefined);
  });
});

describe('reading families (session 24): the whole a share is of is no word of its own stretch', () => {
  const FILES: Record<string, string> = {
    'fraud.txt': "Fraud survey\n\nThe survey of 4,000 complaints found that 21% came from attempts to drain people's savings accounts, while 11% of cases concerned attempts to cheat employers.\n",
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);
  it('the savings accounts\' share given the employers\' value is contradicted by its own; the employers\' share is supported', () => {
    const r = resultOf(check("Attempts on victims' savings accounts made up 11% of fraud cases [@fraud]."), '11%');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.evidence[0].figure?.text, '21%');
    assert.equal(verdictOf(check('Attempts to cheat employers made up 11% of fraud cases [@fraud].'), '11%'), 'supported');
  });
});

describe('reading families (session 24): what would have happened, dated, read the same on both sides', () => {
  it('"could have sold 300 vans in 2004" word for word is supported; what did happen is not contradicted by it', () => {
    const files = { 'vans.txt': 'Vans\n\nKelby could have sold 300 vans in 2004, its founder said.\n' };
    assert.equal(verdictOf(checkAgainst(files, 'Kelby could have sold 300 vans in 2004 [@vans].\n'), '300'), 'supported');
    assert.notEqual(verdictOf(checkAgainst(files, 'Kelby sold 250 vans in 2004 [@vans].\n'), '250'), 'contradicted');
  });
});

