// A figure in a fronted participle clause is about the subject of the main clause after it:
// "Born in Luton, Bedfordshire, on 5 April 1920, Hailey was the only child …" is about Hailey,
// "Founded in 1998, Kellmouth Labs has …" about Kellmouth Labs. Walking outwards from the figure,
// the frame sees the names inside the clause first (Luton, Bedfordshire) and would take them for
// its subject; the name that opens the main clause is added to it. Likewise whoever opens the
// sentence by saying it (openingSpeakers), and whether a figure stands in a quotation (quotedTokens).
import { ASK_VERB, ESTIMATE_AT_VERBS, FINDING_VERBS, QUESTION_OPENERS, FRONTED_ASIDE_OPENERS, FRONTED_PLACE_PREPS, FRONTED_PARTICIPLES, FRONTED_TIME_PREPS, MAIN_CLAUSE_PRONOUNS, MAIN_CLAUSE_VERBS, RELATIVE_OPENERS, SAYING_PARTICLE_VERBS, SAYING_VERBS, SPEAKER_PRONOUNS } from './lexicon';
import { COORDINATORS } from './clauses';
import { FRAME_POLICY } from './policy';
import type { FrameToken } from './tokens';

/** Tokens read after the figure for the main clause's subject (a clause of a few places and dates). */
const MAIN_CLAUSE_REACH = 16;
const SENTENCE_ENDS = new Set(['.', '!', '?', ';']);

/** Longest name taken for the main clause's subject, in words (a run of thousands is no name). */
const MAX_NAME_WORDS = 8;

/** For each token, where its sentence starts (after the last '.', '!', '?' or ';' before it): one pass. */
export function sentenceStarts(tokens: readonly FrameToken[]): Int32Array {
  const out = new Int32Array(tokens.length);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && tokens[i - 1].kind === 'punct' && SENTENCE_ENDS.has(tokens[i - 1].low)) s = i;
    out[i] = s;
  }
  return out;
}

/**
 * The name (its words' lemmas) opening the main clause after the fronted clause holding token k,
 * or none; `starts` is sentenceStarts(tokens).
 */
export function frontedSubject(tokens: readonly FrameToken[], k: number, starts: Int32Array): string[] {
  const first = tokens[starts[k]];
  if (!first || first.kind === 'name' || !(FRONTED_PARTICIPLES.has(first.low) || (first.verb && first.low.endsWith('ed')))) return [];
  // the clause ends at a comma followed by a name and a verb: ", Hailey was"
  for (let i = k + 1; i < tokens.length && i <= k + MAIN_CLAUSE_REACH; i++) {
    const t = tokens[i];
    if (t.kind === 'punct' && SENTENCE_ENDS.has(t.low)) return [];
    if (t.low !== ',' || tokens[i + 1]?.kind !== 'name') continue;
    let j = i + 1;
    const name: string[] = [];
    while (tokens[j]?.kind === 'name' && name.length <= MAX_NAME_WORDS) name.push(tokens[j++].lemma);
    const after = tokens[j];
    if (after && after.kind === 'word' && (after.verb || MAIN_CLAUSE_VERBS.has(after.low))) return name;
  }
  return [];
}


/**
 * The name that opens a sentence and is set apart from its verb by an aside between commas: "The
 * Aviator, starring Leonardo DiCaprio as Howard Hughes, ended up third after taking $11.2m" is
 * about The Aviator, whose aside names others. Its lemmas, for a figure after that verb; else none.
 */
export function openingSubject(tokens: readonly FrameToken[], k: number, starts: Int32Array): string[] {
  let i = starts[k];
  if (tokens[i]?.low === 'the') i++;
  const name: string[] = [];
  // (a capitalised first word the tokens read as a word opens the name it leads: "National Treasure, …")
  if (tokens[i]?.kind === 'word' && tokens[i].cap && tokens[i + 1]?.kind === 'name') name.push(tokens[i++].lemma);
  while (tokens[i]?.kind === 'name' && name.length <= MAX_NAME_WORDS) name.push(tokens[i++].lemma);
  if (!name.length || tokens[i]?.low !== ',') return [];
  // the aside's closing comma, then the main clause's verb, before the figure
  for (let j = i + 1; j < k && j <= i + MAIN_CLAUSE_REACH; j++) {
    const t = tokens[j];
    if (t.kind === 'fig' || (t.kind === 'punct' && SENTENCE_ENDS.has(t.low))) return [];
    if (t.low !== ',') continue;
    const after = tokens[j + 1];
    return after && after.kind === 'word' && (after.verb || MAIN_CLAUSE_VERBS.has(after.low)) && j + 1 < k ? name : [];
  }
  return [];
}

/**
 * The parties a sentence opens with, joined by "and" (a list's commas before it): "Amicus and the
 * TGWU could merge into …", "The UK, France and Luxembourg have …" — each party's lemmas, for a
 * figure after the verb that follows them; undefined when the sentence does not open so.
 */
export function jointOpening(tokens: readonly FrameToken[], k: number, starts: Int32Array): string[][] | undefined {
  let i = starts[k];
  const parties: string[][] = [];
  let joined = false;
  while (parties.length <= MAX_JOINT_PARTIES) {
    if (tokens[i]?.low === 'the') i++;
    const party: string[] = [];
    while (tokens[i]?.kind === 'name' && party.length <= MAX_NAME_WORDS) party.push(tokens[i++].lemma);
    if (!party.length) return undefined;
    parties.push(party);
    if (tokens[i]?.low === ',') i++;
    if (tokens[i]?.low === 'and' || tokens[i]?.low === '&') {
      if (joined) return undefined;
      joined = true;
      i++;
      continue;
    }
    if (joined || tokens[i - 1]?.low !== ',') break;
  }
  const verb = tokens[i];
  return joined && parties.length >= 2 && i < k && verb?.kind === 'word' && (verb.verb || MAIN_CLAUSE_VERBS.has(verb.low)) ? parties : undefined;
}

/** The most parties a sentence's opening joins (jointOpening). */
const MAX_JOINT_PARTIES = 6;

/**
 * The names of the main clause a fronted date dates: "In 1999 Labour removed all but 92 of the
 * Lords' 750 hereditary peers", "But in 1983, he took Dunfermline East", "A year later, in October
 * 2003, the couple had a son - John". The date opens its sentence (within FRAME_POLICY.frontedDateReach
 * tokens, no verb, name or other figure before it, a preposition of time among the words before it:
 * FRONTED_TIME_PREPS); the clause after it is what happened then, so every name of it is whose date it is, as
 * the names of a "when" clause after a date are (frame.ts whenAfter). Undefined when none.
 */
export function frontedDateNames(tokens: readonly FrameToken[], k: number, starts: Int32Array): string[] | undefined {
  // (…or the clause a conjunction opens after a comma: "…, and in June 1991 it overturned the
  // sentences on the Maguire Seven")
  const s = conjunctStart(tokens, starts[k], k) ?? starts[k];
  if (k - s > FRAME_POLICY.frontedDateReach) return undefined;
  let prep = false;
  for (let i = s; i < k; i++) {
    const t = tokens[i];
    if (t.kind === 'fig' || t.verb || t.kind === 'name') return undefined;
    if (FRONTED_TIME_PREPS.has(t.low)) prep = true;
  }
  if (!prep) return undefined;
  const out: string[] = [];
  for (let i = k + 1; i < tokens.length && i <= k + FRAME_POLICY.frontedClauseReach; i++) {
    const t = tokens[i];
    if (t.kind === 'punct' && SENTENCE_ENDS.has(t.low)) break;
    if (t.kind === 'name' && out.length < MAX_NAME_WORDS) out.push(t.lemma);
  }
  return out.length ? out : undefined;
}

/** Where the last clause that a comma and a conjunction (clauses.ts COORDINATORS) open before token k starts, after `from` and within FRAME_POLICY.frontedDateReach of k; undefined when none. */
function conjunctStart(tokens: readonly FrameToken[], from: number, k: number): number | undefined {
  for (let i = k - 1; i > Math.max(from, k - FRAME_POLICY.frontedDateReach - 2); i--) {
    if (tokens[i].kind === 'word' && COORDINATORS.has(tokens[i].low) && tokens[i - 1].low === ',') return i + 1;
  }
  return undefined;
}

/**
 * The names of a fronted clause of time before a main clause that opens with a pronoun: "Before
 * the release of How To Dismantle An Atomic Bomb, they had sold 125 million albums" — the album is
 * no subject of the figure; "they" is whoever the sentences before named. The clause opens its
 * sentence with FRONTED_ASIDE_OPENERS and ends at its first comma, before the figure, right before a
 * pronoun of MAIN_CLAUSE_PRONOUNS; or a place (FRONTED_PLACE_PREPS and names alone) right before such a
 * pronoun ("In Cambodia he installed 25 laptops"). Undefined when the sentence is not so.
 */
export function frontedAsideNames(tokens: readonly FrameToken[], k: number, starts: Int32Array): string[] | undefined {
  const s = starts[k];
  const opener = tokens[s]?.low ?? '';
  // (…or a place before the pronoun, with or without its comma: "In Cambodia he installed 25 laptops")
  const place = FRONTED_PLACE_PREPS.has(opener);
  if (!FRONTED_ASIDE_OPENERS.has(opener) && !place) return undefined;
  const out: string[] = [];
  for (let i = s + 1; i < k && i - s <= FRAME_POLICY.frontedClauseReach; i++) {
    const t = tokens[i];
    if (t.kind === 'fig') return undefined;
    if (t.low === ',') return MAIN_CLAUSE_PRONOUNS.has(tokens[i + 1]?.low ?? '') && out.length ? out : undefined;
    if (t.kind === 'name') out.push(t.lemma);
    // (a person: "In Northern Ireland it was just over 66,000" is the place's own figure)
    else if (place) return out.length && MAIN_CLAUSE_PRONOUNS.has(t.low) && t.low !== 'it' && i + 1 < k ? out : undefined;
  }
  return undefined;
}

/**
 * The names of whoever the sentence opens by saying the figure at token k: the names before a
 * saying verb (lexicon.ts SAYING_VERBS) that comes first in the sentence, within
 * FRAME_POLICY.speakerReach tokens of its start and before the figure ("Colin High said Kaplan ranks
 * among the top 10", "A Tory spokesman said the bill would take five years"), or a verb giving an
 * estimate "at" the figure (ESTIMATE_AT_VERBS: "Lecturer Anne Roux puts the jobless rate at 15%").
 * Undefined when none.
 */
export function openingSpeakers(tokens: readonly FrameToken[], k: number, starts: Int32Array): string[] | undefined {
  const names: string[] = [];
  for (let i = starts[k]; i < k && i - starts[k] <= FRAME_POLICY.speakerReach; i++) {
    const t = tokens[i];
    // (past an acronym in brackets after the names: "The National Statistics Institute (Insee) said")
    if (t.low === '(' && names.length && tokens[i + 1]?.kind === 'name' && tokens[i + 2]?.low === ')') {
      names.push(tokens[i + 1].lemma);
      i += 2;
      continue;
    }
    if (t.kind === 'fig' || t.kind === 'punct') return undefined;
    if (t.kind === 'name') names.push(t.lemma);
    else if (t.kind === 'word' && (SAYING_VERBS.has(t.lemma) || (ESTIMATE_AT_VERBS.has(t.lemma) && tokens[k - 1]?.low === 'at') || askedQuestion(tokens, i))) return names.length ? names : undefined;
  }
  return undefined;
}

/**
 * The names of whoever the sentence opens by reporting what it found: the names before a verb of
 * finding (lexicon.ts FINDING_VERBS) and "that", first in the sentence within
 * FRAME_POLICY.speakerReach tokens ("PC Pro found that 16% of readers had switched", "Research by
 * Ofcom showed that …"). They report the figure, no subject of it. Undefined when none.
 */
export function openingFinders(tokens: readonly FrameToken[], k: number, starts: Int32Array): string[] | undefined {
  const names: string[] = [];
  for (let i = starts[k]; i < k && i - starts[k] <= FRAME_POLICY.speakerReach; i++) {
    const t = tokens[i];
    if (t.kind === 'fig' || t.kind === 'punct') return undefined;
    if (t.kind === 'name') names.push(t.lemma);
    else if (t.kind === 'word' && FINDING_VERBS.has(t.lemma) && tokens[i + 1]?.low === 'that') return names.length ? names : undefined;
  }
  return undefined;
}

/** "Kennedy asked why three million pensioners …": a question put, as a thing said (not "asked for £10m", a request). */
function askedQuestion(tokens: readonly FrameToken[], i: number): boolean {
  return tokens[i].lemma === ASK_VERB && QUESTION_OPENERS.has(tokens[i + 1]?.low ?? '');
}

/**
 * The clause after the last comma of the sentence of the figure at token k, when it is an
 * attribution that closes the sentence after the figure ("…, Jose Leibovich said", "…, said Mr
 * Leibovich", "…, he added"): its tokens [from, to) — a saying verb (SAYING_VERBS) first or last,
 * the rest names, personal pronouns or lower-case words before a name (a title: "deputy director
 * Jose Leibovich said"), within FRAME_POLICY.speakerReach tokens; the sentence's end, or a
 * citation's bracket, right after it. Undefined when the sentence does not close so, or when the
 * sentence runs on beyond FRAME_POLICY.closingReach tokens after the figure.
 */
function closingAttribution(tokens: readonly FrameToken[], k: number, starts: Int32Array): [number, number] | undefined {
  let comma = -1;
  let end = -1;
  for (let i = k + 1; i < tokens.length && i - k <= FRAME_POLICY.closingReach; i++) {
    const t = tokens[i];
    if (starts[i] !== starts[k] || (t.kind === 'punct' && (SENTENCE_ENDS.has(t.low) || t.low === '['))) {
      end = i;
      break;
    }
    if (t.low === ',') comma = i;
    else if (t.kind === 'fig') comma = -1;
  }
  if (end < 0 && k + FRAME_POLICY.closingReach >= tokens.length - 1) end = tokens.length;
  if (comma < 0 || end < 0 || end - comma - 1 < 2 || end - comma - 1 > FRAME_POLICY.speakerReach) return undefined;
  const from = comma + 1;
  const saying = (t: FrameToken | undefined) => t !== undefined && t.kind === 'word' && SAYING_VERBS.has(t.lemma);
  if (!saying(tokens[from]) && !saying(tokens[end - 1])) return undefined;
  for (let i = from; i < end; i++) {
    const t = tokens[i];
    if (t.kind === 'name' || saying(t) || (t.kind === 'word' && SPEAKER_PRONOUNS.has(t.low))) continue;
    if (t.kind === 'word' && !t.verb && !t.func) continue;
    return undefined;
  }
  return [from, end];
}

/**
 * Who closes the sentence of the figure at token k by saying it (closingAttribution): the names
 * ("…, Jose Leibovich said"), or a personal pronoun ("…, he said", "…, she added": the speaker is
 * then whoever the story named before). Undefined when the sentence does not close so.
 */
export function closingSpeaker(tokens: readonly FrameToken[], k: number, starts: Int32Array): { names: string[] } | { pronoun: true } | undefined {
  const at = closingAttribution(tokens, k, starts);
  if (!at) return undefined;
  const names: string[] = [];
  for (let i = at[0]; i < at[1]; i++) if (tokens[i].kind === 'name') names.push(tokens[i].lemma);
  if (names.length) return { names };
  return at[1] - at[0] === 2 && (isSpeakerPronoun(tokens[at[0]]) || isSpeakerPronoun(tokens[at[0] + 1])) ? { pronoun: true } : undefined;
}

function isSpeakerPronoun(t: FrameToken): boolean {
  return t.kind === 'word' && SPEAKER_PRONOUNS.has(t.low);
}

/**
 * The names inside a description that opens the sentence of the figure at token k, before it:
 * "The US tycoon, who has been wooing the club for the last 12 months" → us; "the Japanese firm
 * said …". "The", then up to FRAME_POLICY.descriptionWords names and adjectives, one name at least,
 * then a noun for a person or a firm (`isPersonOrFirm`), then a comma, a verb or a relative
 * opener (whose clause's names count too: ", who …," or, right after the noun, "who …" up to the
 * figure). Undefined when the sentence does not open so.
 */
export function descriptionNames(tokens: readonly FrameToken[], k: number, starts: Int32Array, isPersonOrFirm: (lemma: string) => boolean): string[] | undefined {
  const s = starts[k];
  if (tokens[s]?.low !== 'the') return undefined;
  const names: string[] = [];
  for (let i = s + 1; i < k && i - s <= FRAME_POLICY.descriptionWords + 1; i++) {
    const t = tokens[i];
    if (t.kind === 'name') {
      names.push(t.lemma);
      continue;
    }
    if (t.kind !== 'word' || t.func || t.verb) return undefined;
    const next = tokens[i + 1];
    const closes = next !== undefined && (next.low === ',' || (next.kind === 'word' && (next.verb || RELATIVE_OPENERS.has(next.low) || MAIN_CLAUSE_VERBS.has(next.low))));
    if (!closes) continue;
    // ("The centre, who is in line for a first Six Nations start against Wales, will …": "who" says
    // the head is a person, whatever the noun; the clause's names up to its closing comma describe
    // that person too)
    // ("The game, which makes use of the Xbox Live online games service, has sold …": so does a
    // "which" clause between commas — its names describe the thing the sentence is about)
    const who = next.low === ',' && (tokens[i + 2]?.low === 'who' || tokens[i + 2]?.low === 'which');
    // ("The man who was Alex Ferguson's assistant when Scotland played at the 1986 World Cup won
    // seven league titles": "who" right after a word for a person, no comma — the clause's names up
    // to the figure describe that person, whoever the story named before — session 47)
    const whoBare = next.low === 'who' && isPersonOrFirm(t.lemma);
    if (!who && !whoBare) return names.length && isPersonOrFirm(t.lemma) ? names : undefined;
    for (let j = i + (whoBare ? 2 : 3); j < k && j - i <= FRAME_POLICY.relativeClauseTokens + 3; j++) {
      const u = tokens[j];
      if (u.kind === 'punct' && u.low === ',') break;
      if (u.kind === 'name') names.push(u.lemma);
    }
    return names.length ? names : undefined;
  }
  return undefined;
}

/**
 * Does the sentence of the figure at token k open with a personal pronoun saying it ("He pointed
 * out that it was 30 years since …", "She said the plan would cost £2m"): a pronoun of
 * SPEAKER_PRONOUNS, then a saying verb (SAYING_VERBS, or one of SAYING_PARTICLE_VERBS with its
 * particle), before the figure? Then the speaker is whoever the story named before.
 */
export function pronounSpeakerAt(tokens: readonly FrameToken[], k: number, starts: Int32Array): boolean {
  const i = starts[k];
  const t = tokens[i];
  const v = tokens[i + 1];
  if (!t || t.kind !== 'word' || !SPEAKER_PRONOUNS.has(t.low) || !v || v.kind !== 'word' || i + 1 >= k) return false;
  if (SAYING_VERBS.has(v.lemma)) return true;
  const particle = SAYING_PARTICLE_VERBS.get(v.lemma);
  return particle !== undefined && tokens[i + 2]?.low === particle && i + 2 < k;
}

/**
 * The names inside a relative clause on the noun that opens the sentence of the figure at token k,
 * before the figure ("The activist who killed Fortuyn was jailed for 15 years" → fortuyn): the
 * clause says which activist, its names are not whom the figure is about. A noun, "who" or
 * "which", a verb, then the clause's words up to the next verb or stop, within
 * FRAME_POLICY.relativeClauseTokens tokens. Undefined when none.
 */
export function relativeClauseNames(tokens: readonly FrameToken[], k: number, starts: Int32Array): string[] | undefined {
  const from = starts[k];
  for (let i = from + 1; i < k && i - from <= FRAME_POLICY.speakerReach; i++) {
    const t = tokens[i];
    if (t.kind === 'fig' || t.kind === 'punct') return undefined;
    if (t.kind !== 'word' || !RELATIVE_OPENERS.has(t.low)) continue;
    const noun = tokens[i - 1];
    const verb = tokens[i + 1];
    if (noun.kind !== 'word' || noun.func || noun.verb || !verb || verb.kind !== 'word' || !verb.verb) return undefined;
    const names: string[] = [];
    for (let j = i + 2; j < k && j - i <= FRAME_POLICY.relativeClauseTokens; j++) {
      const u = tokens[j];
      if (u.kind === 'punct' || u.kind === 'fig' || (u.kind === 'word' && (u.verb || MAIN_CLAUSE_VERBS.has(u.low)))) break;
      if (u.kind === 'name') names.push(u.lemma);
    }
    return names.length ? names : undefined;
  }
  return undefined;
}

/**
 * Which tokens stand inside a quotation their sentence opens before them (an odd count of
 * quotation marks from the sentence's start): 1 for those. One pass over the tokens.
 */
export function quotedTokens(tokens: readonly FrameToken[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  let open = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && tokens[i - 1].kind === 'punct' && SENTENCE_ENDS.has(tokens[i - 1].low)) open = 0;
    out[i] = open;
    if (tokens[i].kind === 'punct' && QUOTE_MARKS.has(tokens[i].low)) open ^= 1;
  }
  return out;
}

/** Quotation marks as the tokens give them. */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '\u201c', '\u201d']);

/**
 * Does a personal pronoun right before a verb open the clause of the figure at token k ("since she
 * presented children's TV shows … in the 1980s", "it became infected during a 10-minute outing")?
 * Then whoever the figure is about is named elsewhere: before the sentence, or in its main clause.
 * Read back within FRAME_POLICY.pronounReach tokens, never past the clause's bounds or another figure.
 */
export function pronounSubjectAt(tokens: readonly FrameToken[], k: number, starts: Int32Array): boolean {
  for (let i = k - 1; i >= Math.max(starts[k], k - FRAME_POLICY.pronounReach); i--) {
    const t = tokens[i];
    if (t.kind === 'fig' || t.kind === 'punct') return false;
    if (t.kind === 'word' && MAIN_CLAUSE_PRONOUNS.has(t.low)) {
      const v = tokens[i + 1];
      return !!v && v.kind === 'word' && (v.verb === true || MAIN_CLAUSE_VERBS.has(v.low));
    }
  }
  return false;
}
