// PDF sources: the text layer, page by page, with PDF.js (Mozilla's PDF reader) — pdfjs-dist
// pinned to 4.10.38, the last release whose legacy build runs on every Node 20 (5.x needs
// Node ≥ 20.16 or ≥ 20.19, 6.x Node 22; the extension's floor is Node 20). PDF.js is loaded on
// the first PDF only (it is ~3 MB of code), and runs its "worker" on this thread: the index
// yields between files, and each file is bounded in pages and time (policy.ts).
// Text repair (headers, hyphens, paragraphs) is pdfText.ts.
import { assemblePages, type PdfLine, runsToLines, type TextRun } from './pdfText';
import { MIN_TEXT_CHARS_PER_PAGE } from './policy';
import type { ExtractLimits, ExtractResult } from './types';
import type { SourceMeta } from '../types';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** PDF.js, loaded once per process on first use (a module cache, like any import). */
function loadPdfJs(): Promise<PdfJs> {
  return Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]).then(([pdfjs, worker]) => {
    // PDF.js's documented way to run its worker on the main thread, where no worker file can be
    // loaded (a bundle): hand it the worker module through this global.
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return pdfjs;
  });
}

/** `work`'s result, or `late()`'s once `ms` have passed first. */
export function withDeadline<T>(work: Promise<T>, ms: number, late: () => T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(late()), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** Extract a PDF's text, page by page. Never throws: a file that cannot be read is skipped with the reason. */
export async function extractPdf(bytes: Uint8Array, limits: ExtractLimits): Promise<ExtractResult> {
  const pdfjs = await loadPdfJs();
  // PDF.js takes ownership of the buffer it is given: give it a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  const work = read(task.promise, limits).catch((e): ExtractResult => ({ skip: reason(e) }));
  try {
    return await withDeadline(work, limits.timeoutMs, () => ({ skip: `reading it took longer than ${Math.round(limits.timeoutMs / 1000)} s` }));
  } finally {
    // stops the reading where it is, when the deadline came first
    await task.destroy().catch(() => undefined);
  }
}

type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

async function read(loading: Promise<PdfDocument>, limits: ExtractLimits): Promise<ExtractResult> {
  const doc = await loading;
  const total = doc.numPages;
  const count = Math.min(total, limits.maxPages);
  const pages: PdfLine[][] = [];
  let chars = 0;
  for (let n = 1; n <= count; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const runs: TextRun[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const [a, b, , , x, y] = item.transform as number[];
      runs.push({ str: item.str, x, y, width: item.width, size: Math.hypot(a, b) || item.height, eol: item.hasEOL });
    }
    const lines = runsToLines(runs);
    for (const l of lines) chars += l.text.length;
    pages.push(lines);
    page.cleanup();
  }
  if (chars < MIN_TEXT_CHARS_PER_PAGE * Math.max(1, count)) return { skip: 'no text layer (a scanned or image-only PDF); OCR is not supported' };
  const { text, pages: starts } = assemblePages(pages);
  const out: ExtractResult = { format: 'pdf', text, pages: starts, meta: await pdfMeta(doc) };
  if (total > count) out.problem = `only the first ${count} of its ${total} pages were read`;
  return out;
}

async function pdfMeta(doc: PdfDocument): Promise<Partial<SourceMeta>> {
  try {
    const { info, metadata } = (await doc.getMetadata()) as unknown as { info: Record<string, unknown>; metadata: { get(name: string): unknown } | null };
    const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
    const creators = metadata?.get('dc:creator');
    return {
      title: str(info.Title) ?? str(metadata?.get('dc:title')),
      author: str(info.Author) ?? (Array.isArray(creators) ? str(creators.join(', ')) : undefined),
      // no date: a PDF's CreationDate is when it was made — for a page saved with "Print to PDF",
      // the day it was printed, not the day the article was published
    };
  } catch {
    return {};
  }
}

function reason(e: unknown): string {
  const name = (e as { name?: string })?.name;
  const message = String((e as Error)?.message ?? e).split('\n')[0];
  if (name === 'PasswordException') return 'the PDF is encrypted (password-protected); Grounded cannot read it';
  if (name === 'InvalidPDFException') return `not a valid PDF (${message})`;
  return `the PDF could not be read (${message})`;
}
