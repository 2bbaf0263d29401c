// A change of a few sources is layered over the postings made last (postingLayers.ts) instead of
// rebuilding or rewriting them, and past a share of the corpus the layers are merged on the
// PostingsMaker. Whatever the sequence of changes, the corpus must answer every query as a fresh
// build of the same files does: the same hits with the same scores (BM25 over the whole corpus and
// within cited sources, free-text search), document frequencies, names and written forms, and the
// same figures by value (the value index carried over from the previous corpus).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Corpus } from '../../server/src/engine/corpus';
import type { Figure, FigureKind, Passage } from '../../server/src/engine/types';
import { drain } from '../../server/src/engine/steps';
import { valueIndexSteps } from '../../server/src/engine/valueIndex';
import { makePostings, type PostingsJob } from '../../server/src/engine/workers';
import { MERGE_AHEAD_SHARE } from '../../server/src/engine/workspace/policy';
import { folderSet, InMemoryFileSystem, SourceIndex, type FileSystem, type IndexSettings } from '../../server/src/engine/workspace';
import { prng } from '../bench/note-shapes';

const DIR = '/w/sources';
const settings: IndexSettings = { sets: [folderSet(DIR)], exclude: [], maxSourceSizeKB: 1024 };

const WORDS = ['harbour', 'grain', 'glacier', 'budget', 'rail', 'orchard', 'election', 'tariff', 'exports', 'profits', 'rose', 'fell', 'said', 'the', 'of', 'workers', 'council', 'survey'];
const NAMES = ['Weaviate', 'Zanzibar', 'Meta', 'Orkney', 'Bates', 'Quokka'];
const KINDS: FigureKind[] = ['count', 'currency', 'percent', 'year'];

/** A random article: sentences of common words, a few names, figures of several kinds. */
function article(rand: () => number, words: string[]): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const out: string[] = [`${pick(NAMES)} ${pick(words)} report`, ''];
  const sentences = 2 + Math.floor(rand() * 6);
  for (let s = 0; s < sentences; s++) {
    const ws = Array.from({ length: 4 + Math.floor(rand() * 8) }, () => (rand() < 0.1 ? pick(NAMES) : pick(words)));
    const fig = [`${Math.floor(rand() * 90) + 1}%`, `£${(rand() * 9).toFixed(1)}bn`, `${Math.floor(rand() * 5000)} people`, `${1990 + Math.floor(rand() * 30)}`][Math.floor(rand() * 4)];
    const first = ws[0][0].toUpperCase() + ws[0].slice(1);
    out.push(`${first} ${ws.slice(1).join(' ')} ${fig} in ${pick(NAMES)}.`);
  }
  return out.join('\n') + '\n';
}

function answers(c: Corpus, words: string[]) {
  const out: Record<string, unknown> = {};
  const q = (ts: string[]) => ts.map((term, i) => ({ term: c.tokenizer.termOf(term), weight: 1 + i / 2 }));
  for (const w of [...words, ...NAMES.map((n) => n.toLowerCase()), 'nothingatall']) {
    const t = c.tokenizer.termOf(w);
    out[`has ${w}`] = [c.has(t), c.isName(t), c.writtenAs(w), c.idf(t)];
    out[`search ${w}`] = c.search(`${w} ${words[(w.length * 7) % words.length]}`, 15);
    out[`prefix ${w}`] = c.search(w.slice(0, 3), 10);
  }
  for (let k = 0; k < 6; k++) {
    const terms = q([words[k], words[(k * 5 + 3) % words.length], NAMES[k % NAMES.length]]);
    out[`passages ${k}`] = c.passageCandidates(terms, {}, 25);
    for (const kind of KINDS) out[`figures ${k} ${kind}`] = c.figureCandidates(terms, kind, {}, 25);
    const only = c.sources.filter((_, i) => i % 7 === k);
    out[`within ${k}`] = c.figureCandidates(terms, KINDS[k % KINDS.length], { only }, 40);
    out[`except ${k}`] = c.passageCandidates(terms, { except: new Set([k, k + 3]) }, 25);
  }
  for (const kind of KINDS) out[`values ${kind}`] = c.figuresBetween(kind, 0, 3000, 1000).map((f) => [f.pid, f.figure.text, f.at]);
  out.counts = [c.passageCount, c.figureCount, c.sources.map((s) => s.path)];
  return out;
}

describe('layered index updates', function () {
  this.timeout(300000);

  for (const seed of [1, 2, 3, 4]) {
    it(`random adds, changes and removals (seed ${seed}): every answer is a fresh build's, through layers and merges`, async () => {
      const rand = prng(seed);
      // the vocabulary grows as articles change: new words appear mid-sequence
      const words = [...WORDS];
      const files: Record<string, string> = {};
      for (let i = 0; i < 60; i++) files[path.join(DIR, `a${String(i).padStart(3, '0')}.txt`)] = article(rand, words);
      const fsys = new InMemoryFileSystem(files);
      const index = new SourceIndex(fsys, settings);
      assert.equal((await index.update()).postings, 'built');
      const seen = { layered: 0, merged: 0 };
      let next = 60;
      for (let step = 0; step < 14; step++) {
        const old = index.corpus;
        const oldWords = [...words];
        const oldAnswers = answers(old, oldWords);
        const layersBefore = old.layers;
        if (rand() < 0.3) words.push(`novelword${step}`);
        const changed = new Set<string>();
        const paths = Object.keys(files).sort();
        const edits = 1 + Math.floor(rand() * (step % 5 === 4 ? 6 : 2));
        for (let e = 0; e < edits; e++) {
          const r = rand();
          if (r < 0.5 && paths.length > 5) {
            const p = paths[Math.floor(rand() * paths.length)];
            files[p] = article(rand, words);
            fsys.write(p, files[p]);
            changed.add(p);
          } else if (r < 0.75 && paths.length > 5) {
            const p = paths.splice(Math.floor(rand() * paths.length), 1)[0];
            delete files[p];
            fsys.delete(p);
            changed.add(p);
          } else {
            // a new file somewhere in the order (its passages shift every later one)
            const p = path.join(DIR, `a${String(Math.floor(rand() * next)).padStart(3, '0')}_${next++}.txt`);
            files[p] = article(rand, words);
            fsys.write(p, files[p]);
            changed.add(p);
          }
        }
        const r = await index.update({ changed });
        const layers = index.corpus.layers;
        if (r.postings === 'updated' && layers.base === layersBefore.base && layers.changed > 0) seen.layered++;
        else seen.merged++;
        const fresh = new SourceIndex(new InMemoryFileSystem(files), settings);
        await fresh.update();
        assert.deepEqual(answers(index.corpus, words), answers(fresh.corpus, words), `step ${step}`);
        // the corpus replaced (a check may still be reading it) answers as it did: nothing it shares was changed
        assert.deepEqual(answers(old, oldWords), oldAnswers, `step ${step}: the previous corpus`);
      }
      assert.ok(seen.layered >= 3, `layered updates: ${seen.layered}`);
      assert.ok(seen.merged >= 1, `merges or builds: ${seen.merged}`);
    });
  }

  it('the layers made whole are the postings of a full build of the same sources', async () => {
    const rand = prng(9);
    const files: Record<string, string> = {};
    for (let i = 0; i < 80; i++) files[path.join(DIR, `b${i}.txt`)] = article(rand, WORDS);
    const fsys = new InMemoryFileSystem(files);
    const index = new SourceIndex(fsys, settings);
    await index.update();
    const p = path.join(DIR, 'b40.txt');
    fsys.write(p, article(rand, [...WORDS, 'unheardof']));
    await index.update({ changed: new Set([p]) });
    assert.ok(index.corpus.layers.changed > 0, 'the change is layered');
    const fresh = new SourceIndex(fsys, settings);
    await fresh.update();
    const flat = (c: Corpus) => {
      const ix = c.postingsIndex;
      const byTerm = new Map<string, string>();
      for (const [t, id] of ix.termIds) if (ix.df[id] > 0) byTerm.set(t, `${ix.postings.subarray(ix.offsets[id], ix.offsets[id + 1]).join(',')}|${ix.df[id]}|${ix.lowerCount[id]}`);
      return { byTerm, lengths: [...ix.lengths], kindMask: [...ix.kindMask], avgdl: ix.avgdl, written: ix.written };
    };
    assert.deepEqual(flat(index.corpus), flat(fresh.corpus));
  });

  it('a layered change of many distinct words (more term-passage pairs than the first buffer holds) is a full build\'s postings', async () => {
    const rand = prng(11);
    const files: Record<string, string> = {};
    for (let i = 0; i < 80; i++) files[path.join(DIR, `c${i}.txt`)] = article(rand, WORDS);
    const fsys = new InMemoryFileSystem(files);
    const index = new SourceIndex(fsys, settings);
    await index.update();
    // 12 sentences of 150 words never seen: 1,800 (term, passage) pairs, each three numbers
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const word = (n: number) => `zq${letters[n % 26]}${letters[Math.floor(n / 26) % 26]}${letters[Math.floor(n / 676) % 26]}`;
    const sentences = Array.from({ length: 12 }, (_, s) => `Survey ${Array.from({ length: 150 }, (_, w) => word(s * 150 + w)).join(' ')} rose 5%.`);
    const p = path.join(DIR, 'c40.txt');
    fsys.write(p, `Many words\n\n${sentences.join('\n\n')}\n`);
    await index.update({ changed: new Set([p]) });
    assert.ok(index.corpus.layers.changed > 0, 'the change is layered');
    const fresh = new SourceIndex(fsys, settings);
    await fresh.update();
    // (the first and last words of each sentence: the last pairs of a passage are the ones past a full buffer)
    for (const w of sentences.flatMap((_, k) => [word(k * 150), word(k * 150 + 148), word(k * 150 + 149)])) {
      const t = index.corpus.tokenizer.termOf(w);
      assert.deepEqual([index.corpus.has(t), index.corpus.idf(t)], [fresh.corpus.has(t), fresh.corpus.idf(t)], w);
      assert.deepEqual(index.corpus.search(w, 5), fresh.corpus.search(w, 5), w);
    }
    const ix = index.corpus.postingsIndex;
    const fx = fresh.corpus.postingsIndex;
    const lists = (x: typeof ix) => [...x.termIds].filter(([, id]) => x.df[id] > 0).map(([t, id]) => `${t}:${x.postings.subarray(x.offsets[id], x.offsets[id + 1]).join(',')}|${x.df[id]}`).sort();
    assert.deepEqual(lists(ix), lists(fx));
  });

  it('a save the file watcher reported (no file created or deleted) does not walk the folders again; a creation does', async () => {
    const rand = prng(11);
    const mem = new InMemoryFileSystem(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [path.join(DIR, `c${i}.txt`), article(rand, WORDS)])));
    let walks = 0;
    const fsys: FileSystem = { readDirectory: (d) => (walks++, mem.readDirectory(d)), stat: (p) => mem.stat(p), readFile: (p) => mem.readFile(p) };
    const index = new SourceIndex(fsys, settings);
    await index.update();
    const saved = path.join(DIR, 'c3.txt');
    mem.write(saved, article(rand, [...WORDS, 'freshword']));
    walks = 0;
    await index.update({ changed: new Set([saved]), watched: true });
    assert.equal(walks, 0, 'no walk for a save');
    assert.ok(index.corpus.has(index.corpus.tokenizer.termOf('freshword')));
    const created = path.join(DIR, 'c3a.txt');
    mem.write(created, article(rand, [...WORDS, 'newfileword']));
    await index.update({ changed: new Set([created]), watched: true });
    assert.ok(walks > 0, 'a created file: the folders are walked');
    assert.ok(index.files.includes(created) && index.corpus.has(index.corpus.tokenizer.termOf('newfileword')));
    mem.delete(saved);
    walks = 0;
    await index.update({ changed: new Set([saved]), watched: true });
    assert.ok(walks > 0 && !index.files.includes(saved), 'a deleted file: walked, and gone');
  });

  it('the value index, made in steps by a radix sort, is the comparison sort of (value, passage, figure)', () => {
    const rand = prng(5);
    const pick = () => [0, -0, 1, -1, 0.5, -2.25, 1e9, -1e9, 3.4e38, 5e-324, Math.floor(rand() * 50) - 25, rand() * 1e6, -rand() * 1e3][Math.floor(rand() * 13)];
    const passages: Passage[] = Array.from({ length: 3000 }, () => ({ figures: Array.from({ length: Math.floor(rand() * 4) }, () => ({ value: pick(), kind: KINDS[Math.floor(rand() * 4)] }) as Figure) }) as Passage);
    let steps = 0;
    const gen = valueIndexSteps(passages.length, (k) => passages[k], (k) => 7 * k);
    let r = gen.next();
    for (; !r.done; r = gen.next()) steps++;
    const ix = r.value;
    const rows: [number, number, number][] = [];
    passages.forEach((p, k) => p.figures.forEach((f, fi) => rows.push([f.value, 7 * k, fi])));
    rows.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
    assert.deepEqual(
      Array.from(ix.pid, (pid, i) => [ix.value[i], pid, ix.fig[i]]),
      rows.map(([v, pid, fi]) => [v + 0, pid, fi]),
    );
    assert.ok(steps >= 4, `in steps: ${steps}`); // a step per pass at least
    // a value that is no number goes last, whatever its sign bit: the binary search stays sound
    const odd = [{ figures: [{ value: -NaN, kind: 'count' }, { value: 3, kind: 'count' }, { value: NaN, kind: 'count' }, { value: -7, kind: 'count' }] }] as unknown as Passage[];
    const o = drain(valueIndexSteps(1, (k) => odd[k]));
    assert.deepEqual([...o.value.subarray(0, 2)], [-7, 3]);
    assert.ok(Number.isNaN(o.value[2]) && Number.isNaN(o.value[3]));
    assert.deepEqual(drain(valueIndexSteps(0, (k) => passages[k])).value, new Float64Array(0));
  });

  it('a source saved again and again stays layered over the same base (its old passages leave the delta: no merge), and answers as a fresh build', async () => {
    const rand = prng(13);
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[path.join(DIR, `d${String(i).padStart(3, '0')}.txt`)] = article(rand, WORDS);
    const fsys = new InMemoryFileSystem(files);
    const index = new SourceIndex(fsys, settings);
    await index.update();
    const base = index.corpus.layers.base;
    const p = path.join(DIR, 'd030.txt');
    for (let k = 0; k < 25; k++) {
      files[p] = article(rand, [...WORDS, `edit${k}`]);
      fsys.write(p, files[p]);
      await index.update({ changed: new Set([p]), watched: true });
    }
    const l = index.corpus.layers;
    assert.equal(l.base, base, 'never merged');
    assert.equal(l.addedPids.length, index.corpus.sources.find((s) => s.path === p)!.passages.length, 'the delta holds the last version only');
    const fresh = new SourceIndex(new InMemoryFileSystem(files), settings);
    await fresh.update();
    assert.deepEqual(answers(index.corpus, [...WORDS, 'edit24', 'edit3']), answers(fresh.corpus, [...WORDS, 'edit24', 'edit3']));
  });

  it('layers past MERGE_AHEAD_SHARE are made whole ahead by the maker, and the next change is layered over them', async () => {
    const rand = prng(17);
    const files: Record<string, string> = {};
    for (let i = 0; i < 100; i++) files[path.join(DIR, `e${String(i).padStart(3, '0')}.txt`)] = article(rand, WORDS);
    const fsys = new InMemoryFileSystem(files);
    const jobs: string[] = [];
    const maker = { make: async (job: PostingsJob) => (jobs.push(job.update ? 'update' : 'build'), makePostings(job)) };
    const index = new SourceIndex(fsys, settings, undefined, maker);
    await index.update();
    const first = index.corpus.layers.base;
    const n = index.corpus.passageCount;
    // change sources until the layers pass the share ahead (but not the share that merges at once)
    const changed = new Set<string>();
    for (let i = 0; index.corpus.layers.changed <= MERGE_AHEAD_SHARE * n; i++) {
      const p = path.join(DIR, `e${String(i * 7).padStart(3, '0')}.txt`);
      files[p] = article(rand, [...WORDS, `ahead${i}`]);
      fsys.write(p, files[p]);
      await index.update({ changed: new Set([p]), watched: true });
      changed.add(p);
    }
    assert.equal(index.corpus.layers.base, first, 'still layered over the first base');
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(jobs, ['build', 'update'], 'the merge ahead: an update of the base, made by the maker');
    const p = path.join(DIR, 'e099.txt');
    files[p] = article(rand, [...WORDS, 'afterwards']);
    fsys.write(p, files[p]);
    await index.update({ changed: new Set([p]), watched: true });
    const l = index.corpus.layers;
    assert.notEqual(l.base, first, 'layered over the merged postings');
    assert.ok(l.changed > 0 && l.changed < MERGE_AHEAD_SHARE * n, 'holding this change only');
    const fresh = new SourceIndex(new InMemoryFileSystem(files), settings);
    await fresh.update();
    const words = [...WORDS, 'afterwards', 'ahead0', 'ahead1'];
    assert.deepEqual(answers(index.corpus, words), answers(fresh.corpus, words));
  });
});
