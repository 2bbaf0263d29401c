// The language server's state: workspace folders, each with its configuration and source index,
// the trust setting, and a cache of note reports per document version. All reading (sources,
// notes on disk, grounded.json / .vscode/settings.json) goes through the engine's FileSystem.
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { checkParsedNote, NoteReport } from '../engine/check';
import { NoteParser } from '../engine/notes';
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
  private reports = new Map<string, { key: string; report: NoteReport }>();
  /** Parsed markdown chunks, kept across checks: after an edit only the changed chunks are parsed again. */
  private readonly notes = new NoteParser();

  constructor(
    readonly fs: FileSystem,
    private readonly pacing: Pacing = DEFAULT_PACING,
  ) {}

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
    const folder = new Folder(uri, root, await this.configFor(root, clientConfig), this.fs, this.pacing);
    this.folders.push(folder);
    return folder;
  }

  removeFolder(uri: string): void {
    this.folders = this.folders.filter((f) => f.uri !== uri);
  }

  /** Defaults < grounded.json / .vscode/settings.json on disk < the client's settings. */
  async configFor(root: string, clientConfig: unknown): Promise<GroundedConfig> {
    const disk = (await loadConfig(this.fs, root)).config;
    const client = normalizeConfig(clientConfig);
    // In an editor, unverified figures are silent unless asked for (the CLI reports them as hints).
    const editorDefaults = { 'figure-unverified': 'off' as const };
    let config: GroundedConfig = { ...disk, ...client, rules: { ...editorDefaults, ...disk.rules, ...(client.rules ?? {}) } };
    // Restricted mode: nothing from the workspace decides which files are read.
    if (!this.trusted) {
      config = { ...config, sources: DEFAULT_CONFIG.sources, notes: DEFAULT_CONFIG.notes, exclude: DEFAULT_CONFIG.exclude, maxSourceSizeKB: DEFAULT_CONFIG.maxSourceSizeKB };
    }
    return config;
  }

  /** Apply new settings; returns true when the files read changed (a re-index is needed). */
  async updateConfig(folder: Folder, clientConfig: unknown): Promise<boolean> {
    const next = await this.configFor(folder.root, clientConfig);
    const prev = folder.config;
    folder.configure(next);
    return JSON.stringify([next.sources, next.exclude, next.maxSourceSizeKB]) !== JSON.stringify([prev.sources, prev.exclude, prev.maxSourceSizeKB]);
  }

  /** The report for a note document, cached per version and folder generation. */
  reportFor(doc: NoteDocument): { report: NoteReport; folder: Folder } | undefined {
    const folder = this.folderFor(doc.uri);
    if (!folder) return undefined;
    const key = `${doc.version}:${folder.generation}`;
    const hit = this.reports.get(doc.uri);
    if (hit && hit.key === key) return { report: hit.report, folder };
    const report = checkParsedNote(this.notes.parse(doc.getText()), folder.corpus, { hedgeTolerance: folder.config.hedgeTolerance, rules: folder.config.rules });
    this.reports.set(doc.uri, { key, report });
    return { report, folder };
  }

  /** The report of an open note, once its folder has been indexed (before that there is nothing to say). */
  openNoteReport(doc: NoteDocument | undefined): { report: NoteReport; folder: Folder } | undefined {
    if (!doc || !this.isNoteDoc(doc)) return undefined;
    const folder = this.folderFor(doc.uri);
    if (folder && !folder.ready) return undefined;
    return this.reportFor(doc);
  }

  /** Report for a note on disk (not open in the editor), keyed by its modification time. */
  async reportForFile(absPath: string): Promise<{ report: NoteReport; folder: Folder; text: string } | undefined> {
    let text: string;
    let mtime: number;
    try {
      mtime = (await this.fs.stat(absPath)).mtimeMs;
      text = await readText(this.fs, absPath);
    } catch {
      return undefined;
    }
    const uri = pathToUri(absPath);
    const r = this.reportFor({ uri, version: -Math.round(mtime), getText: () => text });
    return r && { ...r, text };
  }

  forget(uri: string): void {
    this.reports.delete(uri);
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

  /** All notes of all folders on disk. */
  async allNotes(): Promise<string[]> {
    const out: string[] = [];
    for (const f of this.folders) for (const p of await findFiles(this.fs, f.root, f.config.notes, f.config.exclude)) if (f.isNote(p)) out.push(p);
    return [...new Set(out)];
  }
}
