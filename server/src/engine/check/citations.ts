// Citation keys: which source each citation of a note names (found, ambiguous or unknown), and
// for an unknown key, the keys the writer may have meant. One resolver per check: each distinct key
// is resolved once, and suggestions are sought for at most MAX_KEY_SUGGESTION_LOOKUPS of them.
import type { NoteCitation } from '../notes';
import { KEY_CHARS_PER_EDIT, KEY_MIN_COMPARED, MAX_KEY_SUGGESTION_LOOKUPS, MAX_KEY_SUGGESTIONS } from './policy';
import type { CitationResult } from './report';
import type { Retrieval } from './retrieval';

export class CitationResolver {
  private readonly resolved = new Map<string, Omit<CitationResult, 'citation'>>();
  private readonly suggested = new Map<string, string[]>();

  constructor(private readonly index: Retrieval) {}

  resolve(c: NoteCitation): CitationResult {
    let r = this.resolved.get(c.key);
    if (!r) {
      const k = this.index.resolveKey(c.key);
      r = k.kind === 'found' ? { source: k.source } : k.kind === 'ambiguous' ? { source: null, ambiguous: k.candidates } : { source: null };
      this.resolved.set(c.key, r);
    }
    return { citation: c, ...r };
  }

  /** Keys close to an unknown one; none once MAX_KEY_SUGGESTION_LOOKUPS keys have been looked up. */
  similar(key: string): string[] {
    let s = this.suggested.get(key);
    if (!s) {
      s = this.suggested.size < MAX_KEY_SUGGESTION_LOOKUPS ? similarKeys(this.index, key) : [];
      this.suggested.set(key, s);
    }
    return s;
  }
}

/**
 * Keys close to an unknown one (by edit distance), in the form the user wrote: an id or alias, or a
 * file-name prefix. Each source's keys are listed once per store (Retrieval.citableKeys); each
 * comparison stops as soon as it is past the distance allowed.
 */
export function similarKeys(index: Retrieval, key: string): string[] {
  const low = key.toLowerCase();
  const maxEdits = Math.max(1, Math.floor(low.length / KEY_CHARS_PER_EDIT));
  const compared = Math.max(low.length, KEY_MIN_COMPARED);
  const scored: [string, number][] = [];
  for (const { low: k, shown } of index.citableKeys()) {
    const d = editDistanceWithin(low, k.length > compared ? k.slice(0, compared) : k, maxEdits);
    if (d <= maxEdits) scored.push([shown, d]);
  }
  scored.sort((a, b) => a[1] - b[1]);
  return [...new Set(scored.map((x) => x[0]))].slice(0, MAX_KEY_SUGGESTIONS);
}

/** Edit distance of a and b, or max + 1 as soon as it is known to exceed max. */
export function editDistanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    let rowMin = dp[0];
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
      if (dp[j] < rowMin) rowMin = dp[j];
    }
    if (rowMin > max) return max + 1;
  }
  return Math.min(dp[b.length], max + 1);
}
