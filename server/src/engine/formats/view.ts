// The read-only document an editor shows for a source whose text was extracted (a web page, a
// PDF, a Word file): the extracted text exactly, after — for a paged source — a short header that
// says what it is and on which line each page starts; a passage's place is its place in the text
// moved down by the header's lines. A web page or Word file has no header, so that "line 17" in a
// message is line 17 of its document.
import * as path from 'node:path';
import { positionAt } from '../text';
import type { Source } from '../types';

/** How many lines the header of a source's view takes (0 for a text source, shown as it is). */
export function viewHeaderLines(src: Source): number {
  return src.format && src.pages ? 3 : 0;
}

/** The view's text: the header, then the extracted text (a text source: its own text). */
export function extractedView(src: Source): string {
  if (!src.format || !src.pages) return src.text;
  const header = [`${src.meta.title} — the text Grounded extracted from ${path.basename(src.path)} (read-only; "Grounded: Open Original File" opens the file)`];
  const lines = viewHeaderLines(src);
  // the line (1-based, in the view) of an offset of the extracted text
  const line = (offset: number) => positionAt(src.lineStarts, offset).line + lines + 1;
  header.push(`Pages: ${src.pages.map((start, i) => `p. ${i + 1} at line ${line(start)}`).join(' · ')}`);
  header.push('─'.repeat(40));
  return header.join('\n') + '\n' + src.text;
}
