// Real LSP over stdio, about the workspace rather than one note: several workspace folders, settings
// pulled through workspace/configuration and changed without a reload, restricted (untrusted) mode,
// the editor's rule defaults, and grounded.json / .vscode/settings.json on disk. Every describe
// starts its own BUILT server (dist/server.js, run `npm run build` first) on a temp workspace that the
// test writes itself (small articles and notes, not examples/).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ConfigurationParams, Diagnostic, Hover, MarkupContent, Position } from 'vscode-languageserver-protocol/node';
import type { SearchResult, SourcesResult, StatusResult } from '../../server/src/protocol';
import { fileUri, findOnLine, fmtDiag, LspClient, removeDir } from './helpers';

// ---------------------------------------------------------------- the articles and notes

const ALPHA = ['Alpha Corp annual report', '', 'Alpha Corp shipped 12,500 units in 2023.', '', 'The company employed 72,000 people at the end of the year.', ''].join('\n');
const BETA = ['Beta Ltd field report', '', 'Beta Ltd shipped 8,000 units in 2023.', ''].join('\n');
const GAMMA = ['Gamma Inc review', '', 'Gamma Inc shipped 3,300 units in 2023.', ''].join('\n');

/** A's note: one citation of its own source, one of B's source (which must not resolve in A). */
const NOTE_A = ['# Alpha', '', 'Alpha Corp shipped 12,500 units in 2023 [@alpha].', '', 'Beta Ltd shipped 8,000 units in 2023 [@beta].', ''].join('\n');
const NOTE_B = ['# Beta', '', 'Beta Ltd shipped 8,000 units in 2023 [@beta].', '', 'Alpha Corp shipped 12,500 units in 2023 [@alpha].', ''].join('\n');
const NOTE_C = ['# Gamma', '', 'Gamma Inc shipped 3,300 units in 2023 [@gamma].', ''].join('\n');

/** The settings note: a mismatch, a hedged figure 3% off its source, and a citation of library/. */
const NOTE_SETTINGS = [
  '# Settings',
  '',
  'Alpha Corp shipped 13,900 units in 2023 [@alpha].',
  '',
  'Alpha Corp employed about 70,000 people [@alpha].',
  '',
  'Gamma Inc shipped 3,300 units in 2023 [@gamma].',
  '',
].join('\n');

/** A figure that no source speaks of (figure-unverified), next to a supported one. */
const NOTE_UNVERIFIED = ['# Unverified', '', 'Alpha Corp shipped 12,500 units in 2023 [@alpha].', '', 'Delta Group employed 55,555 contractors.', ''].join('\n');

// ---------------------------------------------------------------- helpers

type Files = Record<string, string>;

/** A fresh temp directory (under os.tmpdir()) holding `files` (paths relative to it). */
function makeDir(files: Files, prefix = 'grounded-ws-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  writeFiles(dir, files);
  return dir;
}

function writeFiles(dir: string, files: Files): void {
  for (const [rel, text] of Object.entries(files)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
}

interface StartOptions {
  /** Workspace folders (absolute paths), in order. */
  folders: string[];
  /** The client's workspace.configuration capability. */
  configuration: boolean;
  /** The answer to workspace/configuration for section "grounded" (called on every request). */
  settings?: (scopeUri: string | undefined) => unknown;
  initializationOptions?: unknown;
  /** Declare workspace.workspaceFolders and send `workspaceFolders` (default true); false: rootUri only. */
  workspaceFolders?: boolean;
}

interface Started {
  client: LspClient;
  /** Every workspace/configuration request the server sent. */
  configRequests: ConfigurationParams[];
}

/** LspClient.start with several folders and a workspace/configuration handler answering `settings`. */
async function startServer(opts: StartOptions): Promise<Started> {
  const configRequests: ConfigurationParams[] = [];
  const client = await LspClient.start({
    workspace: opts.folders[0],
    folders: opts.folders,
    cwd: path.dirname(opts.folders[0]),
    configuration: opts.configuration,
    workspaceFolders: opts.workspaceFolders,
    initializationOptions: opts.initializationOptions,
    beforeInitialize: (c) =>
      c.conn.onRequest('workspace/configuration', (p: ConfigurationParams) => {
        configRequests.push(p);
        return p.items.map((item) => (item.section === 'grounded' && opts.settings ? clone(opts.settings(item.scopeUri)) : null));
      }),
  });
  return { client, configRequests };
}

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

/** 0-based line of the first line of `text` containing `needle`. */
function lineOf(text: string, needle: string): number {
  const line = text.split('\n').findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, `"${needle}" is not in the text`);
  return line;
}

/** A position in the middle of `sub` on the line containing `needle` (default: `sub` itself). */
function posOf(text: string, sub: string, needle = sub): Position {
  const line = lineOf(text, needle);
  const col = findOnLine(text.split('\n')[line], sub);
  assert.ok(col >= 0, `"${sub}" not on line ${line + 1}`);
  return { line, character: col + Math.floor(sub.length / 2) };
}

const on = (ds: Diagnostic[], code: string, line: number) => ds.filter((d) => d.code === code && d.range.start.line === line);
const show = (ds: Diagnostic[]) => ds.map(fmtDiag).join('\n') || '(none)';

function md(h: Hover | null): string {
  assert.ok(h, 'expected a hover, got null');
  const c = h.contents as MarkupContent;
  assert.equal(c.kind, 'markdown');
  return c.value;
}

/** Index of every "indexed N sources" log line so far. */
function indexLogs(client: LspClient): string[] {
  return client.logs.map((l) => l.message).filter((m) => /indexed \d+ sources/.test(m));
}

/** Wait until `n` folder indexes have been logged in total (fails at once if a handler failed). */
async function waitIndexLogs(client: LspClient, n: number): Promise<void> {
  await client.waitFor(
    `${n} "indexed" logs`,
    () => {
      const failed = client.logs.find((l) => /handler '[^']+' failed/.test(l.message));
      if (failed) throw new Error(`the server failed instead of indexing: ${failed.message}`);
      return indexLogs(client).length >= n ? true : undefined;
    },
    15000,
  );
}

async function status(client: LspClient): Promise<StatusResult> {
  return client.request<StatusResult>('grounded/status', null);
}

async function sourceFiles(client: LspClient): Promise<string[]> {
  const r = await client.request<SourcesResult>('grounded/sources', null);
  return r.sources.map((s) => s.file).sort();
}

/** Send workspace/didChangeConfiguration and wait for `uri`'s re-published diagnostics to satisfy `pred`. */
async function reconfigure(client: LspClient, uri: string, pred: (ds: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
  const seq = client.seqNow;
  client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { grounded: {} } });
  return client.waitDiagnostics(uri, { afterSeq: seq, pred, timeoutMs: 15000 });
}

// ---------------------------------------------------------------- 1. multi-root

describe('LSP workspace: multi-root folders', function () {
  this.timeout(30000);
  let root: string;
  let A: string;
  let B: string;
  let C: string;
  let client: LspClient;
  let noteA: string;
  let noteB: string;
  let noteC: string;
  let configRequests: ConfigurationParams[];

  before(async function () {
    root = makeDir({}, 'grounded-multiroot-');
    A = path.join(root, 'A');
    B = path.join(root, 'B');
    C = path.join(root, 'C');
    writeFiles(A, { 'sources/alpha.txt': ALPHA, 'notes/a.md': NOTE_A });
    writeFiles(B, { 'sources/beta.txt': BETA, 'notes/b.md': NOTE_B });
    writeFiles(C, { 'sources/gamma.txt': GAMMA, 'notes/c.md': NOTE_C });
    noteA = fileUri(path.join(A, 'notes/a.md'));
    noteB = fileUri(path.join(B, 'notes/b.md'));
    noteC = fileUri(path.join(C, 'notes/c.md'));
    // per-folder settings that only change a severity, so each folder's answer is visible
    ({ client, configRequests } = await startServer({
      folders: [A, B],
      configuration: true,
      settings: () => ({}),
    }));
    await waitIndexLogs(client, 2);
    client.open(path.join(A, 'notes/a.md'));
  });
  after(async () => {
    await client?.dispose();
    removeDir(root);
  });

  it('asks workspace/configuration once per folder, scoped to the folder', async () => {
    await client.waitFor('config requests for both folders', () => (configRequests.length >= 2 ? true : undefined));
    const scopes = configRequests.flatMap((r) => r.items.map((i) => `${i.section}@${i.scopeUri}`));
    assert.ok(scopes.includes(`grounded@${fileUri(A)}`), scopes.join(', '));
    assert.ok(scopes.includes(`grounded@${fileUri(B)}`), scopes.join(', '));
  });

  it("a note in A: [@alpha] resolves, [@beta] (B's source) is unknown-source", async () => {
    const ds = await client.waitDiagnostics(noteA, { version: 1 });
    const alphaLine = lineOf(NOTE_A, '[@alpha]');
    const betaLine = lineOf(NOTE_A, '[@beta]');
    assert.equal(on(ds, 'unknown-source', alphaLine).length, 0, `[@alpha] should resolve in A:\n${show(ds)}`);
    assert.equal(on(ds, 'unknown-source', betaLine).length, 1, `[@beta] must not resolve in A (B's sources leaked?):\n${show(ds)}`);
    assert.equal(on(ds, 'unknown-source', betaLine)[0].severity, 1);
  });

  it("a note in B (on disk, not open): [@beta] resolves, [@alpha] (A's source) is unknown-source", async () => {
    const ds = await client.waitDiagnostics(noteB);
    assert.equal(on(ds, 'unknown-source', lineOf(NOTE_B, '[@beta]')).length, 0, show(ds));
    assert.equal(on(ds, 'unknown-source', lineOf(NOTE_B, '[@alpha]')).length, 1, show(ds));
  });

  it("hover on A's figure names alpha (and not beta)", async () => {
    const h = md(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: noteA }, position: posOf(NOTE_A, '12,500') }));
    assert.match(h, /Supported/);
    assert.match(h, /`alpha`/);
    assert.ok(h.includes(fileUri(path.join(A, 'sources/alpha.txt'))), `hover should link into A/sources/alpha.txt:\n${h}`);
    assert.doesNotMatch(h, /beta/i);
  });

  it('hover on [@beta] in A: unknown source', async () => {
    const h = md(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: noteA }, position: posOf(NOTE_A, '@beta', '[@beta]') }));
    assert.match(h, /Unknown source/);
  });

  it('grounded/status lists both folders with their counts', async () => {
    const s = await status(client);
    assert.equal(s.folders.length, 2, JSON.stringify(s.folders));
    const a = s.folders.find((f) => f.uri === fileUri(A));
    const b = s.folders.find((f) => f.uri === fileUri(B));
    assert.ok(a && b, JSON.stringify(s.folders));
    assert.equal(a.sources, 1);
    assert.equal(b.sources, 1);
    assert.ok(a.figures > 0 && b.figures > 0, JSON.stringify(s.folders));
    assert.equal(s.sources, 2);
    assert.equal(s.indexing, false);
  });

  it('grounded/sources: one per folder, each relative to its own folder', async () => {
    const r = await client.request<SourcesResult>('grounded/sources', null);
    const byUri = new Map(r.sources.map((s) => [s.uri, s]));
    assert.equal(r.sources.length, 2);
    assert.equal(byUri.get(fileUri(path.join(A, 'sources/alpha.txt')))?.file, 'sources/alpha.txt');
    assert.equal(byUri.get(fileUri(path.join(B, 'sources/beta.txt')))?.file, 'sources/beta.txt');
  });

  it('grounded/search with `folder` returns only that folder’s hits; without it, both', async () => {
    const query = 'shipped units 2023';
    const all = await client.request<SearchResult>('grounded/search', { query });
    const uris = new Set(all.hits.map((h) => h.uri));
    assert.ok(uris.has(fileUri(path.join(A, 'sources/alpha.txt'))), JSON.stringify(all.hits.map((h) => h.uri)));
    assert.ok(uris.has(fileUri(path.join(B, 'sources/beta.txt'))), JSON.stringify(all.hits.map((h) => h.uri)));

    for (const [dir, own, other] of [
      [A, 'alpha.txt', 'beta.txt'],
      [B, 'beta.txt', 'alpha.txt'],
    ]) {
      const r = await client.request<SearchResult>('grounded/search', { query, folder: fileUri(dir) });
      assert.ok(r.hits.length > 0, `no hits in ${dir}`);
      for (const h of r.hits) {
        assert.ok(h.uri.startsWith(fileUri(dir) + '/'), `hit outside ${dir}: ${h.uri}`);
        assert.ok(!h.uri.endsWith(other), `hit from the other folder: ${h.uri}`);
      }
      assert.ok(r.hits.some((h) => h.uri.endsWith(own) && h.file === `sources/${own}`));
    }
  });

  it("before C is added, C's sources are unknown (status has 2 folders)", async () => {
    const r = await client.request<SearchResult>('grounded/search', { query: 'Gamma Inc' });
    assert.ok(!r.hits.some((h) => h.uri.includes('gamma')), JSON.stringify(r.hits));
  });

  it("didChangeWorkspaceFolders adding C: C's note resolves [@gamma], status shows 3 folders", async () => {
    const seq = client.seqNow;
    const logsBefore = indexLogs(client).length;
    client.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: fileUri(C), name: 'C' }], removed: [] } });
    const ds = await client.waitDiagnostics(noteC, { afterSeq: seq, timeoutMs: 15000 });
    assert.equal(on(ds, 'unknown-source', lineOf(NOTE_C, '[@gamma]')).length, 0, `[@gamma] should resolve in C:\n${show(ds)}`);
    assert.ok(indexLogs(client).length > logsBefore, 'C should have been indexed');
    const s = await status(client);
    assert.equal(s.folders.length, 3, JSON.stringify(s.folders));
    assert.equal(s.folders.find((f) => f.uri === fileUri(C))?.sources, 1, JSON.stringify(s.folders));
    assert.equal(s.sources, 3);
    // the new folder was configured like the others
    assert.ok(configRequests.some((r) => r.items.some((i) => i.scopeUri === fileUri(C))), 'no workspace/configuration request for C');
  });

  it('after adding C: hover in C names gamma; A still does not resolve [@beta] or [@gamma]', async () => {
    client.open(path.join(C, 'notes/c.md'));
    const h = md(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: noteC }, position: posOf(NOTE_C, '3,300') }));
    assert.match(h, /Supported/);
    assert.match(h, /`gamma`/);
    const r = await client.request<SearchResult>('grounded/search', { query: 'Gamma Inc shipped', folder: fileUri(C) });
    assert.ok(r.hits.length > 0 && r.hits.every((x) => x.uri.startsWith(fileUri(C) + '/')), JSON.stringify(r.hits));
    const seq = client.seqNow;
    await client.request('grounded/checkAll', null);
    const ds = await client.waitDiagnostics(noteA, { afterSeq: seq });
    assert.equal(on(ds, 'unknown-source', lineOf(NOTE_A, '[@beta]')).length, 1, show(ds));
    assert.equal(on(ds, 'unknown-source', lineOf(NOTE_A, '[@alpha]')).length, 0, show(ds));
  });

  it("didChangeWorkspaceFolders removing B: B's note diagnostics are cleared, status shows A and C", async () => {
    const seq = client.seqNow;
    client.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: fileUri(B), name: 'B' }] } });
    await client.waitDiagnostics(noteB, { afterSeq: seq, pred: (ds) => ds.length === 0 });
    const s = await status(client);
    assert.deepEqual(s.folders.map((f) => f.uri).sort(), [fileUri(A), fileUri(C)].sort());
    assert.deepEqual(await sourceFiles(client), ['sources/alpha.txt', 'sources/gamma.txt']);
  });
});

describe('LSP workspace: a client without the workspaceFolders capability (rootUri only)', function () {
  this.timeout(30000);
  let ws: string;
  let client: LspClient;

  before(async () => {
    ws = makeDir({ 'sources/alpha.txt': ALPHA, 'notes/a.md': NOTE_A });
    ({ client } = await startServer({ folders: [ws], configuration: false, workspaceFolders: false }));
  });
  after(async () => {
    await client?.dispose();
    removeDir(ws);
  });

  it('the rootUri folder is still indexed and notes are checked', async () => {
    await waitIndexLogs(client, 1);
    const noteUri = client.open(path.join(ws, 'notes/a.md')).uri;
    const ds = await client.waitDiagnostics(noteUri, { version: 1 });
    assert.equal(on(ds, 'unknown-source', lineOf(NOTE_A, '[@alpha]')).length, 0, show(ds));
    assert.equal(on(ds, 'unknown-source', lineOf(NOTE_A, '[@beta]')).length, 1, show(ds));
    const s = await status(client);
    assert.deepEqual(s.folders.map((f) => [f.uri, f.sources]), [[fileUri(ws), 1]]);
  });
});

// ---------------------------------------------------------------- 2. settings without reload

describe('LSP workspace: client settings change without a reload (workspace/configuration)', function () {
  this.timeout(30000);
  let ws: string;
  let client: LspClient;
  let noteUri: string;
  let configRequests: ConfigurationParams[];
  let settings: Record<string, unknown> = { rules: { 'figure-mismatch': 'warning' } };
  const mismatchLine = lineOf(NOTE_SETTINGS, '13,900');
  const hedgeLine = lineOf(NOTE_SETTINGS, 'about 70,000');
  const gammaLine = lineOf(NOTE_SETTINGS, '[@gamma]');
  const alphaLine = lineOf(NOTE_SETTINGS, '13,900');
  const mismatch = (ds: Diagnostic[]) => on(ds, 'figure-mismatch', mismatchLine);

  before(async function () {
    ws = makeDir({ 'sources/alpha.txt': ALPHA, 'library/gamma.txt': GAMMA, 'notes/n.md': NOTE_SETTINGS });
    ({ client, configRequests } = await startServer({ folders: [ws], configuration: true, settings: () => settings }));
    await waitIndexLogs(client, 1);
    noteUri = client.open(path.join(ws, 'notes/n.md')).uri;
  });
  after(async () => {
    await client?.dispose();
    removeDir(ws);
  });

  it('the server pulls section "grounded" for the folder', async () => {
    await client.waitFor('a configuration request', () => (configRequests.length ? true : undefined));
    assert.deepEqual(configRequests[0].items, [{ scopeUri: fileUri(ws), section: 'grounded' }]);
  });

  it("rules {'figure-mismatch': 'warning'}: the mismatch is a Warning (2)", async () => {
    const ds = await client.waitDiagnostics(noteUri, { version: 1 });
    const m = mismatch(ds);
    assert.equal(m.length, 1, show(ds));
    assert.equal(m[0].severity, 2);
    // default hedgeTolerance 0.1: "about 70,000" agrees with 72,000
    assert.equal(on(ds, 'figure-mismatch', hedgeLine).length, 0, show(ds));
    // library/ is not a source folder yet
    assert.equal(on(ds, 'unknown-source', gammaLine).length, 1, show(ds));
  });

  it("→ 'error' + didChangeConfiguration: re-published with severity 1", async () => {
    const n = configRequests.length;
    settings = { rules: { 'figure-mismatch': 'error' } };
    const ds = await reconfigure(client, noteUri, (d) => mismatch(d).some((x) => x.severity === 1));
    assert.equal(mismatch(ds).length, 1, show(ds));
    assert.ok(configRequests.length > n, 'the server should have pulled the settings again');
  });

  it("→ 'off': the mismatch disappears (other diagnostics stay)", async () => {
    settings = { rules: { 'figure-mismatch': 'off' } };
    const ds = await reconfigure(client, noteUri, (d) => mismatch(d).length === 0);
    assert.equal(on(ds, 'unknown-source', gammaLine).length, 1, show(ds));
    const h = md(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: noteUri }, position: posOf(NOTE_SETTINGS, '13,900') }));
    assert.match(h, /Contradicted/, 'the hover still explains the figure even when the rule is off');
  });

  it('→ back to no rules: the default severity (warning) returns', async () => {
    settings = {};
    const ds = await reconfigure(client, noteUri, (d) => mismatch(d).length === 1);
    assert.equal(mismatch(ds)[0].severity, 2, show(ds));
  });

  it('hedgeTolerance 0.01: "about 70,000" vs 72,000 is contradicted; 0.1: supported again', async () => {
    settings = { hedgeTolerance: 0.01 };
    let ds = await reconfigure(client, noteUri, (d) => on(d, 'figure-mismatch', hedgeLine).length === 1);
    assert.match(String(on(ds, 'figure-mismatch', hedgeLine)[0].message), /72,000/);
    let h = md(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: noteUri }, position: posOf(NOTE_SETTINGS, '70,000') }));
    assert.match(h, /Contradicted/);

    settings = { hedgeTolerance: 0.1 };
    ds = await reconfigure(client, noteUri, (d) => on(d, 'figure-mismatch', hedgeLine).length === 0);
    assert.equal(mismatch(ds).length, 1, show(ds));
    h = md(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: noteUri }, position: posOf(NOTE_SETTINGS, '70,000') }));
    assert.match(h, /Supported/);
  });

  it("sources ['library/**/*.txt']: the index is rebuilt from library/ and citations resolve against it", async () => {
    assert.deepEqual(await sourceFiles(client), ['sources/alpha.txt']);
    const logsBefore = indexLogs(client).length;
    settings = { sources: ['library/**/*.txt'] };
    const ds = await reconfigure(client, noteUri, (d) => on(d, 'unknown-source', gammaLine).length === 0);
    // alpha is no longer a source
    assert.equal(on(ds, 'unknown-source', alphaLine).length, 1, show(ds));
    assert.ok(indexLogs(client).length > logsBefore, 'no re-index was logged');
    assert.deepEqual(await sourceFiles(client), ['library/gamma.txt']);
    const s = await status(client);
    assert.equal(s.sources, 1);
    assert.equal(s.indexing, false);
    const h = md(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: noteUri }, position: posOf(NOTE_SETTINGS, '3,300') }));
    assert.match(h, /Supported/);
    assert.match(h, /`gamma`/);
  });

  it('a settings change that does not touch the files read does not re-index', async () => {
    const logsBefore = indexLogs(client).length;
    settings = { sources: ['library/**/*.txt'], rules: { 'unknown-source': 'warning' } };
    const ds = await reconfigure(client, noteUri, (d) => on(d, 'unknown-source', alphaLine).some((x) => x.severity === 2));
    assert.equal(on(ds, 'unknown-source', alphaLine).length, 1, show(ds));
    assert.equal(indexLogs(client).length, logsBefore, 'a rules-only change should not re-index');
  });

  it('sources removed from the settings: back to the default sources/ folder', async () => {
    settings = {};
    const ds = await reconfigure(client, noteUri, (d) => on(d, 'unknown-source', alphaLine).length === 0);
    assert.equal(on(ds, 'unknown-source', gammaLine).length, 1, show(ds));
    assert.deepEqual(await sourceFiles(client), ['sources/alpha.txt']);
  });
});

// ---------------------------------------------------------------- 3. restricted mode

describe('LSP workspace: restricted mode (initializationOptions {trusted: false})', function () {
  this.timeout(30000);
  let ws: string;
  const clients: LspClient[] = [];
  const gammaLine = lineOf(NOTE_SETTINGS, '[@gamma]');
  const alphaLine = lineOf(NOTE_SETTINGS, '13,900');

  before(() => {
    ws = makeDir({ 'sources/alpha.txt': ALPHA, 'library/gamma.txt': GAMMA, 'notes/n.md': NOTE_SETTINGS });
  });
  after(async () => {
    for (const c of clients) await c.dispose();
    removeDir(ws);
  });

  async function run(settings: Record<string, unknown>, initializationOptions?: unknown) {
    let current = settings;
    const { client } = await startServer({ folders: [ws], configuration: true, settings: () => current, initializationOptions });
    clients.push(client);
    await waitIndexLogs(client, 1);
    const noteUri = client.open(path.join(ws, 'notes/n.md')).uri;
    const ds = await client.waitDiagnostics(noteUri, { version: 1 });
    return { client, noteUri, ds, set: (s: Record<string, unknown>) => (current = s) };
  }

  it("untrusted: the client's sources setting is ignored, the default sources/ folder is indexed", async () => {
    const { client, ds } = await run({ sources: ['library/**/*.txt'] }, { trusted: false });
    assert.deepEqual(await sourceFiles(client), ['sources/alpha.txt']);
    const s = await status(client);
    assert.equal(s.sources, 1);
    assert.equal(on(ds, 'unknown-source', alphaLine).length, 0, show(ds));
    assert.equal(on(ds, 'unknown-source', gammaLine).length, 1, show(ds));
  });

  it('untrusted: severities and hedgeTolerance still apply (they do not change which files are read)', async () => {
    const { ds } = await run({ sources: ['library/**/*.txt'], rules: { 'figure-mismatch': 'error' }, hedgeTolerance: 0.01 }, { trusted: false });
    const m = on(ds, 'figure-mismatch', alphaLine);
    assert.equal(m.length, 1, show(ds));
    assert.equal(m[0].severity, 1);
    assert.equal(on(ds, 'figure-mismatch', lineOf(NOTE_SETTINGS, 'about 70,000')).length, 1, show(ds));
  });

  it('untrusted: a later didChangeConfiguration to other sources is still ignored', async () => {
    const { client, noteUri, set } = await run({}, { trusted: false });
    const logsBefore = indexLogs(client).length;
    set({ sources: ['library/**/*.txt'], exclude: ['sources/**'], rules: { 'unknown-source': 'warning' } });
    // the rules change shows the new settings were read; the sources stay the default
    const ds = await reconfigure(client, noteUri, (d) => on(d, 'unknown-source', gammaLine).some((x) => x.severity === 2));
    assert.equal(on(ds, 'unknown-source', alphaLine).length, 0, show(ds));
    assert.deepEqual(await sourceFiles(client), ['sources/alpha.txt']);
    assert.equal(indexLogs(client).length, logsBefore, 'nothing that decides the files read changed: no re-index');
  });

  // maxSourceSizeKB decides which files are read (the server itself re-indexes when it changes), so
  // restricted mode must not take it from the workspace either.
  // (the schema's smallest limit is 1 KB: a 2 KB source is added for these two, then removed)
  const withBigSource = async (f: () => Promise<void>) => {
    const big = path.join(ws, 'sources/big.txt');
    fs.writeFileSync(big, 'Big Co annual report\n\n' + 'Big Co shipped 1,000 units in 2023. '.repeat(60) + '\n');
    try {
      await f();
    } finally {
      fs.rmSync(big, { force: true });
    }
  };

  it('untrusted: the maxSourceSizeKB setting is ignored as well (the sources are still read)', () =>
    withBigSource(async () => {
      const { client, ds } = await run({ maxSourceSizeKB: 1 }, { trusted: false });
      assert.deepEqual(await sourceFiles(client), ['sources/alpha.txt', 'sources/big.txt'], `logs:\n${client.logs.map((l) => l.message).join('\n')}`);
      assert.equal(on(ds, 'unknown-source', alphaLine).length, 0, show(ds));
    }));

  it('trusted: maxSourceSizeKB is honoured (a 1 KB limit skips the 2 KB source)', () =>
    withBigSource(async () => {
      const { client } = await run({ maxSourceSizeKB: 1 });
      assert.deepEqual(await sourceFiles(client), ['sources/alpha.txt']);
      assert.equal((await status(client)).skipped, 1);
    }));

  it('a bad value never applies: maxSourceSizeKB 0.01 (below the minimum, 1) falls back to the default', async () => {
    const { client } = await run({ maxSourceSizeKB: 0.01 });
    assert.deepEqual(await sourceFiles(client), ['sources/alpha.txt']);
    assert.equal((await status(client)).skipped, 0);
  });

  it('untrusted: sources from grounded.json on disk are ignored too', async () => {
    fs.writeFileSync(path.join(ws, 'grounded.json'), JSON.stringify({ sources: ['library/**/*.txt'] }));
    try {
      const { client, ds } = await run({}, { trusted: false });
      assert.deepEqual(await sourceFiles(client), ['sources/alpha.txt']);
      assert.equal(on(ds, 'unknown-source', gammaLine).length, 1, show(ds));
    } finally {
      fs.rmSync(path.join(ws, 'grounded.json'));
    }
  });

  it('trusted (no initializationOptions): the same setting is honoured', async () => {
    const { client, ds } = await run({ sources: ['library/**/*.txt'] });
    assert.deepEqual(await sourceFiles(client), ['library/gamma.txt']);
    assert.equal(on(ds, 'unknown-source', gammaLine).length, 0, show(ds));
    assert.equal(on(ds, 'unknown-source', alphaLine).length, 1, show(ds));
  });

  it('trusted explicitly ({trusted: true}): honoured as well', async () => {
    const { client } = await run({ sources: ['library/**/*.txt'] }, { trusted: true });
    assert.deepEqual(await sourceFiles(client), ['library/gamma.txt']);
  });
});

// ---------------------------------------------------------------- 4. editor defaults

describe('LSP workspace: editor defaults for figure-unverified', function () {
  this.timeout(30000);
  const dirs: string[] = [];
  const clients: LspClient[] = [];
  const unverifiedLine = lineOf(NOTE_UNVERIFIED, '55,555');

  after(async () => {
    for (const c of clients) await c.dispose();
    for (const d of dirs) removeDir(d);
  });

  async function run(files: Files, configuration = false, settings?: () => unknown) {
    const ws = makeDir({ 'sources/alpha.txt': ALPHA, 'notes/u.md': NOTE_UNVERIFIED, ...files });
    dirs.push(ws);
    const { client } = await startServer({ folders: [ws], configuration, settings });
    clients.push(client);
    await waitIndexLogs(client, 1);
    const noteUri = client.open(path.join(ws, 'notes/u.md')).uri;
    return client.waitDiagnostics(noteUri, { version: 1 });
  }

  it('no settings at all: figure-unverified is not published (off in editors)', async () => {
    const ds = await run({});
    assert.equal(ds.filter((d) => d.code === 'figure-unverified').length, 0, show(ds));
    assert.equal(ds.length, 0, `a clean note plus an unverified figure should publish nothing:\n${show(ds)}`);
  });

  it('client settings that say nothing about rules: still off', async () => {
    const ds = await run({}, true, () => ({ hedgeTolerance: 0.1 }));
    assert.equal(ds.filter((d) => d.code === 'figure-unverified').length, 0, show(ds));
  });

  it('grounded.json {"rules": {"figure-unverified": "hint"}}: published as a Hint (4)', async () => {
    const ds = await run({ 'grounded.json': JSON.stringify({ rules: { 'figure-unverified': 'hint' } }) });
    const u = on(ds, 'figure-unverified', unverifiedLine);
    assert.ok(u.length >= 1, show(ds));
    for (const d of u) assert.equal(d.severity, 4);
    // the supported line stays clean
    assert.equal(ds.filter((d) => d.range.start.line === lineOf(NOTE_UNVERIFIED, '12,500')).length, 0, show(ds));
  });

  it('grounded.json turns it on and client settings for another rule keep it on (rules merge per rule)', async () => {
    const ds = await run({ 'grounded.json': JSON.stringify({ rules: { 'figure-unverified': 'hint' } }) }, true, () => ({ rules: { 'figure-mismatch': 'error' } }));
    const u = on(ds, 'figure-unverified', unverifiedLine);
    assert.ok(u.length >= 1, show(ds));
    assert.equal(u[0].severity, 4);
  });

  it('client setting {"figure-unverified": "information"} wins over grounded.json "hint"', async () => {
    const ds = await run({ 'grounded.json': JSON.stringify({ rules: { 'figure-unverified': 'hint' } }) }, true, () => ({ rules: { 'figure-unverified': 'information' } }));
    const u = on(ds, 'figure-unverified', unverifiedLine);
    assert.ok(u.length >= 1, show(ds));
    assert.equal(u[0].severity, 3);
  });
});

// ---------------------------------------------------------------- 5. configuration files on disk

describe('LSP workspace: .vscode/settings.json and grounded.json on disk (no workspace/configuration)', function () {
  this.timeout(30000);
  const dirs: string[] = [];
  const clients: LspClient[] = [];
  const gammaLine = lineOf(NOTE_SETTINGS, '[@gamma]');
  const alphaLine = lineOf(NOTE_SETTINGS, '13,900');
  const mismatch = (ds: Diagnostic[]) => on(ds, 'figure-mismatch', alphaLine);

  after(async () => {
    for (const c of clients) await c.dispose();
    for (const d of dirs) removeDir(d);
  });

  async function run(files: Files) {
    const ws = makeDir({ 'sources/alpha.txt': ALPHA, 'library/gamma.txt': GAMMA, 'notes/n.md': NOTE_SETTINGS, ...files });
    dirs.push(ws);
    const { client, configRequests } = await startServer({ folders: [ws], configuration: false });
    clients.push(client);
    await waitIndexLogs(client, 1);
    const noteUri = client.open(path.join(ws, 'notes/n.md')).uri;
    const ds = await client.waitDiagnostics(noteUri, { version: 1 });
    assert.equal(configRequests.length, 0, 'the client declared no workspace.configuration: the server must not ask');
    return { ws, client, noteUri, ds };
  }

  /** Write a file on disk and tell the server (didChangeWatchedFiles); wait for the note's diagnostics to satisfy `pred`. */
  async function changeOnDisk(client: LspClient, noteUri: string, file: string, text: string | null, pred: (ds: Diagnostic[]) => boolean) {
    const existed = fs.existsSync(file);
    if (text === null) fs.rmSync(file);
    else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    }
    const type = text === null ? 3 : existed ? 2 : 1;
    const seq = client.seqNow;
    client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(file), type }] });
    return client.waitDiagnostics(noteUri, { afterSeq: seq, pred, timeoutMs: 15000 });
  }

  it('.vscode/settings.json with JSONC comments and a trailing comma ("grounded.sources") is read', async () => {
    const { client, ds } = await run({ '.vscode/settings.json': '{ // c\n "grounded.sources": ["library/**/*.txt"], }\n' });
    assert.deepEqual(await sourceFiles(client), ['library/gamma.txt']);
    assert.equal(on(ds, 'unknown-source', gammaLine).length, 0, show(ds));
    assert.equal(on(ds, 'unknown-source', alphaLine).length, 1, show(ds));
  });

  it('.vscode/settings.json with a nested "grounded" object and /* block */ comments is read', async () => {
    const { client } = await run({ '.vscode/settings.json': '/* workspace */\n{\n  "grounded": { "sources": ["library/**/*.txt"], },\n}\n' });
    assert.deepEqual(await sourceFiles(client), ['library/gamma.txt']);
  });

  it('grounded.json edited on disk + didChangeWatchedFiles: the configuration is reloaded', async () => {
    const { ws, client, noteUri, ds } = await run({ 'grounded.json': JSON.stringify({ rules: { 'figure-mismatch': 'warning' } }) });
    assert.equal(mismatch(ds)[0]?.severity, 2, show(ds));
    const file = path.join(ws, 'grounded.json');

    // severity only
    let d = await changeOnDisk(client, noteUri, file, JSON.stringify({ rules: { 'figure-mismatch': 'error' } }), (x) => mismatch(x).some((m) => m.severity === 1));
    assert.equal(mismatch(d).length, 1, show(d));

    // hedgeTolerance
    d = await changeOnDisk(client, noteUri, file, JSON.stringify({ hedgeTolerance: 0.01 }), (x) => on(x, 'figure-mismatch', lineOf(NOTE_SETTINGS, 'about 70,000')).length === 1);
    assert.equal(mismatch(d)[0]?.severity, 2, `figure-mismatch is back to its default severity:\n${show(d)}`);

    // which files are read: a re-index
    const logsBefore = indexLogs(client).length;
    d = await changeOnDisk(client, noteUri, file, JSON.stringify({ sources: ['library/**/*.txt'] }), (x) => on(x, 'unknown-source', gammaLine).length === 0);
    assert.equal(on(d, 'unknown-source', alphaLine).length, 1, show(d));
    assert.ok(indexLogs(client).length > logsBefore, 'no re-index was logged');
    assert.deepEqual(await sourceFiles(client), ['library/gamma.txt']);

    // deleted: back to the defaults
    d = await changeOnDisk(client, noteUri, file, null, (x) => on(x, 'unknown-source', alphaLine).length === 0);
    assert.equal(on(d, 'unknown-source', gammaLine).length, 1, show(d));
    assert.deepEqual(await sourceFiles(client), ['sources/alpha.txt']);
  });

  it('.vscode/settings.json edited on disk + didChangeWatchedFiles: reloaded as well', async () => {
    const { ws, client, noteUri } = await run({});
    assert.deepEqual(await sourceFiles(client), ['sources/alpha.txt']);
    const file = path.join(ws, '.vscode', 'settings.json');
    const d = await changeOnDisk(client, noteUri, file, '{\n  // where the articles are\n  "grounded.sources": ["library/**/*.txt"],\n  "grounded.rules": { "unknown-source": "warning", },\n}\n', (x) =>
      on(x, 'unknown-source', alphaLine).some((m) => m.severity === 2),
    );
    assert.equal(on(d, 'unknown-source', gammaLine).length, 0, show(d));
    assert.deepEqual(await sourceFiles(client), ['library/gamma.txt']);
  });
});

// ---------------------------------------------------------------- 6. the index kept between sessions

describe('LSP workspace: the index kept in the client storage folder (initializationOptions indexCacheDir)', function () {
  this.timeout(30000);
  let ws: string;
  let cache: string;
  const clients: LspClient[] = [];

  before(() => {
    ws = makeDir({ 'sources/alpha.txt': ALPHA, 'sources/beta.txt': BETA, 'notes/n.md': NOTE_SETTINGS });
    cache = makeDir({}, 'grounded-index-cache-');
    // sources modified long before they are read: their stats vouch for them (a file modified
    // within 2 s of its read is read again at the next start, and its new stat recorded)
    const old = new Date('2020-01-02T03:04:05Z');
    for (const f of ['alpha.txt', 'beta.txt']) fs.utimesSync(path.join(ws, 'sources', f), old, old);
  });
  after(async () => {
    for (const c of clients) await c.dispose();
    removeDir(ws);
    removeDir(cache);
  });

  async function session(): Promise<Diagnostic[]> {
    const { client } = await startServer({ folders: [ws], configuration: false, initializationOptions: { indexCacheDir: cache } });
    clients.push(client);
    await waitIndexLogs(client, 1);
    const noteUri = client.open(path.join(ws, 'notes/n.md')).uri;
    const ds = await client.waitDiagnostics(noteUri, { version: 1 });
    await client.dispose();
    return ds;
  }

  it('the first session writes the index there, never in the workspace; the next one reads it, with the same diagnostics', async () => {
    const first = await session();
    const written = fs.readdirSync(cache).filter((f) => f.endsWith('.gidx'));
    assert.equal(written.length, 3, `the index files (records, postings, file table): ${fs.readdirSync(cache).join(', ')}`);
    assert.deepEqual(fs.readdirSync(ws).sort(), ['notes', 'sources'], 'nothing is written in the workspace');
    const stamps = written.map((f) => fs.statSync(path.join(cache, f)).mtimeMs);
    const second = await session();
    assert.deepEqual(second.map(fmtDiag), first.map(fmtDiag));
    assert.ok(first.some((d) => d.code === 'figure-mismatch'), first.map(fmtDiag).join('\n'));
    assert.deepEqual(
      written.map((f) => fs.statSync(path.join(cache, f)).mtimeMs),
      stamps,
      'an unchanged workspace is read from the index, not written again',
    );
  });
});
