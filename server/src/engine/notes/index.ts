// The note parser: markdown notes → prose blocks, sentences, citations, quotes and figures.
export type { NoteBlock, NoteCitation, NoteFigure, NoteQuote, NoteSentence, OverNested, ParsedNote } from './types';
export { NoteParser, parseNote, blankRanges, type NoteParserOptions } from './parser';
export { chunks, MAX_CHUNK_MARKERS, MAX_NESTING } from './chunks';
export { figuresBySentence } from './bySentence';
