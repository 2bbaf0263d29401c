// Reading bibliography files: BibTeX / BibLaTeX (.bib) with Citation.js's BibTeX plugin — it
// expands @string macros and concatenation, strips braces and turns LaTeX accents into letters
// ({\"u} → ü) — and CSL-JSON (.json, the format Zotero and Pandoc share) with JSON.parse.
// Citation.js is pinned to 0.7.21: 0.8 and later need Node 22.12. One bad file is one warning;
// one bad entry is left out.
import * as path from 'node:path';
import type { BibEntry } from './types';

/** A CSL-JSON item, the fields read here. */
interface CslItem {
  id?: unknown;
  'citation-key'?: unknown;
  title?: unknown;
  author?: { family?: string; given?: string; literal?: string }[];
  editor?: { family?: string; given?: string; literal?: string }[];
  issued?: { 'date-parts'?: unknown[][]; raw?: string; literal?: string };
  URL?: unknown;
  file?: unknown;
}

export type ParsedBibliography = { entries: BibEntry[]; problem?: string } | { skip: string };

/** Which parser a bibliography file needs, by its extension. */
export function bibliographyFormat(file: string): 'bibtex' | 'csl-json' | undefined {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.bib' || ext === '.bibtex') return 'bibtex';
  if (ext === '.json') return 'csl-json';
  return undefined;
}

export async function parseBibliography(file: string, text: string): Promise<ParsedBibliography> {
  const format = bibliographyFormat(file);
  if (!format) return { skip: 'not a bibliography: use a .bib (BibTeX) or .json (CSL-JSON) file' };
  try {
    return format === 'bibtex' ? await parseBibtex(file, text) : parseCslJson(file, text);
  } catch (e) {
    return { skip: `cannot be read as ${format === 'bibtex' ? 'BibTeX' : 'CSL-JSON'} (${String((e as Error)?.message ?? e).split('\n')[0]})` };
  }
}

/** The Citation.js parsers, loaded on the first .bib file. */
async function citationJs() {
  const core = await import('@citation-js/core');
  await import('@citation-js/plugin-bibtex');
  return core.plugins.input;
}

async function parseBibtex(file: string, text: string): Promise<ParsedBibliography> {
  const input = await citationJs();
  // the raw entries keep the `file` field (the CSL mapping drops it), with macros expanded
  const raw = input.chainLink(text) as { label?: string; properties?: Record<string, unknown> }[];
  const csl = input.chain(text, { generateGraph: false }) as CslItem[];
  if (!Array.isArray(raw) || !Array.isArray(csl)) return { skip: 'no entries found' };
  const filesByKey = new Map<string, string[]>();
  for (const r of raw) if (r.label) filesByKey.set(r.label, fileField(file, r.properties?.file));
  const entries = csl.map((c) => fromCsl(file, c, filesByKey)).filter((e): e is BibEntry => !!e);
  return entries.length || !text.includes('@') ? { entries } : { skip: 'no entries could be read' };
}

function parseCslJson(file: string, text: string): ParsedBibliography {
  const data = JSON.parse(text) as unknown;
  const items = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { items?: unknown }).items) ? (data as { items: unknown[] }).items : undefined;
  if (!items) return { skip: 'CSL-JSON is an array of items (or an object with "items")' };
  const entries = (items as CslItem[]).map((c) => fromCsl(file, c, new Map())).filter((e): e is BibEntry => !!e);
  const dropped = items.length - entries.length;
  return dropped ? { entries, problem: `${dropped} item${dropped === 1 ? '' : 's'} without an id left out` } : { entries };
}

/**
 * A field's text, tidied: white space collapsed, and accents composed — LaTeX writes í as {\'\i}, a
 * dotless i with an acute, which Unicode composes only from a dotted i.
 */
function str(v: unknown): string | undefined {
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string' || !v.trim()) return undefined;
  return v.replace(/\s+/g, ' ').trim().replace(/ı(?=[\u0300-\u036f])/g, 'i').replace(/ȷ(?=[\u0300-\u036f])/g, 'j').normalize('NFC');
}

function fromCsl(file: string, c: CslItem, filesByKey: ReadonlyMap<string, string[]>): BibEntry | undefined {
  if (!c || typeof c !== 'object') return undefined;
  const key = str(c['citation-key']) ?? str(c.id);
  if (!key) return undefined;
  const people = c.author?.length ? c.author : c.editor;
  const names = (people ?? []).map((p) => str(p.family ?? p.literal ?? p.given)).filter((n): n is string => !!n);
  const year = Number(c.issued?.['date-parts']?.[0]?.[0] ?? /\b(\d{4})\b/.exec(c.issued?.raw ?? c.issued?.literal ?? '')?.[1]);
  const entry: BibEntry = { key, files: filesByKey.get(key) ?? fileField(file, c.file), from: file };
  const title = str(c.title);
  if (title) entry.title = title;
  if (names.length) entry.author = names.length <= 2 ? names.join(' and ') : `${names[0]} et al.`;
  if (Number.isFinite(year) && year > 0) entry.year = year;
  const url = str(c.URL);
  if (url) entry.url = url;
  return entry;
}

const MIME_TYPE = /^[a-z]+\/[\w.+-]+$/i;

/**
 * The paths of a `file` field: Zotero's "Description:path:mime-type" entries joined by ";" (with
 * "\:" for a colon in a path), or plain paths; relative paths are relative to the bibliography.
 */
export function fileField(bibFile: string, value: unknown): string[] {
  const s = str(value);
  if (!s) return [];
  const out: string[] = [];
  for (const part of s.split(/(?<!\\);/)) {
    let fields = part.split(/(?<!\\):/).map((f) => f.replace(/\\([:;\\])/g, '$1'));
    // "description:path:mime-type", "path:mime-type" or "path"; an unescaped Windows drive letter
    // ("C:/…") splits off as a one-letter field
    if (fields.length > 1 && MIME_TYPE.test(fields[fields.length - 1].trim())) fields = fields.slice(0, -1);
    if (fields.length > 1 && !/^[A-Za-z]$/.test(fields[0])) fields = fields.slice(1);
    const p = fields.join(':').trim();
    if (!p) continue;
    out.push(path.isAbsolute(p) || /^[A-Za-z]:[\\/]/.test(p) ? p : path.resolve(path.dirname(bibFile), p));
  }
  return out;
}
