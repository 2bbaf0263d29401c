// Reading families of session 38 (issue 9), found on bbc-19 and bbc-20 once they became development
// notes. Every sentence and every name here is written for the test.
import * as assert from 'node:assert/strict';
import { judgedTitled } from './check-helpers';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameTokens } from '../../server/src/engine/frames/tokens';

describe('reading families (session 38): a place named by an adjective made from it', () => {
  const T = 'Northgate unveils filter tools';
  const S = 'In 2001 it bought Danish firm Kovak Labs to get its mail filter. In March 2003 it bought Boston-based filter maker Lantern Data Systems.';
  it('"the Boston filter maker … in March 2002" is contradicted by the "Boston-based" maker\'s year, not supported by another purchase', () => {
    assert.equal(judgedTitled(T, S, 'Northgate bought the Boston filter maker Lantern Data Systems in March 2001.', '2001'), 'contradicted 2003');
  });
  it('the right year is supported', () => {
    assert.equal(judgedTitled(T, S, 'Northgate bought the Boston filter maker Lantern Data Systems in March 2003.', '2003'), 'supported 2003');
  });
  it('a place the "-based" adjective does not name is still missing', () => {
    assert.notEqual(judgedTitled(T, S, 'Northgate bought the Denver filter maker Lantern Data Systems in March 2001.', '2001'), 'contradicted 2003');
  });
});

describe('reading families (session 38): a name given by the first word of the full name', () => {
  const T = 'Talks on a coalition collapsed';
  const S = [
    'Cabinet papers released on Friday shed light on a failed deal. Historians had long argued over it. The archive opened at dawn.',
    'The Whigs lost power in 1923 after the Radicals demanded Sir Walter Pell resign.',
    'Papers released this week show the talks. They lasted a weekend. Mr Crane kept notes. His aides kept more.',
    'Three hours later, Sir Walter summoned Mr Crane back to Carlton House for one last attempt.',
  ].join('\n\n');
  it('"Pell" is the source\'s "Sir Walter", named in full before: his wrong delay is contradicted', () => {
    assert.equal(judgedTitled(T, S, 'Five hours later Pell summoned Crane back to Carlton House for one last attempt.', 'Five hours'), 'contradicted Three hours');
  });
  it('a title alone ("Sir") names nobody', () => {
    const s = S.replace('Sir Walter summoned', 'Sir Ralph summoned');
    assert.notEqual(judgedTitled(T, s, 'Five hours later Pell summoned Crane back to Carlton House for one last attempt.', 'Five hours'), 'contradicted Three hours');
  });
  const F = [
    'Orvane Holdings and Kessel Securities are in merger talks, a newspaper said.',
    'The firms denied it. Analysts were split. Regulators said nothing. Trading was heavy.',
    'Orvane shares rose by 3.4% to 612 yen, and Kessel added 5.1% to 480 yen.',
  ].join('\n\n');
  it('"Kessel Securities" is the source\'s "Kessel": the other firm\'s move in the note\'s words is its own', () => {
    assert.equal(judgedTitled('Merger talk lifts shares', F, 'Kessel Securities shares fell 5.1% on talk of a merger.', '5.1%'), 'contradicted 5.1%');
  });
});

describe('reading families (session 38): another kind of one measure, named right before it', () => {
  const T = 'Brokers see a slowdown';
  const S = 'The broker also believes that mortgage rates will fall to 5% by the end of the year.';
  it('"the vacancy rate to climb to 5%" is not a misquote of mortgage rates falling to 5%', () => {
    assert.equal(judgedTitled(T, S, 'The broker expects the vacancy rate to climb to 5% as lending cools.', '5%'), 'unverified');
  });
  it('the same kind the other way is still contradicted', () => {
    assert.equal(judgedTitled(T, S, 'The broker expects mortgage rates to climb to 5%.', '5%'), 'contradicted 5%');
  });
  it('a noun before a head that names no measure\'s kind is no kind ("the group split" / "the band split")', () => {
    assert.equal(judgedTitled('Singer Mira Lund speaks', 'Lund has been a virtual recluse since the band split up in 1979.', 'Mira Lund has lived as a recluse since the group split in 1978.', '1978'), 'contradicted 1979');
  });
});

describe('reading families (session 38): a year dating a forecast is the forecast\'s', () => {
  const T = 'Growth figures out';
  const S = 'The central bank released figures showing Kaldor\'s economy expanded 5.2% in 2010. Growth slowed in the last quarter, and the bank said it expected 4% expansion in 2011.';
  it('"expects the economy to grow 6% in 2011" is not contradicted by the year of the growth that happened', () => {
    assert.notEqual(judgedTitled(T, S, 'The central bank expects the economy to grow 5% in 2011.', '2011'), 'contradicted 2010');
  });
  it('a year of what happened, misquoted, is still contradicted', () => {
    assert.equal(judgedTitled(T, S, "Kaldor's economy expanded 5.2% in 2009.", '2009'), 'contradicted 2010');
  });
});

describe('reading families (session 38): a share of people is a share of one answer', () => {
  const T = 'Northern firms miss out';
  const S = 'Their biggest worries are not storms, but red tape, cheap rivals and the swings of fuel prices. Firms in the north are lacking confidence after years of slow growth. When consultants Halden Partners ran the same survey two years ago, nearly 40% of managers were gloomy about their prospects.';
  it('"17% of the managers named storms as their biggest worry" is no misquote of the share that was gloomy', () => {
    assert.equal(judgedTitled(T, S, 'Some 17% of the managers named storms as their single biggest worry.', '17%'), 'unverified');
  });
  it('the same answer, misquoted, is contradicted', () => {
    assert.equal(judgedTitled(T, S, 'Two years ago nearly 30% of managers were gloomy about their prospects.', '30%'), 'contradicted 40%');
  });
});

describe('reading families (session 38): a first name, the surname reached from a pronoun\'s sentence', () => {
  const T = 'Actress to star in thriller';
  const S = [
    'A thriller based on a best-selling novel has found its female lead, papers say. Filming starts in May. The budget is not known.',
    'French actress Elise Marnay, star of the hit film Lune, will play the lead.',
    'The film is directed by Hal Brody. It also stars Tom Ruck. Marnay will play his partner. She is filming a drama now. Brody directed Marnay in Lune.',
    'She starred in Glass Harbour in 2007. Brody chose Marnay for the part.',
  ].join('\n\n');
  it('"Elise Marnay starred in Glass Harbour in 2006" is contradicted by the pronoun\'s sentence', () => {
    assert.equal(judgedTitled(T, S, 'Elise Marnay starred in Glass Harbour in 2006.', '2006'), 'contradicted 2007');
  });
});

describe('reading families (session 38): a paragraph opening with a demonstrative refers back', () => {
  const T = 'Format war heats up';
  const S = [
    'The fight matters because the new discs will bring in billions. Last month, Orbis, Castellan and Wren Pictures said they were backing the Hexa format.',
    'Those studios currently produce about 38% of disc content. Two others back the rival format.',
  ].join('\n\n');
  it('"Orbis, Castellan and Wren Pictures make about 42% of disc content" is contradicted by "Those studios … 38%"', () => {
    assert.equal(judgedTitled(T, S, 'Orbis, Castellan and Wren Pictures, the Hexa studios, make about 42% of disc content.', '42%'), 'contradicted 38%');
  });
  it('the right share is supported', () => {
    assert.equal(judgedTitled(T, S, 'Orbis, Castellan and Wren Pictures, the Hexa studios, make about 38% of disc content.', '38%'), 'supported 38%');
  });
});

describe('reading families (session 38): a possessive before a place is the ranking\'s domain', () => {
  const T = 'Banks merge';
  const S = 'Two banks have merged. Korvel, Norland\'s fourth-biggest lender, is already scouting for a foreign partner.';
  it('"the country\'s third-largest lender" is contradicted by the fourth-biggest, as "Norland\'s third-largest" is', () => {
    assert.equal(judgedTitled(T, S, 'Korvel, the country\'s third-largest lender, is already looking for a foreign partner.', 'third'), 'contradicted fourth');
    assert.equal(judgedTitled(T, S, 'Korvel, Norland\'s third-largest lender, is already looking for a foreign partner.', 'third'), 'contradicted fourth');
  });
  it('the right place is supported', () => {
    assert.equal(judgedTitled(T, S, 'Korvel, the country\'s fourth-largest lender, is looking for a partner.', 'fourth'), 'supported fourth');
  });
});

describe('reading families (session 38): a weak figure of a sentence written from the source\'s', () => {
  const T = 'Firm speeds up cuts';
  const S = 'The firm is speeding up its restructuring programme, which aims to save between £90m and £145m annually from 2008.';
  it('the year beside the range the passage states is a misquote of its year', () => {
    assert.equal(judgedTitled(T, S, 'Its restructuring is meant to save between £90m and £145m a year from 2009.', '2009'), 'contradicted 2008');
  });
  it('alone, the year stays below the bar of a weak figure', () => {
    assert.equal(judgedTitled(T, S, 'Its restructuring is meant to save a lot a year from 2009.', '2009'), 'unverified');
  });
});

describe('reading families (session 38): a phrasal verb\'s particle before a degree adverb', () => {
  const T = 'Graduates and jobs';
  const S = 'Women now make up more than half of all graduates from Norland universities but only 4% of the workforce.';
  it('"make up just 4% of the workforce" is a share the source states, not a rise', () => {
    assert.equal(judgedTitled(T, S, 'Women outnumber men among graduates but make up just 4% of the workforce.', '4%'), 'supported 4%');
  });
  it('a rise past the adverb is still a rise ("went up just 4%")', () => {
    assert.notEqual(judgedTitled(T, S, 'The number of women in work went up just 4%.', '4%'), 'supported 4%');
  });
});

describe('reading families (session 38): an -ing form after a determiner or an owner is a noun', () => {
  const T = 'Exchange talks';
  const S = 'Harlow chief Vera Lind is meeting Ms Orton on Thursday, in the third meeting between the two exchanges since the bid approach in December.';
  it('"Lind\'s meeting with Mina Orton … will be the fourth" measures the meeting: contradicted by the third', () => {
    assert.equal(judgedTitled(T, S, "Vera Lind's meeting with Mina Orton on Thursday will be the fourth between the exchanges since December.", 'fourth'), 'contradicted third');
  });
  it('the right place, its noun said, is supported', () => {
    assert.equal(judgedTitled(T, S, "Vera Lind's meeting with Mina Orton on Thursday will be the third meeting between the exchanges since December.", 'third'), 'supported third');
  });
});

describe('reading families (session 38): a team opening a sentence in the plural', () => {
  const T = 'Kestrel join race';
  const S = [
    "Kestrel have joined the race to sign Real Oriel striker Tomas Vane and scupper Larkfield's bid.",
    'Larkfield were reported to have bid £2.5m for the striker this week. But the club will avoid a bidding war. Real are believed to still want £6m before selling Vane.',
  ].join('\n\n');
  it('"Real are believed to still want £6m" is Real Oriel\'s asking price: "£4m" is contradicted', () => {
    assert.equal(judgedTitled(T, S, 'Real Oriel are thought to want £4m before they sell.', '£4m'), 'contradicted £6m');
  });
  it('the right price is supported', () => {
    assert.equal(judgedTitled(T, S, 'Real Oriel are thought to want £6m before they sell.', '£6m'), 'supported £6m');
  });
  it('the opener before a plural verb is read as a name, people in the plural are not ("Police are …")', () => {
    const lex = new Lexicon();
    const names = (t: string) => frameTokens(t, 0, t.length, [], lex, () => true).filter((x) => x.kind === 'name').map((x) => x.low);
    assert.deepEqual(names('Police are searching the area.'), []);
    assert.deepEqual(names('Real are believed to want more.'), ['real']);
  });
});

describe('reading families (session 38): a dated figure after another of the same measure', () => {
  const T = 'Lending data';
  const S = 'Mortgage lending rose by £5.2bn in March, up from a £3.8bn rise in February.';
  it('"grew by £5.2bn in March, after £8.3bn in February" misquotes February\'s rise', () => {
    assert.equal(judgedTitled(T, S, 'Mortgage lending grew by £5.2bn in March, after £8.3bn in February.', '£8.3bn'), 'contradicted £3.8bn');
  });
  it('the right one is supported', () => {
    assert.equal(judgedTitled(T, S, 'Mortgage lending grew by £5.2bn in March, after £3.8bn in February.', '£3.8bn'), 'supported £3.8bn');
  });
});
