// Hover: the verdict behind a figure, quote or citation, made to be read at a glance — the verdict
// line, for a contradiction the two values side by side, the source passage once with the figure in
// bold, how the figure was read, and one link that opens the source with those words selected.
import type { Hover, HoverParams, Position } from 'vscode-languageserver';
import type { PassageStore } from '../engine/store';
import { asWritten, listAnd } from '../engine/check';
import type { CitationResult, FigureResult, NoteReport, QuoteResult, SourceNaming } from '../engine/check';
import { describeFigure } from '../engine/figures';
import { positionAt } from '../engine/text';
import type { RuleCode, Source } from '../engine/types';
import { placeOf } from '../engine/sources';
import type { FeatureContext } from './context';
import { noteOffset, noteRange, sourceLink, within } from './convert';
import { claimsTable, clip, esc, isMarkdownSource, openLink, passageQuote, readAs, silencedNotice, sourceTitle } from './hoverParts';

/** How much of a source a citation hover previews. */
const PREVIEW_CHARS = 320;

export function onHover({ state, documents }: FeatureContext, p: HoverParams): Hover | null {
  const r = state.openNoteReport(documents.get(p.textDocument.uri));
  return r ? hover(r.report, r.folder.corpus, p.position) : null;
}

export function hover(report: NoteReport, store: PassageStore, pos: Position): Hover | null {
  // sources named as the note cites them ("smith2020", not the file's short key)
  const corpus = report.names ?? store;
  const at = noteOffset(report, pos);
  const md = (value: string, start: number, end: number): Hover => ({ contents: { kind: 'markdown', value }, range: noteRange(report, start, end) });
  /** The silenced notice for a finding of `rule` at `offset`, if its line is silenced. */
  const silenced = (offset: number, rule: RuleCode | undefined): string | undefined => {
    const ign = rule && report.note.ignored.get(positionAt(report.note.lineStarts, offset).line);
    return ign && (ign.has('*') || ign.has(rule)) ? silencedNotice(rule, ign.has('*')) : undefined;
  };
  const cite = report.citations.find((c) => within(at, c.citation.groupStart, c.citation.groupEnd) && within(at, c.citation.start - 1, c.citation.end));
  if (cite) {
    const rule = cite.ambiguous ? 'ambiguous-source' : cite.source ? undefined : 'unknown-source';
    return md(withNotice(citationHover(cite, corpus), silenced(cite.citation.start, rule)), cite.citation.start, cite.citation.end);
  }
  const fig = report.figures.find((f) => within(at, f.figure.start, f.figure.end));
  if (fig) return md(withNotice(figureHover(fig, corpus), silenced(fig.figure.start, figureRule(fig))), fig.figure.start, fig.figure.end);
  const q = report.quotes.find((x) => within(at, x.quote.start - 1, x.quote.end + 1));
  if (q) return md(withNotice(quoteHover(q, corpus), silenced(q.quote.start, q.verdict === 'found' ? undefined : 'quote-not-found')), q.quote.start, q.quote.end);
  return null;
}

/** The rule a figure's verdict raises (none for a supported figure in its cited source). */
function figureRule(f: FigureResult): RuleCode | undefined {
  if (f.wrongSource || f.wrongPage) return 'figure-wrong-source';
  return f.verdict === 'contradicted' ? 'figure-mismatch' : f.verdict === 'unverified' ? 'figure-unverified' : undefined;
}

/** The silenced notice goes right under the verdict line. */
function withNotice(value: string, notice: string | undefined): string {
  if (!notice) return value;
  const cut = value.indexOf('\n\n');
  return cut < 0 ? `${value}\n\n${notice}` : `${value.slice(0, cut)}\n\n${notice}${value.slice(cut)}`;
}

/** "Also stated in `b` and `c`." — the other sources a wrong source's figure is stated in (its evidence after the first), as one line; none when there are none. */
function alsoStatedIn(corpus: SourceNaming, f: FigureResult): string[] {
  const others = f.evidence.filter((e) => e !== f.wrongSource).map((e) => `\`${corpus.shortKey(e.source)}\``);
  return others.length ? [`Also stated in ${listAnd(others)}.`] : [];
}

function keys(corpus: SourceNaming, sources: Source[]): string {
  return sources.map((s) => `\`${corpus.shortKey(s)}\``).join(', ');
}

export function figureHover(f: FigureResult, corpus: SourceNaming): string {
  const shown = esc(describeFigure(f.figure));
  if (f.wrongPage) {
    const e = f.wrongPage;
    const key = corpus.shortKey(e.source);
    return [
      `**✓ Right figure, other page:** ${shown} is stated on ${placeOf(e.passage)} of \`${key}\`, not on the cited ${f.citedPages ?? 'page'} · ${openLink(e)}`,
      passageQuote(e),
      sourceTitle(e),
    ].join('\n\n');
  }
  if (f.wrongSource) {
    const e = f.wrongSource;
    const key = corpus.shortKey(e.source);
    return [
      `**✓ Right figure, other source:** ${shown} is stated in \`${key}\`, not in the cited ${keys(corpus, f.scope ?? [])} · ${openLink(e)}`,
      passageQuote(e),
      // (every other source that states it too: a story the folder holds in several articles)
      ...alsoStatedIn(corpus, f),
      ...(f.frame && f.sourceFrame ? [readAs(f.frame, f.sourceFrame)] : []),
      sourceTitle(e),
    ].join('\n\n');
  }
  if (f.verdict === 'supported') {
    const e = f.evidence[0];
    const key = corpus.shortKey(e.source);
    const more = f.evidence.length > 1 ? ` (and ${f.evidence.length - 1} more passage${f.evidence.length > 2 ? 's' : ''})` : '';
    return [`**✓ Supported** by \`${key}\`${more} · ${openLink(e)}`, passageQuote(e), ...(f.frame ? [readAs(f.frame)] : []), sourceTitle(e)].join('\n\n');
  }
  if (f.verdict === 'contradicted') {
    const e = f.evidence[0];
    const sf = e.figure!;
    const key = corpus.shortKey(e.source);
    const hedged = (h: string | undefined, v: string) => esc((h ? h.replace(/\s+/g, ' ') + ' ' : '') + v);
    const values: [string, string] = [hedged(f.figure.hedgeText, describeFigure(f.figure)), hedged(sf.hedgeText, asWritten(sf))];
    return [`**✗ Contradicted** by \`${key}\` · ${openLink(e)}`, claimsTable(key, values, f.frame, f.sourceFrame), passageQuote(e), sourceTitle(e)].join('\n\n');
  }
  const where = f.scope ? keys(corpus, f.scope) : 'the sources';
  return [`**? Unverified:** no passage in ${where} states ${shown} for this`, ...(f.frame ? [readAs(f.frame)] : [])].join('\n\n');
}

export function quoteHover(q: QuoteResult, corpus: SourceNaming): string {
  if (q.verdict === 'found') {
    const e = q.evidence[0];
    const key = corpus.shortKey(e.source);
    return [`**✓ Quote found** in \`${key}\` · ${openLink(e)}`, passageQuote(e), sourceTitle(e)].join('\n\n');
  }
  const where = q.scope ? keys(corpus, q.scope) : 'the sources';
  if (q.foundElsewhere) {
    const e = q.foundElsewhere;
    const key = corpus.shortKey(e.source);
    return [`**✗ Quote not in ${where}** — it is in \`${key}\` · ${openLink(e)}`, passageQuote(e), sourceTitle(e)].join('\n\n');
  }
  if (q.evidence.length === 0) return `**✗ Quote not found** in ${where}`;
  const e = q.evidence[0];
  return [`**✗ Quote not found** in ${where}; the closest passage is in \`${corpus.shortKey(e.source)}\` · ${openLink(e)}`, passageQuote(e), sourceTitle(e)].join('\n\n');
}

export function citationHover(c: CitationResult, corpus: SourceNaming): string {
  if (c.ambiguous) return `**Ambiguous citation** \`@${esc(c.citation.key)}\` matches: ${c.ambiguous.map((s) => `\`${corpus.shortKey(s)}\` (${esc(s.meta.title)})`).join(', ')}`;
  const s = c.source;
  const e = c.entry;
  // a bibliography key: the entry's author, year and title (with or without a source to check against)
  if (!s && e) return [`**${esc(e.title ?? e.key)}**`, [e.author, e.year, e.url ? `<${e.url}>` : undefined].filter(Boolean).join(' · '), `\`@${esc(e.key)}\` · in the bibliography, with no source text to check against`].filter(Boolean).join('\n\n');
  if (!s) return `**Unknown source** \`@${esc(c.citation.key)}\`: no source has this id, alias or file name.`;
  const url = s.meta.url ?? e?.url;
  const meta = (e ? [e.author, e.year, url ? `<${url}>` : undefined] : [s.meta.author, s.meta.date, url ? `<${url}>` : undefined]).filter(Boolean).join(' · ');
  return [`**${esc(e?.title ?? s.meta.title)}**`, meta, sourcePreview(s), `[Open ${corpus.shortKey(s)}](${sourceLink(s, 0)}) · \`${esc(s.key)}\``].filter(Boolean).join('\n\n');
}

/**
 * The first lines of a source after its title, as a block quote: a markdown source rendered as
 * markdown (headings as bold lines), a plain-text one as text.
 */
function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function sourcePreview(s: Source): string {
  const title = s.meta.title.trim().toLowerCase();
  const isTitle = (t: string) => t.replace(/^#{1,6}\s+/, '').trim().toLowerCase() === title;
  const body = s.passages.filter((p, i) => !(i === 0 && isTitle(p.text)) && !isTitle(p.text));
  if (body.length === 0) return '';
  const end = body.find((p) => p.end - body[0].start >= PREVIEW_CHARS)?.end ?? body[body.length - 1].end;
  if (!isMarkdownSource(s)) {
    // a title line run into the next line is one passage: drop the title from it
    const text = body.filter((p) => p.end <= end).map((p) => p.text).join(' ').replace(new RegExp(`^${escapeRe(s.meta.title.trim())}\\s*`), '');
    return `> ${esc(clip(text, PREVIEW_CHARS + 80))}`;
  }
  const lines = s.text
    .slice(body[0].start, end)
    .split(/\r?\n/)
    .map((l) => l.replace(/^#{1,6}\s+(.*)$/, '**$1**').trimEnd());
  return lines.map((l) => (l ? `> ${l}` : '>')).join('\n');
}
