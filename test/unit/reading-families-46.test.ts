// Reading families of session 46 (issue 9), found on bbc-35 and bbc-36 once they became development
// notes. Every sentence and every name here is written for the test.
import * as assert from 'node:assert/strict';
import { type ClaimFrame } from '../../server/src/engine/frames/frame';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';
import { extractFigures } from '../../server/src/engine/figures';
import { checkAgainst, judgedTitled, resultOf } from './check-helpers';

const lex = new Lexicon();
const frameOf = (sentence: string, figure: string): ClaimFrame => frameIn(lex, sentence, figure);

describe('reading families (session 46): a count past a word that says which of them', () => {
  it('"four previous nominations", "five earlier occasions", "three prior occasions" count the noun after', () => {
    assert.equal(frameOf('Varga has been passed over despite four previous nominations for her films.', 'four').metric[0], 'nomination');
    assert.equal(frameOf('The advice had been printed on five earlier occasions.', 'five').metric[0], 'occasion');
    assert.equal(frameOf('The board had turned the plan down on three prior occasions.', 'three').metric[0], 'occasion');
  });
  it('a span of time after the word is when, not what is counted ("in the three previous years")', () => {
    assert.notEqual(frameOf('Sales were 4% higher than in the three previous years.', 'three').metric[0], 'year');
  });
  it('"five earlier best director nominations" is contradicted by "despite four previous nominations", supported by four', () => {
    const S = 'Lena Varga has never won the best director prize, despite four previous nominations for films including Dry Harbour.';
    assert.equal(judgedTitled('Varga in line for prize', S, 'Lena Varga has five earlier best director nominations but no win.', 'five'), 'contradicted four');
    assert.equal(judgedTitled('Varga in line for prize', S, 'Lena Varga has four earlier best director nominations but no win.', 'four'), 'supported four');
  });
});

describe('reading families (session 46): a plan that names a thing, not the clause', () => {
  it('"opened consultations on the proposed runway in May 2004" is no plan; "the planned cut of 500 jobs" still is', () => {
    assert.equal(frameOf('Airgate opened talks with residents on the proposed runway in May 2004.', '2004').period.mode, undefined);
    assert.equal(frameOf('The firm announced the planned cut of 500 jobs.', '500').period.mode, 'plan');
    assert.equal(frameOf('The proposed runway will cost £2bn.', '£2bn').period.mode, 'plan');
  });
  it('"opened its talks in May 2003" is contradicted by "opened talks … on the proposed runway in May 2004"', () => {
    const S = 'Airgate opened talks with residents on noise from the proposed runway in May 2004, which will close next week.';
    assert.equal(judgedTitled('Airgate talks to close', S, 'Airgate opened its noise talks with residents in May 2003.', '2003'), 'contradicted 2004');
  });
});

describe('reading families (session 46): two values swapped between the names of a list', () => {
  const S = 'Investors cheered the verdict, which sent Corvane shares up 3.2% and Belmott shares up 6.47%.';
  it('each value given to the other name is contradicted, the words around the first value shared by both', () => {
    const r = checkAgainst({ 'story.txt': 'Verdict lifts tobacco stocks\n\n' + S + '\n' }, 'The verdict lifted Corvane shares by 6.47% and Belmott\'s by 3.2% [@story].\n');
    assert.equal(resultOf(r, '6.47%').verdict, 'contradicted');
    assert.equal(resultOf(r, '3.2%').verdict, 'contradicted');
  });
  it('the values each given to its own name are supported', () => {
    const r = checkAgainst({ 'story.txt': 'Verdict lifts tobacco stocks\n\n' + S + '\n' }, 'The verdict lifted Corvane shares by 3.2% and Belmott\'s by 6.47% [@story].\n');
    assert.equal(resultOf(r, '6.47%').verdict, 'supported');
    assert.equal(resultOf(r, '3.2%').verdict, 'supported');
  });
});

describe('reading families (session 46): the same open bound around another value', () => {
  const S = 'Customs officers at the bloc\'s outer borders seized fake goods worth more than 700% as much as in 1999, the report said.';
  it('"more than 500%" is contradicted by "more than 700%" of the same measure; "more than 700%" supported', () => {
    assert.equal(judgedTitled('Fake goods seizures soar', S, 'Seizures of fake goods at the bloc\'s outer borders were worth more than 500% as much as in 1999.', '500%'), 'contradicted 700%');
    assert.equal(judgedTitled('Fake goods seizures soar', S, 'Seizures of fake goods at the bloc\'s outer borders were worth more than 700% as much as in 1999.', '700%'), 'supported 700%');
  });
  it('a bound far below the source\'s is a weaker claim it bears out ("more than 700,000 children" / "just over 2 million children")', () => {
    const W = 'The survey found that just over 2 million children in Ostland attended nursery last year.';
    assert.notEqual(judgedTitled('Nursery places', W, 'More than 700,000 children in Ostland attended nursery last year.', '700,000').split(' ')[0], 'contradicted');
  });
  it('"over 500%" against "under 700%" is no misquote of a bound (another bound each way)', () => {
    const U = 'Customs officers at the bloc\'s outer borders seized fake goods worth less than 700% as much as in 1999, the report said.';
    assert.notEqual(judgedTitled('Fake goods seizures soar', U, 'Seizures of fake goods at the bloc\'s outer borders were worth more than 500% as much as in 1999.', '500%'), 'contradicted 700%');
  });
});

describe('reading families (session 46): a tally picked up is a level', () => {
  it('"which picked up a total of 31 nominations" is a level, as "picked up 31 nominations" is; "sales picked up by 2%" still a change', () => {
    assert.equal(frameOf('Irish dramas - which picked up a total of 31 nominations - face rivals from Canada.', '31').role, 'level');
    assert.equal(frameOf('The club racked up a total of 300 wins.', '300').role, 'level');
    assert.equal(frameOf('Sales picked up by a total of 2% in May.', '2%').role, 'change');
  });
  it('"picked up 31 nominations in all" is supported by "which picked up a total of 31 nominations", not set against another count', () => {
    const S = 'Irish dramas - which picked up a total of 31 nominations - face rivals from Canada and Japan. Irish music shows picked up four nominations.';
    assert.equal(judgedTitled('Irish dramas in running', S, 'Irish programmes picked up 31 nominations in all.', '31'), 'supported 31');
  });
});

describe('reading families (session 46): a value nearer another date of the note\'s sentence', () => {
  const ARTICLE = [
    'Northern Academy leads interactive prize wins',
    "The Northern Academy's own website has won two prizes at the interactive awards in Leeds.",
    'The site took the prize for best news service and the prize for best factual site.',
    '"Without question, 2005 has been a great year for the academy," said its director, Anna Reyes.',
    'The prizes have been running since 1996, but in 2001 the Northern Academy of Stage and Screen decided to split them into separate games and interactive ceremonies.',
    'Winners this year included a mobile guide to the city and a game for schools.',
  ].join('\n\n');
  it('"began in 1996 and were split … in 2002": 1996 supported (not set against 2001), 2002 contradicted by 2001', () => {
    const r = checkAgainst({ 'story.txt': ARTICLE + '\n' }, 'The prizes began in 1996 and were split into games and interactive ceremonies in 2002 [@story].\n');
    assert.equal(resultOf(r, '1996').verdict, 'supported');
    assert.equal(resultOf(r, '2002').verdict, 'contradicted');
  });
  it('two values swapped between two places stay contradicted, each stated in the source beside the other', () => {
    const T = 'Economists expect growth of 1.5% in Morvania next year and 2.2% in Ostland.';
    const r = checkAgainst({ 'story.txt': 'Growth outlook\n\n' + T + '\n' }, 'Economists expect growth of 2.2% in Morvania next year and 1.5% in Ostland [@story].\n');
    assert.equal(resultOf(r, '2.2%').verdict, 'contradicted');
    assert.equal(resultOf(r, '1.5%').verdict, 'contradicted');
  });
});

describe('reading families (session 46): a nationality names its country', () => {
  it('"the Jordanian bank … bought 49%" is the same subject as "Jordan\'s … bank bought 51%", and contradicts it', () => {
    const S = 'In Basra, the Jordanian investment bank Halden & Crest Bank has bought 49% of Southern Bank of Iraq.';
    assert.deepEqual(frameOf(S, '49%').subject.includes('jordan'), true);
    assert.equal(judgedTitled('Iraqi voters look to jobs', S, "Jordan's Halden & Crest Bank has bought 51% of Southern Bank of Iraq.", '51%'), 'contradicted 49%');
  });
  it('the very share is supported', () => {
    const S = 'In Basra, the Jordanian investment bank Halden & Crest Bank has bought 49% of Southern Bank of Iraq.';
    assert.equal(judgedTitled('Iraqi voters look to jobs', S, "Jordan's Halden & Crest Bank has bought 49% of Southern Bank of Iraq.", '49%'), 'supported 49%');
  });
  it('complementary shares of those who do and do not are still no misquote ("31% drink" / "69% do not")', () => {
    const S = 'The survey found that 31% of adults in Ostland drink coffee every day.';
    assert.notEqual(judgedTitled('Coffee survey', S, 'In Ostland 69% of adults do not drink coffee every day.', '69%'), 'contradicted 31%');
  });
});

describe('reading families (session 46): contests lost are a tally', () => {
  it('"had lost three Open finals" and "lost five home games" are levels; "lost five seats" a change', () => {
    assert.equal(frameOf('Before this title Varga had lost three Harbour Open finals.', 'three').role, 'level');
    assert.equal(frameOf('The team have lost five home games.', 'five').role, 'level');
    assert.equal(frameOf('The party lost five seats.', 'five').role, 'change');
  });
  it('"had lost three Harbour Open finals" is contradicted by "Varga had lost two Harbour Open finals"', () => {
    const S = 'Varga had lost two Harbour Open finals before this win.';
    assert.equal(judgedTitled('Varga wins at last', S, 'Before this title Varga had lost three Harbour Open finals.', 'three'), 'contradicted two');
  });
});

describe('reading families (session 46): a title set after a ranked noun holds the rank', () => {
  const S = 'The Corvids are currently promoting the album\'s second single, Where The Rain Goes.';
  it('"Where The Rain Goes is the album\'s third single" is contradicted by "the album\'s second single, Where The Rain Goes"', () => {
    assert.equal(judgedTitled('Corvids tour set for TV', S, 'Where The Rain Goes is the album\'s third single.', 'third'), 'contradicted second');
    assert.equal(judgedTitled('Corvids tour set for TV', S, 'Where The Rain Goes is the album\'s second single.', 'second'), 'supported second');
  });
  it('a speaker after the comma holds nothing ("the second round, Ruiz said")', () => {
    assert.equal(frameOf('He lost in the second round, Ruiz said.', 'second').apposedTo, undefined);
  });
});

describe('reading families (session 46): an age after a description with names', () => {
  it('"The Scotland international, 24," and "The Harbury defender, 26," are ages; "The index, 24," is none', () => {
    assert.equal(frameOf('The Scotland international, 24, was hurt in a challenge with Karl Dunne.', '24').role, 'age');
    assert.equal(frameOf('The Harbury defender, 26, signed a new deal.', '26').role, 'age');
    assert.notEqual(frameOf('The index, 24, rose.', '24').role, 'age');
  });
  it('"Marc Tully, 24, has a broken ankle" is supported by "The Scotland international, 24, was hurt" after his name', () => {
    const S = 'Marc Tully limped off in the second half. The Scotland international, 24, was hurt in a challenge with Karl Dunne.';
    assert.equal(judgedTitled('Tully out with broken ankle', S, 'Marc Tully, 24, has a suspected broken ankle.', '24'), 'supported 24');
  });
});

describe('reading families (session 46): half of a named group is a share', () => {
  const ext = (s: string) => extractFigures(s).map((f) => `${f.text}:${f.kind}:${f.value}`);
  it('"Half of UK net users" is 50%, as "half of the staff" is; "Half of Europe is dark" stays a half', () => {
    assert.deepEqual(ext('Half of UK net users will be on broadband.'), ['Half:percent:50']);
    assert.deepEqual(ext('Half of Ostland adults agreed.'), ['Half:percent:50']);
    assert.deepEqual(ext('Half of Europe is dark.'), ['Half:multiplier:0.5']);
  });
  it('"Half of UK net users are on broadband" is supported by "50% of all UK net users are on broadband"', () => {
    const S = 'It is estimated that 50% of all UK net users are now on broadband.';
    assert.equal(judgedTitled('Broadband grows', S, 'Half of UK net users are now on broadband.', 'Half'), 'supported 50%');
  });
});

describe('reading families (session 46): a small count no passage states may be contradicted on a looser bar', () => {
  it('"replaced them with three new designs" is contradicted by "The party\'s four new designs"; four is supported', () => {
    const A = 'Greens defend leaflet drive\n\nThe Green Party has withdrawn two disputed leaflets and launched four new designs.\n\nThe party\'s four new designs, launched on Monday, avoid the cartoon images, but still target the council leader.\n';
    assert.equal(resultOf(checkAgainst({ 'story.txt': A }, 'It replaced them with three new designs unveiled on Monday [@story].\n'), 'three').verdict, 'contradicted');
    assert.equal(resultOf(checkAgainst({ 'story.txt': A }, 'It replaced them with four new designs unveiled on Monday [@story].\n'), 'four').verdict, 'supported');
  });
  it('…but not where a passage in reach states the note\'s very value of something much like it ("one of three of his works")', () => {
    const B = [
      'Festival pulls Van Dorn film Drift',
      'A Dutch film festival has dropped Drift, the short film made by the late director Theo van Dorn.',
      'It was one of three of his works to be shown as part of a free speech event in tribute to the late film-maker.',
      'Two of Van Dorn\'s other films will be shown as planned, including the premiere of his last feature.',
      'The event sees 14 films competing to win three Gold Heron prizes which aim to find new talent.',
    ].join('\n\n');
    assert.equal(resultOf(checkAgainst({ 'story.txt': B + '\n' }, 'Drift was one of three Van Dorn films due to be shown at the festival [@story].\n'), 'three').verdict, 'unverified');
  });
});

describe('reading families (session 46): a change noun read past the part of a span that dates it', () => {
  it('"growth for the whole of 2004 was 1.6%" and "growth for 2004 as a whole came in at 1.7%" are changes, as "growth in 2004 was 1.6%" is', () => {
    assert.equal(frameOf('The statistics office said growth for the whole of 2004 was 1.6%.', '1.6%').role, 'change');
    assert.equal(frameOf('Growth for 2004 as a whole came in at 1.7%.', '1.7%').role, 'change');
    assert.equal(frameOf('Growth in 2004 was 1.6%.', '1.6%').role, 'change');
  });
});

describe('reading families (session 46): pounds of weight and odds a bookmaker prices', () => {
  const ext = (s: string) => extractFigures(s).map((f) => `${f.text}:${f.kind}`);
  it('"25lb", "24.5lbs" and "25 lb" are weights, a unit of their own (never kilograms)', () => {
    assert.deepEqual(ext('He gained 25lb in a month.'), ['25lb:measure']);
    assert.deepEqual(ext('He lost 24.5lbs and 11kg.'), ['24.5lbs:measure', '11kg:measure']);
    assert.equal(extractFigures('He gained 25lb.')[0].unit, 'lb');
  });
  it('"gained 25lb" is supported by "his 25lb weight gain" no more than its unit says: 25lb against 25lb, not 25kg', () => {
    assert.notEqual(judgedTitled('Diet film wins award', 'The film followed his 25kg weight gain.', 'Reid gained 25lb while eating only burgers.', '25lb').split(' ')[0], 'supported');
  });
  it('"priced The Aviator at 4/9 and 8/13" and "priced Bez at 4/9" are odds', () => {
    assert.deepEqual(ext('Ladbrokes priced Harbour Lights at 4/9 and 8/13 for best film.'), ['4/9:odds', '8/13:odds']);
    assert.deepEqual(ext('Ladbrokes priced Dex at 4/9 to go.'), ['4/9:odds']);
  });
  it('"priced at 4/9 and 8/13" is supported by "have given Harbour Lights 4/9 and 8/13 odds"', () => {
    const S = 'Two bookmakers have given Harbour Lights 4/9 and 8/13 odds of winning best film.';
    assert.equal(judgedTitled('Harbour Lights tipped', S, 'Ladbrokes priced Harbour Lights at 4/9 and 8/13 for best film.', '4/9'), 'supported 4/9');
  });
});

describe('reading families (session 46): a merger that fell apart, and a second guess', () => {
  it('"fell apart in 2001" is contradicted by "an attempted merger with Halden Exchange failed in 2000"', () => {
    const S = 'The bourse has been a target since an attempted merger with Halden Exchange failed in 2000.';
    assert.equal(judgedTitled('Bourse bid battle', S, 'An earlier attempt to merge the bourse with Halden Exchange fell apart in 2001.', '2001'), 'contradicted 2000');
    assert.equal(frameOf('The deal fell apart in 2003.', '2003').metric[0], 'fail');
  });
  it('"about 300 pence, maybe 310" is the one quantity, put higher: the second value takes the first\'s frame', () => {
    const fr = frameOf('Analyst Joe Marsh thought a price of about 300 pence, maybe 310, could win the investors over.', '310');
    assert.equal(fr.metric[0], frameOf('Analyst Joe Marsh thought a price of about 300 pence, maybe 310, could win the investors over.', '300 pence').metric[0]);
    assert.notEqual(fr.metric.length, 0);
  });
});

describe('reading families (session 46): a club\'s short name', () => {
  it('"Man Utd" and "Man City" are Manchester United and City; "Man" alone is no one', () => {
    assert.deepEqual(frameOf('Harbury will play Man Utd on 19 January.', '19 January').names.filter((x) => x !== 'harbury'), ['manchester', 'united']);
    assert.ok(frameOf('Man City paid £4m for the striker.', '£4m').names.includes('manchester'));
    assert.ok(!frameOf('Man jailed for £4m fraud.', '£4m').names.includes('manchester'));
  });
  it('"the replay against Manchester United on 18 January" is contradicted by "the replay with Man Utd … on Wednesday 19 January"', () => {
    const S = 'TV One said it will be televising Harbury\'s replay with Man Utd live on Wednesday 19 January.';
    assert.equal(judgedTitled('Harbury replay on TV', S, 'TV One will show Harbury\'s replay against Manchester United live on 18 January.', '18 January'), 'contradicted 19 January');
  });
});

describe('reading families (session 46): a description opening the sentence, only places before the figure', () => {
  const S = 'Varn Power is selling shares. The firm is the largest utility company in Norway, and the sixth largest power producer in the world.';
  it('"Varn Power ranks as the fourth largest power producer" is contradicted by "The firm is … in Norway, and the sixth largest …"', () => {
    assert.equal(judgedTitled('Varn Power share sale', S, 'Varn Power ranks as the fourth largest power producer in the world.', 'fourth'), 'contradicted sixth');
    assert.equal(judgedTitled('Varn Power share sale', S, 'Varn Power ranks as the sixth largest power producer in the world.', 'sixth'), 'supported sixth');
  });
  it('a person named before the figure keeps the sentence hers ("The firm hired Ana Ruiz, the sixth …")', () => {
    const fr = frameOf('The firm hired Ana Ruiz, the sixth largest shareholder in Ostland.', 'sixth');
    assert.equal(fr.describedNames, undefined);
  });
});

describe('reading families (session 46): "N years old" is an age, as "N-year-old" is', () => {
  it('"I\'m only 30 years old" is the bare age; "30 years older" stays a span', () => {
    assert.deepEqual(extractFigures("given I'm only 30 years old").map((f) => `${f.text}:${f.kind}`), ['30:count']);
    assert.deepEqual(extractFigures('he is 30 years older').map((f) => `${f.text}:${f.kind}`), ['30 years:duration']);
    assert.equal(frameOf('The house is 30 years old.', '30').role, 'age');
  });
  it('"Reyes, 31, called the honour surreal" is supported by "given I\'m only 31 years old," Reyes said', () => {
    const S = '"It\'s a lifetime award, which is utterly surreal, given I\'m only 31 years old," Reyes said.';
    assert.equal(judgedTitled('Reyes honoured', S, 'Reyes, 31, called the honour surreal.', '31'), 'supported 31');
  });
});

describe('reading families (session 46): "in the N years since" after a figure is its stretch', () => {
  it('"cost £28.7m … in the four years since it closed" is a four-year total; "in the 50 years since …, when the record was 426m" no stretch of 426m', () => {
    assert.equal(frameOf('The auditors said the arena cost taxpayers £28.7m to maintain in the four years since it closed.', '£28.7m').period.span, '4year');
    assert.equal(frameOf('Lifts have advanced in the 50 years since that first edition, when the record was 426m per minute.', '426m').period.span, undefined);
  });
  it('"cost taxpayers £28.7m a year" is contradicted by "£28.7m … in the four years since it closed" (a total given as a rate)', () => {
    const S = 'The auditors said the arena cost taxpayers £28.7m to maintain and sell in the four years since it closed.';
    assert.equal(judgedTitled('Arena costs', S, 'The auditors said the arena cost taxpayers £28.7m a year to maintain and sell.', '£28.7m').split(' ')[0], 'contradicted');
  });
});
