// Deterministic synthetic source folders for the index-building tests (parallel-extract,
// in-process-runs): sentences drawn from a word list, each with figures, front matter in some.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** A deterministic stream of numbers in [0, 1). */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** `n` source files under /w/sources/ of sentences drawn from `words`, with figures, front matter in every seventh. */
export function syntheticSources(words: readonly string[], n: number, seed: number): Record<string, string> {
  const r = rng(seed);
  const pick = () => words[Math.floor(r() * words.length)];
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const sentences: string[] = [];
    for (let k = 0; k < 2 + Math.floor(r() * 6); k++) {
      const sentence = Array.from({ length: 3 + Math.floor(r() * 9) }, pick);
      sentence.splice(1, 0, `${Math.floor(r() * 900) + 10}`, r() < 0.3 ? `${Math.floor(r() * 90)}%` : `in ${1990 + Math.floor(r() * 35)}`);
      sentences.push(`${sentence.join(' ')}.`);
    }
    const head = i % 7 === 0 ? `---\ntitle: Report ${i}\nid: r${i}\n---\n` : `Firm ${i} ${pick()}\n\n`;
    files[`/w/sources/f${String(i).padStart(4, '0')}.${i % 5 === 0 ? 'md' : 'txt'}`] = head + sentences.join(' ');
  }
  return files;
}

/**
 * Writes `files` (keyed by path; only the base name is kept) into a new folder DIR/sources, their
 * times set older than the racy window so that a next run trusts their stats; returns the folder.
 */
export function writeAgedSources(dir: string, files: Readonly<Record<string, string>>): string {
  const src = path.join(dir, 'sources');
  fs.mkdirSync(src);
  for (const [p, text] of Object.entries(files)) fs.writeFileSync(path.join(src, path.basename(p)), text);
  const old = new Date(Date.now() - 60_000);
  for (const f of fs.readdirSync(src)) fs.utimesSync(path.join(src, f), old, old);
  return src;
}
