// The lone twin: a figure of the note that its cited sources never state, where they state its
// very digits misplaced once ("43,586" / "43,856"; "received £394m" / "was granted £349m"; "a jump
// of 47.9%" / "a rise of 49.7%"). A misquote's fingerprint that needs no shared words: three or
// more significant digits rarely meet misplaced by chance within the few articles a sentence
// cites, and the note's own value being nowhere in them says it was not copied from elsewhere.
// Two digits ("23%" / "32%") meet by chance more often: those only where the metrics are no clear
// mismatch (VERDICT_POLICY.looseMetric), or where both are measures in one unit ("230kg" / "320kg").
// Only in the cited sources (over the whole corpus some twin always turns up), only one value of
// them (two twins: no telling which one was misquoted), and every rule that keeps a candidate from
// contradicting still holds — the alignment must not set it aside, nor say the two figures are
// alike enough to support only, nor the checker veto it.
import type { Lexicon } from '../frames/lexicon';
import type { FrameSide } from '../frames/sourceFrames';
import type { Figure } from '../types';
import { VERDICT_POLICY as V } from './policy';
import { digitTwins, FrameCandidate, isWeak, judge, Judged, plausible, relateForNote, RuleOptions, significantDigits } from './rules';

/** Kinds whose digits are not a quantity's: a date or a year (a slip there is another event's), a score (scorelines.ts). */
const NOT_QUANTITIES = new Set<Figure['kind']>(['year', 'date', 'quarter', 'score']);
/** Kinds whose unit of measure says, as a measure's does, what a two-digit twin measures (sameUnitMeasure). */
const TWIN_KINDS: ReadonlySet<Figure['kind']> = new Set<Figure['kind']>(['duration']);
/** Why a pair may only support (alignment.ts supportOnly) that a twin's digits see past: times of one value, which a twin says are its. */
const TWIN_TIMES_SEEN_PAST: ReadonlySet<string> = new Set(['a plan against what happened', 'relative against a year', 'now against a year', 'undated plan against a year']);
/** Roles a twin's digits see past, one for the other (rolesSeenPast). */
const TWIN_ROLES_SEEN_PAST: ReadonlySet<string> = new Set(['level', 'change']);

/**
 * The contradiction a lone twin gives the note's figure, if any: `cands` are the figures of the
 * cited sources in reach (the caller passes only those of cited sources), `siblings` the other
 * figures of the note's sentence.
 */
export function loneTwin<T>(note: { figure: Figure; side: FrameSide }, cands: FrameCandidate<T>[], siblings: readonly Figure[], o: RuleOptions): Judged<T> | undefined {
  const f = note.figure;
  if (f.vague || f.words || isWeak(f) || NOT_QUANTITIES.has(f.kind)) return undefined;
  const twins: FrameCandidate<T>[] = [];
  for (const c of cands) {
    if (!o.comparable(f, c.figure)) continue;
    // the note's own value stated anywhere in them: another claim, not a misquote
    if (relateForNote(f, c.figure, o.tolerance, o.exactAgree, note.side.frame.metric, o.lex) === 'agree') return undefined;
    if (twinOf(f, c.figure)) twins.push(c);
  }
  if (twins.length === 0 || twins.some((c) => c.figure.value !== twins[0].figure.value)) return undefined;
  // (a value nearer another figure of the sentence is that one's, misquoted or not: "9.19% (2014) …
  // 1.29% (2017)" against a source's 9.21% — unless the cited sources state that one's own value:
  // "dropped to 141.60 … later firmed to 145.05" / "dropped to 141.60 … strengthened to 140.55")
  const gap = (g: Figure) => Math.abs(g.value - twins[0].figure.value);
  const stated = (g: Figure) => cands.some((c) => o.exactAgree(g, c.figure));
  if (siblings.some((g) => g !== f && o.comparable(f, g) && gap(g) <= gap(f) && !stated(g))) return undefined;
  for (const j of judge(note, twins.map((c) => rolesSeenPast(note.side, c, o.lex)), o)) {
    const a = j.alignment;
    // (another role — "rose 12.5%" against a share of 15.2% — the alignment has set aside already)
    // (a twin under an open bound the note does not write is a misplaced digit all the same, though
    // the bound takes it in: "a net loss of 85,000 customers" / "of more than 58,000 customers")
    const bounded = j.relation === 'consistent' && boundedTwin(f, j.figure);
    // (a time that only keeps two values from contradicting — a plan against what happened, "last
    // year" against a year — keeps no twin of three digits or more from it: "exports came to
    // $454.1bn last year" / "exports reached $445.1bn in 2004")
    const timeOnly = a.supportOnly !== undefined && TWIN_TIMES_SEEN_PAST.has(a.supportOnly) && twinDigits(f, j.figure) >= V.loneTwinDigits;
    if ((j.relation !== 'disagree' && !bounded) || (a.supportOnly && !timeOnly) || (a.rateMismatch && a.rateUnsaid !== true) || !plausible(f, j.figure) || o.veto?.(j)) continue;
    // (two counts of things named right after them, and not alike: "53,800 branches" / "58,300 people")
    if (note.side.frame.counted > 0 && j.side.frame.counted > 0 && a.metric < V.looseMetric) continue;
    // (two digits: only where what the two measure is no clear mismatch — or where a unit of
    // measure says it, the same on both sides: "about 230kg" / "(320kg)")
    if (twinDigits(f, j.figure) < V.loneTwinDigits && a.metric < V.looseMetric && !sameUnitMeasure(f, j.figure)) continue;
    return bounded ? { ...j, relation: 'disagree' } : j;
  }
  return undefined;
}

/**
 * Two measures in one unit of measure: "about 230kg" / "(320kg)", or two stretches of time in the
 * same unit, "queued for more than 63 hours" / "waiting for more than 36 hours", "after 27 minutes"
 * / "after 72 minutes" (session 47) — a unit that few of an article's figures share.
 */
function sameUnitMeasure(f: Figure, g: Figure): boolean {
  return (f.kind === 'measure' || (TWIN_KINDS.has(f.kind) && g.kind === f.kind)) && f.unit === g.unit;
}

/** A twin of the note's figure under an open bound ("more than 58,000") the note's figure does not write: the bound takes it in, the digits say it was misplaced (verdict.ts frames such a candidate for loneTwin). */
export function boundedTwin(f: Figure, g: Figure): boolean {
  return f.hedge === undefined && (g.hedge === 'over' || g.hedge === 'under') && !f.vague && !f.words && !NOT_QUANTITIES.has(f.kind) && twinOf(f, g);
}

/**
 * The same written digits misplaced, at the same scale and precision, neither vague — a zero among
 * them too ("310" / "301", "£37.0m" / "£30.7m", "16.06" / "16.60": digitTwins writes both alike).
 */
function twinOf(f: Figure, g: Figure): boolean {
  return !g.vague && !g.words && g.scale === f.scale && g.decimals === f.decimals && digitTwins(f, g);
}

/** The significant digits a pair of twins shows: the more of the two ("310" / "301": three, a zero inside one of them). */
function twinDigits(f: Figure, g: Figure): number {
  return Math.max(significantDigits(f), significantDigits(g));
}

/**
 * A twin's side with the note's role, where the two are a level and a change: the words that set
 * one amount's level apart from its change are often far from it ("the biggest rise, 226%" / "a
 * 262% rise"; "added 175,000 jobs" / "157,000 new jobs were added"), and the misplaced digits say
 * which figure the note copied — where a word of change stands near the level (twinChangeNear). A
 * share or a date still stands apart (alignment.ts rolesMeet), and so does a level with no word of
 * change near it ("holds a 15.2% share of the market" / "sales rose 12.5%").
 */
function rolesSeenPast<T>(note: FrameSide, c: FrameCandidate<T>, lex: Lexicon): FrameCandidate<T> {
  const a = note.frame.role;
  const b = c.side.frame.role;
  if (a === b || !TWIN_ROLES_SEEN_PAST.has(a) || !TWIN_ROLES_SEEN_PAST.has(b)) return c;
  // (the level's own words say it changed: a word of change near it)
  const level = a === 'level' ? note.frame : c.side.frame;
  if (![...level.context].some(([w, x]) => x >= V.twinChangeNear && lex.directionOf(w) !== undefined)) return c;
  // (the side's context is read through getters, SourceFrames.Side: the copy reads them through its prototype)
  const side: FrameSide = Object.create(c.side, { frame: { value: { ...c.side.frame, role: a } } });
  return { ...c, side };
}
