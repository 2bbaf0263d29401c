// Which files of a folder are sources and which are notes: glob patterns (picomatch) relative to
// the folder, with excludes; and the walk that finds them through the FileSystem.
import * as path from 'node:path';
import picomatch from 'picomatch';
import type { GroundedConfig } from './config';
import { DEFAULT_CONFIG } from './config';
import type { Warning } from '../types';
import { errorCode, type FileSystem, tryStat } from './fileSystem';

function toPosix(p: string): string {
  return p.replace(/\\/g, '/');
}

/** Matches paths relative to a folder: any include glob and no exclude glob. */
function globMatchers(include: string[], exclude: string[]) {
  const inc = picomatch(include.map(toPosix), { dot: false });
  const exc = exclude.length ? picomatch(exclude.map(toPosix), { dot: true }) : () => false;
  return { inc, exc };
}

/**
 * Files under root matching any include glob and no exclude glob (paths are absolute, sorted).
 * Symbolic links are never followed; with `skipped`, each link that matches the globs or leads to
 * a folder gets a warning there (once per link per search), and so does each folder that cannot
 * be read.
 */
export async function findFiles(fs: FileSystem, root: string, include: string[], exclude: string[] = DEFAULT_CONFIG.exclude, skipped?: Warning[]): Promise<string[]> {
  const { inc, exc } = globMatchers(include, exclude);
  const out: string[] = [];
  // each entry's absolute and relative paths are its folder's plus its name (no path.join or
  // path.relative per file: a tenth of a warm start's indexing at 44,500 files)
  const walk = async (dir: string, relDir: string) => {
    let entries;
    try {
      entries = await fs.readDirectory(dir);
    } catch (e) {
      if (dir !== top || errorCode(e) !== 'ENOENT') skipped?.push({ path: dir, message: `skipped: cannot read this folder (${errorCode(e)})` });
      return;
    }
    const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
    for (const e of entries) {
      // (joined, not added: `+` makes a cons string that, once flattened, still holds the flat one —
      // 32 bytes more for each path the index keeps; join makes the flat string alone)
      const abs = [prefix, e.name].join('');
      const rel = relDir + e.name;
      if (e.kind === 'directory') {
        if (e.name === 'node_modules' || e.name === '.git' || exc(rel + '/') || exc(rel)) continue;
        await walk(abs, rel + '/');
      } else if (e.kind === 'file' && inc(rel) && !exc(rel)) out.push(abs);
      else if (e.kind === 'symlink' && skipped && !exc(rel) && (inc(rel) || (await tryStat(fs, abs))?.kind === 'directory')) {
        skipped.push({ path: abs, message: 'skipped: symbolic link (links are not followed; add the folder it leads to as a source folder instead)' });
      }
    }
  };
  const top = path.normalize(root);
  await walk(top, '');
  return out.sort();
}

/** A folder and the globs (relative to it) that select source files in it. */
export interface SourceSet {
  root: string;
  globs: string[];
}

/** Every source file under a folder given on the command line. */
export function folderSet(dir: string): SourceSet {
  return { root: path.resolve(dir), globs: ['**/*.{txt,md,markdown,html,htm,pdf,docx}'] };
}

export interface FolderMatchers {
  /** Inside the folder, matched by `sources` and not excluded. */
  isSource(absPath: string): boolean;
  /** Markdown, not a source, and (inside the folder) matched by `notes` and not excluded. Files outside the folder count as notes. */
  isNote(absPath: string): boolean;
}

/** How an editor tells a folder's sources from its notes, for files it is told about one by one. */
export function folderMatchers(root: string, config: Pick<GroundedConfig, 'sources' | 'notes' | 'exclude'>): FolderMatchers {
  const src = picomatch(config.sources, { dot: false });
  const notes = picomatch(config.notes, { dot: false });
  const exc = config.exclude.length ? picomatch(config.exclude, { dot: true }) : () => false;
  const rel = (p: string) => toPosix(path.relative(root, p));
  const inside = (p: string) => {
    const r = rel(p);
    return !r.startsWith('..') && !path.isAbsolute(r);
  };
  const isSource = (p: string) => inside(p) && src(rel(p)) && !exc(rel(p));
  const isNote = (p: string) => (!inside(p) || (notes(rel(p)) && !exc(rel(p)))) && !isSource(p) && /\.(md|markdown)$/i.test(p);
  return { isSource, isNote };
}
