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
import { pageScope } from './pages';

export function checkNote(text: string, store: PassageStore, options: CheckOptions = {}): NoteReport {
  const note = parseNote(text);
  return checkParsedNote(note, store, options);
}

export function checkParsedNote(note: ParsedNote, store: PassageStore, options: CheckOptions = {}): NoteReport {
  const run = new CheckRun(note, store, options.hedgeTolerance ?? DEFAULT_HEDGE_TOLERANCE);
  const diagnostics: Finding[] = [];
  const push = findingSink(note, options, diagnostics);

  const citations = note.citations.map((c) => resolveCitation(run.index, c, options.bibliography));
  for (const r of citations) push(citationFinding(run.index, r));
  const citedSource = new Map<NoteCitation, Source | null>(citations.map((c) => [c.citation, c.source]));
  const scopeOf = (sentenceIndex: number): Source[] | null => {
    const s = note.sentences[sentenceIndex];
    let cites = s.citations;
    if (cites.length === 0) cites = note.blocks[s.block].citations;
    const srcs = [...new Set(cites.map((c) => citedSource.get(c)).filter((x): x is Source => !!x))];
    return srcs.length ? srcs : null;
  };

  const pagesOf = (sentenceIndex: number) => pageScope(note.sentences[sentenceIndex].citations, (c) => citedSource.get(c));
  const figures = note.figures.map((f) => judgeFigure(run, f, scopeOf(f.sentence), pagesOf(f.sentence)));
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
