// Scoring `grounded check --format json` against an expectations table (line, figure text,
// expectation), with the semantics of ../shared/eval-dev/score.py plus `ignored` (a line after
// <!-- grounded-ignore -->: no diagnostic at all).
import * as fs from 'node:fs';

export interface Row {
  line: number;
  text: string;
  expect: string;
}

interface JsonFigure {
  text: string;
  line: number;
  verdict: string;
  evidence: { source: string }[];
}
interface JsonDiag {
  line: number;
  severity: string;
  code: string;
  message: string;
}
export interface JsonNote {
  path: string;
  figures: JsonFigure[];
  diagnostics: JsonDiag[];
}

export function readRows(file: string): Row[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [line, text, expect] = l.split('\t');
      return { line: Number(line), text, expect: expect.trim() };
    });
}

const norm = (s: string) => s.replace(/\u2019/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
const NAME_PARTS = new Set(['3', '4', '1.0', '4o', 'q2']);
const NAME_SIZES = new Set(['70b', '70']);

/** Returns a description of the miss, or null when the row is met. */
export function judgeRow(note: JsonNote, row: Row, wrongSourcePrefix = '002'): string | null {
  const onLine = note.figures.filter((f) => f.line === row.line);
  const diags = note.diagnostics.filter((d) => d.line === row.line);
  const t = norm(row.text);
  const match = onLine.filter((f) => norm(f.text).includes(t) || (norm(f.text) && t.includes(norm(f.text))));
  const got = match[0]?.verdict ?? null;
  const bad = (what: string) => `line ${row.line} ${JSON.stringify(row.text)}: expected ${row.expect}, got ${what}`;
  switch (row.expect) {
    case 'supported':
    case 'contradicted':
    case 'unverified':
      return got === row.expect ? null : bad(String(got));
    case 'wrong-source': {
      const ev = match.flatMap((f) => f.evidence.map((e) => e.source));
      const ok = match.length > 0 && got !== 'contradicted' && ev.some((s) => s.startsWith(wrongSourcePrefix)) && diags.length > 0;
      return ok ? null : bad(`${got} evidence=${ev.join(',')} diags=${diags.map((d) => d.code).join(',')}`);
    }
    case 'unknown-source':
      return diags.some((d) => (d.severity === 'error' || d.severity === 'warning') && d.code.includes('unknown')) ? null : bad(diags.map((d) => d.code).join(',') || 'no diagnostic');
    case 'quote-found':
      return diags.some((d) => d.code.includes('quote')) ? bad('quote diagnostic') : null;
    case 'quote-missing':
      return diags.some((d) => d.code.includes('quote')) ? null : bad('no quote diagnostic');
    case 'ignored':
      return diags.length === 0 ? null : bad(diags.map((d) => d.code).join(','));
    case 'no-diagnostic': {
      const badFigs = onLine.filter(
        (f) => NAME_PARTS.has(norm(f.text)) || (NAME_SIZES.has(norm(f.text)) && f.verdict === 'contradicted') || (row.text === '*' && f.verdict === 'contradicted'),
      );
      const badDiags = row.text === '*' ? diags.filter((d) => d.severity === 'error' || d.severity === 'warning') : [];
      return badFigs.length || badDiags.length ? bad(`figs=${badFigs.map((f) => f.text)} diags=${badDiags.map((d) => d.code)}`) : null;
    }
    default:
      return `line ${row.line}: unknown expectation ${row.expect}`;
  }
}
