// figuresAgree (server/src/engine/figures/agree.ts) at two edges the example tables missed: a note
// stating more digits than an imprecise source gives, exactly at ROUNDING (1.5%) and one unit past
// it (this kills the mutant that narrows the bound by its float slack); two vague figures of one
// range in other words (the wording shortcut is only a shortcut); a plain point against a range
// (server/src/engine/frames/bounds.ts), touching it and past it, in one unit and across units of time.
import * as assert from 'node:assert/strict';
import { extractFigures, figuresAgree } from '../../server/src/engine/figures';
import { relateValues } from '../../server/src/engine/frames/bounds';
import type { Figure } from '../../server/src/engine/types';

function one(text: string): Figure {
  const f = extractFigures(`It cost ${text} in all.`);
  assert.equal(f.length, 1, `one figure in ${JSON.stringify(text)}`);
  return f[0]!;
}

describe('agreement at its last edges (agree.ts)', () => {
  it('a precise note against a source in whole millions: within 1.5% inclusive, both sides', () => {
    const source = one('$2m');
    assert.equal(figuresAgree(one('$2,030,000'), source), true, 'exactly 1.5% above');
    assert.equal(figuresAgree(one('$2,030,001'), source), false, 'one dollar more');
    assert.equal(figuresAgree(one('$1,970,000'), source), true, 'exactly 1.5% below');
    assert.equal(figuresAgree(one('$1,969,999'), source), false, 'one dollar less');
  });
  it('two vague figures of the same range agree whatever their wording; of another range, not', () => {
    const tens = one('tens of millions');
    assert.equal(tens.vague, true);
    assert.equal(figuresAgree({ ...tens, text: 'several tens of millions' }, tens), true);
    assert.equal(figuresAgree(one('hundreds of millions'), tens), false);
    assert.equal(figuresAgree({ ...tens, text: 'several tens of millions', high: tens.high! * 2 }, tens), false);
  });
});

describe('a plain point against a range (relateValues, bounds.ts)', () => {
  const relate = (note: string, source: string) => relateValues(one(note), one(source), 0.1, (a, b) => figuresAgree(a, b, 0.1));
  it('inside the range, or touching it to the written precision, it is consistent; outside, it disagrees', () => {
    // "102 to 105" may be 101.5 to 105.5; "101" may be 100.5 to 101.5 and "106" 105.5 to 106.5
    assert.equal(relate('104 boats', '102 to 105 boats'), 'consistent');
    assert.equal(relate('101 boats', '102 to 105 boats'), 'consistent', 'touching the low end');
    assert.equal(relate('106 boats', '102 to 105 boats'), 'consistent', 'touching the high end');
    assert.equal(relate('99 boats', '102 to 105 boats'), 'disagree');
    assert.equal(relate('108 boats', '102 to 105 boats'), 'disagree');
    assert.equal(relate('102 to 105 boats', '108 boats'), 'disagree', 'the range on the note side');
  });
  it('in other units of time: compared in days', () => {
    assert.equal(relate('18 months', '1 to 2 years'), 'consistent');
    assert.equal(relate('2 months', '1 to 2 years'), 'disagree');
    assert.equal(relate('1 to 2 years', '30 months'), 'consistent', '2.5 years: the range to its written precision');
    assert.equal(relate('1 to 2 years', '36 months'), 'disagree');
  });
});
