// A note's own bibliography, as Pandoc reads it: `bibliography:` in its YAML front matter, one
// file or a list, relative to the note's folder.
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { lineFeeds } from '../text';

const FRONT_MATTER = /^(?:\ufeff)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** The bibliography files a note's front matter names, as absolute paths (none when it names none or is not YAML). */
export function noteBibliography(notePath: string, text: string): string[] {
  // a lone \r ends a line like \n (text.ts lineFeeds)
  const m = FRONT_MATTER.exec(lineFeeds(text));
  if (!m || !/^bibliography\s*:/m.test(m[1])) return [];
  let data: unknown;
  try {
    data = parseYaml(m[1]);
  } catch {
    return [];
  }
  const v = data && typeof data === 'object' ? (data as Record<string, unknown>).bibliography : undefined;
  const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return list.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((f) => path.resolve(path.dirname(notePath), f.trim()));
}
