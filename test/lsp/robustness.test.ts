// Real LSP over stdio against the BUILT server (dist/server.js): the lifecycle as the spec has it
// (ServerNotInitialized before `initialize`, a second `initialize` refused, `shutdown`/`exit` exit
// codes, nothing after `shutdown`), a broken frame (a wrong Content-Length) ending the process so
// the client can restart it, a hover sent right after `initialized` answered with the real hover,
// a good note next to hostile ones that keeps getting diagnostics and hovers, and the same server
// over node IPC (VS Code's transport, which this server also sets up itself).
import * as assert from 'node:assert/strict';
import { type ChildProcess, fork } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CancellationTokenSource, createProtocolConnection, IPCMessageReader, IPCMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import type { Hover, InitializeResult, MarkupContent } from 'vscode-languageserver-protocol/node';
import type { StatusResult } from '../../server/src/protocol';
import { copyExamples, EXAMPLES, fileUri, initializeParams, inside, loadRows, LspClient, NOTE_REL, removeDir, requireBuiltServer, row, SERVER_JS } from './helpers';

const NOTE_TEXT = fs.readFileSync(path.join(EXAMPLES, NOTE_REL), 'utf8');
const SUPPORTED = row(loadRows(NOTE_TEXT), 7, '350,000');
const CONTRADICTED = row(loadRows(NOTE_TEXT), 9, '250,000');

const SERVER_NOT_INITIALIZED = -32002;
const INVALID_REQUEST = -32600;
const REQUEST_CANCELLED = -32800;
const hasCode = (code: number) => (e: unknown) => (e as { code?: number }).code === code;
const md = (h: Hover | null) => (h?.contents as MarkupContent | undefined)?.value ?? '(no hover)';

/** A frame with its header, Content-Length as given (the right one by default). */
function frame(message: unknown, delta = 0): string {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body) + delta}\r\n\r\n${body}`;
}

describe('LSP over stdio: the lifecycle as the spec has it', function () {
  this.timeout(30000);
  let ws: string;
  const clients: LspClient[] = [];
  const spawn = () => {
    const c = LspClient.spawn({ workspace: ws });
    clients.push(c);
    return c;
  };
  before(() => (ws = copyExamples()));
  afterEach(async () => {
    for (const c of clients.splice(0)) await c.dispose();
  });
  after(() => removeDir(ws));

  it('a request before initialize: ServerNotInitialized (-32002), for known and unknown methods; then initialize works', async () => {
    const c = spawn();
    const uri = fileUri(path.join(ws, NOTE_REL));
    await assert.rejects(c.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), hasCode(SERVER_NOT_INITIALIZED));
    await assert.rejects(c.request('grounded/status', undefined), hasCode(SERVER_NOT_INITIALIZED));
    await assert.rejects(c.request('grounded/noSuchThing', {}), hasCode(SERVER_NOT_INITIALIZED));
    const r = await c.request<InitializeResult>('initialize', initializeParams({ workspace: ws }));
    assert.equal(r.capabilities.hoverProvider, true);
  });

  it('a second initialize is refused (InvalidRequest); the server goes on answering', async () => {
    const c = spawn();
    await c.request('initialize', initializeParams({ workspace: ws }));
    c.conn.sendNotification('initialized', {});
    await assert.rejects(c.request('initialize', initializeParams({ workspace: ws })), hasCode(INVALID_REQUEST));
    const s = await c.request<StatusResult>('grounded/status', undefined);
    assert.equal(s.folders.length, 1);
  });

  it('shutdown then exit: exit code 0; a request between them is refused (InvalidRequest)', async () => {
    const c = spawn();
    await c.request('initialize', initializeParams({ workspace: ws }));
    c.conn.sendNotification('initialized', {});
    await c.request('shutdown', undefined);
    await assert.rejects(c.request('grounded/status', undefined), hasCode(INVALID_REQUEST));
    c.conn.sendNotification('exit');
    assert.equal(await c.exited(), 0, c.stderr);
  });

  it('$/cancelRequest: a search waiting for the first index, cancelled, answers RequestCancelled (-32800); the server goes on', async () => {
    const c = spawn();
    await c.request('initialize', initializeParams({ workspace: ws }));
    c.conn.sendNotification('initialized', {});
    const cancel = new CancellationTokenSource();
    const search = c.conn.sendRequest('grounded/search', { query: 'H100 GPUs' }, cancel.token);
    setTimeout(() => cancel.cancel(), 20);
    await assert.rejects(search, hasCode(REQUEST_CANCELLED));
    const s = await c.request<StatusResult>('grounded/status', undefined);
    assert.equal(s.folders.length, 1);
  });

  it('exit without shutdown: exit code 1', async () => {
    const c = spawn();
    await c.request('initialize', initializeParams({ workspace: ws }));
    c.conn.sendNotification('initialized', {});
    c.conn.sendNotification('exit');
    assert.equal(await c.exited(), 1, c.stderr);
  });
});

describe('LSP over stdio: a wrong Content-Length ends the server (so that the client restarts it) instead of leaving it deaf', function () {
  this.timeout(30000);
  let ws: string;
  let client: LspClient | undefined;
  before(() => (ws = copyExamples()));
  afterEach(async () => client?.dispose());
  after(() => removeDir(ws));

  it('shorter than the body: logged, exit code 1', async () => {
    client = await LspClient.start({ workspace: ws });
    await client.request('grounded/status', undefined);
    client.proc.stdin.write(frame({ jsonrpc: '2.0', id: 9001, method: 'grounded/status' }, -10));
    assert.equal(await client.exited(10000), 1, client.stderr);
    assert.match(client.stderr, /message stream from the client is out of step.*exiting so that the client can restart the server/);
  });

  it('longer than the body, with a message after it: logged, exit code 1', async () => {
    client = await LspClient.start({ workspace: ws });
    await client.request('grounded/status', undefined);
    client.proc.stdin.write(frame({ jsonrpc: '2.0', id: 9002, method: 'grounded/status' }, +40));
    client.proc.stdin.write(frame({ jsonrpc: '2.0', id: 9003, method: 'grounded/status' }));
    assert.equal(await client.exited(10000), 1, client.stderr);
    assert.match(client.stderr, /out of step/);
  });
});

describe('LSP over stdio: answering from the start, next to hostile notes', function () {
  this.timeout(60000);
  let ws: string;
  let client: LspClient;
  const GENERATED = 300;
  const NEST = 'notes/hostile-nest.md';
  const CITES = 'notes/hostile-cites.md';

  before(() => {
    ws = copyExamples();
    // Enough sources that the first index takes a while (invented text, one figure a sentence).
    fs.mkdirSync(path.join(ws, 'sources', 'generated'));
    for (let i = 0; i < GENERATED; i++) {
      const lines = [`Generated report ${i}`, ''];
      for (let j = 0; j < 40; j++) lines.push(`Station ${i}-${j} logged ${1000 + 37 * j + i} readings in ${1990 + (j % 30)} across the northern valley.`, '');
      fs.writeFileSync(path.join(ws, 'sources', 'generated', `g${String(i).padStart(3, '0')}.txt`), lines.join('\n'));
    }
    // 10,000 nested block quotes a line, and 2 MB of "[@" runs (just under the default size limit).
    fs.writeFileSync(path.join(ws, NEST), Array.from({ length: 40 }, (_, i) => `${'>'.repeat(10_000)} quoted ${i} reached 12,000 [@001]`).join('\n'));
    fs.writeFileSync(path.join(ws, CITES), '[@'.repeat(1_000_000));
  });
  after(async () => {
    await client?.dispose();
    removeDir(ws);
  });

  it('a hover sent right after initialized, before the first index ends, answers with the real hover', async () => {
    client = await LspClient.start({ workspace: ws });
    const { uri } = client.open(path.join(ws, NOTE_REL));
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: inside(SUPPORTED) });
    assert.match(md(hover), /Supported/);
    assert.ok(md(hover).includes('`001`'), md(hover));
  });

  it('the hostile notes get their diagnostics published, and the good note its own', async () => {
    const uri = fileUri(path.join(ws, NOTE_REL));
    const ds = await client.waitDiagnostics(uri, { version: 1, pred: (d) => d.some((x) => x.code === 'figure-mismatch'), timeoutMs: 30000 });
    assert.ok(ds.some((d) => d.range.start.line === CONTRADICTED.line && d.code === 'figure-mismatch'));
    for (const rel of [NEST, CITES]) await client.waitDiagnostics(fileUri(path.join(ws, rel)), { timeoutMs: 30000 });
  });

  it('while the hostile notes are checked again, the good note keeps getting diagnostics and hovers', async () => {
    const uri = fileUri(path.join(ws, NOTE_REL));
    // Touch the hostile notes on disk: the next "check all" reads and checks them again.
    for (const rel of [NEST, CITES]) fs.appendFileSync(path.join(ws, rel), '\n');
    client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [NEST, CITES].map((rel) => ({ uri: fileUri(path.join(ws, rel)), type: 2 })) });
    const after = client.seqNow;
    // Fix the contradicted figure: its mismatch goes away in the next publish.
    const version = client.change(uri, [{ range: CONTRADICTED.range, newText: '350,000' }]);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: inside(SUPPORTED) });
    assert.match(md(hover), /Supported/);
    const ds = await client.waitDiagnostics(uri, { afterSeq: after, version, timeoutMs: 30000 });
    assert.ok(!ds.some((d) => d.range.start.line === CONTRADICTED.line && d.code === 'figure-mismatch'));
    const checked = await client.request<{ notes: number }>('grounded/checkAll', undefined);
    assert.equal(checked.notes, 4, "analysis.md, grid.md and the two hostile notes");
    assert.ok(client.alive);
  });
});

describe('LSP over node IPC (the transport VS Code uses)', function () {
  this.timeout(30000);
  let ws: string;
  let child: ChildProcess | undefined;
  let conn: ProtocolConnection | undefined;
  before(() => (ws = copyExamples()));
  after(() => {
    conn?.dispose();
    if (child && child.exitCode === null) child.kill('SIGKILL');
    removeDir(ws);
  });

  it('initialize, a hover right after initialized (the real one), shutdown and exit with code 0', async () => {
    requireBuiltServer();
    const c = fork(SERVER_JS, ['lsp', '--node-ipc'], { cwd: ws, silent: true });
    child = c;
    const exited = new Promise<number | null>((resolve) => c.on('exit', (code) => resolve(code)));
    conn = createProtocolConnection(new IPCMessageReader(c), new IPCMessageWriter(c));
    conn.onRequest('window/workDoneProgress/create', () => null);
    for (const m of ['window/logMessage', '$/progress', 'grounded/statusChanged', 'textDocument/publishDiagnostics']) conn.onNotification(m, () => undefined);
    conn.listen();
    await conn.sendRequest('initialize', initializeParams({ workspace: ws }));
    conn.sendNotification('initialized', {});
    const uri = fileUri(path.join(ws, NOTE_REL));
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: NOTE_TEXT } });
    const hover = await conn.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: inside(SUPPORTED) });
    assert.match(md(hover), /Supported/);
    await conn.sendRequest('shutdown');
    conn.sendNotification('exit');
    assert.equal(await exited, 0);
  });
});
