// A note's check as the CLI's reports need it, in plain data: what `toJson`, `toSarif` and
// `formatText` read, with every position, passage text and source name already looked up, and
// source paths absolute (each report makes them relative to its own root). A check's report holds
// sources and passages (objects of the index); this holds strings and numbers only, so the result
// cache (resultCache.ts) keeps it as JSON and a replay formats exactly what a check would have.
import type { Evidence, NoteReport } from '../engine/check';
import type { PassageStore } from '../engine/store';
import type { FrameSummary } from '../engine/frames/summary';
import { summarizeFrame } from '../engine/frames/summary';
import { positionAt } from '../engine/text';
import type { RuleCode, Severity } from '../engine/types';

/** 1-based line and column (UTF-16 code units, like LSP and SARIF's default). */
export function pos1(starts: number[], offset: number) {
  const p = positionAt(starts, offset);
  return { line: p.line + 1, column: p.character + 1 };
}

/** A span of a text: 1-based lines and columns. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function spanOf(starts: number[], a: number, b: number): Span {
  const s = pos1(starts, a);
  const e = pos1(starts, b);
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

/** A source passage a finding rests on, as the JSON report writes it (`path` absolute here). */
export interface EvidenceOutcome extends Span {
  source: string;
  path: string;
  page?: number;
  text: string;
  figure?: string;
  value?: number;
  score: number;
}

export interface FigureOutcome extends Span {
  text: string;
  value: number;
  high?: number;
  kind: string;
  unit?: string;
  hedge?: string;
  verdict: string;
  evidence: EvidenceOutcome[];
  wrongSource?: EvidenceOutcome;
  wrongPage?: EvidenceOutcome;
  scope: string[] | null;
  frame?: FrameSummary;
  sourceFrame?: FrameSummary;
}

export interface QuoteOutcome extends Span {
  text: string;
  verdict: string;
  evidence: EvidenceOutcome[];
  suggestion?: string;
  foundElsewhere?: EvidenceOutcome;
}

export interface CitationOutcome extends Span {
  key: string;
  source: string | null;
  candidates?: string[];
  entry?: { key: string; author: string | null; year: number | null; title: string | null };
}

/** A finding's source passage as SARIF names it (a related location). */
export interface RelatedOutcome {
  /** The key the note would cite the source by (`PassageStore.shortKey`). */
  key: string;
  title: string;
  /** Absolute. */
  path: string;
  /** Text extracted from a PDF, web page or Word file: the location is the file, the passage is quoted. */
  extracted?: { page?: number; passage: string };
  /** Else the span in the file, and its text. */
  region?: Span & { snippet?: string };
}

export interface DiagnosticOutcome extends Span {
  severity: Severity;
  code: RuleCode;
  message: string;
  fixes?: { title: string; edits: (Span & { newText: string })[] }[];
  /** The note's text under the finding (SARIF's snippet), when it spans any. */
  snippet?: string;
  related?: RelatedOutcome;
}

/** Everything the reports say of one note. */
export interface NoteOutcome {
  figures: FigureOutcome[];
  quotes: QuoteOutcome[];
  citations: CitationOutcome[];
  diagnostics: DiagnosticOutcome[];
}

/** A source as the JSON report lists it (`path` absolute). */
export interface ListedSource {
  key: string;
  path: string;
  title: string;
}

/** The sources of a store, in its order, as the JSON report lists them. */
export function listedSources(store: PassageStore): ListedSource[] {
  return store.sources.map((s) => ({ key: s.key, path: s.path, title: s.meta.title }));
}

function evidenceOutcome(e: Evidence): EvidenceOutcome {
  return {
    source: e.source.key,
    path: e.source.path,
    ...spanOf(e.source.lineStarts, e.start, e.end),
    // a PDF's page; line and column are then in the text extracted from it
    ...(e.passage.page !== undefined ? { page: e.passage.page } : {}),
    text: e.passage.text,
    ...(e.figure ? { figure: e.figure.text, value: e.figure.value } : {}),
    score: Math.round(e.score * 1000) / 1000,
  };
}

function relatedOutcome(e: Evidence, key: string): RelatedOutcome {
  const base = { key, title: e.source.meta.title, path: e.source.path };
  // text extracted from a PDF, web page or Word file has no lines in the file itself
  if (e.source.format) return { ...base, extracted: { ...(e.passage.page !== undefined ? { page: e.passage.page } : {}), passage: e.passage.text } };
  const span = spanOf(e.source.lineStarts, e.start, e.end);
  return { ...base, region: e.end > e.start ? { ...span, snippet: e.source.text.slice(e.start, e.end) } : span };
}

/** The plain data of a note's report (`store`: the one the report was made with, for its sources' keys). */
export function noteOutcome(report: NoteReport, store: PassageStore): NoteOutcome {
  const ls = report.note.lineStarts;
  const text = report.note.text;
  const span = (a: number, b: number) => spanOf(ls, a, b);
  return {
    figures: report.figures.map((f) => ({
      text: f.figure.text,
      ...span(f.figure.start, f.figure.end),
      value: f.figure.value,
      ...(f.figure.high !== undefined ? { high: f.figure.high } : {}),
      kind: f.figure.kind,
      ...(f.figure.unit ? { unit: f.figure.unit } : {}),
      ...(f.figure.hedge ? { hedge: f.figure.hedge } : {}),
      verdict: f.verdict,
      evidence: f.evidence.map(evidenceOutcome),
      ...(f.wrongSource ? { wrongSource: evidenceOutcome(f.wrongSource) } : {}),
      ...(f.wrongPage ? { wrongPage: evidenceOutcome(f.wrongPage) } : {}),
      scope: f.scope ? f.scope.map((s) => s.key) : null,
      // how the figure was read, and the source figure it was judged against
      ...(f.frame ? { frame: summarizeFrame(f.frame) } : {}),
      ...(f.sourceFrame ? { sourceFrame: summarizeFrame(f.sourceFrame) } : {}),
    })),
    quotes: report.quotes.map((q) => ({
      text: q.quote.text,
      ...span(q.quote.start, q.quote.end),
      verdict: q.verdict,
      evidence: q.evidence.map(evidenceOutcome),
      ...(q.suggestion ? { suggestion: q.suggestion } : {}),
      ...(q.foundElsewhere ? { foundElsewhere: evidenceOutcome(q.foundElsewhere) } : {}),
    })),
    citations: report.citations.map((c) => ({
      key: c.citation.key,
      ...span(c.citation.start, c.citation.end),
      source: c.source ? c.source.key : null,
      ...(c.ambiguous ? { candidates: c.ambiguous.map((s) => s.key) } : {}),
      ...(c.entry ? { entry: { key: c.entry.key, author: c.entry.author ?? null, year: c.entry.year ?? null, title: c.entry.title ?? null } } : {}),
    })),
    diagnostics: report.diagnostics.map((d) => ({
      ...span(d.start, d.end),
      severity: d.severity,
      code: d.code,
      message: d.message,
      ...(d.fixes.length ? { fixes: d.fixes.map((f) => ({ title: f.title, edits: f.edits.map((e) => ({ ...span(e.start, e.end), newText: e.newText })) })) } : {}),
      ...(d.end > d.start ? { snippet: text.slice(d.start, d.end) } : {}),
      ...(d.related ? { related: relatedOutcome(d.related, store.shortKey(d.related.source)) } : {}),
    })),
  };
}
