// Completion after "[@": source keys with titles and a short preview.
import { CompletionItem, CompletionItemKind, CompletionParams, MarkupKind, Position } from 'vscode-languageserver';
import { type Bibliography, entryLabel } from '../engine/bibliography';
import type { Corpus } from '../engine/corpus';
import type { FeatureContext } from './context';

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
      kind: CompletionItemKind.Reference,
      detail: entry ? entryLabel(entry) : s.meta.title,
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
      kind: CompletionItemKind.Reference,
      detail: entryLabel(e),
      documentation: { kind: MarkupKind.Markdown, value: `**${e.title ?? e.key}**\n\n${[e.author, e.year].filter(Boolean).join(' · ')}\n\nIn the bibliography, with no source text to check against.` },
      filterText: [e.key, e.title, e.author].filter(Boolean).join(' '),
      sortText: 'z' + e.key,
      textEdit: { range: { start, end }, newText: e.key },
    });
  }
  return items;
}
