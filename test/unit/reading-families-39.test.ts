// Reading families of session 39 (issue 9), found on bbc-21 and bbc-22 once they became development
// notes. Every sentence and every name here is written for the test.
import * as assert from 'node:assert/strict';
import { checkAgainst, judgedTitled, resultOf } from './check-helpers';

describe('reading families (session 39): what a value counts is the head of its noun phrase, past adjectives', () => {
  const T = 'A shed full of gadgets';
  const S = 'In the shed Mara Quill keeps two broken radios, an old 486 tower, two old pagers, five rusty scooters, three vintage mobile phones and a box of cables.';
  it('"five old scooters" counts scooters — the "five rusty scooters" support stands; "two old pagers" counts pagers', () => {
    assert.equal(judgedTitled(T, S, 'Quill keeps five old scooters in her shed.', 'five'), 'supported five');
  });
  it('"three old mobile phones" is supported by "three vintage mobile phones", past two adjectives', () => {
    assert.equal(judgedTitled(T, S, 'Quill keeps three old mobile phones in her shed.', 'three'), 'supported three');
  });
  it('the adjective alone decides nothing: "two old scooters" is no reading of "two old pagers"', () => {
    assert.notEqual(judgedTitled(T, S, 'Quill keeps two old scooters in her shed.', 'two'), 'supported two');
  });
});

describe('reading families (session 39): a passive\'s agent after the figure is who did it', () => {
  const T = 'Assembly rebukes mayor';
  const S = 'On Tuesday, the mayor said he would write to the chairman of the assembly. Two motions were passed by the London Assembly, which is made up of 25 members elected to watch the mayor, on Monday asking him to say sorry.';
  it('"The London Assembly passed three motions" is contradicted by "Two motions were passed by the London Assembly"', () => {
    assert.equal(judgedTitled(T, S, 'The London Assembly passed three motions asking him to say sorry.', 'three'), 'contradicted Two');
  });
  it('the right count is supported', () => {
    assert.equal(judgedTitled(T, S, 'The London Assembly passed two motions asking him to say sorry.', 'two'), 'supported Two');
  });
  it('another body is not the agent', () => {
    assert.equal(judgedTitled(T, S, 'The Leeds Assembly passed three motions asking him to say sorry.', 'three'), 'unverified');
  });
});

describe('reading families (session 39): "X was worth $N" measures X, as "a $N X" does', () => {
  const T = 'Norland gas deal';
  const S = 'Last April, Norland signed a $240m agreement to buy gas from its neighbour. The new deal replaces it.';
  it('"The original agreement, signed last April, was worth $420m" is contradicted by "a $240m agreement"', () => {
    assert.equal(judgedTitled(T, S, 'The original agreement, signed last April, was worth $420m.', '$420m'), 'contradicted $240m');
  });
  it('the right sum is supported', () => {
    assert.equal(judgedTitled(T, S, 'The original agreement, signed last April, was worth $240m.', '$240m'), 'supported $240m');
  });
  it('another thing said to be worth a sum is not the agreement', () => {
    assert.equal(judgedTitled(T, S, 'The pipeline in Norland was worth $310m.', '$310m'), 'unverified');
  });
});

describe('reading families (session 39): a place in a ranking given with its value ("was fourth with almost $37.5m")', () => {
  const T = 'Top earners';
  const S = 'Rock band Tarnish topped the list, earning $61.2m from its world tour. Singer Vela Moss was second, as she earned $48.3m while touring. They were ahead of Sir Ivo Drake, who took fourth place and almost $37.5m from concerts. Kestrel were in fifth place with $30.1m.';
  it('"was fourth with" is a place: supported by "took fourth place"', () => {
    assert.equal(judgedTitled(T, S, 'Ivo Drake was fourth with almost $37.5m.', 'fourth'), 'supported fourth');
  });
  it('a wrong place is contradicted', () => {
    assert.equal(judgedTitled(T, S, 'Ivo Drake was fifth with almost $37.5m.', 'fifth'), 'contradicted fourth');
  });
  it('the place read, the value is measured as the source\'s: "more than" against "almost" is contradicted', () => {
    assert.equal(judgedTitled(T, S, 'Ivo Drake was fourth with more than $37.5m.', '$37.5m'), 'contradicted $37.5m');
  });
});

describe('reading families (session 39): two values of one source sentence swapped in the note\'s sentence', () => {
  const T = 'US firm admits bribery';
  const S = 'A US defence company has agreed to pay $31.5m after admitting bribery in Norland. Orvane Corp pleaded guilty to falsifying its accounts. It agreed to pay $14m in criminal penalties, as well as $17.5m to settle a civil lawsuit brought by the US financial watchdog.';
  const swappedNote = 'That sum is made up of $17.5m in criminal penalties and $14m to settle the watchdog\'s civil case.';
  it('the figure whose words name the other value\'s stretch is contradicted by that value', () => {
    assert.equal(judgedTitled(T, S, swappedNote, '$17.5m'), 'contradicted $14m');
  });
  it('…and so is its twin, which took the first figure\'s value', () => {
    assert.equal(judgedTitled(T, S, swappedNote, '$14m'), 'contradicted $17.5m');
  });
  it('the values in their right places are both supported', () => {
    const right = 'That sum is made up of $14m in criminal penalties and $17.5m to settle the watchdog\'s civil case.';
    assert.equal(judgedTitled(T, S, right, '$14m'), 'supported $14m');
    assert.equal(judgedTitled(T, S, right, '$17.5m'), 'supported $17.5m');
  });
});

describe('reading families (session 39): singles and doubles are other events of one sport', () => {
  const T = 'Kovacs returns';
  const S = 'Kovacs, who retired in 1994, will play doubles events in 2005. Kovacs has won three Grand Slam mixed doubles titles since she came out of retirement.';
  it('"18 Grand Slam singles titles" is not contradicted by "three Grand Slam mixed doubles titles"', () => {
    assert.equal(judgedTitled(T, S, 'Kovacs won 18 Grand Slam singles titles before she retired.', '18'), 'unverified');
  });
  it('a wrong count of the same event still is', () => {
    assert.equal(judgedTitled(T, S, 'Kovacs has won four Grand Slam mixed doubles titles since her comeback.', 'four'), 'contradicted three');
  });
});

describe('reading families (session 39): a gap in points behind a side is where it stands, whatever the verb', () => {
  const T = 'Ravena lose again';
  const S = 'Leaders Corvo beat Amara 2-0 on Sunday. Ravena slipped to 11 points behind leaders Corvo with a 1-0 defeat at the hands of Sella on Wednesday.';
  it('"fell 11 points behind Corvo" is supported by "slipped to 11 points behind leaders Corvo"', () => {
    assert.equal(judgedTitled(T, S, 'Ravena fell 11 points behind Corvo after losing to Sella.', '11'), 'supported 11');
  });
  it('a wrong gap is contradicted', () => {
    assert.equal(judgedTitled(T, S, 'Ravena fell 13 points behind Corvo after losing to Sella.', '13'), 'contradicted 11');
  });
});

describe('reading families (session 39): names and ages listed between commas', () => {
  const T = 'Boys share role';
  const S = 'Three boys will share the demanding title role of the new musical. The three boys playing the part are Tom Reece, 15, Owen Marsh, 14, and Liam Hart, 12.';
  it('each age is its own name\'s: "Owen Marsh is 15" is contradicted by his 14, not supported by Tom Reece\'s 15', () => {
    assert.equal(judgedTitled(T, S, 'Owen Marsh is 15.', '15'), 'contradicted 14');
    assert.equal(judgedTitled(T, S, 'Tom Reece is 15.', '15'), 'supported 15');
  });
  it('the last of the list is an age too, and "NAME, an aside, is 13" states one', () => {
    assert.equal(judgedTitled(T, S, 'Liam Hart, the youngest of the boys sharing the title role, is 13.', '13'), 'contradicted 12');
    assert.equal(judgedTitled(T, S, 'Liam Hart, the youngest of the boys sharing the title role, is 12.', '12'), 'supported 12');
  });
  it('a name a preposition puts after the value before is that value\'s, not the next one\'s ("seven on Brandt, five on Osei")', () => {
    const fouls = '"There were 24 fouls in the game by Corvo, seven on Brandt, five on Osei, six by Marek - and it was only his sixth foul that got him booked."';
    assert.notEqual(judgedTitled('Fouls row', fouls, 'Five of Corvo\'s fouls were on Brandt, he said.', 'Five'), 'supported five');
  });
});

describe('reading families (session 39): a payment is what is paid', () => {
  const S = 'Last month Corbel agreed to pay $620m to settle a lawsuit filed by the state\'s attorney general.';
  it('"agree a $640m payment" is contradicted by "agreed to pay $620m"', () => {
    assert.equal(judgedTitled('Corbel settles', S, 'Corbel went on to agree a $640m payment to settle the lawsuit.', '$640m'), 'contradicted $620m');
  });
  it('the right sum is supported', () => {
    assert.equal(judgedTitled('Corbel settles', S, 'Corbel went on to agree a $620m payment to settle the lawsuit.', '$620m'), 'supported $620m');
  });
});

describe('reading families (session 39): a year with the event it dates, stated by another source', () => {
  const files = {
    'story.txt': 'Quarnby buys games studio\n\nGames firm Quarnby has bought the studio Velmoor for an undisclosed sum. Velmoor made several hit titles for consoles.\n',
    'other.txt': 'Studio boss looks back\n\nJon Pyle recalls the early days of the industry. He founded Velmoor in 1987 and has been behind many titles since.\n',
  };
  it('"Velmoor was founded in 1987" cited to a story that never dates it is another source\'s figure', () => {
    const r = resultOf(checkAgainst(files, 'Velmoor was founded in 1987 [@story].\n'), '1987');
    assert.ok(r.wrongSource, `verdict ${r.verdict}, no wrong source`);
    assert.equal(r.wrongSource.source.key, 'other');
  });
  it('a bare year with no event is not sought elsewhere', () => {
    const r = resultOf(checkAgainst(files, 'Velmoor had a good year in 1987 [@story].\n'), '1987');
    assert.equal(r.wrongSource, undefined);
  });
});

describe('reading families (session 39): whoever "puts" a figure "at" a value says it', () => {
  const T = 'A region in trouble';
  const S = 'That is one reason why people here distrust the capital, says Anne Roux, a politics lecturer at the University of Dunmore.\n\n"In the region today the jobless rate is 12%, in some areas it is 15%. They do not see what the capital does for them," he says. Which is odd because the town sits at a crossroads.';
  it('"Anne Roux puts the region\'s jobless rate at 15%" is her quotation\'s 12%, misquoted', () => {
    assert.equal(judgedTitled(T, S, 'Lecturer Anne Roux puts the region\'s jobless rate at 15%.', '15%'), 'contradicted 12%');
  });
  it('the right rate is supported', () => {
    assert.equal(judgedTitled(T, S, 'Lecturer Anne Roux puts the region\'s jobless rate at 12%.', '12%'), 'supported 12%');
  });
});

describe('reading families (session 39): a change noun\'s rate put "at" a value is the change', () => {
  const S = 'Thailand\'s economy is now expected to grow by 5.7% in 2005, rather than 6% as forecast before the tsunami.';
  it('"Thai growth in 2005 is now put at 5.7%" is supported by "expected to grow by 5.7% in 2005" (and "Thai" is Thailand\'s)', () => {
    assert.equal(judgedTitled('Tsunami hits growth', S, 'Thai growth in 2005 is now put at 5.7%.', '5.7%'), 'supported 5.7%');
  });
  it('another country\'s growth is not', () => {
    assert.equal(judgedTitled('Tsunami hits growth', S, 'Malaysian growth in 2005 is now put at 5.7%.', '5.7%'), 'unverified');
  });
});

describe('reading families (session 39): a total is no misquote of one of the parts its source lists', () => {
  const T = 'US firm admits bribery';
  const S = 'A US defence and telecoms company has agreed to pay $31.5m after admitting bribery in Norland. The Orvane corporation was accused of funnelling more than $3m into the 2001 campaign of President Tamo. It agreed to pay $14m in criminal penalties, as well as $17.5m to settle a civil lawsuit. The watchdog had accused Orvane of paying $2.4m to an agent.';
  it('"will pay $31.5m" is not contradicted by "$14m in criminal penalties, as well as $17.5m" (14 + 17.5)', () => {
    assert.notEqual(judgedTitled(T, S, 'Orvane will pay $31.5m after admitting bribery in Norland.', '$31.5m').split(' ')[0], 'contradicted');
  });
  it('a value no sum of the parts still is', () => {
    assert.equal(judgedTitled(T, S, 'Orvane will pay $35.1m after admitting bribery in Norland.', '$35.1m'), 'contradicted $14m');
  });
  it('an age is no total: "the 45-year-old" is contradicted by "the 43-year-old" though "two of their last 10 games" stands before it', () => {
    const club = 'Dunmore have won only two of their last 10 league games but chairman Ray Pell claims he cannot afford to sack the 43-year-old Okafor.';
    assert.equal(judgedTitled('Pell backs Okafor', club, 'Chairman Ray Pell says he cannot afford to sack the 45-year-old Okafor.', '45'), 'contradicted 43');
  });
});

describe('reading families (session 39): a sport\'s crown however named, a fight however named', () => {
  it('"won the world title six times" is supported by "won the snooker world championship six times"', () => {
    const S = 'Tributes have been paid to the former player, who died on Monday aged 71. Varro - known to his fellow professionals as "the Count" - won the snooker world championship six times, having left school at 14 to work in a mill. It is not known whether the two of them ever met at the club.';
    assert.equal(judgedTitled('Snooker great remembered', S, 'Dale Varro won the world title six times.', 'six'), 'supported six');
  });
  it('"The fight happened in December 2003" is contradicted by "the brawl in Oslo in December 2002", not left to the album\'s month', () => {
    const S = 'Two members of the band were questioned by police. They were cleared of charges linked to the brawl in Oslo in December 2002. The band released its third album in December 2003.';
    assert.equal(judgedTitled('Band cleared over brawl', S, 'The fight happened in December 2003.', '2003'), 'contradicted 2002');
  });
});

describe('reading families (session 39): to approve is to give approval', () => {
  const S = 'Brewer Kalder has agreed to buy rival Osset for $4bn. Kalder said it expected to get US regulatory approval for the deal during the first quarter of 2005. Osset shares rose 3% on the news.';
  it('"regulators to approve the purchase in the first quarter of 2005" is supported by "regulatory approval … during the first quarter of 2005"', () => {
    assert.equal(judgedTitled('Kalder buys Osset', S, 'Kalder expects US regulators to approve the purchase in the first quarter of 2005.', '2005'), 'supported 2005');
  });
  it('a wrong year is contradicted', () => {
    assert.equal(judgedTitled('Kalder buys Osset', S, 'Kalder expects US regulators to approve the purchase in the first quarter of 2006.', '2006'), 'contradicted 2005');
  });
});

describe('reading families (session 39): to own a stake is to be its holder', () => {
  it('"investors who own 5% or more" is supported by "holders of 5% or more"', () => {
    const S = 'The regulator has asked for details of deals involving holders of 5% or more of the broker. The broker said it would co-operate.';
    assert.equal(judgedTitled('Broker questioned', S, 'The regulator is asking about dealings with investors who own 5% or more of the broker.', '5%'), 'supported 5%');
  });
});

describe('reading families (session 39): a deal, a contract, an agreement', () => {
  it('"walked away from a $410m deal" is supported by "withdrawal from the $410m (£215m) contract"', () => {
    const S = 'Builder Harrow has pulled out of a rail project. Its withdrawal from the $410m (£215m) contract in November is thought to be the biggest cancellation to date.';
    assert.equal(judgedTitled('Builder quits', S, 'Harrow has walked away from a $410m deal to rebuild the rail network.', '$410m'), 'supported $410m');
  });
});
