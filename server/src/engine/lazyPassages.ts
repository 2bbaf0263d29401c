// A source whose passages (and line starts, and text) are made when first asked: a source restored
// from the index cache keeps its passages and figures as the cache's columns, and its text as the
// cache file's bytes (persist/sourceRecords.ts), until a check, a hover or an update reads them, so
// that a start with an unchanged corpus makes objects only for the sources it touches (at 100 MB,
// about 880,000 passages and their figures, and 44,500 strings of 108 MB, otherwise).
//
// The source is a plain object like the one buildSource makes: `text`, `passages` and `lineStarts`
// are accessors that, on first use, make the value and put it in their place as a plain property
// (so a spread or a deep comparison sees what buildSource's source holds). What the corpus needs of an
// unmade source — its passage and figure counts, and its figures' values and kinds for the value
// index — it asks of the rows, through the functions below, without making a passage or a figure.
import { exactSize } from './sources';
import { passageBody, type PassageBody } from './passage';
import { lineStarts } from './text';
import type { Figure, FigureKind, Passage, Source } from './types';

/** What a lazy source's passages are made of. */
export interface PassageRows {
  /** How many passages and figures the source has. */
  readonly passages: number;
  readonly figures: number;
  /**
   * The passages, made for a source with this body (its index, text, line starts and pages);
   * `made(k)`: the kth passage when it was made already (by `makeOne`, with the same body), kept as it is.
   */
  make(body: PassageBody, made?: (k: number) => Passage | undefined): Passage[];
  /** The kth passage alone, as `make` makes it (with this body). */
  makeOne(body: PassageBody, k: number): Passage;
  /**
   * One figure (the `figure`th of the `passage`th passage), equal to the one `make` makes there but
   * another object, the passages unmade; `slice` gives the source's text between two offsets
   * (`textSlice`: its own characters only, where the text is not read yet), called when the
   * figure's `text` is first read (its own property then, in its place).
   */
  figure(passage: number, figure: number, slice: (start: number, end: number) => string): Figure;
  /**
   * Each figure of the passages [from, to) (all by default) in order (passage, then figure): its
   * passage's index in the source, its index there, value and kind.
   */
  eachFigure(visit: (passage: number, figure: number, value: number, kind: FigureKind) => void, from?: number, to?: number): void;
}

/**
 * The rows of many lazy sources (a records file's, a batch compacted): a source keeps the table and
 * its row number, and its `PassageRows` are made when asked (a short-lived object: one kept per
 * source was 72 bytes of each source at rest, ARCHITECTURE.md "In memory").
 */
export interface PassageTable {
  rowsOf(row: number): PassageRows;
  /** The row's passage and figure counts (PassageRows' `passages` and `figures`), no object made. */
  passageCount(row: number): number;
  figureCount(row: number): number;
}

/**
 * What reads a lazy source's text when first asked (a cache record's bytes, say): an object, not a
 * closure, so that thousands of restored sources cost no function and context each.
 */
export interface TextReader {
  readText(): string;
  /**
   * The text's characters [start, end) without reading the rest, when it can (a Latin-1 record's
   * bytes are its characters); undefined when it cannot.
   */
  readSlice?(start: number, end: number): string | undefined;
}

/**
 * What a lazy source keeps beside its fields, in one property that is not enumerable (a copy or a
 * comparison never sees it; one property, not four: `Object.defineProperty` is most of what making
 * a source costs, and a warm start at 100 MB makes 44,500).
 */
interface Hidden {
  /** The table of its rows and its row there. */
  readonly rows: PassageTable;
  readonly row: number;
  /** Its text, or what reads it, until first asked. */
  readonly text: string | TextReader;
  /**
   * The passages made one at a time while the source is unmade (`passageOf`), and the body they
   * share: undefined until the first is made, null once the source's passages are made whole (which
   * keep those made already, so that a passage is one object whichever way it was asked).
   */
  made: MadeOne | null | undefined;
}
const HIDDEN = Symbol('lazy source');

interface MadeOne {
  body: PassageBody;
  passages: (Passage | undefined)[];
}

type Lazy = Source & { [HIDDEN]?: Hidden };

/** Put `value` in place of the accessor `name` (a plain property from now on) and return it. */
function settle<T>(source: Source, name: 'passages' | 'lineStarts' | 'text', value: T): T {
  Object.defineProperty(source, name, { value, writable: true, enumerable: true, configurable: true });
  return value;
}

/** A source's fields but its passages and line starts; its text, or what reads it when first asked. */
export type LazyFields = Omit<Source, 'passages' | 'lineStarts' | 'text'> & { text: string | TextReader };

// The accessors every lazy source shares (one function each, not a closure per source: every lazy
// source then has the same hidden class, in fast mode, and costs its fields only).
function getText(this: Lazy): string {
  const t = this[HIDDEN]!.text;
  return settle(this, 'text', typeof t === 'string' ? t : t.readText());
}
function setText(this: Source, v: string): void {
  settle(this, 'text', v);
}
function getLineStarts(this: Source): number[] {
  return settle(this, 'lineStarts', exactSize(lineStarts(this.text)));
}
function setLineStarts(this: Source, v: number[]): void {
  settle(this, 'lineStarts', v);
}
function getPassages(this: Lazy): Passage[] {
  const h = this[HIDDEN]!;
  const one = h.made;
  h.made = null;
  const rows = h.rows.rowsOf(h.row);
  if (!one) return settle(this, 'passages', rows.make(passageBody(this.index, this.text, this.lineStarts, this.pages)));
  return settle(this, 'passages', rows.make(one.body, (k) => one.passages[k]));
}
function setPassages(this: Lazy, v: Passage[]): void {
  this[HIDDEN]!.made = null;
  settle(this, 'passages', v);
}
const ACCESSORS = {
  text: { get: getText, set: setText, enumerable: true, configurable: true },
  lineStarts: { get: getLineStarts, set: setLineStarts, enumerable: true, configurable: true },
  passages: { get: getPassages, set: setPassages, enumerable: true, configurable: true },
} satisfies PropertyDescriptorMap;

/**
 * A source with every field of `fields` and the passages the `row`th rows of `table` make, when
 * first asked. The fields' own order is kept, with `lineStarts` and `passages` after `bodyStart` as
 * buildSource writes them.
 */
export function lazySource(fields: LazyFields, table: PassageTable, row: number): Source {
  // the fields in buildSource's order, each accessor added as a new property (turning a data
  // property into an accessor would put every source in dictionary mode, ~400 bytes more each);
  // the optional ones named, not gathered by a rest pattern (an object more per source at start)
  const source = { index: fields.index, path: fields.path, key: fields.key, meta: fields.meta } as Lazy;
  Object.defineProperty(source, 'text', ACCESSORS.text);
  source.bodyStart = fields.bodyStart;
  Object.defineProperty(source, 'lineStarts', ACCESSORS.lineStarts);
  Object.defineProperty(source, 'passages', ACCESSORS.passages);
  if ('format' in fields) source.format = fields.format;
  if ('pages' in fields) source.pages = fields.pages;
  if ('problem' in fields) source.problem = fields.problem;
  const hidden: Hidden = { rows: table, row, text: fields.text, made: undefined };
  Object.defineProperty(source, HIDDEN, { value: hidden, enumerable: false });
  return source;
}

/**
 * A source's kth passage (undefined out of its range): of an unmade source, that passage alone
 * (its text read, its line starts made, the other passages and their figures not), kept so that
 * asking again — or making the source's passages whole later — gives the same object. A check asks
 * one passage of most sources it reaches (a candidate, the few before it for context).
 */
export function passageOf(source: Source, k: number): Passage | undefined {
  const lazy = source as Lazy;
  const h = lazy[HIDDEN];
  // (null once the passages are a plain property: getPassages and setPassages set it)
  if (!h || h.made === null) return source.passages[k];
  const { rows: table, row } = h;
  if (k < 0 || k >= table.passageCount(row) || !Number.isInteger(k)) return undefined;
  const one = (h.made ??= { body: passageBody(source.index, source.text, source.lineStarts, source.pages), passages: [] });
  return (one.passages[k] ??= table.rowsOf(row).makeOne(one.body, k));
}

/** The rows of a source whose passages are not made yet; undefined once they are (or for a source built eagerly). */
export function unmadeRows(source: Source): PassageRows | undefined {
  const h = (source as Lazy)[HIDDEN];
  if (!h) return undefined;
  const d = Object.getOwnPropertyDescriptor(source, 'passages');
  return d && d.get ? h.rows.rowsOf(h.row) : undefined;
}

/** What reads a source's text, while it is not read yet (its record's bytes, or the string it was given). */
export function unreadText(source: Source): string | TextReader | undefined {
  const d = Object.getOwnPropertyDescriptor(source, 'text');
  return d && d.get ? (source as Lazy)[HIDDEN]?.text : undefined;
}

/**
 * text.slice(start, end) of a source, without reading its whole text when it is not read yet and
 * its reader can give those characters alone: a figure that a range of values finds in an unmade
 * source (Corpus.figuresBetween) is most often found not to agree, and its source is then never read.
 */
export function textSlice(source: Source, start: number, end: number): string {
  const t = (source as Lazy)[HIDDEN]?.text;
  if (t !== undefined && typeof t !== 'string' && t.readSlice && Object.getOwnPropertyDescriptor(source, 'text')?.get) {
    const s = t.readSlice(start, end);
    if (s !== undefined) return s;
  }
  return source.text.slice(start, end);
}

/** A source's passage count, without making its passages. */
export function passageCountOf(source: Source): number {
  const h = (source as Lazy)[HIDDEN];
  return h ? h.rows.passageCount(h.row) : source.passages.length;
}

/** A source's figure count, without making its passages. */
export function figureCountOf(source: Source): number {
  const h = (source as Lazy)[HIDDEN];
  if (h) return h.rows.figureCount(h.row);
  let n = 0;
  for (const p of source.passages) n += p.figures.length;
  return n;
}

/** The same unmade source at another index (nothing made); undefined when its passages are made (copy it as any source). */
export function lazyAt(source: Source, index: number): Source | undefined {
  const lazy = source as Lazy;
  if (!unmadeRows(source)) return undefined;
  const { lineStarts: _l, passages: _p, text: _t, ...fields } = Object.getOwnPropertyDescriptors(source);
  const plain: Record<string, unknown> = {};
  for (const [k, d] of Object.entries(fields)) plain[k] = d.value;
  // a text not read yet is read (once, then shared) by whichever copy asks first
  const text: string | TextReader = _t.get ? { readText: () => source.text } : (_t.value as string);
  const { rows, row } = lazy[HIDDEN]!;
  const copy = lazySource({ ...(plain as unknown as LazyFields), text, index }, rows, row);
  // line starts already made are shared, as withIndex shares them
  if (!_l.get) settle(copy, 'lineStarts', _l.value);
  return copy;
}
