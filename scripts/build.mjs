// Bundles the extension client, the language server/CLI and the benchmark with esbuild.
// Type checking is `tsc -b` (project references); esbuild only transpiles and bundles, which keeps
// activation fast and the .vsix small (no node_modules inside).
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  // unified/remark are ESM-only; esbuild turns them into CJS inside the bundle.
  mainFields: ['module', 'main'],
};
const minify = process.argv.includes('--minify');
const builds = [
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'], minify },
  { ...common, entryPoints: { server: 'server/src/cli/main.ts' }, outdir: 'dist', minify },
  { ...common, entryPoints: { bench: 'test/bench/bench.ts' }, outdir: 'dist', external: ['minisearch'] },
  { ...common, entryPoints: { pathological: 'test/bench/pathological.ts' }, outdir: 'dist' },
].filter((b) => Object.values(b.entryPoints).every((e) => existsSync(e)));

if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
  console.log('esbuild: watching client, server and bench');
} else {
  const t0 = Date.now();
  await Promise.all(builds.map((b) => esbuild.build(b)));
  console.log(`esbuild: dist/ built in ${Date.now() - t0} ms`);
}
