// One generation of a remote base as the checker sees it: every source listed (path, key,
// metadata, passage count), each one's text and passages fetched only when a check needs them, and
// the statistics and rankings fetched so far. A source not yet fetched is a `LazySource`: reading
// its text or passages during a check pass records a miss (snapshot.ts fetches it and runs the
// pass again); outside a pass it is an error, never silently empty.
import { SourceKeys } from '../keys';
import { lineStarts, type Token } from '../text';
import type { Passage, Source, SourceMeta } from '../types';
import { catalogOrder, type CatalogEntry, type SourceDoc, type TermStat, type WordStat } from './remote';

/** What a check pass asked for and the snapshot did not have. */
export class Misses {
  /** Sources (catalog positions) whose text or passages were read. */
  readonly sources = new Set<number>();
  readonly terms = new Set<string>();
  readonly words = new Set<string>();
  /** Postings asked for, by filter key: the filter and the terms. */
  readonly postings = new Map<string, { filterKey: string; terms: Set<string> }>();
  /** Value-index lookups, by key. */
  readonly figures = new Map<string, { kinds: number; lo: number; hi: number; limit: number }>();
  /** Prefixes to expand (search's last word), with how many terms. */
  readonly prefixes = new Map<string, number>();

  get empty(): boolean {
    return !this.sources.size && !this.terms.size && !this.words.size && !this.postings.size && !this.figures.size && !this.prefixes.size;
  }
}

/** A fetched source's text and passages. */
interface Body {
  text: string;
  passages: Passage[];
  lineStarts: number[];
  bodyStart: number;
  format?: Source['format'];
  pages?: number[];
  problem?: string;
  lengths: number[];
  kinds: number[];
}

/** A source of the catalog: its metadata at once, its text and passages once fetched. */
export class LazySource implements Source {
  private body: Body | null = null;

  constructor(
    private readonly catalog: Catalog,
    readonly index: number,
    readonly path: string,
    readonly key: string,
    readonly meta: SourceMeta,
  ) {}

  get loaded(): boolean {
    return this.body !== null;
  }

  /** Give the source its fetched text and passages. */
  load(text: string, doc: SourceDoc): void {
    const passages = doc.passages.map((p) => ({ ...p, source: this.index }) as Passage);
    this.body = { text, passages, lineStarts: lineStarts(text), bodyStart: doc.bodyStart, format: doc.format, pages: doc.pages, problem: doc.problem, lengths: doc.lengths, kinds: doc.kinds };
  }

  /** The body, or (in a check pass) a miss and an empty body. */
  private get b(): Body {
    if (this.body) return this.body;
    this.catalog.missSource(this);
    return EMPTY_BODY;
  }

  get text(): string {
    return this.b.text;
  }
  get passages(): Passage[] {
    return this.b.passages;
  }
  get lineStarts(): number[] {
    return this.b.lineStarts;
  }
  get bodyStart(): number {
    return this.b.bodyStart;
  }
  get format(): Source['format'] {
    return this.b.format;
  }
  get pages(): number[] | undefined {
    return this.b.pages;
  }
  get problem(): string | undefined {
    return this.b.problem;
  }
  /** Per passage, its length in terms (for BM25). */
  get lengths(): number[] {
    return this.b.lengths;
  }
  /** Per passage, its figures' kind bits. */
  get kinds(): number[] {
    return this.b.kinds;
  }
}

const EMPTY_BODY: Body = Object.freeze({ text: '', passages: [], lineStarts: [0], bodyStart: 0, lengths: [], kinds: [] }) as unknown as Body;

/** Past these many entries a catalog's caches of statistics and postings start afresh between checks. */
export const MAX_CACHED_STATS = 500_000;
export const MAX_CACHED_POSTINGS = 20_000;
export const MAX_CACHED_PASSAGES = 50_000;

/** A posting as the snapshot keeps it: global passage id, term frequency, passage length. */
export interface Posting {
  pid: number;
  tf: number;
  len: number;
}

export class Catalog {
  readonly sources: LazySource[];
  /** Global id of each source's first passage, and one past the last. */
  readonly base: number[];
  readonly passageCount: number;
  readonly figureCount: number;
  readonly avgdl: number;
  readonly keys: SourceKeys;
  private readonly byId = new Map<number, number>();
  readonly ids: number[];
  readonly termStats = new Map<string, TermStat>();
  readonly wordStats = new Map<string, WordStat>();
  /** Postings of a term under a filter: key `term \0 filterKey`. */
  readonly postings = new Map<string, Posting[]>();
  /** Value-index answers by lookup key: (pid, figure position) in order. */
  readonly figures = new Map<string, { pid: number; at: number }[]>();
  /** Expansions of a prefix, by key `prefix \0 limit`. */
  readonly prefixes = new Map<string, string[]>();
  /** Words of fetched sources' passages, by global id (bounded between checks). */
  readonly tokens = new Map<number, Token[]>();
  readonly terms = new Map<number, Map<string, number>>();
  /** The misses of the check pass running now (null between passes). */
  recorder: Misses | null = null;

  constructor(
    readonly generation: string,
    entries: CatalogEntry[],
  ) {
    const sorted = [...entries].sort(catalogOrder);
    this.sources = sorted.map((e, i) => new LazySource(this, i, e.path, e.key, e.meta));
    this.ids = sorted.map((e) => e.id);
    this.base = [0];
    let figures = 0;
    let terms = 0;
    sorted.forEach((e, i) => {
      this.byId.set(e.id, i);
      this.base.push(this.base[i] + e.passages);
      figures += e.figures;
      terms += e.terms;
    });
    this.passageCount = this.base[sorted.length];
    this.figureCount = figures;
    this.avgdl = this.passageCount ? terms / this.passageCount : 1;
    this.keys = new SourceKeys(this.sources);
  }

  /** Catalog position of a source by its database id. */
  ordOf(id: number): number | undefined {
    return this.byId.get(id);
  }

  /** The source position holding global passage `pid`. */
  sourceOfPid(pid: number): number {
    let lo = 0;
    let hi = this.sources.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.base[mid] <= pid) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  missSource(s: LazySource): void {
    if (!this.recorder) throw new Error(`the source ${s.path} was not fetched from the store`);
    this.recorder.sources.add(s.index);
  }

  /** Bound the caches between checks (values stay the same: they are fetched again when needed). */
  trim(): void {
    if (this.termStats.size > MAX_CACHED_STATS) this.termStats.clear();
    if (this.wordStats.size > MAX_CACHED_STATS) this.wordStats.clear();
    if (this.postings.size > MAX_CACHED_POSTINGS) this.postings.clear();
    if (this.figures.size > MAX_CACHED_POSTINGS) this.figures.clear();
    if (this.prefixes.size > MAX_CACHED_POSTINGS) this.prefixes.clear();
    if (this.tokens.size > MAX_CACHED_PASSAGES) this.tokens.clear();
    if (this.terms.size > MAX_CACHED_PASSAGES) this.terms.clear();
  }
}
