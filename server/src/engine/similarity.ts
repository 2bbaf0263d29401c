// String similarity for "did you mean" suggestions: citation keys, setting names, setting values.

/** Levenshtein distance (insertions, deletions, substitutions), in O(|a|·|b|) time and O(|b|) space. */
export function editDistance(a: string, b: string): number {
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

/** Are two strings at most one edit apart? (Linear, without allocating: for comparing many words.) */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length < b.length) [a, b] = [b, a];
  let i = 0;
  while (i < b.length && a[i] === b[i]) i++;
  if (i === b.length) return true;
  // substitute a[i], or (a one longer) delete it
  return a.length === b.length ? a.slice(i + 1) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}

/** Edits allowed between a word and a suggestion for it: one per `charsPerEdit` characters, at least one. */
export function editsAllowed(word: string, charsPerEdit = 3): number {
  return Math.max(1, Math.floor(word.length / charsPerEdit));
}

/**
 * The candidate closest to `word` (case-insensitive), if it is close enough to be the one meant:
 * within a few edits, or a candidate the word abbreviates ("warn" for "warning", "info" for "information").
 */
export function closestWord(word: string, candidates: readonly string[]): string | undefined {
  const low = word.toLowerCase();
  if (low.length >= 3) {
    const abbreviated = candidates.filter((c) => c.toLowerCase().startsWith(low));
    if (abbreviated.length === 1) return abbreviated[0];
  }
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(low, c.toLowerCase());
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return bestD <= editsAllowed(word) ? best : undefined;
}
