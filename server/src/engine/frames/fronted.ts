// A figure in a fronted participle clause is about the subject of the main clause after it:
// "Born in Luton, Bedfordshire, on 5 April 1920, Hailey was the only child …" is about Hailey,
// "Founded in 1998, Kellmouth Labs has …" about Kellmouth Labs. Walking outwards from the figure,
// the frame sees the names inside the clause first (Luton, Bedfordshire) and would take them for
// its subject; the name that opens the main clause is added to it.
import { FRONTED_PARTICIPLES, MAIN_CLAUSE_VERBS } from './lexicon';
import type { FrameToken } from './tokens';

/** Tokens read after the figure for the main clause's subject (a clause of a few places and dates). */
const MAIN_CLAUSE_REACH = 16;
const SENTENCE_ENDS = new Set(['.', '!', '?', ';']);

/** The name (its words' lemmas) opening the main clause after the fronted clause holding token k, or none. */
export function frontedSubject(tokens: readonly FrameToken[], k: number): string[] {
  let s = k;
  while (s > 0 && !(tokens[s - 1].kind === 'punct' && SENTENCE_ENDS.has(tokens[s - 1].low))) s--;
  const first = tokens[s];
  if (!first || first.kind === 'name' || !(FRONTED_PARTICIPLES.has(first.low) || (first.verb && first.low.endsWith('ed')))) return [];
  // the clause ends at a comma followed by a name and a verb: ", Hailey was"
  for (let i = k + 1; i < tokens.length && i <= k + MAIN_CLAUSE_REACH; i++) {
    const t = tokens[i];
    if (t.kind === 'punct' && SENTENCE_ENDS.has(t.low)) return [];
    if (t.low !== ',' || tokens[i + 1]?.kind !== 'name') continue;
    let j = i + 1;
    const name: string[] = [];
    while (tokens[j]?.kind === 'name') name.push(tokens[j++].lemma);
    const after = tokens[j];
    if (after && after.kind === 'word' && (after.verb || MAIN_CLAUSE_VERBS.has(after.low))) return name;
  }
  return [];
}

