// The bibliographies a workspace's notes are checked with: the files of the `bibliography` setting
// plus those a note's Pandoc `bibliography:` front matter names. Notes that name the same files
// share one load; each distinct set of files is read once for the lifetime of this object (the
// CLI: one run; the server: until the next index update). `loaded` answers without waiting, for a
// caller that checks synchronously once `load` has settled.
import * as path from 'node:path';
import type { Warning } from '../types';
import type { FileSystem } from '../workspace/fileSystem';
import { Bibliography } from './bibliography';
import { noteBibliography } from './frontMatter';
import { loadBibliography } from './load';

export interface LoadedBibliography {
  bibliography: Bibliography;
  /** One per file that could not be read or parsed. */
  warnings: Warning[];
}

export class BibliographySets {
  private readonly shared: string[];
  private readonly loads = new Map<string, Promise<LoadedBibliography>>();
  private readonly done = new Map<string, LoadedBibliography>();
  /** Every file of the sets asked for. */
  private readonly files = new Set<string>();

  constructor(
    private readonly fs: FileSystem,
    /** The setting's files (absolute paths). */
    shared: readonly string[],
  ) {
    this.shared = shared.map((f) => path.resolve(f));
  }

  /** The setting's files, sorted: the set of a note that names none of its own. */
  get sharedFiles(): string[] {
    return [...new Set(this.shared)].sort();
  }

  /** The files a note is checked with when its front matter names some: those and the setting's, sorted, each once; undefined when it names none. */
  ownFiles(notePath: string, text: string): string[] | undefined {
    const own = noteBibliography(notePath, text);
    return own.length ? [...new Set([...this.shared, ...own])].sort() : undefined;
  }

  /** How many sets have been asked for. */
  get size(): number {
    return this.loads.size;
  }

  /** Is this file (an absolute path) part of a set asked for? */
  reads(file: string): boolean {
    return this.files.has(path.resolve(file));
  }

  /** Has a load of these files begun? */
  loading(files: readonly string[]): boolean {
    return this.loads.has(files.join('\n'));
  }

  /** The bibliography of these files, when loaded (undefined while loading or before). */
  loaded(files: readonly string[]): LoadedBibliography | undefined {
    return this.done.get(files.join('\n'));
  }

  /** Load these files (once per distinct set; never rejects: a bad file is a warning). */
  load(files: readonly string[]): Promise<LoadedBibliography> {
    const key = files.join('\n');
    let hit = this.loads.get(key);
    if (!hit) {
      for (const f of files) this.files.add(f);
      hit = loadBibliography(this.fs, files)
        .catch((e): LoadedBibliography => ({ bibliography: new Bibliography([]), warnings: [{ path: files[0], message: `bibliography skipped: ${String((e as Error)?.message ?? e)}` }] }))
        .then((r) => {
          this.done.set(key, r);
          return r;
        });
      this.loads.set(key, hit);
    }
    return hit;
  }
}
