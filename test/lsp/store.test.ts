// The `grounded.store` setting against a real PostgreSQL server (.ci/postgres.sh; GROUNDED_TEST_PG
// as for the store's acceptance tests): the built language server checks the development note
// against the store with exactly the diagnostics, hovers, go-to-source targets and search hits it
// gives with the embedded index of the same sources; when the server goes down, an edit gets one
// diagnostic and the status saying the store is unreachable while requests still answer, and once
// the server is back the next edit is checked against the store again. A store that accepts
// connections and never answers (a hung database) is given up after the connect timeout, and said so.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import type { ConfigurationParams, Diagnostic, Hover, LocationLink } from 'vscode-languageserver-protocol/node';
import type { SearchResult, StatusResult } from '../../server/src/protocol';
import { grounded } from '../acceptance/cli-helpers';
import { requirePrerequisite } from '../prerequisites';
import { LspClient, REPO } from './helpers';

const SHARED = path.resolve(REPO, '../shared');
const ADMIN = process.env.GROUNDED_TEST_PG;
const SERVER_DIR = process.env.GROUNDED_TEST_PG_DIR;
const START = 'run the tests through .ci/run, or start a server: .ci/postgres.sh start DIR && source DIR/env';
const DB = 'grounded_t_lsp';

async function admin(sql: string): Promise<void> {
  const c = new Client({ connectionString: ADMIN });
  await c.connect();
  await c.query(sql).finally(() => c.end());
}

function pgServer(cmd: 'kill' | 'restart'): void {
  execFileSync('bash', [path.join(REPO, '.ci/postgres.sh'), cmd, SERVER_DIR!], { stdio: 'inherit' });
}

/** The server on a workspace whose `grounded` settings are `settings` (pulled by workspace/configuration). */
async function start(workspace: string, settings: Record<string, unknown>): Promise<LspClient> {
  return LspClient.start({
    workspace,
    configuration: true,
    beforeInitialize: (c) => c.conn.onRequest('workspace/configuration', (p: ConfigurationParams) => p.items.map((i) => (i.section === 'grounded' ? settings : null))),
  });
}

/** What a diagnostic says, in a comparable form. */
function said(ds: Diagnostic[]): string[] {
  return ds.map((d) => JSON.stringify([d.range, d.code, d.severity, d.message, d.relatedInformation?.map((r) => [r.location.uri, r.location.range])]));
}

describe('the grounded.store setting (a real PostgreSQL server)', function () {
  this.timeout(300_000);
  let dir: string | undefined;
  const clients: LspClient[] = [];

  before(async function () {
    requirePrerequisite(this, 'a PostgreSQL server for the store tests', ADMIN ? undefined : 'GROUNDED_TEST_PG is not set', START);
    requirePrerequisite(this, 'a server the test may stop and start', SERVER_DIR ? undefined : 'GROUNDED_TEST_PG_DIR is not set', START);
    const seeds = path.join(SHARED, 'seeds');
    const notes = path.join(SHARED, 'eval-dev/notes.md');
    requirePrerequisite(this, 'the development set', fs.existsSync(notes) && fs.existsSync(seeds) ? undefined : `no ${notes}`, 'put the shared development set next to the repository');
    // a workspace of the development note and its sources (read by the embedded index, loaded into the store)
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-lsp-store-'));
    fs.cpSync(seeds, path.join(dir, 'sources'), { recursive: true });
    fs.copyFileSync(notes, path.join(dir, 'notes.md'));
    await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
    await admin(`CREATE DATABASE ${DB}`);
    const load = await grounded(REPO, ['index', '--store', storeUrl(), '--sources', path.join(dir, 'sources')]);
    assert.equal(load.code, 0, load.stderr);
  });

  after(async () => {
    for (const c of clients) await c.dispose().catch(() => undefined);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    if (ADMIN) await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`).catch(() => undefined);
  });

  function storeUrl(): string {
    const u = new URL(ADMIN!);
    u.pathname = '/' + DB;
    return u.toString();
  }

  it('publishes the embedded index’s diagnostics, hovers and targets; says when the store is down; recovers', async () => {
    const notePath = path.join(dir!, 'notes.md');
    const embedded = await start(dir!, {});
    clients.push(embedded);
    await embedded.waitIndexed();
    const e = embedded.open(notePath);
    const want = await embedded.waitDiagnostics(e.uri);
    assert.ok(want.length > 3, `the development note has findings: ${want.length}`);
    // a figure with evidence: its hover and go-to-source target come from the store's source too
    const figure = want.find((d) => d.relatedInformation?.length)!;
    assert.ok(figure, 'a diagnostic with a source passage');
    const at = { textDocument: { uri: e.uri }, position: figure.range.start };
    const wantHover = await embedded.request<Hover | null>('textDocument/hover', at);
    const wantTarget = await embedded.request<LocationLink[] | null>('textDocument/definition', at);
    assert.ok(wantHover && wantTarget?.length);
    // the search palette: a few words of a source, the last one being typed
    const words = fs.readFileSync(path.join(dir!, 'sources', fs.readdirSync(path.join(dir!, 'sources')).sort()[0]), 'utf8').split(/\s+/).filter((w) => /^[A-Za-z]{5,}$/.test(w));
    const search = { query: `${words[3]} ${words[4]} ${words[5].slice(0, 4)}`, limit: 8 };
    const wantHits = await embedded.request<SearchResult>('grounded/search', search);
    assert.ok(wantHits.hits.length > 0, search.query);
    await embedded.shutdown();

    const client = await start(dir!, { store: storeUrl() });
    clients.push(client);
    const s = client.open(notePath);
    const got = await client.waitDiagnostics(s.uri, { timeoutMs: 120_000 });
    assert.deepEqual(said(got), said(want));
    assert.deepEqual(await client.request('textDocument/hover', at), wantHover);
    assert.deepEqual(await client.request('textDocument/definition', at), wantTarget);
    assert.deepEqual(await client.request<SearchResult>('grounded/search', search), wantHits);
    const ready = await client.request<StatusResult>('grounded/status', null);
    assert.equal(ready.stores?.[0].state, 'ready');
    assert.equal(ready.sources, 4);
    assert.doesNotMatch(JSON.stringify(ready), /password/);

    // the database goes down: an edit gets one diagnostic saying so, the status an error; requests still answer
    pgServer('kill');
    try {
      const before = client.seqNow;
      const v = client.replaceAll(s.uri, client.textOf(s.uri) + '\nOne more line.\n');
      const down = await client.waitDiagnostics(s.uri, { afterSeq: before, version: v, timeoutMs: 60_000 });
      assert.equal(down.length, 1, down.map((d) => d.message).join('\n'));
      assert.equal(down[0].code, 'check-failed');
      assert.match(String(down[0].message), /cannot reach the store postgres:\/\/grounded@127\.0\.0\.1:\d+\/grounded_t_lsp/);
      const status = await client.request<StatusResult>('grounded/status', null);
      assert.equal(status.stores?.[0].state, 'down');
      assert.match(status.stores?.[0].error ?? '', /cannot reach the store/);
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri: s.uri }, position: { line: 0, character: 0 } }), null);
    } finally {
      pgServer('restart');
    }

    // back up: the next edit is checked against the store again
    const before = client.seqNow;
    const v = client.replaceAll(s.uri, e.text);
    const again = await client.waitDiagnostics(s.uri, { afterSeq: before, version: v, timeoutMs: 120_000 });
    assert.deepEqual(said(again), said(want));
    assert.equal((await client.request<StatusResult>('grounded/status', null)).stores?.[0].state, 'ready');
    await client.shutdown();
  });

  it('gives up on a store that never answers within the connect timeout, and says so', async () => {
    // a server that accepts connections and never says a word (a hung or overloaded database)
    const sockets: net.Socket[] = [];
    const hole = net.createServer((sock) => void sockets.push(sock));
    await new Promise<void>((resolve) => hole.listen(0, '127.0.0.1', resolve));
    const port = (hole.address() as net.AddressInfo).port;
    try {
      const client = await start(dir!, { store: `postgres://reader:s3cret@127.0.0.1:${port}/base` });
      clients.push(client);
      const s = client.open(path.join(dir!, 'notes.md'));
      const got = await client.waitDiagnostics(s.uri, { timeoutMs: 60_000 });
      assert.equal(got.length, 1);
      assert.equal(got[0].code, 'check-failed');
      assert.match(String(got[0].message), new RegExp(`cannot reach the store postgres://reader@127\\.0\\.0\\.1:${port}/base.*timeout`));
      const status = await client.request<StatusResult>('grounded/status', null);
      assert.equal(status.stores?.[0].state, 'down');
      assert.doesNotMatch(JSON.stringify(status) + JSON.stringify(got) + client.logs.map((l) => l.message).join('\n'), /s3cret/);
      await client.shutdown();
    } finally {
      for (const sock of sockets) sock.destroy();
      hole.close();
    }
  });
});
