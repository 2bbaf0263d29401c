// Reading files and text at edges seed 10 of the mutation sample found untested
// (scripts/mutate-sample.mjs --seed 10, README "Tests"): a file that is a UTF-16 byte-order mark
// alone, settings that are not an object, a soft-wrapped line that starts with a year, an empty
// row of an HTML table, a search word that is not the last one typed, a
// block quote citing its source inside, a paragraph right after a code fence, the
// extra metadata of a cache's source records.
// Each case fails with its seed-10 mutant applied.
import * as assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { Corpus } from '../../server/src/engine/corpus';
import { domParagraphs } from '../../server/src/engine/formats/domText';
import { parseNote } from '../../server/src/engine/notes';
import { chunks } from '../../server/src/engine/notes/chunks';
import { encodeRecords } from '../../server/src/engine/persist/sourceRecords';
import { searchHits } from '../../server/src/engine/search';
import { buildSource, decodeSource } from '../../server/src/engine/sources';
import { sentenceSpans } from '../../server/src/engine/text';
import { validateSettings } from '../../server/src/engine/workspace/settings';

describe('seed 10 survivors: files, settings, text, search', () => {
  it('a file of a UTF-16 byte-order mark alone is an empty text, either byte order', () => {
    assert.deepEqual(decodeSource(new Uint8Array([0xff, 0xfe])), { text: '' });
    assert.deepEqual(decodeSource(new Uint8Array([0xfe, 0xff])), { text: '' });
  });

  it('settings that are not an object are one problem; none at all are none', () => {
    assert.deepEqual(validateSettings(5), { valid: {}, problems: [{ path: [], key: '(settings)', message: 'the settings must be an object, not 5', kind: 'bad-value' }] });
    assert.deepEqual(validateSettings(null), { valid: {}, problems: [] });
  });

  it('a soft-wrapped line that starts with a year or a percentage goes on the sentence; "1. " and "3) " open list items', () => {
    const spans = (t: string) => sentenceSpans(t, 0, t.length, true).map(([a, b]) => t.slice(a, b));
    assert.deepEqual(spans('Sales rose in\n2004 to a record.'), ['Sales rose in\n2004 to a record.']);
    assert.deepEqual(spans('Sales rose\n7% in 2004.'), ['Sales rose\n7% in 2004.']);
    assert.deepEqual(spans('Sales rose in\n1. the north\n2. the south'), ['Sales rose in', '1. the north', '2. the south']);
    assert.deepEqual(spans('Sales rose by\n3) a lot'), ['Sales rose by', '3) a lot']);
  });

  it('an empty row at the top of an HTML table is left out: the header row below it still names the cells', () => {
    const paragraphs = (html: string) => domParagraphs((parseHTML(`<html><body>${html}</body></html>`) as unknown as { document: { body: unknown } }).document.body as never);
    assert.deepEqual(paragraphs('<table><tr><td></td><td></td></tr><tr><th>Item</th><th>Cost</th></tr><tr><td>Tea</td><td>£3</td></tr></table>'), ['Item; Cost', 'Tea; cost: £3']);
  });

  it('search: the last word is a prefix too only while it is being typed (at the end, three letters or more)', () => {
    const corpus = new Corpus([buildSource(0, '/ws/sources/a.txt', 'A\n\nRevenue grew in the north.\n'), buildSource(1, '/ws/sources/b.txt', 'B\n\nThe rev counter broke in the north.\n')]);
    const paths = (q: string) => searchHits(corpus, q, 10).map((h) => h.source.path);
    assert.deepEqual(paths('north rev'), ['/ws/sources/b.txt', '/ws/sources/a.txt']);
    // finished with a full stop, or of two letters: a whole word only
    assert.deepEqual(paths('north rev.'), ['/ws/sources/b.txt']);
    assert.deepEqual(paths('north re'), []);
  });

  it('a block quote that cites its source inside, with no citation after it: a quote of that sentence', () => {
    const n = parseNote('Intro.\n\n> The plant ran for 410 hours in total last year [@calder].\n\nMore text here.\n');
    assert.deepEqual(n.quotes, [{ text: 'The plant ran for 410 hours in total last year', start: 10, end: 56, sentence: 1, block: true }]);
    assert.deepEqual(n.sentences.map((x) => x.citations.map((c) => c.key)), [[], ['calder'], []]);
  });

  it('a paragraph right after a closing code fence, with no blank line between, is in the fence’s chunk', () => {
    const t = 'Intro.\n\n```\ncode\n\n```\nText after.\n';
    assert.deepEqual(chunks(t).map((c) => t.slice(c.start, c.end)), ['Intro.\n\n', '```\ncode\n\n```\nText after.\n']);
  });

  it('a cache’s source records keep extra metadata only for a source that has some (here a problem)', () => {
    const srcs = [buildSource(0, '/w/a.txt', 'Plain\n\nThe river rose 5% in 2020.\n'), buildSource(1, '/w/b.md', '---\ntitle: [unclosed\n---\n\nThe river rose 5% in 2020.\n')];
    const more = encodeRecords(srcs, ['k0', 'k1']).meta.more;
    assert.deepEqual(Object.keys(more), ['1']);
    assert.equal(more[1].problem, srcs[1].problem);
  });
});
