// The bench's cpu of one thread (test/bench/measure.ts statCpuMs, threadCpuMs): `scale.js
// --child-check` reports the main thread's cpu beside the process's, whose other threads (V8's
// compiler above all) spent as much during a note's check at 100 MB as the check itself.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { PROC_CLOCK_TICKS, statCpuMs, threadCpuMs } from '../bench/measure';

/** A /proc stat line: pid, (name), state, then fields 4…, utime and stime at 14 and 15. */
function statLine(name: string, utime: number, stime: number): string {
  const rest = ['S', 1, 2, 3, 0, -1, 4194560, 100, 0, 0, 0, utime, stime, 7, 8, 20, 0, 11, 0, 12345, 1000, 200];
  return `4242 (${name}) ${rest.join(' ')}\n`;
}

describe('bench: one thread\'s cpu', () => {
  it('reads utime and stime (fields 14 and 15) in clock ticks', () => {
    assert.equal(statCpuMs(statLine('node', 150, 25)), ((150 + 25) * 1000) / PROC_CLOCK_TICKS);
    assert.equal(statCpuMs(statLine('node', 0, 0)), 0);
  });

  it('counts its fields after the name, whatever spaces and parentheses the name holds', () => {
    assert.equal(statCpuMs(statLine('V8 Worker (1) x', 30, 12)), ((30 + 12) * 1000) / PROC_CLOCK_TICKS);
    assert.equal(statCpuMs(statLine(') (', 7, 0)), (7 * 1000) / PROC_CLOCK_TICKS);
  });

  it('this thread\'s, where /proc/thread-self is: never less than before', function () {
    if (!fs.existsSync('/proc/thread-self/stat')) {
      assert.equal(threadCpuMs(), undefined);
      this.skip();
    }
    const a = threadCpuMs();
    let x = 0;
    for (let i = 0; i < 1e5; i++) x += i % 7;
    const b = threadCpuMs();
    assert.ok(x > 0);
    assert.equal(typeof a, 'number');
    assert.ok(b! >= a!, `${b} < ${a}`);
  });
});
