// What the client does when the connection to the server errs or closes: the default handler's
// policy (continue after a few errors, restart after a crash unless it keeps crashing), but told
// in the output channel and the status bar instead of notifications (`handled: true`).
import type * as vscode from 'vscode';
import { CloseAction, ErrorAction, type ErrorHandler } from 'vscode-languageclient/node';
import type { StatusBar } from './status';

/** Restarts allowed within RESTART_WINDOW_MS before the client gives up (like the default handler). */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;
/** Errors of one connection that are let pass before it is shut down (like the default handler). */
const MAX_ERRORS = 3;

export function quietErrorHandler(output: vscode.LogOutputChannel, status: StatusBar, fail: (message: string) => void): ErrorHandler {
  const restarts: number[] = [];
  return {
    error: (err, _message, count) => {
      output.error(`Connection to the Grounded server erred: ${err.message}`);
      if (count !== undefined && count <= MAX_ERRORS) return { action: ErrorAction.Continue, handled: true };
      fail(`The connection to the Grounded server keeps failing (${err.message}); the server was shut down.`);
      return { action: ErrorAction.Shutdown, handled: true };
    },
    closed: () => {
      const now = Date.now();
      restarts.push(now);
      while (restarts.length && now - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
      if (restarts.length <= MAX_RESTARTS) {
        output.warn('The Grounded server stopped unexpectedly; restarting it.');
        status.starting('restarting…');
        return { action: CloseAction.Restart, handled: true };
      }
      fail(`The Grounded server crashed ${restarts.length} times in 3 minutes and will not be restarted. Run "Developer: Reload Window" to try again.`);
      return { action: CloseAction.DoNotRestart, handled: true };
    },
  };
}
