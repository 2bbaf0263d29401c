// Property-based tests (fast-check) over protocol messages, against the BUILT server over stdio:
// sequences of well-framed requests and notifications with arbitrary parameters — known methods with
// parameters of any shape, positions out of range, URIs of nothing, unknown methods, hostile note
// texts opened and edited, settings of any value, cancellations of any id. Whatever arrives, every
// request gets an answer (a result or an error, never silence), the process stays up, and the good
// note next to it still answers its hover. (A broken frame — a wrong Content-Length — ends the
// server by design: robustness.test.ts.) The bounds are liveness bounds, not timings.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol/node';
import { hostileNotes } from '../bench/hostile-cases';
import { copyExamples, EXAMPLES, fileUri, inside, loadRows, LspClient, NOTE_REL, removeDir, row } from './helpers';

const SEED = { seed: 20261202 };
/** How long an answer may take before the server counts as silent: seconds, for work of milliseconds. */
const ANSWER_WITHIN_MS = 20_000;

const NOTE_TEXT = fs.readFileSync(path.join(EXAMPLES, NOTE_REL), 'utf8');
const SUPPORTED = row(loadRows(NOTE_TEXT), 7, '350,000');

const REQUESTS = [
  'textDocument/hover', 'textDocument/definition', 'textDocument/references', 'textDocument/codeAction', 'textDocument/completion',
  'textDocument/documentLink', 'textDocument/documentSymbol', 'workspace/symbol', 'completionItem/resolve', 'grounded/search',
  'grounded/status', 'grounded/sources', 'grounded/uses', 'grounded/extractedText', 'grounded/noSuchMethod', 'workspace/executeCommand',
];

type Message = { kind: 'request' | 'notification'; method: string; params: unknown };

function messages(ws: string): fc.Arbitrary<Message[]> {
  const notes = Object.keys(hostileNotes('001'));
  // never the good note: it must keep its text to answer its hover
  const uri = fc.oneof(
    fc.constantFrom(...notes.map((n) => fileUri(path.join(ws, 'notes', n))), fileUri(path.join(ws, 'sources', '001-meta-compute-and-llama3.txt')), fileUri(path.join(ws, 'notes', 'nowhere.md'))),
    fc.string({ maxLength: 40 }),
    fc.webUrl(),
  );
  const int = fc.oneof(fc.integer({ min: -5, max: 50 }), fc.constantFrom(-1, 2 ** 31, Number.MAX_SAFE_INTEGER), fc.double());
  const position = fc.oneof(fc.record({ line: int, character: int }), fc.anything());
  const range = fc.record({ start: position, end: position });
  const text = fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom(...Object.values(hostileNotes('001'))), fc.constantFrom('The fleet held 350,000 chips [@001].\n', '[@'));
  const docParams = fc.oneof(
    fc.record({ textDocument: fc.record({ uri }), position, context: fc.anything() }),
    fc.record({ textDocument: fc.record({ uri }), range, context: fc.record({ diagnostics: fc.array(fc.anything(), { maxLength: 3 }) }) }),
    fc.record({ query: fc.string({ maxLength: 60 }) }),
    fc.anything(),
  );
  const request = fc.record({ kind: fc.constant('request' as const), method: fc.constantFrom(...REQUESTS), params: docParams });
  const notification = fc.oneof(
    fc.record({ kind: fc.constant('notification' as const), method: fc.constant('textDocument/didOpen'), params: fc.record({ textDocument: fc.record({ uri, languageId: fc.constant('markdown'), version: int, text }) }) }),
    fc.record({ kind: fc.constant('notification' as const), method: fc.constant('textDocument/didChange'), params: fc.record({ textDocument: fc.record({ uri, version: int }), contentChanges: fc.array(fc.oneof(fc.record({ text }), fc.record({ range, text })), { maxLength: 3 }) }) }),
    fc.record({ kind: fc.constant('notification' as const), method: fc.constantFrom('textDocument/didClose', 'textDocument/didSave'), params: fc.record({ textDocument: fc.record({ uri }) }) }),
    fc.record({ kind: fc.constant('notification' as const), method: fc.constant('workspace/didChangeConfiguration'), params: fc.record({ settings: fc.oneof(fc.anything(), fc.record({ grounded: fc.dictionary(fc.constantFrom('rules', 'hedgeTolerance', 'maxNoteSizeKB', 'sources', 'notes'), fc.anything()) })) }) }),
    fc.record({ kind: fc.constant('notification' as const), method: fc.constant('workspace/didChangeWatchedFiles'), params: fc.record({ changes: fc.array(fc.record({ uri, type: int }), { maxLength: 3 }) }) }),
    fc.record({ kind: fc.constant('notification' as const), method: fc.constant('$/cancelRequest'), params: fc.record({ id: fc.oneof(int, fc.string({ maxLength: 8 })) }) }),
    fc.record({ kind: fc.constant('notification' as const), method: fc.string({ maxLength: 20 }), params: fc.anything() }),
  );
  return fc.array(fc.oneof(request, notification), { minLength: 1, maxLength: 10 });
}

/** Resolves "answered" when the promise settles in time (with a result or an error), "silent" when it does not. */
function answered(p: Promise<unknown>): Promise<'answered' | 'silent'> {
  return Promise.race([
    p.then(
      () => 'answered' as const,
      () => 'answered' as const,
    ),
    new Promise<'silent'>((resolve) => setTimeout(() => resolve('silent'), ANSWER_WITHIN_MS)),
  ]);
}

describe('LSP over stdio: protocol messages of any shape (fast-check)', function () {
  this.timeout(600_000);
  let ws: string;
  let client: LspClient;
  let goodUri: string;

  before(async function () {
    this.timeout(120_000);
    ws = copyExamples('grounded-fuzz-');
    client = await LspClient.start({ workspace: ws });
    goodUri = client.open(path.join(ws, NOTE_REL)).uri;
    await client.waitIndexed();
  });
  after(async () => {
    await client?.dispose();
    removeDir(ws);
  });

  it('every request is answered, the server stays up, and the good note still answers its hover', async () => {
    await fc.assert(
      fc.asyncProperty(messages(ws), async (seq) => {
        const pending: Promise<'answered' | 'silent'>[] = [];
        for (const m of seq) {
          if (m.kind === 'request') pending.push(answered(client.conn.sendRequest(m.method, m.params)));
          else await client.conn.sendNotification(m.method, m.params);
        }
        const outcomes = await Promise.all(pending);
        assert.ok(client.alive, `the server exited (${client.exitCode}): ${client.stderr}`);
        assert.deepEqual(outcomes.filter((o) => o === 'silent'), [], 'a request got no answer');
        const hover = await client.conn.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: goodUri }, position: inside(SUPPORTED) });
        assert.match((hover?.contents as MarkupContent | undefined)?.value ?? '(no hover)', /Supported/);
      }),
      { ...SEED, numRuns: 40 },
    );
  });
});
