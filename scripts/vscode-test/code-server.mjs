// Helpers to run a real VS Code (code-server@4.139.1, installed by setup.sh into .vscode-test/) offline and to
// drive its web workbench with playwright-core + Debian's Chromium. Used by code-server-launcher.mjs (mocha suite
// inside the extension host) and by test/e2e/ui.test.ts (UI tests and screenshots).
// Recipe: /work/shared/recipes/vscode-offline.md.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE_DIR = process.env.GROUNDED_VSCODE_TEST_DIR || path.join(REPO_ROOT, '.vscode-test');
export const NODE24 = path.join(CACHE_DIR, 'node-24.9.0', 'bin', 'node');
export const CODE_SERVER_ENTRY = path.join(
  CACHE_DIR, 'code-server-4.139.1', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.GROUNDED_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/** User settings for every test server: no AI agent runtime, no startup noise. */
export const DEFAULT_SETTINGS = {
  'chat.disableAIFeatures': true,
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
};

/** Why the harness cannot run here, or undefined when it can. */
export function missingPrerequisite() {
  if (!fs.existsSync(NODE24)) return `Node 24 missing (${NODE24}): run scripts/vscode-test/setup.sh`;
  if (!fs.existsSync(CODE_SERVER_ENTRY)) return `code-server missing (${CODE_SERVER_ENTRY}): run scripts/vscode-test/setup.sh`;
  if (!fs.existsSync(CHROMIUM)) return `Chromium missing (${CHROMIUM}): run scripts/vscode-test/setup.sh as root or apt-get install chromium`;
  return undefined;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Copies a folder (e.g. examples/) into a fresh temp dir and returns the copy's path. */
export function copyToTemp(src, prefix = 'grounded-ws-') {
  const dst = path.join(fs.mkdtempSync(path.join(os.tmpdir(), prefix)), path.basename(src));
  fs.cpSync(src, dst, { recursive: true });
  return dst;
}

/** Installs the built extension (package.json, dist/, syntaxes/ …) by copying it into extensionsDir. */
export function installExtensionCopy(extensionsDir, repo = REPO_ROOT) {
  const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
  const dir = path.join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`);
  fs.mkdirSync(dir, { recursive: true });
  for (const f of ['package.json', 'dist', 'syntaxes', 'images', 'README.md', 'LICENSE', 'CHANGELOG.md',
    'language-configuration.json']) {
    const p = path.join(repo, f);
    if (fs.existsSync(p)) fs.cpSync(p, path.join(dir, f), { recursive: true });
  }
  // Runtime dependencies are bundled into dist/ by esbuild; nothing else to copy.
  return dir;
}

/**
 * Starts a fresh code-server in its own process group (setsid via `detached`), on a free port, with a throw-away
 * HOME and the test user settings. Resolves when /healthz answers.
 * @param {{ workspace?: string, userDataDir?: string, extensionsDir?: string, tmpDir?: string,
 *           settings?: object, smokeTestDriver?: boolean, log?: (s: string) => void }} opts
 */
export async function startCodeServer(opts = {}) {
  const why = missingPrerequisite();
  if (why) throw new Error(why);
  const tmpDir = opts.tmpDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-cs-'));
  const home = path.join(tmpDir, 'home');
  const userDataDir = opts.userDataDir ?? path.join(tmpDir, 'ud');
  const extensionsDir = opts.extensionsDir ?? path.join(tmpDir, 'ext');
  for (const d of [home, path.join(home, '.config'), path.join(home, '.local', 'share'), extensionsDir,
    path.join(userDataDir, 'User')]) fs.mkdirSync(d, { recursive: true });

  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  let existing = {};
  try { existing = JSON.parse(fs.readFileSync(settingsFile, 'utf8')); } catch { /* none or not JSON */ }
  fs.writeFileSync(settingsFile, JSON.stringify({ ...existing, ...DEFAULT_SETTINGS, ...(opts.settings ?? {}) }, null, 2));

  const port = await freePort();
  const args = [
    CODE_SERVER_ENTRY, '--config', '/dev/null', '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--disable-telemetry',
    '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
  ];
  if (opts.smokeTestDriver !== false) args.push('--vscode-option', 'enable-smoke-test-driver');
  if (opts.workspace) args.push(opts.workspace);

  const env = { ...process.env };
  for (const k of Object.keys(env)) {
    if (k.startsWith('VSCODE_') || k.startsWith('ELECTRON_') || k === 'NODE_OPTIONS') delete env[k];
  }
  Object.assign(env, {
    HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(home, '.cache'), TMPDIR: process.env.TMPDIR ?? os.tmpdir(),
  });
  const logFile = path.join(tmpDir, 'code-server.log');
  const out = fs.openSync(logFile, 'a');
  // detached: the child calls setsid(), so it leads its own process group that we kill as a whole.
  const child = spawn(NODE24, args, { env, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  let exited = false;
  child.on('exit', () => { exited = true; });

  const stop = () => {
    if (child.pid === undefined) return;
    for (const sig of ['SIGTERM', 'SIGKILL']) {
      try { process.kill(-child.pid, sig); } catch { /* group gone */ }
    }
  };
  // Never leave the group behind, whatever way this process ends.
  process.once('exit', stop);

  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited at startup; log: ${logFile}\n${tail(logFile)}`);
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) break;
    } catch { /* not yet */ }
    if (Date.now() > deadline) { stop(); throw new Error(`code-server did not answer /healthz in 30 s; log: ${logFile}`); }
    await sleep(150);
  }
  opts.log?.(`code-server on ${base} (pid ${child.pid}, log ${logFile})`);
  return { port, base, authority: `127.0.0.1:${port}`, pid: child.pid, tmpDir, userDataDir, extensionsDir, logFile, stop };
}

export function tail(file, lines = 40) {
  try { return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n'); } catch { return ''; }
}

/** Launches Debian's Chromium headless through playwright-core. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** Workbench URL for a folder, optionally with the smoke-test-driver payload (development extension + tests). */
export function workbenchUrl(server, folder, payload) {
  let url = `${server.base}/?folder=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

/** vscode-remote URI of a path on the server's file system. */
export function remoteUri(server, p) {
  return `vscode-remote://${server.authority}${path.resolve(p).split(path.sep).map(encodeURIComponent).join('/')}`;
}
