// A table of strings to numbers as the index cache keeps it (the postings' terms and written forms,
// postingsBlob.ts): the strings in their own order, each one's number its place or a count kept
// beside it, and the order that sorts them kept too — so that a start from the cache answers a
// lookup by a binary search over what it read, instead of a Map made of every string first. At
// 100 MB of sources the three tables hold some 67,000 strings: their Maps were 8–12 ms and 6 MB of
// every warm start, which then looked up about 220 of them.
//
// The kept order is a help, never the answer: at the first use it is checked (a permutation of the
// places whose strings ascend strictly); a table whose order is not that is answered from a Map of
// its strings, as a Map made of them in their order would answer (the last number of a string kept
// twice, the strings in order of first place).

/** The places of `keys` in ascending order of their strings (UTF-16 code units, as `<` compares them), for SortedTable. */
export function sortedOrder(keys: readonly string[]): Int32Array {
  const place = new Map<string, number>();
  keys.forEach((k, i) => place.set(k, i));
  // (the strings sorted natively, then each one's place: faster than sorting places with a comparator)
  const sorted = [...place.keys()].sort();
  return Int32Array.from(sorted, (k) => place.get(k)!);
}

/**
 * `keys[i]` → `values[i]` (without `values`: → i), answered through `order` (sortedOrder's), as a
 * ReadonlyMap of them made in the keys' order would answer.
 */
export class SortedTable implements ReadonlyMap<string, number> {
  /** Made at the first use when `order` is not the keys' sorted order (the answers then this Map's). */
  private map: Map<string, number> | undefined;
  private checked = false;

  constructor(
    private readonly keyList: readonly string[],
    private readonly valueList: ArrayLike<number> | undefined,
    private readonly order: Int32Array,
  ) {}

  /** Is the kept order the one the lookups trust (false: a Map of the keys answers)? Checked once. */
  get ordered(): boolean {
    return this.fallback() === undefined;
  }

  /** The Map that answers when the order is not sound (undefined when it is). */
  private fallback(): Map<string, number> | undefined {
    if (this.checked) return this.map;
    this.checked = true;
    const { keyList: keys, order } = this;
    const n = keys.length;
    let sound = order.length === n;
    const seen = new Uint8Array(n);
    for (let j = 0; sound && j < n; j++) {
      const i = order[j];
      if (!(i >= 0 && i < n) || seen[i] === 1 || typeof keys[i] !== 'string' || (j > 0 && !(keys[order[j - 1]] < keys[i]))) sound = false;
      else seen[i] = 1;
    }
    if (!sound) this.map = new Map(keys.map((k, i) => [k, this.valueAt(i)]));
    return this.map;
  }

  private valueAt(i: number): number {
    return this.valueList ? this.valueList[i] : i;
  }

  /** The place of `key` among the keys (a binary search through the order), or -1. */
  private placeOf(key: string): number {
    const { keyList: keys, order } = this;
    let lo = 0;
    let hi = order.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const i = order[mid];
      const k = keys[i];
      if (k === key) return i;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  get(key: string): number | undefined {
    const m = this.fallback();
    if (m) return m.get(key);
    const i = this.placeOf(key);
    return i < 0 ? undefined : this.valueAt(i);
  }

  has(key: string): boolean {
    const m = this.fallback();
    return m ? m.has(key) : this.placeOf(key) >= 0;
  }

  get size(): number {
    return this.fallback()?.size ?? this.keyList.length;
  }

  *entries(): MapIterator<[string, number]> {
    const m = this.fallback();
    if (m) return yield* m.entries();
    for (let i = 0; i < this.keyList.length; i++) yield [this.keyList[i], this.valueAt(i)];
  }

  *keys(): MapIterator<string> {
    const m = this.fallback();
    if (m) return yield* m.keys();
    yield* this.keyList;
  }

  *values(): MapIterator<number> {
    const m = this.fallback();
    if (m) return yield* m.values();
    for (let i = 0; i < this.keyList.length; i++) yield this.valueAt(i);
  }

  forEach(f: (value: number, key: string, map: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) f.call(thisArg, v, k, this);
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }
}
