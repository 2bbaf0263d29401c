// Checking a note against sources written in the test, in memory: the helpers the engine-level
// verdict tests share (counterparts, period slips, bounds, names, swaps).
import * as assert from 'node:assert/strict';
import { checkNote, NoteReport } from '../../server/src/engine/check';
import type { FigureResult } from '../../server/src/engine/check/report';
import { Corpus } from '../../server/src/engine/corpus';
import { buildSource } from '../../server/src/engine/sources';

/** Check `note` against the sources (file name → text), each under /ws/sources/. */
export function checkAgainst(files: Record<string, string>, note: string): NoteReport {
  return checkNote(note, new Corpus(Object.entries(files).map(([p, text], i) => buildSource(i, `/ws/sources/${p}`, text))));
}

/** The result of the note's figure written `text`; fails, listing the figures, when there is none. */
export function resultOf(r: NoteReport, text: string): FigureResult {
  const f = r.figures.find((x) => x.figure.text === text);
  assert.ok(f, `no figure ${text} in the report: ${r.figures.map((x) => x.figure.text).join(', ')}`);
  return f;
}

/** The verdict on the note's figure written `text`. */
export function verdictOf(r: NoteReport, text: string): string {
  return resultOf(r, text).verdict;
}

/** The verdict on `fig` of a one-sentence note citing a source of one paragraph ("story.txt"; the note's final full stop becomes its citation). */
export function verdictAgainst(source: string, note: string, fig: string): string {
  return verdictOf(checkAgainst({ 'story.txt': 'Story\n\n' + source + '\n' }, note.replace(/\.$/, ' [@story].')), fig);
}

/** `verdictAgainst`'s verdict and the source figure it rests on, as "contradicted 2009" (the verdict alone when none). */
export function judgedAgainst(source: string, note: string, fig: string): string {
  return judgedTitled('Story', source, note, fig);
}

/** judgedAgainst with the source's title given (a title's words are the lead's: some readings look there). */
export function judgedTitled(title: string, source: string, note: string, fig: string): string {
  const x = resultOf(checkAgainst({ 'story.txt': title + '\n\n' + source + '\n' }, note.replace(/\.$/, ' [@story].') + '\n'), fig);
  return `${x.verdict} ${x.evidence[0]?.figure?.text ?? ''}`.trim();
}

/** judgedAgainst for a source of several paragraphs (its first the title): the note's final full stop becomes its citation. */
export function judgedStory(paragraphs: string[], note: string, fig: string): string {
  const x = resultOf(checkAgainst({ 'story.txt': paragraphs.join('\n\n') + '\n' }, note.replace(/\.$/, ' [@story].') + '\n'), fig);
  return `${x.verdict} ${x.evidence[0]?.figure?.text ?? ''}`.trim();
}
