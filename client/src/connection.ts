// Thin wrapper around the LanguageClient for the custom grounded/* requests: refuses early (with
// a clear message) when the server failed to start instead of letting vscode-languageclient try to
// start it again and pop up its own error notification.
import type * as vscode from 'vscode';
import { LSPErrorCodes, ResponseError, type LanguageClient } from 'vscode-languageclient/node';

export class GroundedConnection {
  /** Why the server is not available (failed to start, stopped after crashes), or undefined. */
  failure: string | undefined;

  constructor(
    readonly client: LanguageClient,
    readonly output: vscode.LogOutputChannel,
  ) {}

  async request<R>(method: string, params: unknown, token?: vscode.CancellationToken): Promise<R> {
    if (this.failure !== undefined) {
      throw new Error(`The Grounded language server is not running (${this.failure}).`);
    }
    return token ? this.client.sendRequest<R>(method, params, token) : this.client.sendRequest<R>(method, params);
  }

  /** Logs a failed request to the output channel (cancellations are ignored). */
  logError(what: string, err: unknown): void {
    if (isCancellation(err)) return;
    this.output.error(`${what}: ${errorMessage(err)}`);
  }
}

export function isCancellation(err: unknown): boolean {
  return (
    (err instanceof ResponseError && err.code === LSPErrorCodes.RequestCancelled) ||
    (err instanceof Error && err.name === 'Canceled')
  );
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return typeof err === 'string' ? err : JSON.stringify(err);
}
