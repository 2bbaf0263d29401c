// A match's score told alone: the note's sentence gives one score, and the source's candidate is
// the only score of its sentence, told as a result — no set beside it (a scoreline's sets are
// scorelines.ts's, judged as one match), no word of a score on the way ("led 2-1 at half-time",
// "a 15-6 deficit"). Then two numbers of one match met as they are meet by no chance in its story
// (rules.ts sameScore supports it, the names and the result's direction met).

import type { NoteFigure } from '../notes';
import type { CheckRun } from './run';
import type { Place } from './verdict';
import { INTERIM_SCORE_WORDS } from './scorelines';
import { sentenceOf } from './stretches';

/** The lemma of verbs of a lead on the way to a result ("led 2-1", "leading 3-0"). */
const LEAD_LEMMA = 'lead';

/** Is the note's score `f` the only one of its sentence, and the candidate `c` a result told alone in its source sentence? */
export function scoreAlone(run: CheckRun, f: NoteFigure, c: Place): boolean {
  if (f.kind !== 'score' || c.figure.kind !== 'score') return false;
  if (run.figuresOf(f.sentence).some((g) => g !== f && g.kind === 'score')) return false;
  const sentence = sentenceOf(run, c.passage, c.figure);
  if (!sentence) return false;
  const from = sentence.tokens[0]?.start ?? c.figure.start;
  const to = sentence.tokens[sentence.tokens.length - 1]?.end ?? c.figure.end;
  if (sentence.figures.some((g) => g !== c.figure && g.kind === 'score' && g.start >= from && g.end <= to)) return false;
  return !sentence.tokens.some((t) => INTERIM_SCORE_WORDS.has(t.low) || t.lemma === LEAD_LEMMA);
}
