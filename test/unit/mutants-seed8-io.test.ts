// Input and output at edges seed 8 of the mutation sample found untested (scripts/mutate-sample.mjs
// --seed 8, README "Tests"): an in-memory folder that does not exist beside a symbolic link, the
// stem of words ending in "is" or opening on "is", a table cell under a percentage header, a Word
// file that cannot be read, a PDF's word gap at exactly its threshold, a search that leaves out a
// word most passages hold when it has a rarer one, and the cache's name for each set of folders.
// Each case fails with its seed-8 mutant applied.
import * as assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { extractDocx } from '../../server/src/engine/formats/docx';
import { domParagraphs } from '../../server/src/engine/formats/domText';
import { runsToLines, type TextRun } from '../../server/src/engine/formats/pdfText';
import { WORD_GAP_SHARE } from '../../server/src/engine/formats/policy';
import { COMMON_TERM_MIN_DF } from '../../server/src/engine/check/policy';
import { Corpus } from '../../server/src/engine/corpus';
import { cacheName } from '../../server/src/engine/persist/indexCache';
import { buildSource } from '../../server/src/engine/sources';
import { stem } from '../../server/src/engine/text';
import { InMemoryFileSystem } from '../../server/src/engine/workspace/memoryFileSystem';

const paragraphs = (html: string) => domParagraphs((parseHTML(`<html><body>${html}</body></html>`) as unknown as { document: { body: unknown } }).document.body as never);
const run = (str: string, x: number, width: number): TextRun => ({ str, x, y: 100, width, size: 10 });

describe('seed 8 survivors: input and output', () => {
  it('an in-memory folder that does not exist is ENOENT, also when a symbolic link exists elsewhere', async () => {
    const fs = new InMemoryFileSystem({ '/ws/notes/a.md': 'A note.' });
    fs.symlink('/ws/sources/linked.md', '/ws/notes/a.md');
    await assert.rejects(fs.readDirectory('/ws/nowhere'), (e: NodeJS.ErrnoException) => e.code === 'ENOENT');
    assert.deepEqual((await fs.readDirectory('/ws/sources')).map((d) => [d.name, d.kind]), [['linked.md', 'symlink']]);
    assert.deepEqual((await fs.readDirectory('/ws')).map((d) => [d.name, d.kind]).sort(), [['notes', 'directory'], ['sources', 'directory']]);
  });

  it('a word ending in "is" keeps its "s"; a plural opening on "is" loses it', () => {
    assert.equal(stem('crisis'), 'crisis');
    assert.equal(stem('analysis'), 'analysis');
    assert.equal(stem('issues'), stem('issue'));
    assert.equal(stem('islands'), stem('island'));
  });

  it('a bare number under a "(%)" header is written with the sign glued, other units after a space', () => {
    assert.deepEqual(paragraphs('<table><tr><th>Region</th><th>Share (%)</th><th>Output (tonnes)</th></tr><tr><td>North</td><td>12.5</td><td>400</td></tr></table>'), [
      'Region; Share (%); Output (tonnes)',
      'North; share: 12.5%; output: 400 tonnes',
    ]);
  });

  it("a Word file that cannot be read is skipped with the first line of the reader's error", async () => {
    const r = await extractDocx(new TextEncoder().encode('plain words, not a zip archive'));
    assert.ok('skip' in r && r.skip);
    assert.match(r.skip, /^not a readable Word \(\.docx\) file \(Can't find end of central directory[^\n]*\)$/);
  });

  it('a PDF gap of exactly the word gap joins the runs; just over it parts them', () => {
    assert.deepEqual(runsToLines([run('Sa', 0, 0), run('les', WORD_GAP_SHARE * 10, 15)]).map((l) => l.text), ['Sales']);
    assert.deepEqual(runsToLines([run('Sales', 0, 0), run('rose', WORD_GAP_SHARE * 10 + 0.01, 15)]).map((l) => l.text), ['Sales rose']);
  });

  it(`a search with a rare word leaves out a word in more than ${COMMON_TERM_MIN_DF} passages: it ranks by the rare one only`, () => {
    assert.equal(COMMON_TERM_MIN_DF, 50);
    const paragraphs = Array.from({ length: 60 }, (_, i) => `The port said ${i + 1} ships came${i % 30 === 0 ? ' under the new tariff' : ''}.`);
    const corpus = new Corpus([buildSource(0, '/s/a.txt', `Port\n\n${paragraphs.join('\n\n')}\n`)]);
    assert.equal(corpus.search('port', 100).length, 61, 'alone, the common word finds every passage that has it');
    const hits = corpus.search('port tariff', 100);
    assert.deepEqual(hits.map((h) => corpus.passages[h.pid].text.includes('tariff')), [true, true]);
  });

  it("the index cache's name depends on each folder and on its globs", () => {
    const a = cacheName([{ root: '/w/sources', globs: ['**/*.md'] }]);
    assert.match(a, /^index-[\w-]{16}$/);
    assert.equal(cacheName([{ root: '/w/sources', globs: ['**/*.md'] }]), a);
    assert.notEqual(cacheName([{ root: '/w/other', globs: ['**/*.md'] }]), a);
    assert.notEqual(cacheName([{ root: '/w/sources', globs: ['**/*.txt'] }]), a);
    assert.notEqual(cacheName([{ root: '/w/sources', globs: ['**/*.md'] }, { root: '/w/more', globs: ['**/*.md'] }]), a);
  });
});
