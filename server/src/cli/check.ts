// `grounded check`: check notes, print a report (text, JSON or SARIF), and exit by --fail-on.
import * as path from 'node:path';
import { type Bibliography, BibliographySets } from '../engine/bibliography';
import { checkNote, type CheckOptions, type NoteReport } from '../engine/check';
import type { PassageStore } from '../engine/store';
import { postgres } from '../engine/stores';
import { errorCode, readText, type FileSystem, type GroundedConfig } from '../engine/workspace';
import type { Severity } from '../engine/types';
import { UsageError, VERSION, type Args, type FailOn } from './args';
import { formatJson, formatText, type NoteCheck } from './report';
import { formatSarif } from './sarif';
import { collectNotes, loadSettings, loadSources, openCliStore, rel, repositoryRoot, withRepairs, type Io } from './workspace';
import { CorruptRecordError } from '../engine/persist';

/** The severities that fail a run at each --fail-on level. */
const FAILING: Record<FailOn, ReadonlySet<Severity>> = {
  error: new Set(['error']),
  warning: new Set(['error', 'warning']),
  info: new Set(['error', 'warning', 'information']),
};

export async function runCheck(fs: FileSystem, args: Args, io: Io): Promise<number> {
  if (args.rest.length === 0) throw new UsageError('check needs at least one note file or folder');
  const t0 = performance.now();
  const loaded = args.store ? await openStore(fs, args, args.store, io) : await localSources(fs, args, io);
  try {
    return await checkAll(fs, args, io, loaded, t0);
  } finally {
    await loaded.close();
  }
}

/** What a check runs against: the settings, and the sources (embedded or a store) with a way to check a note on them. */
interface Against {
  config: GroundedConfig;
  root: string;
  sourceFiles: Set<string>;
  describe: string;
  check(text: string, options: CheckOptions): Promise<NoteReport>;
  /** The store the reports were made with (for their source names). */
  store(): Promise<PassageStore>;
  /** Run the checks and their report (`run`) again as long as they meet a damaged text of the index cache that a repair reads again (embedded sources only). */
  repairing<T>(run: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

async function localSources(fs: FileSystem, args: Args, io: Io): Promise<Against> {
  let loaded = await loadSources(fs, args, io);
  return {
    ...loaded,
    check: async (text, options) => checkNote(text, loaded.corpus, options),
    store: async () => loaded.corpus,
    repairing: (run) =>
      withRepairs(loaded, (repaired) => {
        loaded = repaired;
        return run();
      }),
    close: async () => undefined,
  };
}

/** A shared store (--store): the settings still come from the folder (rules, tolerance, bibliography); the sources from the store. */
async function openStore(fs: FileSystem, args: Args, url: string, io: Io): Promise<Against> {
  const { config, root } = await loadSettings(fs, args, io);
  const store = await openCliStore(url);
  return {
    config,
    root,
    sourceFiles: new Set(),
    describe: (await postgres()).describeStore(url),
    check: (text, options) => store.run(text, (view) => checkNote(text, view, options)),
    store: () => store.view(),
    repairing: (run) => run(),
    close: () => store.close(),
  };
}

async function checkAll(fs: FileSystem, args: Args, io: Io, loaded: Against, t0: number): Promise<number> {
  const notePaths = await collectNotes(fs, args.rest, loaded, io);
  if (notePaths.length === 0 && !args.allowEmpty) {
    throw new UsageError(`no notes found in ${args.rest.join(', ')} (markdown files that are not sources); pass --allow-empty to accept that`);
  }
  const { config } = loaded;
  const options = { hedgeTolerance: config.hedgeTolerance, rules: config.rules, maxNoteChars: config.maxNoteSizeKB * 1024 };
  const bibliographies = new Bibliographies(fs, config.bibliography.map((f) => path.resolve(loaded.root, f)), io);
  // each note on its own: one that cannot be read or checked is said on stderr, the others go on
  let failed = 0;
  const notes: { path: string; text: string; options: CheckOptions }[] = [];
  for (const p of notePaths) {
    let text: string;
    try {
      text = await readText(fs, p);
    } catch (e) {
      failed++;
      io.err(`grounded: ${rel(io, p)}: could not check this note: cannot read (${errorCode(e)})\n`);
      continue;
    }
    const bibliography = await bibliographies.forNote(p, text);
    notes.push({ path: p, text, options: bibliography ? { ...options, bibliography } : options });
  }
  // (every note checked and the report made again when they met a damaged text of the index cache,
  // whose file a repair read again: no report rests on it)
  const { checks, unchecked, out } = await loaded.repairing(async () => {
    const checks: NoteCheck[] = [];
    const unchecked: string[] = [];
    for (const n of notes) {
      try {
        checks.push({ path: n.path, report: await loaded.check(n.text, n.options) });
      } catch (e) {
        if (e instanceof CorruptRecordError) throw e;
        unchecked.push(`grounded: ${rel(io, n.path)}: could not check this note: ${(e as Error)?.stack ?? e}\n`);
      }
    }
    const ms = performance.now() - t0;
    const corpus = await loaded.store();
    let out: string;
    if (args.format === 'json') out = formatJson(checks, corpus, io.cwd) + '\n';
    else if (args.format === 'sarif') out = formatSarif(checks, corpus, { srcRoot: await repositoryRoot(fs, io.cwd), version: VERSION, rules: loaded.config.rules }) + '\n';
    else out = formatText(checks, { ms, sources: corpus.sources.length, cwd: io.cwd, color: io.color });
    return { checks, unchecked, out };
  });
  for (const line of unchecked) io.err(line);
  failed += unchecked.length;
  io.out(out);
  if (failed) {
    io.err(`grounded: ${failed} of ${notePaths.length} notes could not be checked\n`);
    return 3;
  }
  const failing = FAILING[args.failOn];
  return checks.some((c) => c.report.diagnostics.some((d) => failing.has(d.severity))) ? 1 : 0;
}

/** The bibliographies of a run: the settings' files and each note's front-matter files, each set loaded once, each warning printed once. */
class Bibliographies {
  private readonly sets: BibliographySets;
  private readonly warned = new Set<string>();

  constructor(
    fs: FileSystem,
    shared: string[],
    private readonly io: Io,
  ) {
    this.sets = new BibliographySets(fs, shared);
  }

  async forNote(notePath: string, text: string): Promise<Bibliography | undefined> {
    const files = this.sets.ownFiles(notePath, text) ?? this.sets.sharedFiles;
    if (!files.length) return undefined;
    const { bibliography, warnings } = await this.sets.load(files);
    for (const w of warnings) {
      const line = `${rel(this.io, w.path)}: warning: ${w.message}\n`;
      if (!this.warned.has(line)) this.io.err(line);
      this.warned.add(line);
    }
    return bibliography;
  }
}
