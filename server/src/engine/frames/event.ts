// The event a date says when of: the class (lexicon.ts DATE_EVENTS) of the verb before it in its
// clause — "Established in 1981", "Clark was inducted into the Rock and Roll Hall of Fame in 1993",
// "took Clark in as a member in 1994", and the last time a value was as low or high ("the lowest
// rate since June 2001") — so that two dates of one subject's event meet whatever words name it.
// Reads back at most FRAME_POLICY.eventReach tokens, never past the clause's start or another
// figure; linear in that reach. And the verb of a date's clause, whatever event it names
// (dateVerb: "met Lord Beck on 14 April" / "on 9 April … met Lord Beck"), as evidence of one event.
import { DETERMINERS, isBoundary } from './clauses';
import { DATE_EVENTS, DATE_VERB_LIGHT, EVENT_IDIOMS, type Lexicon, MONTHS, ORIGIN_MARKERS, RECORD_EVENT, RECORD_QUALIFIERS, SINCE_EXTREMES } from './lexicon';
import { FRAME_POLICY as P } from './policy';
import type { FrameToken } from './tokens';

/** The event class of the date at token k, if a verb of one stands before it in its clause (or a record it dates). */
export function dateEvent(tokens: readonly FrameToken[], k: number): string | undefined {
  if (recordDated(tokens, k)) return RECORD_EVENT;
  // (a noun of the event right after the date: "the Soviets' 1945 liberation of the camp", "its 2002 bankruptcy")
  const after = tokens[k + 1];
  if (after?.kind === 'word' && !after.verb && DATE_EVENTS[after.lemma] !== undefined && !PHRASAL_EVENT_LEADS.has(after.lemma)) return DATE_EVENTS[after.lemma];
  // ("the lowest rate since June 2001", "at its lowest since 2002": the last time it was as low)
  const before = MONTHS[tokens[k - 1]?.low ?? ''] !== undefined ? k - 2 : k - 1;
  const since = tokens[before]?.low === 'since';
  for (let i = k - 1; i >= Math.max(0, k - P.eventReach); i--) {
    const t = tokens[i];
    // (a comma closes the clause too: "Ms Lund founded Crumb, which opened a shop in 1990" dates the shop)
    if (t.kind === 'fig' || isBoundary(t)) return frontedEvent(tokens, k);
    if (t.kind !== 'word') continue;
    if (since && SINCE_EXTREMES[t.low]) return SINCE_EXTREMES[t.low];
    const event = eventAt(tokens, i, k);
    if (event) return event;
  }
  return frontedEvent(tokens, k);
}

/**
 * The event of the clause a fronted date dates, read after its comma: "In 2001, the company set up a
 * fund" dates the setting up (origin). Only for a date opening its sentence with its preposition.
 */
function frontedEvent(tokens: readonly FrameToken[], k: number): string | undefined {
  const opens = k === 1 || (k >= 2 && (tokens[k - 2].kind === 'punct' && (tokens[k - 2].low === '.' || tokens[k - 2].low === '"')));
  if (!opens || tokens[k - 1]?.kind !== 'word' || tokens[k + 1]?.low !== ',') return undefined;
  const end = Math.min(tokens.length, k + 2 + P.eventReach);
  for (let i = k + 2; i < end; i++) {
    const t = tokens[i];
    if (t.kind === 'fig' || isBoundary(t)) return undefined;
    if (t.kind !== 'word') continue;
    const event = eventAt(tokens, i, end);
    if (event) return event;
  }
  return undefined;
}

/**
 * What the keys of DATE_EVENTS of more than one word start with, each key cut at each of its
 * spaces ("take" of "take place"): a verb that is none of these starts no phrasal event, and its
 * particles need not be looked up (each a new string, the walk back from every date trying several).
 */
const PHRASAL_EVENT_LEADS: ReadonlySet<string> = new Set(Object.keys(DATE_EVENTS).flatMap((key) => [...key].flatMap((c, i) => (c === ' ' ? [key.slice(0, i)] : []))));

/** The event class of the verb at token i (with a particle before the date at k), if it names one. */
function eventAt(tokens: readonly FrameToken[], i: number, k: number): string | undefined {
  const t = tokens[i];
  // (a key joined with a space is never one of Object.prototype's, so none but DATE_EVENTS' own is found)
  // (not an idiom the verb opens: "take part in strikes" is no "take … in" of a member)
  if (PHRASAL_EVENT_LEADS.has(t.lemma) && !EVENT_IDIOMS.has(`${t.lemma} ${tokens[i + 1]?.low ?? ''}`)) {
    for (let j = i + 1; j < k && j <= i + P.particleReach; j++) {
      // (a particle set apart from its verb ends its phrase: "took Clark in as a member"; one that
      // opens a noun phrase is a preposition — "took the seat in a by-election")
      if (j > i + 1 && DETERMINERS.has(tokens[j + 1]?.low ?? '')) continue;
      const phrasal = DATE_EVENTS[`${t.lemma} ${tokens[j].low}`];
      if (phrasal) return phrasal;
    }
  }
  const single = DATE_EVENTS[t.lemma];
  if (single) return single;
  // ("were first handed out in 1991": a first time is an origin)
  if (t.verb && ORIGIN_MARKERS.has(tokens[i - 1]?.low ?? '')) return 'origin';
  return undefined;
}

/**
 * Is the date at token k when a record was set? A record named as one ("world record", "British
 * record": RECORD_QUALIFIERS before "record") right before the date ("the 1997 world record"), or
 * before it in its clause, past its value ("world record of 6.39secs from 1998") and the verbs that
 * date it ("world record goes back to 1999", "dates from 1996", "setting the world record … in
 * 1995"). Whatever preposition dates it, the date is the record's (check/alignment.ts).
 */
function recordDated(tokens: readonly FrameToken[], k: number): boolean {
  const isRecord = (i: number) => tokens[i]?.low === 'record' && RECORD_QUALIFIERS.has(tokens[i - 1]?.low ?? '');
  // ("the 1997 world record")
  if (isRecord(k + 2)) return true;
  for (let i = k - 1, figs = 0; i >= Math.max(0, k - P.eventReach); i--) {
    const t = tokens[i];
    if (isBoundary(t)) return false;
    // (past the record's own value only: "record of 6.39secs from 1998")
    if (t.kind === 'fig' && (++figs > 1 || tokens[i - 1]?.low !== 'of')) return false;
    if (isRecord(i)) return true;
  }
  return false;
}

/**
 * The synonym class of the verb of the date at token k's clause: the nearest inflected verb before it
 * ("Lord Goldsmith met Lord Falconer on 17 March" → 'meet'), or, with none, the first after it
 * (a fronted date: "on 13 March Lord Goldsmith met …"); never past the clause's bounds or another
 * figure, nor FRAME_POLICY.eventReach tokens. A light or saying verb (DATE_VERB_LIGHT) says
 * nothing of which event it is, and none is returned. With `before` (a span of time that ends
 * now, "began 50 years ago"), the nearest verb before it only. Linear in that reach.
 */
export function dateVerb(tokens: readonly FrameToken[], k: number, lex: Lexicon, before = false): string | undefined {
  for (let i = k - 1; i >= Math.max(0, k - P.eventReach); i--) {
    const t = tokens[i];
    if (t.kind === 'fig' || isBoundary(t)) break;
    if (!isVerb(t, lex)) continue;
    if (!DATE_VERB_LIGHT.has(t.lemma)) return lex.conceptAs(t.lemma, true);
    // (`before`: the nearest verb before only — "The Lyric began 50 years ago but … opened": began's)
    if (before) return undefined;
  }
  if (before) return undefined;
  // (a fronted date: "on 13 March Lord Goldsmith met …", "says on 13 March …" past a saying verb)
  for (let i = k + 1; i < Math.min(tokens.length, k + 1 + P.eventReach); i++) {
    const t = tokens[i];
    if (t.kind === 'fig' || isBoundary(t)) return undefined;
    if (isVerb(t, lex)) return DATE_VERB_LIGHT.has(t.lemma) ? undefined : lex.conceptAs(t.lemma, true);
  }
  return undefined;
}

/** An inflected verb; or a short past form the token reader leaves unread: "met", "won", "led". */
function isVerb(t: FrameToken, lex: Lexicon): boolean {
  return t.kind === 'word' && !t.func && (t.verb === true || (t.low.length < SHORT_PAST && t.lemma !== t.low && lex.pastForm(t.low)));
}

/** Past forms shorter than this are not flagged as verbs by the token reader (Lexicon.isInflectedVerb): read here by Lexicon.pastForm. */
const SHORT_PAST = 4;
