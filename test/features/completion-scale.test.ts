// Completion over a workspace of 20,000 in-memory sources: the server filters by what was typed
// after "[@", sends at most MAX_COMPLETION_ITEMS rows with isIncomplete when it left some out, and
// the documentation of a row only through completionItem/resolve.
import * as assert from 'node:assert/strict';
import type { CompletionList, MarkupContent } from 'vscode-languageserver';
import { FileChangeType } from 'vscode-languageserver';
import { CompletionTables, MAX_COMPLETION_ITEMS } from '../../server/src/lsp/completion';
import { abs, Harness, ROOT, under, uriOf } from './harness';

const N = 20_000;
const NOTE = 'notes/n.md';

function sources(): Record<string, string> {
  const files: Record<string, string> = { [NOTE]: 'Nothing cited yet.\n' };
  for (let i = 0; i < N; i++) {
    const id = `src${String(i).padStart(5, '0')}`;
    // every 1,000th source is about glaciers: a title word few sources share
    const topic = i % 1000 === 0 ? 'Glacier retreat' : 'Harbour traffic';
    files[`sources/${id}.md`] = `---\ntitle: ${topic} report ${i}\nid: ${id}\n---\n\n# ${topic} report ${i}\n\nThe port handled ${i} ships in 2021.\n`;
  }
  return files;
}

describe('features in-process: completion over 20,000 sources', function () {
  this.timeout(120_000);
  let h: Harness;
  const complete = async (typed: string): Promise<CompletionList> => {
    const text = `See [@${typed}`;
    h.docs.edit(uriOf(NOTE), text);
    const r = await h.requests.completion({ textDocument: { uri: uriOf(NOTE) }, position: { line: 0, character: text.length } });
    assert.ok(r, 'a completion list');
    return r;
  };

  before(async () => {
    h = await Harness.start({ files: under(ROOT, sources()) });
    await h.open(NOTE);
    assert.equal(h.state.folders[0].corpus.sources.length, N);
  });

  it('"[@": the first MAX_COMPLETION_ITEMS sources in order, isIncomplete, no documentation', async () => {
    const list = await complete('');
    assert.equal(list.isIncomplete, true);
    assert.equal(list.items.length, MAX_COMPLETION_ITEMS);
    assert.deepEqual(list.items.slice(0, 3).map((i) => i.label), ['src00000', 'src00001', 'src00002']);
    assert.ok(list.items.every((i) => i.documentation === undefined), 'documentation comes with resolve');
    // the reply stays small: a few hundred bytes a row
    assert.ok(JSON.stringify(list).length < 100_000, `${JSON.stringify(list).length} bytes`);
  });

  it('"[@src1999": the keys that start so (10 of them), complete', async () => {
    const list = await complete('src1999');
    assert.equal(list.isIncomplete, false);
    assert.deepEqual(
      list.items.map((i) => i.label),
      Array.from({ length: 10 }, (_, k) => `src1999${k}`),
    );
  });

  it('"[@glacier": the 20 sources with that title word, complete', async () => {
    const list = await complete('glacier');
    assert.equal(list.isIncomplete, false);
    assert.equal(list.items.length, N / 1000);
    assert.ok(list.items.every((i) => /Glacier retreat/.test(i.labelDetails!.detail!)));
  });

  it('"[@harbour": a title word of 19,980 sources, capped with isIncomplete', async () => {
    const list = await complete('harbour');
    assert.equal(list.isIncomplete, true);
    assert.equal(list.items.length, MAX_COMPLETION_ITEMS);
    assert.ok(list.items.every((i) => /Harbour traffic/.test(i.labelDetails!.detail!)));
  });

  it('"[@src1": capped again (over a thousand keys start so), and narrowed as the user types on', async () => {
    const list = await complete('src1');
    assert.equal(list.isIncomplete, true);
    assert.equal(list.items.length, MAX_COMPLETION_ITEMS);
    assert.ok(list.items.every((i) => i.label.startsWith('src1')));
    const narrower = await complete('src12345');
    assert.deepEqual(narrower.items.map((i) => i.label), ['src12345']);
  });

  it('completionItem/resolve adds the documentation of the focused row', async () => {
    const [item] = (await complete('src12345')).items;
    const resolved = h.requests.completionResolve(item);
    const doc = (resolved.documentation as MarkupContent).value;
    assert.match(doc, /\*\*Harbour traffic report 12345\*\*/);
    assert.match(doc, /handled 12345 ships/);
    assert.equal(resolved.label, 'src12345');
  });

  it('after a saved source, the rows of the other sources are kept and its own made again', async () => {
    const tables = new CompletionTables();
    const folder = h.state.folders[0];
    const before = tables.rows(folder.corpus, folder.bibliography, folder.uri);
    const file = 'sources/src00007.md';
    h.fs.write(abs(file), `---\ntitle: Renamed report\nid: src00007\n---\n\nThe port handled 7 ships in 2021.\n`);
    await h.sync.filesChanged([{ uri: uriOf(file), type: FileChangeType.Changed }]);
    const after = tables.rows(folder.corpus, folder.bibliography, folder.uri);
    assert.notEqual(after, before);
    assert.equal(after[6], before[6], 'an unchanged source keeps its row');
    assert.notEqual(after[7], before[7]);
    assert.deepEqual((await complete('renamed')).items.map((i) => i.label), ['src00007']);
  });
});
