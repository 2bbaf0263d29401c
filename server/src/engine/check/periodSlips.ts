// Period slips: a figure dated by a year that is itself a figure of the note, and that the sources
// contradict ("Sony aims to ship three million PSPs by March 2006" against "… three million of the
// consoles by March 2005"). The wrong year is reported once, on the year; the figure it dates is
// judged again as if the year were the source's, in the passage that contradicts the year — one
// slip must not also hide that the rest of the sentence agrees. Every rule of rules.ts still holds
// for that second reading; only the note's year is replaced, and only a support is taken from it.
// The mirror (slippedYears): a year the sources do not contradict directly, dating a precise figure
// whose very value they date by another year ("In 2002 the deficit stood at $124bn" / "$124bn in 2003").
import { comparable } from '../figures';
import type { NoteFigure } from '../notes';
import type { Figure } from '../types';
import { MAX_PASSAGE_FIGURES_SEARCHED, PERIOD_SLIP_POLICY as P, VERDICT_POLICY as V } from './policy';
import { replaceFigureFix } from './findings';
import type { Evidence, FigureResult } from './report';
import { isWeak, significantDigits } from './rules';
import type { CheckRun, DatedPlace } from './run';
import { decideInPassage } from './verdict';

/** Unverified figures whose year is a contradicted figure of their sentence: judged again with the source's year. Changes the results in place. */
export function periodSlips(run: CheckRun, results: FigureResult[]): void {
  const byFigure = new Map<NoteFigure, FigureResult>(results.map((r) => [r.figure, r]));
  for (const r of results) {
    const f = r.figure;
    if (r.verdict !== 'unverified' || f.vague || isWeak(f) || f.kind === 'date' || f.kind === 'quarter') continue;
    const side = run.noteSide(f);
    const year = side.frame.period.year;
    if (year === undefined) continue;
    const siblings = run.figuresOf(f.sentence);
    if (siblings.length > P.maxSiblings) continue;
    // the year of f's period, as a figure of the same sentence, contradicted in its own cited sources
    const slip = siblings.map((s) => byFigure.get(s)).find((rs) => rs && rs.figure.kind === 'year' && rs.figure.value === year && rs.verdict === 'contradicted' && !rs.wrongSource);
    const e = slip?.evidence[0];
    if (!e?.figure || e.figure.kind !== 'year') continue;
    const corrected = { ...side, frame: { ...side.frame, period: { ...side.frame.period, year: e.figure.value } } };
    const d = decideInPassage(run, f, e.passage, corrected);
    // (only a support: a figure that would disagree too may be about another year's thing — "a 2022
    // poll … 5%" against "a 2023 poll … 10%" — and a false alarm costs more than a miss; and only
    // when the source's sentence gives no other value of its kind — "rose to 310 in 2004 from 287
    // the previous year" says what the note's year had)
    // (unless each value has its own deadline right after it, there and in the note: "3.75 million
    // by 2012, with an interim figure of 2 million by 2009" pairs each value with its year)
    const g = d.evidence[0]?.figure;
    const text = g && run.index.sourceOf(e.passage).text;
    if (d.verdict !== 'supported' || !g || !text) continue;
    const paired = !!slip && yearFollows(run.note.text, f, slip.figure) && yearFollows(text, g, e.figure);
    // (…nor a value the note's sentence states itself, undated, where its year stands right after
    // the figure: "climbed to 2.4 million barrels a day, against 474,000 in 1983" / "jumped to 2.4
    // million bpd, compared with 474,000 bpd in 1973" — the year is the 474,000's)
    const ownYear = !!slip && yearFollows(run.note.text, f, slip.figure, POINT_PREPOSITIONS);
    const statedByNote = (h: Figure) => ownYear && siblings.some((s) => s !== f && s !== slip!.figure && comparable(s, h) && s.value === h.value);
    if (paired || !otherValueBeside(text, e.passage.figures, g, f, statedByNote)) Object.assign(r, d);
  }
}

/**
 * The mirror of `periodSlips`: a year of the note left unverified that dates a figure of its
 * sentence whose very value the cited sources state, in every other field alike, dated by one other
 * year beside it ("In 2002 the deficit stood at $124bn" / "the deficit was $124bn in 2003"): the
 * year is contradicted by the source's, and the figure it dates is supported there. Only for a
 * precise figure (V.preciseDigits: "50%" recurs by chance, "$124bn" does not), or one whose source
 * sentence also holds the support of another figure of the note's sentence (anchorsBeside: "55
 * million by 2007, from 17 million last year" / "from 17 million last year to 55 million in 2006" —
 * that value, the anchor's, is no other value the year could date), and a sentence of one
 * year; not when the cited sources date the value by more than one year, nor when the source's
 * sentence gives another value of its kind (the note's year may be that one's). Changes the results
 * in place.
 */
export function slippedYears(run: CheckRun, results: FigureResult[]): void {
  const byFigure = new Map<NoteFigure, FigureResult>(results.map((r) => [r.figure, r]));
  for (const r of results) {
    const y = r.figure;
    if (r.verdict !== 'unverified' || y.kind !== 'year' || y.vague || r.wrongSource) continue;
    const siblings = run.figuresOf(y.sentence);
    // (one year in the sentence: "managed Valencia in 1997, then moved … in 1999" dates two events)
    if (siblings.length > P.maxSiblings || siblings.some((g) => g !== y && g.kind === 'year')) continue;
    for (const v of siblings) {
      const rv = byFigure.get(v);
      if (!rv || v === y || rv.verdict !== 'unverified' || v.kind === 'year' || v.vague || isWeak(v)) continue;
      // (the start of a change is not what its year dates: "growing from 9,858 to 10,820 in 2018")
      const frame = run.noteSide(v).frame;
      if (frame.period.year !== y.value || frame.end === 'from') continue;
      const places = run.datedOtherwise.get(v);
      if (!places?.length || places.some((p) => p.year !== places[0].year)) continue;
      const at = places[0];
      if (at.year === undefined || at.year === y.value) continue;
      const source = run.index.sourceOf(at.passage);
      // (a value of fewer digits recurs by chance, unless the sentence it was written from is found:
      // another figure of the note's sentence supported beside it there — "could climb to 55 million
      // by 2007, from 17 million last year" / "could grow from 17 million last year to 55 million in 2006")
      const anchors = anchorsBeside(siblings, byFigure, [y, v], at, source.text);
      const year = yearBeside(source.text, at.passage.figures, at.figure, at.year);
      // (a round value is the note's slip when both sentences give it its deadline right after it —
      // "to reach 10 million homes by 2012" / "to increase this to 10 million by 2010": each year
      // is that value's own, whatever else the sentences hold)
      const paired = !!year && yearFollows(run.note.text, v, y) && yearFollows(source.text, at.figure, year);
      if (significantDigits(v) < V.preciseDigits && !anchors.length && !paired) continue;
      // (a value its own year dates is not the note's year's: "$124bn in 2003, and is expected to rise to about $150bn for 2004")
      // (nor a value another figure of the note's sentence quotes: "from 17 million last year")
      const datedApart = (h: Figure) => {
        const hy = run.index.frames.side(at.passage, h)?.frame.period.year;
        return (hy !== undefined && hy !== y.value) || anchors.includes(h);
      };
      if (!year || (!paired && otherValueBeside(source.text, at.passage.figures, at.figure, v, datedApart))) continue;
      const onYear: Evidence = { source, passage: at.passage, figure: year, start: year.start, end: year.end, score: at.score };
      Object.assign(r, { verdict: 'contradicted', evidence: [onYear], sourceFrame: run.index.frames.side(at.passage, year)?.frame });
      r.fixes.push(...replaceFigureFix(run, y, onYear));
      const onValue: Evidence = { source, passage: at.passage, figure: at.figure, start: at.figure.start, end: at.figure.end, score: at.score };
      Object.assign(rv, { verdict: 'supported', evidence: [onValue], sourceFrame: run.index.frames.side(at.passage, at.figure)?.frame });
      break;
    }
  }
}

/**
 * The figures beside `at`'s in its passage that support other figures of the note's sentence (none
 * of `skip`, no year): found, the note's sentence was written from that source sentence.
 */
function anchorsBeside(siblings: readonly NoteFigure[], byFigure: ReadonlyMap<NoteFigure, FigureResult>, skip: readonly NoteFigure[], at: DatedPlace, text: string): Figure[] {
  const out: Figure[] = [];
  for (const g of siblings) {
    if (skip.includes(g) || g.kind === 'year' || isWeak(g)) continue;
    const r = byFigure.get(g);
    const e = r?.verdict === 'supported' && !r.wrongSource ? r.evidence[0] : undefined;
    if (e?.figure && e.passage === at.passage && e.figure !== at.figure && beside(text, at.figure, e.figure)) out.push(e.figure);
  }
  return out;
}

/** The year figure `year` in the sentence of `g` in the source, within P.besideChars of it. */
function yearBeside(text: string, figures: readonly Figure[], g: Figure, year: number): Figure | undefined {
  const n = Math.min(figures.length, MAX_PASSAGE_FIGURES_SEARCHED);
  for (let i = 0; i < n; i++) {
    const h = figures[i];
    if (h.kind === 'year' && h.value === year && beside(text, g, h)) return h;
  }
  return undefined;
}

/**
 * Is the year `y` the deadline of the value `g` in `text`: after it, at most
 * PERIOD_SLIP_POLICY.pairedYearWords words between them, the last "by", no punctuation ("10 million
 * by 2010", "10 million homes by 2012")? A target and its date are one claim, round value or not;
 * a value "in" a year is not paired so (a round "£31m in 2008" recurs in other years). `preps`: the
 * last word's prepositions (POINT_PREPOSITIONS: is the year the value's own point, "474,000 in 1983"?).
 */
export function yearFollows(text: string, g: Figure, y: Figure, preps: ReadonlySet<string> = DEADLINE_PREPOSITIONS): boolean {
  if (y.start < g.end || y.start - g.end > P.pairedYearChars) return false;
  // (past a conversion in brackets: "$1.8 billion (£9.4 million) by 2009")
  const words = text.slice(g.end, y.start).replace(CONVERSION_AFTER, '').trim().split(/\s+/);
  return words.length <= P.pairedYearWords && preps.has(words[words.length - 1].toLowerCase()) && words.every((w) => /^[\p{L}'-]+$/u.test(w));
}

/** A bracketed figure right after a value: its conversion ("(£9.4 million)", "($8bn; £6bn)"), no word of the sentence. */
const CONVERSION_AFTER = /^\s*\([^()]*\d[^()]*\)/;

/** The prepositions that make a year right after a value that value's deadline. */
const DEADLINE_PREPOSITIONS: ReadonlySet<string> = new Set(['by']);
/** The preposition that makes a year right after a value that value's own point in time ("474,000 in 1983"). */
const POINT_PREPOSITIONS: ReadonlySet<string> = new Set(['in']);

/** Are g and h in one sentence of the source, within P.besideChars of each other? (counterparts.ts soleSpan too) */
export function beside(text: string, g: Figure, h: Figure): boolean {
  const [a, b] = h.start < g.start ? [h.end, g.start] : [g.end, h.start];
  return b - a <= P.besideChars && !SENTENCE_END.test(text.slice(a, b));
}

/**
 * Does the sentence of `g` in the source state another value comparable with the note's `f` — one
 * the note's year could be dating (`datedApart`: one its own year dates otherwise is not, nor one
 * the note's sentence states apart from its year)?
 */
function otherValueBeside(text: string, figures: readonly Figure[], g: Figure, f: Figure, datedApart?: (h: Figure) => boolean): boolean {
  const n = Math.min(figures.length, MAX_PASSAGE_FIGURES_SEARCHED);
  for (let i = 0; i < n; i++) {
    const h = figures[i];
    if (h !== g && comparable(f, h) && h.value !== g.value && beside(text, g, h) && !datedApart?.(h)) return true;
  }
  return false;
}

const SENTENCE_END = /[.!?]\s/;
