// What the note parser gives the checker: prose blocks, sentences, citations, quotes and figures,
// with exact offsets into the note.
import type { Figure } from '../types';

export interface NoteCitation {
  /** The key without '@'. */
  key: string;
  /** Span of "@key". */
  start: number;
  end: number;
  /** Span of the whole bracket "[@a, p. 3; @b]". */
  groupStart: number;
  groupEnd: number;
  /** Locator text after the key ("p. 3"), if any. */
  locator?: string;
}

export interface NoteSentence {
  start: number;
  end: number;
  /** Index of the block (paragraph, heading, cell) it belongs to. */
  block: number;
  citations: NoteCitation[];
}

export interface NoteQuote {
  /** The quoted words, without the quote marks. */
  text: string;
  /** Span of the quoted words (inside the marks). */
  start: number;
  end: number;
  sentence: number;
  /** True for a block quote followed by a citation. */
  block?: boolean;
}

export interface NoteFigure extends Figure {
  sentence: number;
}

export interface NoteBlock {
  start: number;
  end: number;
  kind: 'paragraph' | 'heading' | 'tableCell';
  citations: NoteCitation[];
  sentences: number[];
  inBlockquote: boolean;
}

export interface ParsedNote {
  text: string;
  /** Text with code, HTML and link URLs blanked out (same offsets as text). */
  masked: string;
  /** masked, with citation groups blanked too: what figures and their context words are read from. */
  figureText: string;
  lineStarts: number[];
  blocks: NoteBlock[];
  sentences: NoteSentence[];
  citations: NoteCitation[];
  quotes: NoteQuote[];
  figures: NoteFigure[];
  /** 0-based line → rules silenced on it ('*' for all), from `<!-- grounded-ignore [rules] -->` on the line before. */
  ignored: Map<number, Set<string>>;
  /** Parts of the note (chunks) with too many block-quote and list markers to parse as markdown, read as plain paragraphs; absent when none. */
  overNested?: OverNested[];
}

/** A part of a note read as plain paragraphs for its block-quote and list markers (notes/chunks.ts MAX_CHUNK_MARKERS). */
export interface OverNested {
  start: number;
  end: number;
  markers: number;
}
