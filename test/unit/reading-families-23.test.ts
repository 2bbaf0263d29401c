// Reading families of session 23 (issue 9). Every sentence and every name here is written for the
// test.
import * as assert from 'node:assert/strict';
import { checkAgainst, verdictOf } from './check-helpers';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';

describe('reading families (session 23): a margin "by" which one is ahead of another is a difference, not a level', () => {
  const lex = new Lexicon();
  const read = (s: string, fig: string) => {
    const fr = frameIn(lex, s, fig);
    return `${fr.role}${fr.direction ? ` ${fr.direction}` : ''}`;
  };
  const TABLE: [string, string, string][] = [
    ['The reissue was out-selling the Harbour Lights cover by 3,500 copies on Friday.', '3,500', 'change up'],
    ['The reissue outsold the cover of Quiet Waters by 3,500 copies.', '3,500', 'change up'],
    ['The reissue was trailing the Harbour Lights cover by 3,500 copies on Friday.', '3,500', 'change down'],
    ['Ms Arden won the seat by 4,100 votes.', '4,100', 'change up'],
    ['The new film beat that opening weekend by $12.6m.', '$12.6m', 'change up'],
    ['Pellam lagged its rival by 300 stores.', '300', 'change down'],
  ];
  for (const [s, fig, want] of TABLE) {
    it(`"${s}" reads ${fig} as ${want}`, () => assert.equal(read(s, fig), want));
  }
  it('not a figure after "by" in another verb\'s clause, nor a level the verb reached', () => {
    assert.equal(read('Ms Arden won the seat, helped by 4,100 postal votes.', '4,100'), 'level');
    assert.equal(read('The reissue sold 3,500 copies on Friday.', '3,500'), 'level');
    assert.equal(read('Ms Arden won 4,100 votes.', '4,100'), 'level');
  });

  const FILES: Record<string, string> = {
    'charts.txt':
      'Reissue heads for top spot\n\nThe reissue of the ballad Silver Road was out-selling talent show winner Cass Morrow\'s cover of Harbour Lights by 3,500 copies on Friday, according to the chart company.\n',
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);
  it('end to end: behind by the margin the source says it leads by is contradicted; ahead by it, supported', () => {
    assert.equal(verdictOf(check('Silver Road was trailing Cass Morrow\'s Harbour Lights by 3,500 copies on Friday [@charts].'), '3,500'), 'contradicted');
    assert.equal(verdictOf(check('Silver Road was ahead of Cass Morrow\'s Harbour Lights, out-selling it by 3,500 copies on Friday [@charts].'), '3,500'), 'supported');
  });
  it('end to end: copies sold are not contradicted by the margin between two records', () => {
    assert.notEqual(verdictOf(check('Silver Road sold 33,500 copies on Friday alone [@charts].'), '33,500'), 'contradicted');
  });
});

describe('reading families (session 23): a noun made from a phrasal verb is read whole, not as its particle', () => {
  const lex = new Lexicon();
  it('"a $2bn write-down" is a sum written down, not a fall; a "sell-off" measures a sell-off, not "off"', () => {
    const down = frameIn(lex, 'The bank took a $2bn write-down on its loans.', '$2bn');
    assert.equal(down.role, 'level');
    assert.equal(down.direction, undefined);
    assert.equal(frameIn(lex, 'The group booked a $300m sell-off of its shares.', '$300m').metric[0], 'sell-off');
  });
  it('"make-up and hairdressing staff": the share names make-up, not "up"', () => {
    const fr = frameIn(lex, 'Women make up 60% of make-up and hairdressing staff.', '60%');
    assert.equal(fr.role, 'share');
    assert.ok(fr.metric.includes('make-up'), fr.metric.join(' '));
    assert.ok(!fr.metric.includes('up'));
  });
  it('a plain hyphenated word still has its last part as head ("full-year profit", "data-centre")', () => {
    assert.equal(frameIn(lex, 'It posted a full-year profit of $40m.', '$40m').metric[0], 'profit');
    assert.equal(frameIn(lex, 'Sales rose 12% at the group.', '12%').direction, 'up');
  });
});

describe('reading families (session 23): the dates of two events are not compared', () => {
  const FILES: Record<string, string> = {
    'career.txt': 'A long career ends\n\nAnn Kelby left the firm in 2009, after almost two decades at its head.\n',
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);
  it('"joined the firm in 1990" is not contradicted by "left the firm in 2009"', () => {
    assert.equal(verdictOf(check('Ann Kelby joined the firm in 1990 [@career].'), '1990'), 'unverified');
    assert.equal(verdictOf(check('Ann Kelby was appointed to the firm in 1990 [@career].'), '1990'), 'unverified');
  });
  it('the same event at another date still is, whatever verb names it ("quit" / "left")', () => {
    assert.equal(verdictOf(check('Ann Kelby left the firm in 2008 [@career].'), '2008'), 'contradicted');
    assert.equal(verdictOf(check('Ann Kelby quit the firm in 2008 [@career].'), '2008'), 'contradicted');
    assert.equal(verdictOf(check('Ann Kelby quit the firm in 2009 [@career].'), '2009'), 'supported');
  });
});

describe('reading families (session 23): the first value of an ellipsis given the qualifier of the second', () => {
  const FILES: Record<string, string> = {
    'gifts.txt': 'Giving up again\n\nDonations rose 3.9% in small towns, and 7.2% in big cities, the charities said.\n',
    'vans.txt': 'Fleet sales\n\nSales rose 5% for vans, and 7% for bikes, the dealers said.\n',
    'results.txt': 'Results day\n\nFourth quarter turnover was $44.7bn, compared to $45.9bn a year ago.\n',
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);
  it('"Donations rose 3.9% in big cities" is contradicted by the big cities\' 7.2%, not supported by the small towns\' 3.9%', () => {
    assert.equal(verdictOf(check('Donations rose 3.9% in big cities [@gifts].'), '3.9%'), 'contradicted');
  });
  it('each value with its own qualifier is supported', () => {
    assert.equal(verdictOf(check('Donations rose 3.9% in small towns [@gifts].'), '3.9%'), 'supported');
    assert.equal(verdictOf(check('Donations rose 7.2% in big cities [@gifts].'), '7.2%'), 'supported');
  });
  it('one word of a qualifier too, when the support\'s value has one of its own in its place ("5% for vans, and 7% for bikes")', () => {
    assert.equal(verdictOf(check('Bike sales rose 5% [@vans].'), '5%'), 'contradicted');
    assert.equal(verdictOf(check('Van sales rose 5% [@vans].'), '5%'), 'supported');
  });
  it('a year-ago comparison stays a contradiction of the quarter the note names', () => {
    assert.equal(verdictOf(check('Turnover in the fourth quarter was $45.9bn [@results].'), '$45.9bn'), 'contradicted');
  });
});
