// Reading families of session 19 (issue 9). Every sentence and every name here is written for the
// test.
import * as assert from 'node:assert/strict';
import { checkAgainst, verdictOf } from './check-helpers';
import { extractFigures, figuresAgree } from '../../server/src/engine/figures';
import { intervalOf } from '../../server/src/engine/frames/bounds';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';

describe('reading families (session 19): "about X" written precisely is X with the lower digits dropped', () => {
  const FILES: Record<string, string> = {
    'ferries.txt': 'Ferry results\n\nThe ferry operator Saltmarsh Lines took $121.9m in ticket sales this winter, compared with $165.8m a year earlier.\n\nIts share of the crossings was 12.4%.\n',
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);
  const fig = (text: string, sentence: string) => extractFigures(sentence).find((f) => f.text === text)!;

  it('"about $165m" for $165.8m is supported, not contradicted', () => {
    assert.equal(verdictOf(check('Saltmarsh Lines took about $165m in ticket sales a year earlier [@ferries].'), '$165m'), 'supported');
  });

  it('a hedge still holds half a unit below: "about $166m" for $165.8m is supported as before', () => {
    assert.equal(verdictOf(check('Saltmarsh Lines took about $166m in ticket sales a year earlier [@ferries].'), '$166m'), 'supported');
  });

  it('no more than one unit above: "about $164m" for $165.8m is contradicted', () => {
    assert.equal(verdictOf(check('Saltmarsh Lines took about $164m in ticket sales a year earlier [@ferries].'), '$164m'), 'contradicted');
  });

  it('dropping digits never rounds up: "about 13%" is no 12.4%, "about 12.1 trillion" no 12.011 trillion', () => {
    assert.equal(verdictOf(check('Its share of the crossings was about 13% [@ferries].'), '13%'), 'contradicted');
    const note = fig('12.1 trillion yen', 'about 12.1 trillion yen');
    assert.equal(figuresAgree(note, fig('12.011 trillion yen', 'exactly 12.011 trillion yen')), false);
    assert.equal(figuresAgree(note, fig('12.18 trillion yen', 'exactly 12.18 trillion yen')), true);
    assert.equal(figuresAgree(note, fig('12.2 trillion yen', 'exactly 12.2 trillion yen')), false);
  });

  it('the claim interval of "about $165m" reaches up to $166m and down to $164.5m; a one-digit "about 20%" keeps its tolerance both ways', () => {
    const i = intervalOf(fig('$165m', 'about $165m in sales'), 0.1);
    assert.ok(Math.abs(i.hi - 166e6) < 1 && Math.abs(i.lo - 164.5e6) < 1, `${i.lo}–${i.hi}`);
    const j = intervalOf(fig('20%', 'about 20% of sales'), 0.1);
    assert.ok(Math.abs(j.hi - 20 - (20 - j.lo)) < 1e-9, `${j.lo}–${j.hi}`);
  });
});

describe('reading families (session 19): a currency named once serves the bare figure compared with it', () => {
  const kinds = (s: string) => extractFigures(s).map((f) => [f.text, f.kind, f.unit ?? null]);

  it('the second figure of "against", "from … to", "compared with", "versus" takes the first one\'s currency', () => {
    assert.deepEqual(kinds('Brakefield earned 2.41bn rupees against 918.6m a year before.'), [['2.41bn rupees', 'currency', 'INR'], ['918.6m', 'currency', 'INR']]);
    assert.deepEqual(kinds('Turnover fell from £3.4bn to 2.7bn.'), [['£3.4bn', 'currency', 'GBP'], ['2.7bn', 'currency', 'GBP']]);
    assert.deepEqual(kinds('Profit was $6.1m, compared with 5.3m in 2003.').slice(0, 2), [['$6.1m', 'currency', 'USD'], ['5.3m', 'currency', 'USD']]);
    assert.deepEqual(kinds('It made 7.2bn yen versus 6.6bn a year earlier.'), [['7.2bn yen', 'currency', 'JPY'], ['6.6bn', 'currency', 'JPY']]);
  });

  it('not a count of something else, a figure without a scale, nor one joined by another word', () => {
    assert.deepEqual(kinds('The fund gave $5bn to 3 million families.')[1], ['3 million', 'count', null]);
    assert.deepEqual(kinds('Prices rose from £400 to 450 last year.')[1], ['450', 'count', null]);
    assert.deepEqual(kinds('The state spent $2bn while 4.5m people waited.')[1], ['4.5m', 'count', null]);
  });

  it('so a misquoted second figure is contradicted by the source\'s, and the right one supported', () => {
    const FILES = { 'brakefield.txt': 'Brakefield results\n\nThe tractor maker Brakefield said profit was 2.41bn rupees compared with 981.6m rupees a year earlier.\n' };
    const check = (note: string) => checkAgainst(FILES, `${note}\n`);
    assert.equal(verdictOf(check('Brakefield earned 2.41bn rupees against 918.6m a year before [@brakefield].'), '918.6m'), 'contradicted');
    assert.equal(verdictOf(check('Brakefield earned 2.41bn rupees against 981.6m a year before [@brakefield].'), '981.6m'), 'supported');
  });
});

describe('reading families (session 19): a home share named by its country alone', () => {
  const FILES = {
    'cinema.txt': 'Cinema year\n\nLocal films took 41.5% of Portugal\'s box office last year, with foreign films taking the remaining 58.5%.\n',
    'emigrants.txt': 'Emigration\n\nAbout 3.2 million people from Ireland live overseas, and 900 a week leave the country.\n',
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);

  it('"Portuguese films took 58.5% of Portugal\'s box office" swaps the two shares: contradicted, not supported by the foreign films\' 58.5%', () => {
    assert.equal(verdictOf(check("Portuguese films took 58.5% of Portugal's box office last year [@cinema]."), '58.5%'), 'contradicted');
  });

  it('the home share itself and the foreign one are supported', () => {
    assert.equal(verdictOf(check("Portuguese films took 41.5% of Portugal's box office last year [@cinema]."), '41.5%'), 'supported');
    assert.equal(verdictOf(check("Foreign films took 58.5% of Portugal's box office last year [@cinema]."), '58.5%'), 'supported');
  });

  it('a note that says "abroad" speaks of the side the source calls "overseas"', () => {
    assert.equal(verdictOf(check('Almost 3.2 million Irish people live permanently abroad [@emigrants].'), '3.2 million'), 'supported');
  });
});

describe('reading families (session 19): the words that set two like figures apart, a few words on in the source', () => {
  const FILES = {
    'heaters.txt': 'Heater recall\n\nThe maker said it knew of 41 reports. In 17 cases, owners reported scorch marks on the wall. But in six cases, owners reported suffering a minor burn to the arm.\n',
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);

  it('"in 17 cases owners suffered minor burns" takes the burns\' own count: contradicted by six, not supported by the scorch marks\' 17', () => {
    assert.equal(verdictOf(check('In 17 cases owners suffered minor burns to the arm [@heaters].'), '17'), 'contradicted');
  });

  it('the right counts are supported', () => {
    assert.equal(verdictOf(check('In six cases owners suffered minor burns to the arm [@heaters].'), 'six'), 'supported');
    assert.equal(verdictOf(check('In 17 cases owners found scorch marks on the wall [@heaters].'), '17'), 'supported');
  });
});

describe('reading families (session 19): the figure a change started from, past an adjective', () => {
  const lex = new Lexicon();

  it('"up from the weak April £2.6bn": April dates £2.6bn, not £3.1bn (the "from" figure is sought four tokens on)', () => {
    const sentence = 'Exports reached £3.1bn, up from the weak April £2.6bn.';
    assert.equal(frameIn(lex, sentence, '£3.1bn').period.month, undefined);
    assert.equal(frameIn(lex, sentence, '£2.6bn').period.month, 4);
  });
});
