// Reading families of session 26 (issue 9). Every sentence and every name here is written for the test.
import * as assert from 'node:assert/strict';
import { checkAgainst, verdictOf } from './check-helpers';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';

const lex = new Lexicon();

describe('reading families (session 26): a change by an amount reckoned on average, further or estimated', () => {
  const CASES: [string, string, 'change' | 'level'][] = [
    // "by" past words that say how the amount was reckoned, the verb's object before "by"
    ['The Garrow plan would cut tenants\' rents by an average of £120.', '£120', 'change'],
    ['The Garrow plan would cut tenants\' rents by £120.', '£120', 'change'],
    ['Marlowe raised its fares by a further 4%.', '4%', 'change'],
    ['Marlowe trimmed its costs by an estimated £40m.', '£40m', 'change'],
    ['Marlowe trimmed its costs by a total of £40m.', '£40m', 'change'],
    // (an extra amount stays the amount, as a note's "an extra £4bn for the fund" reads it)
    ['Marlowe will increase its grant by an extra £4m.', '£4m', 'level'],
    // (a margin or a level "by" does not hang on is none of these)
    ['Tenants in Garrow paid an average of £120 a week.', '£120', 'level'],
  ];
  for (const [s, fig, role] of CASES) {
    it(`"${s}": ${fig} is ${role === 'change' ? 'a change' : 'no change'}`, () => {
      const fr = frameIn(lex, s, fig);
      if (role === 'change') assert.equal(fr.role, 'change');
      else assert.notEqual(fr.role, 'change');
    });
  }

  const SOURCE = {
    'rents.txt': 'Garrow rents plan\n\nThe Garrow party says it can save £2bn on administration, of which £600m could be used to cut tenants\' rents by an average of £120.\n',
  };
  it('a note that trims rents by another average amount is contradicted', () => {
    const r = checkAgainst(SOURCE, 'The Garrow party would spend £600m trimming tenants\' rents by £210 on average [@rents].');
    assert.equal(verdictOf(r, '£210'), 'contradicted');
  });
  it('…and the same amount is supported', () => {
    const r = checkAgainst(SOURCE, 'The Garrow party would spend £600m trimming tenants\' rents by £120 on average [@rents].');
    assert.equal(verdictOf(r, '£120'), 'supported');
  });
});
