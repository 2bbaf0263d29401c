// The transports, set up here rather than by vscode-languageserver's `--stdio` / `--node-ipc`, so
// the server sees each request as it arrives (for Lifecycle.settle: requests read from the pipe but
// not yet dispatched go before the next note is checked) and, on stdio, the stream break.
//
// A wrong Content-Length leaves vscode-jsonrpc's reader out of step for good: too short, the body
// is cut and fails to parse, and the rest of it is read as the next header; too long, the next
// message is swallowed into this body. Either way every later header is glued to the body before it
// (its buffer has no way to find the next `Content-Length:` again), so the server stays alive but
// never answers again. The reader reports the broken frame (an error, or a message that stays
// incomplete): the server logs it and exits with code 1, and the client restarts it (VS Code's
// client does so by itself; Neovim reports the exit). VS Code itself talks over node IPC, which has
// no framing to break; this is for stdio clients.
import { format } from 'node:util';
import { IPCMessageReader, IPCMessageWriter, Message, type MessageReader, type MessageWriter, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';

/**
 * How long a message may stay half-received before it counts as a broken frame: a client writes a
 * message at once and a pipe delivers megabytes in milliseconds, so only a Content-Length larger
 * than the body (with nothing sent after it) waits this long.
 */
export const PARTIAL_MESSAGE_TIMEOUT_MS = 10_000;
/** Time for the last log line to reach the client before the process exits. */
export const EXIT_FLUSH_MS = 200;

export interface TransportEvents {
  /** The stream is broken beyond repair: log `reason` and end the process. */
  broken(reason: string): void;
  /** The client closed the stream. */
  closed(): void;
}

export interface Transport {
  reader: MessageReader;
  writer: MessageWriter;
}

export function stdioTransport(events: TransportEvents): Transport {
  const reader = new StreamMessageReader(process.stdin);
  reader.partialMessageTimeout = PARTIAL_MESSAGE_TIMEOUT_MS;
  reader.onError((e) => events.broken(`the message stream from the client is out of step (${e.message.split('\n')[0]})`));
  reader.onPartialMessage((info) => events.broken(`a message from the client has been incomplete for ${info.waitingTime} ms (a wrong Content-Length?)`));
  reader.onClose(() => events.closed());
  return { reader, writer: new StreamMessageWriter(process.stdout) };
}

/** Node IPC (VS Code's transport), as the library sets it up. */
export function ipcTransport(): Transport {
  return { reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process) };
}

/** The same reader, telling `arrived` of each request as it is read (before the connection queues it). */
export function countingRequests(reader: MessageReader, arrived: () => void): MessageReader {
  return {
    onError: reader.onError,
    onClose: reader.onClose,
    onPartialMessage: reader.onPartialMessage,
    listen: (callback) =>
      reader.listen((message) => {
        if (Message.isRequest(message)) arrived();
        callback(message);
      }),
    dispose: () => reader.dispose(),
  };
}

/** What console output goes to instead of stdout (which carries the protocol). */
export interface LogSink {
  log(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Send console output to the client's log: on stdio, a stray console.log would corrupt the protocol. */
export function consoleToClient(sink: LogSink): void {
  console.log = (...args: unknown[]) => sink.log(format(...args));
  console.info = (...args: unknown[]) => sink.info(format(...args));
  console.debug = (...args: unknown[]) => sink.log(format(...args));
  console.warn = (...args: unknown[]) => sink.warn(format(...args));
  console.error = (...args: unknown[]) => sink.error(format(...args));
}
