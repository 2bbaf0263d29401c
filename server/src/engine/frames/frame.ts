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
// Reading is positional and local: the phrase right after the figure ("13.2 million people"), the
// phrase before it past linking verbs ("profit climbed 26%"), "X% of Y", "a Y of X", and the words
// around it weighted by distance, with commas, dashes, brackets and other figures lowering the weight
// of what lies beyond them. Every loop is bounded by the sentence.
import type { Figure } from '../types';
import { AGE_WORDS, Direction, EARLIER_WORDS, FUTURE_WORDS, LINK_WORDS, Lexicon, MONTHS, NOW_WORDS, ORDINAL_WORDS, PER_MARKERS, PLAN_WORDS, RANK_WORDS, VALUE_NOUNS } from './lexicon';
import { FRAME_POLICY } from './policy';
import type { FrameToken } from './tokens';

export type Role = 'level' | 'change' | 'share' | 'rank' | 'age' | 'date' | 'duration' | 'multiple';

export interface Period {
  year?: number;
  month?: number;
  quarter?: number;
  half?: number;
  /** Day of the month ("on 20 May 2001", "19 November"). */
  day?: number;
  /** 'earlier': "a year earlier", "last year", "the previous year"; 'this': "this year"; 'next': "next year". */
  relative?: 'earlier' | 'this' | 'next';
  /** "currently", "now" against "medium-term", "will": when the claim holds. */
  tense?: 'now' | 'future';
  /** A stretch of time the figure covers: "over the past two years" → '2year'. */
  span?: string;
  /** A plan, target or forecast ("aims to ship"), or what happened ("were shipped"). */
  mode?: 'plan' | 'past';
}

export interface ClaimFrame {
  role: Role;
  direction?: Direction;
  end?: 'from' | 'to';
  per?: string;
  /** For a date, the preposition that gives it its role ("by 2026", "in 2024", "since 1997", "with January 2004"). */
  prep?: string;
  /** Synonym classes of the metric phrase, head first. */
  metric: string[];
  /** How many of them come from the counted noun phrase after the figure ("monthly users"). */
  counted: number;
  /** Names in the figure's own clause that it is about (lower case). */
  subject: string[];
  /** Every name of the figure's sentence. */
  names: string[];
  /** The names that stand before the figure in its sentence, however far. */
  namesBefore: string[];
  /** Content words around the figure (synonym classes) with weights in (0, 1]. */
  context: Map<string, number>;
  period: Period;
}

const P = FRAME_POLICY;

/** Verbs that name the measure themselves: who does them is the subject, not the metric. */
const METRIC_VERBS = new Set(['score', 'earn', 'bank', 'gross', 'take', 'pay', 'spend', 'cost', 'raise', 'attract', 'draw', 'win', 'employ', 'ship', 'fetch', 'generate', 'post', 'lose', 'invest', 'borrow', 'owe', 'collect']);

/** Index of the figure a figure token stands for. */
function fi0(tokens: FrameToken[], k: number): number {
  return tokens[k].fig ?? -1;
}

/** Prepositions a metric phrase reads through: "share of the audience", "use by data centres". */
const PHRASE_PREPS = new Set(['of', 'by', 'at', 'in', 'for', 'on']);

/** Conjunctions that open a coordinated clause after a comma: what lies beyond is another claim. */
const COORDINATORS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though']);

/** Prepositions that bring a figure's subject after it: "8% in Nottingham North", "10% at Lenovo". */
const SUBJECT_PREPS = new Set(['in', 'into', 'at', 'for', 'by', 'among', 'across']);

/** Words between "of"/"on" and the noun they introduce ("47% of the money", "8.5 on its test"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'all', 'this', 'that', 'these', 'those']);

function isBoundary(t: FrameToken): 'hard' | 'soft' | undefined {
  if (t.kind !== 'punct') return undefined;
  const c = t.low;
  if (c === ';' || c === ':' || c === '—' || c === '–' || c === '(' || c === ')' || c === '[' || c === ']') return 'hard';
  if (c === '-') return 'hard';
  if (c === ',') return 'soft';
  return undefined;
}

/** Index of the matching close of a parenthetical that opens at i ("(" or a spaced dash), or -1. */
function parenEnd(toks: FrameToken[], i: number, text: string): number {
  const open = toks[i].low;
  if (open === '(') {
    for (let j = i + 1; j < toks.length && j < i + P.maxParenTokens; j++) if (toks[j].low === ')') return j;
    return -1;
  }
  if ((open === '-' || open === '—' || open === '–') && isSpacedDash(toks[i], text)) {
    for (let j = i + 1; j < toks.length && j < i + P.maxParenTokens; j++) if ((toks[j].low === '-' || toks[j].low === '—' || toks[j].low === '–') && isSpacedDash(toks[j], text)) return j;
  }
  return -1;
}

function isSpacedDash(t: FrameToken, text: string): boolean {
  return text.charCodeAt(t.start - 1) === 32 && text.charCodeAt(t.end) === 32;
}

/** Words that open a relative clause between commas (", which lives inside WhatsApp,"): an aside. */
const RELATIVES = new Set(['which', 'who', 'whose', 'whom', 'where']);

/** The parentheticals of a sentence as [open, close] token index pairs (not nested). */
function parentheticals(toks: FrameToken[], text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].kind !== 'punct') continue;
    let j = parenEnd(toks, i, text);
    // a short apposition between commas (", a rival,"): an aside too
    if (j < 0 && toks[i].low === ',' && DETERMINERS.has(toks[i + 1]?.low ?? '')) {
      for (let q = i + 2; q < toks.length && q <= i + P.appositionTokens; q++) {
        if (toks[q].kind === 'fig' || toks[q].verb) break;
        if (toks[q].low === ',') {
          j = q;
          break;
        }
      }
    }
    if (j < 0 && toks[i].low === ',' && RELATIVES.has(toks[i + 1]?.low ?? '')) {
      for (let q = i + 2; q < toks.length && q < i + P.maxParenTokens; q++) {
        if (toks[q].low === ',') {
          // an aside only if it holds no figure of its own
          if (!toks.slice(i, q).some((t) => t.kind === 'fig')) j = q;
          break;
        }
      }
    }
    if (j > i) {
      out.push([i, j]);
      i = j;
    }
  }
  return out;
}

export interface FrameInput {
  text: string;
  tokens: FrameToken[];
  figures: readonly Figure[];
  lex: Lexicon;
}

/** Frames of every figure of a sentence (index-aligned with `figures`). */
export function sentenceFrames(input: FrameInput): ClaimFrame[] {
  const { tokens, figures, text } = input;
  const parens = parentheticals(tokens, text);
  const figTok = new Array<number>(figures.length).fill(-1);
  tokens.forEach((t, i) => {
    if (t.kind === 'fig') figTok[t.fig!] = i;
  });
  const names = [...new Set(tokens.filter((t) => t.kind === 'name').map((t) => t.lemma))];
  const frames: ClaimFrame[] = [];
  for (let fi = 0; fi < figures.length; fi++) {
    const k = figTok[fi];
    if (k < 0) {
      frames.push(emptyFrame(figures[fi], names));
      continue;
    }
    // A conversion in brackets ("£138m ($259.8m)") says what the figure before it says.
    const paren = parens.find(([a, b]) => a < k && k < b);
    if (paren && paren[1] - paren[0] === 2 && paren[0] > 0 && tokens[paren[0] - 1].kind === 'fig') {
      const prev = frames[tokens[paren[0] - 1].fig!];
      if (prev) {
        frames.push({ ...prev, role: roleOf(input, fi, k, prev.direction) ?? prev.role });
        continue;
      }
    }
    const fr = buildFrame(input, fi, k, paren, parens, names);
    // ", a rise of 15%", "up from $393.9m": a change, or one end of it, with no metric of its own
    // measures what the figure before it measures
    if (!fr.metric.length && (fr.role === 'change' || fr.end) && fi > 0 && frames[fi - 1].metric.length && figures[fi - 1].kind !== 'year') {
      fr.metric = frames[fi - 1].metric;
      fr.counted = frames[fi - 1].counted;
    }
    frames.push(fr);
  }
  return frames;
}

function emptyFrame(f: Figure, names: string[]): ClaimFrame {
  return { role: baseRole(f), metric: [], counted: 0, subject: [], names, namesBefore: [], context: new Map(), period: {} };
}

function baseRole(f: Figure): Role {
  switch (f.kind) {
    case 'year':
    case 'quarter':
      return 'date';
    case 'duration':
      return 'duration';
    case 'multiplier':
      return 'multiple';
    default:
      return 'level';
  }
}

function buildFrame(input: FrameInput, fi: number, k: number, paren: [number, number] | undefined, parens: [number, number][], names: string[]): ClaimFrame {
  const { tokens } = input;
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
    for (let i = k + dir; i >= 0 && i < tokens.length && steps < P.maxReach; i += dir, steps++) {
      const t = tokens[i];
      // skip a closed parenthetical that does not contain the figure
      const skip = parens.find(([a, b]) => (dir > 0 ? a === i : b === i) && !(a < k && k < b));
      if (skip) {
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
      if (dir < 0 && t.kind === 'word' && COORDINATORS.has(t.low) && tokens[i - 1]?.low === ',') {
        w *= P.hardDecay / P.softDecay;
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
    if (base && role0 === 'change') continue;
    for (const key of Object.keys(p) as (keyof Period)[]) {
      if (period[key] === undefined) (period as Record<string, unknown>)[key] = p[key];
    }
  }
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
  // a change's "from the year before" / "than a year earlier" is its base, not its period
  if (role === 'change' && period.relative === 'earlier') delete period.relative;
  // a name that is part of what is counted ("178 million PCs", "DS shipment targets") is not its subject
  const namesBefore = [...new Set(tokens.slice(0, k).filter((t) => t.kind === 'name').map((t) => t.lemma))];
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

/** Words that make the year after them the base of a comparison: "than in 2003", "on 2003", "compared with 2003". */
const BASE_MARKERS = new Set(['than', 'on', 'from', 'since', 'compared', 'versus', 'vs', 'over']);

function isBaseYear(tokens: FrameToken[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
    const t = tokens[j];
    if (BASE_MARKERS.has(t.low)) return true;
    if (t.kind === 'fig' || t.kind === 'punct' || !(t.func || t.verb || t.lemma === 'do')) return false;
  }
  return false;
}

/**
 * Plan or past: a plan word in the figure's clause before it ("Sony aims to ship", "is expected
 * to reach", "will fall") makes it a plan; else a governing verb in the past tense ("were shipped",
 * "sold") makes it what happened. Neither: unknown.
 */
function modeOf(input: FrameInput, k: number): 'plan' | 'past' | undefined {
  const { tokens, lex } = input;
  let past = false;
  for (let i = k - 1, steps = 0; i >= 0 && steps < P.modeReach; i--, steps++) {
    const t = tokens[i];
    if (isBoundary(t) === 'hard' || (t.kind === 'fig' && steps > 0)) break;
    if (t.kind !== 'word') continue;
    if (PLAN_WORDS.has(t.lemma) || PLAN_WORDS.has(t.low)) return 'plan';
    if (!past && t.verb && /ed$/.test(t.low) && !t.low.endsWith('eed') && lex.isInflectedVerb(t.low)) past = tokens[i - 1]?.low !== 'to';
    if (!past && (t.low === 'was' || t.low === 'were')) past = true;
  }
  // "the 200,000 PSPs which were shipped": a relative clause after the counted noun
  for (let i = k + 1, steps = 0; !past && i < tokens.length && steps < P.modeReach; i++, steps++) {
    const t = tokens[i];
    if (isBoundary(t) || t.kind === 'fig') break;
    if ((t.low === 'which' || t.low === 'that') && (tokens[i + 1]?.low === 'were' || tokens[i + 1]?.low === 'was')) past = true;
  }
  return past ? 'past' : undefined;
}

/** Prepositions that give a date its role. */
const DATE_PREPS = new Set(['by', 'in', 'since', 'until', 'till', 'before', 'after', 'from', 'to', 'through', 'during', 'between', 'and', 'for', 'of', 'with', 'on', 'than']);
/** Words between a date's preposition and the date ("by the end of 2024", "in early May 2003"). */
const DATE_FILLERS = new Set(['the', 'end', 'start', 'beginning', 'middle', 'close', 'first', 'second', 'third', 'fourth', 'half', 'early', 'late', 'mid', 'of', 'summer', 'spring', 'autumn', 'winter', 'year', 'quarter', 'month', 'fiscal', 'financial', 'calendar', 'course']);

function datePrep(tokens: FrameToken[], k: number): string | undefined {
  for (let i = k - 1; i >= Math.max(0, k - 6); i--) {
    const t = tokens[i];
    if (MONTHS[t.low] !== undefined || t.kind === 'punct' && t.low === ',') continue;
    if (t.kind === 'fig') continue;
    if (DATE_PREPS.has(t.low) && !(t.low === 'of' && DATE_FILLERS.has(tokens[i - 1]?.low ?? ''))) return t.low === 'till' ? 'until' : t.low;
    if (!DATE_FILLERS.has(t.low) && !/^\d{1,2}(?:st|nd|rd|th)?$/.test(t.low)) return undefined;
  }
  return undefined;
}

/** The change word nearest the figure within a few tokens, if any. */
function directionNear(input: FrameInput, k: number): Direction | undefined {
  const { tokens, lex } = input;
  for (let d = 1; d <= P.changeReach; d++) {
    for (const i of [k - d, k + d]) {
      const t = tokens[i];
      if (!t || isBoundary(t) === 'hard') continue;
      if (t.kind === 'word') {
        const dir = lex.directionOf(t.lemma, t.low);
        if (dir) return dir;
      }
    }
  }
  return undefined;
}

function roleOf(input: FrameInput, fi: number, k: number, direction: Direction | undefined): Role | undefined {
  const { tokens, lex } = input;
  const f = input.figures[fi];
  const prev = tokens[k - 1];
  const prev2 = tokens[k - 2];
  const next = tokens[k + 1];
  if (f.kind === 'year' || f.kind === 'quarter') return 'date';
  if (f.kind === 'duration') return 'duration';
  if (f.kind === 'multiplier') return 'multiple';
  // age: "aged 27", "the age of 27", "27-year-old"
  if (prev && AGE_WORDS.has(prev.low)) return 'age';
  if (prev && prev.low === 'of' && prev2 && prev2.low === 'age') return 'age';
  if (next && next.low === '-' && tokens[k + 2]?.low === 'year' && tokens[k + 4]?.low === 'old') return 'age';
  if (prev && RANK_WORDS.has(prev.lemma) && f.kind === 'number' && f.value < 100 && f.decimals === 0) return 'rank';
  const dir = (t: FrameToken | undefined) => (t && t.kind === 'word' ? lex.directionOf(t.lemma, t.low) : undefined);
  // "to X" / "from X" after a change is a level reached or left
  if (prev && (prev.low === 'to' || prev.low === 'from') && direction) return 'level';
  // "a 26% rise", "15% lower", "four million fewer viewers"
  if (dir(next)) return 'change';
  // "rose 26%", "up 14%", "grew by 8.1%", "a rise of 15%"
  // ("made up 33 million", "set up 162": a phrasal verb, not a change)
  if (dir(prev) && (f.kind === 'percent' || ((prev.low === 'up' || prev.low === 'down') && !prev2?.verb))) return 'change';
  // "raised its DS shipment targets by 60%": "by" before the figure, a change verb earlier in the clause
  if (prev && prev.low === 'by') {
    for (let i = k - 2; i >= Math.max(0, k - P.changeByReach); i--) {
      const t = tokens[i];
      if (t.kind === 'fig' || isBoundary(t)) break;
      if (dir(t)) return 'change';
    }
  }
  // "rise by an average of about 4%": a change word, then only "by", "of" and function words
  for (let i = k - 1, seenBy = false; i >= Math.max(0, k - P.changeReach - 3); i--) {
    const t = tokens[i];
    if (t.kind !== 'word') break;
    if (t.low === 'by' || t.low === 'of') seenBy = true;
    else if (dir(t)) {
      if (seenBy) return 'change';
      break;
    } else if (!t.func && !VALUE_NOUNS.has(t.lemma)) break;
  }
  if (prev && prev.low === 'of' && dir(prev2)) return 'change';
  if (f.kind === 'percent' && next && next.low === 'of') return 'share';
  return undefined;
}

function endOf(tokens: FrameToken[], k: number): 'from' | 'to' | undefined {
  for (let i = k - 1; i >= Math.max(0, k - P.endReach); i--) {
    const t = tokens[i];
    if (t.kind === 'fig' || isBoundary(t) === 'hard') return undefined;
    if (t.low === 'from') return 'from';
    if (t.low === 'to' && tokens[i - 1]?.lemma === 'compare') return undefined;
    if (t.low === 'to' && (i === k - 1 || tokens.slice(i + 1, k).every((x) => x.func || x.low === 'just' || x.low === 'only'))) return 'to';
  }
  return undefined;
}

/** Rate words for time and people: "annual", "monthly", "per capita" (→ the unit counted per). */
const RATE_WORDS: Record<string, string> = {
  annual: 'year', annually: 'year', yearly: 'year', monthly: 'month', weekly: 'week', daily: 'day', hourly: 'hour',
  capita: 'capita',
};
const RATE_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'annum', 'quarter', 'capita', 'person', 'head']);

/**
 * A rate of time anywhere in the figure's clause ("cases are filed every year", "annual growth",
 * "per capita"): a rate is never the same quantity as a total. Not "a year earlier" / "a year ago".
 */
function timeRateOf(tokens: FrameToken[], k: number): string | undefined {
  const clause = (i: number) => tokens[i] && tokens[i].kind !== 'fig' && isBoundary(tokens[i]) !== 'hard';
  for (let d = 1; d <= P.rateReach; d++) {
    for (const i of [k + d, k - d]) {
      if (!clause(i)) continue;
      const t = tokens[i];
      const w = RATE_WORDS[t.low];
      if (w && !(t.low === 'quarterly' && false)) return w;
      if (PER_MARKERS.has(t.low) && t.low !== 'a' && t.low !== 'an' && RATE_UNITS.has(tokens[i + 1]?.lemma ?? '') && !EARLIER_WORDS.has(tokens[i + 2]?.low ?? '')) {
        const u = tokens[i + 1].lemma;
        return u === 'annum' ? 'year' : u === 'person' || u === 'head' ? 'capita' : u;
      }
    }
  }
  return undefined;
}

/** "$40 a barrel", "5.8 cents a share", "17m per second": the concept counted per. */
function perOf(tokens: FrameToken[], k: number): string | undefined {
  const a = tokens[k + 1];
  const b = tokens[k + 2];
  if (a && b && a.kind === 'word' && PER_MARKERS.has(a.low) && b.kind === 'word' && !b.func && !EARLIER_WORDS.has(tokens[k + 3]?.low ?? '')) return b.concept;
  if (a && a.low === '/' && b && b.kind === 'word') return b.concept;
  if (a && a.kind === 'word' && a.low === 'apiece') return 'each';
  return undefined;
}

/**
 * The metric: the noun phrase right after the figure ("13.2 million people", "350,000 NVIDIA
 * H100s"), after "of" for a share ("47% of the money spent") or after a change noun ("a 26% rise
 * in annual profits"), or what it is scored on ("8.5 on MT-Bench"); and the nearest noun phrase
 * before it past linking verbs, verbs, change words and value nouns ("BP's annual profit climbed
 * 26%", "the age of 44"). Head first.
 */
function metricOf(input: FrameInput, k: number, role: Role): [string[], string[]] {
  const { tokens, lex } = input;
  const out: string[] = [];
  const skippable = (t: FrameToken) =>
    t.func || t.verb || LINK_WORDS.has(t.low) || VALUE_NOUNS.has(t.lemma) || EARLIER_WORDS.has(t.low) || NOW_WORDS.has(t.low) || MONTHS[t.low] !== undefined || !!lex.directionOf(t.lemma, t.low);
  // after the figure
  let i = k + 1;
  if (tokens[i]?.low === '(' && tokens[i + 2]?.low === ')') i += 3;
  const t0 = tokens[i];
  if (t0 && t0.kind === 'word' && lex.directionOf(t0.lemma, t0.low) && (tokens[i + 1]?.low === 'in' || tokens[i + 1]?.low === 'of')) i += 2;
  else if (t0 && (t0.low === 'of' || (t0.low === 'on' && role === 'level') || (t0.low === 'in' && input.figures[fi0(tokens, k)]?.kind === 'currency'))) i += 1;
  if (i > k + 1) while (tokens[i] && DETERMINERS.has(tokens[i].low)) i++;
  // "47% of the £1.34bn spent on games": the share's whole is a figure; what it measures follows it
  const afterOf = t0 && t0.low === 'of' ? i : -1;
  if (!(tokens[i] && PER_MARKERS.has(tokens[i].low))) {
    for (let n = 0; tokens[i] && n < P.metricWords; i++) {
      const t = tokens[i];
      if (t.kind === 'fig' && n === 0 && i === afterOf) continue;
      const afterWhole = n === 0 && afterOf >= 0 && i === afterOf + 1 && tokens[afterOf].kind === 'fig';
      if (t.kind === 'fig' || t.kind === 'punct' || t.func || (t.verb && !afterWhole)) break;
      if (/^\d+$/.test(t.low)) break;
      if (t.kind === 'word' && (LINK_WORDS.has(t.low) || MONTHS[t.low] !== undefined || EARLIER_WORDS.has(t.low))) break;
      if (t.kind === 'word' && (VALUE_NOUNS.has(t.lemma) || lex.directionOf(t.lemma, t.low))) continue;
      // only what can name a thing: "80.2 instead" counts nothing
      if (t.kind === 'word' && !afterWhole && !lex.canBeNominal(t.lemma)) break;
      out.push(t.concept);
      n++;
    }
  }
  // the head of a noun phrase is its last word: "one billion monthly users" counts users
  out.reverse();
  const counted = out.slice();
  // "raised its DS shipment targets by 60%": what changed is the object between the verb and "by"
  if (role === 'change' && tokens[k - 1]?.low === 'by') {
    const obj: string[] = [];
    for (let q = k - 2; q >= Math.max(0, k - P.changeByReach); q--) {
      const t = tokens[q];
      if (t.kind === 'fig' || isBoundary(t)) break;
      if (t.kind === 'word' && lex.directionOf(t.lemma, t.low)) {
        out.push(...obj.reverse());
        break;
      }
      if (!t.func && !/^\d+$/.test(t.low) && !VALUE_NOUNS.has(t.lemma) && MONTHS[t.low] === undefined) obj.push(t.concept);
    }
  }
  // before the figure; the verb that governs it ("earned $56m", "sold for £2,000") goes last
  let j = k - 1;
  let skipped = 0;
  let verb: string | undefined;
  let verbLemma: string | undefined;
  while (j >= 0 && skipped < P.metricLookBack) {
    const t = tokens[j];
    if (isBoundary(t)) break;
    if (t.kind === 'word' && !skippable(t)) break;
    if (t.kind === 'name' && skipped > 0 && tokens[j + 1]?.low !== 'of') break;
    if (t.verb && verb === undefined && !lex.directionOf(t.lemma, t.low)) {
      verb = t.concept;
      verbLemma = t.lemma;
    }
    j--;
    skipped++;
  }
  // a bare name right before the verb is the subject, not the metric ("Hendrix died in 1970")
  // …and so is a person who does the verb ("The singer banked $56.5m", "Prince earned more than
  // $56m"): what is measured is then what the verb says
  // — and whoever does a verb that itself names the measure ("the open model scored 82", "the
  // festival sold 80,000 tickets") is its subject too
  const personFirst = j >= 0 && verbLemma !== undefined && tokens[j].kind === 'word' && (lex.isHuman(tokens[j].lemma) || METRIC_VERBS.has(verbLemma));
  const nameFirst = j >= 0 && (tokens[j].kind === 'name' || personFirst);
  // read the phrase leftwards; through one preposition ("share of the audience", "electricity use
  // by data centres", "turnover at the mill") the phrase before it is the head
  let phrase: string[] = [];
  let object: string[] = [];
  for (let n = 0; j >= 0 && n < P.metricWords && !nameFirst; j--) {
    const t = tokens[j];
    if (t.kind === 'word' && DETERMINERS.has(t.low) && phrase.length > 0 && PHRASE_PREPS.has(tokens[j - 1]?.low ?? '')) continue;
    if (t.kind === 'word' && PHRASE_PREPS.has(t.low) && phrase.length > 0 && !object.length && tokens[j - 1]?.kind === 'word' && !skippable(tokens[j - 1])) {
      object = phrase;
      phrase = [];
      n = 0;
      continue;
    }
    if (t.kind === 'punct' || t.kind === 'fig' || (t.kind === 'word' && skippable(t))) break;
    if (/^\d+$/.test(t.low)) break;
    phrase.push(t.concept);
    if (t.kind === 'word') n++;
  }
  out.push(...phrase, ...object);
  if (verb !== undefined) out.push(verb);
  return [[...new Set(out)], counted];
}

/** A year or quarter figure next to this one anchors it in time. */
function notePeriodFigure(period: Period, g: Figure, tokens: FrameToken[], i: number): void {
  if (g.kind === 'duration') {
    // "over the past two years", "in the last six months": the stretch the figure covers
    const before = [tokens[i - 1]?.low, tokens[i - 2]?.low];
    if (period.span === undefined && before.some((w) => w === 'past' || w === 'last' || w === 'next' || w === 'previous')) period.span = `${g.value}${g.unit ?? ''}`;
    return;
  }
  if (g.kind === 'year' && period.year === undefined && g.high === undefined) {
    period.year = g.value;
    const m = tokens[i - 1];
    if (m && MONTHS[m.low] !== undefined && period.month === undefined) period.month = MONTHS[m.low];
  } else if (g.kind === 'quarter' && period.quarter === undefined) {
    period.quarter = Math.round((g.value % 1) * 4) + 1;
    if (period.year === undefined) period.year = Math.floor(g.value);
  }
}

/** Period words: "third quarter", "first half", "last year", "a year earlier", month names. */
function periodWord(period: Period, tokens: FrameToken[], i: number): void {
  const t = tokens[i];
  if (t.kind !== 'word' && t.kind !== 'name') return;
  const low = t.low.includes('-') ? t.low.slice(t.low.lastIndexOf('-') + 1) : t.low;
  const lead = t.low.includes('-') ? t.low.slice(0, t.low.indexOf('-')) : undefined;
  if (lead && ORDINAL_WORDS[lead] > 0 && low === 'quarter' && period.quarter === undefined) period.quarter = ORDINAL_WORDS[lead];
  if (lead && ORDINAL_WORDS[lead] > 0 && low === 'half' && period.half === undefined) period.half = ORDINAL_WORDS[lead];
  if (MONTHS[low] !== undefined && period.month === undefined && !(low === 'may' && !t.cap)) {
    period.month = MONTHS[low];
    const d = [tokens[i - 1], tokens[i + 1]].find((x) => x && x.kind === 'word' && /^\d{1,2}(?:st|nd|rd|th)?$/.test(x.low) && parseInt(x.low, 10) <= 31);
    if (d) period.day = parseInt(d.low, 10);
  }
  const prev = tokens[i - 1];
  const prevOrd = prev ? ORDINAL_WORDS[prev.low] : undefined;
  if ((low === 'quarter' || low === 'quarterly') && prevOrd && prevOrd > 0 && period.quarter === undefined) period.quarter = prevOrd;
  if (low === 'half' && prevOrd && prevOrd > 0 && period.half === undefined) period.half = prevOrd;
  if (period.tense === undefined && NOW_WORDS.has(t.low)) period.tense = 'now';
  if (period.tense === undefined && (FUTURE_WORDS.has(t.low) || (t.low === 'term' && (prev?.low === 'medium' || prev?.low === 'long')))) period.tense = 'future';
  if (low === 'year' && period.relative === undefined) {
    const next = tokens[i + 1];
    if (prev && (prev.low === 'last' || prev.low === 'previous' || prev.low === 'prior')) period.relative = 'earlier';
    else if (next && EARLIER_WORDS.has(next.low)) period.relative = 'earlier';
    else if (prev && prev.low === 'this') period.relative = 'this';
    else if (prev && prev.low === 'next') period.relative = 'next';
  }
}

/** The frame as one line: "lenovo · revenue · change↓ · 2004 · 7.3%". */
export function describeFrame(fr: ClaimFrame, value: string): string {
  const period = [fr.period.quarter ? `Q${fr.period.quarter}` : '', fr.period.half ? `H${fr.period.half}` : '', fr.period.month ? `m${fr.period.month}` : '', fr.period.year ?? '', fr.period.relative ?? ''].filter(Boolean).join(' ');
  const role = fr.role + (fr.direction === 'up' ? '↑' : fr.direction === 'down' ? '↓' : '') + (fr.end ? ` ${fr.end}` : '') + (fr.per ? ` per ${fr.per}` : '');
  return [fr.subject.join(' ') || '—', fr.metric[0] ?? '—', role, period || '—', value].join(' · ');
}
