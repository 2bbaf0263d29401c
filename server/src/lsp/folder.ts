// A workspace folder of the language server: its configuration, which of its files are sources and
// notes, and its source index (the engine's SourceIndex, which reads through the FileSystem).
import type { DecodeOptions } from '../engine/formats';
import type { IndexCacheOptions } from '../engine/persist';
import type { PostingsMaker, SourceExtractor } from '../engine/workers';
import * as path from 'node:path';
import { Bibliography, BibliographySets, loadBibliography } from '../engine/bibliography';
import type { PassageStore } from '../engine/store';
import { FolderStore, type FolderStoreEvents } from './folderStore';
import type { Source, Warning } from '../engine/types';
import { FileSystem, folderMatchers, GroundedConfig, IndexOptions, IndexResult, IndexSettings, Pacing, SourceIndex, DEFAULT_PACING } from '../engine/workspace';

function indexSettings(root: string, config: GroundedConfig, decode?: DecodeOptions, cache?: IndexCacheOptions, extraction?: Extraction): IndexSettings {
  return { sets: [{ root, globs: config.sources }], exclude: config.exclude, maxSourceSizeKB: config.maxSourceSizeKB, decode, cache, parallelMinFiles: extraction?.minFiles };
}

/**
 * Where a folder's first index with nothing to reuse builds its sources (the server's worker
 * threads, as the CLI's cold index): an extractor made for each update and stopped after it, so no
 * idle worker holds its memory for the session.
 */
export interface Extraction {
  make(): SourceExtractor & { dispose(): void };
  /** From how many files (default PARALLEL_EXTRACT_MIN_FILES). */
  minFiles?: number;
}

/** Every citation key of a corpus with its source (see Folder.citationKeys). */
export function citationKeys(corpus: PassageStore): string {
  return corpus.sources.map((s) => [s.path, s.key, s.meta.id ?? '', ...s.meta.aliases].join('\u0001')).join('\n');
}

export class Folder {
  readonly index: SourceIndex;
  /** The shared source store the `store` setting names, if any: notes are checked against it instead of the index. */
  private _store: FolderStore | undefined;
  /** Has the store been tried once (the store's "first index")? */
  private storeTried = false;
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
  private _bibliography = new Bibliography([]);
  private _bibliographyWarnings: Warning[] = [];
  private bibliographyGeneration = 0;
  /** The bibliographies of notes whose front matter names their own files (with the setting's): read again after each index update. */
  private noteBibliographies: BibliographySets;

  constructor(
    readonly uri: string,
    readonly root: string,
    config: GroundedConfig,
    private readonly fs: FileSystem,
    pacing: Pacing = DEFAULT_PACING,
    private readonly decode?: DecodeOptions,
    /** Where the index is kept between sessions (the client's storage folder). */
    private readonly cache?: IndexCacheOptions,
    /** Where the search index is made (a worker thread in the server); default: this thread. */
    postings?: PostingsMaker,
    /** Told when a store's state changes. */
    private readonly storeEvents: FolderStoreEvents = { changed: () => undefined, warn: () => undefined },
    /** Worker threads for a first index's sources; default: built on this thread. */
    private readonly extraction?: Extraction,
  ) {
    this._config = config;
    this._store = config.store ? new FolderStore(config.store, storeEvents) : undefined;
    this.matchers = folderMatchers(root, config);
    this.index = new SourceIndex(fs, indexSettings(root, config, decode, cache, extraction), pacing, postings);
    this.noteBibliographies = this.bibliographySets();
    this.firstIndex = new Promise((resolve) => (this.firstIndexEnded = resolve));
  }

  /** Index (or re-index) the sources; the first time it ends, whoever waits for the first index goes on. */
  async update(options: IndexOptions = {}): Promise<IndexResult> {
    // (made for the update: no worker is started unless it builds a first index's sources)
    const workers = this.extraction?.make();
    try {
      let result: IndexResult;
      try {
        result = await this.index.update(workers ? { ...options, extractor: workers } : options);
      } finally {
        workers?.dispose();
      }
      const key = (w: Warning) => `${w.path}\n${w.message}`;
      const before = new Set(this._bibliographyWarnings.map(key));
      await this.loadBibliography();
      const fresh = this._bibliographyWarnings.filter((w) => !before.has(key(w)));
      return { ...result, warnings: [...result.warnings, ...this._bibliographyWarnings], newWarnings: [...result.newWarnings, ...fresh] };
    } finally {
      this.firstIndexEnded();
    }
  }

  /** Read the setting's bibliography files again, and the notes' own when next asked for (small files; done with each index update). */
  private async loadBibliography(): Promise<void> {
    const files = this._config.bibliography.map((f) => path.resolve(this.root, f));
    // the notes' own files are read again when next asked for: reports made with them are made again
    if (this.noteBibliographies.size) {
      this.noteBibliographies = this.bibliographySets();
      this.bibliographyGeneration++;
    }
    if (!files.length && !this._bibliography.size) return;
    const { bibliography, warnings } = await loadBibliography(this.fs, files);
    // the same entries again (read with every index update): the checks made with them still hold
    if (JSON.stringify([bibliography.entries, warnings]) === JSON.stringify([this._bibliography.entries, this._bibliographyWarnings])) return;
    this._bibliography = bibliography;
    this._bibliographyWarnings = warnings;
    this.bibliographyGeneration++;
  }

  /** Is this file one the folder's bibliography is read from (the setting's, or a note's front matter's)? */
  readsBibliography(absPath: string): boolean {
    const p = path.resolve(absPath);
    return this._config.bibliography.some((f) => path.resolve(this.root, f) === p) || this.noteBibliographies.reads(p);
  }

  /** Read the bibliography files again (one of them changed on disk); the notes' are read when next asked for. */
  async reloadBibliographies(): Promise<void> {
    await this.loadBibliography();
  }

  /** The entries of the `bibliography` setting's files, as of the last index update. */
  get bibliography(): Bibliography {
    return this._bibliography;
  }

  private bibliographySets(): BibliographySets {
    return new BibliographySets(this.fs, this._config.bibliography.map((f) => path.resolve(this.root, f)));
  }

  /**
   * The bibliography a note is checked with: the setting's, with the files its Pandoc
   * `bibliography:` front matter names when it names some (relative to the note's folder).
   * Undefined while those are not loaded yet (see `loadBibliographyFor`).
   */
  bibliographyFor(notePath: string, text: string): Bibliography | undefined {
    const own = this.noteBibliographies.ownFiles(notePath, text);
    return own ? this.noteBibliographies.loaded(own)?.bibliography : this._bibliography;
  }

  /**
   * Load the files a note's front matter names, when it names some that are not loaded yet:
   * resolves to the warnings of a first load (the generation changes then, so reports made
   * meanwhile are made again); undefined when there is nothing to wait for.
   */
  loadBibliographyFor(notePath: string, text: string): Promise<Warning[]> | undefined {
    const sets = this.noteBibliographies;
    const own = sets.ownFiles(notePath, text);
    if (!own || sets.loaded(own)) return undefined;
    const first = !sets.loading(own);
    return sets.load(own).then(({ warnings }) => {
      if (!first) return [];
      if (sets === this.noteBibliographies) this.bibliographyGeneration++;
      return warnings;
    });
  }

  /** The folder's shared store, when the `store` setting names one. */
  get store(): FolderStore | undefined {
    return this._store;
  }

  /**
   * Connect to the store (or, with `refresh`, drop what was fetched and read its catalog again), and
   * read the bibliography: a store folder's "index". Never rejects: a store that is down says so in
   * its state, and the first index ends either way.
   */
  async connectStore(refresh = false): Promise<void> {
    try {
      if (this._store) await (refresh ? this._store.refresh() : this._store.connect());
      await this.loadBibliography();
    } finally {
      this.storeTried = true;
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

  /** New settings; the index reads with them from its next update on (a new store is connected by `connectStore`). */
  configure(config: GroundedConfig): void {
    if (config.store !== this._config.store) {
      void this._store?.close();
      this._store = config.store ? new FolderStore(config.store, this.storeEvents) : undefined;
      this.storeTried = false;
    }
    this._config = config;
    this.matchers = folderMatchers(this.root, config);
    this.index.configure(indexSettings(this.root, config, this.decode, this.cache, this.extraction));
    this.noteBibliographies = this.bibliographySets();
    this.configGeneration++;
  }

  isSource(absPath: string): boolean {
    return this.matchers.isSource(absPath);
  }

  isNote(absPath: string): boolean {
    return this.matchers.isNote(absPath);
  }

  /** The current corpus (the previous one while a re-index runs); with a store, its sources as last fetched. */
  get corpus(): PassageStore {
    return this._store?.view() ?? this.index.corpus;
  }
  get warnings(): readonly Warning[] {
    return this._bibliographyWarnings.length ? [...this.index.warnings, ...this._bibliographyWarnings] : this.index.warnings;
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

  /** Changes whenever the configuration or the corpus does (or the store is reconnected); part of the report cache key. */
  get generation(): string {
    return `${this.configGeneration}.${this.index.generation}.${this.bibliographyGeneration}.${this._store?.generation ?? 0}`;
  }

  /**
   * Every citation key of the corpus with its source (paths, file names, ids, aliases; the short
   * keys follow from these): when it is the same after an index update, every citation resolves as before.
   */
  citationKeys(): string {
    return citationKeys(this.corpus);
  }

  /** Is `generation` (taken earlier) the current one but for the corpus (same settings and bibliography)? */
  onlyCorpusChangedSince(generation: string): boolean {
    const [config, , bibliography] = generation.split('.');
    return config === String(this.configGeneration) && bibliography === String(this.bibliographyGeneration);
  }

  /** Has the first index been built (with a store: the store tried once)? Until then, no diagnostics are published. */
  get ready(): boolean {
    return this._store ? this.storeTried : this.index.lastIndexed !== null;
  }
}
