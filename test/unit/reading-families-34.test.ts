// Reading families of session 34 (issue 9), found on the development notes bbc-2 … bbc-14.
// Every sentence and every name here is written for the test.
import * as assert from 'node:assert/strict';
import { checkAgainst, judgedAgainst as judged, resultOf } from './check-helpers';

describe('reading families (session 34): a round value and the year right after it are a pair', () => {
  const SOURCE = 'Some 6.1 million homes subscribe to Vantel and Vantel is hoping to lift this to 9 million by 2011. Analysts doubt it.';
  it('"9 million homes by 2013" against "to 9 million by 2011": the year is the slip, the value supported', () => {
    assert.equal(judged(SOURCE, 'Vantel hopes to reach 9 million homes by 2013.', '2013'), 'contradicted 2011');
    assert.equal(judged(SOURCE, 'Vantel hopes to reach 9 million homes by 2013.', '9 million'), 'supported 9 million');
    assert.equal(judged(SOURCE, 'Vantel hopes to reach 9 million homes by 2011.', '2011'), 'supported 2011');
  });
  it('a year before the value, or after other punctuation, pairs nothing', () => {
    assert.equal(judged(SOURCE, 'In 2013 Vantel hoped to reach 9 million homes.', '2013'), 'unverified');
    assert.equal(judged(SOURCE, 'Vantel hopes to reach 9 million homes, perhaps in 2013.', '2013'), 'unverified');
  });
  it('a year the source gives another value is still the wrong year for this one', () => {
    // (the year found wrong first, or the value's support found first: the same reading)
    const s = 'The scheme\'s target has been set at 3.75 million members by 2012, with an interim figure of 2 million by 2009.';
    assert.equal(judged(s, 'The scheme aims for 3.75 million members by 2009.', '2009'), 'contradicted 2012');
    assert.equal(judged(s, 'The scheme aims for 3.75 million members by 2009.', '3.75 million'), 'supported 3.75 million');
    const t = 'The participation target of the reading scheme has been set at 4.5 million by 2013, with an interim figure of 3 million by 2010. Ministers welcomed it.';
    assert.equal(judged(t, 'The reading scheme aims for 4.5 million participants by 2010.', '2010'), 'contradicted 2013');
    assert.equal(judged(t, 'The reading scheme aims for 4.5 million participants by 2010.', '4.5 million'), 'supported 4.5 million');
  });
});

describe('reading families (session 34): "N years ago" against the event the source dates "last year"', () => {
  const SOURCE = 'On Friday Ms Okafor will tour Dunmere East, where Green MP Tomas Rynne overturned a large majority to win the seat in last year\'s by-election. Turnout was low.';
  const NOTE = 'Green MP Tomas Rynne took Dunmere East in a by-election two years ago.';
  it('is contradicted by the sentence naming everything the note names, with a fix to "last year"', () => {
    assert.equal(judged(SOURCE, NOTE, 'two years'), 'contradicted last year');
    const r = resultOf(checkAgainst({ 'story.txt': 'Story\n\n' + SOURCE + '\n' }, NOTE.replace(/\.$/, ' [@story].') + '\n'), 'two years');
    const edit = r.fixes[0]?.edits[0];
    assert.ok(edit, 'a fix is offered');
    assert.equal(NOTE.replace(/\.$/, ' [@story].').slice(0, edit.start) + edit.newText + NOTE.slice(edit.end), 'Green MP Tomas Rynne took Dunmere East in a by-election last year.');
  });
  it('"three years ago" in the source is another time back; a plural name names its singular', () => {
    assert.equal(judged('The film by Ana Ruiz won the Golden Reels three years ago, critics recall.', 'Ana Ruiz won a Golden Reel two years ago.', 'two years'), 'contradicted three years');
  });
  it('not when the sentence names something the source\'s does not, nor when nothing is named', () => {
    assert.equal(judged(SOURCE, 'Green MP Tomas Rynne took Dunmere West in a by-election two years ago.', 'two years'), 'unverified');
    assert.equal(judged('The seat was won in last year\'s by-election.', 'The seat was won in a by-election two years ago.', 'two years'), 'unverified');
  });
  it('not when the source gives two times back, or states the note\'s own', () => {
    assert.equal(judged('Tomas Rynne won last year, and lost the seat two years ago.', 'Tomas Rynne lost the seat two years ago.', 'two years'), 'supported two years');
    const two = 'Tomas Rynne won the seat in last year\'s by-election. Critics say Tomas Rynne was lucky';
    assert.equal(judged(two + '.', 'Tomas Rynne took the seat in a by-election two years ago.', 'two years'), 'contradicted last year');
    assert.equal(judged(two + ' four years ago.', 'Tomas Rynne took the seat in a by-election two years ago.', 'two years'), 'unverified');
  });
});

describe('reading families (session 34): a note sentence that restates one source sentence', () => {
  const LIST = 'Ana Ruiz, Tomas Rynne and Ivo Marek also feature on the 14-strong list of prize-winning poets from abroad.';
  const note = (n: string) => `${n} prize-winning poets from abroad make up the list.`;
  it('its value of a kind is the source sentence\'s one value of that kind: supported when it agrees', () => {
    assert.equal(judged(LIST, note('Fourteen'), 'Fourteen'), 'supported 14');
  });
  it('contradicted when it does not, with no fix offered (the one value may be another\'s)', () => {
    assert.equal(judged(LIST, note('Sixteen'), 'Sixteen'), 'contradicted 14');
    const r = resultOf(checkAgainst({ 'story.txt': 'Story\n\n' + LIST + '\n' }, note('Sixteen').replace(/\.$/, ' [@story].') + '\n'), 'Sixteen');
    assert.deepEqual(r.fixes, []);
  });
  it('a year, as the note writes it, against the restated sentence\'s ("… cards totalled £31m in 2007" / "… in 2008")', () => {
    const files = { 'cards-round.txt': 'Card fraud\n\nAltogether, card scams on Ostland-issued cards totalled £31m in 2008, the banks said.\n' };
    assert.equal(resultOf(checkAgainst(files, 'Fraud on Ostland-issued cards totalled £31m in 2007 [@cards-round].\n'), '2007').verdict, 'contradicted');
    // (only the value met: a round value recurs by chance — session 13's reading stands)
    assert.equal(resultOf(checkAgainst(files, "Ostland's card fraud bill was £31m in 2007 [@cards-round].\n"), '2007').verdict, 'unverified');
  });
  it('values of one kind read in order when every other pair agrees', () => {
    const s = 'On Monday the courts awarded Lantic 3bn crowns, after ruling in favour of its claim against the state for freezing fares from 1986 to 1993.';
    assert.equal(judged(s, 'On Monday a court awarded Lantic compensation over fares frozen from 1986 to 1996.', '1996'), 'contradicted 1993');
  });
  it('not when another pair of the same kind disagrees too (which value is which is then no reading)', () => {
    const s = 'Ana Ruiz, Tomas Rynne and Ivo Marek also feature on the 14-strong list of prize-winning poets from abroad, beside 6 novelists.';
    assert.equal(judged(s, 'Fourteen prize-winning poets from abroad, beside 8 novelists, make up the list.', 'Fourteen'), 'supported 14');
    assert.equal(judged(s, 'Sixteen prize-winning poets from abroad, beside 8 novelists, make up the list.', 'Sixteen'), 'unverified');
  });
  it('not when another sentence restates it as closely', () => {
    assert.equal(judged(LIST + ' Ana Ruiz, Tomas Rynne and Ivo Marek also feature on a 9-strong list of poets from abroad.', note('Sixteen'), 'Sixteen'), 'unverified');
  });
  it('not when the source sentence holds two values of the kind', () => {
    assert.equal(judged(LIST.replace('abroad.', 'abroad chosen by 5 judges.'), note('Sixteen'), 'Sixteen'), 'unverified');
  });
  it('not when one sentence denies what the other states', () => {
    assert.equal(judged(LIST.replace('also feature', 'do not feature'), note('Sixteen'), 'Sixteen'), 'unverified');
  });
});
