// The JSON report's paths (cli/report.ts): relPaths, one path.relative per folder, gives for every
// path what relPath gives for it alone — odd paths included.
import * as assert from 'node:assert/strict';
import { relPath, relPaths } from '../../server/src/cli/report';

describe('report paths (cli/report.ts relPaths)', () => {
  const paths = [
    '/w/proj/sources/a.txt',
    '/w/proj/sources/b.md',
    '/w/proj/a.txt',
    '/w/proj',
    '/w/other/deep/b.txt',
    '/w/other/deep/c.txt',
    '/a.txt',
    '/w/proj/sources/../x.txt',
    '/w/proj//sources/c.txt',
    '/w/proj/./sources/d.txt',
    'rel/d.txt',
    'e.txt',
    '/w/proj/sources/',
    '/w/proj/sources/.',
    '/w/proj/sources/..',
    '/w/PROJ',
    '/w/proj/sources/deep/e.txt',
    '/w',
    '/tmp/corpus/100MB/sources/doc_00001.txt',
    '/tmp/corpus/100MB/sources/doc_00002.txt',
  ];
  for (const cwd of ['/w/proj', '/w/proj/', '/', '/w/proj/sources', '/w/proj/sources/deep', '/elsewhere', '/w/proj/../other']) {
    it(`from ${cwd}`, () => {
      assert.deepEqual(relPaths(cwd, paths), paths.map((p) => relPath(cwd, p)));
    });
  }
  it('(the paths are not all alike: some are made relative, one is a name alone)', () => {
    const got = relPaths('/w/proj', paths);
    assert.equal(got[0], 'sources/a.txt');
    assert.equal(got[3], 'proj');
    assert.equal(got[4], '../other/deep/b.txt');
    assert.equal(relPaths('/w/proj/sources/deep', paths)[3], '../..');
    assert.equal(relPaths('/w/proj', paths).at(-1), '../../tmp/corpus/100MB/sources/doc_00002.txt');
  });
});
