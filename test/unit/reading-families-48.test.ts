// Reading families of session 48 (issue 9), found on bbc-39 and bbc-40 once they became development
// notes. Every sentence and every name here is written for the test.
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';
import { checkAgainst, judgedStory, judgedTitled, resultOf } from './check-helpers';

describe('reading families (session 48): a deficit comes in kinds, as a rate or a price does', () => {
  const lex = new Lexicon();
  it('"the budget deficit" and "the current account deficit" are two kinds of deficit', () => {
    assert.equal(frameIn(lex, 'Spending has pushed the Norway budget deficit to a record $427bn.', '$427bn').qualifier, 'budget');
    assert.equal(frameIn(lex, 'The current account deficit hit a record $166bn.', '$166bn').qualifier, 'account');
  });
  it('"the budget deficit reached a record $116bn" is not contradicted by "the current account deficit … a record $166bn"', () => {
    const S = 'Spending by the government keeps rising. The current account deficit, meanwhile, hit a record $166bn in the second quarter.';
    assert.equal(judgedTitled('Deficits grow', S, 'The budget deficit reached a record $116bn.', '$116bn'), 'unverified');
  });
  it('…but the same kind of deficit is still contradicted', () => {
    const S = 'The current account deficit, meanwhile, hit a record $166bn in the second quarter.';
    assert.equal(judgedTitled('Deficits grow', S, 'The current account deficit hit a record $116bn in the second quarter.', '$116bn'), 'contradicted $166bn');
  });
});

describe('reading families (session 48): a place among the first few is no sign a note was written from a sentence', () => {
  const S =
    'In its first week the film was the number one selling DVD, with the limited edition version coming in at number 11. ' +
    'Horror film Dark Lake was the second best-selling DVD, with comedy Tin Roof at number three.';
  it('"came in at number 11" is supported by "coming in at number 11", though the note\'s "number two" matches "second" elsewhere', () => {
    assert.equal(judgedTitled('Film tops DVD chart', S, 'The limited edition came in at number 11, while Tin Roof was at number two.', 'number 11'), 'supported number 11');
  });
  it('…and the note\'s misplaced "number two" is still contradicted', () => {
    assert.equal(judgedTitled('Film tops DVD chart', S, 'The limited edition came in at number 11, while Tin Roof was at number two.', 'number two'), 'contradicted number three');
  });
});

describe('reading families (session 48): a scoreline the story brings in after naming the players (scorelines.ts introducedLine)', () => {
  const story = ['Zorbek into last eight', 'Unseeded Ilan Zorbek reached the last eight at the Tarn Open, ousting eighth seed Mato Quell.', 'He showed admirable resolve to win a rain-affected match 6-7 6-4 6-4. Compatriot Dag Vey also won.'];
  it('"Zorbek beat Quell 6-7 6-4 6-4" is supported; "6-7 6-4 6-3" contradicted by the match told with "He"', () => {
    assert.equal(judgedStory(story, 'Ilan Zorbek beat Mato Quell 6-7 6-4 6-4.', '6-7 6-4 6-4'), 'supported 6-7 6-4 6-4');
    assert.equal(judgedStory(story, 'Ilan Zorbek beat Mato Quell 6-7 6-4 6-3.', '6-7 6-4 6-3'), 'contradicted 6-7 6-4 6-4');
  });
  it('a sentence naming one of them beside someone else is the match too ("Zorbek, who lost to Rab Oster last year, won …")', () => {
    const s2 = ['Zorbek through', 'Ilan Zorbek set up a clash with Dag Vey by beating Mato Quell. Zorbek, who lost in three sets to Rab Oster in last year\'s final, won 6-2 3-6 6-3.'];
    assert.equal(judgedStory(s2, 'Ilan Zorbek beat Mato Quell 6-2 3-6 6-4.', '6-2 3-6 6-4'), 'contradicted 6-2 3-6 6-3');
  });
  it('not a scoreline whose sentence names only others, nor one of another number of sets, nor a note whose sets all differ', () => {
    const others = ['Zorbek through', 'Ilan Zorbek beat Mato Quell on Friday.', 'The home favourite will face Rab Oster after coming through 3-6 7-6 6-1.'];
    assert.equal(judgedStory(others, 'Ilan Zorbek beat Mato Quell 3-6 7-6 6-2.', '6-2').split(' ')[0], 'unverified');
    assert.notEqual(judgedStory(story, 'Ilan Zorbek beat Mato Quell 6-7 6-3.', '6-3').split(' ')[0], 'contradicted');
    assert.equal(judgedStory(story, 'Ilan Zorbek beat Mato Quell 6-1 6-2 6-3.', '6-1').split(' ')[0], 'unverified');
  });
});

describe('reading families (session 48): a year named by its end month is twelve months, as "the 12 months to …" are', () => {
  const lex = new Lexicon();
  it('"in the fiscal year that ended in September 2004", "in the year to March" after the figure are a span of twelve months', () => {
    assert.equal(frameIn(lex, 'The deficit hit $421bn in the fiscal year that ended in September 2004.', '$421bn').period.span, '12month');
    assert.equal(frameIn(lex, 'Profit was £75m in the year to March.', '£75m').period.span, '12month');
    assert.equal(frameIn(lex, 'Profit was £75m in the year of the merger.', '£75m').period.span, undefined);
  });
  const S = 'The Zorbix deficit hit a record $412bn in the 12 months to 30 September 2004, after reaching $377bn in the previous fiscal year.';
  it('the very sentence is supported (a span with its end year was read as against that year)', () => {
    assert.equal(judgedTitled('Deficit record', S, 'The Zorbix deficit hit a record $412bn in the 12 months to 30 September 2004.', '$412bn'), 'supported $412bn');
  });
  it('"$421bn in the fiscal year that ended in September 2004" is contradicted by "$412bn in the 12 months to 30 September 2004"', () => {
    assert.equal(judgedTitled('Deficit record', S, 'The Zorbix deficit hit a record $421bn in the fiscal year that ended in September 2004.', '$421bn'), 'contradicted $412bn');
    assert.equal(judgedTitled('Deficit record', S, 'The Zorbix deficit hit a record $412bn in the year to September 2004.', '$412bn'), 'supported $412bn');
  });
  it('not the other end of a comparison, nor a value reached at the end ("rose to 32.5 million in the year ending June 2004, compared to 23.5 million in June 2003")', () => {
    const T = 'Broadband lines in Norway rose to 32.5 million in the year ending June 2004, compared to 23.5 million in June 2003.';
    assert.equal(judgedTitled('Broadband grows', T, 'In June 2003 Norway had 23.5 million broadband lines.', '23.5 million'), 'supported 23.5 million');
    assert.equal(judgedTitled('Broadband grows', T, 'Broadband lines in Norway reached 32.5 million by June 2004.', '32.5 million'), 'supported 32.5 million');
  });
});

describe('reading families (session 48): a run without a break, however it is called', () => {
  it('"five straight quarters of growth" is contradicted by "four consecutive quarters of growth"; "four successive quarters" supported', () => {
    const S = 'The slump in the July to September period followed four consecutive quarters of double-digit growth in Norway.';
    assert.equal(judgedTitled('Norway slows', S, 'That summer slump followed five straight quarters of double-digit growth.', 'five'), 'contradicted four');
    assert.equal(judgedTitled('Norway slows', S, 'That summer slump followed four successive quarters of double-digit growth.', 'four'), 'supported four');
  });
});

describe('reading families (session 48): a title of courtesy is no name the source must give', () => {
  const S = 'One of President Dag Zorbek\'s election pledges was to halve the budget deficit within five years.';
  it('"Mr Zorbek had pledged to halve the deficit within four years" is contradicted by President Dag Zorbek\'s "within five years"', () => {
    assert.equal(judgedTitled('Zorbek budget', S, 'Mr Zorbek had pledged to halve the deficit within four years.', 'four years'), 'contradicted five years');
    assert.equal(judgedTitled('Zorbek budget', S, 'Mrs Zorbek had pledged to halve the deficit within five years.', 'five years'), 'supported five years');
  });
  it('…but a surname the source does not give is still missing, and a peer\'s title is part of the name', () => {
    assert.equal(judgedTitled('Zorbek budget', S, 'Mr Quell had pledged to halve the deficit within four years.', 'four years'), 'unverified');
    assert.equal(judgedTitled('Zorbek budget', S, 'Lord Zorbek had pledged to halve the deficit within four years.', 'four years'), 'unverified');
  });
});

describe('reading families (session 48): "half" as a share after a hedge or before a possessive', () => {
  const kind = (t: string) => extractFigures(t).find((f) => /half/i.test(f.text))?.kind;
  it('"more than half of private wealth", "about half of Norway", "nearly half of that money", "lost half their value" are shares', () => {
    assert.equal(kind('Oslo holds more than half of private housing wealth.'), 'percent');
    assert.equal(kind('The party has melted away in about half of Norway.'), 'percent');
    assert.equal(kind('They get parents to hand over nearly half of that money.'), 'percent');
    assert.equal(kind('Shares in Zorbix lost half their value.'), 'percent');
  });
  it('not "at half the price", nor "the second half of 2004"', () => {
    assert.equal(kind('It sold at half the price.'), 'multiplier');
    assert.equal(kind('Sales rose in the second half of 2004.'), undefined);
  });
  it('"Zorbix shares lost half their value" is contradicted by "shares in Zorbix lost a third of their value"', () => {
    const S = 'A few weeks ago, shares in Zorbix lost a third of their value after regulators asked for more evidence.';
    assert.equal(judgedTitled('Zorbix drug', S, 'A few weeks earlier Zorbix shares had lost half their value after regulators asked for more evidence.', 'half'), 'contradicted a third');
  });
});

describe('reading families (session 48): a year slip beside a value the note states itself (periodSlips.ts)', () => {
  const S = 'Consumption in Norway, meanwhile, has jumped to 2.4 million bpd, compared with 474,000 bpd in 1973.';
  it('"against 474,000 in 1983": the year is contradicted, the 474,000 supported — the 2.4 million beside it is the note\'s own', () => {
    const r = checkAgainst({ 'oil.txt': 'Oil demand\n\n' + S + '\n' }, 'Consumption in Norway has climbed to 2.4 million barrels a day, against 474,000 in 1983 [@oil].\n');
    assert.equal(resultOf(r, '1983').verdict, 'contradicted');
    assert.equal(resultOf(r, '474,000').verdict, 'supported');
  });
  it('…but not where the note does not state the other value: the year may be its', () => {
    const r = checkAgainst({ 'oil.txt': 'Oil demand\n\n' + S + '\n' }, 'Consumption in Norway stood at 474,000 barrels a day in 1983 [@oil].\n');
    assert.equal(resultOf(r, '1983').verdict, 'contradicted');
    assert.notEqual(resultOf(r, '474,000').verdict, 'supported');
  });
});

describe('reading families (session 48): "an hour", "a day" after a hedge are stretches of time, as "a week" is', () => {
  const kinds = (t: string) => extractFigures(t).map((f) => `${f.text}:${f.kind}`).join(' ');
  it('"around an hour", "less than a day" are durations; "£5 a day", "an hour later" are not', () => {
    assert.equal(kinds('The meeting lasted around an hour.'), 'an hour:duration');
    assert.equal(kinds('It took less than a day.'), 'a day:duration');
    assert.equal(kinds('It costs £5 a day.'), '£5:currency');
    assert.equal(kinds('They met an hour later.'), '');
  });
  it('"lasted about two hours" is contradicted by "lasted around an hour"', () => {
    const S = 'Dag Zorbek and his chancellor arrived at the start of the meeting with Labour MPs, which lasted around an hour.';
    assert.equal(judgedTitled('Zorbek meets MPs', S, 'The meeting with Labour MPs lasted about two hours.', 'two hours'), 'contradicted an hour');
  });
});

describe('reading families (session 48): a place apposed to its holder is the holder\'s, whoever the sentence is about', () => {
  const S = 'Tom Lind reached the second round. Dag Vey beat Rab Oster 6-4 6-2 but fourth seed Ilan Zorbek lost 6-3 7-6 to Mato Quell.';
  it('"Tom Lind beat the third seed, Ilan Zorbek" is contradicted by "fourth seed Ilan Zorbek lost"', () => {
    assert.equal(judgedTitled('Seeds fall', S, 'Tom Lind beat the third seed, Ilan Zorbek.', 'third'), 'contradicted fourth');
  });
  it('…not where the seed apposed is another player', () => {
    assert.equal(judgedTitled('Seeds fall', S, 'Ilan Zorbek beat the third seed, Tom Lind.', 'third'), 'unverified');
  });
});

describe('reading families (session 48): "last year\'s" before a name says which thing, not when the figure holds', () => {
  it('"Last year\'s Zorbix drew 10 million viewers in October 2003" is supported by "last year\'s Zorbix, which drew 10 million viewers … in October 2003"', () => {
    const S = 'The new drama follows in the footsteps of last year\'s Zorbix, which drew 10 million viewers to BBC One in October 2003.';
    assert.equal(judgedTitled('Drama follows Zorbix', S, 'Last year\'s Zorbix drew 10 million viewers in October 2003.', '10 million'), 'supported 10 million');
  });
  it('…while "last year" still dates a figure it does not possess', () => {
    const lex = new Lexicon();
    assert.equal(frameIn(lex, 'Zorbix drew 10 million viewers last year.', '10 million').period.relative, 'last');
  });
});

describe('reading families (session 48): who won, where a win word comes right after the later name (scorelines.ts winner)', () => {
  const S = 'I saw them play against Belgium (Egypt won 4-0 on Wednesday) and I want to add to their success.';
  it('"Egypt beat Belgium 4-0" is supported by "against Belgium (Egypt won 4-0 …)"; "Belgium beat Egypt 4-0" is not', () => {
    assert.equal(judgedTitled('Coach hails Egypt', S, 'Egypt beat Belgium 4-0.', '4-0'), 'supported 4-0');
    assert.notEqual(judgedTitled('Coach hails Egypt', S, 'Belgium beat Egypt 4-0.', '4-0').split(' ')[0], 'supported');
  });
  it('not a win noun at the end of a sentence about the first named ("his side stutter to a 28-17 victory")', () => {
    const T = 'Ireland coach Dag Vey heaped praise on Italy after seeing his side stutter to a 28-17 victory in Rome.';
    assert.equal(judgedTitled('Ireland win', T, 'Ireland beat Italy 28-17 in Rome.', '28-17'), 'supported 28-17');
  });
});

describe('reading families (session 48): the date an event was moved to, in its forms', () => {
  const S = 'The Zorbix have cancelled a gig in Glasgow. Tuesday\'s gig has been rescheduled for 15 June.';
  it('"has been moved to 15 June" is supported by "has been rescheduled for 15 June"; "16 June" contradicted', () => {
    assert.equal(judgedTitled('Zorbix gig moved', S, 'The Glasgow gig has been moved to 15 June.', '15 June'), 'supported 15 June');
    assert.equal(judgedTitled('Zorbix gig moved', S, 'The Glasgow gig has been moved to 16 June.', '16 June'), 'contradicted 15 June');
  });
  it('not a date an event runs for ("booked for 15 June" is no move)', () => {
    const lex = new Lexicon();
    assert.equal(frameIn(lex, 'The gig was rescheduled for 15 June.', '15 June').prep, 'to');
    assert.equal(frameIn(lex, 'The hall was booked for 15 June.', '15 June').prep, 'for');
  });
});

describe('reading families (session 48): an only previous win and the first since are one date', () => {
  it('"Ireland\'s only previous Grand Slam came in 1948" is supported by "their first since 1948"', () => {
    const S = 'Dag Vey believes Ireland can win only their second Grand Slam - and first since 1948 - this year.';
    assert.equal(judgedTitled('Ireland hopes', S, 'Ireland\'s only previous Grand Slam came in 1948.', '1948'), 'supported 1948');
    assert.notEqual(judgedTitled('Ireland hopes', S, 'Ireland\'s only Grand Slam came in 1948.', '1948').split(' ')[0], 'supported');
  });
});

describe('reading families (session 48): a version in its line, seeds in the plural, a lag of one day', () => {
  const kinds = (t: string) => extractFigures(t).map((f) => `${f.text}:${f.kind}`).join(' ');
  it('"the third version of its software", "the second seeds" are places; "one day after the ban began" a stretch of time', () => {
    assert.equal(kinds('Zorbix has released the third version of its desktop search software.'), 'third:ordinal');
    assert.equal(kinds('Norway are the second seeds in Oslo.'), 'second:ordinal');
    assert.equal(kinds('More than 270 hunts rode out one day after the ban began.'), '270:count one day:duration');
  });
  it('not the idiom: "One day he will win", "it took one day to build" stay no figure', () => {
    assert.equal(kinds('One day he will win.'), '');
    assert.equal(kinds('It took one day to build.'), '');
  });
  it('"the third version" is contradicted by "a second version"; a lag is no stretch of the claim\'s own', () => {
    assert.equal(judgedTitled('Zorbix upgrade', 'Search start-up Zorbix has released a second version of its eponymous software.', 'Zorbix has released the third version of its desktop search software.', 'third'), 'contradicted second');
    const S = 'The weblogger Mato Quell was arrested in October. Mr Quell was sentenced one day after an online campaign highlighted his case.';
    assert.equal(judgedTitled('Blogger jailed', S, 'Mato Quell has been jailed for 14 years.', '14 years'), 'unverified');
    assert.equal(judgedTitled('Blogger jailed', 'Mr Quell was sentenced one day after an online campaign highlighted his case.', 'Mato Quell was sentenced two days after an online campaign highlighted his case.', 'two days'), 'contradicted one day');
  });
});

describe('reading families (session 48): right figure, wrong source — a person\'s age', () => {
  const other = 'Vey to be replaced\n\nThe federation is looking for a successor to Patrick Vey. Dean Zorbek, 39, has worked with Rab Oster and Tom Lind.\n';
  const cited = 'Davis Cup captain quits\n\nPatrick Vey has stepped down as captain after four years in the job, the federation said.\n';
  it('"Dean Zorbek, 39, is tipped to succeed Vey" cited to the wrong story names the story that gives "Zorbek, 39,"', () => {
    const r = checkAgainst({ 'cited.txt': cited, 'other.txt': other }, 'Dean Zorbek, 39, is tipped to succeed Vey [@cited].\n');
    const x = resultOf(r, '39');
    assert.equal(x.verdict, 'supported');
    assert.equal(x.wrongSource?.source.path, '/ws/sources/other.txt');
  });
  it('…not another person\'s age', () => {
    const r = checkAgainst({ 'cited.txt': cited, 'other.txt': other }, 'Mato Quell, 39, is tipped to succeed Vey [@cited].\n');
    assert.equal(resultOf(r, '39').wrongSource, undefined);
  });
});

describe('reading families (session 48): the sets of a scoreline joined by a comma without a space', () => {
  const texts = (t: string) => extractFigures(t).map((f) => f.text).join(' ');
  it('"lost to Vey 1-6,4-6", "won 6-4,6-3,6-2" are sets; "1,2" and "2019,300" stay no figure', () => {
    assert.equal(texts('Quell lost to Vey 1-6,4-6 in the third round.'), '1-6 4-6 third');
    assert.equal(texts('Zorbek won 6-4,6-3,6-2 on Sunday.'), '6-4 6-3 6-2');
    assert.equal(texts('Figures of 1,2 and 2019,300 were read.'), '');
  });
  it('"Quell lost 1-6 4-6 to Dag Vey" is supported by "Quell … lost to Vey 1-6,4-6"', () => {
    const S = 'The 18-year-old Mara Quell, who got a wild card, lost to Dag Vey 1-6,4-6 in the third round.';
    assert.equal(judgedTitled('Quell out', S, 'Mara Quell lost 1-6 4-6 to Dag Vey.', '1-6 4-6'), 'supported 1-6,4-6');
  });
});
