// `grounded` run in-process on the real file system, and sources written with a stat old enough to
// vouch for them: for the tests of the CLI's caches (result-cache, check-memo).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { main } from '../../server/src/cli/main';
import { NodeFileSystem } from '../../server/src/engine/workspace';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `grounded ARGS` in `cwd`: its exit code and what it printed. */
export async function grounded(cwd: string, args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io = { cwd, out: (s: string) => void (stdout += s), err: (s: string) => void (stderr += s), tty: false, color: false, env: {} };
  const code = await main(args, new NodeFileSystem(), io);
  return { code, stdout, stderr };
}

/** Sources written a minute ago: their stats can vouch for them at once (not "racy", persist/fileTable.ts). */
export function writeSource(dir: string, rel: string, text: string, agoSeconds = 60): void {
  const p = path.join(dir, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text);
  const t = new Date(Date.now() - agoSeconds * 1000);
  fs.utimesSync(p, t, t);
}
