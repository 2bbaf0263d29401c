// What a source-format extractor returns: the text a person reads in the file (the article of a
// saved web page, the text layer of a PDF, the body of a Word file) and what the file says about
// itself. The rest of the engine treats that text like a .txt source; `pages` ties its offsets
// to the pages of a paged format.
import type { SourceMeta } from '../types';

/** The formats a source can be read from. 'text' is .txt, .md and anything not listed below. */
export type SourceFormat = 'text' | 'html' | 'pdf' | 'docx';

export interface ExtractedText {
  format: Exclude<SourceFormat, 'text'>;
  /** Paragraphs separated by blank lines (a paragraph is one line, or lines a <br> or a list broke). */
  text: string;
  /** Title, author, date (YYYY-MM-DD when the file gives a full date), url: whatever the file states. */
  meta: Partial<SourceMeta>;
  /** For paged formats: the offset in `text` where each page starts; page n (1-based) starts at pages[n - 1]. */
  pages?: number[];
  /** Something worth a warning that did not stop the file being indexed (e.g. only the first pages read). */
  problem?: string;
}

/** An extractor's answer: the text, or why the file was skipped (one sentence, for a warning). */
export type ExtractResult = ExtractedText | { skip: string };

/** Bounds on one file's extraction, so that a hostile or huge file can never hang the index. */
export interface ExtractLimits {
  /** Pages of a PDF read at most; the rest is left out with a warning. */
  maxPages: number;
  /** Milliseconds one file may take; past that it is skipped with a warning. */
  timeoutMs: number;
  /** Elements of a web page read at most; a larger page is skipped with a warning. */
  maxHtmlElements: number;
}
