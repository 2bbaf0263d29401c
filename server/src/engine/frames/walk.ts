// The words around a figure, weighted: one walk left and one right from the figure, the weight
// falling with distance and with each boundary crossed (commas, dashes, brackets, other figures,
// a coordinated clause), collecting the context words, the names that may be its subject, and the
// time anchors (years, quarters, spans, period words) with the weight at which each was met.
import type { Figure } from '../types';
import { COORDINATORS, isBoundary, opensConjunct, type Parens } from './clauses';
import { AHEAD_WORDS, COMPARISON_OPENERS, HELD_IN_NOUNS } from './lexicon';
import { FRAME_POLICY } from './policy';
import { isBaseYear, isEventYear, yearOfAnothersStart, mayNamePeriod, notePeriodFigure, periodWord, startValueDatePrep } from './period';
import { ageAfter, hyphenPlaced } from './role';
import type { FrameToken } from './tokens';
import type { FrameInput, Period } from './types';

const P = FRAME_POLICY;

/** Prepositions that bring a figure's subject after it: "8% in Nottingham North", "10% at Lenovo". */
const SUBJECT_PREPS = new Set(['in', 'into', 'at', 'for', 'by', 'among', 'across']);

/** What one pass over a sentence finds, so that no figure's frame reads the whole sentence again. */
export interface Landmarks {
  parens: Parens;
  names: string[];
  /** The first "from" token (-1: none). */
  firstFrom: number;
  /** Where each token's sentence starts (fronted.ts). */
  sentenceStarts: Int32Array;
  /** 1 for each token inside a quotation its sentence opens before it (fronted.ts quotedTokens). */
  quoted: Uint8Array;
  /** For each token, its full sentence's flags (to its full stop, past semicolons): a rate of time stated, a date held (role.ts rateSentences). */
  rated: Uint8Array;
}

/** A time anchor met on the walk: its period, the weight where it was met, and whether it is a change's base year. */
export interface Anchor {
  w: number;
  p: Period;
  base?: boolean;
  /** The year of another figure's starting value ("GM earned $3.7bn, down from $3.8bn in 2003, while its annual revenue rose 4.5% to $193bn": the $3.8bn's): never this figure's (period.ts yearOfAnothersStart). */
  othersStart?: boolean;
  /** A stretch ahead of now ("over the next 12 months", "the coming year"): no year of another clause dates it. */
  ahead?: boolean;
  /** The date right after a change's starting value ("from £3.6bn in October"): that value's own, before any date of the clause. */
  own?: boolean;
}

export interface Surroundings {
  /** Context concepts with their highest weight. */
  context: Map<string, number>;
  /** Names that may be the figure's subject, in the order met. */
  subject: string[];
  anchors: Anchor[];
  /** The figure is held by a name after it: a position ("world number two Quill"), an age ("the 31-year-old Quill"). */
  ordinal: boolean;
}

/** Walk left and right from the figure at token `k` (bracketed by `paren` when inside one). */
export function walkAround(input: FrameInput, f: Figure, k: number, paren: [number, number] | undefined, at: Landmarks): Surroundings {
  const { tokens } = input;
  const { parens } = at;
  const found: Surroundings = { context: new Map(), subject: [], anchors: [], ordinal: f.kind === 'ordinal' || ageAfter(tokens, k) };
  const { anchors } = found;
  // walk left and right, weights falling with distance and with each boundary crossed
  for (const dir of [-1, 1] as const) {
    let w = 1;
    let steps = 0;
    let conjunct = false;
    // past "compared with", "against": the other side of a comparison, whose period is its own
    let compared = false;
    // (what the dates met weigh beyond the words: less past an "after" the figure's event follows)
    let dateW = 1;
    // (another figure met on the way right: a "from" after it starts that figure's change)
    let passedFigure = false;
    for (let i = k + dir; i >= 0 && i < tokens.length && steps < P.maxReach; i += dir, steps++) {
      const t = tokens[i];
      // skip a closed parenthetical that does not contain the figure
      const skip = parens.at(i, dir);
      if (skip && !(skip[0] < k && k < skip[1])) {
        i = dir > 0 ? skip[1] : skip[0];
        w *= P.softDecay;
        continue;
      }
      const b = isBoundary(t);
      if (b === 'hard') {
        if (paren && (i === paren[0] || i === paren[1])) w *= P.parenExitDecay;
        else w *= P.hardDecay;
        if (w < P.minWeight) break;
        continue;
      }
      if (b === 'soft') {
        // ", and …", ", but …": a coordinated clause, another claim
        const next = tokens[i + 1];
        w *= dir > 0 && next && COORDINATORS.has(next.low) ? P.hardDecay : P.softDecay;
        continue;
      }
      if (dir > 0 && t.kind === 'word' && COMPARISON_OPENERS.has(t.low)) compared = true;
      // ("fell 2.8% in January after a 0.6% rise in December": the event "after" brings is dated by
      // its own words, the clause before it by its own — for its dates a boundary, as a comma is)
      if (dir < 0 && SEQUENCE_PREPS.has(t.low) && tokens.slice(i + 1, k).every((x) => x.func)) dateW = P.softDecay;
      // "would cost £2.50 and at Snappy Snaps £9.99": past "and", a clause with a figure of its own is
      // another claim — its names are its figure's, not this one's
      // (not "£2.50 and £9.99": two values of one claim)
      if (dir > 0 && t.kind === 'word' && COORDINATORS.has(t.low) && tokens[i + 1]?.kind !== 'fig' && figureWithin(tokens, i + 1, P.conjunctFigureReach)) w *= P.hardDecay;
      // "fell to £180,226, from £180,444 in October": past the figure a change started from, the dates are that figure's
      if (dir > 0 && t.kind === 'fig' && i > k + 1 && tokens[i - 1]?.low === 'from') compared = true;
      // …and so are those between "from" and that figure ("£3.1bn, down from October's £3.6bn")
      if (dir > 0 && t.low === 'from' && i > k && figureWithin(tokens, i + 1, P.fromFigureReach)) compared = true;
      // …and past another figure, a "from" is that figure's change's start ("was $55.5bn, up 9% from
      // September": September is what the 9% is measured from, no month of the $55.5bn)
      if (dir > 0 && t.low === 'from' && passedFigure) compared = true;
      if (dir > 0 && t.kind === 'fig') passedFigure = true;
      // "from 102 in 2003 to 81 last year": what lies before "to" is the other end's
      if (dir < 0 && i === k - 1 && t.low === 'to' && at.firstFrom >= 0 && at.firstFrom < i) w *= P.figureDecay;
      if (dir < 0 && t.kind === 'word' && COORDINATORS.has(t.low) && tokens[i - 1]?.low === ',') {
        w *= P.hardDecay / P.softDecay;
      } else if (dir < 0 && t.kind === 'word' && COORDINATORS.has(t.low) && opensConjunct(tokens, i, k)) {
        // "63% thought she acted vindictively and 61% that he was right": what lies between the
        // other figure and "and" is its claim (what lies before that figure is shared again)
        w *= P.hardDecay;
        conjunct = true;
      }
      if (t.kind === 'fig') {
        const g = input.figures[t.fig!];
        // a date needs no period; other dates of its sentence are its siblings ("in 1991 and 1995")
        if (g.kind === 'duration' && f.kind !== 'duration') {
          const p: Period = {};
          notePeriodFigure(p, g, tokens, i, input.figures, i > k);
          const ahead = p.span !== undefined && [tokens[i - 1]?.low, tokens[i - 2]?.low].some((x) => x !== undefined && AHEAD_WORDS.has(x));
          if ((p.span || p.quarter !== undefined) && !compared) anchors.push({ w: (dateW * w) / (1 + P.distanceDecay * Math.abs(i - k)), p, ...(ahead ? { ahead } : {}) });
          w *= P.figureDecay;
        } else if (g.kind === 'year' || g.kind === 'quarter') {
          if (f.kind !== 'year' && f.kind !== 'quarter' && !(g.kind === 'year' && isEventYear(tokens, i, i > k))) {
            const p: Period = {};
            notePeriodFigure(p, g, tokens, i, input.figures);
            if (!compared) anchors.push({ w: (dateW * w) / (1 + P.distanceDecay * Math.abs(i - k)), p, base: isBaseYear(tokens, i), ...(startsOwn(tokens, k, i) ? { own: true } : {}), ...(yearOfAnothersStart(tokens, i, k) ? { othersStart: true } : {}) });
          }
        } else {
          // an ordinal written as a word still says which one: "his second Oscar … in 1993" is
          // the Oscar the note's "second directing Oscar … in 1992" is (a word in the context, as
          // it was before such ordinals were figures)
          const concept = ordinalWordConcept(g);
          if (concept !== undefined) {
            const cw = w / (1 + P.distanceDecay * Math.abs(i - k));
            found.context.set(concept, Math.max(found.context.get(concept) ?? 0, cw));
          }
          w *= P.figureDecay;
        }
        if (conjunct) {
          w /= P.hardDecay;
          conjunct = false;
        }
        continue;
      }
      // (most words name no period: only those that may are read)
      if (mayNamePeriod(t)) {
        const wp: Period = {};
        // (a year by its end month dates the figure after which it stands — not a value reached, "rose
        // to 32.5 million in the year ending June", the level at that end)
        periodWord(wp, tokens, i, input.figures, i > k && tokens[k - 1]?.low !== 'to');
        if (Object.keys(wp).length && !compared) anchors.push({ w: (dateW * w) / (1 + P.distanceDecay * Math.abs(i - k)), p: wp, ...(startsOwn(tokens, k, i) ? { own: true } : {}) });
      }
      const dist = Math.abs(i - k);
      collect(found, tokens, i, w / (1 + P.distanceDecay * dist), dir < 0);
      if (w < P.minWeight) break;
    }
  }
  return found;
}

/** Prepositions that set an event after or before another ("after a 0.6% rise", "following a fall of 2%"). */
const SEQUENCE_PREPS: ReadonlySet<string> = new Set(['after', 'following', 'before']);

/**
 * Is the date at token i the own date of a change's starting value at k — right after it, one
 * preposition between ("to £3.1bn in November from £3.6bn in October", "from £3.6bn in 2003")?
 */
function startsOwn(tokens: readonly FrameToken[], k: number, i: number): boolean {
  return i === k + 2 && startValueDatePrep(tokens, k + 1);
}

/** A word met at token `i` with weight `w`: a context concept, or a name that may be the subject. */
function collect(found: Surroundings, tokens: readonly FrameToken[], i: number, w: number, before: boolean): void {
  const t = tokens[i];
  if (t.kind === 'name') {
    // after the figure, a name is its subject only when a preposition brings it ("8% in
    // Nottingham North"), not when it qualifies the counted noun ("290,000 UK workers")
    const { subject } = found;
    // …or when it holds the position the figure names ("world number two Roddick")
    // (…or "fifth-placed Paranoid": a place hyphened to a verb of placing)
    const holder = !before && found.ordinal && (tokens[i - 1]?.kind === 'fig' || (tokens[i - 1]?.low === 'year-old' && (tokens[i - 3]?.kind === 'fig' || tokens[i - 2]?.kind === 'fig')) || hyphenPlaced(tokens, i - 3));
    // (not what a stake is held in: "an 18% stake in PagesJaunes" is the seller's)
    const brought = SUBJECT_PREPS.has(tokens[i - 1]?.low ?? '') && !HELD_IN_NOUNS.has(tokens[i - 2]?.lemma ?? '');
    if ((before && w >= P.subjectMinWeight) || holder || (w >= P.subjectAfterWeight && brought)) subject.push(t.lemma);
    else if (!before && w >= P.subjectAfterWeight && tokens[i - 1]?.kind === 'name' && subject.includes(tokens[i - 1].lemma)) subject.push(t.lemma);
    return;
  }
  if (t.kind !== 'word' || t.func || t.lemma.length < 2 || /^\d/.test(t.low)) return;
  found.context.set(t.concept, Math.max(found.context.get(t.concept) ?? 0, w));
}

/**
 * The context word an ordinal written as one word gives its neighbours: its lower-case text
 * ("second", "ninth"); none for digits ("19th") or a phrase ("number one").
 */
export function ordinalWordConcept(g: Figure): string | undefined {
  return g.kind === 'ordinal' && /^[A-Za-z]+$/.test(g.text) ? g.text.toLowerCase() : undefined;
}

/** Is there a figure among the `reach` tokens from i, before any boundary? */
function figureWithin(tokens: readonly FrameToken[], i: number, reach: number): boolean {
  for (let j = i; j < tokens.length && j < i + reach; j++) {
    if (tokens[j].kind === 'fig') return true;
    if (isBoundary(tokens[j])) return false;
  }
  return false;
}
