// The status bar item: index counts when idle, a spinner while indexing, an error state when the
// server is not running. Fed by grounded/status (after start) and grounded/statusChanged.
import * as vscode from 'vscode';
import type { StatusResult } from '../../server/src/protocol';
import { ERROR_STATUS_TEXT, statusText, statusTooltip } from './format';

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
    this.item.tooltip = statusTooltip(status);
    this.item.backgroundColor = undefined;
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
