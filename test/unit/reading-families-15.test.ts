// Reading families of session 15 (issue 9). A support of the note's value that speaks of another
// quantity gives way to a contradiction that states the note's own words ("snack sales rose 4%" /
// "Snack sales were up 2%" against "underlying sales were up by 4%": rules.ts sharperContradiction);
// an ordinal before a part of the year dates a figure and names nothing it measures ("in the
// fourth quarter": no rank, no metric); an age bound of a group of people is an age; two spans of
// time measured from the same thing meet ("three weeks after the launch": frames/anchor.ts).
// Every sentence here is written for the test.
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';
import { checkAgainst, resultOf, verdictOf } from './check-helpers';

const FILES: Record<string, string> = {
  'kettle.txt': 'Kettle Foods results\n\nKettle Foods said its underlying sales were up by 4% in 2025. Growth was led by its crisps, with like-for-like sales up 6%.\n\nSnack sales were up 2%, with strong demand for rice cakes in Ostland offset by weaker trade in Westland.\n',
  'jobs.txt': 'Jobs in Portugal\n\nThe unemployment rate in Portugal has dropped from 25.1 per cent in 2023 to 19 per cent this year, new figures show.\n',
  'pell.txt': 'Ostland striker Pell signs for Northgate\n\nPell made 110 appearances for Ostland, scoring 18 goals. Before that, he scored 12 goals in 68 appearances for the reserves.\n',
  'college.txt': 'The online college\n\nThe online college closed last year, having enrolled only 900 students at a cost of £40m.\n\nIts learning platform was used by just 200 students, the rest preferring paper courses.\n',
};
const check = (note: string) => checkAgainst(FILES, note);

describe('reading families (session 15): a support of another quantity gives way to the note\'s own', () => {
  it('a contradiction stating more of the note\'s words than the same value\'s support wins', () => {
    const r = resultOf(check('Snack sales rose 4% [@kettle].\n'), '4%');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.evidence[0].figure?.text, '2%');
    const used = resultOf(check('The learning platform was used by 900 students [@college].\n'), '900');
    assert.equal(used.verdict, 'contradicted');
    assert.equal(used.evidence[0].figure?.text, '200');
  });

  it('the support stands where it states the note\'s words as well', () => {
    assert.equal(verdictOf(check('Underlying sales rose 4% [@kettle].\n'), '4%'), 'supported');
    assert.equal(verdictOf(check('The online college enrolled 900 students [@college].\n'), '900'), 'supported');
  });

  it('not against a support in the same sentence: its structure, not its words, says which value is which', () => {
    assert.notEqual(verdictOf(check('Portugal has a 19% unemployment rate [@jobs].\n'), '19%'), 'contradicted');
  });

  it('not when the support\'s sentence states another figure of the note\'s sentence: it is the one the note was written from', () => {
    const r = check('Pell scored 18 goals in 110 appearances [@pell].\n');
    assert.equal(verdictOf(r, '110'), 'supported');
  });
});

describe('reading families (session 15): an ordinal before a part of the year dates the figure', () => {
  const lex = new Lexicon();

  it('"the fourth quarter", "the fifth set" are no ranks; "finished fourth", "the fourth Premiership player" still are', () => {
    const texts = (t: string) => extractFigures(t).map((f) => f.text);
    // (since session 50 the quarter is a date of its own, kind 'quarter' — still no rank)
    assert.deepEqual(extractFigures('Growth in the fourth quarter of 2004 was 2.1%.').map((f) => [f.text, f.kind]), [['fourth quarter', 'quarter'], ['2004', 'year'], ['2.1%', 'percent']]);
    assert.deepEqual(texts('She took the fifth set easily.'), []);
    assert.deepEqual(texts('Ostland finished fourth in the league.'), ['fourth']);
    assert.deepEqual(texts('He became the fourth Premiership player to do so.'), ['fourth']);
  });

  it('the metric is read past "in the third quarter", "during the first half"', () => {
    const rows: [string, string, string][] = [
      ['Sales in the third quarter rose 5%.', '5%', 'revenue'],
      ['Profits during the first half fell 12% to £40m.', '£40m', 'profit'],
      ['The economy grew from 1.2% in the first quarter to 2.1% in the second quarter.', '2.1%', 'economy'],
      ['Sales rose 4% in the third quarter to £2bn.', '£2bn', 'revenue'],
    ];
    for (const [sentence, figure, metric] of rows) {
      const fr = frameIn(lex, sentence, figure);
      assert.equal(fr.metric[0], metric, `${sentence} (${figure}): ${fr.metric}`);
      assert.ok(!fr.metric.some((m) => ['first', 'second', 'third', 'fourth'].includes(m)), `${sentence}: ${fr.metric}`);
    }
  });
});

describe('reading families (session 15): an age bound of a group of people', () => {
  const lex = new Lexicon();

  it('"younger than 55", "children under 16", "18 to 24 year olds" are ages, not counts or spans', () => {
    const rows: [string, string][] = [
      ['There were 64 beds for adults younger than 55.', '55'],
      ['Children under 16 are banned from the site.', '16'],
      ['People over 65 were the most likely to vote.', '65'],
      ['Just 17% of 18 to 24 year olds said they would vote.', '18 to 24 year'],
    ];
    for (const [sentence, figure] of rows) assert.equal(frameIn(lex, sentence, figure).role, 'age', sentence);
  });

  it('…not a count after such words, nor a number too big for an age', () => {
    assert.equal(frameIn(lex, 'There were 64 beds for adults younger than 55.', '64').role, 'level');
    assert.equal(frameIn(lex, 'The firm now has over 300 staff.', '300').role, 'level');
    assert.equal(frameIn(lex, 'Exports over 40 markets rose.', '40').role, 'level');
    assert.equal(frameIn(lex, 'The trip took 18 to 24 years in all.', '18 to 24 years').role, 'duration');
  });

  it('so a bed count is never contradicted by the age bound beside the count it matches', () => {
    const r = checkAgainst({ 'beds.txt': 'Psychiatric care\n\nThe health department said there were 64 staffed psychiatric beds for adults younger than 55 at the state institutes in Iowa.\n' }, 'There are 64 mental health beds in the state of Iowa [@beds].\n');
    assert.equal(verdictOf(r, '64'), 'supported');
  });
});

describe('reading families (session 15): a span of time is measured from what follows it', () => {
  const lex = new Lexicon();
  const SOURCES: Record<string, string> = {
    'album.txt': 'New album\n\nThe band\'s third album, Harbour Lights, is released on Friday, five weeks after their single Tidewater went to number one.\n',
    'limits.txt': 'Election rules\n\nThe commission says spending limits for general elections should cover the four months before the poll, as with other elections.\n',
    'budget.txt': 'Election timing\n\nIf a May election is called, there could be as little as 18 days between the Budget and the announcement of the poll.\n',
  };
  const check = (note: string) => checkAgainst(SOURCES, note);

  it('the anchor is the preposition after the duration and the words of its phrase', () => {
    assert.deepEqual(frameIn(lex, 'Harbour Lights comes out three weeks after Tidewater reached number one.', 'three weeks').anchor, { prep: 'after', words: ['tidewater', 'reach'] });
    assert.deepEqual(frameIn(lex, 'Limits should apply to the three months before polling day.', 'three months').anchor, { prep: 'before', words: ['poll', 'day'] });
    assert.equal(frameIn(lex, 'The band toured for five weeks in Spain.', 'five weeks').anchor, undefined);
  });

  it('two durations from the same thing disagree as two values of one metric do', () => {
    const r = resultOf(check('Harbour Lights comes out three weeks after Tidewater reached number one [@album].\n'), 'three weeks');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.evidence[0].figure?.text, 'five weeks');
    assert.equal(verdictOf(check('Spending limits should apply to the three months before polling day [@limits].\n'), 'three months'), 'contradicted');
    assert.equal(verdictOf(check('A May poll could leave as little as 18 weeks between the Budget and the calling of the election [@budget].\n'), '18 weeks'), 'contradicted');
  });

  it('…not durations measured from different things, nor one with no anchor', () => {
    assert.notEqual(verdictOf(check('Harbour Lights comes out three weeks before the band\'s tour [@album].\n'), 'three weeks'), 'contradicted');
    assert.notEqual(verdictOf(check('Harbour Lights took three weeks to record [@album].\n'), 'three weeks'), 'contradicted');
  });
});

describe('reading families (session 15): dates of plans and of records', () => {
  const lex = new Lexicon();
  const SOURCES: Record<string, string> = {
    'jet.txt': 'Skyliner nears launch\n\nDue to enter service in 2006, the Skyliner will replace the older jumbo on long routes.\n',
    'homes.txt': 'House prices\n\nAnnual house price inflation fell to 2.1% in June, the lowest rate since June 2001.\n',
  };
  const check = (note: string) => checkAgainst(SOURCES, note);

  it('"is scheduled to" is a plan, as "is due to" is', () => {
    assert.equal(frameIn(lex, 'The Skyliner is scheduled to enter service in 2007.', '2007').period.mode, 'plan');
    assert.equal(verdictOf(check('The Skyliner is scheduled to enter service in 2007 [@jet].\n'), '2007'), 'contradicted');
    assert.equal(verdictOf(check('The Skyliner is scheduled to enter service in 2006 [@jet].\n'), '2006'), 'supported');
  });

  it('a superlative before "since" dates the last time a value was as low or as high', () => {
    const rows: [string, string, string | undefined][] = [
      ['Annual inflation is now at its lowest since June 2002.', '2002', 'low since'],
      ['Sales rose 5%, the biggest rise since 1998.', '1998', 'high since'],
      ['Sales have risen every year since 1998.', '1998', undefined],
    ];
    for (const [sentence, figure, event] of rows) assert.equal(frameIn(lex, sentence, figure).event, event, sentence);
  });

  it('an annual rate measured in a month meets another such rate; "the lowest since" dates compare', () => {
    const r = resultOf(check('Annual house price inflation is now at its lowest since June 2002 [@homes].\n'), '2002');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.evidence[0].figure?.text, '2001');
    assert.equal(verdictOf(check('Annual house price inflation is now at its lowest since June 2001 [@homes].\n'), '2001'), 'supported');
  });
});

describe('reading families (session 15): a person named by the surname alone after the first mention', () => {
  const SOURCES: Record<string, string> = {
    'match.txt': 'Ostland hold on\n\nOstland held on for a 1-0 win at Northgate on Saturday. The result lifts them to fourth.\n\nPell scored the only goal early on, a low shot into the far corner.\n\nTheir keeper Jerzy Kowal was the hero of the afternoon.\n\nThe visitors pressed hard after the break.\n\nThen came a fantastic double save from Kowal on 54 minutes, and the lead held.\n',
    'other.txt': 'Ostland hold on\n\nOstland were the better side at Northgate on Saturday.\n\nThe visitors pressed hard after the break.\n\nThen came a fantastic double save from Kowal on 54 minutes, and the lead held.\n',
  };
  const check = (note: string) => checkAgainst(SOURCES, note);

  it('the first name is reached when the sentence names the surname and the story the full name', () => {
    const r = resultOf(check('Jerzy Kowal made a double save on 64 minutes [@match].\n'), '64 minutes');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.evidence[0].figure?.text, '54 minutes');
  });

  it('…not when the story never names the person in full', () => {
    assert.notEqual(verdictOf(check('Jerzy Kowal made a double save on 64 minutes [@other].\n'), '64 minutes'), 'contradicted');
  });
});

describe('reading families (session 15): what an amount that is its clause\'s subject goes to', () => {
  const lex = new Lexicon();

  it('the noun phrase after its verb group and "on", "for", "into", "from" is its metric', () => {
    const rows: [string, string, string[]][] = [
      ['About £12bn would go on tax cuts.', '£12bn', ['cut', 'tax']],
      ['Ministers say that around £6bn will be available for tax cuts.', '£6bn', ['cut', 'tax']],
      ['Some £3.7bn will be spent on the programme.', '£3.7bn', ['programme']],
    ];
    for (const [sentence, figure, metric] of rows) assert.deepEqual(frameIn(lex, sentence, figure).metric.slice(0, metric.length), metric, sentence);
  });

  it('…not when a noun follows the figure itself, nor after any other word', () => {
    assert.equal(frameIn(lex, 'Profits rose 5% to £40m.', '£40m').metric[0], 'profit');
    assert.ok(!frameIn(lex, 'The firm said £40m was lost in the fire.', '£40m').metric.includes('fire'));
    // (a count that goes from a place is of whatever was counted before: jobs, not the department)
    assert.ok(!frameIn(lex, 'Kelpco will shed 4,900 jobs. Another 1,200 will go from its design department.', '1,200').metric.includes('department'));
  });

  it('so two amounts for one purpose meet', () => {
    const r = checkAgainst({ 'plans.txt': 'Tax plans\n\nThe shadow chancellor is expected to say that around £6bn will be available for tax cuts.\n' }, 'About £12bn would go on tax cuts [@plans].\n');
    assert.equal(verdictOf(r, '£12bn'), 'contradicted');
  });
});

describe('reading families (session 15): what a rank ranks by, past "most" and its adverb', () => {
  const lex = new Lexicon();

  it('"the third most digitally savvy nation" ranks nations by savviness', () => {
    assert.deepEqual(frameIn(lex, 'Ostland is the third most digitally savvy nation in Europe.', 'third').metric, ['nation', 'savvy']);
    assert.deepEqual(frameIn(lex, 'It is the fourth most popular site.', 'fourth').metric, ['site', 'popular']);
    const r = checkAgainst({ 'index.txt': 'Digital Europe\n\nBroadband has helped make Ostland the fourth most digitally-savvy nation in Europe, a survey found.\n' }, 'Ostland is the third most digitally savvy nation in Europe [@index].\n');
    assert.equal(verdictOf(r, 'third'), 'contradicted');
  });
});

describe('reading families (session 15): what goes on sale for an amount sells for it', () => {
  const lex = new Lexicon();

  it('"on sale … for 19,800 yen" is a price, as "will cost 19,800 yen" is', () => {
    assert.ok(frameIn(lex, 'The console goes on sale in Japan on 12 December for about 19,800 yen.', '19,800 yen').metric.includes('cost'));
    assert.ok(!frameIn(lex, 'About £12bn would go on tax cuts.', '£12bn').metric.includes('cost'));
    const r = checkAgainst({ 'console.txt': 'New console\n\nKelpco\'s pocket console will go on sale in Japan on 12 December.\n\nThe long-awaited handheld gadget will cost about 19,800 yen when it reaches the shops.\n' }, 'Kelpco\'s pocket console goes on sale in Japan on 12 December for about 19,800 yen [@console].\n');
    assert.equal(verdictOf(r, '19,800 yen'), 'supported');
  });
});

describe('reading families (session 15): what a poll\'s share answered about', () => {
  const lex = new Lexicon();

  it('the object of the answer\'s verb, after "said they", "of those surveyed"', () => {
    const rows: [string, string, string][] = [
      ['However, only 34% said they had received replacement cards from their banks.', '34%', 'card'],
      ['Only 16% of those surveyed had new cards from every bank.', '16%', 'card'],
      ['About 40% of those asked would buy a digital camera.', '40%', 'camera'],
    ];
    for (const [sentence, figure, head] of rows) assert.equal(frameIn(lex, sentence, figure).metric[0], head, sentence);
    // (not money nor a count, nor a share whose noun follows it)
    assert.equal(frameIn(lex, 'Some 45% of voters said they had received leaflets.', '45%').metric[0], 'voter');
  });

  it('so two shares answering one question meet', () => {
    const r = checkAgainst({ 'cards.txt': 'New cards\n\nMost customers were aware of the change. However, only 34% said they had received replacement cards from all their banks.\n' }, 'Only 16% of those surveyed had new replacement cards from every provider [@cards].\n');
    assert.equal(verdictOf(r, '16%'), 'contradicted');
  });
});
