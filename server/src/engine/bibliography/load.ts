// Loading the bibliography files a workspace names (the `bibliography` setting, a note's Pandoc
// `bibliography:` front matter), through the workspace's FileSystem. An unreadable or malformed
// file is one warning; the other files load.
import * as path from 'node:path';
import type { Warning } from '../types';
import { errorCode, type FileSystem, readText } from '../workspace/fileSystem';
import { Bibliography } from './bibliography';
import { parseBibliography } from './parse';
import type { BibEntry } from './types';

/** Bibliography files larger than this are skipped: a 20 MB .bib is tens of thousands of entries. */
export const MAX_BIBLIOGRAPHY_KB = 20 * 1024;

export async function loadBibliography(fs: FileSystem, files: readonly string[]): Promise<{ bibliography: Bibliography; warnings: Warning[] }> {
  const entries: BibEntry[] = [];
  const warnings: Warning[] = [];
  for (const file of [...new Set(files.map((f) => path.resolve(f)))]) {
    let text: string;
    try {
      const st = await fs.stat(file);
      if (st.size > MAX_BIBLIOGRAPHY_KB * 1024) {
        warnings.push({ path: file, message: `bibliography skipped: larger than ${MAX_BIBLIOGRAPHY_KB} KB` });
        continue;
      }
      text = await readText(fs, file);
    } catch (e) {
      warnings.push({ path: file, message: `bibliography skipped: cannot read (${errorCode(e)})` });
      continue;
    }
    const r = await parseBibliography(file, text);
    if ('skip' in r) {
      warnings.push({ path: file, message: `bibliography skipped: ${r.skip}` });
      continue;
    }
    if (r.problem) warnings.push({ path: file, message: r.problem });
    entries.push(...r.entries);
  }
  return { bibliography: new Bibliography(entries), warnings };
}
