// What one source adds to a base, read by the embedded index's own pass (buildPostings): its
// postings (term, passage, frequency, length, kind bits), figures for the value index, the terms
// and words it writes in lower case or capitalised inside a sentence, and the stored document.
// The loader writes these rows; summed over the sources they are the embedded index's statistics.
import { kindBit } from '../figures';
import { buildPostings } from '../indexer';
import { PostingCursor } from '../postingList';
import type { Tokenizer } from '../text';
import type { Source } from '../types';
import type { SourceDoc } from './remote';

/** What one source adds to the tables. */
export interface Rows {
  doc: SourceDoc;
  terms: number;
  figures: number;
  postings: { term: string; idx: number; tf: number; len: number; kinds: number }[];
  figureRows: { idx: number; fig: number; value: number; kinds: number }[];
  sourceTerms: { term: string; df: number; lower: boolean }[];
  sourceWords: { word: string; lower: boolean; capin: boolean }[];
}

/** The indexer's own pass over one source: its postings, lengths, kinds and written forms. */
export function rowsOf(src: Source, tokenizer: Tokenizer): Rows {
  const list: Source[] = [];
  list[src.index] = src; // its passages name it by its index
  const ix = buildPostings(list, src.passages);
  const postings: Rows['postings'] = [];
  const sourceTerms: Rows['sourceTerms'] = [];
  for (const [term, id] of ix.termIds) {
    const c = new PostingCursor(ix.postings, ix.offsets[id], ix.offsets[id + 1]);
    while (c.next()) postings.push({ term, idx: c.pid, tf: c.tf, len: ix.lengths[c.pid], kinds: ix.kindMask[c.pid] });
    sourceTerms.push({ term, df: ix.df[id], lower: ix.lowerCount[id] > 0 });
  }
  const words = new Map<string, { lower: boolean; capin: boolean }>();
  for (const w of ix.written.lower.keys()) words.set(w, { lower: true, capin: false });
  for (const w of ix.written.capitalisedInside.keys()) {
    const e = words.get(w);
    if (e) e.capin = true;
    else words.set(w, { lower: false, capin: true });
  }
  const figureRows: Rows['figureRows'] = [];
  let figures = 0;
  src.passages.forEach((p, idx) => p.figures.forEach((f, fig) => void figureRows.push({ idx, fig, value: f.value, kinds: kindBit(f.kind) })));
  for (const p of src.passages) figures += p.figures.length;
  let terms = 0;
  for (const l of ix.lengths) terms += l;
  const doc: SourceDoc = {
    bodyStart: src.bodyStart,
    ...(src.format ? { format: src.format } : {}),
    ...(src.pages ? { pages: src.pages } : {}),
    ...(src.problem ? { problem: src.problem } : {}),
    passages: src.passages.map((p) => ({ index: p.index, start: p.start, end: p.end, paragraph: p.paragraph, line: p.line, ...(p.page !== undefined ? { page: p.page } : {}), text: p.text, figures: p.figures })),
    lengths: [...ix.lengths],
    kinds: [...ix.kindMask],
  };
  return { doc, terms, figures, postings, figureRows, sourceTerms, sourceWords: [...words].map(([word, w]) => ({ word, ...w })) };
}
