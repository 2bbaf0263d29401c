// `grounded check`: check notes, print a report (text, JSON or SARIF), and exit by --fail-on.
import * as path from 'node:path';
import { type Bibliography, BibliographySets } from '../engine/bibliography';
import { checkNote, type CheckOptions } from '../engine/check';
import { cacheName, DiskCacheStore } from '../engine/persist';
import { postgres } from '../engine/stores';
import { errorCode, probeFingerprint, ProbedFileSystem, readText, type FileSystem, type GroundedConfig } from '../engine/workspace';
import type { Severity } from '../engine/types';
import { UsageError, VERSION, type Args, type FailOn } from './args';
import { listedSources, noteOutcome } from './outcome';
import { formatJsonPieces, formatText, sourceRows, type NoteCheck, type SourceRows } from './report';
import { ResultCache, type CorpusSummary, type Listing } from './resultCache';
import { formatSarif } from './sarif';
import { cacheConfig, cacheDirOf, collectNotes, loadSettings, loadSources, openCliStore, rel, repositoryRoot, withRepairs, type Io, type Loaded } from './workspace';
import { CorruptRecordError } from '../engine/persist';
import { CHECK_MEMO, type MemoData } from '../engine/memo';
import { DEFAULT_HEDGE_TOLERANCE } from '../engine/check/policy';
import { decodeJudgments, encodeJudgments, type JudgmentData } from './keptJudgments';
import { PathSet, type PathsAsked } from './pathSet';

/** The severities that fail a run at each --fail-on level. */
const FAILING: Record<FailOn, ReadonlySet<Severity>> = {
  error: new Set(['error']),
  warning: new Set(['error', 'warning']),
  info: new Set(['error', 'warning', 'information']),
};

export async function runCheck(fs: FileSystem, args: Args, io: Io): Promise<number> {
  if (args.rest.length === 0) throw new UsageError('check needs at least one note file or folder');
  const t0 = performance.now();
  const cacheDir = cacheDirOf(args, io);
  // with a cache folder, notes whose outcome is kept for this very corpus are replayed (resultCache.ts)
  const against = args.store ? await openStore(fs, args, args.store, io) : cacheDir ? await cachedSources(fs, args, io, cacheDir) : await localSources(fs, args, io);
  try {
    return await checkAll(fs, args, io, against, t0);
  } finally {
    await against.close();
  }
}

/** A note to check: its path, text and options. */
interface NoteToCheck {
  path: string;
  text: string;
  options: CheckOptions;
}

/** What the notes of a run said: each note's outcome (checked or replayed), the notes that could not be checked (lines for stderr), the sources for the report. */
interface Outcomes {
  checks: NoteCheck[];
  unchecked: string[];
  sources: SourceRows;
  /**
   * What the run keeps once its report is written (a cache folder's): the corpus's summary, with the
   * JSON report's list of the sources as written (`listing`, for a run in its folder) — so that the
   * next JSON report of the same corpus from the same folder copies that list instead of writing
   * 44,500 rows again.
   */
  keep?(listing: Listing | undefined): Promise<void>;
}

/** What a check runs against: the settings, and the sources (embedded or a store) with a way to check notes on them. */
interface Against {
  config: GroundedConfig;
  root: string;
  sourceFiles: PathsAsked;
  describe: string;
  /** The notes' outcomes, in order (a note that throws is unchecked, the others go on). */
  outcomes(notes: NoteToCheck[], io: Io): Promise<Outcomes>;
  close(): Promise<void>;
}

/** Check each note against `store`; a damaged text of the index cache (CorruptRecordError) is thrown for a repair, anything else makes the note unchecked. */
async function checkEach(notes: readonly NoteToCheck[], io: Io, check: (n: NoteToCheck) => Promise<NoteCheck>): Promise<{ checks: (NoteCheck | undefined)[]; unchecked: string[] }> {
  const checks: (NoteCheck | undefined)[] = [];
  const unchecked: string[] = [];
  for (const n of notes) {
    try {
      checks.push(await check(n));
    } catch (e) {
      if (e instanceof CorruptRecordError) throw e;
      checks.push(undefined);
      unchecked.push(`grounded: ${rel(io, n.path)}: could not check this note: ${(e as Error)?.stack ?? e}\n`);
    }
  }
  return { checks, unchecked };
}

const checked = (checks: (NoteCheck | undefined)[]): NoteCheck[] => checks.filter((c): c is NoteCheck => c !== undefined);

/** Embedded sources without a result cache (--no-cache): every note checked. */
async function localSources(fs: FileSystem, args: Args, io: Io): Promise<Against> {
  const loaded = await loadSources(fs, args, io);
  return {
    ...loaded,
    outcomes: (notes) => checkLoaded(loaded, notes, io),
    close: async () => undefined,
  };
}

/**
 * The notes checked against loaded sources (every note whose index `replayed` gives no outcome),
 * and the sources listed (`listed`, when given: the rows the result cache keeps for this corpus) —
 * run again as long as they meet a damaged text of the index cache that a repair reads again: no
 * outcome rests on it.
 */
function checkLoaded(loaded: Loaded, notes: readonly NoteToCheck[], io: Io, replayed: (NoteCheck | undefined)[] = [], memo?: { kept: MemoData | undefined }, listed?: SourceRows, judged?: { kept: unknown[] }): Promise<Outcomes & { all: (NoteCheck | undefined)[]; memo?: MemoData; judgments?: (JudgmentData | undefined)[] }> {
  let attempt = 0;
  return withRepairs(loaded, async ({ corpus }) => {
    // (the memo of this corpus's checks, engine/memo.ts: on the first attempt only — a repaired index goes without)
    const first = attempt++ === 0;
    const m = memo && first ? corpus.derived(CHECK_MEMO) : undefined;
    m?.enable(corpus.passageCount, memo!.kept);
    const left = notes.filter((_, i) => !replayed[i]);
    // (with a result cache: each note's judgments of its last check taken where its blocks are unchanged, and this check's kept — keptJudgments.ts; a repaired index takes none)
    const judgments: (JudgmentData | undefined)[] = [];
    // (each note's place among `notes`, found once: a folder of thousands of notes is not searched again for each)
    const at = judged ? new Map(notes.map((n, i) => [n, i])) : undefined;
    const fresh = await checkEach(left, io, async (n) => {
      if (!judged) return { path: n.path, outcome: noteOutcome(checkNote(n.text, corpus, n.options), corpus) };
      const i = at!.get(n)!;
      const kept = judged.kept[i];
      const previous = first && kept !== undefined ? decodeJudgments(kept, corpus, n.options.hedgeTolerance ?? DEFAULT_HEDGE_TOLERANCE, n.options.bibliography) : undefined;
      const report = checkNote(n.text, corpus, { ...n.options, keepJudgments: true, ...(previous && { previous }) });
      const outcome = noteOutcome(report, corpus);
      // (once the outcome is made: what encoding asks of the corpus comes after all the report reads)
      judgments[i] = report.judgments && encodeJudgments(report.judgments, corpus);
      return { path: n.path, outcome };
    });
    let k = 0;
    const all = notes.map((_, i) => replayed[i] ?? fresh.checks[k++]);
    return { checks: checked(all), all, unchecked: fresh.unchecked, sources: listed ?? sourceRows(listedSources(corpus)), memo: m?.changed, ...(judged && { judgments }) };
  });
}

/**
 * Embedded sources with a cache folder: the corpus's fingerprint found from the folders, the index
 * cache's file table and one stat per file (engine/workspace/fingerprint.ts); a note whose outcome
 * the result cache keeps for that fingerprint, its text and options is replayed. When every note's
 * is, and the corpus's summary is kept too, no index is loaded at all; else the index is loaded (from
 * what the probe read: its walk, stats and file table) and the notes left are checked, their outcomes
 * kept for the next run.
 */
async function cachedSources(fs: FileSystem, args: Args, io: Io, cacheDir: string): Promise<Against> {
  const settings = await loadSettings(fs, args, io);
  const { config, sets } = settings;
  const { decode, cache } = cacheConfig(cacheDir, io);
  const results = new ResultCache({ store: cache!.store, name: cacheName(sets), log: cache!.log });
  const probed = new ProbedFileSystem(fs);
  const probe = await probeFingerprint(probed, { sets, exclude: config.exclude, maxSourceSizeKB: config.maxSourceSizeKB, decode }, cache!);
  // (its keys and titles left unread when it keeps the list of sources for this folder: a JSON report from here writes that list)
  const summary = probe.fingerprint ? await results.corpus(probe.fingerprint, io.cwd) : undefined;
  // (the summary's sources are the files the probe found, each of which made one: else it is not this corpus's)
  const usable = summary && summary.count === probe.files.length ? summary : undefined;
  let loaded: Loaded | undefined;
  // the index written to the cache behind the note's check (a cold check's records and postings, 205
  // MB at 100 MB: the note checked while they are written), waited for at `close`, before the run ends
  const behind = new DiskCacheStore(cacheDir, { writeBehind: true });
  const load = async (print: boolean) => {
    probed.probed();
    loaded ??= await loadSources(probed, args, io, { print, settings, fileTable: probe.fileTable, walked: { files: probe.files, warnings: probe.walkWarnings, listing: probe.listing }, store: behind });
    probed.release();
    return loaded;
  };
  // no summary to replay from: the index loaded now, its warnings printed where a load prints them
  if (!usable) await load(true);
  else for (const w of usable.warnings) io.err(`${rel(io, w.path)}: warning: ${w.message}\n`);
  return {
    config,
    root: settings.root,
    sourceFiles: loaded ? loaded.sourceFiles : new PathSet(probe.files),
    describe: settings.describe,
    outcomes: async (notes) => {
      const replay = async (fingerprint: string) => {
        const keys = notes.map((n) => results.noteKey(fingerprint, n.text, n.options));
        const kept: (NoteCheck | undefined)[] = [];
        for (let i = 0; i < notes.length; i++) {
          const outcome = await results.note(keys[i]);
          kept.push(outcome && { path: notes[i].path, outcome });
        }
        return { keys, kept };
      };
      if (usable && !loaded) {
        const { kept } = await replay(probe.fingerprint!);
        if (kept.every((c) => c)) {
          // (the summary written again only to keep a listing for this folder)
          const keep = async (listing: Listing | undefined) => {
            if (listing && !usable.listing?.(listing.cwd)) await results.saveCorpus(probe.fingerprint!, usable, listing);
          };
          return { checks: kept as NoteCheck[], unchecked: [], sources: summaryRows(usable, probe.files), keep };
        }
      }
      // (warnings already printed from the summary are not printed again when the index is that corpus's)
      const ws = await load(false);
      // (the probe's, when the index's files and keys are those it was made of: not hashed again)
      const fingerprint = ws.fingerprint(probe.known);
      if (usable && fingerprint !== probe.fingerprint) for (const w of ws.warnings) io.err(`${rel(io, w.path)}: warning: ${w.message}\n`);
      const { keys, kept } = await replay(fingerprint);
      // (a note to check: what earlier checks of this corpus derived from it, engine/memo.ts)
      const memo = kept.some((c) => !c) ? { kept: await results.memo(fingerprint, ws.corpus.passageCount) } : undefined;
      // the corpus the probe found, its summary kept: its sources listed from the summary's rows, as a
      // replay lists them (the same sources in the same order: no key or title made JSON again)
      const same = usable && fingerprint === probe.fingerprint;
      // (each note to check: its judgments as its last check against this corpus left them, keptJudgments.ts)
      const judgmentKeys = notes.map((n) => results.judgmentsKey(fingerprint, path.resolve(n.path), n.options));
      const judged: unknown[] = [];
      for (let i = 0; i < notes.length; i++) judged.push(kept[i] ? undefined : await results.judgments(judgmentKeys[i]));
      const out = await checkLoaded(ws, notes, io, kept, memo, same ? summaryRows(usable, probe.files) : undefined, { kept: judged });
      if (out.memo) await results.saveMemo(fingerprint, out.memo);
      for (let i = 0; i < notes.length; i++) {
        const j = out.judgments?.[i];
        if (j) await results.saveJudgments(judgmentKeys[i], j);
      }
      for (let i = 0; i < notes.length; i++) {
        const c = out.all[i];
        if (c && !kept[i]) await results.saveNote(keys[i], c.outcome);
      }
      // the sources listed are the walk's files when each made one (else no replay can list them)
      const summarise = !same && out.sources.count === ws.sourceFiles.size;
      const keep = async (listing: Listing | undefined) => {
        if (summarise) await results.saveCorpus(fingerprint, { ...out.sources, warnings: [...ws.warnings] }, listing);
        else if (same && listing && !usable.listing?.(listing.cwd)) await results.saveCorpus(fingerprint, usable, listing);
        await results.prune();
      };
      return { ...out, keep };
    },
    close: () => behind.written(),
  };
}

/** The sources a kept corpus summary lists: its rows, each at the walk's file of the same place (the summary's sources are those files, each of which made one). */
function summaryRows(summary: CorpusSummary, files: readonly string[]): SourceRows {
  return { count: summary.count, keyJson: (i) => summary.keyJson(i), titleJson: (i) => summary.titleJson(i), path: (i) => files[i], listing: (cwd) => summary.listing?.(cwd) };
}

/** A shared store (--store): the settings still come from the folder (rules, tolerance, bibliography); the sources from the store. */
async function openStore(fs: FileSystem, args: Args, url: string, io: Io): Promise<Against> {
  const { config, root } = await loadSettings(fs, args, io);
  const store = await openCliStore(url);
  return {
    config,
    root,
    sourceFiles: new PathSet([]),
    describe: (await postgres()).describeStore(url),
    outcomes: async (notes) => {
      const { checks, unchecked } = await checkEach(notes, io, (n) => store.run(n.text, (view) => ({ path: n.path, outcome: noteOutcome(checkNote(n.text, view, n.options), view) })));
      return { checks: checked(checks), unchecked, sources: sourceRows(listedSources(await store.view())) };
    },
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
  const notes: NoteToCheck[] = [];
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
  const { checks, unchecked, sources, keep } = await loaded.outcomes(notes, io);
  const ms = performance.now() - t0;
  let out: string | Buffer[];
  let listing: Uint8Array | undefined;
  // (the JSON report in pieces, each written as it is: a kept list of sources is not copied)
  if (args.format === 'json') out = formatJsonPieces(checks, sources, io.cwd, '\n', (made) => (listing = made));
  else if (args.format === 'sarif') out = formatSarif(checks, { srcRoot: await repositoryRoot(fs, io.cwd), version: VERSION, rules: loaded.config.rules }) + '\n';
  else out = formatText(checks, { ms, sources: sources.count, cwd: io.cwd, color: io.color });
  for (const line of unchecked) io.err(line);
  failed += unchecked.length;
  if (typeof out === 'string') io.out(out);
  else if (io.outBytes) for (const piece of out) io.outBytes(piece);
  else io.out(Buffer.concat(out).toString('utf8'));
  await keep?.(listing && { cwd: io.cwd, bytes: listing });
  if (failed) {
    io.err(`grounded: ${failed} of ${notePaths.length} notes could not be checked\n`);
    return 3;
  }
  const failing = FAILING[args.failOn];
  return checks.some((c) => c.outcome.diagnostics.some((d) => failing.has(d.severity))) ? 1 : 0;
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
