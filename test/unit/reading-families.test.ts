// Misquotes the frames missed for want of reading (session 9 families, found on bbc-7 and bbc-8):
// a story's topic named only in its lead, a discourse adverbial between a subject and its verb, a
// two-letter acronym taken for a rival. Every sentence here is written for the test.
import * as assert from 'node:assert/strict';
import { checkAgainst, verdictOf } from './check-helpers';

const FILES: Record<string, string> = {
  'prize.txt': 'Book prize\n\nA novel set in 18th century Ostland has won the $15,000 fiction prize at the Kelp Book Awards.\n',
  'handheld.txt': 'Zephyr sales\n\nMore than 3.1 million Zephyr consoles have been sold since it went on sale in November.\n',
  'boxoffice.txt': 'Box office\n\nTicket sales at the Ostland box office are predicted to break records this year, with takings expected to reach $2.7 billion, beating 2003\'s all-time high.\n',
  'rebels.txt': 'Rebellion looms\n\nUp to 30 Ostland Labour MPs could oppose the scheme during its second reading.\n',
  'console.txt':
    'Handheld launch date set\n\nOstware\'s new handheld console, the Zephyr, will launch in Europe on 11 March, the firm said.\n\n' +
    'The portable machine will retail for £99 in the UK. Games will cost from £19 to £29.\n\n' +
    'The launch price of £99 compares well with the US price of $149, one editor said.\n',
  'earners.txt':
    'Kade tops earners list\n\nKade Morrow earned more than any other singer in 2004, beating Lia Fenn and Rob Tull.\n\n' +
    '"Kade returned to centre stage," the magazine said. The singer\'s 2004 tour took $90.3m in ticket sales.\n',
  'rivals.txt':
    'Two handhelds for spring\n\nOstware\'s new handheld console, the Zephyr, will launch in Europe on 11 March. Rival Kimo will launch its Lark a week later.\n\n' +
    'Kimo\'s machine is smaller. The launch price of £99 compares well with the US price of $149, one editor said.\n',
  'budget.txt': 'Budget plans\n\nSpending is forecast to grow by 3.5% to $2.57 trillion. Government income is set to rise by 6.1%.\n',
  'conglom.txt':
    'OM sees a fine year\n\nUS group Ostrava Mills has posted an 18% jump in quarterly sales, and in profits.\n\n' +
    '"We are in great shape," said OM\'s chief. OM is the biggest firm in its field. Net profit was up 6% at $16.6bn.\n',
};

const check = (note: string) => checkAgainst(FILES, note);

describe('reading families: the lead, asides, short acronyms', () => {
  it('a story\'s topic named in its lead is named for a later paragraph that does not repeat it', () => {
    assert.equal(verdictOf(check('In the US the Zephyr sells for $99 [@console].\n'), '$99'), 'contradicted');
    assert.equal(verdictOf(check('In the US the Zephyr sells for $149 [@console].\n'), '$149'), 'supported');
  });

  it('…but not when someone else is in view of the source figure (the paragraph before names a rival)', () => {
    // the paragraph speaks of Kimo's machine: its US price is not the Zephyr's
    assert.notEqual(verdictOf(check('In the US the Zephyr sells for $99 [@rivals].\n'), '$99'), 'contradicted');
    // "The singer's tour" is Kade's, though the lead names Lia Fenn too
    assert.notEqual(verdictOf(check('Lia Fenn\'s tour took $125m in ticket sales [@earners].\n'), '$125m'), 'contradicted');
  });

  it('a discourse adverbial between commas leaves the subject before it the figure\'s metric', () => {
    assert.equal(verdictOf(check('Spending, meanwhile, is forecast to grow 6.1% as war bills mount [@budget].\n'), '6.1%'), 'contradicted');
    assert.equal(verdictOf(check('Spending, however, is forecast to grow 3.5% [@budget].\n'), '3.5%'), 'supported');
    assert.equal(verdictOf(check('Spending, by contrast, is forecast to grow 6.1% while the deficit widens [@budget].\n'), '6.1%'), 'contradicted');
  });

  it('a two-letter acronym is the name its initials spell, no rival ("OM" / "Ostrava Mills")', () => {
    assert.equal(verdictOf(check('OM\'s quarterly sales and profits both rose 18% [@conglom].\n'), '18%'), 'supported');
  });

  it('a prize is an award, a console a machine (one metric class each)', () => {
    assert.equal(verdictOf(check('The Ostland novel won the $15,000 fiction award [@prize].\n'), '$15,000'), 'supported');
    assert.equal(verdictOf(check('Over 3.1 million Zephyr machines have been sold [@handheld].\n'), '3.1 million'), 'supported');
  });

  it('a year in the possessive dates the noun it qualifies, not the figure ("beating 2003\'s all-time high")', () => {
    assert.equal(verdictOf(check('Ostland ticket sales are forecast to reach a record $2.7bn this year [@boxoffice].\n'), '$2.7bn'), 'supported');
  });

  it('backbenchers are MPs (one metric class)', () => {
    assert.equal(verdictOf(check('As many as 30 Ostland Labour backbenchers might vote against the scheme [@rebels].\n'), '30'), 'supported');
  });
});

describe('a cut shaved, slashed or trimmed off a cost (session 11)', () => {
  const files = { 'exchange.txt': 'Line rental\n\nIn May, Ostel quietly announced that it was shaving 70% off the price of renting its lines to rivals.\n' };
  it('is a change of the cost named after "off": another size is a misquote, the same supported', () => {
    assert.equal(verdictOf(checkAgainst(files, 'In May Ostel cut the price of renting its lines by 80% [@exchange].\n'), '80%'), 'contradicted');
    assert.equal(verdictOf(checkAgainst(files, 'In May Ostel cut the price of renting its lines by 70% [@exchange].\n'), '70%'), 'supported');
  });
});
