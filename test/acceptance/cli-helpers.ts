// Running the CLI in small workspaces written here: in-process (main(), the same code as the bundle,
// without a process start per case) or as the built command (dist/server.js, as bin/grounded runs it).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../server/src/cli/main';
import { NodeFileSystem } from '../../server/src/engine/workspace';

export const ROOT = path.resolve(__dirname, '../..');
export const CLI = path.join(ROOT, 'dist/server.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let cacheHome: string | undefined;

/**
 * The cache folder (XDG_CACHE_HOME) of the commands run here: one temporary folder per test process,
 * removed when it exits, so that tests never fill the user's cache with the index of their workspaces.
 */
export function testCacheHome(): string {
  if (!cacheHome) {
    const dir = (cacheHome = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-test-cache-')));
    process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  }
  return cacheHome;
}

/** `grounded ARGS...` in `cwd`, in-process: main() with the working directory and output captured. */
export async function grounded(cwd: string, args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io = { cwd, out: (s: string) => void (stdout += s), err: (s: string) => void (stderr += s), tty: false, color: false, env: { ...process.env, XDG_CACHE_HOME: testCacheHome() } };
  const code = await main(args, new NodeFileSystem(), io);
  return { code, stdout, stderr };
}

/** `grounded ARGS...` in `cwd`, as the built command. */
export function groundedProcess(cwd: string, args: string[]): Run {
  assert.ok(fs.existsSync(CLI), 'dist/server.js is missing: run npm run build');
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: testCacheHome() } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary folder with these files (relative paths → text). */
export function workspace(files: Record<string, string>, prefix = 'grounded-cli-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

export const ACME = 'Acme report\n\nAcme sold 12,500 widgets in 2023, up 4.5% on the year before. The chief executive called it "a year of steady, careful growth".\n';

/** A note with one of each finding: a wrong figure (warning), a missing quote (warning), an unknown key (error). */
export const NOTE = [
  '# Acme',
  '',
  'Acme sold 15,500 widgets in 2023 [@acme].',
  '',
  'The chief executive called it "a year of wild and reckless expansion" [@acme].',
  '',
  'Sales rose 4.5% [@acmee].',
  '',
].join('\n');
