// BM25 over varint postings into a board of scores, and the best few taken through a heap
// (engine/ranking.ts): the rankings are the ones scoring every passage directly and sorting them
// all gives — the same scores to the bit, the same order, ties by passage id.
import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/engine/corpus';
import { kindBit } from '../../server/src/engine/figures';
import { PostingWriter } from '../../server/src/engine/postingList';
import { ScoreBoard, topScored, type PassageFilter, type TermScoring } from '../../server/src/engine/ranking';
import { buildSource } from '../../server/src/engine/sources';
import type { Scored, WeightedTerm } from '../../server/src/engine/store';
import { COMMON_TERM_MIN_DF, COMMON_TERM_RARITY } from '../../server/src/engine/check/policy';
import type { FigureKind } from '../../server/src/engine/types';
import { prng as rng } from '../bench/note-shapes';

/** Every hit sorted (score descending, id ascending) and cut: what topScored must equal. */
function sortedTop(hits: number[], acc: Float64Array, limit: number): Scored[] {
  return hits
    .map((pid) => ({ pid, score: acc[pid] }))
    .sort((a, b) => b.score - a.score || a.pid - b.pid)
    .slice(0, limit);
}

describe('ranking: the best few of a board (ranking.ts topScored)', () => {
  it('equals sorting every hit and cutting, for any limit, with many ties, in any order of the hits', () => {
    const next = rng(7);
    for (let round = 0; round < 40; round++) {
      const n = 1 + Math.floor(next() * 300);
      const acc = new Float64Array(400);
      const hits: number[] = [];
      const seen = new Set<number>();
      while (hits.length < n) {
        const pid = Math.floor(next() * 400);
        if (seen.has(pid)) continue;
        seen.add(pid);
        hits.push(pid);
        // a few distinct scores only: ties decide much of the order
        acc[pid] = 0.5 + Math.floor(next() * 6) / 4;
      }
      for (const limit of [0, 1, 3, 40, n - 1, n, n + 5]) {
        if (limit < 0) continue;
        const got = topScored(Int32Array.from(hits), hits.length, acc, limit);
        assert.deepEqual(got, sortedTop(hits, acc, limit), `round ${round} limit ${limit}`);
      }
    }
  });

  it('of no hits is empty; of one, that one', () => {
    const acc = new Float64Array(4);
    assert.deepEqual(topScored(new Int32Array(0), 0, acc, 10), []);
    acc[2] = 1.5;
    assert.deepEqual(topScored(Int32Array.of(2), 1, acc, 10), [{ pid: 2, score: 1.5 }]);
  });
});

describe('ranking: a board of scores (ranking.ts ScoreBoard)', () => {
  const lengths = Uint32Array.of(10, 4, 7, 12, 3, 9);
  const t = (idf: number, weight: number): TermScoring => ({ idf, weight, k1: 1.2, b: 0.75, lengths, avgdl: 7.5 });
  const bm25 = (s: TermScoring, f: number, pid: number) => (s.idf * s.weight * (f * (s.k1 + 1))) / (f + s.k1 * (1 - s.b + (s.b * s.lengths[pid]) / s.avgdl));
  const list = (pairs: [number, number][]) => {
    const w = new PostingWriter(16);
    w.startTerm();
    for (const [pid, tf] of pairs) w.add(pid, tf);
    return w.finish();
  };
  const open: PassageFilter = { bit: 0, kindMask: new Uint8Array(6), excluded: null, sourceOfPid: Int32Array.of(0, 0, 1, 1, 2, 2) };

  it('sums each term\'s BM25 per passage in the order the terms come, and leaves every score at 0 once taken', () => {
    const board = new ScoreBoard(6);
    const a = list([[0, 1], [2, 3], [5, 200]]);
    const b = list([[2, 1], [3, 2]]);
    board.addList(a, 0, a.length, null, t(1.3, 1), open);
    board.addList(b, 0, b.length, null, t(0.4, 0.5), open);
    const got = board.take(10);
    const want = [
      { pid: 2, score: bm25(t(1.3, 1), 3, 2) + bm25(t(0.4, 0.5), 1, 2) },
      { pid: 5, score: bm25(t(1.3, 1), 200, 5) },
      { pid: 0, score: bm25(t(1.3, 1), 1, 0) },
      { pid: 3, score: bm25(t(0.4, 0.5), 2, 3) },
    ].sort((x, y) => y.score - x.score || x.pid - y.pid);
    assert.deepEqual(got, want);
    assert.ok(board.acc.every((x) => x === 0));
    // (a board taken is as good as new)
    board.addList(b, 0, b.length, null, t(0.4, 0.5), open);
    assert.deepEqual(board.take(1), [{ pid: 3, score: bm25(t(0.4, 0.5), 2, 3) }]);
  });

  it('reads ids through toNow (a passage gone: -1), and honours the kind bit, the sources left out and allow', () => {
    const a = list([[0, 1], [1, 1], [2, 1], [3, 1], [4, 1], [5, 1]]);
    const pids = (filter: PassageFilter, toNow: Int32Array | null = null) => {
      const board = new ScoreBoard(6);
      board.addList(a, 0, a.length, toNow, t(1, 1), filter);
      return board.take(10).map((s) => s.pid).sort();
    };
    assert.deepEqual(pids(open, Int32Array.of(5, -1, 4, -1, 0, 1)), [0, 1, 4, 5]);
    const kindMask = Uint8Array.of(1, 2, 3, 0, 2, 1);
    assert.deepEqual(pids({ ...open, bit: 2, kindMask }), [1, 2, 4]);
    assert.deepEqual(pids({ ...open, excluded: Uint8Array.of(0, 1, 0) }), [0, 1, 4, 5]);
    assert.deepEqual(pids({ ...open, allow: (pid) => pid % 2 === 1 }), [1, 3, 5]);
  });

  it('grows its list of passages touched past its first size', () => {
    const n = 5_000;
    const pairs: [number, number][] = Array.from({ length: n }, (_, i) => [i, 1 + (i % 3)]);
    const l = list(pairs);
    const s: TermScoring = { idf: 1, weight: 1, k1: 1.2, b: 0.75, lengths: new Uint32Array(n).fill(5), avgdl: 5 };
    const board = new ScoreBoard(n);
    board.addList(l, 0, l.length, null, s, { ...open, kindMask: new Uint8Array(n), sourceOfPid: new Int32Array(n) });
    const top = board.take(n);
    assert.equal(top.length, n);
    assert.deepEqual(top.slice(0, 2).map((x) => x.pid), [2, 5]);
  });
});

describe('ranking: a corpus ranks as scoring every passage directly does (corpus.ts)', () => {
  // many sources of a few words from a small vocabulary: long posting lists, many equal scores
  const WORDS = ['sales', 'profit', 'market', 'shares', 'quarter', 'bank', 'rate', 'growth', 'oil', 'price', 'jobs', 'trade'];
  const next = rng(11);
  const pick = () => WORDS[Math.floor(next() * WORDS.length)];
  const figures = ['12%', '$4.5m', '300 jobs', 'in 2004', '7.1%', '£2bn'];
  const sources = Array.from({ length: 240 }, (_, i) => {
    const sentences = Array.from({ length: 3 }, (_, k) => `The ${pick()} ${pick()} rose ${figures[(i + k) % figures.length]} as ${pick()} ${pick()} fell.`);
    return buildSource(i, `/ws/sources/s${String(i).padStart(3, '0')}.txt`, `${i % 8 === 0 ? 'Audit report' : 'Report'} ${i}\n\n${sentences.join(' ')}\n`);
  });
  const corpus = new Corpus(sources);
  const c = corpus as unknown as { bm25Of(q: readonly WeightedTerm[], pids: number[], limit: number): Scored[]; kindMask: Uint8Array };
  const allPids = Array.from({ length: corpus.passageCount }, (_, pid) => pid);
  // (a ranking over many passages leaves out the terms in more than COMMON_TERM_RARITY's share of
  // them when the query has rarer ones: the direct scoring is given the same terms)
  const df = (term: string) => allPids.filter((pid) => corpus.passageTerms(pid).has(term)).length;
  const common = Math.max(COMMON_TERM_MIN_DF, corpus.passageCount / COMMON_TERM_RARITY);
  const direct = {
    kindMask: c.kindMask,
    bm25Of(q: readonly WeightedTerm[], pids: number[], limit: number): Scored[] {
      const rare = q.filter((t) => df(t.term) <= common);
      return c.bm25Of(rare.length ? rare : q, pids, limit);
    },
  };
  const queries: WeightedTerm[][] = [
    [{ term: 'sal', weight: 1 }],
    [{ term: 'profit', weight: 1 }, { term: 'market', weight: 0.5 }, { term: 'oil', weight: 0.25 }],
    [{ term: 'shar', weight: 0.7 }, { term: 'bank', weight: 1 }, { term: 'nowher', weight: 1 }],
    [{ term: 'audit', weight: 0.3 }, { term: 'bank', weight: 1 }],
  ];

  it('a sanity check of the test: some rankings are cut, some scores tie, some terms are left out as common', () => {
    const all = corpus.passageCandidates(queries[1], {}, 10_000);
    assert.ok(all.length > 40, String(all.length));
    assert.ok(new Set(all.map((s) => s.score)).size < all.length);
    assert.ok(df('bank') > common && df('audit') > 0 && df('audit') <= common, `${df('bank')} ${df('audit')} ${common}`);
  });

  it('figure candidates over the whole corpus, of each kind, all sources or all but some', () => {
    for (const q of queries) {
      for (const kind of ['percent', 'currency', 'count', 'year'] as FigureKind[]) {
        for (const except of [undefined, new Set([0, 1, 2, 50, 51])]) {
          const pids = allPids.filter((pid) => direct.kindMask[pid] & kindBit(kind)).filter((pid) => !except?.has(corpus.sourceOf(pid)));
          for (const limit of [1, 40, 500]) assert.deepEqual(corpus.figureCandidates(q, kind, except ? { except } : {}, limit), direct.bm25Of(q, pids, limit), `${JSON.stringify(q)} ${kind} ${limit} ${except ? 'except' : ''}`);
        }
      }
    }
  });

  it('passage candidates, only some sources or all but some, and the search palette', () => {
    const only = sources.slice(10, 60);
    const onlySet = new Set(only.map((s) => s.index));
    for (const q of queries) {
      assert.deepEqual(corpus.passageCandidates(q, {}, 25), direct.bm25Of(q, allPids, 25));
      assert.deepEqual(corpus.passageCandidates(q, { only }, 25), direct.bm25Of(q, allPids.filter((pid) => onlySet.has(corpus.sourceOf(pid))), 25));
      const except = new Set([3, 4, 5]);
      assert.deepEqual(corpus.passageCandidates(q, { except }, 25), direct.bm25Of(q, allPids.filter((pid) => !except.has(corpus.sourceOf(pid))), 25));
    }
    assert.deepEqual(corpus.search('profit growth', 15, (s) => s % 2 === 0), direct.bm25Of(
      [{ term: 'profit', weight: 1 }, { term: 'growth', weight: 1 }],
      allPids.filter((pid) => corpus.sourceOf(pid) % 2 === 0),
      15,
    ));
  });
});
