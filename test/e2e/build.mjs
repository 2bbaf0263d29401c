// Bundles the end-to-end suite that runs inside VS Code's extension host into dist/test/e2e/suite/.
// `vscode` is provided by the extension host; mocha stays external and is required from the repo's node_modules.
// Usage: node test/e2e/build.mjs
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const suiteDir = path.join(root, 'test', 'e2e', 'suite');
const outdir = path.join(root, 'dist', 'test', 'e2e', 'suite');
const entryPoints = fs
  .readdirSync(suiteDir)
  .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
  .map((f) => path.join(suiteDir, f));

const t0 = Date.now();
fs.rmSync(outdir, { recursive: true, force: true });
await esbuild.build({
  entryPoints,
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  logLevel: 'warning',
  external: ['vscode', 'mocha'],
});
console.log(`esbuild: dist/test/e2e/suite/ (${entryPoints.length} files) built in ${Date.now() - t0} ms`);
