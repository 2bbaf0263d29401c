// The language server's state: workspace folders, each with its configuration and source index,
// the trust setting, and a cache of what checking each note gave, per document version. All reading
// (sources, notes on disk, grounded.json / .vscode/settings.json) goes through the engine's
// FileSystem. A note is checked in isolation: one that fails to check, or is over
// grounded.maxNoteSizeKB, has an outcome saying so instead of a report, and the others go on.
import type { ExtractCache } from '../engine/formats';
import type { IndexCacheOptions } from '../engine/persist';
import type { PostingsMaker } from '../engine/workers';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { Bibliography } from '../engine/bibliography';
import type { PassageStore } from '../engine/store';
import { PassGivenUp } from '../engine/stores';
import { checkSteps, CheckOptions, KeptJudgments, NoteReport, reportSources } from '../engine/check';
import { drain, type Steps } from '../engine/steps';
import { NoteParser, ParsedNote } from '../engine/notes';
import { DEFAULT_CONFIG, DEFAULT_PACING, FileSystem, findFiles, GroundedConfig, loadConfig, normalizeConfig, Pacing, readText } from '../engine/workspace';
import { Folder, type Extraction } from './folder';
import { StoreUnavailable } from './folderStore';
import { DEFAULT_SLICE_CLOCK, NoteRuns, runInSlices, type SliceClock } from './noteRuns';

export { Folder } from './folder';

export interface Progress {
  begin(title: string, total: number): void;
  report(done: number, total: number): void;
  done(): void;
}

/** What the state needs of a text document (TextDocument fits). */
export interface NoteDocument {
  uri: string;
  version: number;
  getText(): string;
}

/** The engine's check of a parsed note (checkParsedNote; tests put a double in its place). */
export type NoteChecker = (note: ParsedNote, corpus: PassageStore, options: CheckOptions) => NoteReport;

export interface StateHooks {
  check?: NoteChecker;
  /** How a note's check is sliced (default: 30 ms slices, a turn of the event loop between them). */
  slices?: SliceClock;
  /** Where failures to check a note are logged. */
  warn?: (message: string) => void;
  /** Where the folders' search indexes are made (a worker thread in the server; default: this thread). */
  postings?: PostingsMaker;
  /** Told when a folder's store changes state (connected, down), for the status bar. */
  storeChanged?: () => void;
  /** Where a folder's first index builds its sources (worker threads in the server; default: this thread). */
  extraction?: Extraction;
}

/** What checking a note gave: its report, or why there is none. */
export type NoteOutcome =
  | { kind: 'checked'; report: NoteReport; folder: Folder }
  | { kind: 'failed'; reason: string; folder: Folder }
  | { kind: 'tooLarge'; sizeKB: number; limitKB: number; folder: Folder };

/** The settings an untrusted workspace may not set (package.json's restrictedConfigurations). */
export const RESTRICTED_SETTINGS = ['sources', 'notes', 'exclude', 'bibliography', 'maxSourceSizeKB', 'maxNoteSizeKB', 'store'] as const;

/** A diagnostic's message holds one line of reason; the log gets the whole stack. */
const REASON_MAX_CHARS = 200;

/** The first line of an error's message (with its kind, unless a plain Error), for a diagnostic. */
export function reasonOf(e: unknown): string {
  const msg = (e instanceof Error ? `${e.name === 'Error' ? '' : e.name + ': '}${e.message}` : String(e)).split('\n')[0].trim() || 'unknown error';
  return msg.length > REASON_MAX_CHARS ? msg.slice(0, REASON_MAX_CHARS - 1) + '…' : msg;
}

export function uriToPath(uri: string): string {
  return URI.parse(uri).fsPath;
}

/** A note's path, to resolve its front matter's relative paths against: an untitled note is at its folder's root. */
function notePathOf(uri: string, folder: Folder): string {
  return uri.startsWith('file:') ? uriToPath(uri) : path.join(folder.root, 'untitled.md');
}

export function pathToUri(p: string): string {
  return URI.file(p).toString();
}

export class ServerState {
  folders: Folder[] = [];
  /** Untrusted workspaces: workspace settings may not change which files are read. */
  trusted = true;
  /** Where text extracted from PDFs, web pages and Word files is kept between sessions (the client's storage folder). */
  extractCache: ExtractCache | undefined;
  /** Where the index is kept between sessions (the client's storage folder). */
  indexCache: IndexCacheOptions | undefined;
  private outcomes = new Map<string, { key: string; outcome: NoteOutcome }>();
  /** Parsed markdown chunks, kept across checks: after an edit only the changed chunks are parsed again. */
  private readonly notes = new NoteParser();
  private readonly checker: NoteChecker | undefined;
  private readonly warn: (message: string) => void;
  /** Checks in progress, a slice at a time. */
  private readonly runs: NoteRuns<NoteOutcome>;
  private readonly postings: PostingsMaker | undefined;
  /** Checks against a folder's store in progress, by note: joined by whoever asks for the same key. */
  private readonly storeRuns = new Map<string, { key: string; promise: Promise<NoteOutcome | undefined> }>();
  private readonly slices: SliceClock;
  private readonly storeChanged: () => void;
  private readonly extraction: Extraction | undefined;
  /** The notes on disk as last listed (allNotes), until notesMayHaveChanged. */
  private notesListed: string[] | undefined;

  constructor(
    readonly fs: FileSystem,
    private readonly pacing: Pacing = DEFAULT_PACING,
    hooks: StateHooks = {},
  ) {
    this.checker = hooks.check;
    this.warn = hooks.warn ?? (() => undefined);
    this.runs = new NoteRuns(hooks.slices);
    this.postings = hooks.postings;
    this.slices = hooks.slices ?? DEFAULT_SLICE_CLOCK;
    this.storeChanged = hooks.storeChanged ?? (() => undefined);
    this.extraction = hooks.extraction;
  }

  /** The folder a file belongs to: the deepest folder containing it, else the first. */
  folderFor(uri: string): Folder | undefined {
    const p = uriToPath(uri);
    let best: Folder | undefined;
    for (const f of this.folders) {
      const r = path.relative(f.root, p);
      if (!r.startsWith('..') && !path.isAbsolute(r) && (!best || f.root.length > best.root.length)) best = f;
    }
    return best ?? this.folders[0];
  }

  async addFolder(uri: string, clientConfig: unknown): Promise<Folder> {
    const root = uriToPath(uri);
    const { config, ignored } = await this.resolveConfig(root, clientConfig);
    const folder = new Folder(uri, root, config, this.fs, this.pacing, this.extractCache && { cache: this.extractCache }, this.indexCache, this.postings, { changed: () => this.storeChanged(), warn: this.warn }, this.extraction);
    folder.ignoredSettings = ignored;
    this.folders.push(folder);
    this.notesMayHaveChanged();
    return folder;
  }

  removeFolder(uri: string): void {
    for (const f of this.folders) if (f.uri === uri) void f.store?.close();
    this.folders = this.folders.filter((f) => f.uri !== uri);
    this.notesMayHaveChanged();
  }

  /** Defaults < grounded.json / .vscode/settings.json on disk < the client's settings. */
  async configFor(root: string, clientConfig: unknown): Promise<GroundedConfig> {
    return (await this.resolveConfig(root, clientConfig)).config;
  }

  /** The configuration in force, and the settings restricted mode ignores (those that would differ if trusted). */
  private async resolveConfig(root: string, clientConfig: unknown): Promise<{ config: GroundedConfig; ignored: string[] }> {
    const disk = (await loadConfig(this.fs, root)).config;
    const client = normalizeConfig(clientConfig);
    // In an editor, unverified figures are silent unless asked for (the CLI reports them as hints).
    const editorDefaults = { 'figure-unverified': 'off' as const };
    const trusted: GroundedConfig = { ...disk, ...client, rules: { ...editorDefaults, ...disk.rules, ...(client.rules ?? {}) } };
    if (this.trusted) return { config: trusted, ignored: [] };
    // Restricted mode: nothing from the workspace decides which files are read…
    const config = { ...trusted, sources: DEFAULT_CONFIG.sources, notes: DEFAULT_CONFIG.notes, exclude: DEFAULT_CONFIG.exclude, bibliography: DEFAULT_CONFIG.bibliography, maxSourceSizeKB: DEFAULT_CONFIG.maxSourceSizeKB, store: DEFAULT_CONFIG.store };
    // …nor lets a note of any size hold up the server.
    config.maxNoteSizeKB = Math.min(config.maxNoteSizeKB, DEFAULT_CONFIG.maxNoteSizeKB);
    const ignored = RESTRICTED_SETTINGS.filter((k) => JSON.stringify(config[k]) !== JSON.stringify(trusted[k]));
    return { config, ignored };
  }

  /** Apply new settings; returns true when the files read changed (a re-index is needed). */
  async updateConfig(folder: Folder, clientConfig: unknown): Promise<boolean> {
    const { config: next, ignored } = await this.resolveConfig(folder.root, clientConfig);
    const prev = folder.config;
    folder.configure(next);
    this.notesMayHaveChanged();
    folder.ignoredSettings = ignored;
    return JSON.stringify([next.sources, next.exclude, next.maxSourceSizeKB, next.bibliography, next.store]) !== JSON.stringify([prev.sources, prev.exclude, prev.maxSourceSizeKB, prev.bibliography, prev.store]);
  }

  /** What checking a note document gives, cached per version and folder generation. */
  outcomeFor(doc: NoteDocument): NoteOutcome | undefined {
    const folder = this.folderFor(doc.uri);
    if (!folder) return undefined;
    const key = `${doc.version}:${folder.generation}`;
    // a store's check cannot end synchronously: what there is (requests await the check first)
    if (folder.store) return this.outcomes.get(doc.uri)?.key === key ? this.outcomes.get(doc.uri)!.outcome : undefined;
    return this.cached(doc.uri, key, () => drain(this.docSteps(doc, folder)));
  }

  /**
   * The same, checked a slice at a time (noteRuns.ts) while requests go first: at once when it ends
   * within a slice, else a promise; undefined when given up (`current` turned false: a newer edit).
   */
  outcomeInSlices(doc: NoteDocument, current: () => boolean): NoteOutcome | undefined | Promise<NoteOutcome | undefined> {
    const folder = this.folderFor(doc.uri);
    if (!folder) return undefined;
    const key = `${doc.version}:${folder.generation}`;
    if (folder.store) {
      const text = doc.getText();
      return this.fromStore(doc.uri, key, folder, text, Buffer.byteLength(text, 'utf8'), current);
    }
    return this.cachedInSlices(doc.uri, key, () => this.docSteps(doc, folder), current);
  }

  /** `openNoteOutcome`, checked in slices (see outcomeInSlices). */
  openNoteOutcomeInSlices(doc: NoteDocument, current: () => boolean): NoteOutcome | undefined | Promise<NoteOutcome | undefined> {
    if (!this.isNoteDoc(doc)) return undefined;
    const folder = this.folderFor(doc.uri);
    if (folder && !folder.ready) return undefined;
    return this.outcomeInSlices(doc, current);
  }

  /** Give up the check in progress of a note, if any (it was edited again). */
  abandonCheck(uri: string): void {
    this.runs.abandon(uri);
  }

  private docSteps(doc: NoteDocument, folder: Folder): Steps<NoteOutcome> {
    const text = doc.getText();
    return this.checkSteps(doc.uri, folder, text, Buffer.byteLength(text, 'utf8'));
  }

  /** The report for a note document (none when it failed to check or is too large). */
  reportFor(doc: NoteDocument): { report: NoteReport; folder: Folder } | undefined {
    const o = this.outcomeFor(doc);
    return o?.kind === 'checked' ? o : undefined;
  }

  /** The outcome for an open note, once its folder has been indexed (before that there is nothing to say). */
  openNoteOutcome(doc: NoteDocument | undefined): NoteOutcome | undefined {
    if (!doc || !this.isNoteDoc(doc)) return undefined;
    const folder = this.folderFor(doc.uri);
    if (folder && !folder.ready) return undefined;
    return this.outcomeFor(doc);
  }

  /** The report of an open note, once its folder has been indexed. */
  openNoteReport(doc: NoteDocument | undefined): { report: NoteReport; folder: Folder } | undefined {
    const o = this.openNoteOutcome(doc);
    return o?.kind === 'checked' ? o : undefined;
  }

  /**
   * The outcome for a note on disk (not open in the editor), keyed by its modification time and
   * size; a note over the size limit is not even read. Undefined when it cannot be read.
   */
  async outcomeForFile(absPath: string): Promise<NoteOutcome | undefined> {
    const uri = pathToUri(absPath);
    const folder = this.folderFor(uri);
    if (!folder) return undefined;
    let size: number;
    let stamp: string;
    try {
      const st = await this.fs.stat(absPath);
      size = st.size;
      stamp = `-${Math.round(st.mtimeMs)}.${st.size}`;
    } catch {
      return undefined;
    }
    const hit = this.outcomes.get(uri);
    if (hit && hit.key === `${stamp}:${folder.generation}`) return hit.outcome;
    let text = '';
    if (size <= this.limitKB(folder) * 1024) {
      try {
        text = await readText(this.fs, absPath);
      } catch {
        return undefined;
      }
      // the bibliography its front matter names, first (loading it changes the generation)
      await this.bibliographyPending(uri, text);
    }
    if (folder.store) return this.fromStore(uri, `${stamp}:${folder.generation}`, folder, text, size, () => true);
    return this.cachedInSlices(uri, `${stamp}:${folder.generation}`, () => this.checkSteps(uri, folder, text, size), () => true);
  }

  /** The report for a note on disk (none when it cannot be read, failed to check or is too large). */
  async reportForFile(absPath: string): Promise<{ report: NoteReport; folder: Folder } | undefined> {
    const o = await this.outcomeForFile(absPath);
    return o?.kind === 'checked' ? o : undefined;
  }

  private limitKB(folder: Folder): number {
    return folder.config.maxNoteSizeKB ?? DEFAULT_CONFIG.maxNoteSizeKB;
  }

  /** The cached outcome of this key, else one made now (finishing a run of this key in progress, if any). */
  private cached(uri: string, key: string, make: () => NoteOutcome): NoteOutcome {
    const hit = this.outcomes.get(uri);
    if (hit && hit.key === key) return hit.outcome;
    const outcome = this.runs.finishNow(uri, key)?.value ?? make();
    this.outcomes.set(uri, { key, outcome });
    return outcome;
  }

  /** The cached outcome of this key, else a check in slices (joining one in progress). */
  private cachedInSlices(uri: string, key: string, steps: () => Steps<NoteOutcome>, current: () => boolean): NoteOutcome | undefined | Promise<NoteOutcome | undefined> {
    const hit = this.outcomes.get(uri);
    if (hit && hit.key === key) return hit.outcome;
    const keep = (outcome: NoteOutcome | undefined) => {
      if (outcome) this.outcomes.set(uri, { key, outcome });
      return outcome;
    };
    const r = this.runs.run(uri, key, steps, current);
    return r instanceof Promise ? r.then(keep) : keep(r);
  }

  /** Check one note, in steps; whatever it throws becomes a failed outcome (and a log line), never an exception. */
  private *checkSteps(uri: string, folder: Folder, text: string, bytes: number): Steps<NoteOutcome> {
    const tooLarge = this.tooLarge(folder, bytes);
    if (tooLarge) return tooLarge;
    try {
      const options = this.checkOptions(uri, folder, text);
      const note = yield* this.notes.parseSteps(text);
      const report = this.checker ? this.checker(note, folder.corpus, options) : yield* checkSteps(note, folder.corpus, options);
      return { kind: 'checked', report, folder };
    } catch (e) {
      return this.failed(uri, folder, e);
    }
  }

  /** A note over its folder's size limit (in bytes) gets this outcome instead of a check. */
  private tooLarge(folder: Folder, bytes: number): NoteOutcome | undefined {
    const limitKB = this.limitKB(folder);
    return bytes > limitKB * 1024 ? { kind: 'tooLarge', sizeKB: Math.ceil(bytes / 1024), limitKB, folder } : undefined;
  }

  /** The engine's options for a note of this folder (a text within the byte limit is never over it in characters). */
  private checkOptions(uri: string, folder: Folder, text: string): CheckOptions {
    const { hedgeTolerance, rules } = folder.config;
    return { hedgeTolerance, rules, maxNoteChars: this.limitKB(folder) * 1024, bibliography: this.bibliographyOf(uri, folder, text), previous: this.previousJudgments(uri, folder), keepJudgments: true };
  }

  /**
   * The figures' judgments of the note's last check, while its folder is as it was then (the same
   * generation: settings, bibliography and sources), for the next check to keep what an edit cannot
   * change (engine/check/reuse.ts); the engine also keeps nothing for another store or options.
   */
  private previousJudgments(uri: string, folder: Folder): KeptJudgments | undefined {
    const hit = this.outcomes.get(uri);
    if (!hit || hit.outcome.kind !== 'checked' || hit.outcome.folder !== folder || !hit.key.endsWith(`:${folder.generation}`)) return undefined;
    return hit.outcome.report.judgments;
  }

  /** A check that threw: logged whole, and one line of reason for the note's diagnostic. */
  private failed(uri: string, folder: Folder, e: unknown): NoteOutcome {
    this.warn(`could not check ${uri}: ${(e as Error)?.stack ?? e}`);
    return { kind: 'failed', reason: reasonOf(e), folder };
  }

  /**
   * The outcome of this key against the folder's store: cached, else the check in progress for it,
   * else a new one. A store that cannot be reached gives a failed outcome that is not kept (the
   * next check tries again); a check given up for a newer edit gives undefined.
   */
  private fromStore(uri: string, key: string, folder: Folder, text: string, bytes: number, current: () => boolean): NoteOutcome | Promise<NoteOutcome | undefined> {
    const hit = this.outcomes.get(uri);
    if (hit && hit.key === key) return hit.outcome;
    const running = this.storeRuns.get(uri);
    if (running && running.key === key) return running.promise;
    const promise: Promise<NoteOutcome | undefined> = this.checkOnStore(uri, folder, text, bytes, current).then((r) => {
      if (this.storeRuns.get(uri)?.promise === promise) this.storeRuns.delete(uri);
      if (r?.keep) this.outcomes.set(uri, { key, outcome: r.outcome });
      return r?.outcome;
    });
    this.storeRuns.set(uri, { key, promise });
    return promise;
  }

  /**
   * Check one note against its folder's store: parsed in slices, then checked in passes over the
   * store's snapshot, each pass in slices (requests go first between them). The sources the note
   * cites are fetched with it, for hover and go to source. Never rejects.
   */
  private async checkOnStore(uri: string, folder: Folder, text: string, bytes: number, current: () => boolean): Promise<{ outcome: NoteOutcome; keep: boolean } | undefined> {
    const tooLarge = this.tooLarge(folder, bytes);
    if (tooLarge) return { outcome: tooLarge, keep: true };
    try {
      const options = this.checkOptions(uri, folder, text);
      const note = await runInSlices(this.notes.parseSteps(text), this.slices, current);
      if (!note) return undefined;
      const report = await folder.store!.run(text, async (view) => {
        const r = this.checker ? this.checker(note, view, options) : await runInSlices(checkSteps(note, view, options), this.slices, current);
        if (!r) throw new PassGivenUp();
        for (const c of r.citations) void c.source?.text;
        return r;
      });
      return { outcome: { kind: 'checked', report, folder }, keep: true };
    } catch (e) {
      if (e instanceof PassGivenUp) return undefined;
      if (e instanceof StoreUnavailable) return { outcome: { kind: 'failed', reason: e.message, folder }, keep: false };
      return { outcome: this.failed(uri, folder, e), keep: true };
    }
  }

  /**
   * After some sources of a folder changed (an incremental index, from generation `before` to the
   * current one, with the citation keys unchanged): the notes whose reports cannot change with
   * those sources keep them for the new generation (engine/check/dependencies.ts); the others are
   * checked again when asked for. Returns the number kept.
   */
  keepUnaffected(folder: Folder, changed: ReadonlySet<string>, before: string): number {
    if (!folder.onlyCorpusChangedSince(before)) return 0;
    const after = folder.generation;
    let kept = 0;
    for (const hit of this.outcomes.values()) {
      if (hit.outcome.folder !== folder || !hit.key.endsWith(`:${before}`)) continue;
      if (!this.survives(hit.outcome, folder, changed)) continue;
      hit.key = `${hit.key.slice(0, -before.length)}${after}`;
      kept++;
    }
    return kept;
  }

  /** Does an outcome hold after `changed` sources changed (nothing it read changed or was replaced)? */
  private survives(o: NoteOutcome, folder: Folder, changed: ReadonlySet<string>): boolean {
    if (o.kind === 'tooLarge') return true;
    if (o.kind === 'failed') return false;
    const deps = reportSources(o.report);
    if (deps.everySource) return false;
    for (const [p, s] of deps.sources) if (changed.has(p) || folder.source(p) !== s) return false;
    return true;
  }

  /**
   * The bibliography a note is checked with: the setting's, with its front matter's files (a
   * trusted workspace only: restricted mode lets nothing in the workspace choose files to read).
   * While those load, the setting's (`bibliographyPending` lets a caller wait for them first).
   */
  bibliographyOf(uri: string, folder: Folder, text: string): Bibliography {
    if (!this.trusted) return folder.bibliography;
    return folder.bibliographyFor(notePathOf(uri, folder), text) ?? folder.bibliography;
  }

  /**
   * Load the bibliography files a note's front matter names, when they are not loaded yet (their
   * warnings go to the log, once); undefined when there is nothing to wait for. Never rejects.
   */
  bibliographyPending(uri: string, text: string): Promise<void> | undefined {
    const folder = this.folderFor(uri);
    if (!folder || !this.trusted) return undefined;
    const loading = folder.loadBibliographyFor(notePathOf(uri, folder), text);
    return loading?.then(
      (warnings) => {
        for (const w of warnings) this.warn(`${w.path}: ${w.message}`);
      },
      (e) => this.warn(`could not load the bibliography of ${uri}: ${(e as Error)?.message ?? e}`),
    );
  }

  forget(uri: string): void {
    this.outcomes.delete(uri);
  }

  isSourceDoc(uri: string): boolean {
    const f = this.folderFor(uri);
    return !!f && f.isSource(uriToPath(uri));
  }

  isNoteDoc(doc: { uri: string }): boolean {
    const f = this.folderFor(doc.uri);
    if (!doc.uri.startsWith('file:')) return true; // untitled notes
    return !f || f.isNote(uriToPath(doc.uri));
  }

  /**
   * Forget the notes listed on disk (allNotes): a file or folder was created or deleted, or the
   * folders or their settings changed. A saved file changes no listing: after a saved source, the
   * notes are not looked for again (a walk of every file of the workspace: 0.2 s at 44,000 sources).
   */
  notesMayHaveChanged(): void {
    this.notesListed = undefined;
  }

  /** All notes of all folders on disk (a folder that cannot be listed is logged and skipped; the listing is then not kept). */
  async allNotes(): Promise<string[]> {
    if (this.notesListed) return [...this.notesListed];
    const out: string[] = [];
    let whole = true;
    const folders = this.folders;
    for (const f of folders) {
      try {
        for (const p of await findFiles(this.fs, f.root, f.config.notes, f.config.exclude)) if (f.isNote(p)) out.push(p);
      } catch (e) {
        whole = false;
        this.warn(`could not list the notes of ${f.root}: ${(e as Error)?.message ?? e}`);
      }
    }
    const listed = [...new Set(out)];
    if (whole && folders === this.folders && this.notesListed === undefined) this.notesListed = listed;
    return [...listed];
  }
}
