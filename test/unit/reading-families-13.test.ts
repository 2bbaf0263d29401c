// Misquotes the frames let pass for want of reading (session 13 families, found on bbc-3, bbc-5
// and bbc-7): a rate the note states ("£500m a year") against the same value the source gives as a
// total with a deadline ("by 2010") or over a list of years ("in 2001, 2002 and 2003") — neither is
// one year's worth — and the figures of the note's sentence lending it their support. Every
// sentence here is written for the test.
import * as assert from 'node:assert/strict';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';
import { checkAgainst, resultOf, verdictOf } from './check-helpers';

const FILES: Record<string, string> = {
  'fields.txt': 'Playing fields\n\nThe council launched a £400m initiative to give every school a playing field by 2012.\n',
  'scheme.txt': 'Skills scheme\n\nSome £2.9bn will be spent on the skills scheme by 2008, the minister said.\n',
  'gifts.txt': 'Party funding\n\nThere were almost £54m in reported gifts to political parties in 2005, 2006 and 2007, the watchdog said.\n',
  'cards.txt': 'Card fraud\n\nAltogether, card scams on Ostland-issued cards totalled £311.7m in 2008, the banks said.\n',
  'cards-round.txt': 'Card fraud\n\nAltogether, card scams on Ostland-issued cards totalled £31m in 2008, the banks said.\n',
  'deficit.txt': 'Trade gap\n\nThe Ostland\'s overall trade deficit with Westland was $131.6bn in 2008, the customs office said.\n',
  'clinics.txt': 'Clinics\n\nThe latest survey shows that the number of clinics in Ostland was 9,858 in 2017.\n\nThe latest survey shows that the number of clinics in Ostland was 10,820 in 2018.\n',
  'clinics-2017.txt': 'Clinics\n\nThe number of clinics in Ostland was 9,858 in 2017, the survey shows.\n',
  'rates-low.txt': 'Rates\n\nThe key lending rate has risen 1.5 percentage points this year from the record low of 1% reached in 2003.\n',
  'rates-plan.txt': 'Rates\n\nAnalysts expect the key lending rate to reach 2% by the autumn.\n',
  'rugby.txt': 'Garr out\n\nThe full-back will have surgery after fracturing his thumb in the 24-18 win over Westland on Saturday.\n\nGarr was replaced by Pell as his side turned around a 15-6 score in Lyon.\n',
  'cup.txt': 'Cup\n\nOstland turned around a 15-6 deficit against Westland to win 24-18 in Lyon on Saturday.\n',
  'partners.txt': 'Trade\n\nIn 2008 Ostland\'s imports from and exports to Germany added up to 9,201bn yen. That is the highest figure for its trade with Germany. It compares with 8,479.5bn yen in trade with France.\n',
  'trade-gap.txt': "Trade gap narrows\n\nOstland's trade deficit narrowed in November. Ostland's deficit with the EU fell to £1.4bn from £1.6bn, while its non-EU shortfall dropped to £2.2bn from £2.5bn.\n",
  'party-gifts.txt': 'Party funding\n\nThere were almost £54m in reported gifts to political parties in 2007, the watchdog said.\n',
};
const check = (note: string) => checkAgainst(FILES, note);

describe('reading families (session 13): a rate the note states against a total that is not one year\'s', () => {
  it('a total reached "by 2012" is no yearly amount, alone or with its year beside it in the note', () => {
    assert.equal(verdictOf(check('The council launched a £400m-a-year plan for playing fields [@fields].\n'), '£400m'), 'contradicted');
    // (the year the note's sentence shares with the source's no longer lends the amount its support;
    // since session 24 the total, reached by a deadline, contradicts the rate: rules.ts totalAsRate)
    const both = check('The council launched a £400m-a-year plan to give every school a playing field by 2012 [@fields].\n');
    assert.equal(verdictOf(both, '£400m'), 'contradicted');
    assert.equal(verdictOf(both, '2012'), 'supported');
    // the note without a rate of its own is what the source says
    assert.equal(verdictOf(check('The council launched a £400m plan to give every school a playing field by 2012 [@fields].\n'), '£400m'), 'supported');
  });

  it('"will be spent by 2008" is no yearly spending', () => {
    assert.equal(verdictOf(check('Around £2.9bn a year is being spent on the skills scheme [@scheme].\n'), '£2.9bn'), 'contradicted');
    assert.equal(verdictOf(check('Around £2.9bn is being spent on the skills scheme by 2008 [@scheme].\n'), '£2.9bn'), 'supported');
  });

  it('a total over a list of years is no yearly amount; a total of one year is', () => {
    assert.equal(verdictOf(check('Parties received almost £54m a year in reported gifts [@gifts].\n'), '£54m'), 'unverified');
    assert.equal(verdictOf(check('Parties received almost £54m a year in reported gifts [@party-gifts].\n'), '£54m'), 'supported');
  });

  it('frames: a deadline year and a listed year are marked on the period; a plain year is neither', () => {
    const lex = new Lexicon();
    const rows: [string, string, { deadline?: boolean; listed?: boolean; year: number }][] = [
      ['Sales will reach £40m by 2012.', '£40m', { year: 2012, deadline: true }],
      ['Staff numbers will stay at 300 until 2015.', '300', { year: 2015, deadline: true }],
      ['Gifts came to £54m in 2005, 2006 and 2007.', '£54m', { year: 2005, listed: true }],
      ['Gifts came to £54m in 2006 and 2007.', '£54m', { year: 2006, listed: true }],
      ['Gifts came to £54m in 2007.', '£54m', { year: 2007 }],
      ['Sales reached £40m in 2012, the firm said.', '£40m', { year: 2012 }],
    ];
    for (const [sentence, figure, want] of rows) {
      const p = frameIn(lex, sentence, figure).period;
      assert.deepEqual({ year: p.year, deadline: p.deadline, listed: p.listed }, { deadline: undefined, listed: undefined, ...want }, sentence);
    }
  });
});

describe('reading families (session 13): the year of a precise figure the sources date otherwise', () => {
  it('the year is contradicted by the source\'s, and the figure it dates is supported there', () => {
    const r = check('Fraud on Ostland-issued cards totalled £311.7m in 2007 [@cards].\n');
    assert.equal(verdictOf(r, '2007'), 'contradicted');
    assert.equal(resultOf(r, '2007').evidence[0].figure?.text, '2008');
    assert.equal(verdictOf(r, '£311.7m'), 'supported');
    const d = check('In 2007 the Ostland trade deficit with Westland stood at $131.6bn [@deficit].\n');
    assert.equal(verdictOf(d, '2007'), 'contradicted');
    assert.equal(verdictOf(d, '$131.6bn'), 'supported');
  });

  it('the right year stands; a round figure, a second year, or the start of a change does not date the sentence\'s year', () => {
    const right = check('Fraud on Ostland-issued cards totalled £311.7m in 2008 [@cards].\n');
    assert.deepEqual([verdictOf(right, '2008'), verdictOf(right, '£311.7m')], ['supported', 'supported']);
    // ("£31m" recurs by chance; a note sentence that restates the source's whole sentence is another
    // reading, session 34's restated.ts: reading-families-34)
    assert.equal(verdictOf(check("Ostland's card fraud bill was £31m in 2007 [@cards-round].\n"), '2007'), 'unverified');
    // (two years in the sentence: the other one, an aside's, is dated by nothing of the source —
    // while the one right after the figure the passage states is a misquote of its year, the
    // sentence written from that passage: session 38, reading-families-38 "a weak figure of a
    // sentence written from the source's")
    const two = check('Fraud on Ostland-issued cards, first issued in 1995, totalled £311.7m in 2007 [@cards].\n');
    assert.equal(verdictOf(two, '1995'), 'unverified');
    assert.equal(verdictOf(two, '2007'), 'contradicted');
    // (the start of a change is not what the year dates: 9,858 was 2017's, 10,820 is 2018's)
    const change = check('According to the governor, the number of working clinics grew from 9,858 to 10,820 in 2018 across all regions [@clinics].\n');
    assert.equal(verdictOf(change, '2018'), 'supported');
  });
});

describe('reading families (session 13): the year of a change dates its end', () => {
  it('"grew from 9,858 to 10,820 in 2018" is not contradicted by "9,858 in 2017"; "was 9,858 in 2018" is', () => {
    for (const note of ['The number of clinics in Ostland grew from 9,858 to 10,820 in 2018 [@clinics-2017].\n', 'The number of clinics in Ostland grew to 10,820 in 2018, from 9,858 [@clinics-2017].\n']) {
      assert.notEqual(verdictOf(check(note), '2018'), 'contradicted', note);
    }
    assert.equal(verdictOf(check('The number of clinics in Ostland was 9,858 in 2018 [@clinics-2017].\n'), '2018'), 'contradicted');
  });
});

describe('reading families (session 13): a forecast with no date against a year\'s record', () => {
  it('"expect the rate to reach 3% by the summer" is not contradicted by "the low of 1% reached in 2003"', () => {
    assert.equal(verdictOf(check('Analysts expect the key lending rate to reach 3% by the summer [@rates-low].\n'), '3%'), 'unverified');
    // (a forecast against a forecast still is one; and the record of a year against a record of another)
    assert.equal(verdictOf(check('Analysts expect the key lending rate to reach 3% by the autumn [@rates-plan].\n'), '3%'), 'contradicted');
    assert.equal(verdictOf(check('The key lending rate hit a record low of 2% in 2003 [@rates-low].\n'), '2%'), 'contradicted');
  });
});

describe('reading families (session 13): scorelines — a venue is no side, a score on the way no result', () => {
  const scores = (note: string) => check(note).figures.map((f) => `${f.figure.text}:${f.verdict}`);
  it('"in Lyon" names where the match was played, not a player: the 15-6 of another sentence is not this match', () => {
    assert.deepEqual(scores('Tom Garr broke his thumb in the 24-18 win in Lyon [@rugby].\n'), ['24-18:supported']);
  });
  it('"a 15-6 deficit" is the score on the way, and the result is judged against the result', () => {
    assert.deepEqual(scores('Ostland beat Westland 24-18 [@cup].\n'), ['24-18:supported']);
    assert.deepEqual(scores('Ostland trailed Westland 15-6 at half-time [@cup].\n'), ['15-6:supported']);
    assert.deepEqual(scores('Ostland trailed Westland 15-9 at half-time [@cup].\n'), ['15-9:contradicted']);
  });
});

describe('reading families (session 13): a trading partner after the figure', () => {
  it('"8,479.5bn yen in trade with France" is France\'s figure: no contradiction of the note\'s trade with Germany', () => {
    assert.deepEqual(frameIn(new Lexicon(), 'It compares with 8,479.5bn yen in trade with France.', '8,479.5bn yen').placeAfter, ['france']);
    assert.notEqual(verdictOf(check('Trade with Germany came to 9,201bn yen [@partners].\n'), '9,201bn yen'), 'contradicted');
  });
});

describe('reading families (session 13): a partner\'s part of a whole', () => {
  it('the deficit with the EU and the non-EU shortfall are parts: no contradiction of the whole deficit, each still checked against its own', () => {
    assert.equal(verdictOf(check("Ostland's trade deficit narrowed to £3.6bn in November [@trade-gap].\n"), '£3.6bn'), 'unverified');
    assert.equal(verdictOf(check("Ostland's deficit with the EU fell to £1.5bn [@trade-gap].\n"), '£1.5bn'), 'contradicted');
    assert.equal(verdictOf(check("Ostland's non-EU shortfall dropped to £2.3bn [@trade-gap].\n"), '£2.3bn'), 'contradicted');
    assert.equal(verdictOf(check("Ostland's deficit with the EU fell to £1.4bn [@trade-gap].\n"), '£1.4bn'), 'supported');
  });
  it('frames: a partner is a place after "with" that the verb follows, not the object of "compares with"', () => {
    const lex = new Lexicon();
    assert.deepEqual(frameIn(lex, "Ostland's deficit with the EU fell to £1.4bn.", '£1.4bn').partner, ['eu']);
    assert.deepEqual(frameIn(lex, 'Trade with China rose to $91bn.', '$91bn').partner, ['china']);
    assert.equal(frameIn(lex, 'The launch price compares favourably with the US price of $149.', '$149').partner, undefined);
  });
});
