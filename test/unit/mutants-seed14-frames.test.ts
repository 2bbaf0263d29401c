// Claim frames at edges seed 14 of the mutation sample found untested (scripts/mutate-sample.mjs
// --seed 14, README "Tests"), in made-up sentences. Each case fails with its seed-14 mutant applied:
// "the 1st quarter" written with a digit is the first quarter (an ordinal figure of 1 is a quarter's
// number, as 2–4 are); "will not" before a figure is still a plan (only "could not" is a past
// ability); a colon is a hard boundary, past which the words around a figure weigh less; and a
// semicolon inside the brackets holding a figure is one too, not the brackets' own exit; a share of
// a whole written as a figure measures the verb that follows the whole ("47% of the £1.34bn spent");
// a capitalised sentence opener that is an ordinary word ("The", "He") is no name, only an acronym is;
// a change noun heads a percentage past a name between them ("Growth in Germany was 3.1%").
// Session 19: a trade partner is read back only within the figure's clause; a name that spells a
// value noun ("Peak bikes") is part of what is counted; a model name's digits ("Xbox 360") are no
// metric word; "in the mid-quarter update" is no quarter.
import * as assert from 'node:assert/strict';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';

describe('seed 14 survivors: frames', () => {
  it('"the 1st quarter" is quarter 1, as "the 2nd quarter" is quarter 2', () => {
    const lex = new Lexicon();
    assert.equal(frameIn(lex, 'Profits rose 5% in the 1st quarter.', '5%').period.quarter, 1);
    assert.equal(frameIn(lex, 'Profits rose 5% in the 2nd quarter.', '5%').period.quarter, 2);
  });

  it('"will not hire more than 300" is a plan: only "could" before "not" makes a past ability', () => {
    const lex = new Lexicon();
    assert.equal(frameIn(lex, 'Acme will not hire more than 300 staff.', '300').period.mode, 'plan');
    assert.notEqual(frameIn(lex, 'Acme could not hire more than 300 staff.', '300').period.mode, 'plan');
  });

  it('a colon is a hard boundary: the words past it weigh less than the figure\'s own clause', () => {
    const lex = new Lexicon();
    const ctx = frameIn(lex, 'Profits rose 5%: analysts cheered the news.', '5%').context;
    assert.ok((ctx.get('analyst') ?? 0) < (ctx.get('profit') ?? 0) / 2, JSON.stringify([...ctx]));
  });

  it('a semicolon inside the brackets around a figure is a hard boundary, heavier than the brackets\' exit', () => {
    const lex = new Lexicon();
    const ctx = frameIn(lex, 'Sales (up 5%; a record) pleased the bank.', '5%').context;
    assert.ok((ctx.get('record') ?? 0) < (ctx.get('revenue') ?? 0), JSON.stringify([...ctx]));
  });

  it('a share of a whole written as a figure, followed by a verb, measures that verb: "47% of the £1.34bn spent on games"', () => {
    const lex = new Lexicon();
    assert.deepEqual(frameIn(lex, 'About 47% of the £1.34bn spent on games went abroad.', '47%').metric, ['cost']);
    assert.deepEqual(frameIn(lex, 'Nearly 30% of the 500 hired last year were women.', '30%').metric, ['hire']);
  });

  it('a capitalised opener that is an ordinary word is no subject: "The firm sold 300 ThinkPads", "He sold 5 cars"', () => {
    const lex = new Lexicon();
    assert.deepEqual(frameIn(lex, 'The firm sold 300 ThinkPads.', '300').subject, []);
    assert.deepEqual(frameIn(lex, 'He sold 5 cars to Leeds yesterday.', '5').subject, []);
  });

  it('a change noun heads the percentage past a name: "Growth in Germany was 3.1%", "The rise for Acme was 5%"', () => {
    const lex = new Lexicon();
    assert.equal(frameIn(lex, 'Growth in Germany was 3.1% last year.', '3.1%').role, 'change');
    assert.equal(frameIn(lex, 'The rise for Acme was 5%.', '5%').role, 'change');
  });

  it('a trade partner is read back only within the figure\'s clause: "Trade with China rose, so profits grew 30%" gives 30% none', () => {
    const lex = new Lexicon();
    assert.equal(frameIn(lex, 'Trade with China rose, so profits grew 30%.', '30%').partner, undefined);
    assert.deepEqual(frameIn(lex, 'Trade with China rose 30%.', '30%').partner, ['china']);
  });

  it('a name that spells a value noun is part of what a figure counts: "300 Peak bikes", "300 Record Player kits"', () => {
    const lex = new Lexicon();
    assert.ok(frameIn(lex, 'Acme sold 300 Peak bikes last year.', '300').metric.includes('peak'));
    assert.ok(frameIn(lex, 'Acme shipped 300 Record Player kits.', '300').metric.includes('record'));
    assert.ok(!frameIn(lex, 'Acme shipped a record 300 kits.', '300').metric.includes('record'));
  });

  it('the digits of a model name in a changed object are no metric word: "raised its Xbox 360 sales by 60%"', () => {
    const lex = new Lexicon();
    assert.ok(!frameIn(lex, 'Acme raised its Xbox 360 sales by 60%.', '60%').metric.includes('360'));
    assert.ok(!frameIn(lex, 'Acme cut its Windows 95 prices by 20%.', '20%').metric.includes('95'));
  });

  it('"in the quarter" is some quarter of the year; "in the mid-quarter update" is not', () => {
    const lex = new Lexicon();
    assert.equal(frameIn(lex, 'Sales were $186m in the quarter.', '$186m').period.someQuarter, true);
    assert.equal(frameIn(lex, 'Sales were $186m in the mid-quarter update.', '$186m').period.someQuarter, undefined);
  });
});
