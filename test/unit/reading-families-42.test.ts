// Reading families of session 42 (issue 9), found on bbc-27 and bbc-28 once they became development
// notes. Every sentence and every name here is written for the test.
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures';
import { relateValues } from '../../server/src/engine/frames/bounds';
import { type ClaimFrame } from '../../server/src/engine/frames/frame';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import type { Figure } from '../../server/src/engine/types';
import { frameIn } from '../helpers/frameReads';
import { checkAgainst, judgedTitled, resultOf } from './check-helpers';

const lex = new Lexicon();
const frameOf = (sentence: string, figure: string): ClaimFrame => frameIn(lex, sentence, figure);
const figure = (text: string): Figure => extractFigures(text)[0];
const relation = (note: string, source: string) => relateValues(figure(note), figure(source), 0.1, (a, b) => a.value === b.value);
const verdictWord = (s: string) => s.split(' ')[0];

describe('reading families (session 42): another source is named only for a figure of the note\'s own', () => {
  const cited = { 'merger.txt': 'Kodra and Pellin merge\n\nKodra has completed its purchase of Pellin.\n' };
  const note = '# Notes\n\nThe combined group ranks third in cloud software, behind Vantro [@merger].\n';
  it('not a ranking of someone else whose story names the note\'s name elsewhere ("world number three Kessel" at "the Vantro Open")', () => {
    const other = {
      'tennis.txt':
        'Big guns ease through in San Mateo\n\nTop-seeded Kessel and Lint survived minor scares to reach the last eight of the Vantro Open.\n\n' +
        'Lint endured early problems against Dane Karl Voss before sealing a 7-5 6-1 victory. And world number three Kessel dropped a set to Ambrose Tull, before pulling out a 6-3 3-6 6-2 win in San Mateo, California.\n',
    };
    assert.equal(resultOf(checkAgainst({ ...cited, ...other }, note), 'third').wrongSource, undefined);
  });
  it('still when the other source states it of no one in particular beside the note\'s name', () => {
    const other = { 'software.txt': 'Cloud league table\n\nThe combined group now ranks third in cloud software, behind Vantro.\n' };
    assert.equal(resultOf(checkAgainst({ ...cited, ...other }, note), 'third').wrongSource?.source.key, 'software');
  });
});

describe('reading families (session 42): jobs that "go" are cut', () => {
  it('"2,500 jobs are to go", "900 jobs will go", "jobs set to go" are cuts', () => {
    for (const [s, f] of [['Up to 2,500 jobs are to go at the broker Dorrance & Pike.', '2,500'], ['About 900 jobs will go over two years.', '900'], ['Some 400 jobs are set to go.', '400']]) {
      const fr = frameOf(s, f);
      assert.deepEqual([fr.role, fr.direction], ['change', 'down'], s);
    }
  });
  it('not staff who go somewhere, nor jobs a firm has', () => {
    assert.equal(frameOf('Some 3,000 staff will go to the final in Tarrow.', '3,000').role, 'level');
    assert.equal(frameOf('The firm has 5,000 jobs.', '5,000').role, 'level');
  });
  it('the note\'s cut is supported by the jobs that are to go', () => {
    const S = 'Up to 2,500 jobs are to go at the insurance broker Dorrance & Pike after heavier losses.';
    assert.equal(judgedTitled('Broker cuts', S, 'Dorrance & Pike is cutting up to 2,500 jobs.', '2,500'), 'supported 2,500');
  });
});

describe('reading families (session 42): a description opening the sentence stands for the person named before', () => {
  it('"The centre, who is in line for a first Tri Nations start against Samoa, …": the clause\'s names describe the centre', () => {
    const fr = frameOf('The centre, who is in line for a first Tri Nations start against Samoa, will have to wait 48 hours for a scan.', '48 hours');
    assert.equal(fr.describedNames, fr.namesBefore);
  });
  it('"The Latvian international came on …": a person\'s role WordNet also knows as a thing', () => {
    assert.equal(frameOf('The Latvian international came on after 74 minutes.', '74 minutes').describedNames, 1);
  });
  it('the person\'s figure contradicts the note\'s', () => {
    const S = 'Jordan Kell hurt his knee on Saturday. The centre, who is in line for a first Tri Nations start against Samoa, will have to wait 48 hours before knowing the state of his knee.';
    assert.equal(judgedTitled('Kell waits', S, 'Jordan Kell will wait 24 hours to learn the state of his knee.', '24 hours'), 'contradicted 48 hours');
    const T = 'Halmstad forward Ivo Brest was left out. The Czech international came on as a substitute but could not prevent his side losing 3-2 to Orne after extra-time.';
    assert.equal(judgedTitled('Brest dropped', T, 'Halmstad lost 3-1 to Orne after extra time.', '3-1'), 'contradicted 3-2');
  });
});

describe('reading families (session 42): bounds — the same value bounded the other way, and a lower bound raised', () => {
  it('"more than 22 years" is contradicted by "nearly 22 years"; "nearly 22 years" is supported', () => {
    const S = 'Lorn Kell is to step down at the next election. Mr Kell said during his nearly 22 years in Parliament he had seen prime ministers come and go.';
    assert.equal(judgedTitled('Kell to stand down', S, 'Lorn Kell has now been in Parliament for more than 22 years.', '22 years'), 'contradicted 22 years');
    assert.equal(judgedTitled('Kell to stand down', S, 'Lorn Kell has now been in Parliament for nearly 22 years.', '22 years'), 'supported 22 years');
  });
  it('"more than 550,000" against "more than 542,000" disagrees; a rounding down or to the note\'s own digit does not', () => {
    assert.equal(relation('more than 550,000', 'more than 542,000'), 'disagree');
    assert.notEqual(relation('more than 540,000', 'more than 542,000'), 'disagree');
    assert.notEqual(relation('more than 12m', 'over 11.6m'), 'disagree');
    assert.equal(relation('more than 542,000', 'more than 542,000'), 'agree');
  });
  it('the note\'s raised bound is contradicted', () => {
    const S = 'The regulator fined the network after more than 542,000 complaints were made about the broadcast.';
    assert.equal(verdictWord(judgedTitled('Network fined', S, 'In all, viewers lodged more than 550,000 complaints about the broadcast.', '550,000')), 'contradicted');
  });
});

describe('reading families (session 42): words of one measure, dates of one event', () => {
  it('pupils are students, enquiries queries, listeners an audience', () => {
    assert.equal(lex.concept('pupil'), lex.concept('student'));
    assert.equal(lex.concept('enquiry'), lex.concept('query'));
    assert.equal(lex.concept('listener'), lex.concept('audience'));
  });
  it('the note\'s 150 pupils are the source\'s 150 students', () => {
    const S = 'The singer will be accompanied by 150 students from the Tarrow School for the Deaf.';
    assert.equal(judgedTitled('Half-time show', S, 'Mara Quill will be joined by 150 pupils from the Tarrow School for the Deaf.', '150'), 'supported 150');
  });
  it('a creation and an introduction date one event; so do "take place", "be held" and "be organised"', () => {
    assert.equal(frameOf('The levy was introduced in 1993.', '1993').event, 'origin');
    assert.equal(frameOf('It has been disputed since its introduction in 1993.', '1993').event, 'origin');
    assert.equal(frameOf('The fair will be held in 2006.', '2006').event, 'held');
    assert.equal(frameOf('The fair was organised by the guild in 1956.', '1956').event, 'held');
  });
  it('the note\'s creation year is contradicted by the introduction\'s', () => {
    const S = 'The LTA has been surrounded by controversy since its introduction in 1993 to assess child support payments.';
    assert.equal(judgedTitled('Agency row', S, 'The LTA was created in 1991.', '1991'), 'contradicted 1993');
  });
});

describe('reading families (session 42): a figure counting "each" or "of those" counts what the figure before it counts', () => {
  it('"with five each" after "seven victories"; "20,000 of those" after "100,000 people"', () => {
    const S = 'Arland has been the most successful country with seven victories, followed by Brisk and Corve with five each.';
    assert.equal(frameOf(S, 'five').metric[0], frameOf(S, 'seven').metric[0]);
    const T = 'An episode was downloaded by about 100,000 people, and an estimated 20,000 of those were in Arland.';
    assert.equal(frameOf(T, '20,000').metric[0], 'people');
  });
  it('not past a sentence\'s other kind of figure, nor a figure of its own metric', () => {
    assert.deepEqual(frameOf('The two sides met in 1990 and scored 5 each.', '5').metric, frameOf('The two sides met and scored 5 each.', '5').metric);
    assert.equal(frameOf('Arland has seven victories and 12 titles each.', '12').metric[0], frameOf('Arland has 12 titles.', '12').metric[0]);
  });
  it('the note\'s 24 titles apiece are contradicted by 25 each', () => {
    const S = 'Arland has been the most successful club in the league\'s history with 37 titles, followed by Brisk and Corve with 25 each.';
    assert.equal(judgedTitled('League history', S, 'Brisk and Corve have 24 titles apiece.', '24'), 'contradicted 25');
  });
});

describe('reading families (session 42): whose a date is after ", and", whose a sum is "announced by" someone', () => {
  it('a date fronted in a clause a comma and "and" open dates that clause\'s names', () => {
    const fr = frameOf('In 1989 the court quashed the sentences of the Orne Four, and in June 1991 it overturned the sentences on the Harlow Seven.', '1991');
    assert.ok(fr.frontedFor?.includes('harlow'));
  });
  it('the note\'s year of it is contradicted', () => {
    const S = 'In October 1989 the court quashed the sentences of the Orne Four, and in June 1991 it overturned the sentences on the Harlow Seven.';
    assert.equal(judgedTitled('Appeals', S, 'The Harlow family\'s sentences were overturned in June 1992.', '1992'), 'contradicted 1991');
  });
  it('"the $204m announced by rival Zentek": the agent of a participle right after the figure, past its description', () => {
    assert.deepEqual(frameOf('Its profit was dwarfed by the $204m announced by rival Zentek earlier in the week.', '$204m').agentAfter, ['zentek']);
    assert.equal(frameOf('Its profit was dwarfed by the $204m announced on Monday.', '$204m').agentAfter, undefined);
  });
  it('the note\'s sum for the agent is contradicted', () => {
    const S = 'Its $17m profit for the quarter was dwarfed by the $204m announced by rival Zentek earlier in the week.';
    assert.equal(judgedTitled('Profit jump', S, 'Rival Zentek reported $187m for the same quarter.', '$187m'), 'contradicted $204m');
  });
});

describe('reading families (session 42): "was 24 when she died" is an age', () => {
  it('a person\'s number right before "when" after "was" is their age at that moment', () => {
    assert.equal(frameOf('The singer was 24 when she died.', '24').role, 'age');
    assert.equal(frameOf('He was 31 when he joined the firm.', '31').role, 'age');
  });
  it('not a score, nor a number of people', () => {
    assert.notEqual(frameOf('The score was 24 when rain stopped play.', '24').role, 'age');
    assert.notEqual(frameOf('The crowd was 40 when the band came on.', '40').role, 'age');
  });
});

describe('reading families (session 42): two digits misplaced in one unit of measure', () => {
  const S = 'Investigators found the twin-engined plane was overloaded by 700 pounds (320kg) when it crashed.';
  it('"about 230kg" is contradicted by the source\'s lone "320kg"', () => {
    assert.equal(judgedTitled('Plane was overloaded', S, 'In metric terms the excess was about 230kg.', '230kg'), 'contradicted 320kg');
  });
  it('not two digits misplaced without a unit ("about 230 staff" / "320 staff" of another kind)', () => {
    const T = 'The plant employs 320 engineers.';
    assert.notEqual(verdictWord(judgedTitled('Plant', T, 'The site has about 230 visitors a week.', '230')), 'contradicted');
  });
});

describe('reading families (session 42): a possessive\'s ordinal before a name counts a series ("his second Oscar")', () => {
  const ordinals = (s: string) => extractFigures(s).filter((f) => f.kind === 'ordinal').map((f) => f.text);
  it('reads "his second Oscar.", "her third Grammy of her career", "his third Super Bowl show"', () => {
    assert.deepEqual(ordinals('Morgan Vale is tipped to collect his second Oscar.'), ['second']);
    assert.deepEqual(ordinals('Ada Quill collected her third Grammy of her career.'), ['third']);
    assert.deepEqual(ordinals('It was his third Super Bowl show.'), ['third']);
  });
  it('not an ordinal a determiner owns before a name ("the second Tesco store"), nor one before a noun of another kind', () => {
    assert.deepEqual(ordinals('She visited the second Tesco store.'), []);
    assert.deepEqual(ordinals('He met his second Cousin Tom Smith there.'), []);
  });
});

describe('reading families (session 42): odds the source states anywhere are no misquote of its other odds', () => {
  const S = 'Mr Tull said one punter had placed a bet of £870 on the 39-year-old actor at odds of 8-1. The closing list gave Kell odds of 6-9.';
  it('"put £780 on Kell at 8-1" is not contradicted by the closing list\'s 6-9', () => {
    assert.notEqual(verdictWord(judgedTitled('Kell is new favourite', S, 'A punter put £780 on Kell at 8-1.', '8-1')), 'contradicted');
  });
  it('nor odds the source gives to someone else the note does not name: a swap still is', () => {
    const T = 'Dancer Bo Vane is now 2-1 favourite, followed by actor Jem Tarr at 4-1. A rush of bets on Ray Kell has cut his odds to 8-1.';
    assert.equal(judgedTitled('Show odds', T, 'A late rush of bets cut Ray Kell\'s odds to 4-1.', '4-1'), 'contradicted 8-1');
  });
  it('odds the source never states still are', () => {
    const T = 'The closing list gave Kell odds of 6-9.';
    assert.equal(judgedTitled('Kell is new favourite', T, 'The closing list had Kell at 8-1.', '8-1'), 'contradicted 6-9');
  });
});

describe('reading families (session 42): a whole two parties share is no misquote of one party\'s figure', () => {
  it('"Amicus and the TGWU could merge …" opens with two parties joined; "Kelly Holmes won in Athens" with none', () => {
    assert.deepEqual(frameOf('Brandle and the Corvin Union could merge into a super union of two million members.', 'two million').joint, [['brandle'], ['corvin', 'union']]);
    assert.deepEqual(frameOf('Arland, Brisk and Corve have four wins apiece.', 'four').joint, [['arland'], ['brisk'], ['corve']]);
    assert.equal(frameOf('Tolvia Brandt won in Lisbon in 2004.', '2004').joint, undefined);
  });
  it('the note\'s joint figure is not contradicted by one party\'s; one party\'s misquote still is', () => {
    const S = 'Two big unions could merge into a super union. Brandle has 1.2 million members and Corvin has 800,000.';
    assert.notEqual(verdictWord(judgedTitled('Union merger', S, 'Brandle and Corvin could merge into a super union of two million members.', 'two million')), 'contradicted');
    assert.equal(judgedTitled('Union merger', S, 'Brandle has 1.4 million members.', '1.4 million'), 'contradicted 1.2 million');
  });
});

describe('reading families (session 42): a rate of time said in so many words later in the clause', () => {
  it('"launched each day of the show" and "go to court to resolve access disputes each year" state their rates', () => {
    const a = frameOf('About 50,000 new products will be launched each day of the show.', '50,000');
    assert.deepEqual([a.per, a.perSaid], ['day', true]);
    const b = frameOf('Between 15,000 and 20,000 couples go to court to resolve access disputes each year.', '15,000 and 20,000');
    assert.equal(b.per, 'year');
    assert.equal(frameOf('About 50,000 new products will be launched at the show.', '50,000').perSaid, undefined);
  });
  it('not a span of time\'s ("in the final three years for each year served")', () => {
    assert.equal(frameOf('Staff earn a sixtieth of their best salary in the final three years for each year served.', 'three years').perSaid, undefined);
  });
  it('a total of the same value does not support the note\'s rate; the source\'s rate said further on still does', () => {
    const S = 'About 50,000 new products will be unveiled as the show unfolds.';
    assert.notEqual(verdictWord(judgedTitled('Gadget fair opens', S, 'About 50,000 new products will be launched each day of the show.', '50,000')), 'supported');
    const T = 'Between 15,000 and 20,000 couples go to court to resolve access disputes each year, the report said.';
    assert.equal(verdictWord(judgedTitled('Access law', T, 'Between 15,000 and 20,000 couples go to court over access every year.', '15,000 and 20,000')), 'supported');
  });
});
