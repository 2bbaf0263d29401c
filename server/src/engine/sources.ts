// Turning a source file's text into a Source: metadata from optional YAML front matter (or the
// first non-empty line as title), passages (sentences within paragraphs) with exact offsets, and
// the figures in each passage.
import { isMap, isScalar, parseDocument } from 'yaml';
import { extractFigures } from './figures';
import { lazyAt } from './lazyPassages';
import { passageBody, SourcePassage } from './passage';
import { lineFeeds, lineStarts, sentenceSpans } from './text';
import './shapes'; // (the build's scratch shapes kept: shapes.ts)
import type { ExtractedText } from './formats/types';
import type { Figure, Passage, Source, SourceMeta } from './types';

const FRONT_MATTER = /^(?:\ufeff)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * Front matter larger than this (characters) is skipped with a warning, the body still indexed:
 * real front matter is a few hundred bytes, and YAML parsing runs at about 1 MB/s (an 8 MB block of
 * 150,000 keys took minutes with the parser's duplicate-key check).
 */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;

export function fileKey(path: string): string {
  // the name after the last separator, either kind (a start restores 44,500 sources: no array of parts each)
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

export interface ParsedFrontMatter {
  meta: Partial<SourceMeta>;
  bodyStart: number;
  error?: string;
}

export function parseFrontMatter(text: string): ParsedFrontMatter {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { meta: {}, bodyStart: text.charCodeAt(0) === 0xfeff ? 1 : 0 };
  const bodyStart = m[0].length;
  if (m[1].length > MAX_FRONT_MATTER_CHARS) {
    return { meta: {}, bodyStart, error: `front matter of ${Math.ceil(m[1].length / 1024)} KB is over the ${MAX_FRONT_MATTER_CHARS / 1024} KB limit` };
  }
  try {
    const data = readYaml(m[1]);
    if (!data || typeof data !== 'object' || Array.isArray(data)) return { meta: {}, bodyStart };
    const str = (v: unknown) => (v === undefined || v === null ? undefined : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
    const rec = data as Record<string, unknown>;
    const aliases = Array.isArray(rec.aliases) ? rec.aliases.map(String) : typeof rec.aliases === 'string' ? [rec.aliases] : [];
    return {
      meta: { title: str(rec.title), url: str(rec.url), author: str(rec.author), date: str(rec.date), id: str(rec.id), aliases },
      bodyStart,
    };
  } catch (e) {
    return { meta: {}, bodyStart, error: `front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}` };
  }
}

/**
 * YAML to plain data; throws on the first error. The parser's own duplicate-key check compares
 * every key with every other (quadratic); the top-level keys, the only ones read, are checked here
 * with a set instead.
 */
function readYaml(src: string): unknown {
  const doc = parseDocument(src, { uniqueKeys: false });
  if (doc.errors.length) throw doc.errors[0];
  if (isMap(doc.contents)) {
    const seen = new Set<unknown>();
    for (const item of doc.contents.items) {
      const k = isScalar(item.key) ? item.key.value : item.key;
      if (seen.has(k)) throw new Error(`Map keys must be unique ("${String(k)}" is repeated)`);
      seen.add(k);
    }
  }
  return doc.toJS();
}

/**
 * Build a Source (passages and figures) from a file's text, or from the text extracted from a web
 * page, PDF or Word file (`extracted`: its metadata instead of front matter, and its pages).
 */
export function buildSource(index: number, path: string, raw: string, extracted?: ExtractedText): Source {
  // a lone \r ends a line like \n: the source's text is kept so (text.ts lineFeeds: the same offsets)
  const text = lineFeeds(raw);
  const fm: ParsedFrontMatter = extracted ? { meta: extracted.meta, bodyStart: 0 } : parseFrontMatter(text);
  const pageStarts = extracted?.pages;
  const starts = exactSize(lineStarts(text));
  const passages: Passage[] = [];
  const body = passageBody(index, text, starts, pageStarts);
  let title = fm.meta.title;
  // Figures are extracted once for the whole body and handed to the passages they start in: one
  // scan per file instead of one per sentence (each of which would scan on to the next match).
  const allFigures = extractFigures(text, fm.bodyStart, text.length);
  let fi = 0;
  // Paragraphs: runs of non-blank lines. Sentences inside them.
  let paragraph = 0;
  let pos = fm.bodyStart;
  const n = text.length;
  while (pos < n) {
    // skip blank lines
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd === -1) lineEnd = n;
    if (isBlank(text, pos, lineEnd)) {
      pos = lineEnd + 1;
      continue;
    }
    let paraEnd = lineEnd;
    let next = lineEnd + 1;
    while (next < n) {
      let e = text.indexOf('\n', next);
      if (e === -1) e = n;
      if (isBlank(text, next, e)) break;
      paraEnd = e;
      next = e + 1;
    }
    if (title === undefined) title = text.slice(pos, lineEnd).replace(/^\s*#+\s*/, '').trim();
    for (const [s, e] of sentenceSpans(text, pos, paraEnd)) {
      if (!hasAlnum(text, s, e)) continue;
      while (fi < allFigures.length && allFigures[fi].start < s) fi++;
      const first = fi;
      while (fi < allFigures.length && allFigures[fi].start < e) fi++;
      // a slice is allocated at its size (an array grown by push keeps room for 17: most of a
      // corpus's memory for figures, when passages hold one or two)
      const figures = fi > first ? allFigures.slice(first, fi) : NO_FIGURES;
      const passage = new SourcePassage(body, passages.length, s, e, paragraph, figures);
      passages.push(passage);
    }
    paragraph++;
    pos = paraEnd + 1;
  }
  const key = fileKey(path);
  const meta = sourceMeta(title || key, fm.meta.url, fm.meta.author, fm.meta.date, fm.meta.id, fm.meta.aliases ?? NO_ALIASES);
  const source: Source = { index, path, key, meta, text, bodyStart: fm.bodyStart, lineStarts: starts, passages: exactSize(passages) };
  if (extracted) {
    source.format = extracted.format;
    if (pageStarts) source.pages = pageStarts;
    if (extracted.problem) source.problem = extracted.problem;
  }
  if (fm.error) source.problem = `${fm.error}; indexed without its metadata`;
  return source;
}

/** Where a passage is, for people: "p. 4" in a paged source (a PDF), else "line 10". */
export function placeOf(p: Passage): string {
  return p.page !== undefined ? `p. ${p.page}` : `line ${p.line + 1}`;
}

/** What follows a source's path in a compiler-style location: "10" (a line), or "p4" (a page of a PDF). */
export function locationSuffix(p: Passage): string {
  return p.page !== undefined ? `p${p.page}` : String(p.line + 1);
}

/**
 * A source's metadata. Without a url, author, date or id (most sources: a text without front matter)
 * it holds the title and aliases alone — 40 bytes, not the 72 of six fields four of them undefined,
 * and the same JSON; else the six fields in this order, as always.
 */
export function sourceMeta(title: string, url: string | undefined, author: string | undefined, date: string | undefined, id: string | undefined, aliases: string[]): SourceMeta {
  if (url === undefined && author === undefined && date === undefined && id === undefined) return { title, aliases };
  return { title, url, author, date, id, aliases };
}

/**
 * The array at its length: one grown by push keeps room for more (17 slots from the first push on,
 * then half as many again each time), which for 20,000 small files was a quarter of the index's
 * memory beyond the text (the passages and line starts of each source).
 */
export function exactSize<T>(a: T[]): T[] {
  return a.slice();
}

/** The aliases of a source without any (most): shared, never mutated. */
const NO_ALIASES: string[] = Object.freeze([]) as unknown as string[];

/** Shared by every passage without figures (most of them): never mutated. */
const NO_FIGURES: Figure[] = Object.freeze([]) as unknown as Figure[];

function hasAlnum(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i) | 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 0xbf) return true;
  }
  return false;
}

function isBlank(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/**
 * Decode a file's bytes as a source: UTF-8 (a byte-order mark dropped), or UTF-16 little- or
 * big-endian with its byte-order mark. Returns the text, or a reason to skip the file: binary
 * content (a NUL anywhere), text that is not valid in its encoding. `utf8` is the bytes themselves
 * when the text is exactly their UTF-8 (no byte-order mark dropped): what the text's content key
 * hashes (persist/sourceRecords.ts contentKey), without encoding the text again.
 */
export function decodeSource(bytes: Uint8Array): { text: string; utf8?: Uint8Array } | { skip: string } {
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  // FF FE 00 00 opens UTF-32 LE, which no source is written in
  if (utf16 && !(bytes.length >= 4 && bytes[0] === 0xff && bytes[2] === 0 && bytes[3] === 0)) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      return { skip: `not valid ${encoding.toUpperCase()} text (re-save the file as UTF-8)` };
    }
    return text.includes('\0') ? { skip: BINARY } : { text };
  }
  if (bytes.indexOf(0) >= 0) return { skip: BINARY };
  try {
    // the decoder drops a UTF-8 byte-order mark
    let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    if (!bom) return { text, utf8: bytes };
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text };
  } catch {
    return { skip: 'not valid UTF-8 text (re-save the file as UTF-8)' };
  }
}

const BINARY = 'binary file (contains NUL bytes)';

/**
 * The same source at another index in a corpus: a copy (passages copied, texts and figures
 * shared), so that the corpus it came from keeps its own numbering; a source whose passages are
 * not made yet (lazyPassages.ts) stays so.
 */
export function withIndex(source: Source, index: number): Source {
  const lazy = lazyAt(source, index);
  if (lazy) return lazy;
  const body = passageBody(index, source.text, source.lineStarts, source.pages);
  return { ...source, index, passages: source.passages.map((p) => (p instanceof SourcePassage ? p.in(body) : { ...p, source: index })) };
}
