// How a check names a source to the writer, in messages and in the citations its fixes insert:
// by the key the note cites it with ("[@smith2020]" names it smith2020, not its file's short key
// 001), else by the key of the bibliography entry that describes it, else by the store's short
// key. One per check run.
import type { Bibliography } from '../bibliography';
import type { Source } from '../types';
import type { CitationResult } from './report';
import type { Retrieval } from './retrieval';

/** What names a source for people: a SourceNames, or the store itself (its short keys). */
export interface SourceNaming {
  shortKey(source: Source): string;
}

export class SourceNames implements SourceNaming {
  private readonly names = new Map<Source, string>();

  constructor(
    private readonly index: Retrieval,
    private readonly bibliography?: Bibliography,
  ) {}

  /** The note's resolved citations: each source is named by the first key that cites it. */
  cite(citations: readonly CitationResult[]): void {
    for (const c of citations) if (c.source && !this.names.has(c.source)) this.names.set(c.source, c.citation.key);
  }

  get sources(): readonly Source[] {
    return this.index.sources;
  }

  /** The key to show and to write for a source. */
  shortKey(source: Source): string {
    let name = this.names.get(source);
    if (name === undefined) {
      name = (this.bibliography?.size ? this.bibliography.entryOf(source, this.index.sources)?.key : undefined) ?? this.index.shortKey(source);
      this.names.set(source, name);
    }
    return name;
  }
}
