// Extracted text kept between runs: PDF and Word extraction costs tens of milliseconds a page
// (README "Source formats"), plain text nothing, so a restart should not redo it. The cache is
// keyed by the file's content (SHA-256) with the extractor's version and limits, so a changed,
// moved or renamed file is read again exactly when its bytes differ. `DiskExtractCache` keeps it in
// a folder (the CLI's --cache DIR, the editor's storage folder); a cache entry that cannot be read
// or does not hold a well-formed extraction is discarded and the file extracted again.
import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { ExtractedText, ExtractLimits } from './types';

/** Bump when extraction changes what it returns for the same bytes: older cache entries are then never read (2: hidden elements no longer read, session 24). */
export const EXTRACTOR_VERSION = 2;

export interface ExtractCache {
  get(key: string): Promise<ExtractedText | undefined>;
  put(key: string, value: ExtractedText): Promise<void>;
}

/** The cache key of a file's bytes, read as `format` within `limits`. */
export function cacheKey(format: string, bytes: Uint8Array, limits: ExtractLimits): string {
  const hash = createHash('sha256').update(bytes).digest('hex');
  return `${format}-v${EXTRACTOR_VERSION}-p${limits.maxPages}-${hash}`;
}

/** Is this what an extractor returns? (A cache file may be truncated, edited or from elsewhere.) */
export function isExtractedText(v: unknown): v is ExtractedText {
  if (!v || typeof v !== 'object') return false;
  const x = v as Partial<ExtractedText>;
  if (x.format !== 'html' && x.format !== 'pdf' && x.format !== 'docx') return false;
  if (typeof x.text !== 'string' || !x.meta || typeof x.meta !== 'object') return false;
  for (const k of ['title', 'author', 'date', 'url'] as const) if (x.meta[k] !== undefined && typeof x.meta[k] !== 'string') return false;
  if (x.problem !== undefined && typeof x.problem !== 'string') return false;
  if (x.pages !== undefined) {
    if (!Array.isArray(x.pages)) return false;
    let prev = 0;
    for (const p of x.pages) {
      if (typeof p !== 'number' || !Number.isInteger(p) || p < prev || p > x.text.length) return false;
      prev = p;
    }
  }
  return true;
}

/** One JSON file per key in a folder; writes go to a temporary file renamed into place, so a reader never sees half a file. */
export class DiskExtractCache implements ExtractCache {
  constructor(readonly dir: string) {}

  private file(key: string): string {
    return path.join(this.dir, `${key}.json`);
  }

  async get(key: string): Promise<ExtractedText | undefined> {
    let raw: string;
    try {
      raw = await fsp.readFile(this.file(key), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const v: unknown = JSON.parse(raw);
      if (isExtractedText(v)) return v;
    } catch {
      // not JSON: discarded below
    }
    await fsp.rm(this.file(key), { force: true }).catch(() => undefined);
    return undefined;
  }

  async put(key: string, value: ExtractedText): Promise<void> {
    const target = this.file(key);
    const tmp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await fsp.mkdir(this.dir, { recursive: true });
      await fsp.writeFile(tmp, JSON.stringify(value));
      await fsp.rename(tmp, target);
    } catch {
      // a cache that cannot be written is no cache: the file is extracted again next time
      await fsp.rm(tmp, { force: true }).catch(() => undefined);
    }
  }
}
