// Citation keys of a corpus: a source is cited by its front-matter `id`, an alias, its file name
// without extension, or a unique prefix of that file name (`001` → `001_aeacedd3284d0a2c`). Keys
// are compared in lower case. Everything is computed from the sources once, or once per source
// (prefix keys), and never changes: a corpus's keys are as immutable as the corpus.
import type { KeyResolution } from './store';
import type { Source } from './types';

/** Two or more sources one key names: a citation with the key is ambiguous. */
export interface KeyConflict {
  /** The key as written in the front matter or the file name. */
  key: string;
  /** The source whose id, alias or file name it is, first; then the others it names. */
  sources: Source[];
}

/** How a source has a key: 'id', 'alias', 'file name', or 'file-name prefix' ("lee" of lee-2020). */
export function keyRole(source: Source, key: string): string {
  const low = key.toLowerCase();
  if (source.key.toLowerCase() === low) return 'file name';
  if (source.meta.id?.toLowerCase() === low) return 'id';
  if (source.meta.aliases.some((a) => a.toLowerCase() === low)) return 'alias';
  return 'file-name prefix';
}

/** Characters that end a natural prefix of a file name ("001_…", "smith-2020", "a.b"). */
const BOUNDARY = /[-_.\s]/;

/**
 * The key tables of some sources, by source index: a function of the sources' keys (file name, id,
 * aliases) alone, so the corpus that replaces another whose sources have the same keys at the
 * same places (a saved source's text changed, not its name) shares them instead of building them.
 */
class KeyTables {
  /**
   * Lower-cased key (file name, id, alias) → the index of the one source that has it, or the
   * indexes of the sources that have it (an array only for a key of several: at 44,500 sources, an
   * array per key was a tenth of a start from the cache).
   */
  readonly byKey = new Map<string, number | number[]>();
  /** Lower-cased file keys, sorted, for prefix resolution by binary search, and their sources' indexes. */
  readonly sortedKeys: string[];
  readonly sortedIndex: Int32Array;
  /** Made on first use: short keys, prefix keys, conflicts (each a function of the keys too). */
  readonly shortKeys = new Map<number, string>();
  readonly prefixKeys = new Map<number, string>();
  conflicts: { key: string; sources: number[] }[] | undefined;

  constructor(sources: readonly Source[]) {
    const n = sources.length;
    const lows = new Array<string>(n);
    const order = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      lows[i] = sources[i].key.toLowerCase();
      order[i] = i;
    }
    // by key, sources of the same key in index order
    order.sort((a, b) => (lows[a] < lows[b] ? -1 : lows[a] > lows[b] ? 1 : a - b));
    this.sortedKeys = order.map((i) => lows[i]);
    this.sortedIndex = Int32Array.from(order);
    for (let i = 0; i < n; i++) {
      const { meta } = sources[i];
      if (lows[i]) this.add(lows[i], i);
      if (meta.id) this.add(meta.id.toLowerCase(), i);
      for (const a of meta.aliases) if (a) this.add(a.toLowerCase(), i);
    }
  }

  /** Source `i` has the key `low` (sources are added in index order, each key of one once). */
  private add(low: string, i: number): void {
    const had = this.byKey.get(low);
    if (had === undefined) this.byKey.set(low, i);
    else if (typeof had === 'number') {
      if (had !== i) this.byKey.set(low, [had, i]);
    } else if (had[had.length - 1] !== i) had.push(i);
  }
}

/** Do two lists of sources have the same keys (file name, id, aliases) at the same places? */
function sameKeys(a: readonly Source[], b: readonly Source[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x.key !== y.key || x.meta.id !== y.meta.id || x.meta.aliases.length !== y.meta.aliases.length || x.meta.aliases.some((k, j) => k !== y.meta.aliases[j])) return false;
  }
  return true;
}

export class SourceKeys {
  private readonly t: KeyTables;

  /** `prev`: the keys of the corpus this one replaces, whose tables are shared when the keys are the same. */
  constructor(
    private readonly sources: readonly Source[],
    prev?: SourceKeys,
  ) {
    this.t = prev && sameKeys(prev.sources, sources) ? prev.t : new KeyTables(sources);
  }

  /**
   * The source a key names. An id or alias that is also the natural prefix another source is cited
   * by ("lee" for lee-2020.txt) does not take that citation over: the key names both.
   */
  resolve(key: string): KeyResolution {
    const r = this.resolveIndex(key.toLowerCase());
    if (r.kind === 'found') return { kind: 'found', source: this.sources[r.index] };
    if (r.kind === 'ambiguous') return { kind: 'ambiguous', candidates: r.indexes.map((i) => this.sources[i]) };
    return { kind: 'unknown' };
  }

  private resolveIndex(low: string): { kind: 'found'; index: number } | { kind: 'ambiguous'; indexes: number[] } | { kind: 'unknown' } {
    const exact = this.t.byKey.get(low);
    if (typeof exact === 'object') return { kind: 'ambiguous', indexes: exact };
    if (exact !== undefined) {
      const other = this.prefixTakenOver(low, exact);
      return other !== undefined ? { kind: 'ambiguous', indexes: [exact, other] } : { kind: 'found', index: exact };
    }
    const [a, b] = this.prefixRange(low);
    if (b - a === 1) return { kind: 'found', index: this.t.sortedIndex[a] };
    if (b - a > 1) return { kind: 'ambiguous', indexes: Array.from(this.t.sortedIndex.subarray(a, b)) };
    return { kind: 'unknown' };
  }

  /** The shortest key that resolves to this source: its id, or the shortest unique file-name prefix. */
  shortKey(source: Source): string {
    let k = this.t.shortKeys.get(source.index);
    if (k === undefined) {
      k = source.meta.id && this.resolveIndex(source.meta.id.toLowerCase()).kind === 'found' ? source.meta.id : this.prefixKey(source);
      this.t.shortKeys.set(source.index, k);
    }
    return k;
  }

  /** The shortest unique prefix of the source's file name that ends at a natural boundary (computed once per source). */
  prefixKey(source: Source): string {
    let k = this.t.prefixKeys.get(source.index);
    if (k === undefined) {
      k = source.key;
      for (let i = 1; i < source.key.length; i++) {
        if (!BOUNDARY.test(source.key[i])) continue;
        const low = source.key.slice(0, i).toLowerCase();
        // a prefix of many file names and no one's key is ambiguous: known without listing them
        // (listing them made the short keys of n sources that share a prefix cost n²)
        if (!this.t.byKey.has(low)) {
          const [a, b] = this.prefixRange(low);
          if (b - a > 1) continue;
        }
        const r = this.resolveIndex(low);
        if (r.kind === 'found' && r.index === source.index) {
          k = source.key.slice(0, i);
          break;
        }
      }
      this.t.prefixKeys.set(source.index, k);
    }
    return k;
  }

  /** Keys that name more than one source, each once, in source order: for a warning at index time. */
  conflicts(): KeyConflict[] {
    this.t.conflicts ??= this.conflictIndexes();
    return this.t.conflicts.map(({ key, sources }) => ({ key, sources: sources.map((i) => this.sources[i]) }));
  }

  private conflictIndexes(): { key: string; sources: number[] }[] {
    const out: { key: string; sources: number[] }[] = [];
    const seen = new Set<string>();
    const byKey = this.t.byKey;
    this.sources.forEach((s, i) => {
      // (most sources: their file name theirs alone, and no id or alias)
      if (s.meta.id === undefined && s.meta.aliases.length === 0 && byKey.get(s.key.toLowerCase()) === i) return;
      for (const key of [s.key, s.meta.id, ...s.meta.aliases]) {
        if (!key) continue;
        const low = key.toLowerCase();
        if (seen.has(low)) continue;
        const r = this.resolveIndex(low);
        if (r.kind !== 'ambiguous') continue;
        seen.add(low);
        out.push({ key, sources: [i, ...r.indexes.filter((x) => x !== i)] });
      }
    });
    return out;
  }

  /** [start, end) of the sorted file keys that start with a lower-case prefix. */
  private prefixRange(prefix: string): [number, number] {
    const keys = this.t.sortedKeys;
    const lower = (pred: (k: string) => boolean) => {
      let lo = 0;
      let hi = keys.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (pred(keys[mid])) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const a = lower((k) => k < prefix);
    const b = lower((k) => k < prefix || k.startsWith(prefix));
    return [a, b];
  }

  /**
   * Another source that `low` is the natural citation prefix of (the only file name it is a prefix
   * of, cut at a boundary), when `low` is the id or alias of `owner` rather than its file name.
   */
  private prefixTakenOver(low: string, owner: number): number | undefined {
    if (this.sources[owner].key.toLowerCase() === low) return undefined;
    const [a, b] = this.prefixRange(low);
    if (b - a !== 1) return undefined;
    const key = this.t.sortedKeys[a];
    const index = this.t.sortedIndex[a];
    return index !== owner && key.length > low.length && BOUNDARY.test(key[low.length]) ? index : undefined;
  }
}
