// The corpus's value index (corpus.ts buildValueIndex: every figure sorted by value, for the
// wrong-source lookup) lists the figures of a range in value order, ties in passage order, the same
// as a stable sort of one row per figure would.
import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/engine/corpus';
import { buildSource } from '../../server/src/engine/sources';
import { prng } from '../bench/note-shapes';

describe('the corpus value index', () => {
  it('gives the figures of a range by value, ties in passage and figure order (random corpora with many ties)', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const rnd = prng(seed);
      const texts = Array.from({ length: 8 }, (_, s) =>
        Array.from({ length: 6 }, () => `Firm ${s} sold ${1 + Math.floor(rnd() * 12)} units and ${Math.floor(rnd() * 5) * 100} cars, up ${Math.floor(rnd() * 4)}%.`).join('\n\n'),
      );
      const corpus = new Corpus(texts.map((t, i) => buildSource(i, `/w/s${i}.txt`, t)));
      const rows: { value: number; pid: number; at: number }[] = [];
      corpus.passages.forEach((p, pid) => p.figures.forEach((f, at) => f.kind === 'count' && rows.push({ value: f.value, pid, at })));
      const expected = rows.sort((x, y) => x.value - y.value).filter((r) => r.value >= 3 && r.value <= 300);
      const got = corpus.figuresBetween('count', 3, 300, 1e9).map((f) => ({ value: f.figure.value, pid: f.pid, at: f.at }));
      assert.ok(expected.length > 10);
      assert.deepEqual(got, expected, `seed ${seed}`);
      assert.deepEqual(corpus.figuresBetween('count', 3, 300, 4), expected.slice(0, 4).map((r) => ({ pid: r.pid, at: r.at, figure: corpus.passages[r.pid].figures[r.at] })));
    }
  });
});
