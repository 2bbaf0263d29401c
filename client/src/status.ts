// The status bar item: where the figures are when idle, "indexing N of M" while indexing, restricted
// mode (with a link to Manage Workspace Trust), an error state when the server is not running.
// Fed by grounded/status (after start) and grounded/statusChanged.
import * as vscode from 'vscode';
import type { StatusResult } from '../../server/src/protocol';
import { ERROR_STATUS_TEXT, MANAGE_TRUST_COMMAND, statusText, statusTooltip, storeDown } from './format';

function folderName(uri: string): string {
  try {
    const parsed = vscode.Uri.parse(uri);
    return vscode.workspace.getWorkspaceFolder(parsed)?.name ?? parsed.path.split('/').filter(Boolean).pop() ?? uri;
  } catch {
    return uri;
  }
}

export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  /** Last status received from the server (undefined before the first one). */
  last: StatusResult | undefined;

  constructor() {
    this.item = vscode.window.createStatusBarItem('grounded.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'Grounded';
    this.starting();
    this.item.show();
  }

  starting(message = 'starting…'): void {
    this.item.text = `$(sync~spin) Grounded: ${message}`;
    this.item.tooltip = `Grounded language server ${message}`;
    this.item.backgroundColor = undefined;
    this.item.command = 'grounded.showOutput';
    this.item.accessibilityInformation = undefined;
  }

  update(status: StatusResult): void {
    this.last = status;
    this.item.text = statusText(status);
    const tooltip = new vscode.MarkdownString(statusTooltip(status, folderName), true);
    tooltip.isTrusted = { enabledCommands: [MANAGE_TRUST_COMMAND] };
    this.item.tooltip = tooltip;
    this.item.backgroundColor = storeDown(status)
      ? new vscode.ThemeColor('statusBarItem.errorBackground')
      : status.restricted
        ? new vscode.ThemeColor('statusBarItem.warningBackground')
        : undefined;
    this.item.command = 'grounded.searchSources';
    this.item.accessibilityInformation = { label: this.item.text.replace(/\$\([^)]*\)\s*/g, '') };
  }

  error(message: string): void {
    this.item.text = ERROR_STATUS_TEXT;
    this.item.tooltip = `Grounded: ${message}\n\nClick to show the Grounded output`;
    this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
    this.item.command = 'grounded.showOutput';
    this.item.accessibilityInformation = { label: `Grounded: ${message}` };
  }

  dispose(): void {
    this.item.dispose();
  }
}
