// Reports of `grounded check`: compiler-style text, and the JSON contract of
// ../shared/eval-dev/README.md (version 1), which CI tools and the scorer read. Paths are relative
// to the working directory (with "/"), like other linters' and like the contract's examples.
import * as path from 'node:path';
import type { Severity } from '../engine/types';
import type { EvidenceOutcome, ListedSource, NoteOutcome } from './outcome';

export { pos1 } from './outcome';

/** A note checked (or its check replayed from the result cache): its path, and what its reports say. */
export interface NoteCheck {
  path: string;
  outcome: NoteOutcome;
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

function evidenceJson(e: EvidenceOutcome, cwd: string): EvidenceOutcome {
  // (the same fields in the same order, the path made relative)
  return { ...e, path: relPath(cwd, e.path) };
}

/** The JSON report's object for the notes (every path relative to `cwd`), without its list of sources (`formatJson` writes that). */
export function notesJson(checks: NoteCheck[], cwd: string) {
  const ev = (e: EvidenceOutcome) => evidenceJson(e, cwd);
  return checks.map(({ path: p, outcome }) => ({
    path: relPath(cwd, p),
    figures: outcome.figures.map((f) => ({
      ...f,
      evidence: f.evidence.map(ev),
      ...(f.wrongSource ? { wrongSource: ev(f.wrongSource) } : {}),
      ...(f.wrongPage ? { wrongPage: ev(f.wrongPage) } : {}),
    })),
    quotes: outcome.quotes.map((q) => ({ ...q, evidence: q.evidence.map(ev), ...(q.foundElsewhere ? { foundElsewhere: ev(q.foundElsewhere) } : {}) })),
    citations: outcome.citations,
    // (the note's text under a finding and its related location are SARIF's)
    diagnostics: outcome.diagnostics.map(({ snippet: _s, related: _r, ...d }) => d),
  }));
}

/**
 * The sources a JSON report lists, in order: each one's key and title as JSON text (a string, or
 * its UTF-8 bytes as the result cache keeps them) and its absolute path.
 */
export interface SourceRows {
  readonly count: number;
  keyJson(i: number): string | Uint8Array;
  titleJson(i: number): string | Uint8Array;
  path(i: number): string;
  /**
   * The JSON report's list of these sources as formatJson writes it for a run in `cwd` (its paths
   * relative to it), when one is kept (the result cache keeps the last one made for the corpus);
   * undefined when none is kept for that folder.
   */
  listing?(cwd: string): Uint8Array | undefined;
}

/** The rows of listed sources (each key's and title's JSON text made once: a report and the result cache each read them twice). */
export function sourceRows(sources: readonly ListedSource[]): SourceRows {
  const keys: (string | undefined)[] = new Array(sources.length);
  const titles: (string | undefined)[] = new Array(sources.length);
  return {
    count: sources.length,
    keyJson: (i) => (keys[i] ??= JSON.stringify(sources[i].key)),
    titleJson: (i) => (titles[i] ??= JSON.stringify(sources[i].title)),
    path: (i) => sources[i].path,
  };
}

/** The JSON report as an object (the contract's shape). */
export function toJson(checks: NoteCheck[], sources: readonly ListedSource[], cwd: string) {
  const sourcePaths = relPaths(cwd, sources.map((s) => s.path));
  return { version: 1, notes: notesJson(checks, cwd), sources: sources.map((s, i) => ({ key: s.key, path: sourcePaths[i], title: s.title })) };
}

/** Bytes appended to one growing buffer (the report's list of sources: megabytes at 44,500 sources). */
class Bytes {
  private buf: Buffer;
  private at = 0;
  /** `expect`: the bytes expected in all (one buffer of them: growing a buffer of megabytes costs its copies and their page faults). */
  constructor(expect: number) {
    this.buf = Buffer.allocUnsafe(Math.max(expect, 1 << 12));
  }
  add(x: string | Uint8Array): void {
    if (typeof x === 'string') {
      // (a UTF-16 unit is at most 3 bytes of UTF-8: a string's exact size is counted only when the
      // buffer may be too short for it — with `expect` counted as formatJson counts it, never)
      if (this.at + x.length * 3 > this.buf.length) this.room(Buffer.byteLength(x));
      this.at += this.buf.write(x, this.at);
    } else {
      this.room(x.length);
      this.buf.set(x, this.at);
      this.at += x.length;
    }
  }
  /** At least n bytes free after `at`: the buffer grown (doubled at least) when they are not. */
  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.at + n));
    this.buf.copy(grown, 0, 0, this.at);
    this.buf = grown;
  }
  /** The bytes written so far. */
  get length(): number {
    return this.at;
  }
  done(): Buffer {
    return this.buf.subarray(0, this.at);
  }
}

/**
 * The JSON report, as `JSON.stringify(toJson(…), null, 2)` writes it: the notes by JSON.stringify,
 * the sources row by row from their JSON texts (no object per source, no string of the whole list:
 * at 44,500 sources the list is 10 MB of the report) — or, when the rows keep the list as it was
 * written for this `cwd` (`SourceRows.listing`), those bytes. The list is everything after the notes
 * (from `,\n  "sources": [` to the report's closing brace, `end` not included); when it was made
 * here, `made` is given it (a view of the report's bytes: the result cache keeps it for the next run).
 */
export function formatJson(checks: NoteCheck[], sources: SourceRows, cwd: string, end = '', made?: (listing: Uint8Array) => void): Buffer {
  const pieces = formatJsonPieces(checks, sources, cwd, end, made);
  return pieces.length === 1 ? pieces[0] : Buffer.concat(pieces);
}

/**
 * The same report's bytes, in pieces to be written one after another: with the list kept for this
 * `cwd`, the notes' part, the kept list's bytes as they were read and `end` — never copied into one
 * buffer (at 44,500 sources the list is 10.9 MB: the copy was a new buffer of that size, every page
 * touched for the first time, in each run that wrote the report); else the report in one piece.
 */
export function formatJsonPieces(checks: NoteCheck[], sources: SourceRows, cwd: string, end = '', made?: (listing: Uint8Array) => void): Buffer[] {
  const head = JSON.stringify({ version: 1, notes: notesJson(checks, cwd) }, null, 2);
  const kept = sources.listing?.(cwd);
  // (without its closing "\n}")
  if (kept) return [Buffer.from(head.slice(0, head.length - 2), 'utf8'), Buffer.from(kept.buffer, kept.byteOffset, kept.byteLength), Buffer.from(end, 'utf8')];
  const paths: string[] = [];
  for (let i = 0; i < sources.count; i++) paths.push(sources.path(i));
  const rel = relPaths(cwd, paths);
  let expect = Buffer.byteLength(head) + 64;
  const size = (x: string | Uint8Array) => (typeof x === 'string' ? x.length * 3 : x.length);
  for (let i = 0; i < sources.count; i++) expect += 60 + size(sources.keyJson(i)) + size(sources.titleJson(i)) + rel[i].length * 3;
  const out = new Bytes(expect);
  out.add(head.slice(0, head.length - 2)); // (without its closing "\n}")
  const listed = out.length;
  if (sources.count === 0) out.add(',\n  "sources": []\n}');
  else {
    // (a row's pieces joined where they are strings: a source's JSON texts are strings when its row
    // was made now, bytes when the result cache kept them — fewer, longer writes either way)
    const between = (i: number) => `,\n      "path": ${JSON.stringify(rel[i])},\n      "title": `;
    out.add(',\n  "sources": [\n    {\n      "key": ');
    for (let i = 0; i < sources.count; i++) {
      const key = sources.keyJson(i);
      const title = sources.titleJson(i);
      if (typeof key === 'string') out.add(key + between(i));
      else {
        out.add(key);
        out.add(between(i));
      }
      const next = i + 1 < sources.count ? '\n    },\n    {\n      "key": ' : '\n    }\n  ]\n}';
      if (typeof title === 'string') out.add(title + next);
      else {
        out.add(title);
        out.add(next);
      }
    }
  }
  // (a view of the bytes written: the buffer may grow after, into another buffer, never over them)
  if (made) made(out.done().subarray(listed));
  out.add(end);
  return [out.done()];
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
  for (const { path: p, outcome } of checks) {
    const rel = path.relative(info.cwd, p) || p;
    for (const d of outcome.diagnostics) {
      counts[d.severity]++;
      lines.push(`${rel}:${d.line}:${d.column}: ${paint(SEV_COLOR[d.severity], d.severity)}: ${d.message} ${paint('2', `[${d.code}]`)}`);
    }
    figures += outcome.figures.length;
    supported += outcome.figures.filter((f) => f.verdict === 'supported').length;
    contradicted += outcome.figures.filter((f) => f.verdict === 'contradicted').length;
    quotes += outcome.quotes.length;
    citations += outcome.citations.length;
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
