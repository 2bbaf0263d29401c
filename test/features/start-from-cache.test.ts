// The server's start with an index cache (lsp/indexing.ts): the first index answers from the cache
// as it was left (trustCache), and the notes are checked only after SourceIndex.verify has looked at
// the files — so a source changed while the editor was closed is never the ground of a published
// diagnostic, and the note's diagnostics are those of a server started without a cache.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { MemoryCacheStore } from '../../server/src/engine/persist';
import { InMemoryFileSystem, type FileStat } from '../../server/src/engine/workspace';
import { abs, Harness, ROOT, under, uriOf } from './harness';

/** The in-memory workspace with an identity per file (an inode), so that the index cache keeps a file table for it. */
class InodeFileSystem extends InMemoryFileSystem {
  private readonly inodes = new Map<string, number>();
  override async stat(p: string): Promise<FileStat> {
    const st = await super.stat(p);
    if (st.kind !== 'file') return st;
    const key = path.resolve(p);
    if (!this.inodes.has(key)) this.inodes.set(key, this.inodes.size + 1);
    return { ...st, ino: this.inodes.get(key) };
  }
}

const SOURCES = {
  'sources/harbor.md': '---\nid: harbor\n---\n\nThe port of Kellmouth handled 41,300 containers in 2021.\n',
  'sources/mill.md': '---\nid: mill\n---\n\nThe Tarrow mill ground 5,200 tonnes of grain in 2020.\n',
};
const NOTES = {
  'notes/harbor.md': '# H\n\nKellmouth handled 41,300 containers in 2021 [@harbor].\n',
  'notes/mill.md': '# M\n\nThe Tarrow mill ground 5,200 tonnes of grain in 2020 [@mill].\n',
};
const messages = (h: Harness, rel: string) => JSON.stringify((h.latest(uriOf(rel)) ?? []).map((d) => [d.code, d.message]));

describe('features in-process: a start from the index cache', () => {
  it('answers from the cache, and publishes diagnostics only from the files as they are: a source changed while closed is read first', async () => {
    const store = new MemoryCacheStore();
    const fs = new InodeFileSystem(under(ROOT, { ...SOURCES, ...NOTES }));
    const first = await Harness.start({ files: {}, fs, indexCache: { store } });
    await Promise.all(first.state.folders.map((f) => f.index.flush()));
    assert.ok([...store.files.keys()].some((f) => f.endsWith('.files.gidx')), 'a file table was kept');
    assert.equal(messages(first, 'notes/harbor.md'), '[]', 'the note is supported');

    // the editor closed; the source changed
    fs.write(abs('sources/harbor.md'), SOURCES['sources/harbor.md'].replace('41,300', '47,300'));
    const logs: string[] = [];
    const second = await Harness.start({ files: {}, fs, indexCache: { store, log: (m) => logs.push(m) } });
    assert.ok(
      second.logs.some((l) => /verified the index from the cache: 1 sources read again/.test(l)),
      `the start answered from the cache and verify read the changed source (${second.logs.join(' | ')})`,
    );
    const fresh = await Harness.start({ files: {}, fs });
    assert.match(messages(fresh, 'notes/harbor.md'), /47,300/, 'the changed source contradicts the note');
    assert.equal(messages(second, 'notes/harbor.md'), messages(fresh, 'notes/harbor.md'));
    assert.equal(messages(second, 'notes/mill.md'), messages(fresh, 'notes/mill.md'));
    // every publish of the note came after verify: none from the cache's old text
    assert.ok(second.publishesFor(uriOf('notes/harbor.md')).length > 0);
    for (const p of second.publishesFor(uriOf('notes/harbor.md'))) assert.match(JSON.stringify(p.diagnostics), /47,300/);
    assert.deepEqual(logs, []);
  });

  it('a file the cache does not list (skipped: too large) is found by verify, and its warning told then', async () => {
    const store = new MemoryCacheStore();
    const big = `Big\n\n${'The port grew. '.repeat(200)}`;
    const fs = new InodeFileSystem(under(ROOT, { ...SOURCES, ...NOTES, 'sources/big.md': big }));
    const settings = () => ({ maxSourceSizeKB: 1 });
    const first = await Harness.start({ files: {}, fs, indexCache: { store }, settings });
    assert.ok(first.warnings.some((w) => /big\.md: skipped: .* larger than the 1 KB limit/.test(w)), first.warnings.join(' | '));
    await Promise.all(first.state.folders.map((f) => f.index.flush()));
    const second = await Harness.start({ files: {}, fs, indexCache: { store }, settings });
    assert.ok(second.warnings.some((w) => /big\.md: skipped: .* larger than the 1 KB limit/.test(w)), `told after verify: ${second.warnings.join(' | ')}`);
    assert.equal(messages(second, 'notes/harbor.md'), messages(first, 'notes/harbor.md'));
  });
});
