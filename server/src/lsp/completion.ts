// Completion after "[@": source keys, every row with its title ("001 — Meta's open-weights…"), and a
// short preview.
import * as path from 'node:path';
import { CompletionItem, CompletionItemKind, CompletionParams, MarkupKind, Position } from 'vscode-languageserver';
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
  return completeCitation(line, p.position, folder.corpus);
}

export function completeCitation(lineText: string, pos: Position, corpus: Corpus): CompletionItem[] | null {
  const before = lineText.slice(0, pos.character);
  const m = KEY_BEFORE.exec(before);
  if (!m) return null;
  const typed = m[1];
  const start = { line: pos.line, character: pos.character - typed.length };
  // replace the rest of the key too, when completing in the middle of one
  const rest = /^[A-Za-z0-9_:.#$%&\-+?<>~/]*/.exec(lineText.slice(pos.character))![0];
  const end = { line: pos.line, character: pos.character + rest.length };
  return corpus.sources.map((s, i) => {
    const key = corpus.shortKey(s);
    const preview = s.passages.slice(1, 3).map((p) => p.text).join(' ');
    const meta = [s.meta.author, s.meta.date].filter(Boolean).join(' · ');
    return {
      label: key,
      // every row reads "001 — title", not only the focused one; the focused one adds its file
      labelDetails: { detail: ` — ${clip(s.meta.title)}` },
      kind: CompletionItemKind.Reference,
      detail: path.basename(s.path),
      documentation: { kind: MarkupKind.Markdown, value: `**${s.meta.title}**${meta ? `\n\n${meta}` : ''}\n\n${s.key}\n\n> ${preview.slice(0, 240)}${preview.length > 240 ? '…' : ''}` },
      filterText: [key, s.key, s.meta.id, ...s.meta.aliases, s.meta.title].filter(Boolean).join(' '),
      sortText: String(i).padStart(6, '0'),
      textEdit: { range: { start, end }, newText: key },
    };
  });
}
