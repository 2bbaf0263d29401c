// Citation keys: which source each citation of a note names (found, ambiguous or unknown), and
// for an unknown key, the keys the writer may have meant.
import type { NoteCitation } from '../notes';
import { KEY_CHARS_PER_EDIT, KEY_MIN_COMPARED, MAX_KEY_SUGGESTIONS } from './policy';
import type { CitationResult } from './report';
import type { Retrieval } from './retrieval';

export function resolveCitation(index: Retrieval, c: NoteCitation): CitationResult {
  const r = index.resolveKey(c.key);
  if (r.kind === 'found') return { citation: c, source: r.source };
  if (r.kind === 'ambiguous') return { citation: c, source: null, ambiguous: r.candidates };
  return { citation: c, source: null };
}

/** Keys close to an unknown one (by edit distance), in the form the user wrote: an id or alias, or a file-name prefix. */
export function similarKeys(index: Retrieval, key: string): string[] {
  const low = key.toLowerCase();
  const scored: [string, number][] = [];
  for (const s of index.sources) {
    // suggest the key in the form the user wrote: an id or alias, or a file-name prefix
    const prefix = index.prefixKey(s);
    for (const k of new Set([prefix, s.key, s.meta.id, ...s.meta.aliases].filter(Boolean) as string[])) {
      const d = editDistance(low, k.toLowerCase().slice(0, Math.max(low.length, KEY_MIN_COMPARED)));
      if (d <= Math.max(1, Math.floor(low.length / KEY_CHARS_PER_EDIT))) scored.push([k === s.key ? prefix : k, d]);
    }
  }
  scored.sort((a, b) => a[1] - b[1]);
  return [...new Set(scored.map((x) => x[0]))].slice(0, MAX_KEY_SUGGESTIONS);
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}
