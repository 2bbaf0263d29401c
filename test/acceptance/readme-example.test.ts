// The README shows what `grounded check notes` prints in the example workspace: that block is the
// CLI's output (the time left out), so the README cannot drift from what a newcomer sees.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { grounded, ROOT } from './cli-helpers';

const COMMAND = '$ cd examples && grounded check notes\n';

describe('README: the example check', () => {
  it('shows exactly what `grounded check notes` prints in examples/ (the time left out)', async () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const at = readme.indexOf(COMMAND);
    assert.ok(at >= 0, 'README shows the example check');
    const block = readme.slice(at + COMMAND.length, readme.indexOf('```', at));
    const r = await grounded(path.join(ROOT, 'examples'), ['check', 'notes']);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stdout.replace(/ in \d+ ms/, ' in … ms').trim(), block.trim());
  });
});
