// A remote base in memory (engine/stores/remote.ts RemoteBase): the rows the PostgreSQL loader
// writes for each source (stores/rows.ts), answered as the database answers — rows in any order,
// every call recorded — for the snapshot store's tests without a database.
import type { CatalogEntry, FigureLookup, FigureRow, PostingAsk, PostingFilter, PostingRow, RemoteBase, StoredSource, TermStat, WordStat } from '../../server/src/engine/stores/remote';
import { rowsOf, type Rows } from '../../server/src/engine/stores/rows';
import { Tokenizer } from '../../server/src/engine/text';
import type { Source } from '../../server/src/engine/types';

/** A remote base in memory: the loader's rows of each source, answered as the database answers. */
export class MemoryBase implements RemoteBase {
  readonly calls: string[] = [];
  private readonly byId = new Map<number, { src: Source; rows: Rows }>();

  constructor(sources: Source[]) {
    const tok = new Tokenizer();
    // ids in another order than the paths: the catalog orders by path
    sources.forEach((src, i) => this.byId.set(100 - i, { src, rows: rowsOf(src, tok) }));
  }
  async generation() {
    return '1';
  }
  async catalog(): Promise<CatalogEntry[]> {
    return [...this.byId].map(([id, { src, rows }]) => ({ id, path: src.path, key: src.key, meta: src.meta, passages: src.passages.length, figures: rows.figures, terms: rows.terms }));
  }
  async sources(ids: readonly number[]): Promise<StoredSource[]> {
    this.calls.push('sources');
    return ids.map((id) => ({ id, text: this.byId.get(id)!.src.text, doc: JSON.parse(JSON.stringify(this.byId.get(id)!.rows.doc)) }));
  }
  async termStats(terms: readonly string[]): Promise<Map<string, TermStat>> {
    this.calls.push('terms');
    const out = new Map<string, TermStat>();
    for (const { rows } of this.byId.values()) {
      for (const t of rows.sourceTerms) {
        if (!terms.includes(t.term)) continue;
        const e = out.get(t.term) ?? { df: 0, lower: false };
        out.set(t.term, { df: e.df + t.df, lower: e.lower || t.lower });
      }
    }
    return out;
  }
  async wordStats(words: readonly string[]): Promise<Map<string, WordStat>> {
    this.calls.push('words');
    const out = new Map<string, WordStat>();
    for (const { rows } of this.byId.values()) {
      for (const w of rows.sourceWords) {
        if (!words.includes(w.word)) continue;
        const e = out.get(w.word) ?? { lower: false, capitalisedInside: false };
        out.set(w.word, { lower: e.lower || w.lower, capitalisedInside: e.capitalisedInside || w.capin });
      }
    }
    return out;
  }
  async postings(asks: readonly PostingAsk[]): Promise<PostingRow[][]> {
    this.calls.push('postings');
    return asks.map((a) => this.postingsOf(a.terms, a.filter));
  }
  private postingsOf(terms: readonly string[], f: PostingFilter): PostingRow[] {
    const out: PostingRow[] = [];
    for (const [id, { rows }] of this.byId) {
      if ((f.only && !f.only.includes(id)) || f.except?.includes(id)) continue;
      for (const p of rows.postings) if (terms.includes(p.term) && (f.kinds === 0 || p.kinds & f.kinds)) out.push({ term: p.term, source: id, index: p.idx, tf: p.tf, len: p.len });
    }
    return out.reverse(); // a database returns rows in any order
  }
  async termsWithPrefix(prefix: string, limit: number): Promise<{ term: string; stat: TermStat }[]> {
    this.calls.push('prefix');
    const all = new Set<string>();
    for (const { rows } of this.byId.values()) for (const t of rows.sourceTerms) if (t.term.startsWith(prefix)) all.add(t.term);
    const stats = await this.termStats([...all]);
    this.calls.pop();
    return [...stats]
      .sort((a, b) => b[1].df - a[1].df || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, limit)
      .map(([term, stat]) => ({ term, stat }));
  }
  async figuresBetween(lookups: readonly FigureLookup[]): Promise<FigureRow[][]> {
    this.calls.push('figures');
    return lookups.map((l) => this.figuresOf(l));
  }
  private figuresOf({ kinds, lo, hi, limit }: FigureLookup): FigureRow[] {
    const all: (FigureRow & { value: number; path: string })[] = [];
    for (const [id, { src, rows }] of this.byId) for (const f of rows.figureRows) if (f.value >= lo && f.value <= hi && f.kinds & kinds) all.push({ source: id, index: f.idx, fig: f.fig, value: f.value, path: src.path });
    all.sort((a, b) => a.value - b.value || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.index - b.index || a.fig - b.fig);
    return all.slice(0, limit);
  }
  async close() {}
}
