// A postings job: what the search index of a corpus is made of (buildPostings), or how the
// previous corpus's postings become the next one's (updatePostings), as plain data that can cross
// to a worker thread — the texts it scans, each passage's bounds and figure kinds, the previous
// postings in the index cache's codec (persist/postingsBlob) — and back. Only what the job reads
// goes: a full build sends every text; an update, the texts of the sources that came and left.
import { buildPostings, updatePostings, type Postings } from '../indexer';
import { decodePostings, encodePostings, type PostingsMeta } from '../persist/postingsBlob';
import type { Blob } from '../persist/binary';
import type { Figure, Passage, Source } from '../types';
import { listWhole } from '../postingList';

/** What to make: the postings of `passages` (global ids = positions) of `sources`, afresh or from the previous corpus's. */
export interface PostingsJob {
  sources: readonly Source[];
  passages: readonly Passage[];
  update?: PostingsUpdate;
}

/** The arguments of updatePostings besides the new corpus's sources and passages. */
export interface PostingsUpdate {
  prev: Postings;
  prevSources: readonly Source[];
  removed: readonly Passage[];
  added: readonly [number, number][];
  oldToNew: Int32Array;
}

/** Makes a corpus's postings, here or elsewhere (a worker thread: workerPostings.ts). */
export interface PostingsMaker {
  make(job: PostingsJob): Promise<Postings>;
}

/** The postings made on this thread, in one piece. */
export function makePostings(job: PostingsJob): Postings {
  const u = job.update;
  return u ? updatePostings(u.prev, u.prevSources, u.removed, job.sources, job.passages, u.added, u.oldToNew) : buildPostings(job.sources, job.passages);
}

export const IN_PROCESS_POSTINGS: PostingsMaker = { make: async (job) => makePostings(job) };

/** Some passages, as columns: global id, source, start, end, and their figures' kinds. */
interface PassageRows {
  ids: Int32Array;
  sources: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  /** Figures per passage, their kinds (codes into `kindNames`) in `kinds`, passage after passage. */
  figureCounts: Int32Array;
  kinds: Uint8Array;
  kindNames: string[];
}

/** Some sources' texts, as UTF-8 one after another (one buffer, transferred rather than copied). */
interface Texts {
  indices: Int32Array;
  /** Where each text's bytes end. */
  ends: Int32Array;
  bytes: Uint8Array;
}

/** A job as a message: typed arrays (transferred) and a few small values. */
export interface PostingsRequest {
  nSources: number;
  nPassages: number;
  /** The texts the job scans. */
  texts: Texts;
  passages: PassageRows;
  update?: {
    /** The previous postings; left out when the worker made them last (it keeps them: workerPostings.ts). */
    prev?: Blob<PostingsMeta>;
    prevTexts: Texts;
    removed: PassageRows;
    added: [number, number][];
    oldToNew: Int32Array;
  };
}

/** Signature the postings travel under (the blob's check that it is the corpus's own). */
const IN_FLIGHT = 'job';

/**
 * When the thread that hands a job over, or takes its postings back, lets others go first: `due`
 * says a slice of work is over, `pause` lets waiting work run. NO_PAUSE: all in one piece.
 */
export interface Pace {
  due(): boolean;
  pause(): Promise<void>;
}

export const NO_PAUSE: Pace = { due: () => false, pause: async () => undefined };

/** How many items go between two looks at the clock. */
const CHECK_EVERY = 1024;

/** The columns of the passages `at(0…n-1)`, each with its global id `id(k)`. */
async function rows(n: number, at: (k: number) => Passage, id: (k: number) => number, pace: Pace): Promise<PassageRows> {
  const r: PassageRows = { ids: new Int32Array(n), sources: new Int32Array(n), starts: new Int32Array(n), ends: new Int32Array(n), figureCounts: new Int32Array(n), kinds: new Uint8Array(0), kindNames: [] };
  const codes = new Map<string, number>();
  const kinds: number[] = [];
  for (let k = 0; k < n; k++) {
    if (k % CHECK_EVERY === 0 && pace.due()) await pace.pause();
    const p = at(k);
    r.ids[k] = id(k);
    r.sources[k] = p.source;
    r.starts[k] = p.start;
    r.ends[k] = p.end;
    r.figureCounts[k] = p.figures.length;
    for (const f of p.figures) {
      let c = codes.get(f.kind);
      if (c === undefined) codes.set(f.kind, (c = r.kindNames.push(f.kind) - 1));
      kinds.push(c);
    }
  }
  r.kinds = Uint8Array.from(kinds);
  return r;
}

/** The texts of the sources some passages are in. */
async function textsOf(sources: readonly Source[], r: PassageRows, pace: Pace): Promise<Texts> {
  const indices = Int32Array.from(new Set(r.sources));
  const ends = new Int32Array(indices.length);
  let total = 0;
  indices.forEach((i, k) => (ends[k] = total += Buffer.byteLength(sources[i].text, 'utf8')));
  const bytes = Buffer.allocUnsafeSlow(total);
  for (let k = 0; k < indices.length; k++) {
    if (pace.due()) await pace.pause();
    bytes.write(sources[indices[k]].text, k ? ends[k - 1] : 0, 'utf8');
  }
  return { indices, ends, bytes: new Uint8Array(bytes.buffer, 0, total) };
}

/** The buffers of a request that are its own (made by toRequest), to transfer. */
export function ownBuffers(req: PostingsRequest): ArrayBuffer[] {
  const of = (r: PassageRows) => [r.ids, r.sources, r.starts, r.ends, r.figureCounts, r.kinds];
  const t = (x: Texts) => [x.indices, x.ends, x.bytes];
  const arrays = [...of(req.passages), ...t(req.texts), ...(req.update ? [...of(req.update.removed), ...t(req.update.prevTexts)] : [])];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

/**
 * The message for a job (the caller's postings and sources are neither changed nor transferred);
 * `prevKept`: the worker holds the previous postings, which are then not sent.
 */
export async function toRequest(job: PostingsJob, prevKept = false, pace: Pace = NO_PAUSE): Promise<PostingsRequest> {
  const { sources, passages, update } = job;
  let mine: PassageRows;
  if (!update) mine = await rows(passages.length, (k) => passages[k], (k) => k, pace);
  else {
    const ids: number[] = [];
    for (const [from, to] of update.added) for (let id = from; id < to; id++) ids.push(id);
    mine = await rows(ids.length, (k) => passages[ids[k]], (k) => ids[k], pace);
  }
  const req: PostingsRequest = { nSources: sources.length, nPassages: passages.length, texts: await textsOf(sources, mine, pace), passages: mine };
  if (update) {
    const removed = await rows(update.removed.length, (k) => update.removed[k], (k) => k, pace);
    req.update = { prev: prevKept ? undefined : encodePostings(update.prev, IN_FLIGHT), prevTexts: await textsOf(update.prevSources, removed, pace), removed, added: update.added.map(([a, b]) => [a, b]), oldToNew: update.oldToNew.slice() };
  }
  return req;
}

/** Sparse sources holding only their text (all that postings read of a source). */
function sourcesOf(t: Texts): Source[] {
  const sources: Source[] = [];
  const decoder = new TextDecoder();
  t.indices.forEach((i, k) => (sources[i] = { text: decoder.decode(t.bytes.subarray(k ? t.ends[k - 1] : 0, t.ends[k])) } as Source));
  return sources;
}

/** The listed passages, with only what postings read of one: source, bounds, figure kinds. */
function passagesOf(r: PassageRows): Passage[] {
  const out: Passage[] = [];
  let f = 0;
  for (let k = 0; k < r.ids.length; k++) {
    const figures: Figure[] = [];
    for (const stop = f + r.figureCounts[k]; f < stop; f++) figures.push({ kind: r.kindNames[r.kinds[f]] } as Figure);
    out.push({ source: r.sources[k], start: r.starts[k], end: r.ends[k], figures } as Passage);
  }
  return out;
}

/**
 * Run a request (in the worker): the postings made, and those an update started from. `kept`: the
 * postings the worker made last, for an update that did not send them.
 */
export function runRequest(req: PostingsRequest, kept?: Postings): { made: Postings; prev?: Postings } {
  const sources = sourcesOf(req.texts);
  sources.length = req.nSources;
  const passages = new Array<Passage>(req.nPassages);
  passagesOf(req.passages).forEach((p, k) => (passages[req.passages.ids[k]] = p));
  let job: PostingsJob = { sources, passages };
  if (req.update) {
    const u = req.update;
    const prev = u.prev ? decodePostings(u.prev, IN_FLIGHT, u.oldToNew.length) : kept;
    if (!prev) throw new Error(u.prev ? 'the previous postings do not decode' : 'the previous postings are not kept');
    job = { sources, passages, update: { prev, prevSources: sourcesOf(u.prevTexts), removed: passagesOf(u.removed), added: u.added, oldToNew: u.oldToNew } };
  }
  return { made: makePostings(job), prev: job.update?.prev };
}

/**
 * What an update changed in the written forms and terms: the caller, who holds the previous
 * postings, copies their maps and applies this (new terms take the next ids; a count of 0 removes a form).
 */
interface UpdateDelta {
  newTerms: string[];
  lower: [string, number][];
  capitalisedInside: [string, number][];
  avgdl: number;
  arrays: { offsets: Int32Array; postings: Uint8Array; df: Int32Array; lengths: Uint32Array; kindMask: Uint8Array; lowerCount: Int32Array };
}

/** A reply: a build's postings whole (the codec's blob), an update's as a delta of the previous. */
export type PostingsReply = { blob: Blob<PostingsMeta> } | { delta: UpdateDelta };

function changes(prev: ReadonlyMap<string, number>, next: ReadonlyMap<string, number>): [string, number][] {
  const out: [string, number][] = [];
  for (const [w, n] of next) if (prev.get(w) !== n) out.push([w, n]);
  for (const w of prev.keys()) if (!next.has(w)) out.push([w, 0]);
  return out;
}

/** The reply for `made` (whose arrays are copied: the worker keeps `made`), and the buffers to transfer. */
export function replyOf(made: Postings, prev: Postings | undefined): { reply: PostingsReply; transfer: ArrayBuffer[] } {
  const arrays = { offsets: made.offsets.slice(), postings: made.postings.slice(), df: made.df.slice(), lengths: made.lengths.slice(), kindMask: made.kindMask.slice(), lowerCount: made.lowerCount.slice() };
  const transfer = Object.values(arrays).map((a) => a.buffer as ArrayBuffer);
  if (!prev) {
    const blob = encodePostings(made, IN_FLIGHT);
    return { reply: { blob: { meta: blob.meta, arrays: { ...blob.arrays, ...arrays } } }, transfer };
  }
  const nOld = prev.offsets.length - 1;
  const newTerms: string[] = [];
  for (const [t, id] of made.termIds) if (id >= nOld) newTerms[id - nOld] = t;
  const delta: UpdateDelta = { newTerms, lower: changes(prev.written.lower, made.written.lower), capitalisedInside: changes(prev.written.capitalisedInside, made.written.capitalisedInside), avgdl: made.avgdl, arrays };
  return { reply: { delta }, transfer };
}

function applied(prev: ReadonlyMap<string, number>, delta: [string, number][]): Map<string, number> {
  const out = new Map(prev);
  for (const [w, n] of delta) {
    if (n) out.set(w, n);
    else out.delete(w);
  }
  return out;
}

/** A map of `keys[i]` → `value(i)`, made a slice at a time. */
async function mapOf<V>(keys: readonly string[], value: (i: number) => V, pace: Pace, into = new Map<string, V>()): Promise<Map<string, V>> {
  for (let i = 0; i < keys.length; i++) {
    if (i % CHECK_EVERY === 0 && pace.due()) await pace.pause();
    into.set(keys[i], value(i));
  }
  return into;
}

/** A build's postings from the codec's blob (as decodePostings reads it, its maps made a slice at a time). */
async function fromBlob(blob: Blob<PostingsMeta>, n: number, pace: Pace): Promise<Postings | undefined> {
  const { meta, arrays } = blob ?? {};
  if (!meta || !arrays || meta.signature !== IN_FLIGHT || !Array.isArray(meta.terms) || !Array.isArray(meta.lower) || !Array.isArray(meta.capitalisedInside)) return undefined;
  const { offsets, postings, df, lengths, kindMask, lowerCount, lowerCounts, capitalisedCounts } = arrays;
  const nTerms = meta.terms.length;
  if (!(offsets instanceof Int32Array) || !(postings instanceof Uint8Array) || !(df instanceof Int32Array) || !(lengths instanceof Uint32Array) || !(kindMask instanceof Uint8Array) || !(lowerCount instanceof Int32Array)) return undefined;
  if (!(lowerCounts instanceof Int32Array) || !(capitalisedCounts instanceof Int32Array) || lowerCounts.length !== meta.lower.length || capitalisedCounts.length !== meta.capitalisedInside.length) return undefined;
  if (lowerCount.length !== nTerms || lengths.length !== n || kindMask.length !== n) return undefined;
  if (!(await listsWhole(offsets, postings, df, nTerms, n, pace))) return undefined;
  const termIds = await mapOf(meta.terms, (i) => i, pace);
  const lower = await mapOf(meta.lower, (i) => lowerCounts[i], pace);
  const capitalisedInside = await mapOf(meta.capitalisedInside, (i) => capitalisedCounts[i], pace);
  return { termIds, offsets, postings, df, lengths, kindMask, avgdl: meta.avgdl, lowerCount, written: { lower, capitalisedInside } };
}

/**
 * Every posting list ends where the next starts, names passages below `n` in ascending order and
 * holds df[id] postings (as decodePostings checks a cached blob), read a slice at a time.
 */
async function listsWhole(offsets: Int32Array, postings: Uint8Array, df: Int32Array, nTerms: number, n: number, pace: Pace): Promise<boolean> {
  if (offsets.length !== nTerms + 1 || df.length !== nTerms || offsets[0] !== 0 || offsets[nTerms] !== postings.length) return false;
  for (let id = 0; id < nTerms; id++) {
    if (id % CHECK_EVERY === 0 && pace.due()) await pace.pause();
    if (!listWhole(postings, offsets[id], offsets[id + 1], df[id], n)) return false;
  }
  return true;
}

/** The postings of a reply to `job`, or undefined when they are not whole for its passages. */
export async function fromReply(reply: PostingsReply, job: PostingsJob, pace: Pace = NO_PAUSE): Promise<Postings | undefined> {
  const n = job.passages.length;
  if ('blob' in reply) return fromBlob(reply.blob, n, pace);
  const prev = job.update?.prev;
  const d = reply.delta;
  if (!prev || !d || !Array.isArray(d.newTerms) || !Array.isArray(d.lower) || !Array.isArray(d.capitalisedInside)) return undefined;
  const { offsets, postings, df, lengths, kindMask, lowerCount } = d.arrays ?? {};
  const nOld = prev.offsets.length - 1;
  const nTerms = nOld + d.newTerms.length;
  if (!(offsets instanceof Int32Array) || !(postings instanceof Uint8Array) || !(df instanceof Int32Array) || !(lengths instanceof Uint32Array) || !(kindMask instanceof Uint8Array) || !(lowerCount instanceof Int32Array)) return undefined;
  if (lengths.length !== n || kindMask.length !== n || lowerCount.length !== nTerms) return undefined;
  if (!(await listsWhole(offsets, postings, df, nTerms, n, pace))) return undefined;
  const termIds = await mapOf(d.newTerms, (k) => nOld + k, pace, new Map(prev.termIds));
  if (termIds.size !== nTerms) return undefined;
  return { termIds, offsets, postings, df, lengths, kindMask, lowerCount, avgdl: d.avgdl, written: { lower: applied(prev.written.lower, d.lower), capitalisedInside: applied(prev.written.capitalisedInside, d.capitalisedInside) } };
}
