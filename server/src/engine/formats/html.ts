// Saved web pages (.html, .htm): the article only, extracted the way reader modes do —
// @mozilla/readability (Firefox Reader View's own code) over linkedom, a light DOM — without the
// navigation, cookie banners, scripts or "most read" boxes. Title, author, date and URL come from
// the page's metadata (Open Graph, article:*, JSON-LD, <link rel=canonical>, and the
// "saved from url" comment browsers write when saving a page).
import { collapse, type DomNode, domParagraphs } from './domText';
import { DEFAULT_EXTRACT_LIMITS } from './policy';
import type { ExtractResult } from './types';
import type { SourceMeta } from '../types';

/** The part of linkedom's Document used here. */
interface Doc extends DomNode {
  body: DomNode | null;
  querySelector(selector: string): (DomNode & { getAttribute(name: string): string | null }) | null;
}

/** Extract an HTML page's article text and metadata. */
export async function extractHtml(html: string, maxElements = DEFAULT_EXTRACT_LIMITS.maxHtmlElements): Promise<ExtractResult> {
  // counted on the markup itself, before any parsing (Readability's own maxElemsToParse relies on
  // getElementsByTagName('*'), which linkedom does not answer)
  if (startTags(html) > maxElements) return { skip: `the page has more than ${maxElements.toLocaleString("en")} elements (grounded reads a web page up to that many)` };
  const [{ Readability }, { parseHTML }] = await Promise.all([import('@mozilla/readability'), import('linkedom')]);
  const { document } = parseHTML(html) as unknown as { document: Doc };
  const meta = pageMeta(document, html);
  // Readability changes the document it reads: the metadata above is read first. Its serializer
  // hands back the article's DOM node as it is, so the article is not serialised and parsed again.
  const article = new Readability<DomNode>(document as never, { serializer: (n) => n as unknown as DomNode }).parse();
  let paragraphs: string[];
  if (article?.content) {
    paragraphs = domParagraphs(article.content);
    meta.title = nonEmpty(article.title) ?? meta.title;
    meta.author = nonEmpty(article.byline)?.replace(/^by\s+/i, '') ?? meta.author;
    meta.date = isoDate(article.publishedTime) ?? meta.date;
  } else {
    // Not an article by Readability's measure (a short page, a list): the body's text, as it is.
    const { document: again } = parseHTML(html) as unknown as { document: Doc };
    paragraphs = again.body ? domParagraphs(again.body) : [];
  }
  if (!paragraphs.length) return { skip: 'the page has no text' };
  // The title heads the text (Readability takes it out of the article body) so that the extracted
  // document reads like the page.
  if (meta.title && collapse(paragraphs[0]) !== collapse(meta.title)) paragraphs.unshift(collapse(meta.title));
  return { format: 'html', text: paragraphs.join('\n\n') + '\n', meta };
}

/** How many start tags ("<" and a letter) the markup has: an upper bound on its elements. */
function startTags(html: string): number {
  let n = 0;
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1) | 32;
    if (c >= 97 && c <= 122) n++;
  }
  return n;
}

function nonEmpty(s: string | null | undefined): string | undefined {
  const t = s ? collapse(s) : '';
  return t || undefined;
}

/** "2024-03-05T09:00:00Z" → "2024-03-05"; any other text as it is; nothing when empty. */
function isoDate(s: string | null | undefined): string | undefined {
  const t = nonEmpty(s);
  if (!t) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(t);
  return m ? m[1] : t;
}

/** The comment a browser writes at the top of a saved page: <!-- saved from url=(0042)https://… -->. */
const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i;

function pageMeta(doc: Doc, html: string): Partial<SourceMeta> {
  const attr = (selector: string, name: string) => nonEmpty(doc.querySelector(selector)?.getAttribute(name));
  const content = (...selectors: string[]) => {
    for (const s of selectors) {
      const v = attr(s, 'content');
      if (v) return v;
    }
    return undefined;
  };
  const titleEl = doc.querySelector('title');
  return {
    title: content('meta[property="og:title"]', 'meta[name="twitter:title"]') ?? nonEmpty(titleEl?.textContent),
    author: content('meta[name="author"]', 'meta[property="article:author"]', 'meta[name="byl"]'),
    date: isoDate(content('meta[property="article:published_time"]', 'meta[name="date"]', 'meta[name="dc.date"]', 'meta[itemprop="datePublished"]') ?? attr('time[datetime]', 'datetime')),
    url: attr('link[rel="canonical"]', 'href') ?? content('meta[property="og:url"]') ?? SAVED_FROM.exec(html.slice(0, 4096))?.[1],
  };
}
