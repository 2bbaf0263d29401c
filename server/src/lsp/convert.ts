// Offsets ↔ LSP ranges and locations, for notes and sources.
import type { Location, Position, Range } from 'vscode-languageserver';
import type { Evidence, NoteReport } from '../engine/check';
import { offsetAt, positionAt } from '../engine/text';
import type { Source } from '../engine/types';
import { pathToUri } from './state';

export function noteRange(report: NoteReport, start: number, end: number): Range {
  const ls = report.note.lineStarts;
  return { start: positionAt(ls, start), end: positionAt(ls, end) };
}

export function noteOffset(report: NoteReport, pos: Position): number {
  return offsetAt(report.note.lineStarts, report.note.text.length, pos.line, pos.character);
}

export function sourceRange(src: Source, start: number, end: number): Range {
  return { start: positionAt(src.lineStarts, start), end: positionAt(src.lineStarts, end) };
}

export function evidenceLocation(e: Evidence): Location {
  return { uri: pathToUri(e.source.path), range: sourceRange(e.source, e.start, e.end) };
}

/** A link that opens a source at a line (VS Code understands the #L fragment; other clients open the file). */
export function sourceLink(src: Source, line0: number): string {
  return `${pathToUri(src.path)}#L${line0 + 1}`;
}

/**
 * A link that opens a source with [start, end) selected and revealed in the centre: VS Code reads
 * `#L10,5-L10,12` (1-based lines and columns) as a selection; other clients open the file.
 */
export function sourceSpanLink(src: Source, start: number, end: number): string {
  const r = sourceRange(src, start, end);
  return `${pathToUri(src.path)}#L${r.start.line + 1},${r.start.character + 1}-L${r.end.line + 1},${r.end.character + 1}`;
}

/** Is offset within [start, end] (inclusive end, so a cursor right after a figure still counts)? */
export function within(offset: number, start: number, end: number): boolean {
  return offset >= start && offset <= end;
}
