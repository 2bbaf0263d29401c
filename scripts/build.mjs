// Bundles the extension client, the language server/CLI and the benchmark with esbuild.
// Type checking is `tsc -b` (project references); esbuild only transpiles and bundles, which keeps
// activation fast and the .vsix small (no node_modules inside).
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as nodePath from 'node:path';
import { wordnetTables } from './wordnet-tables.mjs';
import { asciiBundle } from './ascii-bundle.mjs';

/** Feeds every .ts file under dir (its path and its text, in a fixed order) into the hash h. */
function hashSources(h, dir) {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = nodePath.join(dir, e.name);
    if (e.isDirectory()) hashSources(h, p);
    else if (e.name.endsWith('.ts')) h.update(p).update(readFileSync(p));
  }
}

// A hash of the engine's code (server/src/engine): a source store loaded by another engine is read
// again (`grounded index --store` hashes each file with it), so a store never holds passages or
// figures that this engine would read differently.
function engineHash() {
  const h = createHash('sha256');
  hashSources(h, 'server/src/engine');
  return h.digest('hex').slice(0, 16);
}

// The version of what `grounded check` caches per note (cli/resultCache.ts): the whole server's
// code and the dependencies' locked versions (the lexicon's packages decide verdicts too).
function resultsHash() {
  const h = createHash('sha256');
  hashSources(h, 'server/src');
  h.update(readFileSync('package-lock.json'));
  return h.digest('hex').slice(0, 16);
}

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

// The libraries that read web pages, PDFs, Word files and bibliographies are large (PDF.js alone is
// ~3 MB) and needed only when a workspace has such files. They are bundled apart, into
// dist/vendor/, and the server's bundle requires them on first use (engine/formats and
// engine/bibliography import them dynamically): a workspace of .txt sources never loads them, and
// the CLI starts as fast as before. Specifiers that map to one file share one module (Citation.js's
// BibTeX plugin registers itself in the core it imports).
const VENDOR = {
  'pdfjs-dist/legacy/build/pdf.mjs': 'pdfjs',
  'pdfjs-dist/legacy/build/pdf.worker.mjs': 'pdfjs-worker',
  mammoth: 'mammoth',
  linkedom: 'linkedom',
  '@mozilla/readability': 'readability',
  '@citation-js/core': 'citation-js',
  '@citation-js/plugin-bibtex': 'citation-js',
  // the PostgreSQL client: loaded only for a postgres store (engine/stores/postgres/connect.ts)
  pg: 'pg',
  'pg-copy-streams': 'pg-copy-streams',
};
const VENDOR_ENTRIES = {
  'vendor/pdfjs': 'node_modules/pdfjs-dist/legacy/build/pdf.mjs',
  'vendor/pdfjs-worker': 'node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs',
  'vendor/mammoth': 'node_modules/mammoth/lib/index.js',
  'vendor/linkedom': 'scripts/vendor/linkedom.mjs',
  'vendor/readability': 'node_modules/@mozilla/readability/index.js',
  'vendor/citation-js': 'scripts/vendor/citation-js.mjs',
  'vendor/pg': 'node_modules/pg/lib/index.js',
  'vendor/pg-copy-streams': 'node_modules/pg-copy-streams/index.js',
};
const lazyVendor = {
  name: 'lazy-vendor',
  setup(build) {
    const names = Object.keys(VENDOR).map((k) => k.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    build.onResolve({ filter: new RegExp(`^(?:${names.join('|')})$`) }, (args) => ({ path: `./vendor/${VENDOR[args.path]}.js`, external: true }));
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
  // WordNet's tables re-encoded, read in place (scripts/wordnet-tables.mjs)
  plugins: [pdfjsQuiet, wordnetTables],
  // PDF.js reads import.meta.url only to find files it never needs here (its worker is handed
  // over in pdf.ts, fonts are not loaded): in a CommonJS bundle it is the bundle's own URL.
  define: { 'import.meta.url': '__bundleUrl', 'process.env.GROUNDED_ENGINE_HASH': JSON.stringify(engineHash()), 'process.env.GROUNDED_RESULTS_HASH': JSON.stringify(resultsHash()) },
  banner: { js: 'const __bundleUrl = require("url").pathToFileURL(__filename).href;' },
  // engine/workers starts its worker through tsx only when run from source, never from a bundle
  external: ['tsx/cjs'],
};
const minify = process.argv.includes('--minify');
const builds = [
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'], minify, plugins: [...common.plugins, asciiBundle] },
  { ...common, entryPoints: { server: 'server/src/cli/main.ts' }, outdir: 'dist', minify, plugins: [lazyVendor, wordnetTables, asciiBundle] },
  // the language server's index worker (engine/workers): a thread that makes the search index while
  // the server answers; found beside the bundle that starts it (dist/server.js, the benchmarks)
  { ...common, entryPoints: { 'index-worker': 'server/src/engine/workers/postingsThread.ts' }, outdir: 'dist', minify, plugins: [...common.plugins, asciiBundle] },
  { ...common, entryPoints: { 'extract-worker': 'server/src/engine/workers/extractThread.ts' }, outdir: 'dist', minify, plugins: [lazyVendor, wordnetTables, asciiBundle] },
  { ...common, entryPoints: { bench: 'test/bench/bench.ts' }, outdir: 'dist', external: ['minisearch', 'tsx/cjs'], plugins: [lazyVendor, wordnetTables] },
  { ...common, entryPoints: { scale: 'test/bench/scale.ts' }, outdir: 'dist', external: ['minisearch', 'tsx/cjs'], plugins: [lazyVendor, wordnetTables] },
  { ...common, entryPoints: { pathological: 'test/bench/pathological.ts' }, outdir: 'dist', plugins: [lazyVendor, wordnetTables] },
  { ...common, entryPoints: { 'lsp-scale': 'test/bench/lspScale.ts' }, outdir: 'dist', plugins: [lazyVendor, wordnetTables] },
  // pg-native (libpq bindings) is optional and never used: the pure JavaScript client is
  { ...common, entryPoints: VENDOR_ENTRIES, outdir: 'dist', minify, sourcemap: false, logLevel: 'error', external: ['pg-native', 'cloudflare:sockets'] },
].filter((b) => Object.values(b.entryPoints).every((e) => existsSync(e)));

if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
  console.log('esbuild: watching client, server and bench');
} else {
  const t0 = Date.now();
  await Promise.all(builds.map((b) => esbuild.build(b)));
  console.log(`esbuild: dist/ built in ${Date.now() - t0} ms`);
}
