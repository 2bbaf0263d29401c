// Completion after "[@": source keys, every row with its title ("001 — Meta's open-weights…").
// Filtered on the server by what has been typed after the "@" (the start of a key, an id, an alias
// or a word of the title or author, ignoring case), capped at MAX_COMPLETION_ITEMS with
// `isIncomplete` (so the editor asks again as the user types on), and without documentation: the
// title, author, date and a preview come through `completionItem/resolve` for the focused row.
// At 44k sources the whole list was 27.7 MB and 2 s a reply; a capped one is a few tens of KB.
//
// The rows of a corpus (keys and lower-cased words) are made once per corpus and bibliography and
// kept by a `CompletionTables` (one per server, see requests.ts), which after a saved source makes
// again only the rows of the sources that changed.
import * as path from 'node:path';
import { CompletionItem, CompletionItemKind, CompletionList, CompletionParams, MarkupContent, MarkupKind, Position, Range } from 'vscode-languageserver';
import { type BibEntry, Bibliography, entryLabel } from '../engine/bibliography';
import type { PassageStore } from '../engine/store';
import type { Source } from '../engine/types';
import type { FeatureContext } from './context';
import { citationKeys } from './folder';

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

/**
 * One row of a corpus: a source (cited by its entry's key when a bibliography entry describes it)
 * or an entry without one. What a reply shows of it (title, file, filter text) is made only for the
 * rows sent.
 */
interface Row {
  key: string;
  /** The key in lower case. */
  low: string;
  /** Every word one may type, in lower case, each after a space: the row matches when " " + typed occurs in it. */
  words: string;
  /** Its place: sources in corpus order, then entries. */
  order: number;
  source?: Source;
  entry?: BibEntry;
}

const NOT_WORD = /[^\p{L}\p{N}_]+/gu;

/** Lower case, with every run of characters other than letters, digits and "_" one space. */
function wordsOf(parts: (string | undefined)[]): string {
  return ' ' + parts.filter(Boolean).join(' ').toLowerCase().replace(NOT_WORD, ' ');
}

/** The rows of a corpus: its sources in order, then the bibliography's entries without a source. */
export function completionRows(corpus: PassageStore, bibliography?: Bibliography): Row[] {
  const entryOf = new Map<Source, BibEntry>();
  const withoutSource: BibEntry[] = [];
  for (const e of bibliography?.entries ?? []) {
    const s = bibliography!.sourceOf(e, corpus.sources);
    if (s) entryOf.set(s, e);
    else withoutSource.push(e);
  }
  const rows: Row[] = corpus.sources.map((s, i) => sourceRow(corpus, s, i, entryOf.get(s)));
  // entries without a source: citable, with nothing to check against
  for (const e of withoutSource) rows.push({ key: e.key, low: e.key.toLowerCase(), words: wordsOf([e.key, e.title, e.author]), order: rows.length, entry: e });
  return rows;
}

function sourceRow(corpus: PassageStore, s: Source, i: number, entry: BibEntry | undefined): Row {
  const key = entry?.key ?? corpus.shortKey(s);
  return { key, low: key.toLowerCase(), words: wordsOf([key, s.key, s.meta.id, ...s.meta.aliases, s.meta.title, entry?.author]), order: i, source: s, entry };
}

/** The completion item of a row (without documentation: see onCompletionResolve). */
function itemOf(r: Row, range: Range, note: string): CompletionItem {
  const { source: s, entry } = r;
  return {
    label: r.key,
    // every row reads "001 — title" (a bibliography entry's: "calder2024 — Calder Energy
    // Observatory 2024, Calder Grid Review 2024"), not only the focused one; that one adds its file
    labelDetails: { detail: ` — ${clip(entry ? entryLabel(entry) : s!.meta.title)}` },
    kind: CompletionItemKind.Reference,
    detail: s ? path.basename(s.path) : 'in the bibliography, no source file',
    filterText: (s ? [r.key, s.key, s.meta.id, ...s.meta.aliases, s.meta.title, entry?.author] : [r.key, entry!.title, entry!.author]).filter(Boolean).join(' '),
    sortText: s ? String(r.order).padStart(6, '0') : 'z' + r.key,
    textEdit: { range, newText: r.key },
    data: (s ? { path: s.path, note } : { entry: r.key, note }) satisfies CompletionData,
  };
}

/**
 * The rows of the latest corpus, made on its first completion. After an index in which every
 * citation key stayed the same (a saved source), the rows of the sources that did not change are
 * kept and only the others made again.
 */
export class CompletionTables {
  /**
   * Per slot (a workspace folder's URI; another for the notes of that folder with a bibliography of
   * their own), the rows of its latest corpus (held weakly: a replaced corpus is not kept alive for this).
   */
  private readonly latest = new Map<string, { corpus: WeakRef<PassageStore>; bibliography: Bibliography | undefined; keys: string; rows: Row[] }>();

  rows(corpus: PassageStore, bibliography?: Bibliography, folder = ''): Row[] {
    const last = this.latest.get(folder);
    if (last && last.corpus.deref() === corpus && last.bibliography === bibliography) return last.rows;
    const keys = citationKeys(corpus);
    let rows: Row[];
    if (last && last.bibliography === bibliography && last.keys === keys) {
      rows = last.rows.map((r, i) => (i < corpus.sources.length && r.source !== corpus.sources[i] ? sourceRow(corpus, corpus.sources[i], i, r.entry) : r));
    } else rows = completionRows(corpus, bibliography);
    this.latest.set(folder, { corpus: new WeakRef(corpus), bibliography, keys, rows });
    return rows;
  }
}

export function onCompletion({ state, documents }: FeatureContext, p: CompletionParams, tables?: CompletionTables): CompletionList | null {
  const doc = documents.get(p.textDocument.uri);
  const folder = state.folderFor(p.textDocument.uri);
  if (!doc || !folder) return null;
  const line = doc.getText({ start: { line: p.position.line, character: 0 }, end: { line: p.position.line + 1, character: 0 } }).replace(/\r?\n$/, '');
  // the setting's bibliography, with the note's own when its front matter names one (its rows kept apart from the setting's)
  const bibliography = state.bibliographyOf(doc.uri, folder, doc.getText());
  const slot = bibliography === folder.bibliography ? folder.uri : `${folder.uri}#note`;
  const rows = tables ? tables.rows(folder.corpus, bibliography, slot) : undefined;
  return completeCitation(line, p.position, folder.corpus, bibliography, { rows, note: p.textDocument.uri });
}

/**
 * The rows matching what was typed, at most `max`: those whose key starts with it first (in corpus
 * order), then those with another word that does; `more` when some were left out. One pass over
 * the rows (a substring search in each row's words): tens of milliseconds at 44k sources.
 */
export function matchingRows(rows: readonly Row[], typed: string, max = MAX_COMPLETION_ITEMS): { rows: Row[]; more: boolean } {
  const t = typed.toLowerCase();
  const w = ' ' + t.replace(NOT_WORD, ' ');
  const byKey: Row[] = [];
  const byWord: Row[] = [];
  let overflow = false;
  for (const r of rows) {
    if (r.low.startsWith(t)) {
      if (byKey.length === max) return { rows: byKey, more: true };
      byKey.push(r);
    } else if (r.words.includes(w)) {
      if (byWord.length < max) byWord.push(r);
      else overflow = true;
    }
  }
  const room = max - byKey.length;
  return { rows: [...byKey, ...byWord.slice(0, room)], more: overflow || byWord.length > room };
}

export function completeCitation(
  lineText: string,
  pos: Position,
  corpus: PassageStore,
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
  return { isIncomplete: found.more, items: found.rows.map((r) => itemOf(r, range, note)) };
}

/** `completionItem/resolve`: the focused row's documentation (title, author and date, key, a preview). */
export function onCompletionResolve({ state, documents }: FeatureContext, item: CompletionItem): CompletionItem {
  const data = item.data as CompletionData | undefined;
  const folder = data?.note ? state.folderFor(data.note) : undefined;
  if (!data || !folder) return item;
  // an entry may be one of the note's own bibliography (its front matter's)
  const note = documents.get(data.note);
  const bibliography = note ? state.bibliographyOf(note.uri, folder, note.getText()) : folder.bibliography;
  const doc = data.path ? sourceDocumentation(folder.source(data.path)) : entryDocumentation(data.entry ? bibliography.entry(data.entry) : undefined);
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
