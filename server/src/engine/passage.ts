// A source's passage as the index keeps it: its bounds, paragraph and figures, and a reference to
// what every passage of its source shares (the text, line starts, pages, the source's place in
// the corpus). Its text, line and page are read from those when asked, so that a corpus holds one
// string per source and no slice, line or page per passage (most of an index's memory otherwise).
import { positionAt } from './text';
import type { Figure, Passage } from './types';

/** What the passages of one source share (one per source and corpus: `withIndex` makes another). */
export interface PassageBody {
  /** The source's index in the corpus. */
  readonly source: number;
  readonly text: string;
  readonly lineStarts: number[];
  /** For a paged source: the offset where each page starts. */
  readonly pages?: readonly number[];
}

export class SourcePassage implements Passage {
  constructor(
    private readonly body: PassageBody,
    readonly index: number,
    readonly start: number,
    readonly end: number,
    readonly paragraph: number,
    readonly figures: Figure[],
  ) {}

  get source(): number {
    return this.body.source;
  }

  get text(): string {
    return this.body.text.slice(this.start, this.end);
  }

  /** The line (0-based) where the passage starts. */
  get line(): number {
    return positionAt(this.body.lineStarts, this.start).line;
  }

  /** For a paged source: the page (1-based) the passage starts on; else undefined. */
  get page(): number | undefined {
    const pages = this.body.pages;
    if (!pages) return undefined;
    let page = 0;
    let hi = pages.length - 1;
    while (page < hi) {
      const mid = (page + hi + 1) >> 1;
      if (pages[mid] <= this.start) page = mid;
      else hi = mid - 1;
    }
    return page + 1;
  }

  /** The same passage in a source at another index (the body of that source's copy). */
  in(body: PassageBody): SourcePassage {
    return new SourcePassage(body, this.index, this.start, this.end, this.paragraph, this.figures);
  }
}

/** The body of a source's passages. */
export function passageBody(source: number, text: string, lineStarts: number[], pages?: readonly number[]): PassageBody {
  return pages ? { source, text, lineStarts, pages } : { source, text, lineStarts };
}
