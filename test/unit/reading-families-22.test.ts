// Reading families of session 22 (issue 9). Every sentence and every name here is written for the
// test.
import * as assert from 'node:assert/strict';
import { checkAgainst, verdictOf } from './check-helpers';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';

describe('reading families (session 22): two subjects, each with its own figure, swapped by the note', () => {
  const FILES: Record<string, string> = {
    'lenders.txt':
      'Lenders see a spring revival\n\nThe surveys of the two biggest lenders point to a revival after a weak winter. Brackley said house prices rose by 0.9% in March and Ormond reported a rise of 0.3% in the same month.\n',
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);

  it('the two figures given to each other\'s lender are both contradicted', () => {
    const r = check("Brackley put March's rise at 0.3%, while Ormond reported 0.9% [@lenders].");
    assert.equal(verdictOf(r, '0.3%'), 'contradicted');
    assert.equal(verdictOf(r, '0.9%'), 'contradicted');
  });

  it('each lender with its own figure is supported', () => {
    const r = check("Brackley put March's rise at 0.9%, while Ormond reported 0.3% [@lenders].");
    assert.equal(verdictOf(r, '0.9%'), 'supported');
    assert.equal(verdictOf(r, '0.3%'), 'supported');
  });

  it('one lender alone with the other\'s figure is contradicted too', () => {
    assert.equal(verdictOf(check('In March, Ormond said house prices rose by 0.9% [@lenders].'), '0.9%'), 'contradicted');
  });
});

describe('reading families (session 22): a figure reported bare in a second clause is the first clause\'s measure', () => {
  const lex = new Lexicon();
  it('"while NAME reported X%" after a change is that change, of its own subject', () => {
    const fr = frameIn(lex, "Brackley put March's rise at 0.3%, while Ormond reported 0.9%.", '0.9%');
    assert.equal(fr.role, 'change');
    assert.equal(fr.direction, 'up');
    assert.deepEqual(fr.subject, ['ormond']);
  });
  it('not when the figure counts something of its own, nor after a level', () => {
    assert.notEqual(frameIn(lex, "Brackley put March's rise at 0.3%, while Ormond reported 0.9% arrears.", '0.9%').role, 'change');
    assert.notEqual(frameIn(lex, 'Brackley lends to 30% of buyers, while Ormond reported 9%.', '9%').role, 'change');
  });
});

describe('reading families (session 22): money lost is a loss, whichever words say it, and a loss is no profit', () => {
  const FILES: Record<string, string> = {
    'quarry.txt':
      'Quarry group in the red\n\nThe Tolland Quarry group posted profits of $17.5m in the first half of 2004, its best half for years. Its rival Aspe made a pre-tax loss of $6.2m in the first half of 2004.\n',
    'scam.txt':
      'Card ring charged\n\nProsecutors in Delmont charged 14 people over a card ring and estimate it caused losses of more than $6m to banks.\n',
    'storm.txt':
      'Storm hits resorts\n\nThe island may lose 40bn pesos in earnings from visitors after the storm, its minister said.\n',
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);
  const lex = new Lexicon();

  it('a loss where the source gives a profit of the same sum is contradicted', () => {
    assert.equal(verdictOf(check('Tolland made a loss of $17.5m in the first half of 2004 [@quarry].'), '$17.5m'), 'contradicted');
    assert.equal(verdictOf(check('Tolland made a profit of $17.5m in the first half of 2004 [@quarry].'), '$17.5m'), 'supported');
  });

  it('"lost $6.2m" and "a $6.2m loss" are the source\'s "a loss of $6.2m"', () => {
    assert.equal(verdictOf(check('Aspe lost $6.2m in the first half of 2004 [@quarry].'), '$6.2m'), 'supported');
    assert.equal(verdictOf(check('Aspe made a $6.2m loss in the first half of 2004 [@quarry].'), '$6.2m'), 'supported');
    assert.equal(verdictOf(check('Aspe lost $9.8m in the first half of 2004 [@quarry].'), '$9.8m'), 'contradicted');
  });

  it('"put losses at" a sum reads the losses as what is measured', () => {
    assert.equal(verdictOf(check('Prosecutors in Delmont charged 14 people and put losses at more than $6bn [@scam].'), '$6bn'), 'contradicted');
    assert.deepEqual(frameIn(lex, 'Analysts put the losses at more than $6bn.', '$6bn').metric, ['loss']);
  });

  it('a loss of earnings is no profit against a loss', () => {
    assert.equal(verdictOf(check("The island's minister expects to lose 40bn pesos of earnings from visitors [@storm]."), '40bn pesos'), 'supported');
  });

  it('a loss of money is a level, not a change; a price that lost ground keeps its reading', () => {
    assert.equal(frameIn(lex, 'The firm made a loss of $6m.', '$6m').role, 'level');
    assert.equal(frameIn(lex, 'The firm cut its losses by $6m.', '$6m').role, 'change');
    assert.notDeepEqual(frameIn(lex, 'Gelt Steel lost 2.5% to 270 yen.', '270 yen').metric, ['loss']);
  });
});

describe('reading families (session 22): "up just 0.2%" is a change', () => {
  const lex = new Lexicon();
  it('"up" or "down" and a degree adverb before a percentage make a change, its direction theirs', () => {
    const up = frameIn(lex, 'Household spending was up just 0.2% in the third quarter.', '0.2%');
    assert.deepEqual([up.role, up.direction], ['change', 'up']);
    const down = frameIn(lex, 'Factory orders were down only 1.4% in May.', '1.4%');
    assert.deepEqual([down.role, down.direction], ['change', 'down']);
  });
  it('end to end: a rise the source gives otherwise is contradicted', () => {
    const files = { 'spend.txt': 'Spending stalls\n\nHousehold spending was up just 0.2% in the third quarter, the statistics office said.\n' };
    assert.equal(verdictOf(checkAgainst(files, 'Household spending rose by 0.6% in the third quarter [@spend].\n'), '0.6%'), 'contradicted');
    assert.equal(verdictOf(checkAgainst(files, 'Household spending rose by 0.2% in the third quarter [@spend].\n'), '0.2%'), 'supported');
  });
});

describe('reading families (session 22): a change apposed after its clause is judged by the source\'s pair', () => {
  const FILES: Record<string, string> = {
    'bikes.txt':
      'E-bike boom\n\nMarket watcher Velotrend says demand for electric bicycles keeps climbing. Globally, the number sold will reach 3.21 million, an increase of 41%.\n',
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);

  it('the clause\'s figure supported, its apposed change is read against the source\'s neighbour', () => {
    const wrong = check('Velotrend expects 3.21 million electric bicycles to be sold worldwide this year, an increase of 57% [@bikes].');
    assert.equal(verdictOf(wrong, '3.21 million'), 'supported');
    assert.equal(verdictOf(wrong, '57%'), 'contradicted');
    assert.equal(verdictOf(check('Velotrend expects 3.21 million electric bicycles to be sold worldwide this year, an increase of 41% [@bikes].'), '41%'), 'supported');
  });

  it('not past a second comma or a long clause', () => {
    assert.equal(verdictOf(check('Velotrend expects 3.21 million electric bicycles, mostly in cities, to be sold this year, an increase of 57% [@bikes].'), '57%'), 'unverified');
    assert.equal(
      verdictOf(check('Velotrend expects 3.21 million electric bicycles to be sold worldwide by shops and online sellers in the coming twelve months of trading, an increase of 57% [@bikes].'), '57%'),
      'unverified',
    );
  });
});

describe('reading families (session 22): one month\'s total is no yearly rate, whatever year the month is of', () => {
  const FILES: Record<string, string> = {
    'vans.txt': 'Van maker results\n\nKelbro sold 40,000 vans in May last year, the firm said. Its rival Ostra sold 35,000 vans in the whole of last year.\n',
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);
  it('"sells 40,000 vans a year" against "40,000 vans in May last year" is not supported', () => {
    assert.equal(verdictOf(check('Kelbro sells 40,000 vans a year [@vans].'), '40,000'), 'contradicted');
  });
  it('a year\'s total still supports the yearly rate', () => {
    assert.equal(verdictOf(check('Ostra sells 35,000 vans a year [@vans].'), '35,000'), 'supported');
  });
});

describe('reading families (session 22): "last year\'s winner" dates the title, not the clause', () => {
  const lex = new Lexicon();
  const FILES = { 'list.txt': 'Power list\n\nIn the 2005 list, last year\'s winner, quiz host Dana Pell, fell to number 16 after few appearances on screen.\n' };
  it('a place in this year\'s list is compared with the source\'s, whatever year the title was won', () => {
    assert.equal(verdictOf(checkAgainst(FILES, "Last year's winner Dana Pell slipped to 19th [@list].\n"), '19th'), 'contradicted');
    assert.equal(verdictOf(checkAgainst(FILES, "Last year's winner Dana Pell slipped to 16th [@list].\n"), '16th'), 'supported');
  });
  it('"last year\'s sales" still dates the sales', () => {
    assert.equal(frameIn(lex, "Last year's sales rose 5%.", '5%').period.relative, 'last');
    assert.equal(frameIn(lex, "Last year's winner Dana Pell slipped to 19th.", '19th').period.relative, undefined);
  });
});

describe('reading families (session 22): two shares of one whole swapped, the rest given to the other party on both sides', () => {
  const FILES = {
    'venture.txt': 'Gas venture agreed\n\nThe oil major will own 30% of the venture, with Omra\'s state gas firm owning the rest. Work starts next year.\n',
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);
  it('"will hold 70% …, with X owning the rest" against "will own 30% …, with X owning the rest" is contradicted', () => {
    assert.equal(verdictOf(check("The oil major will hold 70% of the venture, with Omra's state gas firm owning the rest [@venture]."), '70%'), 'contradicted');
    assert.equal(verdictOf(check("The oil major will hold 30% of the venture, with Omra's state gas firm owning the rest [@venture]."), '30%'), 'supported');
  });
  it('the complementary share with no rest given away in the note is still no contradiction (the veto holds)', () => {
    assert.notEqual(verdictOf(check('The oil major will hold 70% of the venture from next year [@venture].'), '70%'), 'contradicted');
  });
});

describe('reading families (session 22): "since" a year against the year of the event that started it', () => {
  const FILES = { 'rank.txt': 'Leisure group sells arm\n\nSince Dana Pell\'s appointment as chief executive in 1999, the group has sold its cinemas and its studios.\n' };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);
  it('"has been chief executive since 1997" is contradicted by "appointment as chief executive in 1999"', () => {
    assert.equal(verdictOf(check('Dana Pell has been the group\'s chief executive since 1997 [@rank].'), '1997'), 'contradicted');
    assert.equal(verdictOf(check('Dana Pell has been the group\'s chief executive since 1999 [@rank].'), '1999'), 'supported');
  });
  it('a date with no start named stays apart from "since"', () => {
    const other = { 'sales.txt': 'Cinema sales\n\nDana Pell sold the group\'s cinemas in 1999, its chairman said.\n' };
    assert.equal(verdictOf(checkAgainst(other, "Dana Pell has run the group's cinemas since 1997 [@sales].\n"), '1997'), 'unverified');
  });
});

describe('reading families (session 22): two measures of one sentence, their values swapped by the note', () => {
  const FILES = { 'offer.txt': 'Takeover offer\n\nRowan plans to pay $2.10 in cash for each Tarn share, as well as special dividends of $0.80 a share.\n' };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);
  it('the cash and the dividend given each other\'s value are both contradicted', () => {
    const r = check('Rowan is offering $0.80 in cash for each Tarn share, and special dividends of $2.10 a share [@offer].');
    assert.equal(verdictOf(r, '$0.80'), 'contradicted');
    assert.equal(verdictOf(r, '$2.10'), 'contradicted');
  });
  it('each with its own value is supported', () => {
    const r = check('Rowan is offering $2.10 in cash for each Tarn share, and special dividends of $0.80 a share [@offer].');
    assert.equal(verdictOf(r, '$2.10'), 'supported');
    assert.equal(verdictOf(r, '$0.80'), 'supported');
  });
});
