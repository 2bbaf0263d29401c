// Workspace symbols (Ctrl+T): search source passages, folder by folder (between folders the request
// can let others go first and be cancelled).
import { SymbolInformation, SymbolKind, WorkspaceSymbolParams } from 'vscode-languageserver';
import { searchHits } from '../engine/search';
import type { FeatureContext } from './context';
import { sourceRange, sourceUri } from './convert';
import type { Folder } from './state';

/** The most symbols per folder and in all: a picker shows a screenful, more is noise. */
const SYMBOL_LIMIT = 50;

export function onWorkspaceSymbol(ctx: FeatureContext, p: WorkspaceSymbolParams): SymbolInformation[] {
  return workspaceSymbols(ctx.state.folders, p.query);
}

/** Workspace symbols of all folders at once. */
export function workspaceSymbols(folders: Folder[], query: string, limit = SYMBOL_LIMIT): SymbolInformation[] {
  if (!query.trim()) return [];
  return best(folders.flatMap((f) => folderSymbols(f, query, limit)), limit);
}

/** The same, awaiting `between` before each folder (which may throw to cancel it). */
export async function workspaceSymbolsInSlices(folders: Folder[], query: string, between: () => Promise<void>, limit = SYMBOL_LIMIT): Promise<SymbolInformation[]> {
  if (!query.trim()) return [];
  const out: Scored[] = [];
  for (const f of folders) {
    await between();
    out.push(...folderSymbols(f, query, limit));
  }
  return best(out, limit);
}

interface Scored {
  s: SymbolInformation;
  score: number;
}

function folderSymbols(f: Folder, query: string, limit: number): Scored[] {
  return searchHits(f.corpus, query, limit).map((h) => {
    const text = h.passage.text.replace(/\s+/g, ' ');
    return {
      score: h.score,
      s: {
        name: text.length > 120 ? text.slice(0, 119) + '…' : text,
        kind: SymbolKind.String,
        location: { uri: sourceUri(h.source), range: sourceRange(h.source, h.passage.start, h.passage.end) },
        containerName: `${f.corpus.shortKey(h.source)} · ${h.source.meta.title}`,
      },
    };
  });
}

function best(out: Scored[], limit: number): SymbolInformation[] {
  return out.sort((a, b) => b.score - a.score).slice(0, limit).map((x) => x.s);
}
