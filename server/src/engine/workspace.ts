// Finding and reading sources and notes on disk, and the shared configuration (grounded.json or
// the `grounded` settings of .vscode/settings.json) so the CLI and the editor agree.
// The only engine module that touches the file system; it only ever reads.
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import type { RuleSetting } from './check';
import { Corpus } from './corpus';
import { buildSource, decodeSource } from './sources';
import type { RuleCode, Source, Warning } from './types';

export interface GroundedConfig {
  /** Globs (relative to the root) of source files. */
  sources: string[];
  /** Globs of notes. */
  notes: string[];
  exclude: string[];
  rules: Partial<Record<RuleCode, RuleSetting>>;
  hedgeTolerance: number;
  maxSourceSizeKB: number;
}

export const DEFAULT_CONFIG: GroundedConfig = {
  sources: ['sources/**/*.{txt,md}'],
  notes: ['**/*.md'],
  exclude: ['**/node_modules/**', '**/.git/**'],
  rules: {},
  hedgeTolerance: 0.1,
  maxSourceSizeKB: 10240,
};

export const SOURCE_EXTENSIONS = ['.txt', '.md', '.markdown'];

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
  return out;
}

export interface LoadedConfig {
  config: GroundedConfig;
  /** The file the configuration came from, if any. */
  file?: string;
  error?: string;
}

/** Read grounded.json, else the `grounded` settings of .vscode/settings.json, in `root`. */
export function loadConfig(root: string, explicitFile?: string): LoadedConfig {
  const candidates = explicitFile ? [explicitFile] : [path.join(root, 'grounded.json'), path.join(root, '.vscode', 'settings.json')];
  for (const file of candidates) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      if (explicitFile) return { config: { ...DEFAULT_CONFIG }, file, error: `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? e}` };
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

/** Files under root matching any include glob and no exclude glob (paths are absolute, sorted). */
export function findFiles(root: string, include: string[], exclude: string[] = DEFAULT_CONFIG.exclude): string[] {
  const inc = picomatch(include.map(toPosix), { dot: false });
  const exc = exclude.length ? picomatch(exclude.map(toPosix), { dot: true }) : () => false;
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const abs = path.join(dir, e.name);
      const rel = toPosix(path.relative(root, abs));
      if (e.isDirectory()) {
        if (e.name === 'node_modules' || e.name === '.git' || exc(rel + '/') || exc(rel)) continue;
        walk(abs);
      } else if (e.isFile() && inc(rel) && !exc(rel)) out.push(abs);
    }
  };
  walk(root);
  return out.sort();
}

function toPosix(p: string): string {
  return p.replace(/\\/g, '/');
}

/** A folder and the globs (relative to it) that select source files in it. */
export interface SourceSet {
  root: string;
  globs: string[];
}

/** Every source file under a folder given on the command line. */
export function folderSet(dir: string): SourceSet {
  return { root: path.resolve(dir), globs: ['**/*.{txt,md,markdown}'] };
}

export interface SourceFile {
  path: string;
  text: string;
}

/** Read source files, skipping (with a warning) binary, non-UTF-8, unreadable or oversized ones. */
export function readSources(paths: string[], maxSizeKB = DEFAULT_CONFIG.maxSourceSizeKB): { files: SourceFile[]; warnings: Warning[] } {
  const files: SourceFile[] = [];
  const warnings: Warning[] = [];
  for (const p of paths) {
    let bytes: Buffer;
    try {
      const st = fs.statSync(p);
      if (st.size > maxSizeKB * 1024) {
        warnings.push({ path: p, message: `skipped: ${(st.size / 1024).toFixed(0)} KB is larger than the ${maxSizeKB} KB limit (grounded.maxSourceSizeKB)` });
        continue;
      }
      bytes = fs.readFileSync(p);
    } catch (e) {
      warnings.push({ path: p, message: `skipped: cannot read (${(e as NodeJS.ErrnoException).code ?? e})` });
      continue;
    }
    const d = decodeSource(bytes);
    if ('skip' in d) {
      warnings.push({ path: p, message: `skipped: ${d.skip}` });
      continue;
    }
    files.push({ path: p, text: d.text });
  }
  return { files, warnings };
}

/** Build sources and the corpus from file texts; a file that fails to parse is skipped with a warning. */
export function buildCorpus(files: SourceFile[], warnings: Warning[] = [], onProgress?: (done: number, total: number) => void): { corpus: Corpus; warnings: Warning[] } {
  const sources: Source[] = [];
  for (const f of files) {
    if (onProgress && sources.length % 200 === 0) onProgress(sources.length, files.length);
    try {
      const src = buildSource(sources.length, f.path, f.text);
      if (src.problem) warnings.push({ path: f.path, message: src.problem });
      sources.push(src);
    } catch (e) {
      warnings.push({ path: f.path, message: `skipped: could not be indexed (${(e as Error).message})` });
    }
  }
  return { corpus: new Corpus(sources), warnings };
}

/** Everything the CLI needs: the source files of some source sets and their corpus. */
export function loadWorkspace(
  sets: SourceSet[],
  config: GroundedConfig,
  onProgress?: (done: number, total: number) => void,
): { corpus: Corpus; warnings: Warning[]; files: string[] } {
  const paths = [...new Set(sets.flatMap((s) => findFiles(s.root, s.globs, config.exclude)))];
  const { files, warnings } = readSources(paths, config.maxSourceSizeKB);
  const { corpus } = buildCorpus(files, warnings, onProgress);
  return { corpus, warnings, files: paths };
}
