// Scoring `grounded check --format json` against an expectations table (line, text, expectation[,
// source prefix]). Stricter than ../shared/eval-dev/score.py, whose labels it reads: a row is about
// the figure, quote or citation whose text and span are the row's — never a figure that merely
// contains the row's text or is contained in it ("3" is not "350,000") — and every kind of row
// checks what it names.
//
//   supported / contradicted / unverified   the figure written exactly as the row's text on that
//                                           line (its span in the note is that text) has that verdict
//   wrong-source   that figure is not contradicted, its evidence is in the source the 4th column (or
//                  the caller) names, and a figure-wrong-source diagnostic covers it
//   quote-found / quote-missing   a quote with the row's text is detected on the line, found or not
//                  found, and a quote-not-found diagnostic covers it exactly when it is missing
//   unknown-source   an error or warning unknown-source diagnostic covers the row's key (`@009`)
//   ignored        the row's text is a figure on a line after `<!-- grounded-ignore -->`, and the
//                  line has no diagnostic at all
//   no-diagnostic  `*`: no contradicted figure and no error or warning on the line; otherwise no
//                  contradicted figure and no error or warning overlaps the row's text on the line
//   not-a-figure   no figure lies inside the row's text on the line (parts of names: "Llama 3")
//
// `prefix: true` (the shared development sets, whose labels name a figure by its first words:
// "12 to 18" for "12 to 18 months") lets the figure's text extend the row's, from the same column.
import * as fs from 'node:fs';

export interface Row {
  line: number;
  text: string;
  expect: string;
  /** For wrong-source: the prefix of the source that does state the figure. */
  where?: string;
}

interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
interface JsonFigure extends Span {
  text: string;
  verdict: string;
  evidence: { source: string }[];
}
interface JsonQuote extends Span {
  text: string;
  verdict: string;
}
interface JsonDiag extends Span {
  severity: string;
  code: string;
  message: string;
}
export interface JsonNote {
  path: string;
  figures: JsonFigure[];
  quotes?: JsonQuote[];
  diagnostics: JsonDiag[];
}

export interface JudgeOptions {
  /** The note's lines, to read each row's text where it is written. */
  lines: string[];
  /** The source a wrong-source row's evidence must be in, when the row names none. */
  wrongSourcePrefix?: string;
  /** A figure may extend the row's text (same start): the labels of the shared development sets. */
  prefix?: boolean;
}

export function readRows(file: string): Row[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [line, text, expect, where] = l.split('\t');
      return { line: Number(line), text, expect: expect.trim(), ...(where?.trim() ? { where: where.trim() } : {}) };
    });
}

/** Columns [from, to) (0-based, UTF-16) where `text` occurs in `line`. */
function occurrences(line: string, text: string): [number, number][] {
  const out: [number, number][] = [];
  if (!text) return out;
  for (let i = line.indexOf(text); i !== -1; i = line.indexOf(text, i + 1)) out.push([i, i + text.length]);
  return out;
}

/** The 0-based columns [from, to) of a one-line span on `line` (1-based), or undefined when it is on other lines. */
function cols(s: Span, line: number): [number, number] | undefined {
  if (s.line !== line || s.endLine !== line) return undefined;
  return [s.column - 1, s.endColumn - 1];
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];
const covers = (outer: [number, number], inner: [number, number]) => outer[0] <= inner[0] && inner[1] <= outer[1];

/** Returns a description of the miss, or null when the row is met. */
export function judgeRow(note: JsonNote, row: Row, opts: JudgeOptions): string | null {
  const text = opts.lines[row.line - 1];
  const bad = (what: string) => `line ${row.line} ${JSON.stringify(row.text)}: expected ${row.expect}, got ${what}`;
  if (text === undefined) return bad(`no line ${row.line} in the note`);
  const diags = note.diagnostics.filter((d) => d.line === row.line);
  const spanText = (s: Span) => {
    const c = cols(s, row.line);
    return c ? text.slice(c[0], c[1]) : undefined;
  };
  /** The figures this row names: written exactly as the row's text (or extending it, with `prefix`), at a place the note has it. */
  const named = note.figures.filter((f) => {
    const c = cols(f, row.line);
    if (!c || spanText(f) !== f.text) return false;
    if (f.text === row.text) return true;
    return !!opts.prefix && f.text.startsWith(row.text) && text.startsWith(row.text, c[0]);
  });
  const at = occurrences(text, row.text);
  const seriousOver = (span: [number, number]) =>
    diags.filter((d) => (d.severity === 'error' || d.severity === 'warning') && (() => {
      const c = cols(d, row.line);
      return !c || overlaps(c, span);
    })());

  switch (row.expect) {
    case 'supported':
    case 'contradicted':
    case 'unverified': {
      if (named.length === 0) return bad(`no figure ${JSON.stringify(row.text)} on the line (figures: ${figuresOn(note, row.line)})`);
      const wrong = named.filter((f) => f.verdict !== row.expect);
      return wrong.length ? bad(wrong.map((f) => f.verdict).join(', ')) : null;
    }
    case 'wrong-source': {
      if (named.length === 0) return bad(`no figure ${JSON.stringify(row.text)} on the line (figures: ${figuresOn(note, row.line)})`);
      const where = row.where ?? opts.wrongSourcePrefix ?? '002';
      const f = named[0];
      const ev = f.evidence.map((e) => e.source);
      const said = diags.some((d) => d.code === 'figure-wrong-source' && covers(cols(d, row.line) ?? [0, 0], cols(f, row.line)!));
      const ok = f.verdict !== 'contradicted' && ev.some((s) => s.startsWith(where)) && said;
      return ok ? null : bad(`${f.verdict} evidence=${ev.join(',')} diags=${diags.map((d) => d.code).join(',')}`);
    }
    case 'quote-found':
    case 'quote-missing': {
      const quotes = (note.quotes ?? []).filter((q) => q.text === row.text && spanText(q) === q.text);
      if (quotes.length === 0) return bad(`no quote ${JSON.stringify(row.text)} detected on the line (quotes: ${(note.quotes ?? []).filter((q) => q.line === row.line).map((q) => JSON.stringify(q.text)).join(', ') || 'none'})`);
      const want = row.expect === 'quote-found' ? 'found' : 'not-found';
      const q = quotes[0];
      const flagged = diags.some((d) => d.code === 'quote-not-found' && overlaps(cols(d, row.line) ?? [0, 0], cols(q, row.line)!));
      if (q.verdict !== want) return bad(`verdict ${q.verdict}`);
      return flagged === (want === 'not-found') ? null : bad(flagged ? 'a quote-not-found diagnostic' : 'no quote-not-found diagnostic');
    }
    case 'unknown-source': {
      if (at.length === 0) return bad(`${JSON.stringify(row.text)} is not on the line`);
      const ok = diags.some((d) => (d.severity === 'error' || d.severity === 'warning') && d.code === 'unknown-source' && at.some((span) => covers(cols(d, row.line) ?? [0, 0], span)));
      return ok ? null : bad(diags.map((d) => d.code).join(',') || 'no diagnostic');
    }
    case 'ignored':
      if (named.length === 0) return bad(`no figure ${JSON.stringify(row.text)} on the line (figures: ${figuresOn(note, row.line)})`);
      return diags.length === 0 ? null : bad(diags.map((d) => d.code).join(','));
    case 'no-diagnostic': {
      if (row.text === '*') {
        const figs = note.figures.filter((f) => f.line === row.line && f.verdict === 'contradicted');
        const ds = seriousOver([0, text.length]);
        return figs.length || ds.length ? bad(`figs=${figs.map((f) => f.text)} diags=${ds.map((d) => d.code)}`) : null;
      }
      if (at.length === 0) return bad(`${JSON.stringify(row.text)} is not on the line`);
      const figs = note.figures.filter((f) => f.verdict === 'contradicted' && at.some((span) => overlaps(cols(f, row.line) ?? [0, 0], span)));
      const ds = at.flatMap((span) => seriousOver(span));
      return figs.length || ds.length ? bad(`figs=${figs.map((f) => f.text)} diags=${ds.map((d) => d.code)}`) : null;
    }
    case 'not-a-figure': {
      if (at.length === 0) return bad(`${JSON.stringify(row.text)} is not on the line`);
      const figs = note.figures.filter((f) => at.some((span) => covers(span, cols(f, row.line) ?? [-1, -1])));
      return figs.length ? bad(`figures ${figs.map((f) => JSON.stringify(f.text)).join(', ')}`) : null;
    }
    default:
      return `line ${row.line}: unknown expectation ${row.expect}`;
  }
}

function figuresOn(note: JsonNote, line: number): string {
  return note.figures.filter((f) => f.line === line).map((f) => JSON.stringify(f.text)).join(', ') || 'none';
}
