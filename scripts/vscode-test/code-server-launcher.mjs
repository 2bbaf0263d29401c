#!/usr/bin/env node
// A stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }).
// It accepts what runTests passes (--extensionDevelopmentPath=, --extensionTestsPath=, --user-data-dir=,
// --extensions-dir=, a folder; other flags are ignored), starts a fresh code-server (VS Code 1.139.1) in its own
// process group, opens the workbench with the smoke-test-driver payload in headless Chromium, pipes the mocha
// output of the extension host (codeAutomationLog) to stdout and exits with the workbench's code
// (codeAutomationExit). The process group is killed at the end, on signals and on the hard timeout.
//
// Env: GROUNDED_E2E_TIMEOUT  hard timeout in seconds (default 180)
//      GROUNDED_E2E_VERBOSE=1 also print the browser console and the code-server log
//      GROUNDED_E2E_KEEP=1   keep the temp dir (HOME, logs) even when the run passed
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as util from 'node:util';
import {
  launchChromium, missingPrerequisite, remoteUri, startCodeServer, tail, workbenchUrl,
} from './code-server.mjs';

const t0 = Date.now();
const say = (s) => process.stderr.write(`[launcher] ${s}\n`);
const verbose = process.env.GROUNDED_E2E_VERBOSE === '1';
const timeoutS = Number(process.env.GROUNDED_E2E_TIMEOUT || 180);

// The workbench's own log lines reach codeAutomationLog too; these known ones are not the tests' output.
const WORKBENCH_NOISE = new RegExp('^(' + [
  'Resolving connection token', 'Resolved connection token', 'Creating a socket', '\\[reconnection-grace-time\\]',
  'Updating additional builtin extensions cache', '\\[Service Worker\\]', '\\[AgentHost', '\\[AccountPolicyGate\\]',
  'getaddrinfo ENOTFOUND', 'Timed out waiting for authentication provider', '\\[driver\\]',
].join('|') + ')');

function parseArgs(argv) {
  const o = { devPaths: [], testsPath: undefined, userDataDir: undefined, extensionsDir: undefined, folder: undefined };
  const valueFlags = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    let m = /^--([^=]+)=(.*)$/s.exec(a);
    if (!m && a.startsWith('--') && valueFlags.has(a.slice(2)) && i + 1 < argv.length) m = [a, a.slice(2), argv[++i]];
    if (m) {
      const [, k, v] = m;
      if (k === 'extensionDevelopmentPath') o.devPaths.push(path.resolve(v));
      else if (k === 'extensionTestsPath') o.testsPath = path.resolve(v);
      else if (k === 'user-data-dir') o.userDataDir = path.resolve(v);
      else if (k === 'extensions-dir') o.extensionsDir = path.resolve(v);
      continue;
    }
    if (a.startsWith('-')) continue; // --no-sandbox, --disable-updates, --skip-welcome, … mean nothing here
    if (!o.folder) o.folder = path.resolve(a);
  }
  return o;
}

const opts = parseArgs(process.argv.slice(2));
const why = missingPrerequisite();
if (why) { say(`cannot run: ${why}`); process.exit(3); }
if (!opts.testsPath) { say('missing --extensionTestsPath='); process.exit(2); }
if (opts.devPaths.length === 0) { say('missing --extensionDevelopmentPath='); process.exit(2); }

const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-launcher-'));
let server;
let browser;
let finished = false;

async function finish(code, reason) {
  if (finished) return;
  finished = true;
  if (reason) say(reason);
  clearTimeout(hardTimer);
  try { await Promise.race([browser?.close(), new Promise((r) => setTimeout(r, 5000))]); } catch { /* gone */ }
  server?.stop();
  if (code !== 0 || verbose) {
    if (server) {
      say(`code-server log: ${server.logFile}`);
      if (verbose || code !== 0) process.stderr.write(tail(server.logFile, verbose ? 200 : 25) + '\n');
    }
    say(`temp dir kept: ${tmpDir}`);
  } else if (process.env.GROUNDED_E2E_KEEP !== '1') {
    fs.rmSync(tmpDir, { recursive: true, force: true });
  } else {
    say(`temp dir kept: ${tmpDir}`);
  }
  say(`exit ${code} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  process.exit(code);
}

const hardTimer = setTimeout(() => finish(124, `hard timeout: no result after ${timeoutS} s`), timeoutS * 1000);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => finish(130, `received ${sig}`));

try {
  server = await startCodeServer({
    workspace: opts.folder, userDataDir: opts.userDataDir, extensionsDir: opts.extensionsDir, tmpDir,
    log: verbose ? say : undefined,
  });
  say(`code-server (VS Code 1.139.1) ready on ${server.base} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  browser = await launchChromium();
  const page = await browser.newPage();
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = Array.isArray(args) ? util.format(...args) : String(args);
    if (!verbose && WORKBENCH_NOISE.test(text)) return;
    process.stdout.write(text.endsWith('\n') ? text : text + '\n');
  });
  await page.exposeFunction('codeAutomationExit', (code, logs) => {
    if (Array.isArray(logs)) {
      const dir = path.join(tmpDir, 'workbench-logs');
      for (const l of logs) {
        if (!l || typeof l.relativePath !== 'string') continue;
        const f = path.join(dir, path.normalize(l.relativePath).replace(/^(\.\.[/\\])+/, ''));
        fs.mkdirSync(path.dirname(f), { recursive: true });
        fs.writeFileSync(f, String(l.contents ?? ''));
      }
      if (code !== 0) say(`workbench logs (extension host, renderer): ${dir}`);
    }
    void finish(typeof code === 'number' ? code : 1);
  });
  if (verbose) {
    page.on('console', (m) => say(`[browser ${m.type()}] ${m.text()}`));
  }
  page.on('pageerror', (e) => say(`[browser pageerror] ${e.message}`));
  page.on('crash', () => void finish(1, 'the workbench page crashed'));

  const payload = [
    ...opts.devPaths.map((p) => ['extensionDevelopmentPath', remoteUri(server, p)]),
    ['extensionTestsPath', remoteUri(server, opts.testsPath)],
    ['skipWelcome', 'true'],
  ];
  const url = workbenchUrl(server, opts.folder ?? os.homedir(), payload);
  if (verbose) say(`open ${url}`);
  await page.goto(url);
} catch (e) {
  await finish(1, `launcher failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
}
