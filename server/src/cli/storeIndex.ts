// `grounded index --store URL --sources DIR…`: load source folders into a shared store, with a
// progress line on terminals (a line per thousand files elsewhere) and a summary.
import * as path from 'node:path';
import { DiskExtractCache } from '../engine/formats';
import { postgres } from '../engine/stores';
import type { FileSystem } from '../engine/workspace';
import { VERSION, type Args } from './args';
import { loadSettings, rel, type Io } from './workspace';

/**
 * What reads the files, for the store's content hashes: the version and the hash of the engine's
 * code (set by the build, scripts/build.mjs; "dev" when run from the TypeScript sources).
 */
const READER = `grounded ${VERSION} ${process.env.GROUNDED_ENGINE_HASH ?? 'dev'}`;

/** Off a terminal, a progress line every this many files. */
const LOG_EVERY = 1_000;

export async function runIndex(fs: FileSystem, args: Args, io: Io): Promise<number> {
  const { config, sets } = await loadSettings(fs, args, io);
  const pg = await postgres();
  const url = args.store!;
  const decode = args.cache ? { cache: new DiskExtractCache(path.resolve(io.cwd, args.cache)) } : undefined;
  const t0 = performance.now();
  let shown = false;
  try {
    const r = await pg.loadPostgresStore(
      url,
      fs,
      { sets, exclude: config.exclude, maxSourceSizeKB: config.maxSourceSizeKB, decode, reader: READER },
      ({ done, total, written, bytes }) => {
        const line = `${done}/${total} files, ${written} sources written (${(bytes / 1e6).toFixed(1)} MB read)`;
        if (io.tty) {
          io.err(`\rLoading ${line}…`);
          shown = true;
        } else if (done % LOG_EVERY === 0) io.err(`loading: ${line}\n`);
      },
    );
    if (shown) io.err('\r\x1b[K');
    for (const w of r.warnings) io.err(`${rel(io, w.path)}: warning: ${w.message}\n`);
    const s = (performance.now() - t0) / 1000;
    io.out(
      `${pg.describeStore(url)}: ${r.files} files: ${r.written} written, ${r.unchanged} unchanged, ${r.removed} removed; ` +
        `${(r.bytes / 1e6).toFixed(1)} MB in ${s.toFixed(1)} s (${(r.bytes / 1e6 / Math.max(s, 1e-3)).toFixed(2)} MB/s)\n`,
    );
    return 0;
  } catch (e) {
    if (shown) io.err('\n');
    io.err(`grounded: loading into ${pg.describeStore(url)} failed: ${(e as Error).message}; what was written is kept: run the same command again to finish\n`);
    return 3;
  }
}
