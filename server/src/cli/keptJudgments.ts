// A note's figure judgments kept by the result cache between runs of `grounded check` (resultCache.ts
// `judgments`), so that a note edited in a few places is re-judged only where the edit can change a
// judgment — the language server's reuse (engine/check/reuse.ts) carried from one run to the next.
//
// What a kept judgment depends on is reuse.ts's to say and to check: each is kept under its block's
// key (the block's text, sentences, citations and figures, and the reach after it that "the rest"
// reads), its place, scope and pages, with the names its fixes give its evidence's sources; the
// engine takes it again only for a figure of the same key in a check of the same store, tolerance
// and bibliography that names those sources alike. Across runs "the same store" is the same corpus
// fingerprint (every source file and its content key, the file settings, the engine version): the
// file of a note's judgments is named by a key made of that fingerprint, the check's options (the
// bibliography's entries among them), the note's path and the build (resultCache.ts judgmentsKey),
// so a source edited, added or removed, another build or other options is another file, and the
// note is judged afresh.
//
// A judgment holds objects of the index (its sources, passages and source figures), which the
// passes over the whole note compare by identity, and objects of its own that it holds twice (a
// wrong source's evidence is also its first evidence), which its findings compare by identity. They are kept as references — a source by its
// index, a passage by its id, a figure by its place among its passage's figures — and restored as
// the corpus's own objects (`sources[i]`, `passage(pid)`, that passage's `figures[k]`). A judgment
// that holds any other such object (a figure copied from the rows of an unmade source, which is not
// its passage's), or a field this file does not know, is not kept: it is judged again next time.
// An evidence or a place held twice is kept once and read back as one object. The rest (frames,
// fixes) must be plain data, which the structured clone reads back as it was; else not kept.
import type { KeptJudgments } from '../engine/check';
import type { Evidence, FigureResult } from '../engine/check/report';
import type { PassageStore } from '../engine/store';
import type { Figure, Passage, Source } from '../engine/types';

type Kept = KeptJudgments['byBlock'] extends ReadonlyMap<string, ReadonlyMap<string, infer K>> ? K : never;

/** A reference to an object of the index: [0, source index] · [1, passage id] · [2, passage id, figure's place in it]. */
type Ref = [0, number] | [1, number] | [2, number, number];

/** Kept judgments as plain data (node:v8 serialize): the references apart, each object a number into them. */
export interface JudgmentData {
  refs: Ref[];
  /** [block key, [[place key, kept judgment with references as numbers]]] */
  blocks: [string, [string, unknown][]][];
}

class Unkeepable extends Error {}
const fail = (why: string): never => {
  throw new Unkeepable(why);
};

const RESULT_FIELDS = new Set(['figure', 'verdict', 'evidence', 'scope', 'wrongSource', 'wrongPage', 'citedPages', 'fixes', 'frame', 'sourceFrame']);
const EVIDENCE_FIELDS = new Set(['source', 'passage', 'figure', 'start', 'end', 'score']);
const KEPT_FIELDS = new Set(['result', 'names', 'agreeing', 'datedOtherwise']);
const AGREEING_FIELDS = new Set(['passage', 'figure', 'named']);
const DATED_FIELDS = new Set(['passage', 'figure', 'year', 'score']);

/** The judgments as plain data, each judgment that holds only the corpus's own objects; undefined when none is. */
export function encodeJudgments(kept: KeptJudgments, store: PassageStore): JudgmentData | undefined {
  const refs: Ref[] = [];
  const seen = new Map<string, number>();
  const ref = (r: Ref) => {
    const k = r.join(',');
    let n = seen.get(k);
    if (n === undefined) seen.set(k, (n = refs.push(r) - 1));
    return n;
  };
  const source = (s: Source) => {
    if (store.sources[s.index] !== s) fail('source');
    return ref([0, s.index]);
  };
  const passage = (p: Passage) => {
    const pid = store.pid(p);
    if (!(pid >= 0 && pid < store.passageCount) || store.passage(pid) !== p) fail('passage');
    return ref([1, pid]);
  };
  const figure = (p: Passage, f: Figure) => {
    const at = p.figures.indexOf(f);
    if (at < 0) fail('figure');
    passage(p);
    return ref([2, store.pid(p), at]);
  };
  const fields = (o: object, known: Set<string>) => {
    for (const k of Object.keys(o)) if (!known.has(k)) fail('field ' + k);
  };
  // (what is kept as it is — frames, fixes — must be plain data, which a structured clone reads
  // back as it was: objects and arrays of no other class, maps, sets, strings, numbers, booleans)
  const checked = new Set<object>();
  const plain = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') {
      if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') fail('not plain data');
      return v;
    }
    if (checked.has(v)) return v;
    checked.add(v);
    const proto = Object.getPrototypeOf(v);
    if (Array.isArray(v)) v.forEach(plain);
    else if (v instanceof Map) v.forEach((x, k) => (plain(k), plain(x)));
    else if (v instanceof Set) v.forEach(plain);
    else if (proto === Object.prototype || proto === null) Object.values(v).forEach(plain);
    else fail('not plain data');
    return v;
  };
  // (an object met twice is encoded once, so that what was one object is one again when read back:
  // a wrong source's evidence is also its result's first evidence, and findings.ts alsoIn tells the
  // others from it by identity — the structured clone keeps such sharing within the file)
  const encoded = new Map<object, Record<string, unknown>>();
  const evidence = (e: Evidence) => {
    let out = encoded.get(e);
    if (out) return out;
    fields(e, EVIDENCE_FIELDS);
    out = {};
    for (const [k, v] of Object.entries(e)) out[k] = k === 'source' ? source(v as Source) : k === 'passage' ? passage(v as Passage) : k === 'figure' ? (v === undefined ? v : figure(e.passage, v as Figure)) : plain(v);
    encoded.set(e, out);
    return out;
  };
  const place = (x: object, known: Set<string>) => {
    let out = encoded.get(x);
    if (out) return out;
    fields(x, known);
    const p = (x as { passage: Passage }).passage;
    out = {};
    for (const [k, v] of Object.entries(x)) out[k] = k === 'passage' ? passage(v as Passage) : k === 'figure' ? figure(p, v as Figure) : plain(v);
    encoded.set(x, out);
    return out;
  };
  const result = (r: FigureResult) => {
    fields(r, RESULT_FIELDS);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) {
      if (k === 'figure') out[k] = null; // (the figure is the note's: a kept judgment is given the figure that takes it, reuse.ts copyResult)
      else if (k === 'evidence') out[k] = (v as Evidence[]).map(evidence);
      else if (k === 'scope') out[k] = v === null ? null : (v as Source[]).map(source);
      else if (k === 'wrongSource' || k === 'wrongPage') out[k] = v === undefined ? v : evidence(v as Evidence);
      else out[k] = plain(v);
    }
    return out;
  };
  const blocks: JudgmentData['blocks'] = [];
  for (const [bk, places] of kept.byBlock) {
    const entries: [string, unknown][] = [];
    for (const [pk, j] of places) {
      try {
        fields(j, KEPT_FIELDS);
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(j)) {
          if (k === 'result') out[k] = result(v as FigureResult);
          else if (k === 'agreeing') out[k] = v === undefined ? v : (v as object[]).map((x) => place(x, AGREEING_FIELDS));
          else if (k === 'datedOtherwise') out[k] = v === undefined ? v : (v as object[]).map((x) => place(x, DATED_FIELDS));
          else out[k] = plain(v);
        }
        entries.push([pk, out]);
      } catch (e) {
        // (its references made so far stay in the table: harmless, each is the corpus's own; what
        // was found plain so far is checked again: the object that failed is among it)
        if (!(e instanceof Unkeepable)) throw e;
        checked.clear();
      }
    }
    if (entries.length) blocks.push([bk, entries]);
  }
  return blocks.length ? { refs, blocks } : undefined;
}

/** Kept judgments restored over `store` (the corpus of the fingerprint they were kept for), or undefined when the data is not whole. */
export function decodeJudgments(data: unknown, store: PassageStore, tolerance: number, bibliography: KeptJudgments['bibliography']): KeptJudgments | undefined {
  if (!isJudgmentData(data)) return undefined;
  // every reference checked before any object is made
  for (const r of data.refs) {
    if (r[0] === 0 ? r[1] >= store.sources.length : r[1] >= store.passageCount) return undefined;
  }
  const made: unknown[] = new Array(data.refs.length);
  const obj = (n: unknown, kind: 0 | 1 | 2): unknown => {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n >= data.refs.length) throw new Unkeepable();
    const r = data.refs[n];
    if (r[0] !== kind) throw new Unkeepable();
    if (made[n] === undefined) {
      if (r[0] === 0) made[n] = store.sources[r[1]];
      else if (r[0] === 1) made[n] = store.passage(r[1]);
      else {
        const f = store.passage(r[1]).figures[r[2]];
        if (!f) throw new Unkeepable();
        made[n] = f;
      }
    }
    return made[n];
  };
  // (one object read back once: what was one object when kept is one again, encodeJudgments)
  const restored = new Map<object, Record<string, unknown>>();
  const evidence = (e: Record<string, unknown>) => {
    let out = restored.get(e);
    if (out) return out as unknown as Evidence;
    out = {};
    for (const [k, v] of Object.entries(e)) out[k] = k === 'source' ? obj(v, 0) : k === 'passage' ? obj(v, 1) : k === 'figure' ? (v === undefined ? v : obj(v, 2)) : v;
    restored.set(e, out);
    return out as unknown as Evidence;
  };
  const place = (x: Record<string, unknown>) => {
    let out = restored.get(x);
    if (out) return out;
    out = {};
    for (const [k, v] of Object.entries(x)) out[k] = k === 'passage' ? obj(v, 1) : k === 'figure' ? obj(v, 2) : v;
    restored.set(x, out);
    return out;
  };
  const byBlock = new Map<string, Map<string, Kept>>();
  try {
    for (const [bk, entries] of data.blocks) {
      const places = new Map<string, Kept>();
      for (const [pk, j] of entries) {
        const x = j as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(x)) {
          if (k === 'result') {
            const r: Record<string, unknown> = {};
            for (const [rk, rv] of Object.entries(v as Record<string, unknown>)) {
              if (rk === 'evidence') r[rk] = (rv as Record<string, unknown>[]).map(evidence);
              else if (rk === 'scope') r[rk] = rv === null ? null : (rv as unknown[]).map((s) => obj(s, 0));
              else if (rk === 'wrongSource' || rk === 'wrongPage') r[rk] = rv === undefined ? rv : evidence(rv as Record<string, unknown>);
              else r[rk] = rv;
            }
            out[k] = r;
          } else if (k === 'agreeing' || k === 'datedOtherwise') out[k] = v === undefined ? v : (v as Record<string, unknown>[]).map(place);
          else out[k] = v;
        }
        places.set(pk, out as unknown as Kept);
      }
      byBlock.set(bk, places);
    }
  } catch (e) {
    if (e instanceof Unkeepable || e instanceof TypeError) return undefined;
    throw e;
  }
  return { store, tolerance, bibliography, byBlock };
}

/** Plain data of JudgmentData's shape (what a kept file holds once its checksum and key have passed). */
function isJudgmentData(d: unknown): d is JudgmentData {
  const x = d as JudgmentData;
  if (!x || typeof x !== 'object' || !Array.isArray(x.refs) || !Array.isArray(x.blocks)) return false;
  const nat = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  for (const r of x.refs) {
    if (!Array.isArray(r) || !nat(r[1])) return false;
    if (!(r[0] === 0 || r[0] === 1 ? r.length === 2 : r[0] === 2 && r.length === 3 && nat(r[2]))) return false;
  }
  for (const b of x.blocks) {
    if (!Array.isArray(b) || b.length !== 2 || typeof b[0] !== 'string' || !Array.isArray(b[1])) return false;
    for (const e of b[1]) {
      if (!Array.isArray(e) || e.length !== 2 || typeof e[0] !== 'string') return false;
      const j = e[1] as { result?: { evidence?: unknown; fixes?: unknown; scope?: unknown }; names?: unknown; agreeing?: unknown; datedOtherwise?: unknown };
      if (!j || typeof j !== 'object' || typeof j.names !== 'string' || !j.result || typeof j.result !== 'object') return false;
      if (!Array.isArray(j.result.evidence) || !Array.isArray(j.result.fixes) || !(j.result.scope === null || Array.isArray(j.result.scope))) return false;
      if (!(j.agreeing === undefined || Array.isArray(j.agreeing)) || !(j.datedOtherwise === undefined || Array.isArray(j.datedOtherwise))) return false;
    }
  }
  return true;
}
