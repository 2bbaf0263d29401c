// Reports of `grounded check`: compiler-style text, and the JSON contract of
// ../shared/eval-dev/README.md (version 1), which CI tools and the scorer read.
import * as path from 'node:path';
import type { Corpus } from '../engine/corpus';
import type { Evidence, NoteReport } from '../engine/check';
import { positionAt } from '../engine/text';
import type { Source } from '../engine/types';

export interface NoteCheck {
  path: string;
  report: NoteReport;
}

function pos1(starts: number[], offset: number) {
  const p = positionAt(starts, offset);
  return { line: p.line + 1, column: p.character + 1 };
}

function evidenceJson(e: Evidence) {
  const s = pos1(e.source.lineStarts, e.start);
  const end = pos1(e.source.lineStarts, e.end);
  return {
    source: e.source.key,
    path: e.source.path,
    line: s.line,
    column: s.column,
    endLine: end.line,
    endColumn: end.column,
    text: e.passage.text,
    ...(e.figure ? { figure: e.figure.text, value: e.figure.value } : {}),
    score: Math.round(e.score * 1000) / 1000,
  };
}

export function toJson(checks: NoteCheck[], corpus: Corpus) {
  const key = (s: Source | null) => (s ? s.key : null);
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
        path: p,
        figures: report.figures.map((f) => ({
          text: f.figure.text,
          ...span(f.figure.start, f.figure.end),
          value: f.figure.value,
          ...(f.figure.high !== undefined ? { high: f.figure.high } : {}),
          kind: f.figure.kind,
          ...(f.figure.unit ? { unit: f.figure.unit } : {}),
          ...(f.figure.hedge ? { hedge: f.figure.hedge } : {}),
          verdict: f.verdict,
          evidence: f.evidence.map(evidenceJson),
          ...(f.wrongSource ? { wrongSource: evidenceJson(f.wrongSource) } : {}),
          scope: f.scope ? f.scope.map((s) => s.key) : null,
        })),
        quotes: report.quotes.map((q) => ({
          text: q.quote.text,
          ...span(q.quote.start, q.quote.end),
          verdict: q.verdict,
          evidence: q.evidence.map(evidenceJson),
          ...(q.suggestion ? { suggestion: q.suggestion } : {}),
          ...(q.foundElsewhere ? { foundElsewhere: evidenceJson(q.foundElsewhere) } : {}),
        })),
        citations: report.citations.map((c) => ({
          key: c.citation.key,
          ...span(c.citation.start, c.citation.end),
          source: key(c.source),
          ...(c.ambiguous ? { candidates: c.ambiguous.map((s) => s.key) } : {}),
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
    sources: corpus.sources.map((s) => ({ key: s.key, path: s.path, title: s.meta.title })),
  };
}

export function formatJson(checks: NoteCheck[], corpus: Corpus): string {
  return JSON.stringify(toJson(checks, corpus), null, 2);
}

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
const SEV_COLOR: Record<string, string> = { error: '31', warning: '33', information: '36', hint: '2' };

export function formatText(checks: NoteCheck[], corpus: Corpus, info: { ms: number; sources: number; cwd: string }): string {
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
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
  void corpus;
  const problems = counts.error + counts.warning;
  lines.push('');
  lines.push(
    `${checks.length} note${checks.length === 1 ? '' : 's'} checked against ${info.sources} source${info.sources === 1 ? '' : 's'} in ${Math.round(info.ms)} ms: ` +
      `${figures} figures (${supported} supported, ${contradicted} contradicted, ${figures - supported - contradicted} unverified), ${quotes} quotes, ${citations} citations.`,
  );
  const n = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
  const minor = `(${counts.information} info, ${n(counts.hint, 'hint')})`;
  lines.push(
    problems === 0
      ? paint('32', `No problems ${minor}.`)
      : paint(counts.error ? '31' : '33', `${n(problems, 'problem')}: ${n(counts.error, 'error')}, ${n(counts.warning, 'warning')} ${minor}.`),
  );
  return lines.join('\n') + '\n';
}
