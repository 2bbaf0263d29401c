// The note parser's pieces as they were written before the linear-time rewrite (regular
// expressions and nested searches), kept as oracles: on short input, where backtracking costs
// nothing, the hand-written scanners must give exactly what these gave.

const CITE_GROUP = /\[([^\[\]\n]*@[^\[\]\n]*)\](?!\()/g;
const CITE_KEY = /(^|[\s;\[])-?@([A-Za-z0-9_][A-Za-z0-9_:.#$%&\-+?<>~/]*)/g;
const IGNORE = /<!--\s*grounded-ignore\b([^>]*?)-->/g;

/** Citation groups whose '[' is in text[from, to). */
export function oldCitationGroups(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  CITE_GROUP.lastIndex = from;
  let g: RegExpExecArray | null;
  while ((g = CITE_GROUP.exec(text)) !== null && g.index < to) out.push({ start: g.index, end: g.index + g[0].length });
  return out;
}

/** Keys of a group's inner text, offsets relative to it. */
export function oldCitationKeys(inner: string): { key: string; at: number; keyEnd: number; locator?: string }[] {
  const out: { key: string; at: number; keyEnd: number; locator?: string }[] = [];
  CITE_KEY.lastIndex = 0;
  const found: RegExpExecArray[] = [];
  let k: RegExpExecArray | null;
  while ((k = CITE_KEY.exec(inner)) !== null) found.push(k);
  found.forEach((m, i) => {
    const key = m[2].replace(/[:.#$%&\-+?<>~/]+$/, '');
    const at = m.index + m[1].length + (inner[m.index + m[1].length] === '-' ? 1 : 0);
    const nextStart = i + 1 < found.length ? found[i + 1].index : inner.length;
    const locator = inner.slice(m.index + m[0].length - (m[2].length - key.length), nextStart).replace(/^[\s,]+|[\s;]+$/g, '');
    if (key.length === 0) return;
    out.push({ key, at, keyEnd: at + 1 + key.length, locator: locator || undefined });
  });
  return out;
}

export function oldIgnoreComments(html: string): string[] {
  const out: string[] = [];
  IGNORE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = IGNORE.exec(html)) !== null) out.push(m[1]);
  return out;
}

const QUOTE_PAIRS: [string, string][] = [
  ['"', '"'],
  ['\u201c', '\u201d'],
];

export function oldFindQuotes(text: string, start: number, end: number): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  const push = (i: number, j: number) => {
    const inner = text.slice(i + 1, j);
    const trimmed = inner.trim();
    if (trimmed.length > 0 && !trimmed.includes('\n\n')) {
      const lead = inner.length - inner.trimStart().length;
      out.push({ text: trimmed, start: i + 1 + lead, end: i + 1 + lead + trimmed.length });
    }
  };
  for (const [open, close] of QUOTE_PAIRS) {
    let i = text.indexOf(open, start);
    while (i !== -1 && i < end) {
      const j = text.indexOf(close, i + 1);
      if (j === -1 || j >= end) break;
      push(i, j);
      i = text.indexOf(open, j + 1);
    }
  }
  let i = text.indexOf('\u2018', start);
  while (i !== -1 && i < end) {
    if (i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1])) {
      i = text.indexOf('\u2018', i + 1);
      continue;
    }
    let j = text.indexOf('\u2019', i + 1);
    while (j !== -1 && j < end && /[\p{L}\p{N}]/u.test(text[j + 1] ?? '')) j = text.indexOf('\u2019', j + 1);
    if (j === -1 || j >= end) break;
    if (!out.some((q) => q.start <= i && i < q.end)) push(i, j);
    i = text.indexOf('\u2018', j + 1);
  }
  return out.sort((a, b) => a.start - b.start);
}
