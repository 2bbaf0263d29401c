// What a span of time is measured from or between: the preposition right after it ("after",
// "before", "between", "since", "until", "ahead of") and the words of the phrase it opens, so that
// two durations of one interval meet whatever verbs the sentences put before them ("The album comes
// out three weeks after Documentary reached number one" / "… is released on Thursday, five weeks
// after The Game's debut, Documentary, went to number one"). Reads at most FRAME_POLICY.anchorReach
// tokens after the preposition, never past the sentence's end or another figure; linear in that reach.
import { isBoundary } from './clauses';
import { ANCHOR_PREPOSITIONS } from './lexicon';
import { FRAME_POLICY as P } from './policy';
import type { FrameToken } from './tokens';

/** The anchor of the duration at token k, if a preposition of one follows it. */
export function durationAnchor(tokens: readonly FrameToken[], k: number): { prep: string; words: string[] } | undefined {
  let i = k + 1;
  const prep = tokens[i]?.low;
  if (prep === undefined || !ANCHOR_PREPOSITIONS.has(prep)) return undefined;
  i++;
  // ("ahead of the vote")
  if (prep === 'ahead' && tokens[i]?.low === 'of') i++;
  const words: string[] = [];
  for (const end = Math.min(tokens.length, i + P.anchorReach); i < end; i++) {
    const t = tokens[i];
    if (t.kind === 'fig' || isBoundary(t) === 'hard') break;
    if (t.kind === 'punct' || t.func) continue;
    words.push(t.kind === 'name' ? t.lemma : t.concept);
  }
  return words.length ? { prep: prep === 'ahead' ? 'before' : prep, words } : undefined;
}
