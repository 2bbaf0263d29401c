// Word files (.docx): mammoth turns the document into HTML (headings, paragraphs, lists, tables
// with their cells), and the HTML becomes text the way a web page's article does (domText.ts).
// The title is the document's first heading, else its first paragraph.
import { type DomNode, domParagraphs } from './domText';
import type { ExtractResult } from './types';

export async function extractDocx(bytes: Uint8Array): Promise<ExtractResult> {
  const [mammoth, { parseHTML }] = await Promise.all([import('mammoth'), import('linkedom')]);
  const convertToHtml = mammoth.convertToHtml ?? (mammoth as unknown as { default: typeof mammoth }).default.convertToHtml;
  let html: string;
  try {
    html = (await convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch (e) {
    return { skip: `not a readable Word (.docx) file (${String((e as Error)?.message ?? e).split('\n')[0]})` };
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as { document: { body: DomNode | null; querySelector(s: string): DomNode | null } };
  const paragraphs = document.body ? domParagraphs(document.body) : [];
  if (!paragraphs.length) return { skip: 'the document has no text' };
  const heading = document.querySelector('h1, h2');
  const title = heading?.textContent?.replace(/\s+/g, ' ').trim();
  return { format: 'docx', text: paragraphs.join('\n\n') + '\n', meta: title ? { title } : {} };
}
