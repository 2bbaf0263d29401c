// Bundles the extension client, the language server/CLI and the benchmark with esbuild.
// Type checking is `tsc -b` (project references); esbuild only transpiles and bundles, which keeps
// activation fast and the .vsix small (no node_modules inside).
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

// PDF.js (engine/formats/pdf.ts) is bundled too. On load under Node its legacy build tries to
// require @napi-rs/canvas to polyfill DOMMatrix, ImageData and Path2D for rendering, and prints a
// warning for each that is missing. Grounded only reads the text layer, which needs none of them,
// so the bundle skips that block. The build fails if the block is not found (a new PDF.js version:
// look again).
const PDFJS_NODE_POLYFILLS = 'if (isNodeJS) {\n  let canvas;';
const pdfjsQuiet = {
  name: 'pdfjs-no-canvas-polyfills',
  setup(build) {
    build.onLoad({ filter: /pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.mjs$/ }, (args) => {
      const code = readFileSync(args.path, 'utf8');
      if (!code.includes(PDFJS_NODE_POLYFILLS)) throw new Error(`pdfjs-no-canvas-polyfills: the polyfill block is not in ${args.path}`);
      return { contents: code.replace(PDFJS_NODE_POLYFILLS, 'if (false) {\n  let canvas;'), loader: 'js' };
    });
  },
};

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
  plugins: [pdfjsQuiet],
  // PDF.js reads import.meta.url only to find files it never needs here (its worker is handed
  // over in pdf.ts, fonts are not loaded): in a CommonJS bundle it is the bundle's own URL.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: 'const __bundleUrl = require("url").pathToFileURL(__filename).href;' },
};
const minify = process.argv.includes('--minify');
const builds = [
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'], minify },
  { ...common, entryPoints: { server: 'server/src/cli/main.ts' }, outdir: 'dist', minify },
  { ...common, entryPoints: { bench: 'test/bench/bench.ts' }, outdir: 'dist', external: ['minisearch'] },
].filter((b) => Object.values(b.entryPoints).every((e) => existsSync(e)));

if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
  console.log('esbuild: watching client, server and bench');
} else {
  const t0 = Date.now();
  await Promise.all(builds.map((b) => esbuild.build(b)));
  console.log(`esbuild: dist/ built in ${Date.now() - t0} ms`);
}
