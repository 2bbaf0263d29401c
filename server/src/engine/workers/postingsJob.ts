// A postings job: what the search index of a corpus is made of (buildPostings), or how the
// previous corpus's postings become the next one's (updatePostings), as plain data that can cross
// to a worker thread — the texts it scans, each passage's bounds and figure kinds, the previous
// postings in the index cache's codec (persist/postingsBlob) — and back. Only what the job reads
// goes: a full build sends every text; an update, the texts of the sources that came and left.
import { buildPostings, updatePostings, type Postings } from '../indexer';
import { decodePostings, encodePostings, type PostingsMeta } from '../persist/postingsBlob';
import type { Blob } from '../persist/binary';
import type { Figure, Passage, Source } from '../types';

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
  /** Figures per passage, their kinds in `kinds`, passage after passage. */
  figureCounts: Int32Array;
  kinds: string[];
}

/** A job as a message (structured-clonable: strings, arrays, typed arrays). */
export interface PostingsRequest {
  nSources: number;
  nPassages: number;
  /** The texts the job scans: [source index, text]. */
  texts: [number, string][];
  passages: PassageRows;
  update?: {
    prev: Blob<PostingsMeta>;
    prevTexts: [number, string][];
    removed: PassageRows;
    added: [number, number][];
    oldToNew: Int32Array;
  };
}

/** Signature the postings travel under (the blob's check that it is the corpus's own). */
const IN_FLIGHT = 'job';

/** The columns of some passages, each with its global id. */
function rows(picked: readonly [number, Passage][]): PassageRows {
  const n = picked.length;
  const r: PassageRows = { ids: new Int32Array(n), sources: new Int32Array(n), starts: new Int32Array(n), ends: new Int32Array(n), figureCounts: new Int32Array(n), kinds: [] };
  picked.forEach(([id, p], k) => {
    r.ids[k] = id;
    r.sources[k] = p.source;
    r.starts[k] = p.start;
    r.ends[k] = p.end;
    r.figureCounts[k] = p.figures.length;
    for (const f of p.figures) r.kinds.push(f.kind);
  });
  return r;
}

/** The texts of the sources some passages are in. */
function textsOf(sources: readonly Source[], r: PassageRows): [number, string][] {
  return [...new Set(r.sources)].map((i) => [i, sources[i].text]);
}

/** The message for a job (the caller's postings and sources are neither changed nor transferred). */
export function toRequest(job: PostingsJob): PostingsRequest {
  const { sources, passages, update } = job;
  const picked: [number, Passage][] = [];
  for (const [from, to] of update ? update.added : [[0, passages.length] as const]) for (let id = from; id < to; id++) picked.push([id, passages[id]]);
  const mine = rows(picked);
  const req: PostingsRequest = { nSources: sources.length, nPassages: passages.length, texts: textsOf(sources, mine), passages: mine };
  if (update) {
    const removed = rows(update.removed.map((p, k) => [k, p]));
    req.update = { prev: encodePostings(update.prev, IN_FLIGHT), prevTexts: textsOf(update.prevSources, removed), removed, added: update.added.map(([a, b]) => [a, b]), oldToNew: update.oldToNew };
  }
  return req;
}

/** Sparse sources holding only their text (all that postings read of a source). */
function sourcesOf(texts: [number, string][]): Source[] {
  const sources: Source[] = [];
  for (const [i, text] of texts) sources[i] = { text } as Source;
  return sources;
}

/** The listed passages, with only what postings read of one: source, bounds, figure kinds. */
function passagesOf(r: PassageRows): Passage[] {
  const out: Passage[] = [];
  let f = 0;
  for (let k = 0; k < r.ids.length; k++) {
    const figures = r.kinds.slice(f, (f += r.figureCounts[k])).map((kind) => ({ kind }) as Figure);
    out.push({ source: r.sources[k], start: r.starts[k], end: r.ends[k], figures } as Passage);
  }
  return out;
}

/** Run a request (in the worker): the postings, in the codec's blob. */
export function runRequest(req: PostingsRequest): Blob<PostingsMeta> {
  const sources = sourcesOf(req.texts);
  sources.length = req.nSources;
  const passages = new Array<Passage>(req.nPassages);
  passagesOf(req.passages).forEach((p, k) => (passages[req.passages.ids[k]] = p));
  let job: PostingsJob = { sources, passages };
  if (req.update) {
    const u = req.update;
    const prev = decodePostings(u.prev, IN_FLIGHT, u.oldToNew.length);
    if (!prev) throw new Error('the previous postings do not decode');
    job = { sources, passages, update: { prev, prevSources: sourcesOf(u.prevTexts), removed: passagesOf(u.removed), added: u.added, oldToNew: u.oldToNew } };
  }
  return encodePostings(makePostings(job), IN_FLIGHT);
}

/** The postings of a reply, or undefined when they are not whole for `nPassages` passages. */
export function fromReply(blob: Blob<PostingsMeta>, nPassages: number): Postings | undefined {
  return decodePostings(blob, IN_FLIGHT, nPassages);
}

/** The typed arrays of a blob, to transfer rather than copy. */
export function buffersOf(blob: Blob<PostingsMeta>): ArrayBuffer[] {
  return [...new Set(Object.values(blob.arrays).map((a) => a.buffer as ArrayBuffer))];
}
