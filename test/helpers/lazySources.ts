// Sources built from their text, and the same sources restored from their index-cache records
// (through the bytes of a records file) without their texts, as a start restores files it does
// not open. Shared by the lazy-source tests.
import * as assert from 'node:assert/strict';
import { decode, encode } from '../../server/src/engine/persist/binary';
import { contentKey, encodeRecords, readRecords, restoreSource, type RecordsMeta } from '../../server/src/engine/persist/sourceRecords';
import { buildSource } from '../../server/src/engine/sources';
import type { Source } from '../../server/src/engine/types';

export function builtAndLazy(list: readonly { path: string; text: string }[]): { built: Source[]; lazy: Source[] } {
  const built = list.map((f, i) => buildSource(i, f.path, f.text));
  const keys = list.map((f) => contentKey(f.text));
  const blob = decode<RecordsMeta>(encode(encodeRecords(built, keys), 1), 1);
  assert.ok(!('reject' in blob));
  const records = readRecords(blob);
  assert.ok(!('reject' in records));
  const lazy = list.map((f, i) => restoreSource(i, f.path, undefined, records.get(keys[i])!)!);
  return { built, lazy };
}
