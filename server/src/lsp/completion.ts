// Completion after "[@": source keys, every row with its title ("001 — Meta's open-weights…").
// Filtered on the server by what has been typed after the "@" (the start of a key, an id, an alias
// or a word of the title or author, ignoring case), capped at MAX_COMPLETION_ITEMS with
// `isIncomplete` (so the editor asks again as the user types on), and without documentation: the
// title, author, date and a preview come through `completionItem/resolve` for the focused row.
// At 44k sources the whole list was 27.7 MB and 2 s a reply; a capped one is a few tens of KB.
//
// The rows of a corpus (keys and lower-cased words) are made once per corpus and bibliography and
// kept by a `CompletionTables` (one per server, see requests.ts).
import * as path from 'node:path';
import { CompletionItem, CompletionItemKind, CompletionList, CompletionParams, MarkupContent, MarkupKind, Position, Range } from 'vscode-languageserver';
import { type BibEntry, Bibliography, entryLabel } from '../engine/bibliography';
import type { Corpus } from '../engine/corpus';
import type { Source } from '../engine/types';
import type { FeatureContext } from './context';

/** Longest title a completion row shows after its key. */
const ROW_TITLE_CHARS = 60;
/**
 * Most rows in one reply: an editor shows a dozen at a time, and asks again (isIncomplete) as the
 * user types on; 100 rows are about 40 KB.
 */
export const MAX_COMPLETION_ITEMS = 100;
/** Characters of the source's text a row's documentation previews. */
const PREVIEW_CHARS = 240;

const KEY_CHARS = /^[A-Za-z0-9_:.#$%&\-+?<>~/]*/;
const KEY_BEFORE = /\[[^\[\]\n]*@([A-Za-z0-9_:.#$%&\-+?<>~/]*)$/;

function clip(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  return t.length > ROW_TITLE_CHARS ? t.slice(0, ROW_TITLE_CHARS - 1).replace(/\s\S*$/, '') + '…' : t;
}

/** What `completionItem/resolve` needs to find a row's source or entry again. */
export interface CompletionData {
  /** The source's path, for a source. */
  path?: string;
  /** The entry's key, for a bibliography entry without a source. */
  entry?: string;
  /** The note being completed (its folder holds the source or entry). */
  note: string;
}

/** One row of a corpus: a source (cited by its entry's key when a bibliography entry describes it) or an entry without one. */
interface Row {
  key: string;
  label: string;
  detail: string;
  filterText: string;
  sortText: string;
  /** The key first, then the other words one may type (lower case): the row matches when one starts with the typed text. */
  words: string[];
  source?: Source;
  entry?: BibEntry;
}

function wordsOf(parts: (string | undefined)[]): string[] {
  const out = new Set<string>();
  for (const p of parts) {
    if (!p) continue;
    const low = p.toLowerCase();
    out.add(low);
    for (const w of low.split(/[^\p{L}\p{N}_]+/u)) if (w) out.add(w);
  }
  return [...out];
}

/** The rows of a corpus: its sources in order, then the bibliography's entries without a source. */
export function completionRows(corpus: Corpus, bibliography?: Bibliography): Row[] {
  const entryOf = new Map<Source, BibEntry>();
  const withoutSource: BibEntry[] = [];
  for (const e of bibliography?.entries ?? []) {
    const s = bibliography!.sourceOf(e, corpus.sources);
    if (s) entryOf.set(s, e);
    else withoutSource.push(e);
  }
  const rows: Row[] = corpus.sources.map((s, i) => {
    const entry = entryOf.get(s);
    const key = entry?.key ?? corpus.shortKey(s);
    return {
      key,
      // every row reads "001 — title" (a bibliography entry's: "calder2024 — Calder Energy
      // Observatory 2024, Calder Grid Review 2024"), not only the focused one; that one adds its file
      label: ` — ${clip(entry ? entryLabel(entry) : s.meta.title)}`,
      detail: path.basename(s.path),
      filterText: [key, s.key, s.meta.id, ...s.meta.aliases, s.meta.title, entry?.author].filter(Boolean).join(' '),
      sortText: String(i).padStart(6, '0'),
      words: [key.toLowerCase(), ...wordsOf([s.key, s.meta.id, ...s.meta.aliases, s.meta.title, entry?.author])],
      source: s,
    };
  });
  // entries without a source: citable, with nothing to check against
  for (const e of withoutSource) {
    rows.push({
      key: e.key,
      label: ` — ${clip(entryLabel(e))}`,
      detail: 'in the bibliography, no source file',
      filterText: [e.key, e.title, e.author].filter(Boolean).join(' '),
      sortText: 'z' + e.key,
      words: [e.key.toLowerCase(), ...wordsOf([e.title, e.author])],
      entry: e,
    });
  }
  return rows;
}

/** The rows of each corpus, made on first use (a corpus lives until the next index). */
export class CompletionTables {
  private readonly tables = new WeakMap<Corpus, { bibliography: Bibliography | undefined; rows: Row[] }>();

  rows(corpus: Corpus, bibliography?: Bibliography): Row[] {
    const hit = this.tables.get(corpus);
    if (hit && hit.bibliography === bibliography) return hit.rows;
    const rows = completionRows(corpus, bibliography);
    this.tables.set(corpus, { bibliography, rows });
    return rows;
  }
}

export function onCompletion({ state, documents }: FeatureContext, p: CompletionParams, tables?: CompletionTables): CompletionList | null {
  const doc = documents.get(p.textDocument.uri);
  const folder = state.folderFor(p.textDocument.uri);
  if (!doc || !folder) return null;
  const line = doc.getText({ start: { line: p.position.line, character: 0 }, end: { line: p.position.line + 1, character: 0 } }).replace(/\r?\n$/, '');
  const rows = tables ? tables.rows(folder.corpus, folder.bibliography) : undefined;
  return completeCitation(line, p.position, folder.corpus, folder.bibliography, { rows, note: p.textDocument.uri });
}

/**
 * The rows matching what was typed, at most `max`: those whose key starts with it first (in corpus
 * order), then those with another word that does; `more` when some were left out.
 */
export function matchingRows(rows: readonly Row[], typed: string, max = MAX_COMPLETION_ITEMS): { rows: Row[]; more: boolean } {
  const t = typed.toLowerCase();
  const out: Row[] = [];
  const byKey = new Set<Row>();
  for (const r of rows) {
    if (!r.words[0].startsWith(t)) continue;
    if (out.length === max) return { rows: out, more: true };
    out.push(r);
    byKey.add(r);
  }
  for (const r of rows) {
    if (byKey.has(r) || !r.words.some((w) => w.startsWith(t))) continue;
    if (out.length === max) return { rows: out, more: true };
    out.push(r);
  }
  return { rows: out, more: false };
}

export function completeCitation(
  lineText: string,
  pos: Position,
  corpus: Corpus,
  bibliography?: Bibliography,
  options: { rows?: readonly Row[]; note?: string; max?: number } = {},
): CompletionList | null {
  const before = lineText.slice(0, pos.character);
  const m = KEY_BEFORE.exec(before);
  if (!m) return null;
  const typed = m[1];
  // replace the rest of the key too, when completing in the middle of one
  const rest = KEY_CHARS.exec(lineText.slice(pos.character))![0];
  const range: Range = { start: { line: pos.line, character: pos.character - typed.length }, end: { line: pos.line, character: pos.character + rest.length } };
  const found = matchingRows(options.rows ?? completionRows(corpus, bibliography), typed, options.max);
  const note = options.note ?? '';
  const items = found.rows.map(
    (r): CompletionItem => ({
      label: r.key,
      labelDetails: { detail: r.label },
      kind: CompletionItemKind.Reference,
      detail: r.detail,
      filterText: r.filterText,
      sortText: r.sortText,
      textEdit: { range, newText: r.key },
      data: (r.source ? { path: r.source.path, note } : { entry: r.key, note }) satisfies CompletionData,
    }),
  );
  return { isIncomplete: found.more, items };
}

/** `completionItem/resolve`: the focused row's documentation (title, author and date, key, a preview). */
export function onCompletionResolve({ state }: FeatureContext, item: CompletionItem): CompletionItem {
  const data = item.data as CompletionData | undefined;
  const folder = data?.note ? state.folderFor(data.note) : undefined;
  if (!data || !folder) return item;
  const doc = data.path ? sourceDocumentation(folder.source(data.path)) : entryDocumentation(data.entry ? folder.bibliography.entry(data.entry) : undefined);
  return doc ? { ...item, documentation: doc } : item;
}

export function sourceDocumentation(s: Source | undefined): MarkupContent | undefined {
  if (!s) return undefined;
  const preview = s.passages
    .slice(1, 3)
    .map((p) => p.text)
    .join(' ');
  const meta = [s.meta.author, s.meta.date].filter(Boolean).join(' · ');
  return {
    kind: MarkupKind.Markdown,
    value: `**${s.meta.title}**${meta ? `\n\n${meta}` : ''}\n\n${s.key}\n\n> ${preview.slice(0, PREVIEW_CHARS)}${preview.length > PREVIEW_CHARS ? '…' : ''}`,
  };
}

function entryDocumentation(e: BibEntry | undefined): MarkupContent | undefined {
  if (!e) return undefined;
  return { kind: MarkupKind.Markdown, value: `**${e.title ?? e.key}**\n\n${[e.author, e.year].filter(Boolean).join(' · ')}\n\nIn the bibliography, with no source text to check against.` };
}
