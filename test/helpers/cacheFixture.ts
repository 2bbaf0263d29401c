// The fixture the index-cache tests share (file-table, cache-texts, trusted-start): three small
// sources written to a temporary folder with an old modification time (never racy: far more than
// RACY_MS before any stat a test takes), the note checked against them, and the index settings with
// a disk cache in the same temporary folder.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkNote } from '../../server/src/engine/check';
import { DiskCacheStore } from '../../server/src/engine/persist';
import { folderSet, NodeFileSystem, type IndexSettings, type SourceIndex } from '../../server/src/engine/workspace';
import { main } from '../../server/src/cli/main';

export const CACHE_FILES: Readonly<Record<string, string>> = {
  'a.txt': 'Acme Corp\n\nAcme sold 350,000 units in 2024, up about 12% on the year before.\n\nRevenue was $14.3 billion.',
  'b.md': '---\ntitle: Beta report\nid: beta\n---\n\nBeta hired nearly 2,000 people. Costs rose to £3.4bn.\n',
  'c.txt': 'Gamma\n\nGamma lost 40% of its value in 12–18 months.',
};

/** A note with a figure mismatch ($15.3 against $14.3), so its verdicts are not empty. */
export const CACHE_NOTE = 'Acme sold 350,000 units [@a] and revenue was $15.3 billion [@a]. Beta hired about 2,000 [@beta]. Gamma lost 40% [@c].\n';

/** Long before any stat of these tests: never racy. */
export const OLD = new Date('2020-01-02T03:04:05Z');

export interface CacheFolder {
  /** The temporary folder holding both. */
  dir: string;
  /** The source folder, holding `files`. */
  sources: string;
  /** The cache folder (not created: the index makes it). */
  cache: string;
}

/**
 * A test body run over a fresh temporary folder holding `files` (modified at OLD) in `sources/`,
 * removed after. `prefix` names the folder (the test file's).
 */
export function withCacheFolder(prefix: string, fn: (f: CacheFolder) => Promise<void>, files: Readonly<Record<string, string>> = CACHE_FILES): () => Promise<void> {
  return async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `grounded-${prefix}-`));
    const sources = path.join(dir, 'sources');
    fs.mkdirSync(sources);
    for (const [name, text] of Object.entries(files)) {
      fs.writeFileSync(path.join(sources, name), text);
      fs.utimesSync(path.join(sources, name), OLD, OLD);
    }
    try {
      await fn({ dir, sources, cache: path.join(dir, 'cache') });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}

/** Index settings for one source folder, with a disk cache (its log lines pushed to `log`) or none. */
export function cacheSettings(sources: string, cache: string | undefined, log: string[] = [], maxSourceSizeKB = 1024): IndexSettings {
  return { sets: [folderSet(sources)], exclude: [], maxSourceSizeKB, cache: cache ? { store: new DiskCacheStore(cache), log: (m) => log.push(m) } : undefined };
}

/** CACHE_NOTE's diagnostics against an index's corpus, as a string to compare. */
export const noteVerdicts = (ix: { corpus: SourceIndex['corpus'] }): string =>
  JSON.stringify(checkNote(CACHE_NOTE, ix.corpus).diagnostics.map((f) => [f.code, f.message]));

/** Runs the `grounded` command in process from folder `cwd` (the process's environment): its exit code and what it wrote. */
export async function runCli(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = { cwd, out: (x: string) => void (stdout += x), err: (x: string) => void (stderr += x), tty: false, color: false, env: { ...process.env } };
  const code = await main(args, new NodeFileSystem(), io);
  return { code, stdout, stderr };
}
