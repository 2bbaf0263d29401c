// WorkspaceSync, IndexScheduler and the custom requests in-process: the first index (progress,
// logs, status), settings from the client and from files, trust, files changing on disk, folders
// added and removed, and grounded/search, grounded/sources, grounded/status over several folders.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { FileChangeType } from 'vscode-languageserver';
import { search, sources, status } from '../../server/src/lsp/search';
import { pathToUri } from '../../server/src/lsp/state';
import { CRANES, FILES, HARBOR, lineOf, ORCHARD, REVIEW } from './fixtures';
import { abs, codesOn, Harness, ROOT, under, uriOf } from './harness';

const NOTE = uriOf('notes/review.md');
const HARBOR_PATH = abs('sources/harbor.txt');
const CRANE_LINE = lineOf(REVIEW, '21 cranes');
const BINARY = new Uint8Array([0x00, 0x01, 0x02, 0x00]);

const indexed = (h: Harness) => h.logs.filter((l) => /^indexed \d+ sources/.test(l));
const severityOn = (h: Harness, code: string) => h.latest(NOTE)?.find((d) => d.code === code)?.severity;

describe('features in-process: indexing from the editor', () => {
  it('the first index: progress begin/report/done, a log line, status before and after', async () => {
    const h = await Harness.start({ files: under(ROOT, { ...FILES, 'sources/blob.txt': BINARY }) });
    assert.equal(h.progress[0].text, 'Indexing 3 sources');
    assert.deepEqual(h.progress.filter((p) => p.kind === 'report').map((p) => p.text), ['1/3', '2/3', '3/3']);
    assert.equal(h.progress.at(-1)!.kind, 'done');
    assert.match(indexed(h)[0], /^indexed 2 sources, \d+ passages, \d+ figures in \d+ ms \(/);
    assert.deepEqual(h.warnings.filter((w) => w.includes('blob.txt')).length, 1);
    // the status bar hears when indexing starts, how far it is ("indexing N of M"), and when it ends
    assert.equal(h.statuses[0].indexing, true);
    assert.deepEqual(h.statuses.filter((x) => x.progress).map((x) => `${x.progress!.done}/${x.progress!.total}`), ['0/0', '0/3', '1/3', '2/3', '3/3']);
    assert.equal(h.statuses.at(-1)!.indexing, false);
    assert.equal(h.statuses.at(-1)!.progress, undefined);
    const s = status(h.state.folders);
    assert.equal(s.sources, 2);
    assert.equal(s.skipped, 1);
    assert.equal(s.indexing, false);
  });

  it('a client without progress support: no progress, same index', async () => {
    const h = await Harness.start({ files: under(ROOT, FILES), caps: { progress: false } });
    assert.deepEqual(h.progress, []);
    assert.equal(indexed(h).length, 1);
  });

  it('no sources: a warning that says which setting to change', async () => {
    const h = await Harness.start({ files: under(ROOT, { 'notes/review.md': REVIEW }) });
    assert.ok(h.warnings.some((w) => /no sources found in .* set grounded.sources/.test(w)), h.warnings.join('\n'));
  });

  it('grounded/reindex reads every source again; a skipped file is logged once', async () => {
    const h = await Harness.start({ files: under(ROOT, { ...FILES, 'sources/blob.txt': BINARY }) });
    await h.sync.rebuild();
    assert.equal(indexed(h).length, 2);
    assert.equal(h.warnings.filter((w) => w.includes('blob.txt')).length, 1);
  });
});

describe('features in-process: files changing on disk', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await Harness.start({ files: under(ROOT, { ...FILES, 'sources/blob.txt': BINARY }) });
  });

  it('a source edited: re-indexed and the notes re-checked', async () => {
    h.fs.write(HARBOR_PATH, HARBOR.replace('18 cranes', '21 cranes'));
    await h.sync.filesChanged([{ uri: pathToUri(HARBOR_PATH), type: FileChangeType.Changed }]);
    assert.equal(indexed(h).length, 2);
    assert.deepEqual(codesOn(h.latest(NOTE), CRANE_LINE), []);
    assert.deepEqual(h.latest(uriOf('notes/cranes.md'))!.map((d) => d.code), ['figure-mismatch']);
  });

  it('a source deleted: its citations become unknown-source; skipped files stay counted once', async () => {
    h.fs.delete(HARBOR_PATH);
    await h.sync.filesChanged([{ uri: pathToUri(HARBOR_PATH), type: FileChangeType.Deleted }]);
    assert.deepEqual(codesOn(h.latest(NOTE), lineOf(REVIEW, 'Kellmouth handled')), ['unknown-source']);
    const s = status(h.state.folders);
    assert.equal(s.sources, 1);
    assert.equal(s.skipped, 1);
  });

  it('a good source turned binary: dropped and logged', async () => {
    h.fs.write(abs('sources/orchard.md'), BINARY);
    await h.sync.filesChanged([{ uri: uriOf('sources/orchard.md'), type: FileChangeType.Changed }]);
    assert.ok(h.warnings.some((w) => w.includes('orchard.md') && /binary/.test(w)));
    assert.equal(status(h.state.folders).skipped, 2);
  });

  it('a note deleted: its diagnostics are cleared; a note changed: re-checked', async () => {
    h.fs.write(abs('notes/cranes.md'), CRANES.replace('18 cranes', '17 cranes'));
    await h.sync.filesChanged([{ uri: uriOf('notes/cranes.md'), type: FileChangeType.Changed }]);
    assert.deepEqual(h.latest(uriOf('notes/cranes.md'))!.map((d) => d.code), ['figure-mismatch']);
    h.fs.delete(abs('notes/review.md'));
    await h.sync.filesChanged([{ uri: NOTE, type: FileChangeType.Deleted }]);
    assert.deepEqual(h.latest(NOTE), []);
    assert.equal(indexed(h).length, 1, 'notes do not re-index');
  });

  it('grounded.json edited: the configuration is reloaded and the index rebuilt from the new globs', async () => {
    h.fs.write(abs('library/harbor.txt'), HARBOR);
    h.fs.write(abs('grounded.json'), JSON.stringify({ sources: ['library/*.txt'] }));
    await h.sync.filesChanged([{ uri: uriOf('grounded.json'), type: FileChangeType.Created }]);
    assert.deepEqual(
      sources(h.state.folders).sources.map((s) => s.file),
      ['library/harbor.txt'],
    );
  });

  it('grounded.json raising the size limit: a file skipped for its size is read again', async () => {
    const big = 'Port of Kellmouth long log\n\n' + 'The ferry crossed 4 times before noon. '.repeat(60);
    const h2 = await Harness.start({ files: under(ROOT, { ...FILES, 'sources/log.txt': big, 'grounded.json': '{"maxSourceSizeKB": 1}' }) });
    assert.ok(h2.warnings.some((w) => w.includes('log.txt') && /larger than the 1 KB limit/.test(w)));
    assert.equal(status(h2.state.folders).skipped, 1);
    h2.fs.write(abs('grounded.json'), '{"maxSourceSizeKB": 64}');
    await h2.sync.filesChanged([{ uri: uriOf('grounded.json'), type: FileChangeType.Changed }]);
    assert.equal(status(h2.state.folders).skipped, 0);
    assert.ok(sources(h2.state.folders).sources.some((s) => s.file === 'sources/log.txt'));
  });
});

describe('features in-process: settings', () => {
  it('client settings change severities without a re-index; a sources change re-indexes', async () => {
    let settings: unknown = { rules: { 'figure-mismatch': 'error' } };
    const h = await Harness.start({ files: under(ROOT, { ...FILES, 'library/more.txt': ORCHARD }), settings: () => settings });
    assert.deepEqual(h.settingsRequests, [pathToUri(ROOT)]);
    assert.equal(severityOn(h, 'figure-mismatch'), 1);
    settings = { rules: { 'figure-mismatch': 'off' } };
    await h.sync.configurationChanged();
    assert.equal(severityOn(h, 'figure-mismatch'), undefined);
    assert.equal(indexed(h).length, 1, 'severities do not change which files are read');
    settings = { sources: ['library/*.txt'] };
    await h.sync.configurationChanged();
    assert.equal(indexed(h).length, 2);
    assert.deepEqual(sources(h.state.folders).sources.map((s) => s.file), ['library/more.txt']);
  });

  it('hedgeTolerance: "about" a figure 5% off is supported at 0.1, contradicted at 0.01', async () => {
    let settings: unknown = {};
    const files = { ...FILES, 'notes/hedge.md': 'About 230 families work on the orchards [@orchard].\n' };
    const h = await Harness.start({ files: under(ROOT, files), settings: () => settings });
    const hedge = uriOf('notes/hedge.md');
    assert.deepEqual(h.latest(hedge), []);
    settings = { hedgeTolerance: 0.01 };
    await h.sync.configurationChanged();
    assert.deepEqual(h.latest(hedge)!.map((d) => d.code), ['figure-mismatch']);
  });

  it('figure-unverified is off in editors unless grounded.json turns it on', async () => {
    const files = { ...FILES, 'notes/fog.md': 'The lighthouse keeper counted 77 gulls.\n' };
    const off = await Harness.start({ files: under(ROOT, files) });
    assert.deepEqual(off.latest(uriOf('notes/fog.md')), []);
    const on = await Harness.start({ files: under(ROOT, { ...files, 'grounded.json': '{"rules": {"figure-unverified": "hint"}}' }) });
    assert.deepEqual(on.latest(uriOf('notes/fog.md'))!.map((d) => [d.code, d.severity]), [['figure-unverified', 4]]);
  });

  it('untrusted: sources from settings and grounded.json are ignored, severities still apply', async () => {
    const files = { ...FILES, 'library/more.txt': ORCHARD, 'grounded.json': '{"sources": ["library/*.txt"]}' };
    const h = await Harness.start({ files: under(ROOT, files), trusted: false, settings: () => ({ sources: ['library/*.txt'], maxSourceSizeKB: 0.01, rules: { 'figure-mismatch': 'error' } }) });
    assert.deepEqual(sources(h.state.folders).sources.map((s) => s.file), ['sources/harbor.txt', 'sources/orchard.md']);
    assert.equal(severityOn(h, 'figure-mismatch'), 1);
    const trusted = await Harness.start({ files: under(ROOT, files) });
    assert.deepEqual(sources(trusted.state.folders).sources.map((s) => s.file), ['library/more.txt']);
    assert.equal(status(trusted.state.folders, true).restricted, undefined);
  });

  it('untrusted: the status names the ignored settings, and an unknown source says why it may be unknown', async () => {
    const files = { ...FILES, 'library/more.txt': ORCHARD, 'notes/more.md': 'Growers picked 9,600 tonnes [@more].\n' };
    const h = await Harness.start({ files: under(ROOT, files), trusted: false, settings: () => ({ sources: ['library/*.txt'], rules: { 'figure-mismatch': 'error' } }) });
    assert.deepEqual(status(h.state.folders, false).restricted, { ignored: ['sources'] });
    assert.deepEqual(h.statuses.at(-1)!.restricted, { ignored: ['sources'] });
    const unknown = h.latest(uriOf('notes/more.md'))!.find((d) => d.code === 'unknown-source');
    assert.match(String(unknown!.message), /Restricted mode: this workspace is not trusted, so its grounded\.sources setting is ignored\./);
    // trusted, the same setting is used and nothing is said
    const t = await Harness.start({ files: under(ROOT, files), settings: () => ({ sources: ['library/*.txt'] }) });
    assert.equal(t.statuses.at(-1)!.restricted, undefined);
    assert.equal(t.latest(uriOf('notes/more.md'))!.find((d) => d.code === 'unknown-source'), undefined);
  });
});

describe('features in-process: several folders', () => {
  const A = path.join(ROOT, 'A');
  const B = path.join(ROOT, 'B');
  const C = path.join(ROOT, 'C');
  const files = {
    ...under(A, { 'sources/harbor.txt': HARBOR, 'notes/a.md': 'Kellmouth handled 41,300 containers in 2021 [@harbor].\n\nGrowers picked 9,600 tonnes [@orchard].\n' }),
    ...under(B, { 'sources/orchard.md': ORCHARD, 'notes/b.md': 'Growers picked 9,600 tonnes of apples in 2022 [@orchard].\n' }),
    ...under(C, { 'sources/cranes.txt': 'Crane census\n\nThe census counted 18 cranes.\n', 'notes/c.md': 'The census counted 18 cranes [@cranes].\n' }),
  };

  it('each folder resolves its own sources only; settings are asked per folder', async () => {
    const h = await Harness.start({ files, folders: [A, B], settings: () => ({}) });
    assert.deepEqual(h.settingsRequests, [pathToUri(A), pathToUri(B)]);
    const a = h.latest(pathToUri(path.join(A, 'notes/a.md')))!;
    assert.deepEqual(a.map((d) => [d.code, d.range.start.line]), [['unknown-source', 2]]);
    assert.deepEqual(h.latest(pathToUri(path.join(B, 'notes/b.md'))), []);
  });

  it('search, sources and status per folder', async () => {
    const h = await Harness.start({ files, folders: [A, B] });
    assert.deepEqual(sources(h.state.folders).sources.map((s) => `${s.file} ${s.key}`), ['sources/harbor.txt harbor', 'sources/orchard.md orchard']);
    const all = search(h.state.folders, { query: 'apples picked' });
    assert.equal(all.hits[0].title, 'Valley orchards survey');
    assert.equal(all.hits[0].file, 'sources/orchard.md');
    assert.deepEqual(search(h.state.folders, { query: 'apples picked', folder: pathToUri(A) }).hits.filter((x) => x.key === 'orchard'), []);
    assert.deepEqual(search(h.state.folders, { query: '   ' }), { hits: [] });
    // each hit names its folder and what opening it selects
    assert.equal(all.hits[0].folder, pathToUri(B));
    assert.deepEqual(all.hits.map((x) => x.citable), all.hits.map(() => true), 'no note: nothing to rule out');
    const s = status(h.state.folders);
    assert.deepEqual(s.folders.map((f) => [f.uri, f.sources]), [
      [pathToUri(A), 1],
      [pathToUri(B), 1],
    ]);
    assert.ok(s.lastIndexed && s.lastIndexMs !== null);
  });

  it("search for a note: its folder's sources first, another folder's labelled and not citable from it", async () => {
    const h = await Harness.start({ files: { ...files, ...under(A, { 'sources/more.txt': 'Orchard notes\n\nGrowers picked 9,100 tonnes of apples in 2021.\n' }) }, folders: [A, B] });
    const inA = search(h.state.folders, { query: 'apples picked', note: pathToUri(path.join(A, 'notes/a.md')) }, (u) => h.state.folderFor(u));
    assert.deepEqual(inA.hits.map((x) => [x.file, x.folder === pathToUri(A), x.citable]), [
      ['sources/more.txt', true, true],
      ['sources/orchard.md', false, false],
    ]);
    const inB = search(h.state.folders, { query: 'apples picked', note: pathToUri(path.join(B, 'notes/b.md')) }, (u) => h.state.folderFor(u));
    assert.deepEqual(inB.hits.map((x) => [x.file, x.citable]), [
      ['sources/orchard.md', true],
      ['sources/more.txt', false],
    ]);
    // the same through the request (the server's path)
    assert.deepEqual((await h.requests.search({ query: 'apples picked', note: pathToUri(path.join(B, 'notes/b.md')) })).hits.map((x) => x.citable), [true, false]);
  });

  it('folders added and removed: the new one is indexed and checked, the removed one’s notes cleared', async () => {
    const h = await Harness.start({ files, folders: [A, B] });
    await h.sync.foldersChanged({ added: [{ uri: pathToUri(C), name: 'C' }], removed: [{ uri: pathToUri(B), name: 'B' }] });
    assert.deepEqual(h.state.folders.map((f) => f.root), [A, C]);
    assert.deepEqual(h.latest(pathToUri(path.join(C, 'notes/c.md'))), []);
    assert.deepEqual(h.latest(pathToUri(path.join(B, 'notes/b.md'))), []);
    assert.equal(h.publishesFor(pathToUri(path.join(B, 'notes/b.md'))).length, 2, 'published, then cleared');
    assert.deepEqual(status(h.state.folders).folders.length, 2);
  });
});
