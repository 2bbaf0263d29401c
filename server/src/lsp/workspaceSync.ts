// Keeping the folders in step with the editor: the first configuration and index, workspace folders
// added and removed, settings changed, files changed on disk (sources re-read incrementally,
// configuration and bibliography files reloaded, notes re-checked: after a saved source only those it
// could change), and a full rebuild on request. Folder by folder
// in isolation: one whose settings or index fail is logged, and the others and the check of every
// note still happen.
import { FileChangeType, type FileEvent, type WorkspaceFoldersChangeEvent } from 'vscode-languageserver';
import type { DiagnosticsManager } from './diagnosticsManager';
import type { IndexScheduler } from './indexing';
import { type Folder, type ServerState, uriToPath } from './state';
import type { Source } from '../engine/types';

export class WorkspaceSync {
  constructor(
    private readonly state: ServerState,
    private readonly indexer: IndexScheduler,
    private readonly diagnostics: DiagnosticsManager,
    /** The client's `grounded` settings for a folder (undefined when it has none to give). */
    private readonly settings: (folder: Folder) => Promise<unknown>,
    private readonly warn: (message: string) => void = () => undefined,
  ) {}

  /** After `initialized`: each folder's settings, then its index; then every note. */
  async initialized(): Promise<void> {
    await this.eachFolder(this.state.folders, 'starting', async (folder) => {
      await this.state.updateConfig(folder, await this.settings(folder));
      await this.index(folder);
    });
    await this.diagnostics.checkAll();
  }

  /** Index a folder's sources; a folder with a store connects to it instead (its sources are the store's). */
  private index(folder: Folder): Promise<void> {
    return folder.store ? folder.connectStore() : this.indexer.reindex(folder);
  }

  /** Run `step` for each folder; a folder whose step throws is logged and the next one goes on. */
  private async eachFolder(folders: Iterable<Folder>, what: string, step: (folder: Folder) => Promise<void>): Promise<void> {
    for (const folder of [...folders]) {
      try {
        await step(folder);
      } catch (e) {
        this.warn(`${what} ${folder.root} failed: ${(e as Error)?.stack ?? e}`);
      }
    }
  }

  async foldersChanged(e: WorkspaceFoldersChangeEvent): Promise<void> {
    for (const f of e.removed) {
      for (const folder of this.state.folders) if (folder.uri === f.uri) this.indexer.remove(folder);
      this.state.removeFolder(f.uri);
    }
    for (const f of e.added) {
      try {
        const folder = await this.state.addFolder(f.uri, undefined);
        await this.state.updateConfig(folder, await this.settings(folder));
        await this.index(folder);
      } catch (err) {
        this.warn(`adding ${f.uri} failed: ${(err as Error)?.stack ?? err}`);
      }
    }
    await this.diagnostics.checkAll();
  }

  async configurationChanged(): Promise<void> {
    await this.eachFolder(this.state.folders, 'reading the settings of', async (folder) => {
      const changed = await this.state.updateConfig(folder, await this.settings(folder));
      if (changed) await this.index(folder);
    });
    await this.diagnostics.checkAll();
  }

  async filesChanged(changes: FileEvent[]): Promise<void> {
    const byFolder = new Map<Folder, Set<string>>();
    let configChanged = false;
    let notesChanged = false;
    const bibliographies = new Set<Folder>();
    for (const ch of changes) {
      // a file (or folder) created or deleted may be a note: the notes are listed again
      if (ch.type !== FileChangeType.Changed) this.state.notesMayHaveChanged();
      const p = uriToPath(ch.uri);
      const folder = this.state.folderFor(ch.uri);
      if (!folder) continue;
      if (/(^|[\\/])(grounded\.json|settings\.json)$/.test(p)) {
        configChanged = true;
        continue;
      }
      if (folder.isSource(p) || folder.source(p)) {
        const set = byFolder.get(folder) ?? new Set<string>();
        set.add(p);
        byFolder.set(folder, set);
      } else if (folder.readsBibliography(p)) {
        bibliographies.add(folder);
      } else if (folder.isNote(p)) {
        notesChanged = true;
        if (ch.type === FileChangeType.Deleted) this.state.forget(ch.uri);
      }
    }
    // A configuration file that changes which files are read (globs, size limit) re-reads them all,
    // as a settings change from the client does.
    const full = new Set<Folder>();
    if (configChanged) {
      await this.eachFolder(this.state.folders, 'reading the settings of', async (folder) => {
        if (await this.state.updateConfig(folder, await this.settings(folder))) full.add(folder);
      });
    }
    for (const folder of full) await this.index(folder);
    for (const [folder, changed] of byFolder) if (!full.has(folder) && !folder.store) await this.reindexChanged(folder, changed);
    // a bibliography file changed: read again (an index reads them anyway)
    for (const folder of bibliographies) if (!full.has(folder) && !byFolder.has(folder)) await folder.reloadBibliographies();
    if (byFolder.size || configChanged || notesChanged || bibliographies.size) await this.diagnostics.checkAll();
  }

  /**
   * Re-read some sources of a folder. When every citation key still names the same source, the notes
   * whose reports none of the changed sources could change keep them (state.keepUnaffected): the
   * check-all that follows re-checks only the others.
   */
  private async reindexChanged(folder: Folder, changed: ReadonlySet<string>): Promise<void> {
    const before = folder.generation;
    const prev = folder.corpus.sources;
    await this.indexer.reindex(folder, changed);
    if (folder.generation !== before && sameCitationKeys(prev, folder.corpus.sources)) this.state.keepUnaffected(folder, changed, before);
  }

  /** Read every source again (grounded/reindex), then check every note. */
  async rebuild(): Promise<void> {
    this.state.notesMayHaveChanged();
    for (const f of [...this.state.folders]) await (f.store ? f.connectStore(true) : this.indexer.reindex(f));
    await this.diagnostics.checkAll();
  }
}

/**
 * Does every citation key still name the same source (folder.ts citationKeys, compared source by
 * source: the same paths, file keys, ids and aliases in the same order)? Without a string of the
 * whole corpus's keys made before and after each save.
 */
function sameCitationKeys(a: readonly Source[], b: readonly Source[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x.path !== y.path || x.key !== y.key || (x.meta.id ?? '') !== (y.meta.id ?? '') || x.meta.aliases.join('\u0001') !== y.meta.aliases.join('\u0001')) return false;
  }
  return true;
}
