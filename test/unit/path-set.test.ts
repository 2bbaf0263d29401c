// The files a walk found, asked about as a set (cli/pathSet.ts): a note given by name asked against
// them without a Set of every path made — a scan for the first few questions, the Set after and for
// the size. The answers are always the Set's.
import * as assert from 'node:assert/strict';
import { PathSet } from '../../server/src/cli/pathSet';
import { SCANNED_PATH_LOOKUPS } from '../../server/src/cli/policy';

describe('the sources found, asked about as a set (cli/pathSet.ts)', () => {
  const paths = ['/w/s/a.txt', '/w/s/b.md', '/w/s/c.txt', '/w/s/b.md'];
  const asked = ['/w/s/a.txt', '/w/s/b.md', '/w/notes.md', '/w/s/a.txt ', '/w/s', '', '/w/s/c.txt', '/W/S/A.TXT'];

  it('a few questions are answered by a scan, no Set made; each answer is the Set’s', () => {
    const s = new PathSet(paths);
    const set = new Set(paths);
    for (const p of asked.slice(0, SCANNED_PATH_LOOKUPS)) assert.equal(s.has(p), set.has(p), p);
    assert.equal(s.madeSet, false, 'no Set for the first questions');
  });

  it('past SCANNED_PATH_LOOKUPS questions the Set is made, and answers the same', () => {
    const s = new PathSet(paths);
    const set = new Set(paths);
    for (let k = 0; k < SCANNED_PATH_LOOKUPS + 3; k++) {
      const p = asked[k % asked.length];
      assert.equal(s.has(p), set.has(p), p);
    }
    assert.equal(s.madeSet, true);
  });

  it('its size is the Set’s (a path listed twice counts once); none found: empty', () => {
    const s = new PathSet(paths);
    assert.equal(s.size, 3);
    assert.equal(s.madeSet, true);
    assert.equal(s.has('/w/s/c.txt'), true);
    const none = new PathSet([]);
    assert.equal(none.size, 0);
    assert.equal(none.has('/w/notes.md'), false);
  });
});
