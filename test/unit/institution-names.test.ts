// Two institutions sharing a last word (alignment.ts otherLead): "the Kelp Royal Ballet" is not
// "the Ostland National Ballet", though both are a Ballet — a figure of one supports nothing of
// the other; a person is not set apart so ("Gordon Brown" is "Mr Brown"). Every sentence here is
// written for the test.
import * as assert from 'node:assert/strict';
import { checkAgainst, verdictOf } from './check-helpers';

const FILES: Record<string, string> = {
  'ballet.txt': 'Dancers\n\nA spokesman for the Ostland National Ballet said that only two of its 11 principal dancers were born in Ostland.\n',
  'aid.txt': 'Aid plan\n\nGordon Brown set out his plan on Monday.\n\nMr Brown wanted to provide $10bn a year over a decade.\n',
};

const check = (note: string) => checkAgainst(FILES, note);

describe('institutions sharing a last word', () => {
  it('a figure of one is no support for the other', () => {
    assert.notEqual(verdictOf(check('Just two of the Kelp Royal Ballet\'s 11 principal dancers were born in Ostland [@ballet].\n'), '11'), 'supported');
    assert.equal(verdictOf(check('Just two of the Ostland National Ballet\'s 11 principal dancers were born in Ostland [@ballet].\n'), '11'), 'supported');
  });

  it('a person named with a title and with a first name is one person', () => {
    assert.equal(verdictOf(check('Gordon Brown\'s plan would provide $10bn a year [@aid].\n'), '$10bn'), 'supported');
  });
});
