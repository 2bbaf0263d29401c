// Reading families of session 20 (issue 9). Every sentence and every name here is written for the
// test.
import * as assert from 'node:assert/strict';
import { checkAgainst, verdictOf } from './check-helpers';

describe('reading families (session 20): units of time as sports copy abbreviates them', () => {
  const FILES: Record<string, string> = {
    'relay.txt': 'Indoor mile\n\nThe Kenyan runner Peter Omondi won the indoor mile in Glasgow on Saturday. He beat Norway\'s Lars Vik by almost 12secs in a race run at a steady pace.\n\nVik said he would race again in March.\n',
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);

  it('"more than 12 seconds" against "almost 12secs" is contradicted: secs are seconds', () => {
    assert.equal(verdictOf(check('Omondi beat Norway\'s Lars Vik by more than 12 seconds [@relay].'), '12'), 'contradicted');
  });

  it('"almost 12 seconds" against "almost 12secs" is supported', () => {
    assert.equal(verdictOf(check('Omondi beat Norway\'s Lars Vik by almost 12 seconds [@relay].'), '12'), 'supported');
  });
});
