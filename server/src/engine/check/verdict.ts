// The verdict on each note figure: its claim frame aligned with the frames of the source figures in
// reach (the cited sources, else all), the rules of rules.ts, then — when the cited sources do not
// support it — the value index asked whether another source states it ("right figure, wrong
// source"). A weak figure left unverified may be supported by the passage behind a figure of its
// own sentence (co-support).
import { NEGATED_ANSWER, RECORD_EVENT } from '../frames/lexicon';
import type { ClaimFrame } from '../frames/frame';
import { comparable, figuresAgree, monthAlone, precisionUnit } from '../figures';
import type { FrameSide } from '../frames/sourceFrames';
import type { NoteFigure } from '../notes';
import type { Figure, Passage, Source } from '../types';
import { addCitationFix, citeInsteadFix, replaceFigureFix } from './findings';
import { CANDIDATES_PER_STEP, MAX_CANDIDATE_FIGURES, MAX_PASSAGE_FIGURES_SEARCHED, SLOT_POLICY, VERDICT_POLICY as V, WRONG_SOURCE_LIMIT, WRONG_SOURCE_AGE_SCORE, WRONG_SOURCE_OVER_CONTRA, WRONG_SOURCE_SCORE, WRONG_SOURCE_SCORE_UNNAMED, WRONG_SOURCE_SPAN, WRONG_SOURCES_NAMED } from './policy';
import type { Evidence, FigureResult, FigureVerdict } from './report';
import { figureQuery, Where } from './retrieval';
import { alignmentBound, noteView, oppositeSides, sharesName, type Alignment } from './alignment';
import { contradicts, decideSteps, Decision, digitTwins, FrameCandidate, isWeak, Judged, judgedRelation, judgeSteps, plausible, rangeEnd, relateForNote, RuleOptions, significantDigits, speaksForSubject, supports } from './rules';
import { drain, type Steps } from '../steps';
import type { CheckRun } from './run';
import { formatPages, onCitedPages, type PageScope } from './pages';
import { boundedTwin, loneTwin } from './loneTwin';
import { monthDatesOther } from './monthAnchor';
import { scoreAlone } from './loneScore';
import { soleAge } from './soleAge';
import { unitSlip } from './unitSlip';
import { roleSlip } from './roleSlip';
import { judgeScoreline, leftToScorelines, ScorelineVerdict } from './scorelines';
import { LEMMA_FORMS, NameReach, TITLE_TRACES } from './nameReach';
import { partOfWhole, shareOfWhole } from './partitive';
import { notesOwn, sentenceOf, slotsOf, type TermSort } from './stretches';
import { OthersBound, TextWords, type WordsBound } from './othersBound';

/** A source figure in reach of a note figure. */
export interface Place {
  passage: Passage;
  figure: Figure;
  /** Its position in passage.figures, when known (spares a search of a passage with thousands). */
  at?: number;
}

/**
 * The verdict on one note figure, with its evidence and fixes; `scope` is the cited sources (null:
 * all); `pages` the pages cited of paged sources ("[@report, p. 4]"), when any are.
 */
export function judgeFigure(run: CheckRun, f: NoteFigure, scope: Source[] | null, pages?: PageScope): FigureResult {
  return drain(judgeFigureSteps(run, f, scope, pages));
}

/**
 * `judgeFigure` in steps (engine/steps.ts): a figure whose candidates span the corpus frames and
 * aligns hundreds of source figures, so a step is taken after every CANDIDATES_PER_STEP of them.
 */
export function* judgeFigureSteps(run: CheckRun, f: NoteFigure, scope: Source[] | null, pages?: PageScope): Steps<FigureResult> {
  if (f.kind === 'score' && scope) {
    const sl = judgeScoreline(run, f, scope);
    if (sl) return scorelineResult(run, f, scope, sl);
  }
  const all = yield* candidates(run, f, scope ? { only: scope } : null);
  const inReach = pages ? all.filter((c) => onCitedPages(pages, c.ref.passage)) : all;
  let d = yield* decideFor(run, f, inReach);
  // (nothing of the note's value in the cited sources, its digits misplaced once: loneTwin.ts)
  const twin = d.verdict === 'unverified' && scope ? loneTwin({ figure: f, side: run.noteSide(f) }, inReach, run.figuresOf(f.sentence), ruleOptions(run, f)) : undefined;
  if (twin) d = { verdict: 'contradicted', supports: [], contradiction: twin };
  // (…or a person's age, no one named, against the only age they state: soleAge.ts)
  const sole = d.verdict === 'unverified' && scope && !d.agreeing?.length ? soleAge({ figure: f, side: run.noteSide(f) }, inReach, run.figuresOf(f.sentence), ruleOptions(run, f)) : undefined;
  if (sole) d = { verdict: 'contradicted', supports: [], contradiction: sole };
  // (…or its change in another unit: unitSlip.ts; or its change "by" the level the source reached: roleSlip.ts)
  const slip = d.verdict === 'unverified' && scope && !d.agreeing?.length && !isWeak(f) ? (unitSlip(run, f, scope) ?? roleSlip(run, f, scope)) : undefined;
  const out: FigureResult = { figure: f, verdict: d.verdict, evidence: evidenceOf(run, d), scope, fixes: [], frame: run.noteSide(f).frame };
  if (slip) Object.assign(out, { verdict: 'contradicted', evidence: [slip], sourceFrame: run.index.frames.side(slip.passage, slip.figure!)?.frame });
  // (the cited sources' figures of its very value, for a figure of its sentence to vouch for: coQuoted.ts)
  if (scope && d.agreeing?.length) run.agreeing.set(f, d.agreeing.map((j) => ({ passage: j.ref.passage, figure: j.figure, named: j.alignment.namesMissingWide === 0 })));
  // (…and those that would support it but for their date, for the year of its sentence to be judged by: periodSlips.ts)
  if (scope && d.datedOtherwise?.length) run.datedOtherwise.set(f, d.datedOtherwise.map((j) => ({ passage: j.ref.passage, figure: j.figure, year: j.side.frame.period.year, score: j.alignment.score })));
  if (d.contradiction) out.sourceFrame = d.contradiction.side.frame;
  else if (d.supports[0]) out.sourceFrame = d.supports[0].side.frame;

  if (pages && d.verdict !== 'supported' && !isWeak(f)) {
    // not on the cited page: stated on another page of a cited source? (not asked of a year or a
    // small count: those are stated on many pages by chance)
    const elsewhere = yield* decideFor(run, f, all);
    if (elsewhere.verdict === 'supported') {
      const ev = toEvidence(run, elsewhere.supports[0]);
      const cited = pages.get(ev.source.index);
      Object.assign(out, { verdict: 'supported', evidence: [ev], wrongPage: ev, sourceFrame: elsewhere.supports[0].side.frame });
      if (cited) out.citedPages = formatPages(cited);
      return out;
    }
  }

  // (against a contradiction in the cited sources, only a value no coincidence gives is sought in
  // another: "finished second" is stated of someone in some other article — "was third in London in
  // 2002" in the cited one is the note's own story)
  const overContra = d.verdict === 'contradicted' && significantDigits(f) < V.preciseDigits;
  // (a year is sought elsewhere only with its month, in a sentence that names someone: "Mubanga was
  // arrested in Zambia in March 2002" — a bare year is stated of something in any corpus)
  const noteFrame = run.noteSide(f).frame;
  const monthYear = f.kind === 'year' && noteFrame.period.month !== undefined && noteFrame.names.length > 0;
  // (…or with the event it dates, in a sentence that names whose: "Argonaut was founded in 1982")
  const eventYear = f.kind === 'year' && noteFrame.event !== undefined && noteFrame.names.length > 0;
  if (scope && d.verdict !== 'supported' && (!isWeak(f) || monthYear || eventYear) && !overContra) {
    const ws = yield* wrongSource(run, f, new Set(scope.map((s) => s.index)), d);
    if (ws.length) {
      const evs = ws.map((j) => toEvidence(run, j));
      Object.assign(out, { verdict: 'supported', evidence: evs, wrongSource: evs[0], sourceFrame: ws[0].side.frame });
      evs.forEach((ev, i) => {
        const fix = citeInsteadFix(run, f.sentence, ev.source, true);
        if (fix) out.fixes.push(i === 0 ? fix : { ...fix, preferred: false });
      });
      return out;
    }
  }
  // (a rate per another unit of time, a change the other way or in another unit, the very value for another stretch of the year: the source's value is no replacement for the note's)
  if (out.verdict === 'contradicted' && !slip && d.contradiction?.alignment.perScale === undefined && !d.contradiction?.alignment.opposite && !d.contradiction?.alignment.stretchSlip && !d.contradiction?.alignment.totalAsRate) out.fixes.push(...replaceFigureFix(run, f, out.evidence[0]));
  // Supported by a source the sentence does not cite: offer to add the citation.
  if (out.verdict === 'supported' && !scope) out.fixes.push(addCitationFix(run, f, out.evidence[0]));
  return out;
}

/** The result of a score that the cited sources' scorelines decide. */
function scorelineResult(run: CheckRun, f: NoteFigure, scope: Source[], sl: ScorelineVerdict): FigureResult {
  const side = run.index.frames.side(sl.passage, sl.figure);
  const evidence: Evidence = { source: run.index.sourceOf(sl.passage), passage: sl.passage, figure: sl.figure, start: sl.figure.start, end: sl.figure.end, score: 1 };
  // (the same match won by the other side: no evidence for the note's claim, nothing to join — matches.ts)
  if (sl.verdict === 'unverified') return { figure: f, verdict: 'unverified', evidence: [], scope, fixes: [], frame: run.noteSide(f).frame, sourceFrame: side?.frame };
  const out: FigureResult = { figure: f, verdict: sl.verdict, evidence: [evidence], scope, fixes: [], frame: run.noteSide(f).frame, sourceFrame: side?.frame };
  if (sl.verdict === 'contradicted') out.fixes.push(...replaceFigureFix(run, f, evidence));
  run.scorelineVerdicts.set(f, sl);
  return out;
}

/**
 * The source figures in reach worth reading a frame for: every one whose value the note's agrees
 * with (wherever BM25 ranks its passage), and those that disagree but are of plausible size, in the
 * best-ranked passages only. Figures merely consistent with the note's decide nothing, and reading
 * a frame is the costly step of a check. At most MAX_CANDIDATE_FIGURES, from the best ranked
 * passages first.
 */
function* candidates(run: CheckRun, f: NoteFigure, where: Where): Steps<FrameCandidate<Place>[]> {
  const query = figureQuery(run.sentenceTokens(f.sentence), f);
  if (query.length === 0 && !(where && 'only' in where)) return [];
  const places: Place[] = [];
  const agree = run.exactAgree;
  const metric = run.noteSide(f).frame.metric;
  const ranked = run.index.figurePassages(query, f.kind, where);
  for (let rank = 0; rank < ranked.length && places.length < MAX_CANDIDATE_FIGURES; rank++) {
    const { passage } = ranked[rank];
    const figs = passage.figures;
    for (let at = 0; at < figs.length && places.length < MAX_CANDIDATE_FIGURES; at++) {
      if (worthFraming(run, f, figs[at], metric, agree, rank < V.disagreeingPassages, rank < V.farOffPassages)) places.push({ passage, figure: figs[at], at });
    }
  }
  return yield* framed(run, f, places);
}

/**
 * Is source figure g worth reading a frame for, for note figure f: comparable, and its value agrees
 * as the note reads it, or disagrees at a plausible size where disagreements are read at all?
 */
function worthFraming(run: CheckRun, f: Figure, g: Figure, noteMetric: readonly string[], agree: (a: Figure, b: Figure) => boolean, disagreements: boolean, farOff = false): boolean {
  if (!comparable(f, g)) return false;
  const relation = relateForNote(f, g, run.tolerance, agree, noteMetric, run.index.frames.lex);
  // (a value far off only in the best-ranked passages, where the words around it may be the very note's: rules.ts sameWordsContext)
  // (…and a twin of its digits under an open bound, for loneTwin: "more than 58,000" for "85,000")
  // (…and a range one end of which is the note's value, which may keep another figure from contradicting it: rules.ts rangeEnd)
  return relation === 'agree' || (relation === 'disagree' && disagreements && (farOff || plausible(f, g))) || (relation === 'consistent' && disagreements && (boundedTwin(f, g) || rangeEnd(f, g)));
}

/** The frames of the places (reading a passage's frames the first time is the costly step): a step after every CANDIDATES_PER_STEP. */
function* framed(run: CheckRun, f: Figure, places: Place[]): Steps<FrameCandidate<Place>[]> {
  const out: FrameCandidate<Place>[] = [];
  for (let i = 0; i < places.length; i++) {
    if (i > 0 && i % CANDIDATES_PER_STEP === 0) yield;
    const p = places[i];
    if (!comparable(f, p.figure)) continue;
    const side = run.index.frames.side(p.passage, p.figure, p.at);
    if (side) out.push({ figure: p.figure, side, ref: p });
  }
  return out;
}

function ruleOptions(run: CheckRun, f: NoteFigure): RuleOptions {
  return {
    tolerance: run.tolerance,
    exactAgree: run.exactAgree,
    comparable,
    idf: run.index.weigh,
    lex: run.index.frames.lex,
    veto: (j) => vetoed(run, f, (j as Judged<Place>).ref, j.side),
    samePassage: (a, b) => (a as Place).passage === (b as Place).passage,
    coStated: (j) => coStated(run, f, (j as Judged<Place>).ref),
    coStatedFirmly: (j) => coStated(run, f, (j as Judged<Place>).ref, true),
    coStatedRank: (j) => coStatedRank(run, f, (j as Judged<Place>).ref),
    scoreAlone: (j) => scoreAlone(run, f, (j as Judged<Place>).ref),
  };
}

function decideFor(run: CheckRun, f: NoteFigure, cands: FrameCandidate<Place>[], side: FrameSide = run.noteSide(f)): Steps<Decision<Place>> {
  return decideSteps({ figure: f, side }, cands, ruleOptions(run, f));
}

/**
 * The verdict on `f` among the figures of one passage only, its frame read as `side` (a reading of
 * the note other than its own: periodSlips.ts), with its evidence and the source frame behind it.
 */
export function decideInPassage(run: CheckRun, f: NoteFigure, passage: Passage, side: FrameSide): Pick<FigureResult, 'verdict' | 'evidence' | 'sourceFrame'> {
  const places: Place[] = [];
  const figs = passage.figures;
  const agree = run.exactAgree;
  for (let at = 0, n = Math.min(figs.length, MAX_PASSAGE_FIGURES_SEARCHED); at < n; at++) {
    if (worthFraming(run, f, figs[at], side.frame.metric, agree, true)) places.push({ passage, figure: figs[at], at });
  }
  const d = drain(decideFor(run, f, drain(framed(run, f, places)), side));
  const j = d.contradiction ?? d.supports[0];
  return { verdict: d.verdict, evidence: evidenceOf(run, d), sourceFrame: j?.side.frame };
}

function evidenceOf(run: CheckRun, d: Decision<Place>): Evidence[] {
  if (d.verdict === 'supported') return d.supports.map((j) => toEvidence(run, j));
  if (d.verdict === 'contradicted') return [toEvidence(run, d.contradiction!)];
  return [];
}

function toEvidence(run: CheckRun, j: Judged<Place>): Evidence {
  const { passage, figure } = j.ref;
  return { source: run.index.sourceOf(passage), passage, figure, start: figure.start, end: figure.end, score: j.alignment.score };
}

/**
 * Does the candidate's passage state another figure of the note's sentence too, besides its own
 * (firmly: one that is not weak, nor a place among the first few — "second" and "number two" are
 * everywhere in a story of charts: "the US' second best-selling DVD" is no sign that the note's
 * "Shall We Dance? was at number two" was written from its sentence)?
 */
function coStated(run: CheckRun, f: NoteFigure, c: Place, firmly = false): boolean {
  const siblings = run.siblingsNear(f, V.siblingsRead);
  // (a month or quarter named in words never: "in the fourth quarter" is in every story of a firm's results)
  return siblings.some((g) => !monthAlone(g) && !(firmly && (isWeak(g) || g.vague || (g.kind === 'ordinal' && g.value <= V.weakMaxValue))) && findFigure(c.passage, (h) => h !== c.figure && figuresAgree(g, h, run.tolerance)));
}

/**
 * Does the candidate's passage give, besides its figure, the place in a ranking another figure of
 * the note's sentence gives ("came third with $7.5m" / "… with $11.8m, coming in at number three")?
 */
function coStatedRank(run: CheckRun, f: NoteFigure, c: Place): boolean {
  const ranks = run.siblingsNear(f, V.siblingsRead).filter((g) => g.kind === 'ordinal');
  return ranks.length > 0 && !!findFigure(c.passage, (h) => h !== c.figure && h.kind === 'ordinal' && ranks.some((g) => g.value === h.value));
}

/**
 * The checker's own vetoes on a contradiction: a set of a scoreline; a value another figure of
 * the note's sentence states ("29 of our 60 years" against "29 years"); complementary shares ("31% drink" / "69% do
 * not"); the whole a share is taken of, against a smaller count; a date that anchors another figure
 * whose value the source does not share.
 */
function vetoed(run: CheckRun, f: NoteFigure, c: Place, side: FrameSide): boolean {
  const siblings = run.siblingsNear(f, V.siblingsRead);
  if (leftToScorelines(run, f)) return true;
  // (odds are a price that moves: the note's very odds stated in the same source, whoever's they
  // are there, is a quote the note may have taken — "a punter put £780 on Scott at 8-1" / "a bet of
  // £870 on the actor at odds of 8-1" beside "the closing list gave Scott odds of 6-9")
  if (f.kind === 'odds' && c.figure.kind === 'odds' && oddsStated(run, f, c.passage)) return true;
  // (…unless the note gives that value to another subject than the one the source gives it to, the
  // note figure's own: "Halifax put the rise at 0.4%, while Nationwide reported 0.8%" against
  // "Halifax said … 0.8% … Nationwide reported … 0.4%" — the note swapped them)
  // (…but not a bound the source's value falls outside: "more than 4 GHz, while Intel's fastest
  // reaches 3.6 GHz" / "Intel's fastest processor runs at 3.8 GHz" — no 3.8 is more than 4)
  if (siblings.some((g) => (g.value === c.figure.value || (figuresAgree(g, c.figure, run.tolerance) && !outsideBound(g, c.figure))) && !swappedSubjects(run, f, g, side) && !swappedStretches(run, f, g, c))) return true;
  // (…nor a value nearer another figure of the note's sentence, of its kind, where the source's
  // sentence states the note's own value beside it and not the other's: "The awards began in 1997
  // and were split … in 2003" / "running since 1997, but in 2002 … decided to split them" — 2002 is
  // the other date's, misquoted; two values swapped are each stated there, and stay contradictions)
  const nearer = siblings.filter((g) => g.kind === f.kind && g.kind === c.figure.kind && Math.abs(g.value - c.figure.value) < Math.abs(f.value - c.figure.value));
  if (nearer.length && statedBeside(run, f, c) && !nearer.some((g) => statedBeside(run, g, c) || figuresAgree(g, c.figure, run.tolerance))) return true;
  const change = run.noteSide(f).frame.role === 'change' || side.frame.role === 'change';
  // (unless the passage states both shares: "Japanese films … 37.5%, … foreign films … the remaining
  // 62.5%" — then "Japanese films took 62.5%" swaps them)
  // (not the same digits transposed: "72%" for "27%" is a misquote, whatever they add up to; nor
  // a half against a half, which only their hedges set apart: "fewer than 50%" / "more than 50%")
  if (!change && f.kind === 'percent' && c.figure.kind === 'percent' && f.value !== c.figure.value && Math.abs(f.value + c.figure.value - 100) <= Math.max(precisionUnit(f), precisionUnit(c.figure)) && !digitTwins(f, c.figure)) {
    // (…or gives the rest to another party, as the note's sentence does: "will own 30% of the
    // project, with Qatar's state oil company owning the rest" — then "Shell will hold 70% …, with
    // Qatar … owning the rest" swaps them)
    // (…or both say the one subject's share of the one thing, neither of those who do not: "Jordan's
    // Export & Finance Bank has bought 51% of National Bank of Iraq" / "… has bought 49% of National
    // Bank of Iraq" is no complement, a misquote)
    const negated = () => negatedAfter(run.note.figureText, f.end, run.note.figureText.length) || negatedAfter(run.index.sourceOf(c.passage).text, c.figure.end, c.passage.end);
    if (!findFigure(c.passage, (h) => h !== c.figure && figuresAgree(f, h, run.tolerance)) && !restNamed(run, f, c) && !(sameHoldersShare(run.noteSide(f).frame, side.frame) && !negated())) return true;
  }
  // the whole a share is taken of, against a count near that share of it: the note states the part,
  // worked out ("246,570 reports of identity theft" / "two in five of the 635,173 reports")
  if (f.kind !== 'percent' && c.figure.kind !== 'percent' && f.value < c.figure.value) {
    const sentence = sentenceOf(run, c.passage, c.figure);
    const share = sentence && shareOfWhole(sentence, c.figure);
    const part = share ? (share.value / 100) * c.figure.value : 0;
    if (share && Math.abs(f.value - part) <= V.partOfWholeSlack * part) return true;
    // (the part itself, the note's value: "removed all but 92 hereditary peers" / "all but 92 of the Lords' 750 hereditary peers")
    const stated = sentence && partOfWhole(sentence, c.figure);
    if (stated && stated.kind !== 'percent' && figuresAgree(f, stated, run.tolerance)) return true;
  }
  // the total of parts the source's sentence lists, the source figure one of them: "pay $28.5m" /
  // "agreed to pay $13m in criminal penalties, as well as $15.5m to settle a civil lawsuit"
  // (sums of money only: a count or an age plus some other number of its sentence is a sum by chance —
  // "won two of their last 10 games … the 43-year-old" adds up to a 45-year-old)
  if (f.kind === 'currency' && f.value > c.figure.value && totalOfParts(run, f, c)) return true;
  // (a month named alone dates the value beside it: the source's month must date that value too)
  if (monthAlone(f) && c.figure.kind === 'date' && monthDatesOther(f, siblings, c.figure, c.passage.figures, (a, b) => figuresAgree(a, b, run.tolerance))) return true;
  if (f.kind === 'year' || f.kind === 'quarter') {
    // (a record's date dates the record, not the event it is of: "Johnson's 400m world record dates from 1996")
    const recordDate = run.noteSide(f).frame.event === RECORD_EVENT;
    const near = recordDate ? [] : siblings.filter((g) => g.kind !== 'year' && g.kind !== 'quarter' && Math.min(Math.abs(g.start - f.end), Math.abs(f.start - g.end)) <= V.dateAnchorReach);
    // (the date of a change's end, not of its start: "grew from 9,858 to 10,820 in 2018" against "9,858 in 2017")
    const end = (g: NoteFigure) => run.noteSide(g).frame.end;
    const anchored = near.some((g) => end(g) === 'to') ? near.filter((g) => end(g) !== 'from') : near;
    if (anchored.length && !anchored.some((g) => findFigure(c.passage, (h) => figuresAgree(g, h, run.tolerance)))) return true;
  }
  return false;
}

/** Do two shares name one subject and one metric head, neither read as negated (complementary shares: vetoed)? */
function sameHoldersShare(n: ClaimFrame, s: ClaimFrame): boolean {
  const negated = (fr: ClaimFrame) => fr.denied === true || fr.metric.includes(NEGATED_ANSWER);
  return n.subject.length > 0 && sharesName(n.subject, s.subject) && n.metric[0] !== undefined && n.metric[0] === s.metric[0] && !negated(n) && !negated(s);
}

/** Does the sentence of the source's c state the note's f too, in another figure? */
function statedBeside(run: CheckRun, f: NoteFigure, c: Place): boolean {
  const sentence = sentenceOf(run, c.passage, c.figure);
  return !!sentence && sentence.figures.some((h) => h !== c.figure && figuresAgree(f, h, run.tolerance));
}

/** Is x's value outside the bound g states: below "more than g", above "fewer than g"? */
function outsideBound(g: Figure, x: Figure): boolean {
  return (g.hedge === 'over' && x.value < g.value) || (g.hedge === 'under' && x.value > g.value);
}

/**
 * Does the source of `passage` state the note's odds f in any passage (within
 * VERDICT_POLICY.oddsPassagesRead), of no one the note's sentence does not name? (Not "actor Jeremy
 * Edwards at 4-1" for a note giving 4-1 to another: a swap.)
 */
function oddsStated(run: CheckRun, f: NoteFigure, passage: Passage): boolean {
  const src = run.index.sourceOf(passage);
  const names = run.noteSide(f).frame.names;
  const n = Math.min(src.passages.length, V.oddsPassagesRead);
  for (let i = 0; i < n; i++) {
    const p = src.passages[i];
    const h = findFigure(p, (x) => x.kind === 'odds' && x.value === f.value && x.high === f.high);
    if (!h) continue;
    const theirs = run.index.frames.side(p, h)?.frame.subject ?? [];
    if (!theirs.length || sharesName(names, theirs)) return true;
  }
  return false;
}

/** The checker's vetoes (`vetoed`) on the note's f against the source's g of `passage`, read as `side`: a second reading's (restated.ts) contradiction keeps them. */
export function vetoedAt(run: CheckRun, f: NoteFigure, passage: Passage, g: Figure, side: FrameSide): boolean {
  return vetoed(run, f, { passage, figure: g, at: passage.figures.indexOf(g) }, side);
}

/**
 * Is the note's value, to its precision, the source figure plus one other value of its sentence, or
 * the sum of all of them (values comparable with the note's, at most SLOT_POLICY.maxValues)?
 */
function totalOfParts(run: CheckRun, f: NoteFigure, c: Place): boolean {
  const sentence = sentenceOf(run, c.passage, c.figure);
  if (!sentence) return false;
  const parts = sentence.figures.filter((h) => h !== c.figure && comparable(f, h) && h.unit === c.figure.unit && !h.vague);
  if (!parts.length || parts.length >= SLOT_POLICY.maxValues) return false;
  const near = (sum: number) => Math.abs(f.value - sum) <= precisionUnit(f) / 2;
  return parts.some((h) => near(c.figure.value + h.value)) || near(parts.reduce((a, h) => a + h.value, c.figure.value));
}

/** Words that give the rest of a whole to another party ("owning the rest", "the remaining shares"). */
const REST_WORDS = /\bthe (?:rest|remainder|remaining)\b/i;

/** Does the rest of the figure's sentence, after it (at most VERDICT_POLICY.restReach characters), give the rest of the whole to another party? */
function restAfter(text: string, end: number, limit: number): boolean {
  return sentenceAfterSays(text, end, limit, REST_WORDS);
}

/** Does the rest of the figure's sentence, after it (at most VERDICT_POLICY.restReach characters), hold `words`? */
function sentenceAfterSays(text: string, end: number, limit: number, words: RegExp): boolean {
  const after = text.slice(end, Math.min(limit, end + V.restReach));
  const stop = after.search(/[.!?](?:\s|$)/);
  return words.test(stop < 0 ? after : after.slice(0, stop));
}

/** Words that deny what a share counts ("69% of adults do not drink", "who never vote"): those who do not, the complement (negatedAfter). */
const NEGATION_WORDS = /\b(?:not|never|no longer)\b|n't\b/i;

/** Does the rest of the figure's sentence, after it (at most VERDICT_POLICY.restReach characters), deny what it counts ("69% of adults do not drink")? */
function negatedAfter(text: string, end: number, limit: number): boolean {
  return sentenceAfterSays(text, end, limit, NEGATION_WORDS);
}

/** …in the note figure's sentence and in the source figure's. */
function restNamed(run: CheckRun, f: NoteFigure, c: Place): boolean {
  return restAfter(run.note.figureText, f.end, run.note.figureText.length) && restAfter(run.index.sourceOf(c.passage).text, c.figure.end, c.passage.end);
}

/**
 * Does the source figure (`side`) belong to the note figure's own subject, where the note gives its
 * value to another subject in the sibling `g`? Subjects are the names each frame reads before its
 * figure. Or, the same for what they measure: the source figure measures what the note figure does
 * (the same metric head) and the sibling another ("demand … about 7.5% above normal, with stocks
 * some 14% below a year earlier" / "demand … about 14% above normal, while stocks were … 7.5%
 * below").
 */
function swappedSubjects(run: CheckRun, f: NoteFigure, g: NoteFigure, side: FrameSide): boolean {
  const mine = run.noteSide(f).frame;
  const sibling = run.noteSide(g).frame;
  const theirs = side.frame;
  if (mine.subject.length > 0 && sibling.subject.length > 0 && sharesName(mine.subject, theirs.subject) && !sharesName(sibling.subject, theirs.subject)) return true;
  // (values each followed by their own place, as lists give them: "growth of 2.2% in Germany and
  // 1.5% in France" / "growth of 1.5% in Germany next year and 2.2% in France" — the names before
  // a later value are the earlier one's)
  if (mine.placeAfter?.length && sibling.placeAfter?.length && theirs.placeAfter?.length && sharesName(mine.placeAfter, theirs.placeAfter) && !sharesName(sibling.placeAfter, theirs.placeAfter)) return true;
  const head = (fr: { metric: readonly string[] }) => fr.metric[0];
  return head(mine) !== undefined && head(sibling) !== undefined && head(mine) === head(theirs) && head(sibling) !== head(theirs) && !theirs.metric.includes(head(sibling)!);
}

/** A stretch's names alone (swappedStretches). */
const NAMES_ONLY: readonly TermSort[] = ['names'];

/**
 * Do the note's f and its sibling g say, each in its own stretch of words, what the source's two
 * stretches say the other way round: f names what c's stretch alone holds and nothing of the
 * stretch that states f's value, g the reverse ("The payment includes $4m in fines and more than $5m
 * for state compliance checks" / "… includes $5m in fines and more than $4m to fund state
 * compliance checks")? Read as slots.ts reads a support's stretch (stretches.ts notesOwn).
 */
function swappedStretches(run: CheckRun, f: NoteFigure, g: NoteFigure, c: Place): boolean {
  // (a note sentence of more values than stretches are read for is a list: none read, no work per sibling)
  if (run.figuresOf(f.sentence).length > SLOT_POLICY.maxListValues) return false;
  const sentence = sentenceOf(run, c.passage, c.figure);
  const cut = sentence && slotsOf(sentence.tokens, sentence.figures, f, c.figure);
  if (!sentence || !cut) return false;
  const other = cut.slots.findIndex((x, k) => k !== cut.mine && figuresAgree(f, x.value, run.tolerance));
  if (other < 0) return false;
  const swapped = (names: (h: NoteFigure, k: number) => boolean) => names(f, cut.mine) && !names(f, other) && names(g, other) && !names(g, cut.mine);
  // (…or by their names alone, the words around the first value the subject both share: "which sent
  // Reynolds shares up 4.5% and Altria shares up 5.11%" / "lifted Reynolds shares by 5.11% and Altria's by 4.5%")
  return swapped((h, k) => notesOwn(run, h, sentence, cut.slots, k)) || swapped((h, k) => notesOwn(run, h, sentence, cut.slots, k, NAMES_ONLY));
}

/**
 * Right figure, wrong source? Outside the cited sources, a figure stating the same value (the value
 * index finds it whatever its words), its metric met, every name of the note's sentence within its
 * reach, aligned at least as well as the contradiction inside the cited sources (if any). Another
 * source is named only on strong evidence. Every source so named, best first (at most WRONG_SOURCES_NAMED).
 */
function* wrongSource(run: CheckRun, f: NoteFigure, cited: ReadonlySet<number>, d: Decision<Place>): Steps<Judged<Place>[]> {
  // (a sentence naming nobody is about whom the sentences before it in its paragraph named: the
  // search reads it with their names, which every source it names must then reach — "Her winning
  // time there was 2:35.39" after "Kelly Holmes won the 1,000m"; when their names lead nowhere, the
  // sentence is sought as it stands: a value written precisely, stated of the same thing, names its
  // source by itself)
  const own = run.noteSide(f);
  const inherited = inheritedSide(run, f);
  // (a year's four digits are the calendar's, no precision of the value: its metric must be met whole)
  const precise = significantDigits(f) >= V.preciseDigits && f.kind !== 'year';
  // (a sentence that names nobody: only a value written precisely is sought at all — a round "8%"
  // or "two years" is stated somewhere in any corpus)
  if (!inherited && !own.frame.names.length && !precise) return [];
  // (a year is stated by that year alone: a share of it would reach decades either side)
  const places = run.index.figuresStating(f, cited, f.kind === 'year' ? 0 : WRONG_SOURCE_SPAN, WRONG_SOURCE_LIMIT, 0);
  const found = inherited ? yield* wrongSourceAs(run, f, d, inherited, places, precise) : [];
  return found.length ? found : yield* wrongSourceAs(run, f, d, own, places, precise);
}

/** wrongSource, the note's figure read as `side`, among the places stating its value outside the cited sources. */
function* wrongSourceAs(run: CheckRun, f: NoteFigure, d: Decision<Place>, side: FrameSide, places: Place[], precise: boolean): Steps<Judged<Place>[]> {
  const named = side.frame.names.length > 0;
  if (!named && !precise) return [];
  const age = side.frame.role === 'age';
  // Only a candidate with every name of the note within its reach can be named (namesAnother), and
  // only one that could be by its frame alone (decideOthers' `could`): those whose text shows a trace
  // of every name (nameReach.ts: never false where align finds them all) are framed first, and when
  // none of them could, no source is named, whatever the others would make of the decision.
  if (named) {
    // (what a check of this corpus found before, when the memo kept it: made only for a passage it did not)
    let reach: NameReach | undefined;
    const kept = run.index.reachKept(side.frame.names, side.frame.leads);
    // (once a passage: a passage of many figures of the value is read once, as it is framed once)
    const reached = new Map<Passage, boolean>();
    const near = places.filter((p) => {
      let r = reached.get(p.passage);
      if (r === undefined) {
        const pid = kept && run.index.pidOf(p.passage);
        r = pid === undefined ? undefined : kept!.get(pid);
        if (r === undefined) {
          reach ??= new NameReach(side.frame.names, side.frame.leads, run.index.cache(LEMMA_FORMS), run.index.cache(TITLE_TRACES));
          r = reach.mayReachAll(run.index.sourceOf(p.passage), p.passage);
          if (pid !== undefined) kept!.add(pid, r);
        }
        reached.set(p.passage, r);
      }
      return r;
    });
    kept?.keep();
    if (near.length < places.length) {
      const o = ruleOptions(run, f);
      const view = noteView(side, o.idf, o.lex);
      const could = (c: FrameCandidate<Place>) => {
        const b = alignmentBound(side, c.side, o.idf, o.lex, view);
        return !!b && namesAnother(b, named, precise, age);
      };
      const nearFramed = (yield* framed(run, f, near)).filter(could);
      if (!nearFramed.length) return [];
      // Nor when none of those that could is named by its own judgement: the source named is a
      // support that names another (`best` below), judged as every candidate is, on its own (its
      // alignment, context read, and `supports` are the candidate's alone, whatever the others; the
      // others only take supports away: a contradiction, a better support raising the evidence's
      // bar, a speaker for the note's subject) — so the others are never framed (at 100 MB, 510
      // passages fewer framed by the note's check). Judged best bound first, and only those whose
      // bound reaches the bar (`align` scores no higher).
      const note = { figure: f, side };
      const bar = wrongSourceBar(d);
      const bounded = nearFramed.map((c) => ({ c, score: alignmentBound(side, c.side, o.idf, o.lex, view)!.score })).filter((x) => x.score >= bar);
      bounded.sort((a, b) => b.score - a.score);
      let any = false;
      for (const { c } of bounded) {
        for (const j of yield* judgeSteps(note, [c], o)) if (supports(f, j, o) && namesAnother(j.alignment, named, precise, age) && j.alignment.score >= bar) any = true;
        if (any) break;
      }
      if (!any) return [];
    }
  }
  const others = yield* decideOthersBounded(run, f, places, named, precise, side);
  if (!others) return [];
  // (the best first; then each other source that states it as well, one passage each: a story the
  // corpus holds in several articles — which of them the note meant, the user knows)
  const bar = wrongSourceBar(d);
  const naming = others.supports.filter((j) => namesAnother(j.alignment, named, precise, age) && !aboutAnother(side, j, run));
  if (!naming.length || naming[0].alignment.score < bar) return [];
  const out: Judged<Place>[] = [];
  for (const j of naming) if (out.length < WRONG_SOURCES_NAMED && j.alignment.score >= bar && !out.some((x) => x.ref.passage.source === j.ref.passage.source)) out.push(j);
  return out;
}

/**
 * A figure of someone else's: the note's figure is about no one in particular (no subject), its
 * names are met only outside the source figure's sentence, and that sentence's own subject is a
 * name the note never gives — "third in enterprise software, behind SAP" is not "world number three
 * Roddick" of a report from the SAP Open.
 */
function aboutAnother(note: FrameSide, j: Judged<Place>, run: CheckRun): boolean {
  const lex = run.index.frames.lex;
  const theirs = j.side.frame.subject.filter((y) => !lex.knows(y) && !lex.isPlace(y));
  return note.frame.subject.length === 0 && j.alignment.namesMissing > 0 && theirs.length > 0 && !sharesName(note.frame.names, theirs);
}

/** The note's side of f read with the names its paragraph gave before it (CheckRun.inheritedNames), for the wrong-source search; undefined when there are none to read. */
function inheritedSide(run: CheckRun, f: NoteFigure): FrameSide | undefined {
  const inherited = run.inheritedNames(f);
  // (names that are all English words or places say too little whose figure it is: "Circuit City"
  // read as "city" would be met by "Park City", "the US" by any American story)
  const lex = run.index.frames.lex;
  if (!inherited?.names.some((x) => !lex.knows(x) && !lex.isPlace(x))) return undefined;
  const side = run.noteSide(f);
  return {
    frame: { ...side.frame, names: [...inherited.names], leads: inherited.leads },
    get referable() {
      return side.referable;
    },
    inheritedPeriod: side.inheritedPeriod,
  };
}

/** The alignment a support outside the cited sources needs to name its source: above the contradiction inside them (if any) by a margin. */
function wrongSourceBar(d: Decision<Place>): number {
  const contra = d.contradiction?.alignment.score ?? 0;
  return contra ? contra + WRONG_SOURCE_OVER_CONTRA : 0;
}

/**
 * The decision among the candidates outside the cited sources, as far as it can name another
 * source. Each candidate's best alignment from its frame alone is read first (alignment.ts
 * alignmentBound: never below `align`, nothing of its context — the sentences before it, its
 * source's lead and title — read; `contradicts` and namesAnother hold of it whenever they hold of
 * `align`'s): null when none could pass namesAnother even so (none can, whatever the rest of the
 * decision). Else the decision among those that could, alone, when the others provably change
 * nothing of what is asked of it: no candidate could contradict the note's value (so there is no
 * contradiction to weigh, and the disagreeing ones say nothing), none of the others speaks for the
 * note's subject in its own clause (judge's filter of those naming someone else), and each of the
 * others agreeing with the note aligns at best below every support that decision keeps as evidence
 * (so none ranks before one of them or becomes the best that sets the evidence's bar). Else the
 * decision among all of them.
 */
function* decideOthers(run: CheckRun, f: NoteFigure, cands: FrameCandidate<Place>[], named: boolean, precise: boolean, side: FrameSide): Steps<Decision<Place> | null> {
  const { could, whole, top } = othersOf(run, f, cands, named, precise, side);
  if (!could.length) return null;
  if (!whole && could.length < cands.length) {
    const few = yield* decideFor(run, f, could, side);
    if (few.verdict !== 'supported' || few.supports.every((j) => top < j.alignment.score)) return few;
  }
  return yield* decideFor(run, f, cands, side);
}

/**
 * What decideOthers reads of its candidates' bounds: those that could name their source (`could`,
 * in order), whether one of them could contradict the note's value or one of the others speaks for
 * its subject (`whole`), and the best bound of the others agreeing with the note (`top`).
 */
function othersOf(run: CheckRun, f: NoteFigure, cands: FrameCandidate<Place>[], named: boolean, precise: boolean, side: FrameSide): { could: FrameCandidate<Place>[]; whole: boolean; top: number } {
  const note = { figure: f, side };
  const o = ruleOptions(run, f);
  const could: FrameCandidate<Place>[] = [];
  const subject = note.side.frame.subject;
  const age = side.frame.role === 'age';
  let whole = false;
  let top = -Infinity; // the best alignment any other agreeing candidate could have
  const view = cands.length ? noteView(note.side, o.idf, o.lex) : undefined;
  for (const c of cands) {
    const b = alignmentBound(note.side, c.side, o.idf, o.lex, view);
    if (!b) continue; // (its frame rules it out: align blocks it too)
    const relation = judgedRelation(note, c, b, o);
    if (relation === 'disagree' && contradicts(f, { ...c, relation, alignment: b, noteSubject: subject, noteNames: note.side.frame.names }, o)) whole = true;
    if (namesAnother(b, named, precise, age)) could.push(c);
    else {
      if (relation === 'agree') top = Math.max(top, b.score);
      if (subject.length > 0 && speaksForSubject(subject, c, b)) whole = true;
    }
  }
  return { could, whole, top };
}

/**
 * decideOthers over `places`, framing only the candidates that could change its decision
 * (othersBound.ts: from the traces of the words in their passage's text, before any token or frame): those whose frame is at hand
 * (made already, or kept by the memo) and those that could be of `could` or make it `whole`; then,
 * when the few decide and support the note, those that could agree with a bound reaching the least
 * support kept. When one of those framed makes decideOthers decide among all, or could top a kept
 * support, every candidate is framed and decideOthers decides as it always has. Else its decision
 * is the few's, whatever the candidates left unframed (the argument: othersBound.ts).
 */
function* decideOthersBounded(run: CheckRun, f: NoteFigure, places: Place[], named: boolean, precise: boolean, side: FrameSide): Steps<Decision<Place> | null> {
  const frames = run.index.frames;
  const o = ruleOptions(run, f);
  const bounds = new OthersBound({ figure: f, frame: side.frame, tolerance: run.tolerance, exactAgree: run.exactAgree, idf: o.idf, lex: o.lex, named, precise, namesAnother });
  // (once a passage: its words — once a run, CheckRun.wordsOf — and their bound are the same for each of its figures)
  const byPassage = new Map<Passage, { words: TextWords; bound: WordsBound }>();
  const wordsAt = (p: Passage) => {
    let w = byPassage.get(p);
    if (!w) {
      const words = run.wordsOf(p);
      byPassage.set(p, (w = { words, bound: bounds.bound(words) }));
    }
    return w;
  };
  const first: Place[] = [];
  const rest: Place[] = [];
  for (const p of places) {
    if (!comparable(f, p.figure)) continue;
    const at = frames.frameAtHand(p.passage, p.figure, p.at);
    if (at) first.push(p);
    else {
      const w = wordsAt(p.passage);
      if (bounds.mayDecide(p.figure, w.words, w.bound, () => coStatedRank(run, f, p))) first.push(p);
      else rest.push(p);
    }
  }
  if (!rest.length) return yield* decideOthers(run, f, yield* framed(run, f, places), named, precise, side);
  const cands = yield* framed(run, f, first);
  const { could, whole, top } = othersOf(run, f, cands, named, precise, side);
  if (!could.length) return null;
  if (!whole) {
    const few = yield* decideFor(run, f, could, side);
    if (few.verdict !== 'supported') return few;
    const bar = Math.min(...few.supports.map((j) => j.alignment.score));
    if (top < bar) {
      const reach = rest.filter((p) => bounds.mayReach(p.figure, bar, wordsAt(p.passage).bound));
      const more = yield* framed(run, f, reach);
      if (othersOf(run, f, more, named, precise, side).top < bar) return few;
    }
  }
  return yield* decideOthers(run, f, yield* framed(run, f, places), named, precise, side);
}

/**
 * Is a support outside the cited sources strong enough to name its source? Its metric met, every
 * name of the note's sentence within its reach, aligned well (a person's age — `age`, the note
 * frame's role — less well: it has no words around it to meet); for a sentence that names nobody,
 * its metric met whole and aligned better.
 */
export function namesAnother(a: Pick<Alignment, 'metric' | 'score' | 'namesMissingWide'>, named: boolean, precise: boolean, age = false): boolean {
  if (!named) return a.metric >= V.metricMeets && a.score >= WRONG_SOURCE_SCORE_UNNAMED;
  return (a.metric >= V.metricMeets || (precise && a.metric >= V.metricModifierLevel)) && a.namesMissingWide === 0 && a.score >= (age ? WRONG_SOURCE_AGE_SCORE : WRONG_SOURCE_SCORE);
}

/**
 * A weak figure (a year, a small number) left unverified is supported when the passage behind
 * another figure of its sentence — agreeing or not — states it too: "350,000 GPUs by the end of
 * 2024", "took office in 1997 at the age of 44" against "in 1997 … at the age of 43".
 */
export function coSupport(run: CheckRun, results: FigureResult[]): void {
  const bySentence = new Map<number, FigureResult[]>();
  for (const r of results) {
    const list = bySentence.get(r.figure.sentence) ?? [];
    list.push(r);
    bySentence.set(r.figure.sentence, list);
  }
  for (const r of results) {
    if (r.verdict !== 'unverified' || !(isWeak(r.figure) || r.figure.kind === 'quarter')) continue;
    // (a rate the note states right after its figure is a claim of its own: "a £500m-a-year plan … by
    // 2010" is not stated by "a £500m initiative … by 2010", whatever its sentence's other figures)
    if (run.noteSide(r.figure).frame.perStated) continue;
    const siblings = bySentence.get(r.figure.sentence)!;
    if (siblings.length > V.coSupportSiblings) continue;
    found: for (const other of siblings) {
      if (other === r || other.verdict === 'unverified' || other.wrongSource) continue;
      for (const e of other.evidence) {
        const g = findFigure(e.passage, (x) => figuresAgree(r.figure, x, run.tolerance));
        // (not said the opposite way: "have won nine of their 14 matches" / "have lost nine of their 14")
        if (g && !saidOpposite(run, r.figure, e.passage, g)) {
          r.verdict = 'supported';
          r.evidence = [{ source: e.source, passage: e.passage, figure: g, start: g.start, end: g.end, score: e.score }];
          break found;
        }
      }
    }
  }
}


/** Are the note's figure f and the source's g said the opposite way (alignment.ts oppositeSides)? */
function saidOpposite(run: CheckRun, f: NoteFigure, passage: Passage, g: Figure): boolean {
  const theirs = run.index.frames.side(passage, g)?.frame;
  return !!theirs && oppositeSides(run.noteSide(f).frame, theirs, run.index.frames.lex);
}

/** The first figure of a passage that `pred` holds for, among its first MAX_PASSAGE_FIGURES_SEARCHED (a passage of thousands is a table). */
function findFigure(p: Passage, pred: (g: Figure) => boolean): Figure | undefined {
  const figs = p.figures;
  for (let i = 0, n = Math.min(figs.length, MAX_PASSAGE_FIGURES_SEARCHED); i < n; i++) if (pred(figs[i])) return figs[i];
  return undefined;
}

export type { FigureVerdict };
