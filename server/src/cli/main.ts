// The `grounded` command line: check notes, search sources, or run the language server.
import { searchHits, type PassageHit } from '../engine/search';
import type { PassageStore } from '../engine/store';
import { locationSuffix } from '../engine/sources';
import { NodeFileSystem, type FileSystem } from '../engine/workspace';
import { checkLspArgs, COMMANDS, HELP, parseCommandArgs, UsageError, VERSION, type Args, type Command } from './args';
import { runCheck } from './check';
import { runIndex } from './storeIndex';
import { ConfigError, loadSources, openCliStore, rel, withRepairs, type Io } from './workspace';

async function runSearch(fs: FileSystem, args: Args, io: Io): Promise<number> {
  const query = args.rest.join(' ').trim();
  if (!query) throw new UsageError('search needs a query');
  const { corpus, hits, close } = args.store ? await storeSearch(args.store, query, args.limit) : await localSearch(fs, args, io, query);
  await close();
  if (hits.length === 0) {
    io.out(`no passage matches "${query}"\n`);
    return 1;
  }
  for (const h of hits) {
    io.out(`${rel(io, h.source.path)}:${locationSuffix(h.passage)}: [@${corpus.shortKey(h.source)}] ${h.passage.text.replace(/\s+/g, ' ')}\n`);
  }
  return 0;
}

async function localSearch(fs: FileSystem, args: Args, io: Io, query: string): Promise<{ corpus: PassageStore; hits: PassageHit[]; close(): Promise<void> }> {
  // (the hits and their texts read again on the sources repaired when they met a damaged text of the index cache)
  return withRepairs(await loadSources(fs, args, io), async ({ corpus }) => {
    const hits = searchHits(corpus, query, args.limit);
    for (const h of hits) void h.passage.text;
    return { corpus, hits, close: async () => undefined };
  });
}

/** `search --store`: the same search over a shared store. */
async function storeSearch(url: string, query: string, limit: number): Promise<{ corpus: PassageStore; hits: PassageHit[]; close(): Promise<void> }> {
  const store = await openCliStore(url);
  try {
    return { hits: await store.search(query, limit), corpus: await store.view(), close: () => store.close() };
  } catch (e) {
    await store.close().catch(() => undefined);
    throw e;
  }
}

async function runLsp(): Promise<void> {
  const { startServer } = await import('../lsp/server');
  startServer();
}

/** Started by an LSP client directly (`node dist/server.js --stdio`). */
const LSP_TRANSPORT = /^--(stdio|node-ipc|socket|pipe|clientProcessId)\b/;

function isCommand(s: string | undefined): s is Command {
  return (COMMANDS as readonly string[]).includes(s ?? '');
}

function defaultIo(): Io {
  return {
    cwd: process.cwd(),
    out: (s) => void process.stdout.write(s),
    outBytes: (b) => void process.stdout.write(b),
    err: (s) => void process.stderr.write(s),
    tty: Boolean(process.stderr.isTTY),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  };
}

/** Run a command; resolves to its exit status, or -1 for the language server (which keeps running). */
export async function main(argv: string[], fs: FileSystem = new NodeFileSystem(), io: Io = defaultIo()): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'check':
      case 'search':
      case 'index': {
        const args = parseCommandArgs(cmd, rest);
        if (args.help) {
          io.out(HELP[cmd] + '\n');
          return 0;
        }
        return cmd === 'check' ? await runCheck(fs, args, io) : cmd === 'index' ? await runIndex(fs, args, io) : await runSearch(fs, args, io);
      }
      case 'lsp':
        if (checkLspArgs(rest).help) {
          io.out(HELP.lsp + '\n');
          return 0;
        }
        await runLsp();
        return -1;
      case '--version':
      case '-v':
      case 'version':
        io.out(VERSION + '\n');
        return 0;
      case '--help':
      case '-h':
      case 'help': {
        const topic = rest[0];
        if (topic !== undefined && !isCommand(topic)) throw new UsageError(`no help for "${topic}": the commands are ${COMMANDS.join(', ')}`);
        io.out((topic ? HELP[topic] : HELP.main) + '\n');
        return 0;
      }
      case undefined:
        io.err(HELP.main + '\n');
        return 2;
      default:
        if (LSP_TRANSPORT.test(cmd)) {
          checkLspArgs(argv);
          await runLsp();
          return -1;
        }
        throw new UsageError(`unknown command "${cmd}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`grounded: ${e.message}\nRun "grounded help${isCommand(cmd) ? ' ' + cmd : ''}" for usage.\n`);
      return 2;
    }
    if (e instanceof ConfigError) {
      io.err(`grounded: ${e.message}\n`);
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
