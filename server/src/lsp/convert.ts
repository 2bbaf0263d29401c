// Offsets ↔ LSP ranges and locations, for notes and sources.
import type { Location, Position, Range } from 'vscode-languageserver';
import type { Evidence, NoteReport } from '../engine/check';
import { offsetAt, positionAt } from '../engine/text';
import type { Source } from '../engine/types';
import { URI } from 'vscode-uri';
import { viewHeaderLines } from '../engine/formats/view';
import { pathToUri } from './state';

export function noteRange(report: NoteReport, start: number, end: number): Range {
  const ls = report.note.lineStarts;
  return { start: positionAt(ls, start), end: positionAt(ls, end) };
}

export function noteOffset(report: NoteReport, pos: Position): number {
  return offsetAt(report.note.lineStarts, report.note.text.length, pos.line, pos.character);
}

/**
 * The scheme of the read-only documents that show the text extracted from a web page, PDF or Word
 * file (the client asks grounded/sourceText for their content); the path is the original file's.
 */
export const EXTRACTED_SCHEME = 'grounded-extracted';

/** Where an editor opens a source: the file itself, or the document of its extracted text. */
export function sourceUri(src: Source): string {
  return src.format ? `${EXTRACTED_SCHEME}:${URI.file(src.path).path}` : pathToUri(src.path);
}

/** A range of a source's text, in the document sourceUri opens (an extracted source's has a header). */
export function sourceRange(src: Source, start: number, end: number): Range {
  const shift = viewHeaderLines(src);
  const at = (o: number) => {
    const p = positionAt(src.lineStarts, o);
    return { line: p.line + shift, character: p.character };
  };
  return { start: at(start), end: at(end) };
}

export function evidenceLocation(e: Evidence): Location {
  return { uri: sourceUri(e.source), range: sourceRange(e.source, e.start, e.end) };
}

/** A link that opens a source at a line (VS Code understands the #L fragment; other clients open the file). */
export function sourceLink(src: Source, line0: number): string {
  return `${sourceUri(src)}#L${line0 + 1 + viewHeaderLines(src)}`;
}

/**
 * A link that opens a source with [start, end) selected and revealed in the centre: VS Code reads
 * `#L10,5-L10,12` (1-based lines and columns) as a selection; other clients open the file.
 */
export function sourceSpanLink(src: Source, start: number, end: number): string {
  const r = sourceRange(src, start, end);
  return `${sourceUri(src)}#L${r.start.line + 1},${r.start.character + 1}-L${r.end.line + 1},${r.end.character + 1}`;
}

/** Is offset within [start, end] (inclusive end, so a cursor right after a figure still counts)? */
export function within(offset: number, start: number, end: number): boolean {
  return offset >= start && offset <= end;
}
