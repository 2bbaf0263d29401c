// The engine's text reading at an edge seed 15 of the mutation sample found untested
// (scripts/mutate-sample.mjs --seed 15, README "Tests"), in a made-up source. It fails with its
// seed-15 mutant applied: a sentence may open on "À", the first of the Latin-1 capitals, as on any
// other of them; a settings file that is no JSON is a problem of the file, at no setting's path.
// Session 21: the scan's table of written words keeps its first word when it grows (indexer.ts
// 726); the cache merges its deltas only for a new one, keeping their records (indexCache.ts 415,
// 418); a layout block's list of arrays set apart gives names only (binary.ts 145); an extractor's
// unexpected failure is a skip with its reason's first line (formats/index.ts 47).
import * as assert from 'node:assert/strict';
import { extractSource, type ExtractLimits } from '../../server/src/engine/formats';
import { ScanState } from '../../server/src/engine/indexer';
import { crc32, decode, encode } from '../../server/src/engine/persist/binary';
import { MemoryCacheStore } from '../../server/src/engine/persist';
import { MAX_DELTA_FILES } from '../../server/src/engine/persist/policy';
import { folderSet, InMemoryFileSystem, SourceIndex, type IndexSettings } from '../../server/src/engine/workspace';
import { buildSource } from '../../server/src/engine/sources';
import { validateSettingsFile } from '../../server/src/engine/workspace/settings';

const passages = (text: string) => {
  const s = buildSource(0, '/s/menu.txt', text);
  return s.passages.map((p) => text.slice(p.start, p.end));
};

describe('seed 15 survivors: text, settings, the scan and the cache', () => {
  it('a sentence opening on "À" is a sentence of its own, as one opening on "Á" is', () => {
    assert.deepEqual(passages('Menus\n\nThe cafe sold 40 dishes. À la carte meals made up 12 of them.\n'), ['Menus', 'The cafe sold 40 dishes.', 'À la carte meals made up 12 of them.']);
    assert.deepEqual(passages('Menus\n\nThe cafe sold 40 dishes. Á la carte meals made up 12 of them.\n'), ['Menus', 'The cafe sold 40 dishes.', 'Á la carte meals made up 12 of them.']);
  });

  it('a settings file that is no JSON is a problem of the file, at no setting\'s path', () => {
    const problems = validateSettingsFile('grounded.json', '{"rules": {');
    assert.ok(problems.length > 0);
    for (const p of problems) assert.deepEqual([p.kind, p.key, p.path, p.line, p.column], ['syntax', '(file)', [], 1, 12]);
  });

  it('the scan\'s table of written words keeps its first word when it grows: met again, it is the same entry', () => {
    const st = new ScanState(new Map(), new Int32Array(1024), 0);
    const words = ['Kelby'];
    for (let i = 0; i < 9000; i++) words.push(`w${i.toString(36)}`);
    const text = `${words.join(' ')} and Kelby again`;
    st.scan(text, 0, text.length);
    assert.equal(st.rawSize, 9003);
    assert.equal(st.rawWords(0).filter((w) => w === 'Kelby').length, 1);
  });

  it('the cache merges its deltas only for a new one, and the merged delta keeps every record the deltas held', async () => {
    const store = new MemoryCacheStore();
    const settings = (): IndexSettings => ({ sets: [folderSet('/w/sources')], exclude: [], maxSourceSizeKB: 1024, cache: { store, log: () => undefined } });
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++) files[`/w/sources/s${i}.txt`] = `Source ${i}\n\nFirm ${i} sold ${i * 3 + 1} units in 2004.`;
    const first = files['/w/sources/s0.txt'];
    const fsys = new InMemoryFileSystem({ ...files });
    const index = new SourceIndex(fsys, settings());
    await index.update();
    await index.saved();
    const deltas = () => [...store.files.keys()].filter((f) => /\.sources\.[0-9a-f]+\.gidx$/.test(f)).length;
    const edit = async (p: string, text: string) => {
      files[p] = text;
      fsys.write(p, text);
      await index.update({ changed: new Set([p]) });
      await index.saved();
    };
    for (let u = 0; u < MAX_DELTA_FILES; u++) await edit(`/w/sources/s${u}.txt`, `Source ${u}\n\nFirm ${u} sold ${u * 7 + 2} units in 2005.`);
    assert.equal(deltas(), MAX_DELTA_FILES);
    // a source back to a text the base holds: no record is new, no file is written
    await edit('/w/sources/s0.txt', first);
    assert.equal(deltas(), MAX_DELTA_FILES);
    // one more new record: the deltas are merged into one, which holds the records they held
    await edit('/w/sources/s40.txt', 'Source 40\n\nFirm 40 sold 9 units in 2006.');
    assert.equal(deltas(), 1);
    const next = new SourceIndex(new InMemoryFileSystem(files), settings());
    assert.equal((await next.update()).built, 0);
  });

  it('a layout block whose list of arrays set apart holds other things than names gives the names alone', () => {
    const bytes = encode({ meta: { n: 1 }, arrays: { a: Int32Array.from([1, 2]), b: Int32Array.from([3]) }, apart: ['b'] }, 7);
    // the same file with a layout block listing a number and null among the arrays set apart, its checksum made again
    const oldJson = bytes.readUInt32LE(16);
    const layout = JSON.parse(bytes.toString('utf8', 48, 48 + oldJson)) as { apart: unknown[]; checked: number };
    layout.apart = ['b', 7, null];
    const json = Buffer.from(JSON.stringify(layout), 'utf8');
    const align = (n: number) => (n + 7) & ~7;
    const data = bytes.subarray(align(48 + oldJson));
    const head = Buffer.alloc(align(48 + json.length));
    bytes.copy(head, 0, 0, 48);
    head.writeUInt32LE(json.length, 16);
    json.copy(head, 48);
    head.writeUInt32LE(crc32(data.subarray(0, layout.checked), crc32(head.subarray(28), crc32(head.subarray(0, 24)))), 24);
    const blob = decode<{ n: number }>(Buffer.concat([head, data]), 7);
    assert.ok(!('reject' in blob));
    assert.deepEqual([blob.apart, [...blob.arrays.a], [...blob.arrays.b]], [['b'], [1, 2], [3]]);
  });

  it('an extractor\'s unexpected failure skips the file with the first line of its reason, and never throws', async () => {
    const limits = new Proxy({}, { get: () => { throw new Error('limit unreadable\nat depth 2'); } }) as ExtractLimits;
    assert.deepEqual(await extractSource('pdf', new Uint8Array([1, 2, 3]), limits), { skip: 'could not be read as PDF (limit unreadable)' });
    assert.deepEqual(await extractSource('html', new Uint8Array([60, 112, 62]), limits), { skip: 'could not be read as HTML (limit unreadable)' });
  });
});
