// The sole age: a person's age in the note whose sentence names no one as its holder ("The 55-year-old says he
// will stop giving", "Rock, 45, had caused a stir" with the name read as a word), where the cited
// sources state one age and one only ("The 52-year-old on Tuesday said …"): the article is about
// one person, and the note's sentence about the person the note is about — the same age. Names
// cannot say so (there are none to meet), the metric neither (an age has none of its own: "the
// 52-year-old comedian", "a 16-year-old girl" / "an 18-year-old girl"); that there is only one age
// to mean does. Every rule that keeps a candidate from contradicting otherwise still holds — the
// alignment must not set it aside (role, period, opposite words), nor the checker veto it — and
// only a disagreement is read: a support of a sole age the ordinary rules did not give is left to them.
import type { FrameSide } from '../frames/sourceFrames';
import type { Figure } from '../types';
import { type FrameCandidate, judge, type Judged, plausible, type RuleOptions } from './rules';

/**
 * The contradiction the sole age of the cited sources gives the note's age, if any: `cands` are the
 * figures of the cited sources in reach, `siblings` the other figures of the note's sentence.
 */
export function soleAge<T>(note: { figure: Figure; side: FrameSide }, cands: FrameCandidate<T>[], siblings: readonly Figure[], o: RuleOptions): Judged<T> | undefined {
  const f = note.figure;
  const fr = note.side.frame;
  // (names elsewhere in the sentence say nothing of whose age it is: "The 29-year-old is in England
  // for the match at Twickenham", "The 62-year-old producer says Lana Clarkson's death was an accident")
  if (fr.role !== 'age' || fr.subject.length > 0 || fr.apposedTo !== undefined || f.vague || f.hedge) return undefined;
  // (another age in the note's sentence: whose is which, the sentence says, not the count)
  if (siblings.some((g) => g !== f && o.comparable(f, g))) return undefined;
  const ages = cands.filter((c) => c.side.frame.role === 'age' && !c.figure.vague && !c.figure.hedge);
  if (ages.length === 0 || ages.some((c) => c.figure.value !== ages[0].figure.value)) return undefined;
  for (const j of judge(note, ages.slice(0, 1), o)) {
    // (…nor when the source names none of the names the note's sentence gives but places: the sentence is of
    // someone else — "The 18-year-old will play alongside Jamie Noon in England's midfield" against
    // a story of an actress, "The 33-year-old injured herself")
    // (places do not count: "The 55-year-old told an audience in Leeds" is still the story's person)
    const others = fr.names.filter((x) => !o.lex.isPlace(x));
    const known = j.side.referableWide ?? j.side.referable;
    const strangers = others.length > 0 && others.every((x) => !known.has(x));
    if (j.relation !== 'disagree' || strangers || j.alignment.supportOnly || j.alignment.opposite || !plausible(f, j.figure) || o.veto?.(j)) continue;
    return j;
  }
  return undefined;
}
