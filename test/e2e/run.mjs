// Runs the extension-host suite (dist/test/e2e/suite, built by test/e2e/build.mjs) with @vscode/test-electron's
// runTests on a temp COPY of examples/ (tests edit files; the repo is never touched).
//   default:                 VS Code 1.139.1 = code-server from .vscode-test/ (scripts/vscode-test/setup.sh),
//                            through scripts/vscode-test/code-server-launcher.mjs; works offline
//   GROUNDED_E2E_DESKTOP=1:  desktop VS Code downloaded by @vscode/test-electron (needs internet), same suite
//   GROUNDED_E2E_VSCODE_VERSION: desktop version (default 'stable')
// Exit 0 when every test passed; 3 when the harness cannot run here (setup missing), 1 for that in CI.
import { runTests } from '@vscode/test-electron';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const suite = path.join(root, 'dist', 'test', 'e2e', 'suite', 'index.js');
const launcher = path.join(root, 'scripts', 'vscode-test', 'code-server-launcher.mjs');
const desktop = process.env.GROUNDED_E2E_DESKTOP === '1';

if (!fs.existsSync(suite)) {
  console.error(`[e2e] ${path.relative(root, suite)} is missing: run "node test/e2e/build.mjs" first`);
  process.exit(2);
}
if (!fs.existsSync(path.join(root, 'dist', 'client.js'))) {
  console.error('[e2e] dist/client.js is missing: run "node scripts/build.mjs" first');
  process.exit(2);
}
if (!desktop) {
  const { missingPrerequisite } = await import('../../scripts/vscode-test/code-server.mjs');
  const why = missingPrerequisite();
  if (why) {
    // in CI (the CI environment variable) a missing prerequisite is a failure, not a suite "not run"
    const ci = !['', '0', 'false'].includes((process.env.CI ?? '').trim().toLowerCase());
    console.error(`[e2e] ${ci ? 'prerequisite missing in CI' : 'not run'}: ${why}`);
    process.exit(ci ? 1 : 3);
  }
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-e2e-'));
const workspace = path.join(tmp, 'examples');
fs.cpSync(path.join(root, 'examples'), workspace, { recursive: true });
const t0 = Date.now();
let code = 1;
try {
  code = await runTests({
    ...(desktop ? { version: process.env.GROUNDED_E2E_VSCODE_VERSION || 'stable' } : { vscodeExecutablePath: launcher }),
    extensionDevelopmentPath: root,
    extensionTestsPath: suite,
    launchArgs: [
      workspace,
      `--user-data-dir=${path.join(tmp, 'user-data')}`,
      `--extensions-dir=${path.join(tmp, 'extensions')}`,
    ],
  });
} catch (err) {
  code = typeof err?.code === 'number' ? err.code : 1;
  console.error(`[e2e] ${err instanceof Error ? err.message : String(err)}`);
} finally {
  if (code === 0 || process.env.GROUNDED_E2E_KEEP !== '1') fs.rmSync(tmp, { recursive: true, force: true });
  else console.error(`[e2e] workspace copy kept: ${workspace}`);
}
console.error(`[e2e] ${desktop ? 'desktop VS Code' : 'code-server (VS Code 1.139.1)'}: exit ${code} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
process.exit(code);
