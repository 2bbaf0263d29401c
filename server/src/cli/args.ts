// The command line's words: the help of each command, and the parsing of its options.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { version } from '../../../package.json';
import { isPostgresStore } from '../engine/stores';

export const VERSION: string = version;

/** Bad usage: a message for stderr, exit status 2. */
export class UsageError extends Error {}

export type Format = 'text' | 'json' | 'sarif';
export type FailOn = 'error' | 'warning' | 'info';

export interface Args {
  sources: string[];
  format: Format;
  failOn: FailOn;
  allowEmpty: boolean;
  config?: string;
  /** The folder that keeps the index and the text extracted from PDFs, web pages and Word files between runs (default: the user's cache folder). */
  cache?: string;
  /** Keep nothing between runs. */
  noCache: boolean;
  limit: number;
  /** A source store (`postgres://…`) to check against, or to load sources into (index). */
  store?: string;
  help: boolean;
  rest: string[];
}

export const COMMANDS = ['check', 'search', 'index', 'lsp'] as const;
export type Command = (typeof COMMANDS)[number];

const EXIT = `Exit status: 0 when no finding is at or above --fail-on; 1 when one is; 2 on bad usage or
configuration (an unknown option, a bad setting, no sources, no notes); 3 on an internal error.`;

export const HELP: Record<Command | 'main', string> = {
  main: `grounded ${version}: check the figures, quotes and citations of markdown notes against source articles.

Usage:
  grounded check [options] PATHS...    check notes (files, or folders of them)
  grounded search [options] QUERY...   print the source passages that best match QUERY
  grounded index --store URL --sources DIR...
                                       load source folders into a shared PostgreSQL store
  grounded lsp [--stdio | --node-ipc | --socket=PORT]
                                       run the language server (VS Code, Neovim, Helix...)
  grounded help [COMMAND]              show the help of a command
  grounded --version                   print the version

Sources come from --sources folders, else from "sources" in grounded.json (or the "grounded"
settings of .vscode/settings.json) in the current folder, else from sources/**/*.{txt,md,html,htm,pdf,docx}.
Run "grounded help check" for the options of check.`,

  check: `Usage: grounded check [options] PATHS...

Check markdown notes (files, or folders searched for *.md and *.markdown) against the sources.
A source file given as a note is skipped with a warning.

Options:
  --sources DIR     a folder of source articles (repeatable); default: "sources" of the settings,
                    else sources/**/*.{txt,md,html,htm,pdf,docx}
  --config FILE     the settings file (default: ./grounded.json, else ./.vscode/settings.json)
  --format FORMAT   text (default, compiler-style), json (a stable contract, "version": 1) or
                    sarif (SARIF 2.1.0, for code scanning)
  --fail-on LEVEL   the least severe finding that fails the run: error, warning (default) or info
  --allow-empty     exit 0 when no notes are found (by default that is an error, exit 2)
  --cache DIR       keep the index (passages, figures, terms), the text extracted from PDFs,
                    web pages and Word files, and each note's result in DIR, so that the next run
                    does not compute them again (by content: a changed file is re-read, a note
                    whose text, settings or sources changed is checked again); default: the
                    user's cache folder ($XDG_CACHE_HOME/grounded or ~/.cache/grounded)
  --no-cache        keep nothing between runs
  --store URL       check against a shared source store instead of --sources: postgres://user@host/db
                    (loaded by "grounded index"; PG* environment variables fill in the rest, e.g.
                    PGPASSWORD; "postgres:" alone takes everything from them)
  -h, --help        show this help

${EXIT}`,

  index: `Usage: grounded index --store URL --sources DIR...

Load the source folders into a shared PostgreSQL store (postgres://user@host:port/db; PG*
environment variables such as PGPASSWORD and PGSSLMODE fill in what the URL leaves out). Creates
or upgrades the store's tables first. Incremental: a file whose content is unchanged is not read
again, a changed one is replaced, one gone from the folders is removed. Sources are written in
batches, each committed on its own: an interrupted load keeps what it wrote, and running it again
finishes the rest.

Options:
  --store URL       the store (required)
  --sources DIR     a folder of source articles (repeatable); default: "sources" of the settings
  --config FILE     the settings file (default: ./grounded.json, else ./.vscode/settings.json)
  --cache DIR       keep the text extracted from PDFs, web pages and Word files in DIR
  -h, --help        show this help

Exit status: 0 when loaded; 2 on bad usage or configuration; 3 when the store cannot be reached
or the load fails (run it again to resume).`,

  search: `Usage: grounded search [options] QUERY...

Print the source passages that best match QUERY, as file:line: [@key] passage.

Options:
  --sources DIR     a folder of source articles (repeatable)
  --store URL       search a shared source store instead: postgres://user@host/db (PG* variables
                    fill in the rest; "grounded index --store" loads it)
  --config FILE     the settings file (default: ./grounded.json, else ./.vscode/settings.json)
  --limit N         at most N passages (default 10)
  --cache DIR       keep the index and extracted text in DIR (default: the user's cache folder)
  --no-cache        keep nothing between runs
  -h, --help        show this help

Exit status: 0 when a passage matches; 1 when none does; 2 on bad usage or configuration (or a
store that cannot be reached).`,

  lsp: `Usage: grounded lsp [--stdio | --node-ipc | --socket=PORT | --pipe=NAME] [--clientProcessId=PID]

Run the language server (stdio when no transport is given). For VS Code, Neovim, Helix and any
other LSP client; see the README for their settings.`,
};

/** Options of each command, for node:util's parseArgs. */
const OPTIONS = {
  check: {
    sources: { type: 'string', multiple: true },
    config: { type: 'string' },
    format: { type: 'string' },
    'fail-on': { type: 'string' },
    'allow-empty': { type: 'boolean' },
    cache: { type: 'string' },
    'no-cache': { type: 'boolean' },
    store: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  index: {
    store: { type: 'string' },
    sources: { type: 'string', multiple: true },
    config: { type: 'string' },
    cache: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  search: {
    sources: { type: 'string', multiple: true },
    store: { type: 'string' },
    config: { type: 'string' },
    limit: { type: 'string' },
    cache: { type: 'string' },
    'no-cache': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  lsp: {
    stdio: { type: 'boolean' },
    'node-ipc': { type: 'boolean' },
    socket: { type: 'string' },
    pipe: { type: 'string' },
    clientProcessId: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
} as const satisfies Record<Command, ParseArgsConfig['options']>;

type Values = Record<string, string | boolean | string[] | undefined>;

/** node:util's parseArgs, its errors as usage errors ("check: Unknown option '--bogus'"). */
function parse(cmd: Command, argv: string[]): { values: Values; positionals: string[] } {
  try {
    const options: ParseArgsConfig['options'] = OPTIONS[cmd];
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as Values, positionals };
  } catch (e) {
    throw new UsageError(`${cmd}: ${(e as Error).message.split('. ')[0]}`);
  }
}

function oneOf<T extends string>(name: string, v: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(v)) throw new UsageError(`${name} must be ${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}, not "${v}"`);
  return v as T;
}

export function parseCommandArgs(cmd: 'check' | 'search' | 'index', argv: string[]): Args {
  const { values: v, positionals } = parse(cmd, argv);
  const str = (name: string) => v[name] as string | undefined;
  const a: Args = { sources: (v.sources as string[] | undefined) ?? [], format: 'text', failOn: 'warning', allowEmpty: v['allow-empty'] === true, noCache: v['no-cache'] === true, limit: 10, help: v.help === true, rest: positionals };
  if (str('config') !== undefined) a.config = str('config');
  if (str('cache') !== undefined) a.cache = str('cache');
  if (a.cache !== undefined && a.noCache) throw new UsageError('--cache and --no-cache contradict each other: give one');
  if (str('store') !== undefined) {
    if (!isPostgresStore(str('store')!)) throw new UsageError('--store must be a postgres:// URL');
    a.store = str('store');
  }
  if (cmd === 'index' && !a.help && a.store === undefined) throw new UsageError('index needs --store URL');
  if (cmd === 'index' && !a.help && positionals.length) throw new UsageError(`index takes no operands (got "${positionals[0]}"): give folders with --sources`);
  if (str('format') !== undefined) a.format = oneOf('--format', str('format')!, ['text', 'json', 'sarif'] as const);
  if (str('fail-on') !== undefined) a.failOn = oneOf('--fail-on', str('fail-on')!, ['error', 'warning', 'info'] as const);
  if (str('limit') !== undefined) {
    const n = Number(str('limit'));
    if (!Number.isInteger(n) || n < 1) throw new UsageError('--limit must be a positive integer');
    a.limit = n;
  }
  return a;
}

/** The language server's own options (vscode-languageserver reads them from process.argv). */
export function checkLspArgs(argv: string[]): { help: boolean } {
  const { values: v, positionals } = parse('lsp', argv);
  if (positionals.length) throw new UsageError(`lsp takes no operands (got "${positionals[0]}")`);
  for (const name of ['socket', 'clientProcessId']) {
    const value = v[name];
    if (value !== undefined && !/^\d+$/.test(String(value))) throw new UsageError(`lsp: --${name} needs a number, not "${value}"`);
  }
  return { help: v.help === true };
}
