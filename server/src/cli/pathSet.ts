// The files a walk found, asked about as a set (workspace.ts Loaded.sourceFiles: is a note a source?
// how many files were found?), without a Set made for the first few questions: a check usually asks
// one (its note, given by name), and at 100 MB of sources a Set of the 44,500 paths was made twice
// in every warm check for it. Past SCANNED_PATH_LOOKUPS questions, and for its size, the Set is
// made: the answers are always the Set's.
import { SCANNED_PATH_LOOKUPS } from './policy';

/** `has` and `size` of a Set of some paths. */
export interface PathsAsked {
  has(path: string): boolean;
  readonly size: number;
}

/** The paths `paths` as a set, the Set made only when asked often or for its size. */
export class PathSet implements PathsAsked {
  private set: Set<string> | undefined;
  private scans = 0;

  constructor(private readonly paths: readonly string[]) {}

  has(path: string): boolean {
    if (this.set) return this.set.has(path);
    if (this.scans < SCANNED_PATH_LOOKUPS) {
      this.scans++;
      return this.paths.includes(path);
    }
    return this.made().has(path);
  }

  /** The number of distinct paths (the Set's size: a path listed twice counts once). */
  get size(): number {
    return this.made().size;
  }

  /** Has the Set been made (for tests)? */
  get madeSet(): boolean {
    return this.set !== undefined;
  }

  private made(): Set<string> {
    return (this.set ??= new Set(this.paths));
  }
}
