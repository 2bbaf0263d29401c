// Reports of `grounded check`: compiler-style text, and the JSON contract of
// ../shared/eval-dev/README.md (version 1), which CI tools and the scorer read. Paths are relative
// to the working directory (with "/"), like other linters' and like the contract's examples.
import * as path from 'node:path';
import type { PassageStore } from '../engine/store';
import type { Evidence, NoteReport } from '../engine/check';
import { positionAt } from '../engine/text';
import type { Severity, Source } from '../engine/types';
import { summarizeFrame } from '../engine/frames/summary';

export interface NoteCheck {
  path: string;
  report: NoteReport;
}

/** 1-based line and column (UTF-16 code units, like LSP and SARIF's default). */
export function pos1(starts: number[], offset: number) {
  const p = positionAt(starts, offset);
  return { line: p.line + 1, column: p.character + 1 };
}

/** A path relative to `cwd`, with "/" on every system. */
export function relPath(cwd: string, p: string): string {
  return (path.relative(cwd, p) || path.basename(p)).split(path.sep).join('/');
}

/**
 * relPath of each of many paths, path.relative asked once per folder (the 44,500 sources of a large
 * corpus lie in a few folders, and one relative path costs microseconds: 0.2 s of a report): a
 * file's relative path is its folder's and its name — unless the folder is `cwd` or above it and the
 * name is the next folder of `cwd`'s own path (the file leads back towards `cwd`: "/w/proj" from
 * "/w/proj" is "proj", not "../proj"; compared ignoring case, which only ever sends more to relPath).
 * Any other path (no folder, a name that is "." or "..", a trailing separator, another drive) is
 * left to relPath.
 */
export function relPaths(cwd: string, paths: readonly string[]): string[] {
  const here = path.resolve(cwd).split(path.sep).filter((x) => x !== '');
  const folders = new Map<string, { rel: string; back?: string } | null>();
  return paths.map((p) => {
    const at = p.lastIndexOf(path.sep);
    const name = p.slice(at + 1);
    if (at <= 0 || name === '' || name === '.' || name === '..') return relPath(cwd, p);
    const dir = p.slice(0, at);
    let f = folders.get(dir);
    if (f === undefined) {
      const rel = path.relative(cwd, dir);
      const parts = rel === '' ? [] : rel.split(path.sep);
      // (a folder above cwd: how many levels, and the folder of cwd's path just below it)
      const up = parts.length > 0 && parts.every((x) => x === '..') ? parts.length : 0;
      f = path.isAbsolute(rel) ? null : { rel: parts.join('/'), back: up > 0 ? here[here.length - up]?.toLowerCase() : undefined };
      folders.set(dir, f);
    }
    if (f === null || (f.back !== undefined && f.back === name.toLowerCase())) return relPath(cwd, p);
    return f.rel ? `${f.rel}/${name}` : name;
  });
}

function evidenceJson(e: Evidence, cwd: string) {
  const s = pos1(e.source.lineStarts, e.start);
  const end = pos1(e.source.lineStarts, e.end);
  return {
    source: e.source.key,
    path: relPath(cwd, e.source.path),
    line: s.line,
    column: s.column,
    endLine: end.line,
    endColumn: end.column,
    // a PDF's page; line and column are then in the text extracted from it
    ...(e.passage.page !== undefined ? { page: e.passage.page } : {}),
    text: e.passage.text,
    ...(e.figure ? { figure: e.figure.text, value: e.figure.value } : {}),
    score: Math.round(e.score * 1000) / 1000,
  };
}

export function toJson(checks: NoteCheck[], corpus: PassageStore, cwd: string) {
  const key = (s: Source | null) => (s ? s.key : null);
  const ev = (e: Evidence) => evidenceJson(e, cwd);
  const sourcePaths = relPaths(cwd, corpus.sources.map((s) => s.path));
  return {
    version: 1,
    notes: checks.map(({ path: p, report }) => {
      const ls = report.note.lineStarts;
      const span = (a: number, b: number) => {
        const s = pos1(ls, a);
        const e = pos1(ls, b);
        return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
      };
      return {
        path: relPath(cwd, p),
        figures: report.figures.map((f) => ({
          text: f.figure.text,
          ...span(f.figure.start, f.figure.end),
          value: f.figure.value,
          ...(f.figure.high !== undefined ? { high: f.figure.high } : {}),
          kind: f.figure.kind,
          ...(f.figure.unit ? { unit: f.figure.unit } : {}),
          ...(f.figure.hedge ? { hedge: f.figure.hedge } : {}),
          verdict: f.verdict,
          evidence: f.evidence.map(ev),
          ...(f.wrongSource ? { wrongSource: ev(f.wrongSource) } : {}),
          ...(f.wrongPage ? { wrongPage: ev(f.wrongPage) } : {}),
          scope: f.scope ? f.scope.map((s) => s.key) : null,
          // how the figure was read, and the source figure it was judged against
          ...(f.frame ? { frame: summarizeFrame(f.frame) } : {}),
          ...(f.sourceFrame ? { sourceFrame: summarizeFrame(f.sourceFrame) } : {}),
        })),
        quotes: report.quotes.map((q) => ({
          text: q.quote.text,
          ...span(q.quote.start, q.quote.end),
          verdict: q.verdict,
          evidence: q.evidence.map(ev),
          ...(q.suggestion ? { suggestion: q.suggestion } : {}),
          ...(q.foundElsewhere ? { foundElsewhere: ev(q.foundElsewhere) } : {}),
        })),
        citations: report.citations.map((c) => ({
          key: c.citation.key,
          ...span(c.citation.start, c.citation.end),
          source: key(c.source),
          ...(c.ambiguous ? { candidates: c.ambiguous.map((s) => s.key) } : {}),
          ...(c.entry ? { entry: { key: c.entry.key, author: c.entry.author ?? null, year: c.entry.year ?? null, title: c.entry.title ?? null } } : {}),
        })),
        diagnostics: report.diagnostics.map((d) => ({
          ...span(d.start, d.end),
          severity: d.severity,
          code: d.code,
          message: d.message,
          ...(d.fixes.length ? { fixes: d.fixes.map((f) => ({ title: f.title, edits: f.edits.map((e) => ({ ...span(e.start, e.end), newText: e.newText })) })) } : {}),
        })),
      };
    }),
    sources: corpus.sources.map((s, i) => ({ key: s.key, path: sourcePaths[i], title: s.meta.title })),
  };
}

export function formatJson(checks: NoteCheck[], corpus: PassageStore, cwd: string): string {
  return JSON.stringify(toJson(checks, corpus, cwd), null, 2);
}

const SEV_COLOR: Record<Severity, string> = { error: '31', warning: '33', information: '36', hint: '2' };

/** "1 figure", "2 figures"; "info" has no plural. */
export function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`;
}

/** "No problems." or "9 problems (1 error, 6 warnings, 1 info, 1 hint)." — every finding counted once, by its severity. */
export function problemSummary(counts: Record<Severity, number>): string {
  const total = counts.error + counts.warning + counts.information + counts.hint;
  if (total === 0) return 'No problems.';
  const parts = [count(counts.error, 'error'), count(counts.warning, 'warning'), count(counts.information, 'info'), count(counts.hint, 'hint')];
  return `${count(total, 'problem')} (${parts.filter((p) => !p.startsWith('0 ')).join(', ')}).`;
}

export function formatText(checks: NoteCheck[], info: { ms: number; sources: number; cwd: string; color: boolean }): string {
  const paint = (code: string, s: string) => (info.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let figures = 0;
  let supported = 0;
  let contradicted = 0;
  let quotes = 0;
  let citations = 0;
  for (const { path: p, report } of checks) {
    const rel = path.relative(info.cwd, p) || p;
    for (const d of report.diagnostics) {
      counts[d.severity]++;
      const s = pos1(report.note.lineStarts, d.start);
      lines.push(`${rel}:${s.line}:${s.column}: ${paint(SEV_COLOR[d.severity], d.severity)}: ${d.message} ${paint('2', `[${d.code}]`)}`);
    }
    figures += report.figures.length;
    supported += report.figures.filter((f) => f.verdict === 'supported').length;
    contradicted += report.figures.filter((f) => f.verdict === 'contradicted').length;
    quotes += report.quotes.length;
    citations += report.citations.length;
  }
  if (lines.length) lines.push('');
  lines.push(
    `${count(checks.length, 'note')} checked against ${count(info.sources, 'source')} in ${Math.round(info.ms)} ms: ` +
      `${count(figures, 'figure')} (${supported} supported, ${contradicted} contradicted, ${figures - supported - contradicted} unverified), ` +
      `${count(quotes, 'quote')}, ${count(citations, 'citation')}.`,
  );
  const summary = problemSummary(counts);
  lines.push(paint(counts.error ? '31' : counts.warning ? '33' : '32', summary));
  return lines.join('\n') + '\n';
}
