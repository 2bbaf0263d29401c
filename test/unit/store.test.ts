// The retrieval interface (PassageStore) and the tokenizer's caches: the checker needs nothing of
// the index beyond the interface, rankings honour their scope, and no cache outlives its owner.
import * as assert from 'node:assert/strict';
import { checkNote, NoteReport } from '../../server/src/engine/check';
import { Corpus } from '../../server/src/engine/corpus';
import { buildSource } from '../../server/src/engine/sources';
import type { DerivedKey, FigureAt, KeyResolution, PassageStore, Scope, Scored, WeightedTerm } from '../../server/src/engine/store';
import { Tokenizer, tokenize, Token } from '../../server/src/engine/text';
import type { FigureKind, Passage, Source } from '../../server/src/engine/types';

const FILES: Record<string, string> = {
  '001_chips.txt': 'Chip plans\n\nWhen 2024 closes, the company expects to hold roughly 350,000 H100 GPUs from NVIDIA.\n\nThe open model scored 82.0 on MMLU.\n',
  '002_deal.md': '---\ntitle: The data deal\nid: deal\n---\n\nThe firm put $14.3 billion into Scale AI.\n\nCritics likened the lab to a "Manhattan Project".\n',
  '003_reach.txt': 'Reach\n\nThe apps reach nearly 4 billion people every month.\n',
};

function corpusOf(files: Record<string, string> = FILES): Corpus {
  return new Corpus(Object.entries(files).map(([p, text], i) => buildSource(i, `/ws/sources/${p}`, text)));
}

/** A store that is only the interface: every member forwards to a corpus, nothing else is reachable. */
class OnlyTheInterface implements PassageStore {
  constructor(private readonly c: Corpus) {}
  get sources(): readonly Source[] {
    return this.c.sources;
  }
  get passageCount(): number {
    return this.c.passageCount;
  }
  get figureCount(): number {
    return this.c.figureCount;
  }
  get tokenizer(): Tokenizer {
    return this.c.tokenizer;
  }
  resolveKey(key: string): KeyResolution {
    return this.c.resolveKey(key);
  }
  shortKey(s: Source): string {
    return this.c.shortKey(s);
  }
  prefixKey(s: Source): string {
    return this.c.prefixKey(s);
  }
  passage(pid: number): Passage {
    return this.c.passage(pid);
  }
  sourcePassage(source: number, index: number): Passage | undefined {
    return this.c.sourcePassage(source, index);
  }
  pid(p: Passage): number {
    return this.c.pid(p);
  }
  passageTokens(pid: number): readonly Token[] {
    return this.c.passageTokens(pid);
  }
  passageTerms(pid: number): ReadonlyMap<string, number> {
    return this.c.passageTerms(pid);
  }
  idf(term: string): number {
    return this.c.idf(term);
  }
  writtenAs(low: string): 'name' | 'word' | 'opener' | 'unseen' {
    return this.c.writtenAs(low);
  }
  figuresBetween(kind: FigureKind, lo: number, hi: number, limit: number): FigureAt[] {
    return this.c.figuresBetween(kind, lo, hi, limit);
  }
  has(term: string): boolean {
    return this.c.has(term);
  }
  isName(term: string): boolean {
    return this.c.isName(term);
  }
  figureCandidates(query: readonly WeightedTerm[], kind: FigureKind, scope: Scope, limit: number): Scored[] {
    return this.c.figureCandidates(query, kind, scope, limit);
  }
  passageCandidates(query: readonly WeightedTerm[], scope: Scope, limit: number): Scored[] {
    return this.c.passageCandidates(query, scope, limit);
  }
  search(query: string, limit?: number, allowSource?: (source: number) => boolean): Scored[] {
    return this.c.search(query, limit, allowSource);
  }
  derived<T>(key: DerivedKey<T>): T {
    return this.c.derived(key);
  }
}

const NOTE = [
  'The company planned 250,000 H100 GPUs [@001].',
  'The firm put $14.3 billion into Scale AI [@001].',
  'The apps reach nearly 4 billion people.',
  'Critics spoke of a "Manhattan Project" [@003] and "a lab for the future" [@deal].',
  'See [@00] and [@dael].',
].join('\n\n');

/** A report as plain data, without the object graph (sources, passages) behind it. */
function view(r: NoteReport): string {
  return JSON.stringify({
    figures: r.figures.map((f) => [f.figure.text, f.verdict, f.evidence.map((e) => [e.source.key, e.start, e.score]), f.fixes]),
    quotes: r.quotes.map((q) => [q.quote.text, q.verdict, q.evidence.map((e) => [e.source.key, e.start, e.end]), q.suggestion, q.foundElsewhere?.source.key]),
    citations: r.citations.map((c) => [c.citation.key, c.source?.key, c.ambiguous?.map((s) => s.key)]),
    diagnostics: r.diagnostics.map((d) => [d.start, d.end, d.code, d.severity, d.message, d.fixes]),
  });
}

describe('PassageStore', () => {
  it('is all the checker needs: a store that is only the interface gives the same report', () => {
    const corpus = corpusOf();
    const direct = view(checkNote(NOTE, corpus));
    assert.equal(view(checkNote(NOTE, new OnlyTheInterface(corpusOf()))), direct);
    assert.match(direct, /figure-mismatch/);
    assert.match(direct, /figure-wrong-source/);
    assert.match(direct, /ambiguous-source/);
    assert.match(direct, /unknown-source/);
  });
  it('ranks figure passages within the scope, and only those holding a comparable figure', () => {
    const c = corpusOf();
    const q = [{ term: 'gpu', weight: 1 }, { term: 'h100', weight: 1 }, { term: 'model', weight: 1 }];
    const src = (hits: Scored[]) => hits.map((h) => c.passage(h.pid).source);
    const only = src(c.figureCandidates(q, 'count', { only: [c.sources[0]] }, 10));
    assert.ok(only.length > 0 && only.every((s) => s === 0));
    assert.deepEqual(src(c.figureCandidates(q, 'count', { only: [c.sources[1]] }, 10)), []);
    assert.deepEqual(src(c.figureCandidates(q, 'count', { except: new Set([0]) }, 10)), []);
    // 82.0 is a bare number: comparable with a number, not with a currency amount
    assert.ok(c.figureCandidates(q, 'number', {}, 10).some((h) => c.passage(h.pid).text.includes('82.0')));
    assert.ok(!c.figureCandidates(q, 'currency', {}, 10).some((h) => c.passage(h.pid).text.includes('82.0')));
  });
  it('ranks passages for words within the scope, best first', () => {
    const c = corpusOf();
    const q = [{ term: 'manhattan', weight: 1 }, { term: 'project', weight: 1 }];
    const all = c.passageCandidates(q, {}, 10);
    assert.equal(c.passage(all[0].pid).source, 1);
    assert.deepEqual(c.passageCandidates(q, { only: [c.sources[0], c.sources[2]] }, 10), []);
    assert.deepEqual(c.passageCandidates(q, { except: new Set([1]) }, 10), []);
  });
  it('keeps derived caches per store: made once, never shared between stores', () => {
    let made = 0;
    const key: DerivedKey<Map<string, number>> = { name: 'test', create: () => (made++, new Map()) };
    const a = corpusOf();
    const b = corpusOf();
    assert.equal(a.derived(key), a.derived(key));
    assert.notEqual(a.derived(key), b.derived(key));
    assert.equal(made, 2);
  });
  it('checks alike with a fresh corpus and one that has checked before', () => {
    const warm = corpusOf();
    checkNote(NOTE, warm);
    assert.equal(view(checkNote(NOTE, warm)), view(checkNote(NOTE, corpusOf())));
  });
});

describe('Tokenizer', () => {
  const text = 'Meta’s GPUs grew; the LLMs were built in 2024 by NVIDIA’s H100s, selling 70B models.';
  it('tokenizes exactly as the uncached tokenizer does, cache cold or warm', () => {
    const lex = new Tokenizer();
    const plain = tokenize(text);
    assert.deepEqual(lex.tokenize(text), plain);
    assert.deepEqual(lex.tokenize(text), plain);
    assert.deepEqual(lex.terms(text, 0, text.length, []), plain.map((t) => t.term));
  });
  it('is reentrant: a scan inside a scan does not disturb it (no shared regex position)', () => {
    const inner = (raw: string) => (tokenize('the inner text of several words').length ? raw.toLowerCase() : '');
    assert.deepEqual(
      tokenize('alpha beta gamma', 0, 16, inner).map((t) => t.term),
      ['alpha', 'beta', 'gamma'],
    );
  });
});
