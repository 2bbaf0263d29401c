// Reading families of session 21 (issue 9). Every sentence and every name here is written for the
// test.
import * as assert from 'node:assert/strict';
import { checkAgainst, resultOf, verdictOf } from './check-helpers';
import { extractFigures, isConversion } from '../../server/src/engine/figures';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';

describe('reading families (session 21): a sum restated in another currency is judged by the source\'s own conversion', () => {
  const FILES: Record<string, string> = {
    'larch.txt':
      'Larch Mining fined\n\nAuditors at Larch Mining found that managers had hidden losses for years. The inquiry led to the break-up of the group after the discovery of a $14bn (£7.3bn) hole in its accounts.\n\nLarch Mining employed 9,000 people in Chile.\n',
    'ferro.txt':
      'Ferro signs gas deal\n\nFerro Energy has signed a $4bn (£2.16bn) deal with the state of Omra to ship gas to Asia. A rival, Dunmore Gas, signed a $9bn deal of its own, worth about £4.9bn.\n',
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);

  it('a bracketed conversion the source gives otherwise is contradicted, and the fix offers the source\'s', () => {
    const r = check('The hole the auditors uncovered came to $14bn (£4.1bn) [@larch].');
    assert.equal(verdictOf(r, '£4.1bn'), 'contradicted');
    assert.equal(resultOf(r, '£4.1bn').evidence[0].figure?.text, '£7.3bn');
    assert.ok(resultOf(r, '£4.1bn').fixes.some((f) => f.edits.some((e) => e.newText.includes('7.3bn'))));
  });

  it('the same conversion is supported, and so is the sum beside it', () => {
    const r = check('The hole the auditors uncovered came to $14bn (£7.3bn) [@larch].');
    assert.equal(verdictOf(r, '£7.3bn'), 'supported');
    assert.equal(verdictOf(r, '$14bn'), 'supported');
  });

  it('", or about" restates the sum too: a rounding pushed past the hedge is contradicted', () => {
    assert.equal(verdictOf(check("Ferro's gas deal with Omra is worth $4bn, or about £2.5bn [@ferro]."), '£2.5bn'), 'contradicted');
    assert.equal(verdictOf(check("Ferro's gas deal with Omra is worth $4bn, or about £2.2bn [@ferro]."), '£2.2bn'), 'supported');
  });

  it('no verdict from a sum the note gives wrong, nor from a sum the source converts two ways', () => {
    // the note's sum is not the source's: its conversion is not compared with another sum's
    assert.notEqual(verdictOf(check('The hole the auditors uncovered came to $15bn (£4.1bn) [@larch].'), '£4.1bn'), 'contradicted');
    const twice = checkAgainst(
      { 'osk.txt': 'Osk budget\n\nOsk Rail set aside $2.6bn (£1.4bn) for new track. At this week\'s rates the $2.6bn (£2.1bn) plan is dearer.\n' },
      'The sum Osk has for its track amounts to $2.6bn (£1.1bn) [@osk].\n',
    );
    assert.equal(verdictOf(twice, '£1.1bn'), 'unverified');
  });
});

describe('reading families (session 21): what counts as a conversion', () => {
  const pair = (text: string) => {
    const [a, b] = extractFigures(text);
    return isConversion(text, a, b);
  };
  it('a bracket or ", or" between two currencies, hedged or not', () => {
    assert.equal(pair('a $6bn (£3.1bn) deal'), true);
    assert.equal(pair('worth $6bn, or about £3.1bn, a year'), true);
    assert.equal(pair('3 trillion yen ($29bn; 22bn euros)'), true);
  });
  it('not the same currency, not words between, not a bracket that goes on', () => {
    assert.equal(pair('a $6bn ($3.1bn) deal'), false);
    assert.equal(pair('$6bn and then £3.1bn'), false);
    assert.equal(pair('$6bn (£3.1bn of it borrowed) deal'), false);
  });
});

describe('reading families (session 21): words before a figure that say how much, when or who said it, not what is measured', () => {
  const lex = new Lexicon();
  before(async () => {
    for (const _ of lex.loadSteps()) await Promise.resolve();
  });

  it('"rose by a mere 0.1%" measures what rose; "a range up to 12 metres" still measures the range', () => {
    assert.deepEqual(frameIn(lex, 'Home spending, meanwhile, rose by a mere 0.1% in the third quarter.', '0.1%').metric, frameIn(lex, 'Home spending, meanwhile, rose by 0.1% in the third quarter.', '0.1%').metric);
    assert.deepEqual(frameIn(lex, 'Home spending rose by a paltry 0.1% in the quarter.', '0.1%').metric, frameIn(lex, 'Home spending rose by 0.1% in the quarter.', '0.1%').metric);
    assert.ok(frameIn(lex, 'The radio link works over a range up to 12 metres.', '12 metres').metric.includes('range'));
  });

  it('"ended 4% lower" is a day\'s move: the session\'s end is no metric (a level "closed at" keeps it)', () => {
    assert.equal(frameIn(lex, 'Rival Tarn Steel ended about 4% lower.', '4%').metric.includes('end'), false);
    assert.equal(frameIn(lex, 'Rival Tarn Steel closed 4% lower.', '4%').metric.includes('close'), false);
    assert.ok(frameIn(lex, 'Tarn crude had earlier closed at $51.15 in Oslo.', '$51.15').metric.includes('close'));
  });

  it('a figure opening a clause of what was said or admitted measures what that clause says', () => {
    assert.deepEqual(frameIn(lex, 'Finance chief Ola Brandt conceded that only $650,000 was in the accounts on 3 May.', '$650,000').metric, ['account']);
    assert.deepEqual(frameIn(lex, 'Even so, he told the court that only $560,000 had been in the accounts that day.', '$560,000').metric, ['account']);
  });

  const FILES: Record<string, string> = {
    'tarn.txt': 'Steel shares slide\n\nTarn Steel lost 2.5% to 270 yen, with closest rival Vell Holdings down 3.4%.\n',
    'brandt.txt': 'Brandt hearing\n\nFinance chief Ola Brandt said the transfer was real. Even so, he told the court that only $560,000 had been in the accounts that day, with the rest held in Oslo.\n',
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);

  it('checked: a rival\'s day move misquoted, and an admitted balance with its digits swapped, are contradicted; the right ones supported', () => {
    assert.equal(verdictOf(check('Closest rival Vell Holdings ended about 4% lower [@tarn].'), '4%'), 'contradicted');
    assert.equal(verdictOf(check('Closest rival Vell Holdings ended 3.4% lower [@tarn].'), '3.4%'), 'supported');
    assert.equal(verdictOf(check('Finance chief Ola Brandt conceded that only $650,000 was in the accounts that day [@brandt].'), '$650,000'), 'contradicted');
    assert.equal(verdictOf(check('Finance chief Ola Brandt conceded that only $560,000 was in the accounts that day [@brandt].'), '$560,000'), 'supported');
  });
});

describe('reading families (session 21): a rank or an age apposed to a name is that name\'s', () => {
  const FILES: Record<string, string> = {
    'banks.txt':
      "Bank bid\n\nKorvo Holdings, Norland's fourth-largest bank, has been at the centre of a bidding war. Talvik, Norland's third-largest bank, tabled a higher offer for Korvo.\n",
    'runners.txt': 'Runners cleared\n\nSprinters Ardan, 31, and Belis, 30, had been charged with missing tests.\n',
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);
  const lex = new Lexicon();
  before(async () => {
    for (const _ of lex.loadSteps()) await Promise.resolve();
  });

  it('the frame names the holder, past the place whose ranking it is, and not a name a preposition brings', () => {
    assert.deepEqual(frameIn(lex, "Talvik, Norland's third-largest bank, tabled a higher offer for Korvo.", 'third').apposedTo, ['talvik']);
    assert.deepEqual(frameIn(lex, 'Sprinters Ardan, 31, and Belis, 30, had been charged.', '30').apposedTo, ['belis']);
    assert.equal(frameIn(lex, "In Oslo, Talvik's third-largest plant closed.", 'third').apposedTo, undefined);
  });

  it("another bank's rank in a sentence that also names the note's bank is no support; the bank's own rank contradicts", () => {
    const r = check("Korvo, Norland's third-largest bank, had been fought over for a year [@banks].");
    assert.notEqual(verdictOf(r, 'third'), 'supported');
    assert.equal(verdictOf(r, 'third'), 'contradicted');
    assert.equal(resultOf(r, 'third').evidence[0].figure?.text, 'fourth');
    assert.equal(verdictOf(check("Korvo, Norland's fourth-largest bank, had been fought over for a year [@banks]."), 'fourth'), 'supported');
  });

  it("one runner's age is not the other's: it contradicts the runner's own, whatever else the note's sentence names", () => {
    assert.notEqual(verdictOf(check('Belis, 31, was later cleared [@runners].'), '31'), 'supported');
    assert.equal(verdictOf(check('Belis, 31, was later cleared by the Vardan federation [@runners].'), '31'), 'contradicted');
    assert.equal(verdictOf(check('Belis, 30, was later cleared by the Vardan federation [@runners].'), '30'), 'supported');
  });
});

describe('reading families (session 21): a sentence listing a measure month by month states each month\'s value', () => {
  const FILES: Record<string, string> = {
    'kelby.txt': 'Kelby results\n\nKelby toy sales rose 5% in May and 7% in June.\n',
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);

  it('a note that names no month and gives one of the values is supported, not contradicted by the other month\'s', () => {
    assert.equal(verdictOf(check('Kelby toy sales rose 7% [@kelby].'), '7%'), 'supported');
    assert.equal(verdictOf(check('Kelby toy sales rose 5% [@kelby].'), '5%'), 'supported');
  });

  it('a note that gives a month the other value stays contradicted', () => {
    assert.equal(verdictOf(check('Kelby toy sales rose 7% in May [@kelby].'), '7%'), 'contradicted');
    assert.equal(verdictOf(check('Kelby toy sales rose 5% in June [@kelby].'), '5%'), 'contradicted');
  });
});

describe('reading families (session 21): a rate right after a figure\'s counted noun is that figure\'s', () => {
  const lex = new Lexicon();
  before(async () => {
    for (const _ of lex.loadSteps()) await Promise.resolve();
  });
  const FILES: Record<string, string> = {
    'gas.txt': 'Gas deal\n\nUnder the deal Norgas will be taking some 12 million tonnes each year for 25 years from the end of 2008.\n',
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);

  it('"12 million tonnes each year for 25 years": the years are no yearly amount; a holiday of "25 days a year" keeps its rate', () => {
    assert.equal(frameIn(lex, 'Norgas will be taking some 12 million tonnes each year for 25 years from the end of 2008.', '25 years').per, undefined);
    assert.equal(frameIn(lex, 'Staff get 25 days a year of holiday.', '25 days').per, 'year');
  });

  it('the deal\'s length misquoted is contradicted', () => {
    assert.equal(verdictOf(check('Under that deal Norgas will take some 12 million tonnes a year for 20 years from the end of 2008 [@gas].'), '20 years'), 'contradicted');
    assert.equal(verdictOf(check('Under that deal Norgas will take some 12 million tonnes a year for 25 years from the end of 2008 [@gas].'), '25 years'), 'supported');
  });
});

describe('reading families (session 21): a relative clause\'s figure measures what the clause hangs on', () => {
  const lex = new Lexicon();
  before(async () => {
    for (const _ of lex.loadSteps()) await Promise.resolve();
  });
  const FILES: Record<string, string> = {
    'oil.txt': 'Oil stocks\n\nSpring will focus attention on stockpiles of heating oil and diesel, which are up to 8% higher than at this time last year.\n',
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);

  it('", which are up to 8% higher" measures the stockpiles before the comma', () => {
    assert.deepEqual(
      frameIn(lex, 'Spring will focus attention on stockpiles of heating oil and diesel, which are up to 8% higher than at this time last year.', '8%').metric,
      frameIn(lex, 'Stockpiles of heating oil and diesel are up to 8% higher than at this time last year.', '8%').metric,
    );
  });

  it('"more than 8% higher" against "up to 8% higher" is contradicted; "up to 8%" supported', () => {
    assert.equal(verdictOf(check('Stocks of heating oil and diesel are more than 8% higher than a year ago [@oil].'), '8%'), 'contradicted');
    assert.equal(verdictOf(check('Stocks of heating oil and diesel are up to 8% higher than a year ago [@oil].'), '8%'), 'supported');
  });
});

describe('reading families (session 21): what a poll\'s share said, negated or not', () => {
  const lex = new Lexicon();
  before(async () => {
    for (const _ of lex.loadSteps()) await Promise.resolve();
  });
  const FILES: Record<string, string> = {
    'poll.txt': 'Radio poll\n\nListeners were asked about local stations. In the poll, 58% said they would really miss local radio. A small number, 14%, said they wouldn\'t really miss local radio.\n',
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);

  it('an apposed share\'s answer is read past its comma, and a negated answer is not the plain one', () => {
    const neg = frameIn(lex, "A small number, 14%, said they wouldn't really miss local radio.", '14%').metric;
    assert.ok(neg.includes('radio') && neg.includes('not'));
    assert.deepEqual(frameIn(lex, 'About 30% said they would not really miss local radio.', '30%').metric, neg);
    assert.equal(frameIn(lex, 'In the poll, 58% said they would really miss local radio.', '58%').metric.includes('not'), false);
  });

  it('a negated answer misquoted is contradicted by the negated share, and the right one supported', () => {
    const r = check('About 30% said they would not really miss local radio [@poll].');
    assert.equal(verdictOf(r, '30%'), 'contradicted');
    assert.equal(resultOf(r, '30%').evidence[0].figure?.text, '14%');
    assert.equal(verdictOf(check('Only 14% said they would not really miss local radio [@poll].'), '14%'), 'supported');
  });
});

describe('reading families (session 21): a price\'s move to its level', () => {
  const lex = new Lexicon();
  before(async () => {
    for (const _ of lex.loadSteps()) await Promise.resolve();
  });
  const FILES: Record<string, string> = {
    'crude.txt': 'Crude climbs\n\nNorth Sea crude also rose in Oslo trading, adding $1.64 to $47.25 at the close. Dansk crude lost 28 cents to $45.10.\n',
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);

  it('"adding $1.64 to $47.25" is a move and its level, not a range; "lost 28 cents" is a move as "lost 8 pence" is', () => {
    const s = 'North Sea crude also rose in Oslo trading, adding $1.64 to $47.25 at the close.';
    const f = frameIn(lex, s, '$1.64');
    assert.equal(f.role, 'change');
    assert.ok(f.metric.includes('crude'));
    assert.equal(frameIn(lex, 'Dansk crude lost 28 cents to $45.10.', '28 cents').role, 'change');
  });

  it('the move given the other way is contradicted; a move in cents misquoted is contradicted', () => {
    assert.equal(verdictOf(check('In Oslo, North Sea crude fell $1.64 to $47.25 [@crude].'), '$1.64'), 'contradicted');
    assert.equal(verdictOf(check('Dansk crude lost 82 cents to $45.10 [@crude].'), '82 cents'), 'contradicted');
    assert.equal(verdictOf(check('Dansk crude lost 28 cents to $45.10 [@crude].'), '28 cents'), 'supported');
  });
});
