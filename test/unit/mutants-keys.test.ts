// Citation keys (server/src/engine/keys.ts) over sources made in the test: ids, aliases, file names
// and their prefixes cut at a boundary, in any case; ambiguity, an id that would take another's
// natural prefix, the shortest key, conflicts, and key tables shared only when the keys are the same.
import * as assert from 'node:assert/strict';
import { keyRole, SourceKeys } from '../../server/src/engine/keys';
import { buildSource } from '../../server/src/engine/sources';
import type { Source } from '../../server/src/engine/types';

const src = (i: number, name: string, fm = '') => buildSource(i, `/ws/sources/${name}.txt`, (fm ? `---\n${fm}---\n` : '') + 'Body text.\n');
/** A resolution as one string: the key found, the candidates joined by "+", or "unknown". */
const shown = (keys: SourceKeys, key: string) => {
  const r = keys.resolve(key);
  return r.kind === 'found' ? r.source.key : r.kind === 'ambiguous' ? r.candidates.map((s) => s.key).join('+') : 'unknown';
};

describe('keys.ts: citation keys', () => {
  let sources: Source[];
  let keys: SourceKeys;
  beforeEach(() => {
    sources = [src(0, 'lee-2020'), src(1, 'Smith_2019', 'id: lee\n'), src(2, 'ward.2018', 'aliases: [wardrep, Lee-2020]\n'), src(3, 'ward.2021'), src(4, 'alpha beta'), src(5, 'x')];
    keys = new SourceKeys(sources);
  });
  const cases: [string, string][] = [
    ['smith', 'Smith_2019'],
    ['SMITH_2019', 'Smith_2019'],
    ['wardrep', 'ward.2018'],
    ['WardRep', 'ward.2018'],
    ['ward.2018', 'ward.2018'],
    ['ward', 'ward.2018+ward.2021'],
    ['ward.2', 'ward.2018+ward.2021'],
    ['alpha', 'alpha beta'],
    ['alpha beta', 'alpha beta'],
    ['x', 'x'],
    ['y', 'unknown'],
    ['ward.2019', 'unknown'],
    ['lee', 'Smith_2019+lee-2020'],
    ['LEE-2020', 'lee-2020+ward.2018'],
  ];
  for (const [key, expected] of cases) it(`"${key}" → ${expected}`, () => assert.equal(shown(keys, key), expected));

  it('an id that is no other source\'s natural prefix names its source alone', () => {
    const k = new SourceKeys([src(0, 'lee-2020'), src(1, 'other', 'id: le\n'), src(2, 'leeds')]);
    assert.equal(shown(k, 'le'), 'other', '"le" is cut at no boundary of lee-2020');
    const k2 = new SourceKeys([src(0, 'lee-2020'), src(1, 'lee-2021'), src(2, 'other', 'id: lee\n')]);
    assert.equal(shown(k2, 'lee'), 'other', '"lee" is the prefix of two file names, so no one\'s natural key');
    const k3 = new SourceKeys([src(0, 'lee', 'id: lee\n'), src(1, 'leeward')]);
    assert.equal(shown(k3, 'lee'), 'lee', 'its own file name');
    const k4 = new SourceKeys([src(0, 'lee-2020', 'id: lee\n')]);
    assert.equal(shown(k4, 'lee'), 'lee-2020', 'its own natural prefix');
  });
  it('the shortest key: an id that resolves, else the shortest unique prefix at a boundary', () => {
    assert.deepEqual(sources.map((s) => keys.shortKey(s)), ['lee-2020', 'Smith', 'ward.2018', 'ward.2021', 'alpha', 'x']);
    assert.deepEqual(sources.map((s) => keys.prefixKey(s)), ['lee-2020', 'Smith', 'ward.2018', 'ward.2021', 'alpha', 'x']);
    const k = new SourceKeys([src(0, 'a-b-c'), src(1, 'a-b-d'), src(2, 'a_x', 'id: ax1\n'), src(3, 'q-r')]);
    assert.deepEqual([0, 1, 2, 3].map((i) => k.shortKey(k['sources'][i])), ['a-b-c', 'a-b-d', 'ax1', 'q']);
    assert.deepEqual([0, 1, 2, 3].map((i) => k.prefixKey(k['sources'][i])), ['a-b-c', 'a-b-d', 'a_x', 'q']);
  });
  it('conflicts: each key naming several sources once, its owner first', () => {
    assert.deepEqual(keys.conflicts().map((c) => [c.key, c.sources.map((s) => s.key)]), [['lee-2020', ['lee-2020', 'ward.2018']], ['lee', ['Smith_2019', 'lee-2020']]]);
    assert.deepEqual(new SourceKeys([src(0, 'a'), src(1, 'b')]).conflicts(), []);
    const twice = new SourceKeys([src(0, 'a', 'aliases: [k]\n'), src(1, 'b', 'aliases: [K, k]\n')]);
    assert.deepEqual(twice.conflicts().map((c) => [c.key, c.sources.map((s) => s.key)]), [['k', ['a', 'b']]]);
  });
  it('how a source has a key', () => {
    assert.deepEqual(sources.map((s) => keyRole(s, 'lee')), ['file-name prefix', 'id', 'file-name prefix', 'file-name prefix', 'file-name prefix', 'file-name prefix']);
    assert.equal(keyRole(sources[2], 'WARDREP'), 'alias');
    assert.equal(keyRole(sources[0], 'LEE-2020'), 'file name');
  });
  it('a corpus\'s keys share the tables of the one it replaces only when every key is the same', () => {
    const base = () => [src(0, 'p-1', 'id: pid\naliases: [pa]\n'), src(1, 'q-1')];
    const prev = new SourceKeys(base());
    assert.equal(shown(prev, 'pa'), 'p-1');
    const changed: [string, Source[], string, string][] = [
      ['an alias', [src(0, 'p-1', 'id: pid\naliases: [pb]\n'), src(1, 'q-1')], 'pb', 'p-1'],
      ['one alias more', [src(0, 'p-1', 'id: pid\naliases: [pa, pc]\n'), src(1, 'q-1')], 'pc', 'p-1'],
      ['an id', [src(0, 'p-1', 'id: pnew\naliases: [pa]\n'), src(1, 'q-1')], 'pnew', 'p-1'],
      ['a file name', [src(0, 'p-1', 'id: pid\naliases: [pa]\n'), src(1, 'r-1')], 'r', 'r-1'],
      ['one source more', [...base(), src(2, 's-1')], 's', 's-1'],
    ];
    for (const [what, next, key, expected] of changed) assert.equal(shown(new SourceKeys(next, prev), key), expected, what);
    const same = new SourceKeys(base(), prev);
    assert.equal(shown(same, 'pa'), 'p-1');
    assert.equal(same.shortKey(same['sources'][0]), 'pid');
  });
});
