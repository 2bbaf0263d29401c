// Free-text search over source passages (the search palette, `grounded search`, workspace
// symbols): BM25 with the last word as a prefix, plus passages that state a figure of the query.
import { extractFigures, figuresAgree } from './figures';
import type { PassageStore } from './store';
import type { Passage, Source } from './types';

export interface PassageHit {
  source: Source;
  passage: Passage;
  score: number;
  /** [start, end) offsets within passage.text of matched words and figures. */
  highlights: [number, number][];
}

export function searchHits(corpus: PassageStore, query: string, limit = 20, allowSource?: (src: number) => boolean): PassageHit[] {
  const scored = new Map<number, number>();
  for (const s of corpus.search(query, limit * 3, allowSource)) scored.set(s.pid, s.score);

  // Figures in the query ("350,000", "$14.3 billion") find the passages that state them.
  const qfigs = extractFigures(query).filter((f) => f.kind !== 'year' || f.text.length === 4);
  if (qfigs.length) {
    const best = Math.max(1, ...scored.values());
    for (let pid = 0; pid < corpus.passageCount; pid++) {
      const p = corpus.passage(pid);
      if (allowSource && !allowSource(p.source)) continue;
      if (p.figures.some((g) => qfigs.some((f) => figuresAgree(f, g)))) scored.set(pid, (scored.get(pid) ?? 0) + best);
    }
  }
  const ranked = [...scored].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit);
  const tokenizer = corpus.tokenizer;
  const qterms = new Set(tokenizer.tokenize(query).map((t) => t.term));
  const raw = query.trimEnd();
  const lastWord = /([A-Za-z0-9]+)$/.exec(raw)?.[1]?.toLowerCase();
  return ranked.map(([pid, score]) => {
    const passage = corpus.passage(pid);
    const source = corpus.sources[passage.source];
    const highlights: [number, number][] = [];
    for (const t of tokenizer.tokenize(passage.text)) {
      const word = passage.text.slice(t.start, t.end).toLowerCase();
      if (qterms.has(t.term) || (lastWord && lastWord.length >= 2 && word.startsWith(lastWord))) highlights.push([t.start, t.end]);
    }
    for (const g of passage.figures) {
      if (qfigs.some((f) => figuresAgree(f, g))) highlights.push([g.start - passage.start, g.end - passage.start]);
    }
    highlights.sort((a, b) => a[0] - b[0]);
    return { source, passage, score, highlights };
  });
}
