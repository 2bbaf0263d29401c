// Verdict rules for figures: when an aligned source figure supports the note's figure, when a
// disagreeing one contradicts it, and when the figure is right but stated in another source than
// the one cited. Precision first: a false alarm costs more than a miss (the steps are laid out at
// the top of check.ts; every threshold is in policy.ts).
import { figuresAgree, precisionUnit } from '../figures';
import type { NoteFigure } from '../notes';
import type { Figure, Source } from '../types';
import { Candidate, rankCandidates } from './alignment';
import { namesOfSentence, referableTerms, sourceSubjectTerms, subjectNames } from './context';
import { addCitationFix, citeInsteadFix, replaceFigureFix } from './findings';
import { frameOf, framesDiffer } from './frames';
import * as P from './policy';
import type { Evidence, FigureResult, FigureVerdict } from './report';
import type { CheckRun } from './run';

/** The verdict on one note figure, with its evidence and fixes; `scope` is the cited sources (null: all). */
export function judgeFigure(run: CheckRun, f: NoteFigure, scope: Source[] | null): FigureResult {
  const inScope = scope ? new Set(scope.map((s) => s.index)) : null;
  const primary = rankCandidates(run, f, scope ? { only: scope } : null);
  const result = decide(run, f, primary, namesOfSentence(run, f.sentence));
  const out: FigureResult = { figure: f, verdict: result.verdict, evidence: result.evidence, scope, fixes: [] };

  if (scope && result.verdict !== 'supported' && !isWeak(f)) {
    const ev = wrongSource(run, f, inScope!, result);
    if (ev) {
      out.verdict = 'supported';
      out.evidence = [ev];
      out.wrongSource = ev;
      const fix = citeInsteadFix(run, f.sentence, ev.source, true);
      if (fix) out.fixes.push(fix);
      return out;
    }
  }
  if (out.verdict === 'contradicted') out.fixes.push(replaceFigureFix(run.index, f, out.evidence[0]));
  // Supported by a source the sentence does not cite: offer to add the citation.
  if (out.verdict === 'supported' && !scope) out.fixes.push(addCitationFix(run, f, out.evidence[0]));
  return out;
}

/**
 * Right figure, wrong source? Outside the cited sources, a well-aligned agreeing figure that
 * scores at least as well as the contradiction found inside them (if any).
 */
function wrongSource(run: CheckRun, f: NoteFigure, inScope: Set<number>, result: { verdict: FigureVerdict; evidence: Evidence[] }): Evidence | null {
  const others = rankCandidates(run, f, { except: inScope });
  const best = others.filter((c) => c.agree && c.local >= P.WRONG_SOURCE_MIN_LOCAL && c.score >= P.WRONG_SOURCE_MIN_SCORE && c.shared >= P.WRONG_SOURCE_MIN_SHARED)[0];
  const contra = result.verdict === 'contradicted' ? result.evidence[0].score : 0;
  return best && best.score >= contra ? toEvidence(run, best) : null;
}

/** Is the figure one whose value is easily matched by chance (a year, a small integer, a word)? */
export function isWeak(f: Figure): boolean {
  if (f.kind === 'year' || f.kind === 'multiplier') return true;
  if (f.scale === 1 && f.decimals === 0 && Math.abs(f.value) <= P.WEAK_MAX_VALUE && f.kind !== 'currency' && f.kind !== 'percent') return true;
  return false;
}

function toEvidence(run: CheckRun, c: Candidate): Evidence {
  return { source: run.index.sourceOf(c.passage), passage: c.passage, figure: c.figure, start: c.figure.start, end: c.figure.end, score: c.score };
}

/**
 * Significant digits as written ("14.3" → 3, "350,000" → 2, "82.0" → 2): a figure with three or
 * more is rarely matched by chance, so agreeing on it needs less context.
 */
function significantDigits(f: Figure): number {
  const digits = f.text.replace(/[^0-9]/g, '').replace(/^0+/, '').replace(/0+$/, '');
  return f.words ? 1 : digits.length;
}

/** Does an agreeing candidate carry enough context to call the note's figure supported? */
function supportsFigure(f: Figure, c: Candidate): boolean {
  if (!c.agree) return false;
  if (isWeak(f)) return (c.local >= P.WEAK_SUPPORT_MIN_LOCAL && c.shared >= 1) || c.global >= P.WEAK_SUPPORT_MIN_GLOBAL;
  if (significantDigits(f) >= P.DISTINCT_DIGITS && (c.shared >= 1 || c.global >= P.DISTINCT_SUPPORT_MIN_GLOBAL)) return true;
  return (c.local >= P.SUPPORT_MIN_LOCAL && c.shared >= 1) || c.global >= P.SUPPORT_MIN_GLOBAL;
}

function decide(run: CheckRun, f: NoteFigure, cands: Candidate[], names: string[]): { verdict: FigureVerdict; evidence: Evidence[] } {
  const supports = cands.filter((c) => supportsFigure(f, c));
  const bestSupport = supports[0];
  // The best-aligned disagreeing figure that passes every check (the first few in rank order: the
  // very best may speak of another subject, "Ray rose 25.6%" for a note about Weaviate).
  const contra = cands
    .filter((c) => !c.agree)
    .slice(0, P.CONTRA_CANDIDATES)
    .find((c) => isContradiction(run, f, c, names));
  if (bestSupport && (!contra || bestSupport.score >= P.SUPPORT_OVER_CONTRA * contra.score)) {
    const ev = supports
      .filter((c) => c.score >= P.EVIDENCE_SCORE_SHARE * bestSupport.score)
      .slice(0, P.MAX_EVIDENCE)
      .map((c) => toEvidence(run, c));
    return { verdict: 'supported', evidence: ev };
  }
  if (contra) return { verdict: 'contradicted', evidence: [toEvidence(run, contra)] };
  if (bestSupport) return { verdict: 'supported', evidence: [toEvidence(run, bestSupport)] };
  return { verdict: 'unverified', evidence: [] };
}

function isContradiction(run: CheckRun, f: NoteFigure, c: Candidate, names: string[]): boolean {
  const { note, index } = run;
  if (c.local < P.CONTRA_MIN_LOCAL || c.score < P.CONTRA_MIN_SCORE) return false;
  if (!(c.shared >= P.CONTRA_MIN_SHARED || (c.headShared && c.local >= P.CONTRA_HEAD_MIN_LOCAL))) return false;
  if (!plausible(f, c.figure)) return false;
  if (f.vague || c.figure.vague) return false;
  if (isWeak(f) && c.shared < P.CONTRA_MIN_SHARED) return false;
  // A source figure that another figure of the note's sentence already states is that figure's
  // evidence ("29 of our 60 years" against "29 years"), not a rival value for this one.
  if (note.figures.some((g) => g.sentence === f.sentence && g !== f && (g.value === c.figure.value || figuresAgree(g, c.figure, run.tolerance)))) return false;
  // Complementary shares ("31% drink" / "69% do not") state the same fact two ways.
  if (f.kind === 'percent' && c.figure.kind === 'percent' && Math.abs(f.value + c.figure.value - 100) <= Math.max(precisionUnit(f), precisionUnit(c.figure))) return false;
  // Rate vs total, figures of different years, dates in different roles: not the same quantity.
  const s = note.sentences[f.sentence];
  const nf = frameOf(note.figureText, f, note.figures.filter((g) => g.sentence === f.sentence), s.start, s.end);
  const src = index.sourceOf(c.passage);
  const sf = frameOf(src.text, c.figure, c.passage.figures, c.passage.start, c.passage.end);
  if (framesDiffer(nf, sf)) return false;
  // A date that anchors another figure ("In 2019, 900,000 passengers") is only wrong if that
  // figure matches the source's: otherwise the two sentences are simply about different data points.
  if (f.kind === 'year' || f.kind === 'quarter') {
    const anchored = note.figures.filter(
      (g) => g.sentence === f.sentence && g !== f && g.kind !== 'year' && g.kind !== 'quarter' && Math.min(Math.abs(g.start - f.end), Math.abs(f.start - g.end)) <= P.DATE_ANCHOR_REACH,
    );
    if (anchored.length && !anchored.some((g) => c.passage.figures.some((h) => figuresAgree(g, h, run.tolerance)))) return false;
  }
  // Every proper name of the note's sentence must occur where the contradicting figure can refer
  // to it: its sentence, the two before it in its paragraph, or the source's title.
  const terms = referableTerms(index, src, c.passage);
  for (const name of names) if (!terms.has(name)) return false;
  // The note's subject (the names before its figure: "Anthropic's Claude 3 Sonnet scored 79.0") must
  // be the source figure's too: named before it or right after it, not merely elsewhere in the
  // sentence ("Llama 3 70B … 82.0 on MMLU … competitive with Claude 3 Sonnet").
  const subject = subjectNames(run, f);
  if (subject.length && !subject.some((t) => sourceSubjectTerms(index, src, c.passage, c.figure).has(t))) return false;
  return true;
}

/** Are the two values of plausible size for one another (within 20×, or a scale slip such as million vs billion)? */
function plausible(a: Figure, b: Figure): boolean {
  if (a.kind === 'year' || a.kind === 'quarter' || b.kind === 'year' || b.kind === 'quarter') return Math.abs(a.value - b.value) <= P.YEAR_SLACK;
  const x = Math.abs(a.value);
  const y = Math.abs(b.value);
  if (x === 0 || y === 0) return x + y < P.ZERO_PLAUSIBLE_SUM;
  const ratio = Math.max(x, y) / Math.min(x, y);
  if (ratio <= P.PLAUSIBLE_RATIO) return true;
  // a scale slip: the same digits with a different scale word (14.3 million vs 14.3 billion)
  const l = Math.log10(ratio);
  return Math.abs(l - Math.round(l)) < 1e-6 && Math.round(l) % 3 === 0;
}

/**
 * A weak figure (a year, a small number) left unverified is supported when a passage that supports
 * another figure of the same sentence states it too: "350,000 GPUs by the end of 2024", where the
 * passage behind 350,000 also says 2024.
 */
export function coSupport(run: CheckRun, results: FigureResult[]): void {
  for (const r of results) {
    if (r.verdict !== 'unverified' || !isWeak(r.figure)) continue;
    for (const other of results) {
      if (other === r || other.figure.sentence !== r.figure.sentence || other.verdict !== 'supported') continue;
      for (const e of other.evidence) {
        const g = e.passage.figures.find((x) => figuresAgree(r.figure, x, run.tolerance));
        if (g) {
          r.verdict = 'supported';
          r.evidence = [{ source: e.source, passage: e.passage, figure: g, start: g.start, end: g.end, score: e.score }];
          break;
        }
      }
      if (r.verdict === 'supported') break;
    }
  }
}
