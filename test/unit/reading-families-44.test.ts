// Reading families of session 44 (issue 9), found on bbc-31 and bbc-32 once they became development
// notes: false alarms and false supports first. Every sentence and every name here is written for the test.
import * as assert from 'node:assert/strict';
import { type ClaimFrame } from '../../server/src/engine/frames/frame';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';
import { extractFigures } from '../../server/src/engine/figures';
import { isConversion } from '../../server/src/engine/figures/conversions';
import { judgedTitled } from './check-helpers';

const lex = new Lexicon();
const frameOf = (sentence: string, figure: string): ClaimFrame => frameIn(lex, sentence, figure);

describe('reading families (session 44): a bracket\'s own punctuation opens no stretch of a list', () => {
  it('"11bn euros ($14.4bn; £7.6bn) of bonds …, with 4bn euros" keeps the bonds with the first sum', () => {
    const S = 'The trade saw the sale of 11bn euros ($14.4bn; £7.6bn) of state bonds in a few minutes on 4 May, with 4bn euros-worth then bought back later.';
    assert.equal(judgedTitled('Halden bond trade probed', S, 'Halden traders sold 11bn euros of state bonds within minutes on 4 May.', '11bn euros'), 'supported 11bn euros');
  });
});

describe('reading families (session 44): a change that names no direction', () => {
  it('"$300m profit revision" and "a 2% swing" are changes; "a $300m profit" stays a level', () => {
    assert.equal(frameOf('Corvel in $300m profit revision', '$300m').role, 'change');
    assert.equal(frameOf('The party needs a 2% swing to win the seat.', '2%').role, 'change');
    assert.equal(frameOf('Corvel made a $300m profit last year.', '$300m').role, 'level');
  });
  it('a profit is not supported by the size of a revision of it', () => {
    const S = 'Telecoms maker Corvel Networks has sharply revised downwards its profits for the 2003 fiscal year.';
    assert.equal(judgedTitled('Corvel in $300m profit revision', S, 'Corvel made $300m profit in 2003.', '$300m'), 'unverified');
  });
});

describe('reading families (session 44): a maximum is no amount', () => {
  it('"the league\'s maximum fine is £45,000" is not contradicted by a fine someone paid', () => {
    const S = 'Dalby boss Anton Reyes, who was fined £15,000 in March for his remarks, was also warned.';
    assert.notEqual(judgedTitled('Coach fined', S, 'The league\'s maximum fine is £45,000.', '£45,000').split(' ')[0], 'contradicted');
  });
  it('a maximum against a maximum is still compared', () => {
    const S = 'The league can impose a maximum fine of £30,000 on a manager.';
    assert.equal(judgedTitled('League rules', S, 'The league\'s maximum fine is £45,000.', '£45,000'), 'contradicted £30,000');
  });
});

describe('reading families (session 44): a hedged conversion after a comma', () => {
  it('"3,000 euros, about £2,060" is a conversion; "3,000 euros, 2,060 fans" and "£2,060" unhedged are not', () => {
    const conv = (t: string) => {
      const fs = extractFigures(t);
      return isConversion(t, fs[0], fs[1]);
    };
    assert.equal(conv('He was fined 3,000 euros, about £2,060.'), true);
    assert.equal(conv('He was fined 3,000 euros, £2,060 more than last time.'), false);
  });
  it('the note\'s conversion is supported by the source\'s conversion of the same sum, over another fine in pounds', () => {
    const S = 'The 64-year-old called his 3000 euros (£2,060) punishment unfair. Rival coach Anton Reyes, who was fined £15,000 in March, said nothing.';
    assert.equal(judgedTitled('Luca Brenna fined for remarks', S, 'Coach Luca Brenna, 64, was fined 3,000 euros, about £2,060.', '£2,060'), 'supported £2,060');
    assert.equal(judgedTitled('Luca Brenna fined for remarks', S, 'Coach Luca Brenna, 64, was fined 3,000 euros, about £2,600.', '£2,600').split(' ')[0], 'contradicted');
  });
});

describe('reading families (session 44): the note\'s value under the opposite bound', () => {
  it('"more than $984m" is contradicted by "nearly $984m" of the same payments, not supported by another sum above it', () => {
    const S = 'Marlow Air now has debt and pension payments of nearly $984m which it must pay off this year. The airline has managed to save $1.1bn in costs without cutting jobs.';
    assert.equal(judgedTitled('Marlow Air warns on cash', S, 'Marlow Air must meet debt and pension payments of more than $984m this year.', '$984m'), 'contradicted $984m');
  });
  it('"nearly $984m" is supported by the same', () => {
    const S = 'Marlow Air now has debt and pension payments of nearly $984m which it must pay off this year. The airline has managed to save $1.1bn in costs without cutting jobs.';
    assert.equal(judgedTitled('Marlow Air warns on cash', S, 'Marlow Air must meet debt and pension payments of nearly $984m this year.', '$984m'), 'supported $984m');
  });
});

describe('reading families (session 44): a year in the possessive is the named thing\'s', () => {
  it('"1994\'s Lion Queen" dates the names after it', () => {
    assert.deepEqual(frameOf('The record is still held by 1994\'s Lion Queen.', '1994').datedNames, ['lion', 'queen']);
  });
  it('is contradicted by the same named thing\'s year, whatever event each clause reads', () => {
    const S = 'The all-time first-week record is held by 1995\'s Lion Queen followed by Sharko 2.';
    assert.equal(judgedTitled('Sharko tops DVD chart', S, 'The all-time record is still held by 1994\'s Lion Queen.', '1994'), 'contradicted 1995');
    assert.equal(judgedTitled('Sharko tops DVD chart', S, 'The all-time record is still held by 1995\'s Lion Queen.', '1995'), 'supported 1995');
  });
});

describe('reading families (session 44): what is taken then is held since', () => {
  it('"in charge since 2002" is contradicted by "took charge in 2000"', () => {
    const S = 'Mr Dorran, who took charge in 2000, and his team have earned praise for turning Arlen Air around.';
    assert.equal(judgedTitled('Bosses leave Arlen Air', S, 'Dorran has been in charge of the airline since 2002.', '2002'), 'contradicted 2000');
    assert.equal(judgedTitled('Bosses leave Arlen Air', S, 'Dorran has been in charge of the airline since 2000.', '2000'), 'supported 2000');
  });
});

describe('reading families (session 44): what was secured was won', () => {
  it('"won by Margaret Oldham in 1985" is contradicted by "secured in 1984 by Margaret Oldham"', () => {
    const S = 'Mr Crane promised to keep the UK\'s budget rebate, secured in 1984 by Margaret Oldham, in place.';
    assert.equal(judgedTitled('Rebate row', S, 'The UK rebate was won by Margaret Oldham in 1985.', '1985'), 'contradicted 1984');
  });
});

describe('reading families (session 44): a month written before a year is part of the date', () => {
  it('"in March 2003" keeps its month on the frame; "by 2003" or "5 March 2003"\'s day do not', () => {
    assert.equal(frameOf('She began working for the singer in March 2003.', '2003').monthOfYear, 3);
    assert.equal(frameOf('The plant will close by 2003.', '2003').monthOfYear, undefined);
  });
  it('"began … in March 2003" is contradicted by "began … in February 2003", and supported by the same month', () => {
    const S = 'Ms Harte began to work for Mr Velden in February 2003, after the film was shown in the US.';
    assert.equal(judgedTitled('Aide tells of Velden job', S, 'Harte began working for Velden in March 2003.', '2003'), 'contradicted 2003');
    assert.equal(judgedTitled('Aide tells of Velden job', S, 'Harte began working for Velden in February 2003.', '2003'), 'supported 2003');
  });
  it('another month of the sentence, not written before the year, is no month of it', () => {
    const S = 'In May, Brandt said its sales were the highest since 2001.';
    assert.notEqual(judgedTitled('Brandt sales', S, 'In March, Brandt said its sales were the highest since 2001.', '2001').split(' ')[0], 'contradicted');
  });
});

describe('reading families (session 44): a film opens at its place in the chart', () => {
  it('"opened third" and "debuted fifth" are ranks; "opened a third store" is not', () => {
    const kinds = (t: string) => extractFigures(t).map((f) => `${f.text}:${f.kind}`);
    assert.deepEqual(kinds('Bruce Lowe\'s Hostage Night opened third with $9.8m.'), ['third:ordinal', '$9.8m:currency']);
    assert.deepEqual(kinds('The film debuted fifth in the US chart.'), ['fifth:ordinal']);
    assert.deepEqual(kinds('The firm opened a third store.'), []);
  });
});

describe('reading families (session 44): a time of a match, its digits misplaced', () => {
  it('"came after 35 minutes" is contradicted by "after 53 minutes" of the same try, and supported by it', () => {
    const S = 'Wales scored six tries. Their fourth after 53 minutes was sparked by another mazy run from Deri Owain, who beat several players with ease, and finished with a powerful angled run from lock Brant Colley.';
    assert.equal(judgedTitled('Wales ease past Italy', S, 'Brant Colley\'s try, Wales\'s fourth, came after 35 minutes.', '35 minutes'), 'contradicted 53 minutes');
    assert.equal(judgedTitled('Wales ease past Italy', S, 'Brant Colley\'s try, Wales\'s fourth, came after 53 minutes.', '53 minutes'), 'supported 53 minutes');
  });
  it('not a span longer than a match ("135 minutes" / "153 minutes")', () => {
    const S = 'The film, directed by Deri Owain, runs for 153 minutes.';
    assert.notEqual(judgedTitled('Owain film', S, 'Deri Owain\'s film runs for 135 minutes.', '135 minutes').split(' ')[0], 'supported');
  });
});
