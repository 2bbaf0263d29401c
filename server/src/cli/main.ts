// The `grounded` command line: check notes, search sources, or run the language server.
import * as path from 'node:path';
import { checkNote } from '../engine/check';
import { errorCode, FileSystem, findFiles, folderSet, loadConfig, loadWorkspace, GroundedConfig, NodeFileSystem, readText, SourceSet, tryStat } from '../engine/workspace';
import { formatJson, formatText } from './report';
import { searchHits } from '../engine/search';

const VERSION = '0.1.0';

const USAGE = `Usage:
  grounded check [--sources DIR]... [--format text|json] [--config FILE] PATHS...
      Check notes (markdown files, or folders of them) against the sources.
      Exit 0 when clean, 1 when any error or warning is found, 2 on bad usage.
  grounded search [--sources DIR]... [--config FILE] [--limit N] QUERY...
      Print the source passages that best match QUERY, with file:line.
  grounded lsp [--stdio | --node-ipc | --socket=PORT]
      Run the language server (any LSP client: VS Code, Neovim, Helix...).

Sources come from --sources folders, else from "sources" in grounded.json (or the "grounded"
settings of .vscode/settings.json) in the current folder, else from sources/**/*.{txt,md}.`;

class UsageError extends Error {}

interface Args {
  sources: string[];
  format: 'text' | 'json';
  config?: string;
  limit: number;
  rest: string[];
}

function parseArgs(argv: string[]): Args {
  const a: Args = { sources: [], format: 'text', limit: 10, rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (name: string) => {
      const eq = arg.indexOf('=');
      if (eq !== -1) return arg.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (arg === '--sources' || arg.startsWith('--sources=')) a.sources.push(value('--sources'));
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const f = value('--format');
      if (f !== 'text' && f !== 'json') throw new UsageError(`--format must be text or json, not "${f}"`);
      a.format = f;
    } else if (arg === '--config' || arg.startsWith('--config=')) a.config = value('--config');
    else if (arg === '--limit' || arg.startsWith('--limit=')) {
      const n = Number(value('--limit'));
      if (!Number.isInteger(n) || n < 1) throw new UsageError('--limit must be a positive integer');
      a.limit = n;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else a.rest.push(arg);
  }
  return a;
}

async function resolveSources(fs: FileSystem, args: Args): Promise<{ sets: SourceSet[]; describe: string; config: GroundedConfig }> {
  const cwd = process.cwd();
  const root = args.config ? path.dirname(path.resolve(args.config)) : cwd;
  const loaded = await loadConfig(fs, root, args.config && path.resolve(args.config));
  if (loaded.error) throw new UsageError(loaded.error);
  for (const dir of args.sources) {
    const abs = path.resolve(cwd, dir);
    if ((await tryStat(fs, abs))?.kind !== 'directory') throw new UsageError(`--sources ${dir}: no such folder`);
  }
  const sets = args.sources.length ? args.sources.map((d) => folderSet(path.resolve(cwd, d))) : [{ root, globs: loaded.config.sources }];
  const describe = sets.map((s) => `${s.globs.join(', ')} under ${path.relative(cwd, s.root) || '.'}`).join('; ');
  return { sets, describe, config: loaded.config };
}

/** "Indexing 1200/2225 sources…" on a terminal (never in pipes or CI logs), cleared when done. */
function progress(): ((done: number, total: number) => void) & { clear(): void } {
  const tty = process.stderr.isTTY;
  let shown = false;
  const f = ((done: number, total: number) => {
    if (!tty || total < 400) return;
    process.stderr.write(`\rIndexing ${done}/${total} sources…`);
    shown = true;
  }) as ((done: number, total: number) => void) & { clear(): void };
  f.clear = () => {
    if (shown) process.stderr.write('\r\x1b[K');
  };
  return f;
}

async function collectNotes(fs: FileSystem, paths: string[], exclude: Set<string>): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const abs = path.resolve(p);
    const st = await tryStat(fs, abs);
    if (!st) throw new UsageError(`${p}: no such file or folder`);
    if (st.kind === 'directory') {
      for (const f of await findFiles(fs, abs, ['**/*.{md,markdown}'])) if (!exclude.has(f)) out.push(f);
    } else out.push(abs);
  }
  return [...new Set(out)];
}

async function runCheck(fs: FileSystem, args: Args): Promise<number> {
  if (args.rest.length === 0) throw new UsageError('check needs at least one note file or folder');
  const { sets, describe, config } = await resolveSources(fs, args);
  const t0 = performance.now();
  const p = progress();
  const ws = await loadWorkspace(fs, sets, config, p);
  p.clear();
  for (const w of ws.warnings) process.stderr.write(`${path.relative(process.cwd(), w.path)}: warning: ${w.message}\n`);
  if (ws.corpus.sources.length === 0) {
    throw new UsageError(`no source files found (looked for ${describe}); pass --sources DIR or set "sources" in grounded.json`);
  }
  const notePaths = await collectNotes(fs, args.rest, new Set(ws.files));
  const reports = [];
  for (const p of notePaths) {
    let text: string;
    try {
      text = await readText(fs, p);
    } catch (e) {
      throw new UsageError(`${p}: cannot read (${errorCode(e)})`);
    }
    reports.push({ path: p, report: checkNote(text, ws.corpus, { hedgeTolerance: config.hedgeTolerance, rules: config.rules }) });
  }
  const ms = performance.now() - t0;
  if (args.format === 'json') process.stdout.write(formatJson(reports, ws.corpus) + '\n');
  else process.stdout.write(formatText(reports, ws.corpus, { ms, sources: ws.corpus.sources.length, cwd: process.cwd() }));
  const bad = reports.some((r) => r.report.diagnostics.some((d) => d.severity === 'error' || d.severity === 'warning'));
  return bad ? 1 : 0;
}

async function runSearch(fs: FileSystem, args: Args): Promise<number> {
  const query = args.rest.join(' ').trim();
  if (!query) throw new UsageError('search needs a query');
  const { sets, describe, config } = await resolveSources(fs, args);
  const p = progress();
  const ws = await loadWorkspace(fs, sets, config, p);
  p.clear();
  for (const w of ws.warnings) process.stderr.write(`${path.relative(process.cwd(), w.path)}: warning: ${w.message}\n`);
  if (ws.corpus.sources.length === 0) throw new UsageError(`no source files found (looked for ${describe})`);
  const hits = searchHits(ws.corpus, query, args.limit);
  if (hits.length === 0) {
    process.stdout.write(`no passage matches "${query}"\n`);
    return 1;
  }
  for (const h of hits) {
    const rel = path.relative(process.cwd(), h.source.path);
    process.stdout.write(`${rel}:${h.passage.line + 1}: [@${ws.corpus.shortKey(h.source)}] ${h.passage.text.replace(/\s+/g, ' ')}\n`);
  }
  return 0;
}

async function runLsp(): Promise<void> {
  const { startServer } = await import('../lsp/server');
  startServer();
}

export async function main(argv: string[], fs: FileSystem = new NodeFileSystem()): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'check':
        return await runCheck(fs, parseArgs(rest));
      case 'search':
        return await runSearch(fs, parseArgs(rest));
      case 'lsp':
        await runLsp();
        return -1; // keeps running
      case '--version':
      case '-v':
        process.stdout.write(VERSION + '\n');
        return 0;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(USAGE + '\n');
        return cmd === undefined ? 2 : 0;
      default:
        // Started by an LSP client directly (`node dist/server.js --stdio`).
        if (cmd.startsWith('--stdio') || cmd.startsWith('--node-ipc') || cmd.startsWith('--socket') || cmd.startsWith('--clientProcessId')) {
          await runLsp();
          return -1;
        }
        throw new UsageError(`unknown command "${cmd}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`grounded: ${e.message}\nRun "grounded --help" for usage.\n`);
      return 2;
    }
    throw e;
  }
}

/** Run the CLI and set the exit code (used by bin/grounded and when this bundle is run directly). */
export function run(argv: string[]): void {
  main(argv).then(
    (code) => {
      if (code >= 0) process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`grounded: internal error: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 3;
    },
  );
}

if (require.main === module) run(process.argv.slice(2));
