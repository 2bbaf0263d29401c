// A corpus's fingerprint (engine/workspace/fingerprint.ts corpusFingerprint) hashes its files' lines
// a run of FINGERPRINT_LINES_PER_UPDATE at a time: the digest is the one an update per file gives
// (the result cache's entries stay valid), whatever the number of files and at every run's edge.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { corpusFingerprint } from '../../server/src/engine/workspace/fingerprint';
import { FINGERPRINT_LINES_PER_UPDATE } from '../../server/src/engine/workspace/policy';

/** The fingerprint as it was first written: one update per file. */
function perFile(fileSettings: string, files: readonly string[], keyOf: (i: number) => string | undefined, warnings: { path: string; message: string }[], version: number): string {
  const h = createHash('sha256');
  h.update(`grounded corpus\n${version}\n${fileSettings}\n${JSON.stringify(warnings.map((w) => [w.path, w.message]))}\n`);
  for (let i = 0; i < files.length; i++) h.update(`${files[i]}\0${keyOf(i) ?? ''}\n`);
  return h.digest('hex');
}

describe('corpusFingerprint: files hashed in runs', () => {
  const n = FINGERPRINT_LINES_PER_UPDATE;
  for (const count of [0, 1, n - 1, n, n + 1, 2 * n + 3]) {
    it(`${count} files: the digest of an update per file`, () => {
      // multi-byte paths, files without a source (no key) among them
      const files = Array.from({ length: count }, (_, i) => `/corpus/dossier-${i}/${i % 7 === 0 ? 'é' : ''}notes ${i}.txt`);
      const keyOf = (i: number) => (i % 5 === 3 ? undefined : `key${i * 31}`);
      const warnings = [{ path: '/corpus/link', message: 'a link not followed' }];
      assert.equal(corpusFingerprint('[1024,null]', files, keyOf, warnings, 7), perFile('[1024,null]', files, keyOf, warnings, 7));
    });
  }
});
