// Free-text search over source passages (the search palette, `grounded search`, workspace
// symbols): BM25 with the last word as a prefix, plus passages that state a figure of the query.
// A passage is a hit only when it holds enough of the query (MIN_COVERAGE): one shared word of a
// three-word query is a loose match, not a result, and an unrelated query finds nothing.
import { extractFigures, figuresAgree } from './figures';
import type { PassageStore } from './store';
import type { Figure, Passage, Source } from './types';

export interface PassageHit {
  source: Source;
  passage: Passage;
  score: number;
  /** [start, end) offsets within passage.text of matched words and figures. */
  highlights: [number, number][];
  /** [start, end) within passage.text: the tightest run of matched words, what opening the hit selects. */
  focus: [number, number];
}

/** Share of the query's words (and figures) a passage must hold: both of two, two of three, three of four or five. */
export const MIN_COVERAGE = 0.6;
/** The last word counts as a prefix ("H10" for H100) from this many characters; shorter, only as a whole word. */
export const MIN_PREFIX_CHARS = 3;
/** Matched words at most this many characters apart belong to one run (the focus of a hit). */
const FOCUS_GAP_CHARS = 24;

/** One thing the query asks for: a word (its term, or the typed prefix for the last one) or a figure. */
type Want = { term: string; prefix?: string } | { figure: Figure };

export function searchHits(corpus: PassageStore, query: string, limit = 20, allowSource?: (src: number) => boolean): PassageHit[] {
  const scored = new Map<number, number>();
  for (const s of corpus.search(query, limit * 3, allowSource)) scored.set(s.pid, s.score);

  // Figures in the query ("350,000", "$14.3 billion") find the passages that state them.
  const qfigs = extractFigures(query).filter((f) => f.kind !== 'year' || f.text.length === 4);
  if (qfigs.length) {
    const best = Math.max(1, ...scored.values());
    for (const pid of corpus.passagesStating ? corpus.passagesStating(qfigs) : allPassages(corpus.passageCount)) {
      const p = corpus.passage(pid);
      if (allowSource && !allowSource(p.source)) continue;
      if (p.figures.some((g) => qfigs.some((f) => figuresAgree(f, g)))) scored.set(pid, (scored.get(pid) ?? 0) + best);
    }
  }
  const wants = wanted(corpus, query, qfigs);
  const needed = Math.ceil(MIN_COVERAGE * wants.length);
  const hits: PassageHit[] = [];
  for (const [pid, score] of [...scored].sort((a, b) => b[1] - a[1] || a[0] - b[0])) {
    if (hits.length >= limit) break;
    const passage = corpus.passage(pid);
    const { highlights, met } = matches(corpus, passage, wants);
    if (wants.length === 0 || met < needed) continue;
    hits.push({ source: corpus.sources[passage.source], passage, score, highlights, focus: focusOf(highlights, passage.text.length) });
  }
  return hits;
}

function* allPassages(n: number): Generator<number> {
  for (let pid = 0; pid < n; pid++) yield pid;
}

/** What the query asks for: its content words (the last, being typed, as a prefix too) and its figures. */
function wanted(corpus: PassageStore, query: string, qfigs: Figure[]): Want[] {
  const raw = query.trimEnd();
  const toks = corpus.tokenizer.tokenize(query);
  const out: Want[] = [];
  const seen = new Set<string>();
  toks.forEach((t, i) => {
    if (seen.has(t.term)) return;
    seen.add(t.term);
    const typed = raw.slice(t.start, t.end).toLowerCase();
    const last = i === toks.length - 1 && t.end === raw.length && typed.length >= MIN_PREFIX_CHARS;
    out.push(last ? { term: t.term, prefix: typed } : { term: t.term });
  });
  for (const f of qfigs) out.push({ figure: f });
  return out;
}

/** Which of the wants a passage meets, and where (the highlights). */
function matches(corpus: PassageStore, passage: Passage, wants: Want[]): { highlights: [number, number][]; met: number } {
  const met = new Set<Want>();
  const highlights: [number, number][] = [];
  // each word looked up, not compared with every word of the query (a pasted paragraph is a query too)
  const byTerm = new Map<string, Want>();
  let typed: { term: string; prefix?: string } | undefined;
  for (const x of wants) {
    if (!('term' in x)) continue;
    if (!byTerm.has(x.term)) byTerm.set(x.term, x);
    if (x.prefix !== undefined) typed = x;
  }
  for (const t of corpus.tokenizer.tokenize(passage.text)) {
    const w = byTerm.get(t.term) ?? (typed && passage.text.slice(t.start, t.end).toLowerCase().startsWith(typed.prefix!) ? typed : undefined);
    if (!w) continue;
    met.add(w);
    highlights.push([t.start, t.end]);
  }
  for (const g of passage.figures) {
    const w = wants.find((x) => 'figure' in x && figuresAgree(x.figure, g));
    if (!w) continue;
    met.add(w);
    highlights.push([g.start - passage.start, g.end - passage.start]);
  }
  highlights.sort((a, b) => a[0] - b[0]);
  return { highlights, met: met.size };
}

/** The run of matched words (close together) with the most matches; the first such run on a tie. */
function focusOf(highlights: [number, number][], length: number): [number, number] {
  if (highlights.length === 0) return [0, length];
  let best: [number, number] = highlights[0];
  let bestCount = 1;
  let run: [number, number] = [...highlights[0]];
  let count = 1;
  for (let i = 1; i < highlights.length; i++) {
    const [a, b] = highlights[i];
    if (a - run[1] <= FOCUS_GAP_CHARS) {
      run[1] = Math.max(run[1], b);
      count++;
    } else {
      run = [a, b];
      count = 1;
    }
    if (count > bestCount) {
      best = [run[0], run[1]];
      bestCount = count;
    }
  }
  return best;
}
