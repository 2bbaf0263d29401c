// Page locators: "[@report, p. 4]" restricts a figure's check to page 4 of a paged source (a PDF),
// and a figure stated only on another page of it is reported ("stated on p. 6, not p. 4").
// A locator that names no page ("chap. 2", "§ 3") or a source without pages restricts nothing.
import type { NoteCitation } from '../notes';
import type { Passage, Source } from '../types';

/** Inclusive page ranges, e.g. [[4, 4], [7, 9]] for "pp. 4, 7–9". */
export type PageRanges = readonly (readonly [number, number])[];

/** Per source index, the pages the note cites. */
export type PageScope = ReadonlyMap<number, PageRanges>;

const PAGE_LOCATOR = /^(?:p|pp|pg|pgs|page|pages)\.?\s*(\d+(?:\s*[-–—]\s*\d+)?(?:\s*(?:,|&|and)\s*\d+(?:\s*[-–—]\s*\d+)?)*)\s*$/i;

/** The pages of a Pandoc locator ("p. 4", "pp. 4-6", "page 12", "pp. 3, 7–9"), or undefined when it names none. */
export function parsePages(locator: string | undefined): PageRanges | undefined {
  const m = locator ? PAGE_LOCATOR.exec(locator.trim()) : null;
  if (!m) return undefined;
  const out: [number, number][] = [];
  for (const part of m[1].split(/\s*(?:,|&|and)\s*/)) {
    const [a, b] = part.split(/\s*[-–—]\s*/).map(Number);
    out.push([a, b === undefined || b < a ? a : b]);
  }
  return out;
}

/** "p. 4", "pp. 4–6", "pp. 3, 7–9". */
export function formatPages(ranges: PageRanges): string {
  const one = ranges.length === 1 && ranges[0][0] === ranges[0][1];
  return `${one ? 'p.' : 'pp.'} ${ranges.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ')}`;
}

/** The pages cited for each paged source among these citations (undefined when none is). */
export function pageScope(cites: readonly NoteCitation[], sourceOf: (c: NoteCitation) => Source | null | undefined): PageScope | undefined {
  let out: Map<number, (readonly [number, number])[]> | undefined;
  for (const c of cites) {
    const s = sourceOf(c);
    const ranges = s?.pages ? parsePages(c.locator) : undefined;
    if (!s || !ranges) continue;
    out ??= new Map();
    out.set(s.index, [...(out.get(s.index) ?? []), ...ranges]);
  }
  return out;
}

/** Is the passage on a cited page (or in a source whose pages are not restricted)? */
export function onCitedPages(pages: PageScope, p: Passage): boolean {
  const ranges = pages.get(p.source);
  if (!ranges || p.page === undefined) return true;
  return ranges.some(([a, b]) => p.page! >= a && p.page! <= b);
}
