// The read-only document an editor shows for a source whose text was extracted (a web page, a
// PDF, a Word file): a short header — what it is, where each page starts — then the extracted text
// exactly, so a passage's place is its place in the text moved down by the header's lines.
import * as path from 'node:path';
import type { Source } from '../types';

/** How many lines the header of a source's view takes (0 for a text source, shown as it is). */
export function viewHeaderLines(src: Source): number {
  if (!src.format) return 0;
  return src.pages ? 3 : 2;
}

/** The view's text: the header, then the extracted text (a text source: its own text). */
export function extractedView(src: Source): string {
  if (!src.format) return src.text;
  const header = [`${src.meta.title} — the text Grounded extracted from ${path.basename(src.path)} (read-only; "Grounded: Open Original File" opens the file)`];
  const lines = viewHeaderLines(src);
  if (src.pages) {
    const line = (offset: number) => {
      // lines before `offset` in the extracted text, plus the header's
      let n = 0;
      for (let i = src.text.indexOf('\n'); i !== -1 && i < offset; i = src.text.indexOf('\n', i + 1)) n++;
      return n + lines + 1;
    };
    header.push(`Pages: ${src.pages.map((start, i) => `p. ${i + 1} at line ${line(start)}`).join(' · ')}`);
  }
  header.push('─'.repeat(40));
  return header.join('\n') + '\n' + src.text;
}
