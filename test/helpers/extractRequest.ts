// An extraction request (workers/extractJob.ts) for files given by path: their bytes laid end to end,
// as the index's thread sends them to a worker.
import type { ExtractRequest } from '../../server/src/engine/workers/extractJob';

export function extractRequest(files: Record<string, string | Uint8Array>): ExtractRequest {
  const enc = new TextEncoder();
  const parts = Object.values(files).map((t) => (typeof t === 'string' ? enc.encode(t) : t));
  const ends = new Int32Array(parts.length);
  let n = 0;
  parts.forEach((p, i) => (ends[i] = n += p.length));
  const bytes = new Uint8Array(n);
  parts.forEach((p, i) => bytes.set(p, i ? ends[i - 1] : 0));
  return { paths: Object.keys(files), ends, bytes };
}
