// The same number per another unit of time ("each week" where the source says "every month"): a
// misquote's fingerprint, contradicted on less alignment than another value needs. Every sentence
// here is written for the test.
import * as assert from 'node:assert/strict';
import { checkNote } from '../../server/src/engine/check';
import { Corpus } from '../../server/src/engine/corpus';
import { buildSource } from '../../server/src/engine/sources';

const source =
  'Lost bikes\n\nIt is estimated that about 4,000 bicycles are lost or stolen every month across the region, according to police figures. Most are never recovered.\n';
const check = (note: string) => checkNote(note, new Corpus([buildSource(0, '/ws/sources/bikes.txt', source)]));
const verdict = (note: string, text: string) => checkNote(note, new Corpus([buildSource(0, '/ws/sources/bikes.txt', source)])).figures.find((f) => f.figure.text === text)?.verdict;

describe('rate slips', () => {
  it('the same number per week where the source counts per month is contradicted', () => {
    const r = check('About 4,000 bicycles go missing each week [@bikes].\n');
    const f = r.figures.find((x) => x.figure.text === '4,000');
    assert.equal(f?.verdict, 'contradicted');
    assert.equal(f?.evidence[0].figure?.text, '4,000');
  });
  it('the same number per month is not', () => {
    assert.notEqual(verdict('About 4,000 bicycles go missing each month [@bikes].\n', '4,000'), 'contradicted');
  });
  it('a rate worked out in another unit is the note\'s arithmetic, not a slip', () => {
    assert.notEqual(verdict('About 920 bicycles go missing each week [@bikes].\n', '920'), 'contradicted');
  });
});
