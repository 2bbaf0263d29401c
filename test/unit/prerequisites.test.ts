// A missing prerequisite (shared corpora, python3, Chromium) fails the run in CI and skips with a message elsewhere.
import * as assert from 'node:assert/strict';
import { inCI, requirePrerequisite } from '../prerequisites';

/** A stand-in for mocha's context: records skip() and stops as mocha's does (by throwing). */
function fakeContext() {
  const ctx = { skipped: false, skip(): never { ctx.skipped = true; throw new Error('skipped'); } };
  return ctx;
}

describe('test prerequisites: loud in CI, a skip with a message elsewhere', () => {
  let logged: string[];
  let log: typeof console.log;
  beforeEach(() => {
    logged = [];
    log = console.log;
    console.log = (...a: unknown[]) => void logged.push(a.join(' '));
  });
  afterEach(() => {
    console.log = log;
  });

  it('CI is on for any value but "", "0" and "false"', () => {
    assert.equal(inCI({ CI: 'true' }), true);
    assert.equal(inCI({ CI: '1' }), true);
    assert.equal(inCI({ CI: 'FALSE' }), false);
    assert.equal(inCI({ CI: '0' }), false);
    assert.equal(inCI({ CI: '' }), false);
    assert.equal(inCI({}), false);
  });

  it('in CI a missing prerequisite throws with what is missing and how to install it, and does not skip', () => {
    const ctx = fakeContext();
    assert.throws(
      () => requirePrerequisite(ctx as unknown as Mocha.Context, 'python3', 'not on PATH', 'apt-get install python3', { CI: 'true' }),
      /prerequisite missing in CI: python3 is missing \(not on PATH\): apt-get install python3/,
    );
    assert.equal(ctx.skipped, false);
    assert.deepEqual(logged, []);
  });

  it('elsewhere it prints a line saying what to install, then skips', () => {
    const ctx = fakeContext();
    assert.throws(() => requirePrerequisite(ctx as unknown as Mocha.Context, 'python3', 'not on PATH', 'apt-get install python3', {}), /skipped/);
    assert.equal(ctx.skipped, true);
    assert.deepEqual(logged, ['    skipped: python3 is missing (not on PATH): apt-get install python3']);
  });

  it('a prerequisite that is present neither skips nor throws, in CI or not', () => {
    for (const env of [{ CI: 'true' }, {}]) {
      const ctx = fakeContext();
      requirePrerequisite(ctx as unknown as Mocha.Context, 'python3', undefined, 'apt-get install python3', env);
      assert.equal(ctx.skipped, false);
    }
    assert.deepEqual(logged, []);
  });
});
