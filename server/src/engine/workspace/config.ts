// The shared configuration, grounded.json or the `grounded` settings of .vscode/settings.json, so
// the CLI and the editor agree. Read through the workspace's FileSystem; validated against the one
// schema, package.json's contributes.configuration (settings.ts).
import * as path from 'node:path';
import { contributes } from '../../../../package.json';
import type { RuleSetting } from '../check';
import type { RuleCode } from '../types';
import { errorCode, type FileSystem, readText } from './fileSystem';
import { type ConfigProblem, formatProblem, parseSettingsFile, validateSettings } from './settings';

export interface GroundedConfig {
  /** Globs (relative to the root) of source files. */
  sources: string[];
  /** Globs of notes. */
  notes: string[];
  exclude: string[];
  /** Bibliography files (BibTeX, CSL-JSON), relative to the root (engine/bibliography). */
  bibliography: string[];
  rules: Partial<Record<RuleCode, RuleSetting>>;
  hedgeTolerance: number;
  maxSourceSizeKB: number;
  /** Notes larger than this are not checked (one diagnostic says so). */
  maxNoteSizeKB: number;
  /** A shared source store (`postgres://…`) the editor checks notes against instead of the source files; empty: none. */
  store: string;
}

const declared = contributes.configuration.properties;

/**
 * The defaults, from package.json. `rules` is empty: each rule's default severity is the engine's
 * (check/report.ts DEFAULT_RULES); the editor quiets `figure-unverified` on top of it.
 */
export const DEFAULT_CONFIG: Readonly<GroundedConfig> = Object.freeze({
  sources: [...declared['grounded.sources'].default],
  notes: [...declared['grounded.notes'].default],
  exclude: [...declared['grounded.exclude'].default],
  bibliography: [...declared['grounded.bibliography'].default],
  rules: {},
  hedgeTolerance: declared['grounded.hedgeTolerance'].default,
  maxSourceSizeKB: declared['grounded.maxSourceSizeKB'].default,
  maxNoteSizeKB: declared['grounded.maxNoteSizeKB'].default,
  store: declared['grounded.store'].default,
});

/** The configuration's own keys among validated settings (the editor-only ones, such as trace.server, are left out). */
function pick(valid: Record<string, unknown>): Partial<GroundedConfig> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(DEFAULT_CONFIG)) if (k in valid) out[k] = valid[k];
  return out as Partial<GroundedConfig>;
}

/**
 * Settings in any spelling (flat "grounded.x" keys, or a nested object such as the editor's
 * `grounded` section), validated: a bad or unknown value is left out, so its default applies.
 */
export function normalizeConfig(raw: unknown): Partial<GroundedConfig> {
  return pick(validateSettings(raw).valid);
}

export interface LoadedConfig {
  config: GroundedConfig;
  /** The file the configuration came from, if any. */
  file?: string;
  /** Every problem of that file: unreadable, not JSON, unknown keys, bad values (which fell back to their defaults). */
  problems: ConfigProblem[];
  /** The problems as compiler-style lines, when there are any. */
  error?: string;
}

function loaded(config: Partial<GroundedConfig>, file?: string, problems: ConfigProblem[] = []): LoadedConfig {
  const out: LoadedConfig = { config: { ...DEFAULT_CONFIG, ...config }, problems };
  if (file) out.file = file;
  if (problems.length) out.error = problems.map((p) => formatProblem(p)).join('\n');
  return out;
}

/** Read grounded.json, else the `grounded` settings of .vscode/settings.json, in `root`. */
export async function loadConfig(fs: FileSystem, root: string, explicitFile?: string): Promise<LoadedConfig> {
  const candidates = explicitFile ? [explicitFile] : [path.join(root, 'grounded.json'), path.join(root, '.vscode', 'settings.json')];
  for (const file of candidates) {
    let text: string;
    try {
      text = await readText(fs, file);
    } catch (e) {
      if (!explicitFile) continue;
      const problem: ConfigProblem = { file, path: [], key: '(file)', kind: 'unreadable', message: `cannot read ${file}: ${errorCode(e)}`, line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, length: 0 };
      return loaded({}, file, [problem]);
    }
    const parsed = parseSettingsFile(file, text);
    if (!explicitFile && !parsed.hasSettings) continue;
    return loaded(pick(parsed.valid), file, parsed.problems);
  }
  return loaded({});
}
