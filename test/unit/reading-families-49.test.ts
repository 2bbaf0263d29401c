// Reading families of session 49 (issue 9), found on bbc-41 and bbc-42 once they became development
// notes. Every sentence and every name here is written for the test, but for the range's end, which
// reads the BBC article the bench's generated note drew it from (../shared/corpora).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractFigures } from '../../server/src/engine/figures';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';
import { checkAgainst, judgedStory, judgedTitled, resultOf } from './check-helpers';
import { requirePrerequisite } from '../prerequisites';

/** The texts of the figures extracted from `s`. */
function figureTexts(s: string): string[] {
  return extractFigures(s).map((f) => f.text);
}

describe('reading families (session 49): an age whose sentence names no one, after a paragraph naming another person', () => {
  it('"Mira Quell, 30" is not contradicted by "the 34-year-old" of a paragraph that names Ines Vey in full too', () => {
    const story = ['Vey takes double gold', 'Ines Vey won the 800m on Monday. Mira Quell dropped out of the marathon in tears. Just five days later, the 34-year-old made it double gold.'];
    assert.equal(judgedStory(story, 'Mira Quell, 30, dropped out of the marathon.', '30'), 'unverified');
  });
  it('…but where the paragraph names no one else the age is still that person\'s', () => {
    const story = ['Quell takes double gold', 'Mira Quell dropped out of the marathon in tears. Just five days later, the 34-year-old won the 10,000m.'];
    assert.equal(judgedStory(story, 'Mira Quell, 30, won the 10,000m.', '30'), 'contradicted 34');
  });
  it('…and an age the sentence gives by a pronoun is left to the rules as before ("he was … just 36 years old")', () => {
    const story = ['Tour plans', 'Rita Zorbek said Tomas Vey had planned a tour of Africa. "He was at the height of his powers and just 36 years old," she said.'];
    assert.equal(judgedStory(story, 'Tomas Vey was just 38 years old when the tour was due.', '38'), 'contradicted 36');
  });
});

describe('reading families (session 49): a person\'s age is no other value of its sentence (slots.ts)', () => {
  const S = 'Mira Quell dropped out of the marathon.\n\nThe 30-year-old marathon world record holder went into the Tarn event as favourite but an exhausted Quell dropped out after 23 miles in tears.';
  it('"Mira Quell, 30, dropped out … after 20 miles": the age supported by the 30-year-old, not judged against the 23 miles', () => {
    assert.equal(judgedTitled('Quell out', S, 'Mira Quell, 30, dropped out of the marathon after 20 miles.', '30'), 'supported 30');
  });
  it('…while the distance is still contradicted', () => {
    assert.equal(judgedTitled('Quell out', S, 'Mira Quell, 30, dropped out of the marathon after 20 miles.', '20'), 'contradicted 23');
  });
});

describe('reading families (session 49): a share is told in small or round denominators; "13 out of 659" is two counts', () => {
  it('"13 out of 659" extracts 13 and 659; "seven out of 10", "three out of four", "nine out of 100" stay shares', () => {
    assert.deepEqual(figureTexts('Only 2% of MPs - 13 out of 659 - are from a visible minority group.'), ['2%', '13', '659']);
    assert.deepEqual(figureTexts('Seven out of 10 said yes.'), ['Seven out of 10']);
    assert.deepEqual(figureTexts('Three out of four said no, and nine out of 100 did not answer.'), ['Three out of four', 'nine out of 100']);
    assert.equal(extractFigures('7 out of 10 said yes.')[0].kind, 'percent');
  });
  it('"That is 13 of the 659 MPs" is supported by "13 out of 659"', () => {
    const S = 'Minorities make up 8% of the Zorbian population but only 2% of MPs - 13 out of 659 - are from a visible minority group.';
    assert.equal(judgedTitled('Minority MPs', S, 'That is 13 of the 659 MPs.', '13'), 'supported 13');
    assert.equal(judgedTitled('Minority MPs', S, 'That is 13 of the 659 MPs.', '659'), 'supported 659');
  });
});

describe('reading families (session 49): the main clause of a condition contrary to fact is what would be (period.ts)', () => {
  const lex = new Lexicon();
  it('"If minorities were represented …, there would be 42" is hypothetical; an open condition is not', () => {
    assert.equal(frameIn(lex, 'If minorities were represented in proportion to their numbers, there would be 42 minority MPs.', '42').period.mode, 'hypothetical');
    assert.notEqual(frameIn(lex, 'If convicted he could be jailed for up to 12 years.', '12 years').period.mode, 'hypothetical');
    assert.notEqual(frameIn(lex, 'If Zorbix decided to join, it would mean a 47% share of the market.', '47%').period.mode, 'hypothetical');
  });
  const S = 'If minorities were represented in the chamber in proportion to their numbers in the population, there would be 42 minority MPs.';
  it('"Just 40 MPs are from a minority" is not contradicted by the 42 there would be', () => {
    assert.equal(judgedTitled('Minority MPs', S, 'Just 40 MPs are from a minority group.', '40'), 'unverified');
  });
  it('…but a note of the same condition still is', () => {
    assert.equal(judgedTitled('Minority MPs', S, 'If minorities were represented in proportion to their numbers, there would be 40 minority MPs.', '40'), 'contradicted 42');
  });
});

describe('reading families (session 49): "top 10" is the reach of a chart, no count', () => {
  const lex = new Lexicon();
  it('"two top 10 albums", "another three top 10 albums": the 10 a place\'s bound; "could top 50 stores", "the top ten countries" counts', () => {
    assert.equal(frameIn(lex, 'He had two US top 10 albums with the group.', '10').role, 'rank');
    assert.equal(frameIn(lex, 'He scored another three top 10 albums.', '10').role, 'rank');
    assert.notEqual(frameIn(lex, 'The chain could top 50 stores by June.', '50').role, 'rank');
    // (…nor "the top ten countries": the list itself, ten of them — "one of ten top performing countries")
    assert.notEqual(frameIn(lex, 'Zorbia is included in the top ten countries in the index.', 'ten').role, 'rank');
    assert.notEqual(frameIn(lex, 'Zorbtrack compiled a top 10 of data disasters.', '10').role, 'rank');
  });
  it('"three more after going solo" is supported by "another three top 10 albums", not contradicted by the 10', () => {
    const S = 'Rapper Tom Vey has recorded an album in jail. With two brothers in the group Zorb, he had two US top 10 albums in the late 1990s before going solo, when he scored another three top 10 albums.';
    assert.equal(judgedTitled('Rapper jailed', S, 'With the group Zorb, Tom Vey had two US hit albums in the late 1990s, and three more after going solo.', 'three'), 'supported three');
  });
});

describe('reading families (session 49): a count followed by "who" counts people', () => {
  const lex = new Lexicon();
  it('"12% of the 5.8 million who needed them" counts people; "the 300 whose homes flooded" too', () => {
    assert.equal(frameIn(lex, 'The drugs reached only 12% of the 5.8 million who needed them.', '5.8 million').metric[0], 'people');
    assert.equal(frameIn(lex, 'Aid went to the 300 whose homes flooded.', '300').metric[0], 'people');
  });
  it('"21% of the 5.8 million people who needed them" is supported by the 5.8 million, not contradicted by 700,000 people', () => {
    const S = 'The agency said 700,000 people in poor countries were on the drugs - up from 440,000 six months earlier but amounting to only 12% of the 5.8 million who needed them.';
    assert.equal(judgedTitled('Aids drugs', S, 'That was just 21% of the 5.8 million people who needed them.', '5.8 million'), 'supported 5.8 million');
    assert.equal(judgedTitled('Aids drugs', S, 'That was just 21% of the 5.8 million people who needed them.', '21%'), 'contradicted 12%');
  });
});

describe('reading families (session 49): what has happened is no figure of next year\'s', () => {
  it('"Council tax bills have risen by 70%" is not contradicted by "keep next year\'s council tax rises below 5%"', () => {
    const S = 'The cash is part of a package to help councils in Zorbia keep next year\'s council tax rises below 5%.';
    assert.equal(judgedTitled('Council tax', S, 'Council tax bills have risen by 70% since 1997.', '70%'), 'unverified');
  });
  it('…but a past deed for next year is still one ("has earmarked 100 trillion won for … next year")', () => {
    const S = 'Zorbia has earmarked 100 trillion won for the first six months of 2005, the finance ministry said.';
    assert.equal(judgedTitled('Budget plans', S, 'Zorbia has earmarked 100 trillion won for the opening six months of next year.', '100 trillion won'), 'supported 100 trillion won');
  });
});

describe('reading families (session 49): a part of a whole counts the whole\'s noun (stretches.ts partitiveHead)', () => {
  const S = 'The coalition has reached an agreement with major record labels and concert promoters covering eight of the scene\'s biggest stars.';
  it('"Twelve record labels and promoters have signed up" is not contradicted by "eight of the scene\'s biggest stars"', () => {
    assert.equal(judgedTitled('Lyrics pact', S, 'Twelve record labels and promoters have signed up.', 'Twelve'), 'unverified');
  });
  it('…but "covering twelve of the scene\'s biggest stars" is', () => {
    assert.equal(judgedTitled('Lyrics pact', S, 'The coalition reached an agreement with record labels and concert promoters covering twelve of the scene\'s biggest stars.', 'twelve'), 'contradicted eight');
  });
});

describe('reading families (session 49): "the three points" of a win is no tally', () => {
  it('"winning and the three points", "took all three points" hold no figure; "three points clear", "lost by three points" do', () => {
    assert.deepEqual(figureTexts('What matters is winning and the three points, of course.'), []);
    assert.deepEqual(figureTexts('They took all three points at home.'), []);
    assert.deepEqual(figureTexts('Zorbton are three points clear at the top.'), ['three']);
    assert.deepEqual(figureTexts('They lost by three points.'), ['three']);
  });
  it('"Zorbton have collected only 21 points so far" is not contradicted by "the three points"', () => {
    const S = 'Arsenal go into the game on the back of a 2-0 victory on Sunday. And Wenger added: "We will go to Zorbton in good shape. What matters is winning and the three points, of course."';
    assert.equal(judgedTitled('Wenger upbeat', S, 'Zorbton have collected only 21 points so far.', '21'), 'unverified');
  });
});

describe('reading families (session 49): two hedges, the note\'s with a digit the source lacks', () => {
  const S = 'A proposal from Ilan Zorbek was received at the end of last week, pitched at about 300p a share.';
  it('"around 330p" is not supported by "about 300p"; "around 300p" is', () => {
    assert.notEqual(judgedTitled('Zorbek bid', S, 'Ilan Zorbek\'s proposal was pitched at around 330p a share.', '330p').split(' ')[0], 'supported');
    assert.equal(judgedTitled('Zorbek bid', S, 'Ilan Zorbek\'s proposal was pitched at around 300p a share.', '300p'), 'supported 300p');
  });
  it('…while a digit more within a rounding still agrees ("about 12.1 trillion" / "about 12 trillion")', () => {
    const T = 'The Zorbian economy is worth about 12 trillion yen, the ministry said.';
    assert.equal(judgedTitled('Economy', T, 'The Zorbian economy is worth about 12.1 trillion yen.', '12.1 trillion yen'), 'supported 12 trillion yen');
  });
});

describe('reading families (session 49): a scoreline judged set by set against one source scoreline is one match (matches.ts)', () => {
  const S = 'The Swede reached the last four by beating compatriot Dag Vey 6-3 4-6 6-1.';
  it('"Ilan Zorbek beat Dag Vey 6-3 6-4 6-1" is one result, contradicted by "6-3 4-6 6-1"', () => {
    const r = checkAgainst({ 'story.txt': 'Zorbek through\n\n' + S + '\n' }, 'Second seed Ilan Zorbek beat Dag Vey 6-3 6-4 6-1 [@story].\n');
    const x = resultOf(r, '6-3 6-4 6-1');
    assert.equal(`${x.verdict} ${x.evidence[0]?.figure?.text}`, 'contradicted 6-3 4-6 6-1');
    assert.equal(r.figures.filter((f) => f.figure.kind === 'score').length, 1);
  });
  it('…and the right scoreline is one result too, supported', () => {
    assert.equal(judgedTitled('Zorbek through', S, 'Second seed Ilan Zorbek beat Dag Vey 6-3 4-6 6-1.', '6-3 4-6 6-1'), 'supported 6-3 4-6 6-1');
  });
  it('not a set left unverified beside one set alike: "6-4" may be another match\'s', () => {
    const T = 'Dag Vey beat Rab Oster 6-4 7-5 on Monday.';
    const r = checkAgainst({ 'story.txt': 'Vey through\n\n' + T + '\n' }, 'Ilan Zorbek beat Dag Vey 6-4 6-2 [@story].\n');
    assert.equal(r.figures.some((f) => f.figure.text === '6-4 6-2'), false);
  });
  it('not sets judged against two scorelines', () => {
    const T = 'Dag Vey lost 6-3 7-5 on Monday. On Tuesday Rab Oster beat Dag Vey 2-6 6-4.';
    const r = checkAgainst({ 'story.txt': 'Vey out\n\n' + T + '\n' }, 'Ilan Zorbek beat Dag Vey 6-3 6-4 [@story].\n');
    assert.equal(r.figures.some((f) => f.figure.text === '6-3 6-4'), false);
  });
});

describe('reading families (session 49): a misplaced digit under an open bound the note does not write (loneTwin.ts)', () => {
  const S = 'Zorbfone suffered a net loss of more than 58,000 customers in January, its second monthly reverse in the last year.';
  it('"a net loss of 85,000 customers" is contradicted by "more than 58,000 customers"', () => {
    assert.equal(judgedTitled('Zorbfone slips', S, 'Zorbfone suffered a net loss of 85,000 customers in January.', '85,000'), 'contradicted 58,000');
  });
  it('not another value the bound takes in, nor a value the note hedges itself', () => {
    assert.equal(judgedTitled('Zorbfone slips', S, 'Zorbfone suffered a net loss of 60,000 customers in January.', '60,000'), 'unverified');
    assert.equal(judgedTitled('Zorbfone slips', S, 'Zorbfone suffered a net loss of about 85,000 customers in January.', '85,000'), 'unverified');
  });
});

describe('reading families (session 49): a place in a series fronted before its holder ("Now in its third year, the … festival")', () => {
  it('"The Tarn festival, now in its fifth year" is contradicted by "Now in its third year, the Tarn International Film Festival"', () => {
    const S = 'Now in its third year, the Tarn International Film Festival will give its ticket profits to charity.';
    assert.equal(judgedTitled('Festival gives', S, 'The Tarn festival, now in its fifth year, is giving its ticket profits to charity.', 'fifth'), 'contradicted third');
  });
  it('…not where the clause after it names another holder', () => {
    const S = 'Now in its third year, the Quell Jazz Festival will give its ticket profits to charity.';
    assert.notEqual(judgedTitled('Festival gives', S, 'The Tarn festival, now in its fifth year, is giving its ticket profits to charity.', 'fifth').split(' ')[0], 'contradicted');
  });
});

describe('reading families (session 49): two small counts in words, each hedged alike, are two counts (bounds.ts smallWhole)', () => {
  const S = 'Zorbia lifted restrictions as part of the peace process aimed at ending nearly six decades of hostility.';
  it('"nearly seven decades of hostility" is contradicted by "nearly six decades of hostility"', () => {
    assert.equal(judgedTitled('Thaw', S, 'The thaw follows nearly seven decades of hostility.', 'seven decades'), 'contradicted six decades');
  });
  it('…while the same count, and a count hedged differently, are not', () => {
    assert.equal(judgedTitled('Thaw', S, 'The thaw follows nearly six decades of hostility.', 'six decades'), 'supported six decades');
    assert.notEqual(judgedTitled('Thaw', S, 'The thaw follows more than seven decades of hostility.', 'seven decades').split(' ')[0], 'supported');
  });
});

describe('reading families (session 49): what a count counts follows "more" or "fewer"', () => {
  const lex = new Lexicon();
  it('"two million more older people" counts people, "300 fewer jobs" jobs; "5,000 more copies … than planned" is a comparison', () => {
    assert.equal(frameIn(lex, 'That would mean two million more older people in work.', 'two million').metric[0], 'people');
    assert.equal(frameIn(lex, 'The plan means 300 fewer jobs at the plant.', '300').metric[0], lex.concept('job'));
    assert.notEqual(frameIn(lex, 'Zorbix is making 5,000 more copies of each single than originally planned.', '5,000').metric[0], 'copy');
  });
  it('"10,000 extra sixth-form places" is contradicted by "creating 100,000 more sixth-form places"', () => {
    const S = 'If it wins a third term, the Zorbian party is committed to opening 200 city academies and creating 100,000 more sixth-form places.';
    assert.equal(judgedTitled('Pledges', S, 'It also promises 10,000 extra sixth-form places.', '10,000'), 'contradicted 100,000');
  });
});

describe('reading families (session 49): where an event was held, after the figure\'s noun ("took place in Blackpool")', () => {
  const story = (town: string) =>
    `Fans around the world have been marking the singer's 70th birthday. A three-day Elvis convention took place in ${town}, England, over the weekend with the aim of finding the best Elvis impersonator. His home was the focus for US celebrations with four days of events.`;
  const note = 'Blackpool staged a four-day convention to find the best Elvis impersonator.';
  it('"Blackpool staged a four-day convention" is contradicted by "A three-day Elvis convention took place in Blackpool"', () => {
    assert.equal(judgedTitled('Elvis fans gather', story('Blackpool'), note, 'four-day'), 'contradicted three-day');
  });
  it('…not where the event was held elsewhere', () => {
    assert.notEqual(judgedTitled('Elvis fans gather', story('Glasgow'), note, 'four-day').split(' ')[0], 'contradicted');
  });
});

describe('reading families (session 49): a question put is a thing said ("Kennedy asked why …")', () => {
  const lex = new Lexicon();
  it('"Dag Vey asked why three million pensioners …" opens with its speaker; "asked for £10m" is a request', () => {
    assert.ok(frameIn(lex, 'Dag Vey asked why three million pensioners were living below the poverty line.', 'three million').speakers?.includes('vey'));
    assert.equal(frameIn(lex, 'Dag Vey asked for £10m to mend the roads.', '£10m').speakers, undefined);
  });
  it('"Vey asked why three million pensioners …" is contradicted by his quoted "two million of our pensioners"', () => {
    const story = [
      'Party attacks on pensions',
      'Mr Vey also outlined his party\'s plan to impose a 50% income tax rate on earnings over £100,000 a year. Mr Vey said: "Zorbia is the fourth-largest economy in the world. We have world class businesses and a world class workforce.',
      '"So why are two million of our pensioners living below the poverty line?" All the parties are campaigning hard for an expected election in May.',
    ];
    assert.equal(judgedStory(story, 'Vey asked why three million pensioners were living below the poverty line.', 'three million'), 'contradicted two million');
  });
});

describe('reading families (session 49): "a third of a" whole is a share, "a third of a mile" no figure', () => {
  it('"about a third of a normal working day\'s", "a fifth of a typical year\'s" are shares; of a unit or a scale word not', () => {
    assert.deepEqual(figureTexts('Liquidity was about a third of a normal working day\'s.'), ['a third']);
    assert.deepEqual(figureTexts('Sales were a fifth of a typical year\'s.'), ['a fifth']);
    assert.deepEqual(figureTexts('He ran a third of a mile in a third of a second.'), []);
    assert.deepEqual(figureTexts('A third of a million people came.'), ['A third of a million']);
  });
  it('"liquidity was about a third of a normal day\'s" is contradicted by "about a quarter of a normal day\'s"', () => {
    const S = 'Traders said market liquidity on Monday was about a quarter of a normal working day\'s.';
    assert.equal(judgedTitled('Thin trading', S, 'Traders said market liquidity on Monday was about a third of a normal working day\'s.', 'a third'), 'contradicted a quarter');
  });
});

describe('reading families (session 49): days of a month as one span ("24-26 June")', () => {
  it('"24-26 June", "9-15 January" are one date each, its first day the value and its last the high end', () => {
    const [f] = extractFigures('The festival runs on 24-26 June.');
    assert.deepEqual({ text: f.text, kind: f.kind, value: f.value, high: f.high }, { text: '24-26 June', kind: 'date', value: 624, high: 626 });
    assert.deepEqual(figureTexts('The talks ran from 9-15 January.'), ['9-15 January']);
    // (not a later day first, nor a day of a dated year: the year is the figure)
    assert.deepEqual(figureTexts('It ran on 26-24 June.'), []);
    assert.deepEqual(figureTexts('It ran on 27-28 November 2004.'), ['2004']);
  });
  const S = 'More than 150,000 people are expected at the Zorb festival on 24-26 June, organisers said.';
  it('"the festival on 24-26 June" is supported; "on 24-27 June" contradicted; "on 25 June" neither', () => {
    assert.equal(judgedTitled('Festival sells out', S, 'More than 150,000 people are expected at the Zorb festival on 24-26 June.', '24-26 June'), 'supported 24-26 June');
    assert.equal(judgedTitled('Festival sells out', S, 'More than 150,000 people are expected at the Zorb festival on 24-27 June.', '24-27 June'), 'contradicted 24-26 June');
    assert.notEqual(judgedTitled('Festival sells out', S, 'More than 150,000 people are expected at the Zorb festival on 25 June.', '25 June').split(' ')[0], 'contradicted');
  });
});

describe('reading families (session 49): both ends of a move between places ("from fourth to 11th")', () => {
  it('"fallen from fourth to 11th", "from 113th in the rankings to 11th", "between eighth and 12th place" are places, each end', () => {
    assert.deepEqual(figureTexts('Zorbia had fallen from fourth to 11th in economic competitiveness.'), ['fourth', '11th']);
    assert.deepEqual(figureTexts('His win had lifted him from 113th in the rankings to 11th.'), ['113th', '11th']);
    assert.deepEqual(figureTexts('City were stuck between eighth and 12th place.'), ['eighth', '12th']);
    assert.equal(extractFigures('Zorbia had fallen from fourth to 11th.')[0].kind, 'ordinal');
  });
  it('not days of a month ("from 1st to 3rd June"), nor an ordinal with no other end ("from fourth place")', () => {
    assert.deepEqual(figureTexts('The fair runs from 1st to 3rd June.'), ['3rd June']);
    assert.deepEqual(figureTexts('He said it was from the fourth of them.'), []);
  });
  it('"fallen from fourth to 11th" is supported; "from third to 11th" contradicted', () => {
    const S = 'Zorbia has fallen from fourth to 11th in a global ranking of economic competitiveness, the forum said.';
    assert.equal(judgedTitled('Zorbia slips', S, 'Zorbia had fallen from fourth to 11th in economic competitiveness.', 'fourth'), 'supported fourth');
    assert.equal(judgedTitled('Zorbia slips', S, 'Zorbia had fallen from third to 11th in economic competitiveness.', 'third'), 'contradicted fourth');
  });
});

describe('reading families (session 49): the note\'s value an end of a range the source gives (rules.ts rangeEnd)', function () {
  // (found by the bench's generated note, bench-note-alarms.test.ts, once the session's readings
  // changed its draw: the article's own sentence with a hedge put into its range)
  const file = path.resolve(__dirname, '../../../shared/corpora/bbc-news/politics_320.txt');
  const check = (note: string, fig: string) => {
    const x = resultOf(checkAgainst({ 'politics_320.txt': fs.readFileSync(file, 'utf8') }, note + ' [@politics_320].\n'), fig);
    return `${x.verdict} ${x.evidence[0]?.figure?.text ?? ''}`.trim();
  };
  before(function () {
    requirePrerequisite(this, 'the BBC News corpus', fs.existsSync(file) ? undefined : `no ${file}`, 'put the shared corpora next to the repository (../shared/corpora/bbc-news)');
  });
  it('"a salary of between nearly £25,000 and £35,000" is not contradicted by the £71,433 minister\'s salary: the range says £35,000 may be', () => {
    assert.equal(check('- In short, he also commanded a salary of between nearly £25,000 and £35,000 for being on investment company Bridgepoint Capital\'s European advisory committee', '£35,000'), 'unverified');
  });
  it('…while a value no end of the range is still contradicted', () => {
    assert.equal(check('His time out of office lost him his £71,000 minister\'s salary', '£71,000'), 'contradicted £71,433');
  });
});

describe('reading families (session 49): the series an ordinal places in, named in the story, need not be named again', () => {
  const lex = new Lexicon();
  it('"the 24th Brit awards", "the 12th annual MTV Europe awards" name their series', () => {
    assert.deepEqual(frameIn(lex, 'She is due to perform at the 24th Brit awards ceremony at Earls Court.', '24th').seriesNames, ['brit']);
    assert.deepEqual(frameIn(lex, 'The Rome show was the 12th annual MTV Europe awards.', '12th').seriesNames, ['mtv', 'europe']);
  });
  const story = (series: string) => ['Stone to sing', `Mira Vey has been nominated for three ${series} awards this year.`, 'Ms Vey is due to perform at the 25th award ceremony at London\'s Earls Court.'];
  it('"the 24th Brit awards ceremony" is contradicted by "the 25th award ceremony" of a story about the Brit awards', () => {
    assert.equal(judgedStory(story('Brit'), 'Mira Vey is due to perform at the 24th Brit awards ceremony at Earls Court.', '24th'), 'contradicted 25th');
  });
  it('…not where the story never names that series', () => {
    assert.notEqual(judgedStory(story('Zorb'), 'Mira Vey is due to perform at the 24th Brit awards ceremony at Earls Court.', '24th').split(' ')[0], 'contradicted');
  });
});

describe('reading families (session 49): a change said again in another unit after "or"', () => {
  const lex = new Lexicon();
  it('"lost 65 Canadian cents or 25%": the 25% is the change too; "three or four years" stays one span', () => {
    assert.equal(frameIn(lex, 'Shares in Zorbix lost 65 Canadian cents or 25% on the news.', '25%').role, 'change');
    assert.equal(frameIn(lex, 'It will take three or four years.', 'four years').role, 'duration');
  });
  it('"the shares lost 35%" is contradicted by "lost 65 Canadian cents or 25%"', () => {
    const S = 'Shares in Zorbix lost 65 Canadian cents or 25% on the news to 1.90 Canadian dollars.';
    assert.equal(judgedTitled('Zorbix shares slump', S, 'On the news Zorbix shares lost 35%, falling to 1.90 Canadian dollars.', '35%'), 'contradicted 25%');
  });
});
