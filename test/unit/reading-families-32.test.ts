// Reading families of session 32 (issue 9), found on the notes bbc-13 and bbc-14 once they became
// development notes. Every sentence and every name here is written for the test.
import * as assert from 'node:assert/strict';
import { judgedAgainst as judged } from './check-helpers';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { extractFigures } from '../../server/src/engine/figures';
import { frameTokens } from '../../server/src/engine/frames/tokens';
import { frameIn } from '../helpers/frameReads';

const lex = new Lexicon();

describe('reading families (session 32): the words after an "including" aside go on with the main clause', () => {
  const SOURCE = 'Six former trustees of Halvern Trust have agreed to pay $41m (£22.4m), including $9m from their own savings, to settle a fraud lawsuit, lawyers said.';
  it('the whole, said with the main clause\'s words, is supported by the whole', () => {
    assert.equal(judged(SOURCE, 'Former Halvern Trust trustees agreed to pay $41m to settle a fraud lawsuit.', '$41m'), 'supported $41m');
  });
  it('the whole misquoted is contradicted by the whole, not by its part', () => {
    assert.equal(judged(SOURCE, 'Former Halvern Trust trustees agreed to pay $44m to settle a fraud lawsuit.', '$44m'), 'contradicted $41m');
  });
  it('the part, named by the aside\'s own words, is still the part\'s', () => {
    assert.equal(judged(SOURCE, 'Former Halvern Trust trustees will pay $9m from their own savings.', '$9m'), 'supported $9m');
  });
  it('a value after the aside keeps its own words', () => {
    const s = 'Brell Foods cut 900 jobs, including 200 in Wales, and hired 150 engineers in Leeds.';
    assert.equal(judged(s, 'Brell Foods hired 150 engineers in Leeds.', '150'), 'supported 150');
  });
});

describe('reading families (session 32): a percentage after "or" restates the change before it', () => {
  const SOURCE = 'Shares in Dunmore Leisure were up 42 pence, or 5.3%, at 835p by lunchtime.';
  it('the same change the other way is contradicted, in pence and in percent alike', () => {
    const note = "Dunmore Leisure's shares slipped 42p, or 5.3%, to 835p by lunchtime.";
    assert.equal(judged(SOURCE, note, '42p'), 'contradicted 42 pence');
    assert.equal(judged(SOURCE, note, '5.3%'), 'contradicted 5.3%');
  });
  it('the same change the same way is supported; another percentage contradicted', () => {
    assert.equal(judged(SOURCE, "Dunmore Leisure's shares rose 42p, or 5.3%, to 835p by lunchtime.", '5.3%'), 'supported 5.3%');
    assert.equal(judged(SOURCE, "Dunmore Leisure's shares rose 42p, or 3.5%, to 835p by lunchtime.", '3.5%'), 'contradicted 5.3%');
  });
  it('without the comma after a sum too, against a source that has it', () => {
    const s = 'Fuel costs at Avenor Air rose by £88m, or 36.2%, in the quarter.';
    assert.equal(judged(s, "Avenor Air's fuel bill for the quarter went up by £88m or 63.2%.", '63.2%'), 'contradicted 36.2%');
  });
  it('a share of a whole after "or" is not a restated change', () => {
    const s = 'Brell Foods cut 900 jobs, or 12% of its staff, last year.';
    assert.equal(judged(s, 'Brell Foods cut 900 jobs, or 12% of its staff, last year.', '12%'), 'supported 12%');
  });
});

describe('reading families (session 32): two values of one sentence swapped', () => {
  const SOURCE = 'The total settlement includes $6m in penalties and more than $3m to fund safety audits.';
  it('each value given the other\'s words: the one stated with the other\'s stretch is contradicted', () => {
    const note = 'The settlement includes $3m in penalties and more than $6m for safety audits.';
    assert.equal(judged(SOURCE, note, '$6m'), 'contradicted $3m');
  });
  it('both stated with their own words: both supported', () => {
    const note = 'The settlement includes $6m in penalties and more than $3m for safety audits.';
    assert.equal(judged(SOURCE, note, '$6m'), 'supported $6m');
    assert.equal(judged(SOURCE, note, '$3m'), 'supported $3m');
  });
});

describe('reading families (session 32): a vague amount in the source never vouches for a figure the note states', () => {
  const ROWS: [string, string, string, string][] = [
    ['Critics say tens of thousands of pensioners die from the winter cold.', 'About 30,000 pensioners die from the winter cold.', '30,000', 'unverified'],
    ['Such attacks typically use thousands of hijacked computers.', 'A typical attack uses around 4,000 hijacked computers.', '4,000', 'unverified'],
    ['He said billions of pounds had been spent on the war.', 'He put the cost of the war at £7bn.', '£7bn', 'unverified'],
    // the other way round is sound: the note's vague amount holds the source's figure
    ['Around 4,000 hijacked computers were used in the attack.', 'Thousands of hijacked computers were used in the attack.', 'Thousands', 'supported'],
  ];
  for (const [source, note, fig, want] of ROWS) {
    it(`${fig} — ${want}`, () => assert.equal(judged(source, note, fig).split(' ')[0], want));
  }
});

describe('reading families (session 32): a change "to finish at" the level it moved to', () => {
  const SOURCE = 'Texas light crude rose $2.15 to $51.30, while Brent crude in London gained $1.80 to $48.95.';
  it('the change is read as a change, so the same one is supported and another contradicted', () => {
    assert.equal(judged(SOURCE, 'Texas light crude gained $2.15 to finish at $51.30.', '$2.15'), 'supported $2.15');
    assert.equal(judged(SOURCE, 'Texas light crude gained $2.51 to finish at $51.30.', '$2.51'), 'contradicted $2.15');
  });
  it('"to close at" the level too; the level itself stays a level', () => {
    assert.equal(frameIn(lex, 'Texas light crude added $2.15 to close at $51.30.', '$2.15').role, 'change');
    assert.equal(frameIn(lex, 'Texas light crude added $2.15 to close at $51.30.', '$51.30').role, 'level');
  });
});

describe('reading families (session 32): the date of a failure, whatever words name it', () => {
  it('"went bankrupt", "filed for bankruptcy", "collapsed", "went bust" date one event', () => {
    for (const [s, fig] of [
      ['Corvane went bankrupt in 2001.', '2001'],
      ['Corvane filed for bankruptcy in 2001.', '2001'],
      ['Corvane collapsed in 2001.', '2001'],
      ['Corvane went bust in 2001.', '2001'],
    ]) assert.equal(frameIn(lex, s, fig).event, 'failed', s);
  });
  it('so a note\'s other year for it is contradicted', () => {
    assert.equal(judged('Corvane Telecom filed for bankruptcy in 2001 after an accounting scandal.', 'Corvane Telecom went bankrupt in 2002 after an accounting scandal.', '2002'), 'contradicted 2001');
  });
});

describe('reading families (session 32): a place named only after the figure, whose own subject is another place', () => {
  const SOURCE = 'The number of Europeans online rose by 9% to 80 million last year, the survey showed, with the biggest rise in Norway and Denmark.';
  it('the whole\'s figure is no figure of the place named after it', () => {
    assert.equal(judged(SOURCE, 'In Norway the number of people online grew by 9%.', '9%').split(' ')[0], 'unverified');
  });
  it('the whole\'s own figure is still the whole\'s', () => {
    assert.equal(judged(SOURCE, 'The number of Europeans online grew by 9%.', '9%'), 'supported 9%');
  });
  it('a place named before the figure still speaks for it', () => {
    assert.equal(judged('In Norway, the number of people online rose by 9% last year, the survey showed.', 'In Norway the number of people online grew by 9%.', '9%'), 'supported 9%');
  });
});

describe('reading families (session 32): an age apposed to a word for a person', () => {
  it('"The prince, 20, …" and "the singer, 34," are ages; a count after a word for a thing is not', () => {
    assert.equal(frameIn(lex, 'The prince, 20, apologised on Friday.', '20').role, 'age');
    assert.equal(frameIn(lex, 'Critics said the singer, 34, had been misled.', '34').role, 'age');
    assert.notEqual(frameIn(lex, 'The index, 20, fell on Friday.', '20').role, 'age');
  });
  const SOURCE = 'Prince Edmund has apologised for wearing a pirate costume to a gala. The prince, 19, said he was sorry.';
  it('the person named before: another age is contradicted, the same one supported', () => {
    assert.equal(judged(SOURCE, 'Prince Edmund, 21, apologised for wearing a pirate costume to a gala.', '21'), 'contradicted 19');
    assert.equal(judged(SOURCE, 'Prince Edmund, 19, apologised for wearing a pirate costume to a gala.', '19'), 'supported 19');
  });
  it('another person\'s age is not the note\'s person\'s', () => {
    const s = 'Prince Edmund has apologised for wearing a pirate costume to a gala. His cousin Lady Mara, 19, said he was sorry.';
    assert.notEqual(judged(s, 'Prince Edmund, 21, apologised for wearing a pirate costume to a gala.', '21').split(' ')[0], 'contradicted');
  });
});

describe('reading families (session 32): a noun of the event right after its date', () => {
  it('"the 1945 liberation", "its 2001 bankruptcy", "his 1998 death" date their events', () => {
    assert.equal(frameIn(lex, 'Veterans marked the Allies\' 1945 liberation of the town.', '1945').event, 'released');
    assert.equal(frameIn(lex, 'Creditors recalled Corvane\'s 2001 bankruptcy.', '2001').event, 'failed');
    assert.equal(frameIn(lex, 'Fans mourned the singer\'s 1998 death.', '1998').event, 'died');
    assert.equal(frameIn(lex, 'Fans bought the 1998 album.', '1998').event, undefined);
  });
  it('so a note\'s other year for the same event is contradicted', () => {
    const source = "Veterans attended the commemoration of the Soviets' 1945 liberation of the camp.";
    assert.equal(judged(source, 'The camp was liberated by Soviet troops in 1944.', '1944'), 'contradicted 1945');
    assert.equal(judged(source, 'The camp was liberated by Soviet troops in 1945.', '1945'), 'supported 1945');
  });
});

describe('reading families (session 32): a span after "for" measures how long its verb lasted', () => {
  it('the verb before "for" is in the span\'s metric, past a place or an agent and the span\'s hedge', () => {
    assert.ok(frameIn(lex, 'Four men have been held by the army at Camp Orrin for almost three years.', 'three years').metric.includes(lex.concept('hold')));
    assert.ok(frameIn(lex, 'He could be jailed for up to 12 years.', '12 years').metric.includes(lex.concept('jail')));
    assert.ok(!frameIn(lex, 'The bridge, closed in May, reopens in two years.', 'two years').metric.includes(lex.concept('close')));
  });
  const SOURCE = 'Lawyers said the four, from Leeds, have been held by the army at Camp Orrin for almost three years.';
  it('so another length of the same holding is contradicted, the same one supported', () => {
    assert.equal(judged(SOURCE, 'They have been held for almost two years.', 'two years'), 'contradicted three years');
    assert.equal(judged(SOURCE, 'They have been held for almost three years.', 'three years'), 'supported three years');
  });
});

describe('reading families (session 32): an age written "41 year-old", with a space', () => {
  it('is the bare number, an age, of the name after it — as "41-year-old" is', () => {
    const spaced = extractFigures('However the 37 year-old Okafor was unsure whether he would play.');
    assert.deepEqual(spaced.map((f) => `${f.text} ${f.kind}`), ['37 count']);
    const fr = frameIn(lex, 'However the 37 year-old Okafor was unsure whether he would play.', '37');
    assert.equal(fr.role, 'age');
    assert.deepEqual(fr.subject, ['okafor']);
    assert.deepEqual(fr.metric, []);
    // a plain span stays what it was ("37 years old" is an age too since session 46, the bare number)
    assert.deepEqual(extractFigures('He waited 37 years.').map((f) => f.kind), ['duration']);
    assert.deepEqual(extractFigures('He is 37 years old.').map((f) => `${f.text} ${f.kind}`), ['37 count']);
  });
  const SOURCE = 'However the 37 year-old Okafor, who became the oldest player to score in the cup, is unsure whether he will play.';
  it('so the person\'s age is supported, another contradicted', () => {
    assert.equal(judged(SOURCE, 'Okafor, 37, is the oldest player to score in the cup.', '37'), 'supported 37');
    assert.equal(judged(SOURCE, 'Okafor, 39, is the oldest player to score in the cup.', '39'), 'contradicted 37');
  });
  it('a connective opening the sentence names nothing measured', () => {
    assert.ok(!frameIn(lex, 'Meanwhile 300 workers lost their jobs.', '300').metric.includes('meanwhile'));
  });
});

describe('reading families (session 32): a past participle between a count and its noun describes the noun', () => {
  it('"12 deprived communities", "5,000 hijacked computers": the noun is counted', () => {
    assert.equal(frameIn(lex, 'The scheme runs in 12 deprived communities.', '12').metric[0], lex.concept('community'));
    assert.equal(frameIn(lex, 'The attack used 5,000 hijacked computers.', '5,000').metric[0], lex.concept('computer'));
    // (a verb after the count is no participle of a noun: "5,000 visited London")
    assert.notEqual(frameIn(lex, 'Last year 5,000 visited London.', '5,000').metric[0], lex.concept('london'));
  });
  const SOURCE = "Marl Telecom's Reach Out project offers internet access to people in eight deprived communities around Wales.";
  it('so another count of the communities is contradicted, the same one supported', () => {
    assert.equal(judged(SOURCE, "Marl Telecom's Reach Out project runs in 11 deprived communities.", '11'), 'contradicted eight');
    assert.equal(judged(SOURCE, "Marl Telecom's Reach Out project runs in eight deprived communities.", 'eight'), 'supported eight');
  });
});

describe('reading families (session 32): a contraction opening a sentence is no name', () => {
  it('"We\'re", "They\'ve", "I\'m" are function words; a name\'s possessive stays a name', () => {
    const toks = (t: string) => frameTokens(t, 0, t.length, extractFigures(t), lex, () => true);
    const first = (t: string) => toks(t)[0];
    for (const t of ["We're talking about roughly 2% of the portfolio.", "They've sold 300 copies.", "I'm told 40 people came.", "We\u2019ll see 10 more."]) {
      assert.equal(first(t).kind, 'word', t);
      assert.equal(first(t).func, true, t);
    }
    assert.equal(first("Harlan's sales rose 5%.").kind, 'name');
  });
});

describe('reading families (session 32): places "came home second" and "a record third title"', () => {
  it('are ordinals; "a record profit" holds none', () => {
    const ords = (t: string) => extractFigures(t).filter((f) => f.kind === 'ordinal').map((f) => f.text);
    assert.deepEqual(ords('Tessa Lund came home second in the 10km.'), ['second']);
    assert.deepEqual(ords('Both clubs are chasing a record third title.'), ['third']);
    assert.deepEqual(ords('The bank made a record profit.'), []);
    assert.deepEqual(ords('She came home with a third of the prize.'), []);
  });
  it('a place "came home" in is a rank: another place of the same runner contradicted', () => {
    const source = 'Another Welsh international, Tessa Lund, finished fourth in the 10km race.';
    assert.equal(judged(source, 'Tessa Lund came home second in the 10km race.', 'second'), 'contradicted fourth');
    assert.equal(judged(source, 'Tessa Lund came home fourth in the 10km race.', 'fourth'), 'supported fourth');
  });
});

describe('reading families (session 32): "could rise as high as X" and a superseded estimate', () => {
  it('"as high as" after a verb of change is a level reached; "as much as" stays a change', () => {
    const fr = frameIn(lex, 'Inflation could rise as high as 11%.', '11%');
    assert.equal(fr.role, 'level');
    assert.equal(fr.end, 'to');
    assert.equal(frameIn(lex, 'Prices could climb as much as 5%.', '5%').role, 'change');
  });
  it('"a previous estimate of 9%" is a superseded value; "the previous 18 months" is no value', () => {
    assert.equal(frameIn(lex, 'Inflation could climb to 11% compared to a previous estimate of 9%.', '9%').superseded, true);
    assert.equal(frameIn(lex, 'He learned more than in the previous 18 months.', '18 months').superseded, undefined);
  });
  const SOURCE = 'Inflation in Marovia could climb to 11% compared to a previous estimate of 9%.';
  it('so the old value given as the new one is contradicted by the new, the new one supported', () => {
    assert.equal(judged(SOURCE, 'Inflation in Marovia could rise as high as 9%.', '9%'), 'contradicted 11%');
    assert.equal(judged(SOURCE, 'Inflation in Marovia could rise as high as 11%.', '11%'), 'supported 11%');
    assert.equal(judged(SOURCE, 'Inflation in Marovia had been estimated at a previous estimate of 9%.', '9%').split(' ')[0], 'supported');
  });
});

describe('reading families (session 32): whom a speaker told is no one the figure is about', () => {
  it('"told MPs that" addresses MPs: not the subject, not a name the source must give', () => {
    const fr = frameIn(lex, 'Ada Brennan told MPs that 70% of the bill was about safety.', '70%');
    assert.deepEqual(fr.addressed, ['mp']);
    assert.ok(!fr.subject.includes('mp'));
    assert.equal(frameIn(lex, 'Ada Brennan said MPs backed 70% of the bill.', '70%').addressed, undefined);
  });
  const SOURCE = 'At question time Ada Brennan assured Parliament that 60% of the bill was about tightening safety rules.';
  it('so another share is contradicted, the same one supported', () => {
    assert.equal(judged(SOURCE, 'Ada Brennan told MPs that 70% of the bill was about tightening safety rules.', '70%'), 'contradicted 60%');
    assert.equal(judged(SOURCE, 'Ada Brennan told MPs that 60% of the bill was about tightening safety rules.', '60%'), 'supported 60%');
  });
});
