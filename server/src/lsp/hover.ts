// Hover: the verdict behind a figure, quote or citation, with the source passage.
import type { Hover, HoverParams, Position } from 'vscode-languageserver';
import type { Corpus } from '../engine/corpus';
import { asWritten } from '../engine/check';
import type { Evidence, FigureResult, NoteReport, QuoteResult, CitationResult } from '../engine/check';
import { describeFigure } from '../engine/figures';
import type { ClaimFrame } from '../engine/frames/frame';
import { frameLine, summarizeFrame } from '../engine/frames/summary';
import type { Source } from '../engine/types';
import type { FeatureContext } from './context';
import { noteOffset, noteRange, sourceLink, within } from './convert';

export function onHover({ state, documents }: FeatureContext, p: HoverParams): Hover | null {
  const r = state.openNoteReport(documents.get(p.textDocument.uri));
  return r ? hover(r.report, r.folder.corpus, p.position) : null;
}

export function hover(report: NoteReport, corpus: Corpus, pos: Position): Hover | null {
  const at = noteOffset(report, pos);
  const cite = report.citations.find((c) => within(at, c.citation.groupStart, c.citation.groupEnd) && within(at, c.citation.start - 1, c.citation.end));
  if (cite) return { contents: { kind: 'markdown', value: citationHover(cite, corpus) }, range: noteRange(report, cite.citation.start, cite.citation.end) };
  const fig = report.figures.find((f) => within(at, f.figure.start, f.figure.end));
  if (fig) return { contents: { kind: 'markdown', value: figureHover(fig, corpus) }, range: noteRange(report, fig.figure.start, fig.figure.end) };
  const q = report.quotes.find((x) => within(at, x.quote.start - 1, x.quote.end + 1));
  if (q) return { contents: { kind: 'markdown', value: quoteHover(q, corpus) }, range: noteRange(report, q.quote.start, q.quote.end) };
  return null;
}

function esc(s: string): string {
  return s.replace(/([\\`*_{}[\]<>#|])/g, '\\$1').replace(/\s+/g, ' ');
}

/** The passage as a block quote with the span [a, b) (offsets in the source) in bold. */
function passageQuote(e: Evidence, maxLen = 320): string {
  const p = e.passage;
  const a = Math.max(p.start, Math.min(e.start, p.end));
  const b = Math.max(a, Math.min(e.end, p.end));
  const src = e.source.text;
  let before = src.slice(p.start, a);
  let after = src.slice(b, p.end);
  const budget = Math.max(40, maxLen - (b - a));
  if (before.length + after.length > budget) {
    const half = Math.floor(budget / 2);
    if (before.length > half) before = '…' + before.slice(before.length - half).replace(/^\S*\s/, '');
    if (after.length > budget - Math.min(before.length, half)) after = after.slice(0, budget - Math.min(before.length, half)).replace(/\s\S*$/, '') + '…';
  }
  const mid = b > a && !(a === p.start && b === p.end) ? `**${esc(src.slice(a, b))}**` : esc(src.slice(a, b));
  return `> ${esc(before)}${mid}${esc(after)}`;
}

function sourceLine(corpus: Corpus, s: Source, line0: number): string {
  return `*${esc(s.meta.title)}* · \`${corpus.shortKey(s)}\` · [open line ${line0 + 1}](${sourceLink(s, line0)})`;
}

export function figureHover(f: FigureResult, corpus: Corpus): string {
  const parts: string[] = [];
  const shown = describeFigure(f.figure);
  if (f.wrongSource) {
    const e = f.wrongSource;
    const cited = (f.scope ?? []).map((s) => corpus.shortKey(s)).join(', ');
    parts.push(`**Right figure, other source**: ${esc(shown)} is in \`${corpus.shortKey(e.source)}\` (line ${e.passage.line + 1}), not in the cited \`${cited}\`.`);
    parts.push(passageQuote(e), sourceLine(corpus, e.source, e.passage.line));
    if (f.frame && f.sourceFrame) parts.push(readAs(f.frame, f.sourceFrame));
  } else if (f.verdict === 'supported') {
    const e = f.evidence[0];
    const more = f.evidence.length > 1 ? ` (and ${f.evidence.length - 1} more passage${f.evidence.length > 2 ? 's' : ''})` : '';
    parts.push(`**✓ Supported** by \`${corpus.shortKey(e.source)}\` — line ${e.passage.line + 1}${more}`);
    parts.push(passageQuote(e), sourceLine(corpus, e.source, e.passage.line));
    if (f.frame) parts.push(readAs(f.frame));
  } else if (f.verdict === 'contradicted') {
    const e = f.evidence[0];
    const sf = e.figure!;
    const key = corpus.shortKey(e.source);
    parts.push(`**✗ Contradicted** by \`${key}\` — line ${e.passage.line + 1}`);
    const values = [esc((f.figure.hedgeText ? f.figure.hedgeText + ' ' : '') + shown), esc((sf.hedgeText ? sf.hedgeText + ' ' : '') + asWritten(sf))];
    parts.push(frameTable(key, values, f.frame, f.sourceFrame));
    parts.push(passageQuote(e), sourceLine(corpus, e.source, e.passage.line));
  } else {
    const where = f.scope ? f.scope.map((s) => `\`${corpus.shortKey(s)}\``).join(', ') : 'the sources';
    parts.push(`**? Unverified**: no passage in ${where} states ${esc(shown)} for this.`);
    if (f.frame) parts.push(readAs(f.frame));
  }
  return parts.join('\n\n');
}

/** How the note's figure was read (and the source's, when they differ): "Read as: Lenovo · revenue · fall · 2004". */
function readAs(note: ClaimFrame, source?: ClaimFrame): string {
  const n = frameLine(summarizeFrame(note));
  const s = source && frameLine(summarizeFrame(source));
  return `*Read as:* ${esc(n)}` + (s && s !== n ? ` · *source:* ${esc(s)}` : '');
}

/** The two figures side by side, with what each is about, measures, and when: the claim compared. */
function frameTable(key: string, values: [string, string] | string[], note?: ClaimFrame, source?: ClaimFrame): string {
  const rows = [`| | note | source \`${key}\` |`, '|---|---|---|', `| value | ${values[0]} | ${values[1]} |`];
  if (note && source) {
    const a = summarizeFrame(note);
    const b = summarizeFrame(source);
    for (const [label, field] of [['about', 'about'], ['measures', 'measures'], ['kind', 'kind'], ['when', 'when'], ['per', 'per']] as const) {
      if (a[field] || b[field]) rows.push(`| ${label} | ${esc(a[field] ?? '—')} | ${esc(b[field] ?? '—')} |`);
    }
  }
  return rows.join('\n');
}

export function quoteHover(q: QuoteResult, corpus: Corpus): string {
  if (q.verdict === 'found') {
    const e = q.evidence[0];
    return [`**✓ Quote found** in \`${corpus.shortKey(e.source)}\` — line ${e.passage.line + 1}`, passageQuote(e), sourceLine(corpus, e.source, e.passage.line)].join('\n\n');
  }
  const where = q.scope ? q.scope.map((s) => `\`${corpus.shortKey(s)}\``).join(', ') : 'the sources';
  if (q.foundElsewhere) {
    const e = q.foundElsewhere;
    return [`**✗ Quote not in ${where}** — it is in \`${corpus.shortKey(e.source)}\`, line ${e.passage.line + 1}`, passageQuote(e), sourceLine(corpus, e.source, e.passage.line)].join('\n\n');
  }
  if (q.evidence.length === 0) return `**✗ Quote not found** in ${where}.`;
  const e = q.evidence[0];
  return [`**✗ Quote not found** in ${where}. Closest passage, line ${e.passage.line + 1}:`, passageQuote(e), sourceLine(corpus, e.source, e.passage.line)].join('\n\n');
}

export function citationHover(c: CitationResult, corpus: Corpus): string {
  if (c.ambiguous) return `**Ambiguous citation** \`@${esc(c.citation.key)}\` matches: ${c.ambiguous.map((s) => `\`${corpus.shortKey(s)}\` (${esc(s.meta.title)})`).join(', ')}`;
  const s = c.source;
  if (!s) return `**Unknown source** \`@${esc(c.citation.key)}\`: no source has this id, alias or file name.`;
  const meta = [s.meta.author, s.meta.date, s.meta.url ? `<${s.meta.url}>` : undefined].filter(Boolean).join(' · ');
  const first = s.passages.slice(0, 4).map((p) => p.text).join(' ');
  const preview = first.length > 300 ? first.slice(0, 299).replace(/\s\S*$/, '') + '…' : first;
  return [`**${esc(s.meta.title)}**`, meta, `\`${corpus.shortKey(s)}\` · ${esc(s.key)} · [open](${sourceLink(s, 0)})`, `> ${esc(preview)}`].filter(Boolean).join('\n\n');
}
