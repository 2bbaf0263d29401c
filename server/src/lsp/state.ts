// The language server's state: workspace folders, each with its configuration and source index,
// the trust setting, and a cache of what checking each note gave, per document version. All reading
// (sources, notes on disk, grounded.json / .vscode/settings.json) goes through the engine's
// FileSystem. A note is checked in isolation: one that fails to check, or is over
// grounded.maxNoteSizeKB, has an outcome saying so instead of a report, and the others go on.
import type { ExtractCache } from '../engine/formats';
import type { IndexCacheOptions } from '../engine/persist';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { Corpus } from '../engine/corpus';
import { checkParsedNote, CheckOptions, NoteReport } from '../engine/check';
import { NoteParser, ParsedNote } from '../engine/notes';
import { DEFAULT_CONFIG, DEFAULT_PACING, FileSystem, findFiles, GroundedConfig, loadConfig, normalizeConfig, Pacing, readText } from '../engine/workspace';
import { Folder } from './folder';

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
export type NoteChecker = (note: ParsedNote, corpus: Corpus, options: CheckOptions) => NoteReport;

export interface StateHooks {
  check?: NoteChecker;
  /** Where failures to check a note are logged. */
  warn?: (message: string) => void;
}

/** What checking a note gave: its report, or why there is none. */
export type NoteOutcome =
  | { kind: 'checked'; report: NoteReport; folder: Folder }
  | { kind: 'failed'; reason: string; folder: Folder }
  | { kind: 'tooLarge'; sizeKB: number; limitKB: number; folder: Folder };

/** The settings an untrusted workspace may not set (package.json's restrictedConfigurations). */
export const RESTRICTED_SETTINGS = ['sources', 'notes', 'exclude', 'bibliography', 'maxSourceSizeKB', 'maxNoteSizeKB'] as const;

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
  private readonly checker: NoteChecker;
  private readonly warn: (message: string) => void;

  constructor(
    readonly fs: FileSystem,
    private readonly pacing: Pacing = DEFAULT_PACING,
    hooks: StateHooks = {},
  ) {
    this.checker = hooks.check ?? checkParsedNote;
    this.warn = hooks.warn ?? (() => undefined);
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
    const folder = new Folder(uri, root, config, this.fs, this.pacing, this.extractCache && { cache: this.extractCache }, this.indexCache);
    folder.ignoredSettings = ignored;
    this.folders.push(folder);
    return folder;
  }

  removeFolder(uri: string): void {
    this.folders = this.folders.filter((f) => f.uri !== uri);
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
    const config = { ...trusted, sources: DEFAULT_CONFIG.sources, notes: DEFAULT_CONFIG.notes, exclude: DEFAULT_CONFIG.exclude, bibliography: DEFAULT_CONFIG.bibliography, maxSourceSizeKB: DEFAULT_CONFIG.maxSourceSizeKB };
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
    folder.ignoredSettings = ignored;
    return JSON.stringify([next.sources, next.exclude, next.maxSourceSizeKB, next.bibliography]) !== JSON.stringify([prev.sources, prev.exclude, prev.maxSourceSizeKB, prev.bibliography]);
  }

  /** What checking a note document gives, cached per version and folder generation. */
  outcomeFor(doc: NoteDocument): NoteOutcome | undefined {
    const folder = this.folderFor(doc.uri);
    if (!folder) return undefined;
    return this.cached(doc.uri, `${doc.version}:${folder.generation}`, () => {
      const text = doc.getText();
      return this.check(doc.uri, folder, text, Buffer.byteLength(text, 'utf8'));
    });
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
    let key: string;
    try {
      const st = await this.fs.stat(absPath);
      size = st.size;
      key = `-${Math.round(st.mtimeMs)}.${st.size}:${folder.generation}`;
    } catch {
      return undefined;
    }
    const hit = this.outcomes.get(uri);
    if (hit && hit.key === key) return hit.outcome;
    let text = '';
    if (size <= this.limitKB(folder) * 1024) {
      try {
        text = await readText(this.fs, absPath);
      } catch {
        return undefined;
      }
    }
    return this.cached(uri, key, () => this.check(uri, folder, text, size));
  }

  /** The report for a note on disk (none when it cannot be read, failed to check or is too large). */
  async reportForFile(absPath: string): Promise<{ report: NoteReport; folder: Folder } | undefined> {
    const o = await this.outcomeForFile(absPath);
    return o?.kind === 'checked' ? o : undefined;
  }

  private limitKB(folder: Folder): number {
    return folder.config.maxNoteSizeKB ?? DEFAULT_CONFIG.maxNoteSizeKB;
  }

  private cached(uri: string, key: string, make: () => NoteOutcome): NoteOutcome {
    const hit = this.outcomes.get(uri);
    if (hit && hit.key === key) return hit.outcome;
    const outcome = make();
    this.outcomes.set(uri, { key, outcome });
    return outcome;
  }

  /** Check one note; whatever it throws becomes a failed outcome (and a log line), never an exception. */
  private check(uri: string, folder: Folder, text: string, bytes: number): NoteOutcome {
    const limitKB = this.limitKB(folder);
    if (bytes > limitKB * 1024) return { kind: 'tooLarge', sizeKB: Math.ceil(bytes / 1024), limitKB, folder };
    try {
      // (the size limit is the one above, in bytes: a text within it is never over it in characters)
      const { hedgeTolerance, rules } = folder.config;
      const report = this.checker(this.notes.parse(text), folder.corpus, { hedgeTolerance, rules, maxNoteChars: limitKB * 1024, bibliography: folder.bibliography });
      return { kind: 'checked', report, folder };
    } catch (e) {
      this.warn(`could not check ${uri}: ${(e as Error)?.stack ?? e}`);
      return { kind: 'failed', reason: reasonOf(e), folder };
    }
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

  /** All notes of all folders on disk (a folder that cannot be listed is logged and skipped). */
  async allNotes(): Promise<string[]> {
    const out: string[] = [];
    for (const f of this.folders) {
      try {
        for (const p of await findFiles(this.fs, f.root, f.config.notes, f.config.exclude)) if (f.isNote(p)) out.push(p);
      } catch (e) {
        this.warn(`could not list the notes of ${f.root}: ${(e as Error)?.message ?? e}`);
      }
    }
    return [...new Set(out)];
  }
}
