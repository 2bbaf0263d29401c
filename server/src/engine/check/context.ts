// What stands around a figure: the content words on each side (its noun, unit and subject), the
// terms a source passage can refer to, and the proper names of a note's sentence. Alignment
// compares these between a note's figure and a source's.
import type { NoteFigure } from '../notes';
import type { DerivedKey } from '../store';
import type { Token } from '../text';
import type { Figure, Passage, Source } from '../types';
import { FIGURE_WORDS, LEADING_PASSAGES, WINDOW, WINDOW_DECAY } from './policy';
import type { Retrieval } from './retrieval';
import type { CheckRun } from './run';

export interface WindowTerm {
  term: string;
  weight: number;
}

/** A year, a quarter or a day of a month: when something happened, not how much. */
function isTimeAnchor(f: Figure): boolean {
  return f.kind === 'year' || f.kind === 'quarter' || f.kind === 'date';
}

/** Content words around a figure, nearest first, stopping at the neighbouring figures. */
export function windowAround(tokens: readonly Token[], fig: Figure, others: readonly Figure[]): { before: WindowTerm[]; after: WindowTerm[] } {
  const figStart = fig.hedgeStart ?? fig.start;
  let leftWall = -Infinity;
  let rightWall = Infinity;
  // A date qualifies its whole clause ("could double by 2026", "350,000 GPUs by the end of 2024"):
  // its context runs past the neighbouring figures.
  const dated = isTimeAnchor(fig);
  for (const o of dated ? [] : others) {
    if (o === fig || (o.start === fig.start && o.end === fig.end)) continue;
    // a date is not a rival quantity: "costs in 2018 to $91 billion" keeps "costs" for the $91 billion,
    // "profit for the quarter to 30 September was $25m" keeps "profit" for the $25m
    if (isTimeAnchor(o)) continue;
    if (o.end <= figStart) leftWall = Math.max(leftWall, o.end);
    else if (o.start >= fig.end) rightWall = Math.min(rightWall, o.start);
  }
  const before: WindowTerm[] = [];
  const after: WindowTerm[] = [];
  for (let i = tokens.length - 1; i >= 0 && before.length < WINDOW; i--) {
    const t = tokens[i];
    if (t.end > figStart) continue;
    if (t.start < leftWall) break;
    if (isInsideFigureText(t, fig)) continue;
    before.push({ term: t.term, weight: 1 / (1 + WINDOW_DECAY * before.length) });
  }
  for (let i = 0; i < tokens.length && after.length < WINDOW; i++) {
    const t = tokens[i];
    if (t.start < fig.end) continue;
    if (t.start >= rightWall) break;
    after.push({ term: t.term, weight: 1 / (1 + WINDOW_DECAY * after.length) });
  }
  return { before, after };
}

export function isInsideFigureText(t: Token, f: Figure): boolean {
  return t.start >= f.start && t.end <= f.end;
}

/** The words of a window that say what the figure measures (FIGURE_WORDS left out). */
export function contextTerms(ws: WindowTerm[]): WindowTerm[] {
  return ws.filter((w) => !FIGURE_WORDS.has(w.term));
}

/** Per store: each source figure's context words with their weights (the same for every note). */
const SOURCE_WINDOWS: DerivedKey<Map<Figure, Map<string, number>>> = { name: 'check: source figure windows', create: () => new Map() };

/** Context words around a source's figure with their weights (cached with the store). */
export function sourceWindow(index: Retrieval, p: Passage, sf: Figure): Map<string, number> {
  const cache = index.cache(SOURCE_WINDOWS);
  let w = cache.get(sf);
  if (!w) {
    const sw = windowAround(index.passageTokens(p), sf, p.figures);
    w = new Map<string, number>();
    for (const t of contextTerms([...sw.before, ...sw.after])) w.set(t.term, Math.max(w.get(t.term) ?? 0, t.weight));
    cache.set(sf, w);
  }
  return w;
}

/** Per store: the terms each source passage can refer to. */
const REFERABLE_TERMS: DerivedKey<Map<Passage, Set<string>>> = { name: 'check: referable terms', create: () => new Map() };

/**
 * Index terms a passage can refer to: its own, those of the two passages before it in the same
 * paragraph (where its subject is usually named: "Scale AI. Meta invested $14.3 billion…"), and
 * the source's title. Not the passages after it: "Ray grew 25.6% … Weaviate grew 11.4%" must not
 * let the 25.6% speak for Weaviate. Cached with the store.
 */
export function referableTerms(index: Retrieval, src: Source, p: Passage): Set<string> {
  const cache = index.cache(REFERABLE_TERMS);
  let set = cache.get(p);
  if (!set) {
    set = leadingTerms(index, src, p);
    for (const t of index.passageTokens(p)) set.add(t.term);
    cache.set(p, set);
  }
  return set;
}

/** The source's title and the two passages before p in its paragraph: where p's subject is named. */
function leadingTerms(index: Retrieval, src: Source, p: Passage): Set<string> {
  const set = new Set(index.tokenize(src.meta.title).map((t) => t.term));
  for (let i = Math.max(0, p.index - LEADING_PASSAGES); i < p.index; i++) {
    if (src.passages[i].paragraph !== p.paragraph) continue;
    for (const t of index.passageTokens(src.passages[i])) set.add(t.term);
  }
  return set;
}

/**
 * Terms a source figure can have as its subject: the source's title (whom the article is about),
 * before the figure (in its sentence and the two before) and just after it.
 */
export function sourceSubjectTerms(index: Retrieval, src: Source, p: Passage, sf: Figure): Set<string> {
  const set = leadingTerms(index, src, p);
  const toks = index.passageTokens(p);
  for (const t of toks) if (t.end <= (sf.hedgeStart ?? sf.start)) set.add(t.term);
  // just after: the figure's own context window (its unit or noun: "82.0 on the MMLU benchmark")
  for (const w of windowAround(toks, sf, p.figures).after) set.add(w.term);
  return set;
}

/**
 * Proper names of a sentence: capitalised words. A sentence's first word counts only when the
 * sources never write it in lower case ("Weaviate grew…") or do not use it at all ("Google
 * planned…" in a corpus that never names Google), since most sentences start with an ordinary word.
 */
function properNames(index: Retrieval, text: string, tokens: readonly Token[], sentenceStart: number): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const c = text.charCodeAt(t.start);
    if (c < 65 || c > 90) continue;
    const prev = text.slice(Math.max(sentenceStart, t.start - 2), t.start);
    const initial = t.start === sentenceStart || /[.:!?]\s$/.test(prev) || /["“(*_]$/.test(prev);
    if (initial && index.has(t.term) && !index.isName(t.term)) continue;
    out.push(t.term);
  }
  return out;
}

/** Proper names of a note sentence, as index terms. */
export function namesOfSentence(run: CheckRun, si: number): string[] {
  const s = run.note.sentences[si];
  return properNames(run.index, run.note.figureText, run.sentenceTokens(si), s.start);
}

/** Proper names of the note's sentence that stand before the figure. */
export function subjectNames(run: CheckRun, f: NoteFigure): string[] {
  const s = run.note.sentences[f.sentence];
  const before = run.sentenceTokens(f.sentence).filter((t) => t.end <= (f.hedgeStart ?? f.start));
  return properNames(run.index, run.note.figureText, before, s.start);
}
