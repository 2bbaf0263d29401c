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

/** Opens the search palette, its query the selected text when there is one. */
export function showSearch(conn: GroundedConnection): void {
  // Captured now: the quick pick takes focus, and Enter may open a source file.
  const palette = new SearchPalette(conn, targetMarkdownEditor());
  palette.open(initialQuery());
}

/**
 * One search palette: a quick pick that asks grounded/search as the user types (after a pause,
 * cancelling the query before), opens a hit on Enter, and inserts its citation or quote from the
 * hit's buttons into the note that was active when it opened.
 */
class SearchPalette {
  private readonly citeButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('link'), tooltip: 'Insert citation [@key]' };
  private readonly quoteButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('quote'), tooltip: 'Insert quote "…" [@key]' };
  private readonly qp = vscode.window.createQuickPick<HitItem>();
  /** Numbers the queries: the answer to an older one is dropped. */
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private cts: vscode.CancellationTokenSource | undefined;

  constructor(
    private readonly conn: GroundedConnection,
    private readonly target: vscode.TextEditor | undefined,
  ) {
    const qp = this.qp;
    qp.title = 'Grounded: Search Sources';
    qp.placeholder = 'Search the source passages';
    qp.matchOnDescription = false;
    qp.matchOnDetail = false;
    qp.items = [hintItem()];
    qp.onDidChangeValue((value) => this.onValue(value));
    qp.onDidTriggerItemButton((e) => {
      this.insert(e.item, e.button).catch((err) => conn.logError('Insert failed', err));
    });
    qp.onDidAccept(() => this.accept());
    qp.onDidHide(() => this.hidden());
  }

  /** Show the palette, searching for `initial` at once when it is not empty. */
  open(initial: string): void {
    this.qp.show();
    if (initial) {
      this.qp.value = initial; // does not fire onDidChangeValue
      this.onValue(initial);
    }
  }

  private cancelPending(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.cts?.cancel();
    this.cts?.dispose();
    this.cts = undefined;
  }

  /** A new query: searched after the pause; an empty one shows the hint again. */
  private onValue(value: string): void {
    this.cancelPending();
    const mySeq = ++this.seq;
    const query = value.trim();
    if (!query) {
      this.qp.busy = false;
      this.qp.items = [hintItem()];
      return;
    }
    this.timer = setTimeout(() => void this.run(query, mySeq), DEBOUNCE_MS);
  }

  private async run(query: string, mySeq: number): Promise<void> {
    const qp = this.qp;
    this.cts = new vscode.CancellationTokenSource();
    const token = this.cts.token;
    qp.busy = true;
    try {
      const hits = await searchSources(this.conn, query, token, this.target?.document.uri);
      if (mySeq !== this.seq) return; // a newer query was typed meanwhile
      qp.items = hits.length ? hitsToItems(hits, { buttons: [this.citeButton, this.quoteButton], folderName }) : [noResultsItem(query)];
    } catch (err) {
      if (mySeq !== this.seq || isCancellation(err)) return;
      this.conn.logError(`Search for "${query}" failed`, err);
      qp.items = [errorItem(errorMessage(err))];
    } finally {
      if (mySeq === this.seq) qp.busy = false;
    }
  }

  /** A hit's button: insert its citation, or its words quoted with the citation, into the note. */
  private async insert(item: HitItem, button: vscode.QuickInputButton): Promise<void> {
    const hit = item.hit;
    if (!hit || hit.citable === false) return;
    const { conn, target } = this;
    if (!target && !targetMarkdownEditor()) return noMarkdownEditor(conn.output);
    this.qp.hide();
    const mode = button === this.quoteButton
      ? { kind: 'text' as const, text: quoteWithCitation(hit.snippet, hit.key) }
      : { kind: 'cite' as const, key: hit.key };
    const ok = await insertIntoNote(mode, target ?? targetMarkdownEditor());
    if (!ok) conn.output.warn(`Could not insert the citation [@${hit.key}].`);
  }

  /** Enter: open the active hit's source (nothing for the hint, no-results and error rows). */
  private accept(): void {
    const hit = this.qp.activeItems[0]?.hit;
    if (!hit) return;
    this.qp.hide();
    openHit(hit).catch((err) => this.conn.logError(`Could not open ${hit.uri}`, err));
  }

  private hidden(): void {
    this.cancelPending();
    this.seq++;
    this.qp.dispose();
  }
}
