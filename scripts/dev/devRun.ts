// Development aid shared by the debug scripts: the command line `SOURCES_DIR NOTE.md [LINE...]` read
// into a check run over an in-memory corpus of the folder's .txt and .md files. Not part of the product.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../../server/src/engine/corpus';
import { parseNote, type ParsedNote } from '../../server/src/engine/notes';
import { buildSource } from '../../server/src/engine/sources';
import { CheckRun } from '../../server/src/engine/check/run';

export interface DevRun {
  corpus: Corpus;
  note: ParsedNote;
  run: CheckRun;
  /** The note's lines asked about (1-based); empty: all. */
  lines: Set<number>;
}

export function devRun(argv: readonly string[]): DevRun {
  const [dir, notePath, ...lineArgs] = argv;
  const files = fs.readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort();
  const corpus = new Corpus(files.map((f, i) => buildSource(i, path.join(dir, f), fs.readFileSync(path.join(dir, f), 'utf8'))));
  const note = parseNote(fs.readFileSync(notePath, 'utf8'));
  return { corpus, note, run: new CheckRun(note, corpus, 0.1), lines: new Set(lineArgs.map(Number)) };
}
