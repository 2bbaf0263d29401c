// Reading files and text at edges seed 10 of the mutation sample found untested
// (scripts/mutate-sample.mjs --seed 10, README "Tests"): a file that is a UTF-16 byte-order mark
// alone, settings that are not an object, and a soft-wrapped line that starts with a year.
// Each case fails with its seed-10 mutant applied.
import * as assert from 'node:assert/strict';
import { decodeSource } from '../../server/src/engine/sources';
import { sentenceSpans } from '../../server/src/engine/text';
import { validateSettings } from '../../server/src/engine/workspace/settings';

describe('seed 10 survivors: files, settings, text', () => {
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
});
