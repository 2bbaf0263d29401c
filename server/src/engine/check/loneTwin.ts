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
import type { FrameSide } from '../frames/sourceFrames';
import type { Figure } from '../types';
import { VERDICT_POLICY as V } from './policy';
import { digitTwins, FrameCandidate, isWeak, judge, Judged, plausible, relateForNote, RuleOptions, significantDigits } from './rules';

/** Kinds whose digits are not a quantity's: a date or a year (a slip there is another event's), a score (scorelines.ts). */
const NOT_QUANTITIES = new Set<Figure['kind']>(['year', 'date', 'quarter', 'score']);
/** Kinds whose unit of measure says, as a measure's does, what a two-digit twin measures (sameUnitMeasure). */
const TWIN_KINDS: ReadonlySet<Figure['kind']> = new Set<Figure['kind']>(['duration']);

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
  // 1.29% (2017)" against a source's 9.21%)
  const gap = (g: Figure) => Math.abs(g.value - twins[0].figure.value);
  if (siblings.some((g) => g !== f && o.comparable(f, g) && gap(g) <= gap(f))) return undefined;
  for (const j of judge(note, twins, o)) {
    const a = j.alignment;
    // (another role — "rose 12.5%" against a share of 15.2% — the alignment has set aside already)
    // (a twin under an open bound the note does not write is a misplaced digit all the same, though
    // the bound takes it in: "a net loss of 85,000 customers" / "of more than 58,000 customers")
    const bounded = j.relation === 'consistent' && boundedTwin(f, j.figure);
    if ((j.relation !== 'disagree' && !bounded) || a.supportOnly || (a.rateMismatch && a.rateUnsaid !== true) || !plausible(f, j.figure) || o.veto?.(j)) continue;
    // (two counts of things named right after them, and not alike: "53,800 branches" / "58,300 people")
    if (note.side.frame.counted > 0 && j.side.frame.counted > 0 && a.metric < V.looseMetric) continue;
    // (two digits: only where what the two measure is no clear mismatch — or where a unit of
    // measure says it, the same on both sides: "about 230kg" / "(320kg)")
    if (significantDigits(f) < V.loneTwinDigits && a.metric < V.looseMetric && !sameUnitMeasure(f, j.figure)) continue;
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

/** The same significant digits misplaced, at the same scale and precision, neither vague. */
/** A twin of the note's figure under an open bound ("more than 58,000") the note's figure does not write: the bound takes it in, the digits say it was misplaced (verdict.ts frames such a candidate for loneTwin). */
export function boundedTwin(f: Figure, g: Figure): boolean {
  return f.hedge === undefined && (g.hedge === 'over' || g.hedge === 'under') && !f.vague && !f.words && !NOT_QUANTITIES.has(f.kind) && twinOf(f, g);
}

function twinOf(f: Figure, g: Figure): boolean {
  return !g.vague && !g.words && g.scale === f.scale && g.decimals === f.decimals && significantDigits(g) === significantDigits(f) && digitTwins(f, g);
}
