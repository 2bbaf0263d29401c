// The index cache's checksums are CRC-32 (persist/binary.ts layout 3, session 38): each file's
// checksum over its header's other fields and the bytes it covers, and each record's text digest
// (sourceRecords.ts `rTextSum`). Layout 2 kept SHA-1 (20 bytes of the file, 32 bits a text): a file
// of that layout is another layout — discarded with a log line, what it held built afresh and
// written in this one. zlib's `crc32` where the runtime has it (Node 20.15, 22.2 on), else the same
// values in JavaScript (`crc32Table`).
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { crc32, crc32Table, decode, encode, LAYOUT_VERSION } from '../../server/src/engine/persist/binary';
import { contentKey, encodeRecords, textSum } from '../../server/src/engine/persist/sourceRecords';
import { buildSource } from '../../server/src/engine/sources';
import { SourceIndex, NodeFileSystem } from '../../server/src/engine/workspace';
import { cacheSettings, noteVerdicts, withCacheFolder } from '../helpers/cacheFixture';

/** A deterministic byte sequence (xorshift). */
function bytesOf(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed | 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** The header's size and where its checksum lies (binary.ts). */
const HEADER = 48;
const DIGEST_AT = 24;

/** `bytes` (a layout-3 file) as layout 2 wrote it: layout 2 in the header, SHA-1 of everything after its 20-byte field at DIGEST_AT. */
function asLayout2(bytes: Buffer): Buffer {
  const out = Buffer.from(bytes);
  const json = out.readUInt32LE(16);
  const { checked } = JSON.parse(out.toString('utf8', HEADER, HEADER + json)) as { checked: number };
  out.writeUInt32LE(2, 8);
  createHash('sha1')
    .update(out.subarray(DIGEST_AT + 20, ((HEADER + json + 7) & ~7) + checked))
    .digest()
    .copy(out, DIGEST_AT);
  return out;
}

describe('the index cache checksummed with CRC-32 (binary.ts layout 3)', function () {
  this.timeout(60000);

  it('crc32 is zlib\'s CRC-32, and the JavaScript one gives the same values, whole or in pieces', () => {
    assert.equal(crc32(Buffer.from('123456789', 'latin1')), 0xcbf43926);
    assert.equal(crc32Table(Buffer.from('123456789', 'latin1')), 0xcbf43926);
    assert.equal(crc32Table(new Uint8Array(0)), 0);
    for (const [n, seed] of [[1, 3], [7, 5], [256, 11], [4099, 13]]) {
      const b = bytesOf(n, seed);
      const whole = crc32Table(b);
      const z = (zlib as { crc32?: (d: Uint8Array, v?: number) => number }).crc32;
      if (z) assert.equal(whole, z(b), `${n} bytes`);
      for (const cut of [0, 1, n >> 1, n]) assert.equal(crc32Table(b.subarray(cut), crc32Table(b.subarray(0, cut))), whole, `${n} bytes cut at ${cut}`);
    }
  });

  it('a file\'s checksum is the CRC-32 of its header\'s other fields and the bytes it covers', () => {
    const bytes = encode({ meta: { n: 1 }, arrays: { a: Int32Array.from([1, 2, 3]), text: Uint8Array.from([9, 9]) }, apart: ['text'] }, 7);
    const json = bytes.readUInt32LE(16);
    const { checked } = JSON.parse(bytes.toString('utf8', HEADER, HEADER + json)) as { checked: number };
    const end = ((HEADER + json + 7) & ~7) + checked;
    assert.equal(bytes.readUInt32LE(DIGEST_AT), crc32(bytes.subarray(DIGEST_AT + 4, end), crc32(bytes.subarray(0, DIGEST_AT))));
    assert.equal(bytes.readUInt32LE(8), LAYOUT_VERSION);
    assert.ok(LAYOUT_VERSION >= 3);
  });

  it('a byte changed anywhere the checksum covers — the header\'s reserved fields too — is refused', () => {
    const bytes = encode({ meta: { n: 1 }, arrays: { a: Int32Array.from([1, 2, 3]) } }, 7);
    assert.ok(!('reject' in decode(bytes, 7)));
    // (magic, versions and the JSON length have reasons of their own; the rest fails the checksum)
    for (const at of [20, 23, 28, 40, 47, HEADER + 2, bytes.length - 1]) {
      const changed = Buffer.from(bytes);
      changed[at] ^= 0x10;
      assert.equal((decode(changed, 7) as { reject?: string }).reject, 'checksum mismatch (truncated or changed)', `byte ${at}`);
    }
  });

  it('a text\'s digest is the CRC-32 of its bytes', () => {
    const texts = ['Acme sold 350,000 units in 2024.', 'Café, naïve — £3.4bn.'];
    const blob = encodeRecords(texts.map((t, i) => buildSource(i, `/w/${i}.txt`, t)), texts.map((t) => contentKey(t)));
    const sums = blob.arrays.rTextSum as Uint32Array;
    const text = blob.arrays.text as Uint8Array;
    const ends = blob.arrays.rTextBytes as Int32Array;
    let at = 0;
    for (let i = 0; i < texts.length; i++) {
      assert.equal(sums[i], crc32(text.subarray(at, at + ends[i])), `text ${i}`);
      assert.equal(textSum(text.subarray(at, at + ends[i])), sums[i]);
      at += ends[i];
    }
  });

  it(
    'a cache of layout 2 (SHA-1) is discarded with a log line, built afresh and written in layout 3',
    withCacheFolder('cache-crc', async ({ sources, cache }) => {
      const first = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
      await first.update();
      const verdicts = noteVerdicts(first);
      await first.flush();
      const files = fs.readdirSync(cache).filter((f) => f.endsWith('.gidx'));
      assert.ok(files.length >= 3, files.join(', '));
      for (const f of files) fs.writeFileSync(path.join(cache, f), asLayout2(fs.readFileSync(path.join(cache, f))));
      const log: string[] = [];
      const again = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache, log));
      const r = await again.update();
      assert.equal(r.built, 3, 'nothing trusted from the old layout');
      assert.ok(log.some((l) => /layout version 2, not 3/.test(l)), log.join('\n'));
      assert.equal(noteVerdicts(again), verdicts);
      await again.flush();
      for (const f of fs.readdirSync(cache).filter((n) => n.endsWith('.gidx'))) assert.equal(fs.readFileSync(path.join(cache, f)).readUInt32LE(8), LAYOUT_VERSION, f);
      // and the next start reads them
      const third = new SourceIndex(new NodeFileSystem(), cacheSettings(sources, cache));
      assert.equal((await third.update()).built, 0);
      assert.equal(noteVerdicts(third), verdicts);
    }),
  );
});
