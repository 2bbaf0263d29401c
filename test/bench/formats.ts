// Source-format throughput: `npm run bench:formats` (or `npx tsx test/bench/formats.ts`).
//  - HTML: each of the 2,225 BBC articles of ../shared/corpora/bbc-news wrapped in the furniture of a
//    news page (navigation, cookie banner, "most read", scripts, footer), extracted with Readability
//    over linkedom: MB/s and pages/s, and how many pages came out as the article only.
//  - PDF: the example report (3 pages, printed by Chromium) and, where `chromium` is installed, a
//    longer report printed from 40 BBC articles: pages/s.
//  - DOCX: the pandoc-made fixture; BibTeX: 2,000 generated entries with macros and accents.
// Medians of several runs after one warm-up; results on stdout as JSON.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseBibliography } from '../../server/src/engine/bibliography';
import { extractSource } from '../../server/src/engine/formats';

const ROOT = path.resolve(__dirname, '../..');
const BBC = path.resolve(ROOT, '../shared/corpora/bbc-news');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const log = (s: string) => process.stderr.write(`[bench:formats] ${s}\n`);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** CPU milliseconds (user + system) since `from` (this machine is shared: CPU time is the steadier measure). */
const cpuMs = (from: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
};

/** Median wall and CPU milliseconds of `runs` runs after one warm-up (which loads the library and warms the JIT). */
async function timed(runs: number, fn: () => Promise<void>): Promise<{ ms: number; cpu: number }> {
  await fn();
  const ms: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await fn();
    ms.push(performance.now() - t0);
    cpu.push(cpuMs(c0));
  }
  return { ms: median(ms), cpu: median(cpu) };
}

function newsPage(title: string, paragraphs: string[], i: number): string {
  const nav = ['News', 'Sport', 'Business', 'Climate', 'Culture', 'Subscribe from £1 a week'].map((x) => `<li><a href="/${x}">${x}</a></li>`).join('');
  const mostRead = ['Council tax to rise by 4.99% in April', 'Ferry operator cancels 120 sailings', 'House prices up 7% in a year'].map((x, k) => `<li><a href="/n/${k}">${x}</a></li>`).join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(title)} | Daily Paper</title>
<meta property="og:title" content="${esc(title)}"><meta name="author" content="Staff reporter"><meta property="article:published_time" content="2005-03-${String((i % 28) + 1).padStart(2, '0')}T08:00:00Z">
<script>window.dataLayer=[];function gtag(){dataLayer.push(arguments)}</script></head><body>
<div class="cookie-banner"><p>We use cookies and 41 partners to personalise adverts. Accept all?</p><button>Accept all</button></div>
<header><a href="/">Daily Paper</a><nav><ul>${nav}</ul></nav></header><div class="ad">Advertisement</div>
<main><article><h1>${esc(title)}</h1>${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article></main>
<aside class="most-read"><h2>Most read</h2><ol>${mostRead}</ol></aside>
<footer><p>© 2005 Daily Paper Ltd. All rights reserved.</p></footer><script>console.log(1)</script></body></html>`;
}

async function benchHtml() {
  if (!fs.existsSync(BBC)) return null;
  const files = fs.readdirSync(BBC).filter((f) => f.endsWith('.txt')).sort();
  const pages = files.map((f, i) => {
    const text = fs.readFileSync(path.join(BBC, f), 'utf8');
    const [title, ...rest] = text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
    return { html: new TextEncoder().encode(newsPage(title, rest, i)), body: rest };
  });
  const bytes = pages.reduce((n, p) => n + p.html.length, 0);
  let clean = 0;
  await extractSource('html', pages[0].html); // loads the libraries
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const p of pages) {
    const r = await extractSource('html', p.html);
    if ('skip' in r) continue;
    const furniture = /Accept all|Most read|Advertisement|All rights reserved|Subscribe from/.test(r.text);
    if (!furniture && p.body.every((para) => r.text.includes(para))) clean++;
  }
  const ms = performance.now() - t0;
  const cpu = cpuMs(c0);
  return {
    pages: pages.length,
    mb: +(bytes / 1e6).toFixed(2),
    ms: Math.round(ms),
    cpuMs: Math.round(cpu),
    mbPerS: +(bytes / 1e6 / (ms / 1000)).toFixed(2),
    mbPerCpuS: +(bytes / 1e6 / (cpu / 1000)).toFixed(2),
    pagesPerCpuS: Math.round(pages.length / (cpu / 1000)),
    articleOnly: clean,
  };
}

async function benchPdf(file: string, runs: number) {
  const bytes = new Uint8Array(fs.readFileSync(file));
  let pages = 0;
  const { ms, cpu } = await timed(runs, async () => {
    const r = await extractSource('pdf', bytes);
    if ('skip' in r) throw new Error(r.skip);
    pages = r.pages!.length;
  });
  return { file: path.basename(file), kb: Math.round(bytes.length / 1024), pages, ms: Math.round(ms), cpuMs: Math.round(cpu), cpuMsPerPage: +(cpu / pages).toFixed(1), pagesPerCpuS: Math.round(pages / (cpu / 1000)) };
}

/** A longer browser-printed report: 40 BBC articles, printed by headless Chromium. */
function longPdf(): string | null {
  if (!fs.existsSync(BBC)) return null;
  try {
    execFileSync('chromium', ['--version'], { stdio: 'ignore' });
  } catch {
    return null;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-bench-pdf-'));
  const files = fs.readdirSync(BBC).filter((f) => f.endsWith('.txt')).sort().slice(0, 40);
  const body = files
    .map((f) => {
      const [title, ...rest] = fs.readFileSync(path.join(BBC, f), 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
      return `<h2>${esc(title)}</h2>${rest.map((p) => `<p>${esc(p)}</p>`).join('')}`;
    })
    .join('');
  fs.writeFileSync(path.join(dir, 'r.html'), `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Forty articles</title></head><body>${body}</body></html>`);
  const out = path.join(dir, 'r.pdf');
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', `--print-to-pdf=${out}`, `file://${dir}/r.html`], { stdio: 'ignore', timeout: 120_000 });
  return out;
}

async function benchDocx(runs: number) {
  const bytes = new Uint8Array(fs.readFileSync(path.join(ROOT, 'test/fixtures/formats/halloway-moor.docx')));
  const { ms, cpu } = await timed(runs, async () => {
    const r = await extractSource('docx', bytes);
    if ('skip' in r) throw new Error(r.skip);
  });
  return { kb: Math.round(bytes.length / 1024), ms: +ms.toFixed(1), cpuMs: +cpu.toFixed(1) };
}

async function benchBib(runs: number) {
  const entries: string[] = ['@string{jpe = "Journal of Power {Engineering}"}'];
  for (let i = 0; i < 2000; i++) {
    entries.push(`@article{key${i},\n  author = {M{\\"u}ller, J{\\"o}rg and Garc{\\'\\i}a, Ana},\n  title = {Grid {Notes} part ${i}},\n  journal = jpe # " (special)",\n  year = ${1990 + (i % 35)},\n  file = {Full Text:files/${i}.pdf:application/pdf}\n}`);
  }
  const text = entries.join('\n\n');
  let n = 0;
  const { ms, cpu } = await timed(runs, async () => {
    const r = await parseBibliography('/b/refs.bib', text);
    if ('skip' in r) throw new Error(r.skip);
    n = r.entries.length;
  });
  return { entries: n, ms: Math.round(ms), cpuMs: Math.round(cpu), entriesPerCpuS: Math.round(n / (cpu / 1000)) };
}

async function main() {
  const results: Record<string, unknown> = { node: process.version, cpus: os.cpus().length };
  log('HTML…');
  results.html = await benchHtml();
  log('PDF…');
  results.pdfExample = await benchPdf(path.join(ROOT, 'examples/sources/005-calder-grid-review.pdf'), 9);
  const long = longPdf();
  if (long) results.pdfLong = await benchPdf(long, 5);
  log('DOCX…');
  results.docx = await benchDocx(9);
  log('BibTeX…');
  results.bibtex = await benchBib(5);
  process.stdout.write(JSON.stringify(results, null, 2) + '\n');
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
