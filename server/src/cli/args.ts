// The command line's words: the help of each command, and the parsing of its options.
import { version } from '../../../package.json';

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
  limit: number;
  help: boolean;
  rest: string[];
}

export const COMMANDS = ['check', 'search', 'lsp'] as const;
export type Command = (typeof COMMANDS)[number];

const EXIT = `Exit status: 0 when no finding is at or above --fail-on; 1 when one is; 2 on bad usage or
configuration (an unknown option, a bad setting, no sources, no notes); 3 on an internal error.`;

export const HELP: Record<Command | 'main', string> = {
  main: `grounded ${version}: check the figures, quotes and citations of markdown notes against source articles.

Usage:
  grounded check [options] PATHS...    check notes (files, or folders of them)
  grounded search [options] QUERY...   print the source passages that best match QUERY
  grounded lsp [--stdio | --node-ipc | --socket=PORT]
                                       run the language server (VS Code, Neovim, Helix...)
  grounded help [COMMAND]              show the help of a command
  grounded --version                   print the version

Sources come from --sources folders, else from "sources" in grounded.json (or the "grounded"
settings of .vscode/settings.json) in the current folder, else from sources/**/*.{txt,md}.
Run "grounded help check" for the options of check.`,

  check: `Usage: grounded check [options] PATHS...

Check markdown notes (files, or folders searched for *.md and *.markdown) against the sources.
A source file given as a note is skipped with a warning.

Options:
  --sources DIR     a folder of source articles (repeatable); default: "sources" of the settings,
                    else sources/**/*.{txt,md}
  --config FILE     the settings file (default: ./grounded.json, else ./.vscode/settings.json)
  --format FORMAT   text (default, compiler-style), json (a stable contract, "version": 1) or
                    sarif (SARIF 2.1.0, for code scanning)
  --fail-on LEVEL   the least severe finding that fails the run: error, warning (default) or info
  --allow-empty     exit 0 when no notes are found (by default that is an error, exit 2)
  -h, --help        show this help

${EXIT}`,

  search: `Usage: grounded search [options] QUERY...

Print the source passages that best match QUERY, as file:line: [@key] passage.

Options:
  --sources DIR     a folder of source articles (repeatable)
  --config FILE     the settings file (default: ./grounded.json, else ./.vscode/settings.json)
  --limit N         at most N passages (default 10)
  -h, --help        show this help

Exit status: 0 when a passage matches; 1 when none does; 2 on bad usage or configuration.`,

  lsp: `Usage: grounded lsp [--stdio | --node-ipc | --socket=PORT | --pipe=NAME] [--clientProcessId=PID]

Run the language server (stdio when no transport is given). For VS Code, Neovim, Helix and any
other LSP client; see the README for their settings.`,
};

/** Options each command takes (with a value unless noted). */
const OPTIONS: Record<'check' | 'search', readonly string[]> = {
  check: ['--sources', '--config', '--format', '--fail-on', '--allow-empty'],
  search: ['--sources', '--config', '--limit'],
};
const FLAGS = new Set(['--allow-empty']);

function oneOf<T extends string>(name: string, v: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(v)) throw new UsageError(`${name} must be ${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}, not "${v}"`);
  return v as T;
}

export function parseArgs(cmd: 'check' | 'search', argv: string[]): Args {
  const a: Args = { sources: [], format: 'text', failOn: 'warning', allowEmpty: false, limit: 10, help: false, rest: [] };
  let operands = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (operands || !arg.startsWith('-') || arg === '-') {
      a.rest.push(arg);
      continue;
    }
    if (arg === '--') {
      operands = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') {
      a.help = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (!OPTIONS[cmd].includes(name)) throw new UsageError(`${cmd}: unknown option ${name}`);
    if (FLAGS.has(name)) {
      if (eq !== -1) throw new UsageError(`${name} takes no value`);
      if (name === '--allow-empty') a.allowEmpty = true;
      continue;
    }
    let value: string;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value`);
      value = v;
    }
    switch (name) {
      case '--sources':
        a.sources.push(value);
        break;
      case '--config':
        a.config = value;
        break;
      case '--format':
        a.format = oneOf('--format', value, ['text', 'json', 'sarif'] as const);
        break;
      case '--fail-on':
        a.failOn = oneOf('--fail-on', value, ['error', 'warning', 'info'] as const);
        break;
      case '--limit': {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1) throw new UsageError('--limit must be a positive integer');
        a.limit = n;
        break;
      }
    }
  }
  return a;
}

/** The language server's own options (vscode-languageserver reads them from process.argv). */
export function checkLspArgs(argv: string[]): { help: boolean } {
  let help = false;
  const valued: Record<string, RegExp> = { '--socket': /^\d+$/, '--pipe': /./, '--clientProcessId': /^\d+$/ };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (arg === '-h' || arg === '--help') help = true;
    else if (arg === '--stdio' || arg === '--node-ipc') continue;
    else if (name in valued) {
      const v = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (v === undefined || !valued[name].test(v)) throw new UsageError(`lsp: ${name} needs ${name === '--pipe' ? 'a name' : 'a number'}`);
    } else throw new UsageError(arg.startsWith('-') ? `lsp: unknown option ${name}` : `lsp takes no operands (got "${arg}")`);
  }
  return { help };
}
