// The PostgreSQL loader's COPY text format (engine/stores/postgres/copy.ts): fields separated by
// tabs, backslash, tab, newline and carriage return escaped, arrays as quoted array literals, null
// as \N. (The round trip through a real server: test/acceptance/postgres-store.test.ts.)
import * as assert from 'node:assert/strict';
import { arrayLiteral, copyLine, copyText } from '../../server/src/engine/stores/postgres/copy';

describe('store: COPY text format', () => {
  it('escapes what the format reserves and nothing else', () => {
    assert.equal(copyText('plain text, “quoted” — 4.2%'), 'plain text, “quoted” — 4.2%');
    assert.equal(copyText('a\tb\nc\rd\\e'), 'a\\tb\\nc\\rd\\\\e');
  });

  it('writes arrays as literals whose every element is quoted, quotes and backslashes escaped', () => {
    assert.equal(arrayLiteral([]), '{}');
    assert.equal(arrayLiteral(['plain', 'NULL', 'a,b', 'say "x"', 'back\\slash']), '{"plain","NULL","a,b","say \\"x\\"","back\\\\slash"}');
  });

  it('writes a row: numbers as written, null as \\N, the array literal escaped once more for COPY', () => {
    assert.equal(copyLine([7, 'a\tb', null, 1.5e-7, ['x\\y']]), '7\ta\\tb\t\\N\t1.5e-7\t{"x\\\\\\\\y"}\n');
  });
});
