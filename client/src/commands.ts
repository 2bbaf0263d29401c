// The grounded.* commands other than the search quick pick's internals.
import * as vscode from 'vscode';
import {
  CheckAllRequest,
  ReindexRequest,
  SourcesRequest,
  StatusRequest,
  type CheckAllResult,
  type SourcesResult,
  type StatusResult,
} from '../../server/src/protocol';
import { errorMessage, type GroundedConnection } from './connection';
import { insertIntoNote, noMarkdownEditor, targetMarkdownEditor } from './editor';
import { formatTime, indexSummary, plural, sourcesToItems, type SourceItem } from './format';
import { showSearch } from './search';
import { showUses } from './uses';
import type { StatusBar } from './status';

export function registerCommands(conn: GroundedConnection, status: StatusBar): vscode.Disposable[] {
  const { output } = conn;

  /** Runs a command body; failures go to the output channel (revealed, without a pop-up). */
  const guarded = (name: string, body: () => Promise<unknown>) => async () => {
    try {
      await body();
    } catch (err) {
      output.error(`${name} failed: ${errorMessage(err)}`);
      output.show(true);
    }
  };

  const refreshStatus = async () => {
    const s = await conn.request<StatusResult>(StatusRequest, undefined);
    status.update(s);
    return s;
  };

  return [
    vscode.commands.registerCommand('grounded.searchSources', () => showSearch(conn)),

    vscode.commands.registerCommand('grounded.insertCitation', guarded('Insert Citation', () => insertCitation(conn))),

    vscode.commands.registerCommand(
      'grounded.checkAll',
      guarded('Check All Notes', async () => {
        const result = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Window, title: 'Grounded: checking notes…' },
          () => conn.request<CheckAllResult>(CheckAllRequest, undefined),
        );
        output.info(`Checked ${plural(result.notes, 'note')}: ${plural(result.problems, 'problem')}.`);
        await vscode.commands.executeCommand('workbench.actions.view.problems');
        vscode.window.setStatusBarMessage(
          `Grounded: ${plural(result.notes, 'note')} checked, ${plural(result.problems, 'problem')}`,
          5000,
        );
      }),
    ),

    vscode.commands.registerCommand(
      'grounded.rebuildIndex',
      guarded('Rebuild Source Index', async () => {
        await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Window, title: 'Grounded: rebuilding the source index…' },
          () => conn.request<unknown>(ReindexRequest, undefined),
        );
        const s = await refreshStatus();
        output.info(`Index rebuilt. ${indexSummary(s, folderName)[0]}`);
      }),
    ),

    vscode.commands.registerCommand('grounded.showIndex', guarded('Show Source Index', () => showIndex(conn, refreshStatus))),

    vscode.commands.registerCommand('grounded.showUses', guarded('Show Uses of This Source', () => showUses(conn))),

    vscode.commands.registerCommand('grounded.showOutput', () => output.show()),
  ];
}

function folderName(uri: string): string {
  try {
    const parsed = vscode.Uri.parse(uri);
    return vscode.workspace.getWorkspaceFolder(parsed)?.name ?? parsed.path.split('/').filter(Boolean).pop() ?? uri;
  } catch {
    return uri;
  }
}

async function insertCitation(conn: GroundedConnection): Promise<void> {
  const editor = targetMarkdownEditor();
  if (!editor) return noMarkdownEditor(conn.output);

  const qp = vscode.window.createQuickPick<SourceItem>();
  qp.title = 'Grounded: Insert Citation';
  qp.placeholder = 'Pick the source to cite';
  qp.matchOnDescription = true; // find by key or file name too
  qp.busy = true;
  qp.show();

  const picked = new Promise<SourceItem | undefined>((resolve) => {
    qp.onDidAccept(() => {
      resolve(qp.selectedItems[0] ?? qp.activeItems[0]);
      qp.hide();
    });
    qp.onDidHide(() => {
      resolve(undefined);
      qp.dispose();
    });
  });

  try {
    const result = await conn.request<SourcesResult | null>(SourcesRequest, undefined);
    const sources = result?.sources ?? [];
    qp.items = sourcesToItems(sources);
    if (!sources.length) qp.placeholder = 'No sources indexed: check the grounded.sources setting';
  } catch (err) {
    qp.hide();
    throw err;
  } finally {
    qp.busy = false;
  }

  const item = await picked;
  if (!item) return;
  await insertIntoNote({ kind: 'cite', key: item.source.key }, editor);
}

interface IndexItem extends vscode.QuickPickItem {
  run?: () => unknown;
}

async function showIndex(conn: GroundedConnection, refreshStatus: () => Promise<StatusResult>): Promise<void> {
  const s = await refreshStatus();
  for (const line of indexSummary(s, folderName)) conn.output.info(line);

  const items: IndexItem[] = [
    {
      label: `$(book) ${plural(s.sources, 'source')} · ${plural(s.passages, 'passage')} · ${plural(s.figures, 'figure')}`,
      description: s.indexing ? 'indexing…' : s.skipped ? `${s.skipped} skipped` : undefined,
      detail: s.lastIndexed ? `Last indexed ${formatTime(s.lastIndexed)}${s.lastIndexMs != null ? ` in ${s.lastIndexMs} ms` : ''}` : 'Not indexed yet',
    },
    ...s.folders.map<IndexItem>((f) => ({
      label: `$(folder) ${folderName(f.uri)}`,
      description: `${plural(f.sources, 'source')} · ${plural(f.figures, 'figure')}`,
      run: () => vscode.commands.executeCommand('revealInExplorer', vscode.Uri.parse(f.uri)),
    })),
    { label: '', kind: vscode.QuickPickItemKind.Separator },
    { label: '$(search) Search sources…', run: () => vscode.commands.executeCommand('grounded.searchSources') },
    { label: '$(refresh) Rebuild index', run: () => vscode.commands.executeCommand('grounded.rebuildIndex') },
    { label: '$(output) Open output channel', run: () => conn.output.show() },
  ];
  const pick = await vscode.window.showQuickPick(items, { title: 'Grounded: Source Index', placeHolder: 'Source index' });
  await pick?.run?.();
}
