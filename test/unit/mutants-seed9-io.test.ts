// Input and output at edges seed 9 of the mutation sample found untested (scripts/mutate-sample.mjs
// --seed 9, README "Tests"): a byline whose name holds "by", a file that is no PDF named as such, a
// fence closed only by a line of at most three spaces' indent, a source's problem kept in a store's
// rows, cache records whose figures lie outside their text, index terms of two capitals and an "s",
// a glob written with backslashes, and a warning told once when two source folders overlap.
// Each case fails with its seed-9 mutant applied.
import * as assert from 'node:assert/strict';
import { extractSource } from '../../server/src/engine/formats';
import { extractHtml } from '../../server/src/engine/formats/html';
import { chunks } from '../../server/src/engine/notes/chunks';
import { contentKey, encodeRecords, readRecords, restoreSource } from '../../server/src/engine/persist/sourceRecords';
import { buildSource } from '../../server/src/engine/sources';
import { rowsOf } from '../../server/src/engine/stores/rows';
import { terms, Tokenizer } from '../../server/src/engine/text';
import { folderSet, InMemoryFileSystem, SourceIndex } from '../../server/src/engine/workspace';
import { findFiles } from '../../server/src/engine/workspace/globs';

describe('seed 9 survivors: input and output', () => {
  it('a byline loses a leading "By" only: a name holding "by" is kept whole', async () => {
    const para = '<p>The river at Lowmere rose again this week, and the council said the new banks held through the night while the old mill was closed.</p>';
    const page = (byline: string) => `<html><head><title>Lowmere</title></head><body><p class="byline">${byline}</p><article><h1>Lowmere</h1>${para.repeat(6)}</article></body></html>`;
    const author = async (byline: string) => ((await extractHtml(page(byline))) as unknown as { meta: { author?: string } }).meta.author;
    assert.equal(await author('Colby Hart'), 'Colby Hart');
    assert.equal(await author('By Colby Hart'), 'Colby Hart');
  });

  it('a file that is no PDF is skipped as "not a valid PDF", with the reader’s reason', async () => {
    const r = await extractSource('pdf', new TextEncoder().encode('this is not a pdf at all'));
    assert.ok('skip' in r);
    assert.match(r.skip, /^not a valid PDF \(.+\)$/);
  });

  it('a fence is closed by its marks indented at most three spaces, alone on their line', () => {
    // (a blank line inside a fence ends no chunk: the chunk runs on to the fence's close)
    const open = 'a\n\n```\ncode\n    ```\n\nb\n\nc\n';
    assert.deepEqual(chunks(open), [{ start: 0, end: 3 }, { start: 3, end: open.length }]);
    const text = 'a\n\n```\ncode\nx ```\n\nb\n';
    assert.deepEqual(chunks(text), [{ start: 0, end: 3 }, { start: 3, end: text.length }]);
    const closed = 'a\n\n```\ncode\n   ```\n\nb\n';
    const close = closed.indexOf('b');
    assert.deepEqual(chunks(closed), [{ start: 0, end: 3 }, { start: 3, end: close }, { start: close, end: closed.length }]);
  });

  it('a source’s problem (front matter it could not read) is kept in its store rows', () => {
    const src = buildSource(0, '/w/a.md', '---\ntitle: [unclosed\n---\n\nThe river rose 5% in 2020.\n');
    assert.ok(src.problem, 'the front matter is unreadable');
    assert.equal(rowsOf(src, new Tokenizer()).doc.problem, src.problem);
    const fine = buildSource(0, '/w/b.md', '---\ntitle: Fine\n---\n\nThe river rose 5% in 2020.\n');
    assert.equal('problem' in rowsOf(fine, new Tokenizer()).doc, false);
  });

  it('a cache record whose figure lies outside its text, or ends before it starts, is not restored', () => {
    const text = 'Acme\n\nAcme sold 350 units. Sales rose 5%.\n';
    const src = buildSource(0, '/s/a.txt', text);
    const record = () => {
      const set = readRecords(encodeRecords([src], [contentKey(text)]) as never);
      assert.ok(!('reject' in set));
      return set.get(contentKey(text))!;
    };
    const whole = restoreSource(0, '/s/a.txt', text, record());
    assert.deepEqual(whole?.passages.flatMap((p) => p.figures.map((f) => f.text)), ['350', '5%']);
    const spoil: [string, (c: { fStart: Int32Array; fEnd: Int32Array }) => void][] = [
      ['an end past the text', (c) => void (c.fEnd[0] = text.length + 1)],
      ['a start before it', (c) => void (c.fStart[0] = -1)],
      ['a start after its end', (c) => void ((c.fStart[0] = 30), (c.fEnd[0] = 20))],
    ];
    for (const [what, f] of spoil) {
      const r = record();
      f(r.set.columns as unknown as { fStart: Int32Array; fEnd: Int32Array });
      assert.equal(restoreSource(0, '/s/a.txt', text, r), undefined, what);
    }
  });

  it('an acronym’s plural loses its "s" in the index terms, but a word of two letters keeps it ("Ms", "Bs")', () => {
    const t = (s: string) => terms(s, 0, s.length, []);
    assert.deepEqual(t('Ms Vey said so.'), ['ms', 'vey', 'say']);
    assert.deepEqual(t('Os and Bs'), ['os', 'bs']);
    assert.deepEqual(t('3s'), ['3s']);
    assert.deepEqual(t('GPUs and LLMs'), ['gpu', 'llm']);
  });

  it('a glob written with backslashes matches as with slashes', async () => {
    const fsys = new InMemoryFileSystem({ '/w/s/a.txt': 'A', '/w/s/old/c.txt': 'C' });
    assert.deepEqual(await findFiles(fsys, '/w/s', ['old\\*.txt'], []), ['/w/s/old/c.txt']);
  });

  it('a link in two overlapping source folders is warned of once', async () => {
    const fsys = new InMemoryFileSystem({ '/w/s/a.txt': 'Acme\n\nAcme sold 300 cars.\n', '/w/s/sub/b.txt': 'Beta\n\nBeta sold 200 vans.\n' });
    fsys.symlink('/w/s/sub/link.txt', '/elsewhere/x.txt');
    const ix = new SourceIndex(fsys, { sets: [folderSet('/w/s'), folderSet('/w/s/sub')], exclude: [], maxSourceSizeKB: 1024 });
    await ix.update();
    assert.deepEqual(ix.warnings.map((w) => w.path), ['/w/s/sub/link.txt']);
    assert.deepEqual(ix.corpus.sources.map((s) => s.path), ['/w/s/a.txt', '/w/s/sub/b.txt']);
  });
});
