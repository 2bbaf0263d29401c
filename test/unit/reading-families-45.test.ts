// Reading families of session 45 (issue 9), found on bbc-33 and bbc-34 once they became development
// notes. Every sentence and every name here is written for the test.
import * as assert from 'node:assert/strict';
import { type ClaimFrame } from '../../server/src/engine/frames/frame';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';
import { extractFigures } from '../../server/src/engine/figures';
import { checkAgainst, judgedTitled, resultOf } from './check-helpers';

const lex = new Lexicon();
const frameOf = (sentence: string, figure: string): ClaimFrame => frameIn(lex, sentence, figure);
const ordinals = (text: string): string[] => extractFigures(text).filter((f) => f.kind === 'ordinal').map((f) => f.text);

describe('reading families (session 45): an ordinal that counts a numbered event or work', () => {
  const READ: ReadonlyArray<readonly [string, string]> = [
    ['Tovin will be the 23rd Halberd film.', '23rd'],
    ['She sang at the 31st Harbour Music Awards in Leith.', '31st'],
    ['He gave the 12th Marta Lind Lecture at the college.', '12th'],
    ['The band play at the 26th Vellor awards ceremony tonight.', '26th'],
    ['Dane Arkell won the third Grammy of his career.', 'third'],
    ['The ninth and final Skyfold film opens in May.', 'ninth'],
    ['She spoke at the second annual conference of the Alder Party.', 'second'],
    ['He is the third Liberal MP to defect since 2001.', 'third'],
    ['Their third-round tie is on Saturday.', 'third'],
  ];
  for (const [sentence, figure] of READ) {
    it(`reads "${figure}" in "${sentence}"`, () => assert.deepEqual(ordinals(sentence), [figure]));
  }
  const NOT: readonly string[] = [
    'The studio belongs to 20th Century Fox, the film group.',
    'They met in the 4th Battalion before the war.',
    'It was the second time to try, she said.',
    'He scored in the second half to seal it.',
  ];
  for (const sentence of NOT) {
    it(`reads no ordinal in "${sentence}"`, () => assert.deepEqual(ordinals(sentence), []));
  }
});

describe('reading families (session 45): what a series\' ordinal counts', () => {
  it('the series\' capitalised noun is the metric, and "annual" no rate', () => {
    assert.equal(frameOf('Dane Arkell collected the fourth Grammy of his career.', 'fourth').metric[0], 'grammy');
    assert.equal(frameOf('Reel Life won at the 15th annual Harbour Comedy Awards.', '15th').metric[0], 'awards');
    assert.equal(frameOf('Reel Life won at the 15th annual Harbour Comedy Awards.', '15th').per, undefined);
  });
  it('"the fourth Grammy" is contradicted by "picked up the third Grammy of his career", supported by the same', () => {
    const S = 'Former senator Dane Arkell picked up the third Grammy of his career, winning the spoken word prize.';
    assert.equal(judgedTitled('Grammys honour Arkell', S, 'Dane Arkell collected the fourth Grammy of his career.', 'fourth'), 'contradicted third');
    assert.equal(judgedTitled('Grammys honour Arkell', S, 'Dane Arkell collected the third Grammy of his career.', 'third'), 'supported third');
  });
  it('"the 15th British Comedy Awards" is supported by "the 15th annual British Comedy Awards"', () => {
    const S = 'Cult hit Reel Life triumphed at the 15th annual Harbour Comedy Awards on Tuesday.';
    assert.equal(judgedTitled('Reel Life wins comedy prizes', S, 'Reel Life was the big winner at the 15th Harbour Comedy Awards.', '15th'), 'supported 15th');
  });
});

describe('reading families (session 45): a round and who reached it', () => {
  it('"reached the Harbury semi-finals in 2003" is contradicted by "a Harbury semi-finalist in 2004"', () => {
    const S = 'Kovac, a Harbury semi-finalist in 2004, looked set to push Dorin all the way.';
    assert.equal(judgedTitled('Dorin through in Harbury', S, 'Kovac had reached the Harbury semi-finals in 2003.', '2003'), 'contradicted 2004');
  });
});

describe('reading families (session 45): a year before a name dates the thing the other side says came into being', () => {
  it('"1977\'s Bramble Days" against "Bramble Days dates from 1979" contradicts; against "was released in 1977" supports', () => {
    const S = 'The Bramblers have already had one big-screen outing - 1977\'s Bramble Days.';
    assert.equal(judgedTitled('Bramblers return to screens', S, 'The Bramblers\' only film, Bramble Days, dates from 1979.', '1979'), 'contradicted 1977');
    assert.equal(judgedTitled('Bramblers return to screens', S, 'The Bramblers\' only film, Bramble Days, dates from 1977.', '1977'), 'supported 1977');
  });
  it('a year of a thing is no date of what else the thing did ("Bramble Days won a prize in 1979")', () => {
    const S = 'The Bramblers have already had one big-screen outing - 1977\'s Bramble Days.';
    assert.notEqual(judgedTitled('Bramblers return to screens', S, 'Bramble Days won a prize in 1979.', '1979').split(' ')[0], 'contradicted');
  });
});

describe('reading families (session 45): the Nth to be named', () => {
  it('"the third Ardish woman to be named": "to be" after the noun makes a place in a series too', () => {
    assert.deepEqual(ordinals('She is only the third Ardish woman to be named athlete of the year.'), ['third']);
  });
});

describe('reading families (session 45): a currency left unsaid after a bracket of conversions', () => {
  it('"77m euros (£53m; $100m), up from 38m" reads 38m in euros; a bracket of other things leaves it a count', () => {
    const of = (t: string, fig: string) => extractFigures(t).find((f) => f.text === fig);
    assert.equal(of('Profit was 77m euros (£53m; $100m), up from 38m in 2003.', '38m')?.unit, of('Profit was 77m euros, up from 38m in 2003.', '38m')?.unit);
    assert.equal(of('Profit was 77m euros (£53m; $100m), up from 38m in 2003.', '38m')?.kind, 'currency');
    assert.equal(of('Sales were $77m (and 12m users), up from 38m in 2003.', '38m')?.kind, 'count');
  });
});

describe('reading families (session 45): whose age, and whose figure a bound leaves out', () => {
  it('"Varga, 34 and seeded eighth, beat …" is an age: "and" and a word describing the same person', () => {
    assert.equal(frameOf('Varga, 34 and seeded eighth, beat Tom Kell in straight sets.', '34').role, 'age');
  });
  it('"the 25-year-old Dubliner" refers back to someone: no name of its own', () => {
    assert.ok(!frameOf('But the 25-year-old Dubliner underlined his intention to stay.', '25').names.includes('dubliner'));
  });
  it('a sibling bound the source value falls outside vetoes nothing: "more than 4 GHz, while Orvane\'s fastest chip reaches 3.6 GHz"', () => {
    const S = 'The chip will run at speeds of greater than 4 GHz, the firms said. By comparison, rival chip maker Orvane\'s fastest processor runs at 3.8 GHz.';
    const N = 'It will run at more than 4 GHz, while Orvane\'s fastest chip reaches 3.6 GHz.';
    assert.equal(judgedTitled('Cell chip unveiled', S, N, '3.6 GHz'), 'contradicted 3.8 GHz');
    assert.equal(judgedTitled('Cell chip unveiled', S, N, '4 GHz'), 'supported 4 GHz');
  });
});

describe('reading families (session 45): "first" read as a place in a series, never as an opening stretch', () => {
  const READ: ReadonlyArray<string> = [
    'It was Arlon\'s first win at Dunmore since 1997.',
    'Ireland are chasing their first Grand Slam since 1948.',
    'Kell became the first Ardish woman to reach a third round.',
    'Yeading knocked out Slough in the first round.',
  ];
  for (const sentence of READ) it(`reads "first" in "${sentence}"`, () => assert.deepEqual(ordinals(sentence), ['first']));
  const NOT: ReadonlyArray<string> = [
    'The film took £788,439 in its first three days on release.',
    'It took £2m in its first weekend.',
    'They met for the first time in May.',
    'He scored in the first half.',
  ];
  for (const sentence of NOT) it(`reads no "first" in "${sentence}"`, () => assert.deepEqual(ordinals(sentence), []));
  it('"the first round" is contradicted by "the second round" of the same cup, supported by the same', () => {
    const S = 'Non-league Yeading earned the tie by knocking out Slough in the second round of the cup.';
    assert.equal(judgedTitled('Yeading draw Newcastle', S, 'Yeading earned the tie by knocking out Slough in the first round.', 'first'), 'contradicted second');
  });
  it('a stage joined by a hyphen is what the ordinal counts: "the third-round game" measures games', () => {
    assert.equal(frameOf('With both sides looking for their first win of the year, the third-round game at Dunmore has been billed.', 'third').metric[0], 'game');
  });
});

describe('reading families (session 45): a part set apart alike on both sides, and a possessive between names', () => {
  it('an uncited "the deficit for goods alone was £4.6bn" is supported by the same words, not contradicted by another deficit', () => {
    const files = {
      'uk.txt': 'UK trade gap narrows\n\nThe UK trade gap fell in November. The deficit for goods alone was £4.6bn, down from October\'s £5bn.\n',
      'us.txt': 'US trade gap widens\n\nThe US trade shortfall was $55.5bn (£29bn), up 9% from September, officials said.\n',
    };
    const r = resultOf(checkAgainst(files, '# Notes\n\nNotably, the deficit for goods alone was £4.6bn, down from October\'s £5bn.\n'), '£4.6bn');
    assert.equal(`${r.verdict} ${r.evidence[0]?.figure?.text ?? ''}`, 'supported £4.6bn');
  });
  it('"Manchester United\'s Brown" is Brown, not another Brown led by "Manchester": a date of his is the note\'s Wes Brown\'s', () => {
    const S = 'Manchester United\'s Brown last played for England in the defeat by Australia at Upton Park in February 2003.';
    assert.equal(judgedTitled('Brown recalled', S, 'Wes Brown last played for England against Australia in February 2003.', '2003'), 'supported 2003');
  });
});

describe('reading families (session 45): a place in a chart after "at" or "to", and more series', () => {
  const READ: ReadonlyArray<readonly [string, string]> = [
    ['Quayside entered the chart at seventh.', 'seventh'],
    ['The single slipped from the top of the singles chart to fourth.', 'fourth'],
    ['Owen was written off as the club\'s third-choice striker.', 'third'],
    ['The union staged the first contest in 1956.', 'first'],
    ['War could be illegal without a second UN resolution.', 'second'],
  ];
  for (const [sentence, figure] of READ) it(`reads "${figure}" in "${sentence}"`, () => assert.deepEqual(ordinals(sentence), [figure]));
});

describe('reading families (session 45): the sole age, whatever else the note\'s sentence names', () => {
  const S = 'Tom Vale has given the party £2m since 2001. The 52-year-old on Tuesday said he was reviewing his donations.';
  it('"The 55-year-old told an audience in Leeds …" against the article\'s only age, "The 52-year-old": contradicted', () => {
    assert.equal(judgedTitled('Donor reviews gifts', S, 'The 55-year-old told an audience in Leeds that he will almost certainly stop giving.', '55'), 'contradicted 52');
  });
  it('…but not where the note names whose age it is, nor where the article states two ages', () => {
    assert.notEqual(judgedTitled('Donor reviews gifts', S, 'Ann Kerr, 55, told an audience in Leeds that she will stop giving.', '55').split(' ')[0], 'contradicted');
    assert.notEqual(judgedTitled('Donor reviews gifts', S + ' His 49-year-old brother agreed.', 'The 55-year-old told an audience in Leeds that he will almost certainly stop giving.', '55').split(' ')[0], 'contradicted');
  });
});

describe('reading families (session 45): caps are appearances; who holds an "N-time" title', () => {
  it('"nine senior Ardland caps" is contradicted by "his tally of seven senior appearances for Ardland"', () => {
    const S = 'And Holm now looks certain to add to his tally of seven senior appearances for Ardland.';
    assert.equal(judgedTitled('Holm recalled', S, 'Holm has nine senior Ardland caps.', 'nine'), 'contradicted seven');
  });
  it('the name right after an "N-time" title holds it, not a name inside the title', () => {
    assert.deepEqual(frameOf('The board threatened three-time women\'s cross-country champion Ada Mwangi with a ban.', 'three-time').apposedTo, ['ada', 'mwangi']);
    assert.equal(frameOf('He thanked the two-time Academy Award winner.', 'two-time').apposedTo, undefined);
  });
  it('"Ada Mwangi, a four-time cross-country champion" is contradicted by "three-time … champion Ada Mwangi"', () => {
    const S = 'The board has also threatened three-time women\'s cross-country champion Ada Mwangi with a ban.';
    assert.equal(judgedTitled('Runners face bans', S, 'Ada Mwangi, a four-time cross-country champion, faces a similar ban.', 'four-time'), 'contradicted three-time');
  });
});

describe('reading families (session 45): an estimate as a noun is no plan', () => {
  it('"The first estimate put the aid needed at roughly $5bn" is supported by "Early estimates … put the amount of aid needed at about $5bn"', () => {
    assert.notEqual(frameOf('The Lund Fund\'s first estimate put the aid needed at roughly $5bn.', '$5bn').period.mode, 'plan');
    assert.equal(frameOf('Aid is estimated to reach $5bn.', '$5bn').period.mode, 'plan');
    const S = 'Early estimates from the Lund Fund put the amount of aid needed at about $5bn, similar to the cash offered after the floods.';
    assert.equal(judgedTitled('Aid appeal grows', S, 'The Lund Fund\'s first estimate put the aid needed at roughly $5bn.', '$5bn'), 'supported $5bn');
  });
});

describe('reading families (session 45): a year that is the date itself is no relative year', () => {
  it('"pulled out in 2002, a year before his death" dates 2002, and is supported by "pulled out in 2002, a month before he died"', () => {
    assert.equal(frameOf('Ivo Renk, the original director, pulled out in 2002, a year before his death.', '2002').period.relative, undefined);
    const S = 'However Renk pulled out in 2002, a month before he died.';
    assert.equal(judgedTitled('Prequel finds director', S, 'Ivo Renk, the original director, pulled out in 2002, a year before his death.', '2002'), 'supported 2002');
  });
});

describe('reading families (session 45): first among those a clause picks out is no place in the series', () => {
  it('"the third Vane film" is not contradicted by "the first Vane film where you get so lost in the story"', () => {
    assert.equal(frameOf('This is the first Vane film where you get so lost in the story.', 'first').qualified, true);
    assert.equal(frameOf('Kestrel Hill, the third Vane film, brought in a new director.', 'third').qualified, undefined);
    const S = 'The new director has made a darker film. This is the first Vane film where you get so lost in the story.';
    assert.notEqual(judgedTitled('Vane film darker', S, 'Kestrel Hill, the third Vane film, brought in a new director.', 'third').split(' ')[0], 'contradicted');
  });
});

describe('reading families (session 45): a web page, in one word or two', () => {
  it('"has indexed 5 million web pages" is contradicted by "has indexed 5 billion webpages"', () => {
    const S = 'To build its index, Orvane has indexed 5 billion webpages and claims to update it every two days.';
    assert.equal(judgedTitled('Orvane search unveiled', S, 'Orvane has indexed 5 million web pages.', '5 million'), 'contradicted 5 billion');
  });
});
