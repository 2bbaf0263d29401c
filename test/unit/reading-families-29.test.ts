// Reading families of session 29 (issue 9): ordinals that count a series or give a place in a
// table, a fraction closing its clause before a citation, and two readings the new figures needed.
// Every sentence and every name here is written for the test.
import * as assert from 'node:assert/strict';
import { checkAgainst, verdictAgainst, verdictOf } from './check-helpers';
import { extractFigures } from '../../server/src/engine/figures';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';

const lex = new Lexicon();

const ordinals = (t: string) => extractFigures(t).filter((f) => f.kind === 'ordinal').map((f) => `${f.text}=${f.value}`);

describe('reading families (session 29): an ordinal that counts a series or gives a place in a table', () => {
  const ROWS: [string, string[]][] = [
    // a place in a table after a verb of being (an adverb between)
    ['Harwick Rovers are fourth in the Northern League.', ['fourth=4']],
    ['The Gulls are currently ninth in the table.', ['ninth=9']],
    ['Tallis Town is 3rd in the standings.', ['3rd=3']],
    ['Dunmere sit seventh in the Coastal Conference.', ['seventh=7']],
    // a place in someone's series: a name's possessive, a determiner before a noun of a series
    ["Ana Brell became Tom Ostrander's third wife in 1998.", ['third=3']],
    ['It was the third nomination of her career.', ['third=3']],
    ['The single held the top spot for a second week.', ['second=2']],
    ['Ostrander is chasing a third Harwick title.', ['third=3']],
    ['She won a fifth Coastal Open crown on Sunday.', ['fifth=5']],
    ['He is preparing a record-breaking 10th Budget.', ['10th=10']],
    ['He will deliver his long-awaited 7th Budget.', ['7th=7']],
    // not: another one, a part, an idiom, a name, a place with no table
    ['A second study found the same.', []],
    ['A third party runs the site.', []],
    ['It was the second time this year.', []],
    ['The 1st Battalion and the 101st Airborne moved.', []],
    ['She was third in line for the throne.', []],
    ['They are second to none.', []],
    ['The Third Way was his slogan.', []],
  ];
  for (const [s, want] of ROWS) it(`${s} → ${want.join(' ') || 'none'}`, () => assert.deepEqual(ordinals(s), want));

  it('a place in a table measures a rank, whatever the table is called', () => {
    assert.deepEqual(frameIn(lex, 'Harwick Rovers are fourth in the Northern League.', 'fourth').metric[0], 'rank');
    assert.deepEqual(frameIn(lex, 'Harwick Rovers are currently fifth in the league table.', 'fifth').metric[0], 'rank');
    // (a place aimed at is no place held: "five points off the fourth spot")
    assert.notEqual(frameIn(lex, 'Harwick Rovers are five points off the crucial fourth spot.', 'fourth').metric[0], 'rank');
  });

  it('a place misquoted is contradicted by the place the source gives; the same place supports it', () => {
    const source = 'Harwick Rovers are currently fifth in the Northern League after a draw at Tallis.';
    assert.equal(verdictAgainst(source, 'Harwick Rovers are fourth in the Northern League.', 'fourth'), 'contradicted');
    assert.equal(verdictAgainst(source, 'Harwick Rovers are fifth in the Northern League.', 'fifth'), 'supported');
  });

  it("a count in someone's series misquoted is contradicted", () => {
    const source = 'Minister Alan Corrie will deliver a record-breaking ninth budget next month.';
    assert.equal(verdictAgainst(source, 'Minister Alan Corrie will deliver a record-breaking tenth budget next month.', 'tenth'), 'contradicted');
    assert.equal(verdictAgainst('Lena Harsk is chasing a fourth Coastal Open title this week.', 'Lena Harsk is chasing a third Coastal Open title this week.', 'third'), 'contradicted');
  });
});

describe('reading families (session 29): a fraction closing its clause before a citation', () => {
  it('"cut staff by a quarter [@key]." is a share in a note (the citation is blanked, not a word after it)', () => {
    const r = checkAgainst({ 'story.txt': 'Story\n\nThe Tesk agency had planned to cut its staff by a quarter.\n' }, 'The Tesk agency planned to cut its staff by a quarter [@story].');
    assert.equal(verdictOf(r, 'a quarter'), 'supported');
  });
  it('…and a quarter the source does not give is contradicted', () => {
    const r = checkAgainst({ 'story.txt': 'Story\n\nThe Tesk agency had planned to cut its staff by a third.\n' }, 'The Tesk agency planned to cut its staff by a quarter [@story].');
    assert.equal(verdictOf(r, 'a quarter'), 'contradicted');
  });
});

describe('reading families (session 29): only a value that could be the note\'s speaks for its subject', () => {
  // Both figures of the source sentence name Burwell; the ordinal of weeks cannot be a minute's
  // place, so it does not silence the 41st minute the sentence gives (whose own subject is Ostland).
  const SOURCE = 'Ostland suffered a blow in the 41st minute when Ned Burwell was sent off for the second week in a row.';
  it('the misquoted minute is contradicted', () => {
    assert.equal(verdictAgainst(SOURCE, 'Ned Burwell was sent off in the 51st minute.', '51st'), 'contradicted');
  });
  it('…and the right one supported', () => {
    assert.equal(verdictAgainst(SOURCE, 'Ned Burwell was sent off in the 41st minute.', '41st'), 'supported');
  });
});

describe('reading families (session 29): an ordinal written as a word stays in its neighbours\' context', () => {
  it('"his second award … in 1993" is the award the note\'s "second award … in 1994" is', () => {
    const frame = frameIn(lex, "Ostrander's second directing award came after his win for Harbour Lights in 1994.", '1994');
    assert.ok((frame.context.get('second') ?? 0) > 0, [...frame.context.keys()].join(' '));
  });
});

describe('reading families (session 29): a count written "N-noun" counts its noun', () => {
  const counts = (t: string) => extractFigures(t).map((f) => `${f.text}=${f.kind}`);
  const ROWS: [string, string[]][] = [
    ['Tallis ended the Gulls\' 12-game unbeaten run.', ['12-game=count']],
    ['Brell curled a 30-yard free-kick over the wall.', ['30-yard=count']],
    ['Each card holds a 1024-bit key.', ['1024-bit=count']],
    ['The board published a 40-page report.', ['40-page=count']],
    ['She won the 200-metre final.', ['200-metre=measure']],
    // not: a kind or a likeness, a participle, an offer, a year's era, a model or a formation
    ['The cars ran 3-wide into the bend.', []],
    ['The G8-led talks stalled.', []],
    ['They ran a 2-for-1 offer.', []],
    ['The 2004-era rules stand.', []],
    ['The Boeing 747-400 landed.', []],
    ['They played a 4-4-2 formation.', []],
  ];
  for (const [s, want] of ROWS) it(`${s} → ${want.join(' ') || 'none'}`, () => assert.deepEqual(counts(s), want));

  it('its noun is what it counts: the same count of the same thing written apart supports it, another count contradicts it', () => {
    assert.deepEqual(frameIn(lex, 'Tallis ended the Gulls\' 12-game unbeaten run.', '12-game').metric[0], 'game');
    const source = 'Ned Burwell hit the bar from a free-kick 30 yards out in the second half.';
    assert.equal(verdictAgainst(source, 'Ned Burwell hit the bar with a 30-yard free-kick.', '30-yard'), 'supported');
    assert.equal(verdictAgainst('Tallis ended the Gulls\' 12-game unbeaten run on Saturday.', 'Tallis ended the Gulls\' 14-game unbeaten run on Saturday.', '14-game'), 'contradicted');
  });
});

describe('reading families (session 29): a score after a name', () => {
  const scores = (t: string) => extractFigures(t).filter((f) => f.kind === 'score').map((f) => f.text);
  it('the first of three sets is a set, whatever name stands before it', () => {
    assert.deepEqual(scores('Ostrander came from a set down to beat the champion Tomas Brell 5-7 6-1 6-4.'), ['5-7', '6-1', '6-4']);
  });
  it('a side\'s lead after its name is a score ("put Harwick 17-6 up")', () => {
    assert.deepEqual(scores("Brell's penalty put Harwick 17-6 up at the break."), ['17-6']);
    assert.deepEqual(scores('The late try left Tallis 12-9 behind.'), ['12-9']);
  });
  it('…not a model number or a range after a name', () => {
    assert.deepEqual(scores('The Boeing 737-800 landed.'), []);
    assert.deepEqual(scores('The Tesk 5-10 seats were sold.'), []);
  });
});

describe('reading families (session 29): a fraction of a percentage point', () => {
  const read = (t: string) => extractFigures(t).map((f) => `${f.text}=${f.kind}:${f.value}${f.unit ? ':' + f.unit : ''}`);
  const ROWS: [string, string[]][] = [
    ['The Harwick bank raised rates by half a point.', ['half a point=percent:0.5:pp']],
    ['It raised rates by a quarter of a point.', ['a quarter of a point=percent:0.25:pp']],
    ['It raised rates by half a percentage point.', ['half a percentage point=percent:0.5:pp']],
    ['A quarter-point rise was expected.', ['A quarter-point=percent:0.25:pp']],
    ['The half-point gap may hold.', ['half-point=percent:0.5:pp']],
    // (a share, a multiplier, a count: as before)
    ['Sales fell by a quarter.', ['a quarter=percent:25:percent']],
    ['They won half a million votes.', ['half a million=count:500000']],
    ['It missed half the point.', ['half=multiplier:0.5']],
  ];
  for (const [s, want] of ROWS) it(`${s} → ${want.join(' ')}`, () => assert.deepEqual(read(s), want));

  it('half a point against a quarter of a point is a misquote; the same fraction agrees with 0.25 percentage points', () => {
    const source = 'The Harwick central bank raised interest rates by a quarter of a point on Thursday.';
    assert.equal(verdictAgainst(source, 'The Harwick central bank raised interest rates by half a point on Thursday.', 'half a point'), 'contradicted');
    assert.equal(verdictAgainst(source, 'The Harwick central bank raised interest rates by 0.25 percentage points on Thursday.', '0.25 percentage points'), 'supported');
  });
});

describe('reading families (session 29): a decade of someone\'s life', () => {
  const read = (t: string) => extractFigures(t).map((f) => `${f.text}=${f.value}-${f.high}`);
  const ROWS: [string, string[]][] = [
    ['Life expectancy in Ostland is now around the mid-70s.', ['mid-70s=74-76']],
    ['The typical player is in his or her early 20s.', ['early 20s=20-23']],
    ['She is in her late 40s.', ['late 40s=47-49']],
    ['A man in his 30s was held.', ['30s=30-39']],
    // (a decade of years with no century, a temperature: no figure; four digits stay years)
    ['Music of the 80s is back.', []],
    ['Temperatures were in the 70s.', []],
  ];
  for (const [s, want] of ROWS) it(`${s} → ${want.join(' ') || 'none'}`, () => assert.deepEqual(read(s), want));

  const SOURCE = 'The sweet spot for the Harwick games industry is the gamer in his or her late 20s.';
  it('another part of the decade is a misquote; the same part agrees', () => {
    assert.equal(verdictAgainst(SOURCE, 'The sweet spot for the Harwick games industry is the gamer in his or her early 20s.', 'early 20s'), 'contradicted');
    assert.equal(verdictAgainst(SOURCE, 'The sweet spot for the Harwick games industry is the gamer in his or her late 20s.', 'late 20s'), 'supported');
  });
  it('…and the whole decade against a part of it is no misquote either way (a range inside the other: consistent)', () => {
    assert.notEqual(verdictAgainst(SOURCE, 'The sweet spot for the Harwick games industry is the gamer in his or her 20s.', '20s'), 'contradicted');
    assert.notEqual(verdictAgainst('Harwick won 5-10 seats in the council vote.', 'Harwick won 6-8 seats in the council vote.', '6-8'), 'contradicted');
  });
});

describe('reading families (session 29): two lengths that share only "next" need more words in common', () => {
  it('a length cited to an article on something else is no misquote of its span ahead', () => {
    const source = 'The Harwick institute said the economy would become better balanced over the next two years, as exports recover.';
    assert.notEqual(verdictAgainst(source, 'In the speech he also promised to end youth unemployment within the next five years.', 'five years'), 'contradicted');
  });
  it('…the same claim with another length is a misquote', () => {
    const source = 'The Harwick institute wants a calm review of the rise in defence spending over the past three years.';
    assert.equal(verdictAgainst(source, 'The Harwick institute wants a calm review of the rise in defence spending over the past five years.', 'five years'), 'contradicted');
    assert.equal(verdictAgainst('The Tesk network is due to be built over the next 18 months.', 'The Tesk network is due to be built over the next 12 months.', '12 months'), 'contradicted');
  });
});

describe('reading families (session 29): the level a change is compared with, and "the Fed"', () => {
  it('"down on the record high of $55.67" states the record, a level — not a fall of $55.67', () => {
    assert.equal(frameIn(lex, 'Harwick crude is up 50% on the year but down on the record high of $55.67 set in October.', '$55.67').role, 'level');
    assert.equal(frameIn(lex, 'Harwick crude fell to a record low of $31.20 in October.', '$31.20').role, 'level');
    assert.equal(frameIn(lex, 'Harwick crude prices rose by an average of about 4% in October.', '4%').role, 'change');
    const source = 'Harwick crude is up 50% on the year but down on the record high of $55.67 set in October.';
    assert.equal(verdictAgainst(source, 'Harwick crude is below its record of nearly $56.', '$56'), 'supported');
  });
  it('"the Fed" is the Federal Reserve: its decision is the same subject\'s', () => {
    const source = 'The US Federal Reserve decided on 2 February to raise interest rates by a quarter of a point.';
    assert.equal(verdictAgainst(source, 'The Fed raised interest rates by half a point on 2 February.', 'half a point'), 'contradicted');
    assert.equal(verdictAgainst(source, 'The Fed raised interest rates by a quarter of a point on 2 February.', '2 February'), 'supported');
  });
});

describe('reading families (session 29): "charges £4.99" is a price; past "and", another claim\'s names are its own', () => {
  it('a word in -s right before a sum of money, whose verb is a price, is that verb', () => {
    assert.deepEqual(frameIn(lex, 'Harwick Prints charges £4.99 for the same large print.', '£4.99').metric, ['cost']);
    // (a noun stays a noun: "charges of £500m" are write-downs)
    assert.notDeepEqual(frameIn(lex, 'The bank took charges of £500m.', '£500m').metric, ['cost']);
  });
  it('"cost £2.50 and at Harwick Prints £9.99": the first price is not Harwick Prints\'', () => {
    assert.deepEqual(frameIn(lex, 'At Tesk the same image would cost £2.50 and at Harwick Prints £9.99.', '£2.50').subject, ['tesk']);
    assert.deepEqual(frameIn(lex, 'At Tesk the same image would cost £2.50 and at Harwick Prints £9.99.', '£9.99').subject, ['harwick', 'prints']);
  });
  it('so a note\'s price is contradicted by its own shop\'s, and two owners\' values swapped are both misquotes', () => {
    const shops = 'At Tesk the same image would cost £2.50 and at Harwick Prints £9.99.';
    const r = checkAgainst({ 'story.txt': 'Story\n\n' + shops + '\n' }, 'Harwick Prints charges £4.99 for the same image [@story].');
    assert.equal(verdictOf(r, '£4.99'), 'contradicted');
    const swap = 'Ostland said asylum claims were down 40% and student visas down about 10%.';
    const n = checkAgainst({ 'story.txt': 'Story\n\n' + swap + '\n' }, 'Ostland said asylum claims were down about 10% and student visas down 40% [@story].');
    assert.equal(verdictOf(n, '10%'), 'contradicted');
    assert.equal(verdictOf(n, '40%'), 'contradicted');
  });
});
