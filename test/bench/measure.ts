// The benchmark's measuring tools: progress on stderr, timing runs (each after a gc), medians and
// percentiles, rounding and units.
import * as fs from 'node:fs';

export const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);
export const now = () => performance.now();
export const gc = (globalThis as { gc?: () => void }).gc;
export const collect = () => {
  if (gc) {
    gc();
    gc();
  }
};

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}
/** Nearest-rank percentile. */
export function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] : NaN;
}
export const min = (xs: number[]) => Math.min(...xs);
export const r1 = (x: number) => Math.round(x * 10) / 10;
export const r2 = (x: number) => Math.round(x * 100) / 100;
export const MB = 1e6; // MB/s figures are 10^6 bytes per second
export const MiB = 1024 * 1024;
export const mbps = (bytes: number, ms: number) => bytes / MB / (ms / 1000);

/** Linux's USER_HZ: the unit of the cpu times in /proc/…/stat (100 wherever Linux runs Node). */
export const PROC_CLOCK_TICKS = 100;

/**
 * One thread's cpu (user + system, ms) from the text of its /proc stat file: fields 14 and 15
 * (utime, stime), counted after the command name, which is in parentheses and may hold spaces and
 * parentheses itself.
 */
export function statCpuMs(stat: string): number {
  // (after the name's ")" and a space, the first field is the third, the state: utime is the 12th from there)
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / PROC_CLOCK_TICKS;
}

/**
 * The calling thread's cpu in ms (/proc/thread-self/stat: Linux), or undefined where there is none.
 * process.cpuUsage counts every thread of the process, V8's compiler threads too: at 100 MB they
 * spend as much cpu during a note's check as the check itself (docs/performance.md, Session 33).
 */
export function threadCpuMs(): number | undefined {
  try {
    return statCpuMs(fs.readFileSync('/proc/thread-self/stat', 'utf8'));
  } catch {
    return undefined;
  }
}

/** Time fn() `runs` times (each after a gc); returns the durations in ms and the last result. */
export function timeRuns<T>(runs: number, fn: () => T): { ms: number[]; cpu: number[]; last: T } {
  const ms: number[] = [];
  const cpu: number[] = [];
  let last!: T;
  for (let i = 0; i < runs; i++) {
    last = undefined as T; // let the previous result be collected
    collect();
    const c = process.cpuUsage();
    const t = now();
    last = fn();
    ms.push(now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { ms, cpu, last };
}

/** timeRuns for an async fn (awaited one run after another). */
export async function timeRunsAsync<T>(runs: number, fn: () => Promise<T>): Promise<{ ms: number[]; cpu: number[]; last: T }> {
  const ms: number[] = [];
  const cpu: number[] = [];
  let last!: T;
  for (let i = 0; i < runs; i++) {
    last = undefined as T; // let the previous result be collected
    collect();
    const c = process.cpuUsage();
    const t = now();
    last = await fn();
    ms.push(now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { ms, cpu, last };
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
export const timeout = <T>(ms: number, what: string) => new Promise<T>((_, rej) => setTimeout(() => rej(new Error(`timed out: ${what} (${ms} ms)`)), ms).unref());
