// A record's rarer fields (RecordsMeta.more): written in one order, only for a source that has
// any, and read back into the same Source (persist/sourceRecords.ts moreOf).
import * as assert from 'node:assert/strict';
import { encodeRecords, readRecords, restoreSource } from '../../server/src/engine/persist/sourceRecords';
import { buildSource } from '../../server/src/engine/sources';

describe('a source record\'s rarer fields', () => {
  const plain = buildSource(0, '/s/plain.txt', 'Plain\n\nIt sold 300 cars.\n');
  const fronted = buildSource(1, '/s/front.md', '---\ntitle: Front\nid: fr\nurl: https://x.test/a\nauthor: A. Writer\ndate: 2024-05-01\naliases: [f1, f2]\n---\n\nIt sold 400 cars.\n');
  const paged = buildSource(2, '/s/paged.pdf', 'Page one says 5%.\n\nPage two says 6%.\n', { format: 'pdf', text: '', meta: { title: 'Paged', author: 'B' }, pages: [0, 19], problem: 'only the first pages read' });
  const half = buildSource(3, '/s/half.md', '---\ndate: 2023-01-02\n---\n\nIt sold 7 cars.\n');

  it('are kept in the order url, author, date, id, aliases, format, pages, problem — and nothing for a source without them', () => {
    const blob = encodeRecords([plain, fronted, paged, half], ['k0', 'k1', 'k2', 'k3']);
    assert.deepEqual(Object.keys(blob.meta.more), ['1', '2', '3']);
    assert.deepEqual(Object.keys(blob.meta.more[1]), ['url', 'author', 'date', 'id', 'aliases']);
    assert.deepEqual(blob.meta.more[1], { url: 'https://x.test/a', author: 'A. Writer', date: '2024-05-01', id: 'fr', aliases: ['f1', 'f2'] });
    assert.deepEqual(Object.keys(blob.meta.more[2]), ['author', 'format', 'pages', 'problem']);
    assert.deepEqual(blob.meta.more[3], { date: '2023-01-02' });
  });

  it('read back into the very sources built, with their texts or without', () => {
    const sources = [plain, fronted, paged, half];
    const set = readRecords(encodeRecords(sources, ['k0', 'k1', 'k2', 'k3']));
    assert.ok(!('reject' in set));
    sources.forEach((s, i) => {
      assert.deepEqual({ ...restoreSource(s.index, s.path, undefined, set.record(i))! }, { ...s }, s.path);
      assert.deepEqual({ ...restoreSource(s.index, s.path, s.text, set.record(i))! }, { ...s }, s.path);
    });
  });
});
