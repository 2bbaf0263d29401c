// The claim frame of a figure: what the figure is about, read once from its sentence (and, for
// the subject and period, from the sentences before it), the same way in notes and sources.
//
//   subject  the names the figure is about ("Lenovo", "Phil Tufnell"), else those of the sentences before
//   metric   the counted noun or measured quantity, as synonym classes ("revenue" for sales/turnover)
//   role     level, change, share, rank, age, date, duration, multiple
//   end      "from" or "to" in a change from one level to another
//   per      the unit a rate is counted per ("a barrel", "a share", "per second")
//   period   year, month, quarter, half, or a relative period ("a year earlier", "last year", "this year")
//   value    an interval (bounds.ts)
//
// One stage a file: clauses.ts (boundaries, asides) → role.ts (level, change, share…) →
// metric.ts (what is measured) → period.ts (when) → this file (the subject, the words around, the
// frame); bounds.ts turns the figure's hedge into an interval.
//
// Reading is positional and local: the phrase right after the figure ("13.2 million people"), the
// phrase before it past linking verbs ("profit climbed 26%"), "X% of Y", "a Y of X", and the words
// around it weighted by distance, with commas, dashes, brackets and other figures lowering the weight
// of what lies beyond them. Every loop is bounded by the sentence.
import type { Figure } from '../types';
import { COORDINATORS, countBefore, isBoundary, opensConjunct, Parens, parentheticals } from './clauses';
import { frontedSubject, sentenceStarts } from './fronted';
import { FRAME_POLICY } from './policy';
import { metricOf } from './metric';
import { datePrep, earlierCompoundAfter, isBaseYear, modeOf, notePeriodFigure, periodWord } from './period';
import { baseRole, directionNear, endOf, perOf, roleOf, timeRateOf } from './role';
import { type FrameToken, sentenceNames } from './tokens';
import type { ClaimFrame, FrameInput, Period } from './types';

export type { ClaimFrame, FrameInput, Period, Role } from './types';

const P = FRAME_POLICY;

/** Prepositions that bring a figure's subject after it: "8% in Nottingham North", "10% at Lenovo". */
const SUBJECT_PREPS = new Set(['in', 'into', 'at', 'for', 'by', 'among', 'across']);

/** Figures that say when or how long: a change's end reads its metric past those that measure nothing. */
const TIME_KINDS: ReadonlySet<string> = new Set(['duration', 'date', 'quarter']);

/** Frames of every figure of a sentence (index-aligned with `figures`). */
export function sentenceFrames(input: FrameInput): ClaimFrame[] {
  const { tokens, figures, text } = input;
  const parens = new Parens(parentheticals(tokens, text));
  const figTok = new Array<number>(figures.length).fill(-1);
  tokens.forEach((t, i) => {
    if (t.kind === 'fig') figTok[t.fig!] = i;
  });
  const { names, firstNamedAt, leads, titled } = sentenceNames(tokens);
  const at: Landmarks = { parens, names, firstFrom: tokens.findIndex((t) => t.low === 'from'), sentenceStarts: sentenceStarts(tokens) };
  const frames: ClaimFrame[] = [];
  for (let fi = 0; fi < figures.length; fi++) {
    const k = figTok[fi];
    if (k < 0) {
      frames.push(emptyFrame(figures[fi], names));
      continue;
    }
    // A conversion in brackets ("£138m ($259.8m)") says what the figure before it says.
    const paren = parens.around(k);
    if (paren && paren[1] - paren[0] === 2 && paren[0] > 0 && tokens[paren[0] - 1].kind === 'fig') {
      const prev = frames[tokens[paren[0] - 1].fig!];
      if (prev) {
        frames.push({ ...prev, role: roleOf(input, fi, k, prev.direction) ?? prev.role });
        continue;
      }
    }
    const fr = buildFrame(input, fi, k, paren, at, countBefore(firstNamedAt, k));
    if (leads.size) fr.leads = leads;
    if (titled.size) fr.titled = titled;
    // ", a rise of 15%", "up from $393.9m": a change, or one end of it, with no metric of its own
    // measures what the figure before it measures
    // (past the dates and spans between: "to $1.13bn for the three months to December, from $639m")
    if (!fr.metric.length && (fr.role === 'change' || fr.end)) {
      let g = fi - 1;
      for (let skipped = 0; g >= 0 && skipped < P.timeFiguresSkipped && TIME_KINDS.has(figures[g].kind) && !frames[g].metric.length; skipped++) g--;
      if (g >= 0 && frames[g].metric.length && figures[g].kind !== 'year') {
        fr.metric = frames[g].metric;
        fr.counted = frames[g].counted;
      }
    }
    frames.push(fr);
  }
  return frames;
}

function emptyFrame(f: Figure, names: string[]): ClaimFrame {
  return { role: baseRole(f), metric: [], counted: 0, subject: [], names, namesBefore: 0, context: new Map(), period: {} };
}

/** What one pass over a sentence finds, so that no figure's frame reads the whole sentence again. */
interface Landmarks {
  parens: Parens;
  names: string[];
  /** The first "from" token (-1: none). */
  firstFrom: number;
  /** Where each token's sentence starts (fronted.ts). */
  sentenceStarts: Int32Array;
}

function buildFrame(input: FrameInput, fi: number, k: number, paren: [number, number] | undefined, at: Landmarks, namesBefore: number): ClaimFrame {
  const { tokens } = input;
  const { parens, names } = at;
  const f = input.figures[fi];
  const context = new Map<string, number>();
  const subject: string[] = [];
  const period: Period = {};
  // time anchors found on either side, applied nearest (heaviest) first
  const anchors: { w: number; p: Period; base?: boolean }[] = [];
  const add = (t: FrameToken, w: number, before: boolean, i: number) => {
    if (t.kind === 'name') {
      // after the figure, a name is its subject only when a preposition brings it ("8% in
      // Nottingham North"), not when it qualifies the counted noun ("290,000 UK workers")
      if ((before && w >= P.subjectMinWeight) || (w >= P.subjectAfterWeight && SUBJECT_PREPS.has(tokens[i - 1]?.low ?? ''))) subject.push(t.lemma);
      else if (!before && w >= P.subjectAfterWeight && tokens[i - 1]?.kind === 'name' && subject.includes(tokens[i - 1].lemma)) subject.push(t.lemma);
      return;
    }
    if (t.kind !== 'word' || t.func || t.lemma.length < 2 || /^\d/.test(t.low)) return;
    context.set(t.concept, Math.max(context.get(t.concept) ?? 0, w));
  };
  // walk left and right, weights falling with distance and with each boundary crossed
  for (const dir of [-1, 1] as const) {
    let w = 1;
    let steps = 0;
    let conjunct = false;
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
          notePeriodFigure(p, g, tokens, i);
          if (p.span) anchors.push({ w: w / (1 + P.distanceDecay * Math.abs(i - k)), p });
          w *= P.figureDecay;
        } else if (g.kind === 'year' || g.kind === 'quarter') {
          if (f.kind !== 'year' && f.kind !== 'quarter') {
            const p: Period = {};
            notePeriodFigure(p, g, tokens, i);
            anchors.push({ w: w / (1 + P.distanceDecay * Math.abs(i - k)), p, base: isBaseYear(tokens, i) });
          }
        } else w *= P.figureDecay;
        if (conjunct) {
          w /= P.hardDecay;
          conjunct = false;
        }
        continue;
      }
      const wp: Period = {};
      periodWord(wp, tokens, i);
      if (Object.keys(wp).length) anchors.push({ w: w / (1 + P.distanceDecay * Math.abs(i - k)), p: wp });
      const dist = Math.abs(i - k);
      add(t, w / (1 + P.distanceDecay * dist), dir < 0, i);
      if (w < P.minWeight) break;
    }
  }
  anchors.sort((a, b) => b.w - a.w);
  const role0 = roleOf(input, fi, k, directionNear(input, k)) ?? baseRole(f);
  for (const { p, base } of anchors) {
    // "7% higher than in 2003", "up 10% on 2003": for a change, that year is its base
    // …and for any figure, when another year of its clause is no base ("would double from 2004 to
    // account for 10% of phones sold in 2005")
    if (base && (role0 === 'change' || anchors.some((a) => !a.base && a.p.year !== undefined))) continue;
    for (const key of Object.keys(p) as (keyof Period)[]) {
      // a year, "a year earlier" and "currently" are each an answer to "when": the nearer one stands
      // ("sold 12,500 in 2023, up 4.5% on the year before"; "currently at 62%, and … 85% by 2008")
      if (key === 'year' && (period.relative !== undefined || period.tense === 'now')) continue;
      if (key === 'month' && period.tense === 'now') continue;
      if (key === 'relative' && (period.year !== undefined || period.tense === 'now')) continue;
      if (key === 'tense' && p.tense === 'now' && (period.year !== undefined || period.relative !== undefined)) continue;
      if (period[key] === undefined) (period as Record<string, unknown>)[key] = p[key];
    }
  }
  if (earlierCompoundAfter(tokens, k)) period.relative = 'earlier';
  let direction = directionNear(input, k);
  const role = roleOf(input, fi, k, direction) ?? baseRole(f);
  // "grew by an average of about 4%", "raised its targets by 30%": the change word further back
  if (role === 'change' && !direction) {
    for (let i = k - 1; i >= Math.max(0, k - P.changeByReach) && !direction; i--) {
      const t = tokens[i];
      if (t.kind === 'fig' || isBoundary(t) === 'hard') break;
      if (t.kind === 'word') direction = input.lex.directionOf(t.lemma, t.low);
    }
  }
  const [metric, counted] = metricOf(input, k, role);
  subject.push(...frontedSubject(tokens, k, at.sentenceStarts));
  // a change's "from the year before" / "than a year earlier" is its base, not its period
  if (role === 'change' && period.relative === 'earlier') delete period.relative;
  // a name that is part of what is counted ("178 million PCs", "DS shipment targets") is not its subject
  const mode = modeOf(input, k);
  if (mode) period.mode = mode;
  const frame: ClaimFrame = { role, metric, counted: counted.length, subject: [...new Set(subject)].filter((x) => !counted.includes(x)), names, namesBefore, context, period };
  if (direction && role === 'change') frame.direction = direction;
  const end = endOf(tokens, k);
  if (end) frame.end = end;
  const per = perOf(tokens, k) ?? timeRateOf(tokens, k);
  if (per) frame.per = per;
  if (role === 'date') {
    const prep = datePrep(tokens, k);
    if (prep) frame.prep = prep;
  }
  return frame;
}

/** The frame as one line: "lenovo · revenue · change↓ · 2004 · 7.3%". */
export function describeFrame(fr: ClaimFrame, value: string): string {
  const period = [fr.period.quarter ? `Q${fr.period.quarter}` : '', fr.period.half ? `H${fr.period.half}` : '', fr.period.month ? `m${fr.period.month}` : '', fr.period.year ?? '', fr.period.relative ?? ''].filter(Boolean).join(' ');
  const role = fr.role + (fr.direction === 'up' ? '↑' : fr.direction === 'down' ? '↓' : '') + (fr.end ? ` ${fr.end}` : '') + (fr.per ? ` per ${fr.per}` : '');
  return [fr.subject.join(' ') || '—', fr.metric[0] ?? '—', role, period || '—', value].join(' · ');
}
