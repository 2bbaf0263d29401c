// A DOM tree (an article's HTML, or a Word file converted to HTML) → plain text: one paragraph per
// block element, blank lines between paragraphs, white space collapsed as a browser shows it.
// Table rows become one paragraph each, their cells named by the column headers when the table
// has a header row ("Site: North; 2023: 380 MW; 2024: 410 MW"), so a figure in a cell keeps what
// it measures; a unit in a header's brackets goes with the number ("Output (GWh)" and "21.6" →
// "Output: 21.6 GWh"). The walk is iterative (an explicit stack): deeply nested markup cannot overflow
// the call stack, and every node is visited once.

/** The little of the DOM this walk needs (linkedom's nodes have it). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
  /** An element's attribute (linkedom's elements have it; text nodes do not). */
  getAttribute?(name: string): string | null;
}

const ELEMENT = 1;
const TEXT = 3;

/** Elements whose start and end break a paragraph. */
const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE UL'.split(' '),
);
/** Elements whose content is never article text. */
const SKIPPED = new Set('SCRIPT STYLE NOSCRIPT TEMPLATE SVG IFRAME OBJECT CANVAS BUTTON SELECT TEXTAREA INPUT HEAD'.split(' '));

/** An element the page never shows: `hidden`, `aria-hidden="true"`, or an inline `display: none`. */
function hiddenElement(node: DomNode): boolean {
  const attr = (n: string) => node.getAttribute?.(n) ?? null;
  if (attr('hidden') !== null || attr('aria-hidden') === 'true') return true;
  const style = attr('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

/** Collapse white space as HTML rendering does. */
export function collapse(s: string): string {
  return s.replace(/[ \t\n\r\f\u00a0]+/g, ' ').trim();
}

/** The paragraphs of a DOM subtree, in document order. */
export function domParagraphs(root: DomNode): string[] {
  const out: string[] = [];
  let line = '';
  const flush = () => {
    const t = line
      .split('\n')
      .map((l) => collapse(l))
      .filter((l) => l !== '')
      .join('\n');
    if (t) out.push(t);
    line = '';
  };
  // Stack of nodes to visit; `null` marks the end of a block element.
  const stack: (DomNode | null)[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node === null) {
      flush();
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === TEXT) {
      line += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name) || hiddenElement(node)) continue;
    if (name === 'BR') {
      line += '\n';
      continue;
    }
    if (name === 'TABLE') {
      flush();
      for (const row of tableRows(node)) out.push(row);
      continue;
    }
    if (name === 'IMG') continue;
    const block = BLOCKS.has(name);
    if (block) {
      flush();
      stack.push(null);
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  flush();
  return out;
}

/** A table's rows as paragraphs: cells joined by "; ", each named by its column header when there is one. */
function tableRows(table: DomNode): string[] {
  const rows: { cells: string[]; header: boolean }[] = [];
  const stack: DomNode[] = [table];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType !== ELEMENT) continue;
    const name = node.nodeName.toUpperCase();
    if (name === 'TR') {
      const cells: string[] = [];
      let header = true;
      for (const c of Array.from(node.childNodes)) {
        const n = c.nodeName.toUpperCase();
        if (n !== 'TD' && n !== 'TH') continue;
        if (n === 'TD') header = false;
        cells.push(domParagraphs(c).join(' '));
      }
      if (cells.some((c) => c !== '')) rows.push({ cells, header: header && cells.length > 0 });
      continue;
    }
    if (name === 'TABLE' && node !== table) continue; // a nested table is read as its own cell's text
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  // The header row: a row of <th> cells first, else none (a first row of <td> may be data).
  const head = rows.length > 1 && rows[0].header ? rows[0].cells : undefined;
  const out: string[] = [];
  if (head) out.push(head.filter((c) => c).join('; '));
  for (const r of head ? rows.slice(1) : rows) {
    const parts = r.cells.map((c, i) => (head && head[i] && i > 0 && c ? namedCell(head[i], c) : c)).filter((c) => c !== '');
    out.push(parts.join('; '));
  }
  return out.filter((r) => r !== '');
}

/** A header's unit in brackets: "Output (GWh)", "Share (%)". */
const HEADER_UNIT = /^(.*?)\s*\(([^()]{1,12})\)$/;
const BARE_NUMBER = /^[-−+]?\d[\d,]*(?:\.\d+)?$/;

/**
 * A cell named by its column's header, the header's unit moved to a bare number. Inside a row the
 * header is a common noun, not a name: "Output" is written "output" (acronyms and names such as
 * "GDP" or "Meta" keep their capitals: only a capital followed by lower case is lowered).
 */
function namedCell(header: string, cell: string): string {
  const m = HEADER_UNIT.exec(header);
  const name = (m && BARE_NUMBER.test(cell) ? m[1] || header : header).replace(/^(\p{Lu})(?=\p{Ll}+(?:\s|$))/u, (c) => c.toLowerCase());
  if (!m || !BARE_NUMBER.test(cell)) return `${name}: ${cell}`;
  const unit = m[2].trim();
  return `${name}: ${cell}${unit === '%' ? '%' : ` ${unit}`}`;
}
