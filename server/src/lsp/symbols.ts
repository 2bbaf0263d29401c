// Workspace symbols (Ctrl+T): search source passages.
import { SymbolInformation, SymbolKind, WorkspaceSymbolParams } from 'vscode-languageserver';
import { searchHits } from '../engine/search';
import type { FeatureContext } from './context';
import { sourceRange } from './convert';
import type { Folder } from './state';
import { pathToUri } from './state';

export function onWorkspaceSymbol(ctx: FeatureContext, p: WorkspaceSymbolParams): SymbolInformation[] {
  return workspaceSymbols(ctx.state.folders, p.query);
}

export function workspaceSymbols(folders: Folder[], query: string, limit = 50): SymbolInformation[] {
  if (!query.trim()) return [];
  const out: { s: SymbolInformation; score: number }[] = [];
  for (const f of folders) {
    for (const h of searchHits(f.corpus, query, limit)) {
      const text = h.passage.text.replace(/\s+/g, ' ');
      out.push({
        score: h.score,
        s: {
          name: text.length > 120 ? text.slice(0, 119) + '…' : text,
          kind: SymbolKind.String,
          location: { uri: pathToUri(h.source.path), range: sourceRange(h.source, h.passage.start, h.passage.end) },
          containerName: `${f.corpus.shortKey(h.source)} · ${h.source.meta.title}`,
        },
      });
    }
  }
  return out.sort((a, b) => b.score - a.score).slice(0, limit).map((x) => x.s);
}
