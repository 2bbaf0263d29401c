// The benchmark's language-server row alone (lsp.ts), for side-by-side runs of two builds' servers
// on one saved note (GROUNDED_BENCH_WRITE_NOTE of `npm run bench` writes one):
//   npx tsx test/bench/lsp-row.ts NOTE [SERVER_JS] [--corpus DIR]
// SERVER_JS defaults to this checkout's dist/server.js; a copy of another build's dist/ works (its
// workers are found beside it). Prints one JSON line: the row's figures, the server's memory
// (RSS at the end, VmHWM) and the load. GROUNDED_BENCH_SERVER_NODE_ARGS and
// GROUNDED_BENCH_SERVER_SNAPSHOT work as in `npm run bench`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { benchLsp } from './lsp';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const c = args.indexOf('--corpus');
  const corpus = c >= 0 ? path.resolve(args.splice(c, 2)[1]) : path.resolve(__dirname, '../../../shared/corpora/bbc-news');
  const [note, server = path.resolve(__dirname, '../../dist/server.js')] = args;
  if (!note) throw new Error('usage: npx tsx test/bench/lsp-row.ts NOTE [SERVER_JS] [--corpus DIR]');
  const txt = fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
  const r = await benchLsp(path.resolve(server), corpus, txt, fs.readFileSync(note, 'utf8'));
  const row = { server, hwmMB: r.serverPeakRssMB, rssMB: r.serverRssMB, readyMs: r.initToReadyMs, openMs: r.openToDiagnosticsMs, hoverP95: r.hover.p95, editMedianMs: r.diagnostics.rawMedian, diagnostics: r.openDiagnostics, load: Number(os.loadavg()[0].toFixed(1)) };
  process.stdout.write(JSON.stringify(row) + '\n');
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`${(e as Error).stack ?? e}\n`);
    process.exit(1);
  },
);
