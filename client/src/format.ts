// Pure formatting helpers for the client UI: no runtime dependency on 'vscode', so unit tests can
// import this file under plain mocha. Everything that needs the editor lives in the other modules.
import type { QuickInputButton, QuickPickItem } from 'vscode';
import type { SearchHit, SourceInfo, SourceUse, StatusResult, UseVerdict } from '../../server/src/protocol';

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// ---------------------------------------------------------------------------------------------
// Status bar

/** "412 figures in 4 sources": the figures are the sources' (what the notes are checked against). */
function figuresIn(s: { figures: number; sources: number }): string {
  return `${plural(s.figures, 'figure')} in ${plural(s.sources, 'source')}`;
}

/** Is a folder's shared store down (the status bar shows an error)? */
export function storeDown(s: StatusResult): boolean {
  return !!s.stores?.some((x) => x.state === 'down');
}

export function statusText(s: StatusResult): string {
  const n = (x: number) => x.toLocaleString('en-US');
  if (storeDown(s)) return '$(error) Grounded: source store unreachable';
  if (s.indexing) {
    const p = s.progress;
    return `$(sync~spin) Grounded${s.restricted ? ' (restricted)' : ''}: indexing ${p && p.total > 0 ? `${n(p.done)} of ${n(p.total)} sources` : '…'}`;
  }
  return s.restricted ? `$(workspace-untrusted) Grounded (restricted): ${figuresIn(s)}` : `$(book) Grounded: ${figuresIn(s)}`;
}

export const ERROR_STATUS_TEXT = '$(error) Grounded';

/** The command the restricted-mode tooltip links to. */
export const MANAGE_TRUST_COMMAND = 'workbench.trust.manage';

function code(s: string): string {
  return '`' + s.replace(/`/g, "'") + '`';
}

/**
 * The tooltip, in markdown: where the figures come from (per folder: figures, sources and the globs
 * read), what was skipped, when the index was built; in restricted mode why settings are ignored,
 * with a link to Manage Workspace Trust.
 */
export function statusTooltip(s: StatusResult, folderName: (uri: string) => string = (u) => u.split('/').filter(Boolean).pop() ?? u): string {
  const lines = [s.indexing ? '**Grounded**: indexing sources…' : '**Grounded**: source index', ''];
  const globs = (f: StatusResult['folders'][number]) => (f.globs?.length ? ` from ${f.globs.map(code).join(', ')}` : '');
  if (s.folders.length === 1) {
    lines.push(`${figuresIn(s)} (${plural(s.passages, 'passage')})${globs(s.folders[0])}`);
  } else {
    lines.push(`${figuresIn(s)} (${plural(s.passages, 'passage')}):`, '');
    for (const f of s.folders) lines.push(`- ${folderName(f.uri)}: ${figuresIn(f)}${globs(f)}`);
  }
  lines.push('');
  if (s.skipped > 0) lines.push(`${plural(s.skipped, 'file')} skipped (see the Grounded output)`, '');
  if (s.lastIndexed) {
    const when = formatTime(s.lastIndexed);
    lines.push(s.lastIndexMs != null ? `Last indexed ${when} in ${s.lastIndexMs} ms` : `Last indexed ${when}`);
  } else {
    lines.push('Not indexed yet');
  }
  for (const x of s.stores ?? []) {
    const state = x.state === 'down' ? `$(error) **unreachable**: ${x.error ?? 'no answer'}` : x.state === 'ready' ? 'connected' : 'connecting…';
    lines.push(`Source store ${code(x.store)}${s.folders.length > 1 ? ` (${folderName(x.folder)})` : ''}: ${state}`, '');
  }
  if (s.restricted) {
    const ignored = s.restricted.ignored.map((k) => code(`grounded.${k}`));
    lines.push(
      '',
      `$(workspace-untrusted) **Restricted mode**: this workspace is not trusted, so ` +
        (ignored.length ? `Grounded ignores its ${ignored.join(', ')} setting${ignored.length > 1 ? 's' : ''} and reads the default source folder.` : 'settings that change which files are read would be ignored.') +
        ` [Manage Workspace Trust](command:${MANAGE_TRUST_COMMAND})`,
    );
  }
  lines.push('', 'Click to search the sources');
  return lines.join('\n');
}

export function formatTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

/** Lines written to the output channel by "Show Source Index". */
export function indexSummary(s: StatusResult, folderName: (uri: string) => string): string[] {
  const lines = [
    `Index: ${plural(s.sources, 'source')}, ${plural(s.passages, 'passage')}, ${plural(s.figures, 'figure')}` +
      (s.skipped ? `, ${s.skipped} skipped` : '') +
      (s.indexing ? ' (indexing…)' : ''),
  ];
  for (const f of s.folders) {
    lines.push(`  ${folderName(f.uri)}: ${plural(f.sources, 'source')}, ${plural(f.figures, 'figure')}`);
  }
  if (s.lastIndexed) {
    lines.push(`  last indexed ${formatTime(s.lastIndexed)}` + (s.lastIndexMs != null ? ` in ${s.lastIndexMs} ms` : ''));
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Search quick pick

export interface HitItem extends QuickPickItem {
  /** Set on result items; hint / "no results" / error items have none. */
  hit?: SearchHit;
}

/**
 * Longest detail we hand to the quick pick: about what its list shows on one line, so the passage
 * around the match is read whole instead of running into an ellipsis.
 */
const MAX_DETAIL = 120;
/** Characters of context the detail keeps before the matched words. */
const LEAD = 40;

/** Snippet as one line of plain text: whitespace collapsed, markdown emphasis markers removed. */
export function plainSnippet(snippet: string): string {
  return snippet.replace(/\*\*|__/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * The snippet as shown in the item's detail line: the quick pick shows one line, so it starts a
 * little before the matched words (`focus`, else the first highlight) and is cut at a word.
 */
export function snippetDetail(hit: Pick<SearchHit, 'snippet' | 'highlights'> & { focus?: [number, number] }): string {
  const raw = hit.snippet;
  const first = hit.focus?.[0] ?? (hit.highlights?.length ? Math.min(...hit.highlights.map((h) => h[0])) : 0);
  let start = 0;
  if (first > LEAD && raw.length > MAX_DETAIL) {
    start = Math.min(first - LEAD, Math.max(0, raw.length - MAX_DETAIL));
    const space = raw.lastIndexOf(' ', start);
    start = space > 0 ? space + 1 : start;
  }
  let text = plainSnippet(raw.slice(start));
  if (start > 0) text = '… ' + text;
  if (text.length > MAX_DETAIL) text = text.slice(0, MAX_DETAIL - 1).replace(/\s\S*$/, '') + ' …';
  return text;
}

/** "file:line" with a 1-based line; "folder/file:line" when there are several folders. */
export function hitLocation(hit: Pick<SearchHit, 'file' | 'range'>, folder?: string): string {
  return `${folder ? folder + '/' : ''}${hit.file}:${hit.range.start.line + 1}`;
}

export interface HitOptions {
  /** Buttons of a hit the note can cite (insert citation, insert quote). */
  buttons?: readonly QuickInputButton[];
  /** The name of a hit's workspace folder, to label hits when there are several folders. */
  folderName?: (uri: string) => string | undefined;
}

/**
 * Search hits → quick pick items, in server order.
 *
 * VS Code 1.91 has no stable way to turn off the quick pick's own filtering and re-sorting
 * (`sortByLabel` / `matchOnLabel` are proposed API). It re-sorts only the items whose *label*
 * matches the typed text, and hides non-matching items unless `alwaysShow` is set. So every item
 * has `alwaysShow: true` and a label that is only a codicon (`$(quote)`), which never matches any
 * text: nothing is hidden, nothing is re-sorted, the server's ranking is kept. The location comes
 * first in the description (so it is never the part cut off), then the title; the passage around
 * the match is the detail (neither is matched: matchOnDescription and matchOnDetail are off). A
 * hit the note cannot cite (another folder's source) has no buttons and says why.
 */
export function hitsToItems(hits: readonly SearchHit[], options: HitOptions = {}): HitItem[] {
  return hits.map((hit) => {
    const citable = hit.citable !== false;
    return {
      label: '$(quote)',
      description: `${hitLocation(hit, hit.folder ? options.folderName?.(hit.folder) : undefined)} · ${hit.title || hit.key}${citable ? '' : ' · another folder: not citable from this note'}`,
      detail: snippetDetail(hit),
      alwaysShow: true,
      buttons: citable ? [...(options.buttons ?? [])] : [],
      hit,
    };
  });
}

export function hintItem(): HitItem {
  return {
    label: '$(search)',
    description: 'Type words from a passage, a figure or a name to search the sources',
    detail: 'Enter opens the passage · buttons insert a citation [@key] or a quote into the note',
    alwaysShow: true,
  };
}

export function noResultsItem(query: string): HitItem {
  return { label: '$(circle-slash)', description: `No passage matches “${query}”`, alwaysShow: true };
}

export function errorItem(message: string): HitItem {
  return { label: '$(error)', description: 'Search failed — see the Grounded output', detail: message, alwaysShow: true };
}

// ---------------------------------------------------------------------------------------------
// Citations

export function citation(key: string): string {
  return `[@${key}]`;
}

/**
 * `"snippet" [@key]`: the passage as one line of plain text, then the citation. Double quotes
 * inside the passage become single ones, so the quote stays one quote (the checker compares quote
 * marks as equal, so it is still found).
 */
export function quoteWithCitation(snippet: string, key: string): string {
  const inner = plainSnippet(snippet).replace(/"/g, "'").replace(/“/g, '‘').replace(/”/g, '’');
  return `"${inner}" ${citation(key)}`;
}

/**
 * Text that replaces a selection when citing `key`: `[@key]` for an empty selection, else
 * `selection [@key]` (trailing whitespace of the selection is kept after the citation).
 */
export function citeSelection(selected: string, key: string): string {
  if (!selected) return citation(key);
  const body = selected.trimEnd();
  return `${body} ${citation(key)}${selected.slice(body.length)}`;
}

/**
 * Space to put before an insertion at the cursor: one when the previous character is part of a
 * word or closing punctuation ("as shown|" → "as shown [@key]"), none after whitespace, at the
 * start of a line, or after an opening bracket/quote.
 */
export function leadingSpace(prevChar: string | undefined): string {
  if (!prevChar || /\s/.test(prevChar) || /[([{"'“‘]/.test(prevChar)) return '';
  return ' ';
}

export interface SourceItem extends QuickPickItem {
  source: SourceInfo;
}

/** Sources → items for "Insert Citation": title as label, key and file as description. */
export function sourcesToItems(sources: readonly SourceInfo[]): SourceItem[] {
  return sources.map((source) => {
    const extra = [source.author, source.date].filter(Boolean).join(', ');
    return {
      label: source.title || source.key,
      description: `[@${source.key}] · ${source.file}`,
      detail: extra || undefined,
      source,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Show Uses of This Source

/** How each verdict reads in the list, with its icon. */
const USE_LABEL: Record<UseVerdict, { icon: string; words: string }> = {
  contradicted: { icon: '$(error)', words: 'contradicted by this source' },
  'wrong-source': { icon: '$(warning)', words: 'stated here, but another source is cited' },
  supported: { icon: '$(pass)', words: 'supported' },
  quoted: { icon: '$(quote)', words: 'quoted' },
  cited: { icon: '$(references)', words: 'cited' },
};

export interface UseItem extends QuickPickItem {
  use: SourceUse;
}

/**
 * One row per note line that uses the source: the figure, quote or citation with its verdict's
 * icon, the note and line, what the verdict means; contradictions first (the server sends note
 * order; a contradicted line is what to look at).
 */
export function usesToItems(uses: readonly SourceUse[], file: (uri: string) => string): UseItem[] {
  const rank = (u: SourceUse) => (u.verdict === 'contradicted' ? 0 : 1);
  return [...uses]
    .map((use, i) => ({ use, i }))
    .sort((a, b) => rank(a.use) - rank(b.use) || a.i - b.i)
    .map(({ use }) => ({
      label: `${USE_LABEL[use.verdict].icon} ${use.text}`,
      description: `${file(use.uri)}:${use.range.start.line + 1}`,
      detail: USE_LABEL[use.verdict].words,
      use,
    }));
}

/** "3 note lines use this source, 1 contradicted". */
export function usesTitle(uses: readonly SourceUse[]): string {
  const contradicted = uses.filter((u) => u.verdict === 'contradicted').length;
  return `${plural(uses.length, 'note line')} ${uses.length === 1 ? 'uses' : 'use'} this source${contradicted ? `, ${contradicted} contradicted` : ''}`;
}
