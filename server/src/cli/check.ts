// `grounded check`: check notes, print a report (text, JSON or SARIF), and exit by --fail-on.
import * as path from 'node:path';
import { type Bibliography, BibliographySets } from '../engine/bibliography';
import { checkNote } from '../engine/check';
import { errorCode, readText, type FileSystem } from '../engine/workspace';
import type { Severity } from '../engine/types';
import { UsageError, VERSION, type Args, type FailOn } from './args';
import { formatJson, formatText, type NoteCheck } from './report';
import { formatSarif } from './sarif';
import { collectNotes, loadSources, rel, repositoryRoot, type Io } from './workspace';

/** The severities that fail a run at each --fail-on level. */
const FAILING: Record<FailOn, ReadonlySet<Severity>> = {
  error: new Set(['error']),
  warning: new Set(['error', 'warning']),
  info: new Set(['error', 'warning', 'information']),
};

export async function runCheck(fs: FileSystem, args: Args, io: Io): Promise<number> {
  if (args.rest.length === 0) throw new UsageError('check needs at least one note file or folder');
  const t0 = performance.now();
  const loaded = await loadSources(fs, args, io);
  const notePaths = await collectNotes(fs, args.rest, loaded, io);
  if (notePaths.length === 0 && !args.allowEmpty) {
    throw new UsageError(`no notes found in ${args.rest.join(', ')} (markdown files that are not sources); pass --allow-empty to accept that`);
  }
  const checks: NoteCheck[] = [];
  const { config } = loaded;
  const options = { hedgeTolerance: config.hedgeTolerance, rules: config.rules, maxNoteChars: config.maxNoteSizeKB * 1024 };
  const bibliographies = new Bibliographies(fs, config.bibliography.map((f) => path.resolve(loaded.root, f)), io);
  // each note on its own: one that cannot be read or checked is said on stderr, the others go on
  let failed = 0;
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
    try {
      checks.push({ path: p, report: checkNote(text, loaded.corpus, bibliography ? { ...options, bibliography } : options) });
    } catch (e) {
      failed++;
      io.err(`grounded: ${rel(io, p)}: could not check this note: ${(e as Error)?.stack ?? e}\n`);
    }
  }
  const ms = performance.now() - t0;
  const { corpus } = loaded;
  if (args.format === 'json') io.out(formatJson(checks, corpus, io.cwd) + '\n');
  else if (args.format === 'sarif') io.out(formatSarif(checks, corpus, { srcRoot: await repositoryRoot(fs, io.cwd), version: VERSION, rules: loaded.config.rules }) + '\n');
  else io.out(formatText(checks, { ms, sources: corpus.sources.length, cwd: io.cwd, color: io.color }));
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
