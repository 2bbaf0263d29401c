// Bounded work per note and per sentence: which figures and quotes a check reads, and the
// check-limit findings that say, once, what was left unchecked. The limits are in policy.ts.
import { MAX_CHUNK_MARKERS, type NoteFigure, type NoteQuote, type OverNested, type ParsedNote } from '../notes';
import { lineFeeds, lineStarts } from '../text';
import type { FindingDraft } from './findings';
import { MAX_FIGURES_PER_NOTE, MAX_FIGURES_PER_SENTENCE, MAX_QUOTES_PER_NOTE } from './policy';

/** Longest first line a note-too-large finding spans (a one-line note of megabytes gets a point). */
const TOO_LARGE_SPAN = 200;

const count = (n: number) => n.toLocaleString('en-US');

/**
 * The figures a check judges: the first MAX_FIGURES_PER_SENTENCE of each sentence, and the first
 * MAX_FIGURES_PER_NOTE of those; a finding at the first figure left out of each sentence that has
 * too many, and one at the first figure past the note's limit.
 */
export function checkedFigures(note: ParsedNote, perSentence = MAX_FIGURES_PER_SENTENCE, perNote = MAX_FIGURES_PER_NOTE): { figures: NoteFigure[]; limits: FindingDraft[] } {
  const figures: NoteFigure[] = [];
  const limits: FindingDraft[] = [];
  const all = note.figures;
  let i = 0;
  while (i < all.length) {
    // one sentence's figures: all[i, j)
    let j = i;
    while (j < all.length && all[j].sentence === all[i].sentence) j++;
    const take = Math.min(j - i, perSentence, perNote - figures.length);
    for (let k = i; k < i + take; k++) figures.push(all[k]);
    if (figures.length >= perNote && i + take < all.length) {
      const first = all[i + take];
      limits.push(limit(first, `Only the first ${count(perNote)} figures of this note were checked; ${count(all.length - i - take)} more were not (from here on).`));
      break;
    }
    if (take < j - i) limits.push(limit(all[i + take], `Only the first ${count(perSentence)} figures of this sentence were checked; ${count(j - i - take)} more were not.`));
    i = j;
  }
  return { figures, limits };
}

/** The quotes a check looks for: the first MAX_QUOTES_PER_NOTE, and a finding at the first one left out. */
export function checkedQuotes(note: ParsedNote, perNote = MAX_QUOTES_PER_NOTE): { quotes: NoteQuote[]; limit: FindingDraft | null } {
  if (note.quotes.length <= perNote) return { quotes: note.quotes, limit: null };
  const first = note.quotes[perNote];
  return {
    quotes: note.quotes.slice(0, perNote),
    limit: limit(first, `Only the first ${count(perNote)} quotes of this note were checked; ${count(note.quotes.length - perNote)} more were not (from here on).`),
  };
}

/** The one finding of a note over the size limit: at its start (the first line, when short). */
export function noteTooLarge(text: string, maxChars: number): FindingDraft {
  const nl = text.indexOf('\n');
  const lineEnd = nl < 0 ? text.length : nl;
  const kb = (n: number) => count(Math.ceil(n / 1024));
  return {
    start: 0,
    end: lineEnd <= TOO_LARGE_SPAN ? lineEnd : 0,
    code: 'check-limit',
    message: `This note is not checked: it is ${kb(text.length)} KB, over the ${kb(maxChars)} KB limit for a note.`,
    fixes: [],
  };
}

/**
 * The finding of a part of the note with too many block-quote and list markers to parse as
 * markdown (notes/chunks.ts MAX_CHUNK_MARKERS): on its first line (when short), saying it was read
 * as plain paragraphs.
 */
export function overNested(text: string, part: OverNested): FindingDraft {
  const nl = text.indexOf('\n', part.start);
  const lineEnd = nl < 0 || nl > part.end ? part.end : nl;
  return {
    start: part.start,
    end: lineEnd - part.start <= TOO_LARGE_SPAN ? lineEnd : part.start,
    code: 'check-limit',
    message: `This part of the note is read as plain paragraphs, not markdown: its lines hold ${count(part.markers)} block-quote and list markers, over the ${count(MAX_CHUNK_MARKERS)} limit for one block (no block quote or list is read in it).`,
    fixes: [],
  };
}

/** A note that is not parsed (over the size limit): its text and lines, and nothing to check. */
export function unparsedNote(raw: string): ParsedNote {
  const text = lineFeeds(raw);
  return { text, masked: text, figureText: text, lineStarts: lineStarts(text), blocks: [], sentences: [], citations: [], quotes: [], figures: [], ignored: new Map() };
}

function limit(at: { start: number; end: number }, message: string): FindingDraft {
  return { start: at.start, end: at.end, code: 'check-limit', message, fixes: [] };
}
