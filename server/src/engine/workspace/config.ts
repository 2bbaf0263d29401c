// The shared configuration, grounded.json or the `grounded` settings of .vscode/settings.json, so
// the CLI and the editor agree. Read through the workspace's FileSystem.
import * as path from 'node:path';
import type { RuleSetting } from '../check';
import type { RuleCode } from '../types';
import { errorCode, type FileSystem, readText } from './fileSystem';

export interface GroundedConfig {
  /** Globs (relative to the root) of source files. */
  sources: string[];
  /** Globs of notes. */
  notes: string[];
  exclude: string[];
  rules: Partial<Record<RuleCode, RuleSetting>>;
  hedgeTolerance: number;
  maxSourceSizeKB: number;
  /** Notes larger than this are not checked (one diagnostic says so). */
  maxNoteSizeKB: number;
}

export const DEFAULT_CONFIG: GroundedConfig = {
  sources: ['sources/**/*.{txt,md}'],
  notes: ['**/*.md'],
  exclude: ['**/node_modules/**', '**/.git/**'],
  rules: {},
  hedgeTolerance: 0.1,
  maxSourceSizeKB: 10240,
  maxNoteSizeKB: 2048,
};

/** Parse JSON with comments and trailing commas (VS Code's settings.json flavour). */
export function parseJsonc(text: string): unknown {
  let out = '';
  let i = 0;
  let inStr = false;
  while (i < text.length) {
    const c = text[i];
    if (inStr) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inStr = false;
      i++;
    } else if (c === '"') {
      inStr = true;
      out += c;
      i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2);
      i = i === -1 ? text.length : i + 2;
    } else {
      out += c;
      i++;
    }
  }
  return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
}

/** Normalise a partial configuration from any of its spellings (flat "grounded.x" keys or a nested object). */
export function normalizeConfig(raw: unknown): Partial<GroundedConfig> {
  if (!raw || typeof raw !== 'object') return {};
  const obj = raw as Record<string, unknown>;
  const get = (k: string) => (k in obj ? obj[k] : obj['grounded.' + k]);
  const out: Partial<GroundedConfig> = {};
  const strs = (v: unknown) => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : undefined);
  const s = strs(get('sources'));
  if (s) out.sources = s;
  const n = strs(get('notes'));
  if (n) out.notes = n;
  const e = strs(get('exclude'));
  if (e) out.exclude = e;
  const r = get('rules');
  if (r && typeof r === 'object') out.rules = r as GroundedConfig['rules'];
  const h = get('hedgeTolerance');
  if (typeof h === 'number' && h >= 0) out.hedgeTolerance = h;
  const m = get('maxSourceSizeKB');
  if (typeof m === 'number' && m > 0) out.maxSourceSizeKB = m;
  const mn = get('maxNoteSizeKB');
  if (typeof mn === 'number' && mn > 0) out.maxNoteSizeKB = mn;
  return out;
}

export interface LoadedConfig {
  config: GroundedConfig;
  /** The file the configuration came from, if any. */
  file?: string;
  error?: string;
}

/** Read grounded.json, else the `grounded` settings of .vscode/settings.json, in `root`. */
export async function loadConfig(fs: FileSystem, root: string, explicitFile?: string): Promise<LoadedConfig> {
  const candidates = explicitFile ? [explicitFile] : [path.join(root, 'grounded.json'), path.join(root, '.vscode', 'settings.json')];
  for (const file of candidates) {
    let text: string;
    try {
      text = await readText(fs, file);
    } catch (e) {
      if (explicitFile) return { config: { ...DEFAULT_CONFIG }, file, error: `cannot read ${file}: ${errorCode(e)}` };
      continue;
    }
    try {
      const raw = parseJsonc(text) as Record<string, unknown>;
      const section = file.endsWith('settings.json') ? (raw.grounded ?? raw) : raw;
      const partial = normalizeConfig(section);
      if (file.endsWith('settings.json') && Object.keys(partial).length === 0) continue;
      return { config: { ...DEFAULT_CONFIG, ...partial }, file };
    } catch (e) {
      return { config: { ...DEFAULT_CONFIG }, file, error: `${file} is not valid JSON: ${(e as Error).message}` };
    }
  }
  return { config: { ...DEFAULT_CONFIG } };
}
