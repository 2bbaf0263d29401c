// The snapshot store (engine/stores) over an in-memory remote base built from the same rows the
// PostgreSQL loader writes: a check through it gives the embedded index's report, in a few passes
// the first time and in one once everything it needs was fetched; what it has not fetched is never
// read silently as empty.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkNote, type NoteReport } from '../../server/src/engine/check';
import { Corpus } from '../../server/src/engine/corpus';
import { kindBit } from '../../server/src/engine/figures';
import { buildSource } from '../../server/src/engine/sources';
import { CheckDidNotSettle, MAX_PASSES, PassGivenUp, SnapshotStore } from '../../server/src/engine/stores';
import { searchHits, type PassageHit } from '../../server/src/engine/search';
import type { PassageStore, Scope } from '../../server/src/engine/store';
import type { Source } from '../../server/src/engine/types';
import { MemoryBase } from '../helpers/memoryBase';

const ROOT = path.resolve(__dirname, '../..');

/** What a report says, without object identities: findings, figure and quote verdicts with their evidence. */
function said(r: NoteReport): unknown {
  return {
    diagnostics: r.diagnostics.map((d) => [d.code, d.start, d.end, d.severity, d.message, d.fixes?.map((f) => f.title)]),
    figures: r.figures.map((f) => [f.figure.start, f.verdict, f.evidence.map((e) => [e.source.path, e.start, e.end, e.score]), f.wrongSource?.source.path]),
    quotes: r.quotes.map((q) => [q.quote.start, q.verdict, q.evidence.map((e) => [e.source.path, e.start, e.end]), q.suggestion]),
  };
}

describe('snapshot store over a remote base', () => {
  const dir = path.join(ROOT, 'examples/sources');
  const files = fs.readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort();
  const sources = () => files.map((f, i) => buildSource(i, path.join(dir, f), fs.readFileSync(path.join(dir, f), 'utf8')));
  const note = fs.readFileSync(path.join(ROOT, 'examples/notes/analysis.md'), 'utf8');

  it('checks a note with the embedded index’s verdicts, findings and evidence', async () => {
    const embedded = checkNote(note, new Corpus(sources()));
    const store = new SnapshotStore(new MemoryBase(sources()));
    const remote = await store.run(note, (view) => checkNote(note, view));
    assert.ok(embedded.figures.length > 10 && embedded.diagnostics.length > 5);
    assert.deepEqual(said(remote), said(embedded));
  });

  it('fetches in a few passes the first time and answers in one pass the next', async () => {
    const base = new MemoryBase(sources());
    const store = new SnapshotStore(base);
    await store.run(note, (view) => checkNote(note, view));
    assert.ok(store.lastPasses >= 2 && store.lastPasses < MAX_PASSES, String(store.lastPasses));
    assert.ok(base.calls.includes('sources') && base.calls.includes('postings'), base.calls.join());
    base.calls.length = 0;
    await store.run(note, (view) => checkNote(note, view));
    assert.equal(store.lastPasses, 1);
    assert.deepEqual(base.calls, []);
  });

  it('never reads a source it has not fetched as empty', async () => {
    const store = new SnapshotStore(new MemoryBase(sources()));
    const view = await store.view();
    assert.equal(view.sources.length, files.length);
    assert.throws(() => view.sources[0].text, /was not fetched from the store/);
  });

  it('throws an error of the check itself, when nothing was missing, instead of answering nothing', async () => {
    const store = new SnapshotStore(new MemoryBase(sources()));
    await assert.rejects(store.run(note, () => { throw new RangeError('a check that fails'); }), /a check that fails/);
    // and a later run on the same store still answers
    const embedded = checkNote(note, new Corpus(sources()));
    assert.deepEqual(said(await store.run(note, (view) => checkNote(note, view))), said(embedded));
  });

  it('gives up after MAX_PASSES when the base never yields what a check needs', async () => {
    const base = new MemoryBase(sources());
    base.sources = async () => [];
    const store = new SnapshotStore(base);
    await assert.rejects(store.run(note, (view) => checkNote(note, view)), CheckDidNotSettle);
  });

  it('answers every question of a PassageStore as the embedded index does: keys, passages, terms, rankings in scopes', async () => {
    /** What a store answers, as plain data (sources by path). */
    const ask = (s: PassageStore) => {
      const path = (x: Source) => x.path;
      const out: unknown[] = [s.passageCount, s.figureCount, s.sources.map(path)];
      for (const key of ['001', '00', 'zzz', s.sources[0].key, s.sources[1].key.toUpperCase()]) {
        const r = s.resolveKey(key);
        out.push(r.kind === 'found' ? path(r.source) : r.kind === 'ambiguous' ? r.candidates.map(path) : r.kind);
      }
      out.push(s.sources.map((x) => [s.shortKey(x), s.prefixKey(x)]));
      for (let pid = 0; pid < s.passageCount; pid += 7) {
        const p = s.passage(pid);
        out.push([pid, s.pid(p), p.start, p.end, [...s.passageTerms(pid)].sort(), s.passageTokens(pid).map((t) => [t.term, t.start, t.end])]);
      }
      const terms = ['meta', 'gpu', 'the', 'nvidia', 'grid', 'zzz', 'comput'];
      out.push(terms.map((t) => [t, s.idf(t), s.has(t), s.isName(t)]));
      out.push(['meta', 'nvidia', 'the', 'grid', 'zzz', 'compute'].map((w) => s.writtenAs(w)));
      const query = (ws: string[]) => ws.map((term, i) => ({ term, weight: 1 + i / 2 }));
      const scopes: Scope[] = [{}, { only: [s.sources[0]] }, { except: new Set([0]) }, { only: [s.sources[1], s.sources[2]] }];
      for (const scope of scopes) {
        for (const kind of ['currency', 'count', 'percent'] as const) out.push(s.figureCandidates(query(['llama', 'model', 'gpu', 'comput']), kind, scope, 5).map((x) => [x.pid, x.score]));
        out.push(s.passageCandidates(query(['llama', 'model', 'train', 'the']), scope, 4).map((x) => [x.pid, x.score]));
      }
      for (const [kind, lo, hi, limit] of [['count', 0, 1e12, 4], ['currency', 0, 1e15, 100], ['year', 2000, 2030, 100], ['percent', 0, 50, 100]] as const) out.push(s.figuresBetween(kind, lo, hi, limit).map((f) => [f.pid, f.at, f.figure.text]));
      return out;
    };
    const corpus = new Corpus(sources());
    const store = new SnapshotStore(new MemoryBase(sources()));
    const embedded = ask(corpus);
    assert.deepEqual(await store.run('', ask), embedded);
    assert.ok(JSON.stringify(embedded).length > 5000, 'the answers hold passages and rankings');
  });

  it('ranks by the value index in value, then passage order, with the store’s figure kinds', async () => {
    const store = new SnapshotStore(new MemoryBase(sources()));
    const corpus = new Corpus(sources());
    let total = 0;
    for (const kind of ['currency', 'percent', 'count', 'year'] as const) {
      assert.ok(kindBit(kind) > 0);
      const got = await store.run('', (view) => view.figuresBetween(kind, 0, 1e15, 50).map((f) => [f.pid, f.at, f.figure.text]));
      assert.deepEqual(got, corpus.figuresBetween(kind, 0, 1e15, 50).map((f) => [f.pid, f.at, f.figure.text]), kind);
      total += got.length;
    }
    assert.ok(total > 10, String(total));
  });

  it('searches with the embedded search’s hits: words, a last word as a prefix, a figure', async () => {
    const corpus = new Corpus(sources());
    const base = new MemoryBase(sources());
    const store = new SnapshotStore(base);
    const hitsOf = (hits: PassageHit[]) => hits.map((h) => [h.source.path, h.passage.start, h.score, h.highlights, h.focus]);
    let compared = 0;
    for (const q of ['Meta compute', 'personal superintell', '350,000', 'H100 GPUs', 'grid review']) {
      const embedded = searchHits(corpus, q, 8);
      assert.deepEqual(hitsOf(await store.search(q, 8)), hitsOf(embedded), q);
      compared += embedded.length;
    }
    assert.ok(compared > 5, String(compared));
    assert.ok(base.calls.includes('prefix'), base.calls.join());
  });

  it('runs one check at a time: a second waits for the first one’s passes', async () => {
    const store = new SnapshotStore(new MemoryBase(sources()));
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const first = store.runAsync(note, async (view) => {
      order.push('first starts');
      await held;
      const r = checkNote(note, view);
      order.push('first pass ends');
      return r;
    });
    const second = store.runAsync(note, async (view) => {
      order.push('second starts');
      return checkNote(note, view);
    });
    await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(order, ['first starts']);
    release();
    assert.deepEqual(said(await second), said(await first));
    assert.equal(order.indexOf('second starts') > order.lastIndexOf('first pass ends'), true, order.join(', '));
  });

  it('ends a run at once when a pass is given up', async () => {
    const store = new SnapshotStore(new MemoryBase(sources()));
    let passes = 0;
    await assert.rejects(
      store.runAsync(note, async (view) => {
        passes++;
        checkNote(note, view);
        throw new PassGivenUp();
      }),
      PassGivenUp,
    );
    assert.equal(passes, 1);
  });
});
