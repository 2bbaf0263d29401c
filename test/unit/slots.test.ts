// A value's own stretch of a source sentence that states several (check/slots.ts): a support that
// rests on one value while the note names what only another value's stretch says is that other
// value's claim — by name, by year, by a phrase, by an opposite word, by "respectively" — and the
// readings that must not move (an ellipsis' shared verb, a subject every value shares, another
// counted noun, "non-EU", an attribution). Every sentence here is written for the test.
import * as assert from 'node:assert/strict';
import { checkAgainst, resultOf, verdictOf } from './check-helpers';

const FILES: Record<string, string> = {
  'housing.txt': 'House prices\n\nAfter weak months at the end of 2009, Brimley Bank said house prices rose by 0.9% in March and Ostbury Building Society reported a rise of 0.3% in the same month.\n',
  'donations.txt': 'Giving\n\nIn 2001/02, for example, donations rose by 3.9% and in 2005/06 by 7.2%.\n',
  'cuts.txt': 'Kelpco cuts\n\nKelpco is to shed 4,900 jobs. Another 1,200 will go from its design department, 2,800 from field operations and 900 across finance and legal.\n',
  'readers.txt': 'E-readers\n\nOf the 9 million Ostlanders who own e-readers, 62% are men compared to 38% of women.\n',
  'mining.txt': 'Kelp Mining\n\nTotal production costs were £2.10 per tonne, Kelp Mining said, but the average selling price was just £1.95 per tonne.\n',
  'budget.txt': 'Budget\n\nSpending on roads and schools will rise by 6.2% and 4.4% respectively.\n',
  'pell.txt': 'Pell signs\n\nDon Pell made 140 appearances for Ostbury, scoring 22 goals, before joining Kelp Town.\n',
  'poll.txt': 'Turnout\n\nA poll for the charity suggests 70% of over-60s say they always vote, compared with just 20% of first-time voters.\n',
  'trade.txt': 'Ostland trade\n\nNon-EU imports rose 4%, but the growth in goods arriving from the EU slowed to 0.6%.\n',
  'wardens.txt': 'Wardens\n\nThere are about 2,500 wardens in Ostland and Kelpia but the council intends to have 9,000 on the streets by 2009.\n',
  'results.txt': 'Kelpco results\n\nKelpco said sales rose 5% and profits rose 7%.\n',
  'books.txt': 'Ostman\n\nLeo Ostman went on to write nine thrillers, which were translated into 31 languages in 45 countries.\n',
  'flood.txt': 'Floods\n\nKelpia was by far the country worst hit by the floods, with 6,200 of the 9,800 confirmed deaths so far.\n',
  'voters.txt': 'Voters\n\nApproximately 2.3m of Ostland\'s 3.4m Kelpians are of voting age.\n',
  'films.txt': 'Box office\n\nKelp Saga took fifth place in the US chart with $4.1m (£2.2m), but it led the non-US chart at the weekend, according to Box Office Weekly, with an estimated $15.3m.\n',
};

const check = (note: string) => checkAgainst(FILES, note);

/** The value the note's figure is contradicted with, and the fix offered. */
function contradictedBy(note: string, figure: string): { value: string | undefined; fix: string | undefined } {
  const r = resultOf(check(note), figure);
  assert.equal(r.verdict, 'contradicted', `${figure} in "${note.trim()}": ${r.verdict}`);
  return { value: r.evidence[0]?.figure?.text, fix: r.fixes[0]?.edits[0]?.newText };
}

describe("slots: the value whose stretch the note's sentence names", () => {
  it('by name: the company the note names reported the other value', () => {
    assert.deepEqual(contradictedBy('Ostbury Building Society said prices rose 0.9% in March [@housing].\n', '0.9%'), { value: '0.3%', fix: '0.3%' });
    assert.equal(verdictOf(check('Brimley Bank said prices rose 0.9% in March [@housing].\n'), '0.9%'), 'supported');
    assert.equal(verdictOf(check('Ostbury Building Society said prices rose 0.3% in March [@housing].\n'), '0.3%'), 'supported');
  });

  it('by year: the year the note names is another value’s, while a note naming none keeps its support', () => {
    assert.equal(contradictedBy('In 2005/06 donations went up by 3.9% [@donations].\n', '3.9%').value, '7.2%');
    assert.equal(verdictOf(check('In 2001/02 donations went up by 3.9% [@donations].\n'), '3.9%'), 'supported');
    assert.equal(verdictOf(check('Donations rose by 7.2% [@donations].\n'), '7.2%'), 'supported');
  });

  it('by a phrase of the note that one stretch alone holds; a verb every stretch shares by ellipsis decides nothing', () => {
    assert.equal(contradictedBy('Some 2,800 jobs will go from the design department [@cuts].\n', '2,800').value, '1,200');
    assert.equal(verdictOf(check('Some 2,800 jobs will go from field operations [@cuts].\n'), '2,800'), 'supported');
    assert.notEqual(verdictOf(check('Only 20% of young people say they always vote [@poll].\n'), '20%'), 'contradicted');
  });

  it('by a word opposite to one of the support’s stretch (men / women)', () => {
    assert.equal(contradictedBy('Men make up 38% of e-reader owners [@readers].\n', '38%').value, '62%');
    assert.equal(verdictOf(check('Women make up 38% of e-reader owners [@readers].\n'), '38%'), 'supported');
  });

  it('an attribution set off by commas is no value’s own: the phrase decides', () => {
    assert.equal(contradictedBy('Kelp Mining sold its ore at an average price of £2.10 per tonne [@mining].\n', '£2.10').value, '£1.95');
    assert.equal(verdictOf(check('Kelp Mining sold its ore at an average price of £1.95 per tonne [@mining].\n'), '£1.95'), 'supported');
  });

  it('"respectively": the item the note names takes its value', () => {
    assert.deepEqual(contradictedBy('School spending is to grow by 6.2% [@budget].\n', '6.2%'), { value: '4.4%', fix: '4.4%' });
    assert.equal(verdictOf(check('Spending on roads will grow by 6.2% [@budget].\n'), '6.2%'), 'supported');
  });

  it('a contradiction by one value of a sentence that states the note\'s value in another stretch the note does not tell apart is that support', () => {
    const r = resultOf(check('Donations rose by 7.2% [@donations].\n'), '7.2%');
    assert.equal(r.verdict, 'supported');
    assert.equal(r.evidence[0]?.figure?.text, '7.2%');
    // …but a note that names the other stretch swapped the values
    assert.equal(contradictedBy('In 2001/02 donations went up by 7.2% [@donations].\n', '7.2%').value, '3.9%');
    assert.equal(contradictedBy('Kelpco said its sales rose 7% [@results].\n', '7%').value, '5%');
  });

  it('the value that counts the note\'s noun, where the support counts another', () => {
    assert.equal(contradictedBy('Leo Ostman wrote nine thrillers, which appeared in 45 languages [@books].\n', '45').value, '31');
    assert.equal(verdictOf(check('Leo Ostman wrote nine thrillers, which appeared in 31 languages [@books].\n'), '31'), 'supported');
    assert.equal(verdictOf(check('Leo Ostman\'s nine thrillers were sold in 45 countries [@books].\n'), '45'), 'supported');
  });

  it('the part of "A of the B", when the note says what only the words around the partitive say', () => {
    assert.equal(contradictedBy('Kelpia\'s confirmed death toll has reached 9,800 [@flood].\n', '9,800').value, '6,200');
    assert.equal(verdictOf(check('The floods\' confirmed death toll has reached 9,800 [@flood].\n'), '9,800'), 'supported');
    assert.equal(verdictOf(check('Kelpia counts 6,200 of the 9,800 confirmed deaths [@flood].\n'), '9,800'), 'supported');
    assert.equal(contradictedBy('Some 3.4m of Ostland\'s Kelpians are of voting age [@voters].\n', '3.4m').value, '2.3m');
    assert.equal(verdictOf(check('Ostland has 3.4m Kelpians [@voters].\n'), '3.4m'), 'supported');
  });

  it('leaves alone a value that counts another thing, "non-EU" for "outside the EU", a subject the values share', () => {
    const r = check('Don Pell scored 22 goals in 140 appearances for Ostbury [@pell].\n');
    assert.equal(verdictOf(r, '22'), 'supported');
    assert.equal(verdictOf(r, '140'), 'supported');
    assert.equal(verdictOf(check('Imports from outside the EU grew 4% [@trade].\n'), '4%'), 'supported');
    assert.equal(verdictOf(check('The council aims to have 9,000 wardens on patrol by 2009 [@wardens].\n'), '9,000'), 'supported');
    assert.equal(verdictOf(check('Kelp Saga led the non-US chart with about $15.3 million [@films].\n'), '$15.3 million'), 'supported');
  });
});
