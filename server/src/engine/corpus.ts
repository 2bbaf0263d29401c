// The source index: every passage of every source, an inverted index for BM25 retrieval, and
// citation-key resolution.
//
// Why our own BM25 rather than MiniSearch: the checker ranks passages per figure with
// proximity-weighted query terms, restricted to the cited sources, using the same tokenizer and
// stemmer as the figure context, and the index is built in the same single pass that extracts
// figures. MiniSearch is measured beside it in `npm run bench` as a reference for indexing speed.
import type { Passage, Source } from './types';
import { tokenize, Token } from './text';

export type KeyResolution =
  | { kind: 'found'; source: Source }
  | { kind: 'ambiguous'; candidates: Source[] }
  | { kind: 'unknown' };

export interface WeightedTerm {
  term: string;
  weight: number;
}

export interface Scored {
  /** Global passage id. */
  pid: number;
  score: number;
}

const K1 = 1.2;
const B = 0.75;

export class Corpus {
  readonly sources: Source[];
  /** All passages of all sources, in order; a passage's global id is its index here. */
  readonly passages: Passage[] = [];
  /** Global id of each source's first passage. */
  readonly base: number[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly lengths: Uint32Array;
  private readonly avgdl: number;
  private sortedTerms: string[] | null = null;
  readonly figureCount: number;
  private readonly byKey = new Map<string, Source[]>();

  constructor(sources: Source[]) {
    this.sources = sources;
    let figures = 0;
    for (const s of sources) {
      this.base.push(this.passages.length);
      for (const p of s.passages) {
        this.passages.push(p);
        figures += p.figures.length;
      }
    }
    this.figureCount = figures;
    this.lengths = new Uint32Array(this.passages.length);
    let total = 0;
    const tf = new Map<string, number>();
    for (let pid = 0; pid < this.passages.length; pid++) {
      const p = this.passages[pid];
      const src = sources[p.source];
      const toks = tokenize(src.text, p.start, p.end);
      this.lengths[pid] = toks.length;
      total += toks.length;
      tf.clear();
      for (const t of toks) tf.set(t.term, (tf.get(t.term) ?? 0) + 1);
      for (const [term, count] of tf) {
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = []));
        list.push(pid, count);
      }
    }
    this.avgdl = this.passages.length ? total / this.passages.length : 1;
    for (const s of sources) {
      for (const k of [s.key, s.meta.id, ...s.meta.aliases]) {
        if (!k) continue;
        const low = k.toLowerCase();
        const list = this.byKey.get(low) ?? [];
        if (!list.includes(s)) list.push(s);
        this.byKey.set(low, list);
      }
    }
  }

  get passageCount(): number {
    return this.passages.length;
  }

  sourceOf(pid: number): Source {
    return this.sources[this.passages[pid].source];
  }

  /** Global passage id of a source's passage. */
  pid(p: Passage): number {
    return this.base[p.source] + p.index;
  }

  /** BM25 inverse document frequency over passages (never negative). */
  idf(term: string): number {
    const list = this.postings.get(term);
    const df = list ? list.length / 2 : 0;
    const n = this.passages.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Does the corpus contain this term at all? */
  has(term: string): boolean {
    return this.postings.has(term);
  }

  /**
   * BM25 over passages for weighted query terms. `allow` restricts to some passages (cited
   * sources, passages with comparable figures). Returns the top `limit`, best first.
   */
  bm25(query: WeightedTerm[], limit: number, allow?: (pid: number) => boolean): Scored[] {
    const acc = new Map<number, number>();
    for (const { term, weight } of query) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term);
      for (let i = 0; i < list.length; i += 2) {
        const pid = list[i];
        if (allow && !allow(pid)) continue;
        const f = list[i + 1];
        const dl = this.lengths[pid];
        const s = (idf * weight * (f * (K1 + 1))) / (f + K1 * (1 - B + (B * dl) / this.avgdl));
        acc.set(pid, (acc.get(pid) ?? 0) + s);
      }
    }
    const out: Scored[] = [];
    for (const [pid, score] of acc) out.push({ pid, score });
    out.sort((a, b) => b.score - a.score || a.pid - b.pid);
    return out.length > limit ? out.slice(0, limit) : out;
  }

  /** Terms of the dictionary that start with `prefix` (for search-as-you-type), most frequent first. */
  expandPrefix(prefix: string, max = 30): string[] {
    if (!this.sortedTerms) this.sortedTerms = [...this.postings.keys()].sort();
    const terms = this.sortedTerms;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < terms.length && terms[i].startsWith(prefix); i++) out.push(terms[i]);
    out.sort((a, b) => (this.postings.get(b)!.length - this.postings.get(a)!.length));
    return out.slice(0, max);
  }

  /**
   * Resolve a citation key: a source's front-matter `id`, an alias, its file name without
   * extension, or a unique prefix of that file name (`001` → `001_aeacedd3284d0a2c`).
   */
  resolveKey(key: string): KeyResolution {
    const low = key.toLowerCase();
    const exact = this.byKey.get(low);
    if (exact && exact.length === 1) return { kind: 'found', source: exact[0] };
    if (exact && exact.length > 1) return { kind: 'ambiguous', candidates: exact };
    const candidates = this.sources.filter((s) => s.key.toLowerCase().startsWith(low));
    if (candidates.length === 1) return { kind: 'found', source: candidates[0] };
    if (candidates.length > 1) return { kind: 'ambiguous', candidates };
    return { kind: 'unknown' };
  }

  /** The shortest key that resolves to this source: its id, or the shortest unique file-name prefix. */
  shortKey(source: Source): string {
    if (source.meta.id && this.resolveKey(source.meta.id).kind === 'found') return source.meta.id;
    return this.prefixKey(source);
  }

  /** The shortest unique prefix of the source's file name that ends at a natural boundary. */
  prefixKey(source: Source): string {
    const key = source.key;
    // Prefer prefixes that end at a natural boundary (001_…, smith-2020…).
    const cuts: number[] = [];
    for (let i = 1; i < key.length; i++) if (/[-_.\s]/.test(key[i])) cuts.push(i);
    for (const c of cuts) {
      const r = this.resolveKey(key.slice(0, c));
      if (r.kind === 'found' && r.source === source) return key.slice(0, c);
    }
    return key;
  }

  /** Search passages for free text (the search palette): BM25 with the last word as a prefix. */
  search(query: string, limit = 20, allow?: (pid: number) => boolean): Scored[] {
    const toks = tokenize(query);
    const terms: WeightedTerm[] = [];
    const raw = query.trimEnd();
    const endsInWord = /[A-Za-z0-9]$/.test(raw);
    toks.forEach((t: Token, i) => {
      const last = i === toks.length - 1 && endsInWord && t.end === raw.length;
      if (last) {
        const prefix = raw.slice(t.start, t.end).toLowerCase();
        const expanded = this.expandPrefix(prefix);
        if (!expanded.includes(t.term) && this.has(t.term)) expanded.unshift(t.term);
        for (const e of expanded) terms.push({ term: e, weight: e === t.term ? 1 : 0.7 });
      } else terms.push({ term: t.term, weight: 1 });
    });
    // Numbers in the query ("350,000") match the passages that state them.
    return this.bm25(terms, limit, allow);
  }
}
