// figuresAgree (server/src/engine/figures/agree.ts) at two edges the example tables missed: a note
// stating more digits than an imprecise source gives, exactly at ROUNDING (1.5%) and one unit past
// it (this kills the mutant that narrows the bound by its float slack); two vague figures of one
// range in other words (the wording shortcut is only a shortcut).
import * as assert from 'node:assert/strict';
import { extractFigures, figuresAgree } from '../../server/src/engine/figures';
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
