// Findings: the wording of every diagnostic the checker raises, and the fixes that repair them.
// Verdicts are decided elsewhere (verdict.ts, quotes.ts, citations.ts); this is what they say.
import type { NoteCitation, NoteFigure, NoteQuote, ParsedNote } from '../notes';
import { entryLabel } from '../bibliography';
import { MONTH_NAMES, periodInWords } from '../frames/summary';
import { placeOf } from '../sources';
import type { Figure, Passage, Source } from '../types';
import type { Period } from '../frames/types';
import type { CitationResolver } from './citations';
import { replaceFigureFixes } from './hedgedFix';
import { CLOSEST_PASSAGE_CHARS, MAX_AMBIGUOUS_LISTED, QUOTE_FIX_TITLE_CHARS, QUOTE_MIN_WORDS, SOURCE_TITLE_CHARS } from './policy';
import type { CitationResult, Evidence, FigureResult, Finding, Fix, QuoteResult } from './report';
import type { SourceNames, SourceNaming } from './names';
import type { CheckRun } from './run';

/** A finding before the rules give it its severity (or turn it off). */
export type FindingDraft = Omit<Finding, 'severity'>;

/** An ambiguous or unknown citation key. */
export function citationFinding(index: SourceNames, r: CitationResult, resolver: CitationResolver): FindingDraft | null {
  const c = r.citation;
  if (r.source) return null;
  if (r.entry) {
    return {
      start: c.start,
      end: c.end,
      code: 'citation-without-source',
      message: `"@${c.key}" is in the bibliography (${clip(entryLabel(r.entry), SOURCE_TITLE_CHARS * 2)}) but no source file has its text: nothing to check against.`,
      fixes: [],
    };
  }
  if (r.ambiguous) {
    const candidates = r.ambiguous;
    const names = candidates.slice(0, MAX_AMBIGUOUS_LISTED).map((s) => s.key);
    return {
      start: c.start,
      end: c.end,
      code: 'ambiguous-source',
      message: `"@${c.key}" matches ${candidates.length} sources: ${names.join(', ')}${candidates.length > MAX_AMBIGUOUS_LISTED ? ', …' : ''}. Use a longer key.`,
      fixes: candidates
        .slice(0, MAX_AMBIGUOUS_LISTED)
        .map((s) => ({ title: `Cite ${index.shortKey(s)} (${s.meta.title})`, edits: [{ start: c.start + 1, end: c.end, newText: index.shortKey(s) }] })),
    };
  }
  const similar = resolver.similar(c.key);
  const hint = similar.length
    ? `. Did you mean ${listOr(similar.map((k) => '@' + sourceLabel(k.source, k.key)))}?`
    : index.sources.length === 0
      ? ' (no sources are indexed: check the source folders setting).'
      : '.';
  return {
    start: c.start,
    end: c.end,
    code: 'unknown-source',
    message: `Unknown source "@${c.key}": no source has this id, alias or file name${hint}`,
    fixes: similar.map((k, i) => ({
      title: `Change to @${k.key}${titled(k.source, k.key) ? ` (${clip(k.source.meta.title, SOURCE_TITLE_CHARS)})` : ''}`,
      edits: [{ start: c.start + 1, end: c.end, newText: k.key }],
      preferred: i === 0 && similar.length === 1,
    })),
  };
}

/** How a message names the stretch of a year a figure covers: the whole of it, or a part (rules.ts stretchSlip). */
function stretchOf(p: Period | undefined): string | undefined {
  if (!p) return undefined;
  if (p.annual) return 'the full year';
  if (p.quarter !== undefined || p.someQuarter) return 'a quarter';
  if (p.half !== undefined) return 'a half-year';
  if (p.month !== undefined || p.months !== undefined) return 'part of the year';
  return undefined;
}

/** How a message names a change's direction. */
const DIRECTION_NOUN: Readonly<Record<string, string>> = { up: 'a rise', down: 'a fall' };

/** A month's name (1-based). */
function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? `month ${month}`;
}

/** "a day", "an hour": a rate's unit with its article. */
function perUnit(unit: string): string {
  return `${/^(?:hour|[aeio])/.test(unit) ? 'an' : 'a'} ${unit}`;
}

/** A contradicted figure, a right figure in the wrong source, or an unverified one. */
export function figureFinding(index: SourceNaming, r: FigureResult): FindingDraft | null {
  const f = r.figure;
  const shown = asWritten(f);
  if (r.verdict === 'contradicted') {
    const e = r.evidence[0];
    const key = index.shortKey(e.source);
    const srcFig = e.figure!;
    let said = (srcFig.hedgeText ? srcFig.hedgeText + ' ' : '') + asWritten(srcFig);
    let noted = shown;
    // rates per different units of time: the units are the disagreement ("10,000 a week" / "a month")
    const [np, sp] = [r.frame?.per, r.sourceFrame?.per];
    if (np && sp && np !== sp) {
      noted += ` ${perUnit(np)}`;
      said += ` ${perUnit(sp)}`;
    } else if (np && !sp && r.sourceFrame && srcFig.value === f.value) {
      // a total given as a rate ("18 million a month" / "18 million in 2004"): the stretch is the disagreement
      const stretch = periodInWords(r.sourceFrame.period);
      noted += ` ${perUnit(np)}`;
      said += stretch ? `, a total ${stretch.startsWith('by ') ? '' : 'for '}${stretch}` : ', a total';
    }
    // the very value for another stretch of the year ("$186m, for the full year" / "$186m, for a quarter"): the stretch is the disagreement
    const [ns, ss] = [stretchOf(r.frame?.period), stretchOf(r.sourceFrame?.period)];
    if (srcFig.value === f.value && ns && ss && ns !== ss) {
      noted += `, for ${ns}`;
      said += `, for ${ss}`;
    }
    // …or for another month ("12.6% in February" / "12.6% in January"): the month is the disagreement
    const [nm, sm] = [r.frame?.period.month, r.sourceFrame?.period.month];
    if (srcFig.value === f.value && nm !== undefined && sm !== undefined && nm !== sm) {
      noted += ` in ${monthName(nm)}`;
      said += ` in ${monthName(sm)}`;
    }
    // the very value as a change and as the level reached ("fell by 2.9bn euros" / "fell 36% to
    // 2.9bn euros": roleSlip.ts): the roles are the disagreement
    if (srcFig.value === f.value && r.frame?.role === 'change' && r.sourceFrame?.role === 'level') {
      noted += ', the change';
      said += ', the level reached';
    }
    // changes the opposite way: the directions are the disagreement ("2 percentage points, a rise" / "a fall")
    const [nd, sd] = [r.frame?.direction, r.sourceFrame?.direction];
    if (nd && sd && nd !== sd) {
      noted += `, ${DIRECTION_NOUN[nd]}`;
      said += `, ${DIRECTION_NOUN[sd]}`;
    }
    return {
      start: f.start,
      end: f.end,
      code: 'figure-mismatch',
      // an uncited figure: the reader has no key in mind, so the source gets its title too
      message: `The note says ${noted}; source ${r.scope ? `${key} says ${said} (${placeOf(e.passage)})` : `${sourceAt(e.source, key, e.passage)} says ${said}`}.`,
      fixes: r.fixes,
      related: e,
    };
  }
  if (r.wrongPage) {
    const e = r.wrongPage;
    return {
      start: f.start,
      end: f.end,
      code: 'figure-wrong-source',
      message: `${shown} is stated on ${placeOf(e.passage)} of ${index.shortKey(e.source)}, not on the cited ${r.citedPages ?? 'page'}.`,
      fixes: r.fixes,
      related: e,
    };
  }
  if (r.wrongSource) {
    const e = r.wrongSource;
    const cited = (r.scope ?? []).map((s) => index.shortKey(s)).join(', ');
    return {
      start: f.start,
      end: f.end,
      code: 'figure-wrong-source',
      message: `${shown} is stated in ${sourceAt(e.source, index.shortKey(e.source), e.passage)}, not in the cited ${cited}.${alsoIn(r, index)}`,
      fixes: r.fixes,
      related: e,
    };
  }
  if (r.verdict === 'unverified') {
    const where = r.scope ? listOr(r.scope.map((s) => index.shortKey(s))) : 'any source';
    return { start: f.start, end: f.end, code: 'figure-unverified', message: `Unverified: no passage in ${where} states ${shown}.`, fixes: [] };
  }
  return null;
}

/** A quote of two words or more not found where it is cited: where it is instead, or what is closest. */
export function quoteFinding(run: CheckRun, q: NoteQuote, r: QuoteResult): FindingDraft | null {
  const index = run.names;
  const words = q.text.split(/\s+/).filter(Boolean).length;
  if (r.verdict !== 'not-found' || words < QUOTE_MIN_WORDS) return null;
  const scope = r.scope;
  const where = scope ? scope.map((s) => index.shortKey(s)).join(', ') : 'the sources';
  let message: string;
  const fixes: Fix[] = [];
  if (r.foundElsewhere) {
    const e = r.foundElsewhere;
    message = `Quote not found in ${where}; it is in ${sourceAt(e.source, index.shortKey(e.source), e.passage)}.`;
    const fix = citeInsteadFix(run, q.sentence, e.source, false);
    if (fix) fixes.push(fix);
  } else if (r.evidence.length) {
    const e = r.evidence[0];
    message = `Quote not found in ${where}. Closest (${index.shortKey(e.source)}, ${placeOf(e.passage)}): "${clip(r.suggestion ?? e.passage.text, CLOSEST_PASSAGE_CHARS)}"`;
    if (r.suggestion) fixes.push({ title: `Use the source's words: "${clip(r.suggestion, QUOTE_FIX_TITLE_CHARS)}"`, edits: [{ start: q.start, end: q.end, newText: r.suggestion }], preferred: true });
  } else {
    message = `Quote not found in ${where}.`;
  }
  return { start: q.start, end: q.end, code: 'quote-not-found', message, fixes, related: r.foundElsewhere ?? r.evidence[0] };
}

// ---------------------------------------------------------------------------------------------
// Fixes

/** The citation a sentence leans on: its own first one, else its paragraph's. */
function citationOf(note: ParsedNote, si: number): NoteCitation | undefined {
  const sentence = note.sentences[si];
  return sentence.citations[0] ?? note.blocks[sentence.block].citations[0];
}

/** Cite `source` instead of the citation sentence `si` leans on (none without one). */
export function citeInsteadFix(run: CheckRun, si: number, source: Source, namePrevious: boolean): Fix | null {
  const cite = citationOf(run.note, si);
  if (!cite) return null;
  const key = run.names.shortKey(source);
  return { title: namePrevious ? `Cite ${key} instead of ${cite.key}` : `Cite ${key} instead`, edits: [{ start: cite.start + 1, end: cite.end, newText: key }], preferred: true };
}

/** Replace a contradicted figure with the source's value in the note's format, hedge kept (hedgedFix.ts). */
export function replaceFigureFix(run: Pick<CheckRun, 'names' | 'note'>, f: NoteFigure, e: Evidence): Fix[] {
  return replaceFigureFixes(run.names, f, e, run.note);
}

/** Add a citation of the supporting source at the end of the figure's sentence (before its final punctuation). */
export function addCitationFix(run: CheckRun, f: NoteFigure, e: Evidence): Fix {
  const { note } = run;
  const key = run.names.shortKey(e.source);
  const sentence = note.sentences[f.sentence];
  let at = sentence.end;
  while (at > sentence.start && /[.!?;:]/.test(note.text[at - 1])) at--;
  return { title: `Cite ${key} (${clip(e.source.meta.title, SOURCE_TITLE_CHARS)})`, edits: [{ start: at, end: at, newText: ` [@${key}]` }] };
}

// ---------------------------------------------------------------------------------------------
// Wording helpers

/** Does the title tell more than the key (a title that is the file name does not)? */
function titled(s: Source, key: string): boolean {
  const t = s.meta.title.trim().toLowerCase();
  return t !== '' && t !== key.toLowerCase() && t !== s.key.toLowerCase();
}

/** A source named for people: its key and, when it tells more, its title: `002 ("Personal superintelligence: inside…")`. */
export function sourceLabel(s: Source, key: string): string {
  return titled(s, key) ? `${key} ("${clip(s.meta.title, SOURCE_TITLE_CHARS)}")` : key;
}

/** A passage's place for people: `002 ("Personal superintelligence: inside…", line 24)`, `002 (line 24)`, or `report (p. 4)` in a PDF. */
function sourceAt(s: Source, key: string, p: Passage): string {
  return `${key} (${titled(s, key) ? `"${clip(s.meta.title, SOURCE_TITLE_CHARS)}", ` : ''}${placeOf(p)})`;
}

/** " Also in b and c." — the other sources a wrong source's figure is stated in (its evidence after the first), or "". */
function alsoIn(r: FigureResult, index: SourceNaming): string {
  const keys = r.evidence.filter((e) => e !== r.wrongSource).map((e) => index.shortKey(e.source));
  return keys.length ? ` Also in ${listAnd(keys)}.` : '';
}

/** "a", "a and b", "a, b and c". */
export function listAnd(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "a", "a or b", "a, b or c". */
function listOr(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** A figure as its source writes it, with "350, 000" tidied to "350,000". */
export function asWritten(f: Figure): string {
  return f.text.replace(/(\d),\s+(\d{3})/g, '$1,$2').replace(/\s+/g, ' ');
}

function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
}
