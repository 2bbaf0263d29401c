// Period slips (engine/check/periodSlips.ts): a figure dated by a year of its sentence that the
// sources contradict is judged again with the source's year — the slip is reported on the year
// alone. Every sentence here is written for the test.
import * as assert from 'node:assert/strict';
import { checkAgainst, resultOf } from './check-helpers';

const FILES: Record<string, string> = {
  'kiln.txt':
    'Kiln maker sets targets\n\nThe pottery firm Ardent said it plans to sell 40,000 electric kilns by June 2008. It sold 12,500 last year, mostly to schools.\n\nA rival, Furnace Works, expects to sell 25,000 kilns by June 2009.\n',
  'glaze.txt': 'Glaze sales\n\nOstler sold 9,500 glazes in 2006, up from 8,200 in 2005.\n',
};

const check = (note: string) => checkAgainst(FILES, note);

const result = resultOf;

describe('period slips: a figure dated by a contradicted year', () => {
  it('reports the wrong year once and supports the figure it dates', () => {
    const r = check('Ardent plans to sell 40,000 electric kilns by June 2007 [@kiln].\n');
    assert.equal(result(r, '2007').verdict, 'contradicted');
    const f = result(r, '40,000');
    assert.equal(f.verdict, 'supported');
    assert.match(f.evidence[0].passage.text, /by June 2008/, 'the passage that contradicts the year');
  });

  it('never supports a figure whose value differs from the passage\'s', () => {
    const r = check('Ardent plans to sell 45,000 electric kilns by June 2007 [@kiln].\n');
    assert.notEqual(result(r, '45,000').verdict, 'supported');
  });

  it('leaves a figure whose year is right, or not a figure of the note, to the ordinary rules', () => {
    // the right year: supported by the ordinary rules, not through a second reading
    assert.equal(result(check('Ardent plans to sell 40,000 electric kilns by June 2008 [@kiln].\n'), '40,000').verdict, 'supported');
    // another company's target in the same source: the year's own contradiction does not carry the value over
    const r = check('Ardent plans to sell 25,000 electric kilns by June 2007 [@kiln].\n');
    assert.notEqual(result(r, '25,000').verdict, 'supported');
  });

  it('not when the source\'s sentence gives another value of its kind (the note\'s year may have had that one)', () => {
    const r = check('Ostler sold 9,500 glazes in 2004 [@glaze].\n');
    assert.equal(result(r, '2004').verdict, 'contradicted');
    assert.notEqual(result(r, '9,500').verdict, 'supported');
  });
});
