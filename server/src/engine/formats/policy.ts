// Every threshold of the source-format extractors, with a line of why.
import type { ExtractLimits } from './types';

export const DEFAULT_EXTRACT_LIMITS: Readonly<ExtractLimits> = Object.freeze({
  // A long report is a few hundred pages; a 2,000-page PDF is a book or a scan, and its first
  // 2,000 pages are plenty to check notes against.
  maxPages: 2000,
  // PDF.js reads a typical page in 10–20 ms of CPU (README "Source formats"); 30 s is a hundred
  // times that for a 10-page file, so only a pathological file reaches it.
  timeoutMs: 30_000,
  // A long article is a few thousand elements, a saved page with its furniture tens of thousands;
  // past this Readability would read for seconds: the page is skipped with a warning instead.
  maxHtmlElements: 200_000,
});

/**
 * Header and footer lines: a line at the top or bottom of a page (within this many lines of the
 * edge) that recurs, digits aside, on at least this share of the pages (and on 3 pages at least)
 * is page furniture — a running title, "Page 3 of 7", a date stamp — and is dropped.
 */
export const FURNITURE_EDGE_LINES = 3;
export const FURNITURE_MIN_SHARE = 0.5;
export const FURNITURE_MIN_PAGES = 3;
/** Longer lines are body text even when they recur: headers and footers are short. */
export const FURNITURE_MAX_CHARS = 80;

/**
 * Words on a line: two text runs further apart than this share of the font size are separate
 * words even when the PDF puts no space between them (text set word by word); closer runs are
 * one word split by kerning or a font change ("T he" in some PDFs).
 */
export const WORD_GAP_SHARE = 0.18;

/**
 * Paragraphs: a vertical step between two lines larger than this many times the line's font size
 * starts a new paragraph (single-spaced body text steps about 1.2×; a paragraph gap adds half a
 * line or more).
 */
export const PARAGRAPH_GAP_SHARE = 1.6;

/** A PDF whose pages hold fewer characters than this on average has no usable text layer (a scan). */
export const MIN_TEXT_CHARS_PER_PAGE = 8;
