// Which candidates of the wrong-source search's decision (verdict.ts decideOthers) could change it,
// judged from their passage's words before any frame is made. decideOthers decides among the
// candidates that could name their source (`could`: namesAnother on alignment.ts alignmentBound)
// alone when the others change nothing — none could contradict the note's value, none speaks for
// the note's subject, each agreeing aligns at best below every support that decision keeps — and
// among all of them otherwise. A candidate matters to that decision only through its bound: in
// `could`, a contradiction (`whole`), a speaker for the subject (`whole`), or an agreeing bound at
// or above a kept support (`top`). Each needs its bound's metric or score high enough, or a
// relation to the note's value that the figure alone may rule out; and every word a source frame
// reads is a word of its own passage:
//   - a source frame (frames/frame.ts, on its passage's tokens only: sourceFrames.ts framesOf)
//     takes its metric words, context words, subject and anchor words from those tokens' concepts
//     and lemmas (a metric copied from another figure of the passage is made of them too; an
//     ordinal written as a word gives its lower-case text as context, walk.ts ordinalWordConcept;
//     a count written "10-game" its noun's concept as metric, metric.ts compoundNounConcept), its
//     metric beside them only from SYNTHETIC_METRICS; its context weights are at most 1; and each
//     such concept leaves a trace in the passage's lower-case text (ConceptTraces), so TextWords.has
//     is never false for a word the frame reads — the passage is not even tokenized;
//   - so `contextMeet` counts only the note's context words among those concepts (ctxBound), and
//     `metricMeet` reaches a level only through a source head among them (metricBound, case by case
//     below) — or through the note's own fields: a per-unit, an event, an anchor, a date verb (taken at their most);
//   - the bound's score is the same weighted sum of the same parts: metric, subject (1 named, else
//     ALIGN_POLICY.unknownSubject), context, structure (at most 1, ½ when the note states no field);
//   - `could` is namesAnother, monotone in metric and score; `speaksForSubject` needs the metric
//     met and a name of the note's subject among the passage's lemmas; an agreeing relation needs
//     relateForNote's 'agree' (a per-unit scale makes it 'disagree' or 'consistent', an opposite
//     direction 'disagree' or nothing); a contradiction needs 'disagree' — relateForNote's, or a
//     per-unit scale (the note states a per-unit), or an opposite way (the note states a direction,
//     or its metric head has an opposed head among the passage's concepts) — and then, by
//     rules.ts contradicts, the same digits misplaced, the opposite way with a precise value and
//     the note's explicit fields, or a metric at least `looseMetric` (paraphrase; the met metric
//     above it), a year (dateAlike), a score or odds, or a rank both passages state (ranked).
// A candidate none of whose ways passes is never framed: decideOthers' `could`, `whole` and `top`
// are those of the candidates that pass, and when its decision is the few's, that is the decision
// over all of them. When it is not, every candidate is framed and decideOthers decides as before.
// (test/unit/wrong-source-others.test.ts holds the words a frame reads to its passage's tokens, and
// a constructed case where an other changes the decision.)
import { figuresAgree } from '../figures';
import type { ClaimFrame } from '../frames/frame';
import { NAME_EQUIVALENTS, NEGATED_ANSWER, PHRASAL_CONCEPTS, PRICE_CONCEPT, RACE_TIME_METRIC, type Lexicon } from '../frames/lexicon';
import type { FrameToken } from '../frames/tokens';
import { compoundNounConcept } from '../frames/metric';
import { ordinalWordConcept } from '../frames/walk';
import type { Figure } from '../types';
import { ALIGN_POLICY as A, VERDICT_POLICY as V } from './policy';
import { digitTwins, isWeak, relateForNote, significantDigits } from './rules';
import type { Alignment } from './alignment';
import type { LemmaForms } from './nameReach';

/** Concepts a metric takes besides its passage's words (frames/metric.ts metricOf: a rank title, a race time, a price, a negated answer). */
export const SYNTHETIC_METRICS: readonly string[] = ['rank', RACE_TIME_METRIC, PRICE_CONCEPT, NEGATED_ANSWER];

/** Slack on the bounds against floating-point summation order (contextMeet sums in the note's order; so does ctxBound). */
const BOUND_SLACK = 1e-9;

/** The words a passage's frames may read: does concept (or name) c perhaps stand among them? Never false where it does. */
export interface Words {
  has(c: string): boolean;
}

/** The concepts and lemmas of a passage's tokens (and its word ordinals' text), exactly (the test's reference for TextWords). */
export function wordsOf(tokens: readonly FrameToken[], figures: readonly Figure[], lex: Lexicon): Set<string> {
  const out = new Set<string>(SYNTHETIC_METRICS);
  for (const t of tokens) {
    if (t.kind === 'fig') {
      // (an ordinal written as a word is context to its neighbours, walk.ts ordinalWordConcept; a
      // count written "10-game" counts its noun, metric.ts compoundNounConcept)
      const c = ordinalWordConcept(figures[t.fig!]) ?? compoundNounConcept(figures[t.fig!], lex);
      if (c !== undefined) out.add(c);
      continue;
    }
    if (t.kind === 'punct') continue;
    out.add(t.concept).add(t.lemma);
  }
  return out;
}

/**
 * What a concept leaves in a text, whatever token reads it: a token's concept is its lemma's
 * synonym class (Lexicon.conceptAs; the lemma itself for a word of no class, or a verb's word used as
 * a noun), a name's lemma (tokens.ts nameKey: the lower-case name, an acronym's plural s dropped, a
 * nationality's country), or an idiom's concept on its words (PHRASAL_CONCEPTS: the idiom's last
 * word is there). A lemma leaves one of its LemmaForms traces in the lower-case word it was read
 * from (nameReach.ts: the rules and exceptions of the lemmatizer; a hyphenated word's head, a
 * round's plural and an acronym's plural are inside the word). Made once per figure searched.
 */
export class ConceptTraces {
  private readonly made = new Map<string, string[]>();

  constructor(
    private readonly lex: Lexicon,
    private readonly forms: LemmaForms,
  ) {}

  of(c: string): readonly string[] {
    let out = this.made.get(c);
    if (!out) {
      const set = new Set<string>();
      for (const l of this.lex.lemmasOf(c)) for (const t of this.forms.traces(l)) set.add(t);
      for (const w in NAME_EQUIVALENTS) if (NAME_EQUIVALENTS[w] === c) set.add(w);
      for (const p of PHRASAL_CONCEPTS) if (this.lex.concept(p.concept) === c) for (const t of this.forms.traces(p.words[p.words.length - 1])) set.add(t);
      this.made.set(c, (out = [...set]));
    }
    return out;
  }
}

/** The words of a passage as its text shows them (lower case, a curly apostrophe straight, as tokens read words): a concept's trace in the text, or a concept a metric adds. */
export class TextWords implements Words {
  private readonly seen = new Map<string, boolean>();

  constructor(
    private readonly lower: string,
    private readonly traces: ConceptTraces,
  ) {}

  static of(text: string, traces: ConceptTraces): TextWords {
    return new TextWords(text.toLowerCase().replace(/\u2019/g, "'"), traces);
  }

  has(c: string): boolean {
    let r = this.seen.get(c);
    if (r === undefined) this.seen.set(c, (r = SYNTHETIC_METRICS.includes(c) || this.traced(c)));
    return r;
  }

  /** Is one of c's traces in the text? (A loop, not a closure made at each call: alignment.ts NameSearch.) */
  private traced(c: string): boolean {
    for (const t of this.traces.of(c)) if (this.lower.includes(t)) return true;
    return false;
  }
}

/** What the wrong-source search needs of the note's figure to bound its other candidates. */
export interface OthersNote {
  figure: Figure;
  frame: ClaimFrame;
  tolerance: number;
  /** figuresAgree at `tolerance` (made here when not given). */
  exactAgree?: (a: Figure, b: Figure) => boolean;
  idf: (concept: string) => number;
  lex: Lexicon;
  named: boolean;
  precise: boolean;
  namesAnother: (a: Pick<Alignment, 'metric' | 'score' | 'namesMissingWide'>, named: boolean, precise: boolean, age?: boolean) => boolean;
}

/** The most each part of a candidate's alignmentBound can be, from its passage's words. */
export interface WordsBound {
  metric: number;
  context: number;
  score: number;
}

export class OthersBound {
  /**
   * One bound kept for the life of the process, of a note frame with no field and never read: a
   * wrong-source search makes one and drops it, and V8 holds the hidden class its objects share
   * only through them (engine/shapes.ts), so a full collection between checks dropped it and threw
   * away the optimized `agreeOnly`, `ctxBound` and `metricBound` ("weak objects"). (Public only because
   * the compiler rejects a private field no code reads.)
   */
  static readonly kept: OthersBound = new OthersBound({
    figure: undefined as unknown as Figure,
    frame: { context: new Map(), metric: [], period: {} } as unknown as ClaimFrame,
    tolerance: 0,
    exactAgree: () => false,
    idf: () => 0,
    lex: undefined as unknown as Lexicon,
    named: false,
    precise: false,
    namesAnother: () => false,
  });
  private readonly den: number;
  private readonly structure: number;
  private readonly exactAgree: (a: Figure, b: Figure) => boolean;
  // What the bounds read of the note alone, worked out once here rather than again for each
  // passage (hundreds a search): its context words in the frame's order with their weights and idf;
  // whether its metric head names people (Lexicon.isHuman), the heads related to it, and the lemmas
  // of the heads opposed to it.
  private readonly ctxConcepts: string[] = [];
  private readonly ctxWeights: number[] = [];
  private readonly ctxIdfs: number[] = [];
  private readonly headHuman: boolean;
  private readonly headRelated: readonly string[];
  private readonly headOpposedLemmas: readonly string[];

  constructor(private readonly note: OthersNote) {
    const n = note.frame;
    let den = 0;
    for (const [c, w] of n.context) {
      const i = note.idf(c);
      this.ctxConcepts.push(c);
      this.ctxWeights.push(w);
      this.ctxIdfs.push(i);
      den += w * i;
    }
    this.den = den;
    const nh = n.metric[0];
    this.headHuman = nh !== undefined && note.lex.isHuman(nh);
    this.headRelated = nh !== undefined ? note.lex.relatedTo(nh) : [];
    this.headOpposedLemmas = nh !== undefined ? note.lex.opposedTo(nh).flatMap((y) => note.lex.lemmasOf(y)) : [];
    // (structureMeet: ½ when the note states no explicit field, else the share alike, at most 1)
    const p = n.period;
    const fields = [p.year, p.month, p.months, p.day, n.role === 'date' ? n.prep : undefined, p.quarter, p.relative, n.end, n.per, n.direction];
    this.structure = fields.some((x) => x !== undefined) ? 1 : 0.5;
    this.exactAgree = note.exactAgree ?? ((a, b) => figuresAgree(a, b, note.tolerance));
  }

  /** How g relates to the note's value as the note reads it (relateForNote). */
  private agreeOnly(g: Figure): ReturnType<typeof relateForNote> {
    const note = this.note;
    return relateForNote(note.figure, g, note.tolerance, this.exactAgree, note.frame.metric, note.lex);
  }

  /** contextMeet's most: the note's context words among the passage's, each at the note's weight. */
  private ctxBound(words: Words): number {
    if (!this.den) return 0;
    let num = 0;
    const { ctxConcepts, ctxWeights, ctxIdfs } = this;
    for (let k = 0; k < ctxConcepts.length; k++) if (words.has(ctxConcepts[k])) num += ctxWeights[k] * ctxIdfs[k];
    return num / this.den;
  }

  /** metricMeet's (and measureOwn's) most, the source's metric heads and words among `words`. */
  private metricBound(words: Words, ctx: number): number {
    const n = this.note.frame;
    const nh = n.metric[0];
    // (the most weight of the note's context on a word of the passage: a source head h's n.context.get(h) is at most this)
    let inCtx = 0;
    for (const [c, w] of n.context) if (w > inCtx && words.has(c)) inCtx = w;
    let m: number;
    if (nh === undefined) {
      // the source without a metric: max(unknownMetric, context); with one, head h: max(½ unknownMetric, the note's context weight of h × metricInContext, context × metricFromContext)
      m = Math.max(A.unknownMetric, ctx, inCtx * A.metricInContext);
      // (neither names a metric, the same subject: metricOverlap)
      if (n.subject.length) m = Math.max(m, A.metricOverlap);
    } else if (words.has(nh)) {
      m = 1; // (the same head, at most 1)
    } else {
      // the source without a metric: the note's head among its context words (not among them: 0), its context
      m = Math.max(A.unknownMetric * 0.5, ctx * A.metricFromContext);
      // with one, whose head h is not the note's head: generic ("people" against any word for people: taken as there), related, overlap (above modifier and other-word), in context
      if (nh === 'people' || nh === 'person' || (this.headHuman && (words.has('people') || words.has('person')))) m = Math.max(m, A.metricGeneric);
      if (this.headRelated.some((h) => words.has(h))) m = Math.max(m, A.metricRelated);
      if (n.metric.some((x) => words.has(x))) m = Math.max(m, A.metricOverlap);
      m = Math.max(m, inCtx * A.metricInContext);
    }
    // measureOwn: the same per-unit, the same event, the same anchor
    if (n.per !== undefined) m = Math.max(m, A.metricOverlap);
    // (metricMeet's date verb, the same on both sides: metricOverlap — taken as there, the verb's
    // trace in the text not read; missing until session 47, when wrong-source-others.test.ts's
    // sample took in such a pair)
    if (n.dateVerb !== undefined) m = Math.max(m, A.metricOverlap);
    if (n.event !== undefined || (n.anchor !== undefined && n.anchor.words.some((w) => words.has(w)))) m = 1;
    return m;
  }

  /** The most alignmentBound could give a candidate in a passage of these words. */
  bound(words: Words): WordsBound {
    const context = this.ctxBound(words);
    const metric = this.metricBound(words, context);
    const subject = this.note.frame.names.length ? 1 : A.unknownSubject;
    const score = A.metricWeight * metric + A.subjectWeight * subject + A.contextWeight * context + A.structureWeight * this.structure;
    return { metric: metric + BOUND_SLACK, context: context + BOUND_SLACK, score: score + BOUND_SLACK };
  }

  /**
   * Could source figure g, in a passage of these words, be one of decideOthers' `could`, contradict
   * the note's value or speak for its subject? False only when none of them can be (the module's
   * comment). `b`: bound(words); `coStatedRank`: does its passage give the place in a ranking an
   * ordinal of the note's sentence gives (verdict.ts coStatedRank)?
   */
  mayDecide(g: Figure, words: Words, b: WordsBound, coStatedRank: () => boolean): boolean {
    const { figure: f, frame: n, named, precise } = this.note;
    if (this.note.namesAnother({ metric: b.metric, score: b.score, namesMissingWide: 0 }, named, precise, n.role === 'age')) return true;
    if (n.subject.length && b.metric >= V.metricMeets && n.subject.some((x) => words.has(x))) return true;
    // a contradiction: a disagreement first
    const rel = this.agreeOnly(g);
    const opposite = n.direction !== undefined || (n.metric.length > 0 && this.headOpposedLemmas.some((h) => words.has(h)));
    const disagree = rel === 'disagree' || n.per !== undefined || (rel === 'agree' && opposite);
    if (!disagree || f.vague || g.vague) return false;
    if (digitTwins(f, g)) return true;
    if (opposite && significantDigits(f) >= V.preciseDigits && this.structure === 1) return true;
    const ranked = f.kind !== 'ordinal' && !isWeak(f) && coStatedRank();
    return b.metric >= V.looseMetric || f.kind === 'year' || f.kind === 'score' || f.kind === 'odds' || ranked;
  }

  /** Could g agree with the note's value with a bound scoring `bar` or more (decideOthers' `top`), its passage's words bounding it by `b`? */
  mayReach(g: Figure, bar: number, b: WordsBound): boolean {
    return this.agreeOnly(g) === 'agree' && b.score >= bar;
  }
}
