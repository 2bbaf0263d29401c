// Where the CLI keeps its cache (the index and extracted text) unless told otherwise: the user's
// cache folder, never the workspace. XDG_CACHE_HOME (else ~/.cache) on Linux and other Unixes,
// ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows; each with a "grounded" folder.
import * as path from 'node:path';

export function defaultCacheDir(env: Record<string, string | undefined>, home: string, platform: string): string {
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) return path.join(env.XDG_CACHE_HOME, 'grounded');
  if (platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'grounded', 'cache');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'grounded');
  return path.join(home, '.cache', 'grounded');
}
