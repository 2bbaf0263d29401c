// The language server's state: workspace folders, each with its configuration and source index,
// and a cache of note reports per document version. Indexing reads files in slices and yields
// between them, so hovers keep being answered from the previous index while a new one is built.
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { URI } from 'vscode-uri';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkParsedNote, NoteReport } from '../engine/check';
import { Corpus } from '../engine/corpus';
import { NoteParser } from '../engine/notes';
import { buildSource, decodeSource } from '../engine/sources';
import type { Source, Warning } from '../engine/types';
import { DEFAULT_CONFIG, findFiles, GroundedConfig, loadConfig, normalizeConfig } from '../engine/workspace';

export interface Folder {
  uri: string;
  root: string;
  config: GroundedConfig;
  corpus: Corpus;
  /** Sources by absolute path (reused between re-indexes). */
  byPath: Map<string, Source>;
  warnings: Warning[];
  indexing: boolean;
  lastIndexed: Date | null;
  lastIndexMs: number | null;
  /** Bumped whenever the corpus changes; part of the report cache key. */
  generation: number;
  isSource: (absPath: string) => boolean;
  isNote: (absPath: string) => boolean;
}

export interface Progress {
  begin(title: string, total: number): void;
  report(done: number, total: number): void;
  done(): void;
}

export function uriToPath(uri: string): string {
  return URI.parse(uri).fsPath;
}

export function pathToUri(p: string): string {
  return URI.file(p).toString();
}

function matchers(root: string, config: GroundedConfig) {
  const src = picomatch(config.sources, { dot: false });
  const notes = picomatch(config.notes, { dot: false });
  const exc = config.exclude.length ? picomatch(config.exclude, { dot: true }) : () => false;
  const rel = (p: string) => path.relative(root, p).replace(/\\/g, '/');
  const inside = (p: string) => {
    const r = rel(p);
    return !r.startsWith('..') && !path.isAbsolute(r);
  };
  const isSource = (p: string) => inside(p) && src(rel(p)) && !exc(rel(p));
  const isNote = (p: string) => (!inside(p) || (notes(rel(p)) && !exc(rel(p)))) && !isSource(p) && /\.(md|markdown)$/i.test(p);
  return { isSource, isNote };
}

export class ServerState {
  folders: Folder[] = [];
  /** Untrusted workspaces: workspace settings may not change which files are read. */
  trusted = true;
  private reports = new Map<string, { key: string; report: NoteReport }>();
  /** Parsed markdown chunks, kept across checks: after an edit only the changed chunks are parsed again. */
  private notes = new NoteParser();

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

  addFolder(uri: string, clientConfig: unknown): Folder {
    const root = uriToPath(uri);
    const config = this.configFor(root, clientConfig);
    const m = matchers(root, config);
    const folder: Folder = {
      uri,
      root,
      config,
      corpus: new Corpus([]),
      byPath: new Map(),
      warnings: [],
      indexing: false,
      lastIndexed: null,
      lastIndexMs: null,
      generation: 0,
      ...m,
    };
    this.folders.push(folder);
    return folder;
  }

  removeFolder(uri: string): void {
    this.folders = this.folders.filter((f) => f.uri !== uri);
  }

  /** Defaults < grounded.json / .vscode/settings.json on disk < the client's settings. */
  configFor(root: string, clientConfig: unknown): GroundedConfig {
    const disk = loadConfig(root).config;
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
  updateConfig(folder: Folder, clientConfig: unknown): boolean {
    const next = this.configFor(folder.root, clientConfig);
    const filesChanged =
      JSON.stringify([next.sources, next.exclude, next.maxSourceSizeKB]) !== JSON.stringify([folder.config.sources, folder.config.exclude, folder.config.maxSourceSizeKB]);
    folder.config = next;
    Object.assign(folder, matchers(folder.root, next));
    folder.generation++;
    return filesChanged;
  }

  /**
   * (Re)build a folder's index. Reads in slices with a yield between them; the folder keeps its
   * old corpus until the new one is complete. `changed` limits re-reading to those paths.
   */
  async index(folder: Folder, progress?: Progress, changed?: Set<string>): Promise<void> {
    const t0 = performance.now();
    folder.indexing = true;
    try {
      const paths = findFiles(folder.root, folder.config.sources, folder.config.exclude);
      // Re-read a file when it changed or was never read; keep earlier results (a source, or the
      // warning that skipped it) for the rest, so each skipped file is reported once.
      const oldWarnings = new Map<string, Warning[]>();
      for (const w of folder.warnings) oldWarnings.set(w.path, [...(oldWarnings.get(w.path) ?? []), w]);
      const warnings: Warning[] = [];
      const next = new Map<string, Source>();
      progress?.begin(`Indexing ${paths.length} sources`, paths.length);
      let lastYield = performance.now();
      for (let i = 0; i < paths.length; i++) {
        const p = paths[i];
        const fresh = !changed || changed.has(p);
        const old = folder.byPath.get(p);
        if (!fresh && old) {
          next.set(p, old);
          continue;
        }
        if (!fresh && oldWarnings.has(p)) {
          warnings.push(...oldWarnings.get(p)!);
          continue;
        }
        const src = readSource(p, folder.config.maxSourceSizeKB, warnings);
        if (src) next.set(p, src);
        if (performance.now() - lastYield > 30) {
          progress?.report(i + 1, paths.length);
          await new Promise((r) => setImmediate(r));
          lastYield = performance.now();
        }
      }
      const sources = [...next.values()];
      sources.forEach((s, i) => {
        if (s.index !== i) {
          s.index = i;
          for (const p of s.passages) p.source = i;
        }
      });
      folder.corpus = new Corpus(sources);
      folder.byPath = next;
      folder.warnings = warnings;
      folder.generation++;
      folder.lastIndexed = new Date();
      folder.lastIndexMs = Math.round(performance.now() - t0);
    } finally {
      folder.indexing = false;
      progress?.done();
    }
  }

  /** Has every folder finished its first index? Until then, no diagnostics are published. */
  ready(folder: Folder): boolean {
    return folder.lastIndexed !== null;
  }

  /** The report for a note document, cached per version and index generation. */
  reportFor(doc: { uri: string; version: number; getText(): string }): { report: NoteReport; folder: Folder } | undefined {
    const folder = this.folderFor(doc.uri);
    if (!folder) return undefined;
    const key = `${doc.version}:${folder.generation}`;
    const hit = this.reports.get(doc.uri);
    if (hit && hit.key === key) return { report: hit.report, folder };
    const note = this.notes.parse(doc.getText());
    const report = checkParsedNote(note, folder.corpus, { hedgeTolerance: folder.config.hedgeTolerance, rules: folder.config.rules });
    this.reports.set(doc.uri, { key, report });
    return { report, folder };
  }

  /** Report for a note on disk (not open in the editor), keyed by its modification time. */
  reportForFile(absPath: string): { report: NoteReport; folder: Folder; text: string } | undefined {
    let text: string;
    let mtime: number;
    try {
      mtime = fs.statSync(absPath).mtimeMs;
      text = fs.readFileSync(absPath, 'utf8');
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

  isNoteDoc(doc: TextDocument | { uri: string }): boolean {
    const f = this.folderFor(doc.uri);
    if (!doc.uri.startsWith('file:')) return true; // untitled notes
    return !f || f.isNote(uriToPath(doc.uri));
  }

  /** All notes of all folders on disk. */
  allNotes(): string[] {
    const out: string[] = [];
    for (const f of this.folders) for (const p of findFiles(f.root, f.config.notes, f.config.exclude)) if (f.isNote(p)) out.push(p);
    return [...new Set(out)];
  }
}

function readSource(p: string, maxKB: number, warnings: Warning[]): Source | undefined {
  try {
    const st = fs.statSync(p);
    if (st.size > maxKB * 1024) {
      warnings.push({ path: p, message: `skipped: ${(st.size / 1024).toFixed(0)} KB is larger than the ${maxKB} KB limit (grounded.maxSourceSizeKB)` });
      return undefined;
    }
    const d = decodeSource(fs.readFileSync(p));
    if ('skip' in d) {
      warnings.push({ path: p, message: `skipped: ${d.skip}` });
      return undefined;
    }
    const src = buildSource(0, p, d.text);
    if (src.problem) warnings.push({ path: p, message: src.problem });
    return src;
  } catch (e) {
    warnings.push({ path: p, message: `skipped: ${(e as Error).message}` });
    return undefined;
  }
}
