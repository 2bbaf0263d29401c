// Relative years: "N years ago" in the note against the very event the cited source dates "last
// year" ("Radiohead held the same residency two years ago" / "Radiohead, who took over the station
// for a week last year"; "took Leicester South in a by-election two years ago" / "won the seat in
// last year's by-election"). A source's "last year" is no figure, so no frame can meet the note's;
// what ties the two is that the source's sentence names everything the note's does. Only for a
// figure left unverified, in a sentence that names someone, against the one sentence of the cited
// sources that names all of it and dates something by one relative year only — another number of
// years ago, or "last year" / "a year ago" — and where no sentence naming it all states the note's
// own number. Contradiction only: a support of "two years ago" is the ordinary rules' to give.
import type { Figure, Passage, Source } from '../types';
import type { ClaimFrame } from '../frames/frame';
import type { FrameToken } from '../frames/tokens';
import { RELATIVE_YEAR_POLICY as P } from './policy';
import type { Evidence, FigureResult } from './report';
import type { CheckRun } from './run';
import { termsOf } from './stretches';

/** Do the two spans that end now name two events, or two verbs (ClaimFrame.event, dateVerb)? */
function otherEvent(n: ClaimFrame, s: ClaimFrame | undefined): boolean {
  if (!s) return false;
  const apart = (x: string | undefined, y: string | undefined) => x !== undefined && y !== undefined && x !== y;
  return apart(n.event, s.event) || apart(n.dateVerb, s.dateVerb);
}

/** Words that date something one year back, as written in a source ("last year's by-election", "a year ago"). */
const ONE_YEAR_BACK = /\b(?:last year|a year ago|one year ago)\b/gi;
/** What follows a number of years to make it a time back ("two years ago"). */
const AGO_AFTER = /^\s+ago\b/i;

/** Unverified "N years ago" figures whose cited sources date the event they name otherwise. Changes the results in place. */
export function relativeYears(run: CheckRun, results: FigureResult[]): void {
  // (each source's passages read once a check, whatever the number of figures asking)
  const dated = new Map<Source, readonly DatedPassage[] | null>();
  for (const r of results) {
    const f = r.figure;
    if (r.verdict !== 'unverified' || r.wrongSource || !yearsAgo(run.note.text, f)) continue;
    if (!r.scope?.length || r.scope.length > P.maxScopeSources) continue;
    const names = namesOf(run.sentenceFrameTokens(f.sentence), run.figuresOf(f.sentence));
    if (names.size === 0) continue;
    const found = restating(run, r.scope, names, dated);
    if (!found || found.back === f.value) continue;
    const { source, passage, figure } = found;
    // (not another event of the names: "joined the band ten years ago" / "left the band two years ago")
    if (otherEvent(run.noteSide(f).frame, run.index.frames.side(passage, figure)?.frame)) continue;
    const e: Evidence = { source, passage, figure, start: figure.start, end: figure.end, score: 1 };
    const agoEnd = f.end + (AGO_AFTER.exec(run.note.text.slice(f.end, f.end + P.agoChars))?.[0].length ?? 0);
    const newText = found.back === 1 ? 'last year' : `${found.back} years ago`;
    Object.assign(r, { verdict: 'contradicted', evidence: [e] });
    r.fixes.push({ title: `Replace with "${newText}" (as ${run.names.shortKey(source)} says)`, edits: [{ start: f.start, end: agoEnd, newText }] });
  }
}

/** Is f a whole number of years followed by "ago", within the policy's span? */
function yearsAgo(text: string, f: Figure): boolean {
  return f.kind === 'duration' && f.unit === 'year' && !f.vague && !f.hedge && f.high === undefined && Number.isInteger(f.value) && f.value >= 1 && f.value <= P.maxYearsAgo && AGO_AFTER.test(text.slice(f.end, f.end + P.agoChars));
}

/** The names a sentence's tokens name (stretches.ts termsOf: by lemma, a hyphened name by its parts). */
function namesOf(tokens: readonly FrameToken[], figures: readonly Figure[]): ReadonlySet<string> {
  return termsOf(tokens, figures, 0, tokens.length, new Set()).names;
}

/** Is `n` among `own`, a plural name as its singular ("the Oscars" names the Oscar)? */
function named(own: ReadonlySet<string>, n: string): boolean {
  return own.has(n) || own.has(n + 's') || (n.endsWith('s') && own.has(n.slice(0, -1)));
}

interface Restated {
  source: Source;
  passage: Passage;
  /** The source's time back, as a figure of the source text ("last year" as one year). */
  figure: Figure;
  /** How many years back it dates. */
  back: number;
}

/** A passage that dates something back, with its names. */
interface DatedPassage {
  passage: Passage;
  backs: { figure: Figure; back: number }[];
  names: ReadonlySet<string>;
}

/**
 * The one passage of the cited sources that names every name of the note's sentence and dates by
 * one relative year only; none when no passage or several do, or when several times back are given.
 */
function restating(run: CheckRun, scope: readonly Source[], names: ReadonlySet<string>, cache: Map<Source, readonly DatedPassage[] | null>): Restated | undefined {
  let out: Restated | undefined;
  for (const source of scope) {
    let dated = cache.get(source);
    if (dated === undefined) cache.set(source, (dated = datedPassages(run, source)));
    if (!dated) return undefined;
    for (const { passage, backs, names: own } of dated) {
      if (![...names].every((n) => named(own, n))) continue;
      if (out || backs.some((b) => b.back !== backs[0].back)) return undefined;
      out = { source, passage, ...backs[0] };
    }
  }
  return out;
}

/** The passages of a source that date something back; null for a source of more than RELATIVE_YEAR_POLICY.maxPassages (bounded work). */
function datedPassages(run: CheckRun, source: Source): DatedPassage[] | null {
  if (source.passages.length > P.maxPassages) return null;
  const out: DatedPassage[] = [];
  for (const passage of source.passages) {
    const backs = timesBack(source.text, passage);
    if (backs.length) out.push({ passage, backs, names: namesOf(run.index.frames.passageTokens(passage), passage.figures) });
  }
  return out;
}

/** The times back a passage states: "last year" and "a year ago" as one year, "three years ago" as three. */
function timesBack(text: string, p: Passage): { figure: Figure; back: number }[] {
  const out: { figure: Figure; back: number }[] = [];
  const body = text.slice(p.start, p.end);
  for (const m of body.matchAll(ONE_YEAR_BACK)) {
    const start = p.start + m.index;
    out.push({ back: 1, figure: { start, end: start + m[0].length, text: m[0], value: 1, kind: 'duration', unit: 'year', scale: 1, decimals: 0, words: true } });
  }
  for (const g of p.figures) if (yearsAgo(text, g)) out.push({ figure: g, back: g.value });
  return out;
}
