// A PDF's text runs → lines → paragraphs → one text with page offsets, repairing the usual damage
// of a text layer before figures are read from it:
//  - runs on one line are joined with a space only where there is a gap between them (text set
//    word by word has no space characters; kerning splits words into runs with no gap);
//  - headers and footers repeated on every page (a running title, "Page 3 of 7", a print date)
//    and bare page numbers at a page's edge are dropped;
//  - a word hyphenated at a line's end is joined again ("electri-" + "city" → "electricity"),
//    unless the document writes it with a hyphen elsewhere ("well-" + "known" stays "well-known");
//  - a paragraph that runs on to the next page is one paragraph;
//  - the lines of a paragraph are joined with spaces, as the reader reads them: a figure or a
//    sentence broken over two lines ("410\nhours") is whole again.
// Pure functions over plain data (the PDF.js reading is pdf.ts): each step linear in the text.
import { FURNITURE_EDGE_LINES, FURNITURE_MAX_CHARS, FURNITURE_MIN_PAGES, FURNITURE_MIN_SHARE, PARAGRAPH_GAP_SHARE, WORD_GAP_SHARE } from './policy';

/** A run of text as PDF.js gives it: its string, where it starts (x, baseline y), width and font size. */
export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** PDF.js says a line ends after this run. */
  eol?: boolean;
}

export interface PdfLine {
  text: string;
  y: number;
  size: number;
}

/** Runs of one page → its lines, top to bottom as the PDF orders them. */
export function runsToLines(runs: readonly TextRun[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let cur: PdfLine | null = null;
  let endX = 0;
  let broken = false;
  for (const r of runs) {
    if (!r.str) {
      if (r.eol) broken = true;
      continue;
    }
    const size = Math.abs(r.size) || 1;
    if (!cur || broken || Math.abs(r.y - cur.y) > 0.5 * Math.max(size, cur.size)) {
      if (cur) lines.push(cur);
      cur = { text: r.str, y: r.y, size };
    } else {
      const gap = r.x - endX;
      // (the last character alone: a regex anchored at the end would rescan a long line at each run)
      const spaced = isSpace(cur.text.charCodeAt(cur.text.length - 1)) || isSpace(r.str.charCodeAt(0));
      cur.text += !spaced && gap > WORD_GAP_SHARE * size ? ' ' + r.str : r.str;
      cur.size = Math.max(cur.size, size);
    }
    endX = r.x + r.width;
    broken = !!r.eol;
  }
  if (cur) lines.push(cur);
  for (const l of lines) l.text = l.text.replace(/\s+/g, ' ').trim();
  return lines.filter((l) => l.text !== '');
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/** "Page 3", "3 / 7", "- 3 -", "iv": a line that is only a page number. */
const PAGE_NUMBER = /^(?:page\s*)?[-–—\s]*(?:\d{1,4}|[ivxlc]{1,6})(?:\s*(?:of|\/)\s*\d{1,4})?[-–—\s]*$/i;

/** A line's shape with its digits masked, for spotting the same header on every page. */
const shape = (s: string) => s.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');

/** Drop headers, footers and page numbers: see the file's header. Returns new page arrays. */
export function dropFurniture(pages: readonly PdfLine[][]): PdfLine[][] {
  const edge = (lines: readonly PdfLine[], i: number) => (i < FURNITURE_EDGE_LINES || i >= lines.length - FURNITURE_EDGE_LINES) && lines[i].text.length <= FURNITURE_MAX_CHARS;
  const seen = new Map<string, number>();
  for (const lines of pages) {
    const onPage = new Set<string>();
    lines.forEach((l, i) => {
      if (edge(lines, i)) onPage.add(shape(l.text));
    });
    for (const k of onPage) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const needed = Math.max(FURNITURE_MIN_PAGES, Math.ceil(FURNITURE_MIN_SHARE * pages.length));
  return pages.map((lines) => lines.filter((l, i) => !(edge(lines, i) && (PAGE_NUMBER.test(l.text) || (seen.get(shape(l.text)) ?? 0) >= needed))));
}

/** Lines of one page → paragraphs (each a list of lines), split where the vertical step is a paragraph gap or the font size changes. */
export function linesToParagraphs(lines: readonly PdfLine[]): PdfLine[][] {
  const out: PdfLine[][] = [];
  let para: PdfLine[] = [];
  for (const l of lines) {
    const prev = para[para.length - 1];
    if (prev) {
      const step = Math.abs(prev.y - l.y);
      const sizeChange = Math.abs(prev.size - l.size) > 0.15 * Math.min(prev.size, l.size);
      if (step > PARAGRAPH_GAP_SHARE * Math.max(prev.size, l.size) || sizeChange) {
        out.push(para);
        para = [];
      }
    }
    para.push(l);
  }
  if (para.length) out.push(para);
  return out;
}

/** Words written with a hyphen anywhere in the document ("well-known"), lower-cased. */
export function hyphenatedWords(pages: readonly PdfLine[][]): Set<string> {
  const out = new Set<string>();
  const re = /[\p{L}]+(?:-[\p{L}]+)+/gu;
  for (const lines of pages) {
    for (const l of lines) {
      // the last word of a line ending in "-" is not evidence: it is what is being repaired
      const text = l.text.endsWith('-') ? l.text.replace(/\S+$/, '') : l.text;
      for (const m of text.matchAll(re)) out.add(m[0].toLowerCase());
    }
  }
  return out;
}

const LINE_END_HYPHEN = /(\p{L}{2,})[-\u00ad]$/u;
const NEXT_WORD = /^(\p{Ll}[\p{L}]*)([.,;:!?)"”’]*)(?:\s+|$)/u;

/** A line of the assembled text, with the page (0-based) it is printed on. */
export interface PagedLine {
  text: string;
  page: number;
}

/** Join the lines of a paragraph, repairing words hyphenated at a line's end (the word moves up to the line before). */
export function joinLines(input: readonly PagedLine[], hyphenated: ReadonlySet<string>): PagedLine[] {
  const lines = input.map((l) => ({ ...l }));
  const out: PagedLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    while (i + 1 < lines.length) {
      const h = LINE_END_HYPHEN.exec(line.text);
      const next = h ? NEXT_WORD.exec(lines[i + 1].text) : null;
      if (!h || !next) break;
      const soft = line.text.endsWith('\u00ad');
      const compound = `${h[1]}-${next[1]}`.toLowerCase();
      line.text = line.text.slice(0, -1) + (!soft && hyphenated.has(compound) ? '-' : '') + next[1] + next[2];
      lines[i + 1].text = lines[i + 1].text.slice(next[0].length);
      if (lines[i + 1].text) break;
      i++; // the next line was one word: it is used up, and the joined line may end in a hyphen again
    }
    out.push(line);
  }
  return out;
}

/** Ends a paragraph: a sentence's end (with closing quotes or brackets), or a colon. */
const CLOSED = /[.!?:;"”’)\]]$/;

/** Pages of lines → the document's text and the offset where each page starts. */
export function assemblePages(rawPages: readonly PdfLine[][]): { text: string; pages: number[] } {
  const pages = dropFurniture(rawPages);
  const hyphenated = hyphenatedWords(pages);
  const paragraphs: PagedLine[][] = [];
  pages.forEach((lines, page) => {
    linesToParagraphs(lines).forEach((para, k) => {
      const paged = para.map((l) => ({ text: l.text, page }));
      // the first paragraph of a page continues the last one of the page before when that one
      // stopped mid-sentence and this one starts in lower case
      const prev = paragraphs[paragraphs.length - 1];
      const last = prev?.[prev.length - 1];
      if (k === 0 && last && last.page < page && !CLOSED.test(last.text) && /^\p{Ll}/u.test(paged[0].text)) prev.push(...paged);
      else paragraphs.push(paged);
    });
  });
  let text = '';
  const starts: number[] = [];
  const at = (page: number) => {
    while (starts.length <= page) starts.push(text.length);
  };
  paragraphs.forEach((para, i) => {
    if (i > 0) text += '\n\n';
    joinLines(para, hyphenated).forEach((l, j) => {
      if (!l.text) return;
      if (j > 0) text += ' ';
      at(l.page);
      text += l.text;
    });
  });
  at(pages.length - 1);
  return { text: text + '\n', pages: starts };
}
