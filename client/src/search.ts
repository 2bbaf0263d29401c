// "Grounded: Search Sources": a quick pick that queries grounded/search as the user types.
import * as vscode from 'vscode';
import { SearchRequest, type LspRange, type SearchHit, type SearchParams, type SearchResult } from '../../server/src/protocol';
import { errorMessage, isCancellation, type GroundedConnection } from './connection';
import { insertIntoNote, noMarkdownEditor, targetMarkdownEditor } from './editor';
import { selectAndCenter } from './jump';
import { errorItem, hintItem, hitsToItems, noResultsItem, quoteWithCitation, type HitItem } from './format';

export { hitsToItems, type HitItem } from './format';

const DEBOUNCE_MS = 120;
const LIMIT = 30;

export async function searchSources(
  conn: GroundedConnection,
  query: string,
  token?: vscode.CancellationToken,
  note?: vscode.Uri,
): Promise<SearchHit[]> {
  const params: SearchParams = { query, limit: LIMIT, note: note?.toString() };
  const result = await conn.request<SearchResult | null>(SearchRequest, params, token);
  return result?.hits ?? [];
}

function toRange(r: LspRange): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** Opens the hit's source with the matched words selected and the passage in the centre (as go to source does). */
export async function openHit(hit: SearchHit): Promise<void> {
  const words = toRange(hit.selection ?? hit.range);
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(hit.uri), { selection: words, preview: true });
  selectAndCenter(editor, words);
}

/** A workspace folder's name, when there are several (single-folder hits need no label). */
function folderName(uri: string): string | undefined {
  if ((vscode.workspace.workspaceFolders?.length ?? 0) < 2) return undefined;
  return vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(uri))?.name;
}

/** Initial query: the selected text of the active editor, when it is short and on one line. */
function initialQuery(): string {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.selection.isEmpty || !editor.selection.isSingleLine) return '';
  const text = editor.document.getText(editor.selection).trim();
  return text.length <= 200 ? text : '';
}

export function showSearch(conn: GroundedConnection): void {
  const citeButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('link'), tooltip: 'Insert citation [@key]' };
  const quoteButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('quote'), tooltip: 'Insert quote "…" [@key]' };
  // Captured now: the quick pick takes focus, and Enter may open a source file.
  const target = targetMarkdownEditor();

  const qp = vscode.window.createQuickPick<HitItem>();
  qp.title = 'Grounded: Search Sources';
  qp.placeholder = 'Search the source passages';
  qp.matchOnDescription = false;
  qp.matchOnDetail = false;
  qp.items = [hintItem()];

  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cts: vscode.CancellationTokenSource | undefined;

  const cancelPending = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    cts?.cancel();
    cts?.dispose();
    cts = undefined;
  };

  const run = async (query: string, mySeq: number) => {
    cts = new vscode.CancellationTokenSource();
    const token = cts.token;
    qp.busy = true;
    try {
      const hits = await searchSources(conn, query, token, target?.document.uri);
      if (mySeq !== seq) return; // a newer query was typed meanwhile
      qp.items = hits.length ? hitsToItems(hits, { buttons: [citeButton, quoteButton], folderName }) : [noResultsItem(query)];
    } catch (err) {
      if (mySeq !== seq || isCancellation(err)) return;
      conn.logError(`Search for "${query}" failed`, err);
      qp.items = [errorItem(errorMessage(err))];
    } finally {
      if (mySeq === seq) qp.busy = false;
    }
  };

  const onValue = (value: string) => {
    cancelPending();
    const mySeq = ++seq;
    const query = value.trim();
    if (!query) {
      qp.busy = false;
      qp.items = [hintItem()];
      return;
    }
    timer = setTimeout(() => void run(query, mySeq), DEBOUNCE_MS);
  };

  const insert = async (item: HitItem, button: vscode.QuickInputButton) => {
    const hit = item.hit;
    if (!hit || hit.citable === false) return;
    if (!target && !targetMarkdownEditor()) return noMarkdownEditor(conn.output);
    qp.hide();
    const mode = button === quoteButton
      ? { kind: 'text' as const, text: quoteWithCitation(hit.snippet, hit.key) }
      : { kind: 'cite' as const, key: hit.key };
    const ok = await insertIntoNote(mode, target ?? targetMarkdownEditor());
    if (!ok) conn.output.warn(`Could not insert the citation [@${hit.key}].`);
  };

  qp.onDidChangeValue(onValue);
  qp.onDidTriggerItemButton((e) => {
    insert(e.item, e.button).catch((err) => conn.logError('Insert failed', err));
  });
  qp.onDidAccept(() => {
    const hit = qp.activeItems[0]?.hit;
    if (!hit) return; // hint / no-results / error item
    qp.hide();
    openHit(hit).catch((err) => conn.logError(`Could not open ${hit.uri}`, err));
  });
  qp.onDidHide(() => {
    cancelPending();
    seq++;
    qp.dispose();
  });

  const initial = initialQuery();
  qp.show();
  if (initial) {
    qp.value = initial; // does not fire onDidChangeValue
    onValue(initial);
  }
}
