// Checking a note against the sources: a verdict for every figure, quote and citation, the
// diagnostics they raise, and the fixes that repair them. Plain data in, plain data out; the
// only state is the run's (run.ts) and the store's caches (store.ts).
//
// How a figure is judged (precision first: a false alarm costs more than a miss):
// 1. Scope: the sources cited by the sentence, else by its paragraph, else all sources.
// 2. Retrieval (retrieval.ts): every passage of the cited sources that holds a comparable figure
//    (BM25 only orders them); over all sources, BM25 with the sentence's words weighted by their
//    closeness to the figure.
// 3. Claim frames (../frames/): for the note's figure and each candidate source figure, what it is
//    about — subject, metric, role (level, change, share, rank, age, date), period, per-unit — and
//    the interval its hedge and precision allow.
// 4. Alignment (alignment.ts): frames that cannot be the same claim are set aside (another role,
//    period, per-unit, a rival subject); the rest are scored on metric, subject, surrounding words
//    and explicit fields.
// 5. Verdict (rules.ts, verdict.ts): supported, contradicted or unverified by a few plain rules;
//    then, if the cited sources do not support it, another source stating the value (value index).
// Every threshold and weight is named in policy.ts.
//
// The work is bounded (limits.ts, policy.ts): a note over the size limit is not checked; past so many figures
// in a sentence or in the note, and so many quotes, the rest are not checked, and a check-limit
// finding says so once.
import { parseNote, NoteCitation, type NoteQuote, ParsedNote } from '../notes';
import type { PassageStore } from '../store';
import { positionAt } from '../text';
import type { Source } from '../types';
import { CitationResolver } from './citations';
import { citationFinding, figureFinding, FindingDraft, quoteFinding } from './findings';
import { checkedFigures, checkedQuotes, noteTooLarge, overNested, unparsedNote } from './limits';
import { DEFAULT_HEDGE_TOLERANCE, DEFAULT_MAX_NOTE_CHARS } from './policy';
import { judgeQuote } from './quotes';
import { CheckOptions, CitationResult, DEFAULT_RULES, FigureResult, Finding, NoteReport, QuoteResult } from './report';
import { drain, type Steps } from '../steps';
import { CheckRun } from './run';
import { coQuoted } from './coQuoted';
import { conversions } from './conversions';
import { counterparts } from './counterparts';
import { joinMatches } from './matches';
import { coSupport, judgeFigureSteps } from './verdict';
import { periodSlips, slippedYears } from './periodSlips';
import { relativeYears } from './relativeYears';
import { restated } from './restated';
import { swapped } from './swapped';
import { slots } from './slots';
import { quotedFigures } from './quotedFigures';
import { pageScope } from './pages';
import { Judgments } from './reuse';

export function checkNote(text: string, store: PassageStore, options: CheckOptions = {}): NoteReport {
  // a note over the limit is not even parsed
  if (text.length > (options.maxNoteChars ?? DEFAULT_MAX_NOTE_CHARS)) return checkParsedNote(unparsedNote(text), store, options);
  return checkParsedNote(parseNote(text), store, options);
}

export function checkParsedNote(note: ParsedNote, store: PassageStore, options: CheckOptions = {}): NoteReport {
  return drain(checkSteps(note, store, options));
}

/**
 * The same check in steps (engine/steps.ts): one after the citations, after each figure judged (and
 * within a figure, after every few candidate source figures framed or aligned: verdict.ts) and each
 * quote, so that a long note can be checked a slice at a time, and given up half-way.
 */
export function* checkSteps(note: ParsedNote, store: PassageStore, options: CheckOptions = {}): Steps<NoteReport> {
  const diagnostics: Finding[] = [];
  const push = findingSink(note, options, diagnostics);
  const maxChars = options.maxNoteChars ?? DEFAULT_MAX_NOTE_CHARS;
  if (note.text.length > maxChars) {
    push(noteTooLarge(note.text, maxChars));
    return { note, figures: [], quotes: [], citations: [], diagnostics };
  }
  for (const part of note.overNested ?? []) push(overNested(note.text, part));
  const run = new CheckRun(note, store, options.hedgeTolerance ?? DEFAULT_HEDGE_TOLERANCE, options.bibliography);

  const resolver = new CitationResolver(run.index, options.bibliography);
  const citations = note.citations.map((c) => resolver.resolve(c));
  run.names.cite(citations);
  for (const r of citations) push(citationFinding(run.names, r, resolver));
  yield;
  const scopeOf = scopes(note, citations);
  const cited = new Map<NoteCitation, Source | null>(citations.map((c) => [c.citation, c.source]));
  // the pages a sentence cites of paged sources ("[@report, p. 4]"), when any
  const pagesOf = (sentenceIndex: number) => pageScope(note.sentences[sentenceIndex].citations, (c) => cited.get(c));

  const checked = checkedFigures(note);
  // WordNet, which claim frames read, is loaded (once per process) in steps of its own
  if (checked.figures.length) yield* run.index.frames.lex.loadSteps();
  // (a figure whose block, scope and pages are as they were in the previous check of this note keeps its judgment: reuse.ts)
  const judgments = new Judgments(note, store, run.tolerance, options.bibliography, options.previous, options.keepJudgments === true);
  const judged: FigureResult[] = [];
  for (const f of checked.figures) {
    const scope = scopeOf(f.sentence);
    const pages = pagesOf(f.sentence);
    const kept = judgments.take(run, f, scope, pages);
    if (kept) {
      judged.push(kept);
      continue;
    }
    judged.push(judgments.keep(run, f, scope, pages, yield* judgeFigureSteps(run, f, scope, pages)));
    yield;
  }
  counterparts(run, judged);
  periodSlips(run, judged);
  slippedYears(run, judged);
  relativeYears(run, judged);
  restated(run, judged);
  conversions(run, judged);
  coQuoted(run, judged);
  swapped(run, judged);
  slots(run, judged);
  coSupport(run, judged);
  // (each quotation judged once: a figure inside one found word for word is the source's, quotedFigures.ts)
  const quoted = checkedQuotes(note);
  const quoteResults = new Map<NoteQuote, QuoteResult>();
  const judgeQuoted = (q: NoteQuote): QuoteResult => {
    let r = quoteResults.get(q);
    if (!r) quoteResults.set(q, (r = judgeQuote(run, q, scopeOf(q.sentence))));
    return r;
  };
  quotedFigures(run, judged, quoted.quotes, judgeQuoted);
  const figures = joinMatches(run, judged);
  for (const r of figures) push(figureFinding(run.names, r));
  for (const f of checked.limits) push(f);

  const quotes: QuoteResult[] = [];
  for (const q of quoted.quotes) {
    const r = judgeQuoted(q);
    quotes.push(r);
    push(quoteFinding(run, q, r));
    yield;
  }
  push(quoted.limit);

  diagnostics.sort((a, b) => a.start - b.start || a.end - b.end);
  return { note, figures, quotes, citations, diagnostics, names: run.names, judgments: judgments.done() };
}

/**
 * The sources in scope of each sentence: those its citations name, else those of its paragraph,
 * else null (all). Found once per sentence or paragraph: a paragraph may hold thousands of citations.
 */
function scopes(note: ParsedNote, citations: CitationResult[]): (sentence: number) => Source[] | null {
  const cited = new Map<NoteCitation, Source | null>(citations.map((c) => [c.citation, c.source]));
  const bySentence = new Map<number, Source[] | null>();
  const byBlock = new Map<number, Source[] | null>();
  const of = (cites: NoteCitation[]): Source[] | null => {
    const srcs = [...new Set(cites.map((c) => cited.get(c)).filter((x): x is Source => !!x))];
    return srcs.length ? srcs : null;
  };
  const memo = <K>(m: Map<K, Source[] | null>, k: K, make: () => Source[] | null) => {
    let v = m.get(k);
    if (v === undefined) m.set(k, (v = make()));
    return v;
  };
  return (si) => {
    const s = note.sentences[si];
    if (s.citations.length) return memo(bySentence, si, () => of(s.citations));
    return memo(byBlock, s.block, () => of(note.blocks[s.block].citations));
  };
}

/** Where findings go: given their severity by the rules, unless the rule is off or the line says grounded-ignore. */
function findingSink(note: ParsedNote, options: CheckOptions, diagnostics: Finding[]): (f: FindingDraft | null) => void {
  const rules = { ...DEFAULT_RULES, ...(options.rules ?? {}) };
  return (f) => {
    if (!f) return;
    const setting = rules[f.code];
    if (setting === 'off') return;
    const line = positionAt(note.lineStarts, f.start).line;
    const ign = note.ignored.get(line);
    if (ign && (ign.has('*') || ign.has(f.code))) return;
    diagnostics.push({ ...f, severity: setting });
  };
}
