// The corpus's value index (corpus.ts buildValueIndex: every figure sorted by value, for the
// wrong-source lookup) lists the figures of a range in value order, ties in passage order, the same
// as a stable sort of one row per figure would.
import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/engine/corpus';
import { buildSource } from '../../server/src/engine/sources';
import { drain } from '../../server/src/engine/steps';
import type { FigureKind } from '../../server/src/engine/types';
import { valueIndexOfFigures } from '../../server/src/engine/valueIndex';
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

  it('sorts rows as a stable sort by value does, NaN last, -0 as 0 — whole numbers (radix passes skipped), fractions, negatives, huge and tiny values, more rows than a step', () => {
    const kinds: FigureKind[] = ['count', 'percent', 'currency', 'year'];
    const shapes: ((rnd: () => number) => number)[] = [
      (rnd) => Math.floor(rnd() * 50), // whole numbers, many ties: both low-word passes skipped
      (rnd) => 1990 + Math.floor(rnd() * 30), // years: three passes skipped
      (rnd) => (rnd() < 0.5 ? -1 : 1) * Math.floor(rnd() * 1e6) / 100, // fractions and negatives
      (rnd) => [0, -0, NaN, Infinity, -Infinity, 1e300, -1e-300, 5e-324, 7][Math.floor(rnd() * 9)],
      () => 42, // every row alike: every pass skipped
    ];
    for (const [si, shape] of shapes.entries())
      for (const m of [0, 1, 2, 1000, 70000]) {
        const rnd = prng(100 * si + m);
        const rows = Array.from({ length: m }, (_, k) => ({ pid: k >> 1, fig: k & 1, value: shape(rnd), kind: kinds[k % 4] }));
        const index = drain(
          valueIndexOfFigures((visit) =>
            (function* () {
              for (const r of rows) visit(r.pid, r.fig, r.value, r.kind);
              yield rows.length;
            })(),
          ),
        );
        const key = (v: number) => (v === v ? v + 0 : Infinity);
        const sorted = rows.map((r, k) => ({ r, k })).sort((a, b) => (Number.isNaN(a.r.value) !== Number.isNaN(b.r.value) ? (Number.isNaN(a.r.value) ? 1 : -1) : key(a.r.value) - key(b.r.value) || a.k - b.k));
        const want = sorted.map(({ r }) => [r.pid, r.fig]);
        const got = Array.from(index.pid, (pid, i) => [pid, index.fig[i]]);
        assert.deepEqual(got, want, `shape ${si}, ${m} rows`);
        assert.ok(Array.from(index.value).every((v, i) => Object.is(v, Number.isNaN(sorted[i].r.value) ? NaN : sorted[i].r.value + 0)), `values, shape ${si}`);
      }
  });
});
