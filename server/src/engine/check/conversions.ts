// Conversions: a note's sum restated in another currency ("$11bn (£7.5bn)") is judged against the
// cited source's own conversion of the same sum ("an $11bn (£5.7bn) accounting fraud"), not by the
// words around it — a conversion says what its sum says, and the source's words for the sum may
// meet the note's too little ("the fraud she uncovered" / "the discovery of … fraud"). Only a
// conversion left unverified changes, or one contradicted that the source's conversion supports (a
// sum of the same currency said of something else had won); the sum must be the source's (its
// evidence when supported, else a precise value whose place names what the note's sentence names),
// and the cited sources must convert it one way only. A conversion that agrees also supports a sum left unverified.
import { conversionOf, figuresAgree, isConversion } from '../figures';
import type { NoteFigure } from '../notes';
import type { Figure } from '../types';
import { CONVERSION_POLICY, MAX_PASSAGE_FIGURES_SEARCHED, VERDICT_POLICY as V } from './policy';
import { replaceFigureFix } from './findings';
import type { Evidence, FigureResult } from './report';
import { significantDigits } from './rules';
import type { AgreeingPlace, CheckRun } from './run';

/** Judges each unverified conversion of a note sum by the source's conversion of it. Changes the results in place. */
export function conversions(run: CheckRun, results: FigureResult[]): void {
  const byFigure = new Map<NoteFigure, FigureResult>(results.map((r) => [r.figure, r]));
  const text = run.note.figureText;
  for (const rb of results) {
    const b = rb.figure;
    // (a conversion contradicted by another sentence's sum is judged again: the source's own
    // conversion of the note's sum outranks a sum of the same currency said of something else —
    // "fined 3,000 euros, about £2,060" / "Wenger, who was fined £15,000")
    if ((rb.verdict !== 'unverified' && rb.verdict !== 'contradicted') || b.vague || rb.wrongSource || b.kind !== 'currency' || !b.unit) continue;
    const siblings = run.figuresOf(b.sentence);
    const a = siblings.find((g) => g.end <= b.start && isConversion(text, g, b)) ?? sumBefore(run, b);
    const ra = a && byFigure.get(a);
    if (!a || !ra || a.vague || ra.wrongSource) continue;
    const places = sumPlaces(run, ra, b);
    if (!places) continue;
    // the source's conversions of the sum into b's currency: one value, or no verdict
    let found: { place: AgreeingPlace; conv: Figure } | undefined;
    let ambiguous = false;
    for (const place of places) {
      const st = run.index.sourceOf(place.passage).text;
      const conv = conversionOf(st, place.passage.figures, place.figure, b.unit, MAX_PASSAGE_FIGURES_SEARCHED);
      if (!conv) continue;
      if (found && found.conv.value !== conv.value) ambiguous = true;
      found ??= { place, conv };
    }
    if (!found || ambiguous) continue;
    const { place, conv } = found;
    const source = run.index.sourceOf(place.passage);
    const onConv: Evidence = { source, passage: place.passage, figure: conv, start: conv.start, end: conv.end, score: 1 };
    const sourceFrame = run.index.frames.side(place.passage, conv)?.frame;
    if (figuresAgree(b, conv, run.tolerance)) {
      Object.assign(rb, { verdict: 'supported', evidence: [onConv], sourceFrame });
      if (ra.verdict === 'unverified') {
        const onSum: Evidence = { source, passage: place.passage, figure: place.figure, start: place.figure.start, end: place.figure.end, score: 1 };
        Object.assign(ra, { verdict: 'supported', evidence: [onSum], sourceFrame: run.index.frames.side(place.passage, place.figure)?.frame });
      }
    } else if (rb.verdict === 'unverified') {
      Object.assign(rb, { verdict: 'contradicted', evidence: [onConv], sourceFrame });
      rb.fixes.push(...replaceFigureFix(run, b, onConv));
    }
  }
}

/**
 * A sentence opening "In sterling" (CURRENCY_OPENER) restates the sum of a sentence before it, of
 * its paragraph: the nearest one's last sum in another currency ("Hallam plans to raise 70m euros.
 * Trading begins in May. In sterling the offering is worth about £48m."); undefined when b's
 * sentence opens otherwise.
 */
function sumBefore(run: CheckRun, b: NoteFigure): NoteFigure | undefined {
  const sentences = run.note.sentences;
  const mine = sentences[b.sentence];
  if (!mine || b.start - mine.start > CONVERSION_POLICY.openerChars || !CURRENCY_OPENER.test(run.note.figureText.slice(mine.start, b.start))) return undefined;
  // (the nearest of the paragraph's sentences before that states one, at most CONVERSION_POLICY.sentencesBack back)
  for (let si = b.sentence - 1; si >= Math.max(0, b.sentence - CONVERSION_POLICY.sentencesBack) && sentences[si].block === mine.block; si--) {
    const sums = run.figuresOf(si).filter((g) => g.kind === 'currency' && g.unit && g.unit !== b.unit);
    if (sums.length) return sums[sums.length - 1];
  }
  return undefined;
}

/** "In sterling", "In dollar terms", "In euros" opening a sentence: the currency its sum restates another's in. */
const CURRENCY_OPENER = /^\s*In\s+(?:sterling|pounds|dollars|euros|yen|(?:dollar|sterling|euro|yen)\s+terms|US\s+dollars)\b/i;

/**
 * Where the cited sources state the note's sum a: its evidence when supported; else, for a precise
 * sum ("$11bn" and "$27.5bn" rarely recur by chance with a conversion beside them; V.preciseDigits
 * less one, the conversion being the second figure that must meet), its agreeing places that name
 * what the note's sentence names.
 */
function sumPlaces(run: CheckRun, ra: FigureResult, b: NoteFigure): readonly AgreeingPlace[] | undefined {
  if (ra.verdict === 'supported') {
    const places: AgreeingPlace[] = ra.evidence.filter((e) => e.figure).map((e) => ({ passage: e.passage, figure: e.figure!, named: true }));
    const seen = new Set<Figure>(places.map((x) => x.figure));
    // (…and the same sum's other places in those sources, so that a source converting it two ways
    // gives no verdict: "set aside $2.6bn (£1.4bn) … the $2.6bn (£2.1bn) plan" — session 47)
    for (const e of ra.evidence) {
      const sum = e.figure;
      if (!sum) continue;
      let read = 0;
      for (const p of e.source.passages) {
        if (read >= CONVERSION_POLICY.sourceFiguresRead) break;
        for (let i = 0, n = Math.min(p.figures.length, MAX_PASSAGE_FIGURES_SEARCHED); i < n; i++, read++) {
          const g = p.figures[i];
          if (g.kind !== 'currency' || g.unit !== sum.unit || g.value !== sum.value || seen.has(g)) continue;
          seen.add(g);
          places.push({ passage: p, figure: g, named: true });
        }
      }
    }
    return places;
  }
  // (a round sum with a precise conversion: the two found together are the sum's place —
  // "3,000 euros, about £2,060" / "his 3000 euros (£2,060) punishment")
  if (ra.verdict !== 'unverified' || Math.max(significantDigits(ra.figure), significantDigits(b) - 1) < V.preciseDigits - 1) return undefined;
  const places = run.agreeing.get(ra.figure)?.filter((p) => p.named);
  return places?.length ? places : undefined;
}
