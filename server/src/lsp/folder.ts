// A workspace folder of the language server: its configuration, which of its files are sources and
// notes, and its source index (the engine's SourceIndex, which reads through the FileSystem).
import type { Corpus } from '../engine/corpus';
import type { Source, Warning } from '../engine/types';
import { FileSystem, folderMatchers, GroundedConfig, IndexOptions, IndexResult, IndexSettings, Pacing, SourceIndex, DEFAULT_PACING } from '../engine/workspace';

function indexSettings(root: string, config: GroundedConfig): IndexSettings {
  return { sets: [{ root, globs: config.sources }], exclude: config.exclude, maxSourceSizeKB: config.maxSourceSizeKB };
}

export class Folder {
  readonly index: SourceIndex;
  /** Settings of this folder that restricted mode ignores (an untrusted workspace), by name. */
  ignoredSettings: string[] = [];
  /** How far the running index is (files read of all found), while it runs. */
  indexProgress: { done: number; total: number } | undefined;
  private _config: GroundedConfig;
  private matchers: ReturnType<typeof folderMatchers>;
  private configGeneration = 0;
  /** Settles when the first index has ended (built or failed), for requests that wait for it. */
  private readonly firstIndex: Promise<void>;
  private firstIndexEnded!: () => void;

  constructor(
    readonly uri: string,
    readonly root: string,
    config: GroundedConfig,
    fs: FileSystem,
    pacing: Pacing = DEFAULT_PACING,
  ) {
    this._config = config;
    this.matchers = folderMatchers(root, config);
    this.index = new SourceIndex(fs, indexSettings(root, config), pacing);
    this.firstIndex = new Promise((resolve) => (this.firstIndexEnded = resolve));
  }

  /** Index (or re-index) the sources; the first time it ends, whoever waits for the first index goes on. */
  async update(options: IndexOptions = {}): Promise<IndexResult> {
    try {
      return await this.index.update(options);
    } finally {
      this.firstIndexEnded();
    }
  }

  /** Settles when the first index has ended, whether it was built or failed (see `ready`). */
  whenFirstIndexEnded(): Promise<void> {
    return this.firstIndex;
  }

  get config(): GroundedConfig {
    return this._config;
  }

  /** New settings; the index reads with them from its next update on. */
  configure(config: GroundedConfig): void {
    this._config = config;
    this.matchers = folderMatchers(this.root, config);
    this.index.configure(indexSettings(this.root, config));
    this.configGeneration++;
  }

  isSource(absPath: string): boolean {
    return this.matchers.isSource(absPath);
  }

  isNote(absPath: string): boolean {
    return this.matchers.isNote(absPath);
  }

  /** The current corpus (the previous one while a re-index runs). */
  get corpus(): Corpus {
    return this.index.corpus;
  }
  get warnings(): readonly Warning[] {
    return this.index.warnings;
  }
  get indexing(): boolean {
    return this.index.indexing;
  }
  get lastIndexed(): Date | null {
    return this.index.lastIndexed;
  }
  get lastIndexMs(): number | null {
    return this.index.lastIndexMs;
  }

  /** The indexed source at this path, if any. */
  source(absPath: string): Source | undefined {
    return this.index.source(absPath);
  }

  /** Changes whenever the configuration or the corpus does; part of the report cache key. */
  get generation(): string {
    return `${this.configGeneration}.${this.index.generation}`;
  }

  /** Has the first index been built? Until then, no diagnostics are published. */
  get ready(): boolean {
    return this.index.lastIndexed !== null;
  }
}
