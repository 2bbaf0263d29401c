// Reading families of session 30 (issue 9): a place behind named rivals (which race it is a place
// in), and the names of the main clause a fronted date dates. Every sentence and every name here is
// written for the test.
import * as assert from 'node:assert/strict';
import { checkAgainst, verdictAgainst, verdictOf } from './check-helpers';
import { extractFigures } from '../../server/src/engine/figures';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';

const lex = new Lexicon();

const ordinals = (t: string) => extractFigures(t).filter((f) => f.kind === 'ordinal').map((f) => `${f.text}=${f.value}`);

describe('reading families (session 30): a place behind named rivals', () => {
  const ROWS: [string, string[]][] = [
    // a verb of being, the ordinal, "behind" and whoever is ahead
    ['The 29-year-old was third behind Ana Lopez and Mia Cruz.', ['third=3']],
    ['Harwick Rovers are 2nd behind the leaders Tallis Town.', ['2nd=2']],
    ['Corrie is still fourth behind Ostrander.', ['fourth=4']],
    // not: no one ahead named, an idiom
    ['They are second to none.', []],
    ['The talks were second behind closed doors.', []],
    ['She was third in line for the throne.', []],
  ];
  for (const [s, want] of ROWS) it(`${s} → ${want.join(' ') || 'none'}`, () => assert.deepEqual(ordinals(s), want));

  it('the frame of a place keeps whoever it is behind, past "and" and an article', () => {
    assert.deepEqual(frameIn(lex, 'Smith came third behind Ana Lopez and Mia Cruz in Dublin.', 'third').behind, ['ana', 'lopez', 'mia', 'cruz']);
    assert.deepEqual(frameIn(lex, 'Harwick Rovers are 2nd behind the leaders Tallis Town.', '2nd').behind, ['tallis', 'town']);
    assert.equal(frameIn(lex, 'Harwick Rovers are 2nd behind on goal difference.', '2nd').behind, undefined);
    assert.equal(frameIn(lex, 'Smith came third in the 5,000m final.', 'third').behind, undefined);
  });

  const SOURCE = 'Kim Smith, 28, was second behind Ana Lopez and Mia Cruz in the Dublin race. Smith, who came sixth in the 10,000m at the Olympics, hopes to improve.';
  it('the same place behind the same rivals supports, where no metric is read on either side', () => {
    assert.equal(verdictAgainst(SOURCE, 'Smith, 28, came second behind Ana Lopez and Mia Cruz.', 'second'), 'supported');
  });
  it('another place behind the same rivals is contradicted by the source\'s place behind them', () => {
    assert.equal(verdictAgainst(SOURCE, 'Smith, 28, finished fourth behind Ana Lopez and Mia Cruz.', 'fourth'), 'contradicted');
  });
  it('a place in another race, whose sentence names none of the rivals, contradicts nothing', () => {
    // (the source's "came sixth" names Smith and shares "came": before, it contradicted the place behind Lopez and Cruz)
    const source = 'Smith, who came sixth in the 10,000m at the Olympics, hopes to improve. Ana Lopez and Mia Cruz led the field in the Dublin race.';
    assert.notEqual(verdictAgainst(source, 'Smith came fourth behind Ana Lopez and Mia Cruz.', 'fourth'), 'contradicted');
    // …while the place with no rivals named is still compared with the other race's
    assert.equal(verdictAgainst(source, 'Smith came fourth in the 10,000m at the Olympics.', 'fourth'), 'contradicted');
  });
});

describe('reading families (session 30): the main clause a fronted date dates', () => {
  it('a date opening its sentence keeps the names of the clause after it', () => {
    assert.deepEqual(frameIn(lex, 'A year later, in October 2003, the couple had a son - Tomas - at home.', '2003').frontedFor, ['tomas']);
    assert.deepEqual(frameIn(lex, 'In 1999 Harwick Council sold the depot.', '1999').frontedFor, ['harwick', 'council']);
    assert.deepEqual(frameIn(lex, 'But in 1983, he took Dunmere East.', '1983').frontedFor, ['dunmere', 'east']);
  });
  it('not a date after a verb, a name or another figure, nor one far into its sentence', () => {
    assert.equal(frameIn(lex, 'Harwick Council sold the depot in 1999 to Tomas Brell.', '1999').frontedFor, undefined);
    assert.equal(frameIn(lex, 'Tomas was born in 1983, and Dunmere East grew.', '1983').frontedFor, undefined);
    assert.equal(frameIn(lex, 'Profits of £4m in 2003, said Ostrander, were a record.', '2003').frontedFor, undefined);
    assert.equal(frameIn(lex, 'After the long and bitter dispute over the old harbour site in the town, in 2003, Tomas left.', '2003').frontedFor, undefined);
  });
  it("a fronted date's clause names whose date it is: a misdated event of the note's subject is contradicted", () => {
    const source = 'Tomas Brell married Ana Lopez in 2001. A year later, in October 2002, the couple had a son - Pavel - at the family farm.';
    assert.equal(verdictAgainst(source, 'Their son Pavel arrived in October 2003.', '2003'), 'contradicted');
    assert.equal(verdictAgainst(source, 'Their son Pavel arrived in October 2002.', '2002'), 'supported');
  });
});

describe('reading families (session 30): named awards counted, an amount opening a dashed aside', () => {
  it('a named award counted after a figure measures prizes; the ceremony named alone stays a name', () => {
    assert.equal(frameIn(lex, 'Harwick Lane won three Oliviers on Sunday.', 'three').metric[0], 'prize');
    assert.equal(frameIn(lex, 'The film took five Oscars.', 'five').metric[0], 'prize');
    assert.notEqual(frameIn(lex, 'The film made $5m after the Oscars.', '$5m').metric[0], 'prize');
  });
  it('"won three Oliviers" is supported by "won three prizes", contradicted by "won two prizes"', () => {
    assert.equal(verdictAgainst('Harwick Lane won three prizes at the theatre awards, while Dunmere won one.', 'Harwick Lane won three Oliviers.', 'three'), 'supported');
    assert.equal(verdictAgainst('Harwick Lane won two prizes at the theatre awards, while Dunmere won one.', 'Harwick Lane won three Oliviers.', 'three'), 'contradicted');
  });
  it('an amount right after a noun and a dash measures that noun, and so does the next of its list', () => {
    const s = 'Shareholders did well: Corrie Oil began to pay dividends - $40m in 2001 and almost $2bn in 2002 - and cut its debt.';
    assert.equal(frameIn(lex, s, '$40m').metric[0], 'dividend');
    assert.equal(frameIn(lex, s, '$2bn').metric[0], 'dividend');
    // (not after a value noun: "in serious amounts - $7bn" names nothing measured)
    assert.notEqual(frameIn(lex, 'Money is flowing in serious amounts - $7bn in 2003 - into the market.', '$7bn').metric[0], 'amount');
  });
  it('a bound misquoted in a dashed aside is contradicted ("more than $2bn" / "almost $2bn")', () => {
    const s = 'Shareholders did well: Corrie Oil began to pay dividends - $40m in 2001 and almost $2bn in 2002 - and cut its debt.';
    assert.equal(verdictAgainst(s, 'Its dividends reached more than $2bn in 2002.', '$2bn'), 'contradicted');
    assert.equal(verdictAgainst(s, 'Its dividends reached nearly $2bn in 2002.', '$2bn'), 'supported');
  });
});

describe('reading families (session 30): economic output is GDP', () => {
  it('"economic output" and "national output" measure GDP, as "gross domestic product" does', () => {
    assert.equal(frameIn(lex, "Fishing makes up about 30% of Dunmere's economic output.", '30%').metric[0], 'gdp');
    assert.equal(frameIn(lex, 'Tourism is 12% of national output.', '12%').metric[0], 'gdp');
    // (a factory's output is no GDP)
    assert.notEqual(frameIn(lex, "The plant's output rose 12% last year.", '12%').metric[0], 'gdp');
  });
  it("a share of a country's economic output misquoted is contradicted by its share of GDP", () => {
    const source = "Fishing is the main economic activity in Dunmere, representing 20% of gross domestic product.";
    assert.equal(verdictAgainst(source, "Fishing makes up about 30% of Dunmere's economic output.", '30%'), 'contradicted');
    assert.equal(verdictAgainst(source, "Fishing makes up about 20% of Dunmere's economic output.", '20%'), 'supported');
  });
});

describe('reading families (session 30): a year before a noun phrase dates its head', () => {
  it("the phrase's last noun heads the metric, past adjectives and a participle", () => {
    assert.equal(frameIn(lex, 'So I drove off in a 1971 bright racing red Saab with a broken door.', '1971').metric[0], 'saab');
    assert.equal(frameIn(lex, 'She gave the 2004 Corrie Memorial Lecture.', '2004').metric[0], 'lecture');
    // (a participle right after the year heads nothing: "the 2003 growing season" is left as it was)
    assert.deepEqual(frameIn(lex, 'The 2003 growing season was bad.', '2003').metric, []);
  });
  it("a misdated thing named by the year before it is contradicted by the source's year", () => {
    const source = '"Harwick was calling," he said, "so I got in my car, a 1971 bright racing red Saab with a broken door."';
    assert.equal(verdictAgainst(source, 'He drove to Harwick in a 1974 Saab with a broken door.', '1974'), 'contradicted');
  });
});

describe('reading families (session 30): a place in a race, and another source against the cited one', () => {
  it('a verb of being, an ordinal and "in" a name is a place ("was third in London"), not a month', () => {
    // ("his first serious attempt" is a place in his own series: "first" is read since session 45)
    assert.deepEqual(ordinals('He was third in London in 2002 in his first serious attempt.'), ['third=3', 'first=1']);
    assert.deepEqual(ordinals('It was second in Europe.'), ['second=2']);
    assert.deepEqual(ordinals('She was first in March.'), []);
    assert.deepEqual(ordinals('He was first in line.'), []);
  });
  it('a place after a verb of finishing, or "in" a name, or behind someone measures a rank', () => {
    assert.equal(frameIn(lex, 'Brell finished second in the marathon.', 'second').metric[0], 'rank');
    assert.equal(frameIn(lex, 'Brell came third.', 'third').metric[0], 'rank');
    assert.equal(frameIn(lex, 'He was third in Harwick in 2002.', 'third').metric[0], 'rank');
    assert.equal(frameIn(lex, 'Tallis Town are 2nd behind Harwick.', '2nd').metric[0], 'rank');
  });
  it("a place the cited source contradicts is not saved by the same place stated of someone in another source", () => {
    const files = {
      'brell.txt': 'Brell runs again\n\nTomas Brell ran well in Harwick. He was third in Harwick in 2002 in his first serious attempt at the marathon.\n',
      'corrie.txt': 'Corrie hopes\n\nThe 29-year-old has finished second in the 2002 and 2003 Harwick races as well as in the New York marathon.\n',
    };
    const r = checkAgainst(files, 'On his first serious marathon, in Harwick in 2002, he finished second [@brell].\n');
    assert.equal(verdictOf(r, 'second'), 'contradicted');
  });
});

describe("reading families (session 30): a figure in another's relative clause", () => {
  it('the frame keeps the name a relative clause hangs on, a number glued to it included', () => {
    assert.deepEqual(frameIn(lex, 'Harwick Lane won 10 prizes - but Corrie 2, which had seven nominations, went home empty-handed.', 'seven').relativeOf, ['corrie']);
    assert.deepEqual(frameIn(lex, 'On Sunday Ana Brell, who has scored 817 points, was rested.', '817').relativeOf, ['brell', 'ana']);
    assert.equal(frameIn(lex, 'Ana Brell has scored 817 points, which is a record.', '817').relativeOf, undefined);
  });
  const SOURCE = 'Harwick Lane won a total of 10 prizes - but Corrie 2, which had seven nominations, went home empty-handed.';
  it("someone else's figure beside the subject's own neither supports nor contradicts the subject's", () => {
    assert.equal(verdictAgainst(SOURCE, 'Harwick Lane had gone into the ceremony with seven nominations.', 'seven'), 'unverified');
    assert.notEqual(verdictAgainst(SOURCE, 'Harwick Lane had gone into the ceremony with eight nominations.', 'eight'), 'contradicted');
    // …while it is the holder's own figure
    assert.equal(verdictAgainst(SOURCE, 'Corrie 2 had gone into the ceremony with seven nominations.', 'seven'), 'supported');
  });
  it('a subject read only after the figure ("… for Harwick") is no subject the clause can be another\'s against', () => {
    const source = 'Ana Brell, who has scored 817 points in 52 matches, kicked the winning goal in Harwick\'s 2003 final.';
    assert.equal(verdictAgainst(source, 'She has scored 817 points for Harwick.', '817'), 'supported');
  });
});

describe('reading families (session 30): a year dated to its month supports as it contradicts', () => {
  const SOURCE = 'In September 2004, the number of harmful programs circulating rose by 40,000, the Corrie lab said. Security firms expect a further rise in 2005 as more people go online.';
  it('the same month and year, every name within reach, the words around much alike: supported', () => {
    // (no other figure of the sentence found in the passage to vouch for the year: coSupport says nothing)
    assert.equal(verdictAgainst(SOURCE, 'The number of harmful programs in circulation rose by many in September 2004 and some fear it could go much higher.', '2004'), 'supported');
  });
  it('another month of that year is no support, nor is a year the note dates to no month', () => {
    assert.notEqual(verdictAgainst(SOURCE, 'The number of harmful programs in circulation rose by many in October 2004 and some fear it could go much higher.', '2004'), 'supported');
    assert.notEqual(verdictAgainst(SOURCE, 'The number of harmful programs in circulation rose by many in 2004 and some fear it could go much higher.', '2004'), 'supported');
  });
});

describe('reading families (session 30): "13% greater than last year" is a change', () => {
  it('a percentage, a comparative and "than" make a difference up or down, the comparative no metric', () => {
    const up = frameIn(lex, 'Takings for the holiday weekend were 13% greater than last year.', '13%');
    assert.equal(up.role, 'change');
    assert.equal(up.direction, 'up');
    assert.equal(up.metric.includes('great'), false);
    assert.equal(frameIn(lex, 'The harvest was 20% smaller than forecast.', '20%').direction, 'down');
    // (not without "than": "a 13% greater share" stays as it was read)
    assert.notEqual(frameIn(lex, 'It took 13% greater risks.', '13%').role, 'change');
  });
  it('the change misquoted is contradicted by the source\'s, written with "higher"', () => {
    const source = 'Figures for the Harwick holiday weekend were 13% greater than last year, the Corrie group said.';
    assert.equal(verdictAgainst(source, 'Takings over the Harwick holiday weekend were 31% higher than a year earlier.', '31%'), 'contradicted');
    assert.equal(verdictAgainst(source, 'Takings over the Harwick holiday weekend were 13% higher than a year earlier.', '13%'), 'supported');
  });
});

describe('reading families (session 30): a moment of a match in minutes', () => {
  const SOURCE = 'Harwick won 2-1. Tomas Brell scored the opener, slipping the ball between Ana Corrie\'s legs after just nine minutes.';
  it('the same minute with the scorer named in its clause supports', () => {
    assert.equal(verdictAgainst(SOURCE, 'Brell opened the scoring after nine minutes.', 'nine minutes'), 'supported');
  });
  it('not for another player, nor for a length in another unit', () => {
    assert.notEqual(verdictAgainst(SOURCE, 'Corrie opened the scoring after nine minutes.', 'nine minutes'), 'supported');
    assert.notEqual(verdictAgainst('Tomas Brell has played for Harwick for nine years.', 'Brell opened the scoring after nine days.', 'nine days'), 'supported');
  });
});
