// A scoped ranking through the postings read only over the scope's ranges of passage ids, from the
// skip before each (ranking.ts addListIn, skipsOf; corpus.ts bm25Within): the same scores, to the
// bit, as the walk of every posting with the scope as a filter (issue 13: a figure cited to a 5 MB
// source walked its words' lists over the whole corpus).
import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/engine/corpus';
import { kindBit } from '../../server/src/engine/figures';
import { PostingWriter } from '../../server/src/engine/postingList';
import { ScoreBoard, SKIP_EVERY, skipsOf, type PassageFilter, type TermScoring } from '../../server/src/engine/ranking';
import { buildSource } from '../../server/src/engine/sources';
import { MAX_SCORED_SCOPE_PASSAGES } from '../../server/src/engine/check/policy';
import { articleText } from '../bench/hostile-cases';
import { prng as rng } from '../bench/note-shapes';

describe('ranking: a walk of some ranges of passages only (ranking.ts addListIn)', () => {
  it('scores what the whole walk with the ranges as a filter scores, with skips or without, the kind bit and the sources left out honoured', () => {
    const next = rng(43);
    for (let round = 0; round < 60; round++) {
      const n = 50 + Math.floor(next() * 3000);
      const lengths = Uint32Array.from({ length: n }, () => 1 + Math.floor(next() * 40));
      const t: TermScoring = { idf: 0.3 + next() * 2, weight: 0.5 + next(), k1: 1.2, b: 0.75, lengths, avgdl: 20 };
      const kindMask = Uint8Array.from({ length: n }, () => Math.floor(next() * 4));
      const sourceOfPid = Int32Array.from({ length: n }, (_, i) => Math.floor(i / 17));
      const w = new PostingWriter(64);
      // two lists one after the other in the same bytes: a list's own bounds read, not the array's
      const lists: [number, number][] = [];
      for (let l = 0; l < 2; l++) {
        w.startTerm();
        const density = next();
        for (let pid = 0; pid < n; pid++) if (next() < density) w.add(pid, 1 + Math.floor(next() * (next() < 0.1 ? 300 : 4)));
      }
      const bytes = w.finish();
      // (the bounds of each list: read back through skipsOf over the whole array is not needed — a
      // PostingWriter's offsets are what finish() lays out; find them by walking the first list)
      const all = skipsOf(bytes, 0, bytes.length);
      assert.ok(all.length >= 2);
      lists.push([0, bytes.length]);
      const ranges: number[] = [];
      for (let at = Math.floor(next() * 40); at < n; ) {
        const len = 1 + Math.floor(next() * 200);
        ranges.push(at, Math.min(n, at + len));
        at += len + Math.floor(next() * 400);
      }
      const inRanges = (pid: number) => {
        for (let i = 0; i < ranges.length; i += 2) if (pid >= ranges[i] && pid < ranges[i + 1]) return true;
        return false;
      };
      for (const filter of [
        { bit: 0, kindMask, excluded: null, sourceOfPid },
        { bit: 2, kindMask, excluded: null, sourceOfPid, allow: (pid: number) => pid % 3 !== 0 },
        { bit: 0, kindMask, excluded: Uint8Array.from({ length: n }, (_, s) => (s % 4 === 1 ? 1 : 0)), sourceOfPid },
      ] as PassageFilter[]) {
        const [from, to] = lists[0];
        for (const skips of [null, skipsOf(bytes, from, to)]) {
          const whole = new ScoreBoard(n);
          whole.addList(bytes, from, to, null, t, { ...filter, allow: (pid) => inRanges(pid) && (filter.allow?.(pid) ?? true) });
          const part = new ScoreBoard(n);
          part.addListIn(bytes, from, to, skips, Int32Array.from(ranges), t, filter);
          assert.deepEqual([...part.acc], [...whole.acc], `round ${round}`);
          assert.deepEqual(part.take(n), whole.take(n), `round ${round}`);
        }
      }
    }
  });

  it('skipsOf: every SKIP_EVERY-th posting’s offset and the id before it', () => {
    const w = new PostingWriter(16);
    w.startTerm();
    const ids = Array.from({ length: 300 }, (_, i) => i * 3 + (i % 2));
    for (const id of ids) w.add(id, 1 + (id % 200));
    const bytes = w.finish();
    const skips = skipsOf(bytes, 0, bytes.length);
    assert.equal(skips.length, 2 * Math.ceil(ids.length / SKIP_EVERY));
    assert.deepEqual([skips[0], skips[1]], [0, -1]);
    for (let k = 1; k < skips.length / 2; k++) assert.equal(skips[2 * k + 1], ids[k * SKIP_EVERY - 1]);
  });
});

describe('ranking: a figure cited to large sources, among others, ranks through the postings over their passages only (corpus.ts)', () => {
  it(`sources of more than ${MAX_SCORED_SCOPE_PASSAGES} passages each, cited alone or together, first, in the middle or last: the scores of scoring each passage directly`, function () {
    this.timeout(60_000);
    const small = (i: number) => buildSource(i, `/ws/sources/s${i}.txt`, `Small ${i}\n\nSales rose ${i}% and profit ${i + 2}% in 20${10 + i}.\n`);
    const sources = [
      buildSource(0, '/ws/sources/a.txt', `A book\n\n${articleText(900_000, 3)}`),
      small(1),
      buildSource(2, '/ws/sources/b.txt', `B book\n\n${articleText(900_000, 5)}`),
      small(3),
      small(4),
      buildSource(5, '/ws/sources/c.txt', `C book\n\n${articleText(900_000, 7)}`),
    ];
    const corpus = new Corpus(sources);
    type Within = (q: unknown, pids: number[], inScope: (pid: number) => boolean, limit: number) => unknown;
    const c = corpus as unknown as { bm25Of(q: unknown, pids: number[], limit: number, keep: boolean): unknown; bm25Within: Within; kindMask: Uint8Array; sourceOfPid: Int32Array };
    const query = ['revenu', 'sale', 'quarter', 'market', 'the', 'nothing'].map((term, i) => ({ term, weight: 1 / (1 + i) }));
    let scoped = 0;
    for (const scope of [[sources[0]], [sources[2]], [sources[5]], [sources[5], sources[0]], [sources[2], sources[3], sources[2]], [sources[1], sources[5]]]) {
      for (const kind of ['percent', 'currency', 'year'] as const) {
        const bit = kindBit(kind);
        // the candidates as figureCandidates lists them (per source, in the scope's order)
        const pids = scope.flatMap((s) => s.passages.map((p) => corpus.pid(p)).filter((pid) => c.kindMask[pid] & bit));
        if (pids.length <= MAX_SCORED_SCOPE_PASSAGES) continue;
        scoped++;
        const only = new Set(scope.map((s) => s.index));
        // the walk of every posting (no ranges given), with the scope as a filter: what it was
        const whole = c.bm25Within.call(corpus, query, pids, (pid: number) => (c.kindMask[pid] & bit) !== 0 && only.has(c.sourceOfPid[pid]), 200);
        assert.deepEqual(corpus.figureCandidates(query, kind, { only: scope }, 200), whole, `${scope.map((s) => s.index)} ${kind}`);
        if (scope.length === 1) assert.deepEqual(whole, c.bm25Of(query, pids, 200, true));
      }
    }
    assert.ok(scoped >= 4, `scoped rankings: ${scoped}`);
  });
});
