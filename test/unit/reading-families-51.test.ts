// Reading families of session 51 (issue 9), found on the development notes' misses: a rate shorter
// than a year the source never states, names counted before a rate, "N other things", the owner of
// a partitive's whole, a span of time for something to do, and a release said "came out". Every
// sentence and name is written for the test.
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';
import { judgedAgainst, judgedStory } from './check-helpers';

const lex = new Lexicon();

describe('reading families (session 51): a rate shorter than a year that the source never states', () => {
  it('"50,000 new gadgets a day" against "50,000 new gadgets will be shown as the fair unfolds" is contradicted', () => {
    assert.equal(judgedAgainst('About 50,000 new gadgets will be shown as the Tavira fair unfolds.', 'About 50,000 new gadgets a day will be shown at the Tavira fair.', '50,000'), 'contradicted 50,000');
  });

  it('a monthly rate against a total "in recent months", and a daily rate against a total over three days, are contradicted', () => {
    assert.equal(judgedAgainst('Ofwatch has received 45,000 complaints in recent months about diverted calls.', 'Ofwatch has been receiving 45,000 complaints a month.', '45,000'), 'contradicted 45,000');
    assert.equal(judgedAgainst('The film Harrow Lane took £7.2m in three days, eight times more than its nearest rival.', 'Harrow Lane was taking £7.2m a day over its opening weekend.', '£7.2m'), 'contradicted £7.2m');
  });

  it('a yearly rate against an undated total is still supported (a year\'s sales are often given bare)', () => {
    assert.equal(judgedAgainst('Kelvor sold 400,000 scooters.', 'Kelvor sells 400,000 scooters a year.', '400,000'), 'supported 400,000');
  });

  it('a source sentence that states a rate anywhere, even after a bracketed conversion and a semicolon, still supports', () => {
    const r = judgedAgainst('Dravia says waste in its transport ministry has cost it 2bn dinars ($3m; £2m) a month.', 'Dravia says waste is costing it 2bn dinars a month.', '2bn dinars');
    assert.notEqual(r.split(' ')[0], 'contradicted', r);
  });

  it('a month\'s total still supports a monthly rate', () => {
    assert.equal(judgedAgainst('Kelvor sold 40,000 scooters in May, the firm said.', 'Kelvor sells 40,000 scooters a month.', '40,000'), 'supported 40,000');
  });

  it('a share of people doing something each month is no rate: "14% snap a photo each month" is not contradicted by "the figure is 14%"', () => {
    const r = judgedStory(['Phone snaps', 'In Norland, more people than ever use a phone camera every month, a poll found.', 'Two years ago the figure was 4%. Now the figure is 14%.'], 'In Norland 14% snap a photo each month.', '14%');
    assert.notEqual(r.split(' ')[0], 'contradicted');
  });

  it('a rate is read before "since" and a date ("1,200 sessions a day since May"), and after a counted name ("100,000 PDAs a month")', () => {
    assert.equal(frameIn(lex, 'The kiosk has logged 1,200 sessions a day since May.', '1,200').per, 'day');
    assert.equal(frameIn(lex, 'Telvia is selling 100,000 PDAs a month in Europe.', '100,000').per, 'month');
    // (…but "a day since" before no date is an interval, not a rate)
    assert.equal(frameIn(lex, 'It had sold 300 bikes a day since the launch.', '300').per, undefined);
  });

  it('the same value per a day and per a week is contradicted, the rate read past "since May"', () => {
    assert.equal(judgedAgainst('Since May the kiosk has registered 1,200 sessions per week.', 'The kiosk has logged 1,200 sessions a day since May.', '1,200'), 'contradicted 1,200');
  });
});

describe('reading families (session 51): what a count counts', () => {
  it('"N other things" counts the things: "eight other towns" / "the nine other towns"', () => {
    assert.deepEqual(frameIn(lex, 'The poll covered eight other towns.', 'eight').metric.slice(0, 1), ['town']);
    assert.equal(judgedAgainst('Cabs in Arlen lost as many phones as in any of the nine other towns polled.', 'The poll covered eight other towns.', 'eight'), 'contradicted nine');
  });

  it('"13 of Britain\'s 659 MPs" counts MPs, not Britain', () => {
    assert.deepEqual(frameIn(lex, "Just 13 of Norland's 420 senators are women, she said.", '13').metric, ['senator']);
  });

  it('two spans of time for the same thing to do are one measure: "five days to recover" / "only six days to recover"', () => {
    assert.equal(frameIn(lex, 'They have five days to recover before facing Arlen.', 'five days').purpose, 'recover');
    assert.equal(judgedAgainst('Now we have to focus on Arlen and only six days to recover.', 'They have five days to recover before facing Arlen.', 'five days'), 'contradicted six days');
  });

  it('a span with a purpose still supports a note that leaves the purpose out', () => {
    assert.equal(judgedAgainst('Buyers will decamp to Arlen Springs for 11 days to search for small films.', 'Film buyers will spend 11 days in Arlen Springs.', '11 days'), 'supported 11 days');
  });
});

describe('reading families (session 51): a release said "came out"', () => {
  it('"came out in 2004" against "was released in 2003" is contradicted; the same year supported', () => {
    const src = 'The third studio album, Zephyr Park, was released in 2003, providing two hit singles.';
    assert.equal(judgedAgainst(src, 'The album Zephyr Park came out in 2004.', '2004'), 'contradicted 2003');
    assert.equal(judgedAgainst(src, 'The album Zephyr Park came out in 2003.', '2003'), 'supported 2003');
  });

  it('"came out of recession" is no release', () => {
    const toks = frameIn(lex, 'The economy came out of recession in 2003.', '2003');
    assert.ok(!toks.metric.includes(lex.concept('release')), JSON.stringify(toks.metric));
    assert.notEqual(judgedAgainst('The album Zephyr Park was released in 2003.', 'Zephyr Park came out of recession in 2004.', '2004').split(' ')[0], 'contradicted');
  });
});

describe('reading families (session 51): a modal of the main clause is not the time clause\'s', () => {
  it('"could face action after three fans were arrested": the arrests happened', () => {
    assert.equal(frameIn(lex, 'Norham could also face action after three fans were arrested for throwing coins.', 'three').period.mode, 'past');
    // (…while the main clause's own figure is still a plan)
    assert.equal(frameIn(lex, 'Norham could face a fine of £5,000 after the match.', '£5,000').period.mode, 'plan');
  });

  it('"Four fans were arrested" against "could face action after three fans were arrested" is contradicted', () => {
    assert.equal(judgedAgainst('Norham could also face action after three fans were arrested for throwing coins on the pitch.', 'Four Norham fans were arrested for throwing coins.', 'Four'), 'contradicted three');
  });
});

describe('reading families (session 51): whose figure it is', () => {
  it('an agent after an action\'s object is named with the figure: "a separate prosecution of five insurers by the State of Arvon"', () => {
    assert.deepEqual(frameIn(lex, 'It faces a separate prosecution of five insurers by the State of Arvon.', 'five').agentAfter, ['state', 'arvon']);
    assert.equal(
      judgedAgainst('Kelso faces an inquiry by a top law officer, and a separate prosecution of five insurers by the State of Arvon.', 'Arvon is separately prosecuting four insurers.', 'four'),
      'contradicted five',
    );
  });

  it('a pronoun opening the clause is the subject, not the place after the verb: "He has competed in Belgrade five times"', () => {
    assert.deepEqual(frameIn(lex, 'He has competed in Belgrade five times.', 'five').subject, []);
    // (…a date's place still says which day: "They missed a test in Belgrade on 11 August")
    assert.deepEqual(frameIn(lex, 'They missed a test in Belgrade on 11 August.', '11 August').subject, ['belgrade']);
    assert.equal(judgedAgainst('Tom Varley has competed four times at the Belgrade Film Festival.', 'He has competed in Belgrade five times.', 'five'), 'contradicted four');
  });
});

describe('reading families (session 51): "the third X in its history" is a place in a series', () => {
  const ordinals = (s: string) => extractFigures(s).filter((f) => f.kind === 'ordinal').map((f) => f.text);
  it('an ordinal closed by the span its series is counted over is a figure', () => {
    assert.deepEqual(ordinals("This is the third restructuring in the company's history."), ['third']);
    assert.deepEqual(ordinals('Mara Lind\'s nomination was the third of her career.'), ['third']);
    assert.deepEqual(ordinals('It is the second tribunal in living memory to hear such claims.'), ['second']);
    assert.deepEqual(ordinals('Quorra is the third big search firm this week to report a revival.'), ['third']);
    assert.deepEqual(ordinals("The buyout is the second in the firm's troubled financial history."), ['second']);
  });

  it('…not without such a span, nor "the first time in its history", nor "the fifth of November"', () => {
    assert.deepEqual(ordinals('This is the third major settlement in the class action.'), []);
    assert.deepEqual(ordinals('It was the first time in its history.'), []);
    assert.deepEqual(ordinals('They met on the fifth of November.'), []);
  });

  it('"the third restructuring in the company\'s history" against "the second in the firm\'s history" is contradicted', () => {
    assert.equal(
      judgedStory(['Orvane deal', 'Orvane shareholders approved a plan to restructure its debts.', "The restructuring deal is the second in the firm's troubled financial history."], "This is the third restructuring in Orvane's history.", 'third'),
      'contradicted second',
    );
  });
});

describe('reading families (session 51): "have failed to win since 1970" is "last won in 1970"', () => {
  const src = 'Norland have won single Tests, but have failed to win the Wessex Shield (with a series victory) since 1970.';
  it('a denied "since" date supports the note\'s "last … in" of that year, and contradicts another year', () => {
    assert.equal(frameIn(lex, src, '1970').sinceDenied, true);
    assert.equal(judgedAgainst(src, 'Norland last won the Wessex Shield in 1970.', '1970'), 'supported 1970');
    assert.equal(judgedAgainst(src, 'Norland last won the Wessex Shield in 1972.', '1972'), 'contradicted 1970');
  });

  it('…not a "since" that is not denied: "have won it every year since 1970" is no last win', () => {
    assert.equal(frameIn(lex, 'Norland have won the Wessex Shield every year since 1970.', '1970').sinceDenied, undefined);
    assert.equal(judgedAgainst('Norland have won the Wessex Shield every year since 1970.', 'Norland last won the Wessex Shield in 1970.', '1970'), 'unverified');
  });
});

describe('reading families (session 51): two guards found by the bench\'s generated notes', () => {
  it('"in its first roughly three days" is an opening stretch, no place in a series', () => {
    assert.deepEqual(extractFigures('The film took $22.7m in its first roughly three days of release.').filter((f) => f.kind === 'ordinal'), []);
  });

  it('the sole age of a source whose story names none of the note sentence\'s names is no one\'s age there', () => {
    const story = ['Stage star hurt', 'The 33-year-old injured herself while performing in Leeds, and had hoped to recover in time.'];
    assert.equal(judgedStory(story, "The 18-year-old will play alongside Falcons' team-mate Jon Brack in Norland's midfield.", '18'), 'unverified');
    // (…while a sentence naming no one still meets the sole age)
    assert.equal(judgedStory(story, 'The 35-year-old injured herself while performing.', '35'), 'contradicted 33');
  });
});

describe('reading families (session 51): guards of the short rate, found on held-out and AVeriTeC rows', () => {
  it('an age apposed to a name before an aside between dashes is an age: "her son\'s killer, Tom Vail, 17 - who was jailed for life - had …"', () => {
    assert.equal(frameIn(lex, "His mother said her son's killer, Tom Vail, 17 - who was jailed for life in May - had copied the game.", '17').role, 'age');
  });

  it('a total in a sentence that dates something is no bare total: "every month 17.5 million grants" / "17,731,402 grants were paid from December 2018"', () => {
    const r = judgedStory(['Grants', 'In Norland, 17,731,402 social grants were paid from December 2018.'], 'Every month 17.5 million social grants are paid in Norland.', '17.5 million');
    assert.notEqual(r.split(' ')[0], 'contradicted', r);
    assert.equal(frameIn(lex, 'In Norland, 17,731,402 social grants were paid from December 2018.', '17,731,402').datedNearby, true);
  });
});

describe('reading families (session 51, from bbc-45 and bbc-46): results and full dates', () => {
  it('a set lost that opens a result after the winner\'s name is a set: "Result: Nadal 6-7 (6/8) 6-2 …"', () => {
    const scores = (s: string) => extractFigures(s).filter((f) => f.kind === 'score').map((f) => f.text);
    assert.deepEqual(scores('Result: Ravel 6-7 (6/8) 6-2 7-6 (8/6) 6-2 Dunmore'), ['6-7', '6-2', '7-6', '6-2']);
    assert.deepEqual(scores('Ravel 6-7 6-2 Dunmore'), ['6-7', '6-2']);
    // (…a rising pair after a name with no set after it is no score)
    assert.deepEqual(scores('The Liberals 6-7 seats'), []);
  });

  it('a day written with its month and year is part of the year\'s date: "on 18 March 2003" against "on 17 March 2003" is contradicted', () => {
    assert.equal(frameIn(lex, 'It was published on 18 March 2003.', '2003').dayOfMonth, 18);
    assert.equal(frameIn(lex, 'It opened on March 18, 2003.', '2003').dayOfMonth, 18);
    const src = 'A statement on Lord Vane\'s view presented in a written parliamentary answer on 17 March 2003 - just before a crucial vote - did not say this.';
    assert.equal(judgedAgainst(src, 'The written parliamentary answer was published on 18 March 2003.', '2003'), 'contradicted 2003');
    assert.equal(judgedAgainst(src, 'The written parliamentary answer was published on 17 March 2003.', '2003'), 'supported 2003');
  });
});

describe('reading families (session 51, from bbc-45 and bbc-46): a match\'s halves and kicks', () => {
  it('"after the break" is the second half, "before half-time" the first', () => {
    assert.equal(frameIn(lex, 'Yann Ravel kicked six penalties after the break as Norland came back.', 'six').period.half, 2);
    assert.equal(frameIn(lex, 'Yann Ravel kicked two penalties before half-time.', 'two').period.half, 1);
  });

  it('"slotted over four penalties" is four, no "more than four": "kicked six penalties after the break" is contradicted', () => {
    assert.equal(extractFigures('Yann Ravel slotted over four penalties.').find((f) => f.text === 'four')?.hedge, undefined);
    const src = 'Arlen failed to score in the second half and Yann Ravel slotted over four penalties as Norland overhauled the deficit.';
    assert.equal(judgedAgainst(src, 'Yann Ravel kicked six penalties after the break as Norland came back.', 'six'), 'contradicted four');
  });

  it('a part of a month glued to its name is the year\'s month: "in mid-July 2004"', () => {
    assert.equal(frameIn(lex, 'The first worm surfaced in mid-July 2004.', '2004').monthOfYear, 7);
  });
});

describe('reading families (session 51, from bbc-45): three false alarms', () => {
  it('a score on the way is no misquote of the result: "went down 18-17" / "went in at half-time with a 17-6 lead"', () => {
    const story = ['Norland beaten', 'Norland went in at half-time with a 17-6 lead but failed to score in the second half.', "Coach Vane admitted his kicking played a big part in Norland's 18-17 defeat to Arlen."];
    assert.equal(judgedStory(story, 'Norland went down 18-17 to Arlen.', '18-17'), 'supported 18-17');
    assert.notEqual(judgedStory(story.slice(0, 2), 'Norland went down 18-17 to Arlen.', '18-17').split(' ')[0], 'contradicted');
  });

  it('past another figure, a "from" and a month is that figure\'s base, not the first figure\'s month: "was $55.5bn, up 9% from September"', () => {
    assert.equal(frameIn(lex, 'The trade shortfall was $55.5bn, up 9% from September, the department said.', '$55.5bn').period.month, undefined);
    // (…while a figure's own "from" still dates the start it names)
    assert.equal(frameIn(lex, 'Sales rose to 5,000 in May from 4,000 in April.', '5,000').period.month, 5);
  });

  it('a span written as an adjective of the figure\'s noun is its stretch: "the 10 month deficit to $500.5bn"', () => {
    assert.equal(frameIn(lex, 'That pushed the 10 month deficit to $500.5bn.', '$500.5bn').period.span, '10month');
    const story = ['Trade gap', 'The trade deficit widened in October to a record.', 'The trade shortfall was $55.5bn, up 9% from September, the department said.', 'That pushed the 10 month deficit to $500.5bn.'];
    assert.equal(judgedStory(story, 'The trade deficit reached a record $55.5bn in October.', '$55.5bn'), 'supported $55.5bn');
  });
});

describe('reading families (session 51, from bbc-45 and bbc-46): words that meet, and a report\'s rate word', () => {
  it('an investigation is a probe, a car a vehicle', () => {
    assert.equal(judgedAgainst('The fines came after a 15-month probe into claims that the Orvane group misled investors.', 'The fines followed an 18-month investigation into claims that investors were misled.', '18-month'), 'contradicted 15-month');
    assert.equal(judgedAgainst('Carmaker Velotrax has sold 2.1% more cars in 2004 than in the previous year.', 'Velotrax sold 3.1% more vehicles in 2004 than a year earlier.', '3.1%'), 'contradicted 2.1%');
  });

  it('a rate word of a report is no rate of its figures: "in a monthly report Quell said two e-mails made the list"', () => {
    assert.equal(frameIn(lex, 'In a monthly report the firm Quell said that two e-mails about the flood made it to the top 10 hoax list during January.', 'two').per, undefined);
    assert.equal(frameIn(lex, 'It has an annual turnover of £5m.', '£5m').per, 'year');
    assert.equal(
      judgedAgainst('In a monthly report the firm Quell said that two e-mails about the flood made it to the top 10 hoax list during January.', 'Three flood e-mails made the top 10 hoax list in January, according to Quell.', 'Three'),
      'contradicted two',
    );
  });
});

describe('reading families (session 51, from bbc-45): a fronted date dates the event after its comma', () => {
  it('"In 2001, the company set up a fund" is an origin; "set up its fund in 2003" against it is contradicted', () => {
    assert.equal(frameIn(lex, 'In 2001, the company set up a fund to compensate victims.', '2001').event, 'origin');
    assert.equal(frameIn(lex, 'The film was made in 2001. In 2003, he joined the firm.', '2003').event, 'joined');
    assert.equal(judgedAgainst('In 2001, the company set up a fund to compensate victims.', 'The company had set up its original compensation fund in 2003.', '2003'), 'contradicted 2001');
  });

  it('…not a date in mid-sentence before a comma: "He left in 2001, and the firm set up a fund"', () => {
    assert.equal(frameIn(lex, 'Some say he left in 2001, the firm set up a fund later.', '2001').event, 'left');
  });
});

describe('reading families (session 51, from bbc-45): a sign flipped', () => {
  it('"grew by 0.1%" against "a growth rate of -0.1%" is contradicted at the lower bar of a direction slip', () => {
    const src = 'In the three-months to January, like-for-like sales showed a growth rate of -0.1%, the same as in the three months to December.';
    assert.equal(judgedAgainst(src, 'In the three months to January like-for-like sales grew by 0.1%.', '0.1%'), 'contradicted -0.1%');
    // (…while another value at that bar is still no contradiction)
    assert.equal(judgedAgainst(src, 'In the three months to January like-for-like sales grew by 0.3%.', '0.3%'), 'unverified');
  });
});

describe('reading families (session 51, from bbc-46): the time left in a match', () => {
  it('"with 18 minutes left" / "with eight minutes remaining" measure one thing: contradicted; "eight minutes to go" supported', () => {
    assert.equal(frameIn(lex, 'Ray Vane sealed it with 18 minutes left.', '18 minutes').purpose, 'remain');
    const src = 'Striker Ray Vane secured victory, lobbing the keeper with eight minutes remaining.';
    assert.equal(judgedAgainst(src, 'Ray Vane sealed it with 18 minutes left.', '18 minutes'), 'contradicted eight minutes');
    assert.equal(judgedAgainst(src, 'Ray Vane sealed it with eight minutes to go.', 'eight minutes'), 'supported eight minutes');
  });
});

describe('reading families (session 51, from bbc-45): two values of a sentence swapped (check/swapped.ts)', () => {
  const src = 'Ray Vane was left out for the November internationals, but scored four tries in three Norland appearances.';
  it('"three tries in four appearances" against "four tries in three appearances": both contradicted, each by the figure measuring what it measures', () => {
    assert.equal(judgedAgainst(src, 'Ray Vane scored three tries in four Norland appearances.', 'three'), 'contradicted four');
    assert.equal(judgedAgainst(src, 'Ray Vane scored three tries in four Norland appearances.', 'four'), 'contradicted three');
  });
  it('…the values in their places are supported, and one value alone is no swap', () => {
    assert.equal(judgedAgainst(src, 'Ray Vane scored four tries in three Norland appearances.', 'four'), 'supported four');
    assert.equal(judgedAgainst(src, 'Ray Vane scored four tries in three Norland appearances.', 'three'), 'supported three');
    assert.notEqual(judgedAgainst(src, 'Ray Vane made three Norland appearances.', 'three').split(' ')[0], 'contradicted');
  });
});

describe('reading families (session 51): no swap without two counted nouns crossed', () => {
  it('"signed up 600,000 users, taking its total to almost 3.3 million" against one passage stating both is supported, not swapped', () => {
    const story = ['Broadband rush', 'Telvia added 600,000 broadband connections in the quarter. The 600,000 connections take the total number of people in Norland signing up for broadband from Telvia to almost 3.3 million.'];
    assert.equal(judgedStory(story, 'Telvia signed up 600,000 broadband users in the quarter, taking its total to almost 3.3 million.', '600,000'), 'supported 600,000');
    assert.equal(judgedStory(story, 'Telvia signed up 600,000 broadband users in the quarter, taking its total to almost 3.3 million.', '3.3 million'), 'supported 3.3 million');
  });
});

describe('reading families (session 51, from bbc-45): a count gapped after the next name of a pair', () => {
  const counts = (s: string) => extractFigures(s).filter((f) => f.kind === 'count').map((f) => f.text);
  it('"Arlen supply 12 players and Dunmore 11" reads both counts, a citation after the second too', () => {
    assert.deepEqual(counts('Arlen supply 12 players and Dunmore 11.'), ['12', '11']);
    assert.deepEqual(counts('Arlen supply 12 players and Dunmore 11 [@squad].'), ['12', '11']);
    assert.deepEqual(counts('Leo Gray was 43 and Robert James Alcott 37.'), ['43', '37']);
  });
  it('…never a name\'s own number: "Windows 95 and Windows 98", nor one with a clause after it', () => {
    assert.deepEqual(counts('Windows 95 and Windows 98 were released.'), []);
    assert.deepEqual(counts('Arlen supply 12 players and Channel 4 shows the match.'), ['12']);
    assert.deepEqual(counts('Zed won a total of 10 awards - but Shrek 2, which had seven nominations, won none.').filter((x) => x === '2'), []);
  });
});

describe('reading families (session 51): a "respectively" list of names, the word after the noun', () => {
  const S = 'Dunmore and Arlen have 12 and 11 players in the squad respectively, while four other players are included.';
  it('each name takes its own value: "Dunmore has 12" supported, "Dunmore has 11" contradicted by 12', () => {
    assert.equal(judgedAgainst(S, 'Dunmore has 12 players in the squad.', '12'), 'supported 12');
    assert.equal(judgedAgainst(S, 'Dunmore has 11 players in the squad.', '11'), 'contradicted 12');
    assert.equal(judgedAgainst(S, 'Arlen has 11 players in the squad.', '11'), 'supported 11');
  });
});
