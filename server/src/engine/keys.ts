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

export class SourceKeys {
  /** Lower-cased key (file name, id, alias) → the sources that have it. */
  private readonly byKey = new Map<string, Source[]>();
  /** Lower-cased file keys, sorted, for prefix resolution by binary search. */
  private readonly sorted: { key: string; source: Source }[];
  private readonly shortKeys = new Map<Source, string>();
  private readonly prefixKeys = new Map<Source, string>();

  constructor(private readonly sources: readonly Source[]) {
    this.sorted = sources.map((s) => ({ key: s.key.toLowerCase(), source: s })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const s of sources) {
      for (const k of [s.key, s.meta.id, ...s.meta.aliases]) {
        if (!k) continue;
        const low = k.toLowerCase();
        const list = this.byKey.get(low);
        if (!list) this.byKey.set(low, [s]);
        else if (!list.includes(s)) list.push(s);
      }
    }
  }

  /**
   * The source a key names. An id or alias that is also the natural prefix another source is cited
   * by ("lee" for lee-2020.txt) does not take that citation over: the key names both.
   */
  resolve(key: string): KeyResolution {
    const low = key.toLowerCase();
    const exact = this.byKey.get(low);
    if (exact && exact.length > 1) return { kind: 'ambiguous', candidates: exact };
    if (exact) {
      const other = this.prefixTakenOver(low, exact[0]);
      return other ? { kind: 'ambiguous', candidates: [exact[0], other] } : { kind: 'found', source: exact[0] };
    }
    const [a, b] = this.prefixRange(low);
    if (b - a === 1) return { kind: 'found', source: this.sorted[a].source };
    if (b - a > 1) return { kind: 'ambiguous', candidates: this.sorted.slice(a, b).map((x) => x.source) };
    return { kind: 'unknown' };
  }

  /** The shortest key that resolves to this source: its id, or the shortest unique file-name prefix. */
  shortKey(source: Source): string {
    let k = this.shortKeys.get(source);
    if (k === undefined) {
      k = source.meta.id && this.resolve(source.meta.id).kind === 'found' ? source.meta.id : this.prefixKey(source);
      this.shortKeys.set(source, k);
    }
    return k;
  }

  /** The shortest unique prefix of the source's file name that ends at a natural boundary (computed once per source). */
  prefixKey(source: Source): string {
    let k = this.prefixKeys.get(source);
    if (k === undefined) {
      k = source.key;
      for (let i = 1; i < source.key.length; i++) {
        if (!BOUNDARY.test(source.key[i])) continue;
        // a prefix of many file names and no one's key is ambiguous: known without listing them
        // (listing them made the short keys of n sources that share a prefix cost n²)
        const low = source.key.slice(0, i).toLowerCase();
        if (!this.byKey.has(low)) {
          const [a, b] = this.prefixRange(low);
          if (b - a > 1) continue;
        }
        const r = this.resolve(source.key.slice(0, i));
        if (r.kind === 'found' && r.source === source) {
          k = source.key.slice(0, i);
          break;
        }
      }
      this.prefixKeys.set(source, k);
    }
    return k;
  }

  /** Keys that name more than one source, each once, in source order: for a warning at index time. */
  conflicts(): KeyConflict[] {
    const out: KeyConflict[] = [];
    const seen = new Set<string>();
    for (const s of this.sources) {
      for (const key of [s.key, s.meta.id, ...s.meta.aliases]) {
        if (!key) continue;
        const low = key.toLowerCase();
        if (seen.has(low)) continue;
        const r = this.resolve(low);
        if (r.kind !== 'ambiguous') continue;
        seen.add(low);
        out.push({ key, sources: [s, ...r.candidates.filter((x) => x !== s)] });
      }
    }
    return out;
  }

  /** [start, end) of the sorted file keys that start with a lower-case prefix. */
  private prefixRange(prefix: string): [number, number] {
    const keys = this.sorted;
    const lower = (pred: (k: string) => boolean) => {
      let lo = 0;
      let hi = keys.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (pred(keys[mid].key)) lo = mid + 1;
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
  private prefixTakenOver(low: string, owner: Source): Source | undefined {
    if (owner.key.toLowerCase() === low) return undefined;
    const [a, b] = this.prefixRange(low);
    if (b - a !== 1) return undefined;
    const { key, source } = this.sorted[a];
    return source !== owner && key.length > low.length && BOUNDARY.test(key[low.length]) ? source : undefined;
  }
}
