// A workspace's bibliography: the entries of its .bib and CSL-JSON files by key, each linked to
// the source file it describes when its `file` field names one that is indexed (by path, else by
// file name: Zotero exports paths into its own storage folder, while the analyst keeps a copy
// among the sources). A key of the bibliography is a citation key: it names the linked source, or
// — without one — a work Grounded has no text of (information, not an error).
import * as path from 'node:path';
import type { Source } from '../types';
import type { BibEntry } from './types';

export class Bibliography {
  private readonly byKey = new Map<string, BibEntry>();
  private readonly byLowerKey = new Map<string, BibEntry>();
  /** Per list of sources (one per index), the source each entry links to: made on first use. */
  private readonly links = new WeakMap<readonly Source[], Map<BibEntry, Source | null>>();

  constructor(readonly entries: readonly BibEntry[]) {
    for (const e of entries) {
      if (!this.byKey.has(e.key)) this.byKey.set(e.key, e);
      const low = e.key.toLowerCase();
      if (!this.byLowerKey.has(low)) this.byLowerKey.set(low, e);
    }
  }

  get size(): number {
    return this.byKey.size;
  }

  /** The entry of a key (exactly as written, else ignoring case). */
  entry(key: string): BibEntry | undefined {
    return this.byKey.get(key) ?? this.byLowerKey.get(key.toLowerCase());
  }

  /** The indexed source an entry describes, if any, among an index's sources. */
  sourceOf(entry: BibEntry, sources: readonly Source[]): Source | undefined {
    return this.linksFor(sources).get(entry) ?? undefined;
  }

  /** The entry linked to a source, if any (for hover and completion). */
  entryOf(source: Source, sources: readonly Source[]): BibEntry | undefined {
    for (const [e, s] of this.linksFor(sources)) if (s === source) return e;
    return undefined;
  }

  private linksFor(sources: readonly Source[]): Map<BibEntry, Source | null> {
    let m = this.links.get(sources);
    if (!m) this.links.set(sources, (m = this.link(sources)));
    return m;
  }

  private link(sources: readonly Source[]): Map<BibEntry, Source | null> {
    const byPath = new Map<string, Source>();
    const byName = new Map<string, Source[]>();
    for (const s of sources) {
      byPath.set(path.resolve(s.path), s);
      const name = path.basename(s.path).toLowerCase();
      byName.set(name, [...(byName.get(name) ?? []), s]);
    }
    const out = new Map<BibEntry, Source | null>();
    for (const e of this.entries) {
      let found: Source | undefined;
      for (const f of e.files) {
        found = byPath.get(path.resolve(f));
        if (found) break;
        const same = byName.get(path.basename(f.replace(/\\/g, '/')).toLowerCase());
        if (same?.length === 1) {
          found = same[0];
          break;
        }
      }
      out.set(e, found ?? null);
    }
    return out;
  }
}

/** "Müller et al. 2021, Power use of AI data centres" — who, when, what. */
export function entryLabel(e: BibEntry): string {
  const who = [e.author, e.year].filter((x) => x !== undefined).join(' ');
  return [who, e.title].filter(Boolean).join(', ') || e.key;
}
