// The per-file work of a cold index, cut for many small files (session 20): a text file's content
// key is hashed from its bytes when its text is exactly their UTF-8 (the same key as from its text,
// without encoding the text again); the records of sources restored from consecutive records of
// one set (a piece compacted, a records file) are copied a run at a time. Each gives exactly what
// it gave before: the same texts and skips, the same keys, the same records byte for byte.
import * as assert from 'node:assert/strict';
import { encode } from '../../server/src/engine/persist/binary';
import { contentKey, encodeRecords, readRecords, restoreSource, type RecordSet } from '../../server/src/engine/persist/sourceRecords';
import { figureCountOf } from '../../server/src/engine/lazyPassages';
import { buildSource, decodeSource } from '../../server/src/engine/sources';
import type { ExtractedText } from '../../server/src/engine/formats/types';
import type { Source } from '../../server/src/engine/types';
import { folderSet, InMemoryFileSystem, SourceIndex } from '../../server/src/engine/workspace';
import { MemoryCacheStore } from '../../server/src/engine/persist';

/** What decodeSource gives of UTF-8 bytes (before session 20 too): a fatal TextDecoder, a byte-order mark (and a U+FEFF after it) dropped. */
function byTextDecoder(bytes: Uint8Array): { text: string } | { skip: string } {
  if (bytes.indexOf(0) >= 0) return { skip: 'binary file (contains NUL bytes)' };
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text };
  } catch {
    return { skip: 'not valid UTF-8 text (re-save the file as UTF-8)' };
  }
}

const b = (...xs: number[]) => new Uint8Array(xs);
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('small files: the per-file work of a cold index', () => {
  it('decodeSource hands back the bytes when the text is exactly their UTF-8 (no byte-order mark), and reads as before', () => {
    const cases: [string, Uint8Array][] = [
      ['empty', b()],
      ['ASCII', utf8('Acme sold 350 cars.\n')],
      ['Latin-1 letters and a euro sign', utf8('Café prices rose 5% to €3.20 in Zürich.')],
      ['four-byte characters', utf8('Growth 📈 of 12% in 2024.')],
      ['a byte-order mark', b(0xef, 0xbb, 0xbf, ...utf8('Title\n\nText.'))],
      ['two byte-order marks', b(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...utf8('Text.'))],
      ['a U+FEFF inside', utf8('A\ufeffB')],
      ['an overlong slash', b(0x41, 0xc0, 0xaf)],
      ['an encoded surrogate', b(0x41, 0xed, 0xa0, 0x80)],
      ['past U+10FFFF', b(0xf4, 0x90, 0x80, 0x80)],
      ['a sequence cut short', b(0x41, 0xe2, 0x82)],
      ['a lone continuation byte', b(0x80, 0x41)],
      ['Latin-1 bytes', b(0x43, 0x61, 0x66, 0xe9)],
      ['a NUL', b(0x41, 0x00, 0x42)],
    ];
    for (const [name, bytes] of cases) {
      const d = decodeSource(bytes);
      const want = byTextDecoder(bytes);
      if ('skip' in want) {
        assert.deepEqual(d, want, name);
        continue;
      }
      assert.ok('text' in d, name);
      assert.equal(d.text, want.text, name);
      const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
      // the bytes come back when (and only when) they are the text's UTF-8
      assert.equal(d.utf8, bom ? undefined : bytes, name);
      if (d.utf8) assert.deepEqual(new Uint8Array(Buffer.from(d.text, 'utf8')), bytes, name);
    }
  });

  it("a text file's content key is hashed from its bytes, the same key as its text's", () => {
    const text = 'Gamma lost 40% of its value in 12–18 months: “we will recover”.';
    assert.equal(contentKey(text, undefined, utf8(text)), contentKey(text));
    // the bytes, not the text, are hashed when given
    assert.equal(contentKey(text, undefined, utf8('another text')), contentKey('another text'));
    // an extracted text's key covers its extraction: the bytes are not used
    const extracted: ExtractedText = { format: 'html', text, meta: { title: 'G' } };
    assert.equal(contentKey(text, extracted, utf8(text)), contentKey(text, extracted));
    assert.notEqual(contentKey(text, extracted), contentKey(text));
  });

  it("a cold index keys each file by its text (with or without a byte-order mark), as before", async () => {
    const files: Record<string, string> = {
      '/w/s/a.txt': 'Acme\n\nAcme sold 350,000 units in 2024.',
      '/w/s/b.txt': '\ufeffBeta\n\nBeta hired 2,000 people.',
      '/w/s/c.txt': 'Café\n\nPrices rose 5% to €3.20.',
    };
    const store = new MemoryCacheStore();
    const index = new SourceIndex(new InMemoryFileSystem(files), { sets: [folderSet('/w/s')], exclude: [], maxSourceSizeKB: 1024, cache: { store } });
    await index.update();
    await index.flush();
    // the records file holds the keys of the texts as decoded (the mark dropped)
    const held = [...store.files.keys()].filter((n) => n.endsWith('.sources.gidx'));
    assert.equal(held.length, 1);
    const want = Object.values(files).map((t) => contentKey(t.replace(/^\ufeff/, '')));
    const text = Buffer.from(store.files.get(held[0])!).toString('latin1');
    for (const k of want) assert.ok(text.includes(k), `the records hold the key ${k}`);
  });

  it('records written from sources restored from several sets, out of order, some made, are byte for byte those written from built ones', () => {
    const texts = Array.from({ length: 23 }, (_, i) => `Firm ${i}\n\nFirm ${i} sold ${1000 + i} cars in ${1990 + (i % 30)}, up ${i % 17}% on the year.${i % 4 === 0 ? '\n\nIt hired about 300 people.' : ''}`);
    const built = texts.map((t, i) => buildSource(i, `/w/f${i}.txt`, t));
    const keys = texts.map((t) => contentKey(t));
    // restored from three records files (pieces of 8), without their texts
    const lazy: Source[] = [];
    for (let from = 0; from < built.length; from += 8) {
      const set = readRecords(encodeRecords(built.slice(from, from + 8), keys.slice(from, from + 8))) as RecordSet;
      for (let i = from; i < Math.min(from + 8, built.length); i++) lazy.push(restoreSource(i, `/w/f${i}.txt`, undefined, set.record(i - from))!);
    }
    // a run broken: two swapped, one made, one built afresh
    const order = [...Array(built.length).keys()];
    [order[3], order[4]] = [order[4], order[3]];
    void lazy[10].passages;
    const mixed = order.map((i) => (i === 17 ? built[17] : lazy[i]));
    const want = encode(encodeRecords(order.map((i) => built[i]), order.map((i) => keys[i])), 1);
    assert.ok(encode(encodeRecords(mixed, order.map((i) => keys[i])), 1).equals(want));
    assert.ok(encode(encodeRecords(lazy, keys), 1).equals(encode(encodeRecords(built, keys), 1)));
    assert.ok(figureCountOf(lazy[0]) > 0);
  });
});
