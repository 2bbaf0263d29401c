// Figure reading and rendering (engine/figures) at edges seed 17 of the mutation sample found
// untested (scripts/mutate-sample.mjs --seed 17, docs/mutation-testing.md "Session 23"). Each case
// fails with its seed-17 mutant applied and passes without it.
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures/extract';
import { formatLike } from '../../server/src/engine/figures/render';
import { formatFraction } from '../../server/src/engine/figures/renderFamilies';
import type { Figure } from '../../server/src/engine/types';

const show = (fs: Figure[]) => fs.map((f) => `${f.start}-${f.end} ${f.text} ${f.kind} ${f.value}${f.high !== undefined ? `-${f.high}` : ''}`);

describe('seed 17 survivors: figures read in a stretch of a text', () => {
  // extractFigures(text, 0, k) reads text[0, k): nothing at or past k decides what is read there
  const TEXTS = [
    'The [12] note and 12) of 1,200 units, 45%.',
    'Then 1:02:03.5 passed; 2019 and 10:3 0.',
    'It took 2:03:15 and then 1:02 more, 31:41 in all.',
    'Sales of 12345 units, then 7 more and 2,500 after.',
    'Groups 12 3 and (4) rose to 61.5% by 1998.',
  ];
  it('the figures of text[0, k) read with end k are those of the text cut at k, for every k', () => {
    for (const t of TEXTS) {
      for (let k = 0; k <= t.length; k++) assert.deepEqual(show(extractFigures(t, 0, k)), show(extractFigures(t.slice(0, k))), `${JSON.stringify(t)} cut at ${k}`);
    }
  });
});

describe('seed 17 survivors: what is not a figure, and what is', () => {
  it('a time of day is no count: "7 a.m.", "7 p.m.", "7 am", "7 pm" are times, minutes after midnight (session 50)', () => {
    assert.deepEqual(show(extractFigures('The shop opens at 7 a.m. daily.')), ['18-24 7 a.m. time 420']);
    assert.deepEqual(show(extractFigures('The shop shuts at 7 p.m. daily.')), ['18-24 7 p.m. time 1140']);
    assert.deepEqual(show(extractFigures('The shop opens at 7 am daily.')), ['18-22 7 am time 420']);
    assert.deepEqual(show(extractFigures('The shop shuts at 7 pm daily.')), ['18-22 7 pm time 1140']);
  });

  it('"<verb>ed 8% to 9%" after a change verb of any spelling is a change from one figure to another, not a range', () => {
    assert.deepEqual(show(extractFigures('Output zoomed 8% to 9% last year.')), ['14-16 8% percent 8', '20-22 9% percent 9']);
    assert.deepEqual(show(extractFigures('Output was 8% to 9% higher.')), ['11-19 8% to 9% percent 8-9']);
  });

  it('a fiscal year is a whole year and the next ("2019/20"); "2019.0/20" is none', () => {
    assert.deepEqual(show(extractFigures('In 2019/20 the mill made steel.')), ['3-10 2019/20 year 2019-2020']);
    assert.deepEqual(show(extractFigures('In 2019.0/20 the mill made steel.')), []);
  });
});

describe('seed 17 survivors: figures written like the note', () => {
  const like = (t: string) => {
    const f = extractFigures(t)[0];
    assert.ok(f, t);
    return f;
  };
  it('a whole number of 1–999 is written in words like a note in words; zero, a negative or a fraction in digits', () => {
    const times = like('three times');
    const table: [number, string][] = [[1, 'one'], [12, 'twelve'], [999, 'nine hundred and ninety-nine'], [0, '0'], [-2, '-2'], [-40, '-40'], [2.5, '2.5']];
    for (const [v, out] of table) assert.equal(formatLike(v, undefined, times), out, String(v));
    const millions = like('two million dollars');
    assert.equal(formatLike(-3e6, undefined, millions), '-3 million dollars');
    assert.equal(formatLike(3e6, undefined, millions), 'three million dollars');
  });

  it('a fraction in words opens on a capital only when the note\'s does', () => {
    const fig = (text: string) => ({ start: 0, end: text.length, text, value: 25, kind: 'percent', scale: 1, decimals: 0, fraction: true }) as Figure;
    const table: [string, string][] = [['one in four', 'one in five'], ['One in four', 'One in five'], ['1 in 4', 'one in five'], ['"one in four"', 'one in five'], ['(one in four)', 'one in five']];
    for (const [t, out] of table) assert.equal(formatFraction(20, undefined, fig(t)), out, t);
    assert.equal(formatFraction(50, undefined, fig('3 quarters')), 'half');
    assert.equal(formatFraction(50, undefined, fig('Three quarters')), 'Half');
  });
});
