// A cache file's JSON block (persist/binary.ts) is written in ASCII alone, every other character
// escaped: a start then parses a one-byte string (a block with one character past ASCII was a
// two-byte string, slower to make and to parse). The same values read back — from files written
// so and from files written before, their JSON in UTF-8.
import * as assert from 'node:assert/strict';
import { asciiJson, crc32, decode, encodeChunks } from '../../server/src/engine/persist/binary';
import { ENGINE_VERSION } from '../../server/src/engine/persist';

const HEADER = 48; // (binary.ts: magic, versions, JSON length, reserved, digest)

/** The bytes of the chunks, one after another. */
const joined = (chunks: readonly Uint8Array[]) => Buffer.concat(chunks.map((c) => Buffer.from(c.buffer, c.byteOffset, c.byteLength)));

const META = {
  titles: ['Zürich’s café', 'Émile — “quoted”', 'plain', 'emoji \u{1F600} and CJK 中文', 'a lone half \ud800 kept', 'control \u0001 and \u007f', 'back\\slash "quote"'],
  n: 3.5,
};

describe('cache files: the JSON block in ASCII', () => {
  it('asciiJson: ASCII alone, the same value parsed back; JSON already ASCII is JSON.stringify’s', () => {
    const json = asciiJson(META);
    assert.ok(/^[\x00-\x7f]*$/.test(json), json);
    assert.deepEqual(JSON.parse(json), META);
    assert.equal(asciiJson({ a: ['x', 1, null] }), JSON.stringify({ a: ['x', 1, null] }));
    assert.equal(asciiJson('é'), '"\\u00e9"');
    assert.equal(asciiJson('\u{1F600}'), '"\\ud83d\\ude00"');
  });

  it('a blob whose meta holds characters past ASCII is written with a JSON block of ASCII bytes, and decodes to the same meta and arrays', () => {
    const arrays = { a: Int32Array.from([1, -2, 3]), b: new Uint8Array([9, 8]) };
    const bytes = joined(encodeChunks({ meta: META, arrays }, ENGINE_VERSION));
    const jsonLength = bytes.readUInt32LE(16);
    const block = bytes.subarray(HEADER, HEADER + jsonLength);
    assert.ok(block.every((b) => b < 0x80), 'every byte of the block is ASCII');
    const back = decode<typeof META>(bytes, ENGINE_VERSION);
    assert.ok(!('reject' in back));
    assert.deepEqual(back.meta, META);
    assert.deepEqual(Array.from(back.arrays.a), [1, -2, 3]);
    assert.deepEqual(Array.from(back.arrays.b), [9, 8]);
  });

  it('a file written before (its JSON block in UTF-8) still decodes, and to what the ASCII block decodes', () => {
    const old = utf8Written({ meta: META, arrays: {} });
    assert.ok(old.subarray(HEADER, HEADER + old.readUInt32LE(16)).some((b) => b >= 0x80), 'the UTF-8 block holds bytes past ASCII');
    const back = decode<typeof META>(old, ENGINE_VERSION);
    assert.ok(!('reject' in back), 'reject' in back ? back.reject : '');
    assert.deepEqual(back.meta, META);
  });
});

/** A file as encodeChunks wrote it before its JSON was ASCII: the block JSON.stringify's UTF-8 bytes (its length and checksum those of that block). */
function utf8Written(blob: { meta: unknown; arrays: Record<string, never> }): Buffer {
  const ascii = joined(encodeChunks(blob, ENGINE_VERSION));
  const jsonLength = ascii.readUInt32LE(16);
  const parsed = JSON.parse(ascii.subarray(HEADER, HEADER + jsonLength).toString('latin1'));
  const json = Buffer.from(JSON.stringify(parsed), 'utf8');
  const head = Buffer.alloc(HEADER + json.length + ((8 - ((HEADER + json.length) % 8)) % 8));
  ascii.copy(head, 0, 0, HEADER);
  head.writeUInt32LE(json.length, 16);
  json.copy(head, HEADER);
  // (the checksum: crc32 of the header before the digest and of everything after it, as encodeChunks makes it)
  head.writeUInt32LE(crc32(head.subarray(28), crc32(head.subarray(0, 24))), 24);
  return head;
}
