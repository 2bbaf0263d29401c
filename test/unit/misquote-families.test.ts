// Misquotes read through the frames (session 7 families): a change quoted the other way, digits
// misplaced in a rate whose unit the note leaves unsaid, a figure of the year before given for the
// clause's year, the sexes as one metric however named, a quarter against the whole year. Every
// sentence here is written for the test.
import * as assert from 'node:assert/strict';
import { checkAgainst, resultOf, verdictOf } from './check-helpers';

const FILES: Record<string, string> = {
  'loans.txt':
    'Kelvar bank results\n\nKelvar Bank said its results improved last year. The percentage of non-performing loans dropped to 19.1%, down about 2 percentage points.\n',
  'wage.txt':
    'Pay floor to rise\n\nThe adult rate of the pay floor rises to £5.05 an hour in October. A further increase in the adult rate to £5.35 an hour is provisionally scheduled for October 2006.\n',
  'films.txt':
    'Cinema in Ostland\n\nOstland film studios had a busy year. The number of Ostland films released rose to 310 in 2004 from 287 the previous year.\n',
  'games.txt':
    'Who plays what\n\nA director at the Kellnet portal said its figures suggested that sports games attracted 90% of young males, while puzzle games were played by 80% of females.\n',
  'gm.txt':
    'Carmaker results\n\nFor the whole of 2004, Marrow Motors earned $3.7bn, down from $3.8bn in 2003. The US giant earned $630m in the October-to-December period, down from $1bn in the fourth quarter of 2003.\n',
  'homes.txt':
    'House prices by nation\n\nThe survey showed the average house price was £192,713 in England; £139,544 in Wales; £116,542 in Scotland, and £111,314 in Northern Ireland.\n',
  'trade.txt': 'Ostland trade\n\nOstland exports rise 25% in 2004\n\nOstland\'s customs office said the country\'s trade surplus had doubled.\n',
  'turnover.txt': 'Carmaker sales\n\nFourth quarter turnover was $44.7bn, compared to $45.9bn a year ago.\n',
  'filter.txt':
    'Mail filter busy\n\nThe filtering firm Netgate said scam mail was growing fast. In 2004 it caught more than 18 million scam e-mail messages. Its chief said the trend worried him.\n',
  'savings.txt':
    'Embassy shake-up\n\nThe ministry will close nine posts. The shake-up is meant to deliver £86m in efficiency savings between 2005 and 2008, officials said.\n',
  'singer.txt':
    'Remembering Kade Morrow\n\nThe rapper Kade Morrow was shot dead in 1996. His albums still sell.\n',
  'prize.txt':
    'Prize winner speaks\n\nLen Vash, whose album Dark Rooms won the 1997 Ostland Music Prize, said the award had changed his life.\n',
  'heats.txt':
    'Sprint report\n\nAnd Okafor ran 20.13secs in the quarter-finals of the 200m in Lagos, on the way to silver.\n',
  'steel.txt':
    'Steel merger\n\nThe merged group could see its workforce trimmed from 155,000 to 110,000 staff by 2010. It employs 50,000 staff in Kazakhstan alone.\n',
  'harvest.txt':
    'Ostland crops up\n\nOstland produced 14.27 million tonnes of crops in 2004, a report says. Last year, a total of 965,000 tonnes of food aid was needed.\n',
  'games2.txt':
    'Who buys games\n\nMr Vale said that more than 50% of all Ostplay\'s games were sold to adults.\n',
  'poll.txt':
    'Voters and parties\n\nIn Ostbury, the Greens - the party a 2004 Vantage survey showed was gaining most from rural anger - came second.\n',
  'indoor.txt':
    'Indoor meeting\n\nHurdler Tam Reyes finished second in 7.82 after setting a personal best of 7.83 in the semi-finals. ' +
    'Elsewhere, Briton Joy Kemble finished third in 7.27 seconds in the women\'s 60m.\n',
  'sprint.txt':
    'Sprint night\n\nLen Marr stepped down from his favoured 400m to 200m to finish third in 21.72 secs. ' +
    'Kurt Vahl won the race in 21.07 secs with Piet Roos second in 21.58 secs.\n',
  'cars.txt':
    'Small car prices\n\nA new Zippo One now costs almost £11,500, or more for the Zippo Sport, which costs up to £17,730. The Zippo Convertible, launched last spring, costs up to £15,690 for the top model.\n',
};

const check = (note: string) => checkAgainst(FILES, note);

describe('misquote families read through the frames', () => {
  it('the same change quoted the other way contradicts, and its message names both directions', () => {
    const r = check('Non-performing loans rose by about 2 percentage points, to 19.1% of the total [@loans].\n');
    const f = resultOf(r, '2 percentage points');
    assert.equal(f.verdict, 'contradicted');
    assert.match(r.diagnostics.find((d) => d.code === 'figure-mismatch')?.message ?? '', /a rise.*a fall/);
    assert.equal(verdictOf(r, '19.1%'), 'supported');
    // the same direction is a support, another size the other way says nothing
    assert.equal(verdictOf(check('Non-performing loans fell by about 2 percentage points, to 19.1% [@loans].\n'), '2 percentage points'), 'supported');
    assert.notEqual(verdictOf(check('Non-performing loans rose by about 5 percentage points [@loans].\n'), '5 percentage points'), 'contradicted');
  });

  it('digits misplaced in a rate whose unit the note leaves unsaid contradict ("£5.53" / "£5.35 an hour")', () => {
    assert.equal(verdictOf(check('The adult rate is provisionally set to reach £5.53 in October 2006 [@wage].\n'), '£5.53'), 'contradicted');
    assert.equal(verdictOf(check('The adult rate is provisionally set to reach £5.35 in October 2006 [@wage].\n'), '£5.35'), 'supported');
    // a note that states another unit of time is another quantity: no fingerprint of a misquote
    assert.notEqual(verdictOf(check('The adult rate is provisionally set to reach £5.53 a year in October 2006 [@wage].\n'), '£5.53'), 'contradicted');
  });

  it('a figure of the year before given for the clause\'s year contradicts; the year before\'s own figure is supported', () => {
    assert.equal(verdictOf(check('Ostland released 310 domestic films in 2003 [@films].\n'), '310'), 'contradicted');
    assert.equal(verdictOf(check('Ostland released 287 domestic films in 2003 [@films].\n'), '287'), 'supported');
    assert.equal(verdictOf(check('Ostland released 310 domestic films in 2004 [@films].\n'), '310'), 'supported');
  });

  it('women and females are one metric: the other group\'s share is no support, the group\'s own contradicts', () => {
    const r = check('Kellnet\'s figures say puzzle games are played by 90% of women [@games].\n');
    assert.equal(verdictOf(r, '90%'), 'contradicted');
    assert.match(resultOf(r, '90%').evidence[0].passage.text, /80% of females/);
    assert.equal(verdictOf(check('Kellnet\'s figures say puzzle games are played by 80% of women [@games].\n'), '80%'), 'supported');
  });

  it('a place named right after a figure by "in" is whose figure it is, in a list too', () => {
    // Northern Ireland's price is no support for Scotland's, though the list names Scotland
    assert.notEqual(verdictOf(check("Scotland's average price stood at £111,314 [@homes].\n"), '£111,314'), 'supported');
    assert.equal(verdictOf(check("Scotland's average price stood at £116,542 [@homes].\n"), '£116,542'), 'supported');
    assert.equal(verdictOf(check("Northern Ireland's average price stood at £111,314 [@homes].\n"), '£111,314'), 'supported');
  });

  it('a name shared by two phrases is whom they are about, not what they measure ("Ostland\'s economy" / "Ostland exports")', () => {
    assert.notEqual(verdictOf(check("Ostland's economy grew by 25% in 2004 [@trade].\n"), '25%'), 'supported');
    assert.equal(verdictOf(check('Ostland exports grew by 25% in 2004 [@trade].\n'), '25%'), 'supported');
  });

  it('the year before\'s figure of a comparison is no support for a note that dates nothing a year earlier', () => {
    assert.equal(verdictOf(check('Turnover in the fourth quarter was $45.9bn [@turnover].\n'), '$45.9bn'), 'contradicted');
    assert.equal(verdictOf(check('Turnover in the fourth quarter was $45.9bn a year earlier [@turnover].\n'), '$45.9bn'), 'supported');
    assert.equal(verdictOf(check('Turnover in the fourth quarter was $44.7bn [@turnover].\n'), '$44.7bn'), 'supported');
  });

  it('a quarter\'s figure is not the whole year\'s ("in the fourth quarter" / "for the whole of 2004")', () => {
    const r = check('Marrow Motors earned $630m in the fourth quarter, down from $1bn [@gm].\n');
    assert.equal(verdictOf(r, '$630m'), 'supported');
    assert.notEqual(verdictOf(check('Marrow Motors earned $650m in the fourth quarter [@gm].\n'), '$650m'), 'supported');
    // the whole year's figure still contradicts a note's whole year
    assert.equal(verdictOf(check('For the whole of 2004, Marrow Motors earned $3.2bn [@gm].\n'), '$3.2bn'), 'contradicted');
  });
  it('a total over a stretch of time given as a rate per another unit contradicts ("18 million a month" / "in 2004 … 18 million")', () => {
    const r = check('Netgate catches more than 18 million scam e-mail messages a month [@filter].\n');
    assert.equal(verdictOf(r, '18 million'), 'contradicted');
    // the message says what differs: a rate against a total
    assert.match(r.diagnostics.find((d) => d.code === 'figure-mismatch')?.message ?? '', /18 million a month; .* says more than 18 million, a total for 2004/);
    assert.equal(verdictOf(check('Netgate caught more than 18 million scam e-mail messages in 2004 [@filter].\n'), '18 million'), 'supported');
    // a year's total is the rate per year
    assert.notEqual(verdictOf(check('Netgate caught more than 18 million scam e-mail messages a year in 2004 [@filter].\n'), '18 million'), 'contradicted');
    // a stretch given by its ends: three years or more are no year
    const y = check('The shake-up is meant to deliver efficiency savings of £86m a year [@savings].\n');
    assert.equal(verdictOf(y, '£86m'), 'contradicted');
    assert.match(y.diagnostics.find((d) => d.code === 'figure-mismatch')?.message ?? '', /£86m a year; .* says £86m, a total for over 4 years/);
    assert.equal(verdictOf(check('The shake-up is meant to deliver £86m in efficiency savings [@savings].\n'), '£86m'), 'supported');
    // a change over a stretch is often an average rate: no slip read into it
    assert.notEqual(verdictOf(checkAgainst({ 'prices.txt': 'Prices\n\nOstland prices rose 3% in the 1990s, the office said.\n' }, 'Ostland prices rose 3% a year in the 1990s [@prices].\n'), '3%'), 'contradicted');
  });

  it('a year of a named subject\'s event, all names met, contradicts at an ordinary figure\'s bar ("killed in 1997" / "shot dead in 1996")', () => {
    assert.equal(verdictOf(check('Kade Morrow was killed in 1997 [@singer].\n'), '1997'), 'contradicted');
    assert.equal(verdictOf(check('Kade Morrow was killed in 1996 [@singer].\n'), '1996'), 'supported');
    assert.equal(verdictOf(check('Len Vash\'s Dark Rooms won the Ostland prize in 1998 [@prize].\n'), '1998'), 'contradicted');
    // a poll is a survey: its year is the survey's
    assert.equal(verdictOf(check('A 2005 Vantage poll found the Greens gaining most from rural anger [@poll].\n'), '2005'), 'contradicted');
    // a year of someone the source does not name is no contradiction
    assert.notEqual(verdictOf(check('Ada Quist won the Ostland prize in 1998 [@prize].\n'), '1998'), 'contradicted');
  });

  it('a time in a quarter-final is no time in the final; glued seconds are read ("20.13secs")', () => {
    assert.equal(verdictOf(check('Okafor ran 20.13 in the 200m quarter-finals in Lagos [@heats].\n'), '20.13'), 'supported');
    assert.equal(verdictOf(check('Okafor ran 20.31 in the 200m quarter-finals in Lagos [@heats].\n'), '20.31'), 'contradicted');
    assert.notEqual(verdictOf(check('Okafor ran 20.13 in the final of the 200m in Lagos [@heats].\n'), '20.13'), 'supported');
  });

  it('the note\'s value, dated otherwise in the source, is no sign the value is wrong: no contradiction from another figure', () => {
    // the year is the misquote, not the workforce
    const r = check('The merged group plans to take its workforce down to 110,000 by 2012 [@steel].\n');
    assert.notEqual(verdictOf(r, '110,000'), 'contradicted');
    assert.equal(verdictOf(r, '2012'), 'contradicted');
    // "last year" against "in 2004": which year is meant needs the article's date
    assert.notEqual(verdictOf(check('Ostland\'s harvest last year came to some 14.27 million tonnes [@harvest].\n'), '14.27 million'), 'contradicted');
    // a figure the source gives for the note's own period still contradicts (the films above)
    assert.equal(verdictOf(check('Ostland released 310 domestic films in 2003 [@films].\n'), '310'), 'contradicted');
  });

  it('a half against a half, set apart only by their hedges, is no pair of complementary shares', () => {
    assert.equal(verdictOf(check('Fewer than 50% of Ostplay\'s games are sold to adults [@games2].\n'), '50%'), 'contradicted');
    assert.equal(verdictOf(check('More than 50% of Ostplay\'s games are sold to adults [@games2].\n'), '50%'), 'supported');
  });

  it('a race time is how long its runner took, whatever race the words before it name', () => {
    // the semi-final's time is no support for the final's place, the final's time contradicts it
    const r = check('Tam Reyes was runner-up in the 60m hurdles in 7.83 [@indoor].\n');
    assert.equal(verdictOf(r, '7.83'), 'contradicted');
    assert.match(resultOf(r, '7.83').evidence[0].passage.text, /second in 7\.82/);
    assert.equal(verdictOf(check('Tam Reyes was runner-up in the 60m hurdles in 7.82 [@indoor].\n'), '7.82'), 'supported');
    // another runner's time is no support
    assert.notEqual(verdictOf(check('Ada Lorne won the women\'s 60m in 7.27 [@indoor].\n'), '7.27'), 'supported');
    // …nor one in a sentence that names another runner, though the note's sentence names its runner only in an aside
    assert.equal(verdictOf(check('Len Marr, dropping down to 200m, was third in 21.58 [@sprint].\n'), '21.58'), 'contradicted');
    assert.equal(verdictOf(check('Len Marr, dropping down to 200m, was third in 21.72 [@sprint].\n'), '21.72'), 'supported');
  });

  it('a support that names another model than the note\'s is outweighed by a contradiction naming the note\'s own, exact value or not', () => {
    const r = check('The top Zippo Convertible costs up to £17,730 [@cars].\n');
    assert.equal(verdictOf(r, '£17,730'), 'contradicted');
    assert.match(resultOf(r, '£17,730').evidence[0].passage.text, /£15,690/);
    assert.equal(verdictOf(check('The top Zippo Convertible costs up to £15,690 [@cars].\n'), '£15,690'), 'supported');
    assert.equal(verdictOf(check('The Zippo Sport costs up to £17,730 [@cars].\n'), '£17,730'), 'supported');
  });
});
