// Checking a note against the corpus: a verdict for every figure, quote and citation, the
// diagnostics they raise, and the fixes that repair them. Plain data in, plain data out.
//
// How a figure is judged (precision first: a false alarm costs more than a miss):
// 1. Scope: the sources cited by the sentence, else by its paragraph, else all sources.
// 2. Retrieval: BM25 over the scoped passages that hold a comparable figure, with the
//    sentence's words weighted by their closeness to the figure.
// 3. Alignment of each candidate source figure: the words right around the note's figure (the
//    noun it counts, its unit, its subject) against the words right around the source's figure
//    (local score L), plus how much of the sentence the passage covers (global score G).
// 4. Verdict: `supported` when an agreeing figure is aligned; `contradicted` only when the best
//    aligned figure disagrees AND it shares at least two context words (or the head word) with
//    the note's figure, every proper name of the note's sentence occurs in that source, the two
//    values are of plausible size for one another (within 20× or a scale slip such as million vs
//    billion) and no agreeing figure is nearly as well aligned; `unverified` otherwise.
import type { Corpus } from './corpus';
import { comparable, figuresAgree, formatFigureLike, kindBit, precisionUnit } from './figures';
import { parseNote, NoteCitation, NoteFigure, NoteQuote, ParsedNote } from './notes';
import { positionAt, tokenize, Token } from './text';
import type { Figure, Passage, RuleCode, Severity, Source } from './types';

export type RuleSetting = Severity | 'off';

export const DEFAULT_RULES: Record<RuleCode, RuleSetting> = {
  'figure-mismatch': 'warning',
  'quote-not-found': 'warning',
  'unknown-source': 'error',
  'ambiguous-source': 'error',
  'figure-wrong-source': 'information',
  'figure-unverified': 'hint',
};

export interface CheckOptions {
  /** Relative tolerance for figures hedged with about/nearly/roughly (default 0.1). */
  hedgeTolerance?: number;
  rules?: Partial<Record<RuleCode, RuleSetting>>;
}

export interface Evidence {
  source: Source;
  passage: Passage;
  /** The source's figure this evidence rests on, when it is a figure. */
  figure?: Figure;
  /** Exact span in the source text: the figure, the quoted words, or the passage. */
  start: number;
  end: number;
  score: number;
}

export type FigureVerdict = 'supported' | 'contradicted' | 'unverified';

/** An edit to the note, by offsets into its text. */
export interface NoteEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: NoteEdit[];
  preferred?: boolean;
}

export interface FigureResult {
  figure: NoteFigure;
  verdict: FigureVerdict;
  /** Supporting passages (supported), or the contradicting figure first (contradicted). */
  evidence: Evidence[];
  /** Sources in scope; null when the whole corpus was searched. */
  scope: Source[] | null;
  /** Set when the figure is right but stated in another source than the one cited. */
  wrongSource?: Evidence;
  fixes: Fix[];
}

export interface QuoteResult {
  quote: NoteQuote;
  verdict: 'found' | 'not-found';
  /** Where the quote is (found), or the closest passage (not found). */
  evidence: Evidence[];
  /** The source's exact words closest to a misquote, when close enough to offer as a fix. */
  suggestion?: string;
  /** Found, but in a source outside the cited ones. */
  foundElsewhere?: Evidence;
  scope: Source[] | null;
}

export interface CitationResult {
  citation: NoteCitation;
  source: Source | null;
  ambiguous?: Source[];
}

export interface Finding {
  start: number;
  end: number;
  severity: Severity;
  code: RuleCode;
  message: string;
  fixes: Fix[];
  /** The source passage the finding refers to, if any. */
  related?: Evidence;
}

export interface NoteReport {
  note: ParsedNote;
  figures: FigureResult[];
  quotes: QuoteResult[];
  citations: CitationResult[];
  diagnostics: Finding[];
}

const WINDOW = 4;

interface Ctx {
  corpus: Corpus;
  tolerance: number;
}

export function checkNote(text: string, corpus: Corpus, options: CheckOptions = {}): NoteReport {
  const note = parseNote(text);
  return checkParsedNote(note, corpus, options);
}

export function checkParsedNote(note: ParsedNote, corpus: Corpus, options: CheckOptions = {}): NoteReport {
  const rules = { ...DEFAULT_RULES, ...(options.rules ?? {}) };
  const ctx: Ctx = { corpus, tolerance: options.hedgeTolerance ?? 0.1 };
  const diagnostics: Finding[] = [];
  const push = (f: Omit<Finding, 'severity'> & { severity?: Severity }) => {
    const setting = rules[f.code];
    if (setting === 'off') return;
    const line = positionAt(note.lineStarts, f.start).line;
    const ign = note.ignored.get(line);
    if (ign && (ign.has('*') || ign.has(f.code))) return;
    diagnostics.push({ ...f, severity: setting });
  };

  // Citations
  const citations: CitationResult[] = note.citations.map((c) => {
    const r = corpus.resolveKey(c.key);
    if (r.kind === 'found') return { citation: c, source: r.source };
    if (r.kind === 'ambiguous') {
      const names = r.candidates.slice(0, 5).map((s) => s.key);
      push({
        start: c.start,
        end: c.end,
        code: 'ambiguous-source',
        message: `"@${c.key}" matches ${r.candidates.length} sources: ${names.join(', ')}${r.candidates.length > 5 ? ', …' : ''}. Use a longer key.`,
        fixes: r.candidates.slice(0, 5).map((s) => ({ title: `Cite ${corpus.shortKey(s)} (${s.meta.title})`, edits: [{ start: c.start + 1, end: c.end, newText: corpus.shortKey(s) }] })),
      });
      return { citation: c, source: null, ambiguous: r.candidates };
    }
    const similar = similarKeys(corpus, c.key);
    push({
      start: c.start,
      end: c.end,
      code: 'unknown-source',
      message: `Unknown source "@${c.key}": no source has this id, alias or file name${similar.length ? `. Did you mean ${similar.map((k) => '@' + k).join(', ')}?` : corpus.sources.length === 0 ? ' (no sources are indexed: check the source folders setting).' : '.'}`,
      fixes: similar.map((k, i) => ({ title: `Change to @${k}`, edits: [{ start: c.start + 1, end: c.end, newText: k }], preferred: i === 0 && similar.length === 1 })),
    });
    return { citation: c, source: null };
  });
  const citedSource = new Map<NoteCitation, Source | null>(citations.map((c) => [c.citation, c.source]));

  const scopeOf = (sentenceIndex: number): Source[] | null => {
    const s = note.sentences[sentenceIndex];
    let cites = s.citations;
    if (cites.length === 0) cites = note.blocks[s.block].citations;
    const srcs = [...new Set(cites.map((c) => citedSource.get(c)).filter((x): x is Source => !!x))];
    return srcs.length ? srcs : null;
  };

  // Figures
  const figures: FigureResult[] = note.figures.map((f) => judgeFigure(ctx, note, f, scopeOf(f.sentence)));
  coSupport(ctx, figures);
  for (const r of figures) {
    const f = r.figure;
    const shown = asWritten(f);
    if (r.verdict === 'contradicted') {
      const e = r.evidence[0];
      const key = corpus.shortKey(e.source);
      const srcFig = e.figure!;
      const said = (srcFig.hedgeText ? srcFig.hedgeText + ' ' : '') + asWritten(srcFig);
      push({
        start: f.start,
        end: f.end,
        code: 'figure-mismatch',
        message: `The note says ${shown}; source ${key} says ${said} (line ${e.passage.line + 1}).`,
        fixes: r.fixes,
        related: e,
      });
    } else if (r.wrongSource) {
      const e = r.wrongSource;
      const cited = (r.scope ?? []).map((s) => corpus.shortKey(s)).join(', ');
      push({
        start: f.start,
        end: f.end,
        code: 'figure-wrong-source',
        message: `${shown} is stated in ${corpus.shortKey(e.source)} (line ${e.passage.line + 1}), not in the cited ${cited}.`,
        fixes: r.fixes,
        related: e,
      });
    } else if (r.verdict === 'unverified') {
      const where = r.scope ? listOr(r.scope.map((s) => corpus.shortKey(s))) : 'any source';
      push({ start: f.start, end: f.end, code: 'figure-unverified', message: `Unverified: no passage in ${where} states ${shown}.`, fixes: [] });
    }
  }

  // Quotes
  const quotes: QuoteResult[] = [];
  for (const q of note.quotes) {
    const scope = scopeOf(q.sentence);
    const r = judgeQuote(ctx, q, scope);
    quotes.push(r);
    const words = q.text.split(/\s+/).filter(Boolean).length;
    if (r.verdict === 'not-found' && words >= 2) {
      const where = scope ? scope.map((s) => corpus.shortKey(s)).join(', ') : 'the sources';
      let message: string;
      const fixes: Fix[] = [];
      if (r.foundElsewhere) {
        const e = r.foundElsewhere;
        message = `Quote not found in ${where}; it is in ${corpus.shortKey(e.source)} (line ${e.passage.line + 1}).`;
        const sentence = note.sentences[q.sentence];
        const cite = sentence.citations[0] ?? note.blocks[sentence.block].citations[0];
        if (cite) fixes.push({ title: `Cite ${corpus.shortKey(e.source)} instead`, edits: [{ start: cite.start + 1, end: cite.end, newText: corpus.shortKey(e.source) }], preferred: true });
      } else if (r.evidence.length) {
        const e = r.evidence[0];
        message = `Quote not found in ${where}. Closest (${corpus.shortKey(e.source)}, line ${e.passage.line + 1}): "${clip(r.suggestion ?? e.passage.text, 200)}"`;
        if (r.suggestion) fixes.push({ title: `Use the source's words: "${clip(r.suggestion, 60)}"`, edits: [{ start: q.start, end: q.end, newText: r.suggestion }], preferred: true });
      } else {
        message = `Quote not found in ${where}.`;
      }
      push({ start: q.start, end: q.end, code: 'quote-not-found', message, fixes, related: r.foundElsewhere ?? r.evidence[0] });
    }
  }

  diagnostics.sort((a, b) => a.start - b.start || a.end - b.end);
  return { note, figures, quotes, citations, diagnostics };
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

function similarKeys(corpus: Corpus, key: string): string[] {
  const low = key.toLowerCase();
  const scored: [string, number][] = [];
  for (const s of corpus.sources) {
    // suggest the key in the form the user wrote: an id or alias, or a file-name prefix
    const prefix = corpus.prefixKey(s);
    for (const k of new Set([prefix, s.key, s.meta.id, ...s.meta.aliases].filter(Boolean) as string[])) {
      const d = editDistance(low, k.toLowerCase().slice(0, Math.max(low.length, 3)));
      if (d <= Math.max(1, Math.floor(low.length / 3))) scored.push([k === s.key ? prefix : k, d]);
    }
  }
  scored.sort((a, b) => a[1] - b[1]);
  return [...new Set(scored.map((x) => x[0]))].slice(0, 3);
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}

// ---------------------------------------------------------------------------------------------
// Figures

interface Candidate {
  pid: number;
  passage: Passage;
  figure: Figure;
  local: number;
  global: number;
  shared: number;
  headShared: boolean;
  score: number;
  agree: boolean;
}

interface WindowTerm {
  term: string;
  weight: number;
}

/** Content words around a figure, nearest first, stopping at the neighbouring figures. */
function windowAround(tokens: Token[], fig: Figure, others: Figure[]): { before: WindowTerm[]; after: WindowTerm[] } {
  const figStart = fig.hedgeStart ?? fig.start;
  let leftWall = -Infinity;
  let rightWall = Infinity;
  // A date qualifies its whole clause ("could double by 2026", "350,000 GPUs by the end of 2024"):
  // its context runs past the neighbouring figures.
  const dated = isTimeAnchor(fig);
  for (const o of dated ? [] : others) {
    if (o === fig || (o.start === fig.start && o.end === fig.end)) continue;
    // a date is not a rival quantity: "costs in 2018 to $91 billion" keeps "costs" for the $91 billion,
    // "profit for the quarter to 30 September was $25m" keeps "profit" for the $25m
    if (isTimeAnchor(o)) continue;
    if (o.end <= figStart) leftWall = Math.max(leftWall, o.end);
    else if (o.start >= fig.end) rightWall = Math.min(rightWall, o.start);
  }
  const before: WindowTerm[] = [];
  const after: WindowTerm[] = [];
  for (let i = tokens.length - 1; i >= 0 && before.length < WINDOW; i--) {
    const t = tokens[i];
    if (t.end > figStart) continue;
    if (t.start < leftWall) break;
    if (isInsideFigureText(t, fig)) continue;
    before.push({ term: t.term, weight: 1 / (1 + 0.3 * before.length) });
  }
  for (let i = 0; i < tokens.length && after.length < WINDOW; i++) {
    const t = tokens[i];
    if (t.start < fig.end) continue;
    if (t.start >= rightWall) break;
    after.push({ term: t.term, weight: 1 / (1 + 0.3 * after.length) });
  }
  return { before, after };
}

/** A year, a quarter or a day of a month: when something happened, not how much. */
function isTimeAnchor(f: Figure): boolean {
  return f.kind === 'year' || f.kind === 'quarter' || f.kind === 'date';
}

function isInsideFigureText(t: Token, f: Figure): boolean {
  return t.start >= f.start && t.end <= f.end;
}

/** Words that carry no meaning about what a figure measures: hedges, scale words, units already in the figure. */
const FIGURE_WORDS = new Set([
  'nearly', 'almost', 'approximately', 'roughly', 'around', 'close', 'exceed', 'least', 'less', 'fewer', 'than', 'million',
  'billion', 'trillion', 'thousand', 'hundred', 'bn', 'tn', 'percent', 'cent', 'dollar', 'pound', 'euro', 'end', 'by',
  'some', 'over', 'under', 'up', 'about', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen',
  'half', 'double', 'twice', 'tens', 'hundreds', 'thousands', 'millions', 'billions', 'trillions', 'times', 'according', 'say', 'said', 'says', 'report', 'reported', 'put', 'given', 'give', 'quot',
  'quote', 'stood', 'stand', 'reach', 'reached', 'still', 'already', 'now', 'instead', 'same',
]);

function contextTerms(ws: WindowTerm[]): WindowTerm[] {
  return ws.filter((w) => !FIGURE_WORDS.has(w.term));
}

const sentenceTokenCache = new WeakMap<ParsedNote, Token[][]>();
/** Tokens of a note sentence (cached per note: every figure of the sentence needs them). */
function sentenceTokens(note: ParsedNote, si: number): Token[] {
  let all = sentenceTokenCache.get(note);
  if (!all) sentenceTokenCache.set(note, (all = []));
  let toks = all[si];
  if (!toks) {
    const s = note.sentences[si];
    toks = all[si] = tokenize(note.figureText, s.start, s.end);
  }
  return toks;
}

/** Is the figure one whose value is easily matched by chance (a year, a small integer, a word)? */
function isWeak(f: Figure): boolean {
  if (f.kind === 'year' || f.kind === 'multiplier') return true;
  if (f.scale === 1 && f.decimals === 0 && Math.abs(f.value) <= 12 && f.kind !== 'currency' && f.kind !== 'percent') return true;
  return false;
}

const referableTermSets = new WeakMap<Passage, Set<string>>();
/**
 * Index terms a passage can refer to: its own, those of the two passages before it in the same
 * paragraph (where its subject is usually named: "Scale AI. Meta invested $14.3 billion…"), and
 * the source's title. Not the passages after it: "Ray grew 25.6% … Weaviate grew 11.4%" must not
 * let the 25.6% speak for Weaviate.
 */
function referableTerms(corpus: Corpus, src: Source, p: Passage): Set<string> {
  let set = referableTermSets.get(p);
  if (!set) {
    set = leadingTerms(corpus, src, p);
    for (const t of corpus.passageTokens(corpus.pid(p))) set.add(t.term);
    referableTermSets.set(p, set);
  }
  return set;
}

/** The source's title and the two passages before p in its paragraph: where p's subject is named. */
function leadingTerms(corpus: Corpus, src: Source, p: Passage): Set<string> {
  const set = new Set(tokenize(src.meta.title).map((t) => t.term));
  for (let i = Math.max(0, p.index - 2); i < p.index; i++) {
    if (src.passages[i].paragraph !== p.paragraph) continue;
    for (const t of corpus.passageTokens(corpus.base[src.index] + i)) set.add(t.term);
  }
  return set;
}

/**
 * Proper names of a sentence: capitalised words. A sentence's first word counts only when the
 * sources never write it in lower case ("Weaviate grew…") or do not use it at all ("Google
 * planned…" in a corpus that never names Google), since most sentences start with an ordinary word.
 */
function properNames(corpus: Corpus, text: string, tokens: Token[], sentenceStart: number): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const c = text.charCodeAt(t.start);
    if (c < 65 || c > 90) continue;
    const prev = text.slice(Math.max(sentenceStart, t.start - 2), t.start);
    const initial = t.start === sentenceStart || /[.:!?]\s$/.test(prev) || /["“(*_]$/.test(prev);
    if (initial && corpus.has(t.term) && !corpus.isName(t.term)) continue;
    out.push(t.term);
  }
  return out;
}

function plausible(a: Figure, b: Figure): boolean {
  if (a.kind === 'year' || a.kind === 'quarter' || b.kind === 'year' || b.kind === 'quarter') return Math.abs(a.value - b.value) <= 30;
  const x = Math.abs(a.value);
  const y = Math.abs(b.value);
  if (x === 0 || y === 0) return x + y < 10;
  const ratio = Math.max(x, y) / Math.min(x, y);
  if (ratio <= 20) return true;
  // a scale slip: the same digits with a different scale word (14.3 million vs 14.3 billion)
  const l = Math.log10(ratio);
  return Math.abs(l - Math.round(l)) < 1e-6 && Math.round(l) % 3 === 0;
}

function judgeFigure(ctx: Ctx, note: ParsedNote, f: NoteFigure, scope: Source[] | null): FigureResult {
  const inScope = scope ? new Set(scope.map((s) => s.index)) : null;
  const primary = rankCandidates(ctx, note, f, scope ? { only: scope } : null);
  const result = decide(ctx, note, f, primary, namesOfSentence(ctx.corpus, note, f.sentence));
  const out: FigureResult = { figure: f, verdict: result.verdict, evidence: result.evidence, scope, fixes: [] };

  if (scope && result.verdict !== 'supported' && !isWeak(f)) {
    // Right figure, wrong source? Look outside the cited sources for a well-aligned agreeing figure.
    const others = rankCandidates(ctx, note, f, { except: inScope! });
    const best = others.filter((c) => c.agree && c.local >= 0.25 && c.score >= 0.3 && c.shared >= 1)[0];
    const contra = result.verdict === 'contradicted' ? result.evidence[0].score : 0;
    if (best && best.score >= contra) {
      const ev = toEvidence(ctx, best);
      out.verdict = 'supported';
      out.evidence = [ev];
      out.wrongSource = ev;
      const sentence = note.sentences[f.sentence];
      const cite = sentence.citations[0] ?? note.blocks[sentence.block].citations[0];
      const key = ctx.corpus.shortKey(ev.source);
      if (cite) out.fixes.push({ title: `Cite ${key} instead of ${cite.key}`, edits: [{ start: cite.start + 1, end: cite.end, newText: key }], preferred: true });
      return out;
    }
  }
  if (out.verdict === 'contradicted') {
    const src = out.evidence[0].figure!;
    const replacement = formatFigureLike(src, f);
    out.fixes.push({
      title: `Replace ${f.text} with ${replacement} (from ${ctx.corpus.shortKey(out.evidence[0].source)})`,
      edits: [{ start: f.start, end: f.end, newText: replacement }],
      preferred: true,
    });
  }
  if (out.verdict === 'supported' && !scope) {
    // Supported by a source the sentence does not cite: offer to add the citation.
    const ev = out.evidence[0];
    const key = ctx.corpus.shortKey(ev.source);
    const sentence = note.sentences[f.sentence];
    let at = sentence.end;
    while (at > sentence.start && /[.!?;:]/.test(note.text[at - 1])) at--;
    out.fixes.push({ title: `Cite ${key} (${clip(ev.source.meta.title, 40)})`, edits: [{ start: at, end: at, newText: ` [@${key}]` }] });
  }
  return out;
}

/**
 * A weak figure (a year, a small number) left unverified is supported when a passage that supports
 * another figure of the same sentence states it too: "350,000 GPUs by the end of 2024", where the
 * passage behind 350,000 also says 2024.
 */
function coSupport(ctx: Ctx, results: FigureResult[]): void {
  for (const r of results) {
    if (r.verdict !== 'unverified' || !isWeak(r.figure)) continue;
    for (const other of results) {
      if (other === r || other.figure.sentence !== r.figure.sentence || other.verdict !== 'supported') continue;
      for (const e of other.evidence) {
        const g = e.passage.figures.find((x) => figuresAgree(r.figure, x, ctx.tolerance));
        if (g) {
          r.verdict = 'supported';
          r.evidence = [{ source: e.source, passage: e.passage, figure: g, start: g.start, end: g.end, score: e.score }];
          break;
        }
      }
      if (r.verdict === 'supported') break;
    }
  }
}

/** Where to look: only some sources (the cited ones), all but some, or everywhere (null). */
type Where = { only: Source[] } | { except: Set<number> } | null;

function rankCandidates(ctx: Ctx, note: ParsedNote, f: NoteFigure, where: Where): Candidate[] {
  const { corpus } = ctx;
  const toks = sentenceTokens(note, f.sentence);
  const siblings = note.figures.filter((g) => g.sentence === f.sentence);
  const win = windowAround(toks, f, siblings);
  const local = contextTerms([...win.before, ...win.after]);
  const head = contextTerms(win.after)[0]?.term ?? contextTerms(win.before)[0]?.term;

  // Query: sentence words weighted by closeness to the figure.
  const figPos = toks.findIndex((t) => t.start >= f.end);
  const anchor = figPos === -1 ? toks.length : figPos;
  const qmap = new Map<string, number>();
  toks.forEach((t, i) => {
    if (isInsideFigureText(t, f) || FIGURE_WORDS.has(t.term)) return;
    const d = i < anchor ? anchor - i - 1 : i - anchor;
    const w = Math.max(0.3, 1 / (1 + 0.15 * d));
    qmap.set(t.term, Math.max(qmap.get(t.term) ?? 0, w));
  });
  for (const w of local) qmap.set(w.term, Math.max(qmap.get(w.term) ?? 0, 1));
  const query = [...qmap].map(([term, weight]) => ({ term, weight }));
  if (query.length === 0) return [];
  const idfW = (term: string) => {
    const idf = corpus.idf(term);
    return corpus.has(term) ? idf : idf * 0.5; // words no source uses weigh half: often the note's own phrasing
  };
  const qTotal = query.reduce((s, q) => s + idfW(q.term) * q.weight, 0);
  const lTotal = local.reduce((s, w) => s + idfW(w.term) * w.weight, 0);

  // Passages that hold a figure of a comparable kind (a bit test), then BM25 among them: over the
  // cited sources' passages directly, or over the posting lists for the whole corpus.
  const bit = kindBit(f.kind);
  const mask = corpus.kindMask;
  let top;
  if (where && 'only' in where) {
    const pids: number[] = [];
    for (const src of where.only) {
      const base = corpus.base[src.index];
      for (let i = 0; i < src.passages.length; i++) if (mask[base + i] & bit) pids.push(base + i);
    }
    top = corpus.bm25Of(query, pids, 40);
  } else {
    const except = where?.except;
    top = corpus.bm25(query, 40, (pid) => (mask[pid] & bit) !== 0 && (!except || !except.has(corpus.passages[pid].source)));
  }
  const out: Candidate[] = [];
  for (const { pid } of top) {
    const p = corpus.passages[pid];
    const ptf = corpus.passageTf(pid);
    let g = 0;
    for (const q of query) if (ptf.has(q.term)) g += idfW(q.term) * q.weight;
    const global = qTotal ? g / qTotal : 0;
    for (const sf of p.figures) {
      if (!comparable(f, sf)) continue;
      const sweights = sourceWindow(ctx, pid, sf);
      let l = 0;
      let shared = 0;
      const seen = new Set<string>();
      for (const w of local) {
        const sw2 = sweights.get(w.term);
        if (sw2 === undefined || seen.has(w.term)) continue;
        seen.add(w.term);
        l += idfW(w.term) * w.weight * (0.5 + 0.5 * sw2);
        shared++;
      }
      const localScore = lTotal ? l / lTotal : 0;
      const score = lTotal ? 0.6 * localScore + 0.4 * global : 0.8 * global;
      out.push({
        pid,
        passage: p,
        figure: sf,
        local: localScore,
        global,
        shared,
        headShared: head !== undefined && sweights.has(head),
        score,
        agree: figuresAgree(f, sf, ctx.tolerance),
      });
    }
  }
  out.sort((a, b) => b.score - a.score || closeness(f, b.figure) - closeness(f, a.figure));
  return out;
}

/** What a figure's surroundings say about what it measures, beyond its words. */
interface Frame {
  /** Rate units around the figure ("per year", "monthly", "per capita"). */
  rates: Set<string>;
  /**
   * When the figure is anchored in time, if a date or period is right next to it: "y2018" for
   * "… in 2018", "d2year" for "over the past two years", "d3month" for "three months ago".
   */
  when?: string;
  /** For a date: the preposition that gives it its role ("by", "in", "since"…). */
  prep?: string;
}

const RATE = /\b(?:(?:per|every|each|a|an)\s+(year|month|week|day|hour|annum|quarter|capita|person|head)|(annual|annually|yearly|monthly|weekly|daily|hourly|quarterly))\b/gi;
const RATE_UNIT: Record<string, string> = {
  annum: 'year', annual: 'year', annually: 'year', yearly: 'year', monthly: 'month', weekly: 'week', daily: 'day', hourly: 'hour',
  quarterly: 'quarter', person: 'capita', head: 'capita',
};
const DATE_PREP = /\b(by|in|since|until|till|before|after|from|to|through|during|between|and|for|of|as\s+of)\s+(?:the\s+)?(?:(?:end|start|beginning|middle|close|first\s+half|second\s+half)\s+of\s+)?(?:(?:early|late|mid)[-\s])?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?)?$/i;

function frameOf(text: string, f: Figure, siblings: Figure[], floor: number, ceil: number): Frame {
  const a = Math.max(floor, (f.hedgeStart ?? f.start) - 80);
  const b = Math.min(ceil, f.end + 80);
  const rates = new Set<string>();
  const around = text.slice(a, f.hedgeStart ?? f.start) + ' ' + text.slice(f.end, b);
  RATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RATE.exec(around)) !== null) {
    const u = (m[1] ?? m[2]).toLowerCase();
    rates.add(RATE_UNIT[u] ?? u);
  }
  const frame: Frame = { rates };
  if (f.kind === 'year' || f.kind === 'quarter') {
    const pm = DATE_PREP.exec(text.slice(Math.max(floor, f.start - 60), f.start));
    frame.prep = pm ? pm[1].toLowerCase().replace(/\s+/g, ' ') : undefined;
  } else {
    let best = Infinity;
    for (const g of siblings) {
      if (g === f || (g.kind !== 'year' && g.kind !== 'quarter' && g.kind !== 'duration')) continue;
      const d = g.start >= f.end ? g.start - f.end : f.start - g.end;
      if (d >= 0 && d <= 80 && d < best) {
        best = d;
        frame.when = g.kind === 'duration' ? `d${g.value}${g.unit ?? ''}` : `y${g.value}`;
      }
    }
  }
  return frame;
}

/** Do the two figures' frames show they measure different things (rate vs total, other year, other role)? */
function framesDiffer(n: Frame, s: Frame): boolean {
  if (n.rates.size || s.rates.size) {
    if (n.rates.size !== s.rates.size) return true;
    for (const r of n.rates) if (!s.rates.has(r)) return true;
  }
  if (n.when !== undefined && s.when !== undefined && n.when !== s.when) return true;
  if (n.prep !== s.prep) return true;
  return false;
}

const sourceWindows = new WeakMap<Figure, Map<string, number>>();
/** Context words around a source's figure with their weights (cached: the same for every note). */
function sourceWindow(ctx: Ctx, pid: number, sf: Figure): Map<string, number> {
  let w = sourceWindows.get(sf);
  if (!w) {
    const p = ctx.corpus.passages[pid];
    const sw = windowAround(ctx.corpus.passageTokens(pid), sf, p.figures);
    w = new Map<string, number>();
    for (const t of contextTerms([...sw.before, ...sw.after])) w.set(t.term, Math.max(w.get(t.term) ?? 0, t.weight));
    sourceWindows.set(sf, w);
  }
  return w;
}

/** Higher when b's value is closer to a's (tie-breaker between equally aligned candidates). */
function closeness(a: Figure, b: Figure): number {
  const x = Math.abs(a.value) + 1e-9;
  const y = Math.abs(b.value) + 1e-9;
  return -Math.abs(Math.log(x / y));
}

function toEvidence(ctx: Ctx, c: Candidate): Evidence {
  return { source: ctx.corpus.sources[c.passage.source], passage: c.passage, figure: c.figure, start: c.figure.start, end: c.figure.end, score: c.score };
}

/**
 * Significant digits as written ("14.3" → 3, "350,000" → 2, "82.0" → 2): a figure with three or
 * more is rarely matched by chance, so agreeing on it needs less context.
 */
function significantDigits(f: Figure): number {
  const digits = f.text.replace(/[^0-9]/g, '').replace(/^0+/, '').replace(/0+$/, '');
  return f.words ? 1 : digits.length;
}

/** Does an agreeing candidate carry enough context to call the note's figure supported? */
function supportsFigure(f: Figure, c: Candidate): boolean {
  if (!c.agree) return false;
  if (isWeak(f)) return (c.local >= 0.2 && c.shared >= 1) || c.global >= 0.4;
  if (significantDigits(f) >= 3 && (c.shared >= 1 || c.global >= 0.15)) return true;
  return (c.local >= 0.15 && c.shared >= 1) || c.global >= 0.35;
}

function decide(ctx: Ctx, note: ParsedNote, f: NoteFigure, cands: Candidate[], names: string[]): { verdict: FigureVerdict; evidence: Evidence[] } {
  const supports = cands.filter((c) => supportsFigure(f, c));
  const bestSupport = supports[0];
  // The best-aligned disagreeing figure that passes every check (the first few in rank order: the
  // very best may speak of another subject, "Ray rose 25.6%" for a note about Weaviate).
  const contra = cands
    .filter((c) => !c.agree)
    .slice(0, 5)
    .find((c) => isContradiction(ctx, note, f, c, names));
  if (bestSupport && (!contra || bestSupport.score >= 0.5 * contra.score)) {
    const ev = supports.filter((c) => c.score >= 0.7 * bestSupport.score).slice(0, 3).map((c) => toEvidence(ctx, c));
    return { verdict: 'supported', evidence: ev };
  }
  if (contra) return { verdict: 'contradicted', evidence: [toEvidence(ctx, contra)] };
  if (bestSupport) return { verdict: 'supported', evidence: [toEvidence(ctx, bestSupport)] };
  return { verdict: 'unverified', evidence: [] };
}

function isContradiction(ctx: Ctx, note: ParsedNote, f: NoteFigure, c: Candidate, names: string[]): boolean {
  if (c.local < 0.25 || c.score < 0.3) return false;
  if (!(c.shared >= 2 || (c.headShared && c.local >= 0.35))) return false;
  if (!plausible(f, c.figure)) return false;
  if (f.vague || c.figure.vague) return false;
  if (isWeak(f) && c.shared < 2) return false;
  // A source figure that another figure of the note's sentence already states is that figure's
  // evidence ("29 of our 60 years" against "29 years"), not a rival value for this one.
  if (note.figures.some((g) => g.sentence === f.sentence && g !== f && (g.value === c.figure.value || figuresAgree(g, c.figure, ctx.tolerance)))) return false;
  // Complementary shares ("31% drink" / "69% do not") state the same fact two ways.
  if (f.kind === 'percent' && c.figure.kind === 'percent' && Math.abs(f.value + c.figure.value - 100) <= Math.max(precisionUnit(f), precisionUnit(c.figure))) return false;
  // Rate vs total, figures of different years, dates in different roles: not the same quantity.
  const s = note.sentences[f.sentence];
  const nf = frameOf(note.figureText, f, note.figures.filter((g) => g.sentence === f.sentence), s.start, s.end);
  const src = ctx.corpus.sources[c.passage.source];
  const sf = frameOf(src.text, c.figure, c.passage.figures, c.passage.start, c.passage.end);
  if (framesDiffer(nf, sf)) return false;
  // A date that anchors another figure ("In 2019, 900,000 passengers") is only wrong if that
  // figure matches the source's: otherwise the two sentences are simply about different data points.
  if (f.kind === 'year' || f.kind === 'quarter') {
    const anchored = note.figures.filter((g) => g.sentence === f.sentence && g !== f && g.kind !== 'year' && g.kind !== 'quarter' && Math.min(Math.abs(g.start - f.end), Math.abs(f.start - g.end)) <= 50);
    if (anchored.length && !anchored.some((g) => c.passage.figures.some((h) => figuresAgree(g, h, ctx.tolerance)))) return false;
  }
  // Every proper name of the note's sentence must occur where the contradicting figure can refer
  // to it: its sentence, the two before it in its paragraph, or the source's title.
  const terms = referableTerms(ctx.corpus, src, c.passage);
  for (const name of names) if (!terms.has(name)) return false;
  // The note's subject (the names before its figure: "Anthropic's Claude 3 Sonnet scored 79.0") must
  // be the source figure's too: named before it or right after it, not merely elsewhere in the
  // sentence ("Llama 3 70B … 82.0 on MMLU … competitive with Claude 3 Sonnet").
  const subject = subjectNames(ctx.corpus, note, f);
  if (subject.length && !subject.some((t) => sourceSubjectTerms(ctx, src, c.passage, c.figure).has(t))) return false;
  return true;
}

/** Proper names of the note's sentence that stand before the figure. */
function subjectNames(corpus: Corpus, note: ParsedNote, f: NoteFigure): string[] {
  const s = note.sentences[f.sentence];
  const before = sentenceTokens(note, f.sentence).filter((t) => t.end <= (f.hedgeStart ?? f.start));
  return properNames(corpus, note.figureText, before, s.start);
}

/**
 * Terms a source figure can have as its subject: the source's title (whom the article is about),
 * before the figure (in its sentence and the two before) and just after it.
 */
function sourceSubjectTerms(ctx: Ctx, src: Source, p: Passage, sf: Figure): Set<string> {
  const corpus = ctx.corpus;
  const set = leadingTerms(corpus, src, p);
  const toks = corpus.passageTokens(corpus.pid(p));
  for (const t of toks) if (t.end <= (sf.hedgeStart ?? sf.start)) set.add(t.term);
  // just after: the figure's own context window (its unit or noun: "82.0 on the MMLU benchmark")
  for (const w of windowAround(toks, sf, p.figures).after) set.add(w.term);
  return set;
}

/** Proper names of a note sentence, as index terms. */
function namesOfSentence(corpus: Corpus, note: ParsedNote, si: number): string[] {
  const s = note.sentences[si];
  return properNames(corpus, note.figureText, sentenceTokens(note, si), s.start);
}

// ---------------------------------------------------------------------------------------------
// Quotes

interface NormText {
  text: string;
  /** map[i] = offset in the original of normalised char i. */
  map: Int32Array;
}

const normCache = new WeakMap<Source, NormText>();

/** Normalise (case, quotes, dashes, white space, emphasis marks) keeping a map back to offsets. */
export function normalizeWithMap(s: string, from = 0, to = s.length): NormText {
  const out: string[] = [];
  const map: number[] = [];
  let space = false;
  for (let i = from; i < to; i++) {
    let ch = s[i];
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 160) {
      space = true;
      continue;
    }
    if (ch === '*' || ch === '_') continue;
    if (space && out.length) {
      out.push(' ');
      map.push(i - 1);
    }
    space = false;
    // every quote mark is the same mark: "modulo quote style", and nested quotes switch style
    if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b || c === 0x60 || c === 0xb4 || c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0xab || c === 0xbb) ch = "'";
    else if (c >= 0x2010 && c <= 0x2015) ch = '-';
    else if (c === 0x2212) ch = '-';
    else if (c === 0x2026) {
      out.push('.', '.', '.');
      map.push(i, i, i);
      continue;
    } else ch = ch.toLowerCase();
    out.push(ch);
    map.push(i);
  }
  return { text: out.join(''), map: Int32Array.from(map) };
}

function normalizedSource(src: Source): NormText {
  let n = normCache.get(src);
  if (!n) {
    n = normalizeWithMap(src.text, src.bodyStart);
    normCache.set(src, n);
  }
  return n;
}

function quoteParts(q: string): string[] {
  return q
    .split(/\s*(?:\[\s*(?:\.\.\.|…)\s*\]|\.\.\.|…)\s*/)
    .map((p) => normalizeWithMap(p).text.replace(/^[\s.,;:!?'"-]+|[\s.,;:!?'"-]+$/g, ''))
    .filter((p) => p.length > 0);
}

function findQuoteIn(src: Source, parts: string[]): { start: number; end: number } | null {
  if (parts.length === 0) return null;
  const n = normalizedSource(src);
  let from = 0;
  let first = -1;
  let lastEnd = -1;
  for (const part of parts) {
    const i = n.text.indexOf(part, from);
    if (i === -1) return null;
    if (first === -1) first = i;
    lastEnd = i + part.length;
    from = lastEnd;
  }
  return { start: n.map[first], end: n.map[lastEnd - 1] + 1 };
}

function passageAt(src: Source, offset: number): Passage | undefined {
  let lo = 0;
  let hi = src.passages.length - 1;
  let best: Passage | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (src.passages[mid].start <= offset) {
      best = src.passages[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/**
 * Sources that may hold a quote: in a large corpus, only those whose passages rank for the quote's
 * words (a verbatim quote ranks its own passage first); all of them when the quote has no content
 * words or the set is small.
 */
function quoteCandidates(ctx: Ctx, q: NoteQuote, pool: Source[] | null, except?: Set<number>): Source[] {
  const { corpus } = ctx;
  const all = pool ?? corpus.sources;
  const list = except ? all.filter((s) => !except.has(s.index)) : all;
  if (list.length <= 16) return list;
  const qterms = tokenize(q.text);
  if (qterms.length === 0) return list;
  const allowed = pool ? new Set(pool.map((s) => s.index)) : null;
  const top = corpus.bm25(
    qterms.map((t) => ({ term: t.term, weight: 1 })),
    64,
    (pid) => {
      const src = corpus.passages[pid].source;
      return (!allowed || allowed.has(src)) && (!except || !except.has(src));
    },
  );
  return [...new Set(top.map((t) => corpus.sources[corpus.passages[t.pid].source]))];
}

function judgeQuote(ctx: Ctx, q: NoteQuote, scope: Source[] | null): QuoteResult {
  const { corpus } = ctx;
  const parts = quoteParts(q.text);
  for (const src of quoteCandidates(ctx, q, scope)) {
    const at = findQuoteIn(src, parts);
    if (at) {
      const p = passageAt(src, at.start) ?? src.passages[0];
      return { quote: q, verdict: 'found', evidence: [{ source: src, passage: p, start: at.start, end: at.end, score: 1 }], scope };
    }
  }
  const result: QuoteResult = { quote: q, verdict: 'not-found', evidence: [], scope };
  if (scope) {
    const inSet = new Set(scope.map((s) => s.index));
    for (const src of quoteCandidates(ctx, q, null, inSet)) {
      const at = findQuoteIn(src, parts);
      if (at) {
        const p = passageAt(src, at.start) ?? src.passages[0];
        result.foundElsewhere = { source: src, passage: p, start: at.start, end: at.end, score: 1 };
        return result;
      }
    }
  }
  // Closest passage within scope, and the span of it that best matches the quote, word by word.
  const qtoks = tokenize(q.text);
  if (qtoks.length === 0) return result;
  const allow = scope ? ((s) => (pid: number) => s.has(corpus.passages[pid].source))(new Set(scope.map((x) => x.index))) : undefined;
  const top = corpus.bm25(
    qtoks.map((t) => ({ term: t.term, weight: 1 })),
    8,
    allow,
  );
  const qwords = words(q.text, 0, q.text.length).map((w) => w.norm);
  let best: { pid: number; sim: number; start: number; end: number } | null = null;
  for (const { pid } of top) {
    const p = corpus.passages[pid];
    const span = bestSpan(qwords, words(corpus.sources[p.source].text, p.start, p.end));
    if (span && (!best || span.sim > best.sim)) best = { pid, ...span };
  }
  if (best) {
    const p = corpus.passages[best.pid];
    const src = corpus.sources[p.source];
    result.evidence.push({ source: src, passage: p, start: best.start, end: best.end, score: best.sim });
    // Offer the source's exact words only when they are clearly the same sentence, misquoted.
    if (best.sim >= 0.7) result.suggestion = src.text.slice(best.start, best.end).replace(/\s+/g, ' ').replace(/["“”]/g, (m) => (m === '"' ? "'" : m === '“' ? '‘' : '’'));
  }
  return result;
}

interface Word {
  norm: string;
  start: number;
  end: number;
}

/** Words of text[from, to) with their spans, normalised (lower case, punctuation stripped). */
function words(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const re = /\S+/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) {
    let a = m.index;
    let b = Math.min(m.index + m[0].length, to);
    while (a < b && !/[\p{L}\p{N}]/u.test(text[a])) a++;
    while (b > a && !/[\p{L}\p{N}]/u.test(text[b - 1])) b--;
    if (b > a) out.push({ norm: normalizeWithMap(text, a, b).text, start: a, end: b });
  }
  return out;
}

/** The run of passage words most like the quote's words (Dice over word multisets). */
function bestSpan(qwords: string[], pwords: Word[]): { sim: number; start: number; end: number } | null {
  const n = qwords.length;
  if (n === 0 || pwords.length === 0) return null;
  const qcount = new Map<string, number>();
  for (const w of qwords) qcount.set(w, (qcount.get(w) ?? 0) + 1);
  let best: { sim: number; start: number; end: number } | null = null;
  const minLen = Math.max(1, n - 2);
  const maxLen = n + 2;
  for (let i = 0; i < pwords.length; i++) {
    if (!qcount.has(pwords[i].norm)) continue;
    const have = new Map<string, number>();
    let inter = 0;
    for (let j = i; j < Math.min(pwords.length, i + maxLen); j++) {
      const w = pwords[j].norm;
      const c = (have.get(w) ?? 0) + 1;
      have.set(w, c);
      if (c <= (qcount.get(w) ?? 0)) inter++;
      if (j - i + 1 < minLen) continue;
      const sim = (2 * inter) / (n + j - i + 1);
      if (!best || sim > best.sim + 1e-9) best = { sim, start: pwords[i].start, end: pwords[j].end };
    }
  }
  return best;
}
