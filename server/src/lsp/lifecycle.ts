// The server's life as the LSP spec has it, and the guard every handler is registered through.
//
// What vscode-languageserver 10 already does (read in its source, and tested in test/lsp): `exit`
// ends the process with code 0 after `shutdown` and 1 without; a request handler that throws is
// answered with InternalError and a notification handler that throws is logged; `$/cancelRequest`
// cancels the token of a running handler, and a request cancelled before it is dispatched gets an
// already-cancelled token.
// What it does not, and this adds:
// - a request before `initialize` has been answered gets ServerNotInitialized (-32002) (the library
//   calls the handler, which used to answer null); notifications then are dropped (the library
//   handles `exit` itself; the document notifications go to its TextDocuments, which only store);
// - a second `initialize`, and any request after `shutdown`, gets InvalidRequest;
// - a feature that throws answers its empty value and logs, rather than an InternalError popup;
// - a request whose token is cancelled answers RequestCancelled (-32800) at its next check;
// - requests are counted as they are read and as they are dispatched, so background work can let
//   every request that has arrived go first (`settle`).
import { CancellationToken, ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver';

/**
 * Rounds `settle` may wait for requests to stop arriving before background work goes on anyway:
 * each round answers at least one request, so a burst of a few dozen (hover, links and code
 * actions of every visible editor) goes first, and a client that never stops cannot starve it.
 */
export const PRIORITY_ROUNDS = 64;

type Phase = 'new' | 'initializing' | 'running' | 'shutDown';

const immediate = () => new Promise<void>((resolve) => setImmediate(resolve));

export function cancelledError(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}

/** Throw RequestCancelled when the client has cancelled the request (call it between slices). */
export function throwIfCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw cancelledError();
}

export class Lifecycle {
  private phase: Phase = 'new';
  /** Requests read from the transport (told by it), and requests dispatched to a handler. */
  private arrived = 0;
  private handled = 0;

  constructor(private readonly warn: (message: string) => void) {}

  get running(): boolean {
    return this.phase === 'running';
  }

  get shutDown(): boolean {
    return this.phase === 'shutDown';
  }

  /** The transport has read a request (the connection dispatches it on a later turn of the event loop). */
  requestArrived(): void {
    this.arrived++;
  }

  /** `initialize` arrived: undefined to go on, or the error for one that is not the first. */
  initializing(): ResponseError<void> | undefined {
    this.handled++;
    if (this.phase !== 'new') return new ResponseError(ErrorCodes.InvalidRequest, 'initialize may only be sent once');
    this.phase = 'initializing';
    return undefined;
  }

  /** The initialize result is being returned (ok) or initialize failed (the client may try again). */
  initialized(ok: boolean): void {
    if (this.phase === 'initializing') this.phase = ok ? 'running' : 'new';
  }

  /** `shutdown` arrived: from now on requests are refused. Throws like any request outside the running phase. */
  shuttingDown(): void {
    this.handled++;
    this.gate('shutdown');
    this.phase = 'shutDown';
  }

  /**
   * A request handler behind the guard: refused outside the running phase, RequestCancelled when
   * cancelled before it starts, and a throw (other than a ResponseError) is logged and answered with
   * `fallback` when one is given (features: null or []), else with the library's InternalError.
   */
  request<P, R>(method: string, handler: (params: P, token: CancellationToken) => R | Promise<R>, fallback?: () => R): (params: P, token: CancellationToken) => Promise<R> {
    return async (params, token) => {
      this.handled++;
      this.gate(method);
      throwIfCancelled(token);
      try {
        return await handler(params, token);
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        this.warn(`${method} failed: ${(e as Error)?.stack ?? e}`);
        if (fallback) return fallback();
        throw e;
      }
    };
  }

  /**
   * The same for a request without parameters: the library passes the token alone when the client
   * sends none, and after them when it sends some (`{}` or `null`).
   */
  requestNoParams<R>(method: string, handler: (token: CancellationToken | undefined) => R | Promise<R>, fallback?: () => R): (...args: unknown[]) => Promise<R> {
    const guarded = this.request(method, (_: undefined, token) => handler(token), fallback);
    return (...args) => guarded(undefined, args.find((a): a is CancellationToken => CancellationToken.is(a)) ?? CancellationToken.None);
  }

  /** A notification handler behind the guard: dropped outside the running phase, a throw logged. */
  notification<P>(method: string, handler: (params: P) => void | Promise<void>): (params: P) => Promise<void> {
    return async (params) => {
      if (this.phase !== 'running') return;
      this.handled++;
      try {
        await handler(params);
      } catch (e) {
        this.warn(`${method} failed: ${(e as Error)?.stack ?? e}`);
      }
    };
  }

  /** A request no handler knows: refused like the others before `initialize`, else MethodNotFound. */
  unknownRequest(method: string): never {
    this.handled++;
    this.gate(method);
    throw new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`);
  }

  /**
   * Let the requests that have arrived go first, then resolve (background work calls it between
   * notes). The connection dispatches one message per turn of the event loop, from a setImmediate
   * queued when the transport reads it in the poll phase, so after ours: each round waits two turns
   * (a poll phase in between reads what is in the pipe), then goes on while requests are dispatched
   * or read but not yet dispatched. Two rounds in a row with nothing dispatched end it even if the
   * counts disagree (a request the library answered by itself, say), and PRIORITY_ROUNDS bounds it.
   */
  async settle(): Promise<void> {
    let seen = this.handled;
    let idle = 0;
    await immediate();
    for (let round = 0; round < PRIORITY_ROUNDS; round++) {
      await immediate();
      if (this.handled !== seen) {
        seen = this.handled;
        idle = 0;
      } else if (this.arrived <= this.handled || ++idle >= 2) {
        this.arrived = Math.min(this.arrived, this.handled);
        return;
      }
    }
  }

  private gate(method: string): void {
    if (this.phase === 'running') return;
    if (this.phase === 'shutDown') throw new ResponseError(ErrorCodes.InvalidRequest, `${method}: the server is shutting down`);
    throw new ResponseError(ErrorCodes.ServerNotInitialized, `${method}: the server is not initialized yet`);
  }
}
