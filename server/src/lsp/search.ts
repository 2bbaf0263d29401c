// grounded/search, grounded/sources and grounded/status: the custom requests of the VS Code client.
// A search runs folder by folder; between folders the request can let others go first and be cancelled.
import * as path from 'node:path';
import type { SearchHit, SearchParams, SearchResult, SourcesResult, StatusResult } from '../protocol';
import { searchHits } from '../engine/search';
import { sourceRange } from './convert';
import type { Folder } from './state';
import { pathToUri } from './state';

interface SearchPlan {
  query: string;
  limit: number;
  folders: Folder[];
}

function plan(folders: Folder[], params: SearchParams): SearchPlan {
  const limit = Math.min(Math.max(params.limit ?? 20, 1), 200);
  const query = (params.query ?? '').trim();
  return { query, limit, folders: query ? folders.filter((f) => !params.folder || f.uri === params.folder) : [] };
}

function folderHits(f: Folder, query: string, limit: number): SearchHit[] {
  return searchHits(f.corpus, query, limit).map((h) => ({
    uri: pathToUri(h.source.path),
    key: f.corpus.shortKey(h.source),
    title: h.source.meta.title,
    file: path.relative(f.root, h.source.path).replace(/\\/g, '/'),
    range: sourceRange(h.source, h.passage.start, h.passage.end),
    snippet: h.passage.text,
    highlights: h.highlights,
    score: Math.round(h.score * 1000) / 1000,
  }));
}

function best(hits: SearchHit[], limit: number): SearchResult {
  hits.sort((a, b) => b.score - a.score);
  return { hits: hits.slice(0, limit) };
}

export function search(folders: Folder[], params: SearchParams): SearchResult {
  const { query, limit, folders: targets } = plan(folders, params);
  return best(targets.flatMap((f) => folderHits(f, query, limit)), limit);
}

/** The same search, awaiting `between` before each folder (which may throw to cancel it). */
export async function searchInSlices(folders: Folder[], params: SearchParams, between: () => Promise<void>): Promise<SearchResult> {
  const { query, limit, folders: targets } = plan(folders, params);
  const hits: SearchHit[] = [];
  for (const f of targets) {
    await between();
    hits.push(...folderHits(f, query, limit));
  }
  return best(hits, limit);
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

export function status(folders: Folder[]): StatusResult {
  const last = folders.map((f) => f.lastIndexed).filter((d): d is Date => !!d).sort((a, b) => b.getTime() - a.getTime())[0];
  const ms = folders.map((f) => f.lastIndexMs).filter((x): x is number => x !== null);
  return {
    indexing: folders.some((f) => f.indexing),
    sources: folders.reduce((n, f) => n + f.corpus.sources.length, 0),
    passages: folders.reduce((n, f) => n + f.corpus.passageCount, 0),
    figures: folders.reduce((n, f) => n + f.corpus.figureCount, 0),
    skipped: folders.reduce((n, f) => n + f.warnings.length, 0),
    lastIndexed: last ? last.toISOString() : null,
    lastIndexMs: ms.length ? Math.max(...ms) : null,
    folders: folders.map((f) => ({ uri: f.uri, sources: f.corpus.sources.length, figures: f.corpus.figureCount })),
  };
}
