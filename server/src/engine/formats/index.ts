// Source formats: which files are read how. Plain text and markdown are decoded as they are
// (sources.ts decodeSource); saved web pages, PDFs and Word files go through an extractor that
// returns their text, metadata and page offsets (one module per format). Each extractor loads its
// library (PDF.js, mammoth, Readability and linkedom) on its first file only, so a workspace of
// .txt sources never loads them.
import { decodeSource } from '../sources';
import { extractDocx } from './docx';
import { extractHtml } from './html';
import { extractPdf } from './pdf';
import type { ExtractedText, ExtractLimits, ExtractResult, SourceFormat } from './types';
import { DEFAULT_EXTRACT_LIMITS } from './policy';
import { cacheKey, type ExtractCache } from './cache';

export type { ExtractedText, ExtractLimits, ExtractResult, SourceFormat } from './types';
export { DEFAULT_EXTRACT_LIMITS } from './policy';
export { cacheKey, DiskExtractCache, type ExtractCache } from './cache';

const BY_EXTENSION: Record<string, SourceFormat> = { html: 'html', htm: 'html', xhtml: 'html', pdf: 'pdf', docx: 'docx' };

/** The format a source file is read as, by its extension. */
export function sourceFormat(path: string): SourceFormat {
  const m = /\.([A-Za-z]+)$/.exec(path);
  return (m && BY_EXTENSION[m[1].toLowerCase()]) || 'text';
}

/** Extract the text of a file in a format other than 'text'. Never throws: a bad file is skipped with the reason. */
export async function extractSource(format: Exclude<SourceFormat, 'text'>, bytes: Uint8Array, limits: ExtractLimits = DEFAULT_EXTRACT_LIMITS): Promise<ExtractResult> {
  try {
    switch (format) {
      case 'html': {
        let html: string;
        try {
          html = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          html = new TextDecoder('windows-1252').decode(bytes); // pages saved in a legacy encoding
        }
        return await extractHtml(html, limits.maxHtmlElements);
      }
      case 'pdf': {
        return await extractPdf(bytes, limits);
      }
      case 'docx': {
        return await extractDocx(bytes);
      }
    }
  } catch (e) {
    return { skip: `could not be read as ${format.toUpperCase()} (${String((e as Error)?.message ?? e).split('\n')[0]})` };
  }
}

/** A source file's text as the index reads it: decoded (text formats) or extracted (the others). */
export interface DecodedSource {
  text: string;
  extracted?: ExtractedText;
  /** A text file's bytes, when the text is exactly their UTF-8 (decodeSource): what its content key hashes. */
  utf8?: Uint8Array;
}

export interface DecodeOptions {
  limits?: ExtractLimits;
  /** Where extracted text is kept between runs (cache.ts); none: extract every time. */
  cache?: ExtractCache;
}

/** Decode or extract a source file's bytes by its format; a file that cannot be read gives the reason to skip it. */
export async function decodeSourceFile(path: string, bytes: Uint8Array, options: DecodeOptions = {}): Promise<DecodedSource | { skip: string }> {
  const format = sourceFormat(path);
  if (format === 'text') return decodeSource(bytes);
  const limits = options.limits ?? DEFAULT_EXTRACT_LIMITS;
  const key = options.cache && cacheKey(format, bytes, limits);
  const hit = key && (await options.cache!.get(key));
  if (hit && hit.format === format) return { text: hit.text, extracted: hit };
  const r = await extractSource(format, bytes, limits);
  if ('skip' in r) return r; // not cached: a file skipped today may be read by a later version
  if (key) await options.cache!.put(key, r);
  return { text: r.text, extracted: r };
}
