// The fixes of a contradicted figure: the source's value in the note's own format, keeping the
// source's hedge. "nearly a billion" in the source makes "1.5 billion" → "nearly 1 billion" (the
// preferred fix) and "1 billion" (second): a fix never leaves the note more precise than its source.
// Nor does it ever write what is not the source's value: each fix's text, read back in the note's
// sentence, must give that value (figures/readBack.ts), else it is not offered — the diagnostic
// still names the source's value ("Sales 2.5 times last year" for "tripled" reads as no figure).
import { formatFigureLike, readsBack, valuesLike } from '../figures';
import type { NoteFigure, ParsedNote } from '../notes';
import type { Figure } from '../types';
import type { Evidence, Fix, NoteEdit } from './report';

/** What the fixes need of the store: the short key a note cites a source by. */
interface Keys {
  shortKey(source: Evidence['source']): string;
}

export function replaceFigureFixes(index: Keys, f: NoteFigure, e: Evidence, note: Pick<ParsedNote, 'figureText' | 'sentences'>): Fix[] {
  const want = valuesLike(e.figure!, f);
  return offeredFixes(index, f, e).filter((fix) => fix.edits.every((edit) => writesValue(note, f, edit, want)));
}

/** Does the note's sentence, with `edit` made, read `want` where the edit wrote? */
function writesValue(note: Pick<ParsedNote, 'figureText' | 'sentences'>, f: NoteFigure, edit: NoteEdit, want: readonly [number, number | undefined]): boolean {
  const s = note.sentences[f.sentence];
  const from = Math.min(s.start, edit.start);
  const to = Math.max(s.end, edit.end);
  const text = note.figureText.slice(from, edit.start) + edit.newText + note.figureText.slice(edit.end, to);
  const at = edit.start - from;
  return readsBack(text, at, at + edit.newText.length, f, want);
}

function offeredFixes(index: Keys, f: NoteFigure, e: Evidence): Fix[] {
  const src = e.figure!;
  const key = index.shortKey(e.source);
  const raw = noFalsePrecision(formatFigureLike(src, f), src);
  // (a number word opening the sentence stays capitalised: "Eleven vans" → "Twenty vans")
  const value = casedLike(raw, /^\p{Lu}/u.test(f.text));
  const hedge = src.hedgeText ? tidyHedge(src.hedgeText) : undefined;
  const [start, end] = spanWithHedge(f);
  const written = f.hedgeText ? spanText(f) : f.text;
  if (!hedge) {
    // The source states the value plainly: the note keeps its own hedge, if any.
    return [{ title: `Replace ${f.text} with ${value} (from ${key})`, edits: [{ start: f.start, end: f.end, newText: value }], preferred: true }];
  }
  const capital = /^\p{Lu}/u.test(written);
  const hedged = casedLike(withHedge(hedge, raw, src), capital);
  const bare = casedLike(raw, capital);
  const sameHedge = f.hedgeText !== undefined && tidyHedge(f.hedgeText) === hedge;
  const fixes: Fix[] = [
    {
      title: `Replace ${written} with ${hedged} (as ${key} says)`,
      // the note's hedge is already the source's: only the figure changes
      edits: [sameHedge ? { start: f.start, end: f.end, newText: value } : { start, end, newText: hedged }],
      preferred: true,
    },
  ];
  if (bare !== written) fixes.push({ title: `Replace ${written} with ${bare} (without "${hedge}")`, edits: [{ start, end, newText: bare }] });
  return fixes;
}

/** The note figure's span with its hedge words, before ("about 5") or after ("5 or so"). */
function spanWithHedge(f: Figure): [number, number] {
  if (f.hedgeStart === undefined || f.hedgeText === undefined) return [f.start, f.end];
  if (f.hedgeStart < f.start) return [f.hedgeStart, f.end];
  return [f.start, Math.max(f.end, f.hedgeStart + f.hedgeText.length)];
}

function spanText(f: Figure): string {
  const h = f.hedgeText!.replace(/\s+/g, ' ');
  if (h === '~') return `~${f.text}`;
  return f.hedgeStart! < f.start ? `${h} ${f.text}` : `${f.text} ${h}`;
}

function tidyHedge(h: string): string {
  return h.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The value with the source's hedge where the source puts it: "nearly 1 billion", "~40%", "60 or so". */
function withHedge(hedge: string, value: string, src: Figure): string {
  if (hedge === '~') return `~${value}`;
  return src.hedgeStart !== undefined && src.hedgeStart > src.start ? `${value} ${hedge}` : `${hedge} ${value}`;
}

/**
 * "1.0 billion" for a source's "a billion": zeros after the point that the source never wrote claim
 * a precision it does not have, so they go ("1 billion"); "82.0" stays when the source wrote 82.0.
 */
function noFalsePrecision(text: string, src: Figure): string {
  return src.decimals === 0 ? text.replace(/(\d)\.0+(?!\d)/g, '$1') : text;
}

function casedLike(text: string, capital: boolean): string {
  return capital ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
