// Pure helpers (no vscode import) shared by the extension-host suite and the Node-side UI test:
// the example workspace's expectations file (test/fixtures/example-expect.tsv), citations and figures.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface Expectation {
  /** 1-based line in the tsv (a hint only: tests search the note's text). */
  line?: number;
  text: string;
  expect: string;
}

/** Reads test/fixtures/example-expect.tsv: `line<TAB>text<TAB>expect`, `#` comments; a header row names columns. */
export function readExpectations(file: string): Expectation[] {
  const out: Expectation[] = [];
  let cols = { line: 0, text: 1, expect: 2 };
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  for (let raw of lines) {
    if (!raw.trim()) continue;
    const header = raw.startsWith('#');
    if (header) raw = raw.replace(/^#\s*/, '');
    const cells = raw.split('\t');
    const lower = cells.map((c) => c.trim().toLowerCase());
    const ei = lower.findIndex((c) => c === 'expect' || c === 'expectation' || c === 'verdict');
    const ti = lower.findIndex((c) => c === 'text' || c === 'figure-text' || c === 'figure' || c === 'figure_text');
    if (ei >= 0 && ti >= 0) {
      cols = { line: lower.findIndex((c) => c === 'line'), text: ti, expect: ei };
      continue;
    }
    if (header || cells.length < 2) continue;
    const text = cells[cols.text]?.trim();
    const expect = cells[cols.expect]?.trim();
    if (!text || !expect) continue;
    const ln = cols.line >= 0 ? Number(cells[cols.line]) : NaN;
    out.push({ line: Number.isFinite(ln) ? ln : undefined, text, expect });
  }
  return out;
}

/** The first column where `text` stands whole in `line` (not inside a longer word or number: "3" is not in "350,000"), or -1. */
export function wholeAt(line: string, text: string): number {
  const inside = /[\p{L}\p{N}]/u;
  for (let i = line.indexOf(text); i !== -1; i = line.indexOf(text, i + 1)) {
    const before = line[i - 1] ?? ' ';
    const after = line[i + text.length] ?? ' ';
    const joined = (a: string, b: string) => inside.test(a) && inside.test(b);
    const numberGoesOn = (c: string, next: string | undefined) => /[.,]/.test(c) && /\d/.test(next ?? '');
    if (joined(before, text[0]) || joined(text[text.length - 1], after)) continue;
    if (/\d/.test(text[0]) && numberGoesOn(before, text[0]) && /\d/.test(line[i - 2] ?? '')) continue;
    if (/\d/.test(text[text.length - 1]) && numberGoesOn(after, line[i + text.length + 1])) continue;
    return i;
  }
  return -1;
}

/** Citation keys written on a line: `[@001]`, `[@key; @other]`, `@key`. */
export function citationKeys(line: string): string[] {
  return [...line.matchAll(/@([\w][\w:.#$%&\-+?<>~/]*)/g)].map((m) => m[1].replace(/[.,;:]+$/, ''));
}

/**
 * Source files that a citation key names: the file-name stem, a unique stem prefix, or the front matter's `id` /
 * `aliases` (as examples/README.md describes).
 */
export function sourcesForKey(root: string, key: string): string[] {
  const files = listFiles(path.join(root, 'sources'));
  const stem = (f: string) => path.basename(f).replace(/\.[^.]+$/, '');
  const exact = files.filter((f) => stem(f) === key || frontMatterKeys(f).includes(key));
  if (exact.length) return exact;
  return files.filter((f) => stem(f).startsWith(key));
}

/** `id` and `aliases` from a source's YAML front matter (a small reader: scalars and block/flow lists). */
export function frontMatterKeys(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!m) return [];
  const keys: string[] = [];
  let inAliases = false;
  for (const line of m[1].split(/\r?\n/)) {
    const unq = (v: string) => v.trim().replace(/^["']|["']$/g, '');
    let mm: RegExpExecArray | null;
    if ((mm = /^id:\s*(.+)$/.exec(line))) { keys.push(unq(mm[1])); inAliases = false; }
    else if ((mm = /^aliases:\s*\[(.*)\]\s*$/.exec(line))) { keys.push(...mm[1].split(',').map(unq).filter(Boolean)); inAliases = false; }
    else if (/^aliases:\s*$/.test(line)) inAliases = true;
    else if (inAliases && (mm = /^\s+-\s*(.+)$/.exec(line))) keys.push(unq(mm[1]));
    else if (/^\S/.test(line)) inAliases = false;
  }
  return keys;
}

/**
 * A pattern for the number of a figure as a source may write it: "350,000" also matches "350, 000" and "350000";
 * "82" also matches the "82" of "82.0". Undefined when the figure has no digits.
 */
export function figurePattern(text: string): RegExp | undefined {
  const m = /\d[\d,.]*\d|\d/.exec(text);
  if (!m) return undefined;
  const groups = m[0].replace(/[,.]$/, '').split(',');
  const body = groups.map((g) => g.replace(/\./g, '\\.')).join('(?:,\\s?|\\s)?');
  return new RegExp(`(?<![\\d.,])${body}(?![\\d]|,\\d|\\.\\d*[1-9])`, 'g');
}

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out;
}

/** A changed figure: the first digit moved by 4 (never to 0 when it leads), so it differs by far more than 10%. */
export function perturbFigure(text: string): string {
  const i = text.search(/\d/);
  if (i < 0) throw new Error(`no digit in ${text}`);
  let d = (Number(text[i]) + 4) % 10;
  if (d === 0) d = 5;
  return text.slice(0, i) + String(d) + text.slice(i + 1);
}

/** Does this text look like (or contain) a figure? */
export function hasFigure(text: string): boolean {
  return /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|half|double|dozen)\b/i.test(text);
}
