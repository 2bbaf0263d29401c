// Completion after "[@": source keys, every row with its title ("001 — Meta's open-weights…"), and a
// short preview.
import * as path from 'node:path';
import { CompletionItem, CompletionItemKind, CompletionParams, MarkupKind, Position } from 'vscode-languageserver';
import { type Bibliography, entryLabel } from '../engine/bibliography';
import type { Corpus } from '../engine/corpus';
import type { FeatureContext } from './context';

/** Longest title a completion row shows after its key. */
const ROW_TITLE_CHARS = 60;

function clip(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  return t.length > ROW_TITLE_CHARS ? t.slice(0, ROW_TITLE_CHARS - 1).replace(/\s\S*$/, '') + '…' : t;
}

const KEY_BEFORE = /\[[^\[\]\n]*@([A-Za-z0-9_:.#$%&\-+?<>~/]*)$/;

export function onCompletion({ state, documents }: FeatureContext, p: CompletionParams): CompletionItem[] | null {
  const doc = documents.get(p.textDocument.uri);
  const folder = state.folderFor(p.textDocument.uri);
  if (!doc || !folder) return null;
  const line = doc.getText({ start: { line: p.position.line, character: 0 }, end: { line: p.position.line + 1, character: 0 } }).replace(/\r?\n$/, '');
  return completeCitation(line, p.position, folder.corpus, folder.bibliography);
}

export function completeCitation(lineText: string, pos: Position, corpus: Corpus, bibliography?: Bibliography): CompletionItem[] | null {
  const before = lineText.slice(0, pos.character);
  const m = KEY_BEFORE.exec(before);
  if (!m) return null;
  const typed = m[1];
  const start = { line: pos.line, character: pos.character - typed.length };
  // replace the rest of the key too, when completing in the middle of one
  const rest = /^[A-Za-z0-9_:.#$%&\-+?<>~/]*/.exec(lineText.slice(pos.character))![0];
  const end = { line: pos.line, character: pos.character + rest.length };
  const items = corpus.sources.map((s, i): CompletionItem => {
    // a source a bibliography entry describes is cited by the entry's key, labelled author-year-title
    const entry = bibliography?.entryOf(s, corpus.sources);
    const key = entry?.key ?? corpus.shortKey(s);
    const preview = s.passages.slice(1, 3).map((p) => p.text).join(' ');
    const meta = [s.meta.author, s.meta.date].filter(Boolean).join(' · ');
    return {
      label: key,
      // every row reads "001 — title" (a bibliography entry's: "calder2024 — Calder Energy
      // Observatory 2024, Calder Grid Review 2024"), not only the focused one; that one adds its file
      labelDetails: { detail: ` — ${clip(entry ? entryLabel(entry) : s.meta.title)}` },
      kind: CompletionItemKind.Reference,
      detail: path.basename(s.path),
      documentation: { kind: MarkupKind.Markdown, value: `**${s.meta.title}**${meta ? `\n\n${meta}` : ''}\n\n${s.key}\n\n> ${preview.slice(0, 240)}${preview.length > 240 ? '…' : ''}` },
      filterText: [key, s.key, s.meta.id, ...s.meta.aliases, s.meta.title, entry?.author].filter(Boolean).join(' '),
      sortText: String(i).padStart(6, '0'),
      textEdit: { range: { start, end }, newText: key },
    };
  });
  // entries without a source: citable, with nothing to check against
  for (const e of bibliography?.entries ?? []) {
    if (bibliography!.sourceOf(e, corpus.sources)) continue;
    items.push({
      label: e.key,
      labelDetails: { detail: ` — ${clip(entryLabel(e))}` },
      kind: CompletionItemKind.Reference,
      detail: 'in the bibliography, no source file',
      documentation: { kind: MarkupKind.Markdown, value: `**${e.title ?? e.key}**\n\n${[e.author, e.year].filter(Boolean).join(' · ')}\n\nIn the bibliography, with no source text to check against.` },
      filterText: [e.key, e.title, e.author].filter(Boolean).join(' '),
      sortText: 'z' + e.key,
      textEdit: { range: { start, end }, newText: e.key },
    });
  }
  return items;
}
