// What a check derives from a corpus alone, kept for the next check of the same corpus: the claim
// frames of the source passages it read (and the words, names and periods of their context), the
// rankings it asked of the postings, the weights of the terms it weighed, the places of the value
// index that state a figure and which of them have names within their reach (the wrong-source
// search's). Each is a function of
// the corpus alone — the same sources in the same order, so the same passage ids
// (workspace/fingerprint.ts) — and of the build, never of the note or the check's options
// (SourceFrames and Retrieval take nothing else), so a memo kept for a corpus's fingerprint by the
// build that made it answers as a fresh reading would.
//
// Inert unless `enable`d (a store's memo records nothing and answers nothing): the CLI enables it,
// with what its cache folder kept for the corpus's fingerprint (cli/resultCache.ts), and saves it
// after its checks when they added to it; the language server keeps its store and its caches in
// memory instead. Bounded, what the last checks read first: it is saved with the entries the run
// read or made, and of the others it kept as many as fit, up to MAX_MEMO_PASSAGES passages (of each
// kind), MAX_MEMO_RANKINGS rankings, MAX_MEMO_WEIGHTS weights, MAX_MEMO_STATING figures' places and as many
// names' reaches — a memo read costs about a tenth
// of what it saves per entry used, so one filled by many other notes' checks would cost a check more
// than it saves it.
import { MAX_MEMO_PASSAGES, MAX_MEMO_RANKINGS, MAX_MEMO_STATING, MAX_MEMO_WEIGHTS } from './persist/policy';

type Kind = Exclude<keyof MemoData, 'passages'>;
const KINDS: readonly Kind[] = ['frames', 'referable', 'referableWide', 'prior', 'periods', 'leads', 'fullNames', 'rankings', 'weights', 'stating', 'reach'];
const bound = (kind: Kind) => (kind === 'rankings' ? MAX_MEMO_RANKINGS : kind === 'weights' ? MAX_MEMO_WEIGHTS : kind === 'stating' || kind === 'reach' ? MAX_MEMO_STATING : MAX_MEMO_PASSAGES);
import type { DerivedKey, Scored } from './store';
import type { ClaimFrame, Period } from './frames/types';
import type { Figure } from './types';

/** What a memo holds (by passage id, or by source index for `leads` and `fullNames`): plain data, as the frame readers made it. */
export interface MemoData {
  /** The corpus's passage count when kept (a memo of another corpus's numbering is not adopted). */
  passages: number;
  /** A passage's figures' frames, as far as they were made (figure 0 first). */
  frames: Map<number, ClaimFrame[]>;
  referable: Map<number, ReadonlySet<string>>;
  referableWide: Map<number, ReadonlySet<string>>;
  prior: Map<number, ReadonlySet<string>>;
  periods: Map<number, Period>;
  /** By source index: the names of its opening sentences. */
  leads: Map<number, ReadonlySet<string>>;
  /** By source index: the full names of its opening sentences, by their last word (frames/sourceFrames.ts fullNames). */
  fullNames: Map<number, ReadonlyMap<string, ReadonlySet<string>>>;
  /** A ranking (rankingKey) and the passages it gave, best first. */
  rankings: Map<string, readonly Scored[]>;
  /**
   * By term: its weight (check/retrieval.ts `termWeight`: its idf, a share of it for a word the
   * corpus lacks), which reads the term's count of passages — and so, over a cached index whose
   * lists are checked when first read, walks and checks the term's whole list.
   */
  weights: Map<string, number>;
  /**
   * By `statingKey` (a figure's value, kind and every field the one agreement rule reads of it, and
   * the search's span, row limit and tolerance): the places of the value index that state it
   * (check/retrieval.ts `figuresStating`, the wrong-source search's), each as two numbers — the
   * passage's id and the figure's place among its passage's figures — in the index's order, before
   * any sources are set aside. A search over a corpus of many figures of a value walks thousands of
   * rows and makes a figure of each to find the few that agree (at 100 MB, 17,500 rows for 3,532 places).
   */
  stating: Map<string, readonly number[]>;
  /**
   * By `reachKey` (the names of a note's sentence and the runs they lead into): the passages whose
   * text was looked at for a trace of every name (check/nameReach.ts `mayReachAll`), each as one
   * number — its id times two, plus one when every name was found within its reach.
   */
  reach: Map<string, readonly number[]>;
}

export function emptyMemoData(passages: number): MemoData {
  return { passages, frames: new Map(), referable: new Map(), referableWide: new Map(), prior: new Map(), periods: new Map(), leads: new Map(), fullNames: new Map(), rankings: new Map(), weights: new Map(), stating: new Map(), reach: new Map() };
}

/** The key of one ranking: the store's method and every argument it was given. */
export function rankingKey(method: string, query: readonly { term: string; weight: number }[], scope: { only?: readonly { index: number }[]; except?: ReadonlySet<number> }, limit: number, kind?: string): string {
  const except = scope.except ? [...scope.except].sort((a, b) => a - b) : null;
  return JSON.stringify([method, kind ?? null, limit, query.map((q) => [q.term, q.weight]), scope.only ? scope.only.map((s) => s.index) : null, except]);
}

/**
 * The key of one search for the places stating a figure: the figure's fields but where it stands
 * (`start`, `end`, `hedgeStart`, a note figure's `sentence`: the agreement rule reads none of them,
 * figures/agree.ts), in a fixed order, and the search's span, row limit and tolerance. A memo is kept
 * by the build that made it, whose agreement rule is the one its places were found by.
 */
export function statingKey(f: Figure, span: number, limit: number, tolerance: number): string {
  const fields: [string, unknown][] = [];
  for (const k of Object.keys(f).sort()) if (!PLACE_FIELDS.has(k)) fields.push([k, (f as unknown as Record<string, unknown>)[k]]);
  return JSON.stringify(['stating', span, limit, tolerance, fields]);
}
const PLACE_FIELDS: ReadonlySet<string> = new Set(['start', 'end', 'hedgeStart', 'sentence']);

/** The key of the names a reach looks for (nameReach.ts NameReach: a note sentence's names, and the last word each run of names leads to), in their order. */
export function reachKey(names: readonly string[], leads: ReadonlyMap<string, string> | undefined): string {
  return JSON.stringify(['reach', names, leads ? [...leads] : null]);
}

/** Does `d` look like a memo of a corpus of `passages` passages (every id in range, every entry of its type)? */
export function isMemoData(d: unknown, passages: number): d is MemoData {
  const m = d as MemoData;
  if (!m || typeof m !== 'object' || m.passages !== passages) return false;
  const ids = (map: unknown, bound: number, value: (v: unknown) => boolean) => {
    if (!(map instanceof Map)) return false;
    for (const [k, v] of map) if (!Number.isInteger(k) || k < 0 || k >= bound || !value(v)) return false;
    return true;
  };
  const set = (v: unknown) => v instanceof Set;
  const setsByWord = (v: unknown) => {
    if (!(v instanceof Map)) return false;
    for (const [k, firsts] of v) if (typeof k !== 'string' || !(firsts instanceof Set)) return false;
    return true;
  };
  const frames = (v: unknown) => Array.isArray(v) && v.every((f) => !!f && typeof f === 'object' && typeof (f as ClaimFrame).role === 'string' && Array.isArray((f as ClaimFrame).metric));
  // (pairs of a passage id in range and a figure's place, a whole number: past its passage's figures, the search is made afresh)
  const places = (v: unknown) => Array.isArray(v) && v.length % 2 === 0 && v.every((x, i) => Number.isInteger(x) && x >= 0 && (i % 2 === 1 || x < passages));
  const scored = (v: unknown) => Array.isArray(v) && v.every((s) => !!s && Number.isInteger((s as Scored).pid) && (s as Scored).pid >= 0 && (s as Scored).pid < passages && typeof (s as Scored).score === 'number');
  if (!(m.rankings instanceof Map)) return false;
  for (const [k, v] of m.rankings) if (typeof k !== 'string' || !scored(v)) return false;
  if (!(m.weights instanceof Map)) return false;
  for (const [k, v] of m.weights) if (typeof k !== 'string' || typeof v !== 'number' || !(v >= 0) || !Number.isFinite(v)) return false;
  if (!(m.stating instanceof Map)) return false;
  for (const [k, v] of m.stating) if (typeof k !== 'string' || !places(v)) return false;
  if (!(m.reach instanceof Map)) return false;
  for (const [k, v] of m.reach) if (typeof k !== 'string' || !Array.isArray(v) || !v.every((x) => Number.isInteger(x) && x >= 0 && Math.floor(x / 2) < passages)) return false;
  return (
    ids(m.frames, passages, frames) &&
    ids(m.referable, passages, set) &&
    ids(m.referableWide, passages, set) &&
    ids(m.prior, passages, set) &&
    ids(m.periods, passages, (v) => !!v && typeof v === 'object') &&
    ids(m.leads, Number.MAX_SAFE_INTEGER, set) &&
    ids(m.fullNames, Number.MAX_SAFE_INTEGER, setsByWord)
  );
}

export class CheckMemo {
  private data: MemoData | undefined;
  /** Entries were added since enabled. */
  private added = false;
  /** The keys of each kind read or made since enabled. */
  private touched = new Map<Kind, Set<number | string>>();

  /** Record and answer from now on, starting from `kept` (a memo this corpus's fingerprint kept), or empty. */
  enable(passages: number, kept?: MemoData): void {
    this.data = kept && kept.passages === passages ? kept : emptyMemoData(passages);
    // (a period is shared by every side of its passage, frozen as SourceFrames freezes it)
    for (const p of this.data.periods.values()) Object.freeze(p);
    this.added = false;
    this.touched = new Map(KINDS.map((k) => [k, new Set()]));
  }

  get enabled(): boolean {
    return this.data !== undefined;
  }

  /**
   * What to save, when something was added since it was enabled: of each kind, the entries read or
   * made since (up to the bound), then the others kept, as many as fit.
   */
  get changed(): MemoData | undefined {
    const d = this.data;
    if (!this.added || !d) return undefined;
    const out = emptyMemoData(d.passages);
    for (const kind of KINDS) {
      const from = d[kind] as Map<number | string, unknown>;
      const to = out[kind] as Map<number | string, unknown>;
      const max = bound(kind);
      for (const k of this.touched.get(kind)!) if (to.size < max && from.has(k)) to.set(k, from.get(k));
      for (const [k, v] of from) if (to.size < max && !to.has(k)) to.set(k, v);
    }
    return out;
  }

  /** What the memo keeps for `key` of one kind (read: kept first when saved), when enabled. */
  get(kind: Kind, key: number | string): unknown {
    const v = (this.data?.[kind] as Map<number | string, unknown> | undefined)?.get(key);
    if (v !== undefined) this.touched.get(kind)!.add(key);
    return v;
  }

  /** Keep `value` for `key` of one kind (when enabled; a run adds at most twice the bound of each kind: what is saved is bounded). */
  put(kind: Kind, key: number | string, value: unknown): void {
    const d = this.data;
    if (!d) return;
    const map = d[kind] as Map<number | string, unknown>;
    if (!map.has(key)) {
      if (map.size >= 2 * bound(kind)) return;
      this.added = true;
    }
    map.set(key, value);
    this.touched.get(kind)!.add(key);
  }

  /** Something was added to an entry already kept (a passage's frames made further). */
  grew(): void {
    if (this.data) this.added = true;
  }
}

/** The store's memo: one per store, inert until enabled. */
export const CHECK_MEMO: DerivedKey<CheckMemo> = { name: 'check memo', create: () => new CheckMemo() };
