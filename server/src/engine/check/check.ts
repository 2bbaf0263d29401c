// Checking a note against the sources: a verdict for every figure, quote and citation, the
// diagnostics they raise, and the fixes that repair them. Plain data in, plain data out; the
// only state is the run's (run.ts) and the store's caches (store.ts).
//
// How a figure is judged (precision first: a false alarm costs more than a miss):
// 1. Scope: the sources cited by the sentence, else by its paragraph, else all sources.
// 2. Retrieval (retrieval.ts): BM25 over the scoped passages that hold a comparable figure, with
//    the sentence's words weighted by their closeness to the figure.
// 3. Alignment (alignment.ts, context.ts) of each candidate source figure: the words right around
//    the note's figure (the noun it counts, its unit, its subject) against the words right around
//    the source's figure (local score L), plus how much of the sentence the passage covers
//    (global score G).
// 4. Verdict (verdict.ts, frames.ts): `supported` when an agreeing figure is aligned;
//    `contradicted` only when the best aligned figure disagrees AND it shares at least two context
//    words (or the head word) with the note's figure, every proper name of the note's sentence
//    occurs in that source, the two values are of plausible size for one another (within 20× or
//    a scale slip such as million vs billion) and no agreeing figure is nearly as well aligned;
//    `unverified` otherwise.
// Every threshold and weight is named in policy.ts.
import { parseNote, NoteCitation, ParsedNote } from '../notes';
import type { PassageStore } from '../store';
import { positionAt } from '../text';
import type { Source } from '../types';
import { resolveCitation } from './citations';
import { citationFinding, figureFinding, FindingDraft, quoteFinding } from './findings';
import { DEFAULT_HEDGE_TOLERANCE } from './policy';
import { judgeQuote } from './quotes';
import { CheckOptions, DEFAULT_RULES, Finding, NoteReport, QuoteResult } from './report';
import { CheckRun } from './run';
import { coSupport, judgeFigure } from './verdict';

export function checkNote(text: string, store: PassageStore, options: CheckOptions = {}): NoteReport {
  const note = parseNote(text);
  return checkParsedNote(note, store, options);
}

export function checkParsedNote(note: ParsedNote, store: PassageStore, options: CheckOptions = {}): NoteReport {
  const run = new CheckRun(note, store, options.hedgeTolerance ?? DEFAULT_HEDGE_TOLERANCE);
  const diagnostics: Finding[] = [];
  const push = findingSink(note, options, diagnostics);

  const citations = note.citations.map((c) => resolveCitation(run.index, c));
  for (const r of citations) push(citationFinding(run.index, r));
  const citedSource = new Map<NoteCitation, Source | null>(citations.map((c) => [c.citation, c.source]));
  const scopeOf = (sentenceIndex: number): Source[] | null => {
    const s = note.sentences[sentenceIndex];
    let cites = s.citations;
    if (cites.length === 0) cites = note.blocks[s.block].citations;
    const srcs = [...new Set(cites.map((c) => citedSource.get(c)).filter((x): x is Source => !!x))];
    return srcs.length ? srcs : null;
  };

  const figures = note.figures.map((f) => judgeFigure(run, f, scopeOf(f.sentence)));
  coSupport(run, figures);
  for (const r of figures) push(figureFinding(run.index, r));

  const quotes: QuoteResult[] = [];
  for (const q of note.quotes) {
    const r = judgeQuote(run, q, scopeOf(q.sentence));
    quotes.push(r);
    push(quoteFinding(run, q, r));
  }

  diagnostics.sort((a, b) => a.start - b.start || a.end - b.end);
  return { note, figures, quotes, citations, diagnostics };
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
