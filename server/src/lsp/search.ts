// grounded/search, grounded/sources and grounded/status: the custom requests of the VS Code client.
// A search runs folder by folder; between folders the request can let others go first and be cancelled.
import * as path from 'node:path';
import type { SearchHit, SearchParams, SearchResult, SourcesResult, StatusResult } from '../protocol';
import { searchHits, type PassageHit } from '../engine/search';
import type { PassageStore } from '../engine/store';
import { StoreUnavailable } from './folderStore';
import { sourceRange, sourceUri } from './convert';
import type { Folder } from './state';
import { pathToUri } from './state';

interface SearchPlan {
  query: string;
  limit: number;
  /** The folders to search, the note's first. */
  folders: Folder[];
  /** The folder of the note the search is for, whose sources it can cite. */
  home: Folder | undefined;
}

function plan(folders: Folder[], params: SearchParams, folderOf: (uri: string) => Folder | undefined): SearchPlan {
  const limit = Math.min(Math.max(params.limit ?? 20, 1), 200);
  const query = (params.query ?? '').trim();
  const home = params.note ? folderOf(params.note) : undefined;
  const targets = query ? folders.filter((f) => !params.folder || f.uri === params.folder) : [];
  return { query, limit, folders: home && targets.includes(home) ? [home, ...targets.filter((f) => f !== home)] : targets, home };
}

function folderHits(f: Folder, query: string, limit: number, home: Folder | undefined): SearchHit[] {
  // a folder with a store is searched asynchronously (searchInSlices); here, only what is indexed
  return f.store ? [] : asSearchHits(f, searchHits(f.corpus, query, limit), f.corpus, home);
}

/** A folder's search, a store's included (one that is down finds nothing: its state says why). */
async function folderHitsAsync(f: Folder, query: string, limit: number, home: Folder | undefined): Promise<SearchHit[]> {
  if (!f.store) return folderHits(f, query, limit, home);
  try {
    const { hits, store } = await f.store.search(query, limit);
    return asSearchHits(f, hits, store, home);
  } catch (e) {
    if (e instanceof StoreUnavailable) return [];
    throw e;
  }
}

function asSearchHits(f: Folder, hits: PassageHit[], naming: Pick<PassageStore, 'shortKey'>, home: Folder | undefined): SearchHit[] {
  return hits.map((h) => ({
    uri: sourceUri(h.source),
    key: naming.shortKey(h.source),
    title: h.source.meta.title,
    file: path.relative(f.root, h.source.path).replace(/\\/g, '/'),
    range: sourceRange(h.source, h.passage.start, h.passage.end),
    selection: sourceRange(h.source, h.passage.start + h.focus[0], h.passage.start + h.focus[1]),
    folder: f.uri,
    citable: !home || home === f,
    snippet: h.passage.text,
    highlights: h.highlights,
    focus: h.focus,
    score: Math.round(h.score * 1000) / 1000,
  }));
}

/** The note's folder's hits first (best first), then the others' by score. */
function best(byFolder: SearchHit[][], plan: SearchPlan): SearchResult {
  const [first, ...rest] = plan.home && plan.folders[0] === plan.home ? byFolder : [[], ...byFolder];
  const others = rest.flat().sort((a, b) => b.score - a.score);
  return { hits: [...first.sort((a, b) => b.score - a.score), ...others].slice(0, plan.limit) };
}

export function search(folders: Folder[], params: SearchParams, folderOf: (uri: string) => Folder | undefined = () => undefined): SearchResult {
  const p = plan(folders, params, folderOf);
  return best(p.folders.map((f) => folderHits(f, p.query, p.limit, p.home)), p);
}

/** The same search, awaiting `between` before each folder (which may throw to cancel it). */
export async function searchInSlices(folders: Folder[], params: SearchParams, folderOf: (uri: string) => Folder | undefined, between: () => Promise<void>): Promise<SearchResult> {
  const p = plan(folders, params, folderOf);
  const byFolder: SearchHit[][] = [];
  for (const f of p.folders) {
    await between();
    byFolder.push(await folderHitsAsync(f, p.query, p.limit, p.home));
  }
  return best(byFolder, p);
}

export function sources(folders: Folder[]): SourcesResult {
  return {
    sources: folders.flatMap((f) =>
      f.corpus.sources.map((s) => ({
        uri: pathToUri(s.path),
        key: f.corpus.shortKey(s),
        title: s.meta.title,
        file: path.relative(f.root, s.path).replace(/\\/g, '/'),
        author: s.meta.author,
        date: s.meta.date,
        url: s.meta.url,
      })),
    ),
  };
}

export function status(folders: Folder[], trusted = true): StatusResult {
  const last = folders.map((f) => f.lastIndexed).filter((d): d is Date => !!d).sort((a, b) => b.getTime() - a.getTime())[0];
  const ms = folders.map((f) => f.lastIndexMs).filter((x): x is number => x !== null);
  const running = folders.map((f) => f.indexProgress).filter((p): p is { done: number; total: number } => !!p);
  return {
    indexing: folders.some((f) => f.indexing || !!f.indexProgress),
    sources: folders.reduce((n, f) => n + f.corpus.sources.length, 0),
    passages: folders.reduce((n, f) => n + f.corpus.passageCount, 0),
    figures: folders.reduce((n, f) => n + f.corpus.figureCount, 0),
    skipped: folders.reduce((n, f) => n + f.warnings.length, 0),
    lastIndexed: last ? last.toISOString() : null,
    lastIndexMs: ms.length ? Math.max(...ms) : null,
    folders: folders.map((f) => ({ uri: f.uri, sources: f.corpus.sources.length, figures: f.corpus.figureCount, globs: [...f.config.sources] })),
    progress: running.length ? { done: running.reduce((n, p) => n + p.done, 0), total: running.reduce((n, p) => n + p.total, 0) } : undefined,
    restricted: trusted ? undefined : { ignored: [...new Set(folders.flatMap((f) => f.ignoredSettings))] },
    stores: storesOf(folders),
  };
}

/** The folders' stores and their states, when some folder has one. */
function storesOf(folders: Folder[]): StatusResult['stores'] {
  const stores = folders.filter((f) => f.store).map((f) => ({ folder: f.uri, store: f.store!.name, state: f.store!.state, ...(f.store!.error ? { error: f.store!.error } : {}) }));
  return stores.length ? stores : undefined;
}
