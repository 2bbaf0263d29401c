// A parsed note's figures grouped by the sentence they stand in: made once by whoever asks for a
// sentence's figures (the check run, the judgments it keeps), in one pass over the note's figures.
import type { NoteFigure, ParsedNote } from './types';

/** The note's figures by sentence index, each list in the note's order. */
export function figuresBySentence(note: Pick<ParsedNote, 'figures'>): Map<number, NoteFigure[]> {
  const out = new Map<number, NoteFigure[]>();
  for (const g of note.figures) {
    const list = out.get(g.sentence);
    if (list) list.push(g);
    else out.set(g.sentence, [g]);
  }
  return out;
}
